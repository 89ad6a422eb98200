// AccountImporter against sample aliyun CLI and KooCLI configs, SDK environments and broken input:
// what is imported and in which order (RamRoleArn profiles with their role, session, duration,
// STS region and external ID), what is skipped with which warning and is listed for the summary,
// and that no secret ever reaches a warning, a source or a display name.
#include "app/accounts/AccountImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every secret in the samples contains this marker, so one search finds any leak.
const QString SecretMarker = QStringLiteral("sEcReT");

const QString AliyunLabel = QStringLiteral("~/.aliyun/config.json");
const QString HcloudLabel = QStringLiteral("~/.hcloud/config.json");

// A config as `aliyun configure` writes it (every field the CLI knows, most of them empty).
const QByteArray AliyunSample = R"({
  "current": "default",
  "profiles": [
    {
      "name": "default",
      "mode": "AK",
      "access_key_id": "LTAI5tDefault0001",
      "access_key_secret": "sEcReTaliDefault0001",
      "sts_token": "",
      "ram_role_name": "",
      "ram_role_arn": "",
      "ram_session_name": "",
      "private_key": "",
      "key_pair_name": "",
      "expired_seconds": 0,
      "verified": "",
      "region_id": "cn-hangzhou",
      "output_format": "json",
      "language": "en",
      "site": "",
      "retry_timeout": 0,
      "connect_timeout": 0,
      "retry_count": 0,
      "process_command": "",
      "credentials_uri": ""
    },
    {
      "name": "temp",
      "mode": "StsToken",
      "access_key_id": "STS.NTempKey0001",
      "access_key_secret": "sEcReTaliTemp0001",
      "sts_token": "sEcReTstsToken0001/with+base64=",
      "region_id": "ap-southeast-1"
    },
    {
      "name": "role",
      "mode": "RamRoleArn",
      "access_key_id": "LTAI5tRole0001",
      "access_key_secret": "sEcReTaliRole0001",
      "sts_token": "",
      "sts_region": "cn-shanghai",
      "ram_role_name": "",
      "ram_role_arn": "acs:ram::1234567890123456:role/edge-deployer",
      "ram_session_name": "ci-deploy",
      "external_id": "partner-7f3c",
      "source_profile": "",
      "private_key": "",
      "key_pair_name": "",
      "expired_seconds": 1800,
      "verified": "",
      "region_id": "cn-shanghai",
      "output_format": "json",
      "language": "en",
      "site": "",
      "retry_timeout": 0,
      "connect_timeout": 0,
      "retry_count": 0,
      "process_command": "",
      "credentials_uri": "",
      "oidc_provider_arn": "",
      "oidc_token_file": "",
      "cloud_sso_sign_in_url": "",
      "access_token": "",
      "cloud_sso_access_token_expire": 0,
      "sts_expiration": 0
    },
    {
      "name": "ecs",
      "mode": "EcsRamRole",
      "ram_role_name": "EcsInstanceRole",
      "region_id": "cn-hangzhou"
    }
  ],
  "meta_path": ""
})";

// A config in the shape `hcloud configure list` documents (KooCLI user guide, "Querying the
// Profile List"), stored with cli-auth-encrypt=false so the AK/SK are plain.
const QByteArray HcloudSample = R"({
  "localDea": "intl",
  "language": "en",
  "offline": "false",
  "agreePrivacy": "true",
  "warning": "true",
  "authEncrypt": "false",
  "current": "test",
  "profiles": [
    {
      "name": "default",
      "mode": "AKSK",
      "accessKeyId": "HWDEFAULTAK000000001",
      "secretAccessKey": "sEcReThwDefault00000000000000000000000001",
      "securityToken": "",
      "region": "cn-north-4",
      "projectId": "0605760000000000000000134588f135",
      "domainId": "",
      "skipSecureVerify": "false",
      "readTimeout": 10,
      "connectTimeout": 5,
      "retryCount": 0
    },
    {
      "name": "test",
      "mode": "AKSK",
      "accessKeyId": "HWTESTAK000000000001",
      "secretAccessKey": "sEcReThwTest000000000000000000000000000001",
      "securityToken": "",
      "region": "ap-southeast-1",
      "projectId": "",
      "domainId": "",
      "skipSecureVerify": "false",
      "readTimeout": 10,
      "connectTimeout": 5,
      "retryCount": 0
    },
    {
      "name": "onEcs",
      "mode": "ecsAgency",
      "accessKeyId": "",
      "secretAccessKey": "",
      "region": "cn-north-4"
    }
  ]
})";

QJsonObject aliyunProfile(const QString &name, const QString &mode, const QString &keyId,
                          const QString &keySecret, const QString &stsToken = {}, const QString &region = {})
{
    return {{QStringLiteral("name"), name},           {QStringLiteral("mode"), mode},
            {QStringLiteral("access_key_id"), keyId}, {QStringLiteral("access_key_secret"), keySecret},
            {QStringLiteral("sts_token"), stsToken},  {QStringLiteral("region_id"), region}};
}

// A RamRoleArn profile as `aliyun configure --mode RamRoleArn` writes it (empty fields omitted).
QJsonObject aliyunRoleProfile(const QString &name, const QJsonObject &more = {}, const QStringList &without = {})
{
    QJsonObject p{{QStringLiteral("name"), name},
                  {QStringLiteral("mode"), QStringLiteral("RamRoleArn")},
                  {QStringLiteral("access_key_id"), QStringLiteral("LTAI5tRoleKey0002")},
                  {QStringLiteral("access_key_secret"), QStringLiteral("sEcReTroleKey0002")},
                  {QStringLiteral("ram_role_arn"), QStringLiteral("acs:ram::1234567890123456:role/reader")},
                  {QStringLiteral("ram_session_name"), QStringLiteral("laptop")},
                  {QStringLiteral("expired_seconds"), 3600},
                  {QStringLiteral("region_id"), QStringLiteral("cn-hangzhou")},
                  {QStringLiteral("output_format"), QStringLiteral("json")},
                  {QStringLiteral("language"), QStringLiteral("zh")}};
    for (auto it = more.begin(); it != more.end(); ++it)
        p.insert(it.key(), it.value());
    for (const QString &key : without)
        p.remove(key);
    return p;
}

QJsonObject hcloudProfile(const QString &name, const QString &mode, const QString &ak, const QString &sk,
                          const QString &securityToken = {}, const QString &region = {}, const QString &projectId = {})
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("accessKeyId"), ak},
            {QStringLiteral("secretAccessKey"), sk},
            {QStringLiteral("securityToken"), securityToken},
            {QStringLiteral("region"), region},
            {QStringLiteral("projectId"), projectId}};
}

QByteArray config(const QString &current, const QJsonArray &profiles, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("current"), current);
    extra.insert(QStringLiteral("profiles"), profiles);
    return QJsonDocument(extra).toJson();
}

QStringList displayNames(const QList<ImportedAccount> &accounts)
{
    QStringList names;
    for (const ImportedAccount &a : accounts)
        names << a.account.displayName;
    return names;
}

QProcessEnvironment makeEnvironment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments) {
        const int eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

// The first text a user could see that contains a secret, or nothing.
QString leak(const QList<ImportedAccount> &accounts, const QStringList &warnings, const QList<SkippedProfile> &skipped = {})
{
    QStringList visible = warnings;
    for (const ImportedAccount &a : accounts)
        visible << a.account.displayName << a.source;
    for (const SkippedProfile &s : skipped)
        visible << s.source << s.mode;
    for (const QString &text : std::as_const(visible)) {
        if (text.contains(SecretMarker))
            return text;
    }
    return {};
}

// Each expected fragment is in some warning, and there is one warning per fragment.
QString warningMismatch(const QStringList &warnings, const QStringList &expected)
{
    if (warnings.size() != expected.size())
        return QStringLiteral("%1 warnings, expected %2: %3")
                .arg(warnings.size()).arg(expected.size()).arg(warnings.join(QLatin1String(" | ")));
    for (const QString &fragment : expected) {
        const bool found = std::any_of(warnings.cbegin(), warnings.cend(),
                                       [&](const QString &w) { return w.contains(fragment); });
        if (!found)
            return QStringLiteral("no warning contains \"%1\": %2").arg(fragment, warnings.join(QLatin1String(" | ")));
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

enum Parser { Aliyun, Hcloud };

QList<ImportedAccount> parse(int parser, const QByteArray &json, QStringList *warnings, QList<SkippedProfile> *skipped = nullptr)
{
    return parser == Aliyun ? AccountImporter::fromAliyunConfig(json, AliyunLabel, warnings, skipped)
                            : AccountImporter::fromHcloudConfig(json, HcloudLabel, warnings, skipped);
}

} // namespace

class TestAccountImporter : public QObject
{
    Q_OBJECT

private slots:
    void aliyunProfiles_data();
    void aliyunProfiles();
    void aliyunAccountFields();
    void aliyunRegion_data();
    void aliyunRegion();
    void aliyunRamRoleFields();
    void aliyunRamRoleDefaults_data();
    void aliyunRamRoleDefaults();
    void skippedProfilesAreListed();
    void hcloudProfiles_data();
    void hcloudProfiles();
    void hcloudAccountFields();
    void environment_data();
    void environment();
    void environmentAccountFields();
    void malformed_data();
    void malformed();
    void secretsNeverShown_data();
    void secretsNeverShown();
    void idsAreFreshAndValid();
    void discoverFindsFilesAndEnvironment();
    void discoverWithNothingThere();
    void discoverDropsDuplicates();
    void discoverUnreadableFiles();
    void discoverFileWithoutReadPermission();
    void discoverMalformedFileKeepsTheOthers();
};

// Which profiles of an aliyun config become accounts (in order), and which warnings the others cause.
void TestAccountImporter::aliyunProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("warnings");

    const QString ak = QStringLiteral("LTAI5tKey0001");
    const QString secret = QStringLiteral("sEcReTkey0001");
    const QString token = QStringLiteral("sEcReTtoken0001");

    QTest::newRow("CLI sample: AK, StsToken and RamRoleArn imported, EcsRamRole skipped")
            << AliyunSample << QStringList{QStringLiteral("aliyun: default"), QStringLiteral("aliyun: temp"), QStringLiteral("aliyun: role")}
            << QStringList{QStringLiteral("profile “ecs” uses mode “EcsRamRole”, which CloudCodes cannot import (only AK, StsToken and RamRoleArn)")};
    QTest::newRow("RamRoleArn")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"))}) << QStringList{QStringLiteral("aliyun: r")} << QStringList{};
    QTest::newRow("RamRoleArn, mode in other case")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {{QStringLiteral("mode"), QStringLiteral("ramrolearn")}})})
            << QStringList{QStringLiteral("aliyun: r")} << QStringList{};
    QTest::newRow("RamRoleArn without ram_role_arn skipped")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {{QStringLiteral("ram_role_arn"), QString()}})})
            << QStringList{} << QStringList{QStringLiteral("“r” uses mode RamRoleArn but its ram_role_arn is empty")};
    QTest::newRow("RamRoleArn without a secret skipped")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {}, {QStringLiteral("access_key_secret")})})
            << QStringList{} << QStringList{QStringLiteral("“r” has an empty access_key_id or access_key_secret")};
    QTest::newRow("RamRoleArn from a temporary key skipped")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {{QStringLiteral("sts_token"), QStringLiteral("sEcReTsourceTok")}})})
            << QStringList{} << QStringList{QStringLiteral("“r” assumes its RAM role with a temporary key (sts_token)")};
    QTest::newRow("RamRoleArn with expired_seconds that is not a number")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {{QStringLiteral("expired_seconds"), QStringLiteral("an hour")}})})
            << QStringList{} << QStringList{QStringLiteral("profile “r”: expired_seconds should be a whole number of seconds")};
    QTest::newRow("RamRoleArn with a list as ram_role_arn")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {{QStringLiteral("ram_role_arn"), QJsonArray{QStringLiteral("x")}}})})
            << QStringList{} << QStringList{QStringLiteral("profile “r”: ram_role_arn should be text")};
    QTest::newRow("no mode, keys and a role: RamRoleArn, as the CLI decides")
            << config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), {}, {QStringLiteral("mode")})})
            << QStringList{QStringLiteral("aliyun: r")} << QStringList{};
    QTest::newRow("AK")
            << config(QStringLiteral("a"), {aliyunProfile(QStringLiteral("a"), QStringLiteral("AK"), ak, secret)})
            << QStringList{QStringLiteral("aliyun: a")} << QStringList{};
    QTest::newRow("StsToken")
            << config(QStringLiteral("s"), {aliyunProfile(QStringLiteral("s"), QStringLiteral("StsToken"), ak, secret, token)})
            << QStringList{QStringLiteral("aliyun: s")} << QStringList{};
    for (const char *mode : {"EcsRamRole", "RsaKeyPair", "ChainableRamRoleArn", "RamRoleArnWithRoleName", "External",
                             "CredentialsURI", "OIDC", "CloudSSO"}) {
        const QString m = QLatin1String(mode);
        QTest::newRow(qPrintable(m + QStringLiteral(" skipped")))
                << config(QStringLiteral("x"), {aliyunProfile(QStringLiteral("x"), m, ak, secret)})
                << QStringList{} << QStringList{AliyunLabel + QStringLiteral(": profile “x” uses mode “") + m + QStringLiteral("”")};
    }
    QTest::newRow("empty secret skipped")
            << config(QStringLiteral("nokey"), {aliyunProfile(QStringLiteral("nokey"), QStringLiteral("AK"), ak, QString())})
            << QStringList{} << QStringList{QStringLiteral("profile “nokey” has an empty access_key_id or access_key_secret")};
    QTest::newRow("empty id skipped")
            << config(QStringLiteral("nokey"), {aliyunProfile(QStringLiteral("nokey"), QStringLiteral("AK"), QStringLiteral("  "), secret)})
            << QStringList{} << QStringList{QStringLiteral("“nokey” has an empty")};
    QTest::newRow("StsToken without token skipped")
            << config(QStringLiteral("s"), {aliyunProfile(QStringLiteral("s"), QStringLiteral("StsToken"), ak, secret)})
            << QStringList{} << QStringList{QStringLiteral("sts_token is empty")};
    QTest::newRow("no mode, keys present: an old AK profile")
            << config(QStringLiteral("old"), {aliyunProfile(QStringLiteral("old"), QString(), ak, secret)})
            << QStringList{QStringLiteral("aliyun: old")} << QStringList{};
    QTest::newRow("no mode, no keys")
            << config(QStringLiteral("blank"), {aliyunProfile(QStringLiteral("blank"), QString(), QString(), QString())})
            << QStringList{} << QStringList{QStringLiteral("“blank” has neither a mode nor an AccessKey")};
    QTest::newRow("current profile first, then file order")
            << config(QStringLiteral("c"), {aliyunProfile(QStringLiteral("a"), QStringLiteral("AK"), ak, secret),
                                            aliyunProfile(QStringLiteral("b"), QStringLiteral("AK"), ak, secret),
                                            aliyunProfile(QStringLiteral("c"), QStringLiteral("AK"), ak, secret)})
            << QStringList{QStringLiteral("aliyun: c"), QStringLiteral("aliyun: a"), QStringLiteral("aliyun: b")} << QStringList{};
    QTest::newRow("current names no profile: file order")
            << config(QStringLiteral("gone"), {aliyunProfile(QStringLiteral("a"), QStringLiteral("AK"), ak, secret),
                                               aliyunProfile(QStringLiteral("b"), QStringLiteral("StsToken"), ak, secret, token)})
            << QStringList{QStringLiteral("aliyun: a"), QStringLiteral("aliyun: b")} << QStringList{};
    QTest::newRow("skipped current profile does not stop the others")
            << config(QStringLiteral("r"), {aliyunProfile(QStringLiteral("a"), QStringLiteral("AK"), ak, secret),
                                            aliyunProfile(QStringLiteral("r"), QStringLiteral("EcsRamRole"), ak, secret)})
            << QStringList{QStringLiteral("aliyun: a")} << QStringList{QStringLiteral("“r” uses mode “EcsRamRole”")};
    QTest::newRow("unnamed profile is named by position")
            << config(QString(), {aliyunProfile(QStringLiteral("a"), QStringLiteral("AK"), ak, secret),
                                  aliyunProfile(QString(), QStringLiteral("AK"), ak, secret)})
            << QStringList{QStringLiteral("aliyun: a"), QStringLiteral("aliyun: #2")} << QStringList{};
    QTest::newRow("empty profiles list")
            << config(QString(), {}) << QStringList{} << QStringList{};
}

void TestAccountImporter::aliyunProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, names);
    QFETCH(QStringList, warnings);

    QStringList got;
    QList<SkippedProfile> skipped;
    const QList<ImportedAccount> accounts = AccountImporter::fromAliyunConfig(json, AliyunLabel, &got, &skipped);
    QCOMPARE(displayNames(accounts), names);
    const QString mismatch = warningMismatch(got, warnings);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(skipped.size(), got.size()); // every warning here is about one skipped profile
    for (const ImportedAccount &a : accounts)
        QCOMPARE(a.account.cloud, Account::Cloud::Alibaba);
    const QString leaked = leak(accounts, got, skipped);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

void TestAccountImporter::aliyunAccountFields()
{
    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::fromAliyunConfig(AliyunSample, AliyunLabel, &warnings);
    QCOMPARE(accounts.size(), 3);

    const ImportedAccount &ak = accounts.at(0);
    QCOMPARE(ak.account.displayName, QStringLiteral("aliyun: default"));
    QCOMPARE(ak.account.cloud, Account::Cloud::Alibaba);
    QCOMPARE(ak.account.authKind, Account::AuthKind::AccessKey);
    QCOMPARE(ak.account.accessKeyId, QStringLiteral("LTAI5tDefault0001"));
    QCOMPARE(ak.account.region, QStringLiteral("cn-hangzhou"));
    QVERIFY(ak.account.endpoint.isEmpty());
    QVERIFY(!ak.account.demo);
    QCOMPARE(ak.secrets, (QHash<Account::Secret, QString>{{Account::Secret::AccessKeySecret, QStringLiteral("sEcReTaliDefault0001")}}));
    QCOMPARE(ak.source, QStringLiteral("~/.aliyun/config.json (profile default)"));

    const ImportedAccount &sts = accounts.at(1);
    QCOMPARE(sts.account.authKind, Account::AuthKind::Sts);
    QCOMPARE(sts.account.accessKeyId, QStringLiteral("STS.NTempKey0001"));
    QCOMPARE(sts.account.region, QStringLiteral("ap-southeast-1"));
    QCOMPARE(sts.secrets.value(Account::Secret::AccessKeySecret), QStringLiteral("sEcReTaliTemp0001"));
    QCOMPARE(sts.secrets.value(Account::Secret::SecurityToken), QStringLiteral("sEcReTstsToken0001/with+base64="));
    QCOMPARE(sts.source, QStringLiteral("~/.aliyun/config.json (profile temp)"));

    // Every secret the auth kind needs is there, and nothing else.
    for (const ImportedAccount &a : accounts) {
        const QList<Account::Secret> needed = a.account.secretsNeeded();
        QCOMPARE(QSet<Account::Secret>(needed.cbegin(), needed.cend()),
                 QSet<Account::Secret>(a.secrets.keyBegin(), a.secrets.keyEnd()));
    }
}

// The sample's RamRoleArn profile, every field the CLI wrote for it.
void TestAccountImporter::aliyunRamRoleFields()
{
    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::fromAliyunConfig(AliyunSample, AliyunLabel, &warnings);
    QCOMPARE(accounts.size(), 3);
    const ImportedAccount &role = accounts.at(2);
    QCOMPARE(role.account.displayName, QStringLiteral("aliyun: role"));
    QCOMPARE(role.account.cloud, Account::Cloud::Alibaba);
    QCOMPARE(role.account.authKind, Account::AuthKind::RamRole);
    QCOMPARE(role.account.accessKeyId, QStringLiteral("LTAI5tRole0001"));
    QCOMPARE(role.account.region, QStringLiteral("cn-hangzhou")); // cn-shanghai has no ESA endpoint
    QCOMPARE(role.account.ramRole.arn, QStringLiteral("acs:ram::1234567890123456:role/edge-deployer"));
    QCOMPARE(role.account.ramRole.sessionName, QStringLiteral("ci-deploy"));
    QCOMPARE(role.account.ramRole.durationSeconds, 1800);
    QCOMPARE(role.account.ramRole.externalId, QStringLiteral("partner-7f3c"));
    QVERIFY(role.account.ramRole.policy.isEmpty());
    QCOMPARE(role.account.stsEndpoint, QUrl(QStringLiteral("https://sts.cn-shanghai.aliyuncs.com")));
    QCOMPARE(role.account.effectiveStsEndpoint(), QUrl(QStringLiteral("https://sts.cn-shanghai.aliyuncs.com")));
    QVERIFY(role.account.endpoint.isEmpty());
    QVERIFY(!role.account.allowChanges);
    // Only the long-term secret: the role's credentials are STS's to issue, later, in memory.
    QCOMPARE(role.secrets, (QHash<Account::Secret, QString>{{Account::Secret::AccessKeySecret, QStringLiteral("sEcReTaliRole0001")}}));
    QCOMPARE(role.source, QStringLiteral("~/.aliyun/config.json (profile role)"));
    QVERIFY(role.account.ramRole.problems().isEmpty());
}

// What a RamRoleArn profile leaves out is filled in as the CLI would.
void TestAccountImporter::aliyunRamRoleDefaults_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("without");
    QTest::addColumn<QString>("sessionName"); // empty: the default one
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("stsEndpoint");
    QTest::addColumn<QString>("externalId");

    QTest::newRow("as written") << QJsonObject{} << QStringList{} << QStringLiteral("laptop") << 3600 << QString() << QString();
    QTest::newRow("no session name") << QJsonObject{} << QStringList{QStringLiteral("ram_session_name")} << QString() << 3600 << QString() << QString();
    QTest::newRow("empty session name") << QJsonObject{{QStringLiteral("ram_session_name"), QString()}} << QStringList{} << QString() << 3600 << QString() << QString();
    QTest::newRow("expired_seconds 0 (what configure writes)") << QJsonObject{{QStringLiteral("expired_seconds"), 0}} << QStringList{} << QStringLiteral("laptop")
                                                                << 3600 << QString() << QString();
    QTest::newRow("no expired_seconds") << QJsonObject{} << QStringList{QStringLiteral("expired_seconds")} << QStringLiteral("laptop") << 3600
                                        << QString() << QString();
    QTest::newRow("expired_seconds as digits") << QJsonObject{{QStringLiteral("expired_seconds"), QStringLiteral("900")}} << QStringList{} << QStringLiteral("laptop")
                                               << 900 << QString() << QString();
    QTest::newRow("a long session, kept") << QJsonObject{{QStringLiteral("expired_seconds"), 43200}} << QStringList{} << QStringLiteral("laptop") << 43200
                                          << QString() << QString();
    QTest::newRow("sts_region") << QJsonObject{{QStringLiteral("sts_region"), QStringLiteral("ap-southeast-1")}} << QStringList{} << QStringLiteral("laptop") << 3600
                                << QStringLiteral("https://sts.ap-southeast-1.aliyuncs.com") << QString();
    QTest::newRow("empty sts_region") << QJsonObject{{QStringLiteral("sts_region"), QString()}} << QStringList{} << QStringLiteral("laptop") << 3600 << QString()
                                      << QString();
    QTest::newRow("external_id") << QJsonObject{{QStringLiteral("external_id"), QStringLiteral("abc-123")}} << QStringList{} << QStringLiteral("laptop") << 3600
                                 << QString() << QStringLiteral("abc-123");
}

void TestAccountImporter::aliyunRamRoleDefaults()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, without);
    QFETCH(QString, sessionName);
    QFETCH(int, duration);
    QFETCH(QString, stsEndpoint);
    QFETCH(QString, externalId);

    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::fromAliyunConfig(
            config(QStringLiteral("r"), {aliyunRoleProfile(QStringLiteral("r"), changes, without)}), AliyunLabel, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(accounts.size(), 1);
    const Account &a = accounts.first().account;
    QCOMPARE(a.authKind, Account::AuthKind::RamRole);
    QCOMPARE(a.ramRole.sessionName, sessionName.isEmpty() ? RamRole::defaultSessionName() : sessionName);
    QVERIFY(RamRole::isValidSessionName(a.ramRole.sessionName));
    QCOMPARE(a.ramRole.durationSeconds, duration);
    QCOMPARE(a.stsEndpoint, QUrl(stsEndpoint));
    QCOMPARE(a.ramRole.externalId, externalId);
}

// What the import dialog's summary counts: each profile not imported, with its mode when that was
// the reason, from either CLI and through discover().
void TestAccountImporter::skippedProfilesAreListed()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aliyun/config.json")),
                      config(QStringLiteral("a"), {aliyunProfile(QStringLiteral("a"), QStringLiteral("AK"), QStringLiteral("LTAI5tListed01"),
                                                                 QStringLiteral("sEcReTlisted01")),
                                                   aliyunRoleProfile(QStringLiteral("role")),
                                                   aliyunProfile(QStringLiteral("ecs"), QStringLiteral("EcsRamRole"), QString(), QString()),
                                                   aliyunProfile(QStringLiteral("half"), QStringLiteral("AK"), QStringLiteral("LTAI5tListed02"), QString()),
                                                   42})));
    QVERIFY(writeFile(home.filePath(QStringLiteral(".hcloud/config.json")), HcloudSample));

    QStringList warnings;
    QList<SkippedProfile> skipped;
    const QList<ImportedAccount> accounts = AccountImporter::discover(home.path(), QProcessEnvironment(), &warnings, &skipped);
    QCOMPARE(displayNames(accounts), (QStringList{QStringLiteral("aliyun: a"), QStringLiteral("aliyun: role"), QStringLiteral("hcloud: test"),
                                                  QStringLiteral("hcloud: default")}));
    QCOMPARE(skipped.size(), 4);
    QCOMPARE(warnings.size(), 4);
    QCOMPARE(skipped.at(0).source, QStringLiteral("~/.aliyun/config.json (profile ecs)"));
    QCOMPARE(skipped.at(0).mode, QStringLiteral("EcsRamRole"));
    QCOMPARE(skipped.at(0).reason, SkippedProfile::Reason::UnsupportedMode);
    QCOMPARE(skipped.at(1).source, QStringLiteral("~/.aliyun/config.json (profile half)"));
    QCOMPARE(skipped.at(1).mode, QStringLiteral("AK"));
    QCOMPARE(skipped.at(1).reason, SkippedProfile::Reason::Unusable);
    QCOMPARE(skipped.at(2).source, QStringLiteral("~/.aliyun/config.json (profile #5)"));
    QCOMPARE(skipped.at(2).reason, SkippedProfile::Reason::Unusable);
    QCOMPARE(skipped.at(3).source, QStringLiteral("~/.hcloud/config.json (profile onEcs)"));
    QCOMPARE(skipped.at(3).mode, QStringLiteral("ecsAgency"));
    QCOMPARE(skipped.at(3).reason, SkippedProfile::Reason::UnsupportedMode);
    QVERIFY(leak(accounts, warnings, skipped).isEmpty());
}

// ESA has endpoints in cn-hangzhou and ap-southeast-1 only.
void TestAccountImporter::aliyunRegion_data()
{
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("cn-hangzhou kept") << QStringLiteral("cn-hangzhou") << QStringLiteral("cn-hangzhou");
    QTest::newRow("ap-southeast-1 kept") << QStringLiteral("ap-southeast-1") << QStringLiteral("ap-southeast-1");
    QTest::newRow("cn-shanghai: mainland") << QStringLiteral("cn-shanghai") << QStringLiteral("cn-hangzhou");
    QTest::newRow("cn-beijing: mainland") << QStringLiteral("cn-beijing") << QStringLiteral("cn-hangzhou");
    QTest::newRow("cn-wulanchabu: mainland") << QStringLiteral("cn-wulanchabu") << QStringLiteral("cn-hangzhou");
    QTest::newRow("cn-hongkong: not mainland") << QStringLiteral("cn-hongkong") << QStringLiteral("ap-southeast-1");
    QTest::newRow("us-west-1") << QStringLiteral("us-west-1") << QStringLiteral("ap-southeast-1");
    QTest::newRow("eu-central-1") << QStringLiteral("eu-central-1") << QStringLiteral("ap-southeast-1");
    QTest::newRow("ap-northeast-1") << QStringLiteral("ap-northeast-1") << QStringLiteral("ap-southeast-1");
    QTest::newRow("none") << QString() << QStringLiteral("cn-hangzhou");
}

void TestAccountImporter::aliyunRegion()
{
    QFETCH(QString, regionId);
    QFETCH(QString, expected);

    const QByteArray json = config(QStringLiteral("p"), {aliyunProfile(QStringLiteral("p"), QStringLiteral("AK"),
                                                                      QStringLiteral("LTAI5tRegion1"),
                                                                      QStringLiteral("sEcReTregion1"), QString(), regionId)});
    const QList<ImportedAccount> accounts = AccountImporter::fromAliyunConfig(json, AliyunLabel, nullptr);
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().account.region, expected);
    QVERIFY(Account::alibabaRegions().contains(accounts.first().account.region));

    const QList<ImportedAccount> fromEnv = AccountImporter::fromEnvironment(makeEnvironment(
            {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tRegion1"), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=sEcReTregion1"),
             QStringLiteral("ALIBABA_CLOUD_REGION_ID=") + regionId}));
    QCOMPARE(fromEnv.size(), 1);
    QCOMPARE(fromEnv.first().account.region, expected);
}

void TestAccountImporter::hcloudProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("warnings");

    const QString ak = QStringLiteral("HWAK0000000000000001");
    const QString sk = QStringLiteral("sEcReThw00000000000000000000000000000001");
    const QString token = QStringLiteral("sEcReTtokenHw/0001+==");
    const auto aksk = [&](const QString &name) { return hcloudProfile(name, QStringLiteral("AKSK"), ak, sk); };

    QTest::newRow("documented sample: current first, ecsAgency skipped")
            << HcloudSample << QStringList{QStringLiteral("hcloud: test"), QStringLiteral("hcloud: default")}
            << QStringList{HcloudLabel + QStringLiteral(": profile “onEcs” uses mode “ecsAgency”")};
    QTest::newRow("AKSK") << config(QStringLiteral("a"), {aksk(QStringLiteral("a"))})
                          << QStringList{QStringLiteral("hcloud: a")} << QStringList{};
    QTest::newRow("mode spelled aksk") << config(QStringLiteral("a"), {hcloudProfile(QStringLiteral("a"), QStringLiteral("aksk"), ak, sk)})
                                       << QStringList{QStringLiteral("hcloud: a")} << QStringList{};
    QTest::newRow("no mode, keys present") << config(QStringLiteral("a"), {hcloudProfile(QStringLiteral("a"), QString(), ak, sk)})
                                           << QStringList{QStringLiteral("hcloud: a")} << QStringList{};
    for (const char *mode : {"ecsAgency", "SSO", "AssumeRole", "agency", "token"}) {
        const QString m = QLatin1String(mode);
        QTest::newRow(qPrintable(m + QStringLiteral(" skipped")))
                << config(QStringLiteral("x"), {hcloudProfile(QStringLiteral("x"), m, ak, sk)})
                << QStringList{} << QStringList{QStringLiteral("“x” uses mode “") + m + QStringLiteral("”")};
    }
    QTest::newRow("temporary AK/SK with security token skipped")
            << config(QStringLiteral("t"), {hcloudProfile(QStringLiteral("t"), QStringLiteral("AKSK"), ak, sk, token), aksk(QStringLiteral("p"))})
            << QStringList{QStringLiteral("hcloud: p")} << QStringList{QStringLiteral("“t” holds a temporary AK/SK with a security token")};
    QTest::newRow("empty SK skipped")
            << config(QStringLiteral("e"), {hcloudProfile(QStringLiteral("e"), QStringLiteral("AKSK"), ak, QString())})
            << QStringList{} << QStringList{QStringLiteral("“e” has an empty accessKeyId or secretAccessKey")};
    QTest::newRow("empty AK skipped")
            << config(QStringLiteral("e"), {hcloudProfile(QStringLiteral("e"), QStringLiteral("AKSK"), QString(), sk)})
            << QStringList{} << QStringList{QStringLiteral("“e” has an empty accessKeyId or secretAccessKey")};

    QJsonObject shortNames{{QStringLiteral("name"), QStringLiteral("short")}, {QStringLiteral("mode"), QStringLiteral("AKSK")},
                           {QStringLiteral("accessKey"), ak}, {QStringLiteral("secretKey"), sk}};
    QTest::newRow("accessKey/secretKey spelling") << config(QStringLiteral("short"), {shortNames})
                                                  << QStringList{QStringLiteral("hcloud: short")} << QStringList{};
    QTest::newRow("authEncrypt on: keys unreadable")
            << config(QStringLiteral("a"), {aksk(QStringLiteral("a"))}, {{QStringLiteral("authEncrypt"), QStringLiteral("true")}})
            << QStringList{} << QStringList{QStringLiteral("“a”: KooCLI stored its AK/SK encrypted")};
    QTest::newRow("authEncrypt as a JSON bool")
            << config(QStringLiteral("a"), {aksk(QStringLiteral("a"))}, {{QStringLiteral("authEncrypt"), true}})
            << QStringList{} << QStringList{QStringLiteral("encrypted")};
    QTest::newRow("authEncrypt off")
            << config(QStringLiteral("a"), {aksk(QStringLiteral("a"))}, {{QStringLiteral("authEncrypt"), QStringLiteral("false")}})
            << QStringList{QStringLiteral("hcloud: a")} << QStringList{};
    QTest::newRow("SK that is not plain letters and digits")
            << config(QStringLiteral("b"), {hcloudProfile(QStringLiteral("b"), QStringLiteral("AKSK"), ak,
                                                          QStringLiteral("sEcReT9f8e7d6c5b4a39281706f5e4d3c2b1a0+/Zm9vYmFyYmF6cXV4=="))})
            << QStringList{} << QStringList{QStringLiteral("probably stored them encrypted")};
    QTest::newRow("unnamed profile is named by position")
            << config(QString(), {aksk(QString())}) << QStringList{QStringLiteral("hcloud: #1")} << QStringList{};
}

void TestAccountImporter::hcloudProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, names);
    QFETCH(QStringList, warnings);

    QStringList got;
    QList<SkippedProfile> skipped;
    const QList<ImportedAccount> accounts = AccountImporter::fromHcloudConfig(json, HcloudLabel, &got, &skipped);
    QCOMPARE(displayNames(accounts), names);
    const QString mismatch = warningMismatch(got, warnings);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(skipped.size(), got.size());
    QVERIFY(leak(accounts, got, skipped).isEmpty());
    for (const ImportedAccount &a : accounts) {
        QCOMPARE(a.account.cloud, Account::Cloud::Huawei);
        QCOMPARE(a.account.authKind, Account::AuthKind::AccessKey);
    }
    const QString leaked = leak(accounts, got);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

void TestAccountImporter::hcloudAccountFields()
{
    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::fromHcloudConfig(HcloudSample, HcloudLabel, &warnings);
    QCOMPARE(accounts.size(), 2);

    const ImportedAccount &test = accounts.at(0);
    QCOMPARE(test.account.accessKeyId, QStringLiteral("HWTESTAK000000000001"));
    QCOMPARE(test.account.region, QStringLiteral("ap-southeast-1"));
    QVERIFY(test.account.projectId.isEmpty());
    QCOMPARE(test.source, QStringLiteral("~/.hcloud/config.json (profile test)"));

    const ImportedAccount &def = accounts.at(1);
    QCOMPARE(def.account.displayName, QStringLiteral("hcloud: default"));
    QCOMPARE(def.account.cloud, Account::Cloud::Huawei);
    QCOMPARE(def.account.authKind, Account::AuthKind::AccessKey);
    QCOMPARE(def.account.accessKeyId, QStringLiteral("HWDEFAULTAK000000001"));
    QCOMPARE(def.account.region, QStringLiteral("cn-north-4"));
    QCOMPARE(def.account.projectId, QStringLiteral("0605760000000000000000134588f135"));
    QCOMPARE(def.secrets, (QHash<Account::Secret, QString>{
                                  {Account::Secret::AccessKeySecret, QStringLiteral("sEcReThwDefault00000000000000000000000001")}}));

    // No region in the profile: the default Huawei region, so the endpoint is a real one.
    const QByteArray noRegion = config(QStringLiteral("n"), {hcloudProfile(QStringLiteral("n"), QStringLiteral("AKSK"),
                                                                          QStringLiteral("HWAK0000000000000002"),
                                                                          QStringLiteral("sEcReThw02"))});
    const QList<ImportedAccount> defaulted = AccountImporter::fromHcloudConfig(noRegion, HcloudLabel, nullptr);
    QCOMPARE(defaulted.size(), 1);
    QCOMPARE(defaulted.first().account.region, QStringLiteral("cn-north-4"));
}

void TestAccountImporter::environment_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("authKinds");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<int>("warningCount"); // from discover(), which reports half pairs

    const QString aliId = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEnv0001");
    const QString aliSecret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=sEcReTenv0001");
    const QString aliToken = QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN=sEcReTenvToken0001");
    const QString hwAk = QStringLiteral("HUAWEICLOUD_SDK_AK=HWENVAK0000000000001");
    const QString hwSk = QStringLiteral("HUAWEICLOUD_SDK_SK=sEcReTenvHw000000000000000000000000000001");
    const QString ali = QStringLiteral("environment: Alibaba Cloud");
    const QString hw = QStringLiteral("environment: Huawei Cloud");
    const QString aksk = QStringLiteral("aksk");

    QTest::newRow("nothing set") << QStringList{} << QStringList{} << QStringList{} << QStringList{} << 0;
    QTest::newRow("unrelated variables") << QStringList{QStringLiteral("HOME=/home/u"), QStringLiteral("AWS_ACCESS_KEY_ID=x")}
                                         << QStringList{} << QStringList{} << QStringList{} << 0;
    QTest::newRow("Alibaba AccessKey") << QStringList{aliId, aliSecret} << QStringList{ali} << QStringList{aksk}
                                       << QStringList{QStringLiteral("cn-hangzhou")} << 0;
    QTest::newRow("Alibaba STS") << QStringList{aliId, aliSecret, aliToken} << QStringList{ali} << QStringList{QStringLiteral("sts")}
                                 << QStringList{QStringLiteral("cn-hangzhou")} << 0;
    QTest::newRow("Alibaba with region") << QStringList{aliId, aliSecret, QStringLiteral("ALIBABA_CLOUD_REGION_ID=ap-southeast-1")}
                                         << QStringList{ali} << QStringList{aksk} << QStringList{QStringLiteral("ap-southeast-1")} << 0;
    QTest::newRow("Alibaba id without secret") << QStringList{aliId} << QStringList{} << QStringList{} << QStringList{} << 1;
    QTest::newRow("Alibaba id and token, no secret") << QStringList{aliId, aliToken} << QStringList{} << QStringList{} << QStringList{} << 1;
    QTest::newRow("Alibaba secret without id") << QStringList{aliSecret} << QStringList{} << QStringList{} << QStringList{} << 1;
    QTest::newRow("Alibaba blank values")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID= "), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=")}
            << QStringList{} << QStringList{} << QStringList{} << 0;
    QTest::newRow("Huawei AK/SK") << QStringList{hwAk, hwSk} << QStringList{hw} << QStringList{aksk}
                                  << QStringList{QStringLiteral("cn-north-4")} << 0;
    QTest::newRow("Huawei with region") << QStringList{hwAk, hwSk, QStringLiteral("HUAWEICLOUD_SDK_REGION=cn-east-3")}
                                        << QStringList{hw} << QStringList{aksk} << QStringList{QStringLiteral("cn-east-3")} << 0;
    QTest::newRow("Huawei AK without SK") << QStringList{hwAk} << QStringList{} << QStringList{} << QStringList{} << 1;
    QTest::newRow("Huawei SK without AK") << QStringList{hwSk} << QStringList{} << QStringList{} << QStringList{} << 1;
    QTest::newRow("Huawei temporary AK/SK")
            << QStringList{hwAk, hwSk, QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN=sEcReTtok")}
            << QStringList{} << QStringList{} << QStringList{} << 1;
    QTest::newRow("both clouds") << QStringList{hwAk, hwSk, aliId, aliSecret} << QStringList{ali, hw}
                                 << QStringList{aksk, aksk} << QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("cn-north-4")} << 0;
    QTest::newRow("half of one, all of the other") << QStringList{hwAk, aliId, aliSecret} << QStringList{ali}
                                                   << QStringList{aksk} << QStringList{QStringLiteral("cn-hangzhou")} << 1;
}

void TestAccountImporter::environment()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, names);
    QFETCH(QStringList, authKinds);
    QFETCH(QStringList, regions);
    QFETCH(int, warningCount);

    const QList<ImportedAccount> accounts = AccountImporter::fromEnvironment(makeEnvironment(env));
    QCOMPARE(displayNames(accounts), names);
    QStringList gotKinds, gotRegions;
    for (const ImportedAccount &a : accounts) {
        gotKinds << Account::authKindKey(a.account.authKind);
        gotRegions << a.account.region;
        QVERIFY(a.account.isValid());
        QVERIFY(!a.secrets.value(Account::Secret::AccessKeySecret).isEmpty());
    }
    QCOMPARE(gotKinds, authKinds);
    QCOMPARE(gotRegions, regions);

    // discover() with an empty home sees the same accounts, and says why a half pair was ignored.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QStringList warnings;
    const QList<ImportedAccount> discovered = AccountImporter::discover(home.path(), makeEnvironment(env), &warnings);
    QCOMPARE(displayNames(discovered), names);
    const QString leaked = leak(discovered, warnings);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QCOMPARE(warnings.size(), warningCount);
}

void TestAccountImporter::environmentAccountFields()
{
    const QList<ImportedAccount> accounts = AccountImporter::fromEnvironment(makeEnvironment(
            {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=STS.EnvKey01"), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=sEcReTenv01"),
             QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN=sEcReTenvTok01"), QStringLiteral("HUAWEICLOUD_SDK_AK=HWENVAK01"),
             QStringLiteral("HUAWEICLOUD_SDK_SK=sEcReTenvHw01"), QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID=0b1c2d3e4f"),
             QStringLiteral("HUAWEICLOUD_SDK_REGION=cn-south-1")}));
    QCOMPARE(accounts.size(), 2);

    const ImportedAccount &ali = accounts.at(0);
    QCOMPARE(ali.account.cloud, Account::Cloud::Alibaba);
    QCOMPARE(ali.account.authKind, Account::AuthKind::Sts);
    QCOMPARE(ali.account.accessKeyId, QStringLiteral("STS.EnvKey01"));
    QCOMPARE(ali.secrets.value(Account::Secret::AccessKeySecret), QStringLiteral("sEcReTenv01"));
    QCOMPARE(ali.secrets.value(Account::Secret::SecurityToken), QStringLiteral("sEcReTenvTok01"));
    QVERIFY(ali.source.contains(QLatin1String("environment")));

    const ImportedAccount &hw = accounts.at(1);
    QCOMPARE(hw.account.cloud, Account::Cloud::Huawei);
    QCOMPARE(hw.account.accessKeyId, QStringLiteral("HWENVAK01"));
    QCOMPARE(hw.account.projectId, QStringLiteral("0b1c2d3e4f"));
    QCOMPARE(hw.account.region, QStringLiteral("cn-south-1"));
    QCOMPARE(hw.secrets, (QHash<Account::Secret, QString>{{Account::Secret::AccessKeySecret, QStringLiteral("sEcReTenvHw01")}}));
    QVERIFY(hw.source.contains(QLatin1String("environment")));
    QVERIFY(leak(accounts, {}).isEmpty());
}

// Broken files never crash the import: what is valid is returned, the rest is a warning that names
// the file (and, for JSON errors, the offset).
void TestAccountImporter::malformed_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("warnings");

    for (const int parser : {Aliyun, Hcloud}) {
        const char *prefix = parser == Aliyun ? "aliyun: " : "hcloud: ";
        const auto row = [prefix](const char *name) -> QTestData & { return QTest::newRow(qPrintable(QLatin1String(prefix) + QLatin1String(name))); };
        const QJsonObject valid = parser == Aliyun
                ? aliyunProfile(QStringLiteral("ok"), QStringLiteral("AK"), QStringLiteral("LTAI5tOk01"), QStringLiteral("sEcReTok01"))
                : hcloudProfile(QStringLiteral("ok"), QStringLiteral("AKSK"), QStringLiteral("HWOKAK01"), QStringLiteral("sEcReTok01"));
        const QByteArray validConfig = config(QStringLiteral("ok"), {valid});

        const QByteArray truncated = validConfig.left(validConfig.size() / 2);
        QJsonParseError error;
        QJsonDocument::fromJson(truncated, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        row("truncated JSON") << parser << truncated << 0
                              << QStringList{QStringLiteral("offset %1").arg(error.offset)};
        row("empty input") << parser << QByteArray() << 0 << QStringList{QStringLiteral("is not valid JSON")};
        row("top level is a list") << parser << QByteArray(R"([{"name": "a"}])") << 0
                                   << QStringList{QStringLiteral("the top level is not a JSON object")};
        row("top level is a number") << parser << QByteArray("42") << 0 << QStringList{QString()};
        row("profiles missing") << parser << QByteArray(R"({"current": "a"})") << 0
                                << QStringList{QStringLiteral("has no \"profiles\" list")};
        row("profiles is null") << parser << QByteArray(R"({"profiles": null})") << 0
                                << QStringList{QStringLiteral("has no \"profiles\" list")};
        row("profiles is an object") << parser << QByteArray(R"({"profiles": {"name": "a", "mode": "AK"}})") << 0
                                     << QStringList{QStringLiteral("\"profiles\" is not a list")};
        row("profiles is a string") << parser << QByteArray(R"({"profiles": "default"})") << 0
                                    << QStringList{QStringLiteral("\"profiles\" is not a list")};

        QJsonObject numbers = valid;
        numbers.insert(QStringLiteral("name"), QStringLiteral("num"));
        numbers.insert(parser == Aliyun ? QStringLiteral("access_key_id") : QStringLiteral("accessKeyId"), 12345);
        numbers.insert(parser == Aliyun ? QStringLiteral("access_key_secret") : QStringLiteral("secretAccessKey"), 67890);
        row("numbers instead of strings") << parser << config(QStringLiteral("num"), {numbers, valid}) << 1
                                          << QStringList{QStringLiteral("profile “num”: %1 should be text")
                                                                 .arg(parser == Aliyun ? QStringLiteral("access_key_id, access_key_secret")
                                                                                       : QStringLiteral("accessKeyId, secretAccessKey"))};
        QJsonObject listMode = valid;
        listMode.insert(QStringLiteral("mode"), QJsonArray{QStringLiteral("AK")});
        listMode.insert(QStringLiteral("name"), QStringLiteral("list"));
        row("list instead of a string") << parser << config(QString(), {listMode}) << 0
                                        << QStringList{QStringLiteral("“list”: mode should be text")};
        QJsonObject numberName = valid;
        numberName.insert(QStringLiteral("name"), 7);
        row("name is a number") << parser << config(QString(), {numberName, valid}) << 1
                                << QStringList{QStringLiteral("profile “#1”: name should be text")};
        QJsonObject nulls = valid;
        nulls.insert(parser == Aliyun ? QStringLiteral("sts_token") : QStringLiteral("securityToken"), QJsonValue::Null);
        nulls.insert(parser == Aliyun ? QStringLiteral("region_id") : QStringLiteral("region"), QJsonValue::Null);
        row("null fields count as absent") << parser << config(QString(), {nulls}) << 1 << QStringList{};
        row("profiles that are not objects") << parser
                                             << config(QString(), {42, QStringLiteral("default"), QJsonValue::Null, valid, QJsonArray{}}) << 1
                                             << QStringList{QStringLiteral("profile #1 is not a JSON object"),
                                                            QStringLiteral("profile #2 is not a JSON object"),
                                                            QStringLiteral("profile #3 is not a JSON object"),
                                                            QStringLiteral("profile #5 is not a JSON object")};
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919 + 13) % 256));
        row("binary garbage") << parser << binary << 0 << QStringList{QStringLiteral("is not valid JSON")};
        row("invalid UTF-8 in a string") << parser << QByteArray("{\"profiles\": [{\"name\": \"\xff\xfe\"}]}") << 0
                                         << QStringList{QStringLiteral("is not valid JSON")};
        row("nested too deeply") << parser << (QByteArray("{\"profiles\": ") + QByteArray(100000, '[')) << 0
                                 << QStringList{QStringLiteral("is not valid JSON")};
        row("huge input") << parser << (QByteArray(2 * 1024 * 1024, ' ') + validConfig) << 0
                          << QStringList{QStringLiteral("too large")};
        row("UTF-8 byte order mark") << parser << (QByteArray("\xEF\xBB\xBF") + validConfig) << 1 << QStringList{};
        row("trailing garbage") << parser << (validConfig + "}}") << 0 << QStringList{QStringLiteral("is not valid JSON")};
    }
}

void TestAccountImporter::malformed()
{
    QFETCH(int, parser);
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QStringList, warnings);

    QStringList got;
    const QList<ImportedAccount> accounts = parse(parser, json, &got);
    QCOMPARE(accounts.size(), count);
    for (const ImportedAccount &a : accounts)
        QCOMPARE(a.account.displayName, parser == Aliyun ? QStringLiteral("aliyun: ok") : QStringLiteral("hcloud: ok"));
    const QString mismatch = warningMismatch(got, warnings);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QString label = parser == Aliyun ? AliyunLabel : HcloudLabel;
    for (const QString &w : std::as_const(got))
        QVERIFY2(w.startsWith(label), qPrintable(w));
    const QString leaked = leak(accounts, got);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));

    // A null warnings list is allowed.
    QCOMPARE(parse(parser, json, nullptr).size(), count);
}

// Profiles whose names or modes hold their own secrets (a user's slip): the secret is masked in
// everything shown, and still imported intact where it belongs.
void TestAccountImporter::secretsNeverShown_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("importedSecret"); // empty: the profile is skipped

    const QString s = QStringLiteral("sEcReTslip000001");
    QTest::newRow("aliyun: skipped profile named after its secret")
            << int(Aliyun) << config(s, {aliyunProfile(s, QStringLiteral("RamRoleArn"), QStringLiteral("LTAI5tSlip"), s)}) << QString();
    QTest::newRow("aliyun: RAM role profile named after its secret")
            << int(Aliyun) << config(s, {aliyunRoleProfile(s, {{QStringLiteral("access_key_secret"), s}})}) << s;
    QTest::newRow("aliyun: mode holding the secret")
            << int(Aliyun) << config(QString(), {aliyunProfile(QStringLiteral("m"), s, QStringLiteral("LTAI5tSlip"), s)}) << QString();
    QTest::newRow("aliyun: imported profile named after its secret")
            << int(Aliyun) << config(s, {aliyunProfile(s, QStringLiteral("AK"), QStringLiteral("LTAI5tSlip"), s)}) << s;
    QTest::newRow("aliyun: profile named after its STS token")
            << int(Aliyun) << config(QString(), {aliyunProfile(QStringLiteral("tok-") + s, QStringLiteral("StsToken"),
                                                               QStringLiteral("STS.Slip"), QStringLiteral("sEcReTother01"), s)})
            << QStringLiteral("sEcReTother01");
    QTest::newRow("aliyun: empty-key profile named after its private key")
            << int(Aliyun)
            << config(QString(), {QJsonObject{{QStringLiteral("name"), s}, {QStringLiteral("mode"), QStringLiteral("AK")},
                                              {QStringLiteral("private_key"), s}}})
            << QString();
    const QString longSecret = QStringLiteral("sEcReT") + QString(60, QLatin1Char('x')); // longer than a quoted name
    QTest::newRow("aliyun: skipped profile named after a long secret")
            << int(Aliyun) << config(QString(), {aliyunProfile(longSecret, QStringLiteral("EcsRamRole"), QString(), longSecret)})
            << QString();
    QTest::newRow("aliyun: long secret as the mode")
            << int(Aliyun) << config(QString(), {aliyunProfile(QStringLiteral("m"), longSecret, QStringLiteral("LTAI5tSlip"), longSecret)})
            << QString();
    QTest::newRow("hcloud: imported profile named after its SK")
            << int(Hcloud) << config(s, {hcloudProfile(s, QStringLiteral("AKSK"), QStringLiteral("HWSLIPAK01"), s)}) << s;
    QTest::newRow("hcloud: temporary profile named after its token")
            << int(Hcloud) << config(QString(), {hcloudProfile(s, QStringLiteral("AKSK"), QStringLiteral("HWSLIPAK01"),
                                                               QStringLiteral("sEcReTother01"), s)})
            << QString();
    QTest::newRow("hcloud: token-mode profile named after its xAuthToken")
            << int(Hcloud)
            << config(QString(), {QJsonObject{{QStringLiteral("name"), s}, {QStringLiteral("mode"), QStringLiteral("token")},
                                              {QStringLiteral("xAuthToken"), s}}})
            << QString();
    QTest::newRow("hcloud: custom password parameter as a name")
            << int(Hcloud)
            << config(QString(), {QJsonObject{{QStringLiteral("name"), s}, {QStringLiteral("mode"), QStringLiteral("SSO")},
                                              {QStringLiteral("custom"), QJsonObject{{QStringLiteral("password"),
                                                                                      QJsonObject{{QStringLiteral("value"), s}}}}}}})
            << QString();
}

void TestAccountImporter::secretsNeverShown()
{
    QFETCH(int, parser);
    QFETCH(QByteArray, json);
    QFETCH(QString, importedSecret);

    QStringList warnings;
    QList<SkippedProfile> skipped;
    const QList<ImportedAccount> accounts = parse(parser, json, &warnings, &skipped);
    const QString leaked = leak(accounts, warnings, skipped);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    if (importedSecret.isEmpty()) {
        QVERIFY(accounts.isEmpty());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().source.contains(QLatin1String("***")) || skipped.first().mode.contains(QLatin1String("***")),
                 qPrintable(skipped.first().source));
        QVERIFY2(warnings.first().contains(QLatin1String("***")), qPrintable(warnings.first()));
    } else {
        QCOMPARE(accounts.size(), 1);
        QVERIFY(warnings.isEmpty());
        QVERIFY(accounts.first().account.displayName.contains(QLatin1String("***")));
        QCOMPARE(accounts.first().secrets.value(Account::Secret::AccessKeySecret), importedSecret);
    }
}

void TestAccountImporter::idsAreFreshAndValid()
{
    QList<ImportedAccount> all = AccountImporter::fromAliyunConfig(AliyunSample, AliyunLabel, nullptr);
    all += AccountImporter::fromHcloudConfig(HcloudSample, HcloudLabel, nullptr);
    // The same file twice: new ids each time, so importing again never overwrites a keychain entry.
    all += AccountImporter::fromAliyunConfig(AliyunSample, AliyunLabel, nullptr);
    QCOMPARE(all.size(), 8);
    QSet<QString> ids;
    for (const ImportedAccount &a : std::as_const(all)) {
        QVERIFY(a.account.isValid());
        QVERIFY(!a.account.id.isEmpty());
        ids.insert(a.account.id);
    }
    QCOMPARE(ids.size(), all.size());
}

void TestAccountImporter::discoverFindsFilesAndEnvironment()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), AliyunSample));
    QVERIFY(writeFile(home.filePath(QStringLiteral(".hcloud/config.json")), HcloudSample));
    const QProcessEnvironment env = makeEnvironment(
            {QStringLiteral("HUAWEICLOUD_SDK_AK=HWENVAK0000000000009"), QStringLiteral("HUAWEICLOUD_SDK_SK=sEcReTenvHw09"),
             QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tOnlyTheId")});

    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::discover(home.path(), env, &warnings);
    QCOMPARE(displayNames(accounts),
             (QStringList{QStringLiteral("aliyun: default"), QStringLiteral("aliyun: temp"), QStringLiteral("aliyun: role"),
                          QStringLiteral("hcloud: test"), QStringLiteral("hcloud: default"), QStringLiteral("environment: Huawei Cloud")}));
    QCOMPARE(accounts.at(0).source, QStringLiteral("~/.aliyun/config.json (profile default)"));
    QCOMPARE(accounts.at(3).source, QStringLiteral("~/.hcloud/config.json (profile test)"));
    QCOMPARE(accounts.at(0).secrets.value(Account::Secret::AccessKeySecret), QStringLiteral("sEcReTaliDefault0001"));
    QCOMPARE(accounts.at(5).secrets.value(Account::Secret::AccessKeySecret), QStringLiteral("sEcReTenvHw09"));

    const QString mismatch = warningMismatch(warnings, {QStringLiteral("~/.aliyun/config.json: profile “ecs” uses mode “EcsRamRole”"),
                                                        QStringLiteral("~/.hcloud/config.json: profile “onEcs” uses mode “ecsAgency”"),
                                                        QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET are both needed")});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QString leaked = leak(accounts, warnings);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY(!warnings.join(QLatin1Char('\n')).contains(home.path())); // labels use "~", not the path
}

void TestAccountImporter::discoverWithNothingThere()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QStringList warnings;
    QVERIFY(AccountImporter::discover(home.path(), QProcessEnvironment(), &warnings).isEmpty());
    QVERIFY(warnings.isEmpty());
    // A home that does not exist at all is just as empty.
    QVERIFY(AccountImporter::discover(home.filePath(QStringLiteral("nobody")), QProcessEnvironment(), &warnings).isEmpty());
    QVERIFY(warnings.isEmpty());
}

void TestAccountImporter::discoverDropsDuplicates()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // The same key twice in the file and once more in the environment: one account, from the file.
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aliyun/config.json")),
                      config(QStringLiteral("main"),
                             {aliyunProfile(QStringLiteral("main"), QStringLiteral("AK"), QStringLiteral("LTAI5tSame01"),
                                            QStringLiteral("sEcReTsame01"), QString(), QStringLiteral("cn-hangzhou")),
                              aliyunProfile(QStringLiteral("copy"), QStringLiteral("AK"), QStringLiteral("LTAI5tSame01"),
                                            QStringLiteral("sEcReTsame01"), QString(), QStringLiteral("cn-shanghai")),
                              aliyunProfile(QStringLiteral("other"), QStringLiteral("AK"), QStringLiteral("LTAI5tSame01"),
                                            QStringLiteral("sEcReTrotated02"))})));
    const QProcessEnvironment env = makeEnvironment(
            {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tSame01"), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=sEcReTsame01")});

    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::discover(home.path(), env, &warnings);
    // "copy" maps to the same ESA region, so it is the same account; "other" has another secret.
    QCOMPARE(displayNames(accounts), (QStringList{QStringLiteral("aliyun: main"), QStringLiteral("aliyun: other")}));
    QCOMPARE(accounts.first().source, QStringLiteral("~/.aliyun/config.json (profile main)"));
    QVERIFY(warnings.isEmpty());
}

void TestAccountImporter::discoverUnreadableFiles()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // A directory where the file should be.
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aliyun/config.json")));
    // A file far too large to be a CLI config.
    QVERIFY(writeFile(home.filePath(QStringLiteral(".hcloud/config.json")), QByteArray(3 * 1024 * 1024, '{')));

    QStringList warnings;
    QVERIFY(AccountImporter::discover(home.path(), QProcessEnvironment(), &warnings).isEmpty());
    const QString mismatch = warningMismatch(warnings, {QStringLiteral("~/.aliyun/config.json is not a regular file"),
                                                        QStringLiteral("~/.hcloud/config.json is larger than")});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestAccountImporter::discoverFileWithoutReadPermission()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString locked = home.filePath(QStringLiteral(".hcloud/config.json"));
    QVERIFY(writeFile(locked, HcloudSample));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    QFile probe(locked);
    QStringList warnings;
    if (probe.open(QIODevice::ReadOnly)) {
        // This user may read any file (root, as in CI): then the file is simply imported.
        QVERIFY(!AccountImporter::discover(home.path(), QProcessEnvironment(), &warnings).isEmpty());
        return;
    }
    QVERIFY(AccountImporter::discover(home.path(), QProcessEnvironment(), &warnings).isEmpty());
    const QString mismatch = warningMismatch(warnings, {QStringLiteral("~/.hcloud/config.json could not be read")});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestAccountImporter::discoverMalformedFileKeepsTheOthers()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray truncated = AliyunSample.left(200);
    QJsonParseError error;
    QJsonDocument::fromJson(truncated, &error);
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), truncated));
    QVERIFY(writeFile(home.filePath(QStringLiteral(".hcloud/config.json")), HcloudSample));

    QStringList warnings;
    const QList<ImportedAccount> accounts = AccountImporter::discover(
            home.path(), makeEnvironment({QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEnv02"),
                                      QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=sEcReTenv02")}),
            &warnings);
    QCOMPARE(displayNames(accounts), (QStringList{QStringLiteral("hcloud: test"), QStringLiteral("hcloud: default"),
                                                  QStringLiteral("environment: Alibaba Cloud")}));
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.first().contains(QStringLiteral("~/.aliyun/config.json is not valid JSON")));
    QVERIFY(warnings.first().contains(QStringLiteral("at offset %1").arg(error.offset)));
    QVERIFY(warnings.at(1).contains(QStringLiteral("“onEcs”")));
    const QString leaked = leak(accounts, warnings);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

QTEST_GUILESS_MAIN(TestAccountImporter)
#include "tst_accountimporter.moc"
