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
#include <QStandardPaths>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
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
    , m_repository(repository)
    , m_state(state)
{
    setObjectName(QStringLiteral("RoutineBrowser"));
    m_routines = new RoutineListModel(this);
    m_versions = new CodeVersionListModel(this);
    m_open = new OpenCodeVersion(repository, this);

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
    m_routineView->setModel(m_routines);
    m_routineView->setAccessibleName(tr("Edge routines"));
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

    m_versionsTitle = new QLabel(tr("Code versions"), lists);
    m_versionsTitle->setObjectName(QStringLiteral("versionsTitle"));
    m_versionView = makeList(lists, "versionView");
    m_versionView->setModel(m_versions);
    m_versionView->setAccessibleName(tr("Code versions"));
    m_versionView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_versionView->setSelectionMode(QAbstractItemView::ExtendedSelection); // two rows to compare
    // Ids in a fixed-width font (elided in the middle when narrow: neighbours differ at the end),
    // deployments as chips whose column follows their width, then the description and the date.
    m_versionView->setItemDelegate(new CodeVersionDelegate(m_versionView));
    m_versionView->header()->resizeSection(CodeVersionListModel::VersionColumn,
                                           QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QString(20, QLatin1Char('0'))));
    m_versionView->header()->setSectionResizeMode(CodeVersionListModel::DeployedColumn, QHeaderView::ResizeToContents);
    // Id, deployments, date, then the description taking the rest, the status last.
    m_versionView->header()->setStretchLastSection(false);
    m_versionView->header()->moveSection(m_versionView->header()->visualIndex(CodeVersionListModel::CreatedColumn), 2);
    m_versionView->header()->resizeSection(CodeVersionListModel::CreatedColumn, dateColumnWidth(m_versionView));
    m_versionView->header()->setSectionResizeMode(CodeVersionListModel::DescriptionColumn, QHeaderView::Stretch);
    m_versionView->header()->setSectionResizeMode(CodeVersionListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_versionPanel = new LoadStatePanel(m_versionView, lists);
    m_versionPanel->setIdleText(tr("Select a routine to see its code versions."));
    m_versionPanel->setEmptyText(tr("This routine has no code versions yet."));

    auto *findAll = new QPushButton(tr("Find in All Versions…"), lists);
    findAll->setObjectName(QStringLiteral("findInAllVersions"));
    findAll->setToolTip(tr("Search every code version of this routine (Ctrl+Shift+F)"));

    auto *vsplit = new QSplitter(Qt::Vertical, lists);
    vsplit->setObjectName(QStringLiteral("routineSplitter"));
    auto *versionsBox = new QWidget(vsplit);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 4, 0, 0);
    versionsLayout->addWidget(m_versionsTitle);
    // Release management, for accounts that allow changes (hidden otherwise).
    m_releaseBar = new QWidget(versionsBox);
    m_releaseBar->setObjectName(QStringLiteral("releaseBar"));
    auto *releaseLayout = new QHBoxLayout(m_releaseBar);
    releaseLayout->setContentsMargins(0, 0, 0, 0);
    m_deployButton = new QPushButton(tr("&Deploy…"), m_releaseBar);
    m_deployButton->setObjectName(QStringLiteral("deployVersion"));
    m_deployButton->setToolTip(tr("Deploy the selected version to staging or production, at 100 % or as a canary"));
    m_newVersionButton = new QPushButton(tr("&New Version…"), m_releaseBar);
    m_newVersionButton->setObjectName(QStringLiteral("newVersion"));
    m_newVersionButton->setToolTip(tr("Upload a local file as a new code version of this routine"));
    m_deleteButton = new QPushButton(tr("De&lete…"), m_releaseBar);
    m_deleteButton->setObjectName(QStringLiteral("deleteVersions"));
    m_deleteButton->setToolTip(tr("Delete the selected versions (none that an environment runs)"));
    releaseLayout->addWidget(m_deployButton);
    releaseLayout->addWidget(m_newVersionButton);
    releaseLayout->addWidget(m_deleteButton);
    releaseLayout->addStretch();
    versionsLayout->addWidget(m_releaseBar);
    versionsLayout->addWidget(m_versionPanel, 1);
    versionsLayout->addWidget(findAll);
    vsplit->addWidget(m_routinePanel);
    vsplit->addWidget(versionsBox);
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    listsLayout->addWidget(vsplit, 1);

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

    // Shortcuts of the lists (Ctrl+F is the window's: it finds where the focus is).
    auto *refresh = new QAction(tr("Refresh"), lists);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *compareAction = new QAction(tr("Compare"), this);
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    lists->addAction(compareAction);
    connect(compareAction, &QAction::triggered, this, &RoutineBrowser::compareSelected);
    auto *findAllAction = new QAction(tr("Find in All Versions…"), this);
    findAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    findAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    lists->addAction(refresh);
    addAction(findAllAction);
    connect(refresh, &QAction::triggered, this, &RoutineBrowser::refreshSelectedLevel);
    connect(findAllAction, &QAction::triggered, this, &RoutineBrowser::findInAllVersions);
    connect(findAll, &QPushButton::clicked, this, &RoutineBrowser::findInAllVersions);
    connect(m_deployButton, &QPushButton::clicked, this, [this] {
        const QList<VersionRef> selected = selectedVersions();
        if (selected.size() == 1)
            deployVersion(selected.first().codeVersion);
    });
    connect(m_newVersionButton, &QPushButton::clicked, this, [this] { newVersion(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        QStringList versions;
        for (const VersionRef &r : selectedVersions())
            versions << r.codeVersion;
        deleteVersions(versions);
    });
    connect(m_versionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutineBrowser::updateReleaseButtons);
    connect(m_versions, &CodeVersionListModel::stateChanged, this, &RoutineBrowser::updateReleaseButtons);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_routines->setSearchKeyword(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        m_routines->setSearchKeyword(m_search->text().trimmed());
        m_routineView->setFocus();
    });

    connect(m_routines, &RoutineListModel::stateChanged, this, [this](LoadState s) {
        m_routinePanel->setEmptyText(m_routines->searchKeyword().isEmpty()
                                             ? tr("This account has no edge routines.")
                                             : tr("No routine matches \"%1\".").arg(m_routines->searchKeyword()));
        m_routinePanel->showState(s, m_routines->error());
        // The first page arrived: pick the routine of last time, or the first, so there is something to look at.
        if (s == LoadState::Ready && !m_routineView->currentIndex().isValid() && m_routines->rowCount() > 0) {
            const int last = m_routines->rowOf(m_state.lastRoutine(m_accountId));
            m_routineView->setCurrentIndex(m_routines->index(qMax(0, last), 0));
        }
    });
    connect(m_versions, &CodeVersionListModel::stateChanged, this, [this](LoadState s) { m_versionPanel->showState(s, m_versions->error()); });
    connect(m_routinePanel, &LoadStatePanel::retryRequested, m_routines, &RoutineListModel::refresh);
    connect(m_versionPanel, &LoadStatePanel::retryRequested, m_versions, &CodeVersionListModel::refresh);
    connect(m_routineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoutineBrowser::routineChosen);
    connect(m_versionView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        openVersion(i.data(CodeVersionListModel::CodeVersionRole).toString());
    });
    connect(m_versionView, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        openVersion(i.data(CodeVersionListModel::CodeVersionRole).toString());
    });
    // The code view follows the cursor, after a pause (a click or Enter opens at once, above).
    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid() && m_versionView->selectionModel()->selectedRows().size() <= 1)
            m_open->openAfterPause(refFor(i.data(CodeVersionListModel::CodeVersionRole).toString()));
    });
    connect(m_open, &OpenCodeVersion::loading, this, [this](const VersionRef &ref) { m_code->showLoading(ref.routine, ref.codeVersion); });
    connect(m_open, &OpenCodeVersion::versionOpened, this, [this](const OpenedCodeVersion &opened) {
        m_code->showCode(opened);
        applyJump(opened);
        if (m_annotateAction->isChecked())
            annotateShown();
        emit versionOpened(opened);
    });
    connect(m_open, &OpenCodeVersion::failed, this, [this](const VersionRef &ref, const ApiError &error) {
        m_code->showError(ref.routine, ref.codeVersion, error, [this] { m_open->retry(); });
        emit message(error.summary());
    });
    connect(m_versionView, &QTreeView::customContextMenuRequested, this, &RoutineBrowser::showVersionContextMenu);
    m_routineView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_routineView, &QTreeView::customContextMenuRequested, this, &RoutineBrowser::showRoutineContextMenu);
    connect(m_code, &CodeView::message, this, &RoutineBrowser::message);

    // Annotate: a mode; each version shown while it is on gets its margin.
    m_annotation = new RoutineAnnotation(repository, this);
    m_code->setAnnotation(m_annotation);
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
            m_annotation->cancel();
    });
    connect(m_code, &CodeView::annotationCancelRequested, m_annotateAction, [this] { m_annotateAction->setChecked(false); });
    connect(m_code, &CodeView::annotationRetryRequested, this, &RoutineBrowser::annotateShown);
    connect(m_code, &CodeView::introducingChangeRequested, this, [this](const QString &from, const QString &to, int line) {
        VersionRef a = m_annotation->target(); // the annotated routine, even if another is selected by now
        VersionRef b = a;
        a.codeVersion = from;
        b.codeVersion = to;
        emit introducingChangeRequested(a, b, line);
    });
}

RoutineBrowser::~RoutineBrowser() = default;

void RoutineBrowser::setAccount(const QString &accountId, std::shared_ptr<EsaClient> client)
{
    if (accountId == m_accountId && client == m_client)
        return;
    m_accountId = accountId;
    m_client = std::move(client);
    m_open->clear();
    m_annotation->cancel();
    m_jump = {};
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_versions->clear();
    m_versionsTitle->setText(tr("Code versions"));
    updateReleaseButtons();
    m_routines->setClient(m_client);
    m_code->showPlaceholder(tr("Choose a routine, then a code version (Enter or click opens it)."));
}

void RoutineBrowser::showAccountError(const ApiError &error)
{
    setAccount({}, nullptr);
    m_routinePanel->showState(LoadState::Failed, error);
}

void RoutineBrowser::selectRoutine(const QString &name)
{
    const int row = m_routines->rowOf(name);
    if (row >= 0)
        m_routineView->setCurrentIndex(m_routines->index(row, 0));
}

void RoutineBrowser::routineChosen(const QModelIndex &index)
{
    const QString name = index.data(RoutineListModel::RoutineNameRole).toString();
    if (name.isEmpty() || name == m_versions->routineName())
        return;
    m_versionsTitle->setText(tr("Code versions of %1").arg(name));
    m_state.setLastRoutine(m_accountId, name);
    m_versions->setRoutine(m_client, name);
}

void RoutineBrowser::refreshSelectedLevel()
{
    if (m_versionView->hasFocus() && !m_versions->routineName().isEmpty())
        m_versions->refresh();
    else
        m_routines->refresh();
}

void RoutineBrowser::openVersion(const QString &codeVersion, int line, const QString &highlight, bool highlightIsRegex,
                                 bool highlightCaseSensitive)
{
    const VersionRef ref = refFor(codeVersion);
    if (!ref.isValid())
        return;
    const int row = m_versions->rowOf(codeVersion);
    if (row >= 0 && m_versionView->currentIndex().row() != row)
        m_versionView->setCurrentIndex(m_versions->index(row, 0));
    m_jump = Jump{ref, line, highlight, highlightIsRegex, highlightCaseSensitive};
    if (m_open->isShowing(ref)) {
        applyJump(*m_open->shown());
        return;
    }
    m_open->open(ref);
}

void RoutineBrowser::applyJump(const OpenedCodeVersion &opened)
{
    if (!m_jump.ref.isValid() || m_jump.ref.routine != opened.routine || m_jump.ref.codeVersion != opened.codeVersion
        || m_jump.ref.accountId != opened.accountId)
        return;
    if (!m_jump.highlight.isEmpty())
        m_code->find(m_jump.highlight, m_jump.regex, m_jump.caseSensitive);
    if (m_jump.line > 0)
        m_code->goToLine(m_jump.line);
    m_jump = {};
}

void RoutineBrowser::showVersionContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_versionView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString version = index.data(CodeVersionListModel::CodeVersionRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, version] { openVersion(version); });
    menu.addAction(tr("&Copy Version ID"), this, [version] { QApplication::clipboard()->setText(version); });
    menu.addSeparator();
    const QString production = m_versions->productionVersion();
    const QString previous = m_versions->previousVersion(version);
    if (selectedVersions().size() == 2)
        menu.addAction(tr("Co&mpare Selected Versions"), this, &RoutineBrowser::compareSelected)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *withProduction = menu.addAction(tr("Compare with &Production"), this, [this, version, production] {
        emit compareRequested(refFor(production), refFor(version));
    });
    withProduction->setEnabled(!production.isEmpty() && production != version);
    QAction *withPrevious = menu.addAction(tr("Compare with Pre&vious"), this, [this, version, previous] {
        emit compareRequested(refFor(previous), refFor(version));
    });
    withPrevious->setEnabled(!previous.isEmpty());
    menu.addAction(tr("&Select for Compare"), this, [this, version] {
        m_marked = refFor(version);
        emit message(tr("Selected %1 for comparison: choose another version (any routine or account) and Compare with Selected.").arg(m_marked.label()));
    });
    if (m_marked.isValid() && !(m_marked.routine == m_versions->routineName() && m_marked.codeVersion == version && m_marked.accountId == m_accountId))
        menu.addAction(tr("Compare with Selected (%1)").arg(m_marked.label()), this, [this, version] {
            emit compareRequested(m_marked, refFor(version));
        });
    menu.addAction(tr("Compare with &File…"), this, &RoutineBrowser::compareWithFile);
    menu.addSeparator();
    menu.addAction(tr("&Find in All Versions…"), this, &RoutineBrowser::findInAllVersions);
    QAction *annotate = menu.addAction(tr("&Annotate"), this, [this, version] {
        const bool shown = m_open->isShowing(refFor(version));
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
    // Release actions exist only where the account allows changes.
    if (changesAllowed() && m_versions->detail()) {
        const RoutineDetail &detail = *m_versions->detail();
        const RoutineEnvironment *prod = detail.environment(QStringLiteral("production"));
        menu.addSeparator();
        menu.addAction(tr("&Deploy…"), this, [this, version] { deployVersion(version); });
        if (prod && prod->isCanary()) {
            menu.addAction(tr("&Promote Canary (%1 to 100 %)").arg(DeployDialog::shortId(prod->canaryVersion())), this, &RoutineBrowser::promoteCanary);
            menu.addAction(tr("A&bort Canary (%1 back to 100 %)").arg(DeployDialog::shortId(prod->mainVersion())), this, &RoutineBrowser::abortCanary);
        }
        const bool runsAlone = prod && !prod->isCanary() && prod->mainVersion() == version;
        const QDateTime created = index.data(CodeVersionListModel::CreateTimeRole).toDateTime();
        const int prodRow = prod ? m_versions->rowOf(prod->mainVersion()) : -1;
        const bool older = prodRow >= 0 && created.isValid() && created < m_versions->version(prodRow).createTime;
        QAction *rollback = menu.addAction(tr("&Roll Back Production to This Version…"), this, [this, version] { rollBackTo(version); });
        rollback->setEnabled(older && !runsAlone);
        QStringList selected;
        for (const VersionRef &r : selectedVersions())
            selected << r.codeVersion;
        if (!selected.contains(version))
            selected = {version};
        const QString why = selected.size() == 1 ? VersionDeletion::whyNot(detail, version) : QString();
        QAction *del = menu.addAction(selected.size() == 1 ? tr("De&lete Version…") : tr("De&lete %n Versions…", nullptr, int(selected.size())),
                                      this, [this, selected] { deleteVersions(selected); });
        if (!why.isEmpty()) {
            del->setEnabled(false);
            del->setText(tr("Delete Version (not possible: %1)").arg(why));
        }
        menu.addAction(tr("&New Version from File…"), this, [this] { newVersion(); });
    }
    menu.exec(m_versionView->viewport()->mapToGlobal(pos));
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
    m_annotationOptions = options;
    if (m_annotateAction->isChecked())
        annotateShown();
}

void RoutineBrowser::annotateShown()
{
    const std::optional<OpenedCodeVersion> &shown = m_code->opened();
    if (!shown) {
        emit message(tr("Annotate is on: open a code version to see which version introduced each of its lines."));
        return;
    }
    if (shown->routine != m_versions->routineName() || m_versions->state() != LoadState::Ready) {
        emit message(tr("Annotate needs the versions of %1: select the routine and wait for its versions.").arg(shown->routine));
        return;
    }
    m_annotation->start(refFor(shown->codeVersion), m_versions->versions(), m_annotationOptions);
}

QDialog *RoutineBrowser::exportHistory(const QString &routine, const QString &folder)
{
    const QString name = routine.isEmpty() ? m_versions->routineName() : routine;
    if (!m_client || name.isEmpty()) {
        emit message(tr("Choose a routine first."));
        return nullptr;
    }
    QString target = folder;
    if (target.isEmpty()) {
        target = QFileDialog::getExistingDirectory(this, tr("Export the History of %1 into a Folder").arg(name),
                                                   m_state.historyExportFolder());
        if (target.isEmpty())
            return nullptr;
        m_state.setHistoryExportFolder(target);
    }
    auto *dialog = new HistoryExportDialog(m_repository,
                                           RoutineHistoryExport::Target{m_client, m_accountId, m_accountName.isEmpty() ? m_accountId : m_accountName,
                                                                        name, target},
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RoutineBrowser::findInAllVersions()
{
    if (!m_client || m_versions->routineName().isEmpty()) {
        emit message(tr("Choose a routine first."));
        return;
    }
    if (!m_searchDialog) {
        m_searchDialog = new VersionSearchDialog(m_repository, this);
        connect(m_searchDialog, &VersionSearchDialog::openRequested, this,
                [this](const QString &version, int line, const QString &pattern, bool regex, bool caseSensitive) {
                    openVersion(version, line, pattern, regex, caseSensitive);
                });
    }
    m_searchDialog->setRoutine(m_client, m_accountId, m_versions->routineName(), m_versions->allVersions());
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
}

VersionRef RoutineBrowser::refFor(const QString &codeVersion) const
{
    return VersionRef{m_accountId, m_client, m_versions->routineName(), codeVersion};
}

QList<VersionRef> RoutineBrowser::selectedVersions() const
{
    QList<VersionRef> out;
    const QModelIndexList rows = m_versionView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out << refFor(i.data(CodeVersionListModel::CodeVersionRole).toString());
    return out;
}

void RoutineBrowser::compareSelected()
{
    const QList<VersionRef> selected = selectedVersions();
    if (selected.size() == 2) {
        emit compareRequested(selected.at(0), selected.at(1));
        return;
    }
    if (selected.size() == 1 && m_marked.isValid()) {
        emit compareRequested(m_marked, selected.first());
        return;
    }
    emit message(tr("Select two versions (Ctrl+click) to compare, or use \"Select for Compare\" on one first."));
}

void RoutineBrowser::compareWithFile()
{
    const QList<VersionRef> selected = selectedVersions();
    VersionRef version = selected.isEmpty() ? VersionRef{} : selected.first();
    if (!version.isValid() && m_code->opened())
        version = refFor(m_code->opened()->codeVersion);
    if (!version.isValid()) {
        emit message(tr("Choose a code version to compare with a file."));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Compare %1 with File").arg(version.label()));
    if (!file.isEmpty())
        emit compareWithFileRequested(version, file);
}

void RoutineBrowser::setAccountDetails(const QString &name, const QString &region, const QString &endpoint)
{
    m_accountName = name;
    m_region = region;
    m_endpoint = endpoint;
}

bool RoutineBrowser::changesAllowed() const
{
    return m_client && m_client->allowsChanges();
}

void RoutineBrowser::updateReleaseButtons()
{
    const bool allowed = changesAllowed() && !m_versions->routineName().isEmpty();
    m_releaseBar->setVisible(allowed);
    if (!allowed)
        return;
    const QList<VersionRef> selected = selectedVersions();
    const bool ready = m_versions->state() == LoadState::Ready || m_versions->state() == LoadState::Empty;
    m_deployButton->setEnabled(ready && selected.size() == 1 && m_versions->detail().has_value());
    m_newVersionButton->setEnabled(ready);
    m_deleteButton->setEnabled(ready && !selected.isEmpty() && m_versions->detail().has_value());
}

RoutineChange::Context RoutineBrowser::changeContext() const
{
    return RoutineChange::Context{m_client, m_accountId, m_accountName.isEmpty() ? m_accountId : m_accountName, m_versions->routineName(),
                                  m_journal};
}

void RoutineBrowser::showChanged(const RoutineSnapshot &after, const QString &select)
{
    m_versions->showSnapshot(changeContext().routine, after.versions, after.detail);
    const int row = select.isEmpty() ? -1 : m_versions->rowOf(select);
    if (row >= 0) {
        m_versionView->setCurrentIndex(m_versions->index(row, 0));
        openVersion(select);
    }
    updateReleaseButtons();
}

QDialog *RoutineBrowser::deployVersion(const QString &codeVersion, int preset)
{
    const int row = m_versions->rowOf(codeVersion);
    if (!changesAllowed() || row < 0 || !m_versions->detail()) {
        emit message(changesAllowed() ? tr("Wait for the versions and their deployments to load.")
                                      : tr("This account does not allow changes; turn on \"Allow changes\" in its settings."));
        return nullptr;
    }
    DeployDialog::Target target{changeContext(), m_region, m_endpoint, m_versions->version(row), *m_versions->detail()};
    auto *dialog = new DeployDialog(target, DeployDialog::Preset(preset), m_repository, this);
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
    const RoutineEnvironment *prod = m_versions->detail() ? m_versions->detail()->environment(QStringLiteral("production")) : nullptr;
    if (!prod || !prod->isCanary())
        return nullptr;
    return deployVersion(prod->canaryVersion(), int(DeployDialog::Preset::Promote));
}

QDialog *RoutineBrowser::abortCanary()
{
    const RoutineEnvironment *prod = m_versions->detail() ? m_versions->detail()->environment(QStringLiteral("production")) : nullptr;
    if (!prod || !prod->isCanary())
        return nullptr;
    return deployVersion(prod->mainVersion(), int(DeployDialog::Preset::AbortCanary));
}

QDialog *RoutineBrowser::deleteVersions(const QStringList &codeVersions)
{
    if (!changesAllowed() || codeVersions.isEmpty() || !m_versions->detail())
        return nullptr;
    QList<CodeVersion> versions;
    for (const QString &v : codeVersions) {
        const int row = m_versions->rowOf(v);
        if (row >= 0)
            versions << m_versions->version(row);
    }
    auto *dialog = new DeleteVersionsDialog(changeContext(), versions, *m_versions->detail(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteVersionsDialog::versionsDeleted, this, [this](const RoutineSnapshot &after) { showChanged(after); });
    dialog->open();
    return dialog;
}

QDialog *RoutineBrowser::newVersion(const QString &file)
{
    if (!changesAllowed() || m_versions->routineName().isEmpty())
        return nullptr;
    auto *dialog = new NewVersionDialog(changeContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewVersionDialog::versionCreated, this, [this, dialog](const QString &version) {
        if (dialog->upload() && dialog->upload()->after())
            showChanged(*dialog->upload()->after(), version);
        emit message(tr("The new version %1 was created.").arg(version));
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
