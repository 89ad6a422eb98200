// EsaClient against the emulator: typed values for every call, descriptions decoded, badges
// from deployments, STS credentials, and each ESA error surfacing as the right ApiError.
#include "tests/support/Await.h"
#include "app/emulator/CloudEmulator.h"
#include "app/esa/EsaClient.h"
#include "app/net/HttpTransport.h"

#include <QJsonArray>
#include <QThread>
#include <QTest>
#include <atomic>
#include <memory>

class TestEsaClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listUserRoutines();
    void searchAndPaging();
    void getRoutineWithBadges();
    void listVersionsBothPages();
    void getRoutineCodeVersion();
    void getRoutineCodeVersionTaken();
    void seedExampleKeptVerbatim();
    void routineUserInfo();
    void stsCredentials();
    void errors_data();
    void errors();
    void wrongSecret();
    void descriptionDecoding_data();
    void descriptionDecoding();
    void parsersRejectWrongShapes();

private:
    EsaClient client(const AlibabaCredentials &c = {QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret), {}})
    {
        return EsaClient(*m_transport, QUrl(m_emulator->baseUrl()), c);
    }
    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestEsaClient::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0));
    NetworkSettings s;
    s.backoffBaseMs = 10;
    m_transport = std::make_unique<HttpTransport>(s);
}

void TestEsaClient::cleanup()
{
    m_transport.reset();
    m_emulator.reset();
}

void TestEsaClient::listUserRoutines()
{
    const auto r = awaitResult(client().listUserRoutines(1, 20));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().totalCount, DemoData::RoutineCount);
    QCOMPARE(r.value().routines.size(), DemoData::RoutineCount);
    QVERIFY(!r.value().requestId.isEmpty());
    const Routine &first = r.value().routines.first();
    const DemoRoutine *demo = DemoData::instance().routine(first.name);
    QVERIFY(demo);
    QCOMPARE(first.description, demo->description);
    QCOMPARE(first.createTime, demo->createTime);
}

void TestEsaClient::searchAndPaging()
{
    const auto page3 = awaitResult(client().listUserRoutines(3, 5));
    QVERIFY(page3.ok());
    QCOMPARE(page3.value().routines.size(), DemoData::RoutineCount - 10);
    QCOMPARE(page3.value().pageNumber, 3);
    const auto search = awaitResult(client().listUserRoutines(1, 20, QStringLiteral("鉴权")));
    QVERIFY(search.ok());
    QCOMPARE(search.value().totalCount, 1);
    QCOMPARE(search.value().routines.at(0).name, QStringLiteral("auth-guard"));
}

void TestEsaClient::getRoutineWithBadges()
{
    const auto r = awaitResult(client().getRoutine(QLatin1String(DemoData::EdgeRoutineName)));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().envs.size(), 2);
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(r.value().badgesFor(demo->versions.last().codeVersion), (QStringList{QStringLiteral("production 10%"), QStringLiteral("staging")}));
    QCOMPARE(r.value().badgesFor(demo->versions.at(38).codeVersion), QStringList{QStringLiteral("production 90%")});
    QVERIFY(r.value().badgesFor(demo->versions.first().codeVersion).isEmpty());
    QCOMPARE(r.value().routine.description, demo->description);
}

void TestEsaClient::listVersionsBothPages()
{
    QStringList all;
    for (int page = 1; page <= 2; ++page) {
        const auto r = awaitResult(client().listRoutineCodeVersions(QLatin1String(DemoData::EdgeRoutineName), page, 20));
        QVERIFY(r.ok());
        QCOMPARE(r.value().totalCount, 40);
        for (const CodeVersion &v : r.value().versions) {
            QVERIFY(v.createTime.isValid()); // including those sent with nanoseconds
            all << v.codeVersion;
        }
    }
    QCOMPARE(all.size(), 40);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 40);
}

void TestEsaClient::getRoutineCodeVersion()
{
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::LargeRoutineName));
    const DemoCodeVersion &v = demo->versions.at(1); // 1 MiB
    const auto r = awaitResult(client().getRoutineCodeVersion(demo->name, v.codeVersion));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().routineCode, DemoData::instance().routineCode(v));
    QCOMPARE(r.value().codeVersion, v.codeVersion);
    QCOMPARE(r.value().routineName, demo->name);
    QCOMPARE(r.value().createTime, v.createTime);
}

void TestEsaClient::getRoutineCodeVersionTaken()
{
    // `take` gets the version the plain call gives, on the pool (not the network thread, not
    // here), and what it makes of it is the answer; a failed call never reaches it.
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::LargeRoutineName));
    const DemoCodeVersion &v = demo->versions.at(1);
    const auto plain = awaitResult(client().getRoutineCodeVersion(demo->name, v.codeVersion));
    QVERIFY(plain.ok());
    std::atomic<const QThread *> thread{nullptr};
    const auto taken = awaitResult(client().getRoutineCodeVersion<QStringList>(
            demo->name, v.codeVersion, [&thread](RoutineCodeVersion &&version) -> ApiResult<QStringList> {
                thread = QThread::currentThread();
                return QStringList{version.routineName, version.codeVersion, version.description,
                                   version.createTime.toString(Qt::ISODateWithMs), version.requestId,
                                   QString::fromLatin1(version.routineCode)};
            }));
    QVERIFY2(taken.ok(), qPrintable(taken.error().summary()));
    const RoutineCodeVersion &p = plain.value();
    QCOMPARE(taken.value().mid(0, 4), (QStringList{p.routineName, p.codeVersion, p.description, p.createTime.toString(Qt::ISODateWithMs)}));
    QVERIFY(!taken.value().at(4).isEmpty());
    QCOMPARE(taken.value().at(5).toLatin1(), DemoData::instance().routineCode(v));
    QVERIFY(thread.load() != nullptr);
    QVERIFY(thread.load() != QThread::currentThread());
    QVERIFY(thread.load() != m_transport->networkThread());

    bool called = false;
    const auto missing = awaitResult(client().getRoutineCodeVersion<int>(demo->name, QStringLiteral("1"), [&called](RoutineCodeVersion &&) {
        called = true;
        return ApiResult<int>(1);
    }));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("CodeVersionNotExist"));
    QVERIFY(!called);
}

void TestEsaClient::seedExampleKeptVerbatim()
{
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::MissingCodeRoutineName));
    const auto r = awaitResult(client().getRoutineCodeVersion(demo->name, demo->versions.last().codeVersion));
    QVERIFY(r.ok());
    QCOMPARE(r.value().routineCode.size(), 167);
    QCOMPARE(r.value().description, QStringLiteral("test ver code desc")); // trailing newline trimmed
    QVERIFY(r.value().createTime.isValid());                             // "…Z\n" still parses
}

void TestEsaClient::routineUserInfo()
{
    const auto r = awaitResult(client().getRoutineUserInfo());
    QVERIFY(r.ok());
    QCOMPARE(r.value().routines.size(), DemoData::RoutineCount);
    QVERIFY(!r.value().subdomains.isEmpty());
}

void TestEsaClient::stsCredentials()
{
    const auto r = awaitResult(client({QLatin1String(DemoData::AlibabaStsAccessKeyId), QLatin1String(DemoData::AlibabaStsAccessKeySecret),
                                       QLatin1String(DemoData::AlibabaStsSecurityToken)})
                                       .listUserRoutines(1, 1));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().routines.size(), 1);
}

void TestEsaClient::errors_data()
{
    QTest::addColumn<QString>("routine");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown routine") << QStringLiteral("nope") << QStringLiteral("1") << 400 << QStringLiteral("RoutineNotExist");
    QTest::newRow("unknown version") << QString::fromLatin1(DemoData::EdgeRoutineName) << QStringLiteral("1") << 400 << QStringLiteral("CodeVersionNotExist");
    QTest::newRow("missing name") << QString() << QStringLiteral("1") << 400 << QStringLiteral("MissingParameter");
}

void TestEsaClient::errors()
{
    QFETCH(QString, routine);
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = awaitResult(client().getRoutineCodeVersion(routine, version));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().service, ApiError::Service::Esa);
    QCOMPARE(r.error().kind, ApiError::Kind::Http);
    QCOMPARE(r.error().httpStatus, status);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().requestId.isEmpty());
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().retryable);
    QVERIFY(r.error().summary().contains(code));
    QVERIFY(r.error().details().contains(r.error().requestId));
}

void TestEsaClient::wrongSecret()
{
    const auto r = awaitResult(client({QLatin1String(DemoData::AlibabaAccessKeyId), QStringLiteral("wrong"), {}}).listUserRoutines(1, 1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 1); // not retried
    const auto unknown = awaitResult(client({QStringLiteral("LTAI5tUnknown"), QStringLiteral("x"), {}}).listUserRoutines(1, 1));
    QCOMPARE(unknown.error().httpStatus, 404);
    QCOMPARE(unknown.error().code, QStringLiteral("InvalidAccessKeyId.NotFound"));
    const auto empty = awaitResult(client({QLatin1String(DemoData::AlibabaAccessKeyId), QString(), {}}).listUserRoutines(1, 1));
    QCOMPARE(empty.error().kind, ApiError::Kind::Auth);
}

void TestEsaClient::descriptionDecoding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vendor example") << QStringLiteral("ZWRpdCByb3V0aW5lIGNvbmZpZyBkZXNjcmlwdGlvbg==") << QStringLiteral("edit routine config description");
    QTest::newRow("chinese") << QString::fromLatin1(QStringLiteral("图片").toUtf8().toBase64()) << QStringLiteral("图片");
    QTest::newRow("plain text kept") << QStringLiteral("not base64!") << QStringLiteral("not base64!");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("binary kept as text") << QStringLiteral("//79") << QStringLiteral("//79");
}

void TestEsaClient::descriptionDecoding()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(EsaClient::decodeDescription(input), expected);
}

void TestEsaClient::parsersRejectWrongShapes()
{
    QVERIFY(!EsaClient::parseRoutinePage({}, QJsonObject{{QStringLiteral("Routines"), 5}}).ok());
    QVERIFY(!EsaClient::parseRoutinePage({}, QJsonObject{{QStringLiteral("Routines"), QJsonArray{1}}}).ok());
    QVERIFY(EsaClient::parseRoutinePage({}, QJsonObject{}).ok()); // no routines is an empty page
    QVERIFY(!EsaClient::parseCodeVersionPage(QJsonObject{{QStringLiteral("CodeVersions"), QJsonArray{QJsonObject{}}}}).ok());
    QVERIFY(!EsaClient::parseRoutineCodeVersion(QStringLiteral("r"), QStringLiteral("1"), QJsonObject{{QStringLiteral("RoutineCode"), 12}}).ok());
    QVERIFY(!EsaClient::parseRoutineDetail(QStringLiteral("r"), QJsonObject{{QStringLiteral("Envs"), QStringLiteral("x")}}).ok());
    const auto e = EsaClient::parseRoutinePage({}, QJsonObject{{QStringLiteral("Routines"), 5}}).error();
    QCOMPARE(e.kind, ApiError::Kind::InvalidJson);
}

QTEST_GUILESS_MAIN(TestEsaClient)
#include "tst_esaclient.moc"
