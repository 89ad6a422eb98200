// A cloud account as the user configured it: which cloud, where, how it authenticates, and the
// non-secret fields. Secrets are not part of it: they live in the keychain (SecretStore),
// looked up by the account id.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

struct Account
{
    enum class Cloud { Alibaba, Huawei };
    enum class AuthKind {
        AccessKey,   // Alibaba AccessKey pair, or Huawei AK/SK
        Sts,         // Alibaba STS: AccessKey pair + security token
        IamPassword, // Huawei IAM account/user/password → token
        IamToken,    // Huawei IAM token pasted by the user
    };
    // Which secret a field of the keychain entry holds.
    enum class Secret { AccessKeySecret, SecurityToken, Password, Token };

    QString id;            // stable, generated; keychain entries are keyed by it
    QString displayName;
    Cloud cloud = Cloud::Alibaba;
    QString region;        // "cn-hangzhou", "ap-southeast-1", "cn-north-4", ...
    QUrl endpoint;         // override; empty = the region's public endpoint
    AuthKind authKind = AuthKind::AccessKey;
    QString accessKeyId;   // AccessKeyId / AK
    QString domainName;    // Huawei IAM account (domain)
    QString userName;      // Huawei IAM user
    QString projectId;     // Huawei project id (discovered and remembered when empty)
    QString defaultInstanceId; // Huawei APIG instance to open first
    bool demo = false;     // one of --demo's accounts (not saved)
    bool storeTokenInKeychain = false; // Huawei: keep fetched IAM tokens across sessions
    // May CloudCodes change the cloud for this account (deploy, delete, upload, AppCodes)? Off for
    // new and imported accounts: while it is off no change is offered and no write is ever sent.
    bool allowChanges = false;

    bool isValid() const { return !id.isEmpty() && !displayName.isEmpty(); }
    // The secrets this auth kind needs, in the order a dialog asks for them.
    QList<Secret> secretsNeeded() const;
    // The public endpoint for the region when no override is set.
    QUrl effectiveEndpoint() const;
    // Huawei: IAM lives on its own host unless an override serves both.
    QUrl effectiveIamEndpoint() const;

    static QString newId();
    static QString cloudKey(Cloud cloud);          // "alibaba" / "huawei" (settings, stable)
    static QString authKindKey(AuthKind kind);     // "aksk" / "sts" / "iam-password" / "iam-token"
    static QString secretKey(Secret secret);       // "secret" / "security-token" / "password" / "token"
    static std::optional<Cloud> cloudFromKey(const QString &key);
    static std::optional<AuthKind> authKindFromKey(const QString &key);
    static QStringList alibabaRegions();           // ESA endpoints
    static QStringList huaweiRegions();
};

Q_DECLARE_METATYPE(Account)
