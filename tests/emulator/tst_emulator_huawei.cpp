// The emulated Huawei IAM and APIG: tokens and their expiry, AK/SK verification, every route,
// the seed's paging normalisation at every edge, and the seed's error codes; IAM on a port of its
// own answers there alone, APIG on the main port alone.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

namespace {
const DemoInstance &prodInstance() { return DemoData::instance().instances().at(0); }
const DemoApp &bigApp() { return *DemoData::instance().app(QLatin1String(DemoData::BigAppName)); }
QByteArray appCodesPath(const QString &appId = bigApp().id, const QString &instanceId = prodInstance().id)
{
    return WireClient::apigPath(QStringLiteral("/%1/apps/%2/app-codes").arg(instanceId, appId));
}
QueryList page(const QString &offset, const QString &limit)
{
    QueryList q;
    if (!offset.isNull())
        q.append({QStringLiteral("offset"), offset});
    if (!limit.isNull())
        q.append({QStringLiteral("limit"), limit});
    return q;
}
} // namespace

class TestEmulatorHuawei : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passwordToken();
    void wrongPasswordRefused();
    void unknownProjectRefused();
    void projectsLookup();
    void tokenAuthorisesApig();
    void tokenExpires();
    void invalidTokenRefused();
    void listInstances();
    void listAppsAndSearch();
    void appCodePaging_data();
    void appCodePaging();
    void appCodesMatchDemoData();
    void emptyApp();
    void nonNumericPaging_data();
    void nonNumericPaging();
    void malformedIds_data();
    void malformedIds();
    void unknownInstanceAndApp();
    void foreignProjectForbidden();
    void romaAndSharedGatewayRefusals();
    void akskWrongSecret();
    void akskUnknownKey();
    void akskDateWindow();
    void akskUnsignedPayload();
    void akskParameterChangedAfterSigning();
    void unknownRoute();
    void trailingSlashAccepted();
    void totalFollowsChanges();
    void iamOnItsOwnPort();

private:
    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorHuawei::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorHuawei::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorHuawei::passwordToken()
{
    const WireResult r = m_client->iamPasswordToken();
    QCOMPARE(r.status, 201);
    QVERIFY(r.header("X-Subject-Token").size() > 32);
    const QJsonObject token = r.json.value(QStringLiteral("token")).toObject();
    const QDateTime expires = QDateTime::fromString(token.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 86400) < 60);
    QCOMPARE(token.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString(), QLatin1String(DemoData::HuaweiProjectId));
    QCOMPARE(token.value(QStringLiteral("methods")).toArray().at(0).toString(), QStringLiteral("password"));
}

void TestEmulatorHuawei::wrongPasswordRefused()
{
    const WireResult r = m_client->iamPasswordToken(QStringLiteral("not-the-password"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("X-Subject-Token").isEmpty());
    QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 401);
}

void TestEmulatorHuawei::unknownProjectRefused()
{
    const WireResult r = m_client->iamPasswordToken(QLatin1String(DemoData::HuaweiPassword), QStringLiteral("eu-west-101"));
    QCOMPARE(r.status, 400);
}

void TestEmulatorHuawei::projectsLookup()
{
    WireResult r = m_client->huaweiAkSk("/v3/projects", {{QStringLiteral("name"), QStringLiteral("cn-north-4")}});
    QCOMPARE(r.status, 200);
    const QJsonArray projects = r.json.value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0).toObject().value(QStringLiteral("id")).toString(), QLatin1String(DemoData::HuaweiProjectId));
    r = m_client->huaweiAkSk("/v3/projects", {{QStringLiteral("name"), QStringLiteral("ap-southeast-1")}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("projects")).toArray().isEmpty());
    r = m_client->huaweiToken("/v3/projects", {}, "forged");
    QCOMPARE(r.status, 401);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:projects")), 3);
}

void TestEmulatorHuawei::tokenAuthorisesApig()
{
    const QByteArray token = m_client->iamPasswordToken().header("X-Subject-Token");
    const WireResult r = m_client->huaweiToken(appCodesPath(), page(QStringLiteral("0"), QStringLiteral("5")), token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 5);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), DemoData::BigAppCodeCount);
}

void TestEmulatorHuawei::tokenExpires()
{
    m_emulator->setTokenLifetimeSeconds(60);
    const QByteArray token = m_client->iamPasswordToken().header("X-Subject-Token");
    QCOMPARE(m_client->huaweiToken(appCodesPath(), {}, token).status, 200);
    m_emulator->setClockSkewSeconds(61); // a minute later, without waiting a minute
    const WireResult r = m_client->huaweiToken(appCodesPath(), {}, token);
    // As the gateway in front of Huawei Cloud's APIs documents it, not APIG.1002.
    QCOMPARE(r.status, 401);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIGW.0307"));
    QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("The token must be updated."));
    // A fresh token works again.
    const QByteArray fresh = m_client->iamPasswordToken().header("X-Subject-Token");
    QCOMPARE(m_client->huaweiToken(appCodesPath(), {}, fresh).status, 200);
    // A revoked token gets the code it was revoked with; one issued later is not touched.
    m_emulator->revokeIamTokens(QStringLiteral("APIG.0301"));
    const WireResult revoked = m_client->huaweiToken(appCodesPath(), {}, fresh);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.str(QStringLiteral("error_code")), QStringLiteral("APIG.0301"));
    const QByteArray later = m_client->iamPasswordToken().header("X-Subject-Token");
    QCOMPARE(m_client->huaweiToken(appCodesPath(), {}, later).status, 200);
}

void TestEmulatorHuawei::invalidTokenRefused()
{
    for (const QByteArray token : {QByteArray("MIIforged"), QByteArray()}) {
        const WireResult r = m_client->huaweiToken(appCodesPath(), {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1002"));
        QVERIFY(!r.header("X-Request-Id").isEmpty());
    }
}

void TestEmulatorHuawei::listInstances()
{
    WireResult r = m_client->huaweiAkSk(WireClient::apigPath());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 2);
    const QJsonObject first = r.json.value(QStringLiteral("instances")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), prodInstance().id);
    QCOMPARE(first.value(QStringLiteral("instance_name")).toString(), prodInstance().name);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("Running"));
    QVERIFY(first.contains(QStringLiteral("type")));
    r = m_client->huaweiAkSk(WireClient::apigPath(), page(QStringLiteral("0"), QStringLiteral("1")));
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 1);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    r = m_client->huaweiAkSk(WireClient::apigPath(), {{QStringLiteral("instance_name"), QStringLiteral("staging")}});
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 1);
}

void TestEmulatorHuawei::listAppsAndSearch()
{
    const QByteArray path = WireClient::apigPath(QStringLiteral("/%1/apps").arg(prodInstance().id));
    WireResult r = m_client->huaweiAkSk(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), prodInstance().apps.size());
    const QJsonObject app = r.json.value(QStringLiteral("apps")).toArray().at(0).toObject();
    for (const char *key : {"id", "name", "remark", "creator", "status", "app_key", "app_secret", "app_type", "register_time", "update_time", "bind_num"})
        QVERIFY2(app.contains(QLatin1String(key)), key);
    QCOMPARE(app.value(QStringLiteral("app_secret")).toString(), QStringLiteral("******"));
    r = m_client->huaweiAkSk(path, {{QStringLiteral("name"), QStringLiteral("APP")}});
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 1); // mobile-app, case-insensitive
    r = m_client->huaweiAkSk(path, {{QStringLiteral("name"), QStringLiteral("mobile")}, {QStringLiteral("precise_search"), QStringLiteral("name")}});
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 0);
    r = m_client->huaweiAkSk(path, page(QStringLiteral("2"), QStringLiteral("2")));
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 2);
}

void TestEmulatorHuawei::appCodePaging_data()
{
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("expectedFirst"); // index of the first code returned, -1 if none
    QTest::addColumn<int>("expectedSize");
    const int n = DemoData::BigAppCodeCount;
    QTest::newRow("defaults") << QString() << QString() << 0 << 20;
    QTest::newRow("offset 0 limit 1") << QStringLiteral("0") << QStringLiteral("1") << 0 << 1;
    QTest::newRow("negative offset is 0") << QStringLiteral("-7") << QStringLiteral("10") << 0 << 10;
    QTest::newRow("limit 0 is 20") << QStringLiteral("0") << QStringLiteral("0") << 0 << 20;
    QTest::newRow("negative limit is 20") << QStringLiteral("40") << QStringLiteral("-3") << 40 << 20;
    QTest::newRow("limit 500") << QStringLiteral("0") << QStringLiteral("500") << 0 << 500;
    QTest::newRow("limit 501 is 500") << QStringLiteral("0") << QStringLiteral("501") << 0 << 500;
    QTest::newRow("huge limit is 500") << QStringLiteral("0") << QStringLiteral("99999999") << 0 << 500;
    QTest::newRow("partial last page") << QStringLiteral("1200") << QStringLiteral("50") << 1200 << n - 1200;
    QTest::newRow("last code") << QString::number(n - 1) << QStringLiteral("20") << n - 1 << 1;
    QTest::newRow("offset at end") << QString::number(n) << QStringLiteral("20") << -1 << 0;
    QTest::newRow("offset beyond end") << QStringLiteral("5000") << QStringLiteral("20") << -1 << 0;
    QTest::newRow("whitespace is tolerated") << QStringLiteral(" 3") << QStringLiteral("2 ") << 3 << 2;
}

void TestEmulatorHuawei::appCodePaging()
{
    QFETCH(QString, offset);
    QFETCH(QString, limit);
    QFETCH(int, expectedFirst);
    QFETCH(int, expectedSize);
    const WireResult r = m_client->huaweiAkSk(appCodesPath(), page(offset, limit));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), DemoData::BigAppCodeCount);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), expectedSize);
    const QJsonArray codes = r.json.value(QStringLiteral("app_codes")).toArray();
    QCOMPARE(codes.size(), expectedSize);
    if (expectedFirst >= 0)
        QCOMPARE(codes.at(0).toObject().value(QStringLiteral("app_code")).toString(), bigApp().appCodes.at(expectedFirst).appCode);
}

void TestEmulatorHuawei::appCodesMatchDemoData()
{
    QStringList all;
    for (int offset = 0; offset < DemoData::BigAppCodeCount; offset += 500) {
        const WireResult r = m_client->huaweiAkSk(appCodesPath(), page(QString::number(offset), QStringLiteral("500")));
        for (const QJsonValue &v : r.json.value(QStringLiteral("app_codes")).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("app_id")).toString(), bigApp().id);
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("create_time")).toString().isEmpty());
            all.append(o.value(QStringLiteral("app_code")).toString());
        }
    }
    QCOMPARE(all.size(), DemoData::BigAppCodeCount);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), bigApp().appCodes.at(i).appCode);
}

void TestEmulatorHuawei::emptyApp()
{
    const WireResult r = m_client->huaweiAkSk(appCodesPath(DemoData::instance().app(QLatin1String(DemoData::EmptyAppName))->id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 0);
    QVERIFY(r.json.value(QStringLiteral("app_codes")).toArray().isEmpty());
}

void TestEmulatorHuawei::nonNumericPaging_data()
{
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("offset abc") << QStringLiteral("abc") << QStringLiteral("10") << QStringLiteral("offset");
    QTest::newRow("limit 1.5") << QStringLiteral("0") << QStringLiteral("1.5") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QStringLiteral("0") << QStringLiteral("") << QStringLiteral("limit");
}

void TestEmulatorHuawei::nonNumericPaging()
{
    QFETCH(QString, offset);
    QFETCH(QString, limit);
    QFETCH(QString, parameter);
    const WireResult r = m_client->huaweiAkSk(appCodesPath(), page(offset, limit));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.2012"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("parameterName:") + parameter));
}

void TestEmulatorHuawei::malformedIds_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("short app id") << prodInstance().id << QStringLiteral("1234") << QStringLiteral("app_id");
    QTest::newRow("upper-case app id") << prodInstance().id << bigApp().id.toUpper() << QStringLiteral("app_id");
    QTest::newRow("bad instance id") << QStringLiteral("not-an-instance") << bigApp().id << QStringLiteral("instance_id");
}

void TestEmulatorHuawei::malformedIds()
{
    QFETCH(QString, instanceId);
    QFETCH(QString, appId);
    QFETCH(QString, parameter);
    const WireResult r = m_client->huaweiAkSk(appCodesPath(appId, instanceId));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.2012"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(parameter));
}

void TestEmulatorHuawei::unknownInstanceAndApp()
{
    const QString unknown = QStringLiteral("9ed8b7fe84224de681e7d7a5587e76dc");
    WireResult r = m_client->huaweiAkSk(appCodesPath(unknown));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.3004"));
    QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("App %1 does not exist").arg(unknown));
    r = m_client->huaweiAkSk(appCodesPath(bigApp().id, unknown));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.3030"));
    // An app of the other instance is not this instance's.
    r = m_client->huaweiAkSk(appCodesPath(bigApp().id, DemoData::instance().instances().at(1).id));
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.3004"));
}

// ROMA Connect's and the shared gateway's paths refuse what the vendor documents them refusing.
void TestEmulatorHuawei::romaAndSharedGatewayRefusals()
{
    const DemoApp &website = *DemoData::instance().app(QStringLiteral("legacy-website"));
    const DemoInstance &roma = DemoData::instance().romaInstances().at(0);
    const QByteArray project = DemoData::HuaweiProjectId;
    // v1.0 pages by number from 1: page_no 0, a non-number, a page_size of 0 are refused.
    for (const QueryList &q : {QueryList{{QStringLiteral("page_no"), QStringLiteral("0")}},
                               QueryList{{QStringLiteral("page_no"), QStringLiteral("two")}},
                               QueryList{{QStringLiteral("page_size"), QStringLiteral("0")}}}) {
        const WireResult r = m_client->huaweiAkSk("/v1.0/apigw/apps/" + website.id.toUtf8() + "/app-codes", q);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.2012"));
    }
    WireResult r = m_client->huaweiAkSk("/v1.0/apigw/apps/" + website.id.toUtf8() + "/app-codes",
                                        {{QStringLiteral("page_size"), QStringLiteral("2")}, {QStringLiteral("page_no"), QStringLiteral("2")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), int(website.appCodes.size()));
    QCOMPARE(r.json.value(QStringLiteral("app_codes")).toArray().at(0).toObject().value(QStringLiteral("app_code")).toString(),
             website.appCodes.at(2).appCode);
    // Only the v1.0 path names the shared gateway; a dedicated app is not on it.
    QCOMPARE(m_client->huaweiAkSk("/v2/" + project + "/shared/instances").status, 404);
    r = m_client->huaweiAkSk("/v1.0/apigw/apps/" + bigApp().id.toUtf8() + "/app-codes");
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.3004"));
    // ROMA Connect lists at most 100 instances a page, and says so in its own codes.
    r = m_client->huaweiAkSk("/v2/" + project + "/instances", {{QStringLiteral("limit"), QStringLiteral("101")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("ROMA.00013000"));
    r = m_client->huaweiAkSk("/v2/" + project + "/instances", {{QStringLiteral("limit"), QStringLiteral("100")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("instances")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), roma.name);
    // ROMA Connect's secret: outside apic only, for its own apps, with a {secret} body.
    const QByteArray orderSync = DemoData::instance().app(QStringLiteral("order-sync"))->id.toUtf8();
    const QByteArray secretPath = "/v2/" + project + "/instances/" + roma.id.toUtf8() + "/apps/" + orderSync + "/secret";
    r = m_client->huaweiAkSkCall("PUT", secretPath, "[1]");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("ROMA.00013000"));
    r = m_client->huaweiAkSkCall("PUT", secretPath, R"({"secret":"Chosen-Secret-123"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("secret")), QStringLiteral("Chosen-Secret-123"));
    r = m_client->huaweiAkSkCall("PUT", "/v2/" + project + "/instances/" + prodInstance().id.toUtf8() + "/apps/" + bigApp().id.toUtf8() + "/secret", "{}");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("ROMA.00000101"));
    r = m_client->huaweiAkSkCall("PUT", "/v2/" + project + "/apic/instances/" + roma.id.toUtf8() + "/apps/secret/" + orderSync, "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.0101"));
    QCOMPARE(m_client->huaweiAkSkCall("GET", secretPath).status, 404); // PUT only
}

void TestEmulatorHuawei::foreignProjectForbidden()
{
    const QString other = QStringLiteral("0123456789abcdef0123456789abcdef");
    WireResult r = m_client->huaweiAkSk(WireClient::apigPath({}, other));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1005"));
    const QByteArray token = m_client->iamPasswordToken().header("X-Subject-Token");
    r = m_client->huaweiToken(WireClient::apigPath({}, other), {}, token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1005"));
}

void TestEmulatorHuawei::akskWrongSecret()
{
    const WireResult r = m_client->huaweiAkSk(WireClient::apigPath(), {}, {QLatin1String(DemoData::HuaweiAccessKey), QStringLiteral("wrong")});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1002"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("signature")));
}

void TestEmulatorHuawei::akskUnknownKey()
{
    const WireResult r = m_client->huaweiAkSk(WireClient::apigPath(), {}, {QStringLiteral("NOSUCHAK"), QStringLiteral("x")});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1002"));
}

void TestEmulatorHuawei::akskDateWindow()
{
    QCOMPARE(m_client->huaweiAkSk(WireClient::apigPath(), {}, WireClient::demoHuawei(), {}, QDateTime::currentDateTimeUtc().addSecs(-14 * 60)).status, 200);
    const WireResult r = m_client->huaweiAkSk(WireClient::apigPath(), {}, WireClient::demoHuawei(), {}, QDateTime::currentDateTimeUtc().addSecs(-16 * 60));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1002"));
    QVERIFY(r.str(QStringLiteral("error_msg")).contains(QStringLiteral("X-Sdk-Date")));
}

void TestEmulatorHuawei::akskUnsignedPayload()
{
    const WireResult r = m_client->huaweiAkSk(WireClient::apigPath(), {}, WireClient::demoHuawei(), {}, QDateTime::currentDateTimeUtc(), true);
    QCOMPARE(r.status, 200);
}

void TestEmulatorHuawei::akskParameterChangedAfterSigning()
{
    const WireResult r = m_client->huaweiAkSk(appCodesPath(), page(QStringLiteral("0"), QStringLiteral("20")), WireClient::demoHuawei(),
                                              [](HttpRequestParts &p) { p.query = page(QStringLiteral("500"), QStringLiteral("20")); });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.1002"));
    // A signed header changed after signing is caught as well.
    const WireResult h = m_client->huaweiAkSk(WireClient::apigPath(), {}, WireClient::demoHuawei(),
                                              [](HttpRequestParts &p) { p.setHeader("x-project-id", "0123456789abcdef0123456789abcdef"); });
    QCOMPARE(h.status, 401);
}

void TestEmulatorHuawei::unknownRoute()
{
    // (…/apis was the example until the credential context made it a route, issue #25.)
    const WireResult r = m_client->huaweiAkSk(WireClient::apigPath(QStringLiteral("/%1/no-such-route").arg(prodInstance().id)));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str(QStringLiteral("error_code")), QStringLiteral("APIG.0101"));
    HttpRequestParts nowhere;
    nowhere.path = "/nowhere";
    QCOMPARE(m_client->send(nowhere).status, 404);
}

void TestEmulatorHuawei::trailingSlashAccepted()
{
    QCOMPARE(m_client->huaweiAkSk(WireClient::apigPath(QStringLiteral("/"))).status, 200);
}

void TestEmulatorHuawei::totalFollowsChanges()
{
    m_emulator->removeAppCodes(bigApp().id, 34);
    WireResult r = m_client->huaweiAkSk(appCodesPath(), page(QStringLiteral("1000"), QStringLiteral("500")));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 1200);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 200);
    m_emulator->addAppCodes(bigApp().id, 10);
    QCOMPARE(m_emulator->appCodeCount(bigApp().id), 1210);
    r = m_client->huaweiAkSk(appCodesPath(), page(QStringLiteral("1200"), QStringLiteral("500")));
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 10);
}

// As two hosts: IAM only on the IAM port, APIG only on the main one; the other one's path is a 404
// in that host's own shape, counted as "wrong-host".
void TestEmulatorHuawei::iamOnItsOwnPort()
{
    QVERIFY(m_emulator->iamBaseUrl().isEmpty());
    const quint16 port = m_emulator->listenIamOnLoopback(0);
    QVERIFY(port != 0);
    QVERIFY(port != m_emulator->port());
    QCOMPARE(m_emulator->iamPort(), port);
    QCOMPARE(m_emulator->iamBaseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    WireClient iam(m_emulator->iamBaseUrl());

    const WireResult token = iam.iamPasswordToken();
    QCOMPARE(token.status, 201);
    QCOMPARE(iam.huaweiAkSk("/v3/projects", {{QStringLiteral("name"), QStringLiteral("cn-north-4")}}).status, 200);
    const WireResult codes = m_client->huaweiToken(appCodesPath(), page(QStringLiteral("0"), QStringLiteral("5")),
                                                   token.header("X-Subject-Token"));
    QCOMPARE(codes.status, 200);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("wrong-host")), 0);

    const WireResult iamOnApig = m_client->iamPasswordToken();
    QCOMPARE(iamOnApig.status, 404);
    QCOMPARE(iamOnApig.str(QStringLiteral("error_code")), QStringLiteral("APIG.0101"));
    QVERIFY(iamOnApig.header("X-Subject-Token").isEmpty());
    const WireResult apigOnIam = iam.huaweiAkSk(appCodesPath());
    QCOMPARE(apigOnIam.status, 404);
    QCOMPARE(apigOnIam.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 404);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("wrong-host")), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("iam:tokens")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:app-codes")), 1);
}

QTEST_GUILESS_MAIN(TestEmulatorHuawei)
#include "tst_emulator_huawei.moc"
