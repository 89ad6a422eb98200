// A label whose value can be copied: selectable text, a context menu with Copy, and a
// double-click that copies the whole value (the full value even when it shows a short form).
#pragma once

#include <QLabel>

class CopyableLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableLabel)

public:
    explicit CopyableLabel(QWidget *parent = nullptr);
    // Shows `shown` ("3f9a1c2e…") but copies `value` (the whole SHA-256).
    void setValue(const QString &value, const QString &shown = {});
    QString value() const { return m_value; }

signals:
    void copied(const QString &value);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void copy();
    QString m_value;
};
