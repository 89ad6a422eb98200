// Annotator computes the Annotation of one code version from a routine's versions, oldest first:
// it walks from the oldest version to the annotated one, diffing each version with the one before
// (LineMatcher, the libgit2 engine with the diff view's options); a line keeps its origin while it
// is unchanged and a line a version added is that version's. This is what `git blame` computes
// backwards over the exported history (tests/unit/tst_historyannotation.cpp checks it line by line).
//
// Decisions:
// - A storage-error version (the stored code could not be read) changes nothing: annotation passes
//   over it, as the export records it as a commit without a file change.
// - A binary, WebAssembly or empty version has no lines: the next text version introduces all of
//   its lines (git sees the same: the file was replaced or emptied). Annotating such a version, or
//   a storage error, gives Status::NoLines.
// - Text is followed across kinds (JavaScript → TypeScript): lines that survive keep their origin.
//   git follows such a change only as a rename of at least 50% similarity, since the export names
//   the file after its kind; this is the one deliberate difference from `git blame`.
// - With DiffOptions::ignoreWhitespace, a change in the amount of whitespace keeps the line's
//   origin (git blame has no counterpart: its -w ignores all whitespace).
#pragma once

#include "app/async/CancelToken.h"
#include "app/diff/TextDiff.h"
#include "app/history/Annotation.h"
#include "app/history/HistoryVersion.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>

class Annotator
{
    Q_DECLARE_TR_FUNCTIONS(Annotator)

public:
    // Pure and thread-safe. `target` indexes versionsOldestFirst (-1: the newest); versions after it
    // are not looked at. `cancel` is checked between versions.
    static Annotation annotate(const QList<HistoryVersion> &versionsOldestFirst, int target = -1,
                               const DiffOptions &options = {}, const CancelToken &cancel = {});
};
