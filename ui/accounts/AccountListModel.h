// Accounts grouped by cloud (Alibaba Cloud, Huawei Cloud) for the account panel's tree.
// A thin view of AccountStore: it rebuilds itself when the store says the accounts changed.
#pragma once

#include "app/accounts/AccountStore.h"

#include <QAbstractItemModel>

class AccountListModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role { AccountIdRole = Qt::UserRole + 1, CloudRole, IsDemoRole, AllowsChangesRole };

    explicit AccountListModel(AccountStore &store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexOf(const QString &accountId) const;
    static QList<Account::Cloud> clouds() { return {Account::Cloud::Alibaba, Account::Cloud::Huawei}; }
    static QString cloudName(Account::Cloud cloud);
    static QString authKindName(Account::AuthKind kind);

private:
    void reload();
    QList<Account> accountsOf(Account::Cloud cloud) const;

    AccountStore &m_store;
    QList<Account> m_accounts;
};
