// What the Alibaba Cloud gateway checks before ESA or STS sees a request, whichever way it is
// signed: the classic RPC signature (RpcV1Verifier) when the parameters carry one and no ACS3
// Authorization header came (AcsRpc::isClassic), else ACS3-HMAC-SHA256 (Acs3Verifier). Not
// locked itself: the emulator's mutex guards it.
#pragma once

#include "app/emulator/alibaba/Acs3Verifier.h"
#include "app/emulator/alibaba/RpcV1Verifier.h"

class AcsSignatureVerifier
{
public:
    explicit AcsSignatureVerifier(const AcsCredentialStore &credentials);

    // The refusal, or nothing with `caller` set to the AccessKey that signed.
    std::optional<AcsRpc::Failure> verify(const HttpRequestParts &request, const QDateTime &now,
                                          const AcsAccessKey **caller = nullptr);

private:
    Acs3Verifier m_acs3;
    RpcV1Verifier m_classic;
};
