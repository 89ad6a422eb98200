// A Functions and Pages bundle in the widgets (offscreen): the code view shows its file tree with
// the entry first and the entry open; moving in the tree opens each file with its own lexer (CSS
// with the CSS lexer), images as images (PNG and SVG), a font as hex; find works in the file
// shown; Ctrl+Shift+E focuses the tree; the file chosen is remembered per version. The folder
// compare of two bundles lists added, removed and changed files with line counts, folds the
// unchanged ones, opens a file's diff on a click, and F7 walks past a file's last change to the
// first change of the next file. A bundle against a single file compares its entry.
#include "ui/code/CodeEditor.h"
#include "ui/code/CodeView.h"
#include "ui/common/CopyableLabel.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/FolderCompareView.h"
#include "tests/support/Widgets.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/versions/BundleFileContent.h"
#include "app/versions/BundleTreeModel.h"
#include "app/versions/Comparison.h"
#include "app/versions/FolderComparison.h"
#include "app/versions/VersionSearch.h"

#include <QBuffer>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {
QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(0x20, 0x80, 0xd0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray Svg = QByteArrayLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"><rect width=\"40\" height=\"30\" fill=\"red\"/></svg>\n");
const QByteArray Font = QByteArray("wOF2\0\1\0\0", 8) + QByteArray(64, '\0');

QByteArray lines(int from, int to, const char *word)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += QByteArray(word) + ' ' + QByteArray::number(i) + '\n';
    return out;
}

// A single-page site: the entry, CSS, JS, HTML, images and a font.
QList<CodeBundle::File> site(int variant)
{
    QList<CodeBundle::File> files;
    files.append({QStringLiteral("routine/index.js"),
                  QByteArrayLiteral("export default {\n  async fetch(request) {\n    return new Response('v") + QByteArray::number(variant)
                          + QByteArrayLiteral("');\n  },\n};\n")});
    files.append({QStringLiteral("assets/index.html"), QByteArrayLiteral("<!doctype html>\n<html><body><h1>Hello</h1></body></html>\n")});
    files.append({QStringLiteral("assets/css/site.css"),
                  variant == 1 ? QByteArrayLiteral("body {\n  color: black;\n}\n")
                               : QByteArrayLiteral("body {\n  color: navy;\n  margin: 0;\n}\n")});
    files.append({QStringLiteral("assets/js/app.js"), variant == 1 ? lines(1, 30, "let a") : lines(1, 10, "let a") + "changed();\n" + lines(11, 30, "let a")
                                                                                                          + "tail();\n"});
    files.append({QStringLiteral("assets/img/logo.png"), png(12, 8)});
    files.append({QStringLiteral("assets/img/mark.svg"), Svg});
    files.append({QStringLiteral("assets/fonts/site.woff2"), Font});
    if (variant == 1)
        files.append({QStringLiteral("assets/old.txt"), QByteArrayLiteral("gone\n")});
    else
        files.append({QStringLiteral("assets/new.txt"), QByteArrayLiteral("new\nfile\n")});
    return files;
}

CodeBundle bundle(int variant)
{
    const CodeBundle::Read read = CodeBundle::fromFiles(site(variant));
    Q_ASSERT(read.ok());
    return read.bundle;
}

OpenedCodeVersion opened(int variant)
{
    OpenedCodeVersion v;
    v.accountId = QStringLiteral("acct");
    v.routine = QStringLiteral("pages-site");
    v.codeVersion = QStringLiteral("17000000000000000%1").arg(variant);
    v.createTime = QDateTime::fromSecsSinceEpoch(1700000000 + variant * 86400, Qt::UTC);
    v.code = RoutineCodeDecoder::fromBytes(bundle(variant).toZip());
    v.readBundle();
    return v;
}

DiffInput side(int variant)
{
    return Comparison::inputFrom(opened(variant));
}
} // namespace

class TestBundleView : public QObject
{
    Q_OBJECT

private slots:
    void fileContentByName();
    void treeListsTheEntryFirst();
    void codeViewShowsTheEntryAndTheTree();
    void eachFileWithItsOwnView();
    void findWorksInTheFileShown();
    void shortcutFocusesTheTree();
    void chosenFileIsRemembered();
    void extractWritesTheFilesAndNeverOverwrites();
    void searchFindsInsideTheBundleAndNamesTheFile();
    void folderCompareRows();
    void folderCompareOpensDiffsAndWalksAcrossFiles();
    void bundleAgainstSingleFileComparesTheEntry();
    void entryAloneSaysSo();
    void zipFileAndFolderAreBundles();

private:
    static CodeEditor *editor(CodeView &view) { return view.editor(); }
    static QStackedWidget *pages(CodeView &view) { return view.findChild<QStackedWidget *>(); }
};

void TestBundleView::fileContentByName()
{
    QCOMPARE(BundleFileContent::lexerForPath(QStringLiteral("assets/css/site.css")), QStringLiteral("css"));
    QCOMPARE(BundleFileContent::lexerForPath(QStringLiteral("routine/index.ts")), QStringLiteral("javascript"));
    QCOMPARE(BundleFileContent::lexerForPath(QStringLiteral("README.md")), QStringLiteral("markdown"));
    QCOMPARE(BundleFileContent::lexerForPath(QStringLiteral("Makefile")), QString());
    QCOMPARE(BundleFileContent::of({QStringLiteral("a/logo.PNG"), png(2, 2)}).show, BundleFileContent::Show::Image);
    QCOMPARE(BundleFileContent::of({QStringLiteral("f.woff2"), Font}).show, BundleFileContent::Show::Hex);
    const BundleFileContent css = BundleFileContent::of({QStringLiteral("s.css"), QByteArrayLiteral("a { b: c }\n")});
    QCOMPARE(css.show, BundleFileContent::Show::Code);
    QCOMPARE(css.lexer, QStringLiteral("css"));
    // An unknown name: the bytes decide (the decoder's kind).
    QCOMPARE(BundleFileContent::of({QStringLiteral("data"), QByteArrayLiteral("{\"a\": 1}")}).lexer, QStringLiteral("json"));
}

void TestBundleView::treeListsTheEntryFirst()
{
    BundleTreeModel model;
    model.setBundle(bundle(1));
    QVERIFY(model.rowCount() >= 2);
    // The entry's folder first, the entry first in it.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("routine"));
    const QModelIndex entry = model.index(0, 0, model.index(0, 0));
    QCOMPARE(entry.data(BundleTreeModel::PathRole).toString(), QStringLiteral("routine/index.js"));
    QVERIFY(entry.data(BundleTreeModel::IsEntryRole).toBool());
    QCOMPARE(model.indexOf(QStringLiteral("assets/css/site.css")).data(BundleTreeModel::PathRole).toString(), QStringLiteral("assets/css/site.css"));
    QCOMPARE(model.parent(model.indexOf(QStringLiteral("assets/css/site.css"))).data().toString(), QStringLiteral("css"));
    QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
}

void TestBundleView::codeViewShowsTheEntryAndTheTree()
{
    CodeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *tree = child<QTreeView>(&view, "bundleTree");
    QVERIFY(tree);
    QVERIFY(!tree->isVisible()); // not for a single file
    view.showCode(opened(1));
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->currentIndex().data(BundleTreeModel::PathRole).toString(), QStringLiteral("routine/index.js"));
    QVERIFY(editor(view)->text().contains(QStringLiteral("new Response('v1')")));
    QCOMPARE(editor(view)->lexerName(), QStringLiteral("javascript"));
    QVERIFY(shownText(child<QLabel>(&view, "codeNotice")).startsWith(QStringLiteral("routine/index.js")));
    QVERIFY(child<CopyableLabel>(&view, "headerKind")->text().contains(QStringLiteral("bundle")));
}

void TestBundleView::eachFileWithItsOwnView()
{
    CodeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showCode(opened(1));
    auto *tree = child<QTreeView>(&view, "bundleTree");
    auto *model = qobject_cast<BundleTreeModel *>(tree->model());
    QVERIFY(model);
    tree->setFocus();
    // Moving the cursor opens the file under it.
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/css/site.css")));
    QCOMPARE(editor(view)->lexerName(), QStringLiteral("css"));
    QCOMPARE(editor(view)->text(), QStringLiteral("body {\n  color: black;\n}\n"));
    QCOMPARE(pages(view)->currentWidget(), editor(view));

    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/img/logo.png")));
    auto *image = child<QLabel>(&view, "bundleImage");
    QVERIFY(image);
    QTRY_VERIFY(image->isVisible());
    QCOMPARE(image->pixmap().size(), QSize(12, 8));

    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/img/mark.svg")));
    QCOMPARE(image->pixmap().size(), QSize(40, 30));
    QVERIFY(image->isVisible());

    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/fonts/site.woff2")));
    auto *hex = child<QPlainTextEdit>(&view, "hexView");
    QVERIFY(hex->isVisible());
    QVERIFY(hex->toPlainText().startsWith(QStringLiteral("00000000")));

    // The keyboard: Up goes back to the file before it in the tree.
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/index.html")));
    QCOMPARE(editor(view)->lexerName(), QStringLiteral("html"));
    QTest::keyClick(tree, Qt::Key_Up); // the folder "js" above or app.js: whatever is a file opens
    const QString above = tree->currentIndex().data(BundleTreeModel::PathRole).toString();
    if (!above.isEmpty())
        QVERIFY(editor(view)->text().startsWith(QStringLiteral("let a 1")));
}

void TestBundleView::findWorksInTheFileShown()
{
    CodeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showCode(opened(2));
    auto *tree = child<QTreeView>(&view, "bundleTree");
    auto *model = qobject_cast<BundleTreeModel *>(tree->model());
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/css/site.css")));
    view.find(QStringLiteral("margin"));
    QCOMPARE(editor(view)->selectedText(), QStringLiteral("margin"));
    int line = -1, index = -1;
    editor(view)->getCursorPosition(&line, &index);
    QCOMPARE(line, 2);
    view.goToLine(4);
    editor(view)->getCursorPosition(&line, &index);
    QCOMPARE(line, 3);
}

void TestBundleView::shortcutFocusesTheTree()
{
    CodeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.showCode(opened(1));
    editor(view)->setFocus();
    QTRY_VERIFY(editor(view)->hasFocus());
    QTest::keyClick(editor(view), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(child<QTreeView>(&view, "bundleTree")->hasFocus());
}

void TestBundleView::chosenFileIsRemembered()
{
    CodeView view;
    view.show();
    view.showCode(opened(1));
    auto *tree = child<QTreeView>(&view, "bundleTree");
    auto *model = qobject_cast<BundleTreeModel *>(tree->model());
    tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/css/site.css")));
    view.showCode(opened(2)); // another version: its entry
    QCOMPARE(tree->currentIndex().data(BundleTreeModel::PathRole).toString(), QStringLiteral("routine/index.js"));
    view.showCode(opened(1)); // back: the file chosen in it
    QCOMPARE(tree->currentIndex().data(BundleTreeModel::PathRole).toString(), QStringLiteral("assets/css/site.css"));
    QCOMPARE(editor(view)->lexerName(), QStringLiteral("css"));
}

void TestBundleView::extractWritesTheFilesAndNeverOverwrites()
{
    CodeView view;
    view.show();
    view.showCode(opened(1));
    QSignalSpy messages(&view, &CodeView::message);
    QTemporaryDir dir;
    view.extractBundle(dir.path());
    QTRY_VERIFY(!messages.isEmpty() && messages.last().first().toString().startsWith(QStringLiteral("Extracted 8 file")));
    QFile css(dir.filePath(QStringLiteral("assets/css/site.css")));
    QVERIFY(css.open(QIODevice::ReadOnly));
    QCOMPARE(css.readAll(), bundle(1).file(QStringLiteral("assets/css/site.css"))->bytes);
    css.close();
    // Again into the same folder: refused, nothing overwritten, and said so.
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("mine");
    css.close();
    messages.clear();
    view.extractBundle(dir.path());
    QTRY_VERIFY(!messages.isEmpty() && messages.last().first().toString().startsWith(QStringLiteral("Nothing was extracted")));
    QTRY_VERIFY(view.findChild<QMessageBox *>(QStringLiteral("extractFailed")));
    QVERIFY(css.open(QIODevice::ReadOnly));
    QCOMPARE(css.readAll(), QByteArrayLiteral("mine"));
}

void TestBundleView::searchFindsInsideTheBundleAndNamesTheFile()
{
    const QList<VersionMatch> matches = VersionSearch::findMatches(opened(2), QRegularExpression(QStringLiteral("margin|changed")));
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).file, QStringLiteral("assets/css/site.css")); // in CodeBundle's order (the entry has none)
    QCOMPARE(matches.at(0).line, 3);
    QCOMPARE(matches.at(1).file, QStringLiteral("assets/js/app.js"));
    QCOMPARE(matches.at(1).line, 11);
    // Binary files are not searched: the PNG's header has "IHDR", the font "wOF2".
    QVERIFY(VersionSearch::findMatches(opened(2), QRegularExpression(QStringLiteral("IHDR|wOF2"))).isEmpty());
    // A single-file version: no file named.
    OpenedCodeVersion single = opened(1);
    single.code = RoutineCodeDecoder::fromBytes(QByteArrayLiteral("let margin = 1;\n"));
    single.bundle = {};
    const QList<VersionMatch> plain = VersionSearch::findMatches(single, QRegularExpression(QStringLiteral("margin")));
    QCOMPARE(plain.size(), 1);
    QVERIFY(plain.first().file.isEmpty());

    // The code view opens a named file.
    CodeView view;
    view.show();
    view.showCode(opened(2));
    QVERIFY(view.showFile(QStringLiteral("assets/js/app.js")));
    QCOMPARE(editor(view)->lexerName(), QStringLiteral("javascript"));
    QVERIFY(editor(view)->text().contains(QStringLiteral("changed();")));
    QVERIFY(!view.showFile(QStringLiteral("no/such/file")));
}

void TestBundleView::entryAloneSaysSo()
{
    // The service may answer a version with assets with its entry script alone (unknown which):
    // it shows as one file, and the view says the assets are not there rather than hiding it.
    CodeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    OpenedCodeVersion entryOnly = opened(1);
    entryOnly.code = RoutineCodeDecoder::fromBytes(bundle(1).files().first().bytes);
    entryOnly.readBundle();
    QVERIFY(!entryOnly.isBundle());
    view.showCode(entryOnly, true);
    QVERIFY(!child<QTreeView>(&view, "bundleTree")->isVisible());
    QVERIFY(editor(view)->text().contains(QStringLiteral("new Response('v1')")));
    QVERIFY2(shownText(child<QLabel>(&view, "codeNotice")).contains(QStringLiteral("only the entry script")),
             qPrintable(shownText(child<QLabel>(&view, "codeNotice"))));
    // A routine without assets: nothing to say.
    view.showCode(entryOnly, false);
    QVERIFY(!shownText(child<QLabel>(&view, "codeNotice")).contains(QStringLiteral("entry script")));
    // A bundle: its tree, no such notice.
    view.showCode(opened(1), true);
    QVERIFY(child<QTreeView>(&view, "bundleTree")->isVisible());
    QVERIFY(!shownText(child<QLabel>(&view, "codeNotice")).contains(QStringLiteral("only the entry script")));
}

void TestBundleView::folderCompareRows()
{
    const QList<FolderCompareRow> rows = FolderComparison::rowsOf(bundle(1), bundle(2), {});
    QCOMPARE(rows.size(), 9); // 8 in the newer, and the one only the older has
    QCOMPARE(rows.first().path, QStringLiteral("routine/index.js"));
    const auto find = [&rows](const char *path) {
        for (const FolderCompareRow &r : rows) {
            if (r.path == QLatin1String(path))
                return r;
        }
        return FolderCompareRow{};
    };
    QCOMPARE(find("assets/css/site.css").status, FolderCompareRow::Status::Changed);
    QCOMPARE(find("assets/css/site.css").added, 2);
    QCOMPARE(find("assets/css/site.css").removed, 1);
    QCOMPARE(find("assets/js/app.js").added, 2);
    QCOMPARE(find("assets/js/app.js").removed, 0);
    QCOMPARE(find("assets/new.txt").status, FolderCompareRow::Status::Added);
    QCOMPARE(find("assets/new.txt").added, 2);
    QCOMPARE(find("assets/old.txt").status, FolderCompareRow::Status::Removed);
    QCOMPARE(find("assets/img/logo.png").status, FolderCompareRow::Status::Same);
    QCOMPARE(find("assets/index.html").status, FolderCompareRow::Status::Same);
}

void TestBundleView::folderCompareOpensDiffsAndWalksAcrossFiles()
{
    FolderCompareView view(side(1), side(2));
    QSignalSpy ready(&view, &FolderCompareView::ready); // the rows are computed on the pool
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!ready.isEmpty() || ready.wait(20000));
    auto *list = child<QTreeView>(&view, "folderCompareList");
    FolderComparison *model = view.model();
    // Changed, added and removed: 5 rows; the 4 unchanged folded away until asked for.
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(child<QLabel>(&view, "folderCompareSummary")->text().contains(QStringLiteral("4 unchanged (hidden)")));
    child<QCheckBox>(&view, "folderCompareShowSame")->setChecked(true);
    QCOMPARE(model->rowCount(), 9);
    child<QCheckBox>(&view, "folderCompareShowSame")->setChecked(false);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(0, FolderComparison::LinesColumn).data().toString(), QStringLiteral("+1 −1"));

    // The first file that differs is open; a click opens another.
    QCOMPARE(view.openedFile(), QStringLiteral("routine/index.js"));
    DiffView *diff = view.diffView();
    QTRY_VERIFY(diff->isReady());
    const int cssRow = model->rowOf(QStringLiteral("assets/css/site.css"));
    QVERIFY(cssRow >= 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(cssRow, 0)).center());
    QCOMPARE(view.openedFile(), QStringLiteral("assets/css/site.css"));
    QTRY_VERIFY(diff->isReady());
    QCOMPARE(diff->right().bytes, bundle(2).file(QStringLiteral("assets/css/site.css"))->bytes);
    QCOMPARE(child<CodeEditor>(diff, "rightEditor")->lexerName(), QStringLiteral("css"));

    // F7: css has one change; the next F7 goes to the first change of the next changed file (app.js, two changes).
    diff->setFocus();
    QTest::keyClick(diff, Qt::Key_F7);
    QCOMPARE(view.openedFile(), QStringLiteral("assets/css/site.css"));
    QTest::keyClick(diff, Qt::Key_F7);
    QCOMPARE(view.openedFile(), QStringLiteral("assets/js/app.js"));
    QTRY_VERIFY(diff->isReady());
    const QList<int> starts = diff->diff().changeStarts();
    QCOMPARE(starts.size(), 2);
    int line = -1, index = -1;
    child<CodeEditor>(diff, "rightEditor")->getCursorPosition(&line, &index);
    QCOMPARE(line, diff->displayLineOfRow(starts.first()));
    // Shift+F7 at the first change of app.js: back to css's last change.
    QTest::keyClick(diff, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view.openedFile(), QStringLiteral("assets/css/site.css"));
    QTRY_VERIFY(diff->isReady());
    QCOMPARE(list->currentIndex().row(), cssRow);
}

void TestBundleView::bundleAgainstSingleFileComparesTheEntry()
{
    const ApiResult<DiffInput> entry = Comparison::entryOf(side(2));
    QVERIFY(entry.ok());
    QCOMPARE(entry.value().bytes, bundle(2).file(QStringLiteral("routine/index.js"))->bytes);
    QVERIFY(entry.value().title.contains(QStringLiteral("routine/index.js")));
    QVERIFY(!entry.value().isBundle);
    // No entry: a clear error, no crash.
    DiffInput noEntry = side(1);
    noEntry.bundle = CodeBundle::fromFiles({{QStringLiteral("assets/a.css"), QByteArrayLiteral("a{}")}}).bundle;
    QVERIFY(!Comparison::entryOf(noEntry).ok());
}

void TestBundleView::zipFileAndFolderAreBundles()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("site.zip"));
    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.write(bundle(1).toZip());
    zip.close();
    const ApiResult<DiffInput> fromZip = Comparison::readFile(zipPath);
    QVERIFY(fromZip.ok());
    QVERIFY(fromZip.value().isBundle);
    QCOMPARE(fromZip.value().bundle.count(), 8);

    const QString folder = dir.filePath(QStringLiteral("site"));
    for (const CodeBundle::File &f : site(2)) {
        QVERIFY(QDir().mkpath(QFileInfo(folder + QLatin1Char('/') + f.path).path()));
        QFile out(folder + QLatin1Char('/') + f.path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f.bytes);
    }
    const ApiResult<DiffInput> fromFolder = Comparison::readFolder(folder);
    QVERIFY(fromFolder.ok());
    QVERIFY(fromFolder.value().isBundle);
    QCOMPARE(fromFolder.value().bundle.entryPath(), QStringLiteral("routine/index.js"));
    QVERIFY(!Comparison::readFolder(dir.filePath(QStringLiteral("missing"))).ok());
}

QTEST_MAIN(TestBundleView)
#include "tst_bundleview.moc"
