// Release management in the real (offscreen) window against the emulator, as a user goes through
// it: deploy a version to staging, a canary in production (typing the routine's name), promote
// it, roll back, delete old versions, upload a new one (a folder into a routine with assets; a
// file into a full routine without, making room)
// — each through its dialog, each journaled in the Changes dock. And none of it is offered for
// an account that does not allow changes.
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "tests/support/Await.h"
#include "ui/changes/ChangesPanel.h"
#include "ui/esa/DeleteVersionsDialog.h"
#include "ui/esa/DeployDialog.h"
#include "ui/diff/DiffView.h"
#include "ui/esa/NewVersionDialog.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/changes/ChangeJournal.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/versions/Comparison.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

class TestReleaseGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wholeSequence();
    void fullRoutineMakesRoom();
    void deployFromTheRightSideOfADiff();
    void readOnlyAccountOffersNoChange();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    void chooseRoutine(const QString &name)
    {
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().routines()->state(), LoadState::Ready, 20000);
        browser()->selectRoutine(name);
        QTRY_COMPARE(browser()->workspace().versions()->routineName(), name);
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().versions()->state(), LoadState::Ready, 20000);
    }
    const RoutineEnvironment *env(const QString &name) const
    {
        return browser()->workspace().versions()->detail() ? browser()->workspace().versions()->detail()->environment(name) : nullptr;
    }
    QString version(int row) const { return browser()->workspace().versions()->version(row).codeVersion; }
    void selectRows(const QList<int> &rows)
    {
        QTreeView *v = child<QTreeView>(browser(), "versionView");
        v->selectionModel()->clearSelection();
        for (int r : rows)
            v->selectionModel()->select(browser()->workspace().versions()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    // Deploys through the dialog as a user does, and waits for its end.
    void runDeploy(DeployDialog *dialog, bool production)
    {
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->diffView()->isVisible() || dialog->diffView()->isReady(), 20000);
        auto *deployButton = child<QPushButton>(dialog, "deployButton");
        if (production) {
            QVERIFY(!deployButton->isEnabled()); // not before the routine's name is typed
            QTest::keyClicks(child<QLineEdit>(dialog, "deployConfirm"), browser()->workspace().versions()->routineName());
        }
        QVERIFY(deployButton->isEnabled());
        QTest::mouseClick(deployButton, Qt::LeftButton);
        QVERIFY(child<Deployment>(dialog, "deployment"));
        QTRY_VERIFY_WITH_TIMEOUT(!child<Deployment>(dialog, "deployment")->isRunning(), 20000);
        QVERIFY2(child<Deployment>(dialog, "deployment")->outcome() == ChangeRecord::Outcome::Done, qPrintable(child<QLabel>(dialog, "deployStatus")->text()));
    }

    WindowFixture m_app;
    QTemporaryDir m_files;
};

void TestReleaseGui::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestReleaseGui::cleanup()
{
    m_app.stop();
}

void TestReleaseGui::wholeSequence()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QVERIFY(child<QPushButton>(browser(), "deployVersion")->isVisible());
    const QString stable = env(QStringLiteral("production"))->mainVersion();
    const QString canary = env(QStringLiteral("production"))->canaryVersion();
    QVERIFY(!canary.isEmpty());

    // 1. Deploy an older version to staging, from the button above the list.
    selectRows({5});
    const QString five = version(5);
    QVERIFY(child<QPushButton>(browser(), "deployVersion")->isEnabled());
    QTest::mouseClick(child<QPushButton>(browser(), "deployVersion"), Qt::LeftButton);
    auto *deploy = browser()->findChild<DeployDialog *>();
    QVERIFY(deploy);
    QCOMPARE(child<DeployReview>(deploy, "review")->env(), QStringLiteral("staging"));
    QVERIFY(deploy->diffView()->isVisible()); // staging runs something: the diff is against it
    // Where it goes live: staging through its IPs, production on the routine's custom domain and route.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(deploy, "deployGoesLive")->text().contains(QStringLiteral("203.0.113.10 gw.example.com")), 20000);
    child<QRadioButton>(deploy, "envProduction")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(deploy, "deployGoesLive")->text().contains(QStringLiteral("Custom domains: gw.example.com")), 20000);
    QVERIFY(child<QLabel>(deploy, "deployGoesLive")->text().contains(QStringLiteral("www-gateway")));
    child<QRadioButton>(deploy, "envStaging")->click();
    QCOMPARE(child<DeployReview>(deploy, "review")->env(), QStringLiteral("staging"));
    QCOMPARE(child<DeployReview>(deploy, "review")->plan().losingVersion(), env(QStringLiteral("staging"))->mainVersion());
    QTRY_VERIFY_WITH_TIMEOUT(deploy->diffView()->isReady(), 20000);
    QCOMPARE(deploy->diffView()->right().bytes, DemoData::instance().code(DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName))->versions.at(34)));
    runDeploy(deploy, false);
    deploy->close();
    QTRY_VERIFY(env(QStringLiteral("staging")) && env(QStringLiteral("staging"))->mainVersion() == five);
    QVERIFY(browser()->workspace().versions()->badges(5).contains(QStringLiteral("staging")));

    // 2. Promote the running canary (one click opens the prefilled dialog).
    auto *promote = qobject_cast<DeployDialog *>(browser()->promoteCanary());
    QVERIFY(promote);
    QCOMPARE(child<DeployReview>(promote, "review")->env(), QStringLiteral("production"));
    QCOMPARE(child<DeployReview>(promote, "review")->plan().losingVersion(), stable); // the diff: what loses traffic → the canary
    QCOMPARE(child<DeployReview>(promote, "review")->plan().planned().size(), 1);
    QCOMPARE(child<DeployReview>(promote, "review")->plan().planned().first().codeVersion, canary);
    runDeploy(promote, true);
    promote->close();
    QTRY_VERIFY(env(QStringLiteral("production"))->versions.size() == 1 && env(QStringLiteral("production"))->mainVersion() == canary);

    // 3. A canary of an older version at 25 %, with the spin box.
    const int row = browser()->workspace().versions()->rowOf(stable);
    selectRows({row});
    auto *c = qobject_cast<DeployDialog *>(browser()->deployVersion(stable));
    QVERIFY(c);
    c->findChild<QRadioButton *>(QStringLiteral("envProduction"))->setChecked(true);
    c->findChild<QRadioButton *>(QStringLiteral("trafficCanary"))->setChecked(true);
    c->findChild<QSpinBox *>(QStringLiteral("canaryPercent"))->setValue(25);
    QVERIFY(child<DeployReview>(c, "review")->isCanary());
    QCOMPARE(child<DeployReview>(c, "review")->plan().losingVersion(), canary);
    QCOMPARE(child<DeployReview>(c, "review")->actionKey(), QStringLiteral("canary"));
    runDeploy(c, true);
    c->close();
    QTRY_VERIFY(env(QStringLiteral("production"))->isCanary());
    QCOMPARE(env(QStringLiteral("production"))->percentageOf(stable), 25);
    QCOMPARE(env(QStringLiteral("production"))->percentageOf(canary), 75);

    // 4. Roll production back to an old version.
    const QString old = version(20);
    auto *rollback = qobject_cast<DeployDialog *>(browser()->rollBackTo(old));
    QVERIFY(rollback);
    QCOMPARE(child<DeployReview>(rollback, "review")->actionKey(), QStringLiteral("rollback"));
    QCOMPARE(child<DeployReview>(rollback, "review")->env(), QStringLiteral("production"));
    runDeploy(rollback, true);
    rollback->close();
    QTRY_VERIFY(env(QStringLiteral("production"))->mainVersion() == old && !env(QStringLiteral("production"))->isCanary());

    // 5. Delete two old versions (multi-select, Delete…).
    const int count = browser()->workspace().versions()->rowCount();
    const QString oldest = version(count - 1), nextOldest = version(count - 2);
    selectRows({count - 1, count - 2});
    QTest::mouseClick(child<QPushButton>(browser(), "deleteVersions"), Qt::LeftButton);
    auto *del = browser()->findChild<DeleteVersionsDialog *>();
    QVERIFY(del);
    QCOMPARE(child<QTreeWidget>(del, "deleteList")->topLevelItemCount(), 2);
    QVERIFY(child<QPushButton>(del, "deleteButton")->isEnabled());
    QVERIFY(child<QPushButton>(del, "deleteButton")->text().contains(QLatin1Char('2'))); // both can go
    QTest::mouseClick(child<QPushButton>(del, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<VersionDeletion>(del, "deletion") && !child<VersionDeletion>(del, "deletion")->isRunning(), 20000);
    QCOMPARE(child<VersionDeletion>(del, "deletion")->deleted(), (QStringList{oldest, nextOldest}));
    del->close();
    QTRY_COMPARE(browser()->workspace().versions()->rowCount(), count - 2);
    QCOMPARE(browser()->workspace().versions()->rowOf(oldest), -1);

    // 6. A new version: edge-gateway is a routine with assets (HasAssets), so from a folder, the
    // assets way; it is selected and opened, and staging is offered.
    QVERIFY(browser()->workspace().routineHasAssets());
    QDir().mkpath(m_files.filePath(QStringLiteral("upload/routine")));
    QFile f(m_files.filePath(QStringLiteral("upload/routine/index.js")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("export default {\n  async fetch(request) {\n    return new Response('uploaded from the GUI test');\n  }\n};\n");
    f.close();
    auto *upload = qobject_cast<NewVersionDialog *>(browser()->newVersion(m_files.filePath(QStringLiteral("upload"))));
    QVERIFY(upload);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(upload, "newVersionCreate")->isEnabled(), 10000); // the folder is checked
    QVERIFY2(child<QLabel>(upload, "newVersionCheck")->text().contains(QStringLiteral("routine/index.js")),
             qPrintable(child<QLabel>(upload, "newVersionCheck")->text()));
    upload->setDescription(QStringLiteral("uploaded from the GUI test"));
    QTest::mouseClick(child<QPushButton>(upload, "newVersionCreate"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(upload->assetsUpload() && !upload->assetsUpload()->isRunning(), 20000);
    QCOMPARE(upload->assetsUpload()->outcome(), ChangeRecord::Outcome::Done);
    const QString fresh = upload->newVersion();
    QTRY_COMPARE(browser()->workspace().versions()->version(0).codeVersion, fresh);
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().opener()->isShowing(browser()->workspace().refFor(fresh)), 20000);
    QVERIFY(child<QPushButton>(upload, "newVersionDeploy")->isVisible());
    QTest::mouseClick(child<QPushButton>(upload, "newVersionDeploy"), Qt::LeftButton);
    auto *toStaging = browser()->findChild<DeployDialog *>();
    QVERIFY(toStaging);
    QCOMPARE(child<DeployReview>(toStaging, "review")->env(), QStringLiteral("staging"));
    QCOMPARE(child<DeployReview>(toStaging, "review")->plan().planned().first().codeVersion, fresh);
    toStaging->close();

    // Every change is in the journal and the Changes dock shows them.
    QStringList actions;
    for (const ChangeRecord &r : m_app.journal->records())
        actions << r.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("deploy"), QStringLiteral("promote"), QStringLiteral("canary"), QStringLiteral("rollback"),
                                   QStringLiteral("delete-version"), QStringLiteral("delete-version"), QStringLiteral("upload")}));
    QVERIFY(child<QDockWidget>(m_app.window.get(), "ChangesDock")->isVisible());
    const QString csv = m_files.filePath(QStringLiteral("changes.csv"));
    QVERIFY(child<QDockWidget>(m_app.window.get(), "ChangesDock")->findChild<ChangesPanel *>()->exportCsv(csv));
    QVERIFY(QFile::exists(csv));
}

void TestReleaseGui::fullRoutineMakesRoom()
{
    chooseRoutine(QLatin1String(DemoData::FullRoutineName));
    const int count = browser()->workspace().versions()->rowCount();
    const QString file = m_files.filePath(QStringLiteral("room.js"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("export default { fetch() { return new Response('room'); } };\n");
    f.close();
    auto *upload = qobject_cast<NewVersionDialog *>(browser()->newVersion(file));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(upload, "newVersionCreate")->isEnabled(), 10000); // the file is checked
    QTest::mouseClick(child<QPushButton>(upload, "newVersionCreate"), Qt::LeftButton);
    auto *makeRoom = child<QPushButton>(upload, "newVersionMakeRoom");
    QTRY_VERIFY2_WITH_TIMEOUT(makeRoom->isVisible(),
                              qPrintable(child<QLabel>(upload, "newVersionStatus")->text() + QStringLiteral(" / ")
                                         + child<QLabel>(upload, "newVersionCheck")->text()),
                              20000);
    auto *roomList = child<QTreeWidget>(upload, "newVersionRoom");
    QVERIFY(roomList->topLevelItemCount() >= 1);
    QCOMPARE(roomList->topLevelItem(0)->checkState(0), Qt::Checked); // the oldest, named and ticked
    const QString doomed = roomList->topLevelItem(0)->text(0);
    QCOMPARE(doomed, version(count - 1));
    QTest::mouseClick(makeRoom, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!upload->upload()->newVersion().isEmpty() && !upload->upload()->isRunning(), 20000);
    QTRY_COMPARE(browser()->workspace().versions()->rowCount(), count);
    QCOMPARE(browser()->workspace().versions()->rowOf(doomed), -1);
    QVERIFY(browser()->workspace().versions()->rowOf(upload->upload()->newVersion()) >= 0);
}

void TestReleaseGui::deployFromTheRightSideOfADiff()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    DiffView *diff = m_app.window->compareVersions(browser()->workspace().refFor(version(3)), browser()->workspace().refFor(version(2)));
    QVERIFY(diff);
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    auto *deployRight = child<QToolButton>(diff, "diffDeployRight");
    QVERIFY(deployRight->isVisible());
    QVERIFY(!child<QToolButton>(diff, "diffNewVersion")->isVisible());
    QTest::mouseClick(deployRight, Qt::LeftButton);
    auto *deploy = browser()->findChild<DeployDialog *>();
    QVERIFY(deploy);
    QCOMPARE(child<DeployReview>(deploy, "review")->plan().planned().first().codeVersion, version(2)); // the newer, on the right
    deploy->close();
}

void TestReleaseGui::readOnlyAccountOffersNoChange()
{
    // A saved (not demo) account is read-only until the user allows changes.
    Account a;
    a.id = QStringLiteral("read-only");
    a.displayName = QStringLiteral("Read only");
    a.cloud = Account::Cloud::Alibaba;
    a.authKind = Account::AuthKind::AccessKey;
    a.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    a.endpoint = QUrl(m_app.emulator->baseUrl());
    bool saved = false;
    m_app.store->save(a, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}}, [&saved](bool, const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    QVERIFY(!m_app.store->account(a.id)->allowChanges);
    m_app.window->accountPanel()->selectAccount(a.id);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().accountId(), a.id, 20000);
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QVERIFY(!browser()->workspace().changesAllowed());
    QVERIFY(!child<QPushButton>(browser(), "deployVersion")->isVisible());
    QVERIFY(!child<QPushButton>(browser(), "newVersion")->isVisible());
    QVERIFY(!browser()->deployVersion(version(3)));
    QVERIFY(!browser()->newVersion());
    QVERIFY(!browser()->deleteVersions({version(3)}));
    QVERIFY(!browser()->promoteCanary());
    DiffView *diff = m_app.window->compareVersions(browser()->workspace().refFor(version(3)), browser()->workspace().refFor(version(2)));
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    QVERIFY(!child<QToolButton>(diff, "diffDeployRight")->isVisible());
    for (const char *write : {"CreateRoutineCodeDeployment", "DeleteRoutineCodeVersion", "GetRoutineStagingCodeUploadInfo", "CommitRoutineStagingCode"})
        QCOMPARE(m_app.emulator->requestCount(QLatin1String(write)), 0);
}

QTEST_MAIN(TestReleaseGui)
#include "tst_releasegui.moc"
