// The other Huawei gateways in the real (offscreen) window (issue #25): the demo's shared-gateway
// account has no instances to choose (one disabled entry says so) and shows its apps' AppCodes;
// its "Where it works" says, without a Retry, that the shared gateway does not offer it, and
// Reset AppSecret is not offered. The ROMA Connect account lists its instance and AppCodes.
// The account dialog shows and saves the gateway kind, for Huawei accounts only.
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountPanel.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/apig/AppContextPanel.h"
#include "ui/window/MainWindow.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppContextModel.h"
#include "app/apig/ApigAppListModel.h"
#include "app/emulator/CloudEmulator.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class TestGatewaysGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_app.start(true)); }
    void cleanup() { m_app.stop(); }
    void sharedGatewayHasNoInstances();
    void romaConnectListsItsInstance();
    void accountDialogSavesTheGateway();

private:
    AppCodeBrowser *browser() const { return m_app.window->appCodeBrowser(); }
    // Selects the account and then the app, and waits for its AppCodes.
    void open(const char *accountId, const char *appName)
    {
        m_app.window->accountPanel()->selectAccount(QLatin1String(accountId));
        const DemoApp *app = DemoData::instance().app(QLatin1String(appName));
        QVERIFY(app);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().apps()->rowOf(app->id) >= 0, 20000);
        browser()->selectApp(app->id);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>(browser(), "appCodeTable")->model()->rowCount(), int(app->appCodes.size()), 20000);
        QCOMPARE(child<QTableView>(browser(), "appCodeTable")->model()->index(0, AppCodeModel::AppCodeColumn).data(AppCodeModel::FullCodeRole).toString(),
                 app->appCodes.first().appCode);
    }

    WindowFixture m_app;
};

void TestGatewaysGui::sharedGatewayHasNoInstances()
{
    open("demo-huawei-shared", "legacy-website");
    if (QTest::currentTestFailed())
        return;
    auto *instances = child<QComboBox>(browser(), "instanceBox");
    QCOMPARE(instances->count(), 1);
    QCOMPARE(instances->currentText(), QStringLiteral("Shared gateway"));
    QVERIFY(!instances->isEnabled());
    QVERIFY(child<QLabel>(browser(), "instanceState")->text().contains(QStringLiteral("no instances")));
    QVERIFY(m_app.emulator->requestCount(QStringLiteral("shared:ListAppCodesV2")) >= 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:instances")), 0);

    // Where it works: the gateway's answer, not an error to retry; nothing was asked of the cloud.
    const int before = m_app.emulator->totalRequests();
    browser()->showContext();
    AppContextPanel *panel = browser()->contextPanel();
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().context()->state(), LoadState::Failed, 20000);
    QCOMPARE(browser()->workspace().context()->error().kind, ApiError::Kind::Unsupported);
    QVERIFY(child<QLabel>(panel, "stateMessage")->text().contains(QStringLiteral("shared gateway")));
    QVERIFY(!child<QPushButton>(panel, "retryButton")->isVisibleTo(panel));
    QVERIFY(!child<QPushButton>(panel, "appContextResetSecret")->isEnabled());
    QCOMPARE(m_app.emulator->totalRequests(), before);
}

void TestGatewaysGui::romaConnectListsItsInstance()
{
    open("demo-huawei-roma", "order-sync");
    if (QTest::currentTestFailed())
        return;
    auto *instances = child<QComboBox>(browser(), "instanceBox");
    QCOMPARE(instances->count(), DemoData::instance().romaInstances().size());
    QVERIFY(instances->isEnabled());
    const DemoInstance &roma = DemoData::instance().romaInstances().at(0);
    QCOMPARE(instances->currentText(), QStringLiteral("%1  (RUNNING, %2)").arg(roma.name, roma.spec)); // its edition is "flavor_id"
    QVERIFY(child<QLabel>(browser(), "instanceState")->text().contains(QStringLiteral("ROMA Connect")));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("roma:CheckRomaInstanceListV2")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:instances")), 0);
}

void TestGatewaysGui::accountDialogSavesTheGateway()
{
    AccountDialog huawei(Account::Cloud::Huawei, *m_app.connections);
    auto *gateway = child<QComboBox>(&huawei, "gateway");
    QVERIFY(gateway->isVisibleTo(&huawei));
    QVERIFY(!gateway->accessibleName().isEmpty());
    QCOMPARE(huawei.account().gateway, Account::Gateway::Dedicated);
    Account roma = *m_app.store->account(QStringLiteral("demo-huawei-roma"));
    huawei.setAccount(roma);
    QCOMPARE(gateway->currentData().toInt(), int(Account::Gateway::Roma));
    gateway->setCurrentIndex(gateway->findData(int(Account::Gateway::Shared)));
    QCOMPARE(huawei.account().gateway, Account::Gateway::Shared);

    AccountDialog alibaba(Account::Cloud::Alibaba, *m_app.connections);
    QVERIFY(!child<QComboBox>(&alibaba, "gateway")->isVisibleTo(&alibaba));
}

QTEST_MAIN(TestGatewaysGui)
#include "tst_gatewaysgui.moc"
