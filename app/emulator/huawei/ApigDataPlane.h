// The emulated APIG data plane (issue #25): a request whose Host (any port) is an API group's
// sl_domain or one of its url_domains calls that group's API of the same method and path
// (req_uri exact, a {param} segment matching any one segment) in RELEASE, or in the environment
// X-Stage names. With simple authentication (auth_type APP, app_code_auth_type HEADER) the
// X-Apig-AppCode header names the app; the call gets the backend's answer, an echo of what it
// received, when every check passes, in this order (the natural one; the vendor documents none):
//   the API exists in the group            else 404 APIG.0101
//   it is published in that environment    else 404 APIG.0101
//   it takes an AppCode                    else 401 APIG.0303 (APP without HEADER: an AppCode is
//                                          no app authentication)
//   the AppCode exists now                 else 401 APIG.0303 (a deleted one is refused at once)
//   (or, without an AppCode the API takes, an SDK-HMAC-SHA256 signature with the app's AppKey and
//   AppSecret: unknown key, date 15 minutes off or wrong signature, 401 APIG.0303; a reset
//   AppSecret stops the old one at once)
//   its app is authorized in that env      else 403 APIG.0304
//   the app's ACL admits the caller's IP   else 403 APIG.0405
//   the app's credential quota has room    else 405 APIG.0501
// An auth_type NONE API needs nothing; an IAM one an IAM token or AK/SK signature of the demo
// account (else 401 APIG.0301). Errors are {error_code, error_msg, request_id}.
//
// UNCONFIRMED, taken as the harder reading for a client:
// - A used-up credential quota answers APIG.0501/405 ("The app quota has been used up."), the
//   closest documented code; the alternative is the throttling code APIG.0308/429. A client must
//   not treat it as a retryable throttle.
// - error_msg for an unknown or deleted AppCode: "Incorrect app authentication information: …"
//   (the documented prefix), with the emulator's own reason after the colon.
// - The caller's IP is the socket's peer address, never X-Forwarded-For: the gateway sees the TCP
//   peer, and trusting a header a caller writes would let any test (or client) talk its way past
//   an ACL. Every emulator caller is 127.0.0.1.
// - A quota counts only calls that passed every other check; without a reset_time its period
//   starts at the first such call.
// - The debug domain's 1000 calls a day are not counted.
#pragma once

#include "app/emulator/huawei/AppCodeStore.h"
#include "app/emulator/server/EmulatorResponse.h"

#include <QHash>
#include <QHostAddress>

#include <optional>

class IamService;

class ApigDataPlane
{
public:
    ApigDataPlane(AppCodeStore &store, const IamService &iam);

    // Whether the request's Host names an API group of some gateway.
    bool serves(const HttpRequestParts &request) const;
    EmulatorResponse handle(const HttpRequestParts &request, const QHostAddress &caller, const QDateTime &now);

    static QString hostOf(const HttpRequestParts &request); // lower case, without the port

private:
    struct Match
    {
        const DemoApi *api = nullptr;
        bool pathOnly = false; // a path matched, with another method
        QJsonObject pathParams;
    };
    struct Usage
    {
        QDateTime windowStart;
        int used = 0;
    };

    Match findApi(const DemoInstance &instance, const DemoApiGroup &group, const HttpRequestParts &request) const;
    // The app the call is made for (empty for NONE and IAM APIs), or the refusal.
    std::optional<EmulatorResponse> authenticate(const DemoInstance &instance, const DemoApi &api,
                                                 const HttpRequestParts &request, const QDateTime &now, QString *appId) const;
    std::optional<EmulatorResponse> admit(const DemoInstance &instance, const DemoApi &api, const DemoApigEnv &env,
                                          const QString &appId, const QHostAddress &caller, const QDateTime &now);
    bool takeQuota(const DemoAppQuota &quota, const QString &appId, const QDateTime &now);
    static EmulatorResponse echo(const HttpRequestParts &request, const DemoApi &api, const DemoApigEnv &env,
                                 const QString &appId, const QJsonObject &pathParams);

    AppCodeStore &m_store;
    const IamService &m_iam;
    QHash<QString, Usage> m_usage; // by quota id and app id
};
