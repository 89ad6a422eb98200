#include "ui/diff/DiffView.h"

#include "ui/code/CodeEditor.h"
#include "ui/diff/DiffOverviewBar.h"
#include "ui/common/ElidedLabel.h"
#include "app/versions/Comparison.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include "ui/common/FlowLayout.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum Page { MessagePage, SideBySidePage, InlinePage };
// Marker and indicator numbers used on the diff editors.
enum Marker { RemovedMarker = 1, AddedMarker, ChangedMarker, FillerMarker, FoldMarker };
constexpr int WordIndicator = 9;
constexpr int FoldIndicator = 10;

struct Palette
{
    QColor removed, added, changed, filler, fold, word;
};

Palette diffColours(bool dark)
{
    if (dark)
        return {QColor(0x4b, 0x25, 0x28), QColor(0x1f, 0x43, 0x2c), QColor(0x3a, 0x3a, 0x20), QColor(0x2a, 0x2a, 0x2e),
                QColor(0x24, 0x33, 0x48), QColor(0x8a, 0x6d, 0x1e)};
    return {QColor(0xff, 0xe4, 0xe4), QColor(0xe1, 0xf7, 0xe4), QColor(0xff, 0xf6, 0xd6), QColor(0xf0, 0xf0, 0xf0),
            QColor(0xe6, 0xef, 0xfb), QColor(0xf5, 0xc2, 0x4c)};
}

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

QString stripCr(QString s)
{
    if (s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}
} // namespace

DiffView::DiffView(Comparison &comparison, QWidget *parent)
    : QWidget(parent)
    , m_comparison(&comparison)
{
    setObjectName(QStringLiteral("DiffView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildTools());
    layout->addLayout(buildTitles());
    layout->addWidget(buildPages(), 1);
    for (CodeEditor *e : {m_leftEditor, m_rightEditor, m_inlineEditor})
        setupEditor(e);
    addShortcuts();
    connectIntents();
    connectScrolling();
    connectComparison();
    m_message->setText(tr("Computing the differences…"));
    m_stack->setCurrentIndex(MessagePage);
}

DiffView::~DiffView() = default;

// The tools flow onto a second line in a narrow window rather than widen it past the screen.
QWidget *DiffView::buildTools()
{
    auto *barWidget = new QWidget(this);
    barWidget->setObjectName(QStringLiteral("diffTools"));
    auto *bar = new FlowLayout(barWidget, 6, 4);
    bar->setContentsMargins(6, 4, 6, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous change (Shift+F7)"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next change (F7)"));
    m_swap = new QToolButton(this);
    m_swap->setText(tr("Swap"));
    m_swap->setToolTip(tr("Swap left and right"));
    const QList<QWidget *> options = buildOptions();
    m_copyPatch = new QToolButton(this);
    m_copyPatch->setText(tr("Copy Patch"));
    m_savePatch = new QToolButton(this);
    m_savePatch->setText(tr("Save Patch…"));
    bar->addWidget(m_summary);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    for (QWidget *option : options)
        bar->addWidget(option);
    bar->addWidget(m_swap);
    bar->addWidget(m_copyPatch);
    bar->addWidget(m_savePatch);
    for (QWidget *release : buildReleaseButtons())
        bar->addWidget(release);
    return barWidget;
}

// How the two sides are compared and shown, in the order the tool bar lists them.
QList<QWidget *> DiffView::buildOptions()
{
    m_ignoreWhitespace = new QCheckBox(tr("Ignore &whitespace"), this);
    m_foldBox = new QCheckBox(tr("&Fold unchanged"), this);
    m_foldBox->setChecked(true);
    m_context = new QSpinBox(this);
    m_context->setRange(0, 50);
    m_context->setValue(3);
    m_context->setSuffix(tr(" lines"));
    m_context->setToolTip(tr("Unchanged lines shown around each change"));
    m_context->setAccessibleName(tr("Context lines"));
    m_algorithm = new QComboBox(this);
    m_algorithm->addItem(tr("Patience"), int(DiffOptions::Algorithm::Patience));
    m_algorithm->addItem(tr("Minimal"), int(DiffOptions::Algorithm::Minimal));
    m_algorithm->addItem(tr("Myers"), int(DiffOptions::Algorithm::Myers));
    m_algorithm->setToolTip(tr("Diff algorithm"));
    m_algorithm->setAccessibleName(tr("Diff algorithm"));
    m_inlineButton = new QToolButton(this);
    m_inlineButton->setText(tr("Inline"));
    m_inlineButton->setCheckable(true);
    m_inlineButton->setToolTip(tr("One column, removed lines above added ones (unified view)"));
    return {m_ignoreWhitespace, m_foldBox, m_context, m_algorithm, m_inlineButton};
}

// Hidden until setReleaseActions() offers them.
QList<QWidget *> DiffView::buildReleaseButtons()
{
    m_deployRight = new QToolButton(this);
    m_deployRight->setObjectName(QStringLiteral("diffDeployRight"));
    m_deployRight->setText(tr("Deploy Right Side…"));
    m_deployRight->setToolTip(tr("Deploy the version on the right, after reviewing this diff"));
    m_deployRight->hide();
    m_newVersion = new QToolButton(this);
    m_newVersion->setObjectName(QStringLiteral("diffNewVersion"));
    m_newVersion->setText(tr("New Version from This File…"));
    m_newVersion->setToolTip(tr("Upload the file on the right as a new code version of the routine on the left"));
    m_newVersion->hide();
    return {m_deployRight, m_newVersion};
}

QHBoxLayout *DiffView::buildTitles()
{
    auto *titles = new QHBoxLayout;
    titles->setContentsMargins(6, 0, 20, 0);
    // Each title keeps its own half, elided at its end ("routine @ version — descr…").
    m_leftTitle = new ElidedLabel(this, Qt::ElideRight);
    m_rightTitle = new ElidedLabel(this, Qt::ElideRight);
    m_leftTitle->setObjectName(QStringLiteral("leftTitle"));
    m_rightTitle->setObjectName(QStringLiteral("rightTitle"));
    // Each title gets half the width, whatever its length (the tooltip has it whole).
    titles->addWidget(m_leftTitle, 1);
    titles->addWidget(m_rightTitle, 1);
    return titles;
}

// A message (computing, identical, binary, failed), the two sides, or the inline column.
QStackedWidget *DiffView::buildPages()
{
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("diffMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(SideBySidePage, buildSideBySide(m_stack));
    m_stack->insertWidget(InlinePage, buildInline(m_stack));
    return m_stack;
}

QWidget *DiffView::buildSideBySide(QWidget *parent)
{
    auto *sides = new QWidget(parent);
    auto *sidesLayout = new QHBoxLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    sidesLayout->setSpacing(2);
    m_leftEditor = new CodeEditor(sides);
    m_leftEditor->setObjectName(QStringLiteral("leftEditor"));
    m_rightEditor = new CodeEditor(sides);
    m_rightEditor->setObjectName(QStringLiteral("rightEditor"));
    m_overview = new DiffOverviewBar(sides);
    sidesLayout->addWidget(m_leftEditor, 1);
    sidesLayout->addWidget(m_rightEditor, 1);
    sidesLayout->addWidget(m_overview);
    return sides;
}

QWidget *DiffView::buildInline(QWidget *parent)
{
    auto *inlinePage = new QWidget(parent);
    auto *inlineLayout = new QHBoxLayout(inlinePage);
    inlineLayout->setContentsMargins(0, 0, 0, 0);
    m_inlineEditor = new CodeEditor(inlinePage);
    m_inlineEditor->setObjectName(QStringLiteral("inlineEditor"));
    m_inlineOverview = new DiffOverviewBar(inlinePage);
    inlineLayout->addWidget(m_inlineEditor, 1);
    inlineLayout->addWidget(m_inlineOverview);
    return inlinePage;
}

void DiffView::addShortcuts()
{
    auto *nextAction = new QAction(tr("Next Change"), this);
    nextAction->setShortcut(QKeySequence(Qt::Key_F7));
    auto *prevAction = new QAction(tr("Previous Change"), this);
    prevAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    for (QAction *a : {nextAction, prevAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(nextAction, &QAction::triggered, this, &DiffView::nextChange);
    connect(prevAction, &QAction::triggered, this, &DiffView::previousChange);
}

// What the user does with the tools: options go to the comparison, which computes the diff again.
void DiffView::connectIntents()
{
    connect(m_deployRight, &QToolButton::clicked, this, &DiffView::deployRightRequested);
    connect(m_newVersion, &QToolButton::clicked, this, &DiffView::newVersionFromRightRequested);
    connect(m_next, &QToolButton::clicked, this, &DiffView::nextChange);
    connect(m_previous, &QToolButton::clicked, this, &DiffView::previousChange);
    connect(m_swap, &QToolButton::clicked, this, &DiffView::swapSides);
    connect(m_copyPatch, &QToolButton::clicked, this, &DiffView::copyPatch);
    connect(m_savePatch, &QToolButton::clicked, this, &DiffView::savePatch);
    connect(m_inlineButton, &QToolButton::toggled, this, &DiffView::setInline);
    connect(m_ignoreWhitespace, &QCheckBox::toggled, this, [this](bool on) {
        m_options.ignoreWhitespace = on;
        m_ready = false;
        m_comparison->setOptions(m_options);
    });
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, [this] {
        m_options.algorithm = DiffOptions::Algorithm(m_algorithm->currentData().toInt());
        m_ready = false;
        m_comparison->setOptions(m_options);
    });
    connect(m_foldBox, &QCheckBox::toggled, this, [this](bool on) {
        m_fold = on;
        m_context->setEnabled(on);
        relayout();
    });
    connect(m_context, &QSpinBox::valueChanged, this, [this](int lines) {
        m_options.contextLines = lines;
        relayout();
    });
}

void DiffView::connectScrolling()
{
    connect(m_overview, &DiffOverviewBar::lineClicked, this, [this](int line) {
        m_leftEditor->setFirstVisibleLine(qMax(0, line - 3));
    });
    connect(m_inlineOverview, &DiffOverviewBar::lineClicked, this, [this](int line) {
        m_inlineEditor->setFirstVisibleLine(qMax(0, line - 3));
    });
    // The two sides scroll as one, both ways, both directions.
    connect(m_leftEditor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_leftEditor, m_rightEditor); });
    connect(m_rightEditor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_rightEditor, m_leftEditor); });
    connect(m_leftEditor->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_leftEditor, m_rightEditor); });
    connect(m_rightEditor->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_rightEditor, m_leftEditor); });
    connect(m_inlineEditor->verticalScrollBar(), &QScrollBar::valueChanged, this, &DiffView::updateOverview);
}

// What the comparison says is shown: its inputs' titles, then the diff or why there is none.
void DiffView::connectComparison()
{
    connect(m_comparison, &Comparison::inputsChanged, this, &DiffView::showTitles);
    connect(m_comparison, &Comparison::diffReady, this, [this] { applyDiff(m_comparison->diff()); });
    connect(m_comparison, &Comparison::failed, this, [this](const ApiError &error) {
        m_message->setText(tr("Cannot compare: %1").arg(error.summary()));
        m_stack->setCurrentIndex(MessagePage);
        emit message(tr("Cannot compare: %1").arg(error.summary()));
    });
}

void DiffView::setupEditor(CodeEditor *e)
{
    e->setAccessibleName(e == m_leftEditor ? tr("Older side") : e == m_rightEditor ? tr("Newer side") : tr("Inline diff"));
    e->setAccessibleDescription(e == m_inlineEditor ? tr("Both versions in one column: removed lines above the added ones")
                                                    : tr("One side of the comparison, scrolled together with the other"));
    // Line numbers are the files' own (fillers have none), so the margin is text, in its own style.
    const bool dark = isDark(this);
    m_marginStyle = QsciStyle(-1, QStringLiteral("diff line numbers"), dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x6e, 0x77, 0x81),
                              dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf3, 0xf4, 0xf6), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // (setMarginLineNumbers(0, false) would turn it back into a symbol margin.)
    e->setMarginType(0, QsciScintilla::TextMarginRightJustified);
    e->setFolding(QsciScintilla::NoFoldStyle);
    e->setMarginWidth(1, 0);
    for (int m : {RemovedMarker, AddedMarker, ChangedMarker, FillerMarker, FoldMarker})
        e->markerDefine(QsciScintilla::Background, m);
    e->SendScintilla(QsciScintilla::SCI_INDICSETSTYLE, WordIndicator, QsciScintilla::INDIC_FULLBOX);
    e->SendScintilla(QsciScintilla::SCI_INDICSETALPHA, WordIndicator, 110);
    e->SendScintilla(QsciScintilla::SCI_INDICSETUNDER, WordIndicator, true);
    e->SendScintilla(QsciScintilla::SCI_INDICSETSTYLE, FoldIndicator, QsciScintilla::INDIC_DOTS);
    e->SendScintilla(QsciScintilla::SCI_INDICSETHOVERSTYLE, FoldIndicator, QsciScintilla::INDIC_FULLBOX);
    connect(e, &QsciScintilla::indicatorReleased, this, [this, e](int line, int, Qt::KeyboardModifiers) { expandFoldAt(e, line); });
    const Palette c = diffColours(isDark(this));
    e->setMarkerBackgroundColor(c.removed, RemovedMarker);
    e->setMarkerBackgroundColor(c.added, AddedMarker);
    e->setMarkerBackgroundColor(c.changed, ChangedMarker);
    e->setMarkerBackgroundColor(c.filler, FillerMarker);
    e->setMarkerBackgroundColor(c.fold, FoldMarker);
    e->SendScintilla(QsciScintilla::SCI_INDICSETFORE, WordIndicator, c.word);
}

void DiffView::setInputs(const DiffInput &a, const DiffInput &b, const QString &lexerName)
{
    m_ready = false;
    m_comparison->setInputs(a, b, lexerName);
}

void DiffView::setOptions(const DiffOptions &options, bool foldUnchanged)
{
    m_options = options;
    m_fold = foldUnchanged;
    const QSignalBlocker b1(m_ignoreWhitespace), b2(m_foldBox), b3(m_context), b4(m_algorithm);
    m_ignoreWhitespace->setChecked(options.ignoreWhitespace);
    m_foldBox->setChecked(foldUnchanged);
    m_context->setValue(options.contextLines);
    m_algorithm->setCurrentIndex(qMax(0, m_algorithm->findData(int(options.algorithm))));
    m_ready = false; // until the comparison has the diff with these options
    m_comparison->setOptions(options);
}

void DiffView::swapSides()
{
    m_ready = false;
    m_comparison->swapSides();
}

void DiffView::showTitles()
{
    m_left = m_comparison->left();
    m_right = m_comparison->right();
    m_lexer = m_comparison->lexerName();
    m_leftTitle->setText(m_left.title);
    m_rightTitle->setText(m_right.title);
}

void DiffView::applyDiff(const TextDiff &diff)
{
    m_diff = diff;
    m_expanded.clear();
    m_currentChange = -1;
    m_summary->setText(summaryText());
    if (diff.binary) {
        m_message->setText(diff.identical ? tr("No differences: the binary versions are identical.")
                                          : tr("Binary versions differ.\n\nLeft: %1, SHA-256 %2\nRight: %3, SHA-256 %4")
                                                    .arg(QLocale().formattedDataSize(diff.oldSize), m_left.sha256,
                                                         QLocale().formattedDataSize(diff.newSize), m_right.sha256));
        m_stack->setCurrentIndex(MessagePage);
    } else if (diff.identical) {
        m_message->setText(tr("No differences."));
        m_stack->setCurrentIndex(MessagePage);
    } else {
        relayout();
    }
    m_ready = true;
    showPendingRightLine();
    showPendingEdge();
    emit ready();
}

void DiffView::revealRightLine(int lineNumber)
{
    m_pendingRightLine = lineNumber;
    if (m_ready)
        showPendingRightLine();
}

void DiffView::showPendingRightLine()
{
    const int wanted = m_pendingRightLine;
    m_pendingRightLine = 0;
    if (wanted <= 0 || m_diff.binary || m_diff.identical)
        return;
    int row = -1;
    for (int r = 0; r < m_diff.rows.size() && row < 0; ++r) {
        if (m_diff.rows.at(r).right.lineNumber == wanted)
            row = r;
    }
    if (row < 0)
        return;
    // The change it belongs to becomes the current one, so F7 goes on from there.
    const QList<int> starts = m_diff.changeStarts();
    for (int i = 0; i < starts.size() && starts.at(i) <= row; ++i)
        m_currentChange = i;
    if (isInline()) {
        for (int i = 0; i < m_inlineLines.size(); ++i) {
            const DiffDisplayLine &l = m_inlineLines.at(i);
            if (l.kind == DiffDisplayLine::Kind::Row && l.row == row && l.side != DiffDisplayLine::Side::Left) {
                m_inlineEditor->setFirstVisibleLine(qMax(0, i - 3));
                m_inlineEditor->setCursorPosition(i, 0);
                m_inlineEditor->setFocus();
                return;
            }
        }
        return;
    }
    if (displayLineOfRow(row) < 0) {
        for (const DiffDisplayLine &l : std::as_const(m_lines)) {
            if (l.kind == DiffDisplayLine::Kind::Fold && l.foldFirstRow <= row && row <= l.foldLastRow)
                m_expanded.insert(l.foldFirstRow);
        }
        relayout();
    }
    const int line = displayLineOfRow(row);
    if (line < 0)
        return;
    m_leftEditor->setCursorPosition(line, 0);
    // Selected, so the line stands out from the change around it.
    m_rightEditor->SendScintilla(QsciScintilla::SCI_SETSEL, m_rightEditor->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line),
                                 m_rightEditor->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, line));
    m_rightEditor->setFirstVisibleLine(qMax(0, line - 3));
    m_rightEditor->setFocus();
}

QString DiffView::summaryText() const
{
    // A bundle against a single file: which of its files is compared.
    const QString note = m_comparison->note();
    if (m_diff.binary || m_diff.identical)
        return note;
    const QString summary = tr("+%1 −%2 in %n hunk(s)", nullptr, int(m_diff.hunks.size())).arg(m_diff.added).arg(m_diff.removed);
    return note.isEmpty() ? summary : tr("%1 %2").arg(note, summary);
}

bool DiffView::isInline() const
{
    return m_inlineButton->isChecked();
}

void DiffView::setInline(bool inlineMode)
{
    if (m_inlineButton->isChecked() != inlineMode) {
        m_inlineButton->setChecked(inlineMode); // re-enters through toggled
        return;
    }
    relayout();
}

void DiffView::relayout()
{
    if (m_diff.binary || m_diff.identical || !m_ready && m_diff.rows.isEmpty())
        return;
    if (isInline()) {
        fillInline();
        m_stack->setCurrentIndex(InlinePage);
    } else {
        fillSideBySide();
        m_stack->setCurrentIndex(SideBySidePage);
    }
    updateOverview();
}

void DiffView::fillSideBySide()
{
    m_lines = DiffLayout::sideBySide(m_diff, m_fold, m_options.contextLines, m_expanded);
    QStringList left, right;
    left.reserve(m_lines.size());
    right.reserve(m_lines.size());
    for (const DiffDisplayLine &l : std::as_const(m_lines)) {
        if (l.kind == DiffDisplayLine::Kind::Fold) {
            const QString text = tr("⋯ %n unchanged line(s)", nullptr, l.foldedCount());
            left << text;
            right << text;
            continue;
        }
        const DiffRow &r = m_diff.rows.at(l.row);
        left << stripCr(r.left.text);
        right << stripCr(r.right.text);
    }
    m_leftEditor->showCode(left.join(QLatin1Char('\n')), m_lexer);
    m_rightEditor->showCode(right.join(QLatin1Char('\n')), m_lexer);

    int widest = 0;
    for (const DiffDisplayLine &l : std::as_const(m_lines)) {
        if (l.kind == DiffDisplayLine::Kind::Row)
            widest = qMax(widest, qMax(m_diff.rows.at(l.row).left.lineNumber, m_diff.rows.at(l.row).right.lineNumber));
    }
    const QString widthSample = QStringLiteral("0%1").arg(widest);
    for (CodeEditor *e : {m_leftEditor, m_rightEditor}) {
        e->setMarginWidth(0, widthSample);
        e->markerDeleteAll();
        e->clearMarginText();
        e->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, WordIndicator);
        e->SendScintilla(QsciScintilla::SCI_INDICATORCLEARRANGE, 0, e->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    }
    const QsciStyle *marginStyle = &m_marginStyle;
    auto paintSide = [marginStyle](CodeEditor *e, int line, const DiffSide &side, DiffRow::Kind kind, bool isLeft) {
        if (side.isFiller()) {
            e->markerAdd(line, FillerMarker);
            return;
        }
        e->setMarginText(line, QString::number(side.lineNumber), *marginStyle);
        switch (kind) {
        case DiffRow::Kind::Removed: e->markerAdd(line, isLeft ? RemovedMarker : FillerMarker); break;
        case DiffRow::Kind::Added: e->markerAdd(line, isLeft ? FillerMarker : AddedMarker); break;
        case DiffRow::Kind::Changed: e->markerAdd(line, isLeft ? RemovedMarker : AddedMarker); break;
        case DiffRow::Kind::Context: break;
        }
        if (side.changes.isEmpty())
            return;
        // Character ranges to byte positions in the UTF-8 document.
        const long lineStart = e->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line);
        e->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, WordIndicator);
        for (const CharRange &c : side.changes) {
            const long from = lineStart + side.text.left(c.start).toUtf8().size();
            const long length = side.text.mid(c.start, c.length).toUtf8().size();
            e->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, from, length);
        }
    };
    for (int i = 0; i < m_lines.size(); ++i) {
        const DiffDisplayLine &l = m_lines.at(i);
        if (l.kind == DiffDisplayLine::Kind::Fold) {
            for (CodeEditor *e : {m_leftEditor, m_rightEditor}) {
                e->markerAdd(i, FoldMarker);
                const long start = e->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, i);
                const long end = e->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, i);
                e->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, FoldIndicator);
                e->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, start, end - start);
            }
            continue;
        }
        const DiffRow &r = m_diff.rows.at(l.row);
        paintSide(m_leftEditor, i, r.left, r.kind, true);
        paintSide(m_rightEditor, i, r.right, r.kind, false);
    }
}

void DiffView::fillInline()
{
    m_inlineLines = DiffLayout::inlineView(m_diff, m_fold, m_options.contextLines, m_expanded);
    QStringList text;
    text.reserve(m_inlineLines.size());
    for (const DiffDisplayLine &l : std::as_const(m_inlineLines)) {
        if (l.kind == DiffDisplayLine::Kind::Fold) {
            text << tr("⋯ %n unchanged line(s)", nullptr, l.foldedCount());
            continue;
        }
        const DiffRow &r = m_diff.rows.at(l.row);
        const bool showLeft = l.side == DiffDisplayLine::Side::Left || r.kind == DiffRow::Kind::Removed
                || (l.side == DiffDisplayLine::Side::Both && r.kind == DiffRow::Kind::Context);
        text << stripCr(showLeft ? r.left.text : r.right.text);
    }
    CodeEditor *e = m_inlineEditor;
    e->showCode(text.join(QLatin1Char('\n')), m_lexer);
    e->markerDeleteAll();
    e->clearMarginText();
    e->setMarginWidth(0, QStringLiteral("00000 00000 "));
    for (int i = 0; i < m_inlineLines.size(); ++i) {
        const DiffDisplayLine &l = m_inlineLines.at(i);
        if (l.kind == DiffDisplayLine::Kind::Fold) {
            e->markerAdd(i, FoldMarker);
            const long start = e->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, i);
            e->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, FoldIndicator);
            e->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, start, e->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, i) - start);
            continue;
        }
        const DiffRow &r = m_diff.rows.at(l.row);
        const bool removedLine = l.side == DiffDisplayLine::Side::Left || r.kind == DiffRow::Kind::Removed;
        const bool addedLine = l.side == DiffDisplayLine::Side::Right || r.kind == DiffRow::Kind::Added;
        const QString oldNo = !addedLine && r.left.lineNumber ? QString::number(r.left.lineNumber) : QString();
        const QString newNo = !removedLine && r.right.lineNumber ? QString::number(r.right.lineNumber) : QString();
        e->setMarginText(i, QStringLiteral("%1 %2 %3").arg(oldNo, 5).arg(newNo, 5).arg(removedLine ? QLatin1Char('-') : addedLine ? QLatin1Char('+') : QLatin1Char(' ')),
                         m_marginStyle);
        if (removedLine)
            e->markerAdd(i, RemovedMarker);
        else if (addedLine)
            e->markerAdd(i, AddedMarker);
    }
}

int DiffView::displayLineOfRow(int row) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).kind == DiffDisplayLine::Kind::Row && m_lines.at(i).row == row)
            return i;
    }
    return -1;
}

void DiffView::nextChange()
{
    const QList<int> starts = m_diff.changeStarts();
    if (m_walkBeyond && m_ready && m_currentChange + 1 >= starts.size()) {
        emit pastLastChange();
        return;
    }
    if (starts.isEmpty())
        return;
    goToChange(m_currentChange + 1 < starts.size() ? m_currentChange + 1 : 0);
}

void DiffView::previousChange()
{
    const QList<int> starts = m_diff.changeStarts();
    if (m_walkBeyond && m_ready && m_currentChange <= 0) {
        emit beforeFirstChange();
        return;
    }
    if (starts.isEmpty())
        return;
    goToChange(m_currentChange > 0 ? m_currentChange - 1 : int(starts.size()) - 1);
}

void DiffView::setWalkBeyond(bool on)
{
    m_walkBeyond = on;
}

void DiffView::goToEdgeChange(bool last)
{
    m_pendingEdge = last ? 2 : 1;
    if (m_ready)
        showPendingEdge();
}

void DiffView::showPendingEdge()
{
    const int edge = m_pendingEdge;
    m_pendingEdge = 0;
    const QList<int> starts = m_diff.changeStarts();
    if (edge == 0 || starts.isEmpty())
        return;
    goToChange(edge == 2 ? int(starts.size()) - 1 : 0);
}

void DiffView::goToChange(int index)
{
    const QList<int> starts = m_diff.changeStarts();
    if (index < 0 || index >= starts.size())
        return;
    m_currentChange = index;
    const int row = starts.at(index);
    if (isInline()) {
        for (int i = 0; i < m_inlineLines.size(); ++i) {
            if (m_inlineLines.at(i).kind == DiffDisplayLine::Kind::Row && m_inlineLines.at(i).row == row) {
                m_inlineEditor->setFirstVisibleLine(qMax(0, i - 3));
                m_inlineEditor->setCursorPosition(i, 0);
                break;
            }
        }
    } else {
        const int line = displayLineOfRow(row);
        if (line >= 0) {
            m_leftEditor->setFirstVisibleLine(qMax(0, line - 3));
            m_leftEditor->setCursorPosition(line, 0);
            m_rightEditor->setCursorPosition(line, 0);
        }
    }
    emit message(tr("Change %1 of %2").arg(index + 1).arg(starts.size()));
}

void DiffView::syncScroll(CodeEditor *from, CodeEditor *to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
    to->horizontalScrollBar()->setValue(from->horizontalScrollBar()->value());
    m_syncing = false;
    updateOverview();
}

void DiffView::expandFoldAt(CodeEditor *editor, int line)
{
    const QList<DiffDisplayLine> &lines = editor == m_inlineEditor ? m_inlineLines : m_lines;
    if (line < 0 || line >= lines.size() || lines.at(line).kind != DiffDisplayLine::Kind::Fold)
        return;
    const int first = editor->firstVisibleLine();
    m_expanded.insert(lines.at(line).foldFirstRow);
    relayout();
    editor->setFirstVisibleLine(first);
}

void DiffView::updateOverview()
{
    const Palette c = diffColours(isDark(this));
    auto marks = [&](const QList<DiffDisplayLine> &lines) {
        QList<DiffOverviewBar::Mark> out;
        for (int i = 0; i < lines.size(); ++i) {
            const DiffDisplayLine &l = lines.at(i);
            if (l.kind != DiffDisplayLine::Kind::Row)
                continue;
            const DiffRow::Kind k = m_diff.rows.at(l.row).kind;
            if (k == DiffRow::Kind::Context)
                continue;
            QColor colour = k == DiffRow::Kind::Removed ? c.removed.darker(130) : k == DiffRow::Kind::Added ? c.added.darker(130) : c.changed.darker(140);
            if (!out.isEmpty() && out.last().line + out.last().count == i && out.last().color == colour)
                ++out.last().count;
            else
                out.append({i, 1, colour});
        }
        return out;
    };
    if (isInline()) {
        m_inlineOverview->setMarks(marks(m_inlineLines), int(m_inlineLines.size()));
        m_inlineOverview->setViewport(m_inlineEditor->firstVisibleLine(), m_inlineEditor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    } else {
        m_overview->setMarks(marks(m_lines), int(m_lines.size()));
        m_overview->setViewport(m_leftEditor->firstVisibleLine(), m_leftEditor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    }
}

QString DiffView::patch() const
{
    return m_diff.unifiedPatch(m_left.path, m_right.path);
}

void DiffView::copyPatch()
{
    if (m_diff.binary || m_diff.identical) {
        emit message(tr("There is no patch: %1").arg(m_diff.binary ? tr("the versions are binary.") : tr("no differences.")));
        return;
    }
    QApplication::clipboard()->setText(patch());
    emit message(tr("Copied the patch (%n line(s))", nullptr, int(patch().count(QLatin1Char('\n')))));
}

void DiffView::savePatch()
{
    if (m_diff.binary || m_diff.identical)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Patch"), QStringLiteral("changes.patch"),
                                                      tr("Patches (*.patch *.diff);;All files (*)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray bytes = patch().toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        emit message(tr("Could not save %1: %2").arg(file, out.errorString()));
    else
        emit message(tr("Saved %1").arg(file));
}

void DiffView::setReleaseActions(bool deployRight, bool newVersionFromRight)
{
    m_deployRight->setVisible(deployRight);
    m_newVersion->setVisible(newVersionFromRight);
}
