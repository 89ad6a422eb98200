// Huawei Cloud APIG calls, on the dedicated gateway (v2), ROMA Connect (v2, apic) or the shared
// gateway (v1.0, which offers apps and AppCodes only): instances, apps and AppCodes, and an app's
// credential context (environments, authorized APIs, API and group details, ACL, quota, app
// detail, AppSecret reset), paged by offset/limit, authenticated by HuaweiAuthorizer. Requests of
// typed pages or ApiErrors; the parsers are static and pure (fuzzable) and run on the worker pool.
// The writes (AppCodes, the AppSecret) are refused here, before anything is sent, unless the
// account allows changes, and are sent once.
// Answers holding the AppSecret keep none of their body in an error.
#pragma once

#include "app/apig/ApigTypes.h"
#include "app/apig/AppCodeTestCall.h"
#include "app/apig/AppContextTypes.h"
#include "app/apig/HuaweiAuth.h"
#include "app/async/ApiResult.h"
#include "app/net/HttpReply.h"

#include "app/async/Request.h"
#include <QJsonObject>
#include <QUrl>
#include <memory>

class HttpTransport;
class HuaweiAuthorizer;
struct ApiRequest;

class ApigClient
{
public:
    ApigClient(HttpTransport &transport, QUrl apigEndpoint, QUrl iamEndpoint, const QString &region,
               const QString &projectId, const HuaweiAuth &auth, bool allowChanges = false,
               ApigGateway gateway = ApigGateway::Dedicated);

    bool allowsChanges() const { return m_allowChanges; }
    ApigGateway gateway() const { return m_gateway; }
    // The shared gateway has no instances: listInstances answers this one, without a call, and
    // no path ever holds it.
    static constexpr const char *SharedGatewayInstanceId = "shared";

    Request<ApigInstancePage> listInstances(qint64 offset, qint64 limit, const QString &nameFilter = {});
    Request<ApigAppPage> listApps(const QString &instanceId, qint64 offset, qint64 limit,
                                             const QString &nameFilter = {});
    Request<AppCodePage> listAppCodes(const QString &instanceId, const QString &appId, qint64 offset, qint64 limit);
    Request<AppCode> showAppCode(const QString &instanceId, const QString &appId, const QString &appCodeId);

    // Changes (each sent once). CreateAppCodeAutoV2 (the gateway makes the value) and
    // CreateAppCodeV2 (this value); DeleteAppCodeV2 answers the request id.
    Request<AppCode> createAppCode(const QString &instanceId, const QString &appId);
    Request<AppCode> createAppCode(const QString &instanceId, const QString &appId, const QString &value);
    Request<QString> deleteAppCode(const QString &instanceId, const QString &appId, const QString &appCodeId);

    // An app's credential context (issue #25), all reads; the environments and authorizations paged.
    Request<ApigEnvPage> listEnvs(const QString &instanceId, qint64 offset, qint64 limit);
    Request<ApigAuthorizedApiPage> listAuthorizedApis(const QString &instanceId, const QString &appId, const QString &envId,
                                                      qint64 offset, qint64 limit);
    Request<ApigApiDetail> showApi(const QString &instanceId, const QString &apiId);
    Request<ApigGroupDetail> showGroup(const QString &instanceId, const QString &groupId);
    Request<ApigAppAcl> showAppAcl(const QString &instanceId, const QString &appId);
    Request<ApigBoundQuota> showBoundQuota(const QString &instanceId, const QString &appId);
    // The answer holds the AppSecret in full: a secret, never logged.
    Request<ApigAppDetail> showApp(const QString &instanceId, const QString &appId);
    // ResettingAppSecretV2 (a change, sent once): the gateway makes a new secret; the old one is
    // refused from that moment. The answer holds the new secret.
    Request<ApigAppDetail> resetAppSecret(const QString &instanceId, const QString &appId);

    // One test call with an AppCode (AppCodeTestCall). To the API's own domain over HTTPS; when
    // this account's APIG endpoint is this machine (the demo cloud), to it, with the domain as Host.
    Request<AppCodeTestResult> testCall(AppCodeTestTarget target);

    std::shared_ptr<HuaweiAuthorizer> authorizer() const { return m_authorizer; }

    static ApiResult<ApigInstancePage> parseInstancePage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json);
    static ApiResult<ApigAppPage> parseAppPage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json);
    static ApiResult<AppCodePage> parseAppCodePage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json);
    static ApiResult<AppCode> parseAppCode(const QJsonObject &json);
    static ApiResult<ApigEnvPage> parseEnvPage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json);
    static ApiResult<ApigAuthorizedApiPage> parseAuthorizedApiPage(const ApigPageInfo &sent, const HttpReply &reply, const QJsonObject &json);
    static ApiResult<ApigApiDetail> parseApiDetail(const QJsonObject &json);
    static ApiResult<ApigGroupDetail> parseGroupDetail(const QJsonObject &json);
    static ApiResult<ApigAppAcl> parseAppAcl(const QJsonObject &json);
    static ApiResult<ApigBoundQuota> parseBoundQuota(const QJsonObject &json);
    static ApiResult<ApigAppDetail> parseAppDetail(const QJsonObject &json);

private:
    // Where `tail` ("/apps/{id}/app-codes") lives in this account's gateway, for `instanceId`.
    QByteArray pathFor(const QString &instanceId, const QString &tail) const;
    ApiRequest request(const QString &label, const QByteArray &path, qint64 offset, qint64 limit, QueryList extra) const;
    ApiRequest appCodeRequest(const QByteArray &method, const QString &label, const QString &instanceId, const QString &appId,
                              const QString &appCodeId = {}) const;
    ApiRequest objectRequest(const QByteArray &method, const QString &label, const QString &instanceId, const QString &tail) const;
    std::optional<ApiError> refusedChange(const QString &label) const;

    HttpTransport &m_transport;
    QUrl m_endpoint;
    std::shared_ptr<HuaweiAuthorizer> m_authorizer;
    bool m_allowChanges = false;
    ApigGateway m_gateway = ApigGateway::Dedicated;
};
