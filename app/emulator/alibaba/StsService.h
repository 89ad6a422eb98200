// The emulated Alibaba Cloud STS (API 2015-04-01) on the emulator's port: AssumeRole for the
// demo account's RAM roles (DemoData), signed (ACS3 or classic RPC) and verified like ESA by the shared AcsSignatureVerifier.
// The credentials it issues go into the AcsCredentialStore, so ESA accepts them until they expire.
#pragma once

#include "app/emulator/alibaba/AcsCredentialStore.h"
#include "app/emulator/alibaba/AcsSignatureVerifier.h"
#include "app/emulator/demo/DemoData.h"
#include "app/emulator/server/FaultPlan.h"

class StsService
{
public:
    static constexpr const char *ApiVersion = "2015-04-01";
    static constexpr int MinDurationSeconds = 900;
    static constexpr int DefaultDurationSeconds = 3600;
    static constexpr int MaxPolicyBytes = 2048;

    StsService(const DemoData &data, AcsCredentialStore &credentials, AcsSignatureVerifier &verifier);

    // An RPC call of STS's version 2015-04-01 (AcsRpc::action and AcsRpc::version).
    static bool accepts(const HttpRequestParts &request);
    EmulatorResponse handle(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse faultResponse(FaultKind kind, const HttpRequestParts &request) const;

    // Issued credentials live at most this long, whatever DurationSeconds asks (0 = no cap), so a
    // client's refresh can be seen without waiting an hour.
    void setLifetimeCapSeconds(int seconds) { m_lifetimeCap = seconds; }

private:
    EmulatorResponse assumeRole(const HttpRequestParts &request, const QByteArray &requestId, const QDateTime &now);
    EmulatorResponse error(const HttpRequestParts &request, const QByteArray &requestId, const AcsRpc::Failure &failure) const;

    const DemoData &m_data;
    AcsCredentialStore &m_credentials;
    AcsSignatureVerifier &m_verifier;
    int m_lifetimeCap = 0;
};
