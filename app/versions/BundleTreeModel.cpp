#include "app/versions/BundleTreeModel.h"

#include <QLocale>

BundleTreeModel::BundleTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int BundleTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    QList<int> &siblings = childrenOf(node.parent);
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(std::move(node));
    return id;
}

// The node of a folder, made (with the folders above it) when first met.
int BundleTreeModel::folderNode(const QString &folderPath)
{
    if (folderPath.isEmpty())
        return -1;
    if (const auto it = m_folders.constFind(folderPath); it != m_folders.constEnd())
        return *it;
    const qsizetype slash = folderPath.lastIndexOf(QLatin1Char('/'));
    const int parent = folderNode(slash < 0 ? QString() : folderPath.left(slash));
    Node n;
    n.name = folderPath.mid(slash + 1);
    n.parent = parent;
    const int id = addNode(std::move(n));
    m_folders.insert(folderPath, id);
    return id;
}

void BundleTreeModel::setBundle(const CodeBundle &bundle)
{
    beginResetModel();
    m_bundle = bundle;
    m_entry = bundle.entryPath();
    m_nodes.clear();
    m_top.clear();
    m_folders.clear();
    m_files.clear();
    // CodeBundle's order is the tree's (entry first, folders before files), so appending keeps it.
    for (const CodeBundle::File &f : bundle.files()) {
        const qsizetype slash = f.path.lastIndexOf(QLatin1Char('/'));
        Node n;
        n.parent = folderNode(slash < 0 ? QString() : f.path.left(slash));
        n.name = f.path.mid(slash + 1);
        n.path = f.path;
        n.size = f.bytes.size();
        m_files.insert(f.path, addNode(std::move(n)));
    }
    endResetModel();
}

QModelIndex BundleTreeModel::indexOf(const QString &path) const
{
    const auto it = m_files.constFind(path);
    return it == m_files.constEnd() ? QModelIndex() : createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

QString BundleTreeModel::pathOf(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).path : QString();
}

QModelIndex BundleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : -1;
    const QList<int> &children = childrenOf(p);
    if (column != 0 || row < 0 || row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex BundleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int BundleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int BundleTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BundleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes.at(int(index.internalId()));
    const bool entry = !n.path.isEmpty() && n.path == m_entry;
    switch (role) {
    case Qt::DisplayRole:
        return entry ? tr("%1 (entry)").arg(n.name) : n.name;
    case Qt::ToolTipRole:
        if (n.path.isEmpty())
            return tr("Folder %1").arg(n.name);
        return entry ? tr("%1, %2: the routine's entry").arg(n.path, QLocale().formattedDataSize(n.size))
                     : tr("%1, %2").arg(n.path, QLocale().formattedDataSize(n.size));
    case PathRole:
        return n.path;
    case IsEntryRole:
        return entry;
    case IsFolderRole:
        return n.path.isEmpty();
    default:
        return {};
    }
}
