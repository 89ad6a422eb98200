#include "app/apig/HuaweiAuthorizer.h"

#include "app/apig/SdkHmacSigner.h"
#include "app/async/HuaweiGatewayCodes.h"
#include "app/net/ApiRequest.h"
#include "app/net/HttpTransport.h"

#include <QJsonArray>
#include <QMutexLocker>

HuaweiAuthorizer::HuaweiAuthorizer(HuaweiAuth auth, QUrl iamEndpoint, QString region, QString projectId)
    : m_auth(std::move(auth))
    , m_iamEndpoint(std::move(iamEndpoint))
    , m_region(std::move(region))
    , m_projectId(std::move(projectId))
{
    if (m_auth.mode == HuaweiAuth::Mode::Password)
        m_tokens = std::make_shared<IamTokenProvider>(m_iamEndpoint, m_auth.domainName, m_auth.userName,
                                                      m_auth.password, m_region);
}

QString HuaweiAuthorizer::projectId() const
{
    QMutexLocker lock(&m_mutex);
    return m_projectId;
}

void HuaweiAuthorizer::authorize(HttpRequestParts &parts, HttpTransport &transport, const Done &done)
{
    if (!parts.path.contains(ProjectPlaceholder)) {
        addCredentials(parts, transport, done);
        return;
    }
    // `done` keeps `parts` alive (see HttpCall) while the project id is looked up. Weak: what
    // waits for the discovery must not keep alive the authorizer that owns it.
    withProject(transport, [weak = weak_from_this(), &parts, &transport, done](std::optional<ApiError> error) {
        const auto self = weak.lock();
        if (!self)
            return;
        if (error) {
            done(error);
            return;
        }
        parts.path.replace(ProjectPlaceholder, self->projectId().toUtf8());
        self->addCredentials(parts, transport, done);
    });
}

bool HuaweiAuthorizer::renewAfter(const ApiError &error)
{
    // Only a token CloudCodes fetched can be renewed; a pasted one stays refused. Any of the
    // gateway's token refusals counts (APIGW.0307 expired, APIG.0301 revoked, APIG.1002, …).
    if (m_auth.mode != HuaweiAuth::Mode::Password || !HuaweiGatewayCodes::isTokenRefusal(error.httpStatus, error.code))
        return false;
    m_tokens->invalidate();
    return true;
}

void HuaweiAuthorizer::explain(ApiError &error) const
{
    if (m_auth.mode != HuaweiAuth::Mode::Token || !HuaweiGatewayCodes::isTokenRefusal(error.httpStatus, error.code))
        return;
    // The gateway's words stay; what to do about it follows.
    error.message = ApiError::tr("%1 The pasted IAM token is no longer accepted (expired or revoked): paste a new one in the account's settings.")
                            .arg(error.message);
}

void HuaweiAuthorizer::withProject(HttpTransport &transport, const std::function<void(std::optional<ApiError>)> &then)
{
    if (!projectId().isEmpty()) {
        then(std::nullopt);
        return;
    }
    m_waitingForProject.append(then);
    if (!m_discovering)
        discoverProject(transport);
}

void HuaweiAuthorizer::discoverProject(HttpTransport &transport)
{
    m_discovering = true;
    std::weak_ptr<HuaweiAuthorizer> weak = shared_from_this();
    if (m_auth.mode == HuaweiAuth::Mode::Password) {
        // A password token is scoped to the region's project and names its id.
        m_tokens->token(transport, [weak](ApiResult<IamToken> token) {
            if (const auto self = weak.lock())
                self->finishDiscovery(token.ok() ? token.value().projectId : QString(),
                                      token.ok() ? std::nullopt : std::optional<ApiError>(token.error()));
        });
        return;
    }
    m_discovery = listProjects(transport).then(transport.networkContext(), [weak](const ApiResult<QString> &id) {
        // Weak: this authorizer may be going away on another thread right now.
        if (const auto self = weak.lock())
            self->finishDiscovery(id.ok() ? id.value() : QString(), id.ok() ? std::nullopt : std::optional<ApiError>(id.error()));
    });
}

Request<QString> HuaweiAuthorizer::listProjects(HttpTransport &transport) const
{
    ApiRequest request;
    request.service = ApiError::Service::Iam;
    request.baseUrl = m_iamEndpoint;
    request.label = QStringLiteral("IAM projects");
    request.parts.method = "GET";
    request.parts.path = "/v3/projects";
    request.parts.query = {{QStringLiteral("name"), m_region}};
    request.parts.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    // Signed by an authorizer of its own with the same credentials (no placeholder in the path:
    // credentials only): the call must not keep alive the authorizer that owns it.
    request.authorizer = std::make_shared<HuaweiAuthorizer>(m_auth, m_iamEndpoint, m_region, QString());
    return transport.call<QString>(std::move(request), [region = m_region](const HttpReply &, const QJsonObject &json) -> ApiResult<QString> {
        const QJsonArray projects = json.value(QStringLiteral("projects")).toArray();
        for (const QJsonValue &p : projects) {
            if (p.toObject().value(QStringLiteral("name")).toString() == region)
                return p.toObject().value(QStringLiteral("id")).toString();
        }
        return ApiError(ApiError::Service::Iam, ApiError::Kind::Auth,
                        ApiError::tr("IAM knows no project named %1 for these credentials; set the project id in the account.").arg(region));
    });
}

void HuaweiAuthorizer::finishDiscovery(const QString &projectId, std::optional<ApiError> error)
{
    m_discovering = false;
    m_discovery = Request<QString>(); // over
    if (!error && projectId.isEmpty())
        error = ApiError(ApiError::Service::Iam, ApiError::Kind::Auth, ApiError::tr("IAM did not name the project id."));
    if (!error) {
        {
            QMutexLocker lock(&m_mutex);
            m_projectId = projectId;
        }
        if (onProjectDiscovered)
            onProjectDiscovered(projectId);
    }
    const auto waiting = std::exchange(m_waitingForProject, {});
    for (const auto &w : waiting)
        w(error);
}

void HuaweiAuthorizer::addCredentials(HttpRequestParts &parts, HttpTransport &transport, const Done &done)
{
    switch (m_auth.mode) {
    case HuaweiAuth::Mode::AkSk:
        if (m_auth.akSk.accessKey.isEmpty() || m_auth.akSk.secretKey.isEmpty()) {
            done(ApiError(ApiError::Service::Apig, ApiError::Kind::Auth,
                          ApiError::tr("The account has no AK/SK; enter them in the account's settings.")));
            return;
        }
        signAkSk(parts);
        done(std::nullopt);
        return;
    case HuaweiAuth::Mode::Token:
        if (m_auth.token.isEmpty()) {
            done(ApiError(ApiError::Service::Apig, ApiError::Kind::Auth, ApiError::tr("The account has no IAM token; paste one in the account's settings.")));
            return;
        }
        parts.setHeader(QByteArrayLiteral("X-Auth-Token"), m_auth.token.toUtf8());
        done(std::nullopt);
        return;
    case HuaweiAuth::Mode::Password:
        m_tokens->token(transport, [&parts, done](ApiResult<IamToken> token) {
            if (!token.ok()) {
                done(token.error());
                return;
            }
            parts.setHeader(QByteArrayLiteral("X-Auth-Token"), token.value().token);
            done(std::nullopt);
        });
        return;
    }
}

void HuaweiAuthorizer::signAkSk(HttpRequestParts &parts) const
{
    if (!parts.hasHeader("content-type"))
        parts.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    const QString project = projectId();
    if (!project.isEmpty() && !parts.path.startsWith("/v3/"))
        parts.setHeader(QByteArrayLiteral("X-Project-Id"), project.toUtf8());
    parts.headers += SdkHmacSigner::sign(parts, m_auth.akSk, QDateTime::currentDateTimeUtc()).headersToAdd;
}
