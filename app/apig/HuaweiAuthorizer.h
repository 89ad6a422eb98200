// Authenticates Huawei calls (IAM and APIG) on the network worker's thread: fills in the project
// id (from the account, or discovered once with GET /v3/projects?name=REGION or from the token),
// then signs with AK/SK or adds an IAM token, renewing a refused password token once. The
// discovery and the token fetch are requests it owns (through its IamTokenProvider): destroying
// it aborts them on the wire and calls nobody back.
#pragma once

#include "app/apig/HuaweiAuth.h"
#include "app/apig/IamTokenProvider.h"
#include "app/async/Request.h"
#include "app/net/RequestAuthorizer.h"

#include <QMutex>
#include <QUrl>
#include <memory>

class HuaweiAuthorizer : public RequestAuthorizer, public std::enable_shared_from_this<HuaweiAuthorizer>
{
public:
    static constexpr const char *ProjectPlaceholder = "{project_id}";

    HuaweiAuthorizer(HuaweiAuth auth, QUrl iamEndpoint, QString region, QString projectId);

    void authorize(HttpRequestParts &parts, HttpTransport &transport, const Done &done) override;
    bool renewAfter(const ApiError &error) override;
    void explain(ApiError &error) const override;

    QString projectId() const;
    std::shared_ptr<IamTokenProvider> tokenProvider() const { return m_tokens; }
    // Called on the worker thread when the project id was discovered (so the account can remember it).
    std::function<void(const QString &)> onProjectDiscovered;

private:
    void withProject(HttpTransport &transport, const std::function<void(std::optional<ApiError>)> &then);
    void discoverProject(HttpTransport &transport);
    Request<QString> listProjects(HttpTransport &transport) const;
    void addCredentials(HttpRequestParts &parts, HttpTransport &transport, const Done &done);
    void signAkSk(HttpRequestParts &parts) const;
    void finishDiscovery(const QString &projectId, std::optional<ApiError> error);

    HuaweiAuth m_auth;
    QUrl m_iamEndpoint;
    QString m_region;
    mutable QMutex m_mutex; // m_projectId is read from other threads
    QString m_projectId;
    std::shared_ptr<IamTokenProvider> m_tokens; // Password mode
    QList<std::function<void(std::optional<ApiError>)>> m_waitingForProject; // worker thread only
    bool m_discovering = false;    // worker thread only
    Request<QString> m_discovery;  // worker thread only: GET /v3/projects on its way (AK/SK, pasted token)
};
