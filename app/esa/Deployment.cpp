#include "app/esa/Deployment.h"

#include <algorithm>

Deployment::Deployment(Context context, QObject *parent)
    : RoutineChange(std::move(context), parent)
{
}

bool Deployment::sameTraffic(const QList<DeployedVersion> &a, const QList<DeployedVersion> &b)
{
    const auto shares = [](const QList<DeployedVersion> &list) {
        QList<std::pair<QString, int>> out;
        for (const DeployedVersion &v : list)
            out.append({v.codeVersion, v.percentage});
        std::sort(out.begin(), out.end());
        return out;
    };
    return shares(a) == shares(b);
}

QString Deployment::environmentName(const QString &env)
{
    if (env == QLatin1String("production"))
        return tr("production");
    if (env == QLatin1String("staging"))
        return tr("staging");
    return env;
}

QString Deployment::nowRuns(const QString &rawEnv, const QList<DeployedVersion> &versions)
{
    const QString env = environmentName(rawEnv);
    if (versions.isEmpty())
        return tr("%1 now runs nothing").arg(env);
    if (versions.size() == 1)
        return tr("%1 now runs %2 at %3 %").arg(env, versions.first().codeVersion).arg(versions.first().percentage);
    QList<DeployedVersion> sorted = versions;
    std::sort(sorted.begin(), sorted.end(), [](const DeployedVersion &x, const DeployedVersion &y) { return x.percentage > y.percentage; });
    return tr("%1 now runs %2 at %3 % and %4 at %5 %")
            .arg(env, sorted.at(0).codeVersion)
            .arg(sorted.at(0).percentage)
            .arg(sorted.at(1).codeVersion)
            .arg(sorted.at(1).percentage);
}

QList<DeployedVersion> Deployment::running(const RoutineSnapshot &s) const
{
    const RoutineEnvironment *e = s.detail.environment(m_env);
    return e ? e->versions : QList<DeployedVersion>();
}

void Deployment::start(const QString &action, const QString &env, const QList<DeployedVersion> &target,
                       const QList<DeployedVersion> &reviewed)
{
    m_action = action;
    m_env = env;
    m_target = target;
    m_reviewed = reviewed;
    m_running = true;
    emit progress(tr("Checking what %1 runs now…").arg(environmentName(env)), 0, 2);
    readRoutine([this](const RoutineSnapshot &now) { send(now); },
                [this](const ApiError &e) {
                    end(ChangeRecord::Outcome::NotSent, tr("Nothing was sent: the routine could not be read (%1).").arg(e.summary()), e);
                });
}

void Deployment::send(const RoutineSnapshot &now)
{
    const QList<DeployedVersion> current = running(now);
    if (!sameTraffic(current, m_reviewed)) {
        end(ChangeRecord::Outcome::NotSent,
            tr("Nothing was sent: %1 changed since you reviewed it (%2). Review the change again.")
                    .arg(environmentName(m_env), RoutineSnapshot::describe(m_env, current)));
        return;
    }
    for (const DeployedVersion &v : std::as_const(m_target)) {
        if (!now.hasVersion(v.codeVersion)) {
            end(ChangeRecord::Outcome::NotSent, tr("Nothing was sent: the version %1 no longer exists.").arg(v.codeVersion));
            return;
        }
    }
    if (m_stopRequested) {
        end(ChangeRecord::Outcome::NotSent, tr("Stopped before anything was sent."));
        return;
    }
    m_record = beginRecord(m_action, RoutineSnapshot::describe(m_env, current), RoutineSnapshot::describe(m_env, m_target));
    emit progress(tr("Deploying to %1…").arg(environmentName(m_env)), 1, 2);
    m_write = m_context.client->createRoutineCodeDeployment(m_context.routine, m_env, m_target)
                      .then(this, [this, current](const ApiResult<DeploymentResult> &r) {
                          if (r.ok()) {
                              const QString requestId = r.value().requestId;
                              emit progress(tr("Reading %1 back…").arg(environmentName(m_env)), 2, 2);
                              readRoutine(
                                      [this, requestId](const RoutineSnapshot &after) {
                                          const QString message = nowRuns(m_env, running(after));
                                          finishRecord(m_record, ChangeRecord::Outcome::Done, RoutineSnapshot::describe(m_env, running(after)),
                                                       requestId, message);
                                          end(ChangeRecord::Outcome::Done, message);
                                      },
                                      [this, requestId](const ApiError &e) {
                                          const QString message = tr("Deployed (request %1), but the routine could not be read back: %2")
                                                                          .arg(requestId, e.summary());
                                          finishRecord(m_record, ChangeRecord::Outcome::Done, {}, requestId, message);
                                          end(ChangeRecord::Outcome::Done, message);
                                      });
                              return;
                          }
                          afterFailedWrite(r.error(), m_record, [this, current](const RoutineSnapshot &after) {
                              const QList<DeployedVersion> runs = running(after);
                              if (sameTraffic(runs, m_target))
                                  return std::pair{ChangeRecord::Outcome::Happened,
                                                   tr("The answer was lost, but the deployment went through: %1.").arg(nowRuns(m_env, runs))};
                              if (sameTraffic(runs, current))
                                  return std::pair{ChangeRecord::Outcome::DidNotHappen,
                                                   tr("The answer was lost and nothing changed: %1 still runs %2.")
                                                           .arg(environmentName(m_env), RoutineSnapshot::describe(m_env, runs))};
                              return std::pair{ChangeRecord::Outcome::Unknown,
                                               tr("The answer was lost, and %1 now runs neither what it ran nor what was sent (%2): "
                                                  "someone else may have deployed meanwhile.")
                                                       .arg(environmentName(m_env), RoutineSnapshot::describe(m_env, runs))};
                          });
                      });
}
