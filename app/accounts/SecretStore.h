// Where account secrets live: the OS keychain through QtKeychain (service "CloudCodes"), never a
// settings file. If no keychain answers, secrets are kept in memory for this session only and
// keychainUnavailable() says why, once. Demo and session-only secrets never touch the keychain.
#pragma once

#include "app/accounts/Account.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using WriteDone = std::function<void(bool ok, const QString &error)>;
    using ReadDone = std::function<void(std::optional<QString> value, const QString &error)>;
    using ReadAllDone = std::function<void(QHash<Account::Secret, QString> values, const QString &error)>;

    explicit SecretStore(const QString &service = QStringLiteral("CloudCodes"), QObject *parent = nullptr);

    // Memory only: tests without a keychain, or the user's choice.
    void setMemoryOnly(bool memoryOnly) { m_memoryOnly = memoryOnly; }
    bool isMemoryOnly() const { return m_memoryOnly; }
    QString service() const { return m_service; }

    void write(const QString &accountId, Account::Secret secret, const QString &value, const WriteDone &done);
    void read(const QString &accountId, Account::Secret secret, const ReadDone &done);
    void remove(const QString &accountId, Account::Secret secret, const WriteDone &done = {});
    // Reads every secret in `secrets`; missing ones are simply absent from the result.
    void readAll(const QString &accountId, const QList<Account::Secret> &secrets, const ReadAllDone &done);
    // Kept for this session only, never in the keychain (demo accounts).
    void setSessionSecret(const QString &accountId, Account::Secret secret, const QString &value);

signals:
    void keychainUnavailable(const QString &reason);

private:
    static QString key(const QString &accountId, Account::Secret secret);
    void fallBackToMemory(const QString &reason);

    QString m_service;
    bool m_memoryOnly = false;
    bool m_warned = false;
    QHash<QString, QString> m_memory;  // key -> value, when the keychain is not used
    QHash<QString, QString> m_session; // demo secrets
};
