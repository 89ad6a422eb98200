#include "app/emulator/huawei/ApigDataPlane.h"

#include "app/apig/SdkHmacSigner.h"
#include "app/net/Digest.h"

#include "app/emulator/huawei/ApigCatalog.h"
#include "app/emulator/huawei/ApigService.h"
#include "app/emulator/huawei/IamService.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

const QString NotPublished = QStringLiteral("The API does not exist or has not been published in the environment.");
const QString WrongApp = QStringLiteral("Incorrect app authentication information");

EmulatorResponse refuse(int status, const char *code, const QString &message)
{
    return ApigService::error(status, QString::fromLatin1(code), message);
}

QList<QByteArray> segments(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    while (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast(); // "/health/" is "/health"
    return parts;
}

// Whether `path` fits `uri`; a "{name}" segment takes any one non-empty segment into `params`.
bool fits(const QString &uri, const QByteArray &path, QJsonObject *params)
{
    const QList<QByteArray> want = segments(uri.toUtf8());
    const QList<QByteArray> got = segments(path);
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QByteArray &w = want.at(i);
        if (w.startsWith('{') && w.endsWith('}') && !got.at(i).isEmpty())
            params->insert(QString::fromUtf8(w.mid(1, w.size() - 2)), QString::fromUtf8(got.at(i)));
        else if (w != got.at(i))
            return false;
    }
    return true;
}

// App authentication by signature: SDK-HMAC-SHA256 with an app's AppKey as Access and its
// AppSecret as the key, as the vendor's signing SDKs send it. The messages are the documented
// "Incorrect app authentication information: …" ones.
std::optional<EmulatorResponse> verifyAppSignature(const DemoInstance &instance, const HttpRequestParts &request,
                                                   const QDateTime &now, QString *appId)
{
    const auto auth = SdkHmacSigner::parseAuthorization(request.header(QByteArrayLiteral("authorization")));
    if (!auth || !auth->signedHeaders.contains("host") || !auth->signedHeaders.contains("x-sdk-date"))
        return refuse(401, "APIG.0303", WrongApp + QStringLiteral(": Authorization must be SDK-HMAC-SHA256 Access=…, SignedHeaders=… "
                                                                  "(with host and x-sdk-date), Signature=…"));
    const DemoApp *app = nullptr;
    for (const DemoApp &a : instance.apps) {
        if (a.appKey == QString::fromLatin1(auth->accessKey))
            app = &a;
    }
    if (!app)
        return refuse(401, "APIG.0303", WrongApp + QStringLiteral(": app not found, appkey %1").arg(QString::fromLatin1(auth->accessKey)));
    const QByteArray sdkDate = request.header(QByteArrayLiteral("x-sdk-date"));
    const QDateTime date = SdkHmacSigner::parseDate(sdkDate);
    if (!date.isValid() || qAbs(date.secsTo(now)) > 15 * 60)
        return refuse(401, "APIG.0303", WrongApp + QStringLiteral(": signature expired, signature time:%1,server time:%2")
                                                           .arg(QString::fromLatin1(sdkDate), QString::fromLatin1(SdkHmacSigner::formatDate(now))));
    bool complete = true;
    for (const QByteArray &name : auth->signedHeaders)
        complete = complete && request.hasHeader(name);
    const QByteArray expected = SdkHmacSigner::signature(app->appSecret, SdkHmacSigner::stringToSign(
            SdkHmacSigner::canonicalRequest(request, auth->signedHeaders), sdkDate));
    if (!complete || !Digest::constantTimeEquals(expected, auth->signature))
        return refuse(401, "APIG.0303", WrongApp + QStringLiteral(": verify signature fail"));
    *appId = app->id;
    return std::nullopt;
}

} // namespace

ApigDataPlane::ApigDataPlane(AppCodeStore &store, const IamService &iam)
    : m_store(store)
    , m_iam(iam)
{
}

QString ApigDataPlane::hostOf(const HttpRequestParts &request)
{
    QString host = QString::fromLatin1(request.header(QByteArrayLiteral("host"))).trimmed().toLower();
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !host.mid(colon).contains(QLatin1Char(']')))
        host.truncate(colon);
    return host;
}

bool ApigDataPlane::serves(const HttpRequestParts &request) const
{
    const QString host = hostOf(request);
    if (host.isEmpty())
        return false;
    for (const DemoInstance &i : m_store.instances()) {
        if (ApigCatalog::groupServing(i, host))
            return true;
    }
    return false;
}

EmulatorResponse ApigDataPlane::handle(const HttpRequestParts &request, const QHostAddress &caller, const QDateTime &now)
{
    const QString host = hostOf(request);
    for (const DemoInstance &i : m_store.instances()) {
        const DemoApiGroup *group = ApigCatalog::groupServing(i, host);
        if (!group)
            continue;
        DemoInstance &instance = *m_store.instance(i.id);
        const Match match = findApi(instance, *group, request);
        if (!match.api)
            return refuse(404, "APIG.0101", match.pathOnly ? QStringLiteral("The API does not exist.") : NotPublished);
        const QByteArray stage = request.header(QByteArrayLiteral("x-stage")).trimmed();
        const DemoApigEnv *env = stage.isEmpty() ? ApigCatalog::env(instance, QLatin1String(DemoData::ApigReleaseEnvId))
                                                 : ApigCatalog::envNamed(instance, QString::fromUtf8(stage));
        if (!env || !ApigCatalog::publication(*match.api, env->id))
            return refuse(404, "APIG.0101", NotPublished);
        QString appId;
        if (auto refusal = authenticate(instance, *match.api, request, now, &appId))
            return *refusal;
        if (auto refusal = admit(instance, *match.api, *env, appId, caller, now))
            return *refusal;
        return echo(request, *match.api, *env, appId, match.pathParams);
    }
    return refuse(404, "APIG.0101", NotPublished); // the domain is bound to no group
}

ApigDataPlane::Match ApigDataPlane::findApi(const DemoInstance &instance, const DemoApiGroup &group,
                                            const HttpRequestParts &request) const
{
    Match m;
    for (const DemoApi &api : instance.apis) {
        QJsonObject params;
        if (api.groupId != group.id || !fits(api.reqUri, request.path, &params))
            continue;
        if (api.reqMethod == QLatin1String("ANY") || api.reqMethod == QLatin1String(request.method)) {
            m.api = &api;
            m.pathParams = params;
            return m;
        }
        m.pathOnly = true;
    }
    return m;
}

std::optional<EmulatorResponse> ApigDataPlane::authenticate(const DemoInstance &instance, const DemoApi &api,
                                                            const HttpRequestParts &request, const QDateTime &now,
                                                            QString *appId) const
{
    const QByteArray appCode = request.header(QByteArrayLiteral("x-apig-appcode"));
    if (api.authType == QLatin1String("NONE"))
        return std::nullopt;
    if (api.authType == QLatin1String("IAM")) {
        const HuaweiIdentity who = m_iam.authenticate(request, now);
        if (who.failure != HuaweiIdentity::Failure::None)
            return refuse(401, "APIG.0301", QStringLiteral("Incorrect IAM authentication information: %1").arg(who.message));
        return std::nullopt;
    }
    if (api.authType != QLatin1String("APP"))
        return refuse(401, "APIG.0305", QStringLiteral("Incorrect authentication information: custom authorizers are not emulated"));
    const bool simple = api.appCodeAuthType == QLatin1String("HEADER");
    if (!(simple && !appCode.isEmpty()) && request.hasHeader(QByteArrayLiteral("authorization")))
        return verifyAppSignature(instance, request, now, appId);
    if (!simple)
        return refuse(401, "APIG.0303", appCode.isEmpty()
                              ? WrongApp + QStringLiteral(": the request is not signed")
                              : WrongApp + QStringLiteral(": simple authentication by AppCode is not enabled for this API"));
    if (appCode.isEmpty())
        return refuse(401, "APIG.0303", WrongApp + QStringLiteral(": no X-Apig-AppCode and no signature"));
    const DemoAppCode *code = AppCodeStore::holderOf(instance, QString::fromUtf8(appCode));
    if (!code)
        return refuse(401, "APIG.0303", WrongApp + QStringLiteral(": AppCode not found"));
    *appId = code->appId;
    return std::nullopt;
}

std::optional<EmulatorResponse> ApigDataPlane::admit(const DemoInstance &instance, const DemoApi &api, const DemoApigEnv &env,
                                                     const QString &appId, const QHostAddress &caller, const QDateTime &now)
{
    if (appId.isEmpty())
        return std::nullopt; // NONE and IAM APIs: no app to check
    if (!ApigCatalog::auth(instance, api.id, appId, env.id))
        return refuse(403, "APIG.0304", QStringLiteral("The app is not authorized to access the API."));
    if (!ApigCatalog::aclAdmits(ApigCatalog::acl(instance, appId), caller))
        return refuse(403, "APIG.0405", QStringLiteral("The app is not accessed from a trusted IP address."));
    const DemoAppQuota *quota = ApigCatalog::quotaOfApp(instance, appId);
    if (quota && !takeQuota(*quota, appId, now))
        return refuse(405, "APIG.0501", QStringLiteral("The app quota has been used up."));
    return std::nullopt;
}

bool ApigDataPlane::takeQuota(const DemoAppQuota &quota, const QString &appId, const QDateTime &now)
{
    const qint64 period = ApigCatalog::periodSeconds(quota);
    Usage &u = m_usage[quota.id + QLatin1Char('/') + appId];
    QDateTime anchor = QDateTime::fromString(quota.resetTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (anchor.isValid()) {
        anchor.setTimeZone(QTimeZone::utc());
        const qint64 since = anchor.secsTo(now);
        const qint64 index = since >= 0 ? since / period : -((-since + period - 1) / period);
        const QDateTime start = anchor.addSecs(index * period);
        if (u.windowStart != start)
            u = {start, 0};
    } else if (!u.windowStart.isValid() || u.windowStart.secsTo(now) >= period) {
        u = {now, 0};
    }
    if (u.used >= quota.callLimits)
        return false;
    ++u.used;
    return true;
}

EmulatorResponse ApigDataPlane::echo(const HttpRequestParts &request, const DemoApi &api, const DemoApigEnv &env,
                                     const QString &appId, const QJsonObject &pathParams)
{
    QJsonObject headers;
    for (const auto &h : request.headers) {
        if (h.first.compare("x-apig-appcode", Qt::CaseInsensitive) != 0)
            headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    }
    QJsonObject query;
    for (const auto &q : request.query) {
        const QJsonValue before = query.value(q.first);
        if (before.isUndefined())
            query.insert(q.first, q.second);
        else { // a repeated name: all its values, in order
            QJsonArray all = before.isArray() ? before.toArray() : QJsonArray{before};
            all.append(q.second);
            query.insert(q.first, all);
        }
    }
    return EmulatorResponse::json(200, {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                        {QStringLiteral("path"), QString::fromUtf8(request.path)},
                                        {QStringLiteral("path_params"), pathParams},
                                        {QStringLiteral("query"), query},
                                        {QStringLiteral("headers"), headers},
                                        {QStringLiteral("body"), QString::fromUtf8(request.body)},
                                        {QStringLiteral("stage"), env.name},
                                        {QStringLiteral("api_id"), api.id},
                                        {QStringLiteral("app_id"), appId}});
}
