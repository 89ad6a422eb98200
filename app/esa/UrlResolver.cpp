#include "app/esa/UrlResolver.h"

#include "app/async/RequestJoin.h"
#include "app/esa/Deployment.h"
#include "app/esa/RoutinePlacement.h"

namespace {

const RoutineDetail *routineNamed(const RoutingData &data, const QString &name)
{
    for (const RoutineDetail &d : data.routines) {
        if (d.routine.name == name)
            return &d;
    }
    return nullptr;
}

// The site whose zone is the host or its longest parent.
std::optional<EsaSite> siteOf(const RoutingData &data, const QString &host)
{
    std::optional<EsaSite> best;
    for (const EsaSite &s : data.sites) {
        if (s.covers(host) && (!best || s.name.size() > best->name.size()))
            best = s;
    }
    return best;
}

void serveWith(Resolution *out, const RoutingData &data, const QString &routine)
{
    out->routine = routine;
    if (const RoutineDetail *d = routineNamed(data, routine)) {
        if (const RoutineEnvironment *prod = d->environment(QStringLiteral("production")))
            out->production = prod->versions;
    }
}

// The site's routes in order: the first enabled match decides; the others are sorted out.
void evaluateRoutes(Resolution *out, const RoutingData &data, const rules::RuleRequest &request)
{
    QList<RoutineRoute> mine;
    for (const RoutineRoute &r : data.routes) {
        if (r.siteId == out->site->siteId)
            mine << r;
    }
    for (const RoutineRoute &r : RoutinePlacement::inOrder(mine)) {
        const rules::Rule rule = r.rule();
        const rules::Outcome outcome = rule.isNull() ? rules::Outcome::NoMatch : rule.evaluate(request);
        if (outcome == rules::Outcome::NoMatch)
            continue;
        if (!r.enabled) {
            out->alsoMatched << Resolution::Loser{r, Resolution::Why::Disabled};
        } else if (out->route) {
            if (outcome == rules::Outcome::Match)
                out->alsoMatched << Resolution::Loser{r, out->route->bypass ? Resolution::Why::PassedOverByBypass
                                                                            : Resolution::Why::ShadowedByOrder};
        } else if (outcome == rules::Outcome::Unknown) {
            out->alsoMatched << Resolution::Loser{r, Resolution::Why::MayMatch};
        } else {
            out->route = r;
        }
    }
}

} // namespace

QString Resolution::whyName(Why why)
{
    switch (why) {
    case Why::ShadowedByOrder: return tr("shadowed by an earlier route");
    case Why::PassedOverByBypass: return tr("passed over by a bypass route");
    case Why::Disabled: return tr("disabled, would have matched");
    case Why::MayMatch: return tr("may match (depends on what a URL does not tell)");
    case Why::LostToRoute: return tr("custom domain, taken by a route first (ranking not documented)");
    }
    return {};
}

QString Resolution::describe() const
{
    if (!problem.isEmpty())
        return problem;
    QStringList lines;
    switch (servedBy) {
    case ServedBy::Nothing:
        lines << (site ? tr("No routine serves %1: no route of %2 matches and it is no custom domain.").arg(host, site->name)
                       : tr("No routine serves %1: it belongs to no site of this account.").arg(host));
        break;
    case ServedBy::DefaultHost: lines << tr("%1 is the default host of %2.").arg(host, routine); break;
    case ServedBy::CustomDomain: lines << tr("%1 is a custom domain of %2.").arg(host, routine); break;
    case ServedBy::Route:
        lines << tr("Route %1 (%2) sends it to %3.").arg(route->routeName, route->readableRule(), routine);
        if (route->fallback)
            lines << tr("When the function fails, the request goes back to the origin.");
        break;
    case ServedBy::Bypass:
        lines << tr("Bypass route %1 (%2) sends it past all functions, to the origin.").arg(route->routeName, route->readableRule());
        break;
    }
    if (!routine.isEmpty())
        lines << (production.isEmpty() ? tr("Production runs no version of %1.").arg(routine)
                                       : Deployment::nowRuns(QStringLiteral("production"), production) + QLatin1Char('.'));
    for (const Loser &l : alsoMatched)
        lines << tr("Also matched: %1 — %2.").arg(RoutinePlacement::label(l.route), whyName(l.why));
    if (rankingUndocumented)
        lines << tr("How a custom domain ranks against routes is not documented: CloudCodes assumes routes run first.");
    return lines.join(QLatin1Char('\n'));
}

Resolution UrlResolver::resolve(const QString &text, const RoutingData &data)
{
    Resolution out;
    QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        out.problem = Resolution::tr("“%1” is not an http or https URL.").arg(text.trimmed());
        return out;
    }
    const rules::RuleRequest request = rules::RuleRequest::fromUrl(url);
    out.host = request.host;
    for (const RoutineDetail &d : data.routines) {
        if (!d.routine.defaultRelatedRecord.isEmpty() && d.routine.defaultRelatedRecord.compare(out.host, Qt::CaseInsensitive) == 0) {
            out.servedBy = Resolution::ServedBy::DefaultHost;
            serveWith(&out, data, d.routine.name);
            return out;
        }
    }
    for (const RelatedRecord &r : data.records) {
        if (r.recordName.compare(out.host, Qt::CaseInsensitive) == 0)
            out.customDomain = r;
    }
    out.site = siteOf(data, out.host);
    if (out.site)
        evaluateRoutes(&out, data, request);
    if (out.route && out.customDomain)
        out.rankingUndocumented = true;
    if (out.route && !out.route->bypass) {
        out.servedBy = Resolution::ServedBy::Route;
        serveWith(&out, data, out.route->routine);
    } else if (out.customDomain) {
        // The host's origin is the routine: no route took it, or a bypass sent it past the routes.
        out.servedBy = Resolution::ServedBy::CustomDomain;
        serveWith(&out, data, out.customDomain->routine);
    } else if (out.route) {
        out.servedBy = Resolution::ServedBy::Bypass;
    }
    return out;
}

QList<UrlResolver::AccountResolution> UrlResolver::resolveAcross(const QString &url, const QList<QPair<QString, RoutingData>> &accounts)
{
    QList<AccountResolution> out;
    for (const auto &[account, data] : accounts) {
        Resolution r = resolve(url, data);
        if (!r.problem.isEmpty())
            return {AccountResolution{QString(), r}}; // the URL itself is wrong: one answer says so
        if (r.site || r.servedBy != Resolution::ServedBy::Nothing)
            out << AccountResolution{account, std::move(r)};
    }
    return out;
}

namespace {

// Each routine's detail and custom domains.
Request<std::tuple<RoutineDetail, QList<RelatedRecord>>> routineParts(const std::shared_ptr<EsaClient> &client, const QString &name)
{
    return Requests::all(client->getRoutine(name), client->listRoutineRelatedRecords(name));
}

} // namespace

Request<RoutingData> UrlResolver::load(const std::shared_ptr<EsaClient> &client)
{
    using First = std::tuple<QList<EsaSite>, QList<Routine>>;
    using PerRoutine = std::tuple<RoutineDetail, QList<RelatedRecord>>;
    return Requests::all(client->listSites(), client->listAllUserRoutines()).followedBy([client](const First &first) {
        std::vector<Request<QList<RoutineRoute>>> sites;
        for (const EsaSite &s : std::get<0>(first))
            sites.push_back(client->listSiteRoutes(s.siteId));
        std::vector<Request<PerRoutine>> routines;
        for (const Routine &r : std::get<1>(first))
            routines.push_back(routineParts(client, r.name));
        return Requests::all(Requests::all(std::move(sites)), Requests::all(std::move(routines)))
                .map([siteList = std::get<0>(first)](const ApiResult<std::tuple<QList<QList<RoutineRoute>>, QList<PerRoutine>>> &r)
                             -> ApiResult<RoutingData> {
                    if (!r.ok())
                        return r.error();
                    RoutingData data;
                    data.sites = siteList;
                    for (const QList<RoutineRoute> &routes : std::get<0>(r.value()))
                        data.routes += routes;
                    for (const PerRoutine &p : std::get<1>(r.value())) {
                        data.routines << std::get<0>(p);
                        data.records += std::get<1>(p);
                    }
                    return data;
                });
    });
}
