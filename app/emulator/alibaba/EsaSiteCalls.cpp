// EsaService: where a routine runs (sites, custom domains, routes). See EsaService.h for the
// choices made where the service's behaviour is not documented.
#include "app/emulator/alibaba/EsaService.h"

#include "app/rules/Rule.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <limits>

namespace {

const QString OnWord = QStringLiteral("on");
const QString OffWord = QStringLiteral("off");

QString onOff(bool value)
{
    return value ? OnWord : OffWord;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// A host name as DNS allows it: labels of letters, digits and '-', a '*.' wildcard first at most.
bool isHostName(const QString &host)
{
    static const QRegularExpression re(QStringLiteral(
            "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return host.size() <= 253 && re.match(host).hasMatch();
}

template<typename T>
QList<T> page(const QList<T> &all, int number, int size)
{
    return all.mid(qsizetype(number - 1) * size, size);
}

} // namespace

const DemoSite *EsaService::findSite(const Call &call, std::optional<EmulatorResponse> *failure) const
{
    if ((*failure = requireParam(call, QStringLiteral("SiteId"))))
        return nullptr;
    bool ok = false;
    const qint64 id = call.param(QStringLiteral("SiteId")).trimmed().toLongLong(&ok);
    const DemoSite *site = ok ? m_routines.sites().site(id) : nullptr;
    if (!site)
        *failure = error(call, 400, QStringLiteral("SiteNotFound"),
                         QStringLiteral("The site %1 does not exist in this account. Call ListSites for the site IDs.")
                                 .arg(call.param(QStringLiteral("SiteId"))));
    return site;
}

std::optional<EmulatorResponse> EsaService::onOffParam(const Call &call, const QString &name, bool fallback, bool *out) const
{
    *out = fallback;
    if (!call.has(name) || call.param(name).isEmpty())
        return std::nullopt;
    const QString value = call.param(name);
    if (value != OnWord && value != OffWord)
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter %1 is invalid: it must be on or off, not \"%2\".").arg(name, value));
    *out = value == OnWord;
    return std::nullopt;
}

std::optional<EmulatorResponse> EsaService::checkRule(const Call &call, const QString &rule) const
{
    rules::RuleError problem;
    if (!rules::Rule::parse(rule, &problem).isNull())
        return std::nullopt;
    return error(call, 400, QStringLiteral("InvalidParameter.Rule"),
                 QStringLiteral("The specified parameter Rule is invalid: column %1: %2")
                         .arg(problem.offset + 1).arg(problem.message));
}

std::optional<EmulatorResponse> EsaService::routeSpec(const Call &call, DemoRoute *route, bool creating) const
{
    if (call.has(QStringLiteral("RoutineName")) || creating) {
        if (auto e = requireParam(call, QStringLiteral("RoutineName")))
            return e;
        route->routine = call.param(QStringLiteral("RoutineName"));
        if (!m_routines.routine(route->routine))
            return error(call, 400, QStringLiteral("RoutineNotExist"),
                         QStringLiteral("The routine name does not exist. Check the routine name and try again."));
    }
    if (call.has(QStringLiteral("RouteName")))
        route->routeName = call.param(QStringLiteral("RouteName"));
    if (call.has(QStringLiteral("Rule")) || creating) {
        if (auto e = requireParam(call, QStringLiteral("Rule")))
            return e;
        if (auto e = checkRule(call, call.param(QStringLiteral("Rule"))))
            return e;
        route->rule = call.param(QStringLiteral("Rule"));
    }
    if (auto e = onOffParam(call, QStringLiteral("RouteEnable"), route->enabled, &route->enabled))
        return e;
    if (auto e = onOffParam(call, QStringLiteral("Bypass"), route->bypass, &route->bypass))
        return e;
    if (auto e = onOffParam(call, QStringLiteral("Fallback"), route->fallback, &route->fallback))
        return e;
    // As sent (see SiteStore); a new route without one goes last.
    if (creating)
        route->sequence = m_routines.sites().nextSequence(route->siteId);
    if (call.has(QStringLiteral("Sequence")) && !call.param(QStringLiteral("Sequence")).isEmpty()) {
        bool ok = false;
        const int sequence = call.param(QStringLiteral("Sequence")).trimmed().toInt(&ok);
        if (!ok || sequence < 0)
            return error(call, 400, QStringLiteral("InvalidParameter.Sequence"),
                         QStringLiteral("The specified parameter Sequence is invalid: \"%1\"; it must be a whole number from 0 to %2.")
                                 .arg(call.param(QStringLiteral("Sequence"))).arg(std::numeric_limits<int>::max()));
        route->sequence = sequence;
    }
    return std::nullopt;
}

std::optional<EmulatorResponse> EsaService::duplicateRoute(const Call &call, const DemoRoute &route) const
{
    const rules::Rule rule = rules::Rule::parse(route.rule);
    for (const DemoRoute *other : m_routines.sites().siteRoutes(route.siteId)) {
        if (other->configId == route.configId)
            continue;
        const bool sameName = !route.routeName.isEmpty() && other->routeName == route.routeName;
        if (sameName || rules::Rule::parse(other->rule) == rule)
            return error(call, 400, QStringLiteral("RouteAlreadyExist"),
                         QStringLiteral("The route already exists: route %1 (ConfigId %2) on this site has the same %3.")
                                 .arg(other->routeName).arg(other->configId)
                                 .arg(sameName ? QStringLiteral("name") : QStringLiteral("rule")));
    }
    return std::nullopt;
}

QJsonObject EsaService::routeJson(const DemoRoute &route, bool withSite) const
{
    const rules::Rule rule = rules::Rule::parse(route.rule);
    const QString mode = !route.mode.isEmpty() ? route.mode
                                               : (rule.pattern().isEmpty() ? QStringLiteral("custom") : QStringLiteral("simple"));
    QJsonObject o{{QStringLiteral("ConfigId"), double(route.configId)},
                  {QStringLiteral("ConfigType"), QStringLiteral("rule")},
                  {QStringLiteral("RouteName"), route.routeName},
                  {QStringLiteral("RoutineName"), route.routine},
                  {QStringLiteral("Rule"), route.rule},
                  {QStringLiteral("RouteEnable"), onOff(route.enabled)},
                  {QStringLiteral("Bypass"), onOff(route.bypass)},
                  {QStringLiteral("Fallback"), onOff(route.fallback)},
                  {QStringLiteral("Mode"), mode},
                  {QStringLiteral("Sequence"), route.sequence},
                  {QStringLiteral("SiteVersion"), 0}};
    if (withSite) {
        const DemoSite *site = m_routines.sites().site(route.siteId);
        o.insert(QStringLiteral("SiteId"), double(route.siteId));
        o.insert(QStringLiteral("SiteName"), site ? site->name : QString());
    }
    return o;
}

// Sites -------------------------------------------------------------------------------------

EmulatorResponse EsaService::listSites(const Call &call)
{
    int number = 1, size = 500;
    if (auto e = pageParams(call, 100000, 500, 500, &number, &size))
        return *e;
    const QString name = call.param(QStringLiteral("SiteName")).trimmed().toLower();
    QString how = call.param(QStringLiteral("SiteSearchType"));
    if (how.isEmpty())
        how = QStringLiteral("fuzzy");
    static const QStringList searchTypes{QStringLiteral("fuzzy"), QStringLiteral("exact"), QStringLiteral("prefix"), QStringLiteral("suffix")};
    if (!searchTypes.contains(how))
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter SiteSearchType is invalid: it must be one of %1.").arg(searchTypes.join(QStringLiteral(", "))));
    auto nameMatches = [&](const QString &site) {
        if (name.isEmpty())
            return true;
        if (how == QLatin1String("exact"))
            return site == name;
        if (how == QLatin1String("prefix"))
            return site.startsWith(name);
        if (how == QLatin1String("suffix"))
            return site.endsWith(name);
        return site.contains(name);
    };
    QList<QJsonObject> matches;
    for (const DemoSite &s : m_routines.sites().sites()) {
        if (!nameMatches(s.name))
            continue;
        bool skip = false;
        for (const auto &[param, value] : {std::pair{QStringLiteral("Status"), s.status},
                                           std::pair{QStringLiteral("AccessType"), s.accessType},
                                           std::pair{QStringLiteral("Coverage"), s.coverage}})
            skip = skip || (!call.param(param).isEmpty() && call.param(param) != value);
        if (skip)
            continue;
        matches.append({{QStringLiteral("SiteId"), double(s.siteId)},
                        {QStringLiteral("SiteName"), s.name},
                        {QStringLiteral("Status"), s.status},
                        {QStringLiteral("AccessType"), s.accessType},
                        {QStringLiteral("Coverage"), s.coverage},
                        {QStringLiteral("PlanName"), s.planName},
                        {QStringLiteral("PlanSpecName"), s.planSpecName},
                        {QStringLiteral("CnameZone"), s.accessType == QLatin1String("CNAME") ? QStringLiteral("%1.cname.aliyun-esa.net").arg(s.siteId) : QString()},
                        {QStringLiteral("NameServerList"), s.accessType == QLatin1String("NS") ? QStringLiteral("ns1.aliyun-esa.net,ns2.aliyun-esa.net") : QString()},
                        {QStringLiteral("InstanceId"), QStringLiteral("esa-site-%1").arg(s.siteId)},
                        {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmw4znnok****")},
                        {QStringLiteral("CreateTime"), isoTime(s.createTime)},
                        {QStringLiteral("UpdateTime"), isoTime(s.createTime)}});
    }
    return pagedAnswer(call, QStringLiteral("Sites"), matches, number, size);
}

EmulatorResponse EsaService::getMatchSite(const Call &call)
{
    if (auto e = requireParam(call, QStringLiteral("RecordName")))
        return *e;
    const QString host = call.param(QStringLiteral("RecordName"));
    const DemoSite *site = m_routines.sites().matchSite(host);
    if (!site)
        return error(call, 400, QStringLiteral("SiteNotFound"),
                     QStringLiteral("No site of this account holds %1: add its domain as a site first.").arg(host));
    return ok(call, {{QStringLiteral("SiteId"), double(site->siteId)}, {QStringLiteral("SiteName"), site->name}});
}

// Custom domains ----------------------------------------------------------------------------

EmulatorResponse EsaService::createRoutineRelatedRecord(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *routine = findRoutine(call, &failure);
    if (!routine)
        return *failure;
    const DemoSite *site = findSite(call, &failure);
    if (!site)
        return *failure;
    if (auto e = requireParam(call, QStringLiteral("RecordName")))
        return *e;
    const QString record = call.param(QStringLiteral("RecordName")).trimmed().toLower();
    if (!isHostName(record) || !SiteStore::belongsTo(record, *site))
        return error(call, 400, QStringLiteral("InvalidParameter.RecordName"),
                     QStringLiteral("The specified parameter RecordName is invalid: \"%1\" is not %2 nor a subdomain of it.")
                             .arg(call.param(QStringLiteral("RecordName")), site->name));
    if (const DemoRelatedRecord *taken = m_routines.sites().recordNamed(record))
        return error(call, 400, QStringLiteral("RecordAlreadyExist"),
                     QStringLiteral("The record %1 is already bound to routine %2.").arg(record, taken->routine));
    const DemoRelatedRecord &added = m_routines.sites().addRecord(routine->name, site->siteId, record);
    return ok(call, {{QStringLiteral("RecordId"), double(added.recordId)}, {QStringLiteral("Status"), QStringLiteral("OK")}});
}

EmulatorResponse EsaService::listRoutineRelatedRecords(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *routine = findRoutine(call, &failure);
    if (!routine)
        return *failure;
    int number = 1, size = 20;
    if (auto e = pageParams(call, 100000, 20, 20, &number, &size))
        return *e;
    const QString keyword = call.param(QStringLiteral("SearchKeyWord")).trimmed();
    QList<QJsonObject> matches;
    for (const DemoRelatedRecord &r : m_routines.sites().relatedRecords()) {
        if (r.routine != routine->name || (!keyword.isEmpty() && !r.recordName.contains(keyword, Qt::CaseInsensitive)))
            continue;
        const DemoSite *site = m_routines.sites().site(r.siteId);
        matches.append({{QStringLiteral("RecordId"), double(r.recordId)},
                        {QStringLiteral("RecordName"), r.recordName},
                        {QStringLiteral("SiteId"), double(r.siteId)},
                        {QStringLiteral("SiteName"), site ? site->name : QString()}});
    }
    return pagedAnswer(call, QStringLiteral("RelatedRecords"), matches, number, size);
}

EmulatorResponse EsaService::deleteRoutineRelatedRecord(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *routine = findRoutine(call, &failure);
    if (!routine)
        return *failure;
    const DemoSite *site = findSite(call, &failure);
    if (!site)
        return *failure;
    // By RecordId when given (esa-cli and the console send it), else by RecordName.
    const QString idText = call.param(QStringLiteral("RecordId")).trimmed();
    const QString name = call.param(QStringLiteral("RecordName")).trimmed();
    if (idText.isEmpty() && name.isEmpty())
        return *requireParam(call, QStringLiteral("RecordId"));
    const DemoRelatedRecord *record = nullptr;
    for (const DemoRelatedRecord &r : m_routines.sites().relatedRecords()) {
        const bool same = idText.isEmpty() ? r.recordName.compare(name, Qt::CaseInsensitive) == 0
                                           : QString::number(r.recordId) == idText;
        if (same && r.routine == routine->name && r.siteId == site->siteId)
            record = &r;
    }
    if (!record)
        return error(call, 400, QStringLiteral("RecordNotExist"),
                     QStringLiteral("Routine %1 has no record %2 on site %3.").arg(routine->name, idText.isEmpty() ? name : idText, site->name));
    m_routines.sites().removeRecord(record->recordId);
    return ok(call, {{QStringLiteral("Status"), QStringLiteral("OK")}});
}

// Routes ------------------------------------------------------------------------------------

EmulatorResponse EsaService::createRoutineRoute(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const DemoSite *site = findSite(call, &failure);
    if (!site)
        return *failure;
    DemoRoute route;
    route.siteId = site->siteId;
    route.enabled = true;
    if (auto e = routeSpec(call, &route, true))
        return *e;
    const QString mode = call.param(QStringLiteral("Mode"));
    if (!mode.isEmpty() && mode != QLatin1String("simple") && mode != QLatin1String("custom"))
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter Mode is invalid: it must be simple or custom, not \"%1\".").arg(mode));
    route.mode = mode;
    if (auto e = duplicateRoute(call, route))
        return *e;
    const DemoRoute &added = m_routines.sites().addRoute(route);
    return ok(call, {{QStringLiteral("ConfigId"), double(added.configId)}});
}

const DemoRoute *EsaService::findRoute(const Call &call, const DemoSite *site, std::optional<EmulatorResponse> *failure) const
{
    if ((*failure = requireParam(call, QStringLiteral("ConfigId"))))
        return nullptr;
    bool ok = false;
    const qint64 id = call.param(QStringLiteral("ConfigId")).trimmed().toLongLong(&ok);
    const DemoRoute *route = ok ? m_routines.sites().route(site->siteId, id) : nullptr;
    if (!route)
        *failure = error(call, 400, QStringLiteral("RouteNotExist"),
                         QStringLiteral("Site %1 has no route %2.").arg(site->name, call.param(QStringLiteral("ConfigId"))));
    return route;
}

EmulatorResponse EsaService::getRoutineRoute(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const DemoSite *site = findSite(call, &failure);
    const DemoRoute *route = site ? findRoute(call, site, &failure) : nullptr;
    if (!route)
        return *failure;
    return ok(call, routeJson(*route, false));
}

EmulatorResponse EsaService::updateRoutineRoute(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const DemoSite *site = findSite(call, &failure);
    const DemoRoute *current = site ? findRoute(call, site, &failure) : nullptr;
    if (!current)
        return *failure;
    DemoRoute route = *current;
    if (auto e = routeSpec(call, &route, false))
        return *e;
    if (call.has(QStringLiteral("Mode")) && !call.param(QStringLiteral("Mode")).isEmpty()) {
        const QString mode = call.param(QStringLiteral("Mode"));
        if (mode != QLatin1String("simple") && mode != QLatin1String("custom"))
            return error(call, 400, QStringLiteral("InvalidParameter"),
                         QStringLiteral("The specified parameter Mode is invalid: it must be simple or custom, not \"%1\".").arg(mode));
        route.mode = mode;
    }
    if (auto e = duplicateRoute(call, route))
        return *e;
    m_routines.sites().updateRoute(route);
    return ok(call, {});
}

EmulatorResponse EsaService::deleteRoutineRoute(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const DemoSite *site = findSite(call, &failure);
    const DemoRoute *route = site ? findRoute(call, site, &failure) : nullptr;
    if (!route)
        return *failure;
    m_routines.sites().removeRoute(site->siteId, route->configId);
    return ok(call, {});
}

EmulatorResponse EsaService::listRoutineRoutes(const Call &call)
{
    if (auto e = requireParam(call, QStringLiteral("RoutineName")))
        return *e;
    const QString routine = call.param(QStringLiteral("RoutineName"));
    if (!m_routines.routine(routine))
        return error(call, 400, QStringLiteral("RoutineNotExist"),
                     QStringLiteral("The routine name does not exist. Check the routine name and try again."));
    int number = 1, size = 500;
    if (auto e = pageParams(call, 100000, 500, 500, &number, &size))
        return *e;
    QList<QJsonObject> matches;
    for (const DemoRoute &r : m_routines.sites().routes()) {
        if (r.routine == routine)
            matches.append(routeJson(r, true));
    }
    return pagedAnswer(call, QStringLiteral("Configs"), matches, number, size);
}

EmulatorResponse EsaService::listSiteRoutes(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const DemoSite *site = findSite(call, &failure);
    if (!site)
        return *failure;
    int number = 1, size = 20;
    if (auto e = pageParams(call, 100000, 500, 20, &number, &size))
        return *e;
    const QString routeName = call.param(QStringLiteral("RouteName"));
    const QString configId = call.param(QStringLiteral("ConfigId"));
    const QString configType = call.param(QStringLiteral("ConfigType"));
    QList<QJsonObject> matches;
    for (const DemoRoute *r : m_routines.sites().siteRoutes(site->siteId)) {
        if ((!routeName.isEmpty() && !r->routeName.contains(routeName, Qt::CaseInsensitive))
            || (!configId.isEmpty() && QString::number(r->configId) != configId)
            || (!configType.isEmpty() && configType != QLatin1String("rule")))
            continue;
        matches.append(routeJson(*r, false));
    }
    return pagedAnswer(call, QStringLiteral("Configs"), matches, number, size);
}

// One page of `matches` under `listName`, with the totals the SDK's models name (routes' Configs
// also answer TotalPage).
EmulatorResponse EsaService::pagedAnswer(const Call &call, const QString &listName, const QList<QJsonObject> &matches,
                                         int number, int size) const
{
    QJsonArray items;
    for (const QJsonObject &o : page(matches, number, size))
        items.append(o);
    QJsonObject body{{listName, items},
                     {QStringLiteral("TotalCount"), matches.size()},
                     {QStringLiteral("PageNumber"), number},
                     {QStringLiteral("PageSize"), size}};
    if (listName == QLatin1String("Configs"))
        body.insert(QStringLiteral("TotalPage"), int((matches.size() + size - 1) / size));
    return ok(call, body);
}

EmulatorResponse EsaService::getRoutineAccessToken(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *routine = findRoutine(call, &failure);
    if (!routine)
        return *failure;
    // A fresh token each call: newer CLIs append it as ?esa_er_token=… to the default host's links.
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    return ok(call, {{QStringLiteral("Token"), token}});
}
