#include "ui/apig/AppCodeBrowser.h"

#include "ui/apig/AppCodeTestDialog.h"
#include "ui/apig/AppContextPanel.h"
#include "ui/apig/CreateAppCodeDialog.h"
#include "ui/apig/DeleteAppCodesDialog.h"
#include "ui/apig/ResetAppSecretDialog.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/LoadStatePanel.h"
#include "ui/common/SecretClipboard.h"
#include "app/apig/ApigAppListModel.h"
#include "app/apig/AppCodeRule.h"
#include "app/apig/ApigInstanceListModel.h"
#include "app/apig/AppCodeExporter.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

QAction *AppCodeBrowser::makeRevealAction(QObject *parent)
{
    auto *reveal = new QAction(tr("&Reveal AppCodes"), parent);
    reveal->setCheckable(true);
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reveal->setToolTip(tr("Show the AppCodes in full in this view (Ctrl+Shift+R)"));
    return reveal;
}

QAction *AppCodeBrowser::makeExportAllAction(QObject *parent)
{
    return new QAction(tr("Export All AppCodes as CSV…"), parent);
}

AppCodeBrowser::AppCodeBrowser(SecretClipboard &clipboard, SessionState &state, QWidget *parent)
    : QWidget(parent)
    , m_workspace(state)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("AppCodeBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buildInstanceBar());
    auto *split = new QSplitter(Qt::Horizontal, this);
    QWidget *left = buildApps(split);
    buildTabs(split);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 900});
    left->setMinimumWidth(m_appSearch->fontMetrics().horizontalAdvance(m_appSearch->placeholderText()) + 40);
    layout->addWidget(split, 1);
    addShortcuts();
    connectIntents();
    connectWorkspace();
    updateBar();
}

AppCodeBrowser::~AppCodeBrowser() = default;

QHBoxLayout *AppCodeBrowser::buildInstanceBar()
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 0, 6, 0);
    m_instances = new QComboBox(this);
    m_instances->setObjectName(QStringLiteral("instanceBox"));
    m_instances->setModel(m_workspace.instances());
    m_instances->setMinimumContentsLength(30);
    m_instances->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the whole "name (state, edition)"
    m_instanceState = new QLabel(this);
    m_instanceState->setObjectName(QStringLiteral("instanceState"));
    auto *label = new QLabel(tr("API &gateway:"), this);
    label->setBuddy(m_instances);
    top->addWidget(label);
    top->addWidget(m_instances);
    top->addWidget(m_instanceState, 1);
    return top;
}

QWidget *AppCodeBrowser::buildApps(QSplitter *split)
{
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 0, 0, 0);
    m_appSearch = new QLineEdit(left);
    m_appSearch->setObjectName(QStringLiteral("appSearch"));
    m_appSearch->setAccessibleName(tr("Search apps"));
    m_appSearch->setPlaceholderText(tr("Search apps by name (Ctrl+F)"));
    m_appSearch->setClearButtonEnabled(true);
    m_appView = new QListView(left);
    m_appView->setObjectName(QStringLiteral("appView"));
    m_appView->setAccessibleName(tr("Apps"));
    m_appView->setModel(m_workspace.apps());
    m_appView->setUniformItemSizes(true);
    m_appPanel = new LoadStatePanel(m_appView, left);
    m_appPanel->setIdleText(tr("Choose an API gateway instance."));
    m_appPanel->setEmptyText(tr("No apps on this gateway match."));
    leftLayout->addWidget(m_appSearch);
    leftLayout->addWidget(m_appPanel, 1);
    split->addWidget(left);
    return left;
}

// The AppCodes, and beside them where the app's credentials work.
QTabWidget *AppCodeBrowser::buildTabs(QSplitter *split)
{
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("appTabs"));
    m_tabs->setAccessibleName(tr("App views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCodes(m_tabs), tr("AppCodes"));
    m_contextPanel = new AppContextPanel(m_workspace, m_tabs);
    m_tabs->addTab(m_contextPanel, tr("Where It Works"));
    split->addWidget(m_tabs);
    connect(m_contextPanel, &AppContextPanel::copyRequested, this, &AppCodeBrowser::copyText);
    connect(m_contextPanel, &AppContextPanel::resetSecretRequested, this, &AppCodeBrowser::resetAppSecret);
    connect(m_contextPanel, &AppContextPanel::testRequested, this, [this] { testAppCode(); });
    return m_tabs;
}

void AppCodeBrowser::showContext()
{
    m_tabs->setCurrentWidget(m_contextPanel);
}

QWidget *AppCodeBrowser::buildCodes(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 6, 0);
    rightLayout->addLayout(buildTools(right));
    rightLayout->addWidget(buildChangeBar(right));
    rightLayout->addWidget(buildRotationBar(right));
    m_tablePanel = new LoadStatePanel(buildTable(right), right);
    m_tablePanel->setIdleText(tr("Choose an app to see its AppCodes."));
    m_tablePanel->setEmptyText(tr("This app has no AppCodes."));
    rightLayout->addWidget(m_tablePanel, 1);
    rightLayout->addLayout(buildPageBar(right));
    return right;
}

QHBoxLayout *AppCodeBrowser::buildTools(QWidget *parent)
{
    auto *tools = new QHBoxLayout;
    m_title = new QLabel(parent);
    m_title->setObjectName(QStringLiteral("appCodesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reveal = makeRevealAction(this);
    auto *revealButton = new QToolButton(parent);
    revealButton->setDefaultAction(m_reveal);
    m_exportPage = new QAction(tr("Export This Page as CSV…"), this);
    m_exportAll = makeExportAllAction(this);
    auto *exportButton = new QToolButton(parent);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions({m_exportPage, m_exportAll});
    exportButton->setMenu(exportMenu);
    tools->addWidget(m_title, 1);
    tools->addWidget(revealButton);
    tools->addWidget(exportButton);
    return tools;
}

// The lifecycle, for accounts that allow changes (hidden otherwise).
QWidget *AppCodeBrowser::buildChangeBar(QWidget *parent)
{
    m_changeBar = new QWidget(parent);
    m_changeBar->setObjectName(QStringLiteral("appCodeChangeBar"));
    auto *changeLayout = new QHBoxLayout(m_changeBar);
    changeLayout->setContentsMargins(0, 0, 0, 0);
    m_createButton = new QPushButton(tr("&Create AppCode…"), m_changeBar);
    m_createButton->setObjectName(QStringLiteral("createAppCode"));
    m_rotateButton = new QPushButton(tr("R&otate…"), m_changeBar);
    m_rotateButton->setObjectName(QStringLiteral("rotateAppCode"));
    m_rotateButton->setToolTip(tr("Replace the selected AppCode without downtime: a new one first, the old one deleted once callers moved"));
    m_deleteButton = new QPushButton(tr("&Delete…"), m_changeBar);
    m_deleteButton->setObjectName(QStringLiteral("deleteAppCodes"));
    m_limit = new ElidedLabel(m_changeBar, Qt::ElideRight); // gives way to the buttons in a narrow window
    m_limit->setObjectName(QStringLiteral("appCodeLimit"));
    changeLayout->addWidget(m_createButton);
    changeLayout->addWidget(m_rotateButton);
    changeLayout->addWidget(m_deleteButton);
    changeLayout->addSpacing(8);
    changeLayout->addWidget(m_limit, 1);
    return m_changeBar;
}

QWidget *AppCodeBrowser::buildRotationBar(QWidget *parent)
{
    m_rotationBar = new QWidget(parent);
    m_rotationBar->setObjectName(QStringLiteral("rotationBar"));
    auto *rotationLayout = new QHBoxLayout(m_rotationBar);
    rotationLayout->setContentsMargins(0, 0, 0, 0);
    m_rotationText = new QLabel(m_rotationBar);
    m_rotationText->setObjectName(QStringLiteral("rotationText"));
    m_rotationText->setWordWrap(true);
    m_testRotation = new QPushButton(tr("&Test New AppCode…"), m_rotationBar);
    m_testRotation->setObjectName(QStringLiteral("testRotation"));
    m_testRotation->setAccessibleName(tr("Test the new AppCode"));
    m_testRotation->setToolTip(tr("Test the new AppCode before deleting the old one"));
    m_finishRotation = new QPushButton(tr("&Finish Rotation…"), m_rotationBar);
    m_finishRotation->setObjectName(QStringLiteral("finishRotation"));
    m_forgetRotation = new QPushButton(tr("Forget"), m_rotationBar);
    m_forgetRotation->setObjectName(QStringLiteral("forgetRotation"));
    m_forgetRotation->setToolTip(tr("Stop reminding: both AppCodes stay as they are"));
    rotationLayout->addWidget(m_rotationText, 1);
    rotationLayout->addWidget(m_testRotation);
    rotationLayout->addWidget(m_finishRotation);
    rotationLayout->addWidget(m_forgetRotation);
    return m_rotationBar;
}

QTableView *AppCodeBrowser::buildTable(QWidget *parent)
{
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_workspace.codes());
    m_sorted->setSortRole(AppCodeModel::SortRole);
    m_table = new QTableView(parent);
    m_table->setObjectName(QStringLiteral("appCodeTable"));
    m_table->setAccessibleName(tr("AppCodes"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the service's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Widths from the font, not from the rows (nothing to measure per row or per page): the AppCode
    // as shown (masked or in full), the 32-digit id, the date; the app's id, the same on every row, last.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->moveSection(columns->visualIndex(AppCodeModel::AppIdColumn), AppCodeModel::ColumnCount - 1);
    columns->setStretchLastSection(true);
    columns->resizeSection(AppCodeModel::IdColumn, charsWidth(32));
    columns->resizeSection(AppCodeModel::CreatedColumn,
                           m_table->fontMetrics().horizontalAdvance(
                                   QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat))
                                   + 16);
    fitAppCodeColumn(false);
    return m_table;
}

QHBoxLayout *AppCodeBrowser::buildPageBar(QWidget *parent)
{
    auto *bar = new QHBoxLayout;
    m_pageSize = new QComboBox(parent);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    for (int size : AppCodePager::pageSizes())
        m_pageSize->addItem(tr("%1 per page").arg(size), size);
    auto button = [parent](const QString &text, const QString &tip) {
        auto *b = new QToolButton(parent);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip); // a screen reader says "Next page", not "›"
        return b;
    };
    m_first = button(QStringLiteral("«"), tr("First page"));
    m_previous = button(QStringLiteral("‹"), tr("Previous page (Ctrl+Page Up)"));
    m_next = button(QStringLiteral("›"), tr("Next page (Ctrl+Page Down)"));
    m_last = button(QStringLiteral("»"), tr("Last page"));
    m_pageLabel = new QLabel(parent);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_jump = new QSpinBox(parent);
    m_jump->setObjectName(QStringLiteral("jumpToPage"));
    m_jump->setAccessibleName(tr("Go to page"));
    m_jump->setMinimum(1);
    m_jump->setKeyboardTracking(false);
    m_jump->setToolTip(tr("Go to page"));
    m_range = new ElidedLabel(parent, Qt::ElideRight);
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_range->setObjectName(QStringLiteral("rangeLabel"));
    bar->addWidget(m_pageSize);
    bar->addSpacing(8);
    for (QWidget *w : std::initializer_list<QWidget *>{m_first, m_previous, m_pageLabel, m_next, m_last})
        bar->addWidget(w);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Go to:"), parent));
    bar->addWidget(m_jump);
    bar->addSpacing(8);
    bar->addWidget(m_range, 1);
    return bar;
}

// Shortcuts of the table.
void AppCodeBrowser::addShortcuts()
{
    AppCodePager *pager = m_workspace.pager();
    auto *copy = new QAction(tr("&Copy AppCodes"), this);
    copy->setShortcut(QKeySequence::Copy);
    auto *pageDown = new QAction(this);
    pageDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto *pageUp = new QAction(this);
    pageUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    for (QAction *a : {copy, pageDown, pageUp, m_reveal, refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(copy, &QAction::triggered, this, &AppCodeBrowser::copySelectedCodes);
    connect(pageDown, &QAction::triggered, pager, &AppCodePager::next);
    connect(pageUp, &QAction::triggered, pager, &AppCodePager::previous);
    connect(refresh, &QAction::triggered, pager, &AppCodePager::refresh);
    connect(refresh, &QAction::triggered, &m_workspace, &ApigWorkspace::readContext);
}

// What the user does here goes to the workspace (or opens the dialog that confirms it).
void AppCodeBrowser::connectIntents()
{
    AppCodePager *pager = m_workspace.pager();
    connect(m_reveal, &QAction::toggled, m_workspace.codes(), &AppCodeModel::setRevealed);
    connect(m_reveal, &QAction::toggled, this, &AppCodeBrowser::fitAppCodeColumn);
    connect(m_exportPage, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export AppCodes"), QStringLiteral("appcodes-page.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file, false);
    });
    connect(m_exportAll, &QAction::triggered, this, &AppCodeBrowser::askExportAll);
    connect(m_createButton, &QPushButton::clicked, this, [this] { createAppCode(); });
    connect(m_rotateButton, &QPushButton::clicked, this, [this] { rotateSelected(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_finishRotation, &QPushButton::clicked, this, [this] {
        const QList<PendingRotation> pending = m_workspace.pendingRotations();
        if (!pending.isEmpty())
            finishRotation(pending.first());
    });
    connect(m_forgetRotation, &QPushButton::clicked, &m_workspace, &ApigWorkspace::forgetRotation);
    connect(m_testRotation, &QPushButton::clicked, this, [this] {
        const QList<PendingRotation> pending = m_workspace.pendingRotations();
        testAppCode(pending.isEmpty() ? QString() : pending.first().newId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppCodeBrowser::updateChangeBar);
    // While the list loads the combo box picks rows of its own accord: only the user's choice counts.
    connect(m_instances, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_workspace.instances()->state() == LoadState::Ready)
            m_workspace.chooseInstance(row);
    });
    m_appSearchDebounce = new QTimer(this);
    m_appSearchDebounce->setSingleShot(true);
    m_appSearchDebounce->setInterval(300);
    connect(m_appSearch, &QLineEdit::textChanged, m_appSearchDebounce, qOverload<>(&QTimer::start));
    connect(m_appSearchDebounce, &QTimer::timeout, this, [this] { m_workspace.apps()->setNameFilter(m_appSearch->text().trimmed()); });
    connect(m_appPanel, &LoadStatePanel::retryRequested, m_workspace.apps(), &ApigAppListModel::refresh);
    connect(m_appView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            m_workspace.chooseApp(index.row());
    });
    connect(m_tablePanel, &LoadStatePanel::retryRequested, pager, &AppCodePager::refresh);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this, pager] { pager->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_first, &QToolButton::clicked, pager, &AppCodePager::first);
    connect(m_previous, &QToolButton::clicked, pager, &AppCodePager::previous);
    connect(m_next, &QToolButton::clicked, pager, &AppCodePager::next);
    connect(m_last, &QToolButton::clicked, pager, &AppCodePager::last);
    connect(m_jump, &QSpinBox::valueChanged, this, [pager](int page) {
        if (page - 1 != pager->currentPage())
            pager->goToPage(page - 1);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &AppCodeBrowser::showContextMenu);
}

// What the workspace says is shown here.
void AppCodeBrowser::connectWorkspace()
{
    AppCodePager *pager = m_workspace.pager();
    connect(&m_workspace, &ApigWorkspace::message, this, &AppCodeBrowser::message);
    connect(&m_workspace, &ApigWorkspace::cleared, this, &AppCodeBrowser::cleared);
    connect(&m_workspace, &ApigWorkspace::offersChanged, this, &AppCodeBrowser::updateChangeBar);
    connect(&m_workspace, &ApigWorkspace::appChosen, this, [this](const QString &name) {
        m_title->setText(tr("AppCodes of %1").arg(name));
        m_reveal->setChecked(false); // revealing is for one look, not for the next app
    });
    connect(m_workspace.instances(), &ApigInstanceListModel::stateChanged, this, &AppCodeBrowser::instancesChanged);
    connect(m_workspace.apps(), &ApigAppListModel::stateChanged, this, [this](LoadState s) {
        m_appPanel->showState(s, m_workspace.apps()->error());
        // Back to the app the user had open last time, when it is in the list.
        if (s == LoadState::Ready && !m_appView->currentIndex().isValid())
            m_appView->setCurrentIndex(m_workspace.apps()->index(m_workspace.appRowToShow(), 0));
    });
    connect(m_workspace.codes(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_reveal->isChecked())
            fitAppCodeColumn(true);
    });
    connect(pager, &AppCodePager::pageChanged, this, &AppCodeBrowser::updateBar);
    connect(pager, &AppCodePager::stateChanged, this, [this, pager](LoadState s) {
        // Rows already on screen stay while the next page loads.
        if (s == LoadState::Loading && !pager->codes().isEmpty())
            return;
        m_tablePanel->showState(s, pager->error());
        updateBar();
    });
    connect(m_workspace.exporter(), &AppCodeExporter::progress, this, [this](qint64 done, qint64 total) {
        if (m_exportProgress) {
            m_exportProgress->setMaximum(int(total));
            m_exportProgress->setValue(int(done));
        }
    });
    connect(m_workspace.exporter(), &AppCodeExporter::finished, this, [this] {
        if (m_exportProgress)
            m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    });
}

int AppCodeBrowser::charsWidth(int chars) const
{
    return m_table->fontMetrics().horizontalAdvance(QString(chars, QLatin1Char('0'))) + 16; // the table's font is fixed-width
}

void AppCodeBrowser::fitAppCodeColumn(bool revealed)
{
    // Masked, every AppCode shows 14 characters; in full, the page's longest (up to 64, the rest elided).
    qsizetype longest = 14;
    if (revealed) {
        for (const AppCode &c : m_workspace.codes()->codes())
            longest = qMax(longest, c.appCode.size());
    }
    const int header = m_table->horizontalHeader()->sectionSizeHint(AppCodeModel::AppCodeColumn);
    m_table->horizontalHeader()->resizeSection(AppCodeModel::AppCodeColumn, qMax(header, charsWidth(int(qMin<qsizetype>(longest, 64)))));
}

void AppCodeBrowser::showAccountError(const ApiError &error)
{
    m_workspace.setAccount({}, {}, nullptr);
    m_instanceState->setText(error.summary());
}

void AppCodeBrowser::cleared()
{
    m_title->clear();
    const QSignalBlocker block(m_appSearch);
    m_appSearch->clear();
}

void AppCodeBrowser::instancesChanged(LoadState state)
{
    m_instanceState->setText(m_workspace.instanceStatus());
    m_instanceState->setToolTip(m_workspace.instanceStatusDetails());
    // Nothing to choose on the shared gateway: its one entry stands for the gateway.
    m_instances->setEnabled(m_workspace.hasInstances());
    if (state != LoadState::Ready)
        return;
    const int row = m_workspace.instanceRowToShow();
    {
        const QSignalBlocker block(m_instances);
        m_instances->setCurrentIndex(row);
    }
    m_workspace.chooseInstance(row);
}

void AppCodeBrowser::selectInstance(const QString &instanceId)
{
    const int index = m_instances->findData(instanceId);
    if (index >= 0)
        m_instances->setCurrentIndex(index);
}

void AppCodeBrowser::selectApp(const QString &appId)
{
    const int row = m_workspace.apps()->rowOf(appId);
    if (row >= 0)
        m_appView->setCurrentIndex(m_workspace.apps()->index(row, 0));
}

void AppCodeBrowser::updateBar()
{
    const AppCodePager *pager = m_workspace.pager();
    const bool has = pager->total() > 0;
    const int page = pager->currentPage();
    m_first->setEnabled(has && page > 0);
    m_previous->setEnabled(has && page > 0);
    m_next->setEnabled(has && page + 1 < pager->pageCount());
    m_last->setEnabled(has && page + 1 < pager->pageCount());
    m_pageLabel->setText(has ? m_workspace.pageText() : QString());
    const QSignalBlocker block(m_jump);
    m_jump->setMaximum(qMax(1, pager->pageCount()));
    m_jump->setValue(page + 1);
    m_jump->setEnabled(has);
    m_range->setText(m_workspace.rangeText());
    m_exportPage->setEnabled(!pager->codes().isEmpty());
    m_exportAll->setEnabled(has);
}

QList<AppCode> AppCodeBrowser::selectedAppCodes() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_sorted->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    QList<AppCode> out;
    for (int row : std::as_const(rows))
        out << m_workspace.codes()->codes().at(row);
    return out;
}

void AppCodeBrowser::copy(ApigWorkspace::CopyFormat format, const QString &what)
{
    const QList<AppCode> codes = selectedAppCodes();
    if (codes.isEmpty()) {
        emit message(tr("Select one or more AppCodes first."));
        return;
    }
    copyText(ApigWorkspace::copyText(format, codes), ApigWorkspace::isSecret(format), what);
}

void AppCodeBrowser::copyText(const QString &text, bool secret, const QString &what)
{
    if (text.isEmpty())
        return;
    m_clipboard.copy(text, secret);
    if (secret && m_clipboard.clearDelaySeconds() > 0)
        emit message(tr("Copied %1 — clipboard clears in %2 s").arg(what).arg(m_clipboard.clearDelaySeconds()));
    else
        emit message(tr("Copied %1").arg(what));
}

void AppCodeBrowser::copySelectedCodes()
{
    copy(ApigWorkspace::CopyFormat::AppCode, tr("%n AppCode(s)", nullptr, int(selectedAppCodes().size())));
}

void AppCodeBrowser::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    const int n = int(selectedAppCodes().size());
    using Format = ApigWorkspace::CopyFormat;
    QMenu menu(this);
    menu.addAction(tr("Copy &AppCode"), this, &AppCodeBrowser::copySelectedCodes)->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy &ID"), this, [this, n] { copy(Format::Id, tr("%n ID(s)", nullptr, n)); });
    menu.addAction(tr("Copy &Row (TSV)"), this, [this, n] { copy(Format::Row, tr("%n row(s)", nullptr, n)); });
    menu.addAction(tr("Copy as &JSON"), this, [this, n] { copy(Format::Json, tr("%n AppCode(s) as JSON", nullptr, n)); });
    menu.addAction(tr("Copy &curl Snippet"), this, [this] { copy(Format::Curl, tr("a curl snippet")); });
    menu.addSeparator();
    menu.addAction(m_reveal);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void AppCodeBrowser::askExportAll()
{
    if (QMessageBox::question(this, tr("Export all AppCodes"),
                              tr("The file will contain all %n AppCode(s) of this app in plain text. AppCodes are credentials: "
                                 "keep the file safe and delete it when done.\n\nExport?",
                                 nullptr, int(m_workspace.pager()->total())))
        != QMessageBox::Yes)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export AppCodes"), QStringLiteral("appcodes.csv"), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(file, true);
}

bool AppCodeBrowser::exportCsv(const QString &file, bool allPages)
{
    if (!allPages) {
        QString error;
        const bool ok = m_workspace.exportPage(file, &error);
        emit message(ok ? tr("Exported %n AppCode(s).", nullptr, int(m_workspace.codes()->codes().size())) : tr("Export failed: %1").arg(error));
        return ok;
    }
    m_exportProgress = new QProgressDialog(tr("Exporting AppCodes…"), tr("Cancel"), 0, int(qMax<qint64>(1, m_workspace.pager()->total())), this);
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    connect(m_exportProgress, &QProgressDialog::canceled, m_workspace.exporter(), &AppCodeExporter::cancel);
    m_workspace.exportAll(file);
    return true;
}

void AppCodeBrowser::updateChangeBar()
{
    const bool allowed = m_workspace.changesAllowed() && !m_workspace.pager()->appId().isEmpty();
    m_changeBar->setVisible(allowed);
    const QString rotation = m_workspace.rotationText();
    m_rotationBar->setVisible(!rotation.isEmpty());
    m_rotationText->setText(rotation);
    if (!allowed)
        return;
    m_limit->setText(m_workspace.limitText());
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    for (const auto &[button, offer] : {std::pair{m_createButton, m_workspace.createOffer()},
                                        std::pair{m_rotateButton, m_workspace.rotateOffer(selected)},
                                        std::pair{m_deleteButton, m_workspace.deleteOffer(selected)}}) {
        button->setEnabled(offer.enabled);
        if (!offer.reason.isEmpty())
            button->setToolTip(offer.reason);
    }
}

QDialog *AppCodeBrowser::createAppCode()
{
    if (!m_workspace.changesAllowed() || m_workspace.pager()->appId().isEmpty())
        return nullptr;
    if (const QString why = m_workspace.whyNoCreate(); !why.isEmpty()) {
        QMessageBox::information(this, tr("Create an AppCode"), why);
        return nullptr;
    }
    auto *dialog = new CreateAppCodeDialog(m_workspace.changeContext(), m_clipboard, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAppCodeDialog::created, &m_workspace, &ApigWorkspace::created);
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::rotateSelected()
{
    const QList<AppCode> selected = selectedAppCodes();
    if (!m_workspace.changesAllowed() || selected.size() != 1)
        return nullptr;
    const AppCode old = selected.first();
    if (const QString why = m_workspace.whyNoRotation(); !why.isEmpty()) {
        // No room for the new one: without downtime that means deleting another (unused) one first.
        if (QMessageBox::question(this, tr("Rotate an AppCode"), why) == QMessageBox::Yes) {
            m_table->clearSelection();
            emit message(tr("Select the AppCodes to delete, then Delete…"));
        }
        return nullptr;
    }
    auto *dialog = new CreateAppCodeDialog(m_workspace.changeContext(), m_clipboard, old, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAppCodeDialog::created, this, [this, old](const AppCode &code) { m_workspace.rotationStarted(old, code); });
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::deleteSelected()
{
    const QList<AppCode> selected = selectedAppCodes();
    if (!m_workspace.changesAllowed() || selected.isEmpty())
        return nullptr;
    auto *dialog = new DeleteAppCodesDialog(m_workspace.changeContext(), selected, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAppCodesDialog::appCodesDeleted, &m_workspace, &ApigWorkspace::deleted);
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::finishRotation(const PendingRotation &rotation)
{
    if (!m_workspace.changesAllowed())
        return nullptr;
    auto *dialog = new DeleteAppCodesDialog(m_workspace.changeContext(), {m_workspace.oldOf(rotation)}, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAppCodesDialog::appCodesDeleted, &m_workspace, &ApigWorkspace::deleted);
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::resetAppSecret()
{
    if (!m_workspace.resetSecretOffer().enabled)
        return nullptr;
    auto *dialog = new ResetAppSecretDialog(m_workspace.changeContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetAppSecretDialog::secretReset, &m_workspace, &ApigWorkspace::secretReset);
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::testAppCode(const QString &appCodeId)
{
    auto *dialog = new AppCodeTestDialog(m_workspace.codes()->codes(), m_workspace.testableApis(),
                                         [&workspace = m_workspace](const AppCodeTestTarget &t) { return workspace.testCall(t); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!appCodeId.isEmpty())
        dialog->selectAppCode(appCodeId);
    dialog->open();
    return dialog;
}

void AppCodeBrowser::focusSearch()
{
    m_appSearch->setFocus();
    m_appSearch->selectAll();
}
