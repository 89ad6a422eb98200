// What a diff view shows, line by line, for a TextDiff: side by side (one display line per row)
// or inline (removed then added), with unchanged stretches folded to "⋯ N unchanged lines"
// except `context` lines around each change. Pure: the views only paint it.
#pragma once

#include "app/diff/TextDiff.h"

#include <QSet>

struct DiffDisplayLine
{
    enum class Kind { Row, Fold };
    Kind kind = Kind::Row;
    int row = -1;          // Row: index into TextDiff::rows
    int foldFirstRow = -1; // Fold: the hidden rows [first, last]
    int foldLastRow = -1;
    // Inline mode: which side of a Changed row this line shows.
    enum class Side { Both, Left, Right };
    Side side = Side::Both;

    int foldedCount() const { return foldLastRow - foldFirstRow + 1; }
};

class DiffLayout
{
public:
    // `expanded` holds the first rows of folds the user opened.
    static QList<DiffDisplayLine> sideBySide(const TextDiff &diff, bool fold, int context, const QSet<int> &expanded = {});
    static QList<DiffDisplayLine> inlineView(const TextDiff &diff, bool fold, int context, const QSet<int> &expanded = {});
    // Minimum length of an unchanged stretch worth folding (shorter ones stay visible).
    static constexpr int MinFold = 4;

private:
    static QList<DiffDisplayLine> fold(const TextDiff &diff, bool fold, int context, const QSet<int> &expanded, bool inlineMode);
};
