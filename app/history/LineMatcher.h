// Which lines of a new text are lines of an old text, as libgit2's xdiff (git's own engine) pairs
// them: the line mapping annotation needs, without TextDiffer's rows, hunk headers and intra-line
// ranges. Uses the options the diff view uses (algorithm, ignore whitespace changes) plus git's
// default indent heuristic, so the diff a user opens from the annotation shows the same change.
//
// Lines are the bytes between '\n's; a last line without '\n' is a line, and differs from the same
// line with one (as in git). Both texts are diffed as text whatever bytes they hold.
#pragma once

#include "app/diff/TextDiff.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct LineMatch
{
    // One entry per line of the new text: the 1-based number of the old line it is, or 0 when
    // the new text added it.
    QList<int> oldLineOf;
    int oldLineCount = 0;
    QString error; // non-empty when the engine failed (e.g. over libgit2's ~1 GiB limit)
};

class LineMatcher
{
public:
    // Pure and thread-safe.
    static LineMatch match(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options = {});
    static int lineCount(const QByteArray &text);
};
