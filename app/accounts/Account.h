// A cloud account as the user configured it: which cloud, where, how it authenticates, and the
// non-secret fields. Secrets are not part of it: they live in the keychain (SecretStore),
// looked up by the account id.
#pragma once

#include "app/apig/ApigTypes.h"
#include "app/esa/RamRole.h"

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
        RamRole,     // Alibaba AccessKey pair that assumes a RAM role; calls use the role's STS credentials
        IamPassword, // Huawei IAM account/user/password → token
        IamToken,    // Huawei IAM token pasted by the user
    };
    // Huawei: which gateway holds the apps and AppCodes (ApigGateway).
    using Gateway = ApigGateway;
    // Which secret a field of the keychain entry holds.
    enum class Secret { AccessKeySecret, SecurityToken, Password, Token };

    QString id;            // stable, generated; keychain entries are keyed by it
    QString displayName;
    Cloud cloud = Cloud::Alibaba;
    QString region;        // "cn-hangzhou", "ap-southeast-1", "cn-north-4", ...
    QUrl endpoint;         // override; empty = the region's public endpoint (ESA / APIG)
    QUrl iamEndpoint;      // Huawei: override; empty = see effectiveIamEndpoint()
    AuthKind authKind = AuthKind::AccessKey;
    QString accessKeyId;   // AccessKeyId / AK
    QString domainName;    // Huawei IAM account (domain)
    QString userName;      // Huawei IAM user
    QString projectId;     // Huawei project id (discovered and remembered when empty)
    QString defaultInstanceId; // Huawei APIG instance to open first
    Gateway gateway = Gateway::Dedicated; // Huawei
    bool demo = false;     // one of --demo's accounts (not saved)
    bool storeTokenInKeychain = false; // Huawei: keep fetched IAM tokens across sessions
    RamRole ramRole;       // Alibaba RamRole: the role to assume (none of it is secret)
    QUrl stsEndpoint;      // Alibaba RamRole: override; empty = see effectiveStsEndpoint()
    // May CloudCodes change the cloud for this account (deploy, delete, upload, AppCodes)? Off for
    // new and imported accounts: while it is off no change is offered and no write is ever sent.
    bool allowChanges = false;

    bool isValid() const { return !id.isEmpty() && !displayName.isEmpty(); }
    // The secrets this auth kind needs, in the order a dialog asks for them.
    QList<Secret> secretsNeeded() const;
    // The public endpoint for the region when no override is set (Huawei: APIG's host, or ROMA
    // Connect's for an account on ROMA Connect).
    QUrl effectiveEndpoint() const;
    // Huawei: where IAM calls go (tokens, project lookup). The IAM endpoint when set; else, when
    // the endpoint is this machine (the emulator serves APIG and IAM on one port), that same
    // address; else the region's IAM host (HuaweiRegions). A custom public endpoint never moves IAM.
    QUrl effectiveIamEndpoint() const;
    // Alibaba RamRole: where STS AssumeRole goes. The STS endpoint when set; else, when the ESA
    // endpoint is this machine (the emulator serves ESA and STS on one port), that same address;
    // else the public https://sts.aliyuncs.com, as the aliyun CLI does without an sts_region.
    QUrl effectiveStsEndpoint() const;
    // "https://sts.<region>.aliyuncs.com", or the public one for an empty region (the CLI's sts_region).
    static QUrl stsEndpointForRegion(const QString &stsRegion);

    static QString newId();
    static QString cloudKey(Cloud cloud);          // "alibaba" / "huawei" (settings, stable)
    static QString authKindKey(AuthKind kind);     // "aksk" / "sts" / "ram-role" / "iam-password" / "iam-token"
    static QString secretKey(Secret secret);       // "secret" / "security-token" / "password" / "token"
    static QString gatewayKey(Gateway gateway);    // "apig" / "roma" / "shared" (settings, stable)
    static std::optional<Gateway> gatewayFromKey(const QString &key);
    static std::optional<Cloud> cloudFromKey(const QString &key);
    static std::optional<AuthKind> authKindFromKey(const QString &key);
    static QStringList alibabaRegions();           // ESA endpoints
    static QStringList huaweiRegions();            // where APIG exists (HuaweiRegions)
};

Q_DECLARE_METATYPE(Account)
