#include "ui/code/CodeView.h"

#include "ui/code/AnnotationMargin.h"
#include "ui/code/BundleFileTree.h"
#include "ui/code/CodeEditor.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/CopyableLabel.h"
#include "app/decode/HexDump.h"
#include "app/history/RoutineAnnotation.h"
#include "app/versions/BundleFileContent.h"
#include "app/bundle/BundleExtract.h"

#include <QAction>
#include <QBuffer>
#include <QImageReader>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum Page { StatePage, EditorPage, HexPage, ImagePage };
}

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("CodeView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    buildHeader();
    layout->addWidget(m_header);
    buildAnnotationBar();
    layout->addWidget(m_annotationBar);
    layout->addWidget(buildNotice());
    layout->addWidget(buildBody(), 1);
    buildFindBar();
    layout->addWidget(m_findBar);
    addShortcuts();
    addZoomShortcuts();
    connectIntents();

    showPlaceholder(tr("Choose a routine, then a code version (Enter or click opens it)."));
}

// Missing code, warnings, plain-text or hex mode: said above the code, hidden when there is nothing to say.
QLabel *CodeView::buildNotice()
{
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("codeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setVisible(false);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return m_notice;
}

// The pages, with a bundle's file tree beside them (hidden for a single file).
QSplitter *CodeView::buildBody()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("bundleSplitter"));
    m_files = new BundleFileTree(split);
    m_files->setVisible(false);
    m_files->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 10);
    split->addWidget(m_files);
    split->addWidget(buildPages());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({200, 800});
    split->setChildrenCollapsible(false);
    connect(m_files, &BundleFileTree::fileChosen, this, [this](const QString &path) {
        showBundleFile(path);
        emit bundleFileShown(path);
    });
    return split;
}

// Loading or why not (with Retry), the code in the editor, the hex view of a binary kind, or an image.
QStackedWidget *CodeView::buildPages()
{
    m_stack = new QStackedWidget(this);
    buildStatePage(m_stack);
    m_editor = new CodeEditor(m_stack);
    m_editor->setAccessibleName(tr("Code"));
    m_editor->setAccessibleDescription(tr("The code of the open version, read-only, highlighted by its kind"));
    m_annotationMargin = new AnnotationMargin(m_editor);
    m_hex = new QPlainTextEdit(m_stack);
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_hex->setReadOnly(true);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->insertWidget(StatePage, m_statePage);
    m_stack->insertWidget(EditorPage, m_editor);
    m_stack->insertWidget(HexPage, m_hex);
    m_stack->insertWidget(ImagePage, buildImagePage(m_stack));
    return m_stack;
}

QWidget *CodeView::buildImagePage(QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(QStringLiteral("bundleImageArea"));
    area->setAlignment(Qt::AlignCenter);
    area->setBackgroundRole(QPalette::Dark);
    m_image = new QLabel(area);
    m_image->setObjectName(QStringLiteral("bundleImage"));
    m_image->setAccessibleName(tr("Image"));
    m_image->setFocusPolicy(Qt::StrongFocus);
    area->setWidget(m_image);
    return area;
}

QWidget *CodeView::buildStatePage(QWidget *parent)
{
    m_statePage = new QWidget(parent);
    auto *stateLayout = new QVBoxLayout(m_statePage);
    m_stateText = new QLabel(m_statePage);
    m_stateText->setObjectName(QStringLiteral("codeState"));
    m_stateText->setAlignment(Qt::AlignCenter);
    m_stateText->setWordWrap(true);
    m_stateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), m_statePage);
    m_retry->setObjectName(QStringLiteral("codeRetry"));
    stateLayout->addStretch();
    stateLayout->addWidget(m_stateText);
    stateLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    stateLayout->addStretch();
    return m_statePage;
}

// The view's own keys, live while the focus is in it.
void CodeView::addShortcuts()
{
    m_findAction = new QAction(tr("&Find…"), this); // Ctrl+F is the window's, which brings it here
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction = new QAction(tr("Find &Previous"), this);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_goToLineAction = new QAction(tr("&Go to Line…"), this);
    m_goToLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_saveAsAction = new QAction(tr("&Save Code As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_wrapAction = new QAction(tr("&Wrap Long Lines"), this);
    m_wrapAction->setCheckable(true);
    m_wrapAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    // The keyboard's way to what a click on the annotation margin opens.
    m_introducedAction = new QAction(tr("Show the Change That &Introduced This Line"), this);
    m_introducedAction->setObjectName(QStringLiteral("introducedAction"));
    m_introducedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_introducedAction->setEnabled(false);
    // A bundle's file tree, from the keyboard.
    m_focusFilesAction = new QAction(tr("Show the &Files of the Bundle"), this);
    m_focusFilesAction->setObjectName(QStringLiteral("focusBundleFiles"));
    m_focusFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_focusFilesAction, &QAction::triggered, this, [this] {
        if (m_files->isVisible())
            m_files->setFocus(Qt::ShortcutFocusReason);
    });
    for (QAction *a : {m_findAction, m_findNextAction, m_findPreviousAction, m_goToLineAction, m_saveAsAction, m_wrapAction,
                       m_introducedAction, m_focusFilesAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_introducedAction, &QAction::triggered, this, [this] {
        int line = 0, index = 0;
        m_editor->getCursorPosition(&line, &index);
        openIntroducingChange(line + 1);
    });
    connect(m_findAction, &QAction::triggered, this, &CodeView::openFindBar);
    connect(m_findNextAction, &QAction::triggered, this, &CodeView::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &CodeView::findPrevious);
    connect(m_goToLineAction, &QAction::triggered, this, &CodeView::askGoToLine);
    connect(m_saveAsAction, &QAction::triggered, this, &CodeView::saveAs);
    connect(m_wrapAction, &QAction::toggled, this, [this](bool on) {
        m_editor->setWrapMode(on ? QsciScintilla::WrapWord : QsciScintilla::WrapNone);
        m_hex->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
}

void CodeView::addZoomShortcuts()
{
    auto *zoomIn = new QAction(tr("Zoom &In"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto *zoomOut = new QAction(tr("Zoom &Out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *zoomReset = new QAction(tr("&Reset Zoom"), this);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {zoomIn, zoomOut, zoomReset}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(zoomIn, &QAction::triggered, m_editor, [this] { m_editor->zoomIn(); });
    connect(zoomOut, &QAction::triggered, m_editor, [this] { m_editor->zoomOut(); });
    connect(zoomReset, &QAction::triggered, m_editor, [this] { m_editor->zoomTo(0); });
}

// Retry after a failed open, and a click on the annotation margin (the change that brought the line in).
void CodeView::connectIntents()
{
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_retryCallback)
            m_retryCallback();
    });
    connect(m_annotationMargin, &AnnotationMargin::lineClicked, this, &CodeView::openIntroducingChange);
}

void CodeView::buildHeader()
{
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("codeHeader"));
    // Never wider than the view (the header must not push the lists aside): the values flow onto
    // more lines when they do not fit, rather than being cut.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_header->setSizePolicy(policy);
    auto *flow = new FlowLayout(m_header);
    flow->setContentsMargins(6, 4, 6, 4);
    auto field = [this, flow](const QString &caption, const char *name) {
        auto *pairWidget = new QWidget(m_header);
        auto *label = new QLabel(caption, pairWidget);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        label->setPalette(p);
        auto *value = new CopyableLabel(pairWidget);
        value->setObjectName(QLatin1String(name));
        value->setAccessibleName(caption.chopped(caption.endsWith(QLatin1Char(':')) ? 1 : 0));
        connect(value, &CopyableLabel::copied, this, [this, caption](const QString &) {
            emit message(tr("Copied %1").arg(caption.chopped(caption.endsWith(QLatin1Char(':')) ? 1 : 0)));
        });
        auto *pair = new QHBoxLayout(pairWidget);
        pair->setContentsMargins(0, 0, 0, 0);
        pair->setSpacing(4);
        pair->addWidget(label);
        pair->addWidget(value);
        flow->addWidget(pairWidget);
        return value;
    };
    m_routine = field(tr("Routine:"), "headerRoutine");
    m_version = field(tr("Version:"), "headerVersion");
    m_created = field(tr("Created:"), "headerCreated");
    m_size = field(tr("Size:"), "headerSize");
    m_kind = field(tr("Kind:"), "headerKind");
    m_sha = field(tr("SHA-256:"), "headerSha256");
    m_requestId = field(tr("Request:"), "headerRequestId");
    m_source = new QLabel(m_header);
    m_source->setObjectName(QStringLiteral("headerSource"));
    flow->addWidget(m_source);
    m_header->setVisible(false);
}

void CodeView::buildFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(6, 2, 6, 2);
    m_findText = new QLineEdit(m_findBar);
    m_findText->setObjectName(QStringLiteral("findText"));
    m_findText->setPlaceholderText(tr("Find in this version"));
    m_findText->setClearButtonEnabled(true);
    m_findCase = new QCheckBox(tr("Match &case"), m_findBar);
    m_findRegex = new QCheckBox(tr("Regular e&xpression"), m_findBar);
    m_findCount = new QLabel(m_findBar);
    m_findCount->setObjectName(QStringLiteral("findCount"));
    auto *prev = new QToolButton(m_findBar);
    prev->setArrowType(Qt::UpArrow);
    prev->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(m_findBar);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    row->addWidget(new QLabel(tr("Find:"), m_findBar));
    row->addWidget(m_findText, 1);
    row->addWidget(prev);
    row->addWidget(next);
    row->addWidget(m_findCase);
    row->addWidget(m_findRegex);
    row->addWidget(m_findCount);
    row->addWidget(close);
    m_findBar->setVisible(false);
    connect(m_findText, &QLineEdit::textChanged, this, &CodeView::updateFindCount);
    connect(m_findCase, &QCheckBox::toggled, this, &CodeView::updateFindCount);
    connect(m_findRegex, &QCheckBox::toggled, this, &CodeView::updateFindCount);
    connect(m_findText, &QLineEdit::returnPressed, this, &CodeView::findNext);
    connect(next, &QToolButton::clicked, this, &CodeView::findNext);
    connect(prev, &QToolButton::clicked, this, &CodeView::findPrevious);
    auto *escape = new QAction(m_findBar);
    escape->setShortcut(QKeySequence::Cancel);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findBar->addAction(escape);
    auto hide = [this] {
        m_findBar->hide();
        m_editor->clearHighlights();
        m_editor->setFocus();
    };
    connect(escape, &QAction::triggered, this, hide);
    connect(close, &QToolButton::clicked, this, hide);
}

void CodeView::buildAnnotationBar()
{
    m_annotationBar = new QWidget(this);
    m_annotationBar->setObjectName(QStringLiteral("annotationBar"));
    m_annotationBar->setAutoFillBackground(true);
    auto *row = new QHBoxLayout(m_annotationBar);
    row->setContentsMargins(6, 3, 6, 3);
    m_annotationText = new QLabel(m_annotationBar);
    m_annotationText->setObjectName(QStringLiteral("annotationText"));
    m_annotationText->setWordWrap(true);
    m_annotationText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_annotationProgress = new QProgressBar(m_annotationBar);
    m_annotationProgress->setObjectName(QStringLiteral("annotationProgress"));
    m_annotationProgress->setAccessibleName(tr("Annotation progress"));
    m_annotationProgress->setMaximumWidth(180);
    m_annotationProgress->setTextVisible(false);
    m_annotationButton = new QPushButton(m_annotationBar);
    m_annotationButton->setObjectName(QStringLiteral("annotationButton"));
    row->addWidget(m_annotationText, 1);
    row->addWidget(m_annotationProgress);
    row->addWidget(m_annotationButton);
    m_annotationBar->setVisible(false);
    connect(m_annotationButton, &QPushButton::clicked, this, [this] {
        if (m_annotation && m_annotation->state() == RoutineAnnotation::State::Failed)
            emit annotationRetryRequested();
        else
            emit annotationCancelRequested();
    });
}

void CodeView::setAnnotation(RoutineAnnotation *annotation)
{
    if (m_annotation)
        disconnect(m_annotation, nullptr, this, nullptr);
    m_annotation = annotation;
    if (annotation) {
        connect(annotation, &RoutineAnnotation::stateChanged, this, &CodeView::showAnnotationState);
        connect(annotation, &RoutineAnnotation::progress, this, &CodeView::showAnnotationState);
        connect(annotation, &RoutineAnnotation::annotated, this, [this](const Annotation &a) {
            if (!m_annotationMargin->isShown())
                return; // another version is shown
            const HistoryLoader *loader = m_annotation->loader();
            emit message(tr("Annotated %1: %n line(s), brought in by %2 of the %3 versions up to it (%4 downloaded), in %5 ms.", nullptr, int(a.lines.size()))
                                 .arg(versionIdTail(m_annotation->target().codeVersion))
                                 .arg(a.introducingVersions().size())
                                 .arg(loader->total())
                                 .arg(loader->downloaded())
                                 .arg(m_annotation->elapsedMs()));
        });
    }
    showAnnotationState();
}

void CodeView::showAnnotationState()
{
    const RoutineAnnotation *a = m_annotation;
    const bool forShown = a && a->state() != RoutineAnnotation::State::Idle && m_opened
            && a->target().codeVersion == m_opened->codeVersion && a->target().routine == m_opened->routine
            && a->target().accountId == m_opened->accountId && a->file() == m_file;
    m_introducedAction->setEnabled(false);
    if (!forShown) {
        m_annotationBar->setVisible(false);
        m_annotationMargin->clear();
        return;
    }
    QPalette p = m_annotationBar->palette();
    p.setColor(QPalette::Window, a->state() == RoutineAnnotation::State::Failed ? QColor(0xfd, 0xec, 0xc8) : QColor(0xe3, 0xee, 0xfb));
    p.setColor(QPalette::WindowText, QColor(0x33, 0x2b, 0x1a));
    m_annotationBar->setPalette(p);
    m_annotationProgress->setVisible(a->state() == RoutineAnnotation::State::Loading || a->state() == RoutineAnnotation::State::Annotating);
    const HistoryLoader *loader = a->loader();
    switch (a->state()) {
    case RoutineAnnotation::State::Loading:
        m_annotationMargin->clear();
        m_annotationText->setText(loader->expectedFromCache() > 0
                                          ? tr("Annotating: %1 of %2 versions loaded (%3 from the cache)…")
                                                    .arg(loader->done()).arg(loader->total()).arg(loader->expectedFromCache())
                                          : tr("Annotating: %1 of %2 versions loaded…").arg(loader->done()).arg(loader->total()));
        m_annotationProgress->setRange(0, qMax(1, loader->total()));
        m_annotationProgress->setValue(loader->done());
        m_annotationButton->setText(tr("Cancel"));
        m_annotationButton->setToolTip(tr("Stop annotating (Ctrl+Shift+A turns it on again)"));
        m_annotationBar->setVisible(true);
        return;
    case RoutineAnnotation::State::Annotating:
        m_annotationMargin->clear();
        m_annotationText->setText(tr("Annotating: following every line through %n version(s)…", nullptr, loader->total()));
        m_annotationProgress->setRange(0, 0); // busy: the annotator reports no steps
        m_annotationButton->setText(tr("Cancel"));
        m_annotationButton->setToolTip(tr("Stop annotating (Ctrl+Shift+A turns it on again)"));
        m_annotationBar->setVisible(true);
        return;
    case RoutineAnnotation::State::Failed:
        m_annotationMargin->clear();
        m_annotationText->setText(tr("The annotation failed: %1").arg(a->errorText()));
        m_annotationButton->setText(tr("Retry"));
        m_annotationButton->setToolTip(tr("Load the missing versions and annotate again"));
        m_annotationBar->setVisible(true);
        return;
    case RoutineAnnotation::State::Ready:
        if (a->annotation().status != Annotation::Status::Annotated || m_stack->currentIndex() != EditorPage) {
            m_annotationMargin->clear();
            m_annotationText->setText(m_file.isEmpty() ? tr("Nothing to annotate: this version (%1) has no lines of text.").arg(m_opened->code.kindLabel())
                                                       : tr("Nothing to annotate: %1 has no lines of text.").arg(m_file));
            m_annotationButton->setText(tr("Close"));
            m_annotationButton->setToolTip(tr("Turn annotating off"));
            m_annotationBar->setVisible(true);
            return;
        }
        m_annotationBar->setVisible(false);
        if (!m_annotationMargin->isShown())
            m_annotationMargin->show(a->annotation());
        m_introducedAction->setEnabled(true);
        return;
    case RoutineAnnotation::State::Idle:
        break;
    }
}

void CodeView::openIntroducingChange(int line)
{
    if (!m_annotationMargin->isShown())
        return;
    const Annotation &a = m_annotationMargin->annotation();
    const LineAnnotation *l = a.line(line);
    const AnnotatedVersion *v = a.versionOfLine(line);
    if (!l || !v)
        return;
    if (v->previous < 0) {
        emit message(tr("Line %1 came in with version %2, the oldest with code: there is no earlier version to compare it with.")
                             .arg(line)
                             .arg(v->shortId));
        return;
    }
    emit introducingChangeRequested(a.versions.at(v->previous).codeVersion, v->codeVersion, l->line);
}

void CodeView::setNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    QPalette p = m_notice->palette();
    p.setColor(QPalette::Window, warning ? QColor(0xfd, 0xec, 0xc8) : QColor(0xe3, 0xee, 0xfb));
    p.setColor(QPalette::WindowText, QColor(0x33, 0x2b, 0x1a));
    m_notice->setPalette(p);
    m_notice->setVisible(!text.isEmpty());
}

void CodeView::showPlaceholder(const QString &text)
{
    m_opened.reset();
    showAnnotationState();
    m_header->setVisible(false);
    setNotice({}, false);
    m_stateText->setText(text);
    m_retry->setVisible(false);
    m_stack->setCurrentIndex(StatePage);
}

void CodeView::showLoading(const QString &routine, const QString &codeVersion)
{
    m_opened.reset();
    showAnnotationState();
    m_header->setVisible(false);
    setNotice({}, false);
    m_stateText->setText(tr("Loading %1 of %2…").arg(codeVersion, routine));
    m_retry->setVisible(false);
    m_stack->setCurrentIndex(StatePage);
}

void CodeView::showError(const QString &routine, const QString &codeVersion, const ApiError &error, std::function<void()> retry)
{
    m_opened.reset();
    showAnnotationState();
    m_header->setVisible(false);
    setNotice({}, false);
    m_stateText->setText(tr("Version %1 of %2 could not be opened.\n\n%3").arg(codeVersion, routine, error.details()));
    m_retryCallback = std::move(retry);
    m_retry->setVisible(bool(m_retryCallback));
    m_stack->setCurrentIndex(StatePage);
}

void CodeView::showCode(const OpenedCodeVersion &opened, bool routineHasAssets)
{
    m_annotationMargin->clear(); // it described the text that goes now
    m_opened = opened;
    const DecodedCode &code = opened.code;
    m_routine->setValue(opened.routine);
    m_version->setValue(opened.codeVersion);
    m_created->setValue(opened.createTime.toUTC().toString(Qt::ISODate),
                        QLocale().toString(opened.createTime.toLocalTime(), QLocale::ShortFormat));
    m_size->setValue(QString::number(code.size), QLocale().formattedDataSize(code.size));
    m_kind->setValue(opened.isBundle() ? tr("Functions and Pages bundle (%n file(s))", nullptr, opened.bundle.count()) : code.kindLabel());
    m_sha->setValue(QString::fromLatin1(code.sha256), QString::fromLatin1(code.sha256.left(12)) + QStringLiteral("…"));
    m_requestId->setValue(opened.requestId);
    m_source->setText(opened.fromCache ? tr("from cache") : QString());
    m_header->setVisible(true);
    m_file.clear();
    if (opened.isBundle() && opened.bundleError.isEmpty()) {
        showBundle();
        return;
    }
    m_files->setVisible(false);
    QStringList notices;
    if (!opened.bundleError.isEmpty())
        notices << tr("This version is a zip that cannot be shown as a bundle: %1").arg(opened.bundleError);
    if (!code.ok())
        notices << tr("The RoutineCode could not be decoded: %1").arg(code.error);
    if (code.kind == DecodedCode::Kind::StorageError) {
        notices << tr("The stored code for this version is missing (%1): the service returned its storage error document instead of code. The raw document is shown below.")
                           .arg(code.storageErrorCode.isEmpty() ? QStringLiteral("?") : code.storageErrorCode);
    }
    const bool warning = !notices.isEmpty() || !code.warnings.isEmpty();
    if (routineHasAssets && code.ok() && code.kind != DecodedCode::Kind::StorageError && opened.bundleError.isEmpty())
        notices << tr("This routine has assets, but the service sent only the entry script of this version: its asset files are not shown.");
    showContent(code, DecodedCode::lexerName(code.kind), notices);
    setNotice(notices.join(QLatin1Char('\n')), warning);
    showAnnotationState();
}

// Decoded bytes in the editor with `lexer`, or as hex when they are binary; what there is to say goes to `notices`.
void CodeView::showContent(const DecodedCode &code, const QString &lexer, QStringList &notices)
{
    for (DecodedCode::Warning w : code.warnings)
        notices << DecodedCode::warningText(w);
    // A zip that cannot be read as a bundle is shown as its bytes.
    const bool binary = code.kind == DecodedCode::Kind::WebAssembly || code.kind == DecodedCode::Kind::Binary
            || code.kind == DecodedCode::Kind::Bundle;
    if (binary) {
        notices << tr("%1, %2. Shown as hex: the first %3 of it.")
                           .arg(DecodedCode::kindName(code.kind), QLocale().formattedDataSize(code.size),
                                QLocale().formattedDataSize(qMin<qint64>(code.size, HexDump::DefaultLimit)));
        m_hex->setPlainText(HexDump::format(code.bytes));
        m_stack->setCurrentIndex(HexPage);
        return;
    }
    const bool highlighted = code.textIsBytes() ? m_editor->showUtf8Code(code.bytes, lexer) : m_editor->showCode(code.text(), lexer);
    if (!highlighted)
        notices << tr("This code is very large (%1): syntax highlighting is off.").arg(QLocale().formattedDataSize(code.size));
    m_stack->setCurrentIndex(EditorPage);
    if (m_findBar->isVisible())
        updateFindCount();
}

// The file tree beside the code, and the file chosen last in this version (else the entry) in the view.
void CodeView::showBundle()
{
    const CodeBundle &bundle = m_opened->bundle;
    m_files->setBundle(bundle);
    m_files->setVisible(true);
    if (bundle.isEmpty()) {
        m_stateText->setText(tr("This bundle has no files."));
        m_retry->setVisible(false);
        m_stack->setCurrentIndex(StatePage);
        setNotice({}, false);
        showAnnotationState();
        return;
    }
    QString path = m_chosenFiles.value(versionKey());
    if (!bundle.file(path))
        path = bundle.entryPath();
    if (!bundle.file(path))
        path = bundle.files().constFirst().path;
    showBundleFile(path);
}

QString CodeView::versionKey() const
{
    return m_opened ? QStringLiteral("%1/%2/%3").arg(m_opened->accountId, m_opened->routine, m_opened->codeVersion) : QString();
}

bool CodeView::showFile(const QString &path)
{
    if (!m_opened || !m_opened->isBundle() || !m_opened->bundle.file(path))
        return false;
    if (path != m_file)
        showBundleFile(path);
    return true;
}

void CodeView::showBundleFile(const QString &path)
{
    if (!m_opened)
        return;
    const CodeBundle::File *file = m_opened->bundle.file(path);
    if (!file)
        return;
    m_annotationMargin->clear();
    m_file = path;
    m_chosenFiles.insert(versionKey(), path);
    m_files->select(path);
    const BundleFileContent content = BundleFileContent::of(*file);
    QStringList notices;
    bool shown = false;
    if (content.show == BundleFileContent::Show::Image)
        shown = showImage(*file, content, notices);
    if (!shown)
        showContent(content.code, content.lexer, notices);
    const bool warning = !content.code.warnings.isEmpty() || (content.show == BundleFileContent::Show::Image && !shown);
    notices.prepend(tr("%1 — %2, %3").arg(path, content.typeName(path),
                                          QLocale().formattedDataSize(file->bytes.size())));
    setNotice(notices.join(QLatin1Char('\n')), warning);
    showAnnotationState();
}

// An image file as the image; false (and why in `notices`) when it cannot be read as one.
bool CodeView::showImage(const CodeBundle::File &file, const BundleFileContent &content, QStringList &notices)
{
    QBuffer buffer;
    buffer.setData(file.bytes);
    QImageReader reader(&buffer, content.imageFormat);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        notices << tr("This image cannot be shown (%1): its bytes follow.").arg(reader.errorString());
        return false;
    }
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->setAccessibleDescription(tr("%1, %2 × %3 pixels").arg(file.path).arg(image.width()).arg(image.height()));
    m_image->adjustSize();
    m_stack->setCurrentIndex(ImagePage);
    notices << tr("%1 × %2 pixels").arg(image.width()).arg(image.height());
    return true;
}

void CodeView::openFindBar()
{
    m_findBar->show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_findText->setText(m_editor->selectedText());
    m_findText->setFocus();
    m_findText->selectAll();
    updateFindCount();
}

void CodeView::find(const QString &pattern, bool regularExpression, bool caseSensitive)
{
    m_findBar->show();
    m_findRegex->setChecked(regularExpression);
    m_findCase->setChecked(caseSensitive);
    m_findText->setText(pattern);
    updateFindCount();
    findNext();
}

void CodeView::updateFindCount()
{
    if (m_stack->currentIndex() != EditorPage) {
        m_findCount->clear();
        return;
    }
    const int n = m_editor->highlightAll(m_findText->text(), m_findRegex->isChecked(), m_findCase->isChecked());
    m_findCount->setText(m_findText->text().isEmpty() ? QString()
                         : n >= CodeEditor::MaxHighlights ? tr("%1+ matches").arg(n)
                                                           : tr("%n match(es)", nullptr, n));
}

void CodeView::findNext()
{
    if (!m_editor->findNextMatch(m_findText->text(), m_findRegex->isChecked(), m_findCase->isChecked(), true) && !m_findText->text().isEmpty())
        emit message(tr("No match for \"%1\"").arg(m_findText->text()));
}

void CodeView::findPrevious()
{
    if (!m_editor->findNextMatch(m_findText->text(), m_findRegex->isChecked(), m_findCase->isChecked(), false) && !m_findText->text().isEmpty())
        emit message(tr("No match for \"%1\"").arg(m_findText->text()));
}

void CodeView::goToLine(int line)
{
    m_editor->goToLine(line);
}

void CodeView::askGoToLine()
{
    if (m_stack->currentIndex() != EditorPage)
        return;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    bool ok = false;
    const int target = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(m_editor->lines()), line + 1, 1,
                                            qMax(1, m_editor->lines()), 1, &ok);
    if (ok)
        goToLine(target);
}

void CodeView::saveAs()
{
    if (!m_opened)
        return;
    if (m_opened->isBundle() && m_opened->bundleError.isEmpty()) {
        saveBundleAs();
        return;
    }
    const DecodedCode &code = m_opened->code;
    // The original bytes, exactly as decoded: not the editor's text.
    saveBytes(tr("Save Code As"), QStringLiteral("%1-%2%3").arg(m_opened->routine, m_opened->codeVersion, DecodedCode::fileSuffix(code.kind)),
              code.bytes);
}

void CodeView::saveBytes(const QString &title, const QString &suggested, const QByteArray &bytes)
{
    const QString file = QFileDialog::getSaveFileName(this, title, suggested);
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        emit message(tr("Could not save %1: %2").arg(file, out.errorString()));
    else
        emit message(tr("Saved %1 (%2)").arg(file, QLocale().formattedDataSize(bytes.size())));
}

// A bundle: the zip as it came, its files extracted into a folder, or the file shown.
void CodeView::saveBundleAs()
{
    QMessageBox ask(QMessageBox::Question, tr("Save Bundle As"),
                    tr("Version %1 is a bundle of %n file(s). What do you want to save?", nullptr, m_opened->bundle.count())
                            .arg(m_opened->codeVersion),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("saveBundleChoice"));
    QPushButton *zip = ask.addButton(tr("The &Zip…"), QMessageBox::AcceptRole);
    zip->setObjectName(QStringLiteral("saveBundleZip"));
    QPushButton *folder = ask.addButton(tr("&Extract to a Folder…"), QMessageBox::AcceptRole);
    folder->setObjectName(QStringLiteral("saveBundleFolder"));
    QPushButton *file = nullptr;
    if (!m_file.isEmpty()) {
        file = ask.addButton(tr("This &File…"), QMessageBox::AcceptRole);
        file->setObjectName(QStringLiteral("saveBundleFile"));
    }
    ask.setDefaultButton(zip);
    ask.exec();
    if (ask.clickedButton() == zip)
        saveBytes(tr("Save Bundle As"), QStringLiteral("%1-%2.zip").arg(m_opened->routine, m_opened->codeVersion), m_opened->code.bytes);
    else if (ask.clickedButton() == folder)
        extractBundle();
    else if (file && ask.clickedButton() == file)
        saveBytes(tr("Save File As"), m_file.mid(m_file.lastIndexOf(QLatin1Char('/')) + 1), m_opened->bundle.file(m_file)->bytes);
}

void CodeView::extractBundle(const QString &chosenFolder)
{
    if (!m_opened || !m_opened->isBundle())
        return;
    const QString folder = !chosenFolder.isEmpty() ? chosenFolder
                                                    : QFileDialog::getExistingDirectory(this, tr("Extract %1 into Folder").arg(m_opened->codeVersion));
    if (folder.isEmpty())
        return;
    const CodeBundle bundle = m_opened->bundle;
    emit message(tr("Extracting %n file(s) into %1…", nullptr, bundle.count()).arg(folder));
    // Off the UI thread: a large bundle is thousands of files. BundleExtract writes nothing outside
    // the folder and nothing over an existing file.
    m_extracting = Request<BundleExtract::Result>::onPool([bundle, folder] {
                       return ApiResult<BundleExtract::Result>(BundleExtract::extract(bundle, folder));
                   }).then(this, [this, folder](const ApiResult<BundleExtract::Result> &r) {
        const BundleExtract::Result &result = r.value();
        if (result.ok()) {
            emit message(tr("Extracted %n file(s) into %1", nullptr, result.written).arg(folder));
            return;
        }
        emit message(tr("Nothing was extracted: %1").arg(result.error));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Extract Bundle"), tr("Nothing was extracted into %1.").arg(folder),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("extractFailed"));
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}
