// ACS3-HMAC-SHA256, the request signature of Alibaba Cloud's RPC APIs (ESA 2024-09-10).
// Pure: the same inputs always give the same bytes, so it is checked against the vendor's
// published vectors; the emulator verifies with the same canonicalisation.
#pragma once

#include "app/esa/AlibabaCredentials.h"
#include "app/net/HttpRequestParts.h"

#include <QDateTime>
#include <optional>

struct Acs3Signature
{
    HeaderList headersToAdd; // x-acs-date, nonce, content hash, STS headers, Authorization
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;    // lower-case hex
    QByteArray authorization;
};

struct Acs3Authorization
{
    QByteArray accessKeyId;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

class Acs3Signer
{
public:
    static constexpr const char *Algorithm = "ACS3-HMAC-SHA256";

    // Signs `request` (which must already carry host, x-acs-action, x-acs-version and, with a
    // body, content-type). `date` is formatted as UTC; `nonce` must be unique per attempt.
    static Acs3Signature sign(const HttpRequestParts &request, const AlibabaCredentials &credentials,
                              const QDateTime &date, const QByteArray &nonce);

    // The headers a signer signs: every x-acs-* header, host and content-type; lower case, sorted.
    static QList<QByteArray> signedHeaderNames(const HeaderList &headers);
    // Canonical request over the named headers; the payload hash is x-acs-content-sha256.
    static QByteArray canonicalRequest(const HttpRequestParts &request,
                                       const QList<QByteArray> &signedHeaders);
    static QByteArray stringToSign(const QByteArray &canonicalRequest);
    static QByteArray signature(const QString &secret, const QByteArray &stringToSign);
    static QByteArray formatDate(const QDateTime &date); // 2024-03-11T01:23:21Z
    static std::optional<Acs3Authorization> parseAuthorization(const QByteArray &header);
};
