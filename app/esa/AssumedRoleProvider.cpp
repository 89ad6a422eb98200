#include "app/esa/AssumedRoleProvider.h"

#include "app/esa/Acs3Authorizer.h"
#include "app/net/CloudTime.h"
#include "app/net/HttpTransport.h"

#include <QMutexLocker>

AssumedRoleProvider::AssumedRoleProvider(QUrl stsEndpoint, AlibabaCredentials accessKey, RamRole role)
    : m_endpoint(std::move(stsEndpoint))
    , m_accessKey(std::move(accessKey))
    , m_role(std::move(role))
{
}

QDateTime AssumedRoleProvider::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

ApiRequest AssumedRoleProvider::assumeRoleRequest() const
{
    ApiRequest r;
    r.service = ApiError::Service::Sts;
    r.baseUrl = m_endpoint;
    r.label = QStringLiteral("STS AssumeRole");
    r.authorizer = std::make_shared<Acs3Authorizer>(m_accessKey);
    r.parts.method = "POST";
    r.parts.path = "/";
    r.parts.headers = {{QByteArrayLiteral("x-acs-action"), QByteArrayLiteral("AssumeRole")},
                       {QByteArrayLiteral("x-acs-version"), ApiVersion},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    r.parts.query = {{QStringLiteral("RoleArn"), m_role.arn},
                     {QStringLiteral("RoleSessionName"), m_role.effectiveSessionName()},
                     {QStringLiteral("DurationSeconds"), QString::number(m_role.durationSeconds)}};
    if (!m_role.policy.trimmed().isEmpty())
        r.parts.query.append({QStringLiteral("Policy"), m_role.policy.trimmed()});
    if (!m_role.externalId.isEmpty())
        r.parts.query.append({QStringLiteral("ExternalId"), m_role.externalId});
    // AssumeRole changes nothing in the cloud: a retry after a 5xx only issues other credentials.
    r.idempotent = true;
    return r;
}

void AssumedRoleProvider::credentials(HttpTransport &transport, const Callback &callback)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_cached.usableAt(now())) {
            const AssumedRole usable = m_cached;
            lock.unlock();
            callback(usable);
            return;
        }
    }
    m_waiting.append(callback);
    if (!m_assume.isNull())
        return;
    m_assumes.fetchAndAddRelaxed(1);
    const Clock clock = m_clock; // the answer is read on the pool, stamped with this clock
    m_assume = transport.call<AssumedRole>(assumeRoleRequest(),
                                           [clock](const HttpReply &reply, const QJsonObject &json) {
                                               return parse(reply, json, clock ? clock() : QDateTime::currentDateTimeUtc());
                                           })
                       .then(transport.networkContext(), [weak = weak_from_this()](const ApiResult<AssumedRole> &role) {
                           // Weak: the provider may be going away on another thread right now.
                           if (const auto self = weak.lock())
                               self->finish(role.ok() ? role : ApiResult<AssumedRole>(failure(self->m_role.arn, role.error())));
                       });
}

void AssumedRoleProvider::finish(const ApiResult<AssumedRole> &result)
{
    m_assume = Request<AssumedRole>(); // over: whoever asks next starts another
    if (result.ok()) {
        QMutexLocker lock(&m_mutex);
        m_cached = result.value();
    }
    // A failure is not kept: the next request asks STS again.
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &c : waiting)
        c(result);
}

void AssumedRoleProvider::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_cached = {};
}

std::optional<AssumedRole> AssumedRoleProvider::cached() const
{
    QMutexLocker lock(&m_mutex);
    if (m_cached.credentials.accessKeyId.isEmpty())
        return std::nullopt;
    return m_cached;
}

ApiResult<AssumedRole> AssumedRoleProvider::parse(const HttpReply &reply, const QJsonObject &json, const QDateTime &receivedAt)
{
    const QJsonObject c = json.value(QStringLiteral("Credentials")).toObject();
    const QJsonObject user = json.value(QStringLiteral("AssumedRoleUser")).toObject();
    AssumedRole r;
    r.credentials.accessKeyId = c.value(QStringLiteral("AccessKeyId")).toString();
    r.credentials.accessKeySecret = c.value(QStringLiteral("AccessKeySecret")).toString();
    r.credentials.securityToken = c.value(QStringLiteral("SecurityToken")).toString();
    r.expiration = CloudTime::parse(c.value(QStringLiteral("Expiration")));
    r.issuedAt = receivedAt;
    r.refreshAt = AssumedRole::refreshPoint(receivedAt, r.expiration);
    r.arn = user.value(QStringLiteral("Arn")).toString();
    r.assumedRoleId = user.value(QStringLiteral("AssumedRoleId")).toString();
    r.requestId = json.value(QStringLiteral("RequestId")).toString();
    if (r.credentials.accessKeyId.isEmpty() || r.credentials.accessKeySecret.isEmpty() || r.credentials.securityToken.isEmpty()
        || !r.expiration.isValid()) {
        // Never quote the answer: what it does hold may be a secret.
        ApiError e(ApiError::Service::Sts, ApiError::Kind::InvalidJson,
                   ApiError::tr("STS answered without the Credentials it documents (AccessKeyId, AccessKeySecret, SecurityToken, Expiration)."));
        e.httpStatus = reply.status;
        e.requestId = r.requestId;
        return e;
    }
    return r;
}

ApiError AssumedRoleProvider::failure(const QString &roleArn, ApiError error)
{
    error.service = ApiError::Service::Sts;
    error.message = ApiError::tr("Assuming the RAM role %1 failed: %2").arg(roleArn, error.message);
    // Only an error answer is kept for diagnosis: a 2xx that could not be read may hold the credentials.
    if (error.httpStatus < 400)
        error.rawBody.clear();
    return error;
}
