// The user's accounts: their non-secret fields in QSettings (group "accounts"), their secrets in
// the SecretStore. Demo accounts live in memory for the session only. The one place that adds,
// changes and removes accounts; views follow its signals.
#pragma once

#include "app/accounts/Account.h"
#include "app/accounts/SecretStore.h"

#include <QList>
#include <QObject>

class QSettings;

class AccountStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    using Secrets = QHash<Account::Secret, QString>;

    // `settings` and `secrets` must outlive the store.
    AccountStore(QSettings &settings, SecretStore &secrets, QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &id) const;
    SecretStore &secretStore() const { return m_secrets; }

    // Adds or replaces (by id) and writes the given secrets; `done` reports keychain trouble.
    void save(const Account &account, const Secrets &secrets, const SecretStore::WriteDone &done = {});
    // Changes only the non-secret fields (e.g. a discovered project id).
    void update(const Account &account);
    void remove(const QString &id);
    // Session-only accounts (demo mode): never written to settings, secrets never to the keychain.
    void addSessionAccount(const Account &account, const Secrets &secrets);

    // The secrets an account needs (asynchronously, from the keychain).
    void readSecrets(const Account &account, const SecretStore::ReadAllDone &done) const;

signals:
    void accountsChanged();
    void accountAdded(const QString &id);
    void accountUpdated(const QString &id);
    void accountRemoved(const QString &id);

private:
    void load();
    void writeAccount(const Account &account);
    qsizetype indexOf(const QString &id) const;

    QSettings &m_settings;
    SecretStore &m_secrets;
    QList<Account> m_accounts;
};
