#include "app/apig/AppCodeDeletion.h"

AppCodeDeletion::AppCodeDeletion(Context context, QObject *parent)
    : AppCodeChange(std::move(context), parent)
    , m_deletes(new SequentialChange(this))
{
    connect(m_deletes, &SequentialChange::stepStarted, this, [this](int index, int total) {
        emit progress(tr("Deleting %1 (%2 of %3)…").arg(m_codes.at(index).id).arg(index + 1).arg(total), index, total);
    });
    connect(m_deletes, &SequentialChange::finished, this, [this] { end(ChangeRecord::Outcome::Done, summary()); });
    connect(m_deletes, &SequentialChange::stopped, this, [this] {
        end(m_deleted.isEmpty() ? ChangeRecord::Outcome::NotSent : ChangeRecord::Outcome::Done, tr("Stopped. %1").arg(summary()));
    });
    connect(m_deletes, &SequentialChange::failed, this, &AppCodeDeletion::oneFailed);
}

QStringList AppCodeDeletion::notDeleted() const
{
    QStringList out;
    for (const AppCode &c : m_codes) {
        if (!m_deleted.contains(c.id))
            out << c.id;
    }
    return out;
}

QString AppCodeDeletion::summary() const
{
    const QStringList left = notDeleted();
    QString s = m_deleted.isEmpty() ? tr("No AppCode was deleted.") : tr("Deleted: %1.").arg(m_deleted.join(QStringLiteral(", ")));
    if (!left.isEmpty())
        s += QLatin1Char(' ') + tr("Not deleted: %1.").arg(left.join(QStringLiteral(", ")));
    return s;
}

void AppCodeDeletion::start(const QList<AppCode> &codes)
{
    m_deletes->kill();
    m_codes = codes;
    m_deleted.clear();
    m_running = true;
    if (codes.isEmpty()) {
        endSoon(ChangeRecord::Outcome::NotSent, tr("No AppCode was chosen."));
        return;
    }
    std::vector<SequentialChange::Step> steps;
    for (const AppCode &c : codes)
        steps.emplace_back([this, c] { return sendDelete(c); }, [this, id = c.id](const QString &requestId) { oneDeleted(id, requestId); });
    m_deletes->start(std::move(steps));
    if (m_stopRequested)
        m_deletes->stop(); // asked before it started: nothing is sent
}

Request<QString> AppCodeDeletion::sendDelete(const AppCode &c)
{
    m_record = beginRecord(QStringLiteral("delete-appcode"), c.id, QString());
    return m_context.client->deleteAppCode(m_context.instanceId, m_context.appId, c.id);
}

void AppCodeDeletion::oneDeleted(const QString &id, const QString &requestId)
{
    m_deleted << id;
    finishRecord(m_record, ChangeRecord::Outcome::Done, tr("deleted"), requestId, tr("%1 was deleted.").arg(id));
    if (m_stopRequested)
        m_deletes->stop(); // before the next one
}

void AppCodeDeletion::oneFailed(int index, const ApiError &error)
{
    const AppCode c = m_codes.at(index);
    CloudChange::afterFailedWrite(
            error, m_record,
            [this, c, error](const Conclude &conclude) {
                m_check = m_context.client->showAppCode(m_context.instanceId, m_context.appId, c.id)
                                  .then(this, [c, conclude, error](const ApiResult<AppCode> &shown) {
                                      if (shown.ok())
                                          conclude(ChangeRecord::Outcome::DidNotHappen, tr("The answer was lost and %1 is still there.").arg(c.id));
                                      else if (shown.error().httpStatus == 404)
                                          conclude(ChangeRecord::Outcome::Happened, tr("The answer was lost, but %1 is gone: it was deleted.").arg(c.id));
                                      else
                                          conclude(ChangeRecord::Outcome::Unknown, tr("The answer was lost (%1) and %2 could not be looked up (%3).")
                                                                                           .arg(error.summary(), c.id, shown.error().summary()));
                                  });
            },
            [this, c, error](ChangeRecord::Outcome outcome) {
                if (outcome == ChangeRecord::Outcome::Happened)
                    m_deleted << c.id;
                end(outcome, tr("%1 failed: %2. %3").arg(c.id, error.summary(), summary()), error);
            });
}
