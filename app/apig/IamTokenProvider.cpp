#include "app/apig/IamTokenProvider.h"

#include "app/net/ApiRequest.h"
#include "app/net/CloudTime.h"
#include "app/net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

IamTokenProvider::IamTokenProvider(QUrl iamEndpoint, QString domainName, QString userName, QString password,
                                   QString projectName)
    : m_endpoint(std::move(iamEndpoint))
    , m_domain(std::move(domainName))
    , m_user(std::move(userName))
    , m_password(std::move(password))
    , m_projectName(std::move(projectName))
{
}

void IamTokenProvider::token(HttpTransport &transport, const Callback &callback)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_token.usableAt(QDateTime::currentDateTimeUtc())) {
            const IamToken t = m_token;
            lock.unlock();
            callback(t);
            return;
        }
    }
    m_waiting.append(callback);
    if (!m_fetch.isNull())
        return;
    if (m_password.isEmpty() || m_user.isEmpty() || m_domain.isEmpty()) {
        finishFetch(ApiError(ApiError::Service::Iam, ApiError::Kind::Auth,
                             ApiError::tr("The account needs an IAM account name, user name and password to obtain a token.")));
        return;
    }
    m_fetches.fetchAndAddRelaxed(1);
    // callRaw: the transport does not share it by a key made of the body, which holds the
    // password; the provider shares it itself. The answer is read on the pool.
    m_fetch = transport.callRaw(tokenRequest())
                      .map([](const ApiResult<HttpReply> &reply) {
                          if (!reply.ok())
                              return ApiResult<IamToken>(reply.error());
                          const ApiResult<QJsonObject> json = HttpTransport::parseJsonObject(ApiError::Service::Iam, reply.value());
                          return json.ok() ? parse(reply.value(), json.value()) : ApiResult<IamToken>(json.error());
                      })
                      .then(transport.networkContext(), [weak = weak_from_this()](const ApiResult<IamToken> &result) {
                          // Weak: the provider may be going away on another thread right now.
                          if (const auto self = weak.lock())
                              self->finishFetch(result);
                      });
}

ApiRequest IamTokenProvider::tokenRequest() const
{
    const QJsonObject body{{QStringLiteral("auth"), QJsonObject{
            {QStringLiteral("identity"), QJsonObject{
                    {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), QJsonObject{
                            {QStringLiteral("name"), m_user},
                            {QStringLiteral("password"), m_password},
                            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), m_domain}}}}}}}}},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), m_projectName}}}}}}}};
    ApiRequest request;
    request.service = ApiError::Service::Iam;
    request.baseUrl = m_endpoint;
    request.label = QStringLiteral("IAM token");
    request.parts.method = "POST";
    request.parts.path = "/v3/auth/tokens";
    request.parts.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf8")}};
    request.parts.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void IamTokenProvider::finishFetch(const ApiResult<IamToken> &result)
{
    m_fetch = Request<IamToken>(); // over: whoever asks next starts another
    if (result.ok()) {
        QMutexLocker lock(&m_mutex);
        m_token = result.value();
    }
    if (result.ok() && onIssued)
        onIssued(result.value());
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &c : waiting)
        c(result);
}

void IamTokenProvider::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_token = {};
}

void IamTokenProvider::seed(const IamToken &token)
{
    QMutexLocker lock(&m_mutex);
    m_token = token;
}

std::optional<IamToken> IamTokenProvider::cached() const
{
    QMutexLocker lock(&m_mutex);
    if (m_token.token.isEmpty())
        return std::nullopt;
    return m_token;
}

ApiResult<IamToken> IamTokenProvider::parse(const HttpReply &reply, const QJsonObject &json)
{
    IamToken t;
    t.token = reply.header("X-Subject-Token");
    const QJsonObject token = json.value(QStringLiteral("token")).toObject();
    t.expiresAt = CloudTime::parse(token.value(QStringLiteral("expires_at")));
    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    t.projectId = project.value(QStringLiteral("id")).toString();
    t.projectName = project.value(QStringLiteral("name")).toString();
    if (t.token.isEmpty() || !t.expiresAt.isValid()) {
        ApiError e(ApiError::Service::Iam, ApiError::Kind::InvalidJson,
                   ApiError::tr("IAM answered without a token (X-Subject-Token) or without token.expires_at."));
        e.httpStatus = reply.status;
        return e;
    }
    return t;
}
