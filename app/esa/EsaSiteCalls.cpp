// EsaClient's calls about where routines run: sites, custom domains, routes, staging IPs
// (issue #23). Which parameters go in the query and which in a form body follows the official SDK
// (@alicloud/esa20240910 2.43.0, dist/client.js).
#include "app/esa/EsaClient.h"

#include "app/async/RequestJoin.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

ApiError shapeError(const QString &what)
{
    return ApiError(ApiError::Service::Esa, ApiError::Kind::InvalidJson,
                    ApiError::tr("The ESA answer does not have the documented shape: %1.").arg(what));
}

qint64 idValue(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return v.toString().trimmed().toLongLong(); // some gateways send numbers as strings
}

int intValue(const QJsonObject &json, const QString &key, int fallback)
{
    const QJsonValue v = json.value(key);
    if (v.isDouble())
        return v.toInt(fallback);
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : fallback;
}

bool on(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("on"))
        return true;
    if (s == QLatin1String("off"))
        return false;
    return fallback;
}

// The items of `key`, each an object; false (and an error) when the member is there but is not that.
template <typename T, typename F>
ApiResult<EsaPage<T>> parseItems(const QJsonObject &json, const QString &key, F parseOne)
{
    const QJsonValue v = json.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isArray())
        return shapeError(QStringLiteral("%1 is not a list").arg(key));
    EsaPage<T> page;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject())
            return shapeError(QStringLiteral("an item of %1 is not an object").arg(key));
        page.items.append(parseOne(item.toObject()));
    }
    page.totalCount = intValue(json, QStringLiteral("TotalCount"), int(page.items.size()));
    return page;
}

// Every page of a list: the first, then the rest side by side once the first says how many.
template <typename T>
Request<QList<T>> allPages(std::function<Request<EsaPage<T>>(int)> fetch, int pageSize)
{
    return fetch(1).followedBy([fetch, pageSize](const EsaPage<T> &first) -> Request<QList<T>> {
        const int pages = std::min(EsaClient::MaxPages, (first.totalCount + pageSize - 1) / pageSize);
        if (pages <= 1 || first.items.size() < pageSize)
            return Request<QList<T>>::fromResult(first.items);
        std::vector<Request<EsaPage<T>>> rest;
        for (int p = 2; p <= pages; ++p)
            rest.push_back(fetch(p));
        return Requests::all(std::move(rest)).map([head = first.items](const ApiResult<QList<EsaPage<T>>> &r) -> ApiResult<QList<T>> {
            if (!r.ok())
                return r.error();
            QList<T> items = head;
            for (const EsaPage<T> &page : r.value())
                items += page.items;
            return items;
        });
    });
}

QString onOff(bool b)
{
    return b ? QStringLiteral("on") : QStringLiteral("off");
}

QString requestIdOf(const QJsonObject &json)
{
    return json.value(QStringLiteral("RequestId")).toString();
}

} // namespace

Request<EsaPage<EsaSite>> EsaClient::listSitesPage(int pageNumber, int pageSize)
{
    ApiRequest r = request(QStringLiteral("ListSites"),
                           {{QStringLiteral("PageNumber"), QString::number(pageNumber)}, {QStringLiteral("PageSize"), QString::number(pageSize)}},
                           false);
    r.parts.method = "GET";
    return m_transport.call<EsaPage<EsaSite>>(std::move(r), [](const HttpReply &, const QJsonObject &json) { return parseSitePage(json); });
}

Request<EsaPage<RelatedRecord>> EsaClient::listRoutineRelatedRecordsPage(const QString &name, int pageNumber, int pageSize)
{
    const QueryList params{{QStringLiteral("Name"), name},
                           {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                           {QStringLiteral("PageSize"), QString::number(pageSize)}};
    return m_transport.call<EsaPage<RelatedRecord>>(request(QStringLiteral("ListRoutineRelatedRecords"), params, true),
                                                    [name](const HttpReply &, const QJsonObject &json) { return parseRelatedRecordPage(name, json); });
}

Request<EsaPage<RoutineRoute>> EsaClient::listRoutineRoutesPage(const QString &routine, int pageNumber, int pageSize)
{
    const QueryList params{{QStringLiteral("RoutineName"), routine},
                           {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                           {QStringLiteral("PageSize"), QString::number(pageSize)}};
    return m_transport.call<EsaPage<RoutineRoute>>(request(QStringLiteral("ListRoutineRoutes"), params, false),
                                                   [](const HttpReply &, const QJsonObject &json) { return parseRoutePage(json); });
}

Request<EsaPage<RoutineRoute>> EsaClient::listSiteRoutesPage(qint64 siteId, int pageNumber, int pageSize)
{
    const QueryList params{{QStringLiteral("SiteId"), QString::number(siteId)},
                           {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                           {QStringLiteral("PageSize"), QString::number(pageSize)}};
    return m_transport.call<EsaPage<RoutineRoute>>(request(QStringLiteral("ListSiteRoutes"), params, false),
                                                   [siteId](const HttpReply &, const QJsonObject &json) { return parseRoutePage(json, siteId); });
}

// The lists hold a copy of this client (the transport outlives it): later pages may be asked for
// after the caller's client is gone.
Request<QList<EsaSite>> EsaClient::listSites()
{
    auto self = std::make_shared<EsaClient>(*this);
    return allPages<EsaSite>([self](int page) { return self->listSitesPage(page, 500); }, 500);
}

Request<QList<RelatedRecord>> EsaClient::listRoutineRelatedRecords(const QString &name)
{
    auto self = std::make_shared<EsaClient>(*this);
    return allPages<RelatedRecord>([self, name](int page) { return self->listRoutineRelatedRecordsPage(name, page, 20); }, 20);
}

Request<QList<RoutineRoute>> EsaClient::listRoutineRoutes(const QString &routine)
{
    auto self = std::make_shared<EsaClient>(*this);
    return allPages<RoutineRoute>([self, routine](int page) { return self->listRoutineRoutesPage(routine, page, 500); }, 500);
}

Request<QList<RoutineRoute>> EsaClient::listSiteRoutes(qint64 siteId)
{
    auto self = std::make_shared<EsaClient>(*this);
    return allPages<RoutineRoute>([self, siteId](int page) { return self->listSiteRoutesPage(siteId, page, 500); }, 500);
}

Request<QList<Routine>> EsaClient::listAllUserRoutines()
{
    auto self = std::make_shared<EsaClient>(*this);
    return allPages<Routine>(
            [self](int page) {
                return self->listUserRoutines(page, 20).map([](const ApiResult<RoutinePage> &r) -> ApiResult<EsaPage<Routine>> {
                    if (!r.ok())
                        return r.error();
                    return EsaPage<Routine>{r.value().routines, r.value().totalCount};
                });
            },
            20);
}

Request<QStringList> EsaClient::getRoutineStagingEnvIp()
{
    return m_transport.call<QStringList>(request(QStringLiteral("GetRoutineStagingEnvIp"), {}, true),
                                         [](const HttpReply &, const QJsonObject &json) { return parseStagingIps(json); });
}

ApiRequest EsaClient::queryChange(const QString &action, const QueryList &params) const
{
    ApiRequest r = request(action, params, false);
    r.idempotent = false;
    return r;
}

Request<qint64> EsaClient::createRoutineRelatedRecord(const QString &name, qint64 siteId, const QString &recordName)
{
    const QString action = QStringLiteral("CreateRoutineRelatedRecord");
    if (auto refused = refusedChange<qint64>(action))
        return std::move(*refused);
    const QueryList params{{QStringLiteral("Name"), name}, {QStringLiteral("SiteId"), QString::number(siteId)},
                           {QStringLiteral("RecordName"), recordName}};
    return m_transport.call<qint64>(change(action, params), [](const HttpReply &, const QJsonObject &json) -> ApiResult<qint64> {
        const qint64 id = idValue(json.value(QStringLiteral("RecordId")));
        if (id <= 0)
            return shapeError(QStringLiteral("RecordId is missing"));
        return id;
    });
}

Request<QString> EsaClient::deleteRoutineRelatedRecord(const QString &name, qint64 siteId, qint64 recordId, const QString &recordName)
{
    const QString action = QStringLiteral("DeleteRoutineRelatedRecord");
    if (auto refused = refusedChange<QString>(action))
        return std::move(*refused);
    // As the SDK: SiteId in the query, the rest in the body.
    ApiRequest r = change(action, {{QStringLiteral("Name"), name}, {QStringLiteral("RecordId"), QString::number(recordId)},
                                   {QStringLiteral("RecordName"), recordName}});
    r.parts.query = {{QStringLiteral("SiteId"), QString::number(siteId)}};
    return m_transport.call<QString>(std::move(r), [](const HttpReply &, const QJsonObject &json) { return ApiResult<QString>(requestIdOf(json)); });
}

QueryList EsaClient::routeParams(const RoutineRoute &route)
{
    QueryList params{{QStringLiteral("SiteId"), QString::number(route.siteId)},
                     {QStringLiteral("RoutineName"), route.routine},
                     {QStringLiteral("RouteName"), route.routeName},
                     {QStringLiteral("Rule"), route.ruleText},
                     {QStringLiteral("RouteEnable"), onOff(route.enabled)},
                     {QStringLiteral("Bypass"), onOff(route.bypass)},
                     {QStringLiteral("Fallback"), onOff(route.fallback)},
                     {QStringLiteral("Sequence"), QString::number(route.sequence)}};
    return params;
}

Request<qint64> EsaClient::createRoutineRoute(const RoutineRoute &route)
{
    const QString action = QStringLiteral("CreateRoutineRoute");
    if (auto refused = refusedChange<qint64>(action))
        return std::move(*refused);
    return m_transport.call<qint64>(queryChange(action, routeParams(route)), [](const HttpReply &, const QJsonObject &json) -> ApiResult<qint64> {
        const qint64 id = idValue(json.value(QStringLiteral("ConfigId")));
        if (id <= 0)
            return shapeError(QStringLiteral("ConfigId is missing"));
        return id;
    });
}

Request<QString> EsaClient::updateRoutineRoute(const RoutineRoute &route)
{
    const QString action = QStringLiteral("UpdateRoutineRoute");
    if (auto refused = refusedChange<QString>(action))
        return std::move(*refused);
    QueryList params = routeParams(route);
    params.append({QStringLiteral("ConfigId"), QString::number(route.configId)});
    return m_transport.call<QString>(queryChange(action, params), [](const HttpReply &, const QJsonObject &json) { return ApiResult<QString>(requestIdOf(json)); });
}

Request<QString> EsaClient::deleteRoutineRoute(qint64 siteId, qint64 configId)
{
    const QString action = QStringLiteral("DeleteRoutineRoute");
    if (auto refused = refusedChange<QString>(action))
        return std::move(*refused);
    const QueryList params{{QStringLiteral("SiteId"), QString::number(siteId)}, {QStringLiteral("ConfigId"), QString::number(configId)}};
    return m_transport.call<QString>(queryChange(action, params), [](const HttpReply &, const QJsonObject &json) { return ApiResult<QString>(requestIdOf(json)); });
}

ApiResult<EsaPage<EsaSite>> EsaClient::parseSitePage(const QJsonObject &json)
{
    return parseItems<EsaSite>(json, QStringLiteral("Sites"), [](const QJsonObject &o) {
        EsaSite s;
        s.siteId = idValue(o.value(QStringLiteral("SiteId")));
        s.name = o.value(QStringLiteral("SiteName")).toString();
        s.status = o.value(QStringLiteral("Status")).toString();
        s.accessType = o.value(QStringLiteral("AccessType")).toString();
        s.coverage = o.value(QStringLiteral("Coverage")).toString();
        s.planSpecName = o.value(QStringLiteral("PlanSpecName")).toString();
        return s;
    });
}

ApiResult<EsaPage<RelatedRecord>> EsaClient::parseRelatedRecordPage(const QString &routine, const QJsonObject &json)
{
    return parseItems<RelatedRecord>(json, QStringLiteral("RelatedRecords"), [routine](const QJsonObject &o) {
        RelatedRecord r;
        r.recordId = idValue(o.value(QStringLiteral("RecordId")));
        r.recordName = o.value(QStringLiteral("RecordName")).toString();
        r.siteId = idValue(o.value(QStringLiteral("SiteId")));
        r.siteName = o.value(QStringLiteral("SiteName")).toString();
        r.routine = routine;
        return r;
    });
}

ApiResult<EsaPage<RoutineRoute>> EsaClient::parseRoutePage(const QJsonObject &json, qint64 siteId)
{
    return parseItems<RoutineRoute>(json, QStringLiteral("Configs"), [siteId](const QJsonObject &o) {
        RoutineRoute r;
        r.configId = idValue(o.value(QStringLiteral("ConfigId")));
        r.siteId = o.contains(QStringLiteral("SiteId")) ? idValue(o.value(QStringLiteral("SiteId"))) : siteId;
        r.siteName = o.value(QStringLiteral("SiteName")).toString();
        r.routine = o.value(QStringLiteral("RoutineName")).toString();
        r.routeName = o.value(QStringLiteral("RouteName")).toString();
        r.ruleText = o.value(QStringLiteral("Rule")).toString();
        r.enabled = on(o.value(QStringLiteral("RouteEnable")), true);
        r.bypass = on(o.value(QStringLiteral("Bypass")), false);
        r.fallback = on(o.value(QStringLiteral("Fallback")), false);
        r.mode = o.value(QStringLiteral("Mode")).toString();
        r.configType = o.value(QStringLiteral("ConfigType")).toString();
        r.sequence = intValue(o, QStringLiteral("Sequence"), 0);
        return r;
    });
}

ApiResult<QStringList> EsaClient::parseStagingIps(const QJsonObject &json)
{
    const QJsonValue v = json.value(QStringLiteral("IPV4"));
    if (!v.isArray())
        return shapeError(QStringLiteral("IPV4 is not a list"));
    QStringList ips;
    for (const QJsonValue &ip : v.toArray()) {
        if (!ip.toString().trimmed().isEmpty())
            ips << ip.toString().trimmed();
    }
    return ips;
}
