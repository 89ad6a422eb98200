// The emulated ESA write calls (deploy, delete, staged upload through the OSS PostObject bucket,
// commit, version quota) with the same signature checks as the reads, and the OSS endpoint's own
// refusals. A fresh emulator on a free loopback port per test: changes live as long as it does.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/EmulatorThread.h"
#include "app/emulator/alibaba/OssPostPolicy.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <memory>

namespace {

QueryList params(std::initializer_list<QPair<QString, QString>> list) { return QueryList(list); }
QString edge() { return QLatin1String(DemoData::EdgeRoutineName); }
QString full() { return QLatin1String(DemoData::FullRoutineName); }
QString roomy() { return QStringLiteral("auth-guard"); } // 3 versions, default quota 10
const DemoRoutine &demo(const QString &name) { return *DemoData::instance().routine(name); }
QString versionAt(const QString &routine, int index) { return demo(routine).versions.at(index).codeVersion; }

// CreateRoutineCodeDeployment's CodeVersions: a JSON text in one form field, as the SDK sends it.
QString shares(std::initializer_list<QPair<QString, int>> list)
{
    QJsonArray a;
    for (const auto &s : list)
        a.append(QJsonObject{{QStringLiteral("CodeVersion"), s.first}, {QStringLiteral("Percentage"), s.second}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool isRecent(const QString &isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime.trimmed(), Qt::ISODateWithMs);
    return t.isValid() && qAbs(t.secsTo(QDateTime::currentDateTimeUtc())) < 120;
}

QList<FormField> withField(QList<FormField> fields, const QByteArray &name, const QByteArray &value)
{
    for (FormField &f : fields) {
        if (f.name == name) {
            f.value = value;
            return fields;
        }
    }
    fields.insert(fields.size() - 1, {name, value});
    return fields;
}

QList<FormField> withoutField(QList<FormField> fields, const QByteArray &name)
{
    fields.removeIf([&](const FormField &f) { return f.name == name; });
    return fields;
}

QByteArray fieldValue(const QList<FormField> &fields, const QByteArray &name)
{
    for (const FormField &f : fields) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

enum class Tamper {
    Signature, Policy, AccessKeyId, NoSignature, NoPolicy, NoAccessKeyId, NoKey, OtherKey,
    TooLarge, FileNotLast, TwoFiles, NoFile, FieldTooLong, DuplicateKey, BadCallback, OtherBucket,
};

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestEmulatorRelease : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // CreateRoutineCodeDeployment
    void deployReplacesWhatTheEnvironmentRuns();
    void canaryThenRollback();
    void deployParametersFromQuery();
    void deployRefusals_data();
    void deployRefusals();
    // DeleteRoutineCodeVersion
    void deleteRemovesTheVersion();
    void deleteRefusesDeployedVersions();
    void deleteRefusals_data();
    void deleteRefusals();
    // GetRoutineStagingCodeUploadInfo, OSS PostObject, CommitRoutineStagingCode
    void uploadInfoShape();
    void uploadAndCommitCreateAVersion();
    void uploadWithoutCallbackAnswers204();
    void ossTakesEitherKindOfBoundary_data();
    void ossTakesEitherKindOfBoundary();
    void commitNeedsAnUpload();
    void newUploadInfoRetiresTheOldForm();
    void ossRefusals_data();
    void ossRefusals();
    void ossRefusesWhatIsNotAForm();
    void ossPolicyExpires();
    void ossMalformedBodies_data();
    void ossMalformedBodies();
    void ossRandomBodiesNeverBreakIt();
    void ossFaultsAnswerXml();
    // Quota
    void quotaRefusesCommitUntilRoomIsMade();
    void quotaHookAndPlanQuotas();
    void quotaHookFromAnotherThread();
    // Everything else
    void writeCallsAreSigned();
    void freshEmulatorServesTheDemoAgain();
    void policyIsSignedV1();

private:
    WireResult call(const QString &action, const QueryList &p) { return m_client->esa(action, p); }
    QJsonObject deployment(const QString &routine, const QString &env);
    QStringList listedVersions(const QString &routine);
    QJsonObject stage(const QString &routine, const QString &description = {});
    static QList<FormField> form(const QJsonObject &config, const QByteArray &code);
    WireResult upload(const QJsonObject &config, const QList<FormField> &fields)
    {
        return m_client->postForm(QUrl(config.value(QStringLiteral("Url")).toString()), fields);
    }
    static void verifyOssError(const WireResult &r, int status, const QString &code);

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorRelease::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorRelease::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

QJsonObject TestEmulatorRelease::deployment(const QString &routine, const QString &env)
{
    const WireResult r = call(QStringLiteral("GetRoutine"), params({{QStringLiteral("Name"), routine}}));
    for (const QJsonValue &e : r.json.value(QStringLiteral("Envs")).toArray()) {
        if (e.toObject().value(QStringLiteral("Env")).toString() == env)
            return e.toObject().value(QStringLiteral("CodeDeploy")).toObject();
    }
    return {};
}

QStringList TestEmulatorRelease::listedVersions(const QString &routine)
{
    QStringList out;
    for (int page = 1; page <= 2; ++page) {
        const WireResult r = call(QStringLiteral("ListRoutineCodeVersions"),
                                  params({{QStringLiteral("Name"), routine}, {QStringLiteral("PageNumber"), QString::number(page)}}));
        for (const QJsonValue &v : r.json.value(QStringLiteral("CodeVersions")).toArray())
            out.append(v.toObject().value(QStringLiteral("CodeVersion")).toString());
    }
    return out;
}

QJsonObject TestEmulatorRelease::stage(const QString &routine, const QString &description)
{
    QueryList p{{QStringLiteral("Name"), routine}};
    if (!description.isEmpty())
        p.append({QStringLiteral("CodeDescription"), description});
    return call(QStringLiteral("GetRoutineStagingCodeUploadInfo"), p).json;
}

// The field order of the vendor's CLI: OSSAccessKeyId, Signature, x-oss-security-token (the
// temporary key's token), callback, x:codeDescription, policy, key, file.
QList<FormField> TestEmulatorRelease::form(const QJsonObject &info, const QByteArray &code)
{
    const QJsonObject c = info.value(QStringLiteral("OssPostConfig")).toObject();
    auto v = [&](const char *name) { return c.value(QLatin1String(name)).toString().toUtf8(); };
    return {{"OSSAccessKeyId", v("OSSAccessKeyId")}, {"Signature", v("Signature")},
            {"x-oss-security-token", v("XOssSecurityToken")}, {"callback", v("callback")},
            {"x:codeDescription", v("x:codeDescription")}, {"policy", v("policy")}, {"key", v("key")},
            {"file", code, "routine.js"}};
}

void TestEmulatorRelease::verifyOssError(const WireResult &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), r.body.constData());
    QCOMPARE(r.header("content-type"), QByteArray("application/xml"));
    QCOMPARE(r.xml(QStringLiteral("Code")), code);
    QVERIFY(!r.xml(QStringLiteral("Message")).isEmpty());
    QCOMPARE(r.xml(QStringLiteral("RequestId")).size(), 24);
    QCOMPARE(r.xml(QStringLiteral("RequestId")).toLatin1(), r.header("x-oss-request-id"));
    QVERIFY(!r.xml(QStringLiteral("HostId")).isEmpty());
}

// ---------------------------------------------------------------- CreateRoutineCodeDeployment

void TestEmulatorRelease::deployReplacesWhatTheEnvironmentRuns()
{
    const QString v5 = versionAt(edge(), 5);
    const QJsonObject before = deployment(edge(), QStringLiteral("production"));
    const QJsonObject stagingBefore = deployment(edge(), QStringLiteral("staging"));
    const WireResult r = call(QStringLiteral("CreateRoutineCodeDeployment"),
                              params({{QStringLiteral("Name"), edge()}, {QStringLiteral("Env"), QStringLiteral("production")},
                                      {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                                      {QStringLiteral("CodeVersions"), shares({{v5, 100}})}}));
    QCOMPARE(r.status, 200);
    const QString deploymentId = r.str(QStringLiteral("DeploymentId"));
    QVERIFY(!deploymentId.isEmpty());
    QVERIFY(deploymentId != before.value(QStringLiteral("DeployId")).toString());
    QCOMPARE(r.str(QStringLiteral("Strategy")), QStringLiteral("percentage"));
    QVERIFY(!r.str(QStringLiteral("RequestId")).isEmpty());
    const QJsonArray answered = r.json.value(QStringLiteral("CodeVersions")).toArray();
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.at(0).toObject().value(QStringLiteral("CodeVersion")).toString(), v5);
    QCOMPARE(answered.at(0).toObject().value(QStringLiteral("Percentage")).toInt(), 100);

    const QJsonObject after = deployment(edge(), QStringLiteral("production"));
    QCOMPARE(after.value(QStringLiteral("DeployId")).toString(), deploymentId);
    QCOMPARE(after.value(QStringLiteral("Strategy")).toString(), QStringLiteral("percentage"));
    QVERIFY2(isRecent(after.value(QStringLiteral("CreationTime")).toString()), qPrintable(after.value(QStringLiteral("CreationTime")).toString()));
    QVERIFY(after.value(QStringLiteral("CreationTime")) != before.value(QStringLiteral("CreationTime")));
    const QJsonArray running = after.value(QStringLiteral("CodeVersions")).toArray();
    QCOMPARE(running.size(), 1);
    const QJsonObject only = running.at(0).toObject();
    QCOMPARE(only.value(QStringLiteral("CodeVersion")).toString(), v5);
    QCOMPARE(only.value(QStringLiteral("Percentage")).toInt(), 100);
    QCOMPARE(only.value(QStringLiteral("Description")).toString(), demo(edge()).versions.at(5).description);
    // The other environment is untouched.
    QCOMPARE(deployment(edge(), QStringLiteral("staging")), stagingBefore);
}

void TestEmulatorRelease::canaryThenRollback()
{
    const QString older = versionAt(edge(), 30), newer = versionAt(edge(), 31);
    auto deploy = [&](const QString &versions) {
        return call(QStringLiteral("CreateRoutineCodeDeployment"),
                    params({{QStringLiteral("Name"), edge()}, {QStringLiteral("Env"), QStringLiteral("staging")},
                            {QStringLiteral("Strategy"), QStringLiteral("percentage")}, {QStringLiteral("CodeVersions"), versions}}));
    };
    const WireResult canary = deploy(shares({{older, 90}, {newer, 10}}));
    QCOMPARE(canary.status, 200);
    QJsonArray running = deployment(edge(), QStringLiteral("staging")).value(QStringLiteral("CodeVersions")).toArray();
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(0).toObject().value(QStringLiteral("CodeVersion")).toString(), older);
    QCOMPARE(running.at(0).toObject().value(QStringLiteral("Percentage")).toInt(), 90);
    QCOMPARE(running.at(1).toObject().value(QStringLiteral("CodeVersion")).toString(), newer);
    QCOMPARE(running.at(1).toObject().value(QStringLiteral("Percentage")).toInt(), 10);

    // Rolling back is a new deployment of the older version at 100 %.
    const WireResult rollback = deploy(shares({{older, 100}}));
    QCOMPARE(rollback.status, 200);
    QVERIFY(rollback.str(QStringLiteral("DeploymentId")) != canary.str(QStringLiteral("DeploymentId")));
    const QJsonObject now = deployment(edge(), QStringLiteral("staging"));
    QCOMPARE(now.value(QStringLiteral("DeployId")).toString(), rollback.str(QStringLiteral("DeploymentId")));
    running = now.value(QStringLiteral("CodeVersions")).toArray();
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.at(0).toObject().value(QStringLiteral("CodeVersion")).toString(), older);
}

void TestEmulatorRelease::deployParametersFromQuery()
{
    const QString v = versionAt(roomy(), 0);
    const WireResult r = m_client->esa(QStringLiteral("CreateRoutineCodeDeployment"),
                                       params({{QStringLiteral("Name"), roomy()}, {QStringLiteral("Env"), QStringLiteral("production")},
                                               {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                                               {QStringLiteral("CodeVersions"), shares({{v, 100}})}}),
                                       false);
    QCOMPARE(r.status, 200);
    QCOMPARE(deployment(roomy(), QStringLiteral("production")).value(QStringLiteral("CodeVersions")).toArray().at(0).toObject()
                     .value(QStringLiteral("CodeVersion")).toString(), v);
}

void TestEmulatorRelease::deployRefusals_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named"); // what the message must name
    const QString name = edge(), v0 = versionAt(edge(), 0), v1 = versionAt(edge(), 1);
    const QString ok = shares({{v0, 100}});
    auto p = [&](const QString &env, const QString &strategy, const QString &versions) {
        QueryList list{{QStringLiteral("Name"), name}};
        if (!env.isNull())
            list.append({QStringLiteral("Env"), env});
        if (!strategy.isNull())
            list.append({QStringLiteral("Strategy"), strategy});
        if (!versions.isNull())
            list.append({QStringLiteral("CodeVersions"), versions});
        return list;
    };
    const QString prod = QStringLiteral("production"), pct = QStringLiteral("percentage");
    QTest::newRow("no Name") << params({{QStringLiteral("Env"), prod}, {QStringLiteral("Strategy"), pct}, {QStringLiteral("CodeVersions"), ok}}) << QStringLiteral("MissingParameter") << QStringLiteral("Name");
    QTest::newRow("unknown routine") << params({{QStringLiteral("Name"), QStringLiteral("nope")}, {QStringLiteral("Env"), prod}, {QStringLiteral("Strategy"), pct}, {QStringLiteral("CodeVersions"), ok}}) << QStringLiteral("RoutineNotExist") << QStringLiteral("routine");
    QTest::newRow("no Env") << p({}, pct, ok) << QStringLiteral("MissingParameter") << QStringLiteral("Env");
    QTest::newRow("Env canary") << p(QStringLiteral("canary"), pct, ok) << QStringLiteral("InvalidParameter") << QStringLiteral("Env");
    QTest::newRow("Env Production") << p(QStringLiteral("Production"), pct, ok) << QStringLiteral("InvalidParameter") << QStringLiteral("Env");
    QTest::newRow("no Strategy") << p(prod, {}, ok) << QStringLiteral("MissingParameter") << QStringLiteral("Strategy");
    QTest::newRow("Strategy weighted") << p(prod, QStringLiteral("weighted"), ok) << QStringLiteral("InvalidParameter") << QStringLiteral("Strategy");
    QTest::newRow("no CodeVersions") << p(prod, pct, {}) << QStringLiteral("MissingParameter") << QStringLiteral("CodeVersions");
    QTest::newRow("CodeVersions not JSON") << p(prod, pct, QStringLiteral("[{\"CodeVersion\":")) << QStringLiteral("InvalidParameter") << QStringLiteral("CodeVersions");
    QTest::newRow("CodeVersions an object") << p(prod, pct, QStringLiteral("{\"CodeVersion\":\"%1\",\"Percentage\":100}").arg(v0)) << QStringLiteral("InvalidParameter") << QStringLiteral("CodeVersions");
    QTest::newRow("no versions") << p(prod, pct, QStringLiteral("[]")) << QStringLiteral("InvalidParameter") << QStringLiteral("CodeVersions");
    QTest::newRow("three versions") << p(prod, pct, shares({{v0, 50}, {v1, 25}, {versionAt(edge(), 2), 25}})) << QStringLiteral("InvalidParameter") << QStringLiteral("CodeVersions");
    QTest::newRow("Percentage 0") << p(prod, pct, shares({{v0, 0}, {v1, 100}})) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("Percentage 101") << p(prod, pct, shares({{v0, 101}})) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("Percentage 50.5") << p(prod, pct, QStringLiteral("[{\"CodeVersion\":\"%1\",\"Percentage\":50.5},{\"CodeVersion\":\"%2\",\"Percentage\":49.5}]").arg(v0, v1)) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("Percentage 1e300") << p(prod, pct, QStringLiteral("[{\"CodeVersion\":\"%1\",\"Percentage\":1e300}]").arg(v0)) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("Percentage -1e300") << p(prod, pct, QStringLiteral("[{\"CodeVersion\":\"%1\",\"Percentage\":-1e300}]").arg(v0)) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("Percentage a string") << p(prod, pct, QStringLiteral("[{\"CodeVersion\":\"%1\",\"Percentage\":\"100\"}]").arg(v0)) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("no Percentage") << p(prod, pct, QStringLiteral("[{\"CodeVersion\":\"%1\"}]").arg(v0)) << QStringLiteral("InvalidParameter") << QStringLiteral("Percentage");
    QTest::newRow("sum 95") << p(prod, pct, shares({{v0, 90}, {v1, 5}})) << QStringLiteral("InvalidParameter") << QStringLiteral("100");
    QTest::newRow("sum 50") << p(prod, pct, shares({{v0, 50}})) << QStringLiteral("InvalidParameter") << QStringLiteral("100");
    QTest::newRow("same version twice") << p(prod, pct, shares({{v0, 50}, {v0, 50}})) << QStringLiteral("InvalidParameter") << QStringLiteral("twice");
    QTest::newRow("no CodeVersion") << p(prod, pct, QStringLiteral("[{\"Percentage\":100}]")) << QStringLiteral("InvalidParameter") << QStringLiteral("CodeVersion");
    QTest::newRow("unknown version") << p(prod, pct, shares({{QStringLiteral("1710120201067203242"), 100}})) << QStringLiteral("CodeVersionNotExist") << QStringLiteral("1710120201067203242");
    QTest::newRow("another routine's version") << p(prod, pct, shares({{v0, 90}, {versionAt(roomy(), 0), 10}})) << QStringLiteral("CodeVersionNotExist") << versionAt(roomy(), 0);
}

void TestEmulatorRelease::deployRefusals()
{
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    QFETCH(QString, named);
    const QJsonObject before = deployment(edge(), QStringLiteral("production"));
    const WireResult r = call(QStringLiteral("CreateRoutineCodeDeployment"), params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    QVERIFY2(r.str(QStringLiteral("Message")).contains(named, Qt::CaseInsensitive), qPrintable(r.str(QStringLiteral("Message"))));
    QVERIFY(!r.str(QStringLiteral("RequestId")).isEmpty());
    QCOMPARE(deployment(edge(), QStringLiteral("production")), before); // a refusal changes nothing
}

// ---------------------------------------------------------------- DeleteRoutineCodeVersion

void TestEmulatorRelease::deleteRemovesTheVersion()
{
    const QString v0 = versionAt(edge(), 0);
    QVERIFY(listedVersions(edge()).contains(v0));
    const WireResult r = call(QStringLiteral("DeleteRoutineCodeVersion"), params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), v0}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("Status")), QStringLiteral("OK"));
    QVERIFY(!r.str(QStringLiteral("RequestId")).isEmpty());

    const QStringList listed = listedVersions(edge());
    QCOMPARE(listed.size(), 39);
    QVERIFY(!listed.contains(v0));
    QCOMPARE(call(QStringLiteral("ListRoutineCodeVersions"), params({{QStringLiteral("Name"), edge()}})).json.value(QStringLiteral("TotalCount")).toInt(), 39);
    const WireResult gone = call(QStringLiteral("GetRoutineCodeVersion"), params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), v0}}));
    QCOMPARE(gone.status, 400);
    QCOMPARE(gone.str(QStringLiteral("Code")), QStringLiteral("CodeVersionNotExist"));
    const WireResult again = call(QStringLiteral("DeleteRoutineCodeVersion"), params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), v0}}));
    QCOMPARE(again.str(QStringLiteral("Code")), QStringLiteral("CodeVersionNotExist"));
    // Its neighbour is still there, with its code.
    const WireResult next = call(QStringLiteral("GetRoutineCodeVersion"), params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), versionAt(edge(), 1)}}));
    QCOMPARE(next.status, 200);
    QCOMPARE(QByteArray::fromBase64(next.str(QStringLiteral("RoutineCode")).toLatin1()), DemoData::instance().code(demo(edge()).versions.at(1)));
}

void TestEmulatorRelease::deleteRefusesDeployedVersions()
{
    const QString canary90 = versionAt(edge(), 38), newest = versionAt(edge(), 39);
    auto remove = [&](const QString &v) {
        return call(QStringLiteral("DeleteRoutineCodeVersion"), params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), v}}));
    };
    WireResult r = remove(canary90);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("DependedByOthers"));
    QVERIFY2(r.str(QStringLiteral("Message")).contains(QStringLiteral("production 90%")), qPrintable(r.str(QStringLiteral("Message"))));
    r = remove(newest); // production 10 % and staging
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("DependedByOthers"));
    QVERIFY(r.str(QStringLiteral("Message")).contains(QStringLiteral("staging")));
    QCOMPARE(listedVersions(edge()).size(), 40);

    // Once production runs something else, the old canary half can go; the newest is still on staging.
    QCOMPARE(call(QStringLiteral("CreateRoutineCodeDeployment"),
                  params({{QStringLiteral("Name"), edge()}, {QStringLiteral("Env"), QStringLiteral("production")},
                          {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                          {QStringLiteral("CodeVersions"), shares({{newest, 100}})}})).status, 200);
    QCOMPARE(remove(canary90).status, 200);
    QCOMPARE(remove(newest).str(QStringLiteral("Code")), QStringLiteral("DependedByOthers"));
    QCOMPARE(listedVersions(edge()).size(), 39);
}

void TestEmulatorRelease::deleteRefusals_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    QTest::newRow("no Name") << params({{QStringLiteral("CodeVersion"), versionAt(edge(), 0)}}) << QStringLiteral("MissingParameter");
    QTest::newRow("unknown routine") << params({{QStringLiteral("Name"), QStringLiteral("nope")}, {QStringLiteral("CodeVersion"), versionAt(edge(), 0)}}) << QStringLiteral("RoutineNotExist");
    QTest::newRow("no CodeVersion") << params({{QStringLiteral("Name"), edge()}}) << QStringLiteral("MissingParameter");
    QTest::newRow("unknown version") << params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), QStringLiteral("1710120201067203242")}}) << QStringLiteral("CodeVersionNotExist");
    QTest::newRow("another routine's version") << params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), versionAt(roomy(), 0)}}) << QStringLiteral("CodeVersionNotExist");
}

void TestEmulatorRelease::deleteRefusals()
{
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    const WireResult r = call(QStringLiteral("DeleteRoutineCodeVersion"), params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    QCOMPARE(listedVersions(edge()).size(), 40);
    QCOMPARE(listedVersions(roomy()).size(), 3);
}

// ---------------------------------------------------------------- staged upload and commit

void TestEmulatorRelease::uploadInfoShape()
{
    const QJsonObject info = stage(roomy(), QStringLiteral("tighten the JWT clock skew"));
    const QString version = info.value(QStringLiteral("CodeVersion")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{19}$")).match(version).hasMatch(), qPrintable(version));
    QVERIFY(!listedVersions(roomy()).contains(version)); // reserved, not created
    QVERIFY(!info.value(QStringLiteral("RequestId")).toString().isEmpty());

    const QJsonObject c = info.value(QStringLiteral("OssPostConfig")).toObject();
    QCOMPARE(c.value(QStringLiteral("Url")).toString(), m_emulator->baseUrl() + QStringLiteral("/oss/cloudcodes-er-staging"));
    const QString accessKeyId = c.value(QStringLiteral("OSSAccessKeyId")).toString();
    QVERIFY(!accessKeyId.isEmpty());
    QVERIFY(accessKeyId != QLatin1String(DemoData::AlibabaAccessKeyId));
    const QString key = c.value(QStringLiteral("key")).toString();
    QCOMPARE(key, QStringLiteral("site_er_js/%1.%2.unstable.js").arg(roomy(), version));
    QCOMPARE(c.value(QStringLiteral("x:codeDescription")).toString(), QStringLiteral("tighten the JWT clock skew"));
    QCOMPARE(QByteArray::fromBase64(c.value(QStringLiteral("Signature")).toString().toLatin1()).size(), 20); // HMAC-SHA1

    const QJsonObject policy = QJsonDocument::fromJson(QByteArray::fromBase64(c.value(QStringLiteral("policy")).toString().toLatin1())).object();
    const QDateTime expiration = QDateTime::fromString(policy.value(QStringLiteral("expiration")).toString(), Qt::ISODateWithMs);
    QVERIFY(expiration.isValid());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(policy.value(QStringLiteral("expiration")).toString()).hasMatch());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiration) - 3600) < 60);
    bool keyCondition = false, sizeCondition = false;
    for (const QJsonValue &c : policy.value(QStringLiteral("conditions")).toArray()) {
        const QJsonArray a = c.toArray();
        keyCondition |= a == QJsonArray{QStringLiteral("eq"), QStringLiteral("$key"), key};
        sizeCondition |= a.size() == 3 && a.at(0).toString() == QLatin1String("content-length-range")
                && a.at(1).toInteger(-1) == 0 && a.at(2).toInteger() == RoutineStore::MaxCodeBytes;
    }
    QVERIFY(keyCondition);
    QVERIFY(sizeCondition);
    QCOMPARE(RoutineStore::MaxCodeBytes, 10 * 1024 * 1024);

    const QJsonObject callback = QJsonDocument::fromJson(QByteArray::fromBase64(c.value(QStringLiteral("callback")).toString().toLatin1())).object();
    QVERIFY(!callback.value(QStringLiteral("callbackUrl")).toString().isEmpty());
    QVERIFY(callback.value(QStringLiteral("callbackBody")).toString().contains(QStringLiteral("${object}")));

    // Without CodeDescription the call works too.
    const QJsonObject plain = stage(roomy());
    QVERIFY(!plain.value(QStringLiteral("CodeVersion")).toString().isEmpty());
    QVERIFY(plain.value(QStringLiteral("CodeVersion")) != info.value(QStringLiteral("CodeVersion")));
}

void TestEmulatorRelease::uploadAndCommitCreateAVersion()
{
    const QByteArray code = "export default { async fetch(request) { return new Response('v4 from the test'); } };\n";
    const QJsonObject info = stage(roomy(), QStringLiteral("form description"));
    const WireResult posted = upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, code));
    QCOMPARE(posted.status, 200);
    QVERIFY(posted.jsonOk);
    QCOMPARE(posted.str(QStringLiteral("Status")), QStringLiteral("OK"));
    QCOMPARE(posted.header("etag"), '"' + QCryptographicHash::hash(code, QCryptographicHash::Md5).toHex().toUpper() + '"');
    QCOMPARE(m_emulator->requestCount(QStringLiteral("oss:PostObject")), 1);

    const WireResult committed = call(QStringLiteral("CommitRoutineStagingCode"),
                                      params({{QStringLiteral("Name"), roomy()}, {QStringLiteral("CodeDescription"), QStringLiteral("v4: a test response")}}));
    QCOMPARE(committed.status, 200);
    const QString version = committed.str(QStringLiteral("CodeVersion"));
    QCOMPARE(version, info.value(QStringLiteral("CodeVersion")).toString());
    QVERIFY(!committed.str(QStringLiteral("RequestId")).isEmpty());

    const WireResult list = call(QStringLiteral("ListRoutineCodeVersions"), params({{QStringLiteral("Name"), roomy()}}));
    QCOMPARE(list.json.value(QStringLiteral("TotalCount")).toInt(), 4);
    const QJsonObject newest = list.json.value(QStringLiteral("CodeVersions")).toArray().at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("CodeVersion")).toString(), version);
    QCOMPARE(newest.value(QStringLiteral("CodeDescription")).toString(), QStringLiteral("v4: a test response"));
    QCOMPARE(newest.value(QStringLiteral("Status")).toString(), QStringLiteral("Available"));
    QVERIFY(newest.value(QStringLiteral("BuildId")).isDouble());
    QVERIFY(QJsonDocument::fromJson(newest.value(QStringLiteral("ExtraInfo")).toString().toUtf8()).isObject());
    QVERIFY2(isRecent(newest.value(QStringLiteral("CreateTime")).toString()), qPrintable(newest.value(QStringLiteral("CreateTime")).toString()));

    const WireResult got = call(QStringLiteral("GetRoutineCodeVersion"), params({{QStringLiteral("Name"), roomy()}, {QStringLiteral("CodeVersion"), version}}));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.str(QStringLiteral("RoutineCode")).toLatin1(), code.toBase64());
    QCOMPARE(got.str(QStringLiteral("CodeDescription")), QStringLiteral("v4: a test response"));
    QVERIFY(isRecent(got.str(QStringLiteral("CreateTime"))));

    // The new version can be deployed like any other.
    QCOMPARE(call(QStringLiteral("CreateRoutineCodeDeployment"),
                  params({{QStringLiteral("Name"), roomy()}, {QStringLiteral("Env"), QStringLiteral("staging")},
                          {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                          {QStringLiteral("CodeVersions"), shares({{version, 100}})}})).status, 200);
}

void TestEmulatorRelease::uploadWithoutCallbackAnswers204()
{
    const QJsonObject info = stage(roomy(), QStringLiteral("described at upload"));
    const WireResult posted = upload(info.value(QStringLiteral("OssPostConfig")).toObject(), withoutField(form(info, "export default {};\n"), "callback"));
    QCOMPARE(posted.status, 204);
    QVERIFY(posted.body.isEmpty());
    // Without a CodeDescription the commit keeps the one the form carried.
    const WireResult committed = call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}}));
    QCOMPARE(committed.status, 200);
    const WireResult got = call(QStringLiteral("GetRoutineCodeVersion"),
                                params({{QStringLiteral("Name"), roomy()}, {QStringLiteral("CodeVersion"), committed.str(QStringLiteral("CodeVersion"))}}));
    QCOMPARE(got.str(QStringLiteral("CodeDescription")), QStringLiteral("described at upload"));
}

void TestEmulatorRelease::ossTakesEitherKindOfBoundary_data()
{
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<bool>("quoted");
    QTest::newRow("plain token (official clients, CloudCodes)") << QByteArray("CloudCodesFormBoundary0123456789abcdef") << false;
    QTest::newRow("node form-data") << QByteArray("--------------------------618424372184950611870843") << false;
    QTest::newRow("quoted with / and + (Qt's QHttpMultiPart)") << QByteArray("boundary_.oOo._MjA4/Nzc+NTA=") << true;
    QTest::newRow("quoted plain") << QByteArray("WebKitFormBoundary7MA4YWxkTrZu0gW") << true;
}

void TestEmulatorRelease::ossTakesEitherKindOfBoundary()
{
    // OSS takes a boundary plain or quoted, as RFC 2046 allows: the emulator must not be stricter
    // than the service, nor looser (the form still has to be whole and signed).
    QFETCH(QByteArray, boundary);
    QFETCH(bool, quoted);
    const QJsonObject info = stage(roomy());
    const QJsonObject config = info.value(QStringLiteral("OssPostConfig")).toObject();
    const WireResult posted = m_client->postForm(QUrl(config.value(QStringLiteral("Url")).toString()),
                                                 form(info, "export default {};\n"), boundary, quoted);
    QVERIFY2(posted.status == 200 || posted.status == 204, posted.body.constData());
    const WireResult committed = call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}}));
    QCOMPARE(committed.status, 200);
}

void TestEmulatorRelease::commitNeedsAnUpload()
{
    auto commit = [&] { return call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}})); };
    WireResult r = commit();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("StagingCodeNotExist"));
    const QJsonObject info = stage(roomy());
    QCOMPARE(commit().str(QStringLiteral("Code")), QStringLiteral("StagingCodeNotExist")); // info alone uploads nothing
    QCOMPARE(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")).status, 200);
    QCOMPARE(commit().status, 200);
    QCOMPARE(commit().str(QStringLiteral("Code")), QStringLiteral("StagingCodeNotExist")); // used up
    QCOMPARE(listedVersions(roomy()).size(), 4);
    // Other refusals of the commit.
    QCOMPARE(call(QStringLiteral("CommitRoutineStagingCode"), {}).str(QStringLiteral("Code")), QStringLiteral("MissingParameter"));
    QCOMPARE(call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), QStringLiteral("nope")}})).str(QStringLiteral("Code")),
             QStringLiteral("RoutineNotExist"));
    QCOMPARE(call(QStringLiteral("GetRoutineStagingCodeUploadInfo"), params({{QStringLiteral("Name"), QStringLiteral("nope")}})).str(QStringLiteral("Code")),
             QStringLiteral("RoutineNotExist"));
}

void TestEmulatorRelease::newUploadInfoRetiresTheOldForm()
{
    const QJsonObject first = stage(roomy());
    const QJsonObject second = stage(roomy());
    const WireResult stale = upload(first.value(QStringLiteral("OssPostConfig")).toObject(), form(first, "export default {};\n"));
    verifyOssError(stale, 403, QStringLiteral("InvalidAccessKeyId"));
    QCOMPARE(upload(second.value(QStringLiteral("OssPostConfig")).toObject(), form(second, "export default {};\n")).status, 200);
    const WireResult committed = call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}}));
    QCOMPARE(committed.str(QStringLiteral("CodeVersion")), second.value(QStringLiteral("CodeVersion")).toString());
}

void TestEmulatorRelease::ossRefusals_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("tampered Signature") << Tamper::Signature << 403 << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("policy changed, not re-signed") << Tamper::Policy << 403 << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("unknown OSSAccessKeyId") << Tamper::AccessKeyId << 403 << QStringLiteral("InvalidAccessKeyId");
    QTest::newRow("no Signature") << Tamper::NoSignature << 403 << QStringLiteral("AccessDenied");
    QTest::newRow("no policy") << Tamper::NoPolicy << 403 << QStringLiteral("AccessDenied");
    QTest::newRow("no OSSAccessKeyId") << Tamper::NoAccessKeyId << 403 << QStringLiteral("AccessDenied");
    QTest::newRow("no key") << Tamper::NoKey << 400 << QStringLiteral("InvalidArgument");
    QTest::newRow("another key") << Tamper::OtherKey << 403 << QStringLiteral("AccessDenied");
    QTest::newRow("file over content-length-range") << Tamper::TooLarge << 400 << QStringLiteral("EntityTooLarge");
    QTest::newRow("file not last") << Tamper::FileNotLast << 400 << QStringLiteral("MalformedPOSTRequest");
    QTest::newRow("two files") << Tamper::TwoFiles << 400 << QStringLiteral("IncorrectNumberOfFilesInPOSTRequest");
    QTest::newRow("no file") << Tamper::NoFile << 400 << QStringLiteral("IncorrectNumberOfFilesInPOSTRequest");
    QTest::newRow("field over 4 KB") << Tamper::FieldTooLong << 400 << QStringLiteral("FieldItemTooLong");
    QTest::newRow("key twice") << Tamper::DuplicateKey << 400 << QStringLiteral("MalformedPOSTRequest");
    QTest::newRow("callback not JSON") << Tamper::BadCallback << 400 << QStringLiteral("InvalidArgument");
    QTest::newRow("another bucket") << Tamper::OtherBucket << 404 << QStringLiteral("NoSuchBucket");
}

void TestEmulatorRelease::ossRefusals()
{
    QFETCH(Tamper, tamper);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject info = stage(roomy());
    const QJsonObject config = info.value(QStringLiteral("OssPostConfig")).toObject();
    QList<FormField> fields = form(info, "export default {};\n");
    QUrl url(config.value(QStringLiteral("Url")).toString());
    switch (tamper) {
    case Tamper::Signature: {
        QByteArray sig = fieldValue(fields, "Signature");
        sig[0] = sig[0] == 'A' ? 'B' : 'A';
        fields = withField(fields, "Signature", sig);
        break;
    }
    case Tamper::Policy: {
        QByteArray policy = QByteArray::fromBase64(fieldValue(fields, "policy"));
        policy.replace(QByteArray::number(10 * 1024 * 1024), QByteArray::number(100 * 1024 * 1024));
        fields = withField(fields, "policy", policy.toBase64());
        break;
    }
    case Tamper::AccessKeyId: fields = withField(fields, "OSSAccessKeyId", "LTAI5tNobodyHasThisKey"); break;
    case Tamper::NoSignature: fields = withoutField(fields, "Signature"); break;
    case Tamper::NoPolicy: fields = withoutField(fields, "policy"); break;
    case Tamper::NoAccessKeyId: fields = withoutField(fields, "OSSAccessKeyId"); break;
    case Tamper::NoKey: fields = withoutField(fields, "key"); break;
    case Tamper::OtherKey: fields = withField(fields, "key", "site_er_js/somebody-else.js"); break;
    case Tamper::TooLarge: fields.last().value = QByteArray(10 * 1024 * 1024 + 1, 'x'); break;
    case Tamper::FileNotLast: fields.move(fields.size() - 1, 0); break;
    case Tamper::TwoFiles: fields.append({"file", "export default {};\n", "second.js"}); break;
    case Tamper::NoFile: fields.removeLast(); break;
    case Tamper::FieldTooLong: fields = withField(fields, "x:codeDescription", QByteArray(4097, 'd')); break;
    case Tamper::DuplicateKey: fields.insert(0, {"key", fieldValue(fields, "key")}); break;
    case Tamper::BadCallback: fields = withField(fields, "callback", QByteArray("not a callback").toBase64()); break;
    case Tamper::OtherBucket: url.setPath(QStringLiteral("/oss/someone-elses-bucket")); break;
    }
    const WireResult r = m_client->postForm(url, fields);
    verifyOssError(r, status, code);
    if (tamper == Tamper::Signature)
        QCOMPARE(r.xml(QStringLiteral("StringToSign")).toUtf8(), fieldValue(fields, "policy"));
    if (tamper == Tamper::OtherKey)
        QVERIFY2(r.xml(QStringLiteral("Message")).contains(QStringLiteral("Policy Condition failed")), qPrintable(r.xml(QStringLiteral("Message"))));
    // Nothing was stored: there is nothing to commit, and the untampered form still works.
    QCOMPARE(call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}})).str(QStringLiteral("Code")),
             QStringLiteral("StagingCodeNotExist"));
    QCOMPARE(upload(config, form(info, "export default {};\n")).status, 200);
}

void TestEmulatorRelease::ossRefusesWhatIsNotAForm()
{
    const QJsonObject info = stage(roomy());
    const QUrl url(info.value(QStringLiteral("OssPostConfig")).toObject().value(QStringLiteral("Url")).toString());
    HttpRequestParts p;
    p.method = "POST";
    p.path = url.path().toUtf8();
    p.headers = {{"content-type", "application/x-www-form-urlencoded"}};
    p.body = "key=a&policy=b";
    verifyOssError(m_client->send(p), 400, QStringLiteral("RequestIsNotMultiPartContent"));
    p.headers = {{"content-type", "multipart/form-data"}}; // no boundary
    verifyOssError(m_client->send(p), 400, QStringLiteral("RequestIsNotMultiPartContent"));
    p.method = "GET";
    p.body.clear();
    p.headers.clear();
    verifyOssError(m_client->send(p), 405, QStringLiteral("MethodNotAllowed"));
}

void TestEmulatorRelease::ossPolicyExpires()
{
    const QJsonObject info = stage(roomy());
    m_emulator->setClockSkewSeconds(3601); // the emulator's clock, past the policy's expiration
    const WireResult r = upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n"));
    verifyOssError(r, 403, QStringLiteral("AccessDenied"));
    QVERIFY2(r.xml(QStringLiteral("Message")).contains(QStringLiteral("Policy expired")), qPrintable(r.xml(QStringLiteral("Message"))));
    m_emulator->setClockSkewSeconds(3500);
    QCOMPARE(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")).status, 200);
}

void TestEmulatorRelease::ossMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<QByteArray>("body");
    const QByteArray b = "XyZ";
    const QByteArray key = "Content-Disposition: form-data; name=\"key\"\r\n\r\nv\r\n";
    QTest::newRow("empty body") << b << QByteArray();
    QTest::newRow("no boundary in it") << b << QByteArray("just some bytes");
    QTest::newRow("boundary without line break") << b << QByteArray("--XyZgarbage");
    QTest::newRow("headers never end") << b << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"key\"");
    QTest::newRow("header without colon") << b << QByteArray("--XyZ\r\nContent-Disposition form-data\r\n\r\nv\r\n--XyZ--\r\n");
    QTest::newRow("no Content-Disposition") << b << QByteArray("--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--\r\n");
    QTest::newRow("not form-data") << b << QByteArray("--XyZ\r\nContent-Disposition: attachment; name=\"key\"\r\n\r\nv\r\n--XyZ--\r\n");
    QTest::newRow("empty name") << b << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nv\r\n--XyZ--\r\n");
    QTest::newRow("quote never ends") << b << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"key\r\n\r\nv\r\n--XyZ--\r\n");
    QTest::newRow("field never closed") << b << QByteArray("--XyZ\r\n" + key.left(key.size() - 2));
    QTest::newRow("headers over 8 KiB") << b << QByteArray("--XyZ\r\nX-Pad: " + QByteArray(9000, 'a') + "\r\n" + key + "--XyZ--\r\n");
    QByteArray many;
    for (int i = 0; i <= 64; ++i)
        many += "--XyZ\r\nContent-Disposition: form-data; name=\"f" + QByteArray::number(i) + "\"\r\n\r\nv\r\n";
    QTest::newRow("65 fields") << b << QByteArray(many + "--XyZ--\r\n");
    QTest::newRow("boundary of 71 characters") << QByteArray(71, 'q') << QByteArray("--" + QByteArray(71, 'q') + "\r\n" + key + "--" + QByteArray(71, 'q') + "--\r\n");
}

void TestEmulatorRelease::ossMalformedBodies()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    HttpRequestParts p;
    p.method = "POST";
    p.path = "/oss/cloudcodes-er-staging";
    p.headers = {{"content-type", "multipart/form-data; boundary=" + boundary}};
    p.body = body;
    const WireResult r = m_client->send(p);
    verifyOssError(r, 400, QStringLiteral("MalformedPOSTRequest"));
}

void TestEmulatorRelease::ossRandomBodiesNeverBreakIt()
{
    const QJsonObject info = stage(roomy());
    const QByteArray boundary = "cloudcodes-wire-7MA4YWxkTrZu0gW";
    const QByteArray valid = WireClient::multipartBody(form(info, "export default { async fetch() { return new Response('x'); } };\n"), boundary);
    QRandomGenerator random(20250601);
    int refused = 0;
    for (int i = 0; i < 250; ++i) {
        QByteArray body = valid;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(body.size()));
            switch (random.bounded(5)) {
            case 0: body.truncate(at); break;
            case 1: body[at] = char(random.bounded(256)); break;
            case 2: body.insert(at, "\r\n--" + boundary + (random.bounded(2) ? "--" : "\r\n")); break;
            case 3: body.remove(at, random.bounded(64)); break;
            default: body.insert(at, body.mid(at, random.bounded(128))); break;
            }
        }
        HttpRequestParts p;
        p.method = "POST";
        p.path = "/oss/cloudcodes-er-staging";
        p.headers = {{"content-type", "multipart/form-data; boundary=" + boundary}};
        p.body = body;
        const WireResult r = m_client->send(p);
        if (r.status == 200 || r.status == 204)
            continue; // a mutation that kept the form valid
        ++refused;
        QVERIFY2(r.status == 400 || r.status == 403, qPrintable(QStringLiteral("status %1 for mutation %2").arg(r.status).arg(i)));
        QVERIFY2(!r.xml(QStringLiteral("Code")).isEmpty(), r.body.constData());
    }
    QVERIFY(refused > 100);
    // Still serving.
    QCOMPARE(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")).status, 200);
    QCOMPARE(call(QStringLiteral("GetRoutineUserInfo"), {}).status, 200);
}

void TestEmulatorRelease::ossFaultsAnswerXml()
{
    const QJsonObject info = stage(roomy());
    m_emulator->forceFault(FaultKind::ServerError);
    verifyOssError(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")), 500, QStringLiteral("InternalError"));
    m_emulator->forceFault(FaultKind::Unavailable);
    verifyOssError(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")), 503, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")).status, 200);
}

// ---------------------------------------------------------------- quota

void TestEmulatorRelease::quotaRefusesCommitUntilRoomIsMade()
{
    QCOMPARE(listedVersions(full()).size(), DemoData::DefaultCodeVersionQuota);
    const QByteArray code = "export default { async fetch() { return new Response('rules 11'); } };\n";
    const QJsonObject info = stage(full(), QStringLiteral("rules update 11"));
    QCOMPARE(upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, code)).status, 200);
    auto commit = [&] { return call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), full()}})); };
    const WireResult refused = commit();
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.str(QStringLiteral("Code")), QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
    QVERIFY(refused.str(QStringLiteral("Message")).contains(QStringLiteral("10 of 10")));
    QCOMPARE(listedVersions(full()).size(), 10);

    // Make room: the oldest version is deployed nowhere.
    const QString oldest = versionAt(full(), 0);
    for (const DemoEnvironment &e : demo(full()).envs) {
        for (const DemoCanaryShare &s : e.shares)
            QVERIFY(s.codeVersion != oldest);
    }
    QCOMPARE(call(QStringLiteral("DeleteRoutineCodeVersion"), params({{QStringLiteral("Name"), full()}, {QStringLiteral("CodeVersion"), oldest}})).status, 200);
    const WireResult committed = commit(); // the upload survived the refusal
    QCOMPARE(committed.status, 200);
    const QStringList listed = listedVersions(full());
    QCOMPARE(listed.size(), 10);
    QCOMPARE(listed.first(), committed.str(QStringLiteral("CodeVersion")));
    QVERIFY(!listed.contains(oldest));
    QCOMPARE(call(QStringLiteral("GetRoutineCodeVersion"), params({{QStringLiteral("Name"), full()}, {QStringLiteral("CodeVersion"), listed.first()}}))
                     .str(QStringLiteral("CodeDescription")), QStringLiteral("rules update 11"));
}

void TestEmulatorRelease::quotaHookAndPlanQuotas()
{
    QCOMPARE(m_emulator->versionQuota(full()), 10);
    QCOMPARE(m_emulator->versionQuota(roomy()), 10);
    QCOMPARE(m_emulator->versionQuota(edge()), DemoData::EdgeRoutineCodeVersionQuota); // its own plan
    QCOMPARE(m_emulator->versionQuota(QStringLiteral("nope")), 0);

    auto commitOne = [&] {
        const QJsonObject info = stage(roomy());
        if (upload(info.value(QStringLiteral("OssPostConfig")).toObject(), form(info, "export default {};\n")).status != 200)
            return QStringLiteral("upload failed");
        const WireResult r = call(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}}));
        return r.status == 200 ? QStringLiteral("OK") : r.str(QStringLiteral("Code"));
    };
    m_emulator->setVersionQuota(4); // roomy has 3
    QCOMPARE(m_emulator->versionQuota(roomy()), 4);
    QCOMPARE(m_emulator->versionQuota(edge()), DemoData::EdgeRoutineCodeVersionQuota); // a plan quota stays
    QCOMPARE(commitOne(), QStringLiteral("OK"));
    QCOMPARE(commitOne(), QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
    m_emulator->setRoutineVersionQuota(roomy(), 5);
    QCOMPARE(commitOne(), QStringLiteral("OK"));
    QCOMPARE(commitOne(), QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
    m_emulator->setRoutineVersionQuota(roomy(), 0); // back to the default of 4
    QCOMPARE(m_emulator->versionQuota(roomy()), 4);
    QCOMPARE(listedVersions(roomy()).size(), 5);
}

void TestEmulatorRelease::quotaHookFromAnotherThread()
{
    EmulatorThread thread;
    QVERIFY(thread.startAndListen(0) != 0);
    WireClient client(thread.baseUrl());
    thread.emulator()->setVersionQuota(3); // roomy has 3: full
    const QJsonObject info = client.esa(QStringLiteral("GetRoutineStagingCodeUploadInfo"), params({{QStringLiteral("Name"), roomy()}})).json;
    const QJsonObject config = info.value(QStringLiteral("OssPostConfig")).toObject();
    QCOMPARE(config.value(QStringLiteral("Url")).toString(), thread.baseUrl() + QStringLiteral("/oss/cloudcodes-er-staging"));
    QCOMPARE(client.postForm(QUrl(config.value(QStringLiteral("Url")).toString()), form(info, "export default {};\n")).status, 200);
    const WireResult refused = client.esa(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}}));
    QCOMPARE(refused.str(QStringLiteral("Code")), QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
    thread.emulator()->setRoutineVersionQuota(roomy(), 4);
    QCOMPARE(client.esa(QStringLiteral("CommitRoutineStagingCode"), params({{QStringLiteral("Name"), roomy()}})).status, 200);
    QCOMPARE(thread.emulator()->requestCount(QStringLiteral("CommitRoutineStagingCode")), 2);
}

// ---------------------------------------------------------------- the rest

void TestEmulatorRelease::writeCallsAreSigned()
{
    const QString v0 = versionAt(edge(), 0);
    const QueryList remove{{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), v0}};
    // A wrong secret, a stale date, STS without its token: refused, nothing changes.
    WireResult r = m_client->esa(QStringLiteral("DeleteRoutineCodeVersion"), remove, true,
                                 {QLatin1String(DemoData::AlibabaAccessKeyId), QStringLiteral("wrong"), {}});
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    r = m_client->esa(QStringLiteral("DeleteRoutineCodeVersion"), remove, true, WireClient::demoAlibaba(), {},
                      QDateTime::currentDateTimeUtc().addSecs(-16 * 60));
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("InvalidTimeStamp.Expired"));
    AlibabaCredentials noToken = WireClient::demoAlibabaSts();
    noToken.securityToken.clear();
    r = m_client->esa(QStringLiteral("DeleteRoutineCodeVersion"), remove, true, noToken);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("MissingSecurityToken"));
    // The body is signed: a different CodeVersion than the one signed for is refused.
    r = m_client->esa(QStringLiteral("DeleteRoutineCodeVersion"), remove, true, WireClient::demoAlibaba(),
                      [&](HttpRequestParts &p) { p.body.replace(v0.toUtf8(), versionAt(edge(), 1).toUtf8()); });
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("IncompleteSignature"));
    QCOMPARE(listedVersions(edge()).size(), 40);

    // STS credentials may change things; a replay of the same signed request is refused.
    const HttpRequestParts sent = m_client->esaParts(QStringLiteral("DeleteRoutineCodeVersion"), remove, true, WireClient::demoAlibabaSts(),
                                                     QDateTime::currentDateTimeUtc(), "nonce-of-a-delete");
    QCOMPARE(m_client->send(sent).status, 200);
    r = m_client->send(sent);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(listedVersions(edge()).size(), 39);
}

void TestEmulatorRelease::freshEmulatorServesTheDemoAgain()
{
    QCOMPARE(call(QStringLiteral("DeleteRoutineCodeVersion"), params({{QStringLiteral("Name"), edge()}, {QStringLiteral("CodeVersion"), versionAt(edge(), 0)}})).status, 200);
    QCOMPARE(call(QStringLiteral("CreateRoutineCodeDeployment"),
                  params({{QStringLiteral("Name"), edge()}, {QStringLiteral("Env"), QStringLiteral("production")},
                          {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                          {QStringLiteral("CodeVersions"), shares({{versionAt(edge(), 3), 100}})}})).status, 200);
    QCOMPARE(listedVersions(edge()).size(), 39);

    CloudEmulator fresh;
    QVERIFY(fresh.listenOnLoopback(0) != 0);
    WireClient client(fresh.baseUrl());
    QStringList versions;
    for (int page = 1; page <= 2; ++page) {
        const WireResult r = client.esa(QStringLiteral("ListRoutineCodeVersions"),
                                        params({{QStringLiteral("Name"), edge()}, {QStringLiteral("PageNumber"), QString::number(page)}}));
        for (const QJsonValue &v : r.json.value(QStringLiteral("CodeVersions")).toArray())
            versions.append(v.toObject().value(QStringLiteral("CodeVersion")).toString());
    }
    QCOMPARE(versions.size(), 40);
    QCOMPARE(versions.last(), versionAt(edge(), 0));
    const WireResult routine = client.esa(QStringLiteral("GetRoutine"), params({{QStringLiteral("Name"), edge()}}));
    const QJsonObject production = routine.json.value(QStringLiteral("Envs")).toArray().at(0).toObject().value(QStringLiteral("CodeDeploy")).toObject();
    QCOMPARE(production.value(QStringLiteral("DeployId")).toString(), demo(edge()).envs.at(0).deployId);
    QCOMPARE(production.value(QStringLiteral("CodeVersions")).toArray().size(), 2);
    // The one description of the demo never changed.
    QCOMPARE(demo(edge()).versions.size(), 40);
    // And the changed emulator still holds its changes.
    QCOMPARE(listedVersions(edge()).size(), 39);
}

void TestEmulatorRelease::policyIsSignedV1()
{
    // OSS V1: Signature = base64(HMAC-SHA1(secret, policy as sent)). The expected value was
    // computed with Python's hmac module, not with the code under test.
    const QByteArray policy = "eyJleHBpcmF0aW9uIjoiMjAxNC0xMi0wMVQxMjowMDowMC4wMDBaIiwiY29uZGl0aW9ucyI6W1siY29udGVudC1sZW5ndGgtcmFuZ2UiLDAsMTA0ODU3NjAwXV19";
    QCOMPARE(OssPostPolicy::sign("OtxrzxIsfpFjA7SwPzILwy8Bw21TLhquhboDYROV", policy), QByteArray("X3Q0NFaJOEX3SxcjIF8IMrxxXy0="));
    QString why;
    const auto parsed = OssPostPolicy::parse(policy, &why);
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(parsed->expiration, QDateTime(QDate(2014, 12, 1), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(parsed->conditions.size(), 1);
    QCOMPARE(parsed->conditions.at(0).max, 104857600);
    QVERIFY(parsed->expiredAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(!OssPostPolicy::parse("not base64!", &why));
    QVERIFY(!OssPostPolicy::parse(QByteArray("{\"expiration\":\"2030-01-01T00:00:00.000Z\",\"conditions\":[[\"content-length-range\",5,1]]}").toBase64(), &why));
    QVERIFY(why.contains(QStringLiteral("content-length-range")));
}

QTEST_GUILESS_MAIN(TestEmulatorRelease)
#include "tst_emulator_release.moc"
