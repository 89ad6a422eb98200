// Two code versions compared: side by side in two aligned, scroll-locked editors (or inline),
// removed / added / changed lines tinted, changed words highlighted, an overview bar, next and
// previous change (F7 / Shift+F7), folding of unchanged stretches, whitespace and algorithm
// options, and the patch for the clipboard or a file. What is compared, and the diff itself, is
// its Comparison's (app/versions), handed to it: loaded and computed off the UI thread; this
// widget only paints it.
#pragma once

#include "app/versions/DiffInput.h"
#include "app/diff/DiffLayout.h"
#include "app/diff/TextDiff.h"

#include <Qsci/qscistyle.h>

#include <QWidget>

class CodeEditor;
class CodeVersionRepository;
class Comparison;
class DiffOverviewBar;
class ElidedLabel;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

class DiffView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    // The view paints `comparison`, which the caller made (and keeps alive as long as the view;
    // a view in a tab usually takes it as its child, so it goes when the tab closes).
    explicit DiffView(Comparison &comparison, QWidget *parent = nullptr);
    ~DiffView() override;

    Comparison *comparison() const { return m_comparison; }
    // Older on the left by creation time (inputs without a time keep their order).
    void setInputs(const DiffInput &a, const DiffInput &b, const QString &lexerName);
    void setOptions(const DiffOptions &options, bool foldUnchanged);

    bool isReady() const { return m_ready; }
    const TextDiff &diff() const { return m_diff; }
    DiffInput left() const { return m_left; }
    DiffInput right() const { return m_right; }
    bool isInline() const;
    // The display line a row is shown at (side-by-side), -1 if folded away.
    int displayLineOfRow(int row) const;
    // Scrolls to line `lineNumber` of the right side, opening its fold, with the cursor on it
    // (once the diff is ready, if it is not yet): where a line the annotation points at came in.
    void revealRightLine(int lineNumber);
    // Next change at the last one (previous at the first) says so instead of going round: a
    // folder compare then goes on in the next (previous) changed file.
    void setWalkBeyond(bool on);
    // The first (or last) change, once the diff is ready if it is not yet.
    void goToEdgeChange(bool last);
    // Offers to deploy the right side (a version) or to make a new version of it (a file).
    void setReleaseActions(bool deployRight, bool newVersionFromRight);

public slots:
    void nextChange();
    void previousChange();
    void swapSides();
    void copyPatch();
    void savePatch();
    void setInline(bool inlineMode);

signals:
    void deployRightRequested();
    void newVersionFromRightRequested();
    void ready();
    void message(const QString &text);
    // With setWalkBeyond: next change was asked at the last change (previous at the first).
    void pastLastChange();
    void beforeFirstChange();

private:
    QString patch() const;
    QWidget *buildTools();
    QList<QWidget *> buildOptions();
    QList<QWidget *> buildReleaseButtons();
    QHBoxLayout *buildTitles();
    QStackedWidget *buildPages();
    QWidget *buildSideBySide(QWidget *parent);
    QWidget *buildInline(QWidget *parent);
    void addShortcuts();
    void connectIntents();
    void connectScrolling();
    void connectComparison();
    void showTitles();
    QString summaryText() const;
    void applyDiff(const TextDiff &diff);
    void relayout();
    void fillSideBySide();
    void fillInline();
    void goToChange(int index);
    void syncScroll(CodeEditor *from, CodeEditor *to);
    void expandFoldAt(CodeEditor *editor, int line);
    void updateOverview();
    void setupEditor(CodeEditor *editor);
    void showPendingRightLine();
    void showPendingEdge();

    Comparison *m_comparison = nullptr;
    QsciStyle m_marginStyle;
    DiffInput m_left;
    DiffInput m_right;
    QString m_lexer;
    DiffOptions m_options;
    bool m_fold = true;
    TextDiff m_diff;
    QList<DiffDisplayLine> m_lines;
    QList<DiffDisplayLine> m_inlineLines;
    QSet<int> m_expanded;
    int m_currentChange = -1;
    int m_pendingRightLine = 0;
    int m_pendingEdge = 0; // 1: go to the first change once ready, 2: the last
    bool m_walkBeyond = false;
    bool m_ready = false;
    bool m_syncing = false;

    ElidedLabel *m_leftTitle = nullptr;
    ElidedLabel *m_rightTitle = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_ignoreWhitespace = nullptr;
    QCheckBox *m_foldBox = nullptr;
    QSpinBox *m_context = nullptr;
    QComboBox *m_algorithm = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_swap = nullptr;
    QToolButton *m_copyPatch = nullptr;
    QToolButton *m_savePatch = nullptr;
    QToolButton *m_inlineButton = nullptr;
    QToolButton *m_deployRight = nullptr;
    QToolButton *m_newVersion = nullptr;
    QStackedWidget *m_stack = nullptr;
    CodeEditor *m_leftEditor = nullptr;
    CodeEditor *m_rightEditor = nullptr;
    CodeEditor *m_inlineEditor = nullptr;
    DiffOverviewBar *m_overview = nullptr;
    DiffOverviewBar *m_inlineOverview = nullptr;
};
