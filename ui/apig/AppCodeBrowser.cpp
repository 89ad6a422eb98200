#include "ui/apig/AppCodeBrowser.h"

#include "app/session/SessionState.h"

#include "ui/apig/CreateAppCodeDialog.h"
#include "ui/apig/DeleteAppCodesDialog.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/LoadStatePanel.h"
#include "app/apig/AppCodeRule.h"
#include "ui/common/SecretClipboard.h"
#include "app/apig/ApigAppListModel.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    , m_clipboard(clipboard)
    , m_state(state)
    , m_rotations(state.rotations())
{
    setObjectName(QStringLiteral("AppCodeBrowser"));
    m_apps = new ApigAppListModel(this);
    m_instanceModel = new ApigInstanceListModel(this);
    m_pager = new AppCodePager(this);
    m_model = new AppCodeModel(this);
    m_exporter = new AppCodeExporter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 0, 6, 0);
    m_instances = new QComboBox(this);
    m_instances->setObjectName(QStringLiteral("instanceBox"));
    m_instances->setModel(m_instanceModel);
    m_instances->setMinimumContentsLength(30);
    m_instances->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the whole "name (state, edition)"
    m_instanceState = new QLabel(this);
    m_instanceState->setObjectName(QStringLiteral("instanceState"));
    top->addWidget(new QLabel(tr("API &gateway:"), this));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_instances);
    top->addWidget(m_instances);
    top->addWidget(m_instanceState, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
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
    m_appView->setModel(m_apps);
    m_appView->setUniformItemSizes(true);
    m_appPanel = new LoadStatePanel(m_appView, left);
    m_appPanel->setIdleText(tr("Choose an API gateway instance."));
    m_appPanel->setEmptyText(tr("No apps on this gateway match."));
    leftLayout->addWidget(m_appSearch);
    leftLayout->addWidget(m_appPanel, 1);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 6, 0);
    auto *tools = new QHBoxLayout;
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("appCodesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reveal = makeRevealAction(this);
    auto *revealButton = new QToolButton(right);
    revealButton->setDefaultAction(m_reveal);
    m_exportPage = new QAction(tr("Export This Page as CSV…"), this);
    m_exportAll = makeExportAllAction(this);
    auto *exportButton = new QToolButton(right);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions({m_exportPage, m_exportAll});
    exportButton->setMenu(exportMenu);
    tools->addWidget(m_title, 1);
    tools->addWidget(revealButton);
    tools->addWidget(exportButton);
    rightLayout->addLayout(tools);

    // The lifecycle, for accounts that allow changes (hidden otherwise).
    m_changeBar = new QWidget(right);
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
    rightLayout->addWidget(m_changeBar);
    m_rotationBar = new QWidget(right);
    m_rotationBar->setObjectName(QStringLiteral("rotationBar"));
    auto *rotationLayout = new QHBoxLayout(m_rotationBar);
    rotationLayout->setContentsMargins(0, 0, 0, 0);
    m_rotationText = new QLabel(m_rotationBar);
    m_rotationText->setObjectName(QStringLiteral("rotationText"));
    m_rotationText->setWordWrap(true);
    m_finishRotation = new QPushButton(tr("&Finish Rotation…"), m_rotationBar);
    m_finishRotation->setObjectName(QStringLiteral("finishRotation"));
    m_forgetRotation = new QPushButton(tr("Forget"), m_rotationBar);
    m_forgetRotation->setObjectName(QStringLiteral("forgetRotation"));
    m_forgetRotation->setToolTip(tr("Stop reminding: both AppCodes stay as they are"));
    rotationLayout->addWidget(m_rotationText, 1);
    rotationLayout->addWidget(m_finishRotation);
    rotationLayout->addWidget(m_forgetRotation);
    rightLayout->addWidget(m_rotationBar);

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AppCodeModel::SortRole);
    m_table = new QTableView(right);
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
    m_tablePanel = new LoadStatePanel(m_table, right);
    m_tablePanel->setIdleText(tr("Choose an app to see its AppCodes."));
    m_tablePanel->setEmptyText(tr("This app has no AppCodes."));
    rightLayout->addWidget(m_tablePanel, 1);

    auto *bar = new QHBoxLayout;
    m_pageSize = new QComboBox(right);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    for (int size : AppCodePager::pageSizes())
        m_pageSize->addItem(tr("%1 per page").arg(size), size);
    auto button = [right](const QString &text, const QString &tip) {
        auto *b = new QToolButton(right);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip); // a screen reader says "Next page", not "›"
        return b;
    };
    m_first = button(QStringLiteral("«"), tr("First page"));
    m_previous = button(QStringLiteral("‹"), tr("Previous page (Ctrl+Page Up)"));
    m_next = button(QStringLiteral("›"), tr("Next page (Ctrl+Page Down)"));
    m_last = button(QStringLiteral("»"), tr("Last page"));
    m_pageLabel = new QLabel(right);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_jump = new QSpinBox(right);
    m_jump->setObjectName(QStringLiteral("jumpToPage"));
    m_jump->setAccessibleName(tr("Go to page"));
    m_jump->setMinimum(1);
    m_jump->setKeyboardTracking(false);
    m_jump->setToolTip(tr("Go to page"));
    m_range = new ElidedLabel(right, Qt::ElideRight);
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_range->setObjectName(QStringLiteral("rangeLabel"));
    bar->addWidget(m_pageSize);
    bar->addSpacing(8);
    bar->addWidget(m_first);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addWidget(m_last);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Go to:"), right));
    bar->addWidget(m_jump);
    bar->addSpacing(8);
    bar->addWidget(m_range, 1);
    rightLayout->addLayout(bar);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 900});
    left->setMinimumWidth(m_appSearch->fontMetrics().horizontalAdvance(m_appSearch->placeholderText()) + 40);
    layout->addWidget(split, 1);

    // Shortcuts of the table.
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
    connect(pageDown, &QAction::triggered, m_pager, &AppCodePager::next);
    connect(pageUp, &QAction::triggered, m_pager, &AppCodePager::previous);
    connect(refresh, &QAction::triggered, m_pager, &AppCodePager::refresh);
    connect(m_reveal, &QAction::toggled, m_model, &AppCodeModel::setRevealed);
    connect(m_reveal, &QAction::toggled, this, &AppCodeBrowser::fitAppCodeColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_reveal->isChecked())
            fitAppCodeColumn(true);
    });
    connect(m_exportPage, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export AppCodes"), QStringLiteral("appcodes-page.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file, false);
    });
    connect(m_exportAll, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Export all AppCodes"),
                                  tr("The file will contain all %n AppCode(s) of this app in plain text. AppCodes are credentials: "
                                     "keep the file safe and delete it when done.\n\nExport?", nullptr, int(m_pager->total())))
            != QMessageBox::Yes)
            return;
        const QString file = QFileDialog::getSaveFileName(this, tr("Export AppCodes"), QStringLiteral("appcodes.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file, true);
    });

    // While the list loads the combo box picks rows of its own accord: only the user's choice counts.
    connect(m_createButton, &QPushButton::clicked, this, [this] { createAppCode(); });
    connect(m_rotateButton, &QPushButton::clicked, this, [this] { rotateSelected(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_finishRotation, &QPushButton::clicked, this, [this] {
        const QList<PendingRotation> pending = pendingRotations();
        if (!pending.isEmpty())
            finishRotation(pending.first());
    });
    connect(m_forgetRotation, &QPushButton::clicked, this, [this] {
        const QList<PendingRotation> pending = pendingRotations();
        if (!pending.isEmpty())
            m_rotations.remove(m_accountId, pending.first().oldId);
        updateChangeBar();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppCodeBrowser::updateChangeBar);
    connect(m_instances, &QComboBox::currentIndexChanged, this, [this] {
        if (m_instanceModel->state() == LoadState::Ready)
            instanceChosen();
    });
    connect(m_instanceModel, &ApigInstanceListModel::stateChanged, this, &AppCodeBrowser::instancesChanged);
    m_appSearchDebounce = new QTimer(this);
    m_appSearchDebounce->setSingleShot(true);
    m_appSearchDebounce->setInterval(300);
    connect(m_appSearch, &QLineEdit::textChanged, m_appSearchDebounce, qOverload<>(&QTimer::start));
    connect(m_appSearchDebounce, &QTimer::timeout, this, [this] { m_apps->setNameFilter(m_appSearch->text().trimmed()); });
    connect(m_apps, &ApigAppListModel::stateChanged, this, [this](LoadState s) {
        m_appPanel->showState(s, m_apps->error());
        // Back to the app the user had open last time, when it is in the list.
        if (s == LoadState::Ready && !m_appView->currentIndex().isValid()) {
            const int row = m_apps->rowOf(m_state.lastApp(m_accountId));
            m_appView->setCurrentIndex(m_apps->index(qMax(0, row), 0));
        }
    });
    connect(m_appPanel, &LoadStatePanel::retryRequested, m_apps, &ApigAppListModel::refresh);
    connect(m_appView->selectionModel(), &QItemSelectionModel::currentChanged, this, &AppCodeBrowser::appChosen);
    connect(m_pager, &AppCodePager::pageChanged, this, [this] {
        m_model->setCodes(m_pager->codes());
        updateBar();
        updateChangeBar();
    });
    connect(m_pager, &AppCodePager::stateChanged, this, [this](LoadState s) {
        // Rows already on screen stay while the next page loads.
        if (s == LoadState::Loading && !m_pager->codes().isEmpty()) {
            updateChangeBar();
            return;
        }
        m_tablePanel->showState(s, m_pager->error());
        updateBar();
        updateChangeBar();
    });
    connect(m_tablePanel, &LoadStatePanel::retryRequested, m_pager, &AppCodePager::refresh);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] { m_pager->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_first, &QToolButton::clicked, m_pager, &AppCodePager::first);
    connect(m_previous, &QToolButton::clicked, m_pager, &AppCodePager::previous);
    connect(m_next, &QToolButton::clicked, m_pager, &AppCodePager::next);
    connect(m_last, &QToolButton::clicked, m_pager, &AppCodePager::last);
    connect(m_jump, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != m_pager->currentPage())
            m_pager->goToPage(page - 1);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &AppCodeBrowser::showContextMenu);
    connect(m_exporter, &AppCodeExporter::progress, this, [this](qint64 done, qint64 total) {
        if (m_exportProgress) {
            m_exportProgress->setMaximum(int(total));
            m_exportProgress->setValue(int(done));
        }
    });
    connect(m_exporter, &AppCodeExporter::finished, this, [this](bool ok, qint64 rows, const QString &error) {
        if (m_exportProgress)
            m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
        emit message(ok ? tr("Exported %n AppCode(s).", nullptr, int(rows))
                        : error.isEmpty() ? tr("Export cancelled.") : tr("Export failed: %1").arg(error));
    });
    updateBar();
}

AppCodeBrowser::~AppCodeBrowser() = default;

int AppCodeBrowser::charsWidth(int chars) const
{
    return m_table->fontMetrics().horizontalAdvance(QString(chars, QLatin1Char('0'))) + 16; // the table's font is fixed-width
}

void AppCodeBrowser::fitAppCodeColumn(bool revealed)
{
    // Masked, every AppCode shows 14 characters; in full, the page's longest (up to 64, the rest elided).
    qsizetype longest = 14;
    if (revealed) {
        for (const AppCode &c : m_model->codes())
            longest = qMax(longest, c.appCode.size());
    }
    const int header = m_table->horizontalHeader()->sectionSizeHint(AppCodeModel::AppCodeColumn);
    m_table->horizontalHeader()->resizeSection(AppCodeModel::AppCodeColumn, qMax(header, charsWidth(int(qMin<qsizetype>(longest, 64)))));
}

void AppCodeBrowser::setAccount(const QString &accountId, std::shared_ptr<ApigClient> client, const QString &defaultInstanceId)
{
    if (accountId == m_accountId && client == m_client)
        return;
    m_accountId = accountId;
    m_client = std::move(client);
    m_defaultInstance = defaultInstanceId;
    m_pager->clear();
    m_model->setCodes({});
    m_title->clear();
    m_apps->setInstance(nullptr, {});
    loadInstances();
    updateChangeBar();
}

void AppCodeBrowser::showAccountError(const ApiError &error)
{
    setAccount({}, nullptr);
    m_instanceState->setText(error.summary());
}

void AppCodeBrowser::loadInstances()
{
    m_instanceModel->setClient(m_client);
}

void AppCodeBrowser::instancesChanged(LoadState state)
{
    m_instanceState->setToolTip({});
    switch (state) {
    case LoadState::Idle:
        m_instanceState->setText(tr("Select a Huawei Cloud account to see its API gateways."));
        return;
    case LoadState::Loading:
        m_instanceState->setText(tr("Loading gateways…"));
        return;
    case LoadState::Failed:
        m_instanceState->setText(m_instanceModel->error().summary());
        m_instanceState->setToolTip(m_instanceModel->error().details());
        return;
    case LoadState::Empty:
        m_instanceState->setText(tr("This region has no API gateway instances."));
        return;
    case LoadState::Ready:
        break;
    }
    m_instanceState->setText(tr("%n gateway(s)", nullptr, m_instanceModel->rowCount()));
    QString want = m_state.lastInstance(m_accountId);
    if (want.isEmpty())
        want = m_defaultInstance;
    const int row = m_instanceModel->rowOf(want);
    {
        const QSignalBlocker block(m_instances);
        m_instances->setCurrentIndex(row >= 0 ? row : 0);
    }
    instanceChosen();
}

void AppCodeBrowser::selectInstance(const QString &instanceId)
{
    const int index = m_instances->findData(instanceId);
    if (index >= 0)
        m_instances->setCurrentIndex(index);
}

void AppCodeBrowser::selectApp(const QString &appId)
{
    const int row = m_apps->rowOf(appId);
    if (row >= 0)
        m_appView->setCurrentIndex(m_apps->index(row, 0));
}

void AppCodeBrowser::instanceChosen()
{
    const QString id = m_instances->currentData().toString();
    if (id.isEmpty())
        return;
    m_state.setLastInstance(m_accountId, id);
    m_pager->clear();
    m_title->clear();
    m_appSearch->blockSignals(true);
    m_appSearch->clear();
    m_appSearch->blockSignals(false);
    m_apps->setInstance(m_client, id);
}

void AppCodeBrowser::appChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ApigApp app = m_apps->app(index.row());
    m_state.setLastApp(m_accountId, app.id);
    m_title->setText(tr("AppCodes of %1").arg(app.name));
    m_reveal->setChecked(false); // revealing is for one look, not for the next app
    m_model->setRevealedIds({});
    m_pager->setSource(m_client, m_accountId, m_instances->currentData().toString(), app.id);
}

QString AppCodeBrowser::pageText() const
{
    return tr("page %1 of %2").arg(m_pager->currentPage() + 1).arg(m_pager->pageCount());
}

QString AppCodeBrowser::rangeText() const
{
    if (m_pager->total() <= 0)
        return {};
    const QLocale l;
    return tr("Showing %1–%2 of %3").arg(l.toString(m_pager->firstItem()), l.toString(m_pager->lastItem()), l.toString(m_pager->total()));
}

void AppCodeBrowser::updateBar()
{
    const bool has = m_pager->total() > 0;
    const int page = m_pager->currentPage();
    m_first->setEnabled(has && page > 0);
    m_previous->setEnabled(has && page > 0);
    m_next->setEnabled(has && page + 1 < m_pager->pageCount());
    m_last->setEnabled(has && page + 1 < m_pager->pageCount());
    m_pageLabel->setText(has ? pageText() : QString());
    const QSignalBlocker block(m_jump);
    m_jump->setMaximum(qMax(1, m_pager->pageCount()));
    m_jump->setValue(page + 1);
    m_jump->setEnabled(has);
    m_range->setText(rangeText());
    m_exportPage->setEnabled(!m_pager->codes().isEmpty());
    m_exportAll->setEnabled(has);
}

QList<int> AppCodeBrowser::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_sorted->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList AppCodeBrowser::selectedCodes() const
{
    QStringList out;
    for (int row : selectedRows())
        out << m_model->codes().at(row).appCode;
    return out;
}

void AppCodeBrowser::copyRows(const std::function<QString(int row)> &line, bool secret, const QString &what)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        emit message(tr("Select one or more AppCodes first."));
        return;
    }
    QStringList lines;
    for (int row : rows)
        lines << line(row);
    m_clipboard.copy(lines.join(QLatin1Char('\n')), secret);
    if (secret && m_clipboard.clearDelaySeconds() > 0)
        emit message(tr("Copied %1 — clipboard clears in %2 s").arg(what).arg(m_clipboard.clearDelaySeconds()));
    else
        emit message(tr("Copied %1").arg(what));
}

void AppCodeBrowser::copySelectedCodes()
{
    const int n = int(selectedRows().size());
    copyRows([this](int row) { return m_model->codes().at(row).appCode; }, true, tr("%n AppCode(s)", nullptr, n));
}

void AppCodeBrowser::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    const int n = int(selectedRows().size());
    const auto codes = [this] { return m_model->codes(); };
    QMenu menu(this);
    menu.addAction(tr("Copy &AppCode"), this, &AppCodeBrowser::copySelectedCodes)->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy &ID"), this, [this, codes, n] {
        copyRows([codes](int row) { return codes().at(row).id; }, false, tr("%n ID(s)", nullptr, n));
    });
    menu.addAction(tr("Copy &Row (TSV)"), this, [this, codes, n] {
        copyRows([codes](int row) {
            const AppCode &c = codes().at(row);
            return QStringList{c.appCode, c.id, c.appId, c.createTime.toUTC().toString(Qt::ISODate)}.join(QLatin1Char('\t'));
        }, true, tr("%n row(s)", nullptr, n));
    });
    menu.addAction(tr("Copy as &JSON"), this, [this, codes, n] {
        QJsonArray array;
        for (int row : selectedRows()) {
            const AppCode &c = codes().at(row);
            array.append(QJsonObject{{QStringLiteral("app_code"), c.appCode}, {QStringLiteral("id"), c.id},
                                     {QStringLiteral("app_id"), c.appId}, {QStringLiteral("create_time"), c.createTime.toUTC().toString(Qt::ISODate)}});
        }
        m_clipboard.copy(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)), true);
        emit message(tr("Copied %1 as JSON — clipboard clears in %2 s").arg(tr("%n AppCode(s)", nullptr, n)).arg(m_clipboard.clearDelaySeconds()));
    });
    menu.addAction(tr("Copy &curl Snippet"), this, [this, codes] {
        copyRows([codes](int row) {
            return AppCodeModel::curlSnippet(codes().at(row).appCode);
        }, true, tr("a curl snippet"));
    });
    menu.addSeparator();
    menu.addAction(m_reveal);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool AppCodeBrowser::exportCsv(const QString &file, bool allPages)
{
    if (!allPages) {
        QString error;
        const bool ok = AppCodeExporter::writePage(m_model->codes(), file, &error);
        emit message(ok ? tr("Exported %n AppCode(s).", nullptr, int(m_model->codes().size())) : tr("Export failed: %1").arg(error));
        return ok;
    }
    m_exportProgress = new QProgressDialog(tr("Exporting AppCodes…"), tr("Cancel"), 0, int(qMax<qint64>(1, m_pager->total())), this);
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exporter, &AppCodeExporter::cancel);
    m_exporter->start(m_client, m_instances->currentData().toString(), m_pager->appId(), file);
    return true;
}

bool AppCodeBrowser::changesAllowed() const
{
    return m_client && m_client->allowsChanges();
}

AppCodeChange::Context AppCodeBrowser::changeContext() const
{
    const QModelIndex app = m_appView->currentIndex();
    const int instanceRow = m_instances->currentIndex();
    return AppCodeChange::Context{m_client, m_accountId, m_accountName.isEmpty() ? m_accountId : m_accountName,
                                  m_instances->currentData().toString(),
                                  instanceRow >= 0 ? m_instanceModel->instance(instanceRow).name : QString(), m_pager->appId(),
                                  app.isValid() ? m_apps->app(app.row()).name : m_pager->appId(), m_journal};
}

QList<AppCode> AppCodeBrowser::selectedAppCodes() const
{
    QList<AppCode> out;
    for (int row : selectedRows())
        out << m_model->codes().at(row);
    return out;
}

QList<PendingRotation> AppCodeBrowser::pendingRotations() const
{
    if (m_accountId.isEmpty() || m_pager->appId().isEmpty())
        return {};
    return m_rotations.pending(m_accountId, m_pager->instanceId(), m_pager->appId());
}

void AppCodeBrowser::updateChangeBar()
{
    const bool allowed = changesAllowed() && !m_pager->appId().isEmpty();
    m_changeBar->setVisible(allowed);
    const QList<PendingRotation> pending = allowed ? pendingRotations() : QList<PendingRotation>();
    m_rotationBar->setVisible(!pending.isEmpty());
    if (!pending.isEmpty()) {
        const PendingRotation &r = pending.first();
        m_rotationText->setText(tr("Rotation pending since %1: once your callers use the new AppCode %2, delete the old one %3.")
                                        .arg(QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat), r.newId, r.oldId)
                                + (pending.size() > 1 ? QLatin1Char(' ') + tr("(%n more pending)", nullptr, int(pending.size() - 1)) : QString()));
    }
    if (!allowed)
        return;
    const qint64 total = m_pager->total();
    const bool known = total >= 0 && m_pager->state() != LoadState::Failed; // a refresh keeps the count it had
    m_limit->setText(!known ? QString()
                     : total > AppCodeRule::PerAppLimit
                             ? tr("%1 of %2 — above the gateway's documented limit").arg(QLocale().toString(total)).arg(AppCodeRule::PerAppLimit)
                             : tr("%1 of %2").arg(total).arg(AppCodeRule::PerAppLimit));
    const bool full = known && total >= AppCodeRule::PerAppLimit;
    m_createButton->setEnabled(known);
    m_createButton->setToolTip(full ? tr("This app holds %1 AppCodes and the gateway allows %2 per app: delete one first.")
                                              .arg(QLocale().toString(total))
                                              .arg(AppCodeRule::PerAppLimit)
                                    : tr("Create an AppCode, generated by the gateway or with your value"));
    m_rotateButton->setEnabled(known && selectedRows().size() == 1);
    m_deleteButton->setEnabled(known && !selectedRows().isEmpty());
}

QDialog *AppCodeBrowser::createAppCode()
{
    if (!changesAllowed() || m_pager->appId().isEmpty())
        return nullptr;
    if (m_pager->total() >= AppCodeRule::PerAppLimit) {
        QMessageBox::information(this, tr("Create an AppCode"),
                                 tr("%1 holds %2 AppCodes and the gateway allows %3 per app, so no AppCode can be created. "
                                    "Delete one it no longer needs first.")
                                         .arg(changeContext().appName, QLocale().toString(m_pager->total()))
                                         .arg(AppCodeRule::PerAppLimit));
        return nullptr;
    }
    auto *dialog = new CreateAppCodeDialog(changeContext(), m_clipboard, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAppCodeDialog::created, this, [this](const AppCode &code) {
        // The new one at once, in full for this row only, until the user leaves the app.
        QSet<QString> revealed{code.id};
        m_model->setRevealedIds(revealed);
        m_pager->refresh();
        emit message(tr("Created the AppCode %1.").arg(code.id));
    });
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::rotateSelected()
{
    const QList<AppCode> selected = selectedAppCodes();
    if (!changesAllowed() || selected.size() != 1)
        return nullptr;
    const AppCode old = selected.first();
    if (m_pager->total() >= AppCodeRule::PerAppLimit) {
        // No room for the new one: without downtime that means deleting another (unused) one first.
        if (QMessageBox::question(this, tr("Rotate an AppCode"),
                                  tr("%1 holds %2 of %3 AppCodes, so the new one cannot be created first. Delete an AppCode that no "
                                     "caller uses (not the one you rotate) to make room?")
                                          .arg(changeContext().appName, QLocale().toString(m_pager->total()))
                                          .arg(AppCodeRule::PerAppLimit))
            != QMessageBox::Yes)
            return nullptr;
        m_table->clearSelection();
        emit message(tr("Select the AppCodes to delete, then Delete…"));
        return nullptr;
    }
    auto *dialog = new CreateAppCodeDialog(changeContext(), m_clipboard, old, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAppCodeDialog::created, this, [this, old](const AppCode &code) {
        const AppCodeChange::Context c = changeContext();
        m_rotations.add(m_accountId, PendingRotation{c.instanceId, c.appId, c.appName, old.id, code.id, QDateTime::currentDateTimeUtc()});
        m_model->setRevealedIds({code.id});
        m_pager->refresh();
        updateChangeBar();
        emit message(tr("Step 1 done: move your callers to %1, then Finish Rotation.").arg(code.id));
    });
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::deleteSelected()
{
    const QList<AppCode> selected = selectedAppCodes();
    if (!changesAllowed() || selected.isEmpty())
        return nullptr;
    auto *dialog = new DeleteAppCodesDialog(changeContext(), selected, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAppCodesDialog::appCodesDeleted, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_rotations.remove(m_accountId, id); // a rotation whose old AppCode is gone is done
        m_pager->refresh();
        updateChangeBar();
    });
    dialog->open();
    return dialog;
}

QDialog *AppCodeBrowser::finishRotation(const PendingRotation &rotation)
{
    if (!changesAllowed())
        return nullptr;
    // The old AppCode as the gateway has it (its value is never stored by CloudCodes).
    AppCode old;
    for (const AppCode &c : m_model->codes()) {
        if (c.id == rotation.oldId)
            old = c;
    }
    if (old.id.isEmpty())
        old = AppCode{QString(), rotation.oldId, rotation.appId, {}};
    auto *dialog = new DeleteAppCodesDialog(changeContext(), {old}, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAppCodesDialog::appCodesDeleted, this, [this, rotation](const QStringList &ids) {
        if (ids.contains(rotation.oldId)) {
            m_rotations.remove(m_accountId, rotation.oldId);
            emit message(tr("The rotation is done: %1 was deleted.").arg(rotation.oldId));
        }
        m_pager->refresh();
        updateChangeBar();
    });
    dialog->open();
    return dialog;
}

void AppCodeBrowser::focusSearch()
{
    m_appSearch->setFocus();
    m_appSearch->selectAll();
}
