// The check the Alibaba Cloud gateway makes before ESA or STS sees a request: ACS3-HMAC-SHA256
// with the required headers signed, x-acs-date within 15 minutes, a fresh nonce, a known
// AccessKey with its security token (and, for temporary credentials, not expired), the
// signature, and the body hashing to x-acs-content-sha256. Not locked itself: the emulator's
// mutex guards it.
#pragma once

#include "app/emulator/alibaba/AcsCredentialStore.h"
#include "app/emulator/alibaba/AcsRpc.h"

#include <optional>

class Acs3Verifier
{
public:
    static constexpr int SkewSeconds = 15 * 60;

    explicit Acs3Verifier(const AcsCredentialStore &credentials);

    // The refusal, or nothing with `caller` set to the AccessKey that signed.
    std::optional<AcsRpc::Failure> verify(const HttpRequestParts &request, const QDateTime &now,
                                          const AcsAccessKey **caller = nullptr);

private:
    const AcsCredentialStore &m_credentials;
    QHash<QByteArray, QDateTime> m_nonces; // nonce -> when first seen
};
