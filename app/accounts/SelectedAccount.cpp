#include "app/accounts/SelectedAccount.h"

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
    const Account account = *a;
    // Announced from the event loop, whether the secrets came at once (session accounts, a
    // client already made) or later (the keychain): by then a newer choice may have won.
    const auto announce = [self = QPointer<SelectedAccount>(this), id = account.id](std::function<void(SelectedAccount *)> emitter) {
        QMetaObject::invokeMethod(self, [self, id, emitter] {
            if (self && self->m_accountId == id)
                emitter(self);
        }, Qt::QueuedConnection);
    };
    if (account.cloud == Account::Cloud::Alibaba) {
        m_connections.esaClient(accountId, [announce, account](std::shared_ptr<EsaClient> client, std::optional<ApiError> error) {
            announce([account, client, error](SelectedAccount *s) {
                if (error)
                    emit s->failed(account, *error);
                else
                    emit s->alibabaReady(account.id, client);
            });
        });
        return;
    }
    m_connections.apigClient(accountId, [announce, account](std::shared_ptr<ApigClient> client, std::optional<ApiError> error) {
        announce([account, client, error](SelectedAccount *s) {
            if (error)
                emit s->failed(account, *error);
            else
                emit s->huaweiReady(account.id, client, account.defaultInstanceId);
        });
    });
}
