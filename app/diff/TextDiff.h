// A diff of two texts as plain data, computed away from any widget: hunks, and every line of
// both sides aligned row by row (fillers keep unchanged lines level), with the changed character
// ranges inside changed lines. The side-by-side and inline views paint it; the unified patch is
// written from it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

struct DiffOptions
{
    // libgit2 offers Myers, minimal and patience (histogram is not in its API).
    enum class Algorithm { Patience, Minimal, Myers };
    Algorithm algorithm = Algorithm::Patience;
    bool ignoreWhitespace = false; // ignore changes in the amount of whitespace (git diff -b)
    int contextLines = 3;          // context kept around changes in hunks and in the patch
};

struct CharRange
{
    int start = 0;  // index into the line's QString
    int length = 0;
    bool operator==(const CharRange &o) const { return start == o.start && length == o.length; }
};

struct DiffSide
{
    int lineNumber = 0;         // 1-based; 0 = filler (no line on this side)
    QString text;               // the line without its '\n' (a '\r' of CRLF is kept)
    QList<CharRange> changes;   // intra-line: what changed inside a Changed row
    bool isFiller() const { return lineNumber == 0; }
};

struct DiffRow
{
    enum class Kind { Context, Removed, Added, Changed };
    Kind kind = Kind::Context;
    DiffSide left;
    DiffSide right;
    int hunk = -1;              // index into TextDiff::hunks; -1 outside any hunk
};

struct DiffHunk
{
    int oldStart = 0, oldCount = 0;
    int newStart = 0, newCount = 0;
    QString header;             // "@@ -12,7 +12,9 @@ function context" as git writes it
    int firstRow = 0;           // the hunk's rows in TextDiff::rows (context included)
    int rowCount = 0;
};

struct TextDiff
{
    QList<DiffRow> rows;        // the whole of both texts, in order
    QList<DiffHunk> hunks;
    int added = 0;              // lines
    int removed = 0;
    bool identical = false;
    bool binary = false;        // either side has a NUL byte: no line diff
    bool oldEndsWithoutNewline = false;
    bool newEndsWithoutNewline = false;
    qint64 oldSize = 0, newSize = 0;
    QString error;              // non-empty when the engine failed (e.g. over libgit2's ~1 GiB limit): no rows then

    // git-compatible unified patch ("diff --git a/… b/…", "--- a/…", "+++ b/…", hunks, "\ No newline at end of file").
    QString unifiedPatch(const QString &oldPath, const QString &newPath) const;
    // Rows where changes start, one per block of changed rows (for next/previous change).
    QList<int> changeStarts() const;
};

Q_DECLARE_METATYPE(TextDiff)
