// The emulated APIG credential context (issue #25): the management calls (API groups, APIs,
// environments, app authorizations, app ACLs, credential quotas, app details and the AppSecret
// reset) with their vendor statuses and error codes, and the data plane on an API group's domain
// with every answer an AppCode caller can get. A fresh emulator on a free loopback port per test.
#include "tests/support/WireClient.h"
#include "app/apig/SdkHmacSigner.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/LoopbackCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <memory>

namespace {

const DemoInstance &prod() { return DemoData::instance().instances().at(0); }
const DemoApp &app(const char *name) { return *DemoData::instance().app(QLatin1String(name)); }
const DemoApp &contextApp() { return app(DemoData::ContextAppName); }     // internal-tools
const DemoApp &aclApp() { return app(DemoData::AclAppName); }             // partner-portal
const DemoApp &quotaApp() { return app(DemoData::QuotaAppName); }         // legacy-billing
const DemoApp &releaseOnlyApp() { return app(DemoData::RotationAppName); } // data-export

const DemoApi &api(const char *name)
{
    for (const DemoApi &a : prod().apis) {
        if (a.name == QLatin1String(name))
            return a;
    }
    qWarning("no demo API %s", name);
    static const DemoApi none;
    return none;
}
const DemoApiGroup &group(const char *name)
{
    for (const DemoApiGroup &g : prod().groups) {
        if (g.name == QLatin1String(name))
            return g;
    }
    qWarning("no demo group %s", name);
    static const DemoApiGroup none;
    return none;
}
QByteArray mobileDomain() { return group(DemoData::MobileGroupName).slDomain.toUtf8(); }
QByteArray partnerDomain() { return group(DemoData::PartnerGroupName).slDomain.toUtf8(); }
QByteArray codeOf(const DemoApp &a) { return a.appCodes.first().appCode.toUtf8(); }
QString devId() { return prod().envs.at(1).id; }
const QString Release = QLatin1String(DemoData::ApigReleaseEnvId);

QByteArray ctx(const QString &tail, const QString &instanceId = prod().id)
{
    return WireClient::apigPath(QStringLiteral("/%1/%2").arg(instanceId, tail));
}
QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QueryList q(std::initializer_list<std::pair<const char *, QString>> items)
{
    QueryList out;
    for (const auto &i : items)
        out.append({QLatin1String(i.first), i.second});
    return out;
}

void verifyError(const WireResult &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.str(QStringLiteral("error_code")), code);
    QVERIFY(!r.str(QStringLiteral("error_msg")).isEmpty());
    QVERIFY(!r.str(QStringLiteral("request_id")).isEmpty());
    QVERIFY(!r.header("X-Request-Id").isEmpty());
}

QStringList namesIn(const WireResult &r, const QString &list, const QString &field = QStringLiteral("name"))
{
    QStringList names;
    for (const QJsonValue &v : r.json.value(list).toArray())
        names.append(v.toObject().value(field).toString());
    return names;
}

QJsonObject quotaBody(const QString &name, int limit, const QString &unit = QStringLiteral("MINUTE"))
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("call_limits"), limit}, {QStringLiteral("time_unit"), unit},
            {QStringLiteral("time_interval"), 1}, {QStringLiteral("remark"), QStringLiteral("test quota")}};
}

} // namespace

class TestEmulatorApigContext : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Management API
    void groups();
    void apisAndFilters();
    void apiDetail();
    void environments();
    void authorizeAndCancel();
    void authorizeRefusalsChangeNothing();
    void bindedApis();
    void unbindedApis();
    void bindedApps();
    void appAcl();
    void appAclRefusesInvalidValues_data();
    void appAclRefusesInvalidValues();
    void quotasLifecycle();
    void quotaRefusals();
    void quotaBindings();
    void appDetailAndSecretReset();
    void secretResetRefusals();
    void sameAuthenticationAsTheOtherCalls();
    void countedByOperation();

    // Data plane
    void callInRelease();
    void callWithStageDev();
    void callOnBoundDomainAnyPortAnyCase();
    void noSuchApi();
    void notPublishedInThatEnvironment();
    void simpleAuthenticationOff();
    void unknownOrMissingAppCode();
    void deletedAppCodeRefusedAtOnce();
    void appNotAuthorized();
    void authorizationChangesTakeEffect();
    void aclDenies();
    void quotaUsedUp();
    void managedQuotaTakesEffect();
    void noneAndIamApis();
    void appSignatureStopsWithTheOldSecret();
    void notConfusedWithTheManagementApi();
    void overTls();

private:
    WireResult get(const QString &tail, const QueryList &query = {}) { return m_client->huaweiAkSk(ctx(tail), query); }
    WireResult call(const QByteArray &method, const QString &tail, const QJsonObject &body = {})
    {
        return m_client->huaweiAkSkCall(method, ctx(tail), body.isEmpty() ? QByteArray() : json(body));
    }
    WireResult profile(const QByteArray &appCode, const QByteArray &stage = {})
    {
        return m_client->apigDataPlane(mobileDomain(), "GET", "/v1/profile/42", appCode, stage);
    }
    // PUT /v1/uploads (APP authentication, no AppCode) signed with an app's AppKey and `secret`.
    WireResult signedUpload(const QString &appKey, const QString &secret, const QByteArray &path = "/v1/uploads",
                            const QByteArray &method = "PUT")
    {
        HttpRequestParts p;
        p.method = method;
        p.path = path;
        const QByteArray host = mobileDomain() + ':' + QByteArray::number(m_emulator->port());
        p.headers = {{"host", host}, {"content-type", "application/json"}};
        p.body = method == "PUT" ? QByteArray(R"({"file":"report.csv"})") : QByteArray();
        p.headers += SdkHmacSigner::sign(p, HuaweiCredentials{appKey, secret}, QDateTime::currentDateTimeUtc()).headersToAdd;
        return m_client->sendAs(host, p);
    }
    WireResult authorize(const QString &envId, const QStringList &appIds, const QStringList &apiIds)
    {
        return call("POST", QStringLiteral("app-auths"), {{QStringLiteral("env_id"), envId},
                                                          {QStringLiteral("app_ids"), QJsonArray::fromStringList(appIds)},
                                                          {QStringLiteral("api_ids"), QJsonArray::fromStringList(apiIds)}});
    }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorApigContext::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorApigContext::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

// Management API ---------------------------------------------------------------------------------

void TestEmulatorApigContext::groups()
{
    WireResult r = get(QStringLiteral("api-groups"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 2);
    for (const QJsonValue &v : r.json.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString id = g.value(QStringLiteral("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^%1\\.apic\\.[a-z0-9-]+\\.example$").arg(id)).match(g.value(QStringLiteral("sl_domain")).toString()).hasMatch());
        QCOMPARE(g.value(QStringLiteral("status")).toInt(), 1);
    }
    r = get(QStringLiteral("api-groups"), q({{"name", QStringLiteral("mobile")}, {"limit", QStringLiteral("1")}}));
    QCOMPARE(namesIn(r, QStringLiteral("groups")), QStringList{QLatin1String(DemoData::MobileGroupName)});

    const DemoApiGroup &mobile = group(DemoData::MobileGroupName);
    r = get(QStringLiteral("api-groups/") + mobile.id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("sl_domain")), mobile.slDomain);
    const QJsonArray domains = r.json.value(QStringLiteral("url_domains")).toArray();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("domain")).toString(), QLatin1String(DemoData::MobileGroupDomain));

    verifyError(get(QStringLiteral("api-groups/0123456789abcdef0123456789abcdef")), 404, QStringLiteral("APIG.3001"));
    verifyError(get(QStringLiteral("api-groups/not-an-id")), 400, QStringLiteral("APIG.2012"));
    // Paging: the seed's normalisation, total counts the matches.
    r = get(QStringLiteral("api-groups"), q({{"offset", QStringLiteral("1")}, {"limit", QStringLiteral("0")}}));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 1);
}

void TestEmulatorApigContext::apisAndFilters()
{
    const auto count = [this](const QueryList &query) {
        const WireResult r = get(QStringLiteral("apis"), query);
        return r.status == 200 ? r.json.value(QStringLiteral("total")).toInt() : -r.status;
    };
    QCOMPARE(count({}), 8);
    QCOMPARE(count(q({{"group_id", group(DemoData::MobileGroupName).id}})), 5);
    QCOMPARE(count(q({{"auth_type", QStringLiteral("APP")}})), 6);
    QCOMPARE(count(q({{"auth_type", QStringLiteral("IAM")}})), 1);
    QCOMPARE(count(q({{"env_id", Release}})), 6);
    QCOMPARE(count(q({{"env_id", devId()}})), 3);
    QCOMPARE(count(q({{"name", QStringLiteral("profile")}})), 1);
    QCOMPARE(count(q({{"name", QStringLiteral("profile")}, {"precise_search", QStringLiteral("name")}})), 0);
    QCOMPARE(count(q({{"env_id", devId()}, {"auth_type", QStringLiteral("APP")}, {"group_id", group(DemoData::MobileGroupName).id}})), 2);
    const WireResult r = get(QStringLiteral("apis"), q({{"limit", QStringLiteral("3")}, {"offset", QStringLiteral("6")}}));
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 8);
}

void TestEmulatorApigContext::apiDetail()
{
    WireResult r = get(QStringLiteral("apis/") + api("get-profile").id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("req_method")), QStringLiteral("GET"));
    QCOMPARE(r.str(QStringLiteral("req_uri")), QStringLiteral("/v1/profile/{user_id}"));
    QCOMPARE(r.str(QStringLiteral("auth_type")), QStringLiteral("APP"));
    QCOMPARE(r.json.value(QStringLiteral("auth_opt")).toObject().value(QStringLiteral("app_code_auth_type")).toString(), QStringLiteral("HEADER"));
    QCOMPARE(r.str(QStringLiteral("run_env_name")), QStringLiteral("RELEASE|DEV"));
    QCOMPARE(r.str(QStringLiteral("run_env_id")), Release + QLatin1Char('|') + devId());
    QCOMPARE(r.str(QStringLiteral("group_id")), group(DemoData::MobileGroupName).id);
    QCOMPARE(r.str(QStringLiteral("publish_id")).count(QLatin1Char('|')), 1);

    r = get(QStringLiteral("apis/") + api("signed-upload").id);
    QCOMPARE(r.json.value(QStringLiteral("auth_opt")).toObject().value(QStringLiteral("app_code_auth_type")).toString(), QStringLiteral("DISABLE"));
    r = get(QStringLiteral("apis/") + api("draft-export").id); // never published
    QCOMPARE(r.str(QStringLiteral("run_env_id")), QString());
    QCOMPARE(r.str(QStringLiteral("run_env_name")), QString());
    QCOMPARE(r.str(QStringLiteral("publish_id")), QString());
    QCOMPARE(get(QStringLiteral("apis/") + api("health").id).str(QStringLiteral("auth_type")), QStringLiteral("NONE"));

    verifyError(get(QStringLiteral("apis/0123456789abcdef0123456789abcdef")), 404, QStringLiteral("APIG.3002"));
    verifyError(get(QStringLiteral("apis/x")), 400, QStringLiteral("APIG.2012"));
}

void TestEmulatorApigContext::environments()
{
    WireResult r = get(QStringLiteral("envs"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(namesIn(r, QStringLiteral("envs")), (QStringList{QStringLiteral("RELEASE"), QStringLiteral("DEV")}));
    QCOMPARE(namesIn(r, QStringLiteral("envs"), QStringLiteral("id")).first(), Release);
    r = get(QStringLiteral("envs"), q({{"name", QStringLiteral("DEV")}}));
    QCOMPARE(namesIn(r, QStringLiteral("envs"), QStringLiteral("id")), QStringList{devId()});
    // The staging gateway has the same two environments (and no APIs).
    const QString staging = DemoData::instance().instances().at(1).id;
    QCOMPARE(m_client->huaweiAkSk(ctx(QStringLiteral("envs"), staging)).json.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(m_client->huaweiAkSk(ctx(QStringLiteral("apis"), staging)).json.value(QStringLiteral("total")).toInt(), 0);
}

void TestEmulatorApigContext::authorizeAndCancel()
{
    const QString mobile = app(DemoData::BigAppName).id;
    WireResult r = authorize(devId(), {mobile}, {api("beta-search").id, api("get-profile").id, api("health").id});
    QCOMPARE(r.status, 201);
    const QJsonArray auths = r.json.value(QStringLiteral("auths")).toArray();
    QCOMPARE(auths.size(), 3);
    QHash<QString, QJsonObject> byApi;
    for (const QJsonValue &v : auths)
        byApi.insert(v.toObject().value(QStringLiteral("api_id")).toString(), v.toObject());
    const QJsonObject created = byApi.value(api("beta-search").id);
    QCOMPARE(created.value(QStringLiteral("auth_result")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(created.value(QStringLiteral("app_id")).toString(), mobile);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(created.value(QStringLiteral("id")).toString()).hasMatch());
    // Already authorized in DEV (the demo): SKIPPED, the existing record.
    QCOMPARE(byApi.value(api("get-profile").id).value(QStringLiteral("auth_result")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("SKIPPED"));
    QVERIFY(!byApi.value(api("get-profile").id).value(QStringLiteral("id")).toString().isEmpty());
    // A NONE API takes no app: FAILED, with a code.
    const QJsonObject failed = byApi.value(api("health").id).value(QStringLiteral("auth_result")).toObject();
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(!failed.value(QStringLiteral("error_code")).toString().isEmpty());

    // A second time: the new pair is SKIPPED with the same id.
    r = authorize(devId(), {mobile}, {api("beta-search").id});
    const QJsonObject again = r.json.value(QStringLiteral("auths")).toArray().at(0).toObject();
    QCOMPARE(again.value(QStringLiteral("auth_result")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SKIPPED"));
    QCOMPARE(again.value(QStringLiteral("id")).toString(), created.value(QStringLiteral("id")).toString());
    r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", mobile}, {"env_id", devId()}}));
    QVERIFY(namesIn(r, QStringLiteral("auths"), QStringLiteral("api_name")).contains(QStringLiteral("beta-search")));

    const QString authId = created.value(QStringLiteral("id")).toString();
    r = call("DELETE", QStringLiteral("app-auths/") + authId);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", mobile}, {"env_id", devId()}}));
    QVERIFY(!namesIn(r, QStringLiteral("auths"), QStringLiteral("api_name")).contains(QStringLiteral("beta-search")));
    verifyError(call("DELETE", QStringLiteral("app-auths/") + authId), 404, QStringLiteral("APIG.3009"));
    verifyError(call("DELETE", QStringLiteral("app-auths/nope")), 400, QStringLiteral("APIG.2012"));
}

void TestEmulatorApigContext::authorizeRefusalsChangeNothing()
{
    const QString mobile = app(DemoData::BigAppName).id;
    const QString nobody = QStringLiteral("0123456789abcdef0123456789abcdef");
    const auto total = [&] {
        return get(QStringLiteral("app-auths/binded-apps")).json.value(QStringLiteral("total")).toInt();
    };
    const int before = total();
    QVERIFY(before > 0);
    verifyError(authorize(devId(), {mobile, nobody}, {api("beta-search").id}), 404, QStringLiteral("APIG.3004"));
    verifyError(authorize(devId(), {mobile}, {api("beta-search").id, nobody}), 404, QStringLiteral("APIG.3002"));
    verifyError(authorize(nobody, {mobile}, {api("beta-search").id}), 404, QStringLiteral("APIG.3003"));
    verifyError(authorize(devId(), {mobile}, {}), 400, QStringLiteral("APIG.2011"));
    verifyError(authorize(QString(), {mobile}, {api("beta-search").id}), 400, QStringLiteral("APIG.2011"));
    verifyError(call("POST", QStringLiteral("app-auths"), {{QStringLiteral("env_id"), devId()}}), 400, QStringLiteral("APIG.2011"));
    QCOMPARE(total(), before);
}

void TestEmulatorApigContext::bindedApis()
{
    const QString id = contextApp().id;
    WireResult r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", id}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 12); // six APIs in two environments
    const QJsonObject first = r.json.value(QStringLiteral("auths")).toArray().at(0).toObject();
    for (const char *field : {"id", "api_id", "api_name", "group_id", "group_name", "env_id", "env_name", "app_id", "app_name", "auth_time", "auth_role"})
        QVERIFY2(!first.value(QLatin1String(field)).toString().isEmpty(), field);
    r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", id}, {"env_id", Release}, {"limit", QStringLiteral("4")}, {"offset", QStringLiteral("4")}}));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 6);
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), 2);
    r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", id}, {"api_name", QStringLiteral("catalog")}}));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", id}, {"group_id", group(DemoData::PartnerGroupName).id}, {"env_id", devId()}}));
    QCOMPARE(namesIn(r, QStringLiteral("auths"), QStringLiteral("api_name")).size(), 2);
    r = get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", releaseOnlyApp().id}}));
    QCOMPARE(namesIn(r, QStringLiteral("auths"), QStringLiteral("env_name")), QStringList{QStringLiteral("RELEASE")});

    verifyError(get(QStringLiteral("app-auths/binded-apis")), 400, QStringLiteral("APIG.2012"));
    verifyError(get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", QStringLiteral("0123456789abcdef0123456789abcdef")}})),
                404, QStringLiteral("APIG.3004"));
}

void TestEmulatorApigContext::unbindedApis()
{
    const QString id = releaseOnlyApp().id;
    WireResult r = get(QStringLiteral("app-auths/unbinded-apis"), q({{"app_id", id}, {"env_id", devId()}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 6); // every APP API, unpublished included
    QVERIFY(namesIn(r, QStringLiteral("apis")).contains(QStringLiteral("draft-export")));
    r = get(QStringLiteral("app-auths/unbinded-apis"), q({{"app_id", id}, {"env_id", Release}}));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 5);
    QVERIFY(!namesIn(r, QStringLiteral("apis")).contains(QStringLiteral("get-profile")));
    verifyError(get(QStringLiteral("app-auths/unbinded-apis"), q({{"app_id", id}})), 400, QStringLiteral("APIG.2012"));
    verifyError(get(QStringLiteral("app-auths/unbinded-apis"), q({{"env_id", Release}})), 400, QStringLiteral("APIG.2012"));
    verifyError(get(QStringLiteral("app-auths/unbinded-apis"), q({{"app_id", QStringLiteral("0123456789abcdef0123456789abcdef")}, {"env_id", Release}})),
                404, QStringLiteral("APIG.3004"));
}

void TestEmulatorApigContext::bindedApps()
{
    const QString profile = api("get-profile").id;
    WireResult r = get(QStringLiteral("app-auths/binded-apps"), q({{"api_id", profile}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 7);
    r = get(QStringLiteral("app-auths/binded-apps"), q({{"api_id", profile}, {"env_id", Release}}));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 5);
    r = get(QStringLiteral("app-auths/binded-apps"), q({{"api_id", profile}, {"app_name", QStringLiteral("billing")}}));
    QCOMPARE(namesIn(r, QStringLiteral("auths"), QStringLiteral("app_name")), QStringList{QLatin1String(DemoData::QuotaAppName)});
    verifyError(get(QStringLiteral("app-auths/binded-apps"), q({{"api_id", QStringLiteral("0123456789abcdef0123456789abcdef")}})),
                404, QStringLiteral("APIG.3002"));
}

void TestEmulatorApigContext::appAcl()
{
    const QString acl = QStringLiteral("apps/%1/app-acl").arg(aclApp().id);
    WireResult r = get(acl);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("app_id")), aclApp().id);
    QCOMPARE(r.str(QStringLiteral("app_acl_type")), QStringLiteral("PERMIT"));
    QCOMPARE(r.json.value(QStringLiteral("app_acl_values")).toArray(), QJsonArray{QStringLiteral("10.0.0.0/8")});

    const QJsonArray values{QStringLiteral("192.168.0.1"), QStringLiteral("192.168.0.5-192.168.0.10"), QStringLiteral("192.168.0.100/28"),
                            QStringLiteral("2001:db8::1"), QStringLiteral("2001:db8::/32")};
    r = call("PUT", acl, {{QStringLiteral("app_acl_type"), QStringLiteral("DENY")}, {QStringLiteral("app_acl_values"), values}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str(QStringLiteral("app_acl_type")), QStringLiteral("DENY"));
    QCOMPARE(r.json.value(QStringLiteral("app_acl_values")).toArray(), values);
    QCOMPARE(get(acl).json.value(QStringLiteral("app_acl_values")).toArray(), values);

    r = call("DELETE", acl);
    QCOMPARE(r.status, 204);
    r = get(acl); // no ACL: 200 with empty fields
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("app_acl_type")), QString());
    QVERIFY(r.json.value(QStringLiteral("app_acl_values")).toArray().isEmpty());

    verifyError(get(QStringLiteral("apps/0123456789abcdef0123456789abcdef/app-acl")), 404, QStringLiteral("APIG.3004"));
    verifyError(call("PUT", QStringLiteral("apps/0123456789abcdef0123456789abcdef/app-acl"),
                     {{QStringLiteral("app_acl_type"), QStringLiteral("DENY")}, {QStringLiteral("app_acl_values"), values}}),
                404, QStringLiteral("APIG.3004"));
}

void TestEmulatorApigContext::appAclRefusesInvalidValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("values");
    const QString permit = QStringLiteral("PERMIT");
    QTest::newRow("octet too big") << permit << QJsonValue(QJsonArray{QStringLiteral("256.1.1.1")});
    QTest::newRow("short form") << permit << QJsonValue(QJsonArray{QStringLiteral("10.1")});
    QTest::newRow("word") << permit << QJsonValue(QJsonArray{QStringLiteral("localhost")});
    QTest::newRow("empty item") << permit << QJsonValue(QJsonArray{QString()});
    QTest::newRow("range backwards") << permit << QJsonValue(QJsonArray{QStringLiteral("10.0.0.9-10.0.0.1")});
    QTest::newRow("range of two families") << permit << QJsonValue(QJsonArray{QStringLiteral("10.0.0.1-2001:db8::1")});
    QTest::newRow("prefix too long") << permit << QJsonValue(QJsonArray{QStringLiteral("10.0.0.0/33")});
    QTest::newRow("prefix not a number") << permit << QJsonValue(QJsonArray{QStringLiteral("10.0.0.0/x")});
    QTest::newRow("one bad among good") << permit << QJsonValue(QJsonArray{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.300")});
    QTest::newRow("number item") << permit << QJsonValue(QJsonArray{10});
    QTest::newRow("no values") << permit << QJsonValue(QJsonArray{});
    QTest::newRow("values not a list") << permit << QJsonValue(QStringLiteral("10.0.0.1"));
    QTest::newRow("type unknown") << QStringLiteral("ALLOW") << QJsonValue(QJsonArray{QStringLiteral("10.0.0.1")});
    QTest::newRow("type lower case") << QStringLiteral("permit") << QJsonValue(QJsonArray{QStringLiteral("10.0.0.1")});
}

void TestEmulatorApigContext::appAclRefusesInvalidValues()
{
    QFETCH(QString, type);
    QFETCH(QJsonValue, values);
    const QString acl = QStringLiteral("apps/%1/app-acl").arg(aclApp().id);
    const WireResult r = call("PUT", acl, {{QStringLiteral("app_acl_type"), type}, {QStringLiteral("app_acl_values"), values}});
    verifyError(r, 400, QStringLiteral("APIG.2012"));
    // Nothing changed.
    const WireResult now = get(acl);
    QCOMPARE(now.str(QStringLiteral("app_acl_type")), QStringLiteral("PERMIT"));
    QCOMPARE(now.json.value(QStringLiteral("app_acl_values")).toArray(), QJsonArray{QStringLiteral("10.0.0.0/8")});
}

void TestEmulatorApigContext::quotasLifecycle()
{
    WireResult r = get(QStringLiteral("app-quotas"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
    QVERIFY(namesIn(r, QStringLiteral("quotas")).contains(QLatin1String(DemoData::QuotaName)));

    r = call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("test_quota"), 10));
    QCOMPARE(r.status, 201);
    const QString id = r.str(QStringLiteral("app_quota_id"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
    QCOMPARE(r.json.value(QStringLiteral("call_limits")).toInt(), 10);
    QCOMPARE(r.str(QStringLiteral("time_unit")), QStringLiteral("MINUTE"));
    QCOMPARE(r.json.value(QStringLiteral("bound_app_num")).toInt(), 0);

    r = get(QStringLiteral("app-quotas/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("name")), QStringLiteral("test_quota"));
    QCOMPARE(get(QStringLiteral("app-quotas"), q({{"name", QStringLiteral("test_")}})).json.value(QStringLiteral("total")).toInt(), 1);

    QJsonObject changed = quotaBody(QStringLiteral("test_quota_2"), 20, QStringLiteral("HOUR"));
    changed.insert(QStringLiteral("reset_time"), QStringLiteral("2026-01-01 00:00:00"));
    r = call("PUT", QStringLiteral("app-quotas/") + id, changed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("call_limits")).toInt(), 20);
    QCOMPARE(r.str(QStringLiteral("time_unit")), QStringLiteral("HOUR"));
    QCOMPARE(r.str(QStringLiteral("reset_time")), QStringLiteral("2026-01-01 00:00:00"));
    QCOMPARE(get(QStringLiteral("app-quotas/") + id).str(QStringLiteral("name")), QStringLiteral("test_quota_2"));

    r = call("DELETE", QStringLiteral("app-quotas/") + id);
    QCOMPARE(r.status, 204);
    verifyError(get(QStringLiteral("app-quotas/") + id), 404, QStringLiteral("APIG.3093"));
    verifyError(call("DELETE", QStringLiteral("app-quotas/") + id), 404, QStringLiteral("APIG.3093"));
    verifyError(call("PUT", QStringLiteral("app-quotas/") + id, changed), 404, QStringLiteral("APIG.3093"));
    QCOMPARE(get(QStringLiteral("app-quotas")).json.value(QStringLiteral("total")).toInt(), 2);
}

void TestEmulatorApigContext::quotaRefusals()
{
    verifyError(call("POST", QStringLiteral("app-quotas"), quotaBody(QLatin1String(DemoData::QuotaName), 5)), 400, QStringLiteral("APIG.3325"));
    verifyError(call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("ok_name"), 0)), 400, QStringLiteral("APIG.2012"));
    verifyError(call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("ok_name"), 5, QStringLiteral("WEEK"))), 400, QStringLiteral("APIG.2012"));
    verifyError(call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("1starts_with_digit"), 5)), 400, QStringLiteral("APIG.2012"));
    verifyError(call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("ab"), 5)), 400, QStringLiteral("APIG.2012"));
    QJsonObject badReset = quotaBody(QStringLiteral("ok_name"), 5);
    badReset.insert(QStringLiteral("reset_time"), QStringLiteral("tomorrow"));
    verifyError(call("POST", QStringLiteral("app-quotas"), badReset), 400, QStringLiteral("APIG.2012"));
    QCOMPARE(get(QStringLiteral("app-quotas")).json.value(QStringLiteral("total")).toInt(), 2); // none was made

    // Renaming onto another quota's name is refused and changes nothing.
    const WireResult made = call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("mine"), 5));
    const QString id = made.str(QStringLiteral("app_quota_id"));
    verifyError(call("PUT", QStringLiteral("app-quotas/") + id, quotaBody(QLatin1String(DemoData::QuotaName), 7)), 400, QStringLiteral("APIG.3325"));
    QCOMPARE(get(QStringLiteral("app-quotas/") + id).json.value(QStringLiteral("call_limits")).toInt(), 5);
    verifyError(get(QStringLiteral("app-quotas/zz")), 400, QStringLiteral("APIG.2012"));
}

void TestEmulatorApigContext::quotaBindings()
{
    // The demo: legacy-billing is bound to the daily quota, internal-tools to none.
    WireResult r = get(QStringLiteral("apps/%1/bound-quota").arg(quotaApp().id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("name")), QLatin1String(DemoData::QuotaName));
    QCOMPARE(r.json.value(QStringLiteral("call_limits")).toInt(), DemoData::QuotaCallLimit);
    const QString daily = r.str(QStringLiteral("app_quota_id"));
    r = get(QStringLiteral("apps/%1/bound-quota").arg(contextApp().id));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isEmpty());
    verifyError(get(QStringLiteral("apps/0123456789abcdef0123456789abcdef/bound-quota")), 404, QStringLiteral("APIG.3002"));

    const QString id = call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("tools_quota"), 5)).str(QStringLiteral("app_quota_id"));
    const QJsonObject bind{{QStringLiteral("app_ids"), QJsonArray{contextApp().id}}};
    r = call("POST", QStringLiteral("app-quotas/%1/binding-apps").arg(id), bind);
    QCOMPARE(r.status, 201);
    const QJsonObject applied = r.json.value(QStringLiteral("applies")).toArray().at(0).toObject();
    QCOMPARE(applied.value(QStringLiteral("app_id")).toString(), contextApp().id);
    QCOMPARE(applied.value(QStringLiteral("app_quota_id")).toString(), id);
    QCOMPARE(get(QStringLiteral("apps/%1/bound-quota").arg(contextApp().id)).str(QStringLiteral("app_quota_id")), id);
    QCOMPARE(get(QStringLiteral("app-quotas/") + id).json.value(QStringLiteral("bound_app_num")).toInt(), 1);
    r = get(QStringLiteral("app-quotas/%1/bound-apps").arg(id));
    QCOMPARE(namesIn(r, QStringLiteral("apps")), QStringList{contextApp().name});
    r = get(QStringLiteral("app-quotas/%1/bindable-apps").arg(id));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), prod().apps.size() - 2);

    // One quota per app: legacy-billing holds the daily one; the whole request is refused.
    verifyError(call("POST", QStringLiteral("app-quotas/%1/binding-apps").arg(id),
                     {{QStringLiteral("app_ids"), QJsonArray{releaseOnlyApp().id, quotaApp().id}}}),
                400, QStringLiteral("APIG.2012"));
    QCOMPARE(get(QStringLiteral("apps/%1/bound-quota").arg(releaseOnlyApp().id)).json.isEmpty(), true);
    QCOMPARE(get(QStringLiteral("apps/%1/bound-quota").arg(quotaApp().id)).str(QStringLiteral("app_quota_id")), daily);
    verifyError(call("POST", QStringLiteral("app-quotas/%1/binding-apps").arg(id),
                     {{QStringLiteral("app_ids"), QJsonArray{QStringLiteral("0123456789abcdef0123456789abcdef")}}}),
                404, QStringLiteral("APIG.3004"));
    verifyError(call("POST", QStringLiteral("app-quotas/%1/binding-apps").arg(id), {{QStringLiteral("app_ids"), QJsonArray{}}}),
                400, QStringLiteral("APIG.2012"));

    r = call("DELETE", QStringLiteral("app-quotas/%1/bound-apps/%2").arg(id, contextApp().id));
    QCOMPARE(r.status, 204);
    QVERIFY(get(QStringLiteral("apps/%1/bound-quota").arg(contextApp().id)).json.isEmpty());
    verifyError(call("DELETE", QStringLiteral("app-quotas/%1/bound-apps/%2").arg(id, contextApp().id)), 404, QStringLiteral("APIG.3004"));
    verifyError(call("POST", QStringLiteral("app-quotas/0123456789abcdef0123456789abcdef/binding-apps"), bind), 404, QStringLiteral("APIG.3093"));
}

void TestEmulatorApigContext::appDetailAndSecretReset()
{
    const DemoApp &a = releaseOnlyApp();
    WireResult r = get(QStringLiteral("apps/") + a.id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("id")), a.id);
    QCOMPARE(r.str(QStringLiteral("name")), a.name);
    QCOMPARE(r.str(QStringLiteral("app_key")), a.appKey);
    QCOMPARE(r.str(QStringLiteral("creator")), QStringLiteral("USER"));
    QCOMPARE(r.str(QStringLiteral("app_type")), QStringLiteral("apig"));
    QCOMPARE(r.json.value(QStringLiteral("status")).toInt(), 1);
    const QString oldSecret = r.str(QStringLiteral("app_secret"));
    QCOMPARE(oldSecret, a.appSecret);
    QVERIFY(oldSecret.size() >= 8);

    r = call("PUT", QStringLiteral("apps/secret/") + a.id);
    QCOMPARE(r.status, 200);
    const QString generated = r.str(QStringLiteral("app_secret"));
    QVERIFY(!generated.isEmpty());
    QVERIFY(generated != oldSecret);
    QCOMPARE(r.str(QStringLiteral("app_key")), a.appKey); // the key stays
    r = get(QStringLiteral("apps/") + a.id);
    QCOMPARE(r.str(QStringLiteral("app_secret")), generated);
    QVERIFY(!r.body.contains(oldSecret.toUtf8())); // the old one is gone at once

    const QString custom = QStringLiteral("My-Own_Secret!2026");
    r = call("PUT", QStringLiteral("apps/secret/") + a.id, {{QStringLiteral("app_secret"), custom}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("app_secret")), custom);
    QCOMPARE(get(QStringLiteral("apps/") + a.id).str(QStringLiteral("app_secret")), custom);
    // CheckAppV2: who the app is, without its secret.
    r = get(QStringLiteral("apps/validation/") + a.id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("name")), a.name);
    QVERIFY(!r.json.contains(QStringLiteral("app_secret")));
}

void TestEmulatorApigContext::secretResetRefusals()
{
    const DemoApp &a = releaseOnlyApp();
    for (const QString &bad : {QStringLiteral("short"), QStringLiteral("_starts-with-underscore"), QStringLiteral("has space inside"),
                               QString(129, QLatin1Char('a'))}) {
        verifyError(call("PUT", QStringLiteral("apps/secret/") + a.id, {{QStringLiteral("app_secret"), bad}}), 400, QStringLiteral("APIG.2012"));
    }
    QCOMPARE(get(QStringLiteral("apps/") + a.id).str(QStringLiteral("app_secret")), a.appSecret); // unchanged
    verifyError(call("PUT", QStringLiteral("apps/secret/0123456789abcdef0123456789abcdef")), 404, QStringLiteral("APIG.3002"));
    verifyError(get(QStringLiteral("apps/0123456789abcdef0123456789abcdef")), 404, QStringLiteral("APIG.3002"));
    verifyError(get(QStringLiteral("apps/validation/0123456789abcdef0123456789abcdef")), 404, QStringLiteral("APIG.3002"));
    verifyError(get(QStringLiteral("apps/not-an-app")), 400, QStringLiteral("APIG.2012"));
}

void TestEmulatorApigContext::sameAuthenticationAsTheOtherCalls()
{
    // No credentials, a wrong secret key, another project, an unknown instance.
    HttpRequestParts bare;
    bare.path = ctx(QStringLiteral("apis"));
    verifyError(m_client->send(bare), 401, QStringLiteral("APIG.1002"));
    HuaweiCredentials wrong = WireClient::demoHuawei();
    wrong.secretKey = QStringLiteral("not-the-secret-key-000000000000000000000");
    verifyError(m_client->huaweiAkSkCall("POST", ctx(QStringLiteral("app-quotas")), json(quotaBody(QStringLiteral("x_quota"), 1)), wrong),
                401, QStringLiteral("APIG.1002"));
    verifyError(m_client->huaweiAkSk(WireClient::apigPath(QStringLiteral("/%1/envs").arg(prod().id), QStringLiteral("ffffffffffffffffffffffffffffffff"))),
                403, QStringLiteral("APIG.1005"));
    verifyError(m_client->huaweiAkSk(ctx(QStringLiteral("envs"), QStringLiteral("0123456789abcdef0123456789abcdef"))),
                404, QStringLiteral("APIG.3030"));
    QCOMPARE(get(QStringLiteral("app-quotas")).json.value(QStringLiteral("total")).toInt(), 2); // the refused create made nothing

    // A token works as well as AK/SK, for reads and writes.
    const QByteArray token = m_client->iamPasswordToken().header("X-Subject-Token");
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_client->huaweiToken(ctx(QStringLiteral("api-groups")), {}, token).status, 200);
    const WireResult made = m_client->huaweiTokenCall("POST", ctx(QStringLiteral("app-quotas")), json(quotaBody(QStringLiteral("by_token"), 1)), token);
    QCOMPARE(made.status, 201);
    // A method a route does not take.
    verifyError(call("PATCH", QStringLiteral("apis")), 404, QStringLiteral("APIG.0101"));
    verifyError(call("POST", QStringLiteral("apis/") + api("health").id), 404, QStringLiteral("APIG.0101"));
}

void TestEmulatorApigContext::countedByOperation()
{
    m_emulator->resetCounters();
    get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", contextApp().id}}));
    get(QStringLiteral("app-auths/binded-apis"), q({{"app_id", contextApp().id}}));
    get(QStringLiteral("apis"));
    get(QStringLiteral("apps/%1/app-acl").arg(aclApp().id));
    call("PUT", QStringLiteral("apps/secret/") + releaseOnlyApp().id);
    call("DELETE", QStringLiteral("app-auths/0123456789abcdef0123456789abcdef"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:ListApisBindedToAppV2")), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:ListApisV2")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:ShowDetailsOfAppAcl")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:CancelingAuthorizationV2")), 1);
    // The older reads keep their keys.
    m_client->huaweiAkSk(WireClient::apigPath());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:instances")), 1);
    QCOMPARE(m_emulator->totalRequests(), 7);
}

// Data plane -------------------------------------------------------------------------------------

void TestEmulatorApigContext::callInRelease()
{
    m_emulator->resetCounters();
    const WireResult r = m_client->apigDataPlane(mobileDomain(), "GET", "/v1/profile/42", codeOf(contextApp()), {},
                                                 {{"X-Trace", "abc"}}, {}, {{QStringLiteral("fields"), QStringLiteral("name")}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonOk);
    QCOMPARE(r.str(QStringLiteral("method")), QStringLiteral("GET"));
    QCOMPARE(r.str(QStringLiteral("path")), QStringLiteral("/v1/profile/42"));
    QCOMPARE(r.json.value(QStringLiteral("path_params")).toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("42"));
    QCOMPARE(r.json.value(QStringLiteral("query")).toObject().value(QStringLiteral("fields")).toString(), QStringLiteral("name"));
    QCOMPARE(r.str(QStringLiteral("stage")), QStringLiteral("RELEASE"));
    QCOMPARE(r.str(QStringLiteral("api_id")), api("get-profile").id);
    QCOMPARE(r.str(QStringLiteral("app_id")), contextApp().id);
    QCOMPARE(r.str(QStringLiteral("body")), QString());
    const QJsonObject headers = r.json.value(QStringLiteral("headers")).toObject();
    QStringList names = headers.keys();
    for (QString &n : names)
        n = n.toLower();
    QVERIFY(names.contains(QStringLiteral("x-trace")));
    QVERIFY(!names.contains(QStringLiteral("x-apig-appcode")));
    QVERIFY(!r.body.contains(codeOf(contextApp())));
    QVERIFY(!r.header("X-Request-Id").isEmpty());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 1);
    QCOMPARE(m_emulator->totalRequests(), 1);
}

void TestEmulatorApigContext::callWithStageDev()
{
    WireResult r = m_client->apigDataPlane(mobileDomain(), "GET", "/v1/search", codeOf(contextApp()), "DEV");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("stage")), QStringLiteral("DEV"));
    QCOMPARE(r.str(QStringLiteral("api_id")), api("beta-search").id);
    r = profile(codeOf(contextApp()), "DEV");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("stage")), QStringLiteral("DEV"));
    // The header's name in any case.
    r = m_client->apigDataPlane(mobileDomain(), "GET", "/v1/search", codeOf(contextApp()), {}, {{"x-stage", "DEV"}});
    QCOMPARE(r.status, 200);
}

void TestEmulatorApigContext::callOnBoundDomainAnyPortAnyCase()
{
    const QByteArray body = R"({"item":"book","count":2})";
    WireResult r = m_client->apigDataPlane(DemoData::MobileGroupDomain, "POST", "/v1/orders", codeOf(contextApp()), {},
                                           {{"Content-Type", "application/json"}}, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("body")), QString::fromUtf8(body));
    QCOMPARE(r.str(QStringLiteral("method")), QStringLiteral("POST"));
    // Host with another port, upper case: the same group (the port is not the group's business).
    HttpRequestParts p;
    p.path = "/v1/profile/7";
    p.headers = {{"X-Apig-AppCode", codeOf(contextApp())}};
    r = m_client->sendAs(QByteArray(DemoData::MobileGroupDomain).toUpper() + ":443", p);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("api_id")), api("get-profile").id);
    r = m_client->sendAs(mobileDomain(), p); // no port at all
    QCOMPARE(r.status, 200);
}

void TestEmulatorApigContext::noSuchApi()
{
    verifyError(m_client->apigDataPlane(mobileDomain(), "GET", "/v1/nothing", codeOf(contextApp())), 404, QStringLiteral("APIG.0101"));
    // The path of another group's API.
    verifyError(m_client->apigDataPlane(mobileDomain(), "GET", "/partner/v1/catalog", codeOf(contextApp())), 404, QStringLiteral("APIG.0101"));
    // The path exists with another method.
    const WireResult r = m_client->apigDataPlane(mobileDomain(), "DELETE", "/v1/orders", codeOf(contextApp()));
    verifyError(r, 404, QStringLiteral("APIG.0101"));
    QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("The API does not exist."));
    // A {param} takes one segment, not two nor none.
    verifyError(m_client->apigDataPlane(mobileDomain(), "GET", "/v1/profile/1/2", codeOf(contextApp())), 404, QStringLiteral("APIG.0101"));
    verifyError(m_client->apigDataPlane(mobileDomain(), "GET", "/v1/profile", codeOf(contextApp())), 404, QStringLiteral("APIG.0101"));
}

void TestEmulatorApigContext::notPublishedInThatEnvironment()
{
    const QByteArray code = codeOf(contextApp()); // authorized for all of these in both environments
    verifyError(m_client->apigDataPlane(mobileDomain(), "GET", "/v1/search", code), 404, QStringLiteral("APIG.0101"));
    verifyError(m_client->apigDataPlane(mobileDomain(), "POST", "/v1/orders", code, "DEV"), 404, QStringLiteral("APIG.0101"));
    verifyError(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/export", code), 404, QStringLiteral("APIG.0101"));
    verifyError(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/export", code, "DEV"), 404, QStringLiteral("APIG.0101"));
    verifyError(profile(code, "NO-SUCH-STAGE"), 404, QStringLiteral("APIG.0101"));
    QCOMPARE(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/catalog", code).status, 200);
}

void TestEmulatorApigContext::simpleAuthenticationOff()
{
    // signed-upload: APP authentication without app_code_auth_type HEADER.
    const WireResult r = m_client->apigDataPlane(mobileDomain(), "PUT", "/v1/uploads", codeOf(contextApp()));
    verifyError(r, 401, QStringLiteral("APIG.0303"));
    QVERIFY(r.str(QStringLiteral("error_msg")).startsWith(QStringLiteral("Incorrect app authentication information")));
    verifyError(m_client->apigDataPlane(mobileDomain(), "PUT", "/v1/uploads"), 401, QStringLiteral("APIG.0303"));
}

void TestEmulatorApigContext::unknownOrMissingAppCode()
{
    const QByteArray unknown = QByteArray(64, 'Z');
    WireResult r = profile(unknown);
    verifyError(r, 401, QStringLiteral("APIG.0303"));
    QVERIFY(r.str(QStringLiteral("error_msg")).startsWith(QStringLiteral("Incorrect app authentication information")));
    verifyError(m_client->apigDataPlane(mobileDomain(), "GET", "/v1/profile/42"), 401, QStringLiteral("APIG.0303"));
    // An AppCode of the other gateway is unknown to this one.
    verifyError(profile(codeOf(app("qa-automation"))), 401, QStringLiteral("APIG.0303"));
}

void TestEmulatorApigContext::deletedAppCodeRefusedAtOnce()
{
    const DemoApp &a = releaseOnlyApp();
    QCOMPARE(profile(codeOf(a)).status, 200);
    const WireResult gone = m_client->huaweiAkSkCall("DELETE", ctx(QStringLiteral("apps/%1/app-codes/%2").arg(a.id, a.appCodes.first().id)));
    QCOMPARE(gone.status, 204);
    verifyError(profile(codeOf(a)), 401, QStringLiteral("APIG.0303"));
    // Its other AppCode still works; a new one works at once.
    QCOMPARE(profile(a.appCodes.at(1).appCode.toUtf8()).status, 200);
    const WireResult made = m_client->huaweiAkSkCall("PUT", ctx(QStringLiteral("apps/%1/app-codes").arg(a.id)));
    QCOMPARE(made.status, 201);
    QCOMPARE(profile(made.str(QStringLiteral("app_code")).toUtf8()).status, 200);
}

void TestEmulatorApigContext::appNotAuthorized()
{
    WireResult r = profile(codeOf(releaseOnlyApp()), "DEV"); // authorized in RELEASE only
    verifyError(r, 403, QStringLiteral("APIG.0304"));
    QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("The app is not authorized to access the API."));
    verifyError(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/catalog", codeOf(app(DemoData::BigAppName))),
                403, QStringLiteral("APIG.0304"));
    // draft-export is authorized but never published: not found comes first.
    verifyError(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/export", codeOf(app(DemoData::BigAppName))),
                404, QStringLiteral("APIG.0101"));
}

void TestEmulatorApigContext::authorizationChangesTakeEffect()
{
    const QByteArray code = codeOf(app(DemoData::BigAppName));
    const auto search = [&] { return m_client->apigDataPlane(mobileDomain(), "GET", "/v1/search", code, "DEV"); };
    verifyError(search(), 403, QStringLiteral("APIG.0304"));
    const WireResult made = authorize(devId(), {app(DemoData::BigAppName).id}, {api("beta-search").id});
    QCOMPARE(made.status, 201);
    QCOMPARE(search().status, 200);
    const QString authId = made.json.value(QStringLiteral("auths")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(call("DELETE", QStringLiteral("app-auths/") + authId).status, 204);
    verifyError(search(), 403, QStringLiteral("APIG.0304"));
}

void TestEmulatorApigContext::aclDenies()
{
    // partner-portal permits only 10.0.0.0/8; the caller is 127.0.0.1.
    const QByteArray code = codeOf(aclApp());
    WireResult r = profile(code);
    verifyError(r, 403, QStringLiteral("APIG.0405"));
    QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("The app is not accessed from a trusted IP address."));
    // X-Forwarded-For does not talk its way past the ACL.
    r = m_client->apigDataPlane(mobileDomain(), "GET", "/v1/profile/42", code, {}, {{"X-Forwarded-For", "10.1.2.3"}});
    verifyError(r, 403, QStringLiteral("APIG.0405"));

    const QString acl = QStringLiteral("apps/%1/app-acl").arg(aclApp().id);
    const auto setAcl = [&](const char *type, const QJsonArray &values) {
        return call("PUT", acl, {{QStringLiteral("app_acl_type"), QLatin1String(type)}, {QStringLiteral("app_acl_values"), values}}).status;
    };
    QCOMPARE(setAcl("PERMIT", {QStringLiteral("10.0.0.0/8"), QStringLiteral("127.0.0.1")}), 201);
    QCOMPARE(profile(code).status, 200);
    QCOMPARE(setAcl("DENY", {QStringLiteral("127.0.0.0-127.0.0.9")}), 201);
    verifyError(profile(code), 403, QStringLiteral("APIG.0405"));
    QCOMPARE(setAcl("DENY", {QStringLiteral("127.0.0.2-127.0.0.9"), QStringLiteral("::1")}), 201);
    QCOMPARE(profile(code).status, 200);
    QCOMPARE(setAcl("PERMIT", {QStringLiteral("127.0.0.0/30")}), 201);
    QCOMPARE(profile(code).status, 200);
    QCOMPARE(call("DELETE", acl).status, 204);
    QCOMPARE(profile(code).status, 200);
    // An ACL is the app's: other apps are not affected by it.
    QCOMPARE(setAcl("DENY", {QStringLiteral("127.0.0.1")}), 201);
    QCOMPARE(profile(codeOf(contextApp())).status, 200);
}

void TestEmulatorApigContext::quotaUsedUp()
{
    const QByteArray code = codeOf(quotaApp()); // 3 calls a day
    // A refused call does not use the quota up.
    verifyError(profile(code, "DEV"), 403, QStringLiteral("APIG.0304"));
    for (int i = 0; i < DemoData::QuotaCallLimit; ++i)
        QCOMPARE(profile(code).status, 200);
    WireResult r = profile(code);
    verifyError(r, 405, QStringLiteral("APIG.0501"));
    QCOMPARE(r.str(QStringLiteral("error_msg")), QStringLiteral("The app quota has been used up."));
    // Another AppCode of the same app shares the app's quota; other apps are not affected.
    verifyError(profile(quotaApp().appCodes.at(1).appCode.toUtf8()), 405, QStringLiteral("APIG.0501"));
    QCOMPARE(profile(codeOf(contextApp())).status, 200);
    // Raising the limit gives room at once.
    const QString daily = get(QStringLiteral("apps/%1/bound-quota").arg(quotaApp().id)).str(QStringLiteral("app_quota_id"));
    QCOMPARE(call("PUT", QStringLiteral("app-quotas/") + daily, quotaBody(QLatin1String(DemoData::QuotaName), 4, QStringLiteral("DAY"))).status, 200);
    QCOMPARE(profile(code).status, 200);
    verifyError(profile(code), 405, QStringLiteral("APIG.0501"));
}

void TestEmulatorApigContext::managedQuotaTakesEffect()
{
    const QByteArray code = codeOf(contextApp());
    const QString id = call("POST", QStringLiteral("app-quotas"), quotaBody(QStringLiteral("one_call"), 1, QStringLiteral("HOUR")))
                               .str(QStringLiteral("app_quota_id"));
    QCOMPARE(call("POST", QStringLiteral("app-quotas/%1/binding-apps").arg(id), {{QStringLiteral("app_ids"), QJsonArray{contextApp().id}}}).status, 201);
    QCOMPARE(profile(code).status, 200);
    verifyError(profile(code), 405, QStringLiteral("APIG.0501"));
    QCOMPARE(call("DELETE", QStringLiteral("app-quotas/%1/bound-apps/%2").arg(id, contextApp().id)).status, 204);
    QCOMPARE(profile(code).status, 200);
}

void TestEmulatorApigContext::noneAndIamApis()
{
    WireResult r = m_client->apigDataPlane(mobileDomain(), "GET", "/health");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("app_id")), QString());
    QCOMPARE(m_client->apigDataPlane(mobileDomain(), "GET", "/health", {}, "DEV").str(QStringLiteral("stage")), QStringLiteral("DEV"));
    // IAM: an AppCode is no IAM authentication; a token is.
    verifyError(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/metrics", codeOf(contextApp())), 401, QStringLiteral("APIG.0301"));
    const QByteArray token = m_client->iamPasswordToken().header("X-Subject-Token");
    r = m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/metrics", {}, {}, {{"X-Auth-Token", token}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("api_id")), api("admin-metrics").id);
    verifyError(m_client->apigDataPlane(partnerDomain(), "GET", "/partner/v1/metrics", {}, {}, {{"X-Auth-Token", "forged"}}),
                401, QStringLiteral("APIG.0301"));
}

void TestEmulatorApigContext::appSignatureStopsWithTheOldSecret()
{
    const DemoApp &a = contextApp();
    WireResult r = signedUpload(a.appKey, a.appSecret);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str(QStringLiteral("app_id")), a.id);
    QCOMPARE(r.str(QStringLiteral("body")), QStringLiteral(R"({"file":"report.csv"})"));
    // A signature serves an AppCode API too.
    QCOMPARE(signedUpload(a.appKey, a.appSecret, "/v1/profile/5", "GET").status, 200);
    verifyError(signedUpload(a.appKey, QStringLiteral("not-the-secret")), 401, QStringLiteral("APIG.0303"));
    verifyError(signedUpload(QStringLiteral("0123456789abcdef0123456789abcdef"), a.appSecret), 401, QStringLiteral("APIG.0303"));
    // The app still has to be authorized: releaseOnlyApp may not upload.
    verifyError(signedUpload(releaseOnlyApp().appKey, releaseOnlyApp().appSecret), 403, QStringLiteral("APIG.0304"));

    const WireResult reset = call("PUT", QStringLiteral("apps/secret/") + a.id);
    QCOMPARE(reset.status, 200);
    const QString fresh = reset.str(QStringLiteral("app_secret"));
    r = signedUpload(a.appKey, a.appSecret); // the old secret stops at once
    verifyError(r, 401, QStringLiteral("APIG.0303"));
    QVERIFY(r.str(QStringLiteral("error_msg")).startsWith(QStringLiteral("Incorrect app authentication information")));
    QCOMPARE(signedUpload(a.appKey, fresh).status, 200);
    // Its AppCodes are not the secret: they keep working.
    QCOMPARE(profile(codeOf(a)).status, 200);
}

void TestEmulatorApigContext::notConfusedWithTheManagementApi()
{
    m_emulator->resetCounters();
    // A management path on a group's domain is a data-plane call: no such API there.
    HttpRequestParts p;
    p.path = ctx(QStringLiteral("apis"));
    verifyError(m_client->sendAs(mobileDomain(), p), 404, QStringLiteral("APIG.0101"));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:ListApisV2")), 0);
    // A data-plane path on the emulator's own host is no data-plane call.
    HttpRequestParts d;
    d.path = "/v1/profile/42";
    d.headers = {{"X-Apig-AppCode", codeOf(contextApp())}};
    const WireResult r = m_client->send(d);
    QCOMPARE(r.status, 404);
    QVERIFY(!r.json.contains(QStringLiteral("api_id")));
    // A domain no group has is no data-plane call either.
    QCOMPARE(m_client->sendAs("unknown.apic.cn-north-4.example", d).status, 404);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 1);
    // The management API still answers beside it.
    QCOMPARE(get(QStringLiteral("apis")).status, 200);
}

void TestEmulatorApigContext::overTls()
{
    QString why;
    const LoopbackCertificate certificate = LoopbackCertificate::make(30, &why);
    QVERIFY2(!certificate.isNull(), qPrintable(why));
    QVERIFY(m_emulator->listenTlsOnLoopback(certificate.serverConfiguration(), 0) != 0);
    WireClient https(m_emulator->tlsBaseUrl());
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates({certificate.authority});
    https.setSslConfiguration(trusting);
    WireResult r = https.apigDataPlane(mobileDomain(), "GET", "/v1/profile/9", codeOf(contextApp()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("path_params")).toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("9"));
    verifyError(https.apigDataPlane(mobileDomain(), "GET", "/v1/profile/9", codeOf(aclApp())), 403, QStringLiteral("APIG.0405"));
    // One account state on both ports: a quota used over HTTP is used over HTTPS.
    for (int i = 0; i < DemoData::QuotaCallLimit; ++i)
        QCOMPARE(profile(codeOf(quotaApp())).status, 200);
    verifyError(https.apigDataPlane(mobileDomain(), "GET", "/v1/profile/9", codeOf(quotaApp())), 405, QStringLiteral("APIG.0501"));
}

QTEST_GUILESS_MAIN(TestEmulatorApigContext)
#include "tst_emulator_apigcontext.moc"
