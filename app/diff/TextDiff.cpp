#include "app/diff/TextDiff.h"

#include <utility>

namespace {

// The last line number a side has (0 for an empty text), to know where "\ No newline" belongs.
int lastLineNumber(const QList<DiffRow> &rows, bool left)
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const DiffSide &side = left ? it->left : it->right;
        if (!side.isFiller())
            return side.lineNumber;
    }
    return 0;
}

} // namespace

QString TextDiff::unifiedPatch(const QString &oldPath, const QString &newPath) const
{
    // git prints nothing for files without differences (and, with -b, for whitespace-only ones).
    if (!error.isEmpty() || identical || (!binary && hunks.isEmpty()))
        return {};

    const QString a = QLatin1String("a/") + oldPath;
    const QString b = QLatin1String("b/") + newPath;
    QString out = QLatin1String("diff --git ") + a + QLatin1Char(' ') + b + QLatin1Char('\n');
    if (binary)
        return out + QLatin1String("Binary files ") + a + QLatin1String(" and ") + b + QLatin1String(" differ\n");
    out += QLatin1String("--- ") + a + QLatin1Char('\n');
    out += QLatin1String("+++ ") + b + QLatin1Char('\n');

    const int lastOld = lastLineNumber(rows, true);
    const int lastNew = lastLineNumber(rows, false);
    const QLatin1String noNewline("\\ No newline at end of file\n");
    auto emitLine = [&](QChar prefix, const DiffSide &side, bool missingNewline) {
        out += prefix;
        out += side.text;
        out += QLatin1Char('\n');
        if (missingNewline)
            out += noNewline;
    };

    // Rows pair removed with added lines; the patch lists a change's removed lines, then its added ones.
    QList<const DiffSide *> removedLines, addedLines;
    auto flushChange = [&] {
        for (const DiffSide *side : std::as_const(removedLines))
            emitLine(QLatin1Char('-'), *side, side->lineNumber == lastOld && oldEndsWithoutNewline);
        for (const DiffSide *side : std::as_const(addedLines))
            emitLine(QLatin1Char('+'), *side, side->lineNumber == lastNew && newEndsWithoutNewline);
        removedLines.clear();
        addedLines.clear();
    };

    for (const DiffHunk &hunk : hunks) {
        out += hunk.header;
        out += QLatin1Char('\n');
        const int end = qMin(hunk.firstRow + hunk.rowCount, int(rows.size()));
        for (int i = hunk.firstRow; i < end; ++i) {
            const DiffRow &row = rows.at(i);
            if (row.kind == DiffRow::Kind::Context) {
                flushChange();
                // git writes context lines from the new file (it matters with -b).
                emitLine(QLatin1Char(' '), row.right, row.right.lineNumber == lastNew && newEndsWithoutNewline);
                continue;
            }
            if (!row.left.isFiller())
                removedLines.append(&row.left);
            if (!row.right.isFiller())
                addedLines.append(&row.right);
        }
        flushChange();
    }
    return out;
}

QList<int> TextDiff::changeStarts() const
{
    QList<int> starts;
    bool inChange = false;
    for (int i = 0; i < rows.size(); ++i) {
        const bool changed = rows.at(i).kind != DiffRow::Kind::Context;
        if (changed && !inChange)
            starts.append(i);
        inChange = changed;
    }
    return starts;
}
