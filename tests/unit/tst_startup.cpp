// Start-up (issue #16): what the first frame does not need is not there when the window is shown,
// and comes when it is wanted. Built without support/LibGit2OnMainThread.cpp: libgit2 is loaded
// here as in the app, not when the test process starts.
#include "AccountPanel.h"
#include "AppCodeBrowser.h"
#include "AppFixture.h"
#include "ChangesPanel.h"
#include "diff/LibGit2.h"
#include "diff/TextDiffer.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

#include <dlfcn.h>

namespace {

bool libgit2InProcess()
{
    void *handle = dlopen("libgit2.so." LIBGIT2_SOVERSION, RTLD_LAZY | RTLD_NOLOAD);
    if (handle)
        dlclose(handle);
    return handle != nullptr;
}

} // namespace

class StartupTest : public QObject
{
    Q_OBJECT

private slots:
    void libgit2IsNotLoadedForTheFirstFrame();
    void appCodesAndChangesAreBuiltWhenFirstShown();
    void backgroundLoadBringsLibgit2();
    void missingLibgit2IsAClearError();

private:
    AppFixture m_app;
};

void StartupTest::libgit2IsNotLoadedForTheFirstFrame()
{
    QVERIFY(!libgit2InProcess()); // the test executable does not link it either
    QVERIFY(m_app.start(/*demoAccounts=*/true, /*withWindow=*/true));
    QVERIFY(!libgit2InProcess());
    // Choosing an account and listing its routines and versions need no libgit2 either.
    m_app.window->accountPanel()->selectAccount(m_app.store->accounts().constFirst().id);
    QTRY_VERIFY(m_app.window->findChild<QAbstractItemView *>(QStringLiteral("routineView"))->model()->rowCount() > 0);
    QVERIFY(!libgit2InProcess());
    m_app.stop();
}

void StartupTest::appCodesAndChangesAreBuiltWhenFirstShown()
{
    QVERIFY(m_app.start(/*demoAccounts=*/false, /*withWindow=*/true));
    MainWindow &window = *m_app.window;
    QVERIFY(!window.findChild<AppCodeBrowser *>());
    QVERIFY(!window.findChild<ChangesPanel *>());
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("AppCodes"));
    // Their menu entries are there from the start, disabled until the AppCodes are.
    const auto menuAction = [&window](const QString &text) -> QAction * {
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            for (QAction *a : menu->actions()) {
                if (a->text() == text)
                    return a;
            }
        }
        return nullptr;
    };
    QAction *reveal = menuAction(QStringLiteral("&Reveal AppCodes"));
    QVERIFY(reveal && !reveal->isEnabled());
    QCOMPARE(reveal->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QVERIFY(menuAction(QStringLiteral("Export All AppCodes as CSV…")));

    // The tab shown: the browser is built in its place, in view, and its own actions are in the menus.
    tabs->setCurrentIndex(1);
    auto *browser = window.findChild<AppCodeBrowser *>();
    QVERIFY(browser);
    QCOMPARE(tabs->currentWidget(), browser);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->indexOf(browser), 1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("AppCodes"));
    QVERIFY(browser->isVisible());
    QCOMPARE(window.appCodeBrowser(), browser);
    QCOMPARE(menuAction(QStringLiteral("&Reveal AppCodes")), browser->revealAction());
    QCOMPARE(menuAction(QStringLiteral("Export All AppCodes as CSV…")), browser->exportAction());

    window.changesDock()->show();
    QTRY_VERIFY(window.findChild<ChangesPanel *>());
    QCOMPARE(window.changesDock()->widget(), window.findChild<ChangesPanel *>());
    m_app.stop();
}

void StartupTest::backgroundLoadBringsLibgit2()
{
    {
        LibGit2::BackgroundLoad load;
        load.start();
        // functions() waits for the loading thread rather than loading a second time.
        const LibGit2::Functions *git = LibGit2::functions();
        QVERIFY2(git, qPrintable(LibGit2::loadError()));
        QVERIFY(LibGit2::loadError().isEmpty());
        QVERIFY(git->diff_buffers && git->repository_open_ext && git->tag_delete);
    } // the destructor waits for the thread
    QVERIFY(libgit2InProcess());
    const TextDiff diff = TextDiffer::diff("a\nb\n", "a\nc\n");
    QVERIFY(diff.error.isEmpty());
    QCOMPARE(diff.hunks.size(), 1);
    QCOMPARE(TextDiffer::libgit2Version(), QStringLiteral(LIBGIT2_VERSION));
}

void StartupTest::missingLibgit2IsAClearError()
{
    QString error;
    QVERIFY(!LibGit2::load(QStringLiteral("cloudcodes-no-such-library"), QStringLiteral("1.5"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("libgit2 1.5 could not be loaded: ")), qPrintable(error));
    // A library that loads but is not libgit2: the first function it lacks is named.
    error.clear();
    QVERIFY(!LibGit2::load(QStringLiteral("z"), QStringLiteral("1"), &error));
    QVERIFY2(error.contains(QStringLiteral("has no git_libgit2_init")), qPrintable(error));
}

QTEST_MAIN(StartupTest)
#include "tst_startup.moc"
