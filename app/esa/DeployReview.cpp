#include "app/esa/DeployReview.h"

const QString DeployReview::Staging = QStringLiteral("staging");
const QString DeployReview::Production = QStringLiteral("production");

DeployReview::DeployReview(const RoutineDetail &detail, const QString &routine, const CodeVersion &version, Preset preset, QObject *parent)
    : QObject(parent)
    , m_detail(detail)
    , m_routine(routine)
    , m_version(version)
    , m_preset(preset)
    , m_env(preset == Preset::Rollback || preset == Preset::Promote || preset == Preset::AbortCanary ? Production : Staging)
{
}

void DeployReview::setCanary(bool canary, int percent)
{
    m_canary = canary;
    m_percent = percent;
}

TrafficPlan DeployReview::plan() const
{
    return TrafficPlan(m_detail, m_env, m_version.codeVersion, m_canary ? std::optional<int>(m_percent) : std::nullopt);
}

QString DeployReview::actionKey() const
{
    if (isCanary())
        return QStringLiteral("canary");
    switch (m_preset) {
    case Preset::Rollback: return QStringLiteral("rollback");
    case Preset::Promote: return QStringLiteral("promote");
    case Preset::AbortCanary: return QStringLiteral("abort-canary");
    case Preset::Deploy:
    case Preset::DeployToStaging: break;
    }
    return QStringLiteral("deploy");
}
