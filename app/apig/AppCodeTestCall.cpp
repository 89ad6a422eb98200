#include "app/apig/AppCodeTestCall.h"

#include "app/apig/AppContextTypes.h"
#include "app/async/HuaweiGatewayCodes.h"
#include "app/net/HttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QLatin1String ReleaseEnvironment("RELEASE");

QString environmentName(const AppCodeTestTarget &target)
{
    return target.environment.isEmpty() ? QString(ReleaseEnvironment) : target.environment;
}

} // namespace

AppCodeTestTarget TestableApi::target(const QString &appCode, const QString &environment) const
{
    AppCodeTestTarget t;
    t.domain = domain;
    t.method = method == "ANY" ? QByteArray("GET") : method;
    t.path = path;
    t.environment = environment;
    t.appCode = appCode;
    t.simpleAuthentication = simpleAuthentication;
    return t;
}

QString AppCodeTestCall::problem(const AppCodeTestTarget &target)
{
    if (target.domain.trimmed().isEmpty())
        return tr("The API has no domain to call: its group has neither a debug domain nor a bound one.");
    if (target.appCode.isEmpty())
        return tr("Pick an AppCode to test.");
    if (!target.path.startsWith(QLatin1Char('/')))
        return tr("The path must start with \"/\".");
    static const QRegularExpression parameter(QStringLiteral("\\{[^/{}]*\\}"));
    const QRegularExpressionMatch unfilled = parameter.match(target.path);
    if (unfilled.hasMatch())
        return tr("Fill in %1 in the path.").arg(unfilled.captured(0));
    return {};
}

ApiRequest AppCodeTestCall::request(const AppCodeTestTarget &target)
{
    ApiRequest r;
    r.service = ApiError::Service::Apig;
    r.label = QStringLiteral("APIG test call");
    r.idempotent = false;      // one call, as asked: never sent twice, never shared
    r.errorStatusIsAnswer = true;
    if (target.connectTo.isValid() && !target.connectTo.isEmpty()) {
        r.baseUrl = target.connectTo;
        r.hostHeader = target.domain.toUtf8();
    } else {
        r.baseUrl = QUrl(QStringLiteral("https://") + target.domain);
    }
    r.parts.method = target.method;
    r.parts.path = target.path.toUtf8();
    r.parts.query = target.query;
    r.parts.body = target.body;
    r.parts.setHeader(QByteArrayLiteral("X-Apig-AppCode"), target.appCode.toUtf8());
    if (environmentName(target) != ReleaseEnvironment)
        r.parts.setHeader(QByteArrayLiteral("X-Stage"), target.environment.toUtf8());
    if (!target.contentType.isEmpty())
        r.parts.setHeader(QByteArrayLiteral("Content-Type"), target.contentType);
    return r;
}

Request<AppCodeTestResult> AppCodeTestCall::send(HttpTransport &transport, const AppCodeTestTarget &target)
{
    if (const QString why = problem(target); !why.isEmpty())
        return Request<AppCodeTestResult>::fromResult(ApiError(ApiError::Service::Apig, ApiError::Kind::Auth, why));
    return transport.callRaw(request(target)).map([target](const ApiResult<HttpReply> &reply) -> ApiResult<AppCodeTestResult> {
        if (!reply.ok())
            return reply.error();
        return resultOf(reply.value(), target);
    });
}

AppCodeTestResult AppCodeTestCall::resultOf(const HttpReply &reply, const AppCodeTestTarget &target)
{
    AppCodeTestResult result;
    result.status = reply.status;
    result.elapsedMs = reply.elapsedMs;
    result.headers = reply.headers;
    result.body = reply.body;
    if (result.succeeded())
        return result;
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    result.errorCode = json.value(QStringLiteral("error_code")).toString();
    result.errorMessage = json.value(QStringLiteral("error_msg")).toString();
    result.explanation = explain(reply.status, result.errorCode, target);
    return result;
}

QString AppCodeTestCall::explain(int status, const QString &code, const AppCodeTestTarget &target)
{
    const QString number = HuaweiGatewayCodes::numberOf(code);
    const QString env = environmentName(target);
    if (number == QLatin1String("0101"))
        return tr("The gateway knows no such API in %1: it is not published in this environment, or its method or path differ.").arg(env);
    if (number == QLatin1String("0303")) {
        return target.simpleAuthentication
                ? tr("The gateway did not accept the AppCode: it does not belong to any app (deleted, or mistyped).")
                : tr("Simple authentication is off for this API: it does not take AppCodes, only requests signed with the app's key and secret.");
    }
    if (number == QLatin1String("0304"))
        return tr("The app is not authorized for this API in %1: authorize it there, or test another environment.").arg(env);
    if (number == QLatin1String("0405") || number == QLatin1String("0402"))
        return tr("The access control list refuses this computer's address: the app's ACL (or the API's) does not let it in.");
    if (number == QLatin1String("0501"))
        return tr("The app's credential quota is used up: calls work again when its period resets.");
    if (number == QLatin1String("0308") || status == 429)
        return tr("The gateway throttled the call: too many calls in too short a time. Try again later.");
    if (number == QLatin1String("0301"))
        return tr("This API takes IAM authentication, not an AppCode.");
    return {};
}

QList<TestableApi> AppCodeTestCall::testableApis(const AppContext &context)
{
    QList<TestableApi> apis;
    for (const AppContextRow &row : context.rows) {
        const QString id = row.groupName + QLatin1Char('/') + row.apiName;
        auto it = std::find_if(apis.begin(), apis.end(), [&id](const TestableApi &a) { return a.id == id; });
        if (it == apis.end()) {
            TestableApi api;
            api.id = id;
            api.name = row.apiName;
            api.groupName = row.groupName;
            api.domain = row.domain;
            api.method = row.method.toLatin1();
            api.path = row.path;
            api.simpleAuthentication = row.simpleAuth;
            apis.append(api);
            it = apis.end() - 1;
        }
        if (!it->environments.contains(row.envName))
            it->environments.append(row.envName);
    }
    std::stable_sort(apis.begin(), apis.end(), [](const TestableApi &a, const TestableApi &b) {
        return a.simpleAuthentication && !b.simpleAuthentication;
    });
    return apis;
}
