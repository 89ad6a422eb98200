// The emulated OSS bucket that GetRoutineStagingCodeUploadInfo points at: PostObject form
// uploads (multipart/form-data, V1 policy signature) on POST /oss/<bucket>, answered the way OSS
// answers them: 200 with the callback's JSON or 204, else an XML <Error> document.
#pragma once

#include "app/emulator/server/EmulatorResponse.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/emulator/alibaba/RoutineStore.h"

class OssService
{
public:
    static constexpr const char *PathPrefix = "/oss/"; // cannot collide with ESA "/", IAM "/v3/", APIG "/v2/"
    static constexpr int MaxFieldBytes = 4096;        // OSS: form fields other than file, FieldItemTooLong

    explicit OssService(RoutineStore &routines);

    static bool accepts(const HttpRequestParts &request);
    EmulatorResponse handle(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse faultResponse(FaultKind kind, const HttpRequestParts &request) const;

    // OSS's XML error document; `extra` adds elements after HostId (e.g. StringToSign).
    static EmulatorResponse error(const HttpRequestParts &request, int status, const QString &code, const QString &message,
                                  const QList<QPair<QString, QString>> &extra = {});

private:
    RoutineStore &m_routines;
};
