#include "app/esa/RoutineChange.h"

RoutineChange::RoutineChange(Context context, QObject *parent)
    : CloudChange(Subject{context.accountId, context.accountName, QStringLiteral("ESA"), context.routine, context.journal}, parent)
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

void RoutineChange::afterFailedWrite(const ApiError &error, const QString &recordId,
                                     std::function<std::pair<ChangeRecord::Outcome, QString>(const RoutineSnapshot &)> decide,
                                     std::function<void(ChangeRecord::Outcome)> next)
{
    CloudChange::afterFailedWrite(
            error, recordId,
            [this, decide, error](const Conclude &conclude) {
                readRoutine(
                        [conclude, decide](const RoutineSnapshot &now) {
                            const auto [outcome, message] = decide(now);
                            conclude(outcome, message);
                        },
                        [conclude, error](const ApiError &readError) {
                            conclude(ChangeRecord::Outcome::Unknown,
                                     tr("The answer was lost (%1) and the routine could not be read back (%2): check it before trying again.")
                                             .arg(error.summary(), readError.summary()));
                        });
            },
            std::move(next));
}
