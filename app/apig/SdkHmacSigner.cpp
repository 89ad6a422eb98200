#include "app/apig/SdkHmacSigner.h"

#include "app/net/Digest.h"

#include <QTimeZone>
#include <algorithm>

SdkHmacSignature SdkHmacSigner::sign(const HttpRequestParts &request,
                                     const HuaweiCredentials &credentials, const QDateTime &date)
{
    HttpRequestParts signing = request;
    const QByteArray sdkDate = formatDate(date);
    signing.setHeader(QByteArrayLiteral("X-Sdk-Date"), sdkDate);

    QList<QByteArray> names;
    for (const auto &h : std::as_const(signing.headers)) {
        const QByteArray name = h.first.toLower();
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());

    SdkHmacSignature out;
    out.canonicalRequest = canonicalRequest(signing, names);
    out.stringToSign = stringToSign(out.canonicalRequest, sdkDate);
    out.signature = signature(credentials.secretKey, out.stringToSign);
    out.authorization = QByteArray(Algorithm) + " Access=" + credentials.accessKey.toUtf8()
            + ", SignedHeaders=" + names.join(';') + ", Signature=" + out.signature;
    out.headersToAdd = {{QByteArrayLiteral("X-Sdk-Date"), sdkDate},
                        {QByteArrayLiteral("Authorization"), out.authorization}};
    return out;
}

QByteArray SdkHmacSigner::canonicalUri(const QByteArray &decodedPath)
{
    const QList<QByteArray> segments = decodedPath.split('/');
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QByteArray &s : segments)
        encoded.append(HttpRequestParts::percentEncode(QString::fromUtf8(s)));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray SdkHmacSigner::canonicalRequest(const HttpRequestParts &request,
                                           const QList<QByteArray> &signedHeaders)
{
    QByteArray payloadHash = request.header(QByteArrayLiteral("x-sdk-content-sha256"));
    if (payloadHash.isEmpty())
        payloadHash = Digest::sha256Hex(request.body);

    QByteArray out = request.method.toUpper() + '\n';
    out += canonicalUri(request.path) + '\n';
    out += HttpRequestParts::canonicalQuery(request.query) + '\n';
    for (const QByteArray &name : signedHeaders)
        out += name + ':' + request.header(name).trimmed() + '\n';
    out += '\n';
    out += signedHeaders.join(';') + '\n';
    out += payloadHash;
    return out;
}

QByteArray SdkHmacSigner::stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate)
{
    return QByteArray(Algorithm) + '\n' + sdkDate + '\n' + Digest::sha256Hex(canonicalRequest);
}

QByteArray SdkHmacSigner::signature(const QString &secretKey, const QByteArray &stringToSign)
{
    return Digest::hmacSha256Hex(secretKey.toUtf8(), stringToSign);
}

QByteArray SdkHmacSigner::formatDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
}

QDateTime SdkHmacSigner::parseDate(const QByteArray &sdkDate)
{
    QDateTime d = QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMddTHHmmssZ"));
    d.setTimeZone(QTimeZone::utc());
    return d;
}

std::optional<SdkHmacAuthorization> SdkHmacSigner::parseAuthorization(const QByteArray &header)
{
    const auto params = HttpRequestParts::parseAuthorizationParams(header, Algorithm);
    const QByteArray id = params.value(QByteArrayLiteral("Access"));
    const QByteArray names = params.value(QByteArrayLiteral("SignedHeaders"));
    const QByteArray sig = params.value(QByteArrayLiteral("Signature"));
    if (id.isEmpty() || names.isEmpty() || sig.isEmpty())
        return std::nullopt;
    return SdkHmacAuthorization{id, names.toLower().split(';'), sig.toLower()};
}
