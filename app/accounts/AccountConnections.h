// Turns accounts into API clients: reads an account's secrets (asynchronously, from the
// keychain), builds its EsaClient or ApigClient once and keeps it (so an IAM token is reused),
// and forgets it when the account changes. Also the cheap "Test connection" call.
#pragma once

#include "app/accounts/AccountStore.h"
#include "app/apig/ApigClient.h"
#include "app/esa/EsaClient.h"

#include <QHash>
#include <QObject>
#include <memory>

class HttpTransport;

class AccountConnections : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountConnections)

public:
    using EsaReady = std::function<void(std::shared_ptr<EsaClient>, std::optional<ApiError>)>;
    using ApigReady = std::function<void(std::shared_ptr<ApigClient>, std::optional<ApiError>)>;

    AccountConnections(AccountStore &store, HttpTransport &transport, QObject *parent = nullptr);

    HttpTransport &transport() const { return m_transport; }
    AccountStore &store() const { return m_store; }

    // Calls back on this object's thread; the error says what is missing (e.g. no secret stored).
    void esaClient(const QString &accountId, const EsaReady &ready);
    void apigClient(const QString &accountId, const ApigReady &ready);

    // One cheap signed call with these (possibly unsaved) settings: ListUserRoutines PageSize=1
    // or ListInstancesV2 limit=1. The value is a short success sentence.
    Request<QString> testConnection(const Account &account, const AccountStore::Secrets &secrets);

    static std::shared_ptr<EsaClient> makeEsaClient(HttpTransport &transport, const Account &account,
                                                    const AccountStore::Secrets &secrets);
    static std::shared_ptr<ApigClient> makeApigClient(HttpTransport &transport, const Account &account,
                                                      const AccountStore::Secrets &secrets);

signals:
    // A Huawei project id was discovered for an account (and has been saved to it).
    void projectIdDiscovered(const QString &accountId, const QString &projectId);

private:
    using WithSecrets = std::function<void(const Account &, const AccountStore::Secrets &, std::optional<ApiError>)>;
    // Reads the account's secrets (checking it is of `cloud` and has what its auth kind needs).
    void withSecrets(const QString &accountId, Account::Cloud cloud, const WithSecrets &then);
    void forget(const QString &accountId);
    void keepTokensInKeychain(const QString &accountId, const std::shared_ptr<ApigClient> &client);
    std::optional<ApiError> missingSecret(const Account &account, const AccountStore::Secrets &secrets) const;

    AccountStore &m_store;
    HttpTransport &m_transport;
    QHash<QString, std::shared_ptr<EsaClient>> m_esa;
    QHash<QString, std::shared_ptr<ApigClient>> m_apig;
};
