// Wraps a list view and shows, in its place, what the model's LoadState says: a busy bar while
// the first answer is on its way, the ApiError with Retry when it failed, a sentence when the
// list is empty. Rows arriving later (more pages) never hide the list.
#pragma once

#include "app/models/LoadState.h"
#include "app/async/ApiError.h"

#include <QStackedWidget>

class QLabel;
class QProgressBar;
class QPushButton;

class LoadStatePanel : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatePanel)

public:
    LoadStatePanel(QWidget *view, QWidget *parent = nullptr);

    void setIdleText(const QString &text) { m_idleText = text; }
    void setEmptyText(const QString &text) { m_emptyText = text; }
    void showState(LoadState state, const ApiError &error = {});

signals:
    void retryRequested();

private:
    QWidget *m_view;
    QWidget *m_messagePage;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QString m_idleText;
    QString m_emptyText;
};
