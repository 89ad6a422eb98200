// A one-line label that shows as much of its text as fits its own width and elides the rest
// (with "…" where the text says least: the middle by default), so two of them side by side each
// keep their half; the whole text is in the tooltip and the accessible name.
#pragma once

#include <QFrame>

class ElidedLabel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setText(const QString &text);
    void setAlignment(Qt::Alignment alignment);
    QString text() const { return m_text; }
    // What is on screen now (for tests).
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Qt::TextElideMode m_mode;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
};
