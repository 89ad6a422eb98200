// cloudcodes --account NAME --export-history without a display, for an account saved as the
// window saves one: its fields in the settings, its secret in the OS keychain (a Secret Service on
// D-Bus; scripts/test provides one, with an unlocked gnome-keyring). The account points at an
// emulator this test runs; the export reads the secret from the keychain and writes the history.
#include "tests/support/CloudCodesProcess.h"
#include "tests/support/GitRun.h"
#include "app/accounts/AccountStore.h"
#include "app/emulator/demo/DemoData.h"
#include "app/emulator/EmulatorThread.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLineKeychain : public QObject
{
    Q_OBJECT

private slots:
    void savedAccountFromTheKeychain();
};

void TestCommandLineKeychain::savedAccountFromTheKeychain()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test through scripts/test, which starts one with an unlocked gnome-keyring");
    EmulatorThread emulator;
    QVERIFY(emulator.startAndListen());
    QTemporaryDir home;
    const QProcessEnvironment env = CloudCodesProcess::headless(home.path(), true);

    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("Keychain Account %1").arg(a.id.left(6));
    a.cloud = Account::Cloud::Alibaba;
    a.region = QStringLiteral("cn-hangzhou");
    a.endpoint = QUrl(emulator.baseUrl());
    a.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    // The settings file the application reads (XDG_CONFIG_HOME/CloudCodes/CloudCodes.conf), the
    // keychain it reads (service "CloudCodes").
    QSettings settings(home.filePath(QStringLiteral("config/CloudCodes/CloudCodes.conf")), QSettings::IniFormat);
    SecretStore secrets;
    QSignalSpy unavailable(&secrets, &SecretStore::keychainUnavailable);
    AccountStore store(settings, secrets);
    bool saved = false, savedOk = false;
    QString saveError;
    store.save(a, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}}, [&](bool ok, const QString &error) {
        saved = true;
        savedOk = ok;
        saveError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
    QVERIFY2(savedOk && unavailable.isEmpty(), qPrintable(saveError));
    settings.sync();

    const QString folder = home.filePath(QStringLiteral("history"));
    const CloudCodesProcess r = CloudCodesProcess::run({QStringLiteral("--account"), a.displayName, QStringLiteral("--export-history"),
                                                        QStringLiteral("edge-gateway"), folder},
                                                       env);
    bool removed = false;
    secrets.remove(a.id, Account::Secret::AccessKeySecret, [&](bool, const QString &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);

    QVERIFY2(r.exitCode == 0 && r.failure.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(r.out, QStringLiteral("edge-gateway of “%1” → %2: 40 commits added, tags moved: production-canary-10, production-stable-90, "
                                   "staging\n").arg(a.displayName, folder));
    QCOMPARE(GitRun::in(folder, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).output, QByteArrayLiteral("40\n"));
    QCOMPARE(GitRun::in(folder, {QStringLiteral("config"), QStringLiteral("cloudcodes.account")}).output.trimmed(), a.id.toUtf8());
}

QTEST_GUILESS_MAIN(TestCommandLineKeychain)
#include "tst_commandline_keychain.moc"
