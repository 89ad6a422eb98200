#include "app/apig/ApigClient.h"

#include "app/apig/HuaweiAuthorizer.h"
#include "app/net/ApiRequest.h"
#include "app/net/CloudTime.h"
#include "app/net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

ApiError shapeError(const QString &what)
{
    return ApiError(ApiError::Service::Apig, ApiError::Kind::InvalidJson,
                    ApiError::tr("The APIG answer does not have the documented shape: %1.").arg(what));
}

ApigPageInfo sentPage(qint64 offset, qint64 limit)
{
    ApigPageInfo p;
    p.offsetSent = offset;
    p.limitSent = limit;
    p.offset = ApigPageInfo::normaliseOffset(offset);
    p.limit = ApigPageInfo::normaliseLimit(limit);
    return p;
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
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return shapeError(QStringLiteral("an entry of %1 is not an object").arg(key));
        each(v.toObject());
    }
    const QJsonValue total = json.value(QStringLiteral("total"));
    if (!total.isDouble() && !total.isUndefined())
        return shapeError(QStringLiteral("total is not a number"));
    // A count, so a non-negative integer; converting anything else to qint64 would be undefined.
    const double count = total.isDouble() ? total.toDouble() : double(items.size());
    if (!std::isfinite(count) || count < 0 || count > 1e15 || count != std::floor(count))
        return shapeError(QStringLiteral("total is not a count"));
    page.size = int(items.size());
    page.total = qint64(count);
    page.requestId = QString::fromLatin1(reply.header("X-Request-Id"));
    return std::nullopt;
}

} // namespace

ApigClient::ApigClient(HttpTransport &transport, QUrl apigEndpoint, QUrl iamEndpoint, const QString &region,
                       const QString &projectId, const HuaweiAuth &auth, bool allowChanges)
    : m_transport(transport)
    , m_endpoint(std::move(apigEndpoint))
    , m_authorizer(std::make_shared<HuaweiAuthorizer>(auth, std::move(iamEndpoint), region, projectId))
    , m_allowChanges(allowChanges)
{
}

ApiRequest ApigClient::request(const QString &label, const QString &pathTail, qint64 offset, qint64 limit, QueryList extra) const
{
    ApiRequest r;
    r.service = ApiError::Service::Apig;
    r.baseUrl = m_endpoint;
    r.label = QStringLiteral("APIG ") + label;
    r.authorizer = m_authorizer;
    r.parts.method = "GET";
    r.parts.path = QByteArray("/v2/") + HuaweiAuthorizer::ProjectPlaceholder + "/apigw/instances" + pathTail.toUtf8();
    r.parts.query = {{QStringLiteral("offset"), QString::number(offset)}, {QStringLiteral("limit"), QString::number(limit)}};
    r.parts.query += extra;
    r.parts.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    return r;
}

Request<ApigInstancePage> ApigClient::listInstances(qint64 offset, qint64 limit, const QString &nameFilter)
{
    QueryList extra;
    if (!nameFilter.isEmpty())
        extra.append({QStringLiteral("instance_name"), nameFilter});
    const ApigPageInfo sent = sentPage(offset, limit);
    return m_transport.call<ApigInstancePage>(request(QStringLiteral("ListInstancesV2"), {}, offset, limit, extra),
                                              [sent](const HttpReply &reply, const QJsonObject &json) { return parseInstancePage(sent, reply, json); });
}

Request<ApigAppPage> ApigClient::listApps(const QString &instanceId, qint64 offset, qint64 limit, const QString &nameFilter)
{
    QueryList extra;
    if (!nameFilter.isEmpty())
        extra.append({QStringLiteral("name"), nameFilter});
    const ApigPageInfo sent = sentPage(offset, limit);
    return m_transport.call<ApigAppPage>(request(QStringLiteral("ListAppsV2"), QStringLiteral("/%1/apps").arg(instanceId), offset, limit, extra),
                                         [sent](const HttpReply &reply, const QJsonObject &json) { return parseAppPage(sent, reply, json); });
}

Request<AppCodePage> ApigClient::listAppCodes(const QString &instanceId, const QString &appId, qint64 offset, qint64 limit)
{
    const ApigPageInfo sent = sentPage(offset, limit);
    return m_transport.call<AppCodePage>(request(QStringLiteral("ListAppCodesV2"), QStringLiteral("/%1/apps/%2/app-codes").arg(instanceId, appId),
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
    QString tail = QStringLiteral("/%1/apps/%2/app-codes").arg(instanceId, appId);
    if (!appCodeId.isEmpty())
        tail += QLatin1Char('/') + appCodeId;
    ApiRequest r = request(label, tail, 0, 0, {});
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
            i.name = o.value(QStringLiteral("instance_name")).toString();
            i.status = o.value(QStringLiteral("status")).toString();
            i.type = o.value(QStringLiteral("type")).toString();
            i.spec = o.value(QStringLiteral("spec")).toString();
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
