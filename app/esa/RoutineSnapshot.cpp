#include "app/esa/RoutineSnapshot.h"

#include "app/async/RequestJoin.h"

QString RoutineSnapshot::describe(const QString &env, const QList<DeployedVersion> &versions)
{
    if (versions.isEmpty())
        return tr("%1: nothing").arg(env);
    QStringList parts;
    for (const DeployedVersion &v : versions)
        parts << QStringLiteral("%1 %2%").arg(v.codeVersion).arg(v.percentage);
    return QStringLiteral("%1: %2").arg(env, parts.join(QStringLiteral(", ")));
}

QString RoutineSnapshot::describe(const QString &env) const
{
    const RoutineEnvironment *e = detail.environment(env);
    return describe(env, e ? e->versions : QList<DeployedVersion>());
}

QList<CodeVersion> RoutineSnapshot::undeployedOldestFirst() const
{
    QList<CodeVersion> out;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (!detail.isDeployed(it->codeVersion))
            out << *it;
    }
    return out;
}

bool RoutineSnapshot::hasVersion(const QString &codeVersion) const
{
    for (const CodeVersion &v : versions) {
        if (v.codeVersion == codeVersion)
            return true;
    }
    return false;
}

Request<RoutineSnapshot> RoutineSnapshot::read(const std::shared_ptr<EsaClient> &client, const QString &routine)
{
    // The versions: a routine lists at most two pages of 20; the second only when the first is full.
    Request<QList<CodeVersion>> versions = client->listRoutineCodeVersions(routine, 1, 20).followedBy(
            [client, routine](const CodeVersionPage &first) {
                if (first.totalCount <= 20 || first.versions.size() < 20)
                    return Request<QList<CodeVersion>>::fromResult(first.versions);
                return client->listRoutineCodeVersions(routine, 2, 20).map(
                        [head = first.versions](const ApiResult<CodeVersionPage> &second) -> ApiResult<QList<CodeVersion>> {
                            if (!second.ok())
                                return second.error();
                            return head + second.value().versions;
                        });
            });
    return Requests::all(client->getRoutine(routine), std::move(versions))
            .map([](const ApiResult<std::tuple<RoutineDetail, QList<CodeVersion>>> &r) -> ApiResult<RoutineSnapshot> {
                if (!r.ok())
                    return r.error();
                return RoutineSnapshot{std::get<0>(r.value()), std::get<1>(r.value())};
            });
}
