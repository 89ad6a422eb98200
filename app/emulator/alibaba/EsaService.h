// The emulated Alibaba Cloud ESA RPC endpoint (API 2024-09-10): has AcsSignatureVerifier check the
// ACS3-HMAC-SHA256 or classic RPC signature exactly as the real gateway does (long-term, fixed STS
// and AssumeRole credentials) and answers the edge-routine calls, reads and changes (deploy,
// delete, staged upload, commit) and the Functions and Pages ones esa-cli makes (GetErService,
// CreateRoutine/DeleteRoutine, CreateRoutineWithAssetsCodeVersion, GetRoutineCodeVersionInfo,
// GetRoutineStagingEnvIp), from the emulator's RoutineStore. Every call is served as GET or
// POST, its parameters from the query, a form body or a JSON body.
//
// Where a routine runs (issue #23): ListSites, GetMatchSite, the custom domains
// (Create/List/DeleteRoutineRelatedRecord), the routes (Create/Get/Update/Delete/ListRoutineRoute(s),
// ListSiteRoutes, parameters in the query as the SDK sends them, a form or JSON body taken too)
// and GetRoutineAccessToken, from RoutineStore's SiteStore. A route's Rule is parsed with
// app/rules (ESA's rule language).
//
// Choices where the service's behaviour is not documented:
// - Refusal codes of the site calls: SiteNotFound for an unknown SiteId is the vendor's (the
//   official Terraform provider expects it from the site calls); GetMatchSite answers it too for a
//   host no site holds. The others are the emulator's (no vendor page we could read lists them):
//   InvalidParameter.RecordName (a record that is not the site's name or a subdomain of it),
//   RecordAlreadyExist (a host already bound to a routine), RecordNotExist, RouteAlreadyExist (a
//   route name, or the very same rule, taken on the site), RouteNotExist, InvalidParameter.Rule
//   (with the parser's column and reason), InvalidParameter.Sequence. Unknown routines are
//   RoutineNotExist as everywhere.
// - Sequence is kept as sent (a whole number from 0; the vendor's examples use 1); routes run by
//   ascending Sequence, ties in creation order (SiteStore). Without Sequence a new route goes last.
// - Mode: what the caller says (esa-cli sends simple), else simple when the rule is one an esa-cli
//   host/path pattern makes, custom otherwise. ConfigType is always "rule".
// - Routine names: lowercase letters, digits and '-', 2 to 63 characters (esa-cli's rule, and one
//   DNS label, since the name starts the routine's default host); a taken name is refused with
//   RoutineNameAlreadyExist.
// - DeleteRoutine deletes a deployed routine too, with its versions and deployments: esa-cli's
//   `routine delete` calls it directly, without undeploying first.
// - Build status words: `init`, then `available` or `buildFailed` (esa-cli knows init and
//   available, and takes anything else for a failed build). A version that is not available
//   cannot be deployed (InvalidCodeVersionStatus).
#pragma once

#include "app/emulator/alibaba/AcsSignatureVerifier.h"
#include "app/emulator/server/EmulatorResponse.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/emulator/alibaba/RoutineStore.h"

#include <QHash>

#include <optional>

class EsaService
{
public:
    static constexpr const char *ApiVersion = "2024-09-10";
    static constexpr int MaxRoutinePageSize = 50; // ListUserRoutines: what esa-cli sends
    static constexpr int MaxRoutineNameLength = 63;

    EsaService(RoutineStore &routines, AcsSignatureVerifier &verifier);

    // Where staged uploads go: the emulator's own base URL ("http://127.0.0.1:PORT").
    void setUploadBaseUrl(const QString &baseUrl) { m_uploadBaseUrl = baseUrl; }

    // An RPC call (x-acs-action, or a classic call's Action parameter); StsService takes those of its own version first.
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
    std::optional<EmulatorResponse> pageParams(const Call &call, int maxPage, int maxSize, int defaultSize, int *number,
                                               int *size) const;
    std::optional<EmulatorResponse> requireParam(const Call &call, const QString &name) const;
    StoredRoutine *findRoutineVersion(const Call &call, const StoredCodeVersion **version,
                                      std::optional<EmulatorResponse> *failure);
    StoredRoutine *findRoutine(const Call &call, std::optional<EmulatorResponse> *failure);
    // CreateRoutineCodeDeployment's CodeVersions: a JSON text of one or two {CodeVersion, Percentage}.
    std::optional<EmulatorResponse> parseShares(const Call &call, const StoredRoutine &routine,
                                                QList<DemoCanaryShare> *shares) const;

    using Handler = EmulatorResponse (EsaService::*)(const Call &);
    static const QHash<QString, Handler> &handlers();
    static QJsonObject confOptions(const StoredCodeVersion &version);
    // CreateRoutineWithAssetsCodeVersion's optional parameters, checked.
    std::optional<EmulatorResponse> assetsVersionSpec(const Call &call, RoutineStore::AssetsVersionSpec *spec) const;
    std::optional<EmulatorResponse> quotaRefusal(const Call &call, const StoredRoutine &routine) const;
    static QJsonObject ossPostConfig(const QString &url, const StagedUpload &upload);

    EmulatorResponse listUserRoutines(const Call &call);
    EmulatorResponse getRoutine(const Call &call);
    EmulatorResponse listRoutineCodeVersions(const Call &call);
    EmulatorResponse getRoutineCodeVersion(const Call &call);
    EmulatorResponse getRoutineUserInfo(const Call &call);
    EmulatorResponse createRoutineCodeDeployment(const Call &call);
    EmulatorResponse deleteRoutineCodeVersion(const Call &call);
    EmulatorResponse getRoutineStagingCodeUploadInfo(const Call &call);
    EmulatorResponse commitRoutineStagingCode(const Call &call);
    EmulatorResponse getErService(const Call &call);
    EmulatorResponse createRoutine(const Call &call);
    EmulatorResponse deleteRoutine(const Call &call);
    EmulatorResponse createRoutineWithAssetsCodeVersion(const Call &call);
    EmulatorResponse getRoutineCodeVersionInfo(const Call &call);
    EmulatorResponse getRoutineStagingEnvIp(const Call &call);

    // Where a routine runs (EsaSiteCalls.cpp) ---------------------------------------------
    const DemoSite *findSite(const Call &call, std::optional<EmulatorResponse> *failure) const;
    // An on/off parameter: `fallback` when absent, an InvalidParameter refusal when neither.
    std::optional<EmulatorResponse> onOffParam(const Call &call, const QString &name, bool fallback, bool *out) const;
    // Rule, RouteEnable, Bypass, Fallback, Sequence and RoutineName of Create/UpdateRoutineRoute
    // read over `route` (which holds the current values on update); checked against the site.
    std::optional<EmulatorResponse> routeSpec(const Call &call, DemoRoute *route, bool creating) const;
    std::optional<EmulatorResponse> checkRule(const Call &call, const QString &rule) const;
    std::optional<EmulatorResponse> duplicateRoute(const Call &call, const DemoRoute &route) const;
    QJsonObject routeJson(const DemoRoute &route, bool withSite) const;
    const DemoRoute *findRoute(const Call &call, const DemoSite *site, std::optional<EmulatorResponse> *failure) const;
    EmulatorResponse pagedAnswer(const Call &call, const QString &listName, const QList<QJsonObject> &matches, int number,
                                 int size) const;

    EmulatorResponse listSites(const Call &call);
    EmulatorResponse getMatchSite(const Call &call);
    EmulatorResponse createRoutineRelatedRecord(const Call &call);
    EmulatorResponse listRoutineRelatedRecords(const Call &call);
    EmulatorResponse deleteRoutineRelatedRecord(const Call &call);
    EmulatorResponse createRoutineRoute(const Call &call);
    EmulatorResponse getRoutineRoute(const Call &call);
    EmulatorResponse updateRoutineRoute(const Call &call);
    EmulatorResponse deleteRoutineRoute(const Call &call);
    EmulatorResponse listRoutineRoutes(const Call &call);
    EmulatorResponse listSiteRoutes(const Call &call);
    EmulatorResponse getRoutineAccessToken(const Call &call);

    RoutineStore &m_routines;
    AcsSignatureVerifier &m_verifier;
    QString m_uploadBaseUrl = QStringLiteral("http://127.0.0.1");
};
