#include "SelectedAccount.h"

#include <QPointer>

SelectedAccount::SelectedAccount(AccountConnections &connections, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
{
}

std::optional<Account> SelectedAccount::account() const
{
    return m_connections.store().account(m_accountId);
}

void SelectedAccount::select(const QString &accountId)
{
    const std::optional<Account> a = m_connections.store().account(accountId);
    if (!a)
        return;
    m_accountId = accountId;
    emit chosen(*a);
    const QPointer<SelectedAccount> self(this);
    const Account account = *a;
    if (account.cloud == Account::Cloud::Alibaba) {
        m_connections.esaClient(accountId, [self, account](std::shared_ptr<EsaClient> client, std::optional<ApiError> error) {
            if (!self || self->m_accountId != account.id)
                return; // the user has moved on
            if (error)
                emit self->failed(account, *error);
            else
                emit self->alibabaReady(account.id, client);
        });
        return;
    }
    m_connections.apigClient(accountId, [self, account](std::shared_ptr<ApigClient> client, std::optional<ApiError> error) {
        if (!self || self->m_accountId != account.id)
            return;
        if (error)
            emit self->failed(account, *error);
        else
            emit self->huaweiReady(account.id, client, account.defaultInstanceId);
    });
}
