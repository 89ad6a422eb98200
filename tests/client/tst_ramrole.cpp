// Accounts that assume a RAM role, against the emulator's STS and ESA: AssumeRole goes out as the
// official SDK sends it; the temporary credentials it issues sign every ESA call; one AssumeRole
// serves all the requests waiting for it; they are renewed before they expire (five minutes
// ahead, or half-way through a short lifetime) and once after ESA says they expired (for reads
// only); every STS refusal reaches the waiting calls as an STS error that names the role; no
// temporary secret or token reaches the HTTP log or an error; and the AssumeRole on its way is
// owned by its provider: callers share it, and it is aborted on the wire when the provider goes.
#include "tests/support/Await.h"
#include "app/accounts/AccountConnections.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/esa/AssumedRoleProvider.h"
#include "app/esa/EsaClient.h"
#include "app/net/HttpLog.h"
#include "app/net/HttpTransport.h"

#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

namespace {

QMutex logMutex;
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArray(context.category) == "cloudcodes.http") {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
}
QStringList logLines()
{
    QMutexLocker lock(&logMutex);
    return capturedLog;
}

QString deployerArn() { return DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName)); }
QString partnerArn() { return DemoData::ramRoleArn(QLatin1String(DemoData::PartnerRoleName)); }

RamRole deployer(int durationSeconds = RamRole::DefaultDurationSeconds)
{
    RamRole r;
    r.arn = deployerArn();
    r.sessionName = QStringLiteral("ci-session");
    r.durationSeconds = durationSeconds;
    return r;
}

AlibabaCredentials demoKey()
{
    return {QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret), {}};
}

// A clock the test moves: what the provider believes the time is (the emulator keeps its own).
struct MovableClock
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    std::atomic<qint64> offsetSeconds{0};
    QDateTime now() const { return start.addSecs(offsetSeconds.load()); }
};

QList<DeployedVersion> someDeployment()
{
    const DemoRoutine *edge = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    DeployedVersion v;
    v.codeVersion = edge->versions.first().codeVersion;
    v.percentage = 100;
    return {v};
}

} // namespace

class TestRamRole : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refreshPoint_data();
    void refreshPoint();
    void sessionName_data();
    void sessionName();
    void defaultSessionNameUsesTheLogin();
    void stsEndpoint_data();
    void stsEndpoint();
    void assumeRoleAsTheSdkSendsIt();
    void temporaryCredentialsSignEsa();
    void oneAssumeRoleForManyRequests();
    void renewedBeforeExpiry_data();
    void renewedBeforeExpiry();
    void expiredTokenRenewedOnceForARead();
    void expiredTokenNeverRetriedForAWrite();
    void renewedAtMostOncePerRead();
    void stsRefusals_data();
    void stsRefusals();
    void externalIdOpensThePartnerRole();
    void transientStsFailureIsRetried_data();
    void transientStsFailureIsRetried();
    void unreadableAnswerQuotesNothing_data();
    void unreadableAnswerQuotesNothing();
    void logShowsNoTemporarySecret();
    void demoAccountTestsAsTheRole();
    void waitingCallersShareOneAssumeRole();
    void droppedProviderAbortsItsAssumeRole();
    void closedAccountAbortsItsAssumeRole();

private:
    std::shared_ptr<AssumedRoleProvider> provider(const RamRole &role = deployer(), const AlibabaCredentials &key = demoKey())
    {
        auto p = std::make_shared<AssumedRoleProvider>(QUrl(m_emulator->baseUrl()), key, role);
        p->setClock([clock = m_clock] { return clock->now(); });
        return p;
    }
    EsaClient client(const std::shared_ptr<AssumedRoleProvider> &role, bool allowChanges = false)
    {
        return EsaClient(*m_transport, QUrl(m_emulator->baseUrl()), role, allowChanges);
    }
    int assumeRoles() const { return m_emulator->requestCount(QStringLiteral("AssumeRole")); }
    // Asks `role` for credentials where providers live, the network thread; `answers` counts the
    // calls back (there) and `usable` those that brought credentials.
    void askForCredentials(const std::shared_ptr<AssumedRoleProvider> &role, const std::shared_ptr<std::atomic<int>> &answers,
                           const std::shared_ptr<std::atomic<int>> &usable = std::make_shared<std::atomic<int>>())
    {
        QMetaObject::invokeMethod(m_transport->networkContext(), [&] {
            role->credentials(*m_transport, [answers, usable](ApiResult<AssumedRole> r) {
                ++*answers;
                if (r.ok() && !r.value().credentials.accessKeyId.isEmpty())
                    ++*usable;
            });
        }, Qt::BlockingQueuedConnection);
    }
    // Every answer waits this long at the emulator: a request stays in flight meanwhile.
    void holdAnswers(int ms)
    {
        FaultPlan slow;
        slow.latencyMs = ms;
        m_emulator->setFaultPlan(slow);
    }
    int listings() const { return m_emulator->requestCount(QStringLiteral("ListUserRoutines")); }
    void withLog(bool on)
    {
        if (on) {
            {
                QMutexLocker lock(&logMutex);
                capturedLog.clear();
            }
            HttpLog::enable(true);
            m_previousHandler = qInstallMessageHandler(captureLog);
        } else {
            qInstallMessageHandler(m_previousHandler);
            HttpLog::enable(false);
        }
    }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
    std::shared_ptr<MovableClock> m_clock;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestRamRole::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0));
    NetworkSettings s;
    s.backoffBaseMs = 20; // retries are exercised, not waited for
    m_transport = std::make_unique<HttpTransport>(s);
    m_clock = std::make_shared<MovableClock>();
}

void TestRamRole::cleanup()
{
    m_transport.reset();
    m_emulator.reset();
}

// Five minutes before Expiration for lifetimes of ten minutes and more; half-way below that.
void TestRamRole::refreshPoint_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("refreshAfter");
    QTest::newRow("an hour") << qint64(3600) << qint64(3300);
    QTest::newRow("15 minutes (the shortest STS grants)") << qint64(900) << qint64(600);
    QTest::newRow("exactly 10 minutes") << qint64(600) << qint64(300);
    QTest::newRow("just under 10 minutes: half-way") << qint64(598) << qint64(299);
    QTest::newRow("20 s: half-way") << qint64(20) << qint64(10);
    QTest::newRow("already expired: at once") << qint64(-5) << qint64(0);
}

void TestRamRole::refreshPoint()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, refreshAfter);
    const QDateTime issued = QDateTime::fromString(QStringLiteral("2026-03-11T01:23:21Z"), Qt::ISODate);
    const QDateTime refresh = AssumedRole::refreshPoint(issued, issued.addSecs(lifetime));
    QCOMPARE(issued.secsTo(refresh), refreshAfter);
    AssumedRole r;
    r.credentials.accessKeyId = QStringLiteral("STS.x");
    r.refreshAt = refresh;
    QVERIFY(!r.usableAt(refresh));
    QCOMPARE(r.usableAt(issued), refreshAfter > 0); // already expired: never used from the cache
}

void TestRamRole::sessionName_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("cloudcodes-alice");
    QTest::newRow("mail-like") << QStringLiteral("first.last@corp") << QStringLiteral("cloudcodes-first.last@corp");
    QTest::newRow("spaces and accents dropped") << QStringLiteral("José Pérez") << QStringLiteral("cloudcodes-JosPrez");
    QTest::newRow("a Windows domain login") << QStringLiteral("CORP\\bob_1") << QStringLiteral("cloudcodes-CORPbob_1");
    QTest::newRow("nothing usable") << QStringLiteral("张三") << QStringLiteral("cloudcodes");
    QTest::newRow("empty") << QString() << QStringLiteral("cloudcodes");
    QTest::newRow("too long: cut to 64") << QString(100, QLatin1Char('x')) << QStringLiteral("cloudcodes-") + QString(53, QLatin1Char('x'));
}

void TestRamRole::sessionName()
{
    QFETCH(QString, login);
    QFETCH(QString, expected);
    const QString name = RamRole::sessionNameFor(login);
    QCOMPARE(name, expected);
    QVERIFY(RamRole::isValidSessionName(name));
}

void TestRamRole::defaultSessionNameUsesTheLogin()
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "ci-runner");
    const QString name = RamRole::defaultSessionName();
    qputenv("USER", saved);
    QCOMPARE(name, QStringLiteral("cloudcodes-ci-runner"));
    RamRole unnamed;
    QVERIFY(unnamed.effectiveSessionName().startsWith(QLatin1String("cloudcodes")));
    QVERIFY(RamRole::isValidSessionName(unnamed.effectiveSessionName()));
}

// Where AssumeRole goes: the STS endpoint if set; the ESA endpoint's address when that is this
// machine (the demo); else the public endpoint.
void TestRamRole::stsEndpoint_data()
{
    QTest::addColumn<QString>("esa");
    QTest::addColumn<QString>("sts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("defaults") << QString() << QString() << QStringLiteral("https://sts.aliyuncs.com");
    QTest::newRow("ESA on loopback (the emulator)") << QStringLiteral("http://127.0.0.1:8080") << QString() << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("ESA on localhost, with a path") << QStringLiteral("http://localhost:9000/x") << QString() << QStringLiteral("http://localhost:9000");
    QTest::newRow("custom public ESA endpoint") << QStringLiteral("https://esa.example.com") << QString() << QStringLiteral("https://sts.aliyuncs.com");
    QTest::newRow("explicit STS endpoint wins") << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("https://sts.cn-shanghai.aliyuncs.com")
                                                << QStringLiteral("https://sts.cn-shanghai.aliyuncs.com");
}

void TestRamRole::stsEndpoint()
{
    QFETCH(QString, esa);
    QFETCH(QString, sts);
    QFETCH(QString, expected);
    Account a;
    a.cloud = Account::Cloud::Alibaba;
    a.authKind = Account::AuthKind::RamRole;
    a.endpoint = QUrl(esa);
    a.stsEndpoint = QUrl(sts);
    QCOMPARE(a.effectiveStsEndpoint(), QUrl(expected));
    QCOMPARE(Account::stsEndpointForRegion(QStringLiteral("cn-hangzhou")), QUrl(QStringLiteral("https://sts.cn-hangzhou.aliyuncs.com")));
    QCOMPARE(Account::stsEndpointForRegion({}), QUrl(QStringLiteral("https://sts.aliyuncs.com")));
}

void TestRamRole::assumeRoleAsTheSdkSendsIt()
{
    RamRole role = deployer(1800);
    const ApiRequest plain = provider(role)->assumeRoleRequest();
    QCOMPARE(plain.service, ApiError::Service::Sts);
    QCOMPARE(plain.baseUrl, QUrl(m_emulator->baseUrl()));
    QCOMPARE(plain.parts.method, QByteArray("POST"));
    QCOMPARE(plain.parts.path, QByteArray("/"));
    QCOMPARE(plain.parts.header("x-acs-action"), QByteArray("AssumeRole"));
    QCOMPARE(plain.parts.header("x-acs-version"), QByteArray("2015-04-01"));
    QVERIFY(plain.parts.body.isEmpty());
    QVERIFY(!plain.parts.hasHeader("content-type"));
    QVERIFY(plain.authorizer);
    QCOMPARE(plain.parts.query, (QueryList{{QStringLiteral("RoleArn"), deployerArn()},
                                           {QStringLiteral("RoleSessionName"), QStringLiteral("ci-session")},
                                           {QStringLiteral("DurationSeconds"), QStringLiteral("1800")}}));

    role.policy = QStringLiteral("  {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"esa:Get*\",\"Resource\":\"*\"}]}\n");
    role.externalId = QStringLiteral("cloudcodes-external-id");
    const ApiRequest narrowed = provider(role)->assumeRoleRequest();
    QCOMPARE(narrowed.parts.query.mid(3), (QueryList{{QStringLiteral("Policy"), role.policy.trimmed()},
                                                     {QStringLiteral("ExternalId"), role.externalId}}));
    // And the emulator, which checks what STS checks, accepts it as sent.
    const auto r = awaitResult(client(provider(role)).listUserRoutines(1, 5));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(assumeRoles(), 1);
}

// The emulator's ESA takes the temporary credentials; the log shows which key signed what.
void TestRamRole::temporaryCredentialsSignEsa()
{
    withLog(true);
    const auto role = provider();
    const auto r = awaitResult(client(role).listUserRoutines(1, 5));
    withLog(false);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().totalCount, DemoData::RoutineCount);
    QCOMPARE(assumeRoles(), 1);
    QCOMPARE(role->assumeCount(), 1);

    const QList<AcsAccessKey> issued = m_emulator->issuedStsCredentials();
    QCOMPARE(issued.size(), 1);
    const std::optional<AssumedRole> cached = role->cached();
    QVERIFY(cached);
    QCOMPARE(cached->credentials.accessKeyId, issued.first().accessKeyId);
    QCOMPARE(cached->credentials.accessKeySecret, issued.first().secret);
    QCOMPARE(cached->credentials.securityToken, issued.first().securityToken);
    QCOMPARE(cached->arn, QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/ci-session"));
    QVERIFY(cached->assumedRoleId.endsWith(QLatin1String(":ci-session")));
    QCOMPARE(cached->expiration, issued.first().expiration);

    const QStringList lines = logLines();
    const auto line = [&lines](const char *label) {
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String(label)))
                return l;
        }
        return QString();
    };
    const QString sts = line("STS AssumeRole POST");
    const QString esa = line("ESA ListUserRoutines POST");
    QVERIFY2(sts.contains(QStringLiteral("Credential=") + QLatin1String(DemoData::AlibabaAccessKeyId)), qPrintable(sts));
    QVERIFY2(!sts.contains(QLatin1String("x-acs-security-token")), qPrintable(sts));
    QVERIFY2(esa.contains(QStringLiteral("Credential=") + issued.first().accessKeyId), qPrintable(esa));
    QVERIFY2(esa.contains(QStringLiteral("x-acs-accesskey-id: ") + issued.first().accessKeyId), qPrintable(esa));
    QVERIFY2(esa.contains(QLatin1String("x-acs-security-token: <redacted>")), qPrintable(esa));
    QVERIFY2(!esa.contains(QLatin1String(DemoData::AlibabaAccessKeyId)), qPrintable(esa));
}

// Twenty reads at once, none with credentials yet: one AssumeRole, and all of them signed with it.
// Again when the credentials are due for renewal.
void TestRamRole::oneAssumeRoleForManyRequests()
{
    FaultPlan slow;
    slow.latencyMs = 300; // AssumeRole is still on its way when the last of them asks
    m_emulator->setFaultPlan(slow);
    const auto role = provider();
    EsaClient esa = client(role);
    for (int round = 1; round <= 2; ++round) {
        std::vector<Request<RoutinePage>> reads;
        for (int size = 1; size <= 20; ++size)
            reads.push_back(esa.listUserRoutines(1, size)); // different sizes: not shared as one read
        for (auto &read : reads) {
            const auto r = awaitResult(std::move(read));
            QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        }
        QCOMPARE(assumeRoles(), round);
        QCOMPARE(listings(), 20 * round);
        m_clock->offsetSeconds = 3600; // past the refresh point (five minutes before an hour is up)
    }
    QCOMPARE(role->assumeCount(), 2);
}

void TestRamRole::renewedBeforeExpiry_data()
{
    QTest::addColumn<int>("stsLifetime"); // the emulator's cap; 0: as asked
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("stillCached");  // seconds after the first read
    QTest::addColumn<int>("renewed");
    QTest::newRow("an hour: five minutes ahead") << 0 << 3600 << 3300 - 3 << 3300 + 2;
    QTest::newRow("15 minutes: five minutes ahead") << 0 << 900 << 600 - 3 << 600 + 2;
    QTest::newRow("9 minutes (capped): half-way") << 540 << 3600 << 270 - 3 << 270 + 2;
    QTest::newRow("20 s (capped): half-way") << 20 << 3600 << 10 - 3 << 10 + 2;
}

// Two reads on either side of the refresh point: the second one asks STS again, before expiry.
void TestRamRole::renewedBeforeExpiry()
{
    QFETCH(int, stsLifetime);
    QFETCH(int, duration);
    QFETCH(int, stillCached);
    QFETCH(int, renewed);
    m_emulator->setStsLifetimeSeconds(stsLifetime);
    const auto role = provider(deployer(duration));
    EsaClient esa = client(role);
    QVERIFY(awaitResult(esa.listUserRoutines(1, 1)).ok());
    QCOMPARE(assumeRoles(), 1);
    const QString first = role->cached()->credentials.accessKeyId;
    QVERIFY(role->cached()->refreshAt < role->cached()->expiration);

    m_clock->offsetSeconds = stillCached;
    QVERIFY(awaitResult(esa.listUserRoutines(1, 2)).ok());
    QCOMPARE(assumeRoles(), 1);
    QCOMPARE(role->cached()->credentials.accessKeyId, first);

    m_clock->offsetSeconds = renewed;
    QVERIFY(awaitResult(esa.listUserRoutines(1, 3)).ok());
    QCOMPARE(assumeRoles(), 2);
    QVERIFY(role->cached()->credentials.accessKeyId != first);
    QCOMPARE(listings(), 3); // no read was refused on the way
}

// The emulator's clock runs ahead: ESA finds the credentials expired while the provider still
// trusts them. The read renews them and goes through; nothing else is repeated.
void TestRamRole::expiredTokenRenewedOnceForARead()
{
    m_emulator->setStsLifetimeSeconds(20);
    const auto role = provider();
    EsaClient esa = client(role);
    QVERIFY(awaitResult(esa.listUserRoutines(1, 1)).ok());
    m_emulator->setClockSkewSeconds(30);
    const auto r = awaitResult(esa.listUserRoutines(1, 2));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(assumeRoles(), 2);
    QCOMPARE(listings(), 3); // the first read, the refused attempt, its retry
}

// A write is sent once: refused for an expired token, it fails with ESA's answer and is not sent
// again. Its refusal still drops the credentials, so the next call assumes the role anew.
void TestRamRole::expiredTokenNeverRetriedForAWrite()
{
    m_emulator->setStsLifetimeSeconds(20);
    const auto role = provider();
    EsaClient esa = client(role, true);
    QVERIFY(awaitResult(esa.listUserRoutines(1, 1)).ok());
    m_emulator->setClockSkewSeconds(30);
    const auto w = awaitResult(esa.createRoutineCodeDeployment(QLatin1String(DemoData::EdgeRoutineName), QStringLiteral("staging"),
                                                               someDeployment()));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().service, ApiError::Service::Esa);
    QCOMPARE(w.error().code, QStringLiteral("InvalidSecurityToken.Expired"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 1);
    QCOMPARE(assumeRoles(), 1);
    QVERIFY(!role->cached());

    const auto r = awaitResult(esa.listUserRoutines(1, 2));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(assumeRoles(), 2);
    QCOMPARE(listings(), 2); // signed with fresh credentials at once: no refused attempt
}

// Credentials that are always expired by the time ESA sees them: one renewal, then the error.
void TestRamRole::renewedAtMostOncePerRead()
{
    m_emulator->setStsLifetimeSeconds(1);
    FaultPlan slow;
    slow.latencyMs = 1500; // every answer leaves later than the credentials live
    m_emulator->setFaultPlan(slow);
    const auto r = awaitResult(client(provider()).listUserRoutines(1, 1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("InvalidSecurityToken.Expired"));
    QCOMPARE(r.error().service, ApiError::Service::Esa);
    QCOMPARE(assumeRoles(), 2);
    QCOMPARE(listings(), 2);
}

// Each refusal STS can give, seen by three reads waiting for the role: the same STS error for all
// of them (one AssumeRole, one request id), with the vendor's code, and no ESA call made.
void TestRamRole::stsRefusals_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString id = QLatin1String(DemoData::AlibabaAccessKeyId);
    const QString secret = QLatin1String(DemoData::AlibabaAccessKeySecret);
    QTest::newRow("wrong secret") << id << QStringLiteral("not-the-secret") << deployerArn() << QString() << 3600 << QString()
                                  << 400 << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("unknown AccessKey") << QStringLiteral("LTAI5tNobodyKnowsThis1") << secret << deployerArn() << QString() << 3600
                                       << QString() << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
    QTest::newRow("no such role") << id << secret << DemoData::ramRoleArn(QStringLiteral("cloudcodes-nobody")) << QString() << 3600
                                  << QString() << 404 << QStringLiteral("EntityNotExist.Role");
    QTest::newRow("role that wants an ExternalId, without one")
            << id << secret << partnerArn() << QString() << 3600 << QString() << 403 << QStringLiteral("NoPermission");
    QTest::newRow("role that wants an ExternalId, another one")
            << id << secret << partnerArn() << QStringLiteral("someone-else") << 3600 << QString() << 403 << QStringLiteral("NoPermission");
    QTest::newRow("longer than the role's maximum session")
            << id << secret << deployerArn() << QString() << 7200 << QString() << 400 << QStringLiteral("InvalidParameter.DurationSeconds");
    QTest::newRow("policy STS does not accept")
            << id << secret << deployerArn() << QString() << 3600 << QStringLiteral("{\"Statement\":[]}") << 400
            << QStringLiteral("InvalidParameter.PolicyGrammar");
}

void TestRamRole::stsRefusals()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, arn);
    QFETCH(QString, externalId);
    QFETCH(int, duration);
    QFETCH(QString, policy);
    QFETCH(int, status);
    QFETCH(QString, code);

    RamRole role = deployer(duration);
    role.arn = arn;
    role.externalId = externalId;
    role.policy = policy;
    EsaClient esa = client(provider(role, {keyId, secret, {}}));
    std::vector<Request<RoutinePage>> reads;
    for (int size = 1; size <= 3; ++size)
        reads.push_back(esa.listUserRoutines(1, size));
    QString requestId;
    for (auto &read : reads) {
        const auto r = awaitResult(std::move(read));
        QVERIFY(!r.ok());
        const ApiError &e = r.error();
        QCOMPARE(e.service, ApiError::Service::Sts);
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.requestId.isEmpty());
        QVERIFY2(e.message.startsWith(QStringLiteral("Assuming the RAM role %1 failed: ").arg(arn)), qPrintable(e.message));
        QVERIFY2(e.message.size() > QStringLiteral("Assuming the RAM role %1 failed: ").arg(arn).size(), qPrintable(e.message));
        QVERIFY(e.details().contains(QLatin1String("Alibaba Cloud STS")));
        if (requestId.isEmpty())
            requestId = e.requestId;
        QCOMPARE(e.requestId, requestId);
    }
    QCOMPARE(assumeRoles(), 1);
    QCOMPARE(listings(), 0);
}

void TestRamRole::externalIdOpensThePartnerRole()
{
    RamRole partner = deployer();
    partner.arn = partnerArn();
    partner.externalId = QLatin1String(DemoData::PartnerExternalId);
    const auto role = provider(partner);
    const auto r = awaitResult(client(role).listUserRoutines(1, 1));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(role->cached()->arn.contains(QLatin1String("assumed-role/cloudcodes-demo-partner/")));
}

void TestRamRole::transientStsFailureIsRetried_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("503") << int(FaultKind::Unavailable);
    QTest::newRow("500") << int(FaultKind::ServerError);
    QTest::newRow("Throttling.User") << int(FaultKind::Throttling);
    QTest::newRow("reset mid-body") << int(FaultKind::ResetMidBody);
}

void TestRamRole::transientStsFailureIsRetried()
{
    QFETCH(int, fault);
    m_emulator->forceFaultFor(QStringLiteral("AssumeRole"), FaultKind(fault), 1);
    const auto r = awaitResult(client(provider()).listUserRoutines(1, 1));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(assumeRoles(), 2);
    QCOMPARE(listings(), 1);
}

void TestRamRole::unreadableAnswerQuotesNothing_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    QTest::newRow("cut short") << int(FaultKind::TruncatedBody) << int(ApiError::Kind::Truncated);
    QTest::newRow("not JSON") << int(FaultKind::InvalidJson) << int(ApiError::Kind::InvalidJson);
}

// An AssumeRole answer that cannot be read may still hold the credentials: the error keeps none of it.
void TestRamRole::unreadableAnswerQuotesNothing()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    m_emulator->forceFaultFor(QStringLiteral("AssumeRole"), FaultKind(fault), 1);
    const auto r = awaitResult(client(provider()).listUserRoutines(1, 1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().service, ApiError::Service::Sts);
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY(r.error().message.startsWith(QLatin1String("Assuming the RAM role")));
    QVERIFY(r.error().rawBody.isEmpty());
    const QList<AcsAccessKey> issued = m_emulator->issuedStsCredentials();
    QCOMPARE(issued.size(), 1); // the emulator did issue them before the answer was spoiled
    const QString shown = r.error().summary() + r.error().details();
    QVERIFY(!shown.contains(issued.first().secret.left(12)));
    QVERIFY(!shown.contains(issued.first().securityToken.left(12)));
    QCOMPARE(listings(), 0);
}

// A session with renewals, an expiry refusal and a failed AssumeRole, logged as --log-http does:
// no temporary secret or token in any line, though every line that carried one is there.
void TestRamRole::logShowsNoTemporarySecret()
{
    withLog(true);
    m_emulator->setStsLifetimeSeconds(20);
    const auto role = provider();
    EsaClient esa = client(role);
    QVERIFY(awaitResult(esa.listUserRoutines(1, 1)).ok());
    m_clock->offsetSeconds = 15; // renewed before expiry
    QVERIFY(awaitResult(esa.getRoutine(QLatin1String(DemoData::EdgeRoutineName))).ok());
    m_emulator->setClockSkewSeconds(30); // refused as expired, renewed, retried
    QVERIFY(awaitResult(esa.listUserRoutines(1, 2)).ok());
    m_emulator->forceFaultFor(QStringLiteral("AssumeRole"), FaultKind::TruncatedBody, 1);
    role->invalidate();
    QVERIFY(!awaitResult(esa.listUserRoutines(1, 3)).ok());
    withLog(false);

    const QList<AcsAccessKey> issued = m_emulator->issuedStsCredentials();
    QCOMPARE(issued.size(), 4);
    const QStringList lines = logLines();
    QCOMPARE(lines.filter(QStringLiteral("STS AssumeRole POST")).size(), 4);
    QVERIFY(lines.filter(QStringLiteral("InvalidSecurityToken.Expired")).size() == 1);
    QCOMPARE(lines.filter(QStringLiteral("x-acs-security-token: <redacted>")).size(), 4); // three reads and the refused attempt
    const QString all = lines.join(QLatin1Char('\n'));
    for (const AcsAccessKey &key : issued) {
        QVERIFY2(!all.contains(key.secret), qPrintable(key.accessKeyId));
        QVERIFY2(!all.contains(key.securityToken), qPrintable(key.accessKeyId));
    }
    QVERIFY(!all.contains(QLatin1String(DemoData::AlibabaAccessKeySecret)));
}

// The demo account "Alibaba RAM role" assumes the demo deployer role on the emulator, and Test
// connection names the assumed role.
void TestRamRole::demoAccountTestsAsTheRole()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore store(settings, secrets);
    AccountConnections connections(store, *m_transport);
    const QList<DemoAccount> demo = DemoAccounts::make(QUrl(m_emulator->baseUrl()));
    const auto it = std::find_if(demo.cbegin(), demo.cend(), [](const DemoAccount &d) { return d.account.authKind == Account::AuthKind::RamRole; });
    QVERIFY(it != demo.cend());
    QCOMPARE(it->account.id, QStringLiteral("demo-alibaba-ram-role"));
    QCOMPARE(it->account.ramRole.arn, deployerArn());
    QVERIFY(it->account.allowChanges);
    QCOMPARE(it->account.effectiveStsEndpoint(), QUrl(m_emulator->baseUrl()));
    QCOMPARE(it->secrets.keys(), QList<Account::Secret>{Account::Secret::AccessKeySecret});

    const auto r = awaitResult(connections.testConnection(it->account, it->secrets));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    // (No translator is loaded here, so the plural reads "routine(s)".)
    QVERIFY2(r.value().startsWith(QStringLiteral("Connected as acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/cloudcodes-demo: "
                                                 "14 edge routine")),
             qPrintable(r.value()));
    QCOMPARE(assumeRoles(), 1);
}

// Two callers while AssumeRole is on its way: one AssumeRole at STS, and both get its credentials.
void TestRamRole::waitingCallersShareOneAssumeRole()
{
    holdAnswers(1000);
    const auto role = provider();
    const auto answers = std::make_shared<std::atomic<int>>(0);
    const auto usable = std::make_shared<std::atomic<int>>(0);
    askForCredentials(role, answers, usable);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1); // at STS, its answer held back
    askForCredentials(role, answers, usable);
    QCOMPARE(answers->load(), 0); // both wait for the one AssumeRole
    QTRY_COMPARE(answers->load(), 2);
    QCOMPARE(usable->load(), 2);
    QCOMPARE(assumeRoles(), 1);
    QCOMPARE(role->assumeCount(), 1);
}

// The provider goes while STS still holds the answer: AssumeRole is aborted on the wire (the
// emulator sees the client hang up) and the caller that waited is never called back.
void TestRamRole::droppedProviderAbortsItsAssumeRole()
{
    holdAnswers(10000);
    auto role = provider();
    const auto answers = std::make_shared<std::atomic<int>>(0);
    askForCredentials(role, answers);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1);
    const std::weak_ptr<AssumedRoleProvider> gone = role;
    role.reset();
    QVERIFY(gone.expired()); // nothing else kept it, not even its own AssumeRole
    QTRY_COMPARE(m_emulator->abandonedCount(), 1);
    QCOMPARE(m_emulator->inFlightCount(), 0);
    QCOMPARE(m_emulator->answeredCount(), 0);
    QMetaObject::invokeMethod(m_transport->networkContext(), [] {}, Qt::BlockingQueuedConnection); // what it had to do is done
    QCoreApplication::processEvents();
    QCOMPARE(answers->load(), 0);
    QCOMPARE(assumeRoles(), 1);
}

// The realistic way a provider goes: the read that waited for the role is killed and the
// account's client forgotten. The AssumeRole goes with them, on the wire.
void TestRamRole::closedAccountAbortsItsAssumeRole()
{
    holdAnswers(10000);
    auto esa = std::make_unique<EsaClient>(client(provider()));
    const std::weak_ptr<AssumedRoleProvider> role = esa->assumedRole();
    Request<RoutinePage> read = esa->listUserRoutines(1, 5);
    QTRY_COMPARE(m_emulator->inFlightCount(), 1); // AssumeRole, at STS
    read.kill();
    esa.reset();
    QTRY_VERIFY(role.expired());
    QTRY_COMPARE(m_emulator->abandonedCount(), 1);
    QCOMPARE(m_emulator->answeredCount(), 0);
    QCOMPARE(assumeRoles(), 1);
    QCOMPARE(listings(), 0);
}

QTEST_GUILESS_MAIN(TestRamRole)
#include "tst_ramrole.moc"
