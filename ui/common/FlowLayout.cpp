#include "ui/common/FlowLayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line of everything; heightForWidth says how tall it is when narrower.
    int w = 0, h = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        w += (w > 0 ? m_hSpacing : 0) + item->sizeHint().width();
        h = qMax(h, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {w + m.left() + m.right(), h + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    int y = area.y();
    QList<QLayoutItem *> line; // the items of the line being filled, centred on it once it is full
    int lineWidth = 0;
    int lineHeight = 0;
    auto place = [&] {
        int x = area.x();
        for (QLayoutItem *item : std::as_const(line)) {
            const QSize hint = item->sizeHint();
            if (apply)
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - hint.height()) / 2), QSize(qMin(hint.width(), area.width()), hint.height())));
            x += hint.width() + m_hSpacing;
        }
        y += lineHeight + m_vSpacing;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && area.x() + lineWidth + m_hSpacing + hint.width() > area.right() + 1)
            place();
        lineWidth += (line.isEmpty() ? 0 : m_hSpacing) + hint.width();
        lineHeight = qMax(lineHeight, hint.height());
        line << item;
    }
    if (!line.isEmpty())
        place();
    const int bottom = y > area.y() ? y - m_vSpacing : y; // no spacing below the last line
    return bottom - rect.y() + m.bottom();
}
