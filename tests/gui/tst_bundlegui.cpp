// Pages versions of the demo in the window (offscreen, the emulator's Functions and Pages
// routines): opening one shows its file tree; walking it opens the CSS with the CSS lexer and an
// image as an image; comparing two versions turns the diff tab into a folder compare, where a
// click opens a file's diff and F7 walks past one file's last change into the next file's first.
// A Pages function version against a single-file version compares its entry.
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/accounts/AccountPanel.h"
#include "ui/code/AnnotationMargin.h"
#include "ui/code/CodeEditor.h"
#include "ui/code/CodeView.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/FolderCompareView.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/bundle/BundleExtract.h"
#include "app/history/RoutineAnnotation.h"
#include "app/versions/BundleTreeModel.h"
#include "app/versions/Comparison.h"
#include "app/versions/FolderComparison.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {
const QString Site = QString::fromLatin1(DemoData::PagesSiteRoutineName);
const QString Api = QString::fromLatin1(DemoData::PagesFunctionRoutineName);

// The demo version of `routine` whose description starts with `description`.
QString versionOf(const QString &routine, const char *description)
{
    for (const DemoCodeVersion &v : DemoData::instance().routine(routine)->versions) {
        if (v.description.startsWith(QLatin1String(description)))
            return v.codeVersion;
    }
    return {};
}
} // namespace

class TestBundleGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openAPagesVersionAndWalkItsTree();
    void compareTwoVersionsAsFolders();
    void annotateAFileOfTheBundle();
    void compareWithAFolderAndASingleFile();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    CodeView *code() const { return browser()->codeView(); }
    void chooseRoutine(const QString &name)
    {
        QTRY_COMPARE(browser()->workspace().routines()->state(), LoadState::Ready);
        browser()->selectRoutine(name);
        QTRY_COMPARE(browser()->workspace().versions()->routineName(), name);
        QTRY_VERIFY(browser()->workspace().versions()->state() == LoadState::Ready);
    }
    void openVersion(const QString &codeVersion)
    {
        browser()->openVersion(codeVersion);
        QTRY_VERIFY_WITH_TIMEOUT(code()->hasCode() && code()->opened()->codeVersion == codeVersion, 20000);
    }

    WindowFixture m_app;
};

void TestBundleGui::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestBundleGui::cleanup()
{
    m_app.stop();
}

void TestBundleGui::openAPagesVersionAndWalkItsTree()
{
    chooseRoutine(Site);
    const QString v2 = versionOf(Site, "hero image");
    QVERIFY(!v2.isEmpty());
    openVersion(v2);
    auto *tree = child<QTreeView>(code(), "bundleTree");
    QVERIFY(tree);
    QVERIFY(tree->isVisible());
    auto *model = qobject_cast<BundleTreeModel *>(tree->model());
    QVERIFY(model);
    // An assets-only site has no entry: its first file is open.
    QCOMPARE(tree->currentIndex().data(BundleTreeModel::PathRole).toString(), code()->opened()->bundle.files().constFirst().path);

    tree->setFocus();
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/css/site.css")));
    QCOMPARE(code()->editor()->lexerName(), QStringLiteral("css"));
    QVERIFY(code()->editor()->text().contains(QLatin1Char('{')));

    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/img/hero.png")));
    auto *image = child<QLabel>(code(), "bundleImage");
    QTRY_VERIFY(image->isVisible());
    QVERIFY(!image->pixmap().isNull());
    QVERIFY(image->pixmap().width() > 16);

    // Back to a script: the JavaScript lexer again.
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/js/app.js")));
    QCOMPARE(code()->editor()->lexerName(), QStringLiteral("javascript"));

    // A Pages function: its entry first, and open.
    chooseRoutine(Api);
    openVersion(versionOf(Api, "time zones"));
    QCOMPARE(tree->currentIndex().data(BundleTreeModel::PathRole).toString(), QStringLiteral("routine/index.js"));
    QCOMPARE(code()->editor()->lexerName(), QStringLiteral("javascript"));
}

void TestBundleGui::compareTwoVersionsAsFolders()
{
    chooseRoutine(Site);
    const VersionRef v1 = browser()->workspace().refFor(versionOf(Site, "first version"));
    const VersionRef v2 = browser()->workspace().refFor(versionOf(Site, "hero image"));
    QPointer<DiffView> diffTab = m_app.window->compareVersions(v1, v2);
    QVERIFY(diffTab);
    // Once both are loaded, the tab is the folder compare.
    FolderCompareView *folders = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((folders = qobject_cast<FolderCompareView *>(m_app.window->tabs()->currentWidget())), 20000);
    QTRY_VERIFY(diffTab.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(folders->model()->state() == FolderComparison::State::Ready, 20000);
    FolderComparison *model = folders->model();
    QVERIFY(model->count(FolderCompareRow::Status::Added) >= 2); // the font and the hero image
    QVERIFY(model->count(FolderCompareRow::Status::Changed) >= 2); // the CSS and the page
    QVERIFY(model->rowOf(QStringLiteral("assets/img/logo.svg")) < 0); // unchanged: folded

    // A click opens the CSS file's diff.
    auto *list = child<QTreeView>(folders, "folderCompareList");
    const int cssRow = model->rowOf(QStringLiteral("assets/css/site.css"));
    QVERIFY(cssRow >= 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(cssRow, 0)).center());
    QCOMPARE(folders->openedFile(), QStringLiteral("assets/css/site.css"));
    DiffView *diff = folders->diffView();
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    QVERIFY(diff->diff().added > 0);

    // F7 through the CSS's changes, then on into the next file that differs.
    const int changes = int(diff->diff().changeStarts().size());
    QVERIFY(changes >= 1);
    diff->setFocus();
    for (int i = 0; i < changes; ++i)
        QTest::keyClick(diff, Qt::Key_F7);
    QCOMPARE(folders->openedFile(), QStringLiteral("assets/css/site.css"));
    QTest::keyClick(diff, Qt::Key_F7);
    const int next = model->nextChangedRow(cssRow, true);
    QVERIFY(next >= 0);
    QCOMPARE(folders->openedFile(), model->rowAt(next).path);
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    QCOMPARE(list->currentIndex().row(), next);
}

void TestBundleGui::annotateAFileOfTheBundle()
{
    chooseRoutine(Site);
    const QString first = versionOf(Site, "first version");
    // The second version: the third, a failed build, zipped the wrong folder (no assets/css/site.css),
    // so for the newest the stylesheet is new again, as git blame would say too.
    const QString second = versionOf(Site, "hero image");
    openVersion(second);
    QVERIFY(code()->showFile(QStringLiteral("assets/css/site.css")));
    browser()->annotateAction()->setChecked(true);
    AnnotationMargin *margin = code()->annotationMargin();
    QTRY_VERIFY_WITH_TIMEOUT(margin->isShown(), 30000);
    const Annotation &a = margin->annotation();
    // The stylesheet's own lines, each from the version that brought it: its first line from the first version.
    QCOMPARE(int(a.lines.size()), code()->editor()->lines() - (code()->editor()->text().endsWith(QLatin1Char('\n')) ? 1 : 0));
    QCOMPARE(a.versionOfLine(1)->codeVersion, first);
    QCOMPARE(a.versionOfLine(2)->codeVersion, second); // the @font-face block came with the font
    QCOMPARE(browser()->workspace().annotation()->file(), QStringLiteral("assets/css/site.css"));

    // The change that brought line 2 in: the folder compare first → second, the stylesheet's diff at that line.
    code()->editor()->setCursorPosition(1, 0);
    QAction *introduced = child<QAction>(code(), "introducedAction");
    QVERIFY(introduced && introduced->isEnabled());
    introduced->trigger();
    FolderCompareView *folders = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((folders = qobject_cast<FolderCompareView *>(m_app.window->tabs()->currentWidget())), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(folders->openedFile(), QStringLiteral("assets/css/site.css"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(folders->diffView()->isReady(), 20000);
    int cursorLine = -1, index = -1;
    child<CodeEditor>(folders->diffView(), "rightEditor")->getCursorPosition(&cursorLine, &index);
    int row = -1;
    for (int r = 0; r < folders->diffView()->diff().rows.size(); ++r) {
        if (folders->diffView()->diff().rows.at(r).right.lineNumber == 2)
            row = r;
    }
    QCOMPARE(cursorLine, folders->diffView()->displayLineOfRow(row));
    m_app.window->tabs()->setCurrentWidget(browser());

    // Another file of the bundle in the tree: annotated in turn.
    auto *tree = child<QTreeView>(code(), "bundleTree");
    auto *model = qobject_cast<BundleTreeModel *>(tree->model());
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/js/app.js")));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().annotation()->file() == QStringLiteral("assets/js/app.js") && margin->isShown(), 30000);
    // An image has no lines: said so.
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/img/hero.png")));
    QTRY_VERIFY_WITH_TIMEOUT(shownText(child<QLabel>(code(), "annotationText")).contains(QStringLiteral("hero.png")), 30000);
}

void TestBundleGui::compareWithAFolderAndASingleFile()
{
    chooseRoutine(Api);
    const QString newest = versionOf(Api, "time zones");
    const VersionRef ref = browser()->workspace().refFor(newest);
    // The version's files in a folder, one of them edited: the folder compare shows that one.
    const CodeBundle bundle = CodeBundle::fromZip(DemoData::instance().code(*DemoData::instance().codeVersion(Api, newest))).bundle;
    QVERIFY(!bundle.isEmpty());
    QTemporaryDir dir;
    QVERIFY(BundleExtract::extract(bundle, dir.path()).ok());
    QFile entry(dir.filePath(QStringLiteral("routine/index.js")));
    QVERIFY(entry.open(QIODevice::Append));
    entry.write("// edited here\n");
    entry.close();
    QPointer<DiffView> tab = m_app.window->compareWithFolder(ref, dir.path());
    QVERIFY(tab);
    FolderCompareView *folders = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((folders = qobject_cast<FolderCompareView *>(m_app.window->tabs()->currentWidget())), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(folders->model()->state() == FolderComparison::State::Ready, 20000);
    QCOMPARE(folders->model()->rowCount(), 1);
    QCOMPARE(folders->model()->rowAt(0).path, QStringLiteral("routine/index.js"));
    QCOMPARE(folders->model()->rowAt(0).added, 1);
    QCOMPARE(folders->openedFile(), QStringLiteral("routine/index.js"));

    // The bundle against a single-file version: the entry is compared, and the diff says so.
    chooseRoutine(QString::fromLatin1(DemoData::EdgeRoutineName));
    const VersionRef single = browser()->workspace().refFor(browser()->workspace().versions()->version(0).codeVersion);
    DiffView *diff = m_app.window->compareVersions(single, ref);
    QVERIFY(diff);
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    QCOMPARE(m_app.window->tabs()->currentWidget(), diff); // no folder compare
    QVERIFY2(diff->comparison()->note().startsWith(QStringLiteral("%1 @ %2").arg(Api, newest)), qPrintable(diff->comparison()->note()));
    QVERIFY(diff->comparison()->note().endsWith(QStringLiteral("is a bundle: its entry routine/index.js is compared.")));
    // The older goes left: here the Pages version.
    QCOMPARE(diff->left().bytes, bundle.file(QStringLiteral("routine/index.js"))->bytes);
    QVERIFY(diff->left().title.endsWith(QStringLiteral("routine/index.js (the entry)")));
    QVERIFY(child<QLabel>(diff, "diffSummary")->text().contains(QStringLiteral("routine/index.js")));
}

QTEST_MAIN(TestBundleGui)
#include "tst_bundlegui.moc"
