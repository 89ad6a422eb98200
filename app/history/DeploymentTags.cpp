#include "app/history/DeploymentTags.h"

#include <QRegularExpression>
#include <QSet>

namespace {

bool isRefSafe(const QString &env)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return safe.match(env).hasMatch();
}

} // namespace

QList<DeploymentTag> DeploymentTags::fromEnvironments(const QList<RoutineEnvironment> &environments)
{
    QList<DeploymentTag> tags;
    QSet<QString> names;
    auto add = [&](const QString &name, const QString &codeVersion) {
        if (codeVersion.isEmpty() || names.contains(name))
            return;
        names.insert(name);
        tags.append(DeploymentTag{name, codeVersion});
    };
    for (const RoutineEnvironment &e : environments) {
        if (!isRefSafe(e.env) || e.versions.isEmpty())
            continue;
        if (e.versions.size() == 1) {
            add(e.env, e.versions.constFirst().codeVersion);
            continue;
        }
        int stable = 0;
        for (int i = 1; i < e.versions.size(); ++i) {
            if (e.versions.at(i).percentage > e.versions.at(stable).percentage)
                stable = i;
        }
        add(QStringLiteral("%1-stable-%2").arg(e.env).arg(e.versions.at(stable).percentage), e.versions.at(stable).codeVersion);
        for (int i = 0; i < e.versions.size(); ++i) {
            if (i != stable)
                add(QStringLiteral("%1-canary-%2").arg(e.env).arg(e.versions.at(i).percentage), e.versions.at(i).codeVersion);
        }
    }
    return tags;
}

bool DeploymentTags::isDeploymentTag(const QString &tagName, const QList<RoutineEnvironment> &environments)
{
    QStringList envs{QStringLiteral("production"), QStringLiteral("staging")};
    for (const RoutineEnvironment &e : environments) {
        if (isRefSafe(e.env) && !envs.contains(e.env))
            envs.append(e.env);
    }
    for (const QString &env : std::as_const(envs)) {
        if (tagName == env)
            return true;
        static const QRegularExpression share(QStringLiteral("^-(canary|stable)-[0-9]{1,3}$"));
        if (tagName.startsWith(env) && share.match(tagName.mid(env.size())).hasMatch())
            return true;
    }
    return false;
}
