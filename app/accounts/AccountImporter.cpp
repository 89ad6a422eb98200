#include "app/accounts/AccountImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <initializer_list>
#include <limits>
#include <optional>

namespace {

// A CLI config is a few KiB; anything bigger is not one, and parsing it only costs memory.
constexpr qint64 MaxConfigBytes = 1024 * 1024;
// Profile names and modes are quoted back in warnings; a garbage file must not flood the dialog.
constexpr int MaxQuotedLength = 48;
// Shorter values are not masked in warnings: masking them would mangle ordinary words.
constexpr int MinMaskedLength = 4;

QString quoted(const QString &value)
{
    QString text = value.simplified();
    if (text.size() > MaxQuotedLength)
        text = text.left(MaxQuotedLength - 1) + QChar(0x2026);
    return QChar(0x201C) + text + QChar(0x201D);
}

// The text fields of one profile. A field present with another type (a number, a list) counts as
// missing and is remembered, so the warning can say which field was wrong.
struct ProfileFields
{
    explicit ProfileFields(const QJsonObject &o) : object(o) {}

    // The first non-empty of the spellings a CLI has used for this field.
    QString text(std::initializer_list<QLatin1String> keys)
    {
        for (const QLatin1String key : keys) {
            const QJsonValue value = object.value(key);
            if (value.isString()) {
                const QString text = value.toString().trimmed();
                if (!text.isEmpty())
                    return text;
            } else if (!value.isUndefined() && !value.isNull()) {
                wrongType << QString(key);
            }
        }
        return {};
    }

    // A whole number written as a JSON number (as the CLI writes expired_seconds) or as digits;
    // `fallback` when absent.
    int integer(QLatin1String key, int fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        bool ok = false;
        const double number = value.isDouble() ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
        const bool isNumber = value.isDouble() || (value.isString() && ok);
        if (isNumber && qAbs(number) <= std::numeric_limits<int>::max() && number == double(int(number)))
            return int(number);
        notANumber << QString(key);
        return fallback;
    }

    QJsonObject object;
    QStringList wrongType;
    QStringList notANumber;
};

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("secret")) || k.contains(QLatin1String("token"))
            || k.contains(QLatin1String("password")) || k.contains(QLatin1String("private"))
            || k == QLatin1String("sk");
}

// Every string in a profile that could be a secret, whatever the CLI calls its field; skipped
// profiles included, since the warning about them must not show them either.
void collectSecretLike(const QJsonValue &value, bool underSecretKey, QStringList *out)
{
    if (value.isString()) {
        if (underSecretKey)
            *out << value.toString() << value.toString().trimmed();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectSecretLike(it.value(), underSecretKey || isSecretKey(it.key()), out);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectSecretLike(element, underSecretKey, out);
    }
}

QString masked(QString text, const QStringList &secretsLongestFirst)
{
    for (const QString &secret : secretsLongestFirst)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

// One config file being read: its label, what it yielded and what was wrong with it.
struct ConfigRead
{
    QString label;
    QList<ImportedAccount> accounts;
    QStringList warnings;
    QList<SkippedProfile> skipped;
    // The secrets of the profile being read, longest first so one containing another is masked whole.
    QStringList profileSecrets;

    void beginProfile(const QJsonValue &profile)
    {
        QStringList found;
        collectSecretLike(profile, false, &found);
        QSet<QString> unique;
        profileSecrets.clear();
        for (const QString &s : std::as_const(found)) {
            if (s.size() >= MinMaskedLength && !unique.contains(s)) {
                unique.insert(s);
                profileSecrets << s;
            }
        }
        std::sort(profileSecrets.begin(), profileSecrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    // Text from the profile as it may be shown, with the profile's secrets masked: a profile named
    // after its key is a user's slip, not a reason to show the key. Masked before it is shortened.
    QString shown(const QString &fromFile) const { return masked(fromFile, profileSecrets); }

    // A profile not imported: the warning says why, the record counts it for the summary.
    void skip(const QString &who, const QString &mode, SkippedProfile::Reason reason, const QString &warning)
    {
        warnings << warning;
        skipped << SkippedProfile{AccountImporter::tr("%1 (profile %2)").arg(label, who), shown(mode), reason};
    }

    QList<ImportedAccount> finish(QStringList *out, QList<SkippedProfile> *skippedOut) const
    {
        if (out)
            *out << warnings;
        if (skippedOut)
            *skippedOut << skipped;
        return accounts;
    }
};

// The root object of a CLI config, or nothing with a warning saying what is wrong and where.
std::optional<QJsonObject> configRoot(const QByteArray &json, ConfigRead &read)
{
    if (json.size() > MaxConfigBytes) {
        read.warnings << AccountImporter::tr("%1 is larger than %2 KiB, too large for a CLI configuration; nothing was imported from it.")
                                 .arg(read.label, QString::number(MaxConfigBytes / 1024));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        read.warnings << AccountImporter::tr("%1 is not valid JSON (%2 at offset %3); nothing was imported from it.")
                                 .arg(read.label, error.errorString(), QString::number(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        read.warnings << AccountImporter::tr("%1: the top level is not a JSON object; nothing was imported from it.")
                                 .arg(read.label);
        return std::nullopt;
    }
    return document.object();
}

// The profiles of a config in import order — the "current" one first, the others as in the file —
// each with its 0-based position in the file (for naming unnamed ones).
QList<QPair<int, QJsonValue>> profilesInOrder(const QJsonObject &root, ConfigRead &read)
{
    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (profiles.isUndefined() || profiles.isNull()) {
        read.warnings << AccountImporter::tr("%1 has no \"profiles\" list; nothing was imported from it.").arg(read.label);
        return {};
    }
    if (!profiles.isArray()) {
        read.warnings << AccountImporter::tr("%1: \"profiles\" is not a list; nothing was imported from it.").arg(read.label);
        return {};
    }
    const QJsonArray list = profiles.toArray();
    const QString current = root.value(QLatin1String("current")).toString();
    int currentIndex = -1;
    for (int i = 0; i < list.size() && !current.isEmpty(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("name")).toString() == current) {
            currentIndex = i;
            break;
        }
    }
    QList<QPair<int, QJsonValue>> ordered;
    if (currentIndex >= 0)
        ordered.append({currentIndex, list.at(currentIndex)});
    for (int i = 0; i < list.size(); ++i) {
        if (i != currentIndex)
            ordered.append({i, list.at(i)});
    }
    return ordered;
}

// The profile as an object; nothing, with a warning, when it is not one.
std::optional<QJsonObject> profileObject(int index, const QJsonValue &value, ConfigRead &read)
{
    if (!value.isObject()) {
        read.skip(AccountImporter::tr("#%1").arg(index + 1), {}, SkippedProfile::Reason::Unusable,
                  AccountImporter::tr("%1: profile #%2 is not a JSON object; skipped.").arg(read.label, QString::number(index + 1)));
        return std::nullopt;
    }
    return value.toObject();
}

// The name a profile is shown by: its own, or its position when it has none.
QString profileName(ProfileFields &fields, int index)
{
    const QString name = fields.text({QLatin1String("name")});
    return name.isEmpty() ? AccountImporter::tr("#%1").arg(index + 1) : name;
}

bool reportWrongTypes(const ProfileFields &fields, const QString &who, const QString &mode, ConfigRead &read)
{
    if (fields.wrongType.isEmpty() && fields.notANumber.isEmpty())
        return false;
    read.skip(who, mode, SkippedProfile::Reason::Unusable,
              !fields.wrongType.isEmpty()
                      ? AccountImporter::tr("%1: profile %2: %3 should be text; profile skipped.")
                                .arg(read.label, quoted(who), fields.wrongType.join(QLatin1String(", ")))
                      : AccountImporter::tr("%1: profile %2: %3 should be a whole number of seconds; profile skipped.")
                                .arg(read.label, quoted(who), fields.notANumber.join(QLatin1String(", "))));
    return true;
}

// ESA has endpoints in cn-hangzhou and ap-southeast-1 only. A CLI profile's region is where the
// user runs other services, so keep it when ESA serves it and otherwise take the ESA endpoint on
// the same side of the mainland border. Hong Kong is outside it despite its "cn-" prefix.
QString esaRegionFor(const QString &region)
{
    if (Account::alibabaRegions().contains(region))
        return region;
    if (region.isEmpty() || (region.startsWith(QLatin1String("cn-")) && region != QLatin1String("cn-hongkong")))
        return QStringLiteral("cn-hangzhou");
    return QStringLiteral("ap-southeast-1");
}

// Huawei AK/SK are plain letters and digits (20 and 40 of them). Anything else in the file is most
// likely KooCLI's encrypted form, which would only fail later with a confusing signature error.
bool looksLikePlainHuaweiKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return plain.match(key).hasMatch();
}

bool isMode(const QString &mode, const char *name)
{
    return mode.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

// The fields of an aliyun CLI profile that decide whether and how it is imported.
struct AliyunProfile
{
    QString who; // its name as shown, masked
    QString mode;
    QString keyId;
    QString keySecret;
    QString stsToken;
    QString region;
    QString roleArn;

    // Skips the profile as unusable, with this warning.
    void unusable(ConfigRead &read, const QString &warning) const
    {
        read.skip(who, mode, SkippedProfile::Reason::Unusable, warning);
    }
};

// The profile's fields; nothing, with the profile skipped, when one has the wrong type.
std::optional<AliyunProfile> readAliyunProfile(int index, ProfileFields &fields, ConfigRead &read)
{
    AliyunProfile profile;
    profile.who = read.shown(profileName(fields, index));
    profile.mode = fields.text({QLatin1String("mode")});
    profile.keyId = fields.text({QLatin1String("access_key_id")});
    profile.keySecret = fields.text({QLatin1String("access_key_secret")});
    profile.stsToken = fields.text({QLatin1String("sts_token")});
    profile.region = fields.text({QLatin1String("region_id")});
    profile.roleArn = fields.text({QLatin1String("ram_role_arn")});
    if (reportWrongTypes(fields, profile.who, profile.mode, read))
        return std::nullopt;
    return profile;
}

// How the profile signs in, from its mode; nothing, with the profile skipped, when CloudCodes
// cannot import it.
std::optional<Account::AuthKind> aliyunAuthKind(const AliyunProfile &profile, ConfigRead &read)
{
    const QString &mode = profile.mode;
    if (isMode(mode, "AK"))
        return Account::AuthKind::AccessKey;
    if (isMode(mode, "StsToken"))
        return Account::AuthKind::Sts;
    if (isMode(mode, "RamRoleArn"))
        return Account::AuthKind::RamRole;
    if (mode.isEmpty() && !profile.keyId.isEmpty()) {
        // Old CLI versions wrote profiles without a mode; the CLI then picks one as here.
        return !profile.stsToken.isEmpty() ? Account::AuthKind::Sts
                : !profile.roleArn.isEmpty() ? Account::AuthKind::RamRole
                                             : Account::AuthKind::AccessKey;
    }
    if (mode.isEmpty()) {
        profile.unusable(read, AccountImporter::tr("%1: profile %2 has neither a mode nor an AccessKey; skipped.").arg(read.label, quoted(profile.who)));
        return std::nullopt;
    }
    // EcsRamRole, RsaKeyPair, ChainableRamRoleArn, External, CredentialsURI, OIDC, CloudSSO...:
    // each needs the CLI's own machinery (metadata service, another profile, a helper program).
    read.skip(profile.who, mode, SkippedProfile::Reason::UnsupportedMode,
              AccountImporter::tr("%1: profile %2 uses mode %3, which CloudCodes cannot import (only AK, StsToken and RamRoleArn); skipped.")
                      .arg(read.label, quoted(profile.who), quoted(read.shown(mode))));
    return std::nullopt;
}

// Whether the profile has the keys its kind signs with; if not, it is skipped.
bool hasAliyunKeys(const AliyunProfile &profile, Account::AuthKind kind, ConfigRead &read)
{
    if (profile.keyId.isEmpty() || profile.keySecret.isEmpty()) {
        profile.unusable(read, AccountImporter::tr("%1: profile %2 has an empty access_key_id or access_key_secret; skipped.").arg(read.label, quoted(profile.who)));
        return false;
    }
    if (kind == Account::AuthKind::Sts && profile.stsToken.isEmpty()) {
        profile.unusable(read, AccountImporter::tr("%1: profile %2 uses mode StsToken but its sts_token is empty; skipped.").arg(read.label, quoted(profile.who)));
        return false;
    }
    return true;
}

// A RamRoleArn profile's role (and STS endpoint) into `account`; false, with the profile skipped,
// when CloudCodes cannot assume it.
bool readAliyunRole(ProfileFields &fields, const AliyunProfile &profile, Account &account, ConfigRead &read)
{
    if (profile.roleArn.isEmpty()) {
        profile.unusable(read, AccountImporter::tr("%1: profile %2 uses mode RamRoleArn but its ram_role_arn is empty; skipped.").arg(read.label, quoted(profile.who)));
        return false;
    }
    if (!profile.stsToken.isEmpty()) {
        profile.unusable(read, AccountImporter::tr("%1: profile %2 assumes its RAM role with a temporary key (sts_token), which CloudCodes does not support; skipped. Use a permanent AccessKey.")
                                       .arg(read.label, quoted(profile.who)));
        return false;
    }
    const QString sessionName = fields.text({QLatin1String("ram_session_name")});
    const QString stsRegion = fields.text({QLatin1String("sts_region")});
    const QString externalId = fields.text({QLatin1String("external_id")});
    const int seconds = fields.integer(QLatin1String("expired_seconds"), 0);
    if (reportWrongTypes(fields, profile.who, profile.mode, read))
        return false;
    account.ramRole.arn = profile.roleArn;
    account.ramRole.sessionName = sessionName.isEmpty() ? RamRole::defaultSessionName() : sessionName;
    // 0 is what `aliyun configure` writes when none was given: STS's default then.
    account.ramRole.durationSeconds = seconds > 0 ? seconds : RamRole::DefaultDurationSeconds;
    account.ramRole.externalId = externalId;
    if (!stsRegion.isEmpty())
        account.stsEndpoint = Account::stsEndpointForRegion(stsRegion);
    return true;
}

void importAliyunProfile(int index, const QJsonValue &value, ConfigRead &read)
{
    const std::optional<QJsonObject> object = profileObject(index, value, read);
    if (!object)
        return;
    ProfileFields fields(*object);
    const std::optional<AliyunProfile> profile = readAliyunProfile(index, fields, read);
    if (!profile)
        return;
    const std::optional<Account::AuthKind> kind = aliyunAuthKind(*profile, read);
    if (!kind || !hasAliyunKeys(*profile, *kind, read))
        return;

    ImportedAccount imported;
    Account &account = imported.account;
    if (*kind == Account::AuthKind::RamRole && !readAliyunRole(fields, *profile, account, read))
        return;
    account.id = Account::newId();
    account.displayName = QStringLiteral("aliyun: %1").arg(profile->who);
    account.cloud = Account::Cloud::Alibaba;
    account.region = esaRegionFor(profile->region);
    account.authKind = *kind;
    account.accessKeyId = profile->keyId;
    imported.secrets.insert(Account::Secret::AccessKeySecret, profile->keySecret);
    if (*kind == Account::AuthKind::Sts)
        imported.secrets.insert(Account::Secret::SecurityToken, profile->stsToken);
    imported.source = AccountImporter::tr("%1 (profile %2)").arg(read.label, profile->who);
    read.accounts << imported;
}

void importHcloudProfile(int index, const QJsonValue &value, bool encrypted, ConfigRead &read)
{
    const std::optional<QJsonObject> object = profileObject(index, value, read);
    if (!object)
        return;
    ProfileFields fields(*object);
    const QString who = read.shown(profileName(fields, index));
    const QString mode = fields.text({QLatin1String("mode")});
    // KooCLI documents accessKeyId/secretAccessKey; accessKey/secretKey mirror its
    // --cli-access-key/--cli-secret-key options and are accepted for hand-written files.
    const QString ak = fields.text({QLatin1String("accessKeyId"), QLatin1String("accessKey")});
    const QString sk = fields.text({QLatin1String("secretAccessKey"), QLatin1String("secretKey")});
    const QString securityToken = fields.text({QLatin1String("securityToken")});
    const QString region = fields.text({QLatin1String("region")});
    const QString projectId = fields.text({QLatin1String("projectId")});
    if (reportWrongTypes(fields, who, mode, read))
        return;
    const auto unusable = [&](const QString &warning) { read.skip(who, mode, SkippedProfile::Reason::Unusable, warning); };

    const bool aksk = mode.compare(QLatin1String("AKSK"), Qt::CaseInsensitive) == 0 || (mode.isEmpty() && !ak.isEmpty());
    if (!aksk) {
        // ecsAgency, SSO, AssumeRole/agency, token: short-lived or obtained by KooCLI itself.
        if (mode.isEmpty())
            unusable(AccountImporter::tr("%1: profile %2 has neither a mode nor an AK; skipped.").arg(read.label, quoted(who)));
        else
            read.skip(who, mode, SkippedProfile::Reason::UnsupportedMode,
                      AccountImporter::tr("%1: profile %2 uses mode %3, which CloudCodes cannot import (only AKSK); skipped.")
                              .arg(read.label, quoted(who), quoted(read.shown(mode))));
        return;
    }
    if (encrypted) {
        unusable(AccountImporter::tr("%1: profile %2: KooCLI stored its AK/SK encrypted, and only KooCLI can read them; skipped. Add this account by hand.")
                         .arg(read.label, quoted(who)));
        return;
    }
    if (!securityToken.isEmpty()) {
        unusable(AccountImporter::tr("%1: profile %2 holds a temporary AK/SK with a security token, which CloudCodes does not support; skipped. Use a permanent AK/SK.")
                         .arg(read.label, quoted(who)));
        return;
    }
    if (ak.isEmpty() || sk.isEmpty()) {
        unusable(AccountImporter::tr("%1: profile %2 has an empty accessKeyId or secretAccessKey; skipped.").arg(read.label, quoted(who)));
        return;
    }
    if (!looksLikePlainHuaweiKey(ak) || !looksLikePlainHuaweiKey(sk)) {
        unusable(AccountImporter::tr("%1: profile %2: the AK/SK are not plain letters and digits (KooCLI probably stored them encrypted); skipped. Add this account by hand.")
                         .arg(read.label, quoted(who)));
        return;
    }

    ImportedAccount imported;
    Account &account = imported.account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("hcloud: %1").arg(who);
    account.cloud = Account::Cloud::Huawei;
    // APIG and IAM have endpoints in every region, so the profile's region is kept as it is.
    account.region = region.isEmpty() ? QStringLiteral("cn-north-4") : region;
    account.authKind = Account::AuthKind::AccessKey;
    account.accessKeyId = ak;
    account.projectId = projectId;
    imported.secrets.insert(Account::Secret::AccessKeySecret, sk);
    imported.source = AccountImporter::tr("%1 (profile %2)").arg(read.label, who);
    read.accounts << imported;
}

QList<ImportedAccount> environmentAccounts(const QProcessEnvironment &env, QStringList *warnings)
{
    const auto value = [&env](const char *name) { return env.value(QLatin1String(name)).trimmed(); };
    const auto warn = [warnings](const QString &text) {
        if (warnings)
            *warnings << text;
    };
    QList<ImportedAccount> found;

    const QString aliId = value("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const QString aliSecret = value("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    const QString aliToken = value("ALIBABA_CLOUD_SECURITY_TOKEN");
    if (!aliId.isEmpty() && !aliSecret.isEmpty()) {
        ImportedAccount imported;
        Account &account = imported.account;
        account.id = Account::newId();
        account.displayName = AccountImporter::tr("environment: Alibaba Cloud");
        account.cloud = Account::Cloud::Alibaba;
        account.region = esaRegionFor(value("ALIBABA_CLOUD_REGION_ID"));
        account.authKind = aliToken.isEmpty() ? Account::AuthKind::AccessKey : Account::AuthKind::Sts;
        account.accessKeyId = aliId;
        imported.secrets.insert(Account::Secret::AccessKeySecret, aliSecret);
        if (!aliToken.isEmpty())
            imported.secrets.insert(Account::Secret::SecurityToken, aliToken);
        imported.source = AccountImporter::tr("environment (ALIBABA_CLOUD_ACCESS_KEY_ID)");
        found << imported;
    } else if (!aliId.isEmpty() || !aliSecret.isEmpty() || !aliToken.isEmpty()) {
        warn(AccountImporter::tr("The environment holds only part of an Alibaba Cloud AccessKey: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are both needed; not imported."));
    }

    const QString hwAk = value("HUAWEICLOUD_SDK_AK");
    const QString hwSk = value("HUAWEICLOUD_SDK_SK");
    if (!hwAk.isEmpty() && !hwSk.isEmpty()) {
        if (!value("HUAWEICLOUD_SDK_SECURITY_TOKEN").isEmpty()) {
            warn(AccountImporter::tr("HUAWEICLOUD_SDK_SECURITY_TOKEN is set: the AK/SK in the environment are temporary, which CloudCodes does not support; not imported."));
        } else {
            ImportedAccount imported;
            Account &account = imported.account;
            account.id = Account::newId();
            account.displayName = AccountImporter::tr("environment: Huawei Cloud");
            account.cloud = Account::Cloud::Huawei;
            const QString region = value("HUAWEICLOUD_SDK_REGION");
            account.region = region.isEmpty() ? QStringLiteral("cn-north-4") : region;
            account.authKind = Account::AuthKind::AccessKey;
            account.accessKeyId = hwAk;
            account.projectId = value("HUAWEICLOUD_SDK_PROJECT_ID");
            imported.secrets.insert(Account::Secret::AccessKeySecret, hwSk);
            imported.source = AccountImporter::tr("environment (HUAWEICLOUD_SDK_AK)");
            found << imported;
        }
    } else if (!hwAk.isEmpty() || !hwSk.isEmpty()) {
        warn(AccountImporter::tr("The environment holds only part of a Huawei Cloud AK/SK: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are both needed; not imported."));
    }
    return found;
}

// The bytes of a config file: nothing, silently, when there is none; nothing with a warning when
// it cannot be read.
std::optional<QByteArray> readConfigFile(const QString &path, const QString &label, QStringList *warnings)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    // A directory, a FIFO (whose open would block) or a device is not a CLI's config.
    if (!info.isFile()) {
        if (warnings)
            *warnings << AccountImporter::tr("%1 is not a regular file; skipped.").arg(label);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (warnings)
            *warnings << AccountImporter::tr("%1 could not be read (%2); skipped.").arg(label, file.errorString());
        return std::nullopt;
    }
    // One byte past the limit is enough for the parser to reject it as too large.
    return file.read(MaxConfigBytes + 1);
}

// What makes two imports the same account: same cloud, auth, keys, region and project.
QString identity(const ImportedAccount &imported)
{
    const Account &a = imported.account;
    QStringList parts = {Account::cloudKey(a.cloud), Account::authKindKey(a.authKind), a.accessKeyId, a.region, a.projectId,
                         a.ramRole.arn, a.ramRole.externalId};
    for (Account::Secret secret : a.secretsNeeded())
        parts << imported.secrets.value(secret);
    return parts.join(QChar(0));
}

} // namespace

QList<ImportedAccount> AccountImporter::fromAliyunConfig(const QByteArray &json, const QString &sourceLabel,
                                                         QStringList *warnings, QList<SkippedProfile> *skipped)
{
    ConfigRead read;
    read.label = sourceLabel;
    if (const std::optional<QJsonObject> root = configRoot(json, read)) {
        for (const auto &[index, profile] : profilesInOrder(*root, read)) {
            read.beginProfile(profile);
            importAliyunProfile(index, profile, read);
        }
    }
    return read.finish(warnings, skipped);
}

QList<ImportedAccount> AccountImporter::fromHcloudConfig(const QByteArray &json, const QString &sourceLabel,
                                                         QStringList *warnings, QList<SkippedProfile> *skipped)
{
    ConfigRead read;
    read.label = sourceLabel;
    if (const std::optional<QJsonObject> root = configRoot(json, read)) {
        // KooCLI's cli-auth-encrypt setting, stored like its other settings (cli-offline → "offline").
        const QJsonValue authEncrypt = root->value(QLatin1String("authEncrypt"));
        const bool encrypted = authEncrypt.toBool(false)
                || authEncrypt.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        for (const auto &[index, profile] : profilesInOrder(*root, read)) {
            read.beginProfile(profile);
            importHcloudProfile(index, profile, encrypted, read);
        }
    }
    return read.finish(warnings, skipped);
}

QList<ImportedAccount> AccountImporter::fromEnvironment(const QProcessEnvironment &env)
{
    return environmentAccounts(env, nullptr);
}

QList<ImportedAccount> AccountImporter::discover(const QString &homeDir, const QProcessEnvironment &env,
                                                 QStringList *warnings, QList<SkippedProfile> *skipped)
{
    using Parser = QList<ImportedAccount> (*)(const QByteArray &, const QString &, QStringList *, QList<SkippedProfile> *);
    const struct {
        const char *relativePath;
        Parser parse;
    } configs[] = {
        {".aliyun/config.json", &AccountImporter::fromAliyunConfig},
        {".hcloud/config.json", &AccountImporter::fromHcloudConfig},
    };

    QList<ImportedAccount> found;
    const QDir home(homeDir);
    for (const auto &config : configs) {
        const QString label = QStringLiteral("~/") + QLatin1String(config.relativePath);
        if (const std::optional<QByteArray> bytes = readConfigFile(home.filePath(QLatin1String(config.relativePath)), label, warnings))
            found += config.parse(*bytes, label, warnings, skipped);
    }
    found += environmentAccounts(env, warnings);

    QList<ImportedAccount> unique;
    QSet<QString> seen;
    for (const ImportedAccount &imported : std::as_const(found)) {
        const QString key = identity(imported);
        if (!seen.contains(key)) {
            seen.insert(key);
            unique << imported;
        }
    }
    return unique;
}
