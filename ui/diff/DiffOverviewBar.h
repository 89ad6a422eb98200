// A thin bar beside the diff's scrollbar: where the changes are in the whole file, at a glance.
// Clicking it jumps there.
#pragma once

#include <QColor>
#include <QWidget>

class DiffOverviewBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffOverviewBar)

public:
    struct Mark
    {
        int line = 0;   // display line
        int count = 1;
        QColor color;
    };

    explicit DiffOverviewBar(QWidget *parent = nullptr);
    void setMarks(const QList<Mark> &marks, int lineCount);
    void setViewport(int firstLine, int visibleLines);
    QSize sizeHint() const override { return {14, 100}; }

signals:
    void lineClicked(int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QList<Mark> m_marks;
    int m_lineCount = 1;
    int m_first = 0;
    int m_visible = 0;
};
