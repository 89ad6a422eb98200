// The emulated Huawei Cloud APIG (dedicated gateway, v2): instances, apps and AppCodes with
// the seed's paging normalisation, authenticated by IamService (token or AK/SK).
#pragma once

#include "emulator/DemoData.h"
#include "emulator/EmulatorResponse.h"
#include "emulator/FaultPlan.h"

#include <optional>

class IamService;

class ApigService
{
public:
    ApigService(const DemoData &data, const IamService &iam);

    static bool accepts(const HttpRequestParts &request);
    EmulatorResponse handle(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse faultResponse(FaultKind kind) const;

    // Test hooks: the emulator's copy of the demo data may change while a client pages.
    void removeAppCodes(const QString &appId, int count);
    void addAppCodes(const QString &appId, int count);
    int appCodeCount(const QString &appId) const;

    static EmulatorResponse error(int status, const QString &code, const QString &message);

private:
    struct Page
    {
        qint64 offset = 0;
        qint64 limit = 20;
    };
    std::optional<EmulatorResponse> parsePage(const HttpRequestParts &request, Page *page) const;
    DemoInstance *findInstance(const QString &id);
    EmulatorResponse listInstances(const HttpRequestParts &request, const Page &page) const;
    EmulatorResponse listApps(const HttpRequestParts &request, const DemoInstance &instance, const Page &page) const;
    EmulatorResponse listAppCodes(const DemoApp &app, const Page &page) const;

    const IamService &m_iam;
    QList<DemoInstance> m_instances; // a mutable copy of DemoData's
};
