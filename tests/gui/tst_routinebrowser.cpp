// The routine browser in a real (offscreen) window on the demo accounts: pick the 40-version
// routine, open a version and see exactly the emulator's code; the NoSuchKey version shows its
// notice; rapid switching shows only the last choice; a cached reopen makes no request; binary
// code is shown as hex; keyboard: Enter opens, Ctrl+F focuses the search.
#include "ui/code/CodeEditor.h"
#include "ui/code/CodeView.h"
#include "ui/common/CopyableLabel.h"
#include "ui/diff/DiffView.h"
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "tests/support/Await.h"
#include "app/versions/OpenCodeVersion.h"
#include "ui/common/LoadStatePanel.h"
#include "ui/window/MainWindow.h"
#include "ui/esa/RoutineBrowser.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/esa/VersionSearchDialog.h"
#include "app/accounts/AccountConnections.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/net/HttpTransport.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTabWidget>
#include <QTreeWidget>
#include <memory>

class TestRoutineBrowser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openVersionShowsTheExactCode();
    void noSuchKeyVersionShowsNotice();
    void rapidSwitchingShowsTheLastChoice();
    void cachedReopenMakesNoRequest();
    void binaryShownAsHex();
    void keyboard();
    void errorShownWithRetry();
    void findInAllVersionsOpensAtLine();
    void compareTwoSelectedVersions();
    void findAndTabFromTheStart();
    void menusShowTheirShortcuts();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    void chooseRoutine(const QString &name)
    {
        QTRY_COMPARE(browser()->workspace().routines()->state(), LoadState::Ready);
        browser()->selectRoutine(name);
        QTRY_COMPARE(browser()->workspace().versions()->routineName(), name);
        QTRY_VERIFY(browser()->workspace().versions()->state() == LoadState::Ready);
    }
    QString versionAt(int index) const { return DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName))->versions.at(index).codeVersion; }

    WindowFixture m_app;
};

void TestRoutineBrowser::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestRoutineBrowser::cleanup()
{
    m_app.stop();
}

void TestRoutineBrowser::openVersionShowsTheExactCode()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(browser()->workspace().versions()->rowCount(), 40);
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    const DemoCodeVersion &v = demo->versions.at(20);
    browser()->openVersion(v.codeVersion);
    CodeView *code = browser()->codeView();
    QTRY_VERIFY_WITH_TIMEOUT(code->hasCode(), 20000);
    // Byte for byte what the emulator holds.
    QCOMPARE(code->editor()->text().toUtf8(), DemoData::instance().code(v));
    QCOMPARE(code->opened()->code.bytes, DemoData::instance().code(v));
    QCOMPARE(code->editor()->lexerName(), QStringLiteral("javascript"));
    QVERIFY(child<CopyableLabel>(code, "headerVersion")->value().contains(v.codeVersion));
    QVERIFY(child<CopyableLabel>(code, "headerSha256")->value().contains(QString::fromLatin1(code->opened()->code.sha256)));
    // edge-gateway is a routine with assets whose versions the demo cloud answers with the entry
    // script alone (one of the two possible answers): the view says so, and nothing else.
    QCOMPARE(shownText(child<QLabel>(code, "codeNotice")),
             QStringLiteral("This routine has assets, but the service sent only the entry script of this version: its asset files are not shown."));
}

void TestRoutineBrowser::noSuchKeyVersionShowsNotice()
{
    chooseRoutine(QLatin1String(DemoData::MissingCodeRoutineName));
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::MissingCodeRoutineName));
    browser()->openVersion(demo->versions.last().codeVersion);
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    const QString notice = shownText(child<QLabel>(browser()->codeView(), "codeNotice"));
    QVERIFY2(notice.contains(QStringLiteral("missing (NoSuchKey)")), qPrintable(notice));
    // The raw document is still there to read.
    QVERIFY(browser()->codeView()->editor()->text().contains(QStringLiteral("<Code>NoSuchKey</Code>")));
}

void TestRoutineBrowser::rapidSwitchingShowsTheLastChoice()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    FaultPlan slow;
    slow.latencyMs = 200;
    m_app.emulator->setFaultPlan(slow);
    for (int i = 0; i < 5; ++i)
        browser()->openVersion(versionAt(30 + i));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    const DemoCodeVersion &last = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName))->versions.at(34);
    QCOMPARE(browser()->codeView()->opened()->codeVersion, last.codeVersion);
    // A full round trip later the view still shows the last choice (no late answer replaced it).
    QVERIFY(awaitResult(m_app.repository->open(browser()->workspace().versions()->client(), QStringLiteral("probe"),
                                               QLatin1String(DemoData::EdgeRoutineName), versionAt(2)))
                    .ok());
    QCoreApplication::processEvents();
    QCOMPARE(browser()->codeView()->opened()->codeVersion, last.codeVersion);
    QCOMPARE(browser()->codeView()->editor()->text().toUtf8(), DemoData::instance().code(last));
}

void TestRoutineBrowser::cachedReopenMakesNoRequest()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    browser()->openVersion(versionAt(3));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode() && browser()->codeView()->opened()->codeVersion == versionAt(3), 20000);
    browser()->openVersion(versionAt(4));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode() && browser()->codeView()->opened()->codeVersion == versionAt(4), 20000);
    const int requests = m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion"));
    QCOMPARE(requests, 2);
    browser()->openVersion(versionAt(3));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode() && browser()->codeView()->opened()->codeVersion == versionAt(3), 20000);
    QVERIFY(browser()->codeView()->opened()->fromCache);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), requests);
}

void TestRoutineBrowser::binaryShownAsHex()
{
    chooseRoutine(QStringLiteral("wasm-filter"));
    const DemoRoutine *demo = DemoData::instance().routine(QStringLiteral("wasm-filter"));
    browser()->openVersion(demo->versions.last().codeVersion);
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    auto *hex = browser()->codeView()->findChild<QPlainTextEdit *>(QStringLiteral("hexView"));
    QVERIFY(hex->isVisible());
    QVERIFY(hex->toPlainText().startsWith(QStringLiteral("00000000  00 61 73 6d")));
    QVERIFY(shownText(child<QLabel>(browser()->codeView(), "codeNotice")).contains(QStringLiteral("WebAssembly")));
}

void TestRoutineBrowser::keyboard()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QTreeView *versions = child<QTreeView>(browser(), "versionView");
    versions->setFocus();
    versions->setCurrentIndex(browser()->workspace().versions()->index(0, 0));
    QTest::keyClick(versions, Qt::Key_Down);
    QCOMPARE(versions->currentIndex().row(), 1);
    QVERIFY(!browser()->codeView()->hasCode()); // not at once: the cursor may move on
    // After a short pause the code view shows the version under the cursor, like a preview.
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    QCOMPARE(browser()->codeView()->opened()->codeVersion, browser()->workspace().versions()->version(1).codeVersion);
    // Enter opens at once.
    QTest::keyClick(versions, Qt::Key_Down);
    QTest::keyClick(versions, Qt::Key_Return);
    QCOMPARE(browser()->workspace().opener()->current().codeVersion, browser()->workspace().versions()->version(2).codeVersion);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->codeView()->opened()->codeVersion, browser()->workspace().versions()->version(2).codeVersion, 20000);
    QTest::keyClick(versions, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(child<QLineEdit>(browser(), "routineSearch")->hasFocus());
    // Ctrl+F inside the code finds in the code.
    browser()->codeView()->editor()->setFocus();
    QTest::keyClick(browser()->codeView()->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(browser()->codeView()->findChild<QLineEdit *>(QStringLiteral("findText"))->hasFocus());
}

void TestRoutineBrowser::errorShownWithRetry()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    m_app.emulator->forceFault(FaultKind::InvalidJson);
    browser()->openVersion(versionAt(7));
    auto *state = browser()->codeView()->findChild<QLabel *>(QStringLiteral("codeState"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("could not be opened")), 20000);
    auto *retry = browser()->codeView()->findChild<QPushButton *>(QStringLiteral("codeRetry"));
    QVERIFY(retry->isVisible());
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    QCOMPARE(browser()->codeView()->opened()->codeVersion, versionAt(7));
}

void TestRoutineBrowser::findInAllVersionsOpensAtLine()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    browser()->findInAllVersions();
    auto *dialog = browser()->findChild<VersionSearchDialog *>();
    QVERIFY(dialog);
    dialog->startSearch(QStringLiteral("__edge/info"));
    QTRY_VERIFY_WITH_TIMEOUT(!child<VersionSearch>(dialog, "search")->isRunning(), 30000);
    QVERIFY(child<QLabel>(dialog, "searchStatus")->text().contains(QStringLiteral("oldest version")));
    auto *results = child<QTreeWidget>(dialog, "searchResults");
    QTreeWidgetItem *first = results->topLevelItem(0);
    QVERIFY(first);
    QTreeWidgetItem *line = first->child(0);
    emit results->itemActivated(line, 0);
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    int cursorLine = -1, index = -1;
    browser()->codeView()->editor()->getCursorPosition(&cursorLine, &index);
    QCOMPARE(browser()->codeView()->opened()->codeVersion, first->data(0, Qt::UserRole).toString());
    QVERIFY(browser()->codeView()->editor()->selectedText().contains(QStringLiteral("__edge/info")) || cursorLine + 1 == line->data(0, Qt::UserRole + 1).toInt());
}

void TestRoutineBrowser::compareTwoSelectedVersions()
{
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QTreeView *versions = child<QTreeView>(browser(), "versionView");
    versions->selectionModel()->select(browser()->workspace().versions()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    versions->selectionModel()->select(browser()->workspace().versions()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int tabsBefore = m_app.window->tabs()->count();
    versions->setFocus();
    QTest::keyClick(versions, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_app.window->tabs()->count(), tabsBefore + 1);
    auto *diff = qobject_cast<DiffView *>(m_app.window->tabs()->currentWidget());
    QVERIFY(diff);
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    // Older on the left: row 4 is older (the list is newest first).
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(diff->left().bytes, DemoData::instance().code(demo->versions.at(35)));
    QCOMPARE(diff->right().bytes, DemoData::instance().code(demo->versions.at(36)));
    QVERIFY(!diff->diff().hunks.isEmpty());
    diff->copyPatch();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("@@ -")));
}

void TestRoutineBrowser::findAndTabFromTheStart()
{
    // Right after start the focus is in the account list, outside the tab: Ctrl+F still finds.
    QWidget *tree = m_app.window->accountPanel()->findChild<QWidget *>(QStringLiteral("accountTree"));
    QVERIFY(tree);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(child<QLineEdit>(browser(), "routineSearch")->hasFocus());
    // Tab: accounts → search → routines → versions → code (each once it shows something).
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    browser()->openVersion(versionAt(6));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode(), 20000);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QList<QWidget *> seen;
    for (int i = 0; i < 12 && seen.size() < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        for (QWidget *w : {static_cast<QWidget *>(child<QLineEdit>(browser(), "routineSearch")), static_cast<QWidget *>(child<QTreeView>(browser(), "routineView")),
                           static_cast<QWidget *>(child<QTreeView>(browser(), "versionView")), static_cast<QWidget *>(browser()->codeView()->editor())}) {
            if (now == w && !seen.contains(w))
                seen << w;
        }
    }
    QCOMPARE(seen, (QList<QWidget *>{child<QLineEdit>(browser(), "routineSearch"), child<QTreeView>(browser(), "routineView"), child<QTreeView>(browser(), "versionView"),
                                     browser()->codeView()->editor()}));
    // In the code, Ctrl+F finds in the code; in the AppCodes tab it searches the apps.
    browser()->codeView()->editor()->setFocus();
    QTest::keyClick(browser()->codeView()->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(browser()->codeView()->findChild<QLineEdit *>(QStringLiteral("findText"))->hasFocus());
    m_app.window->tabs()->setCurrentWidget(m_app.window->appCodeBrowser());
    QTest::keyClick(m_app.window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_app.window->appCodeBrowser()->findChild<QLineEdit *>(QStringLiteral("appSearch"))->hasFocus());
}

void TestRoutineBrowser::menusShowTheirShortcuts()
{
    // What the shortcuts table lists is in the menus, and each menu entry with a key shows it.
    QStringList shown;
    const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else if (!a->shortcut().isEmpty())
                shown << a->shortcut().toString();
            else if (a->text().contains(QLatin1Char('\t')))
                shown << a->text().section(QLatin1Char('\t'), 1);
        }
    };
    for (QAction *top : m_app.window->menuBar()->actions())
        walk(top->menu());
    for (const char *key : {"Ctrl+F", "Ctrl+G", "Ctrl+Shift+F", "Ctrl+Shift+R", "Ctrl+Q", "F1", "Ctrl+Shift+A"})
        QVERIFY2(shown.contains(QLatin1String(key)), qPrintable(QStringLiteral("%1 not in the menus: %2").arg(QLatin1String(key), shown.join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestRoutineBrowser)
#include "tst_routinebrowser.moc"
