// The history in the window (offscreen, demo accounts): Annotate (Ctrl+Shift+A) gives the code
// view a margin that names, for every line, the version the pure Annotator says introduced it;
// a line continuing a run shows only the colour; hovering shows the whole description; a click
// on a line's margin (or Ctrl+Shift+I on it) opens the diff previous → introducing version with
// that very line under the cursor on the right; progress and Cancel while the versions load (the
// downloads aborted); another version opened while on is annotated in turn; off removes the
// margin; a binary version has nothing to annotate. Export History as Git Repository writes the
// 40 commits and says so, and Cancel in its dialog stops it.
#include "ui/code/AnnotationMargin.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Await.h"
#include "tests/support/Widgets.h"
#include "ui/code/CodeEditor.h"
#include "ui/code/CodeView.h"
#include "ui/diff/DiffView.h"
#include "ui/accounts/AccountPanel.h"
#include "tests/support/GitRun.h"
#include "ui/history/HistoryExportDialog.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/versions/Comparison.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/history/Annotator.h"
#include "app/history/LineMatcher.h"
#include "app/history/RoutineAnnotation.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

namespace {
const QString Edge = QString::fromLatin1(DemoData::EdgeRoutineName);

const DemoRoutine &edge()
{
    return *DemoData::instance().routine(Edge);
}

Annotation expectedAnnotation(int target)
{
    QList<HistoryVersion> versions;
    for (int i = 0; i <= target; ++i) {
        const DemoCodeVersion &v = edge().versions.at(i);
        const DecodedCode code = RoutineCodeDecoder::decode(DemoData::instance().routineCode(v));
        HistoryVersion h;
        h.codeVersion = v.codeVersion;
        h.description = v.description;
        h.createTime = v.createTime.toUTC();
        h.kind = code.kind;
        h.bytes = code.bytes;
        versions.append(h);
    }
    return Annotator::annotate(versions);
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *top : bar->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            QString plain = a->text();
            plain.remove(QLatin1Char('&'));
            if (plain == text)
                return a;
        }
    }
    return nullptr;
}
} // namespace

class TestHistoryGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void annotateShowsWhoIntroducedEachLine();
    void hoverShowsTheWholeDescription();
    void clickOpensTheIntroducingChangeAtTheLine();
    void keyboardOpensTheIntroducingChange();
    void progressAndCancelWhileLoading();
    void anotherVersionIsAnnotatedInTurn();
    void offRemovesTheMargin();
    void binaryHasNothingToAnnotate();
    void menus();
    void exportDialogWritesTheHistory();
    void exportDialogCancels();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    CodeView *code() const { return browser()->codeView(); }
    AnnotationMargin *margin() const { return code()->annotationMargin(); }
    // The annotation bar's text, empty while the bar is hidden.
    QString annotationStatusText() const { return shownText(child<QLabel>(code(), "annotationText")); }
    QAction *introducedAction() const { return child<QAction>(code(), "introducedAction"); }
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
    void annotateNewest()
    {
        chooseRoutine(Edge);
        openVersion(edge().versions.last().codeVersion);
        browser()->annotateAction()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(margin()->isShown(), 30000);
    }
    // A line far down whose version has an older one to compare with.
    int lineWithAChange(int from) const
    {
        const Annotation &a = margin()->annotation();
        for (int line = from; line <= a.lines.size(); ++line) {
            if (a.versionOfLine(line)->previous >= 0 && a.startsRun(line))
                return line;
        }
        return 0;
    }
    void checkIntroducingDiff(int line)
    {
        const Annotation &a = margin()->annotation();
        const AnnotatedVersion *v = a.versionOfLine(line);
        const int lineThere = a.line(line)->line;
        auto *diff = qobject_cast<DiffView *>(m_app.window->tabs()->currentWidget());
        QVERIFY(diff);
        QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
        QCOMPARE(diff->comparison()->leftVersion()->codeVersion, a.versions.at(v->previous).codeVersion);
        QCOMPARE(diff->comparison()->rightVersion()->codeVersion, v->codeVersion);
        int row = -1;
        for (int r = 0; r < diff->diff().rows.size(); ++r) {
            if (diff->diff().rows.at(r).right.lineNumber == lineThere)
                row = r;
        }
        QVERIFY(row >= 0);
        // The line came in there: the diff adds or changes it…
        QVERIFY(diff->diff().rows.at(row).kind == DiffRow::Kind::Added || diff->diff().rows.at(row).kind == DiffRow::Kind::Changed);
        // …it is the very line of the annotated version…
        QString annotatedLine = code()->editor()->text(line - 1);
        annotatedLine.remove(QLatin1Char('\n'));
        QCOMPARE(diff->diff().rows.at(row).right.text, annotatedLine);
        // …and the right side shows it, with the cursor on it and the line selected.
        CodeEditor *right = child<CodeEditor>(diff, "rightEditor");
        int cursorLine = -1, index = -1;
        right->getCursorPosition(&cursorLine, &index);
        QCOMPARE(cursorLine, diff->displayLineOfRow(row));
        QCOMPARE(right->selectedText(), annotatedLine);
        QVERIFY(right->firstVisibleLine() <= cursorLine);
        QVERIFY(cursorLine < right->firstVisibleLine() + right->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    }

    WindowFixture m_app;
};

void TestHistoryGui::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestHistoryGui::cleanup()
{
    m_app.stop();
}

void TestHistoryGui::annotateShowsWhoIntroducedEachLine()
{
    chooseRoutine(Edge);
    openVersion(edge().versions.last().codeVersion);
    QSignalSpy messages(browser(), &RoutineBrowser::message);
    QVERIFY(!margin()->isShown());
    QCOMPARE(code()->editor()->marginWidth(AnnotationMargin::Margin), 0);
    code()->editor()->setFocus();
    QTest::keyClick(code()->editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(browser()->annotateAction()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(margin()->isShown(), 30000);

    const Annotation expected = expectedAnnotation(39);
    const Annotation &shown = margin()->annotation();
    QCOMPARE(shown.lines, expected.lines);
    QCOMPARE(shown.lines.size(), qsizetype(LineMatcher::lineCount(code()->opened()->code.bytes)));
    QVERIFY(code()->editor()->marginWidth(AnnotationMargin::Margin) > 0);
    QCOMPARE(code()->editor()->marginType(AnnotationMargin::Margin), QsciScintilla::TextMargin);
    QVERIFY(annotationStatusText().isEmpty()); // the bar is gone
    QVERIFY(introducedAction()->isEnabled());
    int runs = 0, continued = 0;
    for (int line = 1; line <= shown.lines.size(); ++line) {
        const AnnotatedVersion *v = shown.versionOfLine(line);
        const QString text = margin()->marginText(line);
        if (shown.startsRun(line)) {
            ++runs;
            QVERIFY2(text.startsWith(v->shortId + QStringLiteral("  ")), qPrintable(text));
            QCOMPARE(v->shortId, v->codeVersion.right(6));
        } else {
            ++continued;
            QCOMPARE(text, QStringLiteral(" ")); // the colour alone
        }
        // Scintilla holds what the margin says for the lines it has set (those around the screen).
        if (line <= 20)
            QCOMPARE(code()->editor()->SendScintilla(QsciScintillaBase::SCI_MARGINGETSTYLE, line - 1),
                     long(AnnotationMargin::FirstStyle + shown.line(line)->version));
    }
    QVERIFY(runs > 10);
    QVERIFY(continued > 10);
    QVERIFY(margin()->marginText(int(shown.lines.size()) + 1).isEmpty());
    QTRY_VERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().first().toString().startsWith(QStringLiteral("Annotated ")), qPrintable(messages.last().first().toString()));
}

void TestHistoryGui::hoverShowsTheWholeDescription()
{
    annotateNewest();
    // A line whose version's summary does not fit in the margin.
    const Annotation &a = margin()->annotation();
    int line = 0;
    for (int l = 1; l <= a.lines.size() && !line; ++l) {
        if (a.startsRun(l) && a.versionOfLine(l)->previous >= 0 && !margin()->marginText(l).contains(a.versionOfLine(l)->summary))
            line = l;
    }
    QVERIFY(line > 0);
    code()->goToLine(line);
    QCoreApplication::processEvents();
    const QPoint at(margin()->left() + 4, margin()->yOfLine(line));
    QCOMPARE(margin()->lineAt(at.y()), line);
    QHelpEvent hover(QEvent::ToolTip, at, code()->editor()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(code()->editor()->viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    const AnnotatedVersion *v = a.versionOfLine(line);
    QCOMPARE(QToolTip::text(), margin()->toolTip(line));
    QVERIFY(QToolTip::text().contains(v->codeVersion));
    QVERIFY(QToolTip::text().contains(v->description.trimmed()));
    QVERIFY(QToolTip::text().contains(a.versions.at(v->previous).shortId));
    QToolTip::hideText();
}

void TestHistoryGui::clickOpensTheIntroducingChangeAtTheLine()
{
    annotateNewest();
    const int line = lineWithAChange(int(margin()->annotation().lines.size()) * 2 / 3);
    QVERIFY(line > 0);
    code()->goToLine(line);
    QCoreApplication::processEvents();
    const int tabs = m_app.window->tabs()->count();
    QTest::mouseClick(code()->editor()->viewport(), Qt::LeftButton, {}, QPoint(margin()->left() + 4, margin()->yOfLine(line)));
    QCOMPARE(m_app.window->tabs()->count(), tabs + 1);
    checkIntroducingDiff(line);
}

void TestHistoryGui::keyboardOpensTheIntroducingChange()
{
    annotateNewest();
    const int line = lineWithAChange(int(margin()->annotation().lines.size()) / 2);
    QVERIFY(line > 0);
    code()->goToLine(line);
    code()->editor()->setFocus();
    const int tabs = m_app.window->tabs()->count();
    QTest::keyClick(code()->editor(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_app.window->tabs()->count(), tabs + 1);
    checkIntroducingDiff(line);
}

void TestHistoryGui::progressAndCancelWhileLoading()
{
    chooseRoutine(Edge);
    openVersion(edge().versions.last().codeVersion);
    FaultPlan slow;
    slow.latencyMs = 400;
    m_app.emulator->setFaultPlan(slow);
    m_app.emulator->resetCounters();
    browser()->annotateAction()->setChecked(true);
    auto *bar = code()->findChild<QWidget *>(QStringLiteral("annotationBar"));
    auto *progress = code()->findChild<QProgressBar *>(QStringLiteral("annotationProgress"));
    auto *button = code()->findChild<QPushButton *>(QStringLiteral("annotationButton"));
    QVERIFY(bar->isVisible());
    QVERIFY2(annotationStatusText().startsWith(QStringLiteral("Annotating: ")), qPrintable(annotationStatusText()));
    QVERIFY(annotationStatusText().contains(QStringLiteral("of 40 versions loaded (1 from the cache)")));
    QCOMPARE(progress->maximum(), 40);
    QVERIFY(progress->isVisible());
    QVERIFY(!progress->accessibleName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 10000); // the open version came from the cache
    QTRY_COMPARE(m_app.emulator->inFlightCount(), 4);
    QCOMPARE(button->text(), QStringLiteral("Cancel"));
    button->click();
    QVERIFY(!browser()->annotateAction()->isChecked());
    QVERIFY(!bar->isVisible());
    QVERIFY(!margin()->isShown());
    QCOMPARE(browser()->workspace().annotation()->state(), RoutineAnnotation::State::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->abandonedCount(), 4, 5000);
}

void TestHistoryGui::anotherVersionIsAnnotatedInTurn()
{
    annotateNewest();
    const QString older = edge().versions.at(20).codeVersion;
    openVersion(older);
    QVERIFY(!margin()->isShown() || margin()->annotation().versions.size() == 21);
    QTRY_VERIFY_WITH_TIMEOUT(margin()->isShown() && browser()->workspace().annotation()->target().codeVersion == older, 30000);
    QCOMPARE(margin()->annotation().lines, expectedAnnotation(20).lines);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 40); // all cached by the first annotation
}

void TestHistoryGui::offRemovesTheMargin()
{
    annotateNewest();
    browser()->annotateAction()->setChecked(false);
    QVERIFY(!margin()->isShown());
    QCOMPARE(code()->editor()->marginWidth(AnnotationMargin::Margin), 0);
    QVERIFY(margin()->marginText(1).isEmpty());
    QVERIFY(annotationStatusText().isEmpty());
    QVERIFY(!introducedAction()->isEnabled());
    // Another version opens without one.
    openVersion(edge().versions.at(30).codeVersion);
    QCOMPARE(browser()->workspace().annotation()->state(), RoutineAnnotation::State::Idle);
    QVERIFY(!margin()->isShown());
}

void TestHistoryGui::binaryHasNothingToAnnotate()
{
    chooseRoutine(QStringLiteral("wasm-filter"));
    openVersion(DemoData::instance().routine(QStringLiteral("wasm-filter"))->versions.last().codeVersion);
    browser()->annotateAction()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(annotationStatusText().startsWith(QStringLiteral("Nothing to annotate")), 30000);
    QVERIFY(annotationStatusText().contains(QStringLiteral("WebAssembly")));
    QVERIFY(!margin()->isShown());
    auto *button = code()->findChild<QPushButton *>(QStringLiteral("annotationButton"));
    QCOMPARE(button->text(), QStringLiteral("Close"));
    button->click();
    QVERIFY(!browser()->annotateAction()->isChecked());
    QVERIFY(annotationStatusText().isEmpty());
}

void TestHistoryGui::menus()
{
    QMenuBar *bar = m_app.window->menuBar();
    QAction *annotate = menuAction(bar, QStringLiteral("Annotate"));
    QCOMPARE(annotate, browser()->annotateAction());
    QCOMPARE(annotate->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    QVERIFY(menuAction(bar, QStringLiteral("Export History as Git Repository…")));
}

void TestHistoryGui::exportDialogWritesTheHistory()
{
    chooseRoutine(Edge);
    QTemporaryDir dir;
    auto *dialog = qobject_cast<HistoryExportDialog *>(browser()->exportHistory(Edge, dir.path()));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("exportProgress"))->accessibleName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!child<RoutineHistoryExport>(dialog, "historyExport")->isRunning(), 60000);
    auto *status = child<QLabel>(dialog, "exportStatus");
    QVERIFY2(status->text().startsWith(QStringLiteral("Done: 40 commit")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("tags moved: production-canary-10, production-stable-90, staging")));
    QVERIFY(child<QPushButton>(dialog, "exportOpenFolder")->isVisible());
    const GitRun count = GitRun::in(dir.path(), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")});
    QVERIFY2(count.ok(), qPrintable(count.error));
    QCOMPARE(count.output.trimmed(), QByteArrayLiteral("40"));
    // The author is the account's name as the window knows it.
    QCOMPARE(GitRun::in(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an")}).output.trimmed(),
             QByteArrayLiteral("ESA Alibaba AccessKey"));
    QPointer<HistoryExportDialog> watch(dialog);
    child<QPushButton>(dialog, "exportClose")->click();
    QTRY_VERIFY(!watch);
}

void TestHistoryGui::exportDialogCancels()
{
    chooseRoutine(Edge);
    FaultPlan slow;
    slow.latencyMs = 400;
    m_app.emulator->setFaultPlan(slow);
    QTemporaryDir dir;
    auto *dialog = qobject_cast<HistoryExportDialog *>(browser()->exportHistory(Edge, dir.path()));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(child<RoutineHistoryExport>(dialog, "historyExport")->stage() == RoutineHistoryExport::Stage::Loading
                                     && m_app.emulator->inFlightCount() == 4, 10000);
    child<QPushButton>(dialog, "exportClose")->click(); // Cancel
    QCOMPARE(child<RoutineHistoryExport>(dialog, "historyExport")->stage(), RoutineHistoryExport::Stage::Cancelled);
    QVERIFY(dialog->isVisible()); // it says what happened
    QVERIFY2(child<QLabel>(dialog, "exportStatus")->text().contains(QStringLiteral("nothing was written")),
             qPrintable(child<QLabel>(dialog, "exportStatus")->text()));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QTRY_VERIFY_WITH_TIMEOUT(m_app.emulator->abandonedCount() >= 4, 5000);
    QPointer<HistoryExportDialog> watch(dialog);
    child<QPushButton>(dialog, "exportClose")->click(); // Close
    QTRY_VERIFY(!watch);
}

QTEST_MAIN(TestHistoryGui)
#include "tst_historygui.moc"
