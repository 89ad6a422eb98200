#include "ui/diff/FolderCompareView.h"

#include "ui/diff/DiffView.h"
#include "ui/common/ElidedLabel.h"
#include "app/versions/BundleFileContent.h"
#include "app/versions/Comparison.h"
#include "app/versions/FolderComparison.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

FolderCompareView::FolderCompareView(const DiffInput &left, const DiffInput &right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
    , m_model(new FolderComparison(this))
    , m_fileComparison(new Comparison(nullptr, this))
{
    setObjectName(QStringLiteral("folderCompare"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("folderCompareSplitter"));
    split->addWidget(buildTop());
    m_diff = new DiffView(*m_fileComparison, split);
    m_diff->setWalkBeyond(true);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    addShortcuts();
    connect(m_model, &FolderComparison::stateChanged, this, &FolderCompareView::rowsReady);
    connect(m_diff, &DiffView::message, this, &FolderCompareView::message);
    connect(m_diff, &DiffView::pastLastChange, this, [this] { walk(true); });
    connect(m_diff, &DiffView::beforeFirstChange, this, [this] { walk(false); });
    m_model->compare(m_left, m_right, m_options);
}

QWidget *FolderCompareView::buildTop()
{
    auto *top = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    // Elided: long titles must not widen the window.
    auto *titles = new ElidedLabel(top);
    titles->setText(tr("%1  →  %2").arg(m_left.title, m_right.title));
    titles->setToolTip(tr("%1\n→ %2").arg(m_left.title, m_right.title));
    titles->setObjectName(QStringLiteral("folderCompareTitles"));
    m_summary = new QLabel(top);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setObjectName(QStringLiteral("folderCompareSummary"));
    m_progress = new QProgressBar(top);
    m_progress->setObjectName(QStringLiteral("folderCompareProgress"));
    m_progress->setAccessibleName(tr("Comparing the files"));
    m_progress->setRange(0, 0); // busy: the rows come at once
    m_progress->setMaximumWidth(160);
    m_showSame = new QCheckBox(tr("Show &unchanged files"), top);
    m_showSame->setObjectName(QStringLiteral("folderCompareShowSame"));
    m_showSame->setAccessibleName(tr("Show unchanged files"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_showSame);
    m_list = new QTreeView(top);
    m_list->setObjectName(QStringLiteral("folderCompareList"));
    m_list->setAccessibleName(tr("Files that differ"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setModel(m_model);
    m_list->header()->setSectionResizeMode(FolderComparison::PathColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(6, 4, 6, 0);
    titleRow->addWidget(titles);
    layout->addLayout(titleRow);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    connect(m_showSame, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowUnchanged(on);
        m_summary->setText(m_model->summary());
        const int row = m_model->rowOf(m_file);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, 0));
    });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_list, &QTreeView::clicked, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            openRow(i.row());
    });
    return top;
}

// F7 / Shift+F7 while the list has the focus (the diff has its own, which walk on from here).
void FolderCompareView::addShortcuts()
{
    auto *next = new QAction(tr("Next Change"), m_list);
    next->setShortcut(QKeySequence(Qt::Key_F7));
    auto *previous = new QAction(tr("Previous Change"), m_list);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    for (QAction *a : {next, previous}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(a);
    }
    connect(next, &QAction::triggered, this, &FolderCompareView::nextChange);
    connect(previous, &QAction::triggered, this, &FolderCompareView::previousChange);
}

void FolderCompareView::setOptions(const DiffOptions &options, bool foldUnchanged)
{
    m_options = options;
    m_diff->setOptions(options, foldUnchanged);
}

void FolderCompareView::rowsReady()
{
    const bool computing = m_model->state() == FolderComparison::State::Computing;
    m_progress->setVisible(computing);
    m_summary->setText(m_model->summary());
    if (computing)
        return;
    emit message(tr("Compared %n file(s) in %1 ms.", nullptr, int(m_model->allRows().size())).arg(m_model->elapsedMs()));
    const int first = m_model->nextChangedRow(-1, true);
    if (first >= 0)
        openRow(first);
    emit ready();
}

bool FolderCompareView::openFile(const QString &path)
{
    const int row = m_model->rowOf(path);
    if (row < 0)
        return false;
    openRow(row);
    return true;
}

void FolderCompareView::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString path = m_model->rowAt(row).path;
    const bool another = path != m_file;
    m_file = path; // first: moving the cursor below comes back here, and finds it open
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, 0));
    if (another)
        m_diff->setInputs(m_model->fileInput(path, false), m_model->fileInput(path, true), BundleFileContent::lexerForPath(path));
}

void FolderCompareView::nextChange()
{
    if (m_file.isEmpty())
        walk(true);
    else
        m_diff->nextChange();
}

void FolderCompareView::previousChange()
{
    if (m_file.isEmpty())
        walk(false);
    else
        m_diff->previousChange();
}

// Past the last change of a file: the first change of the next file that differs (or before the
// first: the last change of the previous one).
void FolderCompareView::walk(bool forward)
{
    const int row = m_model->nextChangedRow(m_model->rowOf(m_file), forward);
    if (row < 0) {
        emit message(forward ? tr("No more changes: this is the last file that differs.")
                             : tr("No earlier changes: this is the first file that differs."));
        return;
    }
    openRow(row);
    m_diff->goToEdgeChange(!forward);
}
