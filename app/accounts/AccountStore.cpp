#include "app/accounts/AccountStore.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("accounts");
}

AccountStore::AccountStore(QSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    load();
}

void AccountStore::load()
{
    m_settings.beginGroup(Group);
    const QStringList order = m_settings.value(QStringLiteral("order")).toStringList();
    for (const QString &id : order) {
        m_settings.beginGroup(id);
        Account a;
        a.id = id;
        a.displayName = m_settings.value(QStringLiteral("name")).toString();
        const auto cloud = Account::cloudFromKey(m_settings.value(QStringLiteral("cloud")).toString());
        const auto kind = Account::authKindFromKey(m_settings.value(QStringLiteral("auth")).toString());
        a.region = m_settings.value(QStringLiteral("region")).toString();
        a.endpoint = QUrl(m_settings.value(QStringLiteral("endpoint")).toString());
        a.accessKeyId = m_settings.value(QStringLiteral("accessKeyId")).toString();
        a.domainName = m_settings.value(QStringLiteral("domain")).toString();
        a.userName = m_settings.value(QStringLiteral("user")).toString();
        a.projectId = m_settings.value(QStringLiteral("projectId")).toString();
        a.defaultInstanceId = m_settings.value(QStringLiteral("defaultInstanceId")).toString();
        a.storeTokenInKeychain = m_settings.value(QStringLiteral("storeTokenInKeychain"), false).toBool();
        a.allowChanges = m_settings.value(QStringLiteral("allowChanges"), false).toBool();
        a.ramRole.arn = m_settings.value(QStringLiteral("roleArn")).toString();
        a.ramRole.sessionName = m_settings.value(QStringLiteral("roleSessionName")).toString();
        a.ramRole.durationSeconds = m_settings.value(QStringLiteral("roleDurationSeconds"), RamRole::DefaultDurationSeconds).toInt();
        a.ramRole.externalId = m_settings.value(QStringLiteral("roleExternalId")).toString();
        a.ramRole.policy = m_settings.value(QStringLiteral("rolePolicy")).toString();
        a.stsEndpoint = QUrl(m_settings.value(QStringLiteral("stsEndpoint")).toString());
        a.iamEndpoint = QUrl(m_settings.value(QStringLiteral("iamEndpoint")).toString());
        // Saved before the shared gateway and ROMA Connect were offered: the dedicated gateway.
        const auto gateway = Account::gatewayFromKey(m_settings.value(QStringLiteral("gateway"), QStringLiteral("apig")).toString());
        m_settings.endGroup();
        if (!cloud || !kind || !gateway || a.displayName.isEmpty())
            continue; // written by a newer version, or damaged: leave it alone rather than guess
        a.cloud = *cloud;
        a.authKind = *kind;
        a.gateway = *gateway;
        m_accounts.append(a);
    }
    m_settings.endGroup();
}

void AccountStore::writeAccount(const Account &a)
{
    m_settings.beginGroup(Group);
    m_settings.beginGroup(a.id);
    m_settings.setValue(QStringLiteral("name"), a.displayName);
    m_settings.setValue(QStringLiteral("cloud"), Account::cloudKey(a.cloud));
    m_settings.setValue(QStringLiteral("auth"), Account::authKindKey(a.authKind));
    m_settings.setValue(QStringLiteral("region"), a.region);
    m_settings.setValue(QStringLiteral("endpoint"), a.endpoint.toString());
    m_settings.setValue(QStringLiteral("accessKeyId"), a.accessKeyId);
    m_settings.setValue(QStringLiteral("domain"), a.domainName);
    m_settings.setValue(QStringLiteral("user"), a.userName);
    m_settings.setValue(QStringLiteral("projectId"), a.projectId);
    m_settings.setValue(QStringLiteral("defaultInstanceId"), a.defaultInstanceId);
    m_settings.setValue(QStringLiteral("storeTokenInKeychain"), a.storeTokenInKeychain);
    m_settings.setValue(QStringLiteral("allowChanges"), a.allowChanges);
    if (a.cloud == Account::Cloud::Huawei)
        m_settings.setValue(QStringLiteral("gateway"), Account::gatewayKey(a.gateway));
    else
        m_settings.remove(QStringLiteral("gateway"));
    if (a.cloud == Account::Cloud::Huawei && !a.iamEndpoint.isEmpty())
        m_settings.setValue(QStringLiteral("iamEndpoint"), a.iamEndpoint.toString());
    else
        m_settings.remove(QStringLiteral("iamEndpoint"));
    // The role to assume is not secret; the credentials STS issues for it are never written.
    const bool role = a.authKind == Account::AuthKind::RamRole;
    for (const auto &[key, value] : {std::pair{QStringLiteral("roleArn"), QVariant(a.ramRole.arn)},
                                     std::pair{QStringLiteral("roleSessionName"), QVariant(a.ramRole.sessionName)},
                                     std::pair{QStringLiteral("roleDurationSeconds"), QVariant(a.ramRole.durationSeconds)},
                                     std::pair{QStringLiteral("roleExternalId"), QVariant(a.ramRole.externalId)},
                                     std::pair{QStringLiteral("rolePolicy"), QVariant(a.ramRole.policy)},
                                     std::pair{QStringLiteral("stsEndpoint"), QVariant(a.stsEndpoint.toString())}}) {
        if (role)
            m_settings.setValue(key, value);
        else
            m_settings.remove(key);
    }
    m_settings.endGroup();
    QStringList order;
    for (const Account &x : std::as_const(m_accounts)) {
        if (!x.demo)
            order << x.id;
    }
    m_settings.setValue(QStringLiteral("order"), order);
    m_settings.endGroup();
    m_settings.sync();
}

qsizetype AccountStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(i));
}

void AccountStore::save(const Account &account, const Secrets &secrets, const SecretStore::WriteDone &done)
{
    const qsizetype i = indexOf(account.id);
    const bool added = i < 0;
    if (added)
        m_accounts.append(account);
    else
        m_accounts[i] = account;
    if (!account.demo)
        writeAccount(account);

    // Secrets the auth kind no longer needs are removed, so nothing stale stays in the keychain.
    const QList<Account::Secret> needed = account.secretsNeeded();
    for (Account::Secret s : {Account::Secret::AccessKeySecret, Account::Secret::SecurityToken,
                              Account::Secret::Password, Account::Secret::Token}) {
        if (!needed.contains(s) && !(s == Account::Secret::Token && account.storeTokenInKeychain))
            m_secrets.remove(account.id, s);
    }
    auto pending = std::make_shared<int>(int(secrets.size()));
    auto failure = std::make_shared<QString>();
    if (secrets.isEmpty() && done)
        done(true, {});
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        m_secrets.write(account.id, it.key(), it.value(), [pending, failure, done](bool ok, const QString &error) {
            if (!ok)
                *failure = error;
            if (--*pending == 0 && done)
                done(failure->isEmpty(), *failure);
        });
    }
    emit added ? accountAdded(account.id) : accountUpdated(account.id);
    emit accountsChanged();
}

void AccountStore::update(const Account &account)
{
    const qsizetype i = indexOf(account.id);
    if (i < 0)
        return;
    m_accounts[i] = account;
    if (!account.demo)
        writeAccount(account);
    emit accountUpdated(account.id);
    emit accountsChanged();
}

void AccountStore::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    const Account gone = m_accounts.takeAt(i);
    for (Account::Secret s : {Account::Secret::AccessKeySecret, Account::Secret::SecurityToken,
                              Account::Secret::Password, Account::Secret::Token})
        m_secrets.remove(id, s);
    if (!gone.demo) {
        m_settings.beginGroup(Group);
        m_settings.remove(id);
        QStringList order = m_settings.value(QStringLiteral("order")).toStringList();
        order.removeAll(id);
        m_settings.setValue(QStringLiteral("order"), order);
        m_settings.endGroup();
        m_settings.sync();
    }
    emit accountRemoved(id);
    emit accountsChanged();
}

void AccountStore::addSessionAccount(const Account &account, const Secrets &secrets)
{
    Account a = account;
    a.demo = true;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_secrets.setSessionSecret(a.id, it.key(), it.value());
    m_accounts.append(a);
    emit accountAdded(a.id);
    emit accountsChanged();
}

void AccountStore::readSecrets(const Account &account, const SecretStore::ReadAllDone &done) const
{
    m_secrets.readAll(account.id, account.secretsNeeded(), done);
}
