#include "ui/accounts/AccountListModel.h"

#include <QIcon>
#include <QPainter>

namespace {

// The account's icon with a lock in its corner: closed (grey) for read-only, open (orange) when
// CloudCodes may change the cloud.
QIcon accountIcon(const Account &a)
{
    const QIcon base(a.demo ? QStringLiteral(":/icons/demo.svg") : QStringLiteral(":/icons/account.svg"));
    const QIcon lock(a.allowChanges ? QStringLiteral(":/icons/unlocked.svg") : QStringLiteral(":/icons/locked.svg"));
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap p(size, size);
        p.fill(Qt::transparent);
        QPainter painter(&p);
        painter.drawPixmap(0, 0, base.pixmap(size, size));
        const int badge = size * 5 / 8;
        painter.drawPixmap(size - badge, size - badge, lock.pixmap(badge, badge));
        painter.end();
        icon.addPixmap(p);
    }
    return icon;
}

// Internal ids: 0 for a cloud group row, 1 + cloud index for an account row under it.
constexpr quintptr GroupId = 0;
}

AccountListModel::AccountListModel(AccountStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_accounts(store.accounts())
{
    connect(&m_store, &AccountStore::accountsChanged, this, &AccountListModel::reload);
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts = m_store.accounts();
    endResetModel();
}

QList<Account> AccountListModel::accountsOf(Account::Cloud cloud) const
{
    QList<Account> out;
    for (const Account &a : m_accounts) {
        if (a.cloud == cloud)
            out.append(a);
    }
    return out;
}

QString AccountListModel::cloudName(Account::Cloud cloud)
{
    return cloud == Account::Cloud::Alibaba ? tr("Alibaba Cloud") : tr("Huawei Cloud");
}

QString AccountListModel::authKindName(Account::AuthKind kind)
{
    switch (kind) {
    case Account::AuthKind::AccessKey: return tr("AccessKey");
    case Account::AuthKind::Sts: return tr("STS token");
    case Account::AuthKind::RamRole: return tr("AccessKey + RAM role");
    case Account::AuthKind::IamPassword: return tr("IAM password");
    case Account::AuthKind::IamToken: return tr("IAM token");
    }
    return {};
}

QModelIndex AccountListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < clouds().size() ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId)
        return {};
    return row < accountsOf(clouds().at(parent.row())).size() ? createIndex(row, 0, quintptr(1 + parent.row())) : QModelIndex();
}

QModelIndex AccountListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(clouds().size());
    if (parent.internalId() == GroupId)
        return int(accountsOf(clouds().at(parent.row())).size());
    return 0;
}

int AccountListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == GroupId ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const Account::Cloud cloud = clouds().at(index.row());
        switch (role) {
        case Qt::DisplayRole: return cloudName(cloud);
        case Qt::DecorationRole:
            return QIcon(cloud == Account::Cloud::Alibaba ? QStringLiteral(":/icons/alibaba.svg") : QStringLiteral(":/icons/huawei.svg"));
        case CloudRole: return int(cloud);
        default: return {};
        }
    }
    const Account::Cloud cloud = clouds().at(int(index.internalId() - 1));
    const QList<Account> list = accountsOf(cloud);
    if (index.row() >= list.size())
        return {};
    const Account &a = list.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.demo ? tr("%1 (demo)").arg(a.displayName) : a.displayName;
    case Qt::ToolTipRole: {
        QStringList lines{a.displayName, tr("Authentication: %1").arg(authKindName(a.authKind)),
                          tr("Region: %1").arg(a.region)};
        if (!a.endpoint.isEmpty())
            lines << tr("Endpoint: %1").arg(a.endpoint.toString());
        if (!a.accessKeyId.isEmpty())
            lines << tr("AccessKey ID: %1").arg(a.accessKeyId);
        if (a.authKind == Account::AuthKind::RamRole)
            lines << tr("RAM role: %1 (session %2)").arg(a.ramRole.arn, a.ramRole.effectiveSessionName())
                  << tr("STS endpoint: %1").arg(a.effectiveStsEndpoint().toString());
        if (a.demo)
            lines << tr("Demo account: kept for this session only.");
        lines << (a.allowChanges ? tr("Changes allowed: CloudCodes may change this account's cloud.")
                                 : tr("Read-only: CloudCodes never changes this account's cloud."));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        return accountIcon(a);
    case AllowsChangesRole:
        return a.allowChanges;
    case AccountIdRole: return a.id;
    case CloudRole: return int(a.cloud);
    case IsDemoRole: return a.demo;
    default: return {};
    }
}

QModelIndex AccountListModel::indexOf(const QString &accountId) const
{
    for (int c = 0; c < clouds().size(); ++c) {
        const QList<Account> list = accountsOf(clouds().at(c));
        for (int r = 0; r < list.size(); ++r) {
            if (list.at(r).id == accountId)
                return index(r, 0, index(c, 0));
        }
    }
    return {};
}
