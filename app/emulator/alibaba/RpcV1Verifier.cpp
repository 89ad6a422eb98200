#include "app/emulator/alibaba/RpcV1Verifier.h"

#include "app/net/Digest.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

AcsRpc::Failure missing(const QString &name)
{
    return {400, QStringLiteral("Missing") + name, QStringLiteral("%1 is mandatory for this action.").arg(name)};
}

// Strictly yyyy-MM-ddTHH:mm:ssZ, UTC, as the vendor documents it.
QDateTime parseTimestamp(const QString &text)
{
    if (text.size() != 20 || text.at(10) != QLatin1Char('T') || text.at(19) != QLatin1Char('Z'))
        return {};
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

} // namespace

RpcV1Verifier::RpcV1Verifier(const AcsCredentialStore &credentials)
    : m_credentials(credentials)
{
}

QueryList RpcV1Verifier::signedParameters(const HttpRequestParts &request)
{
    return AcsRpc::queryAndFormParams(request);
}

QByteArray RpcV1Verifier::stringToSign(const QByteArray &method, const QueryList &params)
{
    QueryList sorted;
    for (const auto &p : params) {
        if (p.first != QLatin1String("Signature"))
            sorted.append(p);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonical;
    for (const auto &p : std::as_const(sorted)) {
        if (!canonical.isEmpty())
            canonical += '&';
        canonical += HttpRequestParts::percentEncode(p.first) + '=' + HttpRequestParts::percentEncode(p.second);
    }
    return method + "&%2F&" + HttpRequestParts::percentEncode(QString::fromLatin1(canonical));
}

QByteArray RpcV1Verifier::signature(const QString &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8() + '&', QCryptographicHash::Sha1).toBase64();
}

// The signature's own parameters: all there, of the one method and version, the Timestamp in
// its window and the nonce not seen in it.
std::optional<AcsRpc::Failure> RpcV1Verifier::checkForm(const QueryList &params, const QDateTime &now)
{
    for (const char *name : {"Action", "Version", "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"}) {
        if (AcsRpc::param(params, QLatin1String(name)).isEmpty())
            return missing(QLatin1String(name));
    }
    const QString method = AcsRpc::param(params, QStringLiteral("SignatureMethod"));
    if (method != QLatin1String("HMAC-SHA1"))
        return AcsRpc::Failure{400, QStringLiteral("UnsupportedSignatureMethod"),
                               QStringLiteral("Specified signature method %1 is not supported: the classic RPC signature is HMAC-SHA1.").arg(method)};
    const QString version = AcsRpc::param(params, QStringLiteral("SignatureVersion"));
    if (version != QLatin1String("1.0"))
        return AcsRpc::Failure{400, QStringLiteral("UnsupportedSignatureVersion"),
                               QStringLiteral("Specified signature version %1 is not supported: the classic RPC signature is 1.0.").arg(version)};

    const QDateTime timestamp = parseTimestamp(AcsRpc::param(params, QStringLiteral("Timestamp")));
    if (!timestamp.isValid())
        return AcsRpc::Failure{400, QStringLiteral("InvalidTimeStamp.Format"),
                               QStringLiteral("Specified time stamp or date value is not well formatted (Timestamp must be yyyy-MM-ddTHH:mm:ssZ in UTC).")};
    if (qAbs(timestamp.secsTo(now)) > SkewSeconds)
        return AcsRpc::Failure{400, QStringLiteral("InvalidTimeStamp.Expired"),
                               QStringLiteral("Specified time stamp or date value is expired (Timestamp must be within 15 minutes of %1).")
                                       .arg(now.toUTC().toString(Qt::ISODate))};

    for (auto it = m_nonces.begin(); it != m_nonces.end();)
        it = it.value().secsTo(now) > SkewSeconds ? m_nonces.erase(it) : std::next(it);
    if (m_nonces.contains(AcsRpc::param(params, QStringLiteral("SignatureNonce")).toUtf8()))
        return AcsRpc::Failure{400, QStringLiteral("SignatureNonceUsed"), QStringLiteral("Specified signature nonce was used already.")};
    return std::nullopt;
}

// A known AccessKey, and for STS credentials their SecurityToken, not expired (as ACS3's
// x-acs-security-token).
std::optional<AcsRpc::Failure> RpcV1Verifier::checkKey(const QueryList &params, const QDateTime &now, const AcsAccessKey **found) const
{
    const AcsAccessKey *key = m_credentials.find(AcsRpc::param(params, QStringLiteral("AccessKeyId")));
    if (!key)
        return AcsRpc::Failure{404, QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("Specified access key is not found.")};
    *found = key;
    if (key->securityToken.isEmpty())
        return std::nullopt;
    const QByteArray token = AcsRpc::param(params, QStringLiteral("SecurityToken")).toUtf8();
    if (token.isEmpty())
        return AcsRpc::Failure{400, QStringLiteral("MissingSecurityToken"),
                               QStringLiteral("STS credentials require the SecurityToken parameter.")};
    if (!Digest::constantTimeEquals(token, key->securityToken.toUtf8()))
        return AcsRpc::Failure{400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
                               QStringLiteral("Specified SecurityToken mismatch with the AccessKey.")};
    if (key->expiredAt(now))
        return AcsRpc::Failure{400, QStringLiteral("InvalidSecurityToken.Expired"),
                               QStringLiteral("Specified SecurityToken is expired. It expired at %1; assume the role again.")
                                       .arg(key->expiration.toUTC().toString(Qt::ISODate))};
    return std::nullopt;
}

std::optional<AcsRpc::Failure> RpcV1Verifier::verify(const HttpRequestParts &request, const QDateTime &now,
                                                     const AcsAccessKey **caller)
{
    const QueryList params = signedParameters(request);
    if (auto failure = checkForm(params, now))
        return failure;
    const AcsAccessKey *key = nullptr;
    if (auto failure = checkKey(params, now, &key))
        return failure;

    const QByteArray toSign = stringToSign(request.method, params);
    const QByteArray expected = signature(key->secret, toSign);
    if (!Digest::constantTimeEquals(expected, AcsRpc::param(params, QStringLiteral("Signature")).toLatin1()))
        return AcsRpc::Failure{400, QStringLiteral("SignatureDoesNotMatch"),
                               QStringLiteral("Specified signature is not matched with our calculation. server string to sign is:%1")
                                       .arg(QString::fromLatin1(toSign))};

    m_nonces.insert(AcsRpc::param(params, QStringLiteral("SignatureNonce")).toUtf8(), now);
    if (caller)
        *caller = key;
    return std::nullopt;
}
