// SDK-HMAC-SHA256, Huawei Cloud's AK/SK request signature, computed as the official SDK core
// does. Pure: checked against the vendor vectors; the emulator verifies with the same code.
#pragma once

#include "app/apig/HuaweiCredentials.h"
#include "app/net/HttpRequestParts.h"

#include <QDateTime>
#include <optional>

struct SdkHmacSignature
{
    HeaderList headersToAdd; // X-Sdk-Date, Authorization
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;    // lower-case hex
    QByteArray authorization;
};

struct SdkHmacAuthorization
{
    QByteArray accessKey;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

class SdkHmacSigner
{
public:
    static constexpr const char *Algorithm = "SDK-HMAC-SHA256";
    static constexpr const char *UnsignedPayload = "UNSIGNED-PAYLOAD";

    // Signs every header `request` carries (host included) plus the X-Sdk-Date it adds.
    static SdkHmacSignature sign(const HttpRequestParts &request, const HuaweiCredentials &credentials,
                                 const QDateTime &date);

    static QByteArray canonicalUri(const QByteArray &decodedPath);
    // Payload hash: X-Sdk-Content-Sha256 when present (UNSIGNED-PAYLOAD), else SHA-256 of the body.
    static QByteArray canonicalRequest(const HttpRequestParts &request,
                                       const QList<QByteArray> &signedHeaders);
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
    static QByteArray signature(const QString &secretKey, const QByteArray &stringToSign);
    static QByteArray formatDate(const QDateTime &date); // 20240311T012321Z
    static QDateTime parseDate(const QByteArray &sdkDate);
    static std::optional<SdkHmacAuthorization> parseAuthorization(const QByteArray &header);
};
