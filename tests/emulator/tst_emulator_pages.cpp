// The emulated ESA's Functions and Pages calls, as esa-cli and the SDK make them: GetErService,
// CreateRoutine/DeleteRoutine, reads as GET with a signed query, CreateRoutineWithAssetsCodeVersion
// (form and JSON bodies), the OSS upload with its security token, the build seen through
// GetRoutineCodeVersionInfo, and the demo's Pages routines. Every call is ACS3-signed.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoCode.h"
#include "app/esa/Acs3Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>
#include <memory>

namespace {

QString site() { return QLatin1String(DemoData::PagesSiteRoutineName); }
QString api() { return QLatin1String(DemoData::PagesFunctionRoutineName); }
QByteArray goodZip() { return DemoCode::pagesBundle(api(), QStringLiteral("v2")); }
QByteArray entrylessZip() { return DemoCode::pagesBundle(api(), QStringLiteral("v3-failed")); }

} // namespace

class TestEmulatorPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getErServiceAsTheCliLogsIn();
    void createRoutineWithAssets();
    void createRoutineRefusals_data();
    void createRoutineRefusals();
    void deleteRoutineEvenWhenDeployed();
    void deleteRoutineRefusals();
    void listUserRoutinesTakesPageSize50();
    void readsAsGetWithSignedQuery_data();
    void readsAsGetWithSignedQuery();
    void getQueryIsCoveredBySignature();
    void assetsVersionBuildsAfterItsZip();
    void assetsVersionFromTheCliJsonBody();
    void invalidZipIsAFailedBuild_data();
    void invalidZipIsAFailedBuild();
    void ossRefusesAFormWithoutItsToken();
    void ossRefusesAWrongToken();
    void stagingUploadNeedsItsTokenToo();
    void assetsUploadIsUsedUp();
    void assetsVersionRefusals_data();
    void assetsVersionRefusals();
    void assetsVersionRespectsTheQuota();
    void versionInfoRefusals();
    void demoPagesRoutines();
    void stagingEnvIp();

private:
    WireResult call(const QString &action, const QueryList &p) { return m_client->esa(action, p); }
    // A GET with the parameters in the query, signed over the query (esa-cli's reads).
    WireResult get(const QString &action, const QueryList &p, const WireClient::Tamper &tamper = {})
    {
        return m_client->esaGet(action, p, tamper);
    }
    QJsonObject createAssetsVersion(const QString &routine, const QString &description = QStringLiteral("v1"));
    WireResult postZip(const QJsonObject &config, const QByteArray &zip, const char *tokenField = "x-oss-security-token",
                       const QByteArray &tokenOverride = {});
    QString infoStatus(const QString &routine, const QString &version);
    QJsonObject listed(const QString &routine, const QString &version);
    void createPagesRoutine(const QString &name);

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorPages::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorPages::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorPages::createPagesRoutine(const QString &name)
{
    const WireResult r = call(QStringLiteral("CreateRoutine"),
                              {{QStringLiteral("Name"), name}, {QStringLiteral("HasAssets"), QStringLiteral("true")}});
    QCOMPARE(r.status, 200);
}

QJsonObject TestEmulatorPages::createAssetsVersion(const QString &routine, const QString &description)
{
    return call(QStringLiteral("CreateRoutineWithAssetsCodeVersion"),
                {{QStringLiteral("Name"), routine}, {QStringLiteral("CodeDescription"), description},
                 {QStringLiteral("ExtraInfo"), QStringLiteral("{\"Source\":\"CLI\"}")},
                 {QStringLiteral("ConfOptions"), QStringLiteral("{\"NotFoundStrategy\":\"SinglePageApplication\"}")}})
            .json;
}

// esa-cli's field order: OSSAccessKeyId, Signature, x-oss-security-token, policy, key, file.
WireResult TestEmulatorPages::postZip(const QJsonObject &info, const QByteArray &zip, const char *tokenField,
                                      const QByteArray &tokenOverride)
{
    const QJsonObject c = info.value(QStringLiteral("OssPostConfig")).toObject();
    auto v = [&](const char *name) { return c.value(QLatin1String(name)).toString().toUtf8(); };
    QList<FormField> fields{{"OSSAccessKeyId", v("OSSAccessKeyId")}, {"Signature", v("Signature")}};
    if (tokenField)
        fields.append({tokenField, tokenOverride.isEmpty() ? v("XOssSecurityToken") : tokenOverride});
    fields += {{"policy", v("Policy")}, {"key", v("Key")}, {"file", zip, "bundle.zip"}};
    return m_client->postForm(QUrl(c.value(QStringLiteral("Url")).toString()), fields);
}

QString TestEmulatorPages::infoStatus(const QString &routine, const QString &version)
{
    const WireResult r = get(QStringLiteral("GetRoutineCodeVersionInfo"),
                             {{QStringLiteral("Name"), routine}, {QStringLiteral("CodeVersion"), version}});
    return r.status == 200 ? r.str(QStringLiteral("Status")) : QStringLiteral("HTTP %1 %2").arg(r.status).arg(r.str(QStringLiteral("Code")));
}

QJsonObject TestEmulatorPages::listed(const QString &routine, const QString &version)
{
    const WireResult r = call(QStringLiteral("ListRoutineCodeVersions"), {{QStringLiteral("Name"), routine}});
    for (const QJsonValue &v : r.json.value(QStringLiteral("CodeVersions")).toArray()) {
        if (v.toObject().value(QStringLiteral("CodeVersion")).toString() == version)
            return v.toObject();
    }
    return {};
}

void TestEmulatorPages::getErServiceAsTheCliLogsIn()
{
    const WireResult r = get(QStringLiteral("GetErService"), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("Status")), QStringLiteral("Running"));
    QVERIFY(r.str(QStringLiteral("PlanName")).startsWith(QLatin1String("er_")));
    QVERIFY(!r.str(QStringLiteral("RequestId")).isEmpty());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GetErService")), 1);
}

void TestEmulatorPages::createRoutineWithAssets()
{
    const WireResult created = call(QStringLiteral("CreateRoutine"),
                                    {{QStringLiteral("Name"), QStringLiteral("my-site")},
                                     {QStringLiteral("Description"), QStringLiteral("站点 and more")},
                                     {QStringLiteral("HasAssets"), QStringLiteral("true")}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.str(QStringLiteral("Status")), QStringLiteral("OK"));

    const WireResult got = call(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), QStringLiteral("my-site")}});
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(QStringLiteral("HasAssets")).toBool(), true);
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(got.str(QStringLiteral("Description")).toLatin1())), QStringLiteral("站点 and more"));
    QVERIFY2(QRegularExpression(QStringLiteral("^my-site\\.[0-9a-f]{8}\\.er\\.aliyun-esa\\.net$"))
                     .match(got.str(QStringLiteral("DefaultRelatedRecord"))).hasMatch(),
             qPrintable(got.str(QStringLiteral("DefaultRelatedRecord"))));
    QVERIFY(got.json.value(QStringLiteral("Envs")).toArray().isEmpty()); // nothing deployed yet

    const WireResult list = call(QStringLiteral("ListUserRoutines"), {{QStringLiteral("SearchKeyWord"), QStringLiteral("my-site")}});
    QCOMPARE(list.json.value(QStringLiteral("TotalCount")).toInt(), 1);
    const QJsonObject listedRoutine = list.json.value(QStringLiteral("Routines")).toArray().at(0).toObject();
    QCOMPARE(listedRoutine.value(QStringLiteral("HasAssets")).toBool(), true);
    QCOMPARE(listedRoutine.value(QStringLiteral("DefaultRelatedRecord")).toString(), got.str(QStringLiteral("DefaultRelatedRecord")));
    QCOMPARE(call(QStringLiteral("ListUserRoutines"), {}).json.value(QStringLiteral("UsedRoutineNumber")).toInt(), DemoData::RoutineCount + 1);

    // Without HasAssets: a classic routine.
    QCOMPARE(call(QStringLiteral("CreateRoutine"), {{QStringLiteral("Name"), QStringLiteral("plain")}}).status, 200);
    QCOMPARE(call(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), QStringLiteral("plain")}}).json.value(QStringLiteral("HasAssets")).toBool(true), false);
}

void TestEmulatorPages::createRoutineRefusals_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    QTest::newRow("no name") << QueryList{{QStringLiteral("HasAssets"), QStringLiteral("true")}} << QStringLiteral("MissingParameter");
    QTest::newRow("one character") << QueryList{{QStringLiteral("Name"), QStringLiteral("a")}} << QStringLiteral("InvalidParameter");
    QTest::newRow("upper case") << QueryList{{QStringLiteral("Name"), QStringLiteral("MySite")}} << QStringLiteral("InvalidParameter");
    QTest::newRow("underscore") << QueryList{{QStringLiteral("Name"), QStringLiteral("my_site")}} << QStringLiteral("InvalidParameter");
    QTest::newRow("dot") << QueryList{{QStringLiteral("Name"), QStringLiteral("my.site")}} << QStringLiteral("InvalidParameter");
    QTest::newRow("64 characters") << QueryList{{QStringLiteral("Name"), QString(64, QLatin1Char('a'))}} << QStringLiteral("InvalidParameter");
    QTest::newRow("HasAssets yes") << QueryList{{QStringLiteral("Name"), QStringLiteral("fine-name")}, {QStringLiteral("HasAssets"), QStringLiteral("yes")}}
                                   << QStringLiteral("InvalidParameter");
    QTest::newRow("taken") << QueryList{{QStringLiteral("Name"), QLatin1String(DemoData::EdgeRoutineName)}} << QStringLiteral("RoutineNameAlreadyExist");
}

void TestEmulatorPages::createRoutineRefusals()
{
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    const WireResult r = call(QStringLiteral("CreateRoutine"), params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    QVERIFY(!r.str(QStringLiteral("Message")).isEmpty());
    QCOMPARE(call(QStringLiteral("ListUserRoutines"), {}).json.value(QStringLiteral("TotalCount")).toInt(), DemoData::RoutineCount);
    // 63 characters is the most: one DNS label.
    QCOMPARE(call(QStringLiteral("CreateRoutine"), {{QStringLiteral("Name"), QString(63, QLatin1Char('a'))}}).status, 200);
}

void TestEmulatorPages::deleteRoutineEvenWhenDeployed()
{
    const QString edge = QLatin1String(DemoData::EdgeRoutineName);
    QVERIFY(!call(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), edge}}).json.value(QStringLiteral("Envs")).toArray().isEmpty());
    const WireResult r = call(QStringLiteral("DeleteRoutine"), {{QStringLiteral("Name"), edge}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("Status")), QStringLiteral("OK"));
    QCOMPARE(call(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), edge}}).str(QStringLiteral("Code")), QStringLiteral("RoutineNotExist"));
    QCOMPARE(call(QStringLiteral("ListRoutineCodeVersions"), {{QStringLiteral("Name"), edge}}).str(QStringLiteral("Code")), QStringLiteral("RoutineNotExist"));
    QCOMPARE(call(QStringLiteral("ListUserRoutines"), {}).json.value(QStringLiteral("TotalCount")).toInt(), DemoData::RoutineCount - 1);
    // The name is free again.
    createPagesRoutine(edge);
    QVERIFY(call(QStringLiteral("ListRoutineCodeVersions"), {{QStringLiteral("Name"), edge}}).json.value(QStringLiteral("CodeVersions")).toArray().isEmpty());
}

void TestEmulatorPages::deleteRoutineRefusals()
{
    QCOMPARE(call(QStringLiteral("DeleteRoutine"), {}).str(QStringLiteral("Code")), QStringLiteral("MissingParameter"));
    const WireResult r = call(QStringLiteral("DeleteRoutine"), {{QStringLiteral("Name"), QStringLiteral("no-such-routine")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("RoutineNotExist"));
    QCOMPARE(call(QStringLiteral("ListUserRoutines"), {}).json.value(QStringLiteral("TotalCount")).toInt(), DemoData::RoutineCount);
}

void TestEmulatorPages::listUserRoutinesTakesPageSize50()
{
    // esa-cli's `routine list`: GET, PageNumber 1, PageSize 50.
    const WireResult r = get(QStringLiteral("ListUserRoutines"), {{QStringLiteral("PageNumber"), QStringLiteral("1")},
                                                                 {QStringLiteral("PageSize"), QStringLiteral("50")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("PageSize")).toInt(), 50);
    QCOMPARE(r.json.value(QStringLiteral("Routines")).toArray().size(), DemoData::RoutineCount);
    const WireResult above = get(QStringLiteral("ListUserRoutines"), {{QStringLiteral("PageSize"), QStringLiteral("51")}});
    QCOMPARE(above.status, 400);
    QCOMPARE(above.str(QStringLiteral("Code")), QStringLiteral("InvalidParameter"));
    QVERIFY(above.str(QStringLiteral("Message")).contains(QLatin1String("PageSize")));
}

void TestEmulatorPages::readsAsGetWithSignedQuery_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("member");
    const DemoRoutine *r = DemoData::instance().routine(site());
    const QString version = r->versions.last().codeVersion;
    QTest::newRow("GetRoutine") << QStringLiteral("GetRoutine") << QueryList{{QStringLiteral("Name"), site()}} << QStringLiteral("Envs");
    QTest::newRow("ListUserRoutines") << QStringLiteral("ListUserRoutines") << QueryList{{QStringLiteral("SearchKeyWord"), QStringLiteral("pages")}}
                                      << QStringLiteral("Routines");
    QTest::newRow("ListRoutineCodeVersions") << QStringLiteral("ListRoutineCodeVersions") << QueryList{{QStringLiteral("Name"), site()}}
                                             << QStringLiteral("CodeVersions");
    QTest::newRow("GetRoutineCodeVersion") << QStringLiteral("GetRoutineCodeVersion")
                                           << QueryList{{QStringLiteral("Name"), site()}, {QStringLiteral("CodeVersion"), version}}
                                           << QStringLiteral("RoutineCode");
    QTest::newRow("GetRoutineCodeVersionInfo") << QStringLiteral("GetRoutineCodeVersionInfo")
                                               << QueryList{{QStringLiteral("Name"), site()}, {QStringLiteral("CodeVersion"), version}}
                                               << QStringLiteral("Status");
    QTest::newRow("GetRoutineUserInfo") << QStringLiteral("GetRoutineUserInfo") << QueryList{}
                                                                                        << QStringLiteral("Routines");
}

void TestEmulatorPages::readsAsGetWithSignedQuery()
{
    QFETCH(QString, action);
    QFETCH(QueryList, params);
    QFETCH(QString, member);
    const WireResult asGet = get(action, params);
    QCOMPARE(asGet.status, 200);
    QVERIFY2(asGet.json.contains(member), asGet.body.left(300).constData());
    const WireResult asPost = m_client->esa(action, params, true);
    QCOMPARE(asPost.status, 200);
    QCOMPARE(asPost.json.value(member).isArray(), asGet.json.value(member).isArray());
}

void TestEmulatorPages::getQueryIsCoveredBySignature()
{
    // A query parameter changed after signing: the canonical query no longer matches.
    const WireResult r = get(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), site()}}, [](HttpRequestParts &p) {
        p.query = {{QStringLiteral("Name"), QLatin1String(DemoData::EdgeRoutineName)}};
    });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    // And one added after signing.
    const WireResult added = get(QStringLiteral("ListUserRoutines"), {}, [](HttpRequestParts &p) {
        p.query.append({QStringLiteral("PageSize"), QStringLiteral("50")});
    });
    QCOMPARE(added.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
}

void TestEmulatorPages::assetsVersionBuildsAfterItsZip()
{
    createPagesRoutine(QStringLiteral("my-site"));
    const QJsonObject info = createAssetsVersion(QStringLiteral("my-site"), QStringLiteral("first commit"));
    const QString version = info.value(QStringLiteral("CodeVersion")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{19}$")).match(version).hasMatch(), qPrintable(version));
    QCOMPARE(info.value(QStringLiteral("Status")).toString(), QStringLiteral("init"));
    const QJsonObject c = info.value(QStringLiteral("OssPostConfig")).toObject();
    for (const char *field : {"Url", "Key", "Policy", "Signature", "OSSAccessKeyId", "XOssSecurityToken"})
        QVERIFY2(!c.value(QLatin1String(field)).toString().isEmpty(), field);
    QVERIFY(c.value(QStringLiteral("OSSAccessKeyId")).toString().startsWith(QLatin1String("STS.")));
    QVERIFY(c.value(QStringLiteral("Key")).toString().endsWith(QLatin1String(".zip")));

    // Before the zip: init, however often asked.
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("init"));
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("init"));
    QCOMPARE(listed(QStringLiteral("my-site"), version).value(QStringLiteral("Status")).toString(), QStringLiteral("init"));

    const WireResult posted = postZip(info, goodZip());
    QCOMPARE(posted.status, 204);
    QVERIFY(!posted.header("etag").isEmpty());
    // The build is seen running once, then done.
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("init"));
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("available"));
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("available"));

    const QJsonObject v = listed(QStringLiteral("my-site"), version);
    QCOMPARE(v.value(QStringLiteral("Status")).toString(), QStringLiteral("available"));
    QCOMPARE(v.value(QStringLiteral("CodeDescription")).toString(), QStringLiteral("first commit"));
    QCOMPARE(v.value(QStringLiteral("ExtraInfo")).toString(), QStringLiteral("{\"Source\":\"CLI\"}"));
    QVERIFY(v.value(QStringLiteral("BuildId")).isDouble());
    QCOMPARE(v.value(QStringLiteral("ConfOptions")).toObject().value(QStringLiteral("NotFoundStrategy")).toString(),
             QStringLiteral("SinglePageApplication"));

    // The code of a bundle is the zip, base64-encoded.
    const WireResult code = call(QStringLiteral("GetRoutineCodeVersion"),
                                 {{QStringLiteral("Name"), QStringLiteral("my-site")}, {QStringLiteral("CodeVersion"), version}});
    QCOMPARE(code.status, 200);
    QCOMPARE(QByteArray::fromBase64(code.str(QStringLiteral("RoutineCode")).toLatin1()), goodZip());
    QCOMPARE(code.str(QStringLiteral("CodeDescription")), QStringLiteral("first commit"));

    // An available version deploys.
    const WireResult deployed = call(QStringLiteral("CreateRoutineCodeDeployment"),
                                     {{QStringLiteral("Name"), QStringLiteral("my-site")}, {QStringLiteral("Env"), QStringLiteral("staging")},
                                      {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                                      {QStringLiteral("CodeVersions"), QStringLiteral("[{\"CodeVersion\":\"%1\",\"Percentage\":100}]").arg(version)}});
    QCOMPARE(deployed.status, 200);
}

void TestEmulatorPages::assetsVersionFromTheCliJsonBody()
{
    createPagesRoutine(QStringLiteral("cli-site"));
    // esa-cli 1.0.3 sends this call with reqBodyType "json": a JSON body, ConfOptions nested.
    HttpRequestParts p;
    p.method = "POST";
    p.path = "/";
    p.body = R"({"Name":"cli-site","CodeDescription":"from esa-cli","ExtraInfo":"{\"Source\":\"CLI\"}","ConfOptions":{"NotFoundStrategy":"404Page"}})";
    p.headers = {{"host", m_client->host()}, {"x-acs-action", "CreateRoutineWithAssetsCodeVersion"},
                 {"x-acs-version", "2024-09-10"}, {"content-type", "application/json; charset=utf-8"}};
    p.headers += Acs3Signer::sign(p, WireClient::demoAlibaba(), QDateTime::currentDateTimeUtc(),
                                  QUuid::createUuid().toByteArray(QUuid::Id128)).headersToAdd;
    const WireResult created = m_client->send(p);
    QCOMPARE(created.status, 200);
    const QString version = created.str(QStringLiteral("CodeVersion"));
    const QJsonObject v = listed(QStringLiteral("cli-site"), version);
    QCOMPARE(v.value(QStringLiteral("CodeDescription")).toString(), QStringLiteral("from esa-cli"));
    QCOMPARE(v.value(QStringLiteral("ConfOptions")).toObject().value(QStringLiteral("NotFoundStrategy")).toString(), QStringLiteral("404Page"));
    QCOMPARE(QJsonDocument::fromJson(v.value(QStringLiteral("ExtraInfo")).toString().toUtf8()).object().value(QStringLiteral("Source")).toString(),
             QStringLiteral("CLI"));
}

void TestEmulatorPages::invalidZipIsAFailedBuild_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::newRow("not a zip") << QByteArray("export default {};\n");
    QTest::newRow("no entry, no assets") << entrylessZip();
    QTest::newRow("truncated") << goodZip().left(goodZip().size() / 2);
}

void TestEmulatorPages::invalidZipIsAFailedBuild()
{
    QFETCH(QByteArray, zip);
    createPagesRoutine(QStringLiteral("my-site"));
    const QJsonObject info = createAssetsVersion(QStringLiteral("my-site"));
    const QString version = info.value(QStringLiteral("CodeVersion")).toString();
    QCOMPARE(postZip(info, zip).status, 204); // OSS stores anything; the build judges it
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("init"));
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("buildFailed"));
    QCOMPARE(listed(QStringLiteral("my-site"), version).value(QStringLiteral("Status")).toString(), QStringLiteral("buildFailed"));
    // A failed build cannot be deployed.
    const WireResult deployed = call(QStringLiteral("CreateRoutineCodeDeployment"),
                                     {{QStringLiteral("Name"), QStringLiteral("my-site")}, {QStringLiteral("Env"), QStringLiteral("staging")},
                                      {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                                      {QStringLiteral("CodeVersions"), QStringLiteral("[{\"CodeVersion\":\"%1\",\"Percentage\":100}]").arg(version)}});
    QVERIFY2(deployed.status == 400, deployed.body.constData());
    QCOMPARE(deployed.str(QStringLiteral("Code")), QStringLiteral("InvalidCodeVersionStatus"));
}

void TestEmulatorPages::ossRefusesAFormWithoutItsToken()
{
    createPagesRoutine(QStringLiteral("my-site"));
    const QJsonObject info = createAssetsVersion(QStringLiteral("my-site"));
    const QString version = info.value(QStringLiteral("CodeVersion")).toString();
    // Without the field, and under its JSON name (the mistake the issue names): the STS key is unknown.
    for (const char *field : {static_cast<const char *>(nullptr), "XOssSecurityToken"}) {
        const WireResult r = postZip(info, goodZip(), field);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.xml(QStringLiteral("Code")), QStringLiteral("InvalidAccessKeyId"));
        QCOMPARE(r.xml(QStringLiteral("Message")), QStringLiteral("The OSS Access Key Id you provided does not exist in our records."));
        QCOMPARE(r.xml(QStringLiteral("OSSAccessKeyId")), info.value(QStringLiteral("OssPostConfig")).toObject().value(QStringLiteral("OSSAccessKeyId")).toString());
    }
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("init"));
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("init")); // nothing arrived
    QCOMPARE(postZip(info, goodZip()).status, 204); // the same form with its token goes through
}

void TestEmulatorPages::ossRefusesAWrongToken()
{
    createPagesRoutine(QStringLiteral("my-site"));
    const QJsonObject info = createAssetsVersion(QStringLiteral("my-site"));
    const QJsonObject other = createAssetsVersion(QStringLiteral("my-site"));
    const QByteArray othersToken = other.value(QStringLiteral("OssPostConfig")).toObject().value(QStringLiteral("XOssSecurityToken")).toString().toUtf8();
    for (const QByteArray &token : {othersToken, QByteArray("CAISnot-a-token")}) {
        const WireResult r = postZip(info, goodZip(), "x-oss-security-token", token);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.xml(QStringLiteral("Code")), QStringLiteral("InvalidSecurityToken"));
        QCOMPARE(r.xml(QStringLiteral("Message")), QStringLiteral("The security token you provided is invalid."));
    }
}

void TestEmulatorPages::stagingUploadNeedsItsTokenToo()
{
    // The single-file way hands out a token as well, and OSS wants it the same way.
    const WireResult info = call(QStringLiteral("GetRoutineStagingCodeUploadInfo"), {{QStringLiteral("Name"), QStringLiteral("geo-redirect")}});
    const QJsonObject c = info.json.value(QStringLiteral("OssPostConfig")).toObject();
    const QByteArray token = c.value(QStringLiteral("XOssSecurityToken")).toString().toUtf8();
    QVERIFY(!token.isEmpty());
    auto v = [&](const char *name) { return c.value(QLatin1String(name)).toString().toUtf8(); };
    QList<FormField> fields{{"OSSAccessKeyId", v("OSSAccessKeyId")}, {"Signature", v("Signature")}, {"callback", v("callback")},
                            {"x:codeDescription", v("x:codeDescription")}, {"policy", v("policy")}, {"key", v("key")},
                            {"file", "export default {};\n", "routine.js"}};
    const QUrl url(c.value(QStringLiteral("Url")).toString());
    const WireResult without = m_client->postForm(url, fields);
    QCOMPARE(without.status, 403);
    QCOMPARE(without.xml(QStringLiteral("Code")), QStringLiteral("InvalidAccessKeyId"));
    fields.insert(2, {"x-oss-security-token", "wrong"});
    QCOMPARE(m_client->postForm(url, fields).xml(QStringLiteral("Code")), QStringLiteral("InvalidSecurityToken"));
    fields[2].value = token;
    QCOMPARE(m_client->postForm(url, fields).status, 200);
    QCOMPARE(call(QStringLiteral("CommitRoutineStagingCode"), {{QStringLiteral("Name"), QStringLiteral("geo-redirect")}}).status, 200);
}

void TestEmulatorPages::assetsUploadIsUsedUp()
{
    createPagesRoutine(QStringLiteral("my-site"));
    const QJsonObject info = createAssetsVersion(QStringLiteral("my-site"));
    QCOMPARE(postZip(info, goodZip()).status, 204);
    // A version's zip is immutable: its temporary key is gone with the upload.
    const WireResult again = postZip(info, entrylessZip());
    QCOMPARE(again.status, 403);
    QCOMPARE(again.xml(QStringLiteral("Code")), QStringLiteral("InvalidAccessKeyId"));
    const QString version = info.value(QStringLiteral("CodeVersion")).toString();
    infoStatus(QStringLiteral("my-site"), version);
    QCOMPARE(infoStatus(QStringLiteral("my-site"), version), QStringLiteral("available"));
}

void TestEmulatorPages::assetsVersionRefusals_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    QTest::newRow("no name") << QueryList{{QStringLiteral("CodeDescription"), QStringLiteral("x")}} << QStringLiteral("MissingParameter");
    QTest::newRow("unknown routine") << QueryList{{QStringLiteral("Name"), QStringLiteral("nope")}} << QStringLiteral("RoutineNotExist");
    QTest::newRow("BuildId not a number") << QueryList{{QStringLiteral("Name"), site()}, {QStringLiteral("BuildId"), QStringLiteral("abc")}}
                                          << QStringLiteral("InvalidParameter");
    QTest::newRow("ConfOptions not JSON") << QueryList{{QStringLiteral("Name"), site()}, {QStringLiteral("ConfOptions"), QStringLiteral("spa")}}
                                          << QStringLiteral("InvalidParameter");
    QTest::newRow("unknown NotFoundStrategy") << QueryList{{QStringLiteral("Name"), site()},
                                                           {QStringLiteral("ConfOptions"), QStringLiteral("{\"NotFoundStrategy\":\"redirect\"}")}}
                                              << QStringLiteral("InvalidParameter");
}

void TestEmulatorPages::assetsVersionRefusals()
{
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    const WireResult r = call(QStringLiteral("CreateRoutineWithAssetsCodeVersion"), params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    QCOMPARE(call(QStringLiteral("ListRoutineCodeVersions"), {{QStringLiteral("Name"), site()}}).json.value(QStringLiteral("TotalCount")).toInt(),
             DemoData::instance().routine(site())->versions.size());
}

void TestEmulatorPages::assetsVersionRespectsTheQuota()
{
    const QString full = QLatin1String(DemoData::FullRoutineName);
    const WireResult r = call(QStringLiteral("CreateRoutineWithAssetsCodeVersion"), {{QStringLiteral("Name"), full}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
    // A version in init counts against the quota too.
    createPagesRoutine(QStringLiteral("small"));
    m_emulator->setRoutineVersionQuota(QStringLiteral("small"), 1);
    QCOMPARE(call(QStringLiteral("CreateRoutineWithAssetsCodeVersion"), {{QStringLiteral("Name"), QStringLiteral("small")}}).status, 200);
    QCOMPARE(call(QStringLiteral("CreateRoutineWithAssetsCodeVersion"), {{QStringLiteral("Name"), QStringLiteral("small")}}).str(QStringLiteral("Code")),
             QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
}

void TestEmulatorPages::versionInfoRefusals()
{
    QCOMPARE(get(QStringLiteral("GetRoutineCodeVersionInfo"), {{QStringLiteral("Name"), site()}}).str(QStringLiteral("Code")),
             QStringLiteral("MissingParameter"));
    QCOMPARE(get(QStringLiteral("GetRoutineCodeVersionInfo"), {{QStringLiteral("Name"), site()}, {QStringLiteral("CodeVersion"), QStringLiteral("1")}})
                     .str(QStringLiteral("Code")),
             QStringLiteral("CodeVersionNotExist"));
    QCOMPARE(get(QStringLiteral("GetRoutineCodeVersionInfo"), {{QStringLiteral("Name"), QStringLiteral("nope")}, {QStringLiteral("CodeVersion"), QStringLiteral("1")}})
                     .str(QStringLiteral("Code")),
             QStringLiteral("RoutineNotExist"));
}

void TestEmulatorPages::demoPagesRoutines()
{
    for (const QString &name : {site(), api()}) {
        const WireResult got = call(QStringLiteral("GetRoutine"), {{QStringLiteral("Name"), name}});
        QCOMPARE(got.json.value(QStringLiteral("HasAssets")).toBool(), true);
        QVERIFY(got.str(QStringLiteral("DefaultRelatedRecord")).endsWith(QLatin1String(".er.aliyun-esa.net")));
        const QJsonArray versions = call(QStringLiteral("ListRoutineCodeVersions"), {{QStringLiteral("Name"), name}}).json.value(QStringLiteral("CodeVersions")).toArray();
        QCOMPARE(versions.size(), 4);
        int failed = 0;
        QSet<QString> sources;
        for (const QJsonValue &value : versions) {
            const QJsonObject v = value.toObject();
            failed += v.value(QStringLiteral("Status")).toString() == QLatin1String("buildFailed");
            sources.insert(QJsonDocument::fromJson(v.value(QStringLiteral("ExtraInfo")).toString().toUtf8()).object().value(QStringLiteral("Source")).toString());
            const WireResult code = call(QStringLiteral("GetRoutineCodeVersion"),
                                         {{QStringLiteral("Name"), name}, {QStringLiteral("CodeVersion"), v.value(QStringLiteral("CodeVersion")).toString()}});
            QVERIFY(QByteArray::fromBase64(code.str(QStringLiteral("RoutineCode")).toLatin1()).startsWith("PK\x03\x04"));
        }
        QCOMPARE(failed, 1);
        QCOMPARE(sources, (QSet<QString>{QStringLiteral("CLI"), QStringLiteral("Console")}));
    }
}

void TestEmulatorPages::stagingEnvIp()
{
    // esa-cli's `deployments list` shows where staging runs: POST, no parameters.
    const WireResult r = call(QStringLiteral("GetRoutineStagingEnvIp"), {});
    QCOMPARE(r.status, 200);
    const QJsonArray ips = r.json.value(QStringLiteral("IPV4")).toArray();
    QVERIFY(!ips.isEmpty());
    for (const QJsonValue &ip : ips)
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$")).match(ip.toString()).hasMatch(), qPrintable(ip.toString()));
}

QTEST_GUILESS_MAIN(TestEmulatorPages)
#include "tst_emulator_pages.moc"
