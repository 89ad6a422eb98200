#include "app/esa/VersionDeletion.h"

#include "app/esa/Deployment.h"

VersionDeletion::VersionDeletion(Context context, QObject *parent)
    : RoutineChange(std::move(context), parent)
{
}

QString VersionDeletion::whyNot(const RoutineDetail &detail, const QString &codeVersion)
{
    QStringList where;
    for (const RoutineEnvironment &e : detail.envs) {
        const int share = e.percentageOf(codeVersion);
        if (share > 0)
            where << tr("%1 runs it at %2 %").arg(Deployment::environmentName(e.env)).arg(share);
        else if (!e.canaryAreas.isEmpty() && e.canaryVersion() == codeVersion)
            where << tr("%1 runs it as a canary").arg(Deployment::environmentName(e.env));
    }
    return where.join(QStringLiteral("; "));
}

QStringList VersionDeletion::notDeleted() const
{
    QStringList out;
    for (const CodeVersion &v : m_versions) {
        if (!m_deleted.contains(v.codeVersion))
            out << v.codeVersion;
    }
    return out;
}

QString VersionDeletion::summary() const
{
    const QStringList left = notDeleted();
    QString s = m_deleted.isEmpty() ? tr("No version was deleted.") : tr("Deleted: %1.").arg(m_deleted.join(QStringLiteral(", ")));
    if (!left.isEmpty())
        s += QLatin1Char(' ') + tr("Not deleted: %1.").arg(left.join(QStringLiteral(", ")));
    return s;
}

void VersionDeletion::start(const QList<CodeVersion> &versions)
{
    m_versions = versions;
    m_index = 0;
    m_deleted.clear();
    m_running = true;
    emit progress(tr("Checking that no environment runs them…"), 0, int(versions.size()));
    readRoutine(
            [this](const RoutineSnapshot &now) {
                for (const CodeVersion &v : std::as_const(m_versions)) {
                    const QString why = whyNot(now.detail, v.codeVersion);
                    if (!why.isEmpty()) {
                        end(ChangeRecord::Outcome::NotSent, tr("Nothing was deleted: %1 cannot be deleted (%2).").arg(v.codeVersion, why));
                        return;
                    }
                }
                next();
            },
            [this](const ApiError &e) {
                end(ChangeRecord::Outcome::NotSent, tr("Nothing was deleted: the routine could not be read (%1).").arg(e.summary()), e);
            });
}

void VersionDeletion::next()
{
    if (m_index >= m_versions.size()) {
        end(ChangeRecord::Outcome::Done, summary());
        return;
    }
    if (m_stopRequested) {
        end(m_deleted.isEmpty() ? ChangeRecord::Outcome::NotSent : ChangeRecord::Outcome::Done, tr("Stopped. %1").arg(summary()));
        return;
    }
    const CodeVersion v = m_versions.at(m_index);
    emit progress(tr("Deleting %1 (%2 of %3)…").arg(v.codeVersion).arg(m_index + 1).arg(m_versions.size()), m_index,
                  int(m_versions.size()));
    m_record = beginRecord(QStringLiteral("delete-version"),
                           v.description.isEmpty() ? v.codeVersion : QStringLiteral("%1 (%2)").arg(v.codeVersion, v.description), QString());
    m_write = m_context.client->deleteRoutineCodeVersion(m_context.routine, v.codeVersion).then(this, [this, v](const ApiResult<QString> &r) {
        if (r.ok()) {
            oneDeleted(v.codeVersion, r.value());
            return;
        }
        afterFailedWrite(
                r.error(), m_record,
                [v](const RoutineSnapshot &now) {
                    if (!now.hasVersion(v.codeVersion))
                        return std::pair{ChangeRecord::Outcome::Happened, tr("The answer was lost, but %1 is gone: it was deleted.").arg(v.codeVersion)};
                    return std::pair{ChangeRecord::Outcome::DidNotHappen, tr("The answer was lost and %1 is still there.").arg(v.codeVersion)};
                },
                [this, v, error = r.error()](ChangeRecord::Outcome outcome) {
                    // The first failure stops the rest; a deletion whose answer was lost but that
                    // happened counts as done.
                    if (outcome == ChangeRecord::Outcome::Happened)
                        m_deleted << v.codeVersion;
                    end(outcome, tr("%1 failed: %2. %3").arg(v.codeVersion, error.summary(), summary()), error);
                });
    });
}

void VersionDeletion::oneDeleted(const QString &codeVersion, const QString &requestId)
{
    m_deleted << codeVersion;
    finishRecord(m_record, ChangeRecord::Outcome::Done, tr("deleted"), requestId, tr("%1 was deleted.").arg(codeVersion));
    ++m_index;
    if (m_index >= m_versions.size()) {
        // The list as it is now, for the view.
        readRoutine([this](const RoutineSnapshot &) { end(ChangeRecord::Outcome::Done, summary()); },
                    [this](const ApiError &) { end(ChangeRecord::Outcome::Done, summary()); });
        return;
    }
    next();
}
