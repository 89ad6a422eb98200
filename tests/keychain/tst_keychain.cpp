// A secret round-trips through the real OS keychain (a Secret Service on D-Bus) via QtKeychain,
// and a RAM role account keeps only its AccessKey secret there, never what STS issued for it.
// scripts/test provides one: a private D-Bus session with gnome-keyring unlocked.
#include "tests/support/Await.h"
#include "app/accounts/AccountConnections.h"
#include "app/accounts/SecretStore.h"
#include "app/emulator/CloudEmulator.h"
#include "app/net/HttpTransport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void ramRoleCredentialsStayOutOfTheKeychain();
};

void TestKeychain::roundTrip()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test through scripts/test, which starts one with an unlocked gnome-keyring");
    SecretStore store(QStringLiteral("CloudCodesTest"));
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    const QString id = Account::newId();
    const QString value = QStringLiteral("keychain-secret-%1-秘密").arg(id);

    bool written = false, writeOk = false;
    QString writeError;
    store.write(id, Account::Secret::AccessKeySecret, value, [&](bool ok, const QString &error) {
        written = true;
        writeOk = ok;
        writeError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    QVERIFY2(writeOk, qPrintable(writeError));
    QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable.isEmpty() ? QString() : unavailable.first().first().toString()));
    QVERIFY(!store.isMemoryOnly());

    // A second store (as after a restart) reads it back from the keychain, not from memory.
    SecretStore fresh(QStringLiteral("CloudCodesTest"));
    std::optional<QString> got;
    bool read = false;
    fresh.read(id, Account::Secret::AccessKeySecret, [&](std::optional<QString> v, const QString &) {
        got = v;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
    QCOMPARE(got.value_or(QString()), value);

    bool removed = false;
    fresh.remove(id, Account::Secret::AccessKeySecret, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    read = false;
    fresh.read(id, Account::Secret::AccessKeySecret, [&](std::optional<QString> v, const QString &) {
        got = v;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
    QVERIFY(!got);
}

void TestKeychain::ramRoleCredentialsStayOutOfTheKeychain()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    CloudEmulator emulator;
    QVERIFY(emulator.listenOnLoopback(0));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
    SecretStore secrets(QStringLiteral("CloudCodesTest"));
    AccountStore store(settings, secrets);
    HttpTransport transport;
    AccountConnections connections(store, transport);

    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("Keychain role");
    a.cloud = Account::Cloud::Alibaba;
    a.authKind = Account::AuthKind::RamRole;
    a.endpoint = QUrl(emulator.baseUrl());
    a.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    a.ramRole.arn = DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName));
    bool written = false;
    store.save(a, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}},
               [&written](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    QVERIFY(!secrets.isMemoryOnly());

    std::shared_ptr<EsaClient> client;
    connections.esaClient(a.id, [&client](std::shared_ptr<EsaClient> c, std::optional<ApiError>) { client = c; });
    QTRY_VERIFY_WITH_TIMEOUT(client, 20000);
    QVERIFY(awaitResult(client->listUserRoutines(1, 1)).ok());
    const QList<AcsAccessKey> issued = emulator.issuedStsCredentials();
    QCOMPARE(issued.size(), 1);

    // What the keychain holds for the account, read afresh (as after a restart).
    SecretStore fresh(QStringLiteral("CloudCodesTest"));
    for (Account::Secret s : {Account::Secret::AccessKeySecret, Account::Secret::SecurityToken, Account::Secret::Password, Account::Secret::Token}) {
        std::optional<QString> got;
        bool read = false;
        fresh.read(a.id, s, [&](std::optional<QString> v, const QString &) {
            got = v;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
        if (s == Account::Secret::AccessKeySecret)
            QCOMPARE(got.value_or(QString()), QLatin1String(DemoData::AlibabaAccessKeySecret));
        else
            QVERIFY2(!got, qPrintable(Account::secretKey(s)));
        for (const AcsAccessKey &key : issued)
            QVERIFY(!got || (*got != key.secret && *got != key.securityToken && *got != key.accessKeyId));
    }
    store.remove(a.id);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
