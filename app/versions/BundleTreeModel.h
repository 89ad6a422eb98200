// A bundle's files as a tree for a view: folders before files at each level, in CodeBundle's
// order, so the entry (routine/index.js) comes first. Folder rows are made from the paths.
#pragma once

#include "app/bundle/CodeBundle.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

class BundleTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleTreeModel)

public:
    enum Role { PathRole = Qt::UserRole + 1, IsEntryRole, IsFolderRole };

    explicit BundleTreeModel(QObject *parent = nullptr);

    void setBundle(const CodeBundle &bundle);
    const CodeBundle &bundle() const { return m_bundle; }
    // The file's row, invalid for an unknown path or a folder.
    QModelIndex indexOf(const QString &path) const;
    // The file of a row; empty for a folder.
    QString pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QString path;       // a file's path; empty for a folder
        qint64 size = 0;
        int parent = -1;    // node index; -1 = top level
        int row = 0;        // among its parent's children
        QList<int> children;
    };
    int folderNode(const QString &folderPath);
    QList<int> &childrenOf(int node) { return node < 0 ? m_top : m_nodes[node].children; }
    const QList<int> &childrenOf(int node) const { return node < 0 ? m_top : m_nodes.at(node).children; }
    int addNode(Node node);

    CodeBundle m_bundle;
    QString m_entry;
    QList<Node> m_nodes;
    QList<int> m_top;
    QHash<QString, int> m_folders; // folder path → node
    QHash<QString, int> m_files;   // file path → node
};
