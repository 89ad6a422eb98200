#include "app/emulator/huawei/ApigContextCalls.h"

#include "app/emulator/huawei/ApigCatalog.h"
#include "app/emulator/huawei/ApigService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <optional>

namespace {

using Failure = std::optional<EmulatorResponse>;

bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

bool isEnvId(const QString &s)
{
    return isId(s) || s == QLatin1String(DemoData::ApigReleaseEnvId);
}

EmulatorResponse invalid(const QString &name, const QString &why = {}, const QString &code = QStringLiteral("APIG.2012"))
{
    return ApigService::error(400, code,
                              QStringLiteral("Invalid parameter value,parameterName:%1. %2Please refer to the support documentation")
                                      .arg(name, why.isEmpty() ? QString() : why + QStringLiteral(". ")));
}

EmulatorResponse notFound(const QString &code, const QString &message)
{
    return ApigService::error(404, code, message);
}

EmulatorResponse appNotFound(const QString &appId, const QString &code)
{
    return notFound(code, QStringLiteral("App %1 does not exist").arg(appId));
}

EmulatorResponse noContent()
{
    EmulatorResponse r;
    r.status = 204;
    r.headers = {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}};
    return r;
}

EmulatorResponse pageOf(const ApigContextCall &call, const QString &key, const QList<QJsonObject> &matches)
{
    QJsonArray items;
    for (qint64 k = qMin<qint64>(call.offset, matches.size()); k < matches.size() && items.size() < call.limit; ++k)
        items.append(matches.at(k));
    return EmulatorResponse::json(200, {{QStringLiteral("total"), matches.size()},
                                        {QStringLiteral("size"), items.size()},
                                        {key, items}});
}

bool like(const QString &value, const QString &wanted)
{
    return wanted.isEmpty() || value.contains(wanted, Qt::CaseInsensitive);
}

bool same(const QString &value, const QString &wanted)
{
    return wanted.isEmpty() || value == wanted;
}

// The wildcard segment `i` of the path as an id named `name`.
Failure idAt(const ApigContextCall &call, int i, const QString &name, QString *id)
{
    *id = call.segment(i);
    if (!isId(*id))
        return invalid(name);
    return std::nullopt;
}

Failure appAt(const ApigContextCall &call, int i, const QString &missingCode, DemoApp **app)
{
    QString id;
    if (auto e = idAt(call, i, QStringLiteral("app_id"), &id))
        return e;
    for (DemoApp &a : call.instance.apps) {
        if (a.id == id) {
            *app = &a;
            return std::nullopt;
        }
    }
    return appNotFound(id, missingCode);
}

Failure jsonBody(const ApigContextCall &call, QJsonObject *body, const QString &name, bool optional = false)
{
    if (optional && call.request.body.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(name, QStringLiteral("The body must be a JSON object"));
    *body = doc.object();
    return std::nullopt;
}

// A required array of ids in `body`, each of the id form, at least one.
Failure idList(const QJsonObject &body, const QString &name, QStringList *ids, const QString &code = QStringLiteral("APIG.2012"))
{
    const QJsonValue v = body.value(name);
    if (!v.isArray() || v.toArray().isEmpty())
        return invalid(name, QStringLiteral("A non-empty array of ids is required"), code);
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || !isId(item.toString()))
            return invalid(name, QStringLiteral("Every item must be an id of 32 hexadecimal digits"), code);
        if (!ids->contains(item.toString()))
            ids->append(item.toString());
    }
    return std::nullopt;
}

} // namespace

QString ApigContextCall::query(const QString &name) const
{
    for (const auto &q : request.query) {
        if (q.first == name)
            return q.second;
    }
    return {};
}

QString ApigContextCalls::operation(const QByteArray &method, const QList<QByteArray> &tail)
{
    struct Row
    {
        const char *methods;
        const char *pattern;
        const char *operation;
    };
    // The first row whose methods and segments match ("*" is any one segment) names the call.
    static const Row rows[] = {
        {"GET", "api-groups", "ListApiGroupsV2"},
        {"GET", "api-groups/*", "ShowDetailsOfApiGroupV2"},
        {"GET", "apis", "ListApisV2"},
        {"GET", "apis/*", "ShowDetailsOfApiV2"},
        {"GET", "envs", "ListEnvironmentsV2"},
        {"POST", "app-auths", "CreateAuthorizingAppsV2"},
        {"GET", "app-auths/binded-apis", "ListApisBindedToAppV2"},
        {"GET", "app-auths/unbinded-apis", "ListApisUnbindedToAppV2"},
        {"GET", "app-auths/binded-apps", "ListAppsBindedToApiV2"},
        {"DELETE", "app-auths/*", "CancelingAuthorizationV2"},
        {"PUT", "apps/secret/*", "ResettingAppSecretV2"},
        {"GET", "apps/validation/*", "CheckAppV2"},
        {"GET", "apps/*", "ShowDetailsOfAppV2"},
        {"PUT", "apps/*/app-acl", "UpdateAppAcl"},
        {"GET", "apps/*/app-acl", "ShowDetailsOfAppAcl"},
        {"DELETE", "apps/*/app-acl", "DeleteAppAcl"},
        {"GET", "apps/*/bound-quota", "ShowAppBoundAppQuota"},
        {"POST", "app-quotas", "CreateAppQuota"},
        {"GET", "app-quotas", "ListAppQuotas"},
        {"GET", "app-quotas/*", "ShowAppQuota"},
        {"PUT", "app-quotas/*", "UpdateAppQuota"},
        {"DELETE", "app-quotas/*", "DeleteAppQuota"},
        {"POST", "app-quotas/*/binding-apps", "AssociateAppsForAppQuota"},
        {"GET", "app-quotas/*/bound-apps", "ListAppQuotaBoundApps"},
        {"DELETE", "app-quotas/*/bound-apps/*", "DisassociateAppQuotaWithApp"},
        {"GET", "app-quotas/*/bindable-apps", "ListAppQuotaBindableApps"},
    };
    for (const Row &row : rows) {
        const QList<QByteArray> pattern = QByteArray(row.pattern).split('/');
        bool match = method == row.methods && pattern.size() == tail.size();
        for (qsizetype i = 0; match && i < pattern.size(); ++i)
            match = pattern.at(i) == "*" ? !tail.at(i).isEmpty() : pattern.at(i) == tail.at(i);
        if (match)
            return QString::fromLatin1(row.operation);
    }
    return {};
}

ApigContextCalls::Handler ApigContextCalls::handler(const QString &operation)
{
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("ListApiGroupsV2"), &ApigContextCalls::listGroups},
        {QStringLiteral("ShowDetailsOfApiGroupV2"), &ApigContextCalls::showGroup},
        {QStringLiteral("ListApisV2"), &ApigContextCalls::listApis},
        {QStringLiteral("ShowDetailsOfApiV2"), &ApigContextCalls::showApi},
        {QStringLiteral("ListEnvironmentsV2"), &ApigContextCalls::listEnvs},
        {QStringLiteral("CreateAuthorizingAppsV2"), &ApigContextCalls::createAuths},
        {QStringLiteral("ListApisBindedToAppV2"), &ApigContextCalls::listBindedApis},
        {QStringLiteral("ListApisUnbindedToAppV2"), &ApigContextCalls::listUnbindedApis},
        {QStringLiteral("ListAppsBindedToApiV2"), &ApigContextCalls::listBindedApps},
        {QStringLiteral("CancelingAuthorizationV2"), &ApigContextCalls::cancelAuth},
        {QStringLiteral("ResettingAppSecretV2"), &ApigContextCalls::resetSecret},
        {QStringLiteral("CheckAppV2"), &ApigContextCalls::checkApp},
        {QStringLiteral("ShowDetailsOfAppV2"), &ApigContextCalls::showApp},
        {QStringLiteral("UpdateAppAcl"), &ApigContextCalls::appAcl},
        {QStringLiteral("ShowDetailsOfAppAcl"), &ApigContextCalls::appAcl},
        {QStringLiteral("DeleteAppAcl"), &ApigContextCalls::appAcl},
        {QStringLiteral("ShowAppBoundAppQuota"), &ApigContextCalls::boundQuota},
        {QStringLiteral("CreateAppQuota"), &ApigContextCalls::createQuota},
        {QStringLiteral("ListAppQuotas"), &ApigContextCalls::listQuotas},
        {QStringLiteral("ShowAppQuota"), &ApigContextCalls::quota},
        {QStringLiteral("UpdateAppQuota"), &ApigContextCalls::quota},
        {QStringLiteral("DeleteAppQuota"), &ApigContextCalls::quota},
        {QStringLiteral("AssociateAppsForAppQuota"), &ApigContextCalls::bindQuota},
        {QStringLiteral("ListAppQuotaBoundApps"), &ApigContextCalls::quotaApps},
        {QStringLiteral("DisassociateAppQuotaWithApp"), &ApigContextCalls::unbindQuota},
        {QStringLiteral("ListAppQuotaBindableApps"), &ApigContextCalls::quotaApps},
    };
    return handlers.value(operation, nullptr);
}

EmulatorResponse ApigContextCalls::handle(const QString &operation, ApigContextCall &call)
{
    const Handler h = handler(operation);
    if (!h)
        return notFound(QStringLiteral("APIG.0101"), QStringLiteral("The API does not exist or has not been published in the environment"));
    return (this->*h)(call);
}

// Groups, APIs, environments ------------------------------------------------------------------

EmulatorResponse ApigContextCalls::listGroups(ApigContextCall &call)
{
    const QString id = call.query(QStringLiteral("id"));
    const QString name = call.query(QStringLiteral("name"));
    const bool precise = call.query(QStringLiteral("precise_search")).split(QLatin1Char(',')).contains(QStringLiteral("name"));
    QList<QJsonObject> matches;
    for (const DemoApiGroup &g : std::as_const(call.instance.groups)) {
        if (same(g.id, id) && (precise ? same(g.name, name) : like(g.name, name)))
            matches.append(ApigCatalog::groupJson(g));
    }
    return pageOf(call, QStringLiteral("groups"), matches);
}

EmulatorResponse ApigContextCalls::showGroup(ApigContextCall &call)
{
    QString id;
    if (auto e = idAt(call, 1, QStringLiteral("group_id"), &id))
        return *e;
    const DemoApiGroup *g = ApigCatalog::group(call.instance, id);
    if (!g)
        return notFound(QStringLiteral("APIG.3001"), QStringLiteral("The API group does not exist;id:%1").arg(id));
    return EmulatorResponse::json(200, ApigCatalog::groupJson(*g));
}

EmulatorResponse ApigContextCalls::listApis(ApigContextCall &call)
{
    const QStringList precise = call.query(QStringLiteral("precise_search")).split(QLatin1Char(','));
    const QString name = call.query(QStringLiteral("name"));
    const QString uri = call.query(QStringLiteral("req_uri"));
    const QString envId = call.query(QStringLiteral("env_id"));
    QList<QJsonObject> matches;
    for (const DemoApi &a : std::as_const(call.instance.apis)) {
        const bool nameOk = precise.contains(QStringLiteral("name")) ? same(a.name, name) : like(a.name, name);
        const bool uriOk = precise.contains(QStringLiteral("req_uri")) ? same(a.reqUri, uri) : like(a.reqUri, uri);
        if (nameOk && uriOk && same(a.id, call.query(QStringLiteral("id"))) && same(a.groupId, call.query(QStringLiteral("group_id")))
            && same(a.reqMethod, call.query(QStringLiteral("req_method"))) && same(a.authType, call.query(QStringLiteral("auth_type")))
            && same(QStringLiteral("1"), call.query(QStringLiteral("type")))
            && (envId.isEmpty() || ApigCatalog::publication(a, envId)))
            matches.append(ApigCatalog::apiJson(call.instance, a));
    }
    return pageOf(call, QStringLiteral("apis"), matches);
}

EmulatorResponse ApigContextCalls::showApi(ApigContextCall &call)
{
    QString id;
    if (auto e = idAt(call, 1, QStringLiteral("api_id"), &id))
        return *e;
    const DemoApi *a = ApigCatalog::api(call.instance, id);
    if (!a)
        return notFound(QStringLiteral("APIG.3002"), QStringLiteral("API %1 does not exist").arg(id));
    return EmulatorResponse::json(200, ApigCatalog::apiJson(call.instance, *a));
}

EmulatorResponse ApigContextCalls::listEnvs(ApigContextCall &call)
{
    QList<QJsonObject> matches;
    for (const DemoApigEnv &e : std::as_const(call.instance.envs)) {
        if (like(e.name, call.query(QStringLiteral("name"))))
            matches.append(ApigCatalog::envJson(e));
    }
    return pageOf(call, QStringLiteral("envs"), matches);
}

// Authorizations ------------------------------------------------------------------------------

EmulatorResponse ApigContextCalls::createAuths(ApigContextCall &call)
{
    // Everything is checked first: a refusal changes nothing.
    QJsonObject body;
    if (auto e = jsonBody(call, &body, QStringLiteral("env_id")))
        return *e;
    const QString envId = body.value(QStringLiteral("env_id")).toString();
    if (!isEnvId(envId))
        return invalid(QStringLiteral("env_id"), {}, QStringLiteral("APIG.2011"));
    QStringList appIds, apiIds;
    if (auto e = idList(body, QStringLiteral("app_ids"), &appIds, QStringLiteral("APIG.2011")))
        return *e;
    if (auto e = idList(body, QStringLiteral("api_ids"), &apiIds, QStringLiteral("APIG.2011")))
        return *e;
    if (!ApigCatalog::env(call.instance, envId))
        return notFound(QStringLiteral("APIG.3003"), QStringLiteral("The environment does not exist.;id:%1").arg(envId));
    for (const QString &appId : std::as_const(appIds)) {
        if (!ApigCatalog::app(call.instance, appId))
            return appNotFound(appId, QStringLiteral("APIG.3004"));
    }
    for (const QString &apiId : std::as_const(apiIds)) {
        if (!ApigCatalog::api(call.instance, apiId))
            return notFound(QStringLiteral("APIG.3002"), QStringLiteral("API %1 does not exist").arg(apiId));
    }
    QJsonArray auths;
    for (const QString &apiId : std::as_const(apiIds)) {
        const DemoApi &api = *ApigCatalog::api(call.instance, apiId);
        for (const QString &appId : std::as_const(appIds)) {
            if (const DemoAppAuth *existing = ApigCatalog::auth(call.instance, apiId, appId, envId)) {
                auths.append(ApigCatalog::authRelationJson(*existing, {{QStringLiteral("status"), QStringLiteral("SKIPPED")}}));
            } else if (api.authType != QLatin1String("APP")) {
                const DemoAppAuth refused{QString(), apiId, appId, envId, ApigCatalog::isoNow(call.now)};
                auths.append(ApigCatalog::authRelationJson(refused, {
                        {QStringLiteral("status"), QStringLiteral("FAILED")},
                        {QStringLiteral("error_code"), QStringLiteral("APIG.2011")},
                        {QStringLiteral("error_msg"), QStringLiteral("Invalid parameter value,parameterName:api_ids. The API %1 does not use app authentication").arg(api.name)},
                        {QStringLiteral("api_name"), api.name},
                        {QStringLiteral("app_name"), ApigCatalog::app(call.instance, appId)->name}}));
            } else {
                call.instance.appAuths.append({ApigCatalog::newId(), apiId, appId, envId, ApigCatalog::isoNow(call.now)});
                auths.append(ApigCatalog::authRelationJson(call.instance.appAuths.last(), {{QStringLiteral("status"), QStringLiteral("SUCCESS")}}));
            }
        }
    }
    return EmulatorResponse::json(201, {{QStringLiteral("auths"), auths}});
}

EmulatorResponse ApigContextCalls::cancelAuth(ApigContextCall &call)
{
    QString id;
    if (auto e = idAt(call, 1, QStringLiteral("app_auth_id"), &id))
        return *e;
    if (call.instance.appAuths.removeIf([&](const DemoAppAuth &a) { return a.id == id; }) == 0)
        return notFound(QStringLiteral("APIG.3009"), QStringLiteral("The app authorization record does not exist,id:%1").arg(id));
    return noContent();
}

EmulatorResponse ApigContextCalls::listBindedApis(ApigContextCall &call)
{
    const QString appId = call.query(QStringLiteral("app_id"));
    if (!isId(appId))
        return invalid(QStringLiteral("app_id"), appId.isEmpty() ? QStringLiteral("It is required") : QString());
    if (!ApigCatalog::app(call.instance, appId))
        return appNotFound(appId, QStringLiteral("APIG.3004"));
    QList<QJsonObject> matches;
    for (const DemoAppAuth &a : std::as_const(call.instance.appAuths)) {
        const QJsonObject o = ApigCatalog::authInfoJson(call.instance, a);
        if (a.appId == appId && same(a.apiId, call.query(QStringLiteral("api_id"))) && same(a.envId, call.query(QStringLiteral("env_id")))
            && like(o.value(QStringLiteral("api_name")).toString(), call.query(QStringLiteral("api_name")))
            && same(o.value(QStringLiteral("group_id")).toString(), call.query(QStringLiteral("group_id")))
            && like(o.value(QStringLiteral("group_name")).toString(), call.query(QStringLiteral("group_name"))))
            matches.append(o);
    }
    return pageOf(call, QStringLiteral("auths"), matches);
}

EmulatorResponse ApigContextCalls::listUnbindedApis(ApigContextCall &call)
{
    const QString appId = call.query(QStringLiteral("app_id"));
    const QString envId = call.query(QStringLiteral("env_id"));
    if (!isId(appId))
        return invalid(QStringLiteral("app_id"), appId.isEmpty() ? QStringLiteral("It is required") : QString());
    if (!isEnvId(envId))
        return invalid(QStringLiteral("env_id"), envId.isEmpty() ? QStringLiteral("It is required") : QString());
    if (!ApigCatalog::app(call.instance, appId))
        return appNotFound(appId, QStringLiteral("APIG.3004"));
    if (!ApigCatalog::env(call.instance, envId))
        return notFound(QStringLiteral("APIG.3003"), QStringLiteral("The environment does not exist.;id:%1").arg(envId));
    QList<QJsonObject> matches;
    for (const DemoApi &a : std::as_const(call.instance.apis)) {
        if (a.authType == QLatin1String("APP") && !ApigCatalog::auth(call.instance, a.id, appId, envId)
            && same(a.groupId, call.query(QStringLiteral("group_id"))) && same(a.id, call.query(QStringLiteral("api_id")))
            && like(a.name, call.query(QStringLiteral("api_name"))))
            matches.append(ApigCatalog::apiOutlineJson(call.instance, a));
    }
    return pageOf(call, QStringLiteral("apis"), matches);
}

EmulatorResponse ApigContextCalls::listBindedApps(ApigContextCall &call)
{
    const QString apiId = call.query(QStringLiteral("api_id"));
    if (!apiId.isEmpty() && !isId(apiId))
        return invalid(QStringLiteral("api_id"));
    if (!apiId.isEmpty() && !ApigCatalog::api(call.instance, apiId))
        return notFound(QStringLiteral("APIG.3002"), QStringLiteral("API %1 does not exist").arg(apiId));
    QList<QJsonObject> matches;
    for (const DemoAppAuth &a : std::as_const(call.instance.appAuths)) {
        const QJsonObject o = ApigCatalog::authInfoJson(call.instance, a);
        if (same(a.apiId, apiId) && same(a.appId, call.query(QStringLiteral("app_id"))) && same(a.envId, call.query(QStringLiteral("env_id")))
            && like(o.value(QStringLiteral("app_name")).toString(), call.query(QStringLiteral("app_name"))))
            matches.append(o);
    }
    return pageOf(call, QStringLiteral("auths"), matches);
}

// App ACL, app details, AppSecret ---------------------------------------------------------------

EmulatorResponse ApigContextCalls::appAcl(ApigContextCall &call)
{
    DemoApp *app = nullptr;
    if (auto e = appAt(call, 1, QStringLiteral("APIG.3004"), &app))
        return *e;
    QList<DemoAppAcl> &acls = call.instance.appAcls;
    const QByteArray &m = call.request.method;
    if (m == "GET")
        return EmulatorResponse::json(200, ApigCatalog::aclJson(app->id, ApigCatalog::acl(call.instance, app->id)));
    if (m == "DELETE") {
        acls.removeIf([&](const DemoAppAcl &a) { return a.appId == app->id; });
        return noContent();
    }
    QJsonObject body;
    if (auto e = jsonBody(call, &body, QStringLiteral("app_acl_type")))
        return *e;
    const QString type = body.value(QStringLiteral("app_acl_type")).toString();
    if (type != QLatin1String("PERMIT") && type != QLatin1String("DENY"))
        return invalid(QStringLiteral("app_acl_type"), QStringLiteral("It must be PERMIT or DENY"));
    const QJsonValue values = body.value(QStringLiteral("app_acl_values"));
    if (!values.isArray() || values.toArray().isEmpty())
        return invalid(QStringLiteral("app_acl_values"), QStringLiteral("A non-empty array of addresses is required"));
    DemoAppAcl acl{app->id, type, {}};
    for (const QJsonValue &v : values.toArray()) {
        const QString problem = v.isString() ? ApigCatalog::aclValueProblem(v.toString()) : QStringLiteral("Every item must be a string");
        if (!problem.isEmpty())
            return invalid(QStringLiteral("app_acl_values"), problem);
        acl.values.append(v.toString().trimmed());
    }
    acls.removeIf([&](const DemoAppAcl &a) { return a.appId == app->id; });
    acls.append(acl);
    return EmulatorResponse::json(201, ApigCatalog::aclJson(app->id, &acls.last()));
}

EmulatorResponse ApigContextCalls::showApp(ApigContextCall &call)
{
    DemoApp *app = nullptr;
    if (auto e = appAt(call, 1, QStringLiteral("APIG.3002"), &app))
        return *e;
    return EmulatorResponse::json(200, ApigCatalog::appDetailJson(*app));
}

EmulatorResponse ApigContextCalls::checkApp(ApigContextCall &call)
{
    DemoApp *app = nullptr;
    if (auto e = appAt(call, 2, QStringLiteral("APIG.3002"), &app))
        return *e;
    return EmulatorResponse::json(200, {{QStringLiteral("id"), app->id}, {QStringLiteral("name"), app->name},
                                        {QStringLiteral("remark"), app->remark}});
}

EmulatorResponse ApigContextCalls::resetSecret(ApigContextCall &call)
{
    DemoApp *app = nullptr;
    if (auto e = appAt(call, 2, QStringLiteral("APIG.3002"), &app))
        return *e;
    QJsonObject body;
    if (auto e = jsonBody(call, &body, QStringLiteral("app_secret"), true))
        return *e;
    QString secret = ApigCatalog::newId(); // the vendor's generated secrets are 32 hex digits too
    const QJsonValue wanted = body.value(QStringLiteral("app_secret"));
    if (!wanted.isUndefined() && !wanted.isNull()) {
        static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_\\-!@#$%]{7,127}$"));
        if (!wanted.isString() || !rule.match(wanted.toString()).hasMatch())
            return invalid(QStringLiteral("app_secret"),
                           QStringLiteral("It must be 8 to 128 characters, start with a letter or digit, and hold only letters, digits and _-!@#$%"));
        secret = wanted.toString();
    }
    app->appSecret = secret; // the old one is gone at once
    app->updateTime = ApigCatalog::isoNow(call.now);
    return EmulatorResponse::json(200, ApigCatalog::appDetailJson(*app));
}
