#include "app/esa/TrafficPlan.h"

#include "app/esa/CodeVersion.h"
#include "app/esa/Deployment.h"

TrafficPlan::TrafficPlan(const RoutineDetail &detail, const QString &env, const QString &codeVersion, std::optional<int> canaryPercent)
    : m_detail(detail)
    , m_env(env)
    , m_version(codeVersion)
    , m_canaryPercent(canaryPercent)
{
}

QList<DeployedVersion> TrafficPlan::current() const
{
    const RoutineEnvironment *e = m_detail.environment(m_env);
    return e ? e->versions : QList<DeployedVersion>();
}

QString TrafficPlan::losingVersion() const
{
    const DeployedVersion *best = nullptr;
    const QList<DeployedVersion> now = current();
    for (const DeployedVersion &v : now) {
        if (v.codeVersion != m_version && (!best || v.percentage > best->percentage))
            best = &v;
    }
    return best ? best->codeVersion : QString();
}

QList<DeployedVersion> TrafficPlan::planned() const
{
    if (!isCanary())
        return {DeployedVersion{m_version, 100, {}, {}}};
    return {DeployedVersion{m_version, *m_canaryPercent, {}, {}}, DeployedVersion{losingVersion(), 100 - *m_canaryPercent, {}, {}}};
}

bool TrafficPlan::changesNothing() const
{
    return Deployment::sameTraffic(current(), planned());
}

QString TrafficPlan::describe(const QList<DeployedVersion> &traffic)
{
    if (traffic.isEmpty())
        return tr("nothing");
    QStringList parts;
    for (const DeployedVersion &v : traffic)
        parts << tr("%1 at %2 %").arg(shortVersionId(v.codeVersion)).arg(v.percentage);
    return parts.join(tr(", "));
}
