#include "app/diff/DiffLayout.h"

QList<DiffDisplayLine> DiffLayout::sideBySide(const TextDiff &diff, bool fold, int context, const QSet<int> &expanded)
{
    return DiffLayout::fold(diff, fold, context, expanded, false);
}

QList<DiffDisplayLine> DiffLayout::inlineView(const TextDiff &diff, bool fold, int context, const QSet<int> &expanded)
{
    return DiffLayout::fold(diff, fold, context, expanded, true);
}

QList<DiffDisplayLine> DiffLayout::fold(const TextDiff &diff, bool foldUnchanged, int context, const QSet<int> &expanded, bool inlineMode)
{
    const int n = int(diff.rows.size());
    // Which rows stay visible: every change and `context` rows around it.
    QList<bool> visible(n, !foldUnchanged);
    if (foldUnchanged) {
        for (int i = 0; i < n; ++i) {
            if (diff.rows.at(i).kind == DiffRow::Kind::Context)
                continue;
            for (int j = qMax(0, i - context); j <= qMin(n - 1, i + context); ++j)
                visible[j] = true;
        }
    }
    QList<DiffDisplayLine> out;
    out.reserve(n);
    auto emitRow = [&](int i) {
        const DiffRow &r = diff.rows.at(i);
        if (inlineMode && r.kind == DiffRow::Kind::Changed) {
            out.append({DiffDisplayLine::Kind::Row, i, -1, -1, DiffDisplayLine::Side::Left});
            out.append({DiffDisplayLine::Kind::Row, i, -1, -1, DiffDisplayLine::Side::Right});
        } else {
            out.append({DiffDisplayLine::Kind::Row, i, -1, -1, DiffDisplayLine::Side::Both});
        }
    };
    for (int i = 0; i < n;) {
        if (visible.at(i)) {
            emitRow(i++);
            continue;
        }
        int j = i;
        while (j < n && !visible.at(j))
            ++j;
        // A short stretch, or one the user opened, is shown as is.
        if (j - i < MinFold || expanded.contains(i)) {
            for (int k = i; k < j; ++k)
                emitRow(k);
        } else {
            out.append({DiffDisplayLine::Kind::Fold, -1, i, j - 1, DiffDisplayLine::Side::Both});
        }
        i = j;
    }
    return out;
}
