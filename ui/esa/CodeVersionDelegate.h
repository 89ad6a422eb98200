// Paints the code version list's special columns: the version id in a fixed-width font, elided
// in the middle when the column is narrow (neighbouring ids differ at their end), and the
// deployments as coloured chips — production, staging, a canary with its share — that never clip:
// the column asks for their width. A failed or unfinished build is marked on its id and status.
#pragma once

#include <QStyledItemDelegate>

class CodeVersionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeVersionDelegate)

public:
    explicit CodeVersionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chip texts of a row, as painted ("production 90 %", "staging"); for tests.
    static QStringList chipTexts(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static void markBuild(QStyleOptionViewItem *option, const QModelIndex &index);
};
