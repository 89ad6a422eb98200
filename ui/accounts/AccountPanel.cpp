#include "ui/accounts/AccountPanel.h"

#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/AccountListModel.h"
#include "app/accounts/AccountConnections.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

AccountPanel::AccountPanel(AccountConnections &connections, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("AccountPanel"));
    m_model = new AccountListModel(connections.store(), this);
    createActions();
    QToolBar *toolbar = buildToolBar();
    QTreeView *view = buildView();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(view, 1);
    layout->addWidget(m_status);
    connectIntents();
    connectStore();
    updateActions();
}

AccountPanel::~AccountPanel()
{
}

void AccountPanel::createActions()
{
    m_addAlibaba = new QAction(QIcon(QStringLiteral(":/icons/alibaba.svg")), tr("Add &Alibaba Cloud Account…"), this);
    m_addHuawei = new QAction(QIcon(QStringLiteral(":/icons/huawei.svg")), tr("Add &Huawei Cloud Account…"), this);
    m_import = new QAction(tr("&Import from CLI Configs and Environment…"), this);
    m_edit = new QAction(tr("&Edit…"), this);
    m_duplicate = new QAction(tr("D&uplicate…"), this);
    m_remove = new QAction(tr("&Remove…"), this);
    m_test = new QAction(tr("&Test Connection"), this);
    // Short labels for the panel's narrow toolbar; the menus show the full text.
    m_edit->setIconText(tr("Edit"));
    m_remove->setIconText(tr("Remove"));
    m_test->setIconText(tr("Test"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    for (QAction *a : {m_edit, m_remove, m_test})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_edit, m_remove, m_test});
}

// Add (a menu: either cloud, or import), then Edit, Remove and Test.
QToolBar *AccountPanel::buildToolBar()
{
    auto *addMenu = new QMenu(this);
    addMenu->addActions({m_addAlibaba, m_addHuawei});
    addMenu->addSeparator();
    addMenu->addAction(m_import);
    auto *addButton = new QToolButton(this);
    addButton->setObjectName(QStringLiteral("addAccountButton"));
    addButton->setText(tr("Add"));
    addButton->setToolTip(tr("Add an account"));
    addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setMenu(addMenu);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(addButton);
    toolbar->addActions({m_edit, m_remove, m_test});
    return toolbar;
}

QTreeView *AccountPanel::buildView()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("accountTree"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->expandAll();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    return m_view;
}

// What the user does here: the actions, a double-click (edit), the context menu, and choosing an account.
void AccountPanel::connectIntents()
{
    connect(m_addAlibaba, &QAction::triggered, this, [this] { addAccount(Account::Cloud::Alibaba); });
    connect(m_addHuawei, &QAction::triggered, this, [this] { addAccount(Account::Cloud::Huawei); });
    connect(m_import, &QAction::triggered, this, &AccountPanel::importAccounts);
    connect(m_edit, &QAction::triggered, this, &AccountPanel::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &AccountPanel::duplicateSelected);
    connect(m_remove, &QAction::triggered, this, &AccountPanel::removeSelected);
    connect(m_test, &QAction::triggered, this, &AccountPanel::testSelected);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.data(AccountListModel::AccountIdRole).isValid())
            editSelected();
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        if (selected()) {
            menu.addActions({m_test, m_edit, m_duplicate, m_remove});
            menu.addSeparator();
        }
        menu.addActions({m_addAlibaba, m_addHuawei, m_import});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_status->clear();
        if (const auto a = selected())
            emit accountSelected(a->id);
    });
}

// What the account store says is shown: the accounts again after a change, and a missing keychain.
void AccountPanel::connectStore()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(&m_connections.store().secretStore(), &SecretStore::keychainUnavailable, this, [this](const QString &reason) {
        const QString text = tr("No keychain is available (%1): secrets are kept in memory for this session only.").arg(reason);
        m_status->setText(text);
        emit message(text);
    });
}

std::optional<Account> AccountPanel::selected() const
{
    const QString id = selectedAccountId();
    return id.isEmpty() ? std::nullopt : m_connections.store().account(id);
}

QString AccountPanel::selectedAccountId() const
{
    return m_view->currentIndex().data(AccountListModel::AccountIdRole).toString();
}

void AccountPanel::selectAccount(const QString &id)
{
    const QModelIndex i = m_model->indexOf(id);
    if (i.isValid())
        m_view->setCurrentIndex(i);
}

void AccountPanel::updateActions()
{
    const auto a = selected();
    m_edit->setEnabled(a && !a->demo);
    m_duplicate->setEnabled(a.has_value());
    m_remove->setEnabled(a && !a->demo);
    m_test->setEnabled(a.has_value());
}

void AccountPanel::addAccount(Account::Cloud cloud)
{
    Account a;
    a.id = Account::newId();
    a.cloud = cloud;
    a.region = cloud == Account::Cloud::Alibaba ? QStringLiteral("cn-hangzhou") : QStringLiteral("cn-north-4");
    openDialog(a, false, {});
}

void AccountPanel::editSelected()
{
    if (const auto a = selected(); a && !a->demo)
        openDialog(*a, true, a->id);
}

void AccountPanel::duplicateSelected()
{
    if (auto a = selected()) {
        a->id = Account::newId();
        a->demo = false;
        const QString sourceId = selectedAccountId();
        a->displayName = tr("%1 (copy)").arg(a->displayName);
        openDialog(*a, false, sourceId);
    }
}

void AccountPanel::openDialog(const Account &account, bool existing, const QString &secretsFrom)
{
    auto *dialog = new AccountDialog(account.cloud, m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(account);
    // Secrets of an existing (or duplicated) account come from the keychain, asynchronously.
    if (!secretsFrom.isEmpty()) {
        if (const auto source = m_connections.store().account(secretsFrom)) {
            m_connections.store().readSecrets(*source, [d = QPointer<AccountDialog>(dialog)](QHash<Account::Secret, QString> s, const QString &) {
                if (d)
                    d->setSecrets(s);
            });
        }
    }
    dialog->setWindowTitle(existing ? tr("Edit %1").arg(dialog->windowTitle()) : tr("New %1").arg(dialog->windowTitle()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account a = dialog->account();
        m_connections.store().save(a, dialog->secrets(), [this, self = QPointer<AccountPanel>(this)](bool ok, const QString &error) {
            if (self && !ok)
                QMessageBox::warning(this, tr("Keychain"), tr("The secret could not be saved in the keychain: %1").arg(error));
        });
        selectAccount(a.id);
    });
    dialog->open();
}

void AccountPanel::removeSelected()
{
    const auto a = selected();
    if (!a || a->demo)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove account"),
                                              tr("Remove the account \"%1\" and its stored secrets from this computer?\n"
                                                 "Nothing changes in the cloud.").arg(a->displayName),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_connections.store().remove(a->id);
}

void AccountPanel::testSelected()
{
    const auto a = selected();
    if (!a)
        return;
    m_status->setText(tr("Testing \"%1\"…").arg(a->displayName));
    m_connections.store().readSecrets(*a, [this, self = QPointer<AccountPanel>(this), account = *a](QHash<Account::Secret, QString> secrets, const QString &) {
        if (!self)
            return;
        m_pendingTest = m_connections.testConnection(account, secrets).then(this, [this, name = account.displayName](const ApiResult<QString> &r) {
            const QString text = r.ok() ? tr("%1: %2").arg(name, r.value()) : tr("%1: %2").arg(name, r.error().summary());
            m_status->setText(text);
            emit message(text);
        });
    });
}

void AccountPanel::importAccounts()
{
    auto *dialog = new AccountImportDialog(m_connections.store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
