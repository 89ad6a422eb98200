#include "ui/code/BundleFileTree.h"

#include "app/versions/BundleTreeModel.h"

#include <QHeaderView>

BundleFileTree::BundleFileTree(QWidget *parent)
    : QTreeView(parent)
    , m_model(new BundleTreeModel(this))
{
    setObjectName(QStringLiteral("bundleTree"));
    setAccessibleName(tr("Files of the bundle"));
    setAccessibleDescription(tr("The files of this code version; the one under the cursor is shown beside"));
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString path = m_model->pathOf(current);
        if (!m_quiet && !path.isEmpty())
            emit fileChosen(path);
    });
    // A click on the file already current (after the view showed another version) opens it again.
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = m_model->pathOf(index);
        if (!path.isEmpty())
            emit fileChosen(path);
    });
}

void BundleFileTree::setBundle(const CodeBundle &bundle)
{
    m_quiet = true;
    m_model->setBundle(bundle);
    expandAll();
    m_quiet = false;
}

bool BundleFileTree::select(const QString &path)
{
    const QModelIndex index = m_model->indexOf(path);
    if (!index.isValid())
        return false;
    m_quiet = true;
    setCurrentIndex(index);
    scrollTo(index);
    m_quiet = false;
    return true;
}

QString BundleFileTree::currentPath() const
{
    return m_model->pathOf(currentIndex());
}
