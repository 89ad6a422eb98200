// The base of every change CloudCodes makes to a cloud (a deployment, deleted versions, an
// upload, an AppCode created or deleted): one owner, one end. It journals the change as it is
// sent and again when it ends, and after a write failed in a way that may have reached the
// service it never sends it again: it reads the state back and says what actually happened.
// stop() stops before the next write; a write already on its way is waited for, never abandoned.
#pragma once

#include "app/changes/ChangeJournal.h"
#include "app/async/ApiError.h"

#include <QObject>
#include <functional>

class CloudChange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudChange)

public:
    // Who makes the change and on what, for the journal.
    struct Subject
    {
        QString accountId;
        QString accountName;
        QString cloud;   // "ESA", "APIG"
        QString target;  // the routine, or "instance / app"
        ChangeJournal *journal = nullptr;
    };

    bool isRunning() const { return m_running; }
    ChangeRecord::Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; }
    ApiError error() const { return m_error; }
    void stop() { m_stopRequested = true; }

signals:
    void progress(const QString &step, int done, int total);
    void finished(ChangeRecord::Outcome outcome, const QString &message);

protected:
    using Conclude = std::function<void(ChangeRecord::Outcome, const QString &message)>;
    // Reads the state again and concludes from it (or from its own failure to read).
    using LookAgain = std::function<void(const Conclude &)>;

    CloudChange(Subject subject, QObject *parent);

    QString beginRecord(const QString &action, const QString &before, const QString &after);
    void finishRecord(const QString &recordId, ChangeRecord::Outcome outcome, const QString &after, const QString &requestId,
                      const QString &detail);
    void end(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error = {});
    // The same from inside start(): the end is always announced from the event loop, never
    // before start() has returned.
    void endSoon(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error = {});
    // The end of a write that failed with `error`: NotSent (never allowed), Refused (the service
    // said no), or, when the failure may have reached the service, what `lookAgain` concludes.
    // `next` (when given) takes over instead of ending the change.
    void afterFailedWrite(const ApiError &error, const QString &recordId, const LookAgain &lookAgain,
                          std::function<void(ChangeRecord::Outcome)> next = {});

    Subject m_subject;
    bool m_running = false;
    bool m_stopRequested = false;

private:
    ChangeRecord::Outcome m_outcome = ChangeRecord::Outcome::Pending;
    QString m_message;
    ApiError m_error;
};
