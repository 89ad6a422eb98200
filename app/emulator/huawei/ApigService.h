// The emulated Huawei Cloud APIG: the dedicated gateway (v2, /apigw/instances), ROMA Connect's
// API Connect (v2, /apic/instances, its instances and AppSecret outside apic) and the shared
// gateway (v1.0, /v1.0/apigw/apps, paged by page_no/page_size). Instances, apps and AppCodes with
// the seed's paging normalisation, and the AppCode lifecycle (create, generate, show, delete)
// within the per-app limit, from the emulator's AppCodeStore, authenticated by IamService
// (token or AK/SK). The credential context (groups, APIs, environments, authorizations, ACLs,
// quotas, app details and AppSecret reset) is ApigContextCalls'.
#pragma once

#include "app/emulator/huawei/ApigContextCalls.h"
#include "app/emulator/huawei/AppCodeStore.h"
#include "app/emulator/server/EmulatorResponse.h"
#include "app/emulator/server/FaultPlan.h"

#include <optional>

class IamService;

class ApigService
{
public:
    ApigService(AppCodeStore &store, const IamService &iam);

    static bool accepts(const HttpRequestParts &request);
    // The vendor's operation a request asks for ("ListAppCodesV2", "CreateAppCodeV2", …); for the
    // emulator's request counters. Empty when the path is no APIG route.
    static QString operation(const HttpRequestParts &request);
    EmulatorResponse handle(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse faultResponse(FaultKind kind) const;

    static EmulatorResponse error(int status, const QString &code, const QString &message);

private:
    struct Page
    {
        qint64 offset = 0;
        qint64 limit = 20;
    };
    std::optional<EmulatorResponse> parsePage(const HttpRequestParts &request, Page *page) const;
    std::optional<EmulatorResponse> parsePageNumber(const HttpRequestParts &request, Page *page) const;
    // The dedicated gateways ("apigw") or ROMA Connect's ("apic") as ListInstancesV2 answers them.
    EmulatorResponse listInstances(const HttpRequestParts &request, const Page &page, const QByteArray &gateway) const;
    EmulatorResponse listRomaInstances(const HttpRequestParts &request) const;
    EmulatorResponse resetRomaSecret(const HttpRequestParts &request, const QList<QByteArray> &parts);
    EmulatorResponse listApps(const HttpRequestParts &request, const DemoInstance &instance, const Page &page) const;
    EmulatorResponse listAppCodes(const DemoApp &app, const Page &page) const;
    // CreateAppCodeV2 (`custom` read from the JSON body) and CreateAppCodeAutoV2.
    EmulatorResponse createAppCode(const HttpRequestParts &request, DemoInstance &instance, DemoApp &app,
                                   bool custom, const QDateTime &now);

    AppCodeStore &m_store;
    const IamService &m_iam;
    ApigContextCalls m_context;
};
