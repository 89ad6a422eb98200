// A test call with an AppCode: one request to an API's domain carrying X-Apig-AppCode (and
// X-Stage for an environment other than RELEASE), the way a caller of the API sends it. The
// gateway's debug API refuses X-Apig-* headers, so this is the only way to learn whether an
// AppCode works. Whatever the status, the answer is the result: status, time, headers, body; a
// refusal is explained in the gateway's terms (not published there, simple authentication off
// or an unknown AppCode, app not authorized, address denied by the ACL, quota used up,
// throttled). Sent once, never retried: a test must show what one call does.
#pragma once

#include "app/async/Request.h"
#include "app/net/ApiRequest.h"
#include "app/net/HttpReply.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QUrl>

class HttpTransport;
struct AppContext;

struct AppCodeTestTarget
{
    QString domain;            // where the API answers: its group's debug domain or a bound domain
    QByteArray method = "GET";
    QString path;              // the API's path, its {parameters} filled in
    QueryList query;
    QByteArray body;
    QByteArray contentType;    // of the body; empty = none sent
    QString environment;       // the environment's name; RELEASE (or empty) sends no X-Stage
    QString appCode;           // a secret: never logged (HttpLog redacts X-Apig-AppCode)
    // What the API's definition says (auth_type APP with app_code_auth_type HEADER): makes the
    // explanation of a 401 precise. Unknown counts as on.
    bool simpleAuthentication = true;
    // Where to connect instead of https://<domain>: the demo cloud on this machine, which answers
    // every group's domain by its Host header. Empty: https://<domain>.
    QUrl connectTo;
};

// An API an AppCode can be tested on, as an app's context names it.
struct TestableApi
{
    QString id;
    QString name;
    QString groupName;
    QString domain;              // where it answers (the group's debug domain or a bound one)
    QByteArray method = "GET";
    QString path;                // the definition's path, {parameters} included
    QStringList environments;    // the environments the app is authorized for it in
    bool simpleAuthentication = true;

    // The target for `appCode` in `environment`, path as defined (fill its {parameters} in).
    AppCodeTestTarget target(const QString &appCode, const QString &environment) const;
};

struct AppCodeTestResult
{
    int status = 0;
    qint64 elapsedMs = 0;
    HeaderList headers;
    QByteArray body;
    QString errorCode;    // the gateway's error_code, when it refused
    QString errorMessage; // its error_msg
    QString explanation;  // what the refusal means for this AppCode, API and environment
    bool succeeded() const { return status >= 200 && status < 300; }
};

class AppCodeTestCall
{
    Q_DECLARE_TR_FUNCTIONS(AppCodeTestCall)

public:
    // Why the target cannot be sent (no domain, no AppCode, a path not starting with '/', a
    // {parameter} left unfilled); empty when it can.
    static QString problem(const AppCodeTestTarget &target);
    static ApiRequest request(const AppCodeTestTarget &target);
    // An error only when no answer came (refused connection, TLS, timeout, …) or the target has a
    // problem(); an HTTP refusal by the gateway is a result.
    static Request<AppCodeTestResult> send(HttpTransport &transport, const AppCodeTestTarget &target);
    static AppCodeTestResult resultOf(const HttpReply &reply, const AppCodeTestTarget &target);
    // The gateway's refusal in its own terms, for this target; empty for an answer that is not one
    // of the gateway's (the backend's own 4xx, say).
    static QString explain(int status, const QString &code, const AppCodeTestTarget &target);
    // The APIs of an app's "Where it works", one per API with the environments it is authorized
    // in, those that take AppCodes first.
    static QList<TestableApi> testableApis(const AppContext &context);
};

Q_DECLARE_METATYPE(AppCodeTestResult)
