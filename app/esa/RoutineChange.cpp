#include "RoutineChange.h"

RoutineChange::RoutineChange(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

void RoutineChange::readRoutine(std::function<void(const RoutineSnapshot &)> then, std::function<void(const ApiError &)> failed)
{
    m_read = RoutineSnapshot::read(m_context.client, m_context.routine).then(this, [this, then, failed](const ApiResult<RoutineSnapshot> &r) {
        if (!r.ok()) {
            failed(r.error());
            return;
        }
        m_after = r.value();
        then(r.value());
    });
}

QString RoutineChange::beginRecord(const QString &action, const QString &before, const QString &after)
{
    if (!m_context.journal)
        return {};
    ChangeRecord r;
    r.accountId = m_context.accountId;
    r.accountName = m_context.accountName;
    r.cloud = QStringLiteral("ESA");
    r.target = m_context.routine;
    r.action = action;
    r.before = before;
    r.after = after;
    return m_context.journal->begin(r);
}

void RoutineChange::finishRecord(const QString &recordId, ChangeRecord::Outcome outcome, const QString &after,
                                 const QString &requestId, const QString &detail)
{
    if (m_context.journal && !recordId.isEmpty())
        m_context.journal->finish(recordId, outcome, after, requestId, detail);
}

void RoutineChange::end(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error)
{
    m_running = false;
    m_outcome = outcome;
    m_message = message;
    m_error = error;
    emit finished(outcome, message);
}

void RoutineChange::afterFailedWrite(const ApiError &error, const QString &recordId,
                                     std::function<std::pair<ChangeRecord::Outcome, QString>(const RoutineSnapshot &)> readBack,
                                     std::function<void(ChangeRecord::Outcome)> next)
{
    const auto conclude = [this, recordId, next, error](ChangeRecord::Outcome outcome, const QString &message, const QString &after) {
        finishRecord(recordId, outcome, after, error.requestId, message);
        if (next)
            next(outcome);
        else
            end(outcome, message, error);
    };
    if (error.kind == ApiError::Kind::NotAllowed) {
        conclude(ChangeRecord::Outcome::NotSent, error.message, {});
        return;
    }
    if (!error.outcomeUnknown()) {
        conclude(ChangeRecord::Outcome::Refused, tr("The service refused it: %1").arg(error.summary()), {});
        return;
    }
    // The request may have been carried out: never send it again; look.
    emit progress(tr("The answer was lost (%1); reading the routine back…").arg(error.summary()), 0, 0);
    readRoutine(
            [conclude, readBack](const RoutineSnapshot &now) {
                const auto [outcome, message] = readBack(now);
                conclude(outcome, message, {});
            },
            [conclude, error](const ApiError &readError) {
                conclude(ChangeRecord::Outcome::Unknown,
                         tr("The answer was lost (%1) and the routine could not be read back (%2): check it before trying again.")
                                 .arg(error.summary(), readError.summary()),
                         {});
            });
}
