#include "app/changes/CloudChange.h"

CloudChange::CloudChange(Subject subject, QObject *parent)
    : QObject(parent)
    , m_subject(std::move(subject))
{
}

QString CloudChange::beginRecord(const QString &action, const QString &before, const QString &after)
{
    if (!m_subject.journal)
        return {};
    ChangeRecord r;
    r.accountId = m_subject.accountId;
    r.accountName = m_subject.accountName;
    r.cloud = m_subject.cloud;
    r.target = m_subject.target;
    r.action = action;
    r.before = before;
    r.after = after;
    return m_subject.journal->begin(r);
}

void CloudChange::finishRecord(const QString &recordId, ChangeRecord::Outcome outcome, const QString &after,
                               const QString &requestId, const QString &detail)
{
    if (m_subject.journal && !recordId.isEmpty())
        m_subject.journal->finish(recordId, outcome, after, requestId, detail);
}

void CloudChange::end(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error)
{
    m_running = false;
    m_outcome = outcome;
    m_message = message;
    m_error = error;
    emit finished(outcome, message);
}

void CloudChange::endSoon(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error)
{
    QMetaObject::invokeMethod(this, [this, outcome, message, error] { end(outcome, message, error); }, Qt::QueuedConnection);
}

void CloudChange::afterFailedWrite(const ApiError &error, const QString &recordId, const LookAgain &lookAgain,
                                   std::function<void(ChangeRecord::Outcome)> next)
{
    const Conclude conclude = [this, recordId, next, error](ChangeRecord::Outcome outcome, const QString &message) {
        finishRecord(recordId, outcome, {}, error.requestId, message);
        if (next)
            next(outcome);
        else
            end(outcome, message, error);
    };
    if (error.kind == ApiError::Kind::NotAllowed || error.kind == ApiError::Kind::Unsupported) {
        conclude(ChangeRecord::Outcome::NotSent, error.message);
        return;
    }
    if (!error.outcomeUnknown()) {
        conclude(ChangeRecord::Outcome::Refused, tr("The service refused it: %1").arg(error.summary()));
        return;
    }
    // The request may have been carried out: never send it again; look.
    emit progress(tr("The answer was lost (%1); reading the state back…").arg(error.summary()), 0, 0);
    lookAgain(conclude);
}
