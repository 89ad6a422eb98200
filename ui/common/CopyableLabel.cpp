#include "ui/common/CopyableLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>

CopyableLabel::CopyableLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCursor(Qt::IBeamCursor);
}

void CopyableLabel::setValue(const QString &value, const QString &shown)
{
    m_value = value;
    setText(shown.isEmpty() ? value : shown);
    setToolTip(value.isEmpty() ? QString() : tr("%1\nDouble-click to copy").arg(value));
}

void CopyableLabel::copy()
{
    QApplication::clipboard()->setText(m_value);
    emit copied(m_value);
}

void CopyableLabel::mouseDoubleClickEvent(QMouseEvent *event)
{
    copy();
    QLabel::mouseDoubleClickEvent(event);
}

void CopyableLabel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy"), this, &CopyableLabel::copy)->setEnabled(!m_value.isEmpty());
    menu.exec(event->globalPos());
}
