// Fault injection: each kind looks on the wire as it does in real life, for every service,
// and a seed always gives the same sequence.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"

#include <QElapsedTimer>
#include <QTest>
#include <memory>

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void errorStatuses_data();
    void errorStatuses();
    void resetMidBody();
    void truncatedBody();
    void invalidJson();
    void stallOutlastsClientTimeout();
    void latencyDelaysAnswers();
    void forcedFaultsComeFirstThenNormal();
    void seedGivesTheSameSequence();
    void rateIsRoughlyHonoured();
    void kindNamesRoundTrip();

private:
    WireResult esaCall() { return m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}); }
    WireResult apigCall() { return m_client->huaweiAkSk(WireClient::apigPath()); }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorFaults::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorFaults::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorFaults::errorStatuses_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("esa");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("ESA 500") << int(FaultKind::ServerError) << true << 500 << QStringLiteral("InternalError");
    QTest::newRow("ESA 503") << int(FaultKind::Unavailable) << true << 503 << QStringLiteral("ServiceUnavailable");
    QTest::newRow("ESA throttling") << int(FaultKind::Throttling) << true << 400 << QStringLiteral("Throttling.User");
    QTest::newRow("APIG 500") << int(FaultKind::ServerError) << false << 500 << QStringLiteral("APIG.9999");
    QTest::newRow("APIG 503") << int(FaultKind::Unavailable) << false << 503 << QStringLiteral("APIG.9999");
    QTest::newRow("APIG throttling") << int(FaultKind::Throttling) << false << 429 << QStringLiteral("APIG.0308");
}

void TestEmulatorFaults::errorStatuses()
{
    QFETCH(int, kind);
    QFETCH(bool, esa);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_emulator->forceFault(FaultKind(kind));
    const WireResult r = esa ? esaCall() : apigCall();
    QCOMPARE(r.status, status);
    QVERIFY(r.jsonOk);
    QCOMPARE(r.str(esa ? QStringLiteral("Code") : QStringLiteral("error_code")), code);
    QVERIFY(!r.str(esa ? QStringLiteral("RequestId") : QStringLiteral("request_id")).isEmpty());
    // The next call is normal again.
    QCOMPARE((esa ? esaCall() : apigCall()).status, 200);
}

void TestEmulatorFaults::resetMidBody()
{
    m_emulator->forceFault(FaultKind::ResetMidBody);
    const WireResult r = esaCall();
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::ConnectionRefusedError
                     || r.error == QNetworkReply::UnknownNetworkError || r.error == QNetworkReply::ProtocolFailure,
             qPrintable(QString::number(r.error)));
    QVERIFY(!r.jsonOk);
    QCOMPARE(esaCall().status, 200);
}

void TestEmulatorFaults::truncatedBody()
{
    m_emulator->forceFault(FaultKind::TruncatedBody);
    const WireResult r = apigCall();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError); // the HTTP layer sees nothing wrong...
    QVERIFY(r.body.startsWith("{"));
    QVERIFY(!r.jsonOk);                        // ...but the JSON stops mid-way
    QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
}

void TestEmulatorFaults::invalidJson()
{
    m_emulator->forceFault(FaultKind::InvalidJson);
    const WireResult r = esaCall();
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.jsonOk);
    QVERIFY(r.body.contains("502 Bad Gateway"));
}

void TestEmulatorFaults::stallOutlastsClientTimeout()
{
    FaultPlan plan;
    plan.stallMs = 5000;
    m_emulator->setFaultPlan(plan);
    m_emulator->forceFault(FaultKind::Stall);
    const HttpRequestParts parts = m_client->esaParts(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(),
                                                      QDateTime::currentDateTimeUtc(), {});
    const WireResult r = m_client->send(parts, 300);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout fired
    QVERIFY(r.elapsedMs < 4000);
    QCOMPARE(esaCall().status, 200);
}

void TestEmulatorFaults::latencyDelaysAnswers()
{
    FaultPlan plan;
    plan.latencyMs = 250;
    m_emulator->setFaultPlan(plan);
    const WireResult r = apigCall();
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 240, qPrintable(QString::number(r.elapsedMs)));
}

void TestEmulatorFaults::forcedFaultsComeFirstThenNormal()
{
    m_emulator->forceFault(FaultKind::Unavailable, 2);
    QCOMPARE(apigCall().status, 503);
    QCOMPARE(esaCall().status, 503);
    QCOMPARE(esaCall().status, 200);
}

void TestEmulatorFaults::seedGivesTheSameSequence()
{
    FaultPlan plan;
    plan.rate = 0.5;
    plan.seed = 42;
    FaultInjector a(plan), b(plan);
    QList<FaultKind> sa, sb;
    for (int i = 0; i < 200; ++i) {
        sa.append(a.next());
        sb.append(b.next());
    }
    QCOMPARE(sa, sb);
    plan.seed = 43;
    FaultInjector c(plan);
    QList<FaultKind> sc;
    for (int i = 0; i < 200; ++i)
        sc.append(c.next());
    QVERIFY(sc != sa);
    // Through the wire, too: the same seed gives the same statuses.
    QList<int> first, second;
    for (QList<int> *run : {&first, &second}) {
        plan.seed = 7;
        plan.kinds = {FaultKind::ServerError, FaultKind::Unavailable, FaultKind::Throttling};
        m_emulator->setFaultPlan(plan);
        for (int i = 0; i < 12; ++i)
            run->append(apigCall().status);
    }
    QCOMPARE(first, second);
    QVERIFY(first.contains(200));
    QVERIFY(first.count(200) < first.size());
}

void TestEmulatorFaults::rateIsRoughlyHonoured()
{
    FaultPlan plan;
    plan.rate = 0.25;
    plan.seed = 1;
    FaultInjector injector(plan);
    int faults = 0;
    QSet<FaultKind> kinds;
    for (int i = 0; i < 4000; ++i) {
        const FaultKind k = injector.next();
        if (k != FaultKind::None) {
            ++faults;
            kinds.insert(k);
        }
    }
    QVERIFY2(faults > 850 && faults < 1150, qPrintable(QString::number(faults)));
    QCOMPARE(kinds.size(), FaultPlan::allKinds().size());
}

void TestEmulatorFaults::kindNamesRoundTrip()
{
    for (FaultKind k : FaultPlan::allKinds())
        QCOMPARE(FaultPlan::fromName(FaultPlan::name(k)), k);
    QCOMPARE(FaultPlan::fromName(QStringLiteral("nonsense")), FaultKind::None);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
