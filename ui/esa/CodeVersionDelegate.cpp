#include "ui/esa/CodeVersionDelegate.h"

#include "app/esa/CodeVersionListModel.h"
#include "app/esa/Deployment.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int ChipPadding = 5;
constexpr int ChipGap = 4;

QColor chipColour(const VersionBadge &b, bool dark)
{
    if (b.canary)
        return dark ? QColor(0x9a, 0x67, 0x00) : QColor(0xf6, 0xc3, 0x5b);
    if (b.env == QLatin1String("production"))
        return dark ? QColor(0x23, 0x6b, 0x3a) : QColor(0x9d, 0xdc, 0xad);
    return dark ? QColor(0x25, 0x4f, 0x86) : QColor(0xa9, 0xcb, 0xf2);
}

QString chipText(const VersionBadge &b)
{
    const QString env = Deployment::environmentName(b.env);
    return b.percentage >= 100 ? env : CodeVersionDelegate::tr("%1 %2 %").arg(env).arg(b.percentage);
}
} // namespace

CodeVersionDelegate::CodeVersionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QStringList CodeVersionDelegate::chipTexts(const QModelIndex &index)
{
    QStringList out;
    for (const VersionBadge &b : index.data(CodeVersionListModel::DeploymentsRole).value<QList<VersionBadge>>())
        out << chipText(b);
    return out;
}

void CodeVersionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    markBuild(option, index);
    if (index.column() == CodeVersionListModel::VersionColumn) {
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        option->fontMetrics = QFontMetrics(option->font);
        option->textElideMode = Qt::ElideMiddle;
    }
}

// A failed build in red with the error sign, an unfinished one greyed with the busy sign, on its
// id and its status; the status says it in words too, for whoever does not see colours.
void CodeVersionDelegate::markBuild(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const QVariant state = index.data(CodeVersionListModel::BuildStateRole);
    if (!state.isValid() || BuildState(state.toInt()) == BuildState::Ready)
        return;
    const bool failed = BuildState(state.toInt()) == BuildState::Failed;
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    const QColor colour = failed ? (dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28)) : option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, colour);
    if (index.column() != CodeVersionListModel::StatusColumn)
        return;
    QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(failed ? QStyle::SP_MessageBoxCritical : QStyle::SP_BrowserReload);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}

void CodeVersionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != CodeVersionListModel::DeployedColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, then the chips instead of the text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    const QList<VersionBadge> badges = index.data(CodeVersionListModel::DeploymentsRole).value<QList<VersionBadge>>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.92);
    painter->setFont(f);
    const QFontMetrics fm(f);
    int x = option.rect.left() + ChipGap;
    const int h = qMin(option.rect.height() - 2, fm.height() + 2);
    const int y = option.rect.top() + (option.rect.height() - h) / 2;
    for (const VersionBadge &b : badges) {
        const QString text = chipText(b);
        const int w = fm.horizontalAdvance(text) + 2 * ChipPadding;
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y, w, h), h / 2.0, h / 2.0);
        painter->fillPath(chip, chipColour(b, dark));
        painter->setPen(dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1f, 0x23, 0x28));
        painter->drawText(QRect(x, y, w, h), Qt::AlignCenter, text);
        x += w + ChipGap;
    }
    painter->restore();
}

QSize CodeVersionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == CodeVersionListModel::DeployedColumn) {
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.92);
        const QFontMetrics fm(f);
        int w = ChipGap;
        for (const QString &text : chipTexts(index))
            w += fm.horizontalAdvance(text) + 2 * ChipPadding + ChipGap;
        s.setWidth(qMax(s.width(), w));
    }
    return s;
}
