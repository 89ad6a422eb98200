// A bundle's files beside the code view: a tree (entry first), where moving the cursor opens the
// file under it, as a click or Enter does.
#pragma once

#include "app/bundle/CodeBundle.h"

#include <QTreeView>

class BundleTreeModel;

class BundleFileTree : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleFileTree)

public:
    explicit BundleFileTree(QWidget *parent = nullptr);

    void setBundle(const CodeBundle &bundle);
    // Puts the cursor on `path` (quietly: fileChosen is not emitted); false if there is no such file.
    bool select(const QString &path);
    QString currentPath() const;

signals:
    void fileChosen(const QString &path);

private:
    BundleTreeModel *m_model = nullptr;
    bool m_quiet = false;
};
