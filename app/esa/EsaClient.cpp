#include "EsaClient.h"

#include "esa/Acs3Authorizer.h"
#include "net/ApiRequest.h"
#include "net/CloudTime.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace {

ApiError shapeError(const QString &what)
{
    return ApiError(ApiError::Service::Esa, ApiError::Kind::InvalidJson,
                    ApiError::tr("The ESA answer does not have the documented shape: %1.").arg(what));
}

QString requestId(const QJsonObject &json)
{
    return json.value(QStringLiteral("RequestId")).toString();
}

int intValue(const QJsonObject &json, const QString &key, int fallback)
{
    const QJsonValue v = json.value(key);
    if (v.isDouble())
        return v.toInt(fallback);
    bool ok = false;
    const int n = v.toString().toInt(&ok); // some gateways send numbers as strings
    return ok ? n : fallback;
}

Routine parseRoutine(const QJsonObject &o)
{
    Routine r;
    r.name = o.value(QStringLiteral("RoutineName")).toString();
    r.description = EsaClient::decodeDescription(o.value(QStringLiteral("Description")).toString());
    r.createTime = CloudTime::parse(o.value(QStringLiteral("CreateTime")));
    r.defaultRelatedRecord = o.value(QStringLiteral("DefaultRelatedRecord")).toString();
    r.hasAssets = o.value(QStringLiteral("HasAssets")).toBool();
    return r;
}

// An array member that may be absent (an empty list) but, if present, must be an array.
bool arrayMember(const QJsonObject &json, const QString &key, QJsonArray *out)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray())
        return false;
    *out = v.toArray();
    return true;
}

} // namespace

EsaClient::EsaClient(HttpTransport &transport, QUrl endpoint, const AlibabaCredentials &credentials)
    : m_transport(transport)
    , m_endpoint(std::move(endpoint))
    , m_authorizer(std::make_shared<Acs3Authorizer>(credentials))
{
}

ApiRequest EsaClient::request(const QString &action, const QueryList &params, bool paramsInBody) const
{
    ApiRequest r;
    r.service = ApiError::Service::Esa;
    r.baseUrl = m_endpoint;
    r.label = QStringLiteral("ESA ") + action;
    r.authorizer = m_authorizer;
    r.parts.method = "POST";
    r.parts.path = "/";
    r.parts.headers = {{QByteArrayLiteral("x-acs-action"), action.toLatin1()},
                       {QByteArrayLiteral("x-acs-version"), ApiVersion},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    // As the official SDK does: ListUserRoutines in the query, the others in a form body.
    if (paramsInBody && !params.isEmpty()) {
        r.parts.body = HttpRequestParts::encodeQuery(params);
        r.parts.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    } else {
        r.parts.query = params;
    }
    return r;
}

Request<RoutinePage> EsaClient::listUserRoutines(int pageNumber, int pageSize, const QString &searchKeyWord)
{
    QueryList params{{QStringLiteral("PageNumber"), QString::number(pageNumber)},
                     {QStringLiteral("PageSize"), QString::number(pageSize)}};
    if (!searchKeyWord.isEmpty())
        params.append({QStringLiteral("SearchKeyWord"), searchKeyWord});
    return m_transport.call<RoutinePage>(request(QStringLiteral("ListUserRoutines"), params, false), &EsaClient::parseRoutinePage);
}

Request<RoutineDetail> EsaClient::getRoutine(const QString &name)
{
    return m_transport.call<RoutineDetail>(request(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), name}}, true),
                                           [name](const HttpReply &, const QJsonObject &json) { return parseRoutineDetail(name, json); });
}

Request<CodeVersionPage> EsaClient::listRoutineCodeVersions(const QString &name, int pageNumber, int pageSize,
                                                                       const QString &searchKeyWord)
{
    QueryList params{{QStringLiteral("Name"), name},
                     {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                     {QStringLiteral("PageSize"), QString::number(pageSize)}};
    if (!searchKeyWord.isEmpty())
        params.append({QStringLiteral("SearchKeyWord"), searchKeyWord});
    return m_transport.call<CodeVersionPage>(request(QStringLiteral("ListRoutineCodeVersions"), params, true),
                                             [](const HttpReply &, const QJsonObject &json) { return parseCodeVersionPage(json); });
}

Request<RoutineCodeVersion> EsaClient::getRoutineCodeVersion(const QString &name, const QString &codeVersion)
{
    const QueryList params{{QStringLiteral("Name"), name}, {QStringLiteral("CodeVersion"), codeVersion}};
    return m_transport.call<RoutineCodeVersion>(request(QStringLiteral("GetRoutineCodeVersion"), params, true),
                                                [name, codeVersion](const HttpReply &, const QJsonObject &json) {
                                                    return parseRoutineCodeVersion(name, codeVersion, json);
                                                });
}

Request<RoutineUserInfo> EsaClient::getRoutineUserInfo()
{
    return m_transport.call<RoutineUserInfo>(request(QStringLiteral("GetRoutineUserInfo"), {}, true),
                                             [](const HttpReply &, const QJsonObject &json) { return parseRoutineUserInfo(json); });
}

ApiResult<RoutinePage> EsaClient::parseRoutinePage(const HttpReply &, const QJsonObject &json)
{
    QJsonArray items;
    if (!arrayMember(json, QStringLiteral("Routines"), &items))
        return shapeError(QStringLiteral("Routines is not a list"));
    RoutinePage page;
    for (const QJsonValue &v : std::as_const(items)) {
        if (!v.isObject())
            return shapeError(QStringLiteral("a routine is not an object"));
        page.routines.append(parseRoutine(v.toObject()));
    }
    page.totalCount = intValue(json, QStringLiteral("TotalCount"), int(page.routines.size()));
    page.pageNumber = intValue(json, QStringLiteral("PageNumber"), 1);
    page.pageSize = intValue(json, QStringLiteral("PageSize"), 20);
    page.usedRoutineNumber = intValue(json, QStringLiteral("UsedRoutineNumber"), 0);
    page.quotaRoutineNumber = intValue(json, QStringLiteral("QuotaRoutineNumber"), 0);
    page.requestId = requestId(json);
    return page;
}

ApiResult<RoutineDetail> EsaClient::parseRoutineDetail(const QString &name, const QJsonObject &json)
{
    QJsonArray envs;
    if (!arrayMember(json, QStringLiteral("Envs"), &envs))
        return shapeError(QStringLiteral("Envs is not a list"));
    RoutineDetail d;
    d.routine = parseRoutine(json);
    d.routine.name = name;
    d.requestId = requestId(json);
    for (const QJsonValue &ev : std::as_const(envs)) {
        const QJsonObject e = ev.toObject();
        const QJsonObject deploy = e.value(QStringLiteral("CodeDeploy")).toObject();
        RoutineEnvironment env;
        env.env = e.value(QStringLiteral("Env")).toString();
        env.strategy = deploy.value(QStringLiteral("Strategy")).toString();
        env.deployId = deploy.value(QStringLiteral("DeployId")).toString();
        env.creationTime = CloudTime::parse(deploy.value(QStringLiteral("CreationTime")));
        QJsonArray versions;
        if (!arrayMember(deploy, QStringLiteral("CodeVersions"), &versions))
            return shapeError(QStringLiteral("CodeDeploy.CodeVersions is not a list"));
        for (const QJsonValue &vv : std::as_const(versions)) {
            const QJsonObject v = vv.toObject();
            DeployedVersion dv;
            dv.codeVersion = v.value(QStringLiteral("CodeVersion")).toString();
            dv.percentage = intValue(v, QStringLiteral("Percentage"), 100);
            dv.description = v.value(QStringLiteral("Description")).toString();
            dv.createTime = CloudTime::parse(v.value(QStringLiteral("CreateTime")));
            env.versions.append(dv);
        }
        d.envs.append(env);
    }
    return d;
}

ApiResult<CodeVersionPage> EsaClient::parseCodeVersionPage(const QJsonObject &json)
{
    QJsonArray items;
    if (!arrayMember(json, QStringLiteral("CodeVersions"), &items))
        return shapeError(QStringLiteral("CodeVersions is not a list"));
    CodeVersionPage page;
    for (const QJsonValue &vv : std::as_const(items)) {
        if (!vv.isObject())
            return shapeError(QStringLiteral("a code version is not an object"));
        const QJsonObject v = vv.toObject();
        CodeVersion c;
        c.codeVersion = v.value(QStringLiteral("CodeVersion")).toString();
        if (c.codeVersion.isEmpty())
            return shapeError(QStringLiteral("a code version has no CodeVersion"));
        c.description = v.value(QStringLiteral("CodeDescription")).toString().trimmed();
        c.createTime = CloudTime::parse(v.value(QStringLiteral("CreateTime")));
        c.status = v.value(QStringLiteral("Status")).toString();
        c.buildId = v.value(QStringLiteral("BuildId")).toVariant().toString();
        page.versions.append(c);
    }
    page.totalCount = intValue(json, QStringLiteral("TotalCount"), int(page.versions.size()));
    page.pageNumber = intValue(json, QStringLiteral("PageNumber"), 1);
    page.pageSize = intValue(json, QStringLiteral("PageSize"), 20);
    page.requestId = requestId(json);
    return page;
}

ApiResult<RoutineCodeVersion> EsaClient::parseRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                                                 const QJsonObject &json)
{
    const QJsonValue code = json.value(QStringLiteral("RoutineCode"));
    if (!code.isString())
        return shapeError(QStringLiteral("RoutineCode is missing or not text"));
    RoutineCodeVersion v;
    v.routineName = name;
    v.codeVersion = codeVersion;
    v.description = json.value(QStringLiteral("CodeDescription")).toString().trimmed();
    v.createTime = CloudTime::parse(json.value(QStringLiteral("CreateTime")));
    v.routineCode = code.toString().toLatin1();
    v.requestId = requestId(json);
    return v;
}

ApiResult<RoutineUserInfo> EsaClient::parseRoutineUserInfo(const QJsonObject &json)
{
    QJsonArray routines, subdomains;
    if (!arrayMember(json, QStringLiteral("Routines"), &routines) || !arrayMember(json, QStringLiteral("Subdomains"), &subdomains))
        return shapeError(QStringLiteral("Routines or Subdomains is not a list"));
    RoutineUserInfo info;
    for (const QJsonValue &v : std::as_const(subdomains))
        info.subdomains.append(v.toString());
    for (const QJsonValue &v : std::as_const(routines))
        info.routines.append(parseRoutine(v.toObject()));
    info.requestId = requestId(json);
    return info;
}

QString EsaClient::decodeDescription(const QString &encoded)
{
    const auto decoded = QByteArray::fromBase64Encoding(encoded.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || encoded.isEmpty())
        return encoded;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(*decoded);
    return utf8.hasError() ? encoded : text;
}
