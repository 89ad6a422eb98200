// TextDiffer computes a TextDiff for two texts with libgit2's xdiff, the engine git itself uses, so
// our hunks and patch are the ones `git diff --no-index --patience` prints for the same files.
//
// Decisions (tests/unit/tst_textdiffer.cpp pins them down):
// - Either input containing a NUL byte anywhere makes the diff binary: no rows, no hunks.
// - Rows cover the whole of both texts. Inside a hunk a run of removed lines followed by a run of
//   added lines is paired row by row as Changed; the longer side goes on as Removed / Added rows.
// - With ignoreWhitespace, lines that differ only in the amount of whitespace are Context rows that
//   keep each side's own text; a pair of texts with only such differences has no hunks and yet is
//   not `identical` (identical means equal bytes).
// - Hunk headers carry git's default function context (the last line before the hunk that starts
//   with a letter, '_' or '$'), computed the way git does it rather than the way libgit2 does: git
//   cuts the line at 80 bytes before trimming trailing whitespace (libgit2 trims first), trims only
//   space, tab, CR and LF, and ends the header before a UTF-8 character the cut left incomplete.
// - Intra-line ranges come from a token diff (runs of word characters, single punctuation
//   characters, runs of whitespace; every Han / kana character is a token of its own because CJK
//   text has no spaces between words) run through the same engine; lines longer than
//   MaxIntraLineLength characters get none.
#pragma once

#include "app/diff/TextDiff.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class TextDiffer
{
public:
    // Pure and thread-safe (runs on a pool thread for large inputs).
    static TextDiff diff(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options = {});
    // The libgit2 diff flags (git_diff_option_t) for these options; a file's line counts elsewhere
    // (the folder compare) use the same, so they are the counts its diff shows.
    static quint32 engineFlags(const DiffOptions &options);
    // "1.5.1": the libgit2 the engine runs on (for About).
    static QString libgit2Version();
    // Intra-line: tokens (runs of word characters, single punctuation characters, runs of whitespace), one token per
    // "line", diffed with the same libgit2 engine (the way git's word diff works), mapped back to character ranges.
    static std::pair<QList<CharRange>, QList<CharRange>> intraLine(const QString &oldLine, const QString &newLine, const DiffOptions &options = {});

    // Longer lines are shown without intra-line ranges: tokenizing them costs more than it helps.
    static constexpr int MaxIntraLineLength = 4096;
};
