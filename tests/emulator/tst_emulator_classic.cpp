// The classic RPC signature (signature method v1: HMAC-SHA1 over the sorted parameters, what
// older official clients send) accepted by the emulated gateway beside ACS3, for ESA and STS.
// The requests are signed here by a signer written from the vendor's description, not the
// emulator's: Signature = base64(HMAC-SHA1(secret + "&", METHOD&%2F&enc(sorted enc(k)=enc(v)&…))),
// enc being RFC 3986 (only A-Z a-z 0-9 - _ . ~ literal).
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/alibaba/RpcV1Verifier.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <memory>

namespace {

QByteArray enc(const QString &text)
{
    return text.toUtf8().toPercentEncoding(); // leaves alphanumerics and -._~ alone
}

QByteArray classicStringToSign(const QByteArray &method, QueryList params)
{
    std::sort(params.begin(), params.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> pairs;
    for (const auto &p : std::as_const(params))
        pairs << enc(p.first) + '=' + enc(p.second);
    return method + '&' + enc(QStringLiteral("/")) + '&' + pairs.join('&').toPercentEncoding();
}

QByteArray classicSignature(const QString &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8() + '&', QCryptographicHash::Sha1).toBase64();
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

// How one classic request is made; a test changes what it is about.
struct Classic
{
    QByteArray method = "GET";
    QString action;
    QString version = QStringLiteral("2024-09-10");
    QueryList params;
    AlibabaCredentials credentials = WireClient::demoAlibaba();
    QDateTime time = QDateTime::currentDateTimeUtc();
    QString nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString signatureMethod = QStringLiteral("HMAC-SHA1");
    bool inBody = false;      // every parameter, Signature too, in a form body (pop-core's POST)
    bool acsHeaders = true;   // x-acs-action and x-acs-version, as the SDKs add them
    QStringList leaveOut;     // common parameters not sent
    std::function<void(QueryList &)> afterSigning = {};

    QueryList signedParams() const
    {
        QueryList all{{QStringLiteral("Action"), action},
                      {QStringLiteral("Version"), version},
                      {QStringLiteral("Format"), QStringLiteral("JSON")},
                      {QStringLiteral("AccessKeyId"), credentials.accessKeyId},
                      {QStringLiteral("SignatureMethod"), signatureMethod},
                      {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
                      {QStringLiteral("SignatureNonce"), nonce},
                      {QStringLiteral("Timestamp"), timestamp(time)}};
        if (!credentials.securityToken.isEmpty())
            all.append({QStringLiteral("SecurityToken"), credentials.securityToken});
        all.erase(std::remove_if(all.begin(), all.end(), [&](const auto &p) { return leaveOut.contains(p.first); }), all.end());
        return all + params;
    }
    QByteArray stringToSign() const { return classicStringToSign(method, signedParams()); }

    HttpRequestParts parts(const QByteArray &host) const
    {
        QueryList all = signedParams();
        all.append({QStringLiteral("Signature"), QString::fromLatin1(classicSignature(credentials.accessKeySecret, stringToSign()))});
        if (afterSigning)
            afterSigning(all);
        HttpRequestParts p;
        p.method = method;
        p.path = "/";
        p.headers = {{"host", host}};
        if (acsHeaders)
            p.headers += HeaderList{{"x-acs-action", action.toLatin1()}, {"x-acs-version", version.toLatin1()}};
        if (inBody) {
            p.body = HttpRequestParts::encodeQuery(all);
            p.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
        } else {
            p.query = all;
        }
        return p;
    }
};

QString deployerArn() { return DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName)); }

Classic listRoutines()
{
    Classic c;
    c.action = QStringLiteral("ListUserRoutines");
    c.params = {{QStringLiteral("PageNumber"), QStringLiteral("1")}, {QStringLiteral("PageSize"), QStringLiteral("5")}};
    return c;
}

Classic assumeRole(const AlibabaCredentials &caller, const QString &session = QStringLiteral("alice"))
{
    Classic c;
    c.method = "POST";
    c.action = QStringLiteral("AssumeRole");
    c.version = QStringLiteral("2015-04-01");
    c.params = {{QStringLiteral("RoleArn"), deployerArn()}, {QStringLiteral("RoleSessionName"), session}};
    c.credentials = caller;
    return c;
}

AlibabaCredentials credentialsOf(const WireResult &r)
{
    const QJsonObject c = r.json.value(QStringLiteral("Credentials")).toObject();
    return {c.value(QStringLiteral("AccessKeyId")).toString(), c.value(QStringLiteral("AccessKeySecret")).toString(),
            c.value(QStringLiteral("SecurityToken")).toString()};
}

} // namespace

class TestEmulatorClassic : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void vendorDocumentedVector();
    void esaReadSignedInTheQuery();
    void esaReadSignedInAFormBody();
    void esaReadWithoutAcsHeaders();
    void encodingOfEveryKindOfCharacter();
    void stsAssumeRoleWithStsKeyAndToken();
    void issuedCredentialsSignClassicToo();
    void wrongSignatureTellsTheStringToSign();
    void refusals_data();
    void refusals();
    void nonceIsUsedOnce();
    void issuedCredentialsExpire();
    void acs3StillVerifiedAlongside();

private:
    WireResult send(const Classic &c) { return m_client->send(c.parts(m_client->host())); }
    static void verifyRefusal(const WireResult &r, int status, const QString &code)
    {
        QVERIFY2(r.status == status, qPrintable(QString::fromUtf8(r.body)));
        QCOMPARE(r.str(QStringLiteral("Code")), code);
        QVERIFY(!r.str(QStringLiteral("Message")).isEmpty());
        QCOMPARE(r.str(QStringLiteral("RequestId")).toLatin1(), r.header("x-acs-request-id"));
        QVERIFY(r.str(QStringLiteral("Recommend")).contains(QStringLiteral("q=") + code));
    }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorClassic::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorClassic::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

// The vendor's worked example of the classic signature (ECS DescribeRegions, AccessKey testid /
// testsecret), reproduced by the emulator's verifier and by this test's signer.
void TestEmulatorClassic::vendorDocumentedVector()
{
    const QueryList params{{QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
                           {QStringLiteral("Format"), QStringLiteral("XML")},
                           {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
                           {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
                           {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
                           {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
                           {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
                           {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")}};
    const QByteArray expected =
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1"
            "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
            "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
    QCOMPARE(RpcV1Verifier::stringToSign("GET", params), expected);
    QCOMPARE(RpcV1Verifier::signature(QStringLiteral("testsecret"), expected), QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    QCOMPARE(classicStringToSign("GET", params), expected);
    // Signature itself is never signed.
    QCOMPARE(RpcV1Verifier::stringToSign("GET", params + QueryList{{QStringLiteral("Signature"), QStringLiteral("x")}}), expected);
}

void TestEmulatorClassic::esaReadSignedInTheQuery()
{
    const WireResult r = send(listRoutines());
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), DemoData::instance().routines().size());
    QCOMPARE(r.str(QStringLiteral("RequestId")).toLatin1(), r.header("x-acs-request-id"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 1);
    // POST with the parameters in the query, as the old openapi-client sends them.
    Classic post = listRoutines();
    post.method = "POST";
    QCOMPARE(send(post).status, 200);
}

void TestEmulatorClassic::esaReadSignedInAFormBody()
{
    Classic c;
    c.method = "POST";
    c.inBody = true;
    c.action = QStringLiteral("GetRoutine");
    c.params = {{QStringLiteral("Name"), QLatin1String(DemoData::EdgeRoutineName)}};
    const WireResult r = send(c);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("Envs")).toArray().size(), 2);
}

void TestEmulatorClassic::esaReadWithoutAcsHeaders()
{
    // The classic call names itself in its signed parameters; the x-acs-* headers are optional.
    Classic c = listRoutines();
    c.acsHeaders = false;
    const WireResult r = send(c);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 1);
    // The same for STS, told from ESA by its Version parameter.
    Classic sts = assumeRole(WireClient::demoAlibaba());
    sts.acsHeaders = false;
    QCOMPARE(send(sts).status, 200);
}

void TestEmulatorClassic::encodingOfEveryKindOfCharacter()
{
    // Space %20, * %2A, ~ kept, + / = & %, non-ASCII as UTF-8, a lower-case name (sorted after
    // the upper-case ones), in the query and in a form body.
    Classic c = listRoutines();
    c.params += QueryList{{QStringLiteral("SearchKeyWord"), QStringLiteral("a b*c~d+e/f=g&h%i!j'k(l)é中")}, {QStringLiteral("zz"), QStringLiteral("1")}};
    WireResult r = send(c);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 0);
    c.method = "POST";
    c.inBody = true;
    c.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r = send(c);
    QVERIFY2(r.status == 200, r.body.constData());
}

void TestEmulatorClassic::stsAssumeRoleWithStsKeyAndToken()
{
    const WireResult r = send(assumeRole(WireClient::demoAlibabaSts()));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("AssumedRoleUser")).toObject().value(QStringLiteral("Arn")).toString(),
             QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/alice"));
    QVERIFY(credentialsOf(r).accessKeyId.startsWith(QLatin1String("STS.")));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("AssumeRole")), 1);
    // And with the parameters in a form body.
    Classic inBody = assumeRole(WireClient::demoAlibabaSts(), QStringLiteral("bob"));
    inBody.inBody = true;
    QCOMPARE(send(inBody).status, 200);
}

void TestEmulatorClassic::issuedCredentialsSignClassicToo()
{
    const AlibabaCredentials issued = credentialsOf(send(assumeRole(WireClient::demoAlibaba())));
    QVERIFY(!issued.securityToken.isEmpty());
    Classic c = listRoutines();
    c.credentials = issued;
    QCOMPARE(send(c).status, 200);
    // Credentials issued to an ACS3-signed AssumeRole work classic, and the other way round.
    const AlibabaCredentials viaAcs3 = credentialsOf(m_client->sts(QStringLiteral("AssumeRole"),
            {{QStringLiteral("RoleArn"), deployerArn()}, {QStringLiteral("RoleSessionName"), QStringLiteral("carol")}}));
    c.credentials = viaAcs3;
    c.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(send(c).status, 200);
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), {}, false, issued).status, 200);
}

void TestEmulatorClassic::wrongSignatureTellsTheStringToSign()
{
    Classic c = listRoutines();
    c.params += QueryList{{QStringLiteral("SearchKeyWord"), QStringLiteral("edge gateway*")}};
    // Changed after signing: the server signs what came.
    c.afterSigning = [](QueryList &all) {
        for (auto &p : all) {
            if (p.first == QLatin1String("PageSize"))
                p.second = QStringLiteral("6");
        }
    };
    Classic asSent = c;
    asSent.params[1].second = QStringLiteral("6");
    const WireResult r = send(c);
    verifyRefusal(r, 400, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(r.str(QStringLiteral("Message")), QStringLiteral("Specified signature is not matched with our calculation. server string to sign is:")
                                                       + QString::fromLatin1(asSent.stringToSign()));
    QVERIFY(r.str(QStringLiteral("Message")).contains(QLatin1String("%26PageSize%3D6%26SearchKeyWord%3Dedge%2520gateway%252A%26")));

    // A wrong secret, and a GET signed as a POST, are refused the same way.
    Classic wrongSecret = listRoutines();
    wrongSecret.credentials.accessKeySecret += QLatin1Char('x');
    verifyRefusal(send(wrongSecret), 400, QStringLiteral("SignatureDoesNotMatch"));
    Classic wrongMethod = listRoutines();
    wrongMethod.afterSigning = [](QueryList &) {};
    HttpRequestParts p = wrongMethod.parts(m_client->host());
    p.method = "POST";
    const WireResult posted = m_client->send(p);
    verifyRefusal(posted, 400, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(posted.str(QStringLiteral("Message")).contains(QLatin1String("is:POST&%2F&AccessKeyId%3D")));
}

void TestEmulatorClassic::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("sts");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("STS key without SecurityToken (ESA)") << QStringLiteral("no token") << false << 400 << QStringLiteral("MissingSecurityToken");
    QTest::newRow("STS key without SecurityToken (STS)") << QStringLiteral("no token") << true << 400 << QStringLiteral("MissingSecurityToken");
    QTest::newRow("STS key with another token") << QStringLiteral("other token") << true << 400 << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey");
    QTest::newRow("Timestamp 16 minutes old (ESA)") << QStringLiteral("stale") << false << 400 << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::newRow("Timestamp 16 minutes old (STS)") << QStringLiteral("stale") << true << 400 << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::newRow("Timestamp 16 minutes ahead") << QStringLiteral("ahead") << false << 400 << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::newRow("Timestamp with milliseconds") << QStringLiteral("millis") << false << 400 << QStringLiteral("InvalidTimeStamp.Format");
    QTest::newRow("unknown AccessKeyId (ESA)") << QStringLiteral("unknown key") << false << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
    QTest::newRow("unknown AccessKeyId (STS)") << QStringLiteral("unknown key") << true << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
    QTest::newRow("SignatureMethod HMAC-SHA256") << QStringLiteral("sha256") << false << 400 << QStringLiteral("UnsupportedSignatureMethod");
    QTest::newRow("SignatureVersion 2.0") << QStringLiteral("version 2") << false << 400 << QStringLiteral("UnsupportedSignatureVersion");
    QTest::newRow("no SignatureNonce") << QStringLiteral("no nonce") << false << 400 << QStringLiteral("MissingSignatureNonce");
    QTest::newRow("no Timestamp") << QStringLiteral("no timestamp") << true << 400 << QStringLiteral("MissingTimestamp");
    QTest::newRow("no AccessKeyId") << QStringLiteral("no key") << false << 400 << QStringLiteral("MissingAccessKeyId");
}

void TestEmulatorClassic::refusals()
{
    QFETCH(QString, change);
    QFETCH(bool, sts);
    QFETCH(int, status);
    QFETCH(QString, code);
    Classic c = sts ? assumeRole(WireClient::demoAlibabaSts()) : listRoutines();
    if (!sts)
        c.credentials = WireClient::demoAlibabaSts();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (change == QLatin1String("no token")) {
        c.credentials.securityToken.clear();
    } else if (change == QLatin1String("other token")) {
        c.credentials.securityToken += QLatin1Char('x');
    } else if (change == QLatin1String("stale") || change == QLatin1String("ahead")) {
        c.time = now.addSecs(change == QLatin1String("stale") ? -16 * 60 : 16 * 60);
    } else if (change == QLatin1String("millis")) {
        c.leaveOut << QStringLiteral("Timestamp");
        c.params += QueryList{{QStringLiteral("Timestamp"), now.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))}};
    } else if (change == QLatin1String("unknown key")) {
        c.credentials = {QStringLiteral("LTAI5tNoSuchKey000000000"), QStringLiteral("secret"), {}};
    } else if (change == QLatin1String("sha256")) {
        c.signatureMethod = QStringLiteral("HMAC-SHA256");
    } else if (change == QLatin1String("version 2")) {
        c.leaveOut << QStringLiteral("SignatureVersion");
        c.params += QueryList{{QStringLiteral("SignatureVersion"), QStringLiteral("2.0")}};
    } else if (change == QLatin1String("no nonce")) {
        c.leaveOut << QStringLiteral("SignatureNonce");
    } else if (change == QLatin1String("no timestamp")) {
        c.leaveOut << QStringLiteral("Timestamp");
    } else if (change == QLatin1String("no key")) {
        c.leaveOut << QStringLiteral("AccessKeyId");
    }
    const WireResult r = send(c);
    verifyRefusal(r, status, code);
    QVERIFY(!r.json.contains(QStringLiteral("Credentials")) && !r.json.contains(QStringLiteral("Routines")));
    QCOMPARE(r.str(QStringLiteral("Recommend")).contains(QLatin1String("product=Sts")), sts);
}

void TestEmulatorClassic::nonceIsUsedOnce()
{
    Classic c = listRoutines();
    c.nonce = QStringLiteral("classic-nonce-1");
    QCOMPARE(send(c).status, 200);
    c.time = c.time.addSecs(1); // another request, the same nonce
    verifyRefusal(send(c), 400, QStringLiteral("SignatureNonceUsed"));
    // A refused request does not use up its nonce.
    Classic refused = listRoutines();
    refused.nonce = QStringLiteral("classic-nonce-2");
    refused.credentials.accessKeySecret += QLatin1Char('x');
    verifyRefusal(send(refused), 400, QStringLiteral("SignatureDoesNotMatch"));
    refused.credentials = WireClient::demoAlibaba();
    QCOMPARE(send(refused).status, 200);
}

void TestEmulatorClassic::issuedCredentialsExpire()
{
    m_emulator->setStsLifetimeSeconds(1);
    const AlibabaCredentials issued = credentialsOf(send(assumeRole(WireClient::demoAlibaba())));
    QVERIFY(!issued.accessKeyId.isEmpty());
    m_emulator->setClockSkewSeconds(600);
    Classic c = listRoutines();
    c.credentials = issued;
    c.time = QDateTime::currentDateTimeUtc().addSecs(600);
    verifyRefusal(send(c), 400, QStringLiteral("InvalidSecurityToken.Expired"));
}

void TestEmulatorClassic::acs3StillVerifiedAlongside()
{
    // An Authorization header makes a request ACS3, whatever its parameters say.
    const WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"), {}, false, WireClient::demoAlibaba(), [](HttpRequestParts &p) {
        p.query += QueryList{{QStringLiteral("Signature"), QStringLiteral("abc")}, {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")}};
    });
    verifyRefusal(r, 400, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(r.str(QStringLiteral("Message")).contains(QLatin1String("ACS3-HMAC-SHA256")));
    // Neither signature: ACS3's refusal, as before.
    HttpRequestParts bare;
    bare.method = "POST";
    bare.headers = {{"host", m_client->host()}, {"x-acs-action", "ListUserRoutines"}, {"x-acs-version", "2024-09-10"}};
    verifyRefusal(m_client->send(bare), 400, QStringLiteral("IncompleteSignature"));
    QCOMPARE(m_client->esa(QStringLiteral("ListUserRoutines"), {}).status, 200);
}

QTEST_GUILESS_MAIN(TestEmulatorClassic)
#include "tst_emulator_classic.moc"
