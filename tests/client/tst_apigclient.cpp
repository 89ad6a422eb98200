// ApigClient and the IAM token provider against the emulator: typed pages with the paging as
// sent and as normalised, tokens fetched once and reused, renewed when expiring or refused
// (exactly once), project ids discovered and remembered, every auth mode; the token fetch and
// the project discovery are owned by their provider: callers waiting for one share it, and it
// is aborted on the wire when its provider goes.
#include "tests/support/Await.h"
#include "app/apig/ApigClient.h"
#include "app/apig/HuaweiAuthorizer.h"
#include "app/emulator/CloudEmulator.h"
#include "app/net/CloudTime.h"
#include "app/net/HttpTransport.h"

#include "app/emulator/server/FaultPlan.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>
#include <atomic>
#include <memory>

class TestApigClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void instancesAppsAndCodes();
    void pagingAsSentAndNormalised_data();
    void pagingAsSentAndNormalised();
    void tokenFetchedOnceAndReused();
    void concurrentCallsShareOneFetch();
    void expiringTokenIsRenewed();
    void refusedTokenRenewedExactlyOnce();
    void refusedTokenRecovers();
    void everyTokenRefusalRenewsOnce_data();
    void everyTokenRefusalRenewsOnce();
    void otherRefusalsAreNotRenewals_data();
    void otherRefusalsAreNotRenewals();
    void gatewayThrottlingCodesAreRetried();
    void wrongPassword();
    void pastedToken();
    void projectDiscoveredOnceWithAkSk();
    void projectFromPasswordToken();
    void wrongSk();
    void hostileNumbersAreRefused();
    void waitingCallersShareOneTokenFetch();
    void droppedProviderAbortsItsTokenFetch();
    void closedAccountAbortsItsTokenFetch();
    void closedAccountAbortsItsProjectDiscovery();

private:
    ApigClient client(const HuaweiAuth &auth, const QString &projectId = QLatin1String(DemoData::HuaweiProjectId))
    {
        const QUrl url(m_emulator->baseUrl());
        return ApigClient(*m_transport, url, url, QStringLiteral("cn-north-4"), projectId, auth);
    }
    static HuaweiAuth akSk(const QString &sk = QLatin1String(DemoData::HuaweiSecretKey))
    {
        HuaweiAuth a;
        a.akSk = {QLatin1String(DemoData::HuaweiAccessKey), sk};
        return a;
    }
    static HuaweiAuth password(const QString &pw = QLatin1String(DemoData::HuaweiPassword))
    {
        HuaweiAuth a;
        a.mode = HuaweiAuth::Mode::Password;
        a.domainName = QLatin1String(DemoData::HuaweiDomain);
        a.userName = QLatin1String(DemoData::HuaweiUser);
        a.password = pw;
        return a;
    }
    std::shared_ptr<IamTokenProvider> tokenProvider() const
    {
        return std::make_shared<IamTokenProvider>(QUrl(m_emulator->baseUrl()), QLatin1String(DemoData::HuaweiDomain),
                                                  QLatin1String(DemoData::HuaweiUser), QLatin1String(DemoData::HuaweiPassword),
                                                  QStringLiteral("cn-north-4"));
    }
    // Asks `tokens` for a token where providers live, the network thread; `answers` counts the
    // calls back (there) and `tokensGot` those that brought a token.
    void askForToken(const std::shared_ptr<IamTokenProvider> &tokens, const std::shared_ptr<std::atomic<int>> &answers,
                     const std::shared_ptr<std::atomic<int>> &tokensGot = std::make_shared<std::atomic<int>>())
    {
        QMetaObject::invokeMethod(m_transport->networkContext(), [&] {
            tokens->token(*m_transport, [answers, tokensGot](ApiResult<IamToken> t) {
                ++*answers;
                if (t.ok() && !t.value().token.isEmpty())
                    ++*tokensGot;
            });
        }, Qt::BlockingQueuedConnection);
    }
    // Waits until what the network thread was asked to do before this is done.
    void drainNetworkThread() { QMetaObject::invokeMethod(m_transport->networkContext(), [] {}, Qt::BlockingQueuedConnection); }
    // Every answer waits this long at the emulator: a request stays in flight meanwhile.
    void holdAnswers(int ms)
    {
        FaultPlan slow;
        slow.latencyMs = ms;
        m_emulator->setFaultPlan(slow);
    }
    QString instanceId() const { return DemoData::instance().instances().at(0).id; }
    QString bigAppId() const { return DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id; }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestApigClient::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0));
    NetworkSettings s;
    s.backoffBaseMs = 10;
    m_transport = std::make_unique<HttpTransport>(s);
}

void TestApigClient::cleanup()
{
    m_transport.reset();
    m_emulator.reset();
}

void TestApigClient::instancesAppsAndCodes()
{
    ApigClient c = client(akSk());
    const auto instances = awaitResult(c.listInstances(0, 20));
    QVERIFY2(instances.ok(), qPrintable(instances.error().summary()));
    QCOMPARE(instances.value().instances.size(), 2);
    QCOMPARE(instances.value().instances.at(0).id, instanceId());
    QVERIFY(instances.value().instances.at(0).createTime.isValid()); // epoch milliseconds
    const auto apps = awaitResult(c.listApps(instanceId(), 0, 20, QStringLiteral("mobile")));
    QVERIFY(apps.ok());
    QCOMPARE(apps.value().apps.size(), 1);
    QCOMPARE(apps.value().apps.at(0).id, bigAppId());
    QVERIFY(apps.value().apps.at(0).registerTime.isValid());
    const auto codes = awaitResult(c.listAppCodes(instanceId(), bigAppId(), 0, 500));
    QVERIFY(codes.ok());
    QCOMPARE(codes.value().appCodes.size(), 500);
    QCOMPARE(codes.value().page.total, DemoData::BigAppCodeCount);
    QCOMPARE(codes.value().appCodes.at(0).appCode, DemoData::instance().app(QLatin1String(DemoData::BigAppName))->appCodes.at(0).appCode);
}

void TestApigClient::pagingAsSentAndNormalised_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("normalisedOffset");
    QTest::addColumn<qint64>("normalisedLimit");
    QTest::addColumn<int>("size");
    QTest::newRow("plain") << qint64(40) << qint64(20) << qint64(40) << qint64(20) << 20;
    QTest::newRow("negative offset") << qint64(-3) << qint64(20) << qint64(0) << qint64(20) << 20;
    QTest::newRow("limit 0") << qint64(0) << qint64(0) << qint64(0) << qint64(20) << 20;
    QTest::newRow("limit 501") << qint64(0) << qint64(501) << qint64(0) << qint64(500) << 500;
    QTest::newRow("last partial") << qint64(1200) << qint64(100) << qint64(1200) << qint64(100) << 34;
    QTest::newRow("past the end") << qint64(2000) << qint64(100) << qint64(2000) << qint64(100) << 0;
}

void TestApigClient::pagingAsSentAndNormalised()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, limit);
    QFETCH(qint64, normalisedOffset);
    QFETCH(qint64, normalisedLimit);
    QFETCH(int, size);
    const auto r = awaitResult(client(akSk()).listAppCodes(instanceId(), bigAppId(), offset, limit));
    QVERIFY(r.ok());
    const ApigPageInfo &p = r.value().page;
    QCOMPARE(p.offsetSent, offset);
    QCOMPARE(p.limitSent, limit);
    QCOMPARE(p.offset, normalisedOffset);
    QCOMPARE(p.limit, normalisedLimit);
    QCOMPARE(p.size, size);
    QCOMPARE(p.total, qint64(DemoData::BigAppCodeCount));
}

void TestApigClient::tokenFetchedOnceAndReused()
{
    ApigClient c = client(password());
    for (int i = 0; i < 3; ++i)
        QVERIFY(awaitResult(c.listAppCodes(instanceId(), bigAppId(), i * 20, 20)).ok());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:app-codes")), 3);
    QCOMPARE(c.authorizer()->tokenProvider()->fetchCount(), 1);
}

void TestApigClient::concurrentCallsShareOneFetch()
{
    ApigClient c = client(password());
    std::vector<Request<AppCodePage>> calls;
    for (int i = 0; i < 5; ++i)
        calls.push_back(c.listAppCodes(instanceId(), bigAppId(), i * 20, 20));
    for (auto &f : calls)
        QVERIFY(awaitResult(std::move(f)).ok());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
}

void TestApigClient::expiringTokenIsRenewed()
{
    // A token that lives less than the 5-minute margin is never reused: each call fetches anew.
    m_emulator->setTokenLifetimeSeconds(200);
    ApigClient c = client(password());
    QVERIFY(awaitResult(c.listAppCodes(instanceId(), bigAppId(), 0, 20)).ok());
    QVERIFY(awaitResult(c.listAppCodes(instanceId(), bigAppId(), 20, 20)).ok());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 2);
}

void TestApigClient::refusedTokenRenewedExactlyOnce()
{
    // Every token the emulator issues expires the moment it is issued: APIGW.0307 each time.
    m_emulator->setTokenLifetimeSeconds(0);
    const auto r = awaitResult(client(password()).listAppCodes(instanceId(), bigAppId(), 0, 20));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("APIGW.0307"));
    QCOMPARE(r.error().httpStatus, 401);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 2);     // the first and exactly one renewal
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:app-codes")), 2); // the call and exactly one retry
}

void TestApigClient::refusedTokenRecovers()
{
    ApigClient c = client(password());
    QVERIFY(awaitResult(c.listAppCodes(instanceId(), bigAppId(), 0, 20)).ok());
    // The server forgets/refuses the cached token (it expired early on its side).
    m_emulator->setClockSkewSeconds(2 * 86400);
    m_emulator->setTokenLifetimeSeconds(4 * 86400);
    const auto r = awaitResult(c.listAppCodes(instanceId(), bigAppId(), 20, 20));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 2);
}

void TestApigClient::everyTokenRefusalRenewsOnce_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"APIG.1002", "APIG.0301", "APIGW.0301", "APIG.0307", "APIGW.0307", "APIC.0301", "APIC.0307"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestApigClient::everyTokenRefusalRenewsOnce()
{
    // IAM revoked the cached token; the gateway says so in any of its codes. The cached token is
    // dropped and the request goes once more with a fresh one, a write too: a 401 for the token
    // is answered before anything is done, so the write cannot have been carried out.
    QFETCH(QString, code);
    m_emulator->setAppCodeLimit(5000);
    const QUrl url(m_emulator->baseUrl());
    ApigClient c(*m_transport, url, url, QStringLiteral("cn-north-4"), QLatin1String(DemoData::HuaweiProjectId), password(), true);
    QVERIFY(awaitResult(c.listAppCodes(instanceId(), bigAppId(), 0, 20)).ok());
    const int before = m_emulator->appCodeCount(bigAppId());
    m_emulator->revokeIamTokens(code);
    const auto created = awaitResult(c.createAppCode(instanceId(), bigAppId()));
    QVERIFY2(created.ok(), qPrintable(created.error().summary()));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:CreateAppCodeAutoV2")), 2); // refused once, then carried out
    QCOMPARE(m_emulator->appCodeCount(bigAppId()), before + 1);                        // exactly once
    // The next read uses the fresh token: no third fetch.
    QVERIFY(awaitResult(c.listAppCodes(instanceId(), bigAppId(), 0, 20)).ok());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 2);
}

void TestApigClient::otherRefusalsAreNotRenewals_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("403 no permission") << 403 << QStringLiteral("APIG.1005");
    QTest::newRow("401 wrong app authentication") << 401 << QStringLiteral("APIG.0303");
    QTest::newRow("400 invalid parameter") << 400 << QStringLiteral("APIG.2012");
    QTest::newRow("429 throttled") << 429 << QStringLiteral("APIGW.0308");
    QTest::newRow("401 from another service") << 401 << QStringLiteral("IAM.0301");
    QTest::newRow("0307 but not 401") << 400 << QStringLiteral("APIGW.0307");
}

void TestApigClient::otherRefusalsAreNotRenewals()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), QStringLiteral("x")}}).toJson();
    const ApiError error = ApiError::fromHttp(ApiError::Service::Apig, status, body, {});
    QCOMPARE(error.code, code);
    HuaweiAuthorizer withPassword(password(), QUrl(m_emulator->baseUrl()), QStringLiteral("cn-north-4"), {});
    QVERIFY(!withPassword.renewAfter(error));
    // And a token refusal is never renewed for a pasted token or AK/SK: nothing to renew it with.
    const ApiError refused = ApiError::fromHttp(ApiError::Service::Apig, 401, R"({"error_code":"APIGW.0307","error_msg":"The token must be updated."})", {});
    HuaweiAuth pasted;
    pasted.mode = HuaweiAuth::Mode::Token;
    pasted.token = QStringLiteral("MIIpasted");
    QVERIFY(!HuaweiAuthorizer(pasted, QUrl(m_emulator->baseUrl()), QStringLiteral("cn-north-4"), {}).renewAfter(refused));
    QVERIFY(!HuaweiAuthorizer(akSk(), QUrl(m_emulator->baseUrl()), QStringLiteral("cn-north-4"), {}).renewAfter(refused));
    QVERIFY(withPassword.renewAfter(refused));
}

void TestApigClient::gatewayThrottlingCodesAreRetried()
{
    // Throttling follows the gateways' codes, whichever status carries them.
    for (const char *code : {"APIG.0308", "APIGW.0308", "APIC.0308"}) {
        const QByteArray body = QByteArray(R"({"error_code":")") + code + R"(","error_msg":"The throttling threshold has been reached"})";
        QVERIFY2(ApiError::fromHttp(ApiError::Service::Apig, 403, body, {}).retryable, code);
        QVERIFY2(ApiError::fromHttp(ApiError::Service::Apig, 429, body, {}).retryable, code);
    }
    QVERIFY(!ApiError::fromHttp(ApiError::Service::Apig, 403, R"({"error_code":"APIG.1005","error_msg":"x"})", {}).retryable);
    // On the wire: a throttled read is sent again and succeeds.
    m_emulator->forceFaultFor(QStringLiteral("apig:instances"), FaultKind::Throttling);
    QVERIFY(awaitResult(client(akSk()).listInstances(0, 5)).ok());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:instances")), 2);
}

void TestApigClient::wrongPassword()
{
    const auto r = awaitResult(client(password(QStringLiteral("nope"))).listInstances(0, 1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().service, ApiError::Service::Iam);
    QCOMPARE(r.error().httpStatus, 401);
    QVERIFY(r.error().message.contains(QStringLiteral("password")));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:instances")), 0);
}

void TestApigClient::pastedToken()
{
    HuaweiAuth bootstrap = password();
    ApigClient withPassword = client(bootstrap);
    QVERIFY(awaitResult(withPassword.listInstances(0, 1)).ok());
    HuaweiAuth pasted;
    pasted.mode = HuaweiAuth::Mode::Token;
    pasted.token = QString::fromLatin1(withPassword.authorizer()->tokenProvider()->cached()->token);
    const auto r = awaitResult(client(pasted).listInstances(0, 20));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().instances.size(), 2);
    pasted.token = QStringLiteral("MIIforged");
    const auto forged = awaitResult(client(pasted).listInstances(0, 20));
    QCOMPARE(forged.error().code, QStringLiteral("APIG.1002"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1); // a pasted token is never renewed
    QVERIFY2(forged.error().message.contains(QStringLiteral("paste a new one")), qPrintable(forged.error().message));
}

void TestApigClient::projectDiscoveredOnceWithAkSk()
{
    ApigClient c = client(akSk(), QString());
    QString discovered;
    c.authorizer()->onProjectDiscovered = [&discovered](const QString &id) { discovered = id; };
    QVERIFY(awaitResult(c.listInstances(0, 20)).ok());
    QVERIFY(awaitResult(c.listApps(instanceId(), 0, 20)).ok());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:projects")), 1);
    QCOMPARE(c.authorizer()->projectId(), QLatin1String(DemoData::HuaweiProjectId));
    QTRY_COMPARE(discovered, QLatin1String(DemoData::HuaweiProjectId));
}

void TestApigClient::projectFromPasswordToken()
{
    ApigClient c = client(password(), QString());
    QVERIFY(awaitResult(c.listInstances(0, 20)).ok());
    QCOMPARE(c.authorizer()->projectId(), QLatin1String(DemoData::HuaweiProjectId));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:projects")), 0);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
}

void TestApigClient::wrongSk()
{
    const auto r = awaitResult(client(akSk(QStringLiteral("wrong"))).listInstances(0, 1));
    QCOMPARE(r.error().code, QStringLiteral("APIG.1002"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:instances")), 1); // a signature is not renewed
}

void TestApigClient::hostileNumbersAreRefused()
{
    // Found by fuzzing: numbers no cloud sends must be refused, not converted (undefined behaviour).
    const auto parse = [](const QByteArray &json) {
        return ApigClient::parseAppPage({}, {}, QJsonDocument::fromJson(json).object());
    };
    QVERIFY(!parse(R"({"total":1e300,"apps":[]})").ok());
    QVERIFY(!parse(R"({"total":-1,"apps":[]})").ok());
    QVERIFY(!parse(R"({"total":2.5,"apps":[]})").ok());
    QVERIFY(parse(R"({"total":3,"apps":[]})").ok());
    const auto times = ApigClient::parseInstancePage({}, {}, QJsonDocument::fromJson(R"({"instances":[{"create_time":1e300}]})").object());
    QVERIFY(times.ok());
    QVERIFY(!times.value().instances.at(0).createTime.isValid());
    QVERIFY(!CloudTime::parse(QJsonValue(-1e19)).isValid());
    QCOMPARE(CloudTime::parse(QJsonValue(1700000000000.0)).toMSecsSinceEpoch(), qint64(1700000000000));
}

// Two callers while the token is on its way: one POST /v3/auth/tokens, and both get its token.
void TestApigClient::waitingCallersShareOneTokenFetch()
{
    holdAnswers(1000);
    const auto tokens = tokenProvider();
    const auto answers = std::make_shared<std::atomic<int>>(0);
    const auto tokensGot = std::make_shared<std::atomic<int>>(0);
    askForToken(tokens, answers, tokensGot);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1); // at IAM, its answer held back
    askForToken(tokens, answers, tokensGot);
    QCOMPARE(answers->load(), 0); // both wait for the one fetch
    QTRY_COMPARE(answers->load(), 2);
    QCOMPARE(tokensGot->load(), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
    QCOMPARE(tokens->fetchCount(), 1);
}

// The provider goes while IAM still holds the answer: the fetch is aborted on the wire (the
// emulator sees the client hang up) and the caller that waited is never called back.
void TestApigClient::droppedProviderAbortsItsTokenFetch()
{
    holdAnswers(10000);
    auto tokens = tokenProvider();
    const auto answers = std::make_shared<std::atomic<int>>(0);
    askForToken(tokens, answers);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1);
    const std::weak_ptr<IamTokenProvider> gone = tokens;
    tokens.reset();
    QVERIFY(gone.expired()); // nothing else kept it, not even its own fetch
    QTRY_COMPARE(m_emulator->abandonedCount(), 1);
    QCOMPARE(m_emulator->inFlightCount(), 0);
    QCOMPARE(m_emulator->answeredCount(), 0);
    drainNetworkThread();
    QCoreApplication::processEvents();
    QCOMPARE(answers->load(), 0);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
}

// The realistic way a provider goes: the call that waited for the token is killed and the
// account's client forgotten. The token fetch goes with them, on the wire.
void TestApigClient::closedAccountAbortsItsTokenFetch()
{
    holdAnswers(10000);
    auto c = std::make_unique<ApigClient>(client(password()));
    const std::weak_ptr<IamTokenProvider> tokens = c->authorizer()->tokenProvider();
    Request<ApigInstancePage> call = c->listInstances(0, 1);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1); // the token fetch, at IAM
    call.kill();
    c.reset();
    QTRY_VERIFY(tokens.expired());
    QTRY_COMPARE(m_emulator->abandonedCount(), 1);
    QCOMPARE(m_emulator->answeredCount(), 0);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:instances")), 0);
}

// The same for the project id looked up with AK/SK: the discovery is owned by the authorizer
// (not kept alive by those waiting for it) and goes with it.
void TestApigClient::closedAccountAbortsItsProjectDiscovery()
{
    holdAnswers(10000);
    auto c = std::make_unique<ApigClient>(client(akSk(), QString()));
    const auto discovered = std::make_shared<std::atomic<int>>(0);
    c->authorizer()->onProjectDiscovered = [discovered](const QString &) { ++*discovered; };
    const std::weak_ptr<HuaweiAuthorizer> authorizer = c->authorizer();
    Request<ApigInstancePage> call = c->listInstances(0, 1);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1); // GET /v3/projects, at IAM
    call.kill();
    c.reset();
    QTRY_VERIFY(authorizer.expired());
    QTRY_COMPARE(m_emulator->abandonedCount(), 1);
    drainNetworkThread();
    QCOMPARE(discovered->load(), 0);
    QCOMPARE(m_emulator->answeredCount(), 0);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:projects")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:instances")), 0);
}

QTEST_GUILESS_MAIN(TestApigClient)
#include "tst_apigclient.moc"
