#include "app/esa/EsaClient.h"

#include "app/esa/Acs3Authorizer.h"
#include "app/esa/RamRoleAuthorizer.h"
#include "app/net/ApiRequest.h"
#include "app/net/CloudTime.h"
#include "app/net/EndpointPolicy.h"
#include "app/net/HttpTransport.h"
#include "app/net/JsonStringMember.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <algorithm>

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

EsaClient::EsaClient(HttpTransport &transport, QUrl endpoint, const AlibabaCredentials &credentials, bool allowChanges)
    : m_transport(transport)
    , m_endpoint(std::move(endpoint))
    , m_authorizer(std::make_shared<Acs3Authorizer>(credentials))
    , m_allowChanges(allowChanges)
{
}

EsaClient::EsaClient(HttpTransport &transport, QUrl endpoint, std::shared_ptr<AssumedRoleProvider> role, bool allowChanges)
    : m_transport(transport)
    , m_endpoint(std::move(endpoint))
    , m_authorizer(std::make_shared<RamRoleAuthorizer>(role))
    , m_role(std::move(role))
    , m_allowChanges(allowChanges)
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

ApiRequest EsaClient::codeVersionRequest(const QString &name, const QString &codeVersion) const
{
    return request(QStringLiteral("GetRoutineCodeVersion"), {{QStringLiteral("Name"), name}, {QStringLiteral("CodeVersion"), codeVersion}}, true);
}

Request<RoutineCodeVersion> EsaClient::getRoutineCodeVersion(const QString &name, const QString &codeVersion)
{
    return getRoutineCodeVersion<RoutineCodeVersion>(name, codeVersion, [](RoutineCodeVersion &&version) {
        return ApiResult<RoutineCodeVersion>(std::move(version));
    });
}

Request<RoutineUserInfo> EsaClient::getRoutineUserInfo()
{
    return m_transport.call<RoutineUserInfo>(request(QStringLiteral("GetRoutineUserInfo"), {}, true),
                                             [](const HttpReply &, const QJsonObject &json) { return parseRoutineUserInfo(json); });
}

ApiRequest EsaClient::change(const QString &action, const QueryList &params) const
{
    ApiRequest r = request(action, params, true);
    r.idempotent = false;
    return r;
}

template <typename T>
std::optional<Request<T>> EsaClient::refusedChange(const QString &action) const
{
    if (m_allowChanges)
        return std::nullopt;
    return Request<T>::fromResult(ApiError(ApiError::Service::Esa, ApiError::Kind::NotAllowed,
                                           ApiError::tr("%1 was not sent: this account does not allow changes "
                                                        "(turn on \"Allow changes\" in the account's settings).")
                                                   .arg(action)));
}

Request<DeploymentResult> EsaClient::createRoutineCodeDeployment(const QString &name, const QString &env,
                                                                const QList<DeployedVersion> &versions)
{
    const QString action = QStringLiteral("CreateRoutineCodeDeployment");
    if (auto refused = refusedChange<DeploymentResult>(action))
        return std::move(*refused);
    const QueryList params{{QStringLiteral("Name"), name},
                           {QStringLiteral("Env"), env},
                           {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                           {QStringLiteral("CodeVersions"), QString::fromUtf8(codeVersionsJson(versions))}};
    return m_transport.call<DeploymentResult>(change(action, params),
                                              [](const HttpReply &, const QJsonObject &json) { return parseDeployment(json); });
}

Request<QString> EsaClient::deleteRoutineCodeVersion(const QString &name, const QString &codeVersion)
{
    const QString action = QStringLiteral("DeleteRoutineCodeVersion");
    if (auto refused = refusedChange<QString>(action))
        return std::move(*refused);
    return m_transport.call<QString>(change(action, {{QStringLiteral("Name"), name}, {QStringLiteral("CodeVersion"), codeVersion}}),
                                     [](const HttpReply &, const QJsonObject &json) { return ApiResult<QString>(requestId(json)); });
}

Request<StagingUploadInfo> EsaClient::getRoutineStagingCodeUploadInfo(const QString &name, const QString &description)
{
    const QString action = QStringLiteral("GetRoutineStagingCodeUploadInfo");
    if (auto refused = refusedChange<StagingUploadInfo>(action))
        return std::move(*refused);
    QueryList params{{QStringLiteral("Name"), name}};
    if (!description.isEmpty())
        params.append({QStringLiteral("CodeDescription"), description});
    return m_transport.call<StagingUploadInfo>(change(action, params),
                                               [](const HttpReply &, const QJsonObject &json) { return parseUploadInfo(json); });
}

Request<HttpReply> EsaClient::uploadStagingCode(const StagingUploadInfo &info, const QByteArray &code)
{
    return uploadToOss(info, code, QStringLiteral("index.js"));
}

Request<HttpReply> EsaClient::uploadToOss(const StagingUploadInfo &form, const QByteArray &bytes, const QString &fileName,
                                          std::shared_ptr<TransferProgress> progress)
{
    if (auto refused = refusedChange<HttpReply>(QStringLiteral("The upload")))
        return std::move(*refused);
    ApiRequest r;
    r.service = ApiError::Service::Oss;
    QUrl base = form.url;
    base.setPath({});
    base.setQuery(QString());
    r.baseUrl = base;
    r.label = QStringLiteral("OSS PostObject");
    r.idempotent = false;
    r.parts.method = "POST";
    r.parts.path = form.url.path(QUrl::FullyDecoded).toUtf8();
    if (r.parts.path.isEmpty())
        r.parts.path = "/";
    for (const auto &[name, value] : form.fields)
        r.form.append(FormField{name.toUtf8(), value.toUtf8(), {}, {}});
    r.form.append(FormField{QByteArrayLiteral("file"), bytes, fileName, QByteArrayLiteral("application/octet-stream")});
    r.uploadProgress = std::move(progress);
    return m_transport.callRaw(std::move(r));
}

Request<AssetsCodeVersion> EsaClient::createRoutineWithAssetsCodeVersion(const QString &name, const QString &description,
                                                                         const QString &extraInfo, const QString &notFoundStrategy,
                                                                         qint64 buildId)
{
    const QString action = QStringLiteral("CreateRoutineWithAssetsCodeVersion");
    if (auto refused = refusedChange<AssetsCodeVersion>(action))
        return std::move(*refused);
    // As the SDK sends them: a form body, ConfOptions as one JSON text.
    QueryList params{{QStringLiteral("Name"), name}};
    if (buildId > 0)
        params.append({QStringLiteral("BuildId"), QString::number(buildId)});
    if (!description.isEmpty())
        params.append({QStringLiteral("CodeDescription"), description});
    if (!notFoundStrategy.isEmpty()) {
        const QJsonObject conf{{QStringLiteral("NotFoundStrategy"), notFoundStrategy}};
        params.append({QStringLiteral("ConfOptions"), QString::fromUtf8(QJsonDocument(conf).toJson(QJsonDocument::Compact))});
    }
    if (!extraInfo.isEmpty())
        params.append({QStringLiteral("ExtraInfo"), extraInfo});
    return m_transport.call<AssetsCodeVersion>(change(action, params),
                                               [](const HttpReply &, const QJsonObject &json) { return parseAssetsCodeVersion(json); });
}

Request<CodeVersionInfo> EsaClient::getRoutineCodeVersionInfo(const QString &name, const QString &codeVersion)
{
    ApiRequest r = request(QStringLiteral("GetRoutineCodeVersionInfo"),
                           {{QStringLiteral("Name"), name}, {QStringLiteral("CodeVersion"), codeVersion}}, false);
    r.parts.method = "GET";
    return m_transport.call<CodeVersionInfo>(std::move(r), [codeVersion](const HttpReply &, const QJsonObject &json) {
        return parseCodeVersionInfo(codeVersion, json);
    });
}

Request<CommittedVersion> EsaClient::commitRoutineStagingCode(const QString &name, const QString &description)
{
    const QString action = QStringLiteral("CommitRoutineStagingCode");
    if (auto refused = refusedChange<CommittedVersion>(action))
        return std::move(*refused);
    QueryList params{{QStringLiteral("Name"), name}};
    if (!description.isEmpty())
        params.append({QStringLiteral("CodeDescription"), description});
    return m_transport.call<CommittedVersion>(change(action, params),
                                              [](const HttpReply &, const QJsonObject &json) { return parseCommit(json); });
}

QByteArray EsaClient::codeVersionsJson(const QList<DeployedVersion> &versions)
{
    QJsonArray array;
    for (const DeployedVersion &v : versions)
        array.append(QJsonObject{{QStringLiteral("CodeVersion"), v.codeVersion}, {QStringLiteral("Percentage"), v.percentage}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ApiResult<DeploymentResult> EsaClient::parseDeployment(const QJsonObject &json)
{
    QJsonArray versions;
    if (!arrayMember(json, QStringLiteral("CodeVersions"), &versions))
        return shapeError(QStringLiteral("CodeVersions is not a list"));
    DeploymentResult d;
    d.deploymentId = json.value(QStringLiteral("DeploymentId")).toVariant().toString();
    d.strategy = json.value(QStringLiteral("Strategy")).toString();
    for (const QJsonValue &vv : std::as_const(versions)) {
        const QJsonObject v = vv.toObject();
        DeployedVersion dv;
        dv.codeVersion = v.value(QStringLiteral("CodeVersion")).toString();
        dv.percentage = intValue(v, QStringLiteral("Percentage"), 100);
        d.versions.append(dv);
    }
    d.requestId = requestId(json);
    return d;
}

ApiResult<StagingUploadInfo> EsaClient::parseUploadInfo(const QJsonObject &json)
{
    StagingUploadInfo info;
    if (const QString problem = parseOssPostConfig(json.value(QStringLiteral("OssPostConfig")), &info); !problem.isEmpty())
        return shapeError(problem);
    info.codeVersion = json.value(QStringLiteral("CodeVersion")).toVariant().toString();
    info.requestId = requestId(json);
    return info;
}

QString EsaClient::parseOssPostConfig(const QJsonValue &config, StagingUploadInfo *info)
{
    if (!config.isObject())
        return QStringLiteral("OssPostConfig is missing");
    const QJsonObject c = config.toObject();
    // Where OSS wants HTTPS anyway: an http:// URL to a bucket is the same bucket over HTTPS.
    info->url = EndpointPolicy::upgradedToHttps(QUrl(c.value(QStringLiteral("Url")).toString()));
    if (!info->url.isValid() || info->url.host().isEmpty())
        return QStringLiteral("OssPostConfig.Url is not a URL");
    // JSON names to OSS's form names, in the order the vendor's CLI posts them. The staging answer
    // writes "policy" and "key", the assets answer "Policy" and "Key"; the STS token's JSON name
    // is XOssSecurityToken and OSS only knows it as x-oss-security-token. Unknown string fields
    // follow under their own names; the file comes last.
    static const QList<QPair<QString, QString>> known{
            {QStringLiteral("OSSAccessKeyId"), QStringLiteral("OSSAccessKeyId")},
            {QStringLiteral("Signature"), QStringLiteral("Signature")},
            {QStringLiteral("XOssSecurityToken"), QStringLiteral("x-oss-security-token")},
            {QStringLiteral("x-oss-security-token"), QStringLiteral("x-oss-security-token")},
            {QStringLiteral("callback"), QStringLiteral("callback")},
            {QStringLiteral("x:codeDescription"), QStringLiteral("x:codeDescription")},
            {QStringLiteral("policy"), QStringLiteral("policy")},
            {QStringLiteral("key"), QStringLiteral("key")}};
    const auto formName = [](const QString &jsonName) -> QString {
        for (const auto &[json, form] : known) {
            if (json.compare(jsonName, Qt::CaseInsensitive) == 0)
                return form;
        }
        return {};
    };
    const auto has = [info](const QString &form) {
        return std::any_of(info->fields.cbegin(), info->fields.cend(), [&](const auto &f) { return f.first == form; });
    };
    info->fields.clear();
    for (const auto &[json, form] : known) {
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            // An empty token is no token (posting one empty would be refused as a wrong one).
            if (json.compare(it.key(), Qt::CaseInsensitive) == 0 && it.value().isString() && !it.value().toString().isEmpty() && !has(form))
                info->fields.append({form, it.value().toString()});
        }
    }
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("Url"), Qt::CaseInsensitive) != 0 && formName(it.key()).isEmpty() && it.value().isString())
            info->fields.append({it.key(), it.value().toString()});
    }
    for (const char *required : {"OSSAccessKeyId", "Signature", "policy", "key"}) {
        if (!has(QLatin1String(required)))
            return QStringLiteral("OssPostConfig.%1 is missing").arg(QLatin1String(required));
    }
    return {};
}

ApiResult<AssetsCodeVersion> EsaClient::parseAssetsCodeVersion(const QJsonObject &json)
{
    AssetsCodeVersion v;
    if (const QString problem = parseOssPostConfig(json.value(QStringLiteral("OssPostConfig")), &v.upload); !problem.isEmpty())
        return shapeError(problem);
    v.codeVersion = json.value(QStringLiteral("CodeVersion")).toVariant().toString();
    if (v.codeVersion.isEmpty())
        return shapeError(QStringLiteral("CodeVersion is missing"));
    v.status = json.value(QStringLiteral("Status")).toString();
    v.requestId = requestId(json);
    v.upload.codeVersion = v.codeVersion;
    v.upload.requestId = v.requestId;
    return v;
}

ApiResult<CodeVersionInfo> EsaClient::parseCodeVersionInfo(const QString &codeVersion, const QJsonObject &json)
{
    CodeVersionInfo info;
    const QJsonValue status = json.value(QStringLiteral("Status"));
    if (!status.isString() || status.toString().trimmed().isEmpty())
        return shapeError(QStringLiteral("Status is missing"));
    info.status = status.toString().trimmed();
    info.codeVersion = json.value(QStringLiteral("CodeVersion")).toVariant().toString();
    if (info.codeVersion.isEmpty())
        info.codeVersion = codeVersion;
    // Not documented: whichever of these names a failed build's reason comes under.
    for (const char *key : {"Message", "ErrorMessage", "BuildMessage", "FailReason", "BuildError"}) {
        if (const QJsonValue m = json.value(QLatin1String(key)); m.isString() && !m.toString().trimmed().isEmpty()) {
            info.message = m.toString().trimmed();
            break;
        }
    }
    info.buildId = json.value(QStringLiteral("BuildId")).toVariant().toString();
    info.extraInfo = json.value(QStringLiteral("ExtraInfo")).toString();
    info.requestId = requestId(json);
    return info;
}

std::optional<qint64> EsaClient::policyMaxBytes(const StagingUploadInfo &form)
{
    const QJsonObject policy = QJsonDocument::fromJson(QByteArray::fromBase64(form.fieldValue(QStringLiteral("policy")).toLatin1())).object();
    for (const QJsonValue &c : policy.value(QStringLiteral("conditions")).toArray()) {
        const QJsonArray a = c.toArray();
        if (a.size() == 3 && a.at(0).toString() == QLatin1String("content-length-range") && a.at(2).isDouble())
            return qint64(a.at(2).toDouble());
    }
    return std::nullopt;
}

ApiResult<CommittedVersion> EsaClient::parseCommit(const QJsonObject &json)
{
    CommittedVersion c;
    c.codeVersion = json.value(QStringLiteral("CodeVersion")).toVariant().toString();
    if (c.codeVersion.isEmpty())
        return shapeError(QStringLiteral("CodeVersion is missing"));
    c.requestId = requestId(json);
    return c;
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
        if (!e.contains(QStringLiteral("CodeDeploy")) && e.contains(QStringLiteral("CodeVersion"))) {
            // The older shape (SDK 2.25): one version, and maybe a canary for some areas.
            DeployedVersion stable;
            stable.codeVersion = e.value(QStringLiteral("CodeVersion")).toVariant().toString();
            env.versions.append(stable);
            const QString canary = e.value(QStringLiteral("CanaryCodeVersion")).toVariant().toString();
            if (!canary.isEmpty() && canary != stable.codeVersion) {
                DeployedVersion c;
                c.codeVersion = canary;
                c.percentage = 0; // a canary by area, not by share
                env.versions.append(c);
                for (const QJsonValue &area : e.value(QStringLiteral("CanaryAreaList")).toArray())
                    env.canaryAreas << area.toString();
                env.strategy = QStringLiteral("area");
            }
            d.envs.append(env);
            continue;
        }
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
        // ExtraInfo is a JSON text; an object in its place is taken as the same document.
        const QJsonValue extra = v.value(QStringLiteral("ExtraInfo"));
        c.extraInfo = extra.isObject() ? QString::fromUtf8(QJsonDocument(extra.toObject()).toJson(QJsonDocument::Compact)) : extra.toString();
        QJsonValue conf = v.value(QStringLiteral("ConfOptions"));
        if (conf.isString())
            conf = QJsonDocument::fromJson(conf.toString().toUtf8()).object();
        c.notFoundStrategy = conf.toObject().value(QStringLiteral("NotFoundStrategy")).toString();
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

ApiResult<RoutineCodeVersion> EsaClient::parseRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                                                 HttpReply &&reply, qsizetype largeFrom)
{
    const QLatin1StringView key("RoutineCode");
    if (reply.body.size() >= largeFrom) {
        if (const std::optional<JsonStringMember> member = JsonStringMember::find(reply.body, key)) {
            // The rest differs from the answer only inside that string, so QJsonDocument reads it
            // as it reads the answer; and if the rest is not a JSON object, neither is the answer.
            QJsonParseError error{};
            const QJsonDocument rest = QJsonDocument::fromJson(member->withoutValue(reply.body), &error);
            if (error.error == QJsonParseError::NoError && rest.isObject() && rest.object().value(key) == QJsonValue(QString())) {
                ApiResult<RoutineCodeVersion> parsed = parseRoutineCodeVersion(name, codeVersion, rest.object());
                if (parsed.ok())
                    parsed.value().routineCode = member->take(std::move(reply.body));
                return parsed;
            }
        }
    }
    const ApiResult<QJsonObject> json = HttpTransport::parseJsonObject(ApiError::Service::Esa, reply);
    return json.ok() ? parseRoutineCodeVersion(name, codeVersion, json.value()) : ApiResult<RoutineCodeVersion>(json.error());
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

// The refusal of the writes in EsaSiteCalls.cpp (routes and custom domains).
template std::optional<Request<qint64>> EsaClient::refusedChange<qint64>(const QString &) const;
template std::optional<Request<QString>> EsaClient::refusedChange<QString>(const QString &) const;
