// A test call with an AppCode (app/apig/AppCodeTestCall.h) against the demo cloud's APIG data
// plane: one request with X-Apig-AppCode (and X-Stage) to the API group's domain; a success shows
// the backend's answer, each refusal is a result explained in the gateway's terms, and nothing
// is ever sent twice.
#include "tests/support/Await.h"
#include "app/apig/AppCodeTestCall.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/net/HttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

namespace {
const DemoInstance &prod() { return DemoData::instance().instances().at(0); }
const DemoApp &app(const char *name) { return *DemoData::instance().app(QLatin1String(name)); }
QString codeOf(const char *appName) { return app(appName).appCodes.first().appCode; }
QString domainOf(const char *groupName)
{
    for (const DemoApiGroup &g : prod().groups) {
        if (g.name == QLatin1String(groupName))
            return g.slDomain;
    }
    return {};
}
} // namespace

class TestAppCodeTestCall : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void succeedsWithTheBackendsAnswer();
    void stageHeaderForAnotherEnvironment();
    void refusalsAreExplained_data();
    void refusalsAreExplained();
    void simpleAuthenticationOffIsNamed();
    void sentOnceEvenWhenThrottled();
    void problemsAreCaughtBeforeSending_data();
    void problemsAreCaughtBeforeSending();
    void requestCarriesTheAppCodeAndNoStageForRelease();
    void plainHttpOffLoopbackIsRefused();

private:
    AppCodeTestTarget target(const char *appName, const QString &path = QStringLiteral("/v1/profile/42")) const
    {
        AppCodeTestTarget t;
        t.domain = domainOf(DemoData::MobileGroupName);
        t.path = path;
        t.appCode = codeOf(appName);
        t.connectTo = QUrl(m_emulator->baseUrl());
        return t;
    }
    ApiResult<AppCodeTestResult> send(const AppCodeTestTarget &t) { return awaitResult(AppCodeTestCall::send(*m_transport, t)); }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestAppCodeTestCall::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback() > 0);
    NetworkSettings s;
    s.backoffBaseMs = 10;
    m_transport = std::make_unique<HttpTransport>(s);
}

void TestAppCodeTestCall::cleanup()
{
    m_transport.reset();
    m_emulator.reset();
}

void TestAppCodeTestCall::succeedsWithTheBackendsAnswer()
{
    const auto r = send(target(DemoData::ContextAppName));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    const AppCodeTestResult &result = r.value();
    QCOMPARE(result.status, 200);
    QVERIFY(result.succeeded());
    QVERIFY(result.explanation.isEmpty());
    QVERIFY(result.elapsedMs >= 0);
    QVERIFY(!result.headers.isEmpty());
    const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/profile/42"));
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(echo.value(QStringLiteral("app_id")).toString(), app(DemoData::ContextAppName).id);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 1);
}

void TestAppCodeTestCall::stageHeaderForAnotherEnvironment()
{
    // data-export is authorized for get-profile in RELEASE only: DEV is refused as not authorized.
    AppCodeTestTarget t = target(DemoData::RotationAppName);
    QCOMPARE(send(t).value().status, 200);
    t.environment = QLatin1String(DemoData::ApigDevEnvName);
    const auto r = send(t);
    QVERIFY(r.ok());
    QCOMPARE(r.value().status, 403);
    QCOMPARE(r.value().errorCode, QStringLiteral("APIG.0304"));
    QVERIFY2(r.value().explanation.contains(QStringLiteral("not authorized")) && r.value().explanation.contains(QStringLiteral("DEV")),
             qPrintable(r.value().explanation));
}

void TestAppCodeTestCall::refusalsAreExplained_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("explained");
    QTest::newRow("no such API") << QString::fromLatin1(DemoData::ContextAppName) << QStringLiteral("/v1/nothing") << 404
                                 << QStringLiteral("APIG.0101") << QStringLiteral("not published");
    QTest::newRow("ACL denies") << QString::fromLatin1(DemoData::AclAppName) << QStringLiteral("/v1/profile/42") << 403
                                << QStringLiteral("APIG.0405") << QStringLiteral("access control list");
    QTest::newRow("unknown AppCode") << QString() << QStringLiteral("/v1/profile/42") << 401
                                     << QStringLiteral("APIG.0303") << QStringLiteral("does not belong to any app");
}

void TestAppCodeTestCall::refusalsAreExplained()
{
    QFETCH(QString, appName);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, explained);
    AppCodeTestTarget t = target(DemoData::ContextAppName, path);
    t.appCode = appName.isEmpty() ? QStringLiteral("no-such-appcode-0123456789abcdef0123456789abcdef0123456789abcdef01")
                                  : codeOf(appName.toLatin1().constData());
    const auto r = send(t);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().status, status);
    QCOMPARE(r.value().errorCode, code);
    QVERIFY(!r.value().errorMessage.isEmpty());
    QVERIFY2(r.value().explanation.contains(explained), qPrintable(r.value().explanation));
    QVERIFY(!r.value().body.isEmpty()); // the gateway's own body is shown too
}

void TestAppCodeTestCall::simpleAuthenticationOffIsNamed()
{
    // PUT /v1/uploads is APP authentication without AppCodes.
    AppCodeTestTarget t = target(DemoData::ContextAppName, QStringLiteral("/v1/uploads"));
    t.method = "PUT";
    t.simpleAuthentication = false;
    const auto r = send(t);
    QVERIFY(r.ok());
    QCOMPARE(r.value().errorCode, QStringLiteral("APIG.0303"));
    QVERIFY2(r.value().explanation.contains(QStringLiteral("Simple authentication is off")), qPrintable(r.value().explanation));
}

void TestAppCodeTestCall::sentOnceEvenWhenThrottled()
{
    // A test shows what one call does: a throttled answer is the result, not retried.
    m_emulator->forceFaultFor(QStringLiteral("apig:DataPlane"), FaultKind::Throttling);
    const auto r = send(target(DemoData::ContextAppName));
    QVERIFY(r.ok());
    QCOMPARE(r.value().status, 429);
    QVERIFY2(r.value().explanation.contains(QStringLiteral("throttled")), qPrintable(r.value().explanation));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 1);
}

void TestAppCodeTestCall::problemsAreCaughtBeforeSending_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("appCode");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no domain") << QString() << QStringLiteral("/v1/x") << QStringLiteral("c") << QStringLiteral("no domain");
    QTest::newRow("no AppCode") << QStringLiteral("d.example") << QStringLiteral("/v1/x") << QString() << QStringLiteral("Pick an AppCode");
    QTest::newRow("relative path") << QStringLiteral("d.example") << QStringLiteral("v1/x") << QStringLiteral("c") << QStringLiteral("must start");
    QTest::newRow("unfilled parameter") << QStringLiteral("d.example") << QStringLiteral("/v1/profile/{id}") << QStringLiteral("c")
                                        << QStringLiteral("{id}");
}

void TestAppCodeTestCall::problemsAreCaughtBeforeSending()
{
    QFETCH(QString, domain);
    QFETCH(QString, path);
    QFETCH(QString, appCode);
    QFETCH(QString, problem);
    AppCodeTestTarget t;
    t.domain = domain;
    t.path = path;
    t.appCode = appCode;
    t.connectTo = QUrl(m_emulator->baseUrl());
    QVERIFY2(AppCodeTestCall::problem(t).contains(problem), qPrintable(AppCodeTestCall::problem(t)));
    const auto r = send(t);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(problem));
    QCOMPARE(m_emulator->totalRequests(), 0);
}

void TestAppCodeTestCall::requestCarriesTheAppCodeAndNoStageForRelease()
{
    AppCodeTestTarget t;
    t.domain = QStringLiteral("api.example.com");
    t.path = QStringLiteral("/v1/a b");
    t.appCode = QStringLiteral("secret-code");
    ApiRequest r = AppCodeTestCall::request(t);
    QCOMPARE(r.baseUrl, QUrl(QStringLiteral("https://api.example.com")));
    QVERIFY(r.hostHeader.isEmpty());
    QCOMPARE(r.parts.header(QByteArrayLiteral("x-apig-appcode")), QByteArray("secret-code"));
    QVERIFY(!r.parts.hasHeader(QByteArrayLiteral("x-stage")));
    QVERIFY(!r.idempotent);
    QVERIFY(!r.authorizer);
    t.environment = QStringLiteral("RELEASE");
    QVERIFY(!AppCodeTestCall::request(t).parts.hasHeader(QByteArrayLiteral("x-stage")));
    t.environment = QStringLiteral("DEV");
    QCOMPARE(AppCodeTestCall::request(t).parts.header(QByteArrayLiteral("x-stage")), QByteArray("DEV"));
    t.connectTo = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    r = AppCodeTestCall::request(t);
    QCOMPARE(r.baseUrl, t.connectTo);
    QCOMPARE(r.hostHeader, QByteArray("api.example.com"));
}

void TestAppCodeTestCall::plainHttpOffLoopbackIsRefused()
{
    // Only HTTPS leaves this machine: an AppCode is a secret.
    AppCodeTestTarget t = target(DemoData::ContextAppName);
    t.connectTo = QUrl(QStringLiteral("http://api.example.com"));
    const auto r = send(t);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Insecure);
    QCOMPARE(m_emulator->totalRequests(), 0);
}

QTEST_GUILESS_MAIN(TestAppCodeTestCall)
#include "tst_appcodetestcall.moc"
