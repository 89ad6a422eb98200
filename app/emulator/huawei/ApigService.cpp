#include "app/emulator/huawei/ApigService.h"

#include "app/emulator/huawei/ApigContextCalls.h"
#include "app/emulator/huawei/IamService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace {

QString queryValue(const HttpRequestParts &request, const QString &name, bool *present = nullptr)
{
    for (const auto &q : request.query) {
        if (q.first == name) {
            if (present)
                *present = true;
            return q.second;
        }
    }
    if (present)
        *present = false;
    return {};
}

// The integer query parameter `name`: nothing when it is absent; `*bad` when it is no integer.
std::optional<qint64> integerQuery(const HttpRequestParts &request, const QString &name, bool *bad)
{
    bool present = false;
    const QString raw = queryValue(request, name, &present);
    if (!present)
        return std::nullopt;
    bool ok = false;
    const qint64 value = raw.trimmed().toLongLong(&ok);
    *bad = !ok;
    return value;
}

bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

// Slices [offset, offset+limit) of `count` items; an offset past the end gives nothing.
std::pair<qint64, qint64> slice(qint64 count, qint64 offset, qint64 limit)
{
    const qint64 begin = qMin(offset, count);
    return {begin, qMin(count, begin + limit)};
}

QJsonObject listBody(const QString &key, const QJsonArray &items, qint64 total)
{
    return {{QStringLiteral("total"), total}, {QStringLiteral("size"), items.size()}, {key, items}};
}

// The page [offset, offset+limit) of `matches` under `key`, each item as `toJson` writes it.
template <typename T, typename ToJson>
QJsonObject pageBody(const QString &key, const QList<const T *> &matches, qint64 offset, qint64 limit, ToJson toJson)
{
    QJsonArray items;
    const auto [begin, end] = slice(matches.size(), offset, limit);
    for (qint64 k = begin; k < end; ++k)
        items.append(toJson(*matches.at(k)));
    return listBody(key, items, matches.size());
}

QJsonObject appCodeJson(const DemoAppCode &c)
{
    return {{QStringLiteral("app_code"), c.appCode},
            {QStringLiteral("id"), c.id},
            {QStringLiteral("app_id"), c.appId},
            {QStringLiteral("create_time"), c.createTime}};
}

EmulatorResponse invalidParameter(const QString &name, const QString &why = {})
{
    // The seed's message, with the reason in the middle when there is one.
    return ApigService::error(400, QStringLiteral("APIG.2012"),
                              QStringLiteral("Invalid parameter value,parameterName:%1. %2Please refer to the support documentation")
                                      .arg(name, why.isEmpty() ? QString() : why.left(1).toUpper() + why.mid(1) + QStringLiteral(". ")));
}

enum class Route { None, Instances, Instance, Apps, AppCodes, AppCode, RomaInstances, RomaSecret };

// The shared gateway's one "instance": its apps, never named in a path.
const QByteArray SharedMarker = QByteArrayLiteral("shared");

// "/v2/p/apigw/instances/" splits to ["", "v2", "p", "apigw", "instances"] (trailing slashes
// dropped). The other gateways are rewritten onto that layout, so one router serves all three:
// ROMA Connect's "/v2/p/apic/instances/…" keeps "apic" at [3]; the shared gateway's
// "/v1.0/apigw/apps/…" becomes ["", "v1.0", "", "shared", "instances", "", "apps", …] (its
// project comes from the caller, its instance is the one shared gateway).
QList<QByteArray> routeParts(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    if (parts.size() >= 4 && parts.at(1) == "v1.0" && parts.at(2) == "apigw" && parts.at(3) == "apps")
        parts = QList<QByteArray>{"", "v1.0", "", SharedMarker, "instances", ""} + parts.mid(3);
    return parts;
}

bool isGatewayPrefix(const QByteArray &p)
{
    return p == "apigw" || p == "apic" || p == SharedMarker;
}

// A credential-context call (ApigContextCalls) under /instances/{instance_id}/; empty if none.
// The shared gateway (v1.0) offers none of them here.
QString contextOperation(const QByteArray &method, const QList<QByteArray> &parts)
{
    if (parts.size() < 7 || (parts.at(3) != "apigw" && parts.at(3) != "apic") || parts.at(4) != "instances")
        return {};
    return ApigContextCalls::operation(method, parts.mid(6));
}

Route routeOf(const QList<QByteArray> &parts)
{
    // ROMA Connect's own paths, outside apic: its instances, and an app's secret.
    if (parts.size() == 4 && parts.at(1) == "v2" && parts.at(3) == "instances")
        return Route::RomaInstances;
    if (parts.size() == 8 && parts.at(1) == "v2" && parts.at(3) == "instances" && parts.at(5) == "apps" && parts.at(7) == "secret")
        return Route::RomaSecret;
    if (parts.size() < 5 || !isGatewayPrefix(parts.at(3)) || parts.at(4) != "instances")
        return Route::None;
    // Only the v1.0 rewrite names the shared gateway, and it has no instance routes.
    // (routeParts leaves [2] empty, which no real v1.0 path can give: /v1.0/apigw/apps/…)
    if ((parts.at(3) == SharedMarker) != (parts.at(1) == "v1.0") || (parts.at(3) == SharedMarker && (parts.size() < 7 || !parts.at(2).isEmpty())))
        return Route::None;
    switch (parts.size()) {
    case 5: return Route::Instances;
    case 6: return Route::Instance;
    case 7: return parts.at(6) == "apps" ? Route::Apps : Route::None;
    case 9: return parts.at(6) == "apps" && parts.at(8) == "app-codes" ? Route::AppCodes : Route::None;
    case 10: return parts.at(6) == "apps" && parts.at(8) == "app-codes" ? Route::AppCode : Route::None;
    default: return Route::None;
    }
}

} // namespace

ApigService::ApigService(AppCodeStore &store, const IamService &iam)
    : m_store(store)
    , m_iam(iam)
{
}

bool ApigService::accepts(const HttpRequestParts &request)
{
    return request.path.startsWith("/v2/") || request.path.startsWith("/v1.0/apigw/");
}

QString ApigService::operation(const HttpRequestParts &request)
{
    const QList<QByteArray> parts = routeParts(request.path);
    switch (routeOf(parts)) {
    case Route::Instances: return QStringLiteral("ListInstancesV2");
    case Route::Instance: return QStringLiteral("ShowDetailsOfInstanceV2");
    case Route::Apps: return QStringLiteral("ListAppsV2");
    case Route::AppCodes:
        if (request.method == "PUT")
            return QStringLiteral("CreateAppCodeAutoV2");
        return request.method == "POST" ? QStringLiteral("CreateAppCodeV2") : QStringLiteral("ListAppCodesV2");
    case Route::AppCode:
        return request.method == "DELETE" ? QStringLiteral("DeleteAppCodeV2") : QStringLiteral("ShowDetailsOfAppCodeV2");
    case Route::RomaInstances: return QStringLiteral("CheckRomaInstanceListV2");
    case Route::RomaSecret: return QStringLiteral("ResetRomaAppSecret");
    case Route::None: break;
    }
    return contextOperation(request.method, parts);
}

EmulatorResponse ApigService::error(int status, const QString &code, const QString &message)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::Id128);
    return EmulatorResponse::json(status, {{QStringLiteral("error_code"), code},
                                           {QStringLiteral("error_msg"), message},
                                           {QStringLiteral("request_id"), QString::fromLatin1(requestId)}},
                                  {{QByteArrayLiteral("X-Request-Id"), requestId}});
}

EmulatorResponse ApigService::faultResponse(FaultKind kind) const
{
    if (kind == FaultKind::Throttling)
        return error(429, QStringLiteral("APIG.0308"), QStringLiteral("The throttling threshold has been reached: policy user over ratelimit"));
    if (kind == FaultKind::Unavailable)
        return error(503, QStringLiteral("APIG.9999"), QStringLiteral("System error: service unavailable, try again later"));
    return error(500, QStringLiteral("APIG.9999"), QStringLiteral("System error"));
}

EmulatorResponse ApigService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    const QList<QByteArray> parts = routeParts(request.path);
    const Route route = routeOf(parts);
    const QByteArray &m = request.method;
    const QString context = route == Route::None ? contextOperation(m, parts) : QString();
    const bool methodOk = !context.isEmpty() || (route == Route::AppCodes && (m == "GET" || m == "PUT" || m == "POST"))
            || (route == Route::AppCode && (m == "GET" || m == "DELETE"))
            || (route == Route::RomaSecret && m == "PUT")
            || (route != Route::None && route != Route::AppCodes && route != Route::AppCode && route != Route::RomaSecret && m == "GET");
    if (!methodOk)
        return error(404, QStringLiteral("APIG.0101"),
                     QStringLiteral("The API does not exist or has not been published in the environment"));

    const HuaweiIdentity who = m_iam.authenticate(request, now);
    if (who.failure != HuaweiIdentity::Failure::None)
        return error(401, who.code.isEmpty() ? QStringLiteral("APIG.1002") : who.code, who.message);

    // The shared gateway's paths name no project: the caller's (X-Project-Id, or the token's).
    const bool shared = parts.at(3) == SharedMarker;
    QString projectId = QString::fromUtf8(parts.at(2));
    if (shared) {
        projectId = QString::fromUtf8(request.header("x-project-id"));
        if (projectId.isEmpty())
            projectId = who.projectId.isEmpty() ? who.ownedProjects.value(0) : who.projectId;
    }
    if (!who.ownedProjects.contains(projectId))
        return error(403, QStringLiteral("APIG.1005"), QStringLiteral("No permissions to request this method"));

    if (route == Route::RomaSecret)
        return resetRomaSecret(request, parts);
    if (route == Route::RomaInstances)
        return listRomaInstances(request);

    Page page;
    if (m == "GET") {
        if (auto e = shared ? parsePageNumber(request, &page) : parsePage(request, &page))
            return *e;
    }
    if (route == Route::Instances)
        return listInstances(request, page, parts.at(3));

    const QString gateway = QString::fromLatin1(parts.at(3));
    DemoInstance *instance = nullptr;
    if (shared) {
        instance = m_store.sharedGateway();
        if (!instance) // this emulator's cloud has no shared gateway
            return error(404, QStringLiteral("APIG.0101"), QStringLiteral("The API does not exist or has not been published in the environment"));
    } else {
        const QString instanceId = QString::fromUtf8(parts.at(5));
        if (!isId(instanceId))
            return invalidParameter(QStringLiteral("instance_id"));
        instance = m_store.instance(instanceId);
        // A dedicated gateway is not found under apic, nor ROMA Connect's under apigw.
        if (!instance || instance->gateway != gateway)
            return error(404, QStringLiteral("APIG.3030"), QStringLiteral("The instance does not exist;id:%1").arg(instanceId));
    }
    if (route == Route::Instance) // a single instance's details are not emulated
        return error(404, QStringLiteral("APIG.0101"), QStringLiteral("The API does not exist or has not been published in the environment"));
    if (route == Route::Apps)
        return listApps(request, *instance, page);
    // ROMA Connect resets a secret outside apic (RomaSecret), not at apic's …/apps/secret/{id}.
    if (context == QLatin1String("ResettingAppSecretV2") && gateway == QLatin1String("apic"))
        return error(404, QStringLiteral("APIG.0101"), QStringLiteral("The API does not exist or has not been published in the environment"));
    if (!context.isEmpty()) {
        ApigContextCall call{request, parts.mid(6), *instance, page.offset, page.limit, now};
        return m_context.handle(context, call);
    }

    const QString appId = QString::fromUtf8(parts.at(7));
    if (!isId(appId))
        return invalidParameter(QStringLiteral("app_id"));
    DemoApp *app = AppCodeStore::app(*instance, appId);
    if (!app)
        return error(404, QStringLiteral("APIG.3004"), QStringLiteral("App %1 does not exist").arg(appId));
    if (route == Route::AppCodes) {
        if (m == "GET")
            return listAppCodes(*app, page);
        return createAppCode(request, *instance, *app, m == "POST", now);
    }

    const QString appCodeId = QString::fromUtf8(parts.at(9));
    if (!isId(appCodeId))
        return invalidParameter(QStringLiteral("app_code_id"));
    const DemoAppCode *code = AppCodeStore::appCode(*app, appCodeId);
    if (!code)
        return error(404, QStringLiteral("APIG.3082"), QStringLiteral("The AppCode does not exist;id:%1").arg(appCodeId));
    if (m == "DELETE") {
        m_store.remove(*app, appCodeId);
        EmulatorResponse gone;
        gone.status = 204;
        gone.headers = {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}};
        return gone;
    }
    return EmulatorResponse::json(200, appCodeJson(*code));
}

EmulatorResponse ApigService::createAppCode(const HttpRequestParts &request, DemoInstance &instance, DemoApp &app,
                                            bool custom, const QDateTime &now)
{
    QString value;
    if (custom) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
        const QJsonValue v = doc.object().value(QStringLiteral("app_code"));
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return invalidParameter(QStringLiteral("app_code"), QStringLiteral("the body must be a JSON object {\"app_code\": \"…\"}"));
        if (!v.isString())
            return invalidParameter(QStringLiteral("app_code"), v.isUndefined() ? QStringLiteral("it is required")
                                                                                : QStringLiteral("it must be a string"));
        value = v.toString();
        const QString why = AppCodeStore::valueProblem(value);
        if (!why.isEmpty())
            return invalidParameter(QStringLiteral("app_code"), why);
    }
    if (app.appCodes.size() >= m_store.limit())
        return error(403, QStringLiteral("APIG.3131"),
                     QStringLiteral("The number of AppCodes exceeds the maximum allowed limit: app %1 holds %2, at most %3 are allowed. "
                                    "Delete AppCodes you no longer need.")
                             .arg(app.id).arg(app.appCodes.size()).arg(m_store.limit()));
    if (custom) {
        if (const DemoAppCode *holder = AppCodeStore::holderOf(instance, value))
            return invalidParameter(QStringLiteral("app_code"),
                                    holder->appId == app.id ? QStringLiteral("this app already has that AppCode (id %1)").arg(holder->id)
                                                            : QStringLiteral("another app of this gateway already uses that AppCode"));
    } else {
        value = AppCodeStore::generateValue(instance);
    }
    return EmulatorResponse::json(201, appCodeJson(m_store.create(app, value, now)));
}

std::optional<EmulatorResponse> ApigService::parsePage(const HttpRequestParts &request, Page *page) const
{
    for (const QString name : {QStringLiteral("offset"), QStringLiteral("limit")}) {
        bool bad = false;
        const std::optional<qint64> value = integerQuery(request, name, &bad);
        if (bad)
            return error(400, QStringLiteral("APIG.2012"),
                         QStringLiteral("Invalid parameter value,parameterName:%1. Please refer to the support documentation").arg(name));
        if (value)
            (name == QLatin1String("offset") ? page->offset : page->limit) = *value;
    }
    // The seed's normalisation.
    if (page->offset < 0)
        page->offset = 0;
    if (page->limit <= 0)
        page->limit = 20;
    if (page->limit > 500)
        page->limit = 500;
    return std::nullopt;
}

EmulatorResponse ApigService::listInstances(const HttpRequestParts &request, const Page &page, const QByteArray &gateway) const
{
    const QString wantId = queryValue(request, QStringLiteral("instance_id"));
    const QString wantName = queryValue(request, QStringLiteral("instance_name"));
    const QString wantStatus = queryValue(request, QStringLiteral("status"));
    QList<const DemoInstance *> matches;
    for (const DemoInstance &i : m_store.instances()) {
        if (i.gateway.toLatin1() != gateway)
            continue;
        if ((wantId.isEmpty() || i.id == wantId) && (wantName.isEmpty() || i.name.contains(wantName, Qt::CaseInsensitive))
            && (wantStatus.isEmpty() || i.status == wantStatus))
            matches.append(&i);
    }
    const auto toJson = [](const DemoInstance &i) {
        return QJsonObject{{QStringLiteral("id"), i.id},
                           {QStringLiteral("instance_name"), i.name},
                           {QStringLiteral("status"), i.status},
                           {QStringLiteral("instance_status"), i.instanceStatus},
                           {QStringLiteral("type"), i.type},
                           {QStringLiteral("spec"), i.spec},
                           {QStringLiteral("create_time"), i.createTimeMs},
                           {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                           {QStringLiteral("eip_address"), i.eipAddress},
                           {QStringLiteral("charging_mode"), 0},
                           {QStringLiteral("loadbalancer_provider"), QStringLiteral("elb")},
                           {QStringLiteral("description"), i.description}};
    };
    return EmulatorResponse::json(200, pageBody(QStringLiteral("instances"), matches, page.offset, page.limit, toJson));
}

EmulatorResponse ApigService::listApps(const HttpRequestParts &request, const DemoInstance &instance, const Page &page) const
{
    const QString wantId = queryValue(request, QStringLiteral("id"));
    const QString wantName = queryValue(request, QStringLiteral("name"));
    const QString wantStatus = queryValue(request, QStringLiteral("status"));
    const QString wantKey = queryValue(request, QStringLiteral("app_key"));
    const QString wantCreator = queryValue(request, QStringLiteral("creator"));
    const bool preciseName = queryValue(request, QStringLiteral("precise_search")).split(QLatin1Char(',')).contains(QStringLiteral("name"));
    QList<const DemoApp *> matches;
    for (const DemoApp &a : instance.apps) {
        const bool nameOk = wantName.isEmpty() || (preciseName ? a.name == wantName : a.name.contains(wantName, Qt::CaseInsensitive));
        if (nameOk && (wantId.isEmpty() || a.id == wantId) && (wantStatus.isEmpty() || QString::number(a.status) == wantStatus)
            && (wantKey.isEmpty() || a.appKey == wantKey) && (wantCreator.isEmpty() || a.creator == wantCreator))
            matches.append(&a);
    }
    QJsonArray items;
    const auto [begin, end] = slice(matches.size(), page.offset, page.limit);
    for (qint64 k = begin; k < end; ++k) {
        const DemoApp *a = matches.at(k);
        items.append(QJsonObject{{QStringLiteral("id"), a->id},
                                 {QStringLiteral("name"), a->name},
                                 {QStringLiteral("remark"), a->remark},
                                 {QStringLiteral("creator"), a->creator},
                                 {QStringLiteral("status"), a->status},
                                 {QStringLiteral("app_key"), a->appKey},
                                 {QStringLiteral("app_secret"), QStringLiteral("******")},
                                 {QStringLiteral("app_type"), QStringLiteral("apig")},
                                 {QStringLiteral("register_time"), a->registerTime},
                                 {QStringLiteral("update_time"), a->updateTime},
                                 {QStringLiteral("bind_num"), a->bindNum}});
    }
    return EmulatorResponse::json(200, listBody(QStringLiteral("apps"), items, matches.size()));
}

EmulatorResponse ApigService::listAppCodes(const DemoApp &app, const Page &page) const
{
    QJsonArray items;
    const auto [begin, end] = slice(app.appCodes.size(), page.offset, page.limit);
    for (qint64 k = begin; k < end; ++k) {
        items.append(appCodeJson(app.appCodes.at(k)));
    }
    return EmulatorResponse::json(200, listBody(QStringLiteral("app_codes"), items, app.appCodes.size()));
}

std::optional<EmulatorResponse> ApigService::parsePageNumber(const HttpRequestParts &request, Page *page) const
{
    // The shared gateway (v1.0): page_size (default 20) and page_no (from 1, default 1).
    qint64 size = 20;
    qint64 number = 1;
    for (const QString name : {QStringLiteral("page_size"), QStringLiteral("page_no")}) {
        bool bad = false;
        const std::optional<qint64> value = integerQuery(request, name, &bad);
        if (bad || (value && (*value < 1 || *value > 1000000)))
            return error(400, QStringLiteral("APIG.2012"),
                         QStringLiteral("Invalid parameter value,parameterName:%1. Please refer to the support documentation").arg(name));
        if (value)
            (name == QLatin1String("page_size") ? size : number) = *value;
    }
    page->limit = qMin<qint64>(size, 500);
    page->offset = (number - 1) * page->limit;
    return std::nullopt;
}

EmulatorResponse ApigService::listRomaInstances(const HttpRequestParts &request) const
{
    // CheckRomaInstanceListV2: {total, size, instances:[{id, name, description, status, …}]},
    // filtered by status only; offset from 0, limit 10 by default and at most 100. ROMA's own
    // codes (ROMA.000…) for its own refusals: a limit above the maximum is refused.
    Page page;
    page.limit = 10;
    for (const QString name : {QStringLiteral("offset"), QStringLiteral("limit")}) {
        bool bad = false;
        const std::optional<qint64> value = integerQuery(request, name, &bad);
        const bool isLimit = name == QLatin1String("limit");
        if (bad || (value && (*value < (isLimit ? 1 : 0) || (isLimit && *value > 100))))
            return error(400, QStringLiteral("ROMA.00013000"), QStringLiteral("Invalid parameter: %1").arg(name));
        if (value)
            (isLimit ? page.limit : page.offset) = *value;
    }
    const QString wantStatus = queryValue(request, QStringLiteral("status"));
    QList<const DemoInstance *> matches;
    for (const DemoInstance &i : m_store.instances()) {
        if (i.gateway == QLatin1String("apic") && (wantStatus.isEmpty() || i.status.compare(wantStatus, Qt::CaseInsensitive) == 0))
            matches.append(&i);
    }
    const auto toJson = [](const DemoInstance &i) {
        return QJsonObject{{QStringLiteral("id"), i.id},
                           {QStringLiteral("name"), i.name},
                           {QStringLiteral("description"), i.description},
                           {QStringLiteral("status"), i.status.toUpper()},
                           {QStringLiteral("flavor_id"), i.spec},
                           {QStringLiteral("charge_type"), QStringLiteral("postPaid")},
                           {QStringLiteral("publicip_enable"), !i.eipAddress.isEmpty()},
                           {QStringLiteral("publicip_address"), i.eipAddress},
                           {QStringLiteral("create_time"), QDateTime::fromMSecsSinceEpoch(i.createTimeMs, Qt::UTC)
                                                                   .toString(Qt::ISODateWithMs)}};
    };
    return EmulatorResponse::json(200, pageBody(QStringLiteral("instances"), matches, page.offset, page.limit, toJson));
}

EmulatorResponse ApigService::resetRomaSecret(const HttpRequestParts &request, const QList<QByteArray> &parts)
{
    // ResetRomaAppSecret: PUT /v2/{project_id}/instances/{instance_id}/apps/{app_id}/secret, body
    // {secret?}: a missing secret is made here. Answers {id, secret}.
    DemoInstance *instance = m_store.instance(QString::fromUtf8(parts.at(4)));
    DemoApp *app = instance && instance->gateway == QLatin1String("apic") ? AppCodeStore::app(*instance, QString::fromUtf8(parts.at(6))) : nullptr;
    if (!app)
        return error(403, QStringLiteral("ROMA.00000101"), QStringLiteral("The app does not exist or you have no permission to it"));
    QString secret;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
        const QJsonValue v = doc.object().value(QStringLiteral("secret"));
        if (pe.error != QJsonParseError::NoError || !doc.isObject() || !(v.isUndefined() || v.isString()))
            return error(400, QStringLiteral("ROMA.00013000"), QStringLiteral("Invalid request body: expected {\"secret\": \"…\"}"));
        secret = v.toString();
    }
    if (secret.isEmpty())
        secret = QUuid::createUuid().toString(QUuid::Id128).left(16);
    app->appSecret = secret;
    return EmulatorResponse::json(200, {{QStringLiteral("id"), app->id}, {QStringLiteral("secret"), secret}});
}
