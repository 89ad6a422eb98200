#include "app/accounts/AccountConnections.h"

#include "app/apig/HuaweiAuthorizer.h"
#include "app/esa/AssumedRoleProvider.h"
#include "app/net/HttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

AccountConnections::AccountConnections(AccountStore &store, HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
{
    connect(&m_store, &AccountStore::accountUpdated, this, &AccountConnections::forget);
    connect(&m_store, &AccountStore::accountRemoved, this, &AccountConnections::forget);
}

void AccountConnections::forget(const QString &accountId)
{
    m_esa.remove(accountId);
    m_apig.remove(accountId);
}

std::optional<ApiError> AccountConnections::missingSecret(const Account &account, const AccountStore::Secrets &secrets) const
{
    for (Account::Secret s : account.secretsNeeded()) {
        if (secrets.value(s).isEmpty())
            return ApiError(account.cloud == Account::Cloud::Alibaba ? ApiError::Service::Esa : ApiError::Service::Apig,
                            ApiError::Kind::Auth,
                            tr("The account \"%1\" has no stored %2; edit the account to enter it.")
                                    .arg(account.displayName, Account::secretKey(s)));
    }
    return std::nullopt;
}

std::shared_ptr<EsaClient> AccountConnections::makeEsaClient(HttpTransport &transport, const Account &account,
                                                             const AccountStore::Secrets &secrets)
{
    AlibabaCredentials c{account.accessKeyId, secrets.value(Account::Secret::AccessKeySecret), {}};
    if (account.authKind == Account::AuthKind::RamRole) {
        // One provider per client: the account's requests share its STS credentials.
        auto role = std::make_shared<AssumedRoleProvider>(account.effectiveStsEndpoint(), c, account.ramRole);
        return std::make_shared<EsaClient>(transport, account.effectiveEndpoint(), std::move(role), account.allowChanges);
    }
    if (account.authKind == Account::AuthKind::Sts)
        c.securityToken = secrets.value(Account::Secret::SecurityToken);
    return std::make_shared<EsaClient>(transport, account.effectiveEndpoint(), c, account.allowChanges);
}

std::shared_ptr<ApigClient> AccountConnections::makeApigClient(HttpTransport &transport, const Account &account,
                                                               const AccountStore::Secrets &secrets)
{
    HuaweiAuth auth;
    switch (account.authKind) {
    case Account::AuthKind::IamPassword:
        auth.mode = HuaweiAuth::Mode::Password;
        auth.domainName = account.domainName;
        auth.userName = account.userName;
        auth.password = secrets.value(Account::Secret::Password);
        break;
    case Account::AuthKind::IamToken:
        auth.mode = HuaweiAuth::Mode::Token;
        auth.token = secrets.value(Account::Secret::Token);
        break;
    default:
        auth.mode = HuaweiAuth::Mode::AkSk;
        auth.akSk = {account.accessKeyId, secrets.value(Account::Secret::AccessKeySecret)};
        break;
    }
    return std::make_shared<ApigClient>(transport, account.effectiveEndpoint(), account.effectiveIamEndpoint(),
                                        account.region, account.projectId, auth, account.allowChanges, account.gateway);
}

void AccountConnections::withSecrets(const QString &accountId, Account::Cloud cloud, const WithSecrets &then)
{
    const ApiError::Service service = cloud == Account::Cloud::Alibaba ? ApiError::Service::Esa : ApiError::Service::Apig;
    const std::optional<Account> account = m_store.account(accountId);
    if (!account || account->cloud != cloud) {
        then({}, {}, ApiError(service, ApiError::Kind::Auth, cloud == Account::Cloud::Alibaba ? tr("This is not an Alibaba Cloud account.")
                                                                                                 : tr("This is not a Huawei Cloud account.")));
        return;
    }
    m_store.readSecrets(*account, [this, self = QPointer<AccountConnections>(this), account = *account, service, then](
                                          QHash<Account::Secret, QString> secrets, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            then(account, {}, ApiError(service, ApiError::Kind::Auth, tr("The keychain could not be read: %1").arg(error)));
        else
            then(account, secrets, missingSecret(account, secrets));
    });
}

void AccountConnections::esaClient(const QString &accountId, const EsaReady &ready)
{
    if (const auto cached = m_esa.value(accountId)) {
        ready(cached, std::nullopt);
        return;
    }
    withSecrets(accountId, Account::Cloud::Alibaba, [this, ready](const Account &account, const AccountStore::Secrets &secrets, std::optional<ApiError> error) {
        if (error) {
            ready(nullptr, error);
            return;
        }
        auto client = makeEsaClient(m_transport, account, secrets);
        m_esa.insert(account.id, client);
        ready(client, std::nullopt);
    });
}

void AccountConnections::apigClient(const QString &accountId, const ApigReady &ready)
{
    if (const auto cached = m_apig.value(accountId)) {
        ready(cached, std::nullopt);
        return;
    }
    withSecrets(accountId, Account::Cloud::Huawei, [this, ready](const Account &account, const AccountStore::Secrets &secrets, std::optional<ApiError> error) {
        if (error) {
            ready(nullptr, error);
            return;
        }
        const QPointer<AccountConnections> self(this);
        auto client = makeApigClient(m_transport, account, secrets);
        // A discovered project id is remembered in the account (back on this thread).
        client->authorizer()->onProjectDiscovered = [self, id = account.id](const QString &projectId) {
            QMetaObject::invokeMethod(self, [self, id, projectId] {
                if (!self)
                    return;
                if (std::optional<Account> a = self->m_store.account(id); a && a->projectId.isEmpty()) {
                    a->projectId = projectId;
                    const auto client = self->m_apig.value(id); // keep the client (and its token) across this update
                    self->m_store.update(*a);
                    if (client)
                        self->m_apig.insert(id, client);
                    emit self->projectIdDiscovered(id, projectId);
                }
            });
        };
        if (account.authKind == Account::AuthKind::IamPassword && account.storeTokenInKeychain)
            keepTokensInKeychain(account.id, client);
        m_apig.insert(account.id, client);
        ready(client, std::nullopt);
    });
}

void AccountConnections::keepTokensInKeychain(const QString &accountId, const std::shared_ptr<ApigClient> &client)
{
    // The user opted in: a token from an earlier session is reused while it is good, and each new
    // one is written back. Stored as JSON (token, expiry, project) under the account's Token secret.
    const std::shared_ptr<IamTokenProvider> tokens = client->authorizer()->tokenProvider();
    m_store.secretStore().read(accountId, Account::Secret::Token, [tokens](std::optional<QString> stored, const QString &) {
        if (!stored)
            return;
        const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
        IamToken t;
        t.token = o.value(QStringLiteral("token")).toString().toUtf8();
        t.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        t.projectId = o.value(QStringLiteral("project_id")).toString();
        if (t.usableAt(QDateTime::currentDateTimeUtc()) && !tokens->cached())
            tokens->seed(t);
    });
    tokens->onIssued = [self = QPointer<AccountConnections>(this), accountId](const IamToken &t) {
        const QString json = QString::fromUtf8(QJsonDocument(QJsonObject{
                {QStringLiteral("token"), QString::fromUtf8(t.token)},
                {QStringLiteral("expires_at"), t.expiresAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("project_id"), t.projectId}}).toJson(QJsonDocument::Compact));
        QMetaObject::invokeMethod(self, [self, accountId, json] {
            if (self)
                self->m_store.secretStore().write(accountId, Account::Secret::Token, json, {});
        });
    };
}

Request<QString> AccountConnections::testConnection(const Account &account, const AccountStore::Secrets &secrets)
{
    if (auto missing = missingSecret(account, secrets))
        return Request<QString>::fromResult(*missing);
    if (account.cloud == Account::Cloud::Alibaba) {
        const std::shared_ptr<EsaClient> client = makeEsaClient(m_transport, account, secrets);
        return client->listUserRoutines(1, 1).map([role = client->assumedRole()](const ApiResult<RoutinePage> &r) {
            if (!r.ok())
                return ApiResult<QString>(r.error());
            const int routines = r.value().totalCount;
            // With a RAM role, who the calls ran as: the session of the role STS handed out.
            if (const std::optional<AssumedRole> assumed = role ? role->cached() : std::nullopt)
                return ApiResult<QString>(tr("Connected as %1: %n edge routine(s) in this account.", nullptr, routines).arg(assumed->arn));
            return ApiResult<QString>(tr("Connected: %n edge routine(s) in this account.", nullptr, routines));
        });
    }
    const auto client = makeApigClient(m_transport, account, secrets);
    if (account.gateway == Account::Gateway::Shared) {
        // No instances to count: the apps are what this account reaches.
        return client->listApps(QLatin1String(ApigClient::SharedGatewayInstanceId), 0, 1).map([](const ApiResult<ApigAppPage> &r) {
            if (!r.ok())
                return ApiResult<QString>(r.error());
            return ApiResult<QString>(tr("Connected: %n app(s) on the shared gateway.", nullptr, int(r.value().page.total)));
        });
    }
    const bool roma = account.gateway == Account::Gateway::Roma;
    return client->listInstances(0, 1).map([roma](const ApiResult<ApigInstancePage> &r) {
        if (!r.ok())
            return ApiResult<QString>(r.error());
        const int n = int(r.value().page.total);
        return ApiResult<QString>(roma ? tr("Connected: %n ROMA Connect instance(s) in this region.", nullptr, n)
                                       : tr("Connected: %n API gateway instance(s) in this region.", nullptr, n));
    });
}
