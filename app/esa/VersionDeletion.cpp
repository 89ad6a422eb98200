#include "app/esa/VersionDeletion.h"

#include "app/esa/Deployment.h"

VersionDeletion::VersionDeletion(Context context, QObject *parent)
    : RoutineChange(std::move(context), parent)
    , m_deletes(new SequentialChange(this))
{
    connect(m_deletes, &SequentialChange::stepStarted, this, [this](int index, int total) {
        emit progress(tr("Deleting %1 (%2 of %3)…").arg(m_versions.at(index).codeVersion).arg(index + 1).arg(total), index, total);
    });
    connect(m_deletes, &SequentialChange::finished, this, [this] {
        // The list as it is now, for the view.
        readRoutine([this](const RoutineSnapshot &) { end(ChangeRecord::Outcome::Done, summary()); },
                    [this](const ApiError &) { end(ChangeRecord::Outcome::Done, summary()); });
    });
    connect(m_deletes, &SequentialChange::stopped, this, [this] {
        end(m_deleted.isEmpty() ? ChangeRecord::Outcome::NotSent : ChangeRecord::Outcome::Done, tr("Stopped. %1").arg(summary()));
    });
    connect(m_deletes, &SequentialChange::failed, this, &VersionDeletion::oneFailed);
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
    m_deletes->kill();
    m_versions = versions;
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
                deleteAll();
            },
            [this](const ApiError &e) {
                end(ChangeRecord::Outcome::NotSent, tr("Nothing was deleted: the routine could not be read (%1).").arg(e.summary()), e);
            });
}

void VersionDeletion::deleteAll()
{
    if (m_versions.isEmpty()) {
        end(ChangeRecord::Outcome::Done, summary());
        return;
    }
    std::vector<SequentialChange::Step> steps;
    for (const CodeVersion &v : std::as_const(m_versions))
        steps.emplace_back([this, v] { return sendDelete(v); },
                           [this, v](const QString &requestId) { oneDeleted(v.codeVersion, requestId); });
    m_deletes->start(std::move(steps));
    if (m_stopRequested)
        m_deletes->stop(); // asked while the routine was being checked: nothing is sent
}

Request<QString> VersionDeletion::sendDelete(const CodeVersion &v)
{
    m_record = beginRecord(QStringLiteral("delete-version"),
                           v.description.isEmpty() ? v.codeVersion : QStringLiteral("%1 (%2)").arg(v.codeVersion, v.description), QString());
    return m_context.client->deleteRoutineCodeVersion(m_context.routine, v.codeVersion);
}

void VersionDeletion::oneDeleted(const QString &codeVersion, const QString &requestId)
{
    m_deleted << codeVersion;
    finishRecord(m_record, ChangeRecord::Outcome::Done, tr("deleted"), requestId, tr("%1 was deleted.").arg(codeVersion));
    if (m_stopRequested)
        m_deletes->stop(); // before the next one
}

void VersionDeletion::oneFailed(int index, const ApiError &error)
{
    const CodeVersion v = m_versions.at(index);
    afterFailedWrite(
            error, m_record,
            [v](const RoutineSnapshot &now) {
                if (!now.hasVersion(v.codeVersion))
                    return std::pair{ChangeRecord::Outcome::Happened, tr("The answer was lost, but %1 is gone: it was deleted.").arg(v.codeVersion)};
                return std::pair{ChangeRecord::Outcome::DidNotHappen, tr("The answer was lost and %1 is still there.").arg(v.codeVersion)};
            },
            [this, v, error](ChangeRecord::Outcome outcome) {
                // The first failure stops the rest; a deletion whose answer was lost but that
                // happened counts as done.
                if (outcome == ChangeRecord::Outcome::Happened)
                    m_deleted << v.codeVersion;
                end(outcome, tr("%1 failed: %2. %3").arg(v.codeVersion, error.summary(), summary()), error);
            });
}
