// Finds cloud credentials the user already has — aliyun CLI profiles, Huawei KooCLI (hcloud)
// profiles, the vendors' SDK environment variables — and turns each usable one into an Account
// plus its secrets, for the account panel to offer and SecretStore to keep. Pure parsing: no
// network, no keychain, no widgets. Anything it cannot use becomes a user-visible warning; no
// warning, source or display name ever contains a secret.
//
// Decisions:
// - All importable profiles of a file are returned, the file's "current" profile first, the
//   others in file order.
// - Alibaba region: ESA has endpoints in cn-hangzhou and ap-southeast-1 only, so a profile's
//   region_id is kept when it is one of those, mainland "cn-*" regions map to cn-hangzhou and
//   every other region (cn-hongkong included) to ap-southeast-1; no region → cn-hangzhou.
// - RamRoleArn: the session name defaults to RamRole::defaultSessionName(), expired_seconds (0 or
//   absent) to 3600, and sts_region becomes the STS endpoint sts.<sts_region>.aliyuncs.com. A
//   profile whose source key is itself temporary (an sts_token) is skipped.
// - Huawei: only AKSK profiles with permanent keys are imported; a profile with a security token
//   (temporary AK/SK), or whose keys KooCLI stored encrypted, is skipped with a warning.
// - discover() drops an account found twice (say in ~/.aliyun/config.json and the environment),
//   keeping the first: files before the environment.
#pragma once

#include "app/accounts/Account.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A profile of a CLI config that was not imported, for the import dialog's summary (the warnings
// say why in full).
struct SkippedProfile
{
    enum class Reason {
        UnsupportedMode, // a mode CloudCodes cannot use (EcsRamRole, OIDC, ecsAgency, …)
        Unusable,        // a usable mode, but fields missing, of the wrong type, encrypted or temporary
    };
    QString source; // "~/.aliyun/config.json (profile ecs)"
    QString mode;   // as written in the profile (secrets masked); may be empty
    Reason reason = Reason::Unusable;
};

struct ImportedAccount
{
    Account account;                         // new id; displayName like "aliyun: default"
    QHash<Account::Secret, QString> secrets; // e.g. {AccessKeySecret, SecurityToken}
    QString source;                          // where it came from, e.g. "~/.aliyun/config.json (profile default)"
};

class AccountImporter
{
    Q_DECLARE_TR_FUNCTIONS(AccountImporter)

public:
    // ~/.aliyun/config.json: {"current": ..., "profiles": [{"name", "mode", "access_key_id", ...}]}.
    // Modes AK, StsToken and RamRoleArn (ram_role_arn, ram_session_name, expired_seconds,
    // sts_region, external_id) are imported; the others need the CLI's own machinery (metadata
    // service, helper programs, SSO) and are skipped. Without a mode, the CLI's own rule picks one:
    // StsToken with an sts_token, RamRoleArn with a ram_role_arn, else AK.
    static QList<ImportedAccount> fromAliyunConfig(const QByteArray &json, const QString &sourceLabel,
                                                   QStringList *warnings, QList<SkippedProfile> *skipped = nullptr);
    // ~/.hcloud/config.json: {"current": ..., "profiles": [{"name", "mode", "accessKeyId",
    // "secretAccessKey", "securityToken", "region", "projectId", ...}]}. Mode AKSK is imported.
    static QList<ImportedAccount> fromHcloudConfig(const QByteArray &json, const QString &sourceLabel,
                                                   QStringList *warnings, QList<SkippedProfile> *skipped = nullptr);
    // ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET[/_SECURITY_TOKEN][, ALIBABA_CLOUD_REGION_ID] and
    // HUAWEICLOUD_SDK_AK/_SK[, _PROJECT_ID, _REGION]. Half a key pair imports nothing.
    static QList<ImportedAccount> fromEnvironment(const QProcessEnvironment &env);
    // <homeDir>/.aliyun/config.json and <homeDir>/.hcloud/config.json when present, then env.
    static QList<ImportedAccount> discover(const QString &homeDir, const QProcessEnvironment &env,
                                           QStringList *warnings, QList<SkippedProfile> *skipped = nullptr);
};
