#include "app/accounts/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <memory>

namespace {
bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
}
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::key(const QString &accountId, Account::Secret secret)
{
    return accountId + QLatin1Char('/') + Account::secretKey(secret);
}

void SecretStore::fallBackToMemory(const QString &reason)
{
    m_memoryOnly = true;
    if (!m_warned) {
        m_warned = true;
        emit keychainUnavailable(reason);
    }
}

void SecretStore::setSessionSecret(const QString &accountId, Account::Secret secret, const QString &value)
{
    m_session.insert(key(accountId, secret), value);
}

void SecretStore::write(const QString &accountId, Account::Secret secret, const QString &value, const WriteDone &done)
{
    const QString k = key(accountId, secret);
    if (m_session.contains(k)) {
        m_session.insert(k, value);
        if (done)
            done(true, {});
        return;
    }
    if (m_memoryOnly) {
        m_memory.insert(k, value);
        if (done)
            done(true, {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(k);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, k, value, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            if (done)
                done(true, {});
            return;
        }
        if (keychainMissing(j->error())) {
            fallBackToMemory(j->errorString());
            m_memory.insert(k, value);
            if (done)
                done(true, {});
            return;
        }
        if (done)
            done(false, j->errorString());
    });
    job->start();
}

void SecretStore::read(const QString &accountId, Account::Secret secret, const ReadDone &done)
{
    const QString k = key(accountId, secret);
    if (m_session.contains(k)) {
        done(m_session.value(k), {});
        return;
    }
    if (m_memoryOnly) {
        done(m_memory.contains(k) ? std::optional<QString>(m_memory.value(k)) : std::nullopt, {});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(k);
    connect(job, &QKeychain::Job::finished, this, [this, k, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
        } else if (keychainMissing(j->error())) {
            fallBackToMemory(j->errorString());
            done(m_memory.contains(k) ? std::optional<QString>(m_memory.value(k)) : std::nullopt, {});
        } else {
            done(std::nullopt, j->errorString());
        }
    });
    job->start();
}

void SecretStore::remove(const QString &accountId, Account::Secret secret, const WriteDone &done)
{
    const QString k = key(accountId, secret);
    m_session.remove(k);
    m_memory.remove(k);
    if (m_memoryOnly) {
        if (done)
            done(true, {});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(k);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (done)
            done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

void SecretStore::readAll(const QString &accountId, const QList<Account::Secret> &secrets, const ReadAllDone &done)
{
    struct State
    {
        QHash<Account::Secret, QString> values;
        QString error;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->pending = int(secrets.size());
    if (secrets.isEmpty()) {
        done({}, {});
        return;
    }
    for (Account::Secret s : secrets) {
        read(accountId, s, [state, s, done](std::optional<QString> value, const QString &error) {
            if (value)
                state->values.insert(s, *value);
            if (!error.isEmpty())
                state->error = error;
            if (--state->pending == 0)
                done(state->values, state->error);
        });
    }
}
