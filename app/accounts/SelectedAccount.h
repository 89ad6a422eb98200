// The account the user works with now: choosing one resolves its client (its secrets come from
// the keychain, asynchronously) and announces it for the half of the window its cloud drives.
// A newer choice wins: an answer for an account chosen before is dropped.
#pragma once

#include "app/accounts/AccountConnections.h"

#include <QObject>

class SelectedAccount : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectedAccount)

public:
    explicit SelectedAccount(AccountConnections &connections, QObject *parent = nullptr);

    void select(const QString &accountId);
    QString accountId() const { return m_accountId; }
    std::optional<Account> account() const;

signals:
    // The account is chosen; its client follows (or a failure).
    void chosen(const Account &account);
    void alibabaReady(const QString &accountId, const std::shared_ptr<EsaClient> &client);
    void huaweiReady(const QString &accountId, const std::shared_ptr<ApigClient> &client, const QString &defaultInstanceId);
    void failed(const Account &account, const ApiError &error);

private:
    AccountConnections &m_connections;
    QString m_accountId;
};
