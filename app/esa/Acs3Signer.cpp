#include "app/esa/Acs3Signer.h"

#include "app/net/Digest.h"

#include <algorithm>

namespace {
QByteArray canonicalHeaderValue(const HttpRequestParts &request, const QByteArray &name)
{
    return request.header(name).trimmed();
}
} // namespace

Acs3Signature Acs3Signer::sign(const HttpRequestParts &request, const AlibabaCredentials &credentials,
                               const QDateTime &date, const QByteArray &nonce)
{
    HttpRequestParts signing = request;
    Acs3Signature out;
    auto add = [&](const QByteArray &name, const QByteArray &value) {
        signing.setHeader(name, value);
        out.headersToAdd.append({name, value});
    };
    add(QByteArrayLiteral("x-acs-date"), formatDate(date));
    add(QByteArrayLiteral("x-acs-signature-nonce"), nonce);
    add(QByteArrayLiteral("x-acs-content-sha256"), Digest::sha256Hex(request.body));
    if (credentials.isSts()) {
        add(QByteArrayLiteral("x-acs-accesskey-id"), credentials.accessKeyId.toUtf8());
        add(QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8());
    }

    const QList<QByteArray> names = signedHeaderNames(signing.headers);
    out.canonicalRequest = canonicalRequest(signing, names);
    out.stringToSign = stringToSign(out.canonicalRequest);
    out.signature = signature(credentials.accessKeySecret, out.stringToSign);
    out.authorization = QByteArray(Algorithm) + " Credential=" + credentials.accessKeyId.toUtf8()
            + ",SignedHeaders=" + names.join(';') + ",Signature=" + out.signature;
    out.headersToAdd.append({QByteArrayLiteral("Authorization"), out.authorization});
    return out;
}

QList<QByteArray> Acs3Signer::signedHeaderNames(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if ((name.startsWith("x-acs-") || name == "host" || name == "content-type") && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray Acs3Signer::canonicalRequest(const HttpRequestParts &request,
                                        const QList<QByteArray> &signedHeaders)
{
    QByteArray out = request.method.toUpper() + '\n';
    out += (request.path.isEmpty() ? QByteArrayLiteral("/") : request.path) + '\n';
    out += HttpRequestParts::canonicalQuery(request.query) + '\n';
    for (const QByteArray &name : signedHeaders)
        out += name + ':' + canonicalHeaderValue(request, name) + '\n';
    out += '\n';
    out += signedHeaders.join(';') + '\n';
    out += request.header(QByteArrayLiteral("x-acs-content-sha256"));
    return out;
}

QByteArray Acs3Signer::stringToSign(const QByteArray &canonicalRequest)
{
    return QByteArray(Algorithm) + '\n' + Digest::sha256Hex(canonicalRequest);
}

QByteArray Acs3Signer::signature(const QString &secret, const QByteArray &stringToSign)
{
    return Digest::hmacSha256Hex(secret.toUtf8(), stringToSign);
}

QByteArray Acs3Signer::formatDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

std::optional<Acs3Authorization> Acs3Signer::parseAuthorization(const QByteArray &header)
{
    const auto params = HttpRequestParts::parseAuthorizationParams(header, Algorithm);
    const QByteArray id = params.value(QByteArrayLiteral("Credential"));
    const QByteArray names = params.value(QByteArrayLiteral("SignedHeaders"));
    const QByteArray sig = params.value(QByteArrayLiteral("Signature"));
    if (id.isEmpty() || names.isEmpty() || sig.isEmpty())
        return std::nullopt;
    return Acs3Authorization{id, names.toLower().split(';'), sig.toLower()};
}
