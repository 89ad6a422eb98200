// Accounts persist their non-secret fields in QSettings and nothing secret ever reaches the
// settings file; secrets round-trip through the store (memory here; the real keychain in
// tst_keychain); session (demo) accounts are never written.
#include "app/accounts/AccountStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithoutSecretsOnDisk();
    void removeForgetsEverything();
    void sessionAccountsAreNotSaved();
    void authKindChangeDropsStaleSecrets();
    void damagedEntriesAreSkipped();
    void ramRoleRoundTrip();
    void iamEndpointRoundTrip();

private:
    static Account sample(Account::Cloud cloud, Account::AuthKind kind)
    {
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("Sample");
        a.cloud = cloud;
        a.authKind = kind;
        a.region = QStringLiteral("cn-north-4");
        a.accessKeyId = QStringLiteral("LTAI5tSampleKeyId0001");
        a.domainName = QStringLiteral("acme");
        a.userName = QStringLiteral("dev");
        a.endpoint = QUrl(QStringLiteral("https://example.invalid"));
        return a;
    }
};

void TestAccountStore::roundTripWithoutSecretsOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cloudcodes.conf"));
    const QStringList secretValues = {QStringLiteral("AkSecret-0123456789-xyz"), QStringLiteral("StsToken-abcdefghijkl"),
                                      QStringLiteral("Pa55word!-unique"), QStringLiteral("MIIToken-9876543210")};
    Account sts = sample(Account::Cloud::Alibaba, Account::AuthKind::Sts);
    Account iam = sample(Account::Cloud::Huawei, Account::AuthKind::IamPassword);
    Account token = sample(Account::Cloud::Huawei, Account::AuthKind::IamToken);
    {
        QSettings settings(path, QSettings::IniFormat);
        SecretStore secrets;
        secrets.setMemoryOnly(true);
        AccountStore store(settings, secrets);
        QSignalSpy added(&store, &AccountStore::accountAdded);
        bool allWritten = true;
        auto done = [&allWritten](bool ok, const QString &) { allWritten &= ok; };
        store.save(sts, {{Account::Secret::AccessKeySecret, secretValues[0]}, {Account::Secret::SecurityToken, secretValues[1]}}, done);
        store.save(iam, {{Account::Secret::Password, secretValues[2]}}, done);
        store.save(token, {{Account::Secret::Token, secretValues[3]}}, done);
        QVERIFY(allWritten);
        QCOMPARE(added.count(), 3);
        // Secrets come back from the secret store.
        bool read = false;
        store.readSecrets(sts, [&](QHash<Account::Secret, QString> values, const QString &error) {
            QVERIFY(error.isEmpty());
            QCOMPARE(values.value(Account::Secret::AccessKeySecret), secretValues[0]);
            QCOMPARE(values.value(Account::Secret::SecurityToken), secretValues[1]);
            read = true;
        });
        QVERIFY(read);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(onDisk.contains("LTAI5tSampleKeyId0001")); // the non-secret id is there...
    for (const QString &secret : secretValues)
        QVERIFY2(!onDisk.contains(secret.toUtf8()), qPrintable(QStringLiteral("secret on disk: ") + secret.left(6)));

    QSettings settings(path, QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore reloaded(settings, secrets);
    QCOMPARE(reloaded.accounts().size(), 3);
    const Account back = *reloaded.account(sts.id);
    QCOMPARE(back.displayName, sts.displayName);
    QCOMPARE(back.cloud, sts.cloud);
    QCOMPARE(back.authKind, Account::AuthKind::Sts);
    QCOMPARE(back.accessKeyId, sts.accessKeyId);
    QCOMPARE(back.endpoint, sts.endpoint);
    QCOMPARE(reloaded.account(iam.id)->userName, QStringLiteral("dev"));
    QCOMPARE(reloaded.accounts().at(2).id, token.id); // order kept
}

void TestAccountStore::removeForgetsEverything()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore store(settings, secrets);
    const Account a = sample(Account::Cloud::Alibaba, Account::AuthKind::AccessKey);
    store.save(a, {{Account::Secret::AccessKeySecret, QStringLiteral("s3cret")}});
    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    store.remove(a.id);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!store.account(a.id));
    bool checked = false;
    secrets.read(a.id, Account::Secret::AccessKeySecret, [&](std::optional<QString> v, const QString &) {
        QVERIFY(!v);
        checked = true;
    });
    QVERIFY(checked);
    settings.sync();
    QVERIFY(!settings.childGroups().contains(QStringLiteral("accounts")) || settings.value(QStringLiteral("accounts/order")).toStringList().isEmpty());
}

void TestAccountStore::sessionAccountsAreNotSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        SecretStore secrets; // not memory-only: session secrets must still never reach a keychain
        AccountStore store(settings, secrets);
        Account demo = sample(Account::Cloud::Alibaba, Account::AuthKind::AccessKey);
        store.addSessionAccount(demo, {{Account::Secret::AccessKeySecret, QStringLiteral("DemoSecretValue")}});
        QVERIFY(store.account(demo.id)->demo);
        bool read = false;
        secrets.read(demo.id, Account::Secret::AccessKeySecret, [&](std::optional<QString> v, const QString &) {
            QCOMPARE(v.value_or(QString()), QStringLiteral("DemoSecretValue"));
            read = true;
        });
        QVERIFY(read); // answered at once, from the session store
        Account saved = sample(Account::Cloud::Huawei, Account::AuthKind::AccessKey);
        secrets.setMemoryOnly(true);
        store.save(saved, {});
    }
    QSettings settings(path, QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore reloaded(settings, secrets);
    QCOMPARE(reloaded.accounts().size(), 1);
    QCOMPARE(reloaded.accounts().at(0).cloud, Account::Cloud::Huawei);
}

void TestAccountStore::authKindChangeDropsStaleSecrets()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore store(settings, secrets);
    Account a = sample(Account::Cloud::Alibaba, Account::AuthKind::Sts);
    store.save(a, {{Account::Secret::AccessKeySecret, QStringLiteral("x")}, {Account::Secret::SecurityToken, QStringLiteral("tok")}});
    a.authKind = Account::AuthKind::AccessKey;
    store.save(a, {{Account::Secret::AccessKeySecret, QStringLiteral("y")}});
    bool checked = false;
    secrets.read(a.id, Account::Secret::SecurityToken, [&](std::optional<QString> v, const QString &) {
        QVERIFY(!v);
        checked = true;
    });
    QVERIFY(checked);
}

void TestAccountStore::damagedEntriesAreSkipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.conf"));
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("accounts/order"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
        s.setValue(QStringLiteral("accounts/a/name"), QStringLiteral("Fine"));
        s.setValue(QStringLiteral("accounts/a/cloud"), QStringLiteral("alibaba"));
        s.setValue(QStringLiteral("accounts/a/auth"), QStringLiteral("aksk"));
        s.setValue(QStringLiteral("accounts/b/name"), QStringLiteral("From the future"));
        s.setValue(QStringLiteral("accounts/b/cloud"), QStringLiteral("tencent"));
    }
    QSettings settings(path, QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore store(settings, secrets);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().at(0).displayName, QStringLiteral("Fine"));
}

// A RAM role account keeps its role (all of it non-secret) in the settings file, its AccessKey
// secret in the secret store only; turning it into another kind removes the role fields.
void TestAccountStore::ramRoleRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.conf"));
    const QString secret = QStringLiteral("RoleSourceSecret-0123456789");
    Account a = sample(Account::Cloud::Alibaba, Account::AuthKind::RamRole);
    a.ramRole.arn = QStringLiteral("acs:ram::1234567890123456:role/deployer");
    a.ramRole.sessionName = QStringLiteral("cloudcodes-alice");
    a.ramRole.durationSeconds = 1800;
    a.ramRole.externalId = QStringLiteral("partner-42");
    a.ramRole.policy = QStringLiteral("{\"Version\": \"1\",\n \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"esa:Get*\", \"Resource\": \"*\"}]}");
    a.stsEndpoint = QUrl(QStringLiteral("https://sts.cn-shanghai.aliyuncs.com"));
    {
        QSettings settings(path, QSettings::IniFormat);
        SecretStore secrets;
        secrets.setMemoryOnly(true);
        AccountStore store(settings, secrets);
        store.save(a, {{Account::Secret::AccessKeySecret, secret}});
        QCOMPARE(a.secretsNeeded(), QList<Account::Secret>{Account::Secret::AccessKeySecret});
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    file.close();
    QVERIFY(onDisk.contains("ram-role"));
    QVERIFY(onDisk.contains("role/deployer"));
    QVERIFY(!onDisk.contains(secret.toUtf8()));

    QSettings settings(path, QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    AccountStore reloaded(settings, secrets);
    const Account back = *reloaded.account(a.id);
    QCOMPARE(back.authKind, Account::AuthKind::RamRole);
    QCOMPARE(back.accessKeyId, a.accessKeyId);
    QCOMPARE(back.ramRole.arn, a.ramRole.arn);
    QCOMPARE(back.ramRole.sessionName, a.ramRole.sessionName);
    QCOMPARE(back.ramRole.durationSeconds, 1800);
    QCOMPARE(back.ramRole.externalId, a.ramRole.externalId);
    QCOMPARE(back.ramRole.policy, a.ramRole.policy);
    QCOMPARE(back.stsEndpoint, a.stsEndpoint);

    Account plain = back;
    plain.authKind = Account::AuthKind::AccessKey;
    reloaded.save(plain, {{Account::Secret::AccessKeySecret, secret}});
    QVERIFY(!settings.contains(QStringLiteral("accounts/%1/roleArn").arg(a.id)));
    QVERIFY(!settings.contains(QStringLiteral("accounts/%1/stsEndpoint").arg(a.id)));
    QVERIFY(settings.contains(QStringLiteral("accounts/%1/accessKeyId").arg(a.id)));
}

// A Huawei account's IAM endpoint is kept; an empty one, or another cloud's account, writes none.
void TestAccountStore::iamEndpointRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    Account a = sample(Account::Cloud::Huawei, Account::AuthKind::AccessKey);
    a.endpoint = QUrl(QStringLiteral("https://apig.example.test"));
    a.iamEndpoint = QUrl(QStringLiteral("https://iam.example.test:8443"));
    const QString key = QStringLiteral("accounts/%1/iamEndpoint").arg(a.id);
    {
        AccountStore store(settings, secrets);
        store.save(a, {{Account::Secret::AccessKeySecret, QStringLiteral("sk")}});
    }
    QCOMPARE(settings.value(key).toString(), QStringLiteral("https://iam.example.test:8443"));
    AccountStore reloaded(settings, secrets);
    QCOMPARE(reloaded.account(a.id)->iamEndpoint, a.iamEndpoint);
    QCOMPARE(reloaded.account(a.id)->effectiveIamEndpoint(), a.iamEndpoint);

    a.iamEndpoint = QUrl();
    reloaded.save(a, {});
    QVERIFY(!settings.contains(key));
    a.iamEndpoint = QUrl(QStringLiteral("https://iam.example.test"));
    a.cloud = Account::Cloud::Alibaba;
    reloaded.save(a, {});
    QVERIFY(!settings.contains(key));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
