#include "app/emulator/alibaba/AcsSignatureVerifier.h"

AcsSignatureVerifier::AcsSignatureVerifier(const AcsCredentialStore &credentials)
    : m_acs3(credentials)
    , m_classic(credentials)
{
}

std::optional<AcsRpc::Failure> AcsSignatureVerifier::verify(const HttpRequestParts &request, const QDateTime &now,
                                                            const AcsAccessKey **caller)
{
    if (AcsRpc::isClassic(request, RpcV1Verifier::signedParameters(request)))
        return m_classic.verify(request, now, caller);
    return m_acs3.verify(request, now, caller);
}
