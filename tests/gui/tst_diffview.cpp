// The diff in a real (offscreen) window: comparing two neighbouring demo versions opens a tab,
// both sides hold the same number of lines (fillers keep them level), scrolling is locked, next
// change walks the hunks in turn, folding hides unchanged stretches and a click opens them,
// the patch lands on the clipboard, identical and binary inputs say so.
#include "ui/code/CodeEditor.h"
#include "ui/diff/DiffView.h"
#include "tests/support/Widgets.h"
#include "app/versions/Comparison.h"
#include "app/diff/DiffLayout.h"
#include "app/emulator/demo/DemoCode.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

class TestDiffView : public QObject
{
    Q_OBJECT

private slots:
    void sideBySideAligned();
    void nextChangeVisitsEachHunk();
    void scrollingIsLocked();
    void foldingAndExpanding();
    void copyPatch();
    void olderGoesLeftAndSwap();
    void identicalAndBinary();
    void inlineMode();
    void layoutInvariants();

private:
    static DiffInput input(int version)
    {
        return DiffInput{QStringLiteral("v%1").arg(version), QStringLiteral("edge-gateway/v%1.js").arg(version),
                         DemoCode::edgeRoutineVersion(version), QString(), QDateTime::fromSecsSinceEpoch(1700000000 + version * 86400)};
    }
    static bool waitReady(DiffView &view)
    {
        return QTest::qWaitFor([&view] { return view.isReady(); }, 20000);
    }
    static CodeEditor *leftEditor(const DiffView &view) { return child<CodeEditor>(&view, "leftEditor"); }
    static CodeEditor *rightEditor(const DiffView &view) { return child<CodeEditor>(&view, "rightEditor"); }
    static QString summaryText(const DiffView &view) { return child<QLabel>(&view, "diffSummary")->text(); }
    static QString messageText(const DiffView &view) { return child<QLabel>(&view, "diffMessage")->text(); }
};

void TestDiffView::sideBySideAligned()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.resize(1200, 700);
    view.show();
    view.setInputs(input(10), input(11), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    QVERIFY(!view.diff().identical);
    QVERIFY(summaryText(view).startsWith(QLatin1Char('+')));
    QVERIFY(summaryText(view).contains(QStringLiteral("hunk")));
    QCOMPARE(leftEditor(view)->lines(), rightEditor(view)->lines());
    // Every line of each version is shown on its side, in order (with folding off).
    DiffOptions o;
    view.setOptions(o, false);
    QVERIFY(waitReady(view));
    const QStringList left = leftEditor(view)->text().split(QLatin1Char('\n'));
    QStringList leftReal;
    for (const DiffRow &r : view.diff().rows) {
        if (!r.left.isFiller())
            leftReal << r.left.text;
    }
    QCOMPARE(leftReal.join(QLatin1Char('\n')) + QLatin1Char('\n'), QString::fromUtf8(DemoCode::edgeRoutineVersion(10)));
    QCOMPARE(left.size(), view.diff().rows.size());
}

void TestDiffView::nextChangeVisitsEachHunk()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.resize(1200, 400);
    view.show();
    view.setInputs(input(20), input(29), QStringLiteral("javascript")); // several hunks apart
    QVERIFY(waitReady(view));
    const QList<int> starts = view.diff().changeStarts();
    QVERIFY2(starts.size() >= 3, qPrintable(QString::number(starts.size())));
    // The change the view is at, as the user sees it: where the cursor stands.
    const auto cursorLine = [&view] {
        int line = -1, index = -1;
        leftEditor(view)->getCursorPosition(&line, &index);
        return line;
    };
    for (int i = 0; i < starts.size(); ++i) {
        view.nextChange();
        const int line = view.displayLineOfRow(starts.at(i));
        QVERIFY(line >= 0);
        QCOMPARE(cursorLine(), line);
        const int first = leftEditor(view)->firstVisibleLine();
        QVERIFY2(line >= first && line < first + 30, qPrintable(QStringLiteral("%1 not in view from %2").arg(line).arg(first)));
    }
    view.nextChange(); // wraps to the first
    QCOMPARE(cursorLine(), view.displayLineOfRow(starts.constFirst()));
    view.previousChange();
    QCOMPARE(cursorLine(), view.displayLineOfRow(starts.constLast()));
}

void TestDiffView::scrollingIsLocked()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.resize(900, 300);
    view.show();
    view.setOptions(DiffOptions{}, false);
    view.setInputs(input(1), input(40), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    rightEditor(view)->verticalScrollBar()->setValue(40);
    QCOMPARE(leftEditor(view)->verticalScrollBar()->value(), 40);
    leftEditor(view)->verticalScrollBar()->setValue(12);
    QCOMPARE(rightEditor(view)->verticalScrollBar()->value(), 12);
}

void TestDiffView::foldingAndExpanding()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.resize(900, 400);
    view.show();
    view.setInputs(input(30), input(31), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    const int folded = leftEditor(view)->lines();
    QVERIFY(folded < view.diff().rows.size()); // unchanged stretches are collapsed
    QVERIFY(leftEditor(view)->text().contains(QStringLiteral("unchanged line")));
    // Clicking a fold line opens it.
    const QStringList lines = leftEditor(view)->text().split(QLatin1Char('\n'));
    const int foldLine = int(lines.indexOf(QRegularExpression(QStringLiteral("⋯.*"))));
    QVERIFY(foldLine >= 0);
    emit leftEditor(view)->indicatorReleased(foldLine, 0, Qt::NoModifier);
    QVERIFY(leftEditor(view)->lines() > folded);
}

void TestDiffView::copyPatch()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.setInputs(input(12), input(13), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    view.copyPatch();
    const QString clip = QApplication::clipboard()->text();
    QVERIFY(clip.startsWith(QStringLiteral("diff --git a/edge-gateway/v12.js b/edge-gateway/v13.js")));
    QVERIFY(clip.contains(QStringLiteral("\n@@ -")));
    QCOMPARE(clip, view.diff().unifiedPatch(view.left().path, view.right().path));
}

void TestDiffView::olderGoesLeftAndSwap()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.setInputs(input(15), input(14), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    QCOMPARE(view.left().title, QStringLiteral("v14"));
    const int added = view.diff().added, removed = view.diff().removed;
    view.swapSides();
    QVERIFY(waitReady(view));
    QCOMPARE(view.left().title, QStringLiteral("v15"));
    QCOMPARE(view.diff().added, removed);
    QCOMPARE(view.diff().removed, added);
}

void TestDiffView::identicalAndBinary()
{
    Comparison sameComparison(nullptr);
    DiffView same(sameComparison);
    same.setInputs(input(5), input(5), QStringLiteral("javascript"));
    QVERIFY(waitReady(same));
    QCOMPARE(messageText(same), QStringLiteral("No differences."));
    Comparison binaryComparison(nullptr);
    DiffView binary(binaryComparison);
    binary.setInputs(DiffInput{QStringLiteral("a"), QStringLiteral("a.wasm"), DemoCode::wasmModule(), QStringLiteral("aaa"), {}},
                     DiffInput{QStringLiteral("b"), QStringLiteral("b.wasm"), DemoCode::wasmModule() + QByteArray(1, '\0'), QStringLiteral("bbb"), {}},
                     {});
    QVERIFY(waitReady(binary));
    QVERIFY(messageText(binary).startsWith(QStringLiteral("Binary versions differ")));
    QVERIFY(messageText(binary).contains(QStringLiteral("bbb")));
}

void TestDiffView::inlineMode()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.setOptions(DiffOptions{}, false);
    view.setInputs(input(8), input(9), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    view.setInline(true);
    QVERIFY(view.isInline());
    auto *inlineEditor = view.findChild<CodeEditor *>(QStringLiteral("inlineEditor"));
    // Inline shows every row once, and Changed rows twice (old above new).
    int changed = 0;
    for (const DiffRow &r : view.diff().rows)
        changed += r.kind == DiffRow::Kind::Changed;
    QCOMPARE(inlineEditor->lines(), int(view.diff().rows.size()) + changed);
}

void TestDiffView::layoutInvariants()
{
    Comparison comparison(nullptr);
    DiffView view(comparison);
    view.setInputs(input(3), input(17), QStringLiteral("javascript"));
    QVERIFY(waitReady(view));
    const TextDiff &d = view.diff();
    for (int context : {0, 1, 3, 10}) {
        const QList<DiffDisplayLine> lines = DiffLayout::sideBySide(d, true, context);
        int covered = 0, previousEnd = -1;
        for (const DiffDisplayLine &l : lines) {
            const int first = l.kind == DiffDisplayLine::Kind::Fold ? l.foldFirstRow : l.row;
            const int last = l.kind == DiffDisplayLine::Kind::Fold ? l.foldLastRow : l.row;
            QCOMPARE(first, previousEnd + 1); // every row exactly once, in order
            previousEnd = last;
            covered += last - first + 1;
            if (l.kind == DiffDisplayLine::Kind::Fold) {
                QVERIFY(l.foldedCount() >= DiffLayout::MinFold);
                for (int r = first; r <= last; ++r)
                    QCOMPARE(d.rows.at(r).kind, DiffRow::Kind::Context);
            }
        }
        QCOMPARE(covered, int(d.rows.size()));
    }
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
