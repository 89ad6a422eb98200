// The base of every change CloudCodes makes to an edge routine (deploy, delete versions, upload):
// one owner, one end. It reads the routine before sending (is it still as the user reviewed it?),
// journals the change as it is sent, sends each write once, and after a failure that may have
// reached the service reads the state back and says what actually happened. stop() stops before
// the next write; a write already on its way is waited for, never abandoned.
#pragma once

#include "changes/ChangeJournal.h"
#include "esa/RoutineSnapshot.h"

#include <QObject>
#include <functional>

class RoutineChange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineChange)

public:
    struct Context
    {
        std::shared_ptr<EsaClient> client;
        QString accountId;
        QString accountName;
        QString routine;
        ChangeJournal *journal = nullptr;
    };

    bool isRunning() const { return m_running; }
    ChangeRecord::Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; }
    ApiError error() const { return m_error; }
    // The routine as read at the end (after the change, or after the read-back).
    std::optional<RoutineSnapshot> after() const { return m_after; }
    void stop() { m_stopRequested = true; }

signals:
    void progress(const QString &step, int done, int total);
    void finished(ChangeRecord::Outcome outcome, const QString &message);

protected:
    RoutineChange(Context context, QObject *parent);

    // Reads the routine; `then` gets the snapshot, or the change ends NotSent/Unknown with the error.
    void readRoutine(std::function<void(const RoutineSnapshot &)> then, std::function<void(const ApiError &)> failed);
    QString beginRecord(const QString &action, const QString &before, const QString &after);
    void finishRecord(const QString &recordId, ChangeRecord::Outcome outcome, const QString &after, const QString &requestId,
                      const QString &detail);
    void end(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error = {});
    // The outcome of a write that failed with `error`: Refused (the service said no) or, when the
    // failure may have reached the service, whatever `readBack` decides from the state read again.
    void afterFailedWrite(const ApiError &error, const QString &recordId,
                          std::function<std::pair<ChangeRecord::Outcome, QString>(const RoutineSnapshot &)> readBack,
                          std::function<void(ChangeRecord::Outcome)> next = {});

    Context m_context;
    bool m_running = false;
    bool m_stopRequested = false;
    Request<RoutineSnapshot> m_read;
    std::optional<RoutineSnapshot> m_after;

private:
    ChangeRecord::Outcome m_outcome = ChangeRecord::Outcome::Pending;
    QString m_message;
    ApiError m_error;
};
