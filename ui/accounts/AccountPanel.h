// The account panel: accounts grouped by cloud, with add / edit / duplicate / remove / import /
// test. Selecting an account is what drives the routine browser and the AppCode view.
#pragma once

#include "app/accounts/Account.h"

#include "app/async/Request.h"
#include <QWidget>

class AccountConnections;
class AccountListModel;
class QLabel;
class QToolBar;
class QToolButton;
class QTreeView;
class QAction;

class AccountPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPanel)

public:
    explicit AccountPanel(AccountConnections &connections, QWidget *parent = nullptr);
    ~AccountPanel() override;

    QString selectedAccountId() const;
    void selectAccount(const QString &id);

    QAction *addAlibabaAction() const { return m_addAlibaba; }
    QAction *addHuaweiAction() const { return m_addHuawei; }
    QAction *importAction() const { return m_import; }
    QAction *testAction() const { return m_test; }

public slots:
    void addAccount(Account::Cloud cloud);
    void editSelected();
    void duplicateSelected();
    void removeSelected();
    void testSelected();
    void importAccounts();

signals:
    void accountSelected(const QString &accountId);
    // One line for the status bar (test results, keychain warnings).
    void message(const QString &text);

private:
    void createActions();
    QToolBar *buildToolBar();
    QTreeView *buildView();
    void connectIntents();
    void connectStore();
    void updateActions();
    void openDialog(const Account &account, bool existing, const QString &secretsFrom);
    std::optional<Account> selected() const;

    AccountConnections &m_connections;
    AccountListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_addAlibaba = nullptr;
    QAction *m_addHuawei = nullptr;
    QAction *m_import = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_test = nullptr;
    Request<QString> m_pendingTest; // replaced or dropped: the test call is aborted
};
