#include "app/apig/ApigClient.h"

#include "app/apig/HuaweiAuthorizer.h"
#include "app/net/ApiRequest.h"
#include "app/net/EndpointPolicy.h"
#include "app/net/CloudTime.h"
#include "app/net/HttpTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

ApiError shapeError(const QString &what)
{
    return ApiError(ApiError::Service::Apig, ApiError::Kind::InvalidJson,
                    ApiError::tr("The APIG answer does not have the documented shape: %1.").arg(what));
}

ApigPageInfo sentPage(qint64 offset, qint64 limit, ApigGateway gateway = ApigGateway::Dedicated)
{
    ApigPageInfo p;
    p.offsetSent = offset;
    p.limitSent = limit;
    p.offset = ApigPageInfo::normaliseOffset(offset);
    p.limit = ApigPageInfo::normaliseLimit(limit);
    if (gateway == ApigGateway::Shared)
        p.skipLeading = int(p.offset % p.limit);
    return p;
}

// "/v2/{project_id}" + tail: the v2 gateways' paths, the project filled in by HuaweiAuthorizer.
QByteArray projectPath(const QByteArray &tail)
{
    return QByteArray("/v2/") + HuaweiAuthorizer::ProjectPlaceholder + tail;
}

// The shared gateway's error when a call only the v2 gateways offer is asked of it: never sent.
ApiError notOnSharedGateway(const QString &label)
{
    return ApiError(ApiError::Service::Apig, ApiError::Kind::Unsupported,
                    ApiError::tr("The shared gateway (v1.0) does not offer an app's authorized APIs, ACL, quota or "
                                 "AppSecret (%1): they are read on the dedicated gateway and on ROMA Connect.")
                            .arg(label));
}

// Reads total/size and the list under `key`; the items are handed to `each`.
template <typename Each>
std::optional<ApiError> readList(ApigPageInfo &page, const HttpReply &reply, const QJsonObject &json,
                                 const QString &key, Each each)
{
    const QJsonValue list = json.value(key);
    if (!list.isArray() && !list.isUndefined() && !list.isNull())
        return shapeError(QStringLiteral("%1 is not a list").arg(key));
    const QJsonArray items = list.toArray();
    int index = 0;
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return shapeError(QStringLiteral("an entry of %1 is not an object").arg(key));
        if (index++ >= page.skipLeading)
            each(v.toObject());
    }
    const QJsonValue total = json.value(QStringLiteral("total"));
    if (!total.isDouble() && !total.isUndefined())
        return shapeError(QStringLiteral("total is not a number"));
    // A count, so a non-negative integer; converting anything else to qint64 would be undefined.
    const double count = total.isDouble() ? total.toDouble() : double(items.size());
    if (!std::isfinite(count) || count < 0 || count > 1e15 || count != std::floor(count))
        return shapeError(QStringLiteral("total is not a count"));
    page.size = int(qMax(0, int(items.size()) - page.skipLeading));
    page.total = qint64(count);
    page.requestId = QString::fromLatin1(reply.header("X-Request-Id"));
    return std::nullopt;
}

} // namespace

ApigClient::ApigClient(HttpTransport &transport, QUrl apigEndpoint, QUrl iamEndpoint, const QString &region,
                       const QString &projectId, const HuaweiAuth &auth, bool allowChanges, ApigGateway gateway)
    : m_transport(transport)
    , m_endpoint(std::move(apigEndpoint))
    , m_authorizer(std::make_shared<HuaweiAuthorizer>(auth, std::move(iamEndpoint), region, projectId))
    , m_allowChanges(allowChanges)
    , m_gateway(gateway)
{
}

QByteArray ApigClient::pathFor(const QString &instanceId, const QString &tail) const
{
    switch (m_gateway) {
    case ApigGateway::Shared:
        return QByteArrayLiteral("/v1.0/apigw") + tail.toUtf8();
    case ApigGateway::Roma:
        return projectPath("/apic/instances/" + instanceId.toUtf8() + tail.toUtf8());
    case ApigGateway::Dedicated:
        break;
    }
    return projectPath("/apigw/instances/" + instanceId.toUtf8() + tail.toUtf8());
}

ApiRequest ApigClient::request(const QString &label, const QByteArray &path, qint64 offset, qint64 limit, QueryList extra) const
{
    ApiRequest r;
    r.service = ApiError::Service::Apig;
    r.baseUrl = m_endpoint;
    r.label = QStringLiteral("APIG ") + label;
    r.authorizer = m_authorizer;
    r.parts.method = "GET";
    r.parts.path = path;
    if (m_gateway == ApigGateway::Shared) {
        // v1.0 pages by number: the page holding `offset` (sentPage drops what comes before it).
        const qint64 size = ApigPageInfo::normaliseLimit(limit);
        r.parts.query = {{QStringLiteral("page_size"), QString::number(size)},
                         {QStringLiteral("page_no"), QString::number(ApigPageInfo::normaliseOffset(offset) / size + 1)}};
    } else {
        r.parts.query = {{QStringLiteral("offset"), QString::number(offset)}, {QStringLiteral("limit"), QString::number(limit)}};
    }
    r.parts.query += extra;
    r.parts.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    return r;
}

Request<ApigInstancePage> ApigClient::listInstances(qint64 offset, qint64 limit, const QString &nameFilter)
{
    // ROMA Connect lists at most 100 instances a page (CheckRomaInstanceListV2).
    if (m_gateway == ApigGateway::Roma)
        limit = qBound(qint64(1), limit, qint64(100));
    const ApigPageInfo sent = sentPage(offset, limit);
    if (m_gateway == ApigGateway::Shared) {
        // No instances: one stands for the gateway itself, and nothing is sent.
        ApigInstancePage page;
        page.page = sent;
        page.page.total = 1;
        if (sent.offset == 0) {
            ApigInstance shared;
            shared.id = QLatin1String(SharedGatewayInstanceId);
            shared.name = QCoreApplication::translate("ApigClient", "Shared gateway");
            shared.type = QStringLiteral("shared");
            page.instances.append(shared);
            page.page.size = 1;
        }
        return Request<ApigInstancePage>::fromResult(page);
    }
    // ROMA Connect's instances are listed outside apic, and its list takes no name filter.
    const bool roma = m_gateway == ApigGateway::Roma;
    QueryList extra;
    if (!nameFilter.isEmpty() && !roma)
        extra.append({QStringLiteral("instance_name"), nameFilter});
    return m_transport.call<ApigInstancePage>(request(roma ? QStringLiteral("CheckRomaInstanceListV2") : QStringLiteral("ListInstancesV2"),
                                                      projectPath(roma ? "/instances" : "/apigw/instances"), offset, limit, extra),
                                              [sent](const HttpReply &reply, const QJsonObject &json) { return parseInstancePage(sent, reply, json); });
}

Request<ApigAppPage> ApigClient::listApps(const QString &instanceId, qint64 offset, qint64 limit, const QString &nameFilter)
{
    QueryList extra;
    if (!nameFilter.isEmpty())
        extra.append({QStringLiteral("name"), nameFilter});
    const ApigPageInfo sent = sentPage(offset, limit, m_gateway);
    return m_transport.call<ApigAppPage>(request(QStringLiteral("ListAppsV2"), pathFor(instanceId, QStringLiteral("/apps")), offset, limit, extra),
                                         [sent](const HttpReply &reply, const QJsonObject &json) { return parseAppPage(sent, reply, json); });
}

Request<AppCodePage> ApigClient::listAppCodes(const QString &instanceId, const QString &appId, qint64 offset, qint64 limit)
{
    const ApigPageInfo sent = sentPage(offset, limit, m_gateway);
    return m_transport.call<AppCodePage>(request(QStringLiteral("ListAppCodesV2"), pathFor(instanceId, QStringLiteral("/apps/%1/app-codes").arg(appId)),
                                                 offset, limit, {}),
                                         [sent](const HttpReply &reply, const QJsonObject &json) { return parseAppCodePage(sent, reply, json); });
}

namespace {
ApiResult<AppCode> withRequestId(ApiResult<AppCode> r, const HttpReply &reply)
{
    if (r.ok())
        r.value().requestId = QString::fromLatin1(reply.header("X-Request-Id"));
    return r;
}
} // namespace

ApiRequest ApigClient::appCodeRequest(const QByteArray &method, const QString &label, const QString &instanceId, const QString &appId,
                                      const QString &appCodeId) const
{
    QString tail = QStringLiteral("/apps/%1/app-codes").arg(appId);
    if (!appCodeId.isEmpty())
        tail += QLatin1Char('/') + appCodeId;
    ApiRequest r = request(label, pathFor(instanceId, tail), 0, 0, {});
    r.parts.query.clear();
    r.parts.method = method;
    r.idempotent = method == "GET";
    return r;
}

std::optional<ApiError> ApigClient::refusedChange(const QString &label) const
{
    if (m_allowChanges)
        return std::nullopt;
    return ApiError(ApiError::Service::Apig, ApiError::Kind::NotAllowed,
                    ApiError::tr("%1 was not sent: this account does not allow changes "
                                 "(turn on \"Allow changes\" in the account's settings).")
                            .arg(label));
}

Request<AppCode> ApigClient::showAppCode(const QString &instanceId, const QString &appId, const QString &appCodeId)
{
    return m_transport.call<AppCode>(appCodeRequest("GET", QStringLiteral("ShowDetailsOfAppCodeV2"), instanceId, appId, appCodeId),
                                     [](const HttpReply &reply, const QJsonObject &json) { return withRequestId(parseAppCode(json), reply); });
}

Request<AppCode> ApigClient::createAppCode(const QString &instanceId, const QString &appId)
{
    if (auto refused = refusedChange(QStringLiteral("CreateAppCodeAutoV2")))
        return Request<AppCode>::fromResult(*refused);
    return m_transport.call<AppCode>(appCodeRequest("PUT", QStringLiteral("CreateAppCodeAutoV2"), instanceId, appId),
                                     [](const HttpReply &reply, const QJsonObject &json) { return withRequestId(parseAppCode(json), reply); });
}

Request<AppCode> ApigClient::createAppCode(const QString &instanceId, const QString &appId, const QString &value)
{
    if (auto refused = refusedChange(QStringLiteral("CreateAppCodeV2")))
        return Request<AppCode>::fromResult(*refused);
    ApiRequest r = appCodeRequest("POST", QStringLiteral("CreateAppCodeV2"), instanceId, appId);
    // The payload hash is signed over exactly these bytes.
    r.parts.body = QJsonDocument(QJsonObject{{QStringLiteral("app_code"), value}}).toJson(QJsonDocument::Compact);
    return m_transport.call<AppCode>(std::move(r), [](const HttpReply &reply, const QJsonObject &json) { return withRequestId(parseAppCode(json), reply); });
}

Request<QString> ApigClient::deleteAppCode(const QString &instanceId, const QString &appId, const QString &appCodeId)
{
    if (auto refused = refusedChange(QStringLiteral("DeleteAppCodeV2")))
        return Request<QString>::fromResult(*refused);
    // 204 and no body: the raw answer, its request id from the headers.
    return m_transport.callRaw(appCodeRequest("DELETE", QStringLiteral("DeleteAppCodeV2"), instanceId, appId, appCodeId))
            .map([](const ApiResult<HttpReply> &r) -> ApiResult<QString> {
                if (!r.ok())
                    return r.error();
                return QString::fromLatin1(r.value().header("X-Request-Id"));
            });
}

ApiResult<AppCode> ApigClient::parseAppCode(const QJsonObject &o)
{
    AppCode c;
    c.appCode = o.value(QStringLiteral("app_code")).toString();
    c.id = o.value(QStringLiteral("id")).toString();
    c.appId = o.value(QStringLiteral("app_id")).toString();
    c.createTime = CloudTime::parse(o.value(QStringLiteral("create_time")));
    if (c.appCode.isEmpty() || c.id.isEmpty())
        return shapeError(QStringLiteral("the AppCode has no app_code or id"));
    return c;
}

ApiResult<ApigInstancePage> ApigClient::parseInstancePage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json)
{
    ApigInstancePage out;
    out.page = sent;
    if (auto e = readList(out.page, reply, json, QStringLiteral("instances"), [&](const QJsonObject &o) {
            ApigInstance i;
            i.id = o.value(QStringLiteral("id")).toString();
            // ROMA Connect's list says "name".
            i.name = o.value(QLatin1String(o.contains(QLatin1String("instance_name")) ? "instance_name" : "name")).toString();
            i.status = o.value(QStringLiteral("status")).toString();
            i.type = o.value(QStringLiteral("type")).toString();
            // ROMA Connect names its edition "flavor_id".
            i.spec = o.value(QLatin1String(o.contains(QLatin1String("spec")) ? "spec" : "flavor_id")).toString();
            i.createTime = CloudTime::parse(o.value(QStringLiteral("create_time")));
            i.eipAddress = o.value(QStringLiteral("eip_address")).toString();
            i.description = o.value(QStringLiteral("description")).toString();
            out.instances.append(i);
        }))
        return *e;
    return out;
}

ApiResult<ApigAppPage> ApigClient::parseAppPage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json)
{
    ApigAppPage out;
    out.page = sent;
    if (auto e = readList(out.page, reply, json, QStringLiteral("apps"), [&](const QJsonObject &o) {
            ApigApp a;
            a.id = o.value(QStringLiteral("id")).toString();
            a.name = o.value(QStringLiteral("name")).toString();
            a.remark = o.value(QStringLiteral("remark")).toString();
            a.creator = o.value(QStringLiteral("creator")).toString();
            a.status = o.value(QStringLiteral("status")).toInt(1);
            a.appKey = o.value(QStringLiteral("app_key")).toString();
            a.registerTime = CloudTime::parse(o.value(QStringLiteral("register_time")));
            a.updateTime = CloudTime::parse(o.value(QStringLiteral("update_time")));
            a.bindNum = o.value(QStringLiteral("bind_num")).toInt();
            out.apps.append(a);
        }))
        return *e;
    return out;
}

ApiResult<AppCodePage> ApigClient::parseAppCodePage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json)
{
    AppCodePage out;
    out.page = sent;
    bool missingCode = false;
    if (auto e = readList(out.page, reply, json, QStringLiteral("app_codes"), [&](const QJsonObject &o) {
            AppCode c;
            c.appCode = o.value(QStringLiteral("app_code")).toString();
            c.id = o.value(QStringLiteral("id")).toString();
            c.appId = o.value(QStringLiteral("app_id")).toString();
            c.createTime = CloudTime::parse(o.value(QStringLiteral("create_time")));
            missingCode |= c.appCode.isEmpty();
            out.appCodes.append(c);
        }))
        return *e;
    if (missingCode)
        return shapeError(QStringLiteral("an AppCode entry has no app_code"));
    return out;
}

// The credential context (issue #25) --------------------------------------------------------------

namespace {

// Reads an answer's fields, keeping the first one that is missing (when required) or of the
// wrong type; a missing or null optional field reads as empty.
struct Fields
{
    const QJsonObject &o;
    QString what; // "the API", for the error
    QString problem;

    QString text(const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !(required && v.toString().isEmpty()))
            return v.toString();
        if (required || !(v.isUndefined() || v.isNull()))
            note(QStringLiteral("%1 has no %2 text").arg(what, QLatin1String(key)));
        return {};
    }
    // A non-negative integer; `fallback` when missing.
    qint64 count(const char *key, qint64 fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > 1e15 || d != std::floor(d)) {
            note(QStringLiteral("%1's %2 is not a count").arg(what, QLatin1String(key)));
            return fallback;
        }
        return qint64(d);
    }
    QJsonArray list(const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray() && !v.isUndefined() && !v.isNull())
            note(QStringLiteral("%1's %2 is not a list").arg(what, QLatin1String(key)));
        return v.toArray();
    }
    void note(const QString &p)
    {
        if (problem.isEmpty())
            problem = p;
    }
    std::optional<ApiError> error() const
    {
        if (problem.isEmpty())
            return std::nullopt;
        return shapeError(problem);
    }
};

} // namespace

ApiRequest ApigClient::objectRequest(const QByteArray &method, const QString &label, const QString &instanceId, const QString &tail) const
{
    ApiRequest r = request(label, pathFor(instanceId, QLatin1Char('/') + tail), 0, 0, {});
    r.parts.query.clear();
    r.parts.method = method;
    r.idempotent = method == "GET";
    return r;
}

Request<ApigEnvPage> ApigClient::listEnvs(const QString &instanceId, qint64 offset, qint64 limit)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigEnvPage>::fromResult(notOnSharedGateway(QStringLiteral("ListEnvironmentsV2")));
    const ApigPageInfo sent = sentPage(offset, limit);
    return m_transport.call<ApigEnvPage>(request(QStringLiteral("ListEnvironmentsV2"), pathFor(instanceId, QStringLiteral("/envs")), offset, limit, {}),
                                         [sent](const HttpReply &reply, const QJsonObject &json) { return parseEnvPage(sent, reply, json); });
}

Request<ApigAuthorizedApiPage> ApigClient::listAuthorizedApis(const QString &instanceId, const QString &appId, const QString &envId,
                                                              qint64 offset, qint64 limit)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigAuthorizedApiPage>::fromResult(notOnSharedGateway(QStringLiteral("ListApisBindedToAppV2")));
    const ApigPageInfo sent = sentPage(offset, limit);
    QueryList extra{{QStringLiteral("app_id"), appId}};
    if (!envId.isEmpty())
        extra.append({QStringLiteral("env_id"), envId});
    return m_transport.call<ApigAuthorizedApiPage>(
            request(QStringLiteral("ListApisBindedToAppV2"), pathFor(instanceId, QStringLiteral("/app-auths/binded-apis")), offset, limit, extra),
            [sent](const HttpReply &reply, const QJsonObject &json) { return parseAuthorizedApiPage(sent, reply, json); });
}

Request<ApigApiDetail> ApigClient::showApi(const QString &instanceId, const QString &apiId)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigApiDetail>::fromResult(notOnSharedGateway(QStringLiteral("ShowDetailsOfApiV2")));
    return m_transport.call<ApigApiDetail>(objectRequest("GET", QStringLiteral("ShowDetailsOfApiV2"), instanceId, QStringLiteral("apis/") + apiId),
                                           [](const HttpReply &, const QJsonObject &json) { return parseApiDetail(json); });
}

Request<ApigGroupDetail> ApigClient::showGroup(const QString &instanceId, const QString &groupId)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigGroupDetail>::fromResult(notOnSharedGateway(QStringLiteral("ShowDetailsOfApiGroupV2")));
    return m_transport.call<ApigGroupDetail>(
            objectRequest("GET", QStringLiteral("ShowDetailsOfApiGroupV2"), instanceId, QStringLiteral("api-groups/") + groupId),
            [](const HttpReply &, const QJsonObject &json) { return parseGroupDetail(json); });
}

Request<ApigAppAcl> ApigClient::showAppAcl(const QString &instanceId, const QString &appId)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigAppAcl>::fromResult(notOnSharedGateway(QStringLiteral("ShowDetailsOfAppAcl")));
    return m_transport.call<ApigAppAcl>(objectRequest("GET", QStringLiteral("ShowDetailsOfAppAcl"), instanceId, QStringLiteral("apps/%1/app-acl").arg(appId)),
                                        [](const HttpReply &, const QJsonObject &json) { return parseAppAcl(json); });
}

Request<ApigBoundQuota> ApigClient::showBoundQuota(const QString &instanceId, const QString &appId)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigBoundQuota>::fromResult(notOnSharedGateway(QStringLiteral("ShowAppBoundAppQuota")));
    return m_transport.call<ApigBoundQuota>(
            objectRequest("GET", QStringLiteral("ShowAppBoundAppQuota"), instanceId, QStringLiteral("apps/%1/bound-quota").arg(appId)),
            [](const HttpReply &, const QJsonObject &json) { return parseBoundQuota(json); });
}

namespace {
// The answer holds the AppSecret: when it cannot be read, none of it is kept in the error (whose
// details the user sees), as for any 2xx that may hold a credential.
ApiResult<ApigAppDetail> parseAppAnswer(HttpReply &&reply)
{
    const ApiResult<QJsonObject> json = HttpTransport::parseJsonObject(ApiError::Service::Apig, reply);
    if (!json.ok()) {
        ApiError e = json.error();
        e.rawBody.clear();
        return e;
    }
    ApiResult<ApigAppDetail> r = ApigClient::parseAppDetail(json.value());
    if (r.ok())
        r.value().requestId = QString::fromLatin1(reply.header("X-Request-Id"));
    return r;
}
} // namespace

Request<ApigAppDetail> ApigClient::showApp(const QString &instanceId, const QString &appId)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigAppDetail>::fromResult(notOnSharedGateway(QStringLiteral("ShowDetailsOfAppV2")));
    return m_transport.callTakingReply<ApigAppDetail>(
            objectRequest("GET", QStringLiteral("ShowDetailsOfAppV2"), instanceId, QStringLiteral("apps/") + appId), parseAppAnswer);
}

Request<ApigAppDetail> ApigClient::resetAppSecret(const QString &instanceId, const QString &appId)
{
    if (m_gateway == ApigGateway::Shared)
        return Request<ApigAppDetail>::fromResult(notOnSharedGateway(QStringLiteral("ResettingAppSecretV2")));
    if (m_gateway == ApigGateway::Roma) {
        // ROMA Connect resets an app's secret outside apic; an empty body lets it make the secret,
        // and it answers {id, secret}.
        if (auto refused = refusedChange(QStringLiteral("ResetRomaAppSecret")))
            return Request<ApigAppDetail>::fromResult(*refused);
        ApiRequest r = request(QStringLiteral("ResetRomaAppSecret"),
                               projectPath("/instances/" + instanceId.toUtf8() + "/apps/" + appId.toUtf8() + "/secret"), 0, 0, {});
        r.parts.query.clear();
        r.parts.method = "PUT";
        r.parts.body = QByteArrayLiteral("{}");
        r.idempotent = false;
        return m_transport.callTakingReply<ApigAppDetail>(std::move(r), parseAppAnswer);
    }
    if (auto refused = refusedChange(QStringLiteral("ResettingAppSecretV2")))
        return Request<ApigAppDetail>::fromResult(*refused);
    return m_transport.callTakingReply<ApigAppDetail>(
            objectRequest("PUT", QStringLiteral("ResettingAppSecretV2"), instanceId, QStringLiteral("apps/secret/") + appId), parseAppAnswer);
}

ApiResult<ApigEnvPage> ApigClient::parseEnvPage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json)
{
    ApigEnvPage out;
    out.page = sent;
    QString problem;
    if (auto e = readList(out.page, reply, json, QStringLiteral("envs"), [&](const QJsonObject &o) {
            Fields f{o, QStringLiteral("an environment")};
            out.envs.append(ApigEnv{f.text("id", true), f.text("name", true)});
            if (problem.isEmpty())
                problem = f.problem;
        }))
        return *e;
    if (!problem.isEmpty())
        return shapeError(problem);
    return out;
}

ApiResult<ApigAuthorizedApiPage> ApigClient::parseAuthorizedApiPage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json)
{
    ApigAuthorizedApiPage out;
    out.page = sent;
    QString problem;
    if (auto e = readList(out.page, reply, json, QStringLiteral("auths"), [&](const QJsonObject &o) {
            Fields f{o, QStringLiteral("an authorization")};
            ApigAuthorizedApi a;
            a.id = f.text("id");
            a.apiId = f.text("api_id", true);
            a.apiName = f.text("api_name");
            a.groupId = f.text("group_id");
            a.groupName = f.text("group_name");
            a.envId = f.text("env_id", true);
            a.envName = f.text("env_name");
            out.auths.append(a);
            if (problem.isEmpty())
                problem = f.problem;
        }))
        return *e;
    if (!problem.isEmpty())
        return shapeError(problem);
    return out;
}

ApiResult<ApigApiDetail> ApigClient::parseApiDetail(const QJsonObject &json)
{
    Fields f{json, QStringLiteral("the API")};
    ApigApiDetail a;
    a.id = f.text("id", true);
    a.name = f.text("name");
    a.groupId = f.text("group_id");
    a.reqMethod = f.text("req_method");
    a.reqUri = f.text("req_uri");
    a.authType = f.text("auth_type");
    const QJsonValue opt = json.value(QStringLiteral("auth_opt"));
    if (opt.isObject()) {
        Fields o{opt.toObject(), QStringLiteral("the API's auth_opt")};
        a.appCodeAuthType = o.text("app_code_auth_type");
        f.note(o.problem);
    } else if (!opt.isUndefined() && !opt.isNull()) {
        f.note(QStringLiteral("the API's auth_opt is not an object"));
    }
    if (auto e = f.error())
        return *e;
    return a;
}

ApiResult<ApigGroupDetail> ApigClient::parseGroupDetail(const QJsonObject &json)
{
    Fields f{json, QStringLiteral("the API group")};
    ApigGroupDetail g;
    g.id = f.text("id", true);
    g.name = f.text("name");
    g.slDomain = f.text("sl_domain");
    for (const QJsonValue &v : f.list("url_domains")) {
        if (!v.isObject()) {
            f.note(QStringLiteral("an entry of url_domains is not an object"));
            break;
        }
        Fields d{v.toObject(), QStringLiteral("a bound domain")};
        g.urlDomains << d.text("domain", true);
        f.note(d.problem);
    }
    if (auto e = f.error())
        return *e;
    return g;
}

ApiResult<ApigAppAcl> ApigClient::parseAppAcl(const QJsonObject &json)
{
    Fields f{json, QStringLiteral("the app ACL")};
    ApigAppAcl acl;
    acl.type = f.text("app_acl_type");
    if (!acl.type.isEmpty() && acl.type != QLatin1String("PERMIT") && acl.type != QLatin1String("DENY"))
        f.note(QStringLiteral("the app ACL's type is neither PERMIT nor DENY"));
    for (const QJsonValue &v : f.list("app_acl_values")) {
        if (!v.isString()) {
            f.note(QStringLiteral("an entry of app_acl_values is not text"));
            break;
        }
        acl.values << v.toString();
    }
    if (auto e = f.error())
        return *e;
    return acl;
}

ApiResult<ApigBoundQuota> ApigClient::parseBoundQuota(const QJsonObject &json)
{
    // No quota bound: an empty object (see ApigContextCalls).
    ApigBoundQuota q;
    if (json.value(QStringLiteral("app_quota_id")).isUndefined())
        return q;
    Fields f{json, QStringLiteral("the credential quota")};
    q.bound = true;
    q.id = f.text("app_quota_id", true);
    q.name = f.text("name");
    q.callLimits = f.count("call_limits", -1);
    q.timeUnit = f.text("time_unit", true);
    q.timeInterval = f.count("time_interval", 1);
    if (q.callLimits < 0)
        f.note(QStringLiteral("the credential quota has no call_limits"));
    static const QStringList units = {QStringLiteral("SECOND"), QStringLiteral("MINUTE"), QStringLiteral("HOUR"), QStringLiteral("DAY")};
    if (!q.timeUnit.isEmpty() && !units.contains(q.timeUnit))
        f.note(QStringLiteral("the credential quota's time_unit is unknown"));
    if (auto e = f.error())
        return *e;
    return q;
}

ApiResult<ApigAppDetail> ApigClient::parseAppDetail(const QJsonObject &json)
{
    Fields f{json, QStringLiteral("the app")};
    ApigAppDetail a;
    a.id = f.text("id", true);
    a.name = f.text("name");
    a.appKey = f.text("app_key");
    // ROMA Connect's secret reset answers {id, secret}.
    a.appSecret = json.contains(QStringLiteral("app_secret")) ? f.text("app_secret") : f.text("secret");
    if (auto e = f.error())
        return *e;
    return a;
}

Request<AppCodeTestResult> ApigClient::testCall(AppCodeTestTarget target)
{
    if (EndpointPolicy::isLoopbackHost(m_endpoint.host())) {
        QUrl here;
        here.setScheme(m_endpoint.scheme());
        here.setHost(m_endpoint.host());
        here.setPort(m_endpoint.port());
        target.connectTo = here;
    }
    return AppCodeTestCall::send(m_transport, target);
}
