#include "app/emulator/huawei/IamService.h"

#include "app/apig/SdkHmacSigner.h"
#include "app/net/Digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
QString iamTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}
QString domainId()
{
    return QString::fromLatin1(Digest::sha256Hex(DemoData::HuaweiDomain).left(32));
}
QString userId()
{
    return QString::fromLatin1(Digest::sha256Hex(QByteArray(DemoData::HuaweiDomain) + '/' + DemoData::HuaweiUser).left(32));
}
} // namespace

IamService::IamService(const DemoData &data)
    : m_data(data)
{
}

bool IamService::accepts(const HttpRequestParts &request)
{
    return request.path.startsWith("/v3/");
}

EmulatorResponse IamService::error(int status, const QString &message)
{
    // IAM answers in the Keystone shape.
    static const QHash<int, QString> titles = {{400, QStringLiteral("Bad Request")}, {401, QStringLiteral("Unauthorized")},
                                               {404, QStringLiteral("Not Found")}, {500, QStringLiteral("Internal Server Error")},
                                               {503, QStringLiteral("Service Unavailable")}};
    return EmulatorResponse::json(status, {{QStringLiteral("error"), QJsonObject{
            {QStringLiteral("code"), status}, {QStringLiteral("message"), message},
            {QStringLiteral("title"), titles.value(status, QStringLiteral("Error"))}}}},
            {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}});
}

EmulatorResponse IamService::faultResponse(int status) const
{
    return error(status, status == 503 ? QStringLiteral("Service temporarily unavailable.")
                                       : QStringLiteral("An unexpected error prevented the server from fulfilling your request."));
}

EmulatorResponse IamService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    QByteArray path = request.path;
    if (path.endsWith('/'))
        path.chop(1);
    if (path == "/v3/auth/tokens" && request.method == "POST")
        return issueToken(request, now);
    if (path == "/v3/projects" && request.method == "GET")
        return listProjects(request, now);
    return error(404, QStringLiteral("The resource could not be found."));
}

EmulatorResponse IamService::issueToken(const HttpRequestParts &request, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(request.body, &parseError).object();
    const QJsonObject identity = root.value(QStringLiteral("auth")).toObject().value(QStringLiteral("identity")).toObject();
    const QJsonObject user = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    if (parseError.error != QJsonParseError::NoError || user.isEmpty()
        || !identity.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("password")))
        return error(400, QStringLiteral("The request body is not a password authentication request."));

    const QString domain = user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    if (user.value(QStringLiteral("name")).toString() != QLatin1String(DemoData::HuaweiUser)
        || domain != QLatin1String(DemoData::HuaweiDomain)
        || user.value(QStringLiteral("password")).toString() != QLatin1String(DemoData::HuaweiPassword))
        return error(401, QStringLiteral("The username or password is wrong."));

    const QJsonObject project = root.value(QStringLiteral("auth")).toObject().value(QStringLiteral("scope")).toObject()
                                        .value(QStringLiteral("project")).toObject();
    const QString projectName = project.value(QStringLiteral("name")).toString();
    const QString projectId = project.value(QStringLiteral("id")).toString();
    if ((projectName.isEmpty() && projectId.isEmpty())
        || (!projectName.isEmpty() && projectName != QLatin1String(DemoData::HuaweiRegion))
        || (!projectId.isEmpty() && projectId != QLatin1String(DemoData::HuaweiProjectId)))
        return error(400, QStringLiteral("The project %1 does not exist in this account.").arg(projectName.isEmpty() ? projectId : projectName));

    const QByteArray token = "MIICloudCodesDemoToken-" + QUuid::createUuid().toByteArray(QUuid::Id128)
            + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QDateTime expires = now.addSecs(m_tokenLifetime);
    m_tokens.insert(token, {QString::fromLatin1(DemoData::HuaweiProjectId), expires});

    const QJsonObject domainObject{{QStringLiteral("id"), domainId()}, {QStringLiteral("name"), QLatin1String(DemoData::HuaweiDomain)}};
    const QJsonObject body{{QStringLiteral("token"), QJsonObject{
            {QStringLiteral("expires_at"), iamTime(expires)},
            {QStringLiteral("issued_at"), iamTime(now)},
            {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), QLatin1String(DemoData::HuaweiProjectId)},
                                                    {QStringLiteral("name"), QLatin1String(DemoData::HuaweiRegion)},
                                                    {QStringLiteral("domain"), domainObject}}},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId()},
                                                 {QStringLiteral("name"), QLatin1String(DemoData::HuaweiUser)},
                                                 {QStringLiteral("domain"), domainObject},
                                                 {QStringLiteral("password_expires_at"), QString()}}},
            {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")}, {QStringLiteral("name"), QStringLiteral("op_service")}}}},
            {QStringLiteral("catalog"), QJsonArray{}}}}};
    return EmulatorResponse::json(201, body, {{QByteArrayLiteral("X-Subject-Token"), token}});
}

EmulatorResponse IamService::listProjects(const HttpRequestParts &request, const QDateTime &now) const
{
    const HuaweiIdentity who = authenticate(request, now);
    if (who.failure != HuaweiIdentity::Failure::None)
        return error(401, who.message);
    QString name;
    for (const auto &q : request.query) {
        if (q.first == QLatin1String("name"))
            name = q.second;
    }
    QJsonArray projects;
    if (name.isEmpty() || name == QLatin1String(DemoData::HuaweiRegion))
        projects.append(QJsonObject{{QStringLiteral("id"), QLatin1String(DemoData::HuaweiProjectId)},
                                    {QStringLiteral("name"), QLatin1String(DemoData::HuaweiRegion)},
                                    {QStringLiteral("enabled"), true},
                                    {QStringLiteral("domain_id"), domainId()},
                                    {QStringLiteral("parent_id"), domainId()},
                                    {QStringLiteral("is_domain"), false},
                                    {QStringLiteral("description"), QString()}});
    return EmulatorResponse::json(200, {{QStringLiteral("projects"), projects},
                                        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QStringLiteral("/v3/projects")}}}});
}

void IamService::revokeTokens(const QString &refusalCode)
{
    for (Token &t : m_tokens)
        t.revokedWith = refusalCode;
}

HuaweiIdentity IamService::authenticate(const HttpRequestParts &request, const QDateTime &now) const
{
    using F = HuaweiIdentity::Failure;
    HuaweiIdentity who;
    const QByteArray token = request.header(QByteArrayLiteral("x-auth-token"));
    if (!token.isEmpty()) {
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.cend())
            return {F::TokenInvalid, QStringLiteral("Incorrect token or token resolution failed"), {}, {}, {}};
        if (!it->revokedWith.isEmpty())
            return {F::TokenExpired, QStringLiteral("Incorrect IAM authentication information: decrypt token fail"), it->revokedWith, {}, {}};
        // What the API gateway in front of every Huawei Cloud API answers for an expired token.
        if (it->expiresAt <= now)
            return {F::TokenExpired, QStringLiteral("The token must be updated."), QStringLiteral("APIGW.0307"), {}, {}};
        who.projectId = it->projectId;
        who.ownedProjects = {it->projectId};
        return who;
    }

    const QByteArray header = request.header(QByteArrayLiteral("authorization"));
    if (header.isEmpty())
        return {F::Missing, QStringLiteral("Incorrect IAM authentication information: no X-Auth-Token or Authorization header"), {}, {}, {}};
    const auto auth = SdkHmacSigner::parseAuthorization(header);
    if (!auth || !auth->signedHeaders.contains("host") || !auth->signedHeaders.contains("x-sdk-date"))
        return {F::Malformed, QStringLiteral("Incorrect IAM authentication information: Authorization must be SDK-HMAC-SHA256 Access=…, SignedHeaders=… (with host and x-sdk-date), Signature=…"), {}, {}, {}};
    for (const QByteArray &name : auth->signedHeaders) {
        if (!request.hasHeader(name))
            return {F::Malformed, QStringLiteral("Incorrect IAM authentication information: signed header %1 is missing").arg(QString::fromLatin1(name)), {}, {}, {}};
    }
    if (!request.body.isEmpty()) {
        // What the official SDK core does with a JSON body: hash it and sign its content type.
        if (!auth->signedHeaders.contains("content-type"))
            return {F::BodyNotSigned, QStringLiteral("Incorrect IAM authentication information: a request with a body must sign its content-type header"), {}, {}, {}};
        if (request.header(QByteArrayLiteral("content-type")).startsWith("application/json")
            && request.header(QByteArrayLiteral("x-sdk-content-sha256")) == SdkHmacSigner::UnsignedPayload)
            return {F::BodyNotSigned, QStringLiteral("Incorrect IAM authentication information: a JSON body must be signed (its SHA-256 as the payload hash, not UNSIGNED-PAYLOAD)"), {}, {}, {}};
    }
    const QByteArray sdkDate = request.header(QByteArrayLiteral("x-sdk-date"));
    const QDateTime date = SdkHmacSigner::parseDate(sdkDate);
    if (!date.isValid() || qAbs(date.secsTo(now)) > SkewSeconds)
        return {F::DateExpired, QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date %1 is not within 15 minutes of the server time").arg(QString::fromLatin1(sdkDate)), {}, {}, {}};
    if (auth->accessKey != DemoData::HuaweiAccessKey)
        return {F::UnknownAccessKey, QStringLiteral("Incorrect IAM authentication information: ak %1 not exist").arg(QString::fromLatin1(auth->accessKey)), {}, {}, {}};
    const QByteArray canonical = SdkHmacSigner::canonicalRequest(request, auth->signedHeaders);
    const QByteArray expected = SdkHmacSigner::signature(QString::fromLatin1(DemoData::HuaweiSecretKey),
                                                         SdkHmacSigner::stringToSign(canonical, sdkDate));
    if (!Digest::constantTimeEquals(expected, auth->signature))
        return {F::SignatureMismatch, QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail"), {}, {}, {}};
    who.ownedProjects = {QString::fromLatin1(DemoData::HuaweiProjectId)};
    return who;
}
