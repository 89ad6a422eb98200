// The three Huawei gateways an account can name (issue #25): ROMA Connect's API Connect
// (/v2/{project}/apic/instances/…, its instances and AppSecret outside apic) and the shared
// gateway (/v1.0/apigw/apps/…, no instances, paged by page_no/page_size). Accounts saved with
// each kind list and create AppCodes, and delete them, on their own gateway's paths, proven by
// the emulator's counters; the shared gateway refuses, unsent, what only the v2 gateways offer;
// an instance is found only under its own gateway; the kind survives the account store.
#include "tests/support/AppFixture.h"
#include "tests/support/ApigClientOf.h"
#include "tests/support/Await.h"
#include "app/accounts/AccountConnections.h"
#include "app/apig/ApigClient.h"
#include "app/apig/AppCodeRule.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/FaultPlan.h"

#include <QSettings>
#include <QTest>
#include <memory>

class TestGatewayKinds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_app.stop(); }
    void romaListsCreatesAndDeletesAppCodes();
    void romaReadsWhereItWorksAndResetsTheSecret();
    void sharedListsCreatesAndDeletesAppCodes();
    void sharedPagesByNumber_data();
    void sharedPagesByNumber();
    void sharedRefusesUnsentWhatItDoesNotOffer();
    void instancesOnlyUnderTheirOwnGateway();
    void testConnectionNamesTheGateway();
    void gatewayKindIsSaved();

private:
    Account account(Account::Gateway gateway, Account::AuthKind kind) const
    {
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("Gateway %1").arg(Account::gatewayKey(gateway));
        a.cloud = Account::Cloud::Huawei;
        a.region = QLatin1String(DemoData::HuaweiRegion);
        a.authKind = kind;
        a.endpoint = QUrl(m_app.emulator->baseUrl());
        a.gateway = gateway;
        a.allowChanges = true;
        if (kind == Account::AuthKind::IamPassword) {
            a.domainName = QLatin1String(DemoData::HuaweiDomain);
            a.userName = QLatin1String(DemoData::HuaweiUser);
        } else {
            a.accessKeyId = QLatin1String(DemoData::HuaweiAccessKey);
            a.projectId = QLatin1String(DemoData::HuaweiProjectId);
        }
        return a;
    }
    static AccountStore::Secrets secretsOf(const Account &a)
    {
        if (a.authKind == Account::AuthKind::IamPassword)
            return {{Account::Secret::Password, QLatin1String(DemoData::HuaweiPassword)}};
        return {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::HuaweiSecretKey)}};
    }
    // The account saved, and its client as the app makes it (from the store).
    std::shared_ptr<ApigClient> clientOf(const Account &a)
    {
        m_app.store->save(a, secretsOf(a));
        return apigClientOf(*m_app.connections, a.id);
    }
    int count(const char *key) const { return m_app.emulator->requestCount(QLatin1String(key)); }
    // The dedicated gateway's calls, which none of these accounts may make.
    int dedicatedCalls() const
    {
        return count("apig:instances") + count("apig:apps") + count("apig:app-codes") + count("apig:CreateAppCodeAutoV2")
                + count("apig:CreateAppCodeV2") + count("apig:DeleteAppCodeV2") + count("apig:ShowDetailsOfAppCodeV2");
    }
    // Lists, creates (generated and given), shows and deletes an AppCode of `appName` through
    // `client`, checking each against the emulator.
    void lifecycle(ApigClient &client, const QString &instanceId, const char *appName);

    AppFixture m_app;
};

void TestGatewayKinds::init()
{
    QVERIFY(m_app.start(false));
}

void TestGatewayKinds::lifecycle(ApigClient &client, const QString &instanceId, const char *appName)
{
    const DemoApp *demo = DemoData::instance().app(QLatin1String(appName));
    QVERIFY(demo);
    const int before = m_app.emulator->appCodeCount(demo->id);
    QCOMPARE(before, int(demo->appCodes.size()));

    const auto apps = awaitResult(client.listApps(instanceId, 0, 50));
    QVERIFY2(apps.ok(), qPrintable(apps.error().summary()));
    QVERIFY(std::any_of(apps.value().apps.cbegin(), apps.value().apps.cend(), [&](const ApigApp &a) { return a.id == demo->id; }));

    const auto page = awaitResult(client.listAppCodes(instanceId, demo->id, 0, 20));
    QVERIFY2(page.ok(), qPrintable(page.error().summary()));
    QCOMPARE(page.value().page.total, qint64(before));
    QCOMPARE(page.value().appCodes.size(), before);
    QCOMPARE(page.value().appCodes.first().appCode, demo->appCodes.first().appCode);

    const auto generated = awaitResult(client.createAppCode(instanceId, demo->id));
    QVERIFY2(generated.ok(), qPrintable(generated.error().summary()));
    QVERIFY(AppCodeRule::problem(generated.value().appCode).isEmpty());
    const QString value = AppCodeRule::generate();
    const auto given = awaitResult(client.createAppCode(instanceId, demo->id, value));
    QVERIFY2(given.ok(), qPrintable(given.error().summary()));
    QCOMPARE(given.value().appCode, value);
    QCOMPARE(m_app.emulator->appCodeCount(demo->id), before + 2);

    const auto shown = awaitResult(client.showAppCode(instanceId, demo->id, given.value().id));
    QVERIFY2(shown.ok(), qPrintable(shown.error().summary()));
    QCOMPARE(shown.value().appCode, value);

    const auto deleted = awaitResult(client.deleteAppCode(instanceId, demo->id, generated.value().id));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().summary()));
    QCOMPARE(m_app.emulator->appCodeCount(demo->id), before + 1);
    const auto after = awaitResult(client.listAppCodes(instanceId, demo->id, 0, 20));
    QVERIFY(after.ok());
    QCOMPARE(after.value().page.total, qint64(before + 1));
    QCOMPARE(after.value().appCodes.last().appCode, value);
}

void TestGatewayKinds::romaListsCreatesAndDeletesAppCodes()
{
    const auto client = clientOf(account(Account::Gateway::Roma, Account::AuthKind::AccessKey));
    QVERIFY(client);
    QCOMPARE(client->gateway(), ApigGateway::Roma);

    // ROMA Connect refuses a limit above 100: the instance list model's 500 goes as 100.
    const auto instances = awaitResult(client->listInstances(0, 500));
    QVERIFY2(instances.ok(), qPrintable(instances.error().summary()));
    QCOMPARE(instances.value().page.limitSent, qint64(100));
    const DemoInstance &roma = DemoData::instance().romaInstances().at(0);
    QCOMPARE(instances.value().page.total, qint64(DemoData::instance().romaInstances().size()));
    QCOMPARE(instances.value().instances.first().id, roma.id);
    QCOMPARE(instances.value().instances.first().name, roma.name); // ROMA says "name", not "instance_name"
    QCOMPARE(instances.value().instances.first().status, QStringLiteral("RUNNING"));
    QCOMPARE(count("roma:CheckRomaInstanceListV2"), 1);

    lifecycle(*client, roma.id, "iot-bridge");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(count("roma:ListAppsV2"), 1);
    QCOMPARE(count("roma:ListAppCodesV2"), 2);
    QCOMPARE(count("roma:CreateAppCodeAutoV2"), 1);
    QCOMPARE(count("roma:CreateAppCodeV2"), 1);
    QCOMPARE(count("roma:ShowDetailsOfAppCodeV2"), 1);
    QCOMPARE(count("roma:DeleteAppCodeV2"), 1);
    QCOMPARE(dedicatedCalls(), 0);
}

void TestGatewayKinds::romaReadsWhereItWorksAndResetsTheSecret()
{
    const auto client = clientOf(account(Account::Gateway::Roma, Account::AuthKind::AccessKey));
    QVERIFY(client);
    const DemoInstance &roma = DemoData::instance().romaInstances().at(0);
    const DemoApp *app = DemoData::instance().app(QStringLiteral("order-sync"));

    const auto envs = awaitResult(client->listEnvs(roma.id, 0, 50));
    QVERIFY2(envs.ok(), qPrintable(envs.error().summary()));
    QCOMPARE(count("roma:ListEnvironmentsV2"), 1);
    const auto before = awaitResult(client->showApp(roma.id, app->id));
    QVERIFY2(before.ok(), qPrintable(before.error().summary()));
    QCOMPARE(before.value().appKey, app->appKey);
    QCOMPARE(before.value().appSecret, app->appSecret);

    // Outside apic: PUT /v2/{project}/instances/{instance}/apps/{app}/secret answers {id, secret}.
    const auto reset = awaitResult(client->resetAppSecret(roma.id, app->id));
    QVERIFY2(reset.ok(), qPrintable(reset.error().summary()));
    QCOMPARE(reset.value().id, app->id);
    QVERIFY(!reset.value().appSecret.isEmpty());
    QVERIFY(reset.value().appSecret != app->appSecret);
    QCOMPARE(count("roma:ResetRomaAppSecret"), 1);
    QCOMPARE(count("apig:ResettingAppSecretV2") + count("roma:ResettingAppSecretV2"), 0);
    const auto after = awaitResult(client->showApp(roma.id, app->id));
    QVERIFY(after.ok());
    QCOMPARE(after.value().appSecret, reset.value().appSecret);

    // An answer cut short holds a secret: none of it is kept in the error.
    m_app.emulator->forceFaultFor(QStringLiteral("roma:ResetRomaAppSecret"), FaultKind::TruncatedBody, 1);
    const auto cut = awaitResult(client->resetAppSecret(roma.id, app->id));
    QVERIFY(!cut.ok());
    QVERIFY(cut.error().outcomeUnknown());
    QVERIFY(cut.error().rawBody.isEmpty());
    const auto now = awaitResult(client->showApp(roma.id, app->id));
    QVERIFY(now.ok());
    QVERIFY(now.value().appSecret != reset.value().appSecret); // it was carried out
    QVERIFY(!cut.error().details().contains(now.value().appSecret));
    QCOMPARE(count("roma:ResetRomaAppSecret"), 2); // sent once, never again
}

void TestGatewayKinds::sharedListsCreatesAndDeletesAppCodes()
{
    // A password account: v1.0 paths name no project, the token's scope does.
    const auto client = clientOf(account(Account::Gateway::Shared, Account::AuthKind::IamPassword));
    QVERIFY(client);

    // No instances: one stands for the gateway, and listing it asks nothing of the cloud.
    const auto instances = awaitResult(client->listInstances(0, 50));
    QVERIFY(instances.ok());
    QCOMPARE(instances.value().instances.size(), 1);
    QCOMPARE(instances.value().instances.first().id, QLatin1String(ApigClient::SharedGatewayInstanceId));
    QCOMPARE(instances.value().instances.first().type, QStringLiteral("shared"));
    QCOMPARE(m_app.emulator->totalRequests(), 0);

    lifecycle(*client, instances.value().instances.first().id, "legacy-website");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(count("shared:ListAppsV2"), 1);
    QCOMPARE(count("shared:ListAppCodesV2"), 2);
    QCOMPARE(count("shared:CreateAppCodeAutoV2"), 1);
    QCOMPARE(count("shared:CreateAppCodeV2"), 1);
    QCOMPARE(count("shared:ShowDetailsOfAppCodeV2"), 1);
    QCOMPARE(count("shared:DeleteAppCodeV2"), 1);
    QCOMPARE(dedicatedCalls(), 0);
    QCOMPARE(count("iam:tokens"), 1);
}

void TestGatewayKinds::sharedPagesByNumber_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("expected"); // indexes into the app's AppCodes

    // legacy-website has 3 AppCodes, and 2 more are added: 5.
    QTest::newRow("first page") << 0 << 2 << QList<int>{0, 1};
    QTest::newRow("page_no 2") << 2 << 2 << QList<int>{2, 3};
    QTest::newRow("page_no 3, the last") << 4 << 2 << QList<int>{4};
    QTest::newRow("inside a page") << 1 << 2 << QList<int>{1};
    QTest::newRow("inside page_no 2") << 3 << 2 << QList<int>{3};
    QTest::newRow("inside page_no 2 of 3") << 5 << 3 << QList<int>{};
    QTest::newRow("inside page_no 2, cut at the end") << 4 << 3 << QList<int>{4};
    QTest::newRow("past the end") << 10 << 5 << QList<int>{};
}

void TestGatewayKinds::sharedPagesByNumber()
{
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(QList<int>, expected);
    const auto client = clientOf(account(Account::Gateway::Shared, Account::AuthKind::AccessKey));
    QVERIFY(client);
    const DemoApp *app = DemoData::instance().app(QStringLiteral("legacy-website"));
    // Two more, so that there are pages to ask for.
    m_app.emulator->addAppCodes(app->id, 2);
    const QString instance = QLatin1String(ApigClient::SharedGatewayInstanceId);
    const auto all = awaitResult(client->listAppCodes(instance, app->id, 0, 500)); // the whole list, one page
    QVERIFY2(all.ok(), qPrintable(all.error().summary()));
    QCOMPARE(all.value().appCodes.size(), app->appCodes.size() + 2);
    const auto page = awaitResult(client->listAppCodes(instance, app->id, offset, limit));
    QVERIFY2(page.ok(), qPrintable(page.error().summary()));
    QCOMPARE(page.value().page.total, qint64(app->appCodes.size() + 2));
    QCOMPARE(page.value().page.offset, qint64(offset));
    QCOMPARE(page.value().page.size, int(expected.size()));
    QCOMPARE(page.value().appCodes.size(), expected.size());
    // The emulator reads only page_no/page_size on v1.0: sending offset/limit would give page one.
    for (int k = 0; k < expected.size(); ++k)
        QCOMPARE(page.value().appCodes.at(k).id, all.value().appCodes.at(expected.at(k)).id);
    QCOMPARE(count("shared:ListAppCodesV2"), 2);
}

void TestGatewayKinds::sharedRefusesUnsentWhatItDoesNotOffer()
{
    const auto client = clientOf(account(Account::Gateway::Shared, Account::AuthKind::AccessKey));
    QVERIFY(client);
    const QString instance = QLatin1String(ApigClient::SharedGatewayInstanceId);
    const QString app = DemoData::instance().app(QStringLiteral("legacy-website"))->id;
    const QList<ApiError> errors{awaitResult(client->listEnvs(instance, 0, 20)).error(),
                                 awaitResult(client->listAuthorizedApis(instance, app, {}, 0, 20)).error(),
                                 awaitResult(client->showAppAcl(instance, app)).error(),
                                 awaitResult(client->showBoundQuota(instance, app)).error(),
                                 awaitResult(client->showApp(instance, app)).error(),
                                 awaitResult(client->resetAppSecret(instance, app)).error()};
    for (const ApiError &e : errors) {
        QCOMPARE(e.kind, ApiError::Kind::Unsupported);
        QVERIFY2(e.message.contains(QStringLiteral("shared gateway")), qPrintable(e.message));
    }
    QCOMPARE(m_app.emulator->totalRequests(), 0);
}

void TestGatewayKinds::instancesOnlyUnderTheirOwnGateway()
{
    // A ROMA instance asked of the dedicated gateway, and a dedicated one asked of ROMA: APIG.3030.
    const auto dedicated = clientOf(account(Account::Gateway::Dedicated, Account::AuthKind::AccessKey));
    const auto roma = clientOf(account(Account::Gateway::Roma, Account::AuthKind::AccessKey));
    QVERIFY(dedicated && roma);
    const QString romaInstance = DemoData::instance().romaInstances().at(0).id;
    const QString prod = DemoData::instance().instances().at(0).id;
    const auto a = awaitResult(dedicated->listApps(romaInstance, 0, 20));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, QStringLiteral("APIG.3030"));
    const auto b = awaitResult(roma->listApps(prod, 0, 20));
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, QStringLiteral("APIG.3030"));
    // The dedicated list holds no ROMA instance, nor the shared gateway.
    const auto list = awaitResult(dedicated->listInstances(0, 50));
    QVERIFY(list.ok());
    QCOMPARE(list.value().page.total, qint64(DemoData::instance().instances().size()));
    for (const ApigInstance &i : list.value().instances)
        QVERIFY(i.id != romaInstance && i.id != DemoData::instance().sharedGateway().id);
    // ROMA Connect's secret is reset outside apic only.
    const QString app = DemoData::instance().app(QStringLiteral("order-sync"))->id;
    const auto reset = awaitResult(dedicated->resetAppSecret(romaInstance, app));
    QVERIFY(!reset.ok());
    QCOMPARE(reset.error().code, QStringLiteral("APIG.3030"));
}

void TestGatewayKinds::testConnectionNamesTheGateway()
{
    const Account roma = account(Account::Gateway::Roma, Account::AuthKind::AccessKey);
    const auto r = awaitResult(m_app.connections->testConnection(roma, secretsOf(roma)));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY2(r.value().startsWith(QStringLiteral("Connected: 1 ROMA Connect instance")), qPrintable(r.value()));

    const Account shared = account(Account::Gateway::Shared, Account::AuthKind::IamPassword);
    const auto s = awaitResult(m_app.connections->testConnection(shared, secretsOf(shared)));
    QVERIFY2(s.ok(), qPrintable(s.error().summary()));
    QVERIFY2(s.value().startsWith(QStringLiteral("Connected: %1 app").arg(DemoData::instance().sharedGateway().apps.size())), qPrintable(s.value()));
    QVERIFY(s.value().endsWith(QStringLiteral("on the shared gateway.")));
    QCOMPARE(count("shared:ListAppsV2"), 1); // a real call, not the stand-in instance
}

void TestGatewayKinds::gatewayKindIsSaved()
{
    const QString file = m_app.dir->filePath(QStringLiteral("gateways.conf"));
    QStringList ids;
    {
        QSettings settings(file, QSettings::IniFormat);
        AccountStore store(settings, *m_app.secrets);
        for (Account::Gateway g : {Account::Gateway::Dedicated, Account::Gateway::Roma, Account::Gateway::Shared, Account::Gateway::Shared}) {
            Account a = account(g, Account::AuthKind::AccessKey);
            store.save(a, secretsOf(a));
            ids << a.id;
        }
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        // Saved before the kinds existed: no key, the dedicated gateway. A kind from a newer
        // version: the account is left alone (not loaded), never guessed.
        settings.remove(QStringLiteral("accounts/%1/gateway").arg(ids.at(0)));
        settings.setValue(QStringLiteral("accounts/%1/gateway").arg(ids.at(2)), QStringLiteral("apig-v3"));
    }
    QSettings settings(file, QSettings::IniFormat);
    AccountStore reloaded(settings, *m_app.secrets);
    QCOMPARE(reloaded.account(ids.at(0))->gateway, Account::Gateway::Dedicated);
    QCOMPARE(reloaded.account(ids.at(1))->gateway, Account::Gateway::Roma);
    QVERIFY(!reloaded.account(ids.at(2)));
    QCOMPARE(reloaded.account(ids.at(3))->gateway, Account::Gateway::Shared);
    QCOMPARE(Account::gatewayKey(Account::Gateway::Shared), QStringLiteral("shared"));
    QCOMPARE(Account::gatewayFromKey(QStringLiteral("roma")), std::optional<Account::Gateway>(Account::Gateway::Roma));
}

QTEST_MAIN(TestGatewayKinds)
#include "tst_gatewaykinds.moc"
