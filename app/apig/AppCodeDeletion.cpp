#include "app/apig/AppCodeDeletion.h"

AppCodeDeletion::AppCodeDeletion(Context context, QObject *parent)
    : AppCodeChange(std::move(context), parent)
{
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
    m_codes = codes;
    m_index = 0;
    m_deleted.clear();
    m_running = true;
    if (codes.isEmpty()) {
        endSoon(ChangeRecord::Outcome::NotSent, tr("No AppCode was chosen."));
        return;
    }
    next();
}

void AppCodeDeletion::next()
{
    if (m_index >= m_codes.size()) {
        end(ChangeRecord::Outcome::Done, summary());
        return;
    }
    if (m_stopRequested) {
        end(m_deleted.isEmpty() ? ChangeRecord::Outcome::NotSent : ChangeRecord::Outcome::Done, tr("Stopped. %1").arg(summary()));
        return;
    }
    const AppCode c = m_codes.at(m_index);
    emit progress(tr("Deleting %1 (%2 of %3)…").arg(c.id).arg(m_index + 1).arg(m_codes.size()), m_index, int(m_codes.size()));
    m_record = beginRecord(QStringLiteral("delete-appcode"), c.id, QString());
    m_write = m_context.client->deleteAppCode(m_context.instanceId, m_context.appId, c.id).then(this, [this, c](const ApiResult<QString> &r) {
        if (r.ok()) {
            m_deleted << c.id;
            finishRecord(m_record, ChangeRecord::Outcome::Done, tr("deleted"), r.value(), tr("%1 was deleted.").arg(c.id));
            ++m_index;
            next();
            return;
        }
        CloudChange::afterFailedWrite(
                r.error(), m_record,
                [this, c, error = r.error()](const Conclude &conclude) {
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
                [this, c, error = r.error()](ChangeRecord::Outcome outcome) {
                    if (outcome == ChangeRecord::Outcome::Happened)
                        m_deleted << c.id;
                    end(outcome, tr("%1 failed: %2. %3").arg(c.id, error.summary(), summary()), error);
                });
    });
}
