#include "Routine.h"

#include <QCoreApplication>

QStringList RoutineDetail::badgesFor(const QString &codeVersion) const
{
    QStringList badges;
    for (const RoutineEnvironment &e : envs) {
        for (const DeployedVersion &v : e.versions) {
            if (v.codeVersion != codeVersion)
                continue;
            // A version with the whole environment is just "production"; a canary share shows its percentage.
            badges << (v.percentage >= 100 ? e.env : QStringLiteral("%1 %2%").arg(e.env).arg(v.percentage));
        }
    }
    return badges;
}
