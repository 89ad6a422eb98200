#include "app/esa/DeployTargets.h"

#include "app/async/RequestJoin.h"
#include "app/esa/Deployment.h"
#include "app/esa/RouteCoverage.h"

DeployTargets DeployTargets::forEnv(const QString &env, const RoutinePlacement &placement, const QStringList &stagingIps)
{
    DeployTargets t;
    t.env = env;
    t.defaultHost = placement.defaultHost;
    const auto addHost = [&t](const QString &h) {
        if (!h.isEmpty() && !t.hosts.contains(h, Qt::CaseInsensitive))
            t.hosts << h.toLower();
    };
    addHost(t.defaultHost);
    for (const RelatedRecord &r : placement.customDomains) {
        t.customDomains << r.recordName;
        addHost(r.recordName);
    }
    for (const PlacedRoute &p : placement.routes) {
        if (!p.route.enabled || p.route.bypass)
            continue;
        t.routes << QStringLiteral("%1 (%2)").arg(p.readable, p.route.routeName);
        for (const QString &h : RouteCoverage::exactHosts(p.route.rule()))
            addHost(h);
    }
    if (env == QLatin1String("staging")) {
        t.stagingIps = stagingIps;
        // One IP is enough for a hosts file; the first, as esa-cli shows it first.
        if (!stagingIps.isEmpty()) {
            for (const QString &h : std::as_const(t.hosts))
                t.hostsFileLines << QStringLiteral("%1 %2").arg(stagingIps.first(), h);
        }
    }
    return t;
}

QString DeployTargets::describe() const
{
    QStringList lines;
    const QString envName = Deployment::environmentName(env);
    if (env == QLatin1String("staging")) {
        lines << (stagingIps.isEmpty() ? tr("Staging has no IP to test with.")
                                       : tr("%1 is reached through %2: bind these hosts to one of them.").arg(envName, stagingIps.join(QStringLiteral(", "))));
        lines += hostsFileLines;
    } else {
        if (!defaultHost.isEmpty())
            lines << tr("Default host: %1").arg(defaultHost);
        if (!customDomains.isEmpty())
            lines << tr("Custom domains: %1").arg(customDomains.join(QStringLiteral(", ")));
        if (!routes.isEmpty())
            lines << tr("Routes: %1").arg(routes.join(QStringLiteral(", ")));
        if (customDomains.isEmpty() && routes.isEmpty())
            lines << tr("No custom domain or route: only the default host reaches %1.").arg(envName);
    }
    return lines.join(QLatin1Char('\n'));
}

Request<DeployTargets> DeployTargets::load(const std::shared_ptr<EsaClient> &client, const QString &routine, const QString &env)
{
    Request<QStringList> ips = env == QLatin1String("staging") ? client->getRoutineStagingEnvIp()
                                                               : Request<QStringList>::fromResult(QStringList());
    return Requests::all(RoutinePlacement::load(client, routine), std::move(ips))
            .map([env](const ApiResult<std::tuple<RoutinePlacement, QStringList>> &r) -> ApiResult<DeployTargets> {
                if (!r.ok())
                    return r.error();
                return forEnv(env, std::get<0>(r.value()), std::get<1>(r.value()));
            });
}
