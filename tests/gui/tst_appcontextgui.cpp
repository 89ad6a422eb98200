// "Where it works" (issue #25) in the real (offscreen) window on the demo: data-export works
// in RELEASE only, partner-portal shows its ACL and legacy-billing its quota; the AppSecret is
// masked, revealed and copied like AppCodes (marked secret, cleared later); F5 reads it again;
// an error is shown in place with Retry; Reset AppSecret waits for the app's typed name,
// changes the secret on the gateway and journals the change without any secret.
#include "tests/support/Await.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/accounts/AccountPanel.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/apig/AppCodeTestDialog.h"
#include "ui/apig/AppContextPanel.h"
#include "ui/apig/ResetAppSecretDialog.h"
#include "ui/common/SecretClipboard.h"
#include "ui/window/MainWindow.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"
#include "app/apig/AppContextModel.h"
#include "app/apig/AppSecretReset.h"
#include "app/apig/ApigAppListModel.h"
#include "app/emulator/server/FaultPlan.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestAppContextGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_app.stop(); }
    void dataExportWorksInReleaseOnly();
    void aclAndQuotaShown();
    void errorInPlaceWithRetry();
    void oneUnreadApiLeavesTheOtherRows();
    void resetSecretGuardedAndJournaled();
    void lostResetAnswerSaysWhatHappened();
    void testCallSucceedsAndTheAclDenies();

private:
    AppCodeBrowser *browser() const { return m_app.window->appCodeBrowser(); }
    AppContextPanel *panel() const { return browser()->contextPanel(); }
    void chooseApp(const char *name)
    {
        const DemoApp *app = DemoData::instance().app(QLatin1String(name));
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().apps()->rowOf(app->id) >= 0 || [&] {
            for (const DemoInstance &i : DemoData::instance().instances()) {
                for (const DemoApp &a : i.apps) {
                    if (a.id == app->id)
                        browser()->selectInstance(i.id);
                }
            }
            return false;
        }(), 20000);
        browser()->selectApp(app->id);
        browser()->showContext();
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().context()->appId(), app->id, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(contextState() == LoadState::Ready || contextState() == LoadState::Failed, 20000);
    }
    LoadState contextState() const { return browser()->workspace().context()->state(); }
    // The app's AppSecret as the gateway has it now.
    QString secretOnGateway(const char *name) const
    {
        const DemoApp *app = DemoData::instance().app(QLatin1String(name));
        const auto shown = awaitResult(browser()->workspace().client()->showApp(browser()->workspace().instanceId(), app->id));
        return shown.ok() ? shown.value().appSecret : QString();
    }

    WindowFixture m_app;
};

void TestAppContextGui::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-huawei-aksk"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(browser(), "instanceBox")->count() > 0, 20000);
}

void TestAppContextGui::dataExportWorksInReleaseOnly()
{
    chooseApp("data-export");
    QCOMPARE(contextState(), LoadState::Ready);
    QTableView *table = child<QTableView>(panel(), "appContextTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AppContextModel::EnvColumn).data().toString(), QStringLiteral("RELEASE"));
    QCOMPARE(table->model()->index(0, AppContextModel::ApiColumn).data().toString(), QStringLiteral("get-profile"));
    QCOMPARE(table->model()->index(0, AppContextModel::MethodColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(table->model()->index(0, AppContextModel::PathColumn).data().toString(), QStringLiteral("/v1/profile/{user_id}"));
    QCOMPARE(table->model()->headerData(AppContextModel::SimpleAuthColumn, Qt::Horizontal).toString(), QStringLiteral("Simple auth"));

    // The AppKey in full, the AppSecret masked until revealed; copying it is the safe copy.
    const QString secret = secretOnGateway("data-export");
    QVERIFY(!secret.isEmpty());
    auto *secretField = child<QLineEdit>(panel(), "appContextSecret");
    QCOMPARE(secretField->text(), AppContextPanel::maskedSecret());
    QCOMPARE(child<QLineEdit>(panel(), "appContextKey")->text(), DemoData::instance().app(QStringLiteral("data-export"))->appKey);
    QTest::mouseClick(child<QPushButton>(panel(), "appContextRevealSecret"), Qt::LeftButton);
    QCOMPARE(secretField->text(), secret);
    QTest::mouseClick(child<QPushButton>(panel(), "appContextCopySecret"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(child<SecretClipboard>(m_app.window.get(), "secretClipboard")->isPending());

    // F5 reads it again; the secret is masked again for the next look.
    const int envReads = m_app.emulator->requestCount(QStringLiteral("apig:ListEnvironmentsV2"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->requestCount(QStringLiteral("apig:ListEnvironmentsV2")), envReads + 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(contextState(), LoadState::Ready, 20000);
    QCOMPARE(secretField->text(), AppContextPanel::maskedSecret());
}

void TestAppContextGui::aclAndQuotaShown()
{
    chooseApp(DemoData::AclAppName);
    QCOMPARE(child<QLabel>(panel(), "appContextAcl")->text(), QStringLiteral("Permit only: 10.0.0.0/8"));
    QCOMPARE(child<QLabel>(panel(), "appContextQuota")->text(), QStringLiteral("No credential quota"));
    chooseApp(DemoData::QuotaAppName);
    QCOMPARE(child<QLabel>(panel(), "appContextQuota")->text(), QStringLiteral("3 calls per day"));
    QCOMPARE(child<QLabel>(panel(), "appContextAcl")->text(), QStringLiteral("No ACL: any address"));
}

void TestAppContextGui::errorInPlaceWithRetry()
{
    chooseApp("data-export");
    QCOMPARE(contextState(), LoadState::Ready);
    // A garbage answer to one of the calls of the next read (the app opened first is read by now).
    m_app.emulator->forceFaultFor(QStringLiteral("apig:ShowAppBoundAppQuota"), FaultKind::InvalidJson);
    browser()->workspace().readContext();
    QTRY_COMPARE_WITH_TIMEOUT(contextState(), LoadState::Failed, 20000);
    QCOMPARE(browser()->workspace().context()->error().kind, ApiError::Kind::InvalidJson);
    auto *retry = child<QPushButton>(panel(), "retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(!child<QPushButton>(panel(), "appContextCopySecret")->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(contextState(), LoadState::Ready, 20000);
    QVERIFY(child<QTableView>(panel(), "appContextTable")->isVisible());
}

// One API's details answered with garbage: the view still shows every authorization, that one
// without method and path, and says what could not be read; F5 reads it whole again.
void TestAppContextGui::oneUnreadApiLeavesTheOtherRows()
{
    chooseApp("internal-tools");
    QCOMPARE(contextState(), LoadState::Ready);
    QTableView *table = child<QTableView>(panel(), "appContextTable");
    const int rows = table->model()->rowCount();
    QVERIFY(rows > 2);
    auto *partial = child<QLabel>(panel(), "appContextPartial");
    QVERIFY(!partial->isVisibleTo(panel()));
    auto methodsMissing = [table] {
        int n = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            n += table->model()->index(r, AppContextModel::MethodColumn).data().toString().isEmpty() ? 1 : 0;
        return n;
    };
    QCOMPARE(methodsMissing(), 0);

    m_app.emulator->forceFaultFor(QStringLiteral("apig:ShowDetailsOfApiV2"), FaultKind::InvalidJson);
    browser()->workspace().readContext();
    QTRY_COMPARE_WITH_TIMEOUT(contextState(), LoadState::Ready, 20000);
    QCOMPARE(table->model()->rowCount(), rows);
    QVERIFY(methodsMissing() >= 1);
    QVERIFY(methodsMissing() < rows);
    QVERIFY(partial->isVisibleTo(panel()));
    QVERIFY2(partial->text().contains(QStringLiteral("could not be read")), qPrintable(partial->text()));
    QCOMPARE(browser()->workspace().context()->context().unreadDetails.size(), 1);

    browser()->workspace().readContext();
    QTRY_COMPARE_WITH_TIMEOUT(contextState(), LoadState::Ready, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!partial->isVisibleTo(panel()), 20000);
    QCOMPARE(methodsMissing(), 0);
}

void TestAppContextGui::resetSecretGuardedAndJournaled()
{
    chooseApp("data-export");
    const QString before = secretOnGateway("data-export");
    QVERIFY(child<QPushButton>(panel(), "appContextResetSecret")->isEnabled());
    auto *dialog = qobject_cast<ResetAppSecretDialog *>(browser()->resetAppSecret());
    QVERIFY(dialog);
    auto *button = child<QPushButton>(dialog, "resetSecretButton");
    auto *confirm = child<QLineEdit>(dialog, "resetSecretConfirm");
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("data-expor"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("t"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<AppSecretReset>(dialog, "secretReset")->outcome() == ChangeRecord::Outcome::Done, 20000);
    QVERIFY(child<QLabel>(dialog, "resetSecretStatus")->text().contains(QStringLiteral("refused")));
    const QString after = secretOnGateway("data-export");
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 1);
    // The view reads the new one.
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().context()->context().appSecret, after, 20000);
    // Journaled, without either secret.
    const ChangeRecord record = m_app.journal->records().last();
    QCOMPARE(record.action, QStringLiteral("reset-app-secret"));
    QCOMPARE(record.outcome, ChangeRecord::Outcome::Done);
    const QByteArray json = QJsonDocument(record.toJson()).toJson();
    QVERIFY(!json.contains(before.toUtf8()));
    QVERIFY(!json.contains(after.toUtf8()));
    dialog->close();
}

// The reset is carried out and its answer lost: not sent again; the dialog says the secret did change.
void TestAppContextGui::lostResetAnswerSaysWhatHappened()
{
    chooseApp("data-export");
    const QString before = secretOnGateway("data-export");
    m_app.emulator->forceFaultFor(QStringLiteral("apig:ResettingAppSecretV2"), FaultKind::Drop);
    auto *dialog = qobject_cast<ResetAppSecretDialog *>(browser()->resetAppSecret());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "resetSecretConfirm"), QStringLiteral("data-export"));
    QTest::mouseClick(child<QPushButton>(dialog, "resetSecretButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!child<AppSecretReset>(dialog, "secretReset")->isRunning(), 20000);
    QCOMPARE(child<AppSecretReset>(dialog, "secretReset")->outcome(), ChangeRecord::Outcome::Happened);
    QVERIFY2(child<QLabel>(dialog, "resetSecretStatus")->text().contains(QStringLiteral("did change")),
             qPrintable(child<QLabel>(dialog, "resetSecretStatus")->text()));
    QVERIFY(!child<QPushButton>(dialog, "resetSecretButton")->isEnabled()); // never offered twice
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 1);
    QVERIFY(secretOnGateway("data-export") != before);
    dialog->close();
}

// The proof: from an app's "Where it works", a test call that succeeds (internal-tools)
// and one the ACL denies (partner-portal permits only 10.0.0.0/8), both on the wire.
void TestAppContextGui::testCallSucceedsAndTheAclDenies()
{
    const int before = m_app.emulator->requestCount(QStringLiteral("apig:DataPlane"));
    for (const char *appName : {"internal-tools", "partner-portal"}) {
        chooseApp(appName);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().codes()->rowCount() > 0, 20000);
        auto *open = child<QPushButton>(panel(), "appContextTest");
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        auto *dialog = browser()->findChild<AppCodeTestDialog *>(QStringLiteral("appCodeTestDialog"));
        QVERIFY(dialog);
        // get-profile, its {user_id} filled in.
        auto *api = child<QComboBox>(dialog, "testApi");
        api->setCurrentIndex(api->findText(QStringLiteral("get-profile"), Qt::MatchContains));
        child<QLineEdit>(dialog, "testPath")->setText(QStringLiteral("/v1/profile/7"));
        QSignalSpy answered(dialog, &AppCodeTestDialog::answered);
        QTest::mouseClick(child<QPushButton>(dialog, "sendTestCall"), Qt::LeftButton);
        QVERIFY(answered.wait(20000));
        const AppCodeTestResult result = answered.first().first().value<AppCodeTestResult>();
        const QString status = child<QLabel>(dialog, "testStatus")->text();
        if (QByteArray(appName) == "internal-tools") {
            QCOMPARE(result.status, 200);
            QVERIFY2(status.contains(QStringLiteral("works here")), qPrintable(status));
        } else { // partner-portal permits only 10.0.0.0/8
            QCOMPARE(result.status, 403);
            QCOMPARE(result.errorCode, QStringLiteral("APIG.0405"));
            QVERIFY2(child<QLabel>(dialog, "testExplanation")->text().contains(QStringLiteral("access control list")),
                     qPrintable(child<QLabel>(dialog, "testExplanation")->text()));
        }
        dialog->close();
        QTRY_VERIFY(!browser()->findChild<AppCodeTestDialog *>(QStringLiteral("appCodeTestDialog")));
    }
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:DataPlane")), before + 2);
}

QTEST_MAIN(TestAppContextGui)
#include "tst_appcontextgui.moc"
