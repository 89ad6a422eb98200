#include "app/esa/RoutinePlacement.h"

#include "app/async/RequestJoin.h"
#include "app/esa/RouteCoverage.h"

#include <algorithm>

QString RoutinePlacement::switches(const RoutineRoute &route)
{
    QStringList s;
    s << (route.enabled ? tr("enabled") : tr("disabled"));
    if (route.bypass)
        s << tr("bypass");
    if (route.fallback)
        s << tr("fallback to origin");
    return s.join(QStringLiteral(", "));
}

QString RoutinePlacement::label(const RoutineRoute &route)
{
    const QString name = route.routeName.isEmpty() ? QString::number(route.configId) : route.routeName;
    return QStringLiteral("%1 (%2)").arg(name, route.routine);
}

QList<RoutineRoute> RoutinePlacement::inOrder(QList<RoutineRoute> routes)
{
    std::stable_sort(routes.begin(), routes.end(), [](const RoutineRoute &a, const RoutineRoute &b) {
        if (a.siteId != b.siteId)
            return a.siteId < b.siteId;
        if (a.sequence != b.sequence)
            return a.sequence < b.sequence;
        return a.configId < b.configId;
    });
    return routes;
}

namespace {

// Whether `a` is evaluated before `b` (both on one site).
bool earlier(const RoutineRoute &a, const RoutineRoute &b)
{
    return a.sequence != b.sequence ? a.sequence < b.sequence : a.configId < b.configId;
}

PlacedRoute placeOne(const RoutineRoute &route, const QList<RoutineRoute> &siteRoutes)
{
    PlacedRoute p;
    p.route = route;
    rules::RuleError error;
    const rules::Rule rule = rules::Rule::parse(route.ruleText, &error);
    if (rule.isNull()) {
        p.readable = route.ruleText;
        p.ruleProblem = error.message;
        return p;
    }
    p.readable = rule.readable();
    for (const RoutineRoute &other : siteRoutes) {
        if (other.siteId != route.siteId || other.configId == route.configId)
            continue;
        const rules::Rule otherRule = other.rule();
        if (RouteCoverage::overlaps(rule, otherRule) == RouteCoverage::Answer::Yes)
            p.overlaps << RoutinePlacement::label(other);
        // The first earlier enabled route covering it: a bypass covers it as well as a function.
        if (p.shadowedBy.isEmpty() && other.enabled && earlier(other, route)
            && RouteCoverage::covers(otherRule, rule) == RouteCoverage::Answer::Yes)
            p.shadowedBy = RoutinePlacement::label(other);
    }
    return p;
}

} // namespace

QList<PlacedRoute> RoutinePlacement::place(const QList<RoutineRoute> &mine, const QList<RoutineRoute> &siteRoutes)
{
    // Earliest first, so "shadowed by" names the route that actually wins.
    const QList<RoutineRoute> ordered = inOrder(siteRoutes);
    QList<PlacedRoute> out;
    for (const RoutineRoute &r : inOrder(mine))
        out << placeOne(r, ordered);
    return out;
}

Request<RoutinePlacement> RoutinePlacement::load(const std::shared_ptr<EsaClient> &client, const QString &routine)
{
    using Parts = std::tuple<RoutineDetail, QList<RelatedRecord>, QList<RoutineRoute>>;
    return Requests::all(client->getRoutine(routine), client->listRoutineRelatedRecords(routine), client->listRoutineRoutes(routine))
            .followedBy([client, routine](const Parts &parts) {
                RoutinePlacement placement;
                placement.routine = routine;
                placement.defaultHost = std::get<0>(parts).routine.defaultRelatedRecord;
                placement.customDomains = std::get<1>(parts);
                const QList<RoutineRoute> mine = std::get<2>(parts);
                QList<qint64> sites;
                for (const RoutineRoute &r : mine) {
                    if (!sites.contains(r.siteId))
                        sites << r.siteId;
                }
                std::vector<Request<QList<RoutineRoute>>> siteRoutes;
                for (qint64 site : std::as_const(sites))
                    siteRoutes.push_back(client->listSiteRoutes(site));
                return Requests::all(std::move(siteRoutes))
                        .map([placement, mine](const ApiResult<QList<QList<RoutineRoute>>> &r) -> ApiResult<RoutinePlacement> {
                            if (!r.ok())
                                return r.error();
                            RoutinePlacement out = placement;
                            QList<RoutineRoute> all;
                            for (const QList<RoutineRoute> &site : r.value())
                                all += site;
                            out.routes = place(mine, all);
                            return out;
                        });
            });
}
