// New Version on a routine with assets, in the real (offscreen) window against the emulator: a
// folder and an esa.jsonc project go the assets way (what will be sent shown first, progress
// through the build wait, the new version listed as built); a single file cannot be chosen there;
// Cancel during the build wait stops it on the wire; the version list marks the demo's failed
// build, which cannot be deployed. A routine without assets keeps the single-file way.
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/accounts/AccountPanel.h"
#include "ui/esa/NewVersionDialog.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestNewVersionAssets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void folderGoesTheAssetsWay();
    void esaJsoncProject();
    void singleFileCannotBeChosen();
    void cancelDuringTheBuildWait();
    void failedBuildIsMarkedAndNotDeployed();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    static QString pages() { return QLatin1String(DemoData::PagesFunctionRoutineName); }
    void chooseRoutine(const QString &name)
    {
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().routines()->state(), LoadState::Ready, 20000);
        browser()->selectRoutine(name);
        QTRY_COMPARE(browser()->workspace().versions()->routineName(), name);
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().versions()->state(), LoadState::Ready, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().versions()->detail().has_value()
                                         && browser()->workspace().versions()->detail()->routine.name == name, 20000);
    }
    QString write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
        f.write(bytes);
        return path;
    }
    QString checkText(NewVersionDialog *d) const { return child<QLabel>(d, "newVersionCheck")->text(); }
    QString statusText(NewVersionDialog *d) const { return child<QLabel>(d, "newVersionStatus")->text(); }
    // Opens New Version on `path`, waits for the check, creates, and waits for the end.
    NewVersionDialog *createFrom(const QString &path, const QString &description)
    {
        auto *dialog = qobject_cast<NewVersionDialog *>(browser()->newVersion(path));
        if (!dialog)
            return nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "newVersionCreate")->isEnabled(), 20000); }();
        if (!child<QPushButton>(dialog, "newVersionCreate")->isEnabled())
            return nullptr;
        dialog->setDescription(description);
        QTest::mouseClick(child<QPushButton>(dialog, "newVersionCreate"), Qt::LeftButton);
        return dialog;
    }

    WindowFixture m_app;
    QTemporaryDir m_files;
};

void TestNewVersionAssets::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestNewVersionAssets::cleanup()
{
    m_app.stop();
}

void TestNewVersionAssets::folderGoesTheAssetsWay()
{
    chooseRoutine(pages());
    QVERIFY(browser()->workspace().routineHasAssets());
    write(QStringLiteral("site/routine/index.js"), "export default { fetch() { return new Response('from a folder'); } };\n");
    write(QStringLiteral("site/assets/index.html"), "<!doctype html><title>folder</title>\n");
    write(QStringLiteral("site/assets/img/a.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>\n");
    auto *dialog = qobject_cast<NewVersionDialog *>(browser()->newVersion(m_files.filePath(QStringLiteral("site"))));
    QVERIFY(dialog);
    QVERIFY(dialog->hasAssets());
    QVERIFY(child<QPushButton>(dialog, "newVersionBrowseProject"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "newVersionCreate")->isEnabled(), 20000);
    QVERIFY2(checkText(dialog).contains(QStringLiteral("routine/index.js + 2 asset")), qPrintable(checkText(dialog)));
    dialog->setDescription(QStringLiteral("a folder from the GUI test"));
    QTest::mouseClick(child<QPushButton>(dialog, "newVersionCreate"), Qt::LeftButton);
    QVERIFY(dialog->assetsUpload());
    QVERIFY(!dialog->upload()); // never the single-file way
    QVERIFY(child<QProgressBar>(dialog, "newVersionProgress")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->assetsUpload()->isRunning(), 30000);
    QVERIFY2(dialog->assetsUpload()->outcome() == ChangeRecord::Outcome::Done, qPrintable(statusText(dialog)));
    const QString fresh = dialog->newVersion();
    QVERIFY(!fresh.isEmpty());
    QVERIFY(child<QPushButton>(dialog, "newVersionDeploy")->isVisible());
    QVERIFY(!child<QProgressBar>(dialog, "newVersionProgress")->isVisible());
    // The list shows it at once (the change read the routine back), built, made with CloudCodes.
    CodeVersionListModel *versions = browser()->workspace().versions();
    QTRY_VERIFY(versions->rowOf(fresh) >= 0);
    const int row = versions->rowOf(fresh);
    QCOMPARE(versions->index(row, CodeVersionListModel::StatusColumn).data().toString(), QStringLiteral("Available"));
    QCOMPARE(versions->index(row, CodeVersionListModel::SourceColumn).data().toString(), QStringLiteral("CloudCodes"));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineStagingCodeUploadInfo")), 0);
}

void TestNewVersionAssets::esaJsoncProject()
{
    chooseRoutine(pages());
    const QString config = write(QStringLiteral("proj/esa.jsonc"), R"({
  // as esa-cli's template writes it
  "name": "pages-api",
  "entry": "./src/index.js",
  /* the static files */
  "assets": { "directory": "./dist", "notFoundStrategy": "singlePageApplication", },
})");
    write(QStringLiteral("proj/src/index.js"), "export default { fetch() { return new Response('from esa.jsonc'); } };\n");
    write(QStringLiteral("proj/dist/index.html"), "<!doctype html><title>project</title>\n");
    write(QStringLiteral("proj/dist/app.js"), "console.log('app');\n");
    write(QStringLiteral("proj/node_modules/x/index.js"), "left out: not in the assets directory\n");
    auto *dialog = createFrom(config, QStringLiteral("an esa.jsonc from the GUI test"));
    QVERIFY(dialog);
    QVERIFY2(checkText(dialog).contains(QStringLiteral("routine/index.js + 2 asset")), qPrintable(checkText(dialog)));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->assetsUpload()->isRunning(), 30000);
    QVERIFY2(dialog->assetsUpload()->outcome() == ChangeRecord::Outcome::Done, qPrintable(statusText(dialog)));
    CodeVersionListModel *versions = browser()->workspace().versions();
    QTRY_VERIFY(versions->rowOf(dialog->newVersion()) >= 0);
    QCOMPARE(versions->version(versions->rowOf(dialog->newVersion())).notFoundStrategy, QStringLiteral("SinglePageApplication"));
}

void TestNewVersionAssets::singleFileCannotBeChosen()
{
    chooseRoutine(pages());
    const QString file = write(QStringLiteral("one/index.js"), "export default { fetch() { return new Response('one file'); } };\n");
    auto *dialog = qobject_cast<NewVersionDialog *>(browser()->newVersion(file));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(checkText(dialog).contains(QStringLiteral("not a single file")), 20000);
    QVERIFY(!child<QPushButton>(dialog, "newVersionCreate")->isEnabled());
    // The pickers offer a folder, or only esa.jsonc / esa.toml.
    QTest::mouseClick(child<QPushButton>(dialog, "newVersionBrowseProject"), Qt::LeftButton);
    auto *picker = child<QFileDialog>(dialog, "newVersionPicker");
    QVERIFY(picker);
    QCOMPARE(picker->fileMode(), QFileDialog::ExistingFile);
    QCOMPARE(picker->nameFilters(), QStringList{QStringLiteral("ESA project (esa.jsonc esa.toml)")});
    picker->reject();
    QTRY_VERIFY(!child<QFileDialog>(dialog, "newVersionPicker"));
    QTest::mouseClick(child<QPushButton>(dialog, "newVersionBrowse"), Qt::LeftButton);
    picker = child<QFileDialog>(dialog, "newVersionPicker");
    QVERIFY(picker);
    QCOMPARE(picker->fileMode(), QFileDialog::Directory);
    picker->reject();
    dialog->close();
    // A routine without assets keeps the single-file way, and takes that very file.
    chooseRoutine(QLatin1String(DemoData::FullRoutineName));
    QVERIFY(!browser()->workspace().routineHasAssets());
    auto *classic = qobject_cast<NewVersionDialog *>(browser()->newVersion(file));
    QVERIFY(classic);
    QVERIFY(!classic->hasAssets());
    QVERIFY(!child<QPushButton>(classic, "newVersionBrowseProject"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(classic, "newVersionCreate")->isEnabled(), 20000);
}

void TestNewVersionAssets::cancelDuringTheBuildWait()
{
    chooseRoutine(pages());
    m_app.emulator->forceFaultFor(QStringLiteral("GetRoutineCodeVersionInfo"), FaultKind::Stall);
    write(QStringLiteral("c/assets/index.html"), "<!doctype html><title>cancel</title>\n");
    auto *dialog = createFrom(m_files.filePath(QStringLiteral("c")), QStringLiteral("cancelled in the GUI"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->assetsUpload()->stage() == AssetsUpload::Stage::Building && m_app.emulator->inFlightCount() == 1, 20000);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog->assetsUpload()->isRunning());
    QVERIFY(dialog->isVisible()); // the first Cancel stops the upload, not the dialog
    QCOMPARE(dialog->assetsUpload()->outcome(), ChangeRecord::Outcome::Unknown);
    QVERIFY2(statusText(dialog).contains(QStringLiteral("Stopped waiting")), qPrintable(statusText(dialog)));
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->inFlightCount(), 0, 10000); // the held request was aborted by this side
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersionInfo")), 1);
    // The list reads the routine again and shows the version still building.
    const QString building = dialog->assetsUpload()->newVersion();
    CodeVersionListModel *versions = browser()->workspace().versions();
    QTRY_VERIFY_WITH_TIMEOUT(versions->rowOf(building) >= 0, 20000);
    QCOMPARE(versions->index(versions->rowOf(building), 0).data(CodeVersionListModel::BuildStateRole).toInt(), int(BuildState::Building));
    QVERIFY(!browser()->workspace().whyNoDeploy(building).isEmpty());
}

void TestNewVersionAssets::failedBuildIsMarkedAndNotDeployed()
{
    chooseRoutine(pages());
    CodeVersionListModel *versions = browser()->workspace().versions();
    int failed = -1;
    for (int row = 0; row < versions->rowCount(); ++row) {
        if (versions->index(row, 0).data(CodeVersionListModel::BuildStateRole).toInt() == int(BuildState::Failed))
            failed = row;
    }
    QVERIFY(failed >= 0); // the demo routine has one
    QVERIFY(versions->index(failed, CodeVersionListModel::StatusColumn).data().toString().startsWith(QStringLiteral("Build failed")));
    const QString version = versions->version(failed).codeVersion;
    QSignalSpy said(browser(), &RoutineBrowser::message);
    QVERIFY(!browser()->deployVersion(version));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().contains(QStringLiteral("cannot be deployed")), qPrintable(said.first().first().toString()));
}

QTEST_MAIN(TestNewVersionAssets)
#include "tst_newversionassets.moc"
