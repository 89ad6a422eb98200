#include "ui/esa/RoutineBrowser.h"

#include "app/session/SessionState.h"

#include "ui/esa/CodeVersionDelegate.h"
#include "ui/code/CodeView.h"
#include "ui/esa/DeleteVersionsDialog.h"
#include "ui/esa/DeployDialog.h"
#include "ui/history/HistoryExportDialog.h"
#include "ui/esa/NewVersionDialog.h"
#include "ui/common/LoadStatePanel.h"
#include "ui/esa/VersionSearchDialog.h"
#include "ui/esa/RunsOnPanel.h"
#include "ui/esa/UrlResolverDialog.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/history/RoutineAnnotation.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QTreeView *makeList(QWidget *parent, const char *name)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(QLatin1String(name));
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->header()->setStretchLastSection(true);
    return view;
}

// Wide enough for any date in the locale's short format (the lists show the day; the tooltip the time), with the cell's margins.
int dateColumnWidth(const QWidget *view)
{
    const QString widest = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    return view->fontMetrics().horizontalAdvance(widest) + 3 * view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
}
} // namespace

RoutineBrowser::RoutineBrowser(CodeVersionRepository &repository, SessionState &state, QWidget *parent)
    : QWidget(parent)
    , m_workspace(repository, state)
{
    setObjectName(QStringLiteral("RoutineBrowser"));
    QWidget *lists = buildLists();
    m_code = new CodeView(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("browserSplitter"));
    split->addWidget(lists);
    split->addWidget(m_code);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({600, 680});
    lists->setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    addShortcuts(lists);
    buildAnnotation();
    connectIntents();
    connectWorkspace();
}

RoutineBrowser::~RoutineBrowser() = default;

QWidget *RoutineBrowser::buildLists()
{
    auto *lists = new QWidget(this);
    lists->setObjectName(QStringLiteral("routineLists"));
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(lists);
    m_search->setObjectName(QStringLiteral("routineSearch"));
    m_search->setAccessibleName(tr("Search routines"));
    m_search->setPlaceholderText(tr("Search routines (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    listsLayout->addWidget(m_search);

    m_routineView = makeList(lists, "routineView");
    m_routineView->setModel(m_workspace.routines());
    m_routineView->setAccessibleName(tr("Edge routines"));
    m_routineView->setContextMenuPolicy(Qt::CustomContextMenu);
    // At least ten routines in view, whatever the splitter says.
    const int row = m_routineView->fontMetrics().height() + 6;
    m_routineView->setMinimumHeight(row * 10 + row + 4);
    // The description takes what the name and the date leave: no sideways scrolling in a narrow pane
    // (the whole description is in the tooltip).
    m_routineView->header()->setStretchLastSection(false);
    m_routineView->header()->resizeSection(RoutineListModel::NameColumn, 130);
    m_routineView->header()->setSectionResizeMode(RoutineListModel::DescriptionColumn, QHeaderView::Stretch);
    m_routineView->header()->resizeSection(RoutineListModel::CreatedColumn, dateColumnWidth(m_routineView));
    m_routinePanel = new LoadStatePanel(m_routineView, lists);
    m_routinePanel->setIdleText(tr("Select an Alibaba Cloud account to see its edge routines."));

    auto *vsplit = new QSplitter(Qt::Vertical, lists);
    vsplit->setObjectName(QStringLiteral("routineSplitter"));
    vsplit->addWidget(m_routinePanel);
    buildVersions(vsplit);
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    listsLayout->addWidget(vsplit, 1);
    return lists;
}

QWidget *RoutineBrowser::buildVersions(QSplitter *split)
{
    auto *versionsBox = new QWidget(split);
    m_versionsTitle = new QLabel(tr("Code versions"), versionsBox);
    m_versionsTitle->setObjectName(QStringLiteral("versionsTitle"));
    m_versionView = makeList(versionsBox, "versionView");
    m_versionView->setModel(m_workspace.versions());
    m_versionView->setAccessibleName(tr("Code versions"));
    m_versionView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_versionView->setSelectionMode(QAbstractItemView::ExtendedSelection); // two rows to compare
    // Ids in a fixed-width font (elided in the middle when narrow: neighbours differ at the end),
    // deployments as chips whose column follows their width, then the description and the date.
    m_versionView->setItemDelegate(new CodeVersionDelegate(m_versionView));
    QHeaderView *header = m_versionView->header();
    header->resizeSection(CodeVersionListModel::VersionColumn,
                          QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QString(20, QLatin1Char('0'))));
    header->setSectionResizeMode(CodeVersionListModel::DeployedColumn, QHeaderView::ResizeToContents);
    // Id, deployments, date, then the description taking the rest, the status last.
    header->setStretchLastSection(false);
    header->moveSection(header->visualIndex(CodeVersionListModel::CreatedColumn), 2);
    header->resizeSection(CodeVersionListModel::CreatedColumn, dateColumnWidth(m_versionView));
    header->setSectionResizeMode(CodeVersionListModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CodeVersionListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CodeVersionListModel::SourceColumn, QHeaderView::ResizeToContents);
    m_versionPanel = new LoadStatePanel(m_versionView, versionsBox);
    m_versionPanel->setIdleText(tr("Select a routine to see its code versions."));
    m_versionPanel->setEmptyText(tr("This routine has no code versions yet."));
    m_findAll = new QPushButton(tr("Find in All Versions…"), versionsBox);
    m_findAll->setObjectName(QStringLiteral("findInAllVersions"));
    m_findAll->setToolTip(tr("Search every code version of this routine (Ctrl+Shift+F)"));

    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 4, 0, 0);
    versionsLayout->addWidget(m_versionsTitle);
    versionsLayout->addWidget(buildReleaseBar(versionsBox));
    versionsLayout->addWidget(m_versionPanel, 1);
    versionsLayout->addWidget(m_findAll);
    // Beside the versions: where the routine runs (its hosts and routes).
    m_routineTabs = new QTabWidget(split);
    m_routineTabs->setObjectName(QStringLiteral("routineTabs"));
    m_routineTabs->setAccessibleName(tr("Routine"));
    m_routineTabs->tabBar()->setObjectName(QStringLiteral("routineTabBar"));
    m_routineTabs->tabBar()->setAccessibleName(tr("Code versions or where the routine runs"));
    m_routineTabs->addTab(versionsBox, tr("Code Versions"));
    m_runsOn = new RunsOnPanel(m_workspace, m_routineTabs);
    m_routineTabs->addTab(m_runsOn, tr("Runs &On"));
    split->addWidget(m_routineTabs);
    return versionsBox;
}

// Release management, for accounts that allow changes (hidden otherwise).
QWidget *RoutineBrowser::buildReleaseBar(QWidget *parent)
{
    m_releaseBar = new QWidget(parent);
    m_releaseBar->setObjectName(QStringLiteral("releaseBar"));
    auto *releaseLayout = new QHBoxLayout(m_releaseBar);
    releaseLayout->setContentsMargins(0, 0, 0, 0);
    m_deployButton = new QPushButton(tr("&Deploy…"), m_releaseBar);
    m_deployButton->setObjectName(QStringLiteral("deployVersion"));
    m_deployButton->setToolTip(tr("Deploy the selected version to staging or production, at 100 % or as a canary"));
    m_newVersionButton = new QPushButton(tr("&New Version…"), m_releaseBar);
    m_newVersionButton->setObjectName(QStringLiteral("newVersion"));
    m_newVersionButton->setToolTip(tr("Upload a local file, or for a routine with assets a folder or esa.jsonc, as a new code version"));
    m_deleteButton = new QPushButton(tr("De&lete…"), m_releaseBar);
    m_deleteButton->setObjectName(QStringLiteral("deleteVersions"));
    m_deleteButton->setToolTip(tr("Delete the selected versions (none that an environment runs)"));
    releaseLayout->addWidget(m_deployButton);
    releaseLayout->addWidget(m_newVersionButton);
    releaseLayout->addWidget(m_deleteButton);
    releaseLayout->addStretch();
    return m_releaseBar;
}

// Shortcuts of the lists (Ctrl+F is the window's: it finds where the focus is).
void RoutineBrowser::addShortcuts(QWidget *lists)
{
    auto *refresh = new QAction(tr("Refresh"), lists);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    lists->addAction(refresh);
    connect(refresh, &QAction::triggered, this, &RoutineBrowser::refreshSelectedLevel);
    auto *compareAction = new QAction(tr("Compare"), this);
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    lists->addAction(compareAction);
    connect(compareAction, &QAction::triggered, this, &RoutineBrowser::compareSelected);
    auto *findAllAction = new QAction(tr("Find in All Versions…"), this);
    findAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAllAction);
    connect(findAllAction, &QAction::triggered, this, &RoutineBrowser::findInAllVersions);
    m_whoServesAction = new QAction(tr("Who Serves This &URL?…"), this);
    m_whoServesAction->setObjectName(QStringLiteral("whoServesUrlAction"));
    m_whoServesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_whoServesAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_whoServesAction);
    connect(m_whoServesAction, &QAction::triggered, this, [this] { whoServesUrl(); });
}

QDialog *RoutineBrowser::whoServesUrl(const QString &url)
{
    if (!m_workspace.client()) {
        emit message(tr("Select an Alibaba Cloud account first."));
        return nullptr;
    }
    auto *dialog = new UrlResolverDialog([this] { return m_workspace.readRouting(); }, m_workspace.accountName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!url.isEmpty())
        dialog->findChild<QLineEdit *>(QStringLiteral("resolverUrl"))->setText(url);
    dialog->show();
    return dialog;
}

// Annotate: a mode; each version shown while it is on gets its margin.
void RoutineBrowser::buildAnnotation()
{
    m_code->setAnnotation(m_workspace.annotation());
    m_annotateAction = new QAction(tr("&Annotate"), this);
    m_annotateAction->setCheckable(true);
    m_annotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_annotateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_annotateAction->setToolTip(tr("Show beside each line the version that introduced it (Ctrl+Shift+A)"));
    addAction(m_annotateAction);
    connect(m_annotateAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            annotateShown();
        else
            m_workspace.annotation()->cancel();
    });
    connect(m_code, &CodeView::annotationCancelRequested, m_annotateAction, [this] { m_annotateAction->setChecked(false); });
    connect(m_code, &CodeView::annotationRetryRequested, this, &RoutineBrowser::annotateShown);
    // Another file of a bundle while Annotate is on: that file is annotated in turn.
    connect(m_code, &CodeView::bundleFileShown, this, [this] {
        if (m_annotateAction->isChecked())
            annotateShown();
    });
    connect(m_code, &CodeView::introducingChangeRequested, this, [this](const QString &from, const QString &to, int line) {
        VersionRef a = m_workspace.annotation()->target(); // the annotated routine, even if another is selected by now
        VersionRef b = a;
        a.codeVersion = from;
        b.codeVersion = to;
        emit introducingChangeRequested(a, b, line, m_workspace.annotation()->file());
    });
}

// What the user does here goes to the workspace (or opens the dialog that confirms it).
void RoutineBrowser::connectIntents()
{
    connect(m_findAll, &QPushButton::clicked, this, &RoutineBrowser::findInAllVersions);
    connect(m_deployButton, &QPushButton::clicked, this, [this] {
        const QStringList selected = selectedVersionIds();
        if (selected.size() == 1)
            deployVersion(selected.first());
    });
    connect(m_newVersionButton, &QPushButton::clicked, this, [this] { newVersion(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteVersions(selectedVersionIds()); });
    connect(m_versionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutineBrowser::updateReleaseButtons);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_workspace.routines()->setSearchKeyword(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        m_workspace.routines()->setSearchKeyword(m_search->text().trimmed());
        m_routineView->setFocus();
    });
    connect(m_routinePanel, &LoadStatePanel::retryRequested, m_workspace.routines(), &RoutineListModel::refresh);
    connect(m_versionPanel, &LoadStatePanel::retryRequested, m_workspace.versions(), &CodeVersionListModel::refresh);
    connect(m_routineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoutineBrowser::routineChosen);
    const auto openRow = [this](const QModelIndex &i) { openVersion(i.data(CodeVersionListModel::CodeVersionRole).toString()); };
    connect(m_versionView, &QTreeView::activated, this, openRow);
    connect(m_versionView, &QTreeView::clicked, this, openRow);
    // The code view follows the cursor, after a pause (a click or Enter opens at once, above).
    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid() && m_versionView->selectionModel()->selectedRows().size() <= 1)
            m_workspace.opener()->openAfterPause(m_workspace.refFor(i.data(CodeVersionListModel::CodeVersionRole).toString()));
    });
    connect(m_versionView, &QTreeView::customContextMenuRequested, this, &RoutineBrowser::showVersionContextMenu);
    connect(m_routineView, &QTreeView::customContextMenuRequested, this, &RoutineBrowser::showRoutineContextMenu);
    connect(m_code, &CodeView::message, this, &RoutineBrowser::message);
}

// What the workspace says is shown here.
void RoutineBrowser::connectWorkspace()
{
    RoutineListModel *routines = m_workspace.routines();
    CodeVersionListModel *versions = m_workspace.versions();
    OpenCodeVersion *opener = m_workspace.opener();
    connect(&m_workspace, &EsaWorkspace::message, this, &RoutineBrowser::message);
    connect(&m_workspace, &EsaWorkspace::cleared, this, &RoutineBrowser::cleared);
    connect(versions, &CodeVersionListModel::stateChanged, this, &RoutineBrowser::updateReleaseButtons);
    connect(routines, &RoutineListModel::stateChanged, this, [this, routines](LoadState s) {
        m_routinePanel->setEmptyText(routines->searchKeyword().isEmpty() ? tr("This account has no edge routines.")
                                                                         : tr("No routine matches \"%1\".").arg(routines->searchKeyword()));
        m_routinePanel->showState(s, routines->error());
        // The first page arrived: pick the routine of last time, or the first, so there is something to look at.
        if (s == LoadState::Ready && !m_routineView->currentIndex().isValid() && m_workspace.routineRowToShow() >= 0)
            m_routineView->setCurrentIndex(routines->index(m_workspace.routineRowToShow(), 0));
    });
    connect(versions, &CodeVersionListModel::stateChanged, this, [this, versions](LoadState s) { m_versionPanel->showState(s, versions->error()); });
    connect(opener, &OpenCodeVersion::loading, this, [this](const VersionRef &ref) { m_code->showLoading(ref.routine, ref.codeVersion); });
    connect(opener, &OpenCodeVersion::versionOpened, this, [this](const OpenedCodeVersion &opened) {
        m_code->showCode(opened, opened.routine == m_workspace.routine() && m_workspace.routineHasAssets());
        applyJump(opened);
        if (m_annotateAction->isChecked())
            annotateShown();
        emit versionOpened(opened);
    });
    connect(opener, &OpenCodeVersion::failed, this, [this, opener](const VersionRef &ref, const ApiError &error) {
        m_code->showError(ref.routine, ref.codeVersion, error, [opener] { opener->retry(); });
        emit message(error.summary());
    });
}

void RoutineBrowser::cleared()
{
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    m_versionsTitle->setText(tr("Code versions"));
    updateReleaseButtons();
    m_code->showPlaceholder(tr("Choose a routine, then a code version (Enter or click opens it)."));
}

QList<QWidget *> RoutineBrowser::focusChain() const
{
    return {m_search, m_routineView, m_versionView};
}

void RoutineBrowser::showAccountError(const ApiError &error)
{
    m_workspace.setAccount({}, nullptr);
    m_routinePanel->showState(LoadState::Failed, error);
}

void RoutineBrowser::selectRoutine(const QString &name)
{
    const int row = m_workspace.routines()->rowOf(name);
    if (row >= 0)
        m_routineView->setCurrentIndex(m_workspace.routines()->index(row, 0));
}

void RoutineBrowser::routineChosen(const QModelIndex &index)
{
    const QString name = index.data(RoutineListModel::RoutineNameRole).toString();
    if (m_workspace.chooseRoutine(name))
        m_versionsTitle->setText(tr("Code versions of %1").arg(name));
}

void RoutineBrowser::refreshSelectedLevel()
{
    if (m_versionView->hasFocus() && !m_workspace.routine().isEmpty())
        m_workspace.versions()->refresh();
    else
        m_workspace.routines()->refresh();
}

void RoutineBrowser::openVersion(const QString &codeVersion, int line, const QString &highlight, bool highlightIsRegex,
                                 bool highlightCaseSensitive, const QString &file)
{
    const VersionRef ref = m_workspace.refFor(codeVersion);
    if (!ref.isValid())
        return;
    const int row = m_workspace.versions()->rowOf(codeVersion);
    if (row >= 0 && m_versionView->currentIndex().row() != row)
        m_versionView->setCurrentIndex(m_workspace.versions()->index(row, 0));
    m_workspace.open(EsaWorkspace::Jump{ref, line, highlight, highlightIsRegex, highlightCaseSensitive, file});
    if (const std::optional<OpenedCodeVersion> &shown = m_workspace.opener()->shown(); shown && m_workspace.opener()->isShowing(ref))
        applyJump(*shown);
}

void RoutineBrowser::applyJump(const OpenedCodeVersion &opened)
{
    const std::optional<EsaWorkspace::Jump> jump = m_workspace.takeJump(opened);
    if (!jump)
        return;
    if (!jump->file.isEmpty())
        m_code->showFile(jump->file);
    if (!jump->highlight.isEmpty())
        m_code->find(jump->highlight, jump->regex, jump->caseSensitive);
    if (jump->line > 0)
        m_code->goToLine(jump->line);
}

void RoutineBrowser::showVersionContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_versionView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString version = index.data(CodeVersionListModel::CodeVersionRole).toString();
    const CodeVersionListModel *versions = m_workspace.versions();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, version] { openVersion(version); });
    menu.addAction(tr("&Copy Version ID"), this, [version] { QApplication::clipboard()->setText(version); });
    menu.addSeparator();
    const QString production = versions->productionVersion();
    const QString previous = versions->previousVersion(version);
    if (selectedVersions().size() == 2)
        menu.addAction(tr("Co&mpare Selected Versions"), this, &RoutineBrowser::compareSelected)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *withProduction = menu.addAction(tr("Compare with &Production"), this, [this, version, production] {
        emit compareRequested(m_workspace.refFor(production), m_workspace.refFor(version));
    });
    withProduction->setEnabled(!production.isEmpty() && production != version);
    QAction *withPrevious = menu.addAction(tr("Compare with Pre&vious"), this, [this, version, previous] {
        emit compareRequested(m_workspace.refFor(previous), m_workspace.refFor(version));
    });
    withPrevious->setEnabled(!previous.isEmpty());
    menu.addAction(tr("&Select for Compare"), this, [this, version] { m_workspace.mark(version); });
    if (m_workspace.canCompareWithMarked(version))
        menu.addAction(tr("Compare with Selected (%1)").arg(m_workspace.marked().label()), this, [this, version] {
            emit compareRequested(m_workspace.marked(), m_workspace.refFor(version));
        });
    menu.addAction(tr("Compare with &File…"), this, &RoutineBrowser::compareWithFile);
    menu.addAction(tr("Compare with F&older…"), this, &RoutineBrowser::compareWithFolder);
    menu.addSeparator();
    menu.addAction(tr("&Find in All Versions…"), this, &RoutineBrowser::findInAllVersions);
    QAction *annotate = menu.addAction(tr("&Annotate"), this, [this, version] {
        const bool shown = m_workspace.opener()->isShowing(m_workspace.refFor(version));
        {
            const QSignalBlocker quiet(m_annotateAction); // not what is shown now: this version, once it opens
            m_annotateAction->setChecked(true);
        }
        if (shown)
            annotateShown();
        else
            openVersion(version);
    });
    annotate->setShortcut(m_annotateAction->shortcut());
    annotate->setToolTip(m_annotateAction->toolTip());
    menu.addAction(tr("E&xport History as Git Repository…"), this, [this] { exportHistory(); });
    addReleaseActions(menu, version);
    menu.exec(m_versionView->viewport()->mapToGlobal(pos));
}

// Release actions exist only where the account allows changes; the workspace says which go now.
void RoutineBrowser::addReleaseActions(QMenu &menu, const QString &version)
{
    const EsaWorkspace::ReleaseOffers offers = m_workspace.releaseOffers(version, selectedVersionIds());
    if (!offers.available)
        return;
    menu.addSeparator();
    QAction *deploy = menu.addAction(tr("&Deploy…"), this, [this, version] { deployVersion(version); });
    if (const QString why = m_workspace.whyNoDeploy(version); !why.isEmpty() && m_workspace.versionsReady()) {
        deploy->setEnabled(false);
        deploy->setText(tr("Deploy (not possible: %1)").arg(why));
    }
    if (!offers.promoteLabel.isEmpty()) {
        menu.addAction(offers.promoteLabel, this, &RoutineBrowser::promoteCanary);
        menu.addAction(offers.abortLabel, this, &RoutineBrowser::abortCanary);
    }
    QAction *rollback = menu.addAction(tr("&Roll Back Production to This Version…"), this, [this, version] { rollBackTo(version); });
    rollback->setEnabled(offers.rollback);
    const QStringList toDelete = offers.toDelete;
    QAction *del = menu.addAction(toDelete.size() == 1 ? tr("De&lete Version…") : tr("De&lete %n Versions…", nullptr, int(toDelete.size())),
                                  this, [this, toDelete] { deleteVersions(toDelete); });
    if (!offers.whyNoDelete.isEmpty()) {
        del->setEnabled(false);
        del->setText(tr("Delete Version (not possible: %1)").arg(offers.whyNoDelete));
    }
    menu.addAction(m_workspace.routineHasAssets() ? tr("&New Version from Folder…") : tr("&New Version from File…"), this, [this] { newVersion(); });
}

void RoutineBrowser::showRoutineContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_routineView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString routine = index.data(RoutineListModel::RoutineNameRole).toString();
    QMenu menu(this);
    menu.addAction(tr("E&xport History as Git Repository…"), this, [this, routine] { exportHistory(routine); });
    menu.exec(m_routineView->viewport()->mapToGlobal(pos));
}

void RoutineBrowser::setAnnotationOptions(const DiffOptions &options)
{
    m_workspace.setAnnotationOptions(options);
    if (m_annotateAction->isChecked())
        annotateShown();
}

void RoutineBrowser::annotateShown()
{
    if (const QString why = m_workspace.annotate(m_code->opened(), m_code->shownFile()); !why.isEmpty())
        emit message(why);
}

QDialog *RoutineBrowser::exportHistory(const QString &routine, const QString &folder)
{
    const QString name = routine.isEmpty() ? m_workspace.routine() : routine;
    if (!m_workspace.client() || name.isEmpty()) {
        emit message(tr("Choose a routine first."));
        return nullptr;
    }
    QString target = folder;
    if (target.isEmpty()) {
        SessionState &state = m_workspace.state();
        target = QFileDialog::getExistingDirectory(this, tr("Export the History of %1 into a Folder").arg(name), state.historyExportFolder());
        if (target.isEmpty())
            return nullptr;
        state.setHistoryExportFolder(target);
    }
    auto *dialog = new HistoryExportDialog(
            m_workspace.repository(),
            RoutineHistoryExport::Target{m_workspace.client(), m_workspace.accountId(), m_workspace.accountName(), name, target}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RoutineBrowser::findInAllVersions()
{
    if (!m_workspace.client() || m_workspace.routine().isEmpty()) {
        emit message(tr("Choose a routine first."));
        return;
    }
    if (!m_searchDialog) {
        m_searchDialog = new VersionSearchDialog(m_workspace.repository(), this);
        connect(m_searchDialog, &VersionSearchDialog::openRequested, this,
                [this](const QString &version, int line, const QString &pattern, bool regex, bool caseSensitive, const QString &file) {
                    openVersion(version, line, pattern, regex, caseSensitive, file);
                });
    }
    m_searchDialog->setRoutine(m_workspace.client(), m_workspace.accountId(), m_workspace.routine(), m_workspace.versions()->allVersions());
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
}

QList<VersionRef> RoutineBrowser::selectedVersions() const
{
    QList<VersionRef> out;
    for (const QString &id : selectedVersionIds())
        out << m_workspace.refFor(id);
    return out;
}

QStringList RoutineBrowser::selectedVersionIds() const
{
    QStringList out;
    const QModelIndexList rows = m_versionView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out << i.data(CodeVersionListModel::CodeVersionRole).toString();
    return out;
}

void RoutineBrowser::compareSelected()
{
    const QList<VersionRef> selected = selectedVersions();
    if (selected.size() == 2) {
        emit compareRequested(selected.at(0), selected.at(1));
        return;
    }
    if (selected.size() == 1 && m_workspace.marked().isValid()) {
        emit compareRequested(m_workspace.marked(), selected.first());
        return;
    }
    emit message(tr("Select two versions (Ctrl+click) to compare, or use \"Select for Compare\" on one first."));
}

void RoutineBrowser::compareWithFile()
{
    const QList<VersionRef> selected = selectedVersions();
    VersionRef version = selected.isEmpty() ? VersionRef{} : selected.first();
    if (!version.isValid() && m_code->opened())
        version = m_workspace.refFor(m_code->opened()->codeVersion);
    if (!version.isValid()) {
        emit message(tr("Choose a code version to compare with a file."));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Compare %1 with File").arg(version.label()));
    if (!file.isEmpty())
        emit compareWithFileRequested(version, file);
}

// A version (a bundle, usually) with a local folder's files, as a folder compare.
void RoutineBrowser::compareWithFolder()
{
    const QList<VersionRef> selected = selectedVersions();
    VersionRef version = selected.isEmpty() ? VersionRef{} : selected.first();
    if (!version.isValid() && m_code->opened())
        version = m_workspace.refFor(m_code->opened()->codeVersion);
    if (!version.isValid()) {
        emit message(tr("Choose a code version to compare with a folder."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Compare %1 with Folder").arg(version.label()));
    if (!folder.isEmpty())
        emit compareWithFolderRequested(version, folder);
}

void RoutineBrowser::updateReleaseButtons()
{
    m_runsOn->updateButtons(); // gated like the release actions: only where the account allows changes
    const bool allowed = m_workspace.offersReleases();
    m_releaseBar->setVisible(allowed);
    if (!allowed)
        return;
    const int selected = int(m_versionView->selectionModel()->selectedRows().size());
    const bool ready = m_workspace.versionsReady();
    const bool known = m_workspace.versions()->detail().has_value();
    m_deployButton->setEnabled(ready && selected == 1 && known);
    m_newVersionButton->setEnabled(ready);
    m_deleteButton->setEnabled(ready && selected > 0 && known);
}

void RoutineBrowser::showChanged(const RoutineSnapshot &after, const QString &select)
{
    m_workspace.showChanged(after);
    const int row = select.isEmpty() ? -1 : m_workspace.versions()->rowOf(select);
    if (row >= 0) {
        m_versionView->setCurrentIndex(m_workspace.versions()->index(row, 0));
        openVersion(select);
    }
    updateReleaseButtons();
}

QDialog *RoutineBrowser::deployVersion(const QString &codeVersion, int preset)
{
    if (const QString why = m_workspace.whyNoDeploy(codeVersion); !why.isEmpty()) {
        emit message(why);
        return nullptr;
    }
    const CodeVersionListModel *versions = m_workspace.versions();
    DeployDialog::Target target{m_workspace.changeContext(), m_workspace.region(), m_workspace.endpoint(),
                                versions->version(versions->rowOf(codeVersion)), *versions->detail()};
    auto *dialog = new DeployDialog(target, DeployDialog::Preset(preset), m_workspace.repository(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::deployed, this, [this](const RoutineSnapshot &after) { showChanged(after); });
    dialog->open();
    return dialog;
}

QDialog *RoutineBrowser::rollBackTo(const QString &codeVersion)
{
    return deployVersion(codeVersion, int(DeployDialog::Preset::Rollback));
}

QDialog *RoutineBrowser::promoteCanary()
{
    const QString canary = m_workspace.canaryVersion();
    return canary.isEmpty() ? nullptr : deployVersion(canary, int(DeployDialog::Preset::Promote));
}

QDialog *RoutineBrowser::abortCanary()
{
    const QString main = m_workspace.canaryMainVersion();
    return main.isEmpty() ? nullptr : deployVersion(main, int(DeployDialog::Preset::AbortCanary));
}

QDialog *RoutineBrowser::deleteVersions(const QStringList &codeVersions)
{
    const CodeVersionListModel *versions = m_workspace.versions();
    if (!m_workspace.changesAllowed() || codeVersions.isEmpty() || !versions->detail())
        return nullptr;
    QList<CodeVersion> chosen;
    for (const QString &v : codeVersions) {
        const int row = versions->rowOf(v);
        if (row >= 0)
            chosen << versions->version(row);
    }
    auto *dialog = new DeleteVersionsDialog(m_workspace.changeContext(), chosen, *versions->detail(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteVersionsDialog::versionsDeleted, this, [this](const RoutineSnapshot &after) { showChanged(after); });
    dialog->open();
    return dialog;
}

QDialog *RoutineBrowser::newVersion(const QString &file)
{
    if (!m_workspace.changesAllowed() || m_workspace.routine().isEmpty())
        return nullptr;
    auto *dialog = new NewVersionDialog(m_workspace.changeContext(), m_workspace.routineHasAssets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewVersionDialog::versionCreated, this, [this](const QString &version) {
        emit message(tr("The new version %1 was created.").arg(version));
    });
    // Whatever the end (a failed build too), the list shows the routine as the change left it;
    // when the change read nothing at its end (the build wait cancelled), the list reads it again.
    const QString routine = m_workspace.routine();
    connect(dialog, &NewVersionDialog::uploadEnded, this, [this, dialog, routine] {
        if (const auto after = dialog->after())
            showChanged(*after, dialog->newVersion());
        else if (m_workspace.routine() == routine)
            m_workspace.versions()->refresh();
    });
    connect(dialog, &NewVersionDialog::deployToStagingRequested, this, [this](const QString &version) {
        deployVersion(version, int(DeployDialog::Preset::DeployToStaging));
    });
    if (!file.isEmpty())
        dialog->setFile(file);
    dialog->open();
    return dialog;
}

void RoutineBrowser::find()
{
    // In the code: find in the code; anywhere else in the tab: search the routines.
    if (m_code->isAncestorOf(QApplication::focusWidget()) && m_code->hasCode()) {
        m_code->openFindBar();
        return;
    }
    m_search->setFocus();
    m_search->selectAll();
}
