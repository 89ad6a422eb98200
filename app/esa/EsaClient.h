// Alibaba Cloud ESA edge-routine calls (API 2024-09-10), signed with ACS3-HMAC-SHA256 and sent
// through the network worker. Each call returns a future of a typed value or an ApiError; the
// JSON is parsed on the worker thread by the static parsers below (pure, so they can be fuzzed).
#pragma once

#include "esa/AlibabaCredentials.h"
#include "esa/CodeVersion.h"
#include "esa/Routine.h"
#include "net/ApiResult.h"
#include "net/HttpReply.h"

#include "net/Request.h"
#include <QJsonObject>
#include <QUrl>
#include <memory>

class HttpTransport;
class RequestAuthorizer;
struct ApiRequest;

class EsaClient
{
public:
    static constexpr const char *ApiVersion = "2024-09-10";

    EsaClient(HttpTransport &transport, QUrl endpoint, const AlibabaCredentials &credentials);

    QUrl endpoint() const { return m_endpoint; }

    Request<RoutinePage> listUserRoutines(int pageNumber, int pageSize, const QString &searchKeyWord = {});
    Request<RoutineDetail> getRoutine(const QString &name);
    Request<CodeVersionPage> listRoutineCodeVersions(const QString &name, int pageNumber, int pageSize,
                                                                const QString &searchKeyWord = {});
    Request<RoutineCodeVersion> getRoutineCodeVersion(const QString &name, const QString &codeVersion);
    Request<RoutineUserInfo> getRoutineUserInfo();

    static ApiResult<RoutinePage> parseRoutinePage(const HttpReply &reply, const QJsonObject &json);
    static ApiResult<RoutineDetail> parseRoutineDetail(const QString &name, const QJsonObject &json);
    static ApiResult<CodeVersionPage> parseCodeVersionPage(const QJsonObject &json);
    static ApiResult<RoutineCodeVersion> parseRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                                                 const QJsonObject &json);
    static ApiResult<RoutineUserInfo> parseRoutineUserInfo(const QJsonObject &json);
    // Routine descriptions travel base64-encoded; text that is not valid base64 UTF-8 is kept as is.
    static QString decodeDescription(const QString &encoded);

private:
    ApiRequest request(const QString &action, const QueryList &params, bool paramsInBody) const;

    HttpTransport &m_transport;
    QUrl m_endpoint;
    std::shared_ptr<RequestAuthorizer> m_authorizer;
};
