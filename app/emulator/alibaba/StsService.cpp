#include "app/emulator/alibaba/StsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString param(const QueryList &params, const QString &name, bool *present = nullptr)
{
    for (const auto &p : params) {
        if (p.first == name) {
            if (present)
                *present = true;
            return p.second;
        }
    }
    if (present)
        *present = false;
    return {};
}

// The vendor's documented message, with what was wrong after it.
AcsRpc::Failure invalid(const QString &code, const QString &vendorMessage, const QString &why)
{
    return {400, code, why.isEmpty() ? vendorMessage : vendorMessage + QLatin1Char(' ') + why};
}

// A RAM policy document: {"Version": "1", "Statement": [{"Effect": "Allow"|"Deny", "Action": …, …}, …]}.
QString policyProblem(const QString &policy)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(policy.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return QStringLiteral("It is not JSON: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset);
    if (!doc.isObject())
        return QStringLiteral("It must be a JSON object.");
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("Version")).toString() != QLatin1String("1"))
        return QStringLiteral("Version must be \"1\".");
    const QJsonValue statements = o.value(QStringLiteral("Statement"));
    if (!statements.isArray() || statements.toArray().isEmpty())
        return QStringLiteral("Statement must be a non-empty array.");
    for (const QJsonValue &s : statements.toArray()) {
        const QString effect = s.toObject().value(QStringLiteral("Effect")).toString();
        if (effect != QLatin1String("Allow") && effect != QLatin1String("Deny"))
            return QStringLiteral("Every Statement needs an Effect of Allow or Deny.");
        if (!s.toObject().contains(QStringLiteral("Action")))
            return QStringLiteral("Every Statement needs an Action.");
    }
    return {};
}

// AssumeRole's parameters, as far as their form is checked.
struct AssumeRoleParameters
{
    QString roleArn;
    QString roleAccountId; // the account in the ARN
    QString session;
    QString durationText;  // DurationSeconds as given
    qint64 duration = StsService::DefaultDurationSeconds;
    QString externalId;
};

// The vendor's message for a DurationSeconds it does not take, whatever the reason.
QString durationMessage()
{
    return QStringLiteral("The Min/Max value of DurationSeconds is 15min/1hr.");
}

// RoleArn and RoleSessionName: both given, and well formed.
std::optional<AcsRpc::Failure> readRole(const QueryList &params, AssumeRoleParameters *p)
{
    p->roleArn = param(params, QStringLiteral("RoleArn"));
    p->session = param(params, QStringLiteral("RoleSessionName"));
    for (const auto &[name, value] : {std::pair{QStringLiteral("RoleArn"), p->roleArn}, std::pair{QStringLiteral("RoleSessionName"), p->session}}) {
        if (value.isEmpty()) // the gateway's Missing{Parameter}
            return AcsRpc::Failure{400, QStringLiteral("Missing") + name, QStringLiteral("%1 is mandatory for this action.").arg(name)};
    }
    static const QRegularExpression arnRule(QStringLiteral("^acs:ram::(\\d+):role/([A-Za-z0-9.\\-]{1,64})$"));
    const QRegularExpressionMatch arn = arnRule.match(p->roleArn);
    if (!arn.hasMatch())
        return invalid(QStringLiteral("InvalidParameter.RoleArn"), QStringLiteral("The parameter RoleArn is wrongly formed."),
                       QStringLiteral("It must look like acs:ram::<account id>:role/<role name>."));
    p->roleAccountId = arn.captured(1);
    static const QRegularExpression sessionRule(QStringLiteral("^[A-Za-z0-9.@\\-_]{2,64}$"));
    if (!sessionRule.match(p->session).hasMatch())
        return invalid(QStringLiteral("InvalidParameter.RoleSessionName"), QStringLiteral("The parameter RoleSessionName is wrongly formed."),
                       QStringLiteral("It must be 2 to 64 letters, digits or . @ - _ (it has %1 characters).").arg(p->session.size()));
    return std::nullopt;
}

// DurationSeconds a number, Policy a RAM policy document of at most MaxPolicyBytes, ExternalId
// well formed; each only when given.
std::optional<AcsRpc::Failure> readSessionOptions(const QueryList &params, AssumeRoleParameters *p)
{
    bool hasDuration = false;
    p->durationText = param(params, QStringLiteral("DurationSeconds"), &hasDuration);
    bool durationOk = true;
    if (hasDuration)
        p->duration = p->durationText.trimmed().toLongLong(&durationOk);
    if (!durationOk)
        return invalid(QStringLiteral("InvalidParameter.DurationSeconds"), durationMessage(),
                       QStringLiteral("\"%1\" is not a number of seconds.").arg(p->durationText));

    bool hasPolicy = false;
    const QString policy = param(params, QStringLiteral("Policy"), &hasPolicy);
    if (hasPolicy) {
        if (policy.toUtf8().size() > StsService::MaxPolicyBytes)
            return invalid(QStringLiteral("InvalidParameter.PolicySize"),
                           QStringLiteral("The size of Policy must be smaller than %1 bytes.").arg(StsService::MaxPolicyBytes), {});
        const QString why = policyProblem(policy);
        if (!why.isEmpty())
            return invalid(QStringLiteral("InvalidParameter.PolicyGrammar"), QStringLiteral("The parameter Policy has not passed grammar check."), why);
    }

    bool hasExternalId = false;
    p->externalId = param(params, QStringLiteral("ExternalId"), &hasExternalId);
    static const QRegularExpression externalIdRule(QStringLiteral("^[A-Za-z0-9_+=,.@:/\\-]{2,1224}$"));
    if (hasExternalId && !externalIdRule.match(p->externalId).hasMatch())
        return invalid(QStringLiteral("InvalidParameter.ExternalId"), QStringLiteral("The parameter ExternalId is wrongly formed."),
                       QStringLiteral("It must be 2 to 1224 letters, digits or = , . @ : / - _ +."));
    return std::nullopt;
}

// The role allows the duration, and its trust policy the caller: the role's account, and its
// sts:ExternalId condition when it has one.
std::optional<AcsRpc::Failure> roleRefusal(const AssumeRoleParameters &p, const DemoRamRole &role, const AcsAccessKey &caller)
{
    if (p.duration < StsService::MinDurationSeconds || p.duration > role.maxSessionDuration)
        return invalid(QStringLiteral("InvalidParameter.DurationSeconds"), durationMessage(),
                       QStringLiteral("It must be from %1 to %2 (the role's MaxSessionDuration), not %3.")
                               .arg(StsService::MinDurationSeconds).arg(role.maxSessionDuration).arg(p.durationText));
    if (caller.accountId != p.roleAccountId || (!role.externalId.isEmpty() && p.externalId != role.externalId))
        return AcsRpc::Failure{403, QStringLiteral("NoPermission"),
                               QStringLiteral("No permission perform sts:AssumeRole on this Role. Maybe you are not authorized to perform "
                                              "sts:AssumeRole or the specified role does not trust you%1")
                                       .arg(role.externalId.isEmpty() ? QString() : QStringLiteral(" (its trust policy requires an ExternalId)"))};
    return std::nullopt;
}

} // namespace

StsService::StsService(const DemoData &data, AcsCredentialStore &credentials, AcsSignatureVerifier &verifier)
    : m_data(data)
    , m_credentials(credentials)
    , m_verifier(verifier)
{
}

bool StsService::accepts(const HttpRequestParts &request)
{
    return !AcsRpc::action(request).isEmpty() && AcsRpc::version(request) == QLatin1String(ApiVersion);
}

EmulatorResponse StsService::error(const HttpRequestParts &request, const QByteArray &requestId, const AcsRpc::Failure &failure) const
{
    return AcsRpc::error(request, requestId, failure, QStringLiteral("Sts"), QByteArrayLiteral("sts.aliyuncs.com"));
}

EmulatorResponse StsService::faultResponse(FaultKind kind, const HttpRequestParts &request) const
{
    const QByteArray id = AcsRpc::newRequestId();
    switch (kind) {
    case FaultKind::Throttling:
        return error(request, id, {400, QStringLiteral("Throttling.User"), QStringLiteral("Request was denied due to user flow control.")});
    case FaultKind::Unavailable:
        return error(request, id, {503, QStringLiteral("ServiceUnavailable"), QStringLiteral("The request has failed due to a temporary failure of the server.")});
    default:
        return error(request, id, {500, QStringLiteral("InternalError"), QStringLiteral("STS Server Internal Error happened, please send the RequestId to us.")});
    }
}

EmulatorResponse StsService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    const QByteArray requestId = AcsRpc::newRequestId();
    if (request.method != "POST" && request.method != "GET")
        return error(request, requestId, {400, QStringLiteral("UnsupportedHTTPMethod"),
                                          QStringLiteral("Specified HTTP method %1 is not supported.").arg(QString::fromLatin1(request.method))});
    if (AcsRpc::action(request) != QLatin1String("AssumeRole"))
        return error(request, requestId, {400, QStringLiteral("InvalidAction.NotFound"),
                                          QStringLiteral("Specified api is not found, please check your url and method. The emulated STS serves AssumeRole only.")});
    return assumeRole(request, requestId, now);
}

EmulatorResponse StsService::assumeRole(const HttpRequestParts &request, const QByteArray &requestId, const QDateTime &now)
{
    const AcsAccessKey *caller = nullptr;
    if (auto failure = m_verifier.verify(request, now, &caller))
        return error(request, requestId, *failure);

    const QueryList params = AcsRpc::params(request);
    AssumeRoleParameters p;
    if (auto failure = readRole(params, &p))
        return error(request, requestId, *failure);
    if (auto failure = readSessionOptions(params, &p))
        return error(request, requestId, *failure);
    const DemoRamRole *role = m_data.ramRole(p.roleArn);
    if (!role)
        return error(request, requestId, {404, QStringLiteral("EntityNotExist.Role"), QStringLiteral("The specified Role not exists: %1").arg(p.roleArn)});
    if (auto failure = roleRefusal(p, *role, *caller))
        return error(request, requestId, *failure);

    const qint64 lifetime = m_lifetimeCap > 0 ? qMin<qint64>(p.duration, m_lifetimeCap) : p.duration;
    // Whole seconds, as the vendor's Expiration is written.
    const QDateTime expiration = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + lifetime, Qt::UTC);
    const QString assumedArn = QStringLiteral("acs:ram::%1:assumed-role/%2/%3").arg(p.roleAccountId, role->name, p.session);
    const AcsAccessKey &issued = m_credentials.issueTemporary(caller->accountId, expiration, now);
    return AcsRpc::ok(requestId, {
            {QStringLiteral("Credentials"), QJsonObject{
                    {QStringLiteral("AccessKeyId"), issued.accessKeyId},
                    {QStringLiteral("AccessKeySecret"), issued.secret},
                    {QStringLiteral("SecurityToken"), issued.securityToken},
                    {QStringLiteral("Expiration"), expiration.toString(Qt::ISODate)}}},
            {QStringLiteral("AssumedRoleUser"), QJsonObject{
                    {QStringLiteral("Arn"), assumedArn},
                    {QStringLiteral("AssumedRoleId"), role->roleId + QLatin1Char(':') + p.session}}}});
}
