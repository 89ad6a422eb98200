#include "app/emulator/alibaba/Acs3Verifier.h"

#include "app/esa/Acs3Signer.h"
#include "app/net/Digest.h"

namespace {

const QList<QByteArray> &requiredSignedHeaders()
{
    static const QList<QByteArray> names = {"host", "x-acs-action", "x-acs-version", "x-acs-date",
                                            "x-acs-signature-nonce", "x-acs-content-sha256"};
    return names;
}

AcsRpc::Failure incomplete(const QString &why)
{
    return {400, QStringLiteral("IncompleteSignature"),
            QStringLiteral("The request signature does not conform to Aliyun standards: %1").arg(why)};
}

} // namespace

Acs3Verifier::Acs3Verifier(const AcsCredentialStore &credentials)
    : m_credentials(credentials)
{
}

std::optional<AcsRpc::Failure> Acs3Verifier::verify(const HttpRequestParts &req, const QDateTime &now,
                                                    const AcsAccessKey **caller)
{
    const QByteArray header = req.header(QByteArrayLiteral("authorization"));
    if (header.isEmpty())
        return incomplete(QStringLiteral("the Authorization header is missing."));
    const auto auth = Acs3Signer::parseAuthorization(header);
    if (!auth)
        return incomplete(QStringLiteral("the Authorization header is not ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…."));
    for (const QByteArray &name : requiredSignedHeaders()) {
        if (!auth->signedHeaders.contains(name) || !req.hasHeader(name))
            return incomplete(QStringLiteral("header %1 must be present and signed.").arg(QString::fromLatin1(name)));
    }
    for (const QByteArray &name : auth->signedHeaders) {
        if (!req.hasHeader(name))
            return incomplete(QStringLiteral("signed header %1 is missing from the request.").arg(QString::fromLatin1(name)));
    }

    const QDateTime date = QDateTime::fromString(QString::fromLatin1(req.header(QByteArrayLiteral("x-acs-date"))), Qt::ISODate);
    if (!date.isValid() || qAbs(date.secsTo(now)) > SkewSeconds)
        return AcsRpc::Failure{400, QStringLiteral("InvalidTimeStamp.Expired"),
                               QStringLiteral("Specified time stamp or date value is expired (x-acs-date must be within 15 minutes of %1).")
                                       .arg(now.toUTC().toString(Qt::ISODate))};

    const QByteArray nonce = req.header(QByteArrayLiteral("x-acs-signature-nonce"));
    for (auto it = m_nonces.begin(); it != m_nonces.end();)
        it = it.value().secsTo(now) > SkewSeconds ? m_nonces.erase(it) : std::next(it);
    if (m_nonces.contains(nonce))
        return AcsRpc::Failure{400, QStringLiteral("SignatureNonceUsed"), QStringLiteral("Specified signature nonce was used already.")};

    const AcsAccessKey *key = m_credentials.find(QString::fromLatin1(auth->accessKeyId));
    if (!key)
        return AcsRpc::Failure{404, QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("Specified access key is not found.")};

    if (!key->securityToken.isEmpty()) {
        const QByteArray token = req.header(QByteArrayLiteral("x-acs-security-token"));
        if (token.isEmpty() || !auth->signedHeaders.contains("x-acs-security-token"))
            return AcsRpc::Failure{400, QStringLiteral("MissingSecurityToken"),
                                   QStringLiteral("STS credentials require a signed x-acs-security-token header.")};
        if (!Digest::constantTimeEquals(token, key->securityToken.toLatin1()))
            return AcsRpc::Failure{400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
                                   QStringLiteral("Specified SecurityToken mismatch with the AccessKey.")};
        if (key->expiredAt(now))
            return AcsRpc::Failure{400, QStringLiteral("InvalidSecurityToken.Expired"),
                                   QStringLiteral("Specified SecurityToken is expired. It expired at %1; assume the role again.")
                                           .arg(key->expiration.toUTC().toString(Qt::ISODate))};
    }

    const QByteArray canonical = Acs3Signer::canonicalRequest(req, auth->signedHeaders);
    const QByteArray stringToSign = Acs3Signer::stringToSign(canonical);
    const QByteArray expected = Acs3Signer::signature(key->secret, stringToSign);
    if (!Digest::constantTimeEquals(expected, auth->signature))
        return AcsRpc::Failure{400, QStringLiteral("SignatureDoesNotMatch"),
                               QStringLiteral("Specified signature does not match our calculation. server string to sign is:%1")
                                       .arg(QString::fromUtf8(stringToSign))};

    if (req.header(QByteArrayLiteral("x-acs-content-sha256")).toLower() != Digest::sha256Hex(req.body))
        return incomplete(QStringLiteral("x-acs-content-sha256 does not match the request body."));

    m_nonces.insert(nonce, now);
    if (caller)
        *caller = key;
    return std::nullopt;
}
