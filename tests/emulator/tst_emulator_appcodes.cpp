// The emulated APIG AppCode lifecycle: CreateAppCodeAutoV2 (PUT), CreateAppCodeV2 (POST with a
// JSON body), ShowDetailsOfAppCodeV2, DeleteAppCodeV2, the value rule, duplicates, the per-app
// limit, the same authentication as the reads (with the JSON body signed), and paging that
// follows the changes. A fresh emulator on a free loopback port per test.
#include "tests/support/WireClient.h"
#include "app/apig/SdkHmacSigner.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/EmulatorThread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <memory>

namespace {

const DemoInstance &prodInstance() { return DemoData::instance().instances().at(0); }
const DemoInstance &stagingInstance() { return DemoData::instance().instances().at(1); }
const DemoApp &demoApp(const char *name) { return *DemoData::instance().app(QLatin1String(name)); }
const DemoApp &rotationApp() { return demoApp(DemoData::RotationAppName); } // 2 AppCodes
const DemoApp &emptyApp() { return demoApp(DemoData::EmptyAppName); }
const DemoApp &bigApp() { return demoApp(DemoData::BigAppName); }

QByteArray codesPath(const QString &appId, const QString &instanceId = prodInstance().id)
{
    return WireClient::apigPath(QStringLiteral("/%1/apps/%2/app-codes").arg(instanceId, appId));
}
QByteArray codePath(const QString &appId, const QString &appCodeId, const QString &instanceId = prodInstance().id)
{
    return codesPath(appId, instanceId) + '/' + appCodeId.toUtf8();
}
QByteArray body(const QString &appCode)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("app_code"), appCode}}).toJson(QJsonDocument::Compact);
}
// A valid custom value of `length` characters: the rule's whole alphabet, repeated.
QString customValue(int length, const QString &lead = QStringLiteral("C"))
{
    const QString alphabet = QStringLiteral("abcXYZ019+_!@#$%-/=");
    QString v = lead;
    while (v.size() < length)
        v += alphabet.at(v.size() % alphabet.size());
    return v;
}
const QRegularExpression &rule()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9+/][a-zA-Z0-9\\-_!@#$%+/=]{63,179}$"));
    return re;
}
bool isRecent(const QString &isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime, Qt::ISODate);
    return t.isValid() && qAbs(t.secsTo(QDateTime::currentDateTimeUtc())) < 120;
}
void verifyError(const WireResult &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.str(QStringLiteral("error_code")), code);
    QVERIFY(!r.str(QStringLiteral("error_msg")).isEmpty());
    QVERIFY(!r.header("X-Request-Id").isEmpty());
}

} // namespace

class TestEmulatorAppCodes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void generateMakesAValueOfTheRule();
    void createTakesTheCustomValue();
    void showDetails();
    void deleteRemovesIt();
    void rotateOneAppCode();
    void customValueRules_data();
    void customValueRules();
    void duplicateValuesRefused();
    void limitRefusesBeyondFive();
    void limitHook();
    void limitHookFromAnotherThread();
    void bigAppIsAboveTheLimit();
    void unknownInstanceAppAndAppCode();
    void writesNeedTheSameAuthentication();
    void jsonBodyMustBeSigned();
    void unsupportedMethods();
    void pagingFollowsTheChanges();
    void oldHooksStillWork();
    void freshEmulatorServesTheDemoAgain();

private:
    QList<QJsonObject> list(const QString &appId, int offset = 0, int limit = 500);
    WireResult generate(const QString &appId) { return m_client->huaweiAkSkCall("PUT", codesPath(appId)); }
    WireResult create(const QString &appId, const QString &value) { return m_client->huaweiAkSkCall("POST", codesPath(appId), body(value)); }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorAppCodes::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorAppCodes::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

QList<QJsonObject> TestEmulatorAppCodes::list(const QString &appId, int offset, int limit)
{
    const WireResult r = m_client->huaweiAkSk(codesPath(appId), {{QStringLiteral("offset"), QString::number(offset)},
                                                                 {QStringLiteral("limit"), QString::number(limit)}});
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("app_codes")).toArray())
        out.append(v.toObject());
    return out;
}

void TestEmulatorAppCodes::generateMakesAValueOfTheRule()
{
    const QString appId = rotationApp().id;
    QCOMPARE(rotationApp().appCodes.size(), 2);
    const WireResult r = generate(appId);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.keys(), (QStringList{QStringLiteral("app_code"), QStringLiteral("app_id"), QStringLiteral("create_time"), QStringLiteral("id")}));
    const QString value = r.str(QStringLiteral("app_code"));
    QVERIFY2(rule().match(value).hasMatch(), qPrintable(value));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(r.str(QStringLiteral("id"))).hasMatch());
    QCOMPARE(r.str(QStringLiteral("app_id")), appId);
    QVERIFY2(isRecent(r.str(QStringLiteral("create_time"))), qPrintable(r.str(QStringLiteral("create_time"))));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:CreateAppCodeAutoV2")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:app-codes")), 0); // not counted as a list read

    // Listed last, exactly as answered; a second one is a different value and id.
    const QList<QJsonObject> listed = list(appId);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.last(), r.json);
    const WireResult second = generate(appId);
    QCOMPARE(second.status, 201);
    QVERIFY(second.str(QStringLiteral("app_code")) != value);
    QVERIFY(second.str(QStringLiteral("id")) != r.str(QStringLiteral("id")));
    QCOMPARE(m_emulator->appCodeCount(appId), 4);
}

void TestEmulatorAppCodes::createTakesTheCustomValue()
{
    const QString value = customValue(100);
    QVERIFY(rule().match(value).hasMatch());
    const WireResult r = create(emptyApp().id, value);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str(QStringLiteral("app_code")), value);
    QCOMPARE(r.str(QStringLiteral("app_id")), emptyApp().id);
    QVERIFY(isRecent(r.str(QStringLiteral("create_time"))));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:CreateAppCodeV2")), 1);
    const QList<QJsonObject> listed = list(emptyApp().id);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first(), r.json);
}

void TestEmulatorAppCodes::showDetails()
{
    const DemoAppCode &demo = rotationApp().appCodes.at(1);
    WireResult r = m_client->huaweiAkSkCall("GET", codePath(rotationApp().id, demo.id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, (QJsonObject{{QStringLiteral("app_code"), demo.appCode}, {QStringLiteral("id"), demo.id},
                                  {QStringLiteral("app_id"), demo.appId}, {QStringLiteral("create_time"), demo.createTime}}));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:ShowDetailsOfAppCodeV2")), 1);
    // A created one, by its id.
    const WireResult made = generate(rotationApp().id);
    r = m_client->huaweiAkSkCall("GET", codePath(rotationApp().id, made.str(QStringLiteral("id"))));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, made.json);
    // Another app's AppCode is not this app's.
    r = m_client->huaweiAkSkCall("GET", codePath(emptyApp().id, demo.id));
    verifyError(r, 404, QStringLiteral("APIG.3082"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(demo.id));
}

void TestEmulatorAppCodes::deleteRemovesIt()
{
    const DemoAppCode &first = rotationApp().appCodes.at(0);
    const WireResult r = m_client->huaweiAkSkCall("DELETE", codePath(rotationApp().id, first.id));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DeleteAppCodeV2")), 1);
    const QList<QJsonObject> listed = list(rotationApp().id);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().value(QStringLiteral("id")).toString(), rotationApp().appCodes.at(1).id);
    verifyError(m_client->huaweiAkSkCall("GET", codePath(rotationApp().id, first.id)), 404, QStringLiteral("APIG.3082"));
    verifyError(m_client->huaweiAkSkCall("DELETE", codePath(rotationApp().id, first.id)), 404, QStringLiteral("APIG.3082"));
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 1);
}

void TestEmulatorAppCodes::rotateOneAppCode()
{
    // There is no reset: rotating is create a new one, move the callers, delete the old one.
    const QString appId = rotationApp().id;
    const DemoAppCode &old = rotationApp().appCodes.at(0);
    const WireResult made = generate(appId);
    QCOMPARE(made.status, 201);
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(appId, old.id)).status, 204);
    QStringList values;
    for (const QJsonObject &c : list(appId))
        values.append(c.value(QStringLiteral("app_code")).toString());
    QCOMPARE(values, (QStringList{rotationApp().appCodes.at(1).appCode, made.str(QStringLiteral("app_code"))}));
}

void TestEmulatorAppCodes::customValueRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("why"); // what the message must say besides the parameter

    QTest::newRow("64 characters") << body(customValue(64)) << 201 << QString();
    QTest::newRow("180 characters") << body(customValue(180)) << 201 << QString();
    QTest::newRow("starts with +") << body(customValue(70, QStringLiteral("+"))) << 201 << QString();
    QTest::newRow("starts with /") << body(customValue(70, QStringLiteral("/"))) << 201 << QString();
    QTest::newRow("starts with a digit") << body(customValue(70, QStringLiteral("7"))) << 201 << QString();
    QTest::newRow("every special character") << body(QStringLiteral("a+_!@#$%-/=").repeated(7)) << 201 << QString();
    QTest::newRow("63 characters") << body(customValue(63)) << 400 << QStringLiteral("63");
    QTest::newRow("181 characters") << body(customValue(181)) << 400 << QStringLiteral("181");
    QTest::newRow("empty") << body(QString()) << 400 << QStringLiteral("64 to 180");
    QTest::newRow("starts with -") << body(customValue(70, QStringLiteral("-"))) << 400 << QStringLiteral("start");
    QTest::newRow("starts with _") << body(customValue(70, QStringLiteral("_"))) << 400 << QStringLiteral("start");
    QTest::newRow("starts with =") << body(customValue(70, QStringLiteral("="))) << 400 << QStringLiteral("start");
    QTest::newRow("a space") << body(customValue(40) + QLatin1Char(' ') + customValue(40)) << 400 << QStringLiteral("Character 41");
    QTest::newRow("a tilde") << body(customValue(70) + QLatin1Char('~')) << 400 << QStringLiteral("'~'");
    QTest::newRow("an asterisk") << body(customValue(70) + QLatin1Char('*')) << 400 << QStringLiteral("'*'");
    QTest::newRow("non-ASCII") << body(customValue(70) + QStringLiteral("é")) << 400 << QStringLiteral("not allowed");
    QTest::newRow("not JSON") << QByteArray("{\"app_code\":") << 400 << QStringLiteral("JSON object");
    QTest::newRow("a JSON array") << QByteArray("[\"x\"]") << 400 << QStringLiteral("JSON object");
    QTest::newRow("no app_code") << QByteArray("{\"appcode\":\"x\"}") << 400 << QStringLiteral("required");
    QTest::newRow("app_code a number") << QByteArray("{\"app_code\":12345}") << 400 << QStringLiteral("string");
    QTest::newRow("app_code null") << QByteArray("{\"app_code\":null}") << 400 << QStringLiteral("string");
}

void TestEmulatorAppCodes::customValueRules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, why);
    const WireResult r = m_client->huaweiAkSkCall("POST", codesPath(emptyApp().id), body);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(r.str(QStringLiteral("app_code")), QJsonDocument::fromJson(body).object().value(QStringLiteral("app_code")).toString());
        QCOMPARE(m_emulator->appCodeCount(emptyApp().id), 1);
        return;
    }
    verifyError(r, 400, QStringLiteral("APIG.2012"));
    const QString message = r.str(QStringLiteral("error_msg"));
    QVERIFY2(message.startsWith(QStringLiteral("Invalid parameter value,parameterName:app_code. ")), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
    QCOMPARE(m_emulator->appCodeCount(emptyApp().id), 0); // a refusal creates nothing
}

void TestEmulatorAppCodes::duplicateValuesRefused()
{
    const QString existing = rotationApp().appCodes.at(0).appCode;
    // The same app already has it.
    WireResult r = create(rotationApp().id, existing);
    verifyError(r, 400, QStringLiteral("APIG.2012"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("parameterName:app_code")));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("This app already has")));
    // Another app of the same gateway uses it: X-Apig-AppCode must name one app.
    r = create(emptyApp().id, existing);
    verifyError(r, 400, QStringLiteral("APIG.2012"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("Another app")));
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 2);
    QCOMPARE(m_emulator->appCodeCount(emptyApp().id), 0);
    // A value created just now counts too; another gateway is another namespace.
    const QString fresh = customValue(90);
    QCOMPARE(create(emptyApp().id, fresh).status, 201);
    verifyError(create(rotationApp().id, fresh), 400, QStringLiteral("APIG.2012"));
    m_emulator->setAppCodeLimit(100); // the staging gateway's apps are above the default
    const DemoApp &otherGatewayApp = stagingInstance().apps.at(0);
    QCOMPARE(m_client->huaweiAkSkCall("POST", codesPath(otherGatewayApp.id, stagingInstance().id), body(fresh)).status, 201);
}

void TestEmulatorAppCodes::limitRefusesBeyondFive()
{
    QCOMPARE(m_emulator->appCodeLimit(), DemoData::AppCodeLimit);
    QCOMPARE(DemoData::AppCodeLimit, 5); // the vendor's documented maximum per app
    const QString appId = rotationApp().id; // 2 of 5
    QCOMPARE(generate(appId).status, 201);
    QCOMPARE(create(appId, customValue(77)).status, 201);
    QCOMPARE(generate(appId).status, 201);
    QCOMPARE(m_emulator->appCodeCount(appId), 5);
    for (const WireResult &r : {generate(appId), create(appId, customValue(78))}) {
        verifyError(r, 403, QStringLiteral("APIG.3131"));
        QVERIFY2(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("holds 5, at most 5")), qPrintable(r.str(QStringLiteral("error_msg"))));
    }
    QCOMPARE(m_emulator->appCodeCount(appId), 5);
    // Deleting one makes room again.
    const QString oldest = list(appId).first().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(appId, oldest)).status, 204);
    QCOMPARE(create(appId, customValue(78)).status, 201);
    verifyError(generate(appId), 403, QStringLiteral("APIG.3131"));
    // An invalid value is told so even at the limit (the request is checked first).
    verifyError(create(appId, QStringLiteral("short")), 400, QStringLiteral("APIG.2012"));
}

void TestEmulatorAppCodes::limitHook()
{
    m_emulator->setAppCodeLimit(3);
    QCOMPARE(m_emulator->appCodeLimit(), 3);
    QCOMPARE(generate(rotationApp().id).status, 201); // 3 of 3
    verifyError(generate(rotationApp().id), 403, QStringLiteral("APIG.3131"));
    m_emulator->setAppCodeLimit(0);
    verifyError(generate(emptyApp().id), 403, QStringLiteral("APIG.3131"));
    m_emulator->setAppCodeLimit(10);
    QCOMPARE(generate(rotationApp().id).status, 201);
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 4);
}

void TestEmulatorAppCodes::limitHookFromAnotherThread()
{
    EmulatorThread thread;
    QVERIFY(thread.startAndListen(0) != 0);
    WireClient client(thread.baseUrl());
    thread.emulator()->setAppCodeLimit(2); // the rotation app holds 2: full
    const WireResult refused = client.huaweiAkSkCall("PUT", codesPath(rotationApp().id));
    verifyError(refused, 403, QStringLiteral("APIG.3131"));
    thread.emulator()->setAppCodeLimit(3);
    QCOMPARE(client.huaweiAkSkCall("PUT", codesPath(rotationApp().id)).status, 201);
    QCOMPARE(thread.emulator()->appCodeCount(rotationApp().id), 3);
    QCOMPARE(thread.emulator()->requestCount(QStringLiteral("apig:CreateAppCodeAutoV2")), 2);
}

void TestEmulatorAppCodes::bigAppIsAboveTheLimit()
{
    // mobile-app keeps its 1,234 AppCodes for paging, so it cannot take another.
    verifyError(generate(bigApp().id), 403, QStringLiteral("APIG.3131"));
    verifyError(create(bigApp().id, customValue(99)), 403, QStringLiteral("APIG.3131"));
    QCOMPARE(m_emulator->appCodeCount(bigApp().id), DemoData::BigAppCodeCount);
    // It can still delete and show.
    const DemoAppCode &c = bigApp().appCodes.at(7);
    QCOMPARE(m_client->huaweiAkSkCall("GET", codePath(bigApp().id, c.id)).str(QStringLiteral("app_code")), c.appCode);
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(bigApp().id, c.id)).status, 204);
    QCOMPARE(m_client->huaweiAkSk(codesPath(bigApp().id)).json.value(QStringLiteral("total")).toInt(), DemoData::BigAppCodeCount - 1);
}

void TestEmulatorAppCodes::unknownInstanceAppAndAppCode()
{
    const QString unknown = QStringLiteral("9ed8b7fe84224de681e7d7a5587e76dc");
    const QString someCode = rotationApp().appCodes.at(0).id;
    struct Call { QByteArray method; QByteArray path; QByteArray body; };
    auto calls = [&](const QString &appId, const QString &instanceId) {
        return QList<Call>{{"PUT", codesPath(appId, instanceId), {}},
                           {"POST", codesPath(appId, instanceId), body(customValue(80))},
                           {"GET", codePath(appId, someCode, instanceId), {}},
                           {"DELETE", codePath(appId, someCode, instanceId), {}}};
    };
    for (const Call &c : calls(unknown, prodInstance().id)) {
        const WireResult r = m_client->huaweiAkSkCall(c.method, c.path, c.body);
        verifyError(r, 404, QStringLiteral("APIG.3004"));
        QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("App %1 does not exist").arg(unknown));
    }
    for (const Call &c : calls(rotationApp().id, unknown))
        verifyError(m_client->huaweiAkSkCall(c.method, c.path, c.body), 404, QStringLiteral("APIG.3030"));
    for (const Call &c : calls(rotationApp().id, stagingInstance().id)) // an app of the other gateway
        verifyError(m_client->huaweiAkSkCall(c.method, c.path, c.body), 404, QStringLiteral("APIG.3004"));
    // A well-formed but unknown AppCode id, and a malformed one.
    for (const QByteArray method : {QByteArray("GET"), QByteArray("DELETE")}) {
        WireResult r = m_client->huaweiAkSkCall(method, codePath(rotationApp().id, unknown));
        verifyError(r, 404, QStringLiteral("APIG.3082"));
        QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("The AppCode does not exist;id:%1").arg(unknown));
        r = m_client->huaweiAkSkCall(method, codePath(rotationApp().id, QStringLiteral("not-an-id")));
        verifyError(r, 400, QStringLiteral("APIG.2012"));
        QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("parameterName:app_code_id")));
    }
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 2);
}

void TestEmulatorAppCodes::writesNeedTheSameAuthentication()
{
    const QString appId = rotationApp().id;
    const QString codeId = rotationApp().appCodes.at(0).id;
    // A wrong SK, an unknown AK, no credentials at all: refused, nothing changes.
    verifyError(m_client->huaweiAkSkCall("PUT", codesPath(appId), {}, {QLatin1String(DemoData::HuaweiAccessKey), QStringLiteral("wrong")}),
                401, QStringLiteral("APIG.1002"));
    verifyError(m_client->huaweiAkSkCall("POST", codesPath(appId), body(customValue(70)), {QStringLiteral("NOSUCHAK"), QStringLiteral("x")}),
                401, QStringLiteral("APIG.1002"));
    verifyError(m_client->huaweiAkSkCall("DELETE", codePath(appId, codeId), {}, WireClient::demoHuawei(),
                                         [](HttpRequestParts &p) { p.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; }); }),
                401, QStringLiteral("APIG.1002"));
    verifyError(m_client->huaweiAkSkCall("DELETE", codePath(appId, codeId), {}, WireClient::demoHuawei(), {},
                                         QDateTime::currentDateTimeUtc().addSecs(-16 * 60)),
                401, QStringLiteral("APIG.1002"));
    QCOMPARE(m_emulator->appCodeCount(appId), 2);

    // An IAM token works for every call; a forged one does not.
    const QByteArray token = m_client->iamPasswordToken().header("X-Subject-Token");
    const WireResult made = m_client->huaweiTokenCall("PUT", codesPath(appId), {}, token);
    QCOMPARE(made.status, 201);
    QCOMPARE(m_client->huaweiTokenCall("POST", codesPath(appId), body(customValue(71)), token).status, 201);
    QCOMPARE(m_client->huaweiTokenCall("GET", codePath(appId, made.str(QStringLiteral("id"))), {}, token).json, made.json);
    QCOMPARE(m_client->huaweiTokenCall("DELETE", codePath(appId, made.str(QStringLiteral("id"))), {}, token).status, 204);
    verifyError(m_client->huaweiTokenCall("PUT", codesPath(appId), {}, token + "x"), 401, QStringLiteral("APIG.1002"));
    QCOMPARE(m_emulator->appCodeCount(appId), 3);

    // Another project is forbidden.
    const QByteArray foreign = WireClient::apigPath(QStringLiteral("/%1/apps/%2/app-codes").arg(prodInstance().id, appId),
                                                    QStringLiteral("0123456789abcdef0123456789abcdef"));
    verifyError(m_client->huaweiAkSkCall("PUT", foreign), 403, QStringLiteral("APIG.1005"));
    verifyError(m_client->huaweiTokenCall("PUT", foreign, {}, token), 403, QStringLiteral("APIG.1005"));
    QCOMPARE(m_emulator->appCodeCount(appId), 3);
}

void TestEmulatorAppCodes::jsonBodyMustBeSigned()
{
    const QString signedFor = customValue(80), sentInstead = customValue(81);
    // The payload hash is the SHA-256 of the exact body: another body is another signature.
    WireResult r = m_client->huaweiAkSkCall("POST", codesPath(emptyApp().id), body(signedFor), WireClient::demoHuawei(),
                                            [&](HttpRequestParts &p) { p.body = body(sentInstead); });
    verifyError(r, 401, QStringLiteral("APIG.1002"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("signature")));
    // Even a byte of whitespace.
    r = m_client->huaweiAkSkCall("POST", codesPath(emptyApp().id), body(signedFor), WireClient::demoHuawei(),
                                 [](HttpRequestParts &p) { p.body.append(' '); });
    verifyError(r, 401, QStringLiteral("APIG.1002"));

    // A JSON body signed as UNSIGNED-PAYLOAD, and a body whose content type is not signed.
    HttpRequestParts p;
    p.method = "POST";
    p.path = codesPath(emptyApp().id);
    p.headers = {{"host", m_client->host()}, {"content-type", "application/json"}, {"x-sdk-content-sha256", "UNSIGNED-PAYLOAD"}};
    p.body = body(signedFor);
    p.headers += SdkHmacSigner::sign(p, WireClient::demoHuawei(), QDateTime::currentDateTimeUtc()).headersToAdd;
    r = m_client->send(p);
    verifyError(r, 401, QStringLiteral("APIG.1002"));
    QVERIFY2(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("UNSIGNED-PAYLOAD")), qPrintable(r.str(QStringLiteral("error_msg"))));

    HttpRequestParts unsignedType;
    unsignedType.method = "POST";
    unsignedType.path = codesPath(emptyApp().id);
    unsignedType.headers = {{"host", m_client->host()}};
    unsignedType.body = body(signedFor);
    unsignedType.headers += SdkHmacSigner::sign(unsignedType, WireClient::demoHuawei(), QDateTime::currentDateTimeUtc()).headersToAdd;
    unsignedType.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    r = m_client->send(unsignedType);
    verifyError(r, 401, QStringLiteral("APIG.1002"));
    QVERIFY2(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("content-type")), qPrintable(r.str(QStringLiteral("error_msg"))));

    QCOMPARE(m_emulator->appCodeCount(emptyApp().id), 0);
    // Signed properly, the same body is taken.
    QCOMPARE(create(emptyApp().id, signedFor).status, 201);
}

void TestEmulatorAppCodes::unsupportedMethods()
{
    const QString appId = rotationApp().id, codeId = rotationApp().appCodes.at(0).id;
    const QList<QPair<QByteArray, QByteArray>> calls = {{"PATCH", codesPath(appId)},
                                                        {"DELETE", codesPath(appId)},
                                                        {"PUT", codePath(appId, codeId)},
                                                        {"POST", codePath(appId, codeId)},
                                                        {"POST", WireClient::apigPath(QStringLiteral("/%1/apps").arg(prodInstance().id))},
                                                        {"GET", codePath(appId, codeId) + "/extra"}};
    for (const auto &[method, path] : calls) {
        const WireResult r = m_client->huaweiAkSkCall(method, path, method == "POST" ? body(customValue(70)) : QByteArray());
        verifyError(r, 404, QStringLiteral("APIG.0101"));
    }
    QCOMPARE(m_emulator->appCodeCount(appId), 2);
}

void TestEmulatorAppCodes::pagingFollowsTheChanges()
{
    const QString appId = emptyApp().id;
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(generate(appId).str(QStringLiteral("id")));
    WireResult page = m_client->huaweiAkSk(codesPath(appId), {{QStringLiteral("offset"), QStringLiteral("1")}, {QStringLiteral("limit"), QStringLiteral("1")}});
    QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(page.json.value(QStringLiteral("size")).toInt(), 1);
    QCOMPARE(page.json.value(QStringLiteral("app_codes")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(), ids.at(1));
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(appId, ids.at(0))).status, 204);
    page = m_client->huaweiAkSk(codesPath(appId), {{QStringLiteral("offset"), QStringLiteral("1")}, {QStringLiteral("limit"), QStringLiteral("1")}});
    QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(page.json.value(QStringLiteral("app_codes")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(), ids.at(2));
    page = m_client->huaweiAkSk(codesPath(appId), {{QStringLiteral("offset"), QStringLiteral("2")}});
    QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(page.json.value(QStringLiteral("size")).toInt(), 0);
    // The big app's last page, after one of its codes went.
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(bigApp().id, bigApp().appCodes.at(0).id)).status, 204);
    page = m_client->huaweiAkSk(codesPath(bigApp().id), {{QStringLiteral("offset"), QStringLiteral("1200")}, {QStringLiteral("limit"), QStringLiteral("500")}});
    QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), DemoData::BigAppCodeCount - 1);
    QCOMPARE(page.json.value(QStringLiteral("size")).toInt(), DemoData::BigAppCodeCount - 1 - 1200);
}

void TestEmulatorAppCodes::oldHooksStillWork()
{
    QCOMPARE(m_emulator->appCodeCount(QStringLiteral("00000000000000000000000000000000")), -1);
    const QString made = generate(rotationApp().id).str(QStringLiteral("id"));
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 3);
    m_emulator->removeAppCodes(rotationApp().id, 2); // the two oldest: the demo's
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 1);
    QCOMPARE(list(rotationApp().id).first().value(QStringLiteral("id")).toString(), made);
    m_emulator->addAppCodes(rotationApp().id, 2);
    const QList<QJsonObject> listed = list(rotationApp().id);
    QCOMPARE(listed.size(), 3);
    for (const QJsonObject &c : listed)
        QVERIFY2(rule().match(c.value(QStringLiteral("app_code")).toString()).hasMatch(), qPrintable(c.value(QStringLiteral("app_code")).toString()));
    // Added ones can be shown and deleted like any other.
    const QString added = listed.last().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(rotationApp().id, added)).status, 204);
    m_emulator->removeAppCodes(rotationApp().id, 99);
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 0);
}

void TestEmulatorAppCodes::freshEmulatorServesTheDemoAgain()
{
    QCOMPARE(generate(emptyApp().id).status, 201);
    QCOMPARE(m_client->huaweiAkSkCall("DELETE", codePath(rotationApp().id, rotationApp().appCodes.at(0).id)).status, 204);
    CloudEmulator fresh;
    QVERIFY(fresh.listenOnLoopback(0) != 0);
    WireClient client(fresh.baseUrl());
    QCOMPARE(client.huaweiAkSk(codesPath(emptyApp().id)).json.value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(client.huaweiAkSk(codesPath(rotationApp().id)).json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(fresh.appCodeLimit(), DemoData::AppCodeLimit);
    // And the changed emulator keeps its changes.
    QCOMPARE(m_emulator->appCodeCount(emptyApp().id), 1);
    QCOMPARE(m_emulator->appCodeCount(rotationApp().id), 1);
}

QTEST_GUILESS_MAIN(TestEmulatorAppCodes)
#include "tst_emulator_appcodes.moc"
