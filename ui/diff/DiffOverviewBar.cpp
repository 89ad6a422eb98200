#include "ui/diff/DiffOverviewBar.h"

#include <QMouseEvent>
#include <QPainter>

DiffOverviewBar::DiffOverviewBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diffOverview"));
    setFixedWidth(14);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the changes are; click to jump"));
}

void DiffOverviewBar::setMarks(const QList<Mark> &marks, int lineCount)
{
    m_marks = marks;
    m_lineCount = qMax(1, lineCount);
    update();
}

void DiffOverviewBar::setViewport(int firstLine, int visibleLines)
{
    m_first = firstLine;
    m_visible = visibleLines;
    update();
}

void DiffOverviewBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const double scale = double(height()) / m_lineCount;
    p.fillRect(QRectF(0, m_first * scale, width(), qMax(2.0, m_visible * scale)), palette().color(QPalette::Mid));
    for (const Mark &m : m_marks)
        p.fillRect(QRectF(2, m.line * scale, width() - 4, qMax(2.0, m.count * scale)), m.color);
}

void DiffOverviewBar::mousePressEvent(QMouseEvent *event)
{
    emit lineClicked(int(event->position().y() / qMax(1, height()) * m_lineCount));
}
