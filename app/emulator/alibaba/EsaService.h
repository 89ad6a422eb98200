// The emulated Alibaba Cloud ESA RPC endpoint (API 2024-09-10): has Acs3Verifier check the
// ACS3-HMAC-SHA256 signature exactly as the real gateway does (long-term, fixed STS and
// AssumeRole credentials) and answers the edge-routine calls, reads and changes (deploy,
// delete, staged upload, commit), from the emulator's RoutineStore.
#pragma once

#include "app/emulator/alibaba/Acs3Verifier.h"
#include "app/emulator/server/EmulatorResponse.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/emulator/alibaba/RoutineStore.h"

#include <optional>

class EsaService
{
public:
    static constexpr const char *ApiVersion = "2024-09-10";

    EsaService(RoutineStore &routines, Acs3Verifier &verifier);

    // Where staged uploads go: the emulator's own base URL ("http://127.0.0.1:PORT").
    void setUploadBaseUrl(const QString &baseUrl) { m_uploadBaseUrl = baseUrl; }

    // An RPC call (x-acs-action); StsService takes those of its own version first.
    static bool accepts(const HttpRequestParts &request);
    // `request.query` holds the query-string parameters; a form body is read here.
    EmulatorResponse handle(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse faultResponse(FaultKind kind, const HttpRequestParts &request) const;

private:
    struct Call
    {
        const HttpRequestParts &request;
        QueryList params;
        QByteArray requestId;
        QDateTime now;
        QString param(const QString &name) const;
        bool has(const QString &name) const;
    };

    EmulatorResponse error(const Call &call, int status, const QString &code, const QString &message) const;
    EmulatorResponse ok(const Call &call, QJsonObject body) const;
    // Parses an optional integer parameter in [min, max]; an error response when it is not.
    std::optional<EmulatorResponse> intParam(const Call &call, const QString &name, int min, int max,
                                             int fallback, int *out) const;
    std::optional<EmulatorResponse> requireParam(const Call &call, const QString &name) const;
    StoredRoutine *findRoutine(const Call &call, std::optional<EmulatorResponse> *failure);
    // CreateRoutineCodeDeployment's CodeVersions: a JSON text of one or two {CodeVersion, Percentage}.
    std::optional<EmulatorResponse> parseShares(const Call &call, const StoredRoutine &routine,
                                                QList<DemoCanaryShare> *shares) const;

    EmulatorResponse listUserRoutines(const Call &call) const;
    EmulatorResponse getRoutine(const Call &call);
    EmulatorResponse listRoutineCodeVersions(const Call &call);
    EmulatorResponse getRoutineCodeVersion(const Call &call);
    EmulatorResponse getRoutineUserInfo(const Call &call) const;
    EmulatorResponse createRoutineCodeDeployment(const Call &call);
    EmulatorResponse deleteRoutineCodeVersion(const Call &call);
    EmulatorResponse getRoutineStagingCodeUploadInfo(const Call &call);
    EmulatorResponse commitRoutineStagingCode(const Call &call);

    RoutineStore &m_routines;
    Acs3Verifier &m_verifier;
    QString m_uploadBaseUrl = QStringLiteral("http://127.0.0.1");
};
