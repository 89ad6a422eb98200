// The gateway's check of a classic RPC signature (signature method v1, what older official
// clients such as @alicloud/sts20150401 1.1.6 and @alicloud/pop-core send), beside Acs3Verifier:
// the parameters (query, and a form body's) carry Action, Version, AccessKeyId,
// SignatureMethod=HMAC-SHA1, SignatureVersion=1.0, SignatureNonce, Timestamp
// (yyyy-MM-ddTHH:mm:ssZ), SecurityToken for STS credentials and Signature =
// base64(HMAC-SHA1(secret + "&", StringToSign)), StringToSign = METHOD&%2F& + the percent-encoded,
// sorted, percent-encoded name=value&… of every parameter but Signature. The same rules as ACS3
// for the rest: the same Timestamp window, a fresh nonce, a known AccessKey with its security
// token, not expired. Not locked itself: the emulator's mutex guards it.
#pragma once

#include "app/emulator/alibaba/AcsCredentialStore.h"
#include "app/emulator/alibaba/AcsRpc.h"

#include <optional>

class RpcV1Verifier
{
public:
    static constexpr int SkewSeconds = 15 * 60; // as Acs3Verifier's x-acs-date

    explicit RpcV1Verifier(const AcsCredentialStore &credentials);

    // The parameters the signature covers: the query's, then a form body's (Signature included).
    static QueryList signedParameters(const HttpRequestParts &request);
    // METHOD&%2F&percentEncode(canonicalized query), the parameters sorted by name as the
    // vendor's SDKs sort them (UTF-16 code units), Signature left out.
    static QByteArray stringToSign(const QByteArray &method, const QueryList &params);
    // base64(HMAC-SHA1(secret + "&", stringToSign)).
    static QByteArray signature(const QString &secret, const QByteArray &stringToSign);

    // The refusal, or nothing with `caller` set to the AccessKey that signed.
    std::optional<AcsRpc::Failure> verify(const HttpRequestParts &request, const QDateTime &now,
                                          const AcsAccessKey **caller = nullptr);

private:
    std::optional<AcsRpc::Failure> checkForm(const QueryList &params, const QDateTime &now);
    std::optional<AcsRpc::Failure> checkKey(const QueryList &params, const QDateTime &now, const AcsAccessKey **key) const;

    const AcsCredentialStore &m_credentials;
    QHash<QByteArray, QDateTime> m_nonces; // nonce -> when first seen
};
