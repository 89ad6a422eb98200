// Start-up (issue #16): what the first frame does not need is not there when the window is shown,
// and comes when it is wanted. Built without support/LibGit2OnMainThread.cpp: libgit2 is loaded
// here as in the app, not when the test process starts.
#include "ui/accounts/AccountPanel.h"
#include "ui/apig/AppCodeBrowser.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/changes/ChangesPanel.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/diff/LibGit2.h"
#include "app/diff/TextDiffer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
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

// The widgets of window's focus chain that take the focus, in its order.
QList<QWidget *> focusChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *w = window;
    do {
        if (w->focusPolicy() != Qt::NoFocus)
            chain.append(w);
        w = w->nextInFocusChain();
    } while (w && w != window);
    return chain;
}

QString focusChainText(QWidget *window)
{
    QStringList names;
    for (QWidget *w : focusChain(window))
        names << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') + w->objectName();
    return names.join(QStringLiteral(" > "));
}

// Whether the first widget taking the focus after the last one inside `first` is inside `second`.
bool followsInFocusChain(QWidget *window, QWidget *first, QWidget *second)
{
    const QList<QWidget *> chain = focusChain(window);
    qsizetype last = -1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (first->isAncestorOf(chain.at(i)))
            last = i;
    }
    return last >= 0 && last + 1 < chain.size() && second->isAncestorOf(chain.at(last + 1));
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
    WindowFixture m_app;
};

void StartupTest::libgit2IsNotLoadedForTheFirstFrame()
{
    QVERIFY(!libgit2InProcess()); // the test executable does not link it either
    QVERIFY(m_app.start(/*demoAccounts=*/true));
    QVERIFY(!libgit2InProcess());
    // Choosing an account and listing its routines and versions need no libgit2 either.
    m_app.window->accountPanel()->selectAccount(m_app.store->accounts().constFirst().id);
    QTRY_VERIFY(m_app.window->findChild<QAbstractItemView *>(QStringLiteral("routineView"))->model()->rowCount() > 0);
    QVERIFY(!libgit2InProcess());
    m_app.stop();
}

void StartupTest::appCodesAndChangesAreBuiltWhenFirstShown()
{
    QVERIFY(m_app.start(/*demoAccounts=*/false));
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

    // The tab shown: the browser is built in its place, in view (with the focus, and no other tab
    // shown on the way), and its own actions are in the menus.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    child<QLineEdit>(window.routineBrowser(), "routineSearch")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(window.routineBrowser(), "routineSearch"));
    QList<int> shownTabs;
    connect(tabs, &QTabWidget::currentChanged, this, [&shownTabs](int index) { shownTabs.append(index); });
    tabs->setCurrentIndex(1);
    auto *browser = window.findChild<AppCodeBrowser *>();
    QVERIFY(browser);
    QCOMPARE(tabs->currentWidget(), browser);
    for (int index : std::as_const(shownTabs))
        QCOMPARE(index, 1);
    QVERIFY(QApplication::focusWidget() && browser->isAncestorOf(QApplication::focusWidget()));
    // In the focus chain right after the routines, as when it was built with the window.
    QVERIFY2(followsInFocusChain(&window, window.routineBrowser(), browser), qPrintable(focusChainText(&window)));
    QCOMPARE(window.appCodeBrowser(), browser);
    QCOMPARE(menuAction(QStringLiteral("&Reveal AppCodes")), browser->revealAction());
    QCOMPARE(menuAction(QStringLiteral("Export All AppCodes as CSV…")), browser->exportAction());

    child<QDockWidget>(&window, "ChangesDock")->show();
    QTRY_VERIFY(window.findChild<ChangesPanel *>());
    QCOMPARE(child<QDockWidget>(&window, "ChangesDock")->widget(), window.findChild<ChangesPanel *>());
    QVERIFY2(followsInFocusChain(&window, browser, window.findChild<ChangesPanel *>()), qPrintable(focusChainText(&window)));
    m_app.stop();
}

void StartupTest::backgroundLoadBringsLibgit2()
{
    QVERIFY(!libgit2InProcess());
    {
        LibGit2::BackgroundLoad load;
        load.start();
    } // the destructor waits for the thread, which loaded it: nothing here asked for it
    QVERIFY(libgit2InProcess());
    const LibGit2::Functions *git = LibGit2::functions();
    QVERIFY2(git, qPrintable(LibGit2::loadError()));
    QVERIFY(LibGit2::loadError().isEmpty());
    QVERIFY(git->diff_buffers && git->repository_open_ext && git->tag_delete);
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
