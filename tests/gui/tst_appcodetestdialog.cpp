// The Test AppCode dialog (ui/apig/AppCodeTestDialog) against the demo cloud's data plane: the
// path's {parameters} must be filled before Send; a call that succeeds shows 200 and the
// backend's answer; one the app's ACL denies shows 403 APIG.0405 explained in the gateway's
// terms; Stop (and Esc) abandon a call on its way, on the wire; the AppCode is never shown in full.
#include "ui/apig/AppCodeTestDialog.h"
#include "tests/support/Widgets.h"
#include "app/apig/AppCodeModel.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/net/HttpTransport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <memory>

namespace {
const DemoInstance &prod() { return DemoData::instance().instances().at(0); }
const DemoApp &app(const char *name) { return *DemoData::instance().app(QLatin1String(name)); }

AppCode firstCode(const char *appName)
{
    const DemoApp &a = app(appName);
    AppCode c;
    c.appCode = a.appCodes.first().appCode;
    c.id = a.appCodes.first().id;
    c.appId = a.id;
    return c;
}

TestableApi getProfile()
{
    TestableApi api;
    for (const DemoApiGroup &g : prod().groups) {
        if (g.name == QLatin1String(DemoData::MobileGroupName)) {
            api.domain = g.slDomain;
            api.groupName = g.name;
        }
    }
    api.id = QStringLiteral("get-profile-id");
    api.name = QStringLiteral("get-profile");
    api.method = "GET";
    api.path = QStringLiteral("/v1/profile/{user_id}");
    api.environments = {QStringLiteral("RELEASE")};
    return api;
}
} // namespace

class TestAppCodeTestDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parametersMustBeFilled();
    void successAndAclDenial();
    void stopAbandonsTheCallOnTheWire();
    void nothingToTest();

private:
    AppCodeTestDialog *dialog(const QList<AppCode> &codes, const QList<TestableApi> &apis)
    {
        auto send = [this](AppCodeTestTarget t) {
            t.connectTo = QUrl(m_emulator->baseUrl());
            return AppCodeTestCall::send(*m_transport, t);
        };
        m_dialog = std::make_unique<AppCodeTestDialog>(codes, apis, send);
        m_dialog->show();
        return m_dialog.get();
    }
    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<AppCodeTestDialog> m_dialog;
};

void TestAppCodeTestDialog::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback() > 0);
    m_transport = std::make_unique<HttpTransport>(NetworkSettings());
}

void TestAppCodeTestDialog::cleanup()
{
    m_dialog.reset();
    m_transport.reset();
    m_emulator.reset();
}

void TestAppCodeTestDialog::parametersMustBeFilled()
{
    AppCodeTestDialog *d = dialog({firstCode(DemoData::ContextAppName)}, {getProfile()});
    auto *send = child<QPushButton>(d, "sendTestCall");
    auto *path = child<QLineEdit>(d, "testPath");
    QCOMPARE(path->text(), QStringLiteral("/v1/profile/{user_id}"));
    QVERIFY(!send->isEnabled());
    QVERIFY(child<QLabel>(d, "testProblem")->text().contains(QStringLiteral("{user_id}")));
    path->setText(QStringLiteral("/v1/profile/42"));
    QVERIFY(send->isEnabled());
    QVERIFY(child<QLabel>(d, "testProblem")->text().isEmpty());
    // The AppCode is offered masked, never in full.
    const QString shown = child<QComboBox>(d, "testAppCode")->currentText();
    QCOMPARE(shown, AppCodeModel::mask(firstCode(DemoData::ContextAppName).appCode));
    QVERIFY(!shown.contains(firstCode(DemoData::ContextAppName).appCode));
}

void TestAppCodeTestDialog::successAndAclDenial()
{
    AppCodeTestDialog *d = dialog({firstCode(DemoData::ContextAppName), firstCode(DemoData::AclAppName)}, {getProfile()});
    child<QLineEdit>(d, "testPath")->setText(QStringLiteral("/v1/profile/42"));
    QSignalSpy answered(d, &AppCodeTestDialog::answered);
    d->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(d));
    QTest::keyClick(d->focusWidget() ? d->focusWidget() : d, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(answered.wait(5000));
    auto *status = child<QLabel>(d, "testStatus");
    QVERIFY2(status->text().contains(QStringLiteral("200")), qPrintable(status->text()));
    QVERIFY(child<QPlainTextEdit>(d, "testAnswer")->toPlainText().contains(QStringLiteral("/v1/profile/42")));
    QVERIFY(child<QTreeWidget>(d, "testHeaders")->topLevelItemCount() > 0);
    QVERIFY(!child<QLabel>(d, "testExplanation")->isVisible());

    // partner-portal's ACL lets in only 10.0.0.0/8: this machine is refused.
    d->selectAppCode(firstCode(DemoData::AclAppName).id);
    child<QPushButton>(d, "sendTestCall")->click();
    QVERIFY(answered.wait(5000));
    QVERIFY2(status->text().contains(QStringLiteral("403")) && status->text().contains(QStringLiteral("APIG.0405")), qPrintable(status->text()));
    auto *explanation = child<QLabel>(d, "testExplanation");
    QVERIFY(explanation->isVisible());
    QVERIFY2(explanation->text().contains(QStringLiteral("access control list")), qPrintable(explanation->text()));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 2);
}

void TestAppCodeTestDialog::stopAbandonsTheCallOnTheWire()
{
    FaultPlan slow;
    slow.latencyMs = 3000;
    m_emulator->setFaultPlan(slow);
    AppCodeTestDialog *d = dialog({firstCode(DemoData::ContextAppName)}, {getProfile()});
    child<QLineEdit>(d, "testPath")->setText(QStringLiteral("/v1/profile/42"));
    child<QPushButton>(d, "sendTestCall")->click();
    QVERIFY(d->isSending());
    QVERIFY(!child<QPushButton>(d, "sendTestCall")->isEnabled());
    QTRY_COMPARE(m_emulator->requestCount(QStringLiteral("apig:DataPlane")), 1);
    QTest::keyClick(d, Qt::Key_Escape); // stops, does not close
    QVERIFY(!d->isSending());
    QVERIFY(d->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->abandonedCount(), 1, 2000);
    QCOMPARE(m_emulator->answeredCount(), 0);
    QVERIFY(child<QLabel>(d, "testStatus")->text().contains(QStringLiteral("Stopped")));
    QTest::keyClick(d, Qt::Key_Escape); // now it closes
    QVERIFY(!d->isVisible());
}

void TestAppCodeTestDialog::nothingToTest()
{
    AppCodeTestDialog *d = dialog({}, {getProfile()});
    QVERIFY(!child<QPushButton>(d, "sendTestCall")->isEnabled());
    QVERIFY(child<QLabel>(d, "testProblem")->text().contains(QStringLiteral("no AppCode")));
    m_dialog.reset();
    d = dialog({firstCode(DemoData::ContextAppName)}, {});
    QVERIFY(!child<QPushButton>(d, "sendTestCall")->isEnabled());
    QVERIFY(child<QLabel>(d, "testProblem")->text().contains(QStringLiteral("no API")));
}

QTEST_MAIN(TestAppCodeTestDialog)
#include "tst_appcodetestdialog.moc"
