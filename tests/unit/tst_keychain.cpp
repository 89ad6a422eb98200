// A secret round-trips through the real OS keychain (a Secret Service on D-Bus) via QtKeychain.
// scripts/test provides one: a private D-Bus session with gnome-keyring unlocked.
#include "accounts/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
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

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
