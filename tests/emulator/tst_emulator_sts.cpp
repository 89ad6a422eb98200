// The emulated STS AssumeRole (2015-04-01) on the emulator's port: told apart from ESA by its
// API version, signed and verified like ESA, the demo roles, every refusal with the vendor's
// codes, and the temporary credentials it issues, which ESA accepts until they expire.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <memory>

namespace {

QString deployerArn() { return DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName)); }
QString partnerArn() { return DemoData::ramRoleArn(QLatin1String(DemoData::PartnerRoleName)); }
const DemoRamRole &deployer() { return *DemoData::instance().ramRole(deployerArn()); }

QueryList assumeParams(const QString &arn = deployerArn(), const QString &session = QStringLiteral("alice"),
                       const QueryList &more = {})
{
    QueryList p;
    if (!arn.isNull())
        p.append({QStringLiteral("RoleArn"), arn});
    if (!session.isNull())
        p.append({QStringLiteral("RoleSessionName"), session});
    return p + more;
}

AlibabaCredentials credentialsOf(const WireResult &r)
{
    const QJsonObject c = r.json.value(QStringLiteral("Credentials")).toObject();
    return {c.value(QStringLiteral("AccessKeyId")).toString(), c.value(QStringLiteral("AccessKeySecret")).toString(),
            c.value(QStringLiteral("SecurityToken")).toString()};
}

QDateTime expirationOf(const WireResult &r)
{
    return QDateTime::fromString(r.json.value(QStringLiteral("Credentials")).toObject().value(QStringLiteral("Expiration")).toString(), Qt::ISODate);
}

const QueryList &firstPage()
{
    static const QueryList p{{QStringLiteral("PageNumber"), QStringLiteral("1")}, {QStringLiteral("PageSize"), QStringLiteral("5")}};
    return p;
}

void verifyAcsError(const WireResult &r, int status, const QString &code, const QString &product = QStringLiteral("Sts"))
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    QVERIFY(!r.str(QStringLiteral("Message")).isEmpty());
    QVERIFY(!r.str(QStringLiteral("RequestId")).isEmpty());
    QCOMPARE(r.str(QStringLiteral("RequestId")).toLatin1(), r.header("x-acs-request-id"));
    QVERIFY(!r.str(QStringLiteral("HostId")).isEmpty());
    QVERIFY2(r.str(QStringLiteral("Recommend")).contains(QStringLiteral("product=") + product), qPrintable(r.str(QStringLiteral("Recommend"))));
    QVERIFY(!r.json.contains(QStringLiteral("Credentials")));
}

} // namespace

class TestEmulatorSts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assumeRoleIssuesCredentials();
    void defaultDurationIsAnHour();
    void everyIssueIsNew();
    void parametersFromTheFormBody();
    void issuedCredentialsWorkWithEsa();
    void issuedCredentialsNeedTheirToken();
    void issuedCredentialsExpire();
    void lifetimeCapIsOnlyACap();
    void fixedDemoStsKeepsWorking();
    void refusals_data();
    void refusals();
    void acceptedEdges_data();
    void acceptedEdges();
    void signedLikeEsa();
    void versionTellsStsFromEsa();
    void faultsAnswerInTheAcsShape();
    void freshEmulatorForgetsIssuedCredentials();

private:
    WireResult assume(const QueryList &params, const AlibabaCredentials &caller = WireClient::demoAlibaba())
    {
        return m_client->sts(QStringLiteral("AssumeRole"), params, false, caller);
    }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorSts::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorSts::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorSts::assumeRoleIssuesCredentials()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const WireResult r = assume(assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("DurationSeconds"), QStringLiteral("900")}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.keys(), (QStringList{QStringLiteral("AssumedRoleUser"), QStringLiteral("Credentials"), QStringLiteral("RequestId")}));
    QCOMPARE(r.str(QStringLiteral("RequestId")).toLatin1(), r.header("x-acs-request-id"));
    const QJsonObject c = r.json.value(QStringLiteral("Credentials")).toObject();
    QCOMPARE(c.keys(), (QStringList{QStringLiteral("AccessKeyId"), QStringLiteral("AccessKeySecret"), QStringLiteral("Expiration"),
                                    QStringLiteral("SecurityToken")}));
    QVERIFY2(QRegularExpression(QStringLiteral("^STS\\.[A-Za-z0-9]{20,}$")).match(c.value(QStringLiteral("AccessKeyId")).toString()).hasMatch(),
             qPrintable(c.value(QStringLiteral("AccessKeyId")).toString()));
    QVERIFY(c.value(QStringLiteral("AccessKeyId")).toString() != QLatin1String(DemoData::AlibabaStsAccessKeyId));
    QVERIFY(c.value(QStringLiteral("AccessKeySecret")).toString().size() >= 30);
    QVERIFY(c.value(QStringLiteral("SecurityToken")).toString().size() >= 100);
    // Expiration: ISO-8601 UTC in whole seconds, DurationSeconds from now.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(c.value(QStringLiteral("Expiration")).toString()).hasMatch(),
             qPrintable(c.value(QStringLiteral("Expiration")).toString()));
    const qint64 lifetime = before.secsTo(expirationOf(r));
    QVERIFY2(lifetime >= 898 && lifetime <= 901, qPrintable(QString::number(lifetime)));
    const QJsonObject user = r.json.value(QStringLiteral("AssumedRoleUser")).toObject();
    QCOMPARE(user.value(QStringLiteral("Arn")).toString(), QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/alice"));
    QCOMPARE(user.value(QStringLiteral("AssumedRoleId")).toString(), deployer().roleId + QStringLiteral(":alice"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AssumeRole")), 1);
}

void TestEmulatorSts::defaultDurationIsAnHour()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const WireResult r = assume(assumeParams());
    QCOMPARE(r.status, 200);
    const qint64 lifetime = before.secsTo(expirationOf(r));
    QVERIFY2(lifetime >= 3598 && lifetime <= 3601, qPrintable(QString::number(lifetime)));
}

void TestEmulatorSts::everyIssueIsNew()
{
    const AlibabaCredentials a = credentialsOf(assume(assumeParams()));
    const AlibabaCredentials b = credentialsOf(assume(assumeParams()));
    QVERIFY(!a.accessKeyId.isEmpty() && !b.accessKeyId.isEmpty());
    QVERIFY(a.accessKeyId != b.accessKeyId);
    QVERIFY(a.accessKeySecret != b.accessKeySecret);
    QVERIFY(a.securityToken != b.securityToken);
    // Both stay valid: a refresh does not cut off the credentials still in use.
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, a).status, 200);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, b).status, 200);
}

void TestEmulatorSts::parametersFromTheFormBody()
{
    const WireResult r = m_client->sts(QStringLiteral("AssumeRole"), assumeParams(deployerArn(), QStringLiteral("bob")), true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("AssumedRoleUser")).toObject().value(QStringLiteral("Arn")).toString(),
             QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/bob"));
}

void TestEmulatorSts::issuedCredentialsWorkWithEsa()
{
    const AlibabaCredentials issued = credentialsOf(assume(assumeParams()));
    WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, issued);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), DemoData::instance().routines().size());
    r = m_client->esa(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), QLatin1String(DemoData::EdgeRoutineName)}}, true, issued);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("Envs")).toArray().size(), 2);
    // They may change things, like any STS credential.
    const DemoRoutine &edge = *DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    r = m_client->esa(QStringLiteral("DeleteRoutineCodeVersion"), {{QStringLiteral("Name"), edge.name}, {QStringLiteral("CodeVersion"), edge.versions.at(0).codeVersion}},
                      true, issued);
    QCOMPARE(r.status, 200);
    // And assume a role again (role chaining).
    QCOMPARE(assume(assumeParams(), issued).status, 200);
}

void TestEmulatorSts::issuedCredentialsNeedTheirToken()
{
    const AlibabaCredentials issued = credentialsOf(assume(assumeParams()));
    const AlibabaCredentials other = credentialsOf(assume(assumeParams()));
    AlibabaCredentials noToken = issued;
    noToken.securityToken.clear();
    verifyAcsError(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, noToken), 400, QStringLiteral("MissingSecurityToken"), QStringLiteral("ESA"));
    AlibabaCredentials wrongToken = issued;
    wrongToken.securityToken = other.securityToken;
    verifyAcsError(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, wrongToken), 400,
                   QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"), QStringLiteral("ESA"));
    AlibabaCredentials wrongSecret = issued;
    wrongSecret.accessKeySecret = other.accessKeySecret;
    verifyAcsError(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, wrongSecret), 400,
                   QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("ESA"));
    // The fixed demo STS token does not go with an issued key either.
    AlibabaCredentials demoToken = issued;
    demoToken.securityToken = QLatin1String(DemoData::AlibabaStsSecurityToken);
    verifyAcsError(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, demoToken), 400,
                   QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"), QStringLiteral("ESA"));
}

void TestEmulatorSts::issuedCredentialsExpire()
{
    m_emulator->setStsLifetimeSeconds(60);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const WireResult r = assume(assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("DurationSeconds"), QStringLiteral("3600")}}));
    QCOMPARE(r.status, 200);
    const qint64 lifetime = before.secsTo(expirationOf(r));
    QVERIFY2(lifetime >= 58 && lifetime <= 61, qPrintable(QString::number(lifetime)));
    const AlibabaCredentials issued = credentialsOf(r);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, issued).status, 200);

    // The emulator's clock 50 s on: still valid. Then past the expiration (signed at that time too).
    m_emulator->setClockSkewSeconds(50);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(50);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, issued, {}, later).status, 200);
    m_emulator->setClockSkewSeconds(62);
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(62);
    WireResult refused = m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, issued, {}, past);
    verifyAcsError(refused, 400, QStringLiteral("InvalidSecurityToken.Expired"), QStringLiteral("ESA"));
    QVERIFY(refused.str(QStringLiteral("Message")).startsWith(QStringLiteral("Specified SecurityToken is expired.")));
    refused = m_client->esa(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), QLatin1String(DemoData::EdgeRoutineName)}}, true, issued, {}, past);
    verifyAcsError(refused, 400, QStringLiteral("InvalidSecurityToken.Expired"), QStringLiteral("ESA"));
    // STS refuses them too; the long-term key assumes the role again and the new ones work.
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, issued, {}, past), 400, QStringLiteral("InvalidSecurityToken.Expired"));
    const WireResult refreshed = m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, WireClient::demoAlibaba(), {}, past);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, credentialsOf(refreshed), {}, past).status, 200);
}

void TestEmulatorSts::lifetimeCapIsOnlyACap()
{
    m_emulator->setStsLifetimeSeconds(1800);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    qint64 lifetime = before.secsTo(expirationOf(assume(assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("DurationSeconds"), QStringLiteral("900")}}))));
    QVERIFY2(lifetime >= 898 && lifetime <= 901, qPrintable(QString::number(lifetime))); // shorter than the cap: as asked
    lifetime = before.secsTo(expirationOf(assume(assumeParams())));
    QVERIFY2(lifetime >= 1798 && lifetime <= 1801, qPrintable(QString::number(lifetime)));
    m_emulator->setStsLifetimeSeconds(0);
    lifetime = before.secsTo(expirationOf(assume(assumeParams())));
    QVERIFY2(lifetime >= 3598 && lifetime <= 3601, qPrintable(QString::number(lifetime)));
}

void TestEmulatorSts::fixedDemoStsKeepsWorking()
{
    m_emulator->setStsLifetimeSeconds(1);
    QCOMPARE(assume(assumeParams()).status, 200);
    m_emulator->setClockSkewSeconds(600);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(600);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, WireClient::demoAlibabaSts(), {}, later).status, 200);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, WireClient::demoAlibaba(), {}, later).status, 200);
    QCOMPARE(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, WireClient::demoAlibabaSts(), {}, later).status, 200);
}

void TestEmulatorSts::refusals_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named"); // what the message must contain

    auto with = [](const QString &name, const QString &value) { return assumeParams(deployerArn(), QStringLiteral("alice"), {{name, value}}); };
    const QString duration = QStringLiteral("DurationSeconds"), policy = QStringLiteral("Policy"), external = QStringLiteral("ExternalId");
    const QString durationMessage = QStringLiteral("The Min/Max value of DurationSeconds is 15min/1hr.");
    const QString grammar = QStringLiteral("The parameter Policy has not passed grammar check.");

    QTest::newRow("no RoleArn") << assumeParams(QString()) << 400 << QStringLiteral("MissingRoleArn") << QStringLiteral("RoleArn is mandatory");
    QTest::newRow("empty RoleArn") << assumeParams(QStringLiteral("")) << 400 << QStringLiteral("MissingRoleArn") << QStringLiteral("RoleArn");
    QTest::newRow("no RoleSessionName") << assumeParams(deployerArn(), QString()) << 400 << QStringLiteral("MissingRoleSessionName") << QStringLiteral("RoleSessionName is mandatory");
    QTest::newRow("empty RoleSessionName") << assumeParams(deployerArn(), QStringLiteral("")) << 400 << QStringLiteral("MissingRoleSessionName") << QStringLiteral("RoleSessionName");
    QTest::newRow("RoleArn a bare name") << assumeParams(QStringLiteral("cloudcodes-demo-deployer")) << 400 << QStringLiteral("InvalidParameter.RoleArn") << QStringLiteral("wrongly formed");
    QTest::newRow("RoleArn of a user") << assumeParams(QStringLiteral("acs:ram::1234567890123456:user/alice")) << 400 << QStringLiteral("InvalidParameter.RoleArn") << QStringLiteral("acs:ram::");
    QTest::newRow("RoleArn without account") << assumeParams(QStringLiteral("acs:ram:::role/cloudcodes-demo-deployer")) << 400 << QStringLiteral("InvalidParameter.RoleArn") << QStringLiteral("RoleArn");
    QTest::newRow("unknown role") << assumeParams(DemoData::ramRoleArn(QStringLiteral("no-such-role"))) << 404 << QStringLiteral("EntityNotExist.Role") << QStringLiteral("no-such-role");
    QTest::newRow("another account's role") << assumeParams(QStringLiteral("acs:ram::9999999999999999:role/cloudcodes-demo-deployer")) << 404 << QStringLiteral("EntityNotExist.Role") << QStringLiteral("not exists");
    QTest::newRow("session of 1 character") << assumeParams(deployerArn(), QStringLiteral("a")) << 400 << QStringLiteral("InvalidParameter.RoleSessionName") << QStringLiteral("wrongly formed");
    QTest::newRow("session of 65 characters") << assumeParams(deployerArn(), QString(65, QLatin1Char('s'))) << 400 << QStringLiteral("InvalidParameter.RoleSessionName") << QStringLiteral("65");
    QTest::newRow("session with *") << assumeParams(deployerArn(), QStringLiteral("abc*abc")) << 400 << QStringLiteral("InvalidParameter.RoleSessionName") << QStringLiteral("2 to 64");
    QTest::newRow("session with a space") << assumeParams(deployerArn(), QStringLiteral("alice bob")) << 400 << QStringLiteral("InvalidParameter.RoleSessionName") << QStringLiteral("RoleSessionName");
    QTest::newRow("session not ASCII") << assumeParams(deployerArn(), QStringLiteral("忍者神龟")) << 400 << QStringLiteral("InvalidParameter.RoleSessionName") << QStringLiteral("RoleSessionName");
    QTest::newRow("DurationSeconds 899") << with(duration, QStringLiteral("899")) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << durationMessage;
    QTest::newRow("DurationSeconds 3601") << with(duration, QStringLiteral("3601")) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << QStringLiteral("3600");
    QTest::newRow("DurationSeconds -1") << with(duration, QStringLiteral("-1")) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << durationMessage;
    QTest::newRow("DurationSeconds huge") << with(duration, QStringLiteral("99999999999999999999")) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << durationMessage;
    QTest::newRow("DurationSeconds text") << with(duration, QStringLiteral("an hour")) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << QStringLiteral("an hour");
    QTest::newRow("DurationSeconds empty") << with(duration, QString(QLatin1String(""))) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << durationMessage;
    QTest::newRow("DurationSeconds 1.5") << with(duration, QStringLiteral("1000.5")) << 400 << QStringLiteral("InvalidParameter.DurationSeconds") << durationMessage;
    QTest::newRow("Policy not JSON") << with(policy, QStringLiteral("{\"Statement\": [")) << 400 << QStringLiteral("InvalidParameter.PolicyGrammar") << grammar;
    QTest::newRow("Policy an array") << with(policy, QStringLiteral("[]")) << 400 << QStringLiteral("InvalidParameter.PolicyGrammar") << QStringLiteral("object");
    QTest::newRow("Policy empty") << with(policy, QString(QLatin1String(""))) << 400 << QStringLiteral("InvalidParameter.PolicyGrammar") << grammar;
    QTest::newRow("Policy version 2") << with(policy, QStringLiteral("{\"Version\":\"2\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}")) << 400 << QStringLiteral("InvalidParameter.PolicyGrammar") << QStringLiteral("Version");
    QTest::newRow("Policy without Statement") << with(policy, QStringLiteral("{\"Version\":\"1\"}")) << 400 << QStringLiteral("InvalidParameter.PolicyGrammar") << QStringLiteral("Statement");
    QTest::newRow("Policy statement without Effect") << with(policy, QStringLiteral("{\"Version\":\"1\",\"Statement\":[{\"Action\":\"*\"}]}")) << 400 << QStringLiteral("InvalidParameter.PolicyGrammar") << QStringLiteral("Effect");
    QTest::newRow("Policy over 2048 bytes") << with(policy, QStringLiteral("{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"%1\"}]}").arg(QString(2048, QLatin1Char('a')))) << 400 << QStringLiteral("InvalidParameter.PolicySize") << QStringLiteral("2048");
    QTest::newRow("ExternalId of 1 character") << assumeParams(partnerArn(), QStringLiteral("alice"), {{external, QStringLiteral("x")}}) << 400 << QStringLiteral("InvalidParameter.ExternalId") << QStringLiteral("wrongly formed");
    QTest::newRow("ExternalId with a space") << assumeParams(partnerArn(), QStringLiteral("alice"), {{external, QStringLiteral("cloudcodes external")}}) << 400 << QStringLiteral("InvalidParameter.ExternalId") << QStringLiteral("ExternalId");
    QTest::newRow("partner role without ExternalId") << assumeParams(partnerArn()) << 403 << QStringLiteral("NoPermission") << QStringLiteral("does not trust you");
    QTest::newRow("partner role, wrong ExternalId") << assumeParams(partnerArn(), QStringLiteral("alice"), {{external, QStringLiteral("someone-elses-id")}}) << 403 << QStringLiteral("NoPermission") << QStringLiteral("sts:AssumeRole");
    QTest::newRow("partner role, ExternalId case differs") << assumeParams(partnerArn(), QStringLiteral("alice"), {{external, QStringLiteral("CloudCodes-External-Id")}}) << 403 << QStringLiteral("NoPermission") << QStringLiteral("ExternalId");
}

void TestEmulatorSts::refusals()
{
    QFETCH(QueryList, params);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, named);
    const WireResult r = assume(params);
    verifyAcsError(r, status, code);
    QVERIFY2(r.str(QStringLiteral("Message")).contains(named), qPrintable(r.str(QStringLiteral("Message"))));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AssumeRole")), 1);
}

void TestEmulatorSts::acceptedEdges_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("assumedArn");
    const QString deployerUser = QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/");
    const QString partnerUser = QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-partner/");
    const QString longSession = QStringLiteral("a.b@c-d_e").repeated(7).left(64);
    QTest::newRow("session of 2 characters") << assumeParams(deployerArn(), QStringLiteral("ab")) << deployerUser + QStringLiteral("ab");
    QTest::newRow("session of 64 characters, every special") << assumeParams(deployerArn(), longSession) << deployerUser + longSession;
    QTest::newRow("DurationSeconds 900") << assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("DurationSeconds"), QStringLiteral("900")}}) << deployerUser + QStringLiteral("alice");
    QTest::newRow("DurationSeconds 3600") << assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("DurationSeconds"), QStringLiteral("3600")}}) << deployerUser + QStringLiteral("alice");
    QTest::newRow("a narrowing Policy") << assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("Policy"), QStringLiteral("{\"Statement\": [{\"Action\": [\"esa:Get*\",\"esa:List*\"],\"Effect\": \"Allow\",\"Resource\": [\"*\"]}],\"Version\":\"1\"}")}}) << deployerUser + QStringLiteral("alice");
    QTest::newRow("partner role with its ExternalId") << assumeParams(partnerArn(), QStringLiteral("auditor"), {{QStringLiteral("ExternalId"), QLatin1String(DemoData::PartnerExternalId)}}) << partnerUser + QStringLiteral("auditor");
    QTest::newRow("an ExternalId the role does not ask for") << assumeParams(deployerArn(), QStringLiteral("alice"), {{QStringLiteral("ExternalId"), QStringLiteral("abcd1234")}}) << deployerUser + QStringLiteral("alice");
}

void TestEmulatorSts::acceptedEdges()
{
    QFETCH(QueryList, params);
    QFETCH(QString, assumedArn);
    const WireResult r = assume(params);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("AssumedRoleUser")).toObject().value(QStringLiteral("Arn")).toString(), assumedArn);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, credentialsOf(r)).status, 200);
}

void TestEmulatorSts::signedLikeEsa()
{
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false,
                                 {QLatin1String(DemoData::AlibabaAccessKeyId), QStringLiteral("wrong"), {}}),
                   400, QStringLiteral("SignatureDoesNotMatch"));
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, {QStringLiteral("LTAI5tNoSuchKey"), QStringLiteral("x"), {}}),
                   404, QStringLiteral("InvalidAccessKeyId.NotFound"));
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, WireClient::demoAlibaba(), {},
                                 QDateTime::currentDateTimeUtc().addSecs(-16 * 60)),
                   400, QStringLiteral("InvalidTimeStamp.Expired"));
    AlibabaCredentials noToken = WireClient::demoAlibabaSts();
    noToken.securityToken.clear();
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, noToken), 400, QStringLiteral("MissingSecurityToken"));
    // A parameter changed after signing, in the query and in a form body.
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), false, WireClient::demoAlibaba(),
                                 [](HttpRequestParts &p) { p.query = assumeParams(deployerArn(), QStringLiteral("mallory")); }),
                   400, QStringLiteral("SignatureDoesNotMatch"));
    verifyAcsError(m_client->sts(QStringLiteral("AssumeRole"), assumeParams(), true, WireClient::demoAlibaba(),
                                 [](HttpRequestParts &p) { p.body.replace("alice", "mallo"); }),
                   400, QStringLiteral("IncompleteSignature"));
    // A replay of the same signed request.
    const HttpRequestParts sent = m_client->rpcParts("2015-04-01", QStringLiteral("AssumeRole"), assumeParams(), false,
                                                     WireClient::demoAlibaba(), QDateTime::currentDateTimeUtc(), "nonce-of-an-assume");
    QCOMPARE(m_client->send(sent).status, 200);
    verifyAcsError(m_client->send(sent), 400, QStringLiteral("SignatureNonceUsed"));
    // No Authorization at all.
    HttpRequestParts bare = sent;
    bare.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
    verifyAcsError(m_client->send(bare), 400, QStringLiteral("IncompleteSignature"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AssumeRole")), 9);
}

void TestEmulatorSts::versionTellsStsFromEsa()
{
    // An ESA action at STS's version is STS's business, and STS serves AssumeRole only.
    WireResult r = m_client->sts(QStringLiteral("ListUserRoutines"), firstPage());
    verifyAcsError(r, 400, QStringLiteral("InvalidAction.NotFound"));
    QVERIFY(r.str(QStringLiteral("Message")).contains(QStringLiteral("AssumeRole")));
    // AssumeRole at ESA's version is ESA's, which has no such action; another version is ESA's InvalidVersion.
    r = m_client->esa(QStringLiteral("AssumeRole"), assumeParams(), false);
    verifyAcsError(r, 400, QStringLiteral("InvalidAction.NotFound"), QStringLiteral("ESA"));
    r = m_client->send(m_client->rpcParts("2019-01-01", QStringLiteral("ListUserRoutines"), firstPage(), false,
                                          WireClient::demoAlibaba(), QDateTime::currentDateTimeUtc(), {}));
    verifyAcsError(r, 400, QStringLiteral("InvalidVersion"), QStringLiteral("ESA"));
    // Both still serve their own.
    QCOMPARE(assume(assumeParams()).status, 200);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false).status, 200);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AssumeRole")), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 3);
}

void TestEmulatorSts::faultsAnswerInTheAcsShape()
{
    m_emulator->forceFault(FaultKind::ServerError);
    verifyAcsError(assume(assumeParams()), 500, QStringLiteral("InternalError"));
    m_emulator->forceFault(FaultKind::Unavailable);
    verifyAcsError(assume(assumeParams()), 503, QStringLiteral("ServiceUnavailable"));
    m_emulator->forceFault(FaultKind::Throttling);
    verifyAcsError(assume(assumeParams()), 400, QStringLiteral("Throttling.User"));
    QCOMPARE(assume(assumeParams()).status, 200);
}

void TestEmulatorSts::freshEmulatorForgetsIssuedCredentials()
{
    const AlibabaCredentials issued = credentialsOf(assume(assumeParams()));
    CloudEmulator fresh;
    QVERIFY(fresh.listenOnLoopback(0) != 0);
    WireClient client(fresh.baseUrl());
    verifyAcsError(client.esa(QStringLiteral("ListUserRoutines"), firstPage(), false, issued), 404, QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("ESA"));
    QCOMPARE(client.esa(QStringLiteral("ListUserRoutines"), firstPage(), false, WireClient::demoAlibabaSts()).status, 200);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), firstPage(), false, issued).status, 200);
}

QTEST_GUILESS_MAIN(TestEmulatorSts)
#include "tst_emulator_sts.moc"
