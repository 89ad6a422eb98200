// The emulated ESA endpoint: every action, every documented error, and ACS3 verification
// exactly as the real gateway does it. A fresh emulator on a free loopback port per test.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/EmulatorResponse.h"
#include "app/esa/Acs3Signer.h"
#include "app/net/Digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

namespace {
QueryList params(std::initializer_list<QPair<QString, QString>> list) { return QueryList(list); }
QString edge() { return QLatin1String(DemoData::EdgeRoutineName); }
} // namespace

class TestEmulatorEsa : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listUserRoutinesPages();
    void listUserRoutinesSearch();
    void parametersFromQueryOrBody();
    void getRoutineEnvironments();
    void listRoutineCodeVersionsBothPages();
    void getRoutineCodeVersionReturnsTheCode();
    void seedNoSuchKeyExample();
    void getRoutineUserInfo();
    void invalidParameters_data();
    void invalidParameters();
    void unknownThings_data();
    void unknownThings();
    void everyErrorBodyIsComplete();
    void freshRequestIdEveryTime();
    void missingOrIncompleteSignature_data();
    void missingOrIncompleteSignature();
    void bodyHashChecked();
    void timestampWindow_data();
    void timestampWindow();
    void nonceReuseRefused();
    void unknownAccessKey();
    void wrongSecretShowsStringToSign();
    void parameterChangedAfterSigning();
    void stsCredentials();
    void stsTokenRequired();
    void jsonWithStringIsJson_data();
    void jsonWithStringIsJson();
    void answersAreSentWithoutNagleDelay();

private:
    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorEsa::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorEsa::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorEsa::listUserRoutinesPages()
{
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        const WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"),
                                           params({{QStringLiteral("PageNumber"), QString::number(page)}, {QStringLiteral("PageSize"), QStringLiteral("5")}}),
                                           false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), DemoData::RoutineCount);
        QCOMPARE(r.json.value(QStringLiteral("PageNumber")).toInt(), page);
        QCOMPARE(r.json.value(QStringLiteral("PageSize")).toInt(), 5);
        QCOMPARE(r.json.value(QStringLiteral("UsedRoutineNumber")).toInt(), DemoData::RoutineCount);
        QVERIFY(r.json.value(QStringLiteral("QuotaRoutineNumber")).toInt() >= DemoData::RoutineCount);
        const QJsonArray routines = r.json.value(QStringLiteral("Routines")).toArray();
        QCOMPARE(routines.size(), page < 3 ? 5 : DemoData::RoutineCount - 10);
        for (const QJsonValue &v : routines) {
            const QJsonObject o = v.toObject();
            const DemoRoutine *demo = DemoData::instance().routine(o.value(QStringLiteral("RoutineName")).toString());
            QVERIFY(demo);
            // Descriptions travel base64-encoded.
            QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(o.value(QStringLiteral("Description")).toString().toLatin1())), demo->description);
            QVERIFY(o.contains(QStringLiteral("CreateTime")));
            QVERIFY(o.contains(QStringLiteral("DefaultRelatedRecord")));
            QVERIFY(o.value(QStringLiteral("HasAssets")).isBool());
            seen.append(demo->name);
        }
    }
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), DemoData::RoutineCount);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 3);
}

void TestEmulatorEsa::listUserRoutinesSearch()
{
    WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"), params({{QStringLiteral("SearchKeyWord"), QStringLiteral("GATEWAY")}}), false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 1);
    QCOMPARE(r.json.value(QStringLiteral("Routines")).toArray().at(0).toObject().value(QStringLiteral("RoutineName")).toString(), edge());
    // Chinese descriptions are searchable too.
    r = m_client->esa(QStringLiteral("ListUserRoutines"), params({{QStringLiteral("SearchKeyWord"), QStringLiteral("鉴权")}}), false);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 1);
    r = m_client->esa(QStringLiteral("ListUserRoutines"), params({{QStringLiteral("SearchKeyWord"), QStringLiteral("no-such-thing")}}), false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 0);
    QVERIFY(r.json.value(QStringLiteral("Routines")).toArray().isEmpty());
}

void TestEmulatorEsa::parametersFromQueryOrBody()
{
    for (bool inBody : {false, true}) {
        const WireResult r = m_client->esa(QStringLiteral("GetRoutine"), params({{QStringLiteral("Name"), edge()}}), inBody);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.contains(QStringLiteral("Envs")));
    }
}

void TestEmulatorEsa::getRoutineEnvironments()
{
    const WireResult r = m_client->esa(QStringLiteral("GetRoutine"), params({{QStringLiteral("Name"), edge()}}));
    QCOMPARE(r.status, 200);
    const QJsonArray envs = r.json.value(QStringLiteral("Envs")).toArray();
    QCOMPARE(envs.size(), 2);
    const QJsonObject production = envs.at(0).toObject();
    QCOMPARE(production.value(QStringLiteral("Env")).toString(), QStringLiteral("production"));
    const QJsonObject deploy = production.value(QStringLiteral("CodeDeploy")).toObject();
    QCOMPARE(deploy.value(QStringLiteral("Strategy")).toString(), QStringLiteral("percentage"));
    const DemoRoutine *routine = DemoData::instance().routine(edge());
    QCOMPARE(deploy.value(QStringLiteral("DeployId")).toString(), routine->envs.at(0).deployId);
    QCOMPARE(deploy.value(QStringLiteral("CreationTime")).toString(), routine->envs.at(0).creationTime.toUTC().toString(Qt::ISODate));
    const QJsonArray versions = deploy.value(QStringLiteral("CodeVersions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("Percentage")).toInt(), 90);
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("Percentage")).toInt(), 10);
    const DemoRoutine *demo = DemoData::instance().routine(edge());
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("CodeVersion")).toString(), demo->versions.last().codeVersion);
    QCOMPARE(envs.at(1).toObject().value(QStringLiteral("Env")).toString(), QStringLiteral("staging"));
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(r.json.value(QStringLiteral("Description")).toString().toLatin1())), demo->description);
}

void TestEmulatorEsa::listRoutineCodeVersionsBothPages()
{
    QStringList versions;
    for (int page = 1; page <= 2; ++page) {
        const WireResult r = m_client->esa(QStringLiteral("ListRoutineCodeVersions"),
                                           params({{QStringLiteral("Name"), edge()}, {QStringLiteral("PageNumber"), QString::number(page)},
                                                   {QStringLiteral("PageSize"), QStringLiteral("20")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 40);
        const QJsonArray list = r.json.value(QStringLiteral("CodeVersions")).toArray();
        QCOMPARE(list.size(), 20);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            versions.append(o.value(QStringLiteral("CodeVersion")).toString());
            QCOMPARE(o.value(QStringLiteral("Status")).toString(), QStringLiteral("Available"));
            QVERIFY(!o.value(QStringLiteral("CodeDescription")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("CreateTime")).toString().endsWith(QLatin1Char('Z')));
            // The current SDK's model: BuildId a number, ExtraInfo a JSON text, ConfOptions.NotFoundStrategy.
            QVERIFY(o.value(QStringLiteral("BuildId")).isDouble());
            QVERIFY(o.value(QStringLiteral("BuildId")).toInteger() > 0);
            QVERIFY(QJsonDocument::fromJson(o.value(QStringLiteral("ExtraInfo")).toString().toUtf8()).isObject());
            QVERIFY(!o.value(QStringLiteral("ConfOptions")).toObject().value(QStringLiteral("NotFoundStrategy")).toString().isEmpty());
        }
    }
    const DemoRoutine *demo = DemoData::instance().routine(edge());
    QCOMPARE(versions.size(), 40);
    QCOMPARE(versions.first(), demo->versions.last().codeVersion); // newest first
    QCOMPARE(versions.last(), demo->versions.first().codeVersion);
}

void TestEmulatorEsa::getRoutineCodeVersionReturnsTheCode()
{
    const DemoData &d = DemoData::instance();
    for (const char *name : {DemoData::EdgeRoutineName, DemoData::LargeRoutineName}) {
        const DemoRoutine *routine = d.routine(QLatin1String(name));
        const DemoCodeVersion &v = routine->versions.at(1);
        const WireResult r = m_client->esa(QStringLiteral("GetRoutineCodeVersion"),
                                           params({{QStringLiteral("Name"), routine->name}, {QStringLiteral("CodeVersion"), v.codeVersion}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.str(QStringLiteral("CodeDescription")), v.description);
        const QByteArray code = QByteArray::fromBase64(r.str(QStringLiteral("RoutineCode")).toLatin1());
        QCOMPARE(Digest::sha256Hex(code), Digest::sha256Hex(d.code(v)));
        QVERIFY(!r.str(QStringLiteral("RequestId")).isEmpty());
    }
}

void TestEmulatorEsa::seedNoSuchKeyExample()
{
    const DemoRoutine *routine = DemoData::instance().routine(QLatin1String(DemoData::MissingCodeRoutineName));
    const WireResult r = m_client->esa(QStringLiteral("GetRoutineCodeVersion"),
                                       params({{QStringLiteral("Name"), routine->name}, {QStringLiteral("CodeVersion"), routine->versions.last().codeVersion}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("RoutineCode")), QString::fromLatin1(routine->versions.last().fixedRoutineCode));
    QCOMPARE(r.str(QStringLiteral("RoutineCode")).size(), 167);
    QCOMPARE(r.str(QStringLiteral("CodeDescription")), QStringLiteral("test ver code desc\n"));
    QVERIFY(r.str(QStringLiteral("CreateTime")).endsWith(QLatin1Char('\n')));
}

void TestEmulatorEsa::getRoutineUserInfo()
{
    const WireResult r = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("Routines")).toArray().size(), DemoData::RoutineCount);
    QVERIFY(!r.json.value(QStringLiteral("Subdomains")).toArray().isEmpty());
}

void TestEmulatorEsa::invalidParameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    const QString name = edge();
    QTest::newRow("PageSize 0") << QStringLiteral("ListUserRoutines") << params({{QStringLiteral("PageSize"), QStringLiteral("0")}}) << QStringLiteral("InvalidParameter");
    QTest::newRow("PageSize 51 (esa-cli sends 50)") << QStringLiteral("ListUserRoutines") << params({{QStringLiteral("PageSize"), QStringLiteral("51")}}) << QStringLiteral("InvalidParameter");
    QTest::newRow("PageNumber 11") << QStringLiteral("ListUserRoutines") << params({{QStringLiteral("PageNumber"), QStringLiteral("11")}}) << QStringLiteral("InvalidParameter");
    QTest::newRow("PageNumber abc") << QStringLiteral("ListUserRoutines") << params({{QStringLiteral("PageNumber"), QStringLiteral("abc")}}) << QStringLiteral("InvalidParameter");
    QTest::newRow("versions PageNumber 3") << QStringLiteral("ListRoutineCodeVersions") << params({{QStringLiteral("Name"), name}, {QStringLiteral("PageNumber"), QStringLiteral("3")}}) << QStringLiteral("InvalidParameter");
    QTest::newRow("versions PageSize 25") << QStringLiteral("ListRoutineCodeVersions") << params({{QStringLiteral("Name"), name}, {QStringLiteral("PageSize"), QStringLiteral("25")}}) << QStringLiteral("InvalidParameter");
    QTest::newRow("GetRoutine without Name") << QStringLiteral("GetRoutine") << QueryList{} << QStringLiteral("MissingParameter");
    QTest::newRow("versions without Name") << QStringLiteral("ListRoutineCodeVersions") << QueryList{} << QStringLiteral("MissingParameter");
    QTest::newRow("code without CodeVersion") << QStringLiteral("GetRoutineCodeVersion") << params({{QStringLiteral("Name"), name}}) << QStringLiteral("MissingParameter");
}

void TestEmulatorEsa::invalidParameters()
{
    QFETCH(QString, action);
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    const WireResult r = m_client->esa(action, params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
}

void TestEmulatorEsa::unknownThings_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown routine") << QStringLiteral("GetRoutine") << params({{QStringLiteral("Name"), QStringLiteral("nope")}}) << 400 << QStringLiteral("RoutineNotExist");
    QTest::newRow("unknown routine's code") << QStringLiteral("GetRoutineCodeVersion") << params({{QStringLiteral("Name"), QStringLiteral("nope")}, {QStringLiteral("CodeVersion"), QStringLiteral("1")}}) << 400 << QStringLiteral("RoutineNotExist");
    QTest::newRow("unknown version") << QStringLiteral("GetRoutineCodeVersion") << params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), QStringLiteral("1710120201067203242")}}) << 400 << QStringLiteral("CodeVersionNotExist");
    QTest::newRow("unknown action") << QStringLiteral("DeleteEverything") << QueryList{} << 400 << QStringLiteral("InvalidAction.NotFound");
}

void TestEmulatorEsa::unknownThings()
{
    QFETCH(QString, action);
    QFETCH(QueryList, params);
    QFETCH(int, status);
    QFETCH(QString, code);
    const WireResult r = m_client->esa(action, params);
    QCOMPARE(r.status, status);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
}

void TestEmulatorEsa::everyErrorBodyIsComplete()
{
    const WireResult r = m_client->esa(QStringLiteral("GetRoutine"), params({{QStringLiteral("Name"), QStringLiteral("nope")}}));
    for (const char *key : {"RequestId", "HostId", "Code", "Message", "Recommend"})
        QVERIFY2(!r.str(QLatin1String(key)).isEmpty(), key);
    QCOMPARE(r.header("x-acs-request-id"), r.str(QStringLiteral("RequestId")).toLatin1());
    QVERIFY(r.str(QStringLiteral("Recommend")).contains(r.str(QStringLiteral("RequestId"))));
}

void TestEmulatorEsa::freshRequestIdEveryTime()
{
    const WireResult a = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {});
    const WireResult b = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {});
    QVERIFY(!a.str(QStringLiteral("RequestId")).isEmpty());
    QVERIFY(a.str(QStringLiteral("RequestId")) != b.str(QStringLiteral("RequestId")));
}

void TestEmulatorEsa::missingOrIncompleteSignature_data()
{
    QTest::addColumn<QByteArray>("dropHeader");
    QTest::addColumn<QByteArray>("unsignName"); // removed from SignedHeaders
    QTest::newRow("no Authorization") << QByteArray("authorization") << QByteArray();
    QTest::newRow("no date") << QByteArray("x-acs-date") << QByteArray();
    for (const char *name : {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"})
        QTest::newRow(qPrintable(QStringLiteral("%1 not signed").arg(QLatin1String(name)))) << QByteArray() << QByteArray(name);
}

void TestEmulatorEsa::missingOrIncompleteSignature()
{
    QFETCH(QByteArray, dropHeader);
    QFETCH(QByteArray, unsignName);
    const WireResult r = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(), [&](HttpRequestParts &p) {
        if (!dropHeader.isEmpty())
            p.headers.removeIf([&](const auto &h) { return h.first.compare(dropHeader, Qt::CaseInsensitive) == 0; });
        if (!unsignName.isEmpty()) {
            QByteArray auth = p.header("authorization");
            auth.replace(";" + unsignName + ";", ";").replace("=" + unsignName + ";", "=").replace(";" + unsignName + ",", ",");
            p.setHeader("Authorization", auth);
        }
    });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("IncompleteSignature"));
}

void TestEmulatorEsa::bodyHashChecked()
{
    // The signature covers the header; the header must match the body actually sent.
    const WireResult r = m_client->esa(QStringLiteral("GetRoutine"), params({{QStringLiteral("Name"), edge()}}), true,
                                       WireClient::demoAlibaba(), [](HttpRequestParts &p) { p.body = "Name=image-resizer"; });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("IncompleteSignature"));
    QVERIFY(r.str(QStringLiteral("Message")).contains(QStringLiteral("x-acs-content-sha256")));
}

void TestEmulatorEsa::timestampWindow_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("now") << 0 << true;
    QTest::newRow("14 min ago") << -14 * 60 << true;
    QTest::newRow("14 min ahead") << 14 * 60 << true;
    QTest::newRow("16 min ago") << -16 * 60 << false;
    QTest::newRow("16 min ahead") << 16 * 60 << false;
    QTest::newRow("a day ago") << -86400 << false;
}

void TestEmulatorEsa::timestampWindow()
{
    QFETCH(int, offsetSeconds);
    QFETCH(bool, accepted);
    const WireResult r = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(), {},
                                       QDateTime::currentDateTimeUtc().addSecs(offsetSeconds));
    if (accepted) {
        QCOMPARE(r.status, 200);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("InvalidTimeStamp.Expired"));
    }
}

void TestEmulatorEsa::nonceReuseRefused()
{
    const QByteArray nonce = "nonce-used-twice";
    QCOMPARE(m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(), {}, QDateTime::currentDateTimeUtc(), nonce).status, 200);
    const WireResult again = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(), {}, QDateTime::currentDateTimeUtc(), nonce);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.str(QStringLiteral("Code")), QStringLiteral("SignatureNonceUsed"));
    // Past the 15-minute window the nonce is forgotten.
    m_emulator->setClockSkewSeconds(16 * 60);
    QCOMPARE(m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(), {},
                           QDateTime::currentDateTimeUtc().addSecs(16 * 60), nonce).status, 200);
}

void TestEmulatorEsa::unknownAccessKey()
{
    const WireResult r = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true,
                                       {QStringLiteral("LTAI5tNobodyHasThisKey"), QStringLiteral("x"), {}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("InvalidAccessKeyId.NotFound"));
}

void TestEmulatorEsa::wrongSecretShowsStringToSign()
{
    const HttpRequestParts sent = m_client->esaParts(QStringLiteral("GetRoutineUserInfo"), {}, true,
                                                     {QLatin1String(DemoData::AlibabaAccessKeyId), QStringLiteral("wrong"), {}},
                                                     QDateTime::currentDateTimeUtc(), "n1");
    const WireResult r = m_client->send(sent);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    // The server's string to sign is in the message, so a developer can compare with their own.
    const QByteArray expected = Acs3Signer::stringToSign(Acs3Signer::canonicalRequest(sent, Acs3Signer::parseAuthorization(sent.header("authorization"))->signedHeaders));
    QVERIFY2(r.str(QStringLiteral("Message")).contains(QString::fromLatin1(expected)), qPrintable(r.str(QStringLiteral("Message"))));
}

void TestEmulatorEsa::parameterChangedAfterSigning()
{
    // Query parameters are signed: change one after signing and the signature no longer matches.
    const WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"), params({{QStringLiteral("PageSize"), QStringLiteral("5")}}), false,
                                       WireClient::demoAlibaba(), [](HttpRequestParts &p) { p.query = params({{QStringLiteral("PageSize"), QStringLiteral("6")}}); });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    // So is the action header.
    const WireResult h = m_client->esa(QStringLiteral("GetRoutineUserInfo"), {}, true, WireClient::demoAlibaba(),
                                       [](HttpRequestParts &p) { p.setHeader("x-acs-action", "ListUserRoutines"); });
    QCOMPARE(h.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
}

void TestEmulatorEsa::stsCredentials()
{
    const WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"), {}, false, WireClient::demoAlibabaSts());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), DemoData::RoutineCount);
}

void TestEmulatorEsa::stsTokenRequired()
{
    AlibabaCredentials wrong = WireClient::demoAlibabaSts();
    wrong.securityToken = QStringLiteral("NotTheToken");
    WireResult r = m_client->esa(QStringLiteral("ListUserRoutines"), {}, false, wrong);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
    AlibabaCredentials none = WireClient::demoAlibabaSts();
    none.securityToken.clear();
    r = m_client->esa(QStringLiteral("ListUserRoutines"), {}, false, none);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("MissingSecurityToken"));
}

void TestEmulatorEsa::jsonWithStringIsJson_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QByteArray printable;
    for (char c = 0x20; c < 0x7f; ++c)
        printable += c;
    const QJsonObject answer{{QStringLiteral("CodeDescription"), QStringLiteral("say \"hi\" \\ 你好\n")},
                             {QStringLiteral("CreateTime"), QStringLiteral("2026-01-02T03:04:05Z")},
                             {QStringLiteral("RequestId"), QStringLiteral("0C8A4C5E-1D2B-4F5E-8A9B-0C1D2E3F4A5B")}};
    QTest::addRow("GetRoutineCodeVersion") << answer << QStringLiteral("RoutineCode") << QByteArray("aGVsbG8gd29ybGQ=+/09AZaz");
    QTest::addRow("empty value") << answer << QStringLiteral("RoutineCode") << QByteArray();
    QTest::addRow("no other member") << QJsonObject() << QStringLiteral("RoutineCode") << QByteArray("abc");
    // Written by QJsonDocument instead: escapes needed, not last in order, or already there.
    QTest::addRow("every printable character") << answer << QStringLiteral("RoutineCode") << printable;
    QTest::addRow("control characters") << answer << QStringLiteral("RoutineCode") << QByteArray("a\tb\nc\x01\x7f");
    QTest::addRow("Latin-1") << answer << QStringLiteral("RoutineCode") << QByteArray("caf\xe9");
    QTest::addRow("key sorts first") << answer << QStringLiteral("Aardvark") << QByteArray("abc");
    QTest::addRow("key sorts between") << answer << QStringLiteral("D") << QByteArray("abc");
    QTest::addRow("key present") << answer << QStringLiteral("CreateTime") << QByteArray("abc");
    QTest::addRow("lower-case key after upper-case ones") << answer << QStringLiteral("aa") << QByteArray("abc");
}

void TestEmulatorEsa::jsonWithStringIsJson()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    const QByteArray keyLatin1 = key.toLatin1();
    const HeaderList headers{{QByteArrayLiteral("x-acs-request-id"), QByteArrayLiteral("id")}};
    const EmulatorResponse fast = EmulatorResponse::jsonWithString(200, body, QLatin1StringView(keyLatin1), value, headers);
    QJsonObject whole = body;
    whole.insert(key, QString::fromLatin1(value));
    const EmulatorResponse slow = EmulatorResponse::json(200, whole, headers);
    QCOMPARE(fast.body, slow.body);
    QCOMPARE(fast.headers, slow.headers);
    QCOMPARE(fast.status, slow.status);
    QCOMPARE(QJsonDocument::fromJson(fast.body).object().value(key).toString(), QString::fromLatin1(value));
}

// Qt HttpServer writes an answer's head and body separately: with Nagle's algorithm the body waited
// for the client's delayed acknowledgement of the head, about 40 ms per answer on a kept-alive
// connection (emulator/NoDelayTcpServer.h). The connection the emulator accepted has it turned off.
void TestEmulatorEsa::answersAreSentWithoutNagleDelay()
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    QVERIFY(client.waitForConnected(5000));
    QSignalSpy answered(&client, &QIODevice::readyRead);
    client.write("GET /no-such-path HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(answered.wait(5000));
    QVERIFY(client.readAll().startsWith("HTTP/1.1 "));
    const QList<QTcpSocket *> accepted = m_emulator->findChildren<QTcpSocket *>();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.constFirst()->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestEmulatorEsa)
#include "tst_emulator_esa.moc"
