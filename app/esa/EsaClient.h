// Alibaba Cloud ESA edge-routine calls (API 2024-09-10), signed with ACS3-HMAC-SHA256 and sent
// through the network worker. Each call returns a Request of a typed value or an ApiError; the
// JSON is parsed on the worker pool by the static parsers below (pure, so they can be fuzzed).
// The write calls are refused here, before anything is sent, unless the account allows changes,
// and are never retried once they may have reached the service.
#pragma once

#include "app/esa/AlibabaCredentials.h"
#include "app/esa/CodeVersion.h"
#include "app/esa/Routine.h"
#include "app/esa/RoutineWrites.h"
#include "app/esa/SiteRoutes.h"
#include "app/async/ApiResult.h"
#include "app/net/ApiRequest.h"
#include "app/net/HttpReply.h"
#include "app/net/HttpTransport.h"
#include "app/async/Request.h"

#include <QJsonObject>
#include <QUrl>
#include <functional>
#include <memory>

class AssumedRoleProvider;
class RequestAuthorizer;

class EsaClient
{
public:
    static constexpr const char *ApiVersion = "2024-09-10";

    EsaClient(HttpTransport &transport, QUrl endpoint, const AlibabaCredentials &credentials, bool allowChanges = false);
    // Every call signed with the temporary credentials of the RAM role `role` assumes.
    EsaClient(HttpTransport &transport, QUrl endpoint, std::shared_ptr<AssumedRoleProvider> role, bool allowChanges = false);

    QUrl endpoint() const { return m_endpoint; }
    // The assumed RAM role whose credentials sign the calls; null for a fixed AccessKey.
    std::shared_ptr<AssumedRoleProvider> assumedRole() const { return m_role; }
    bool allowsChanges() const { return m_allowChanges; }

    Request<RoutinePage> listUserRoutines(int pageNumber, int pageSize, const QString &searchKeyWord = {});
    Request<RoutineDetail> getRoutine(const QString &name);
    Request<CodeVersionPage> listRoutineCodeVersions(const QString &name, int pageNumber, int pageSize,
                                                                const QString &searchKeyWord = {});
    Request<RoutineCodeVersion> getRoutineCodeVersion(const QString &name, const QString &codeVersion);
    // The same with `take` applied to the parsed version on the worker pool, in the task that
    // parsed the answer and owns it: what `take` does not keep (the base64, once decoded) is freed
    // there, before the answer goes on.
    template <typename T>
    Request<T> getRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                     std::function<ApiResult<T>(RoutineCodeVersion &&)> take);
    Request<RoutineUserInfo> getRoutineUserInfo();

    // Changes (each one request, sent once).
    Request<DeploymentResult> createRoutineCodeDeployment(const QString &name, const QString &env,
                                                          const QList<DeployedVersion> &versions);
    Request<QString> deleteRoutineCodeVersion(const QString &name, const QString &codeVersion); // the RequestId
    Request<StagingUploadInfo> getRoutineStagingCodeUploadInfo(const QString &name, const QString &description);
    // The OSS PostObject of `code` with the upload info's form (its fields in order, the file last).
    Request<HttpReply> uploadStagingCode(const StagingUploadInfo &info, const QByteArray &code);
    Request<CommittedVersion> commitRoutineStagingCode(const QString &name, const QString &description);
    // Functions and Pages: a new version of a routine with assets, "init" until its zip (posted
    // with uploadToOss to the answer's form) is built. `extraInfo` is a JSON text ({"Source":…});
    // `notFoundStrategy` goes as ConfOptions {NotFoundStrategy} when not empty; `buildId` when > 0.
    Request<AssetsCodeVersion> createRoutineWithAssetsCodeVersion(const QString &name, const QString &description,
                                                                  const QString &extraInfo, const QString &notFoundStrategy = {},
                                                                  qint64 buildId = 0);
    // The OSS PostObject of `bytes` as `fileName` with the form's fields (in order, the file last);
    // `progress`, when given, follows the body going out.
    Request<HttpReply> uploadToOss(const StagingUploadInfo &form, const QByteArray &bytes, const QString &fileName,
                                   std::shared_ptr<TransferProgress> progress = {});
    // A version's build state (GET with the query, as esa-cli sends it; not in the SDK).
    Request<CodeVersionInfo> getRoutineCodeVersionInfo(const QString &name, const QString &codeVersion);

    // Where routines run (issue #23). The lists read every page (a lying TotalCount stops at
    // MaxPages); an error on any page is the list's error.
    static constexpr int MaxPages = 200;
    Request<QList<EsaSite>> listSites();                                     // GET, query; 500 a page
    Request<QList<RelatedRecord>> listRoutineRelatedRecords(const QString &name); // body; 20 a page
    Request<QList<RoutineRoute>> listRoutineRoutes(const QString &routine);  // query; 500 a page
    Request<QList<RoutineRoute>> listSiteRoutes(qint64 siteId);              // query; 500 a page
    Request<QStringList> getRoutineStagingEnvIp();                           // POST, no parameters
    Request<QList<Routine>> listAllUserRoutines();                           // 20 a page
    // One page of each (what the lists above are made of).
    Request<EsaPage<EsaSite>> listSitesPage(int pageNumber, int pageSize);
    Request<EsaPage<RelatedRecord>> listRoutineRelatedRecordsPage(const QString &name, int pageNumber, int pageSize);
    Request<EsaPage<RoutineRoute>> listRoutineRoutesPage(const QString &routine, int pageNumber, int pageSize);
    Request<EsaPage<RoutineRoute>> listSiteRoutesPage(qint64 siteId, int pageNumber, int pageSize);

    // Custom domains and routes (changes: each one request, sent once). Routes carry every
    // parameter in the query, as the SDK sends them; the records a form body (and the delete's
    // SiteId in the query).
    Request<qint64> createRoutineRelatedRecord(const QString &name, qint64 siteId, const QString &recordName); // RecordId
    Request<QString> deleteRoutineRelatedRecord(const QString &name, qint64 siteId, qint64 recordId, const QString &recordName);
    Request<qint64> createRoutineRoute(const RoutineRoute &route); // ConfigId; route.configId is not sent
    Request<QString> updateRoutineRoute(const RoutineRoute &route);
    Request<QString> deleteRoutineRoute(qint64 siteId, qint64 configId);

    static ApiResult<EsaPage<EsaSite>> parseSitePage(const QJsonObject &json);
    static ApiResult<EsaPage<RelatedRecord>> parseRelatedRecordPage(const QString &routine, const QJsonObject &json);
    // `siteId` fills in routes whose answer does not name their site (ListSiteRoutes).
    static ApiResult<EsaPage<RoutineRoute>> parseRoutePage(const QJsonObject &json, qint64 siteId = 0);
    static ApiResult<QStringList> parseStagingIps(const QJsonObject &json);
    // A route's parameters as CreateRoutineRoute/UpdateRoutineRoute take them.
    static QueryList routeParams(const RoutineRoute &route);

    static ApiResult<RoutinePage> parseRoutinePage(const HttpReply &reply, const QJsonObject &json);
    static ApiResult<RoutineDetail> parseRoutineDetail(const QString &name, const QJsonObject &json);
    static ApiResult<CodeVersionPage> parseCodeVersionPage(const QJsonObject &json);
    static ApiResult<RoutineCodeVersion> parseRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                                                 const QJsonObject &json);
    // The whole answer, with the same result as HttpTransport::parseJsonObject and the parser above:
    // from `largeFrom` bytes on, a plain RoutineCode string (JsonStringMember) is taken out of the
    // body as it is and only the rest goes through QJsonDocument; anything else, the usual way.
    static constexpr qsizetype LargeAnswerBytes = 64 * 1024;
    static ApiResult<RoutineCodeVersion> parseRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                                                 HttpReply &&reply, qsizetype largeFrom = LargeAnswerBytes);
    static ApiResult<RoutineUserInfo> parseRoutineUserInfo(const QJsonObject &json);
    static ApiResult<DeploymentResult> parseDeployment(const QJsonObject &json);
    static ApiResult<StagingUploadInfo> parseUploadInfo(const QJsonObject &json);
    // An OssPostConfig (of either upload answer) into `info`'s URL and form fields, with OSS's
    // names (XOssSecurityToken is posted as x-oss-security-token); a non-empty answer says what
    // is wrong with it.
    static QString parseOssPostConfig(const QJsonValue &config, StagingUploadInfo *info);
    static ApiResult<CommittedVersion> parseCommit(const QJsonObject &json);
    static ApiResult<AssetsCodeVersion> parseAssetsCodeVersion(const QJsonObject &json);
    static ApiResult<CodeVersionInfo> parseCodeVersionInfo(const QString &codeVersion, const QJsonObject &json);
    // The largest file an upload form's policy allows (its content-length-range), if it says.
    static std::optional<qint64> policyMaxBytes(const StagingUploadInfo &form);
    // CreateRoutineCodeDeployment's CodeVersions form field: a JSON text.
    static QByteArray codeVersionsJson(const QList<DeployedVersion> &versions);
    // Routine descriptions travel base64-encoded; text that is not valid base64 UTF-8 is kept as is.
    static QString decodeDescription(const QString &encoded);

private:
    ApiRequest request(const QString &action, const QueryList &params, bool paramsInBody) const;
    ApiRequest codeVersionRequest(const QString &name, const QString &codeVersion) const;
    ApiRequest change(const QString &action, const QueryList &params) const;
    ApiRequest queryChange(const QString &action, const QueryList &params) const;
    template <typename T>
    std::optional<Request<T>> refusedChange(const QString &action) const;

    HttpTransport &m_transport;
    QUrl m_endpoint;
    std::shared_ptr<RequestAuthorizer> m_authorizer;
    std::shared_ptr<AssumedRoleProvider> m_role;
    bool m_allowChanges = false;
};

template <typename T>
Request<T> EsaClient::getRoutineCodeVersion(const QString &name, const QString &codeVersion,
                                            std::function<ApiResult<T>(RoutineCodeVersion &&)> take)
{
    return m_transport.callTakingReply<T>(codeVersionRequest(name, codeVersion),
                                          [name, codeVersion, take = std::move(take)](HttpReply &&reply) -> ApiResult<T> {
                                              // The reply goes with this statement: what the version does not take of it is freed.
                                              ApiResult<RoutineCodeVersion> version = parseRoutineCodeVersion(name, codeVersion, HttpReply(std::move(reply)));
                                              if (!version.ok())
                                                  return version.error();
                                              return take(std::move(version.value()));
                                          });
}
