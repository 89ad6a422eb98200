#include "app/esa/Routine.h"

#include <QCoreApplication>

QStringList RoutineDetail::badgesFor(const QString &codeVersion) const
{
    QStringList badges;
    for (const RoutineEnvironment &e : envs) {
        for (const DeployedVersion &v : e.versions) {
            if (v.codeVersion != codeVersion)
                continue;
            // A version with the whole environment is just "production"; a canary share shows its percentage.
            if (v.percentage >= 100)
                badges << e.env;
            else if (v.percentage <= 0 && !e.canaryAreas.isEmpty())
                badges << QStringLiteral("%1 canary (%2)").arg(e.env, e.canaryAreas.join(QStringLiteral(", ")));
            else if (v.percentage <= 0)
                badges << QStringLiteral("%1 canary").arg(e.env);
            else
                badges << QStringLiteral("%1 %2%").arg(e.env).arg(v.percentage);
        }
    }
    return badges;
}

const RoutineEnvironment *RoutineDetail::environment(const QString &env) const
{
    for (const RoutineEnvironment &e : envs) {
        if (e.env == env)
            return &e;
    }
    return nullptr;
}

bool RoutineDetail::isDeployed(const QString &codeVersion) const
{
    for (const RoutineEnvironment &e : envs) {
        if (e.percentageOf(codeVersion) > 0 || (!e.canaryAreas.isEmpty() && e.canaryVersion() == codeVersion))
            return true;
    }
    return false;
}

QString RoutineEnvironment::mainVersion() const
{
    const DeployedVersion *best = nullptr;
    for (const DeployedVersion &v : versions) {
        if (!best || v.percentage > best->percentage)
            best = &v;
    }
    return best ? best->codeVersion : QString();
}

QString RoutineEnvironment::canaryVersion() const
{
    if (versions.size() != 2)
        return {};
    const QString main = mainVersion();
    return versions.at(0).codeVersion == main ? versions.at(1).codeVersion : versions.at(0).codeVersion;
}

int RoutineEnvironment::percentageOf(const QString &codeVersion) const
{
    for (const DeployedVersion &v : versions) {
        if (v.codeVersion == codeVersion)
            return v.percentage;
    }
    return 0;
}
