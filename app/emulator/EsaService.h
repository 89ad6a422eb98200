// The emulated Alibaba Cloud ESA RPC endpoint (API 2024-09-10): verifies ACS3-HMAC-SHA256
// exactly as the real gateway does and answers the edge-routine calls from DemoData.
#pragma once

#include "emulator/DemoData.h"
#include "emulator/EmulatorResponse.h"
#include "emulator/FaultPlan.h"

#include <QHash>
#include <optional>

class EsaService
{
public:
    static constexpr const char *ApiVersion = "2024-09-10";
    static constexpr int SkewSeconds = 15 * 60;

    explicit EsaService(const DemoData &data);

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
        QString param(const QString &name) const;
        bool has(const QString &name) const;
    };

    std::optional<EmulatorResponse> authenticate(const Call &call, const QDateTime &now);
    EmulatorResponse error(const Call &call, int status, const QString &code, const QString &message) const;
    EmulatorResponse ok(const Call &call, QJsonObject body) const;
    // Parses an optional integer parameter in [min, max]; an error response when it is not.
    std::optional<EmulatorResponse> intParam(const Call &call, const QString &name, int min, int max,
                                             int fallback, int *out) const;
    std::optional<EmulatorResponse> requireParam(const Call &call, const QString &name) const;
    const DemoRoutine *findRoutine(const Call &call, std::optional<EmulatorResponse> *failure) const;

    EmulatorResponse listUserRoutines(const Call &call) const;
    EmulatorResponse getRoutine(const Call &call) const;
    EmulatorResponse listRoutineCodeVersions(const Call &call) const;
    EmulatorResponse getRoutineCodeVersion(const Call &call) const;
    EmulatorResponse getRoutineUserInfo(const Call &call) const;

    const DemoData &m_data;
    QHash<QByteArray, QDateTime> m_nonces; // nonce -> when first seen
};
