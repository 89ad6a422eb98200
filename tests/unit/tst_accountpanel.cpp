// The account panel in a real (offscreen) window against the emulator: the three areas are
// there, an account is added through the dialog and tested (success, then SignatureDoesNotMatch
// with a wrong secret), validation keeps OK disabled, and the demo accounts test green.
#include "AccountDialog.h"
#include "AccountImportDialog.h"
#include "AccountPanel.h"
#include "AppFixture.h"
#include "MainWindow.h"
#include "SecretLineEdit.h"
#include "accounts/AccountConnections.h"
#include "code/CodeVersionRepository.h"
#include "emulator/CloudEmulator.h"
#include "emulator/DemoAccounts.h"
#include "net/HttpTransport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

class TestAccountPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threeAreas();
    void addAlibabaAccountAndTest();
    void validationAsYouType();
    void huaweiPasswordAccount();
    void demoAccountsTestGreen();
    void secretsAreMasked();
    void importDialogSavesTicked();

private:
    AccountDialog *openAddDialog(Account::Cloud cloud)
    {
        m_app.window->accountPanel()->addAccount(cloud);
        return m_app.window->findChild<AccountDialog *>(); // created synchronously, shown window-modal

    }
    template <typename W> static W *field(QWidget *dialog, const char *name) { return dialog->findChild<W *>(QLatin1String(name)); }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    AppFixture m_app;
};

void TestAccountPanel::init()
{
    QVERIFY(m_app.start(false, true));
}

void TestAccountPanel::cleanup()
{
    m_app.stop();
}

void TestAccountPanel::threeAreas()
{
    auto *dock = m_app.window->findChild<QDockWidget *>(QStringLiteral("AccountsDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Accounts"));
    auto *tabs = m_app.window->findChild<QTabWidget *>(QStringLiteral("MainTabs"));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Edge Routines"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("AppCodes"));
    m_app.window->setDemoEndpoint(QStringLiteral("http://127.0.0.1:1234"));
    QVERIFY(m_app.window->findChild<QLabel *>(QStringLiteral("demoEndpoint"))->text().contains(QStringLiteral("127.0.0.1:1234")));
}

void TestAccountPanel::addAlibabaAccountAndTest()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Alibaba);
    QVERIFY(d);
    type(field<QLineEdit>(d, "name"), QStringLiteral("Hangzhou via emulator"));
    type(field<QLineEdit>(d, "endpoint"), m_app.emulator->baseUrl());
    type(field<QLineEdit>(d, "accessKeyId"), QLatin1String(DemoData::AlibabaAccessKeyId));
    type(field<QLineEdit>(d, "secret"), QStringLiteral("wrong-secret"));
    auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(d->problems().join(QLatin1Char('\n'))));

    // A wrong secret: the vendor's code is shown.
    QTest::mouseClick(field<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->testResultText().contains(QStringLiteral("SignatureDoesNotMatch")), 20000);
    QVERIFY(field<QPushButton>(d, "copyDetails")->isVisible());

    // The right one: success.
    type(field<QLineEdit>(d, "secret"), QLatin1String(DemoData::AlibabaAccessKeySecret));
    QTest::mouseClick(field<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->testResultText().contains(QStringLiteral("Connected")), 20000);
    QVERIFY(d->testResultText().contains(QStringLiteral("12")));

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(m_app.store->accounts().size(), 1);
    const Account saved = m_app.store->accounts().first();
    QCOMPARE(saved.displayName, QStringLiteral("Hangzhou via emulator"));
    QCOMPARE(saved.accessKeyId, QLatin1String(DemoData::AlibabaAccessKeyId));
    QCOMPARE(m_app.window->accountPanel()->selectedAccountId(), saved.id);
    bool read = false;
    m_app.secrets->read(saved.id, Account::Secret::AccessKeySecret, [&](std::optional<QString> v, const QString &) {
        QCOMPARE(v.value_or(QString()), QLatin1String(DemoData::AlibabaAccessKeySecret));
        read = true;
    });
    QVERIFY(read);
    m_app.settings->sync();
    QFile file(m_app.settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(DemoData::AlibabaAccessKeySecret));
}

void TestAccountPanel::validationAsYouType()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Alibaba);
    auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // empty form
    type(field<QLineEdit>(d, "name"), QStringLiteral("x"));
    type(field<QLineEdit>(d, "accessKeyId"), QStringLiteral("not-a-key"));
    type(field<QLineEdit>(d, "secret"), QStringLiteral("s"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(d->problems().join(QLatin1Char(' ')).contains(QStringLiteral("LTAI")));
    QVERIFY(field<QLabel>(d, "problems")->isVisible());
    type(field<QLineEdit>(d, "accessKeyId"), QStringLiteral("LTAI5tAbcdefghijklmn"));
    QVERIFY(ok->isEnabled());
    type(field<QLineEdit>(d, "endpoint"), QStringLiteral("http://esa.example.com"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(d->problems().join(QLatin1Char(' ')).contains(QStringLiteral("HTTPS")));
    type(field<QLineEdit>(d, "endpoint"), QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(ok->isEnabled());
    // STS needs its token and an STS key id.
    auto *kind = field<QComboBox>(d, "authKind");
    kind->setCurrentIndex(kind->findData(int(Account::AuthKind::Sts)));
    QVERIFY(field<QLineEdit>(d, "securityToken")->isVisibleTo(d));
    QVERIFY(!ok->isEnabled());
    d->reject();
}

void TestAccountPanel::huaweiPasswordAccount()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Huawei);
    auto *kind = field<QComboBox>(d, "authKind");
    kind->setCurrentIndex(kind->findData(int(Account::AuthKind::IamPassword)));
    QVERIFY(field<QLineEdit>(d, "password")->isVisibleTo(d));
    QVERIFY(!field<QLineEdit>(d, "secret")->isVisibleTo(d));
    type(field<QLineEdit>(d, "name"), QStringLiteral("Gateway team"));
    type(field<QLineEdit>(d, "endpoint"), m_app.emulator->baseUrl());
    type(field<QLineEdit>(d, "domain"), QLatin1String(DemoData::HuaweiDomain));
    type(field<QLineEdit>(d, "user"), QLatin1String(DemoData::HuaweiUser));
    type(field<QLineEdit>(d, "password"), QLatin1String(DemoData::HuaweiPassword));
    QVERIFY2(d->problems().isEmpty(), qPrintable(d->problems().join(QLatin1Char('\n'))));
    QTest::mouseClick(field<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->testResultText().contains(QStringLiteral("Connected")), 20000);
    QVERIFY(d->testResultText().contains(QStringLiteral("2 API gateway instance")));
    QCOMPARE(d->account().authKind, Account::AuthKind::IamPassword);
    QCOMPARE(d->secrets().value(Account::Secret::Password), QLatin1String(DemoData::HuaweiPassword));
    QVERIFY(!d->secrets().contains(Account::Secret::AccessKeySecret));
    d->reject();
}

void TestAccountPanel::demoAccountsTestGreen()
{
    for (const DemoAccount &demo : DemoAccounts::make(QUrl(m_app.emulator->baseUrl())))
        m_app.store->addSessionAccount(demo.account, demo.secrets);
    AccountPanel *panel = m_app.window->accountPanel();
    auto *status = panel->findChild<QLabel *>(QStringLiteral("accountStatus"));
    for (const Account &a : m_app.store->accounts()) {
        panel->selectAccount(a.id);
        QCOMPARE(panel->selectedAccountId(), a.id);
        panel->testSelected();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("Connected")), qPrintable(status->text()), 20000);
        status->clear();
    }
    // Selecting a Huawei account switches to the AppCodes area.
    panel->selectAccount(QStringLiteral("demo-huawei-aksk"));
    QCOMPARE(m_app.window->findChild<QTabWidget *>(QStringLiteral("MainTabs"))->currentIndex(), 1);
}

void TestAccountPanel::secretsAreMasked()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Alibaba);
    auto *secret = field<SecretLineEdit>(d, "secret");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setRevealed(true);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    secret->setRevealed(false);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    d->reject();
}

void TestAccountPanel::importDialogSavesTicked()
{
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI5tFromEnvironment01"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("EnvSecret"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("HWENVAK0000000000001"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("HwEnvSecretKey"));
    AccountImportDialog dialog(*m_app.store, m_app.window.get(), home.path(), env);
    QCOMPARE(dialog.foundCount(), 2);
    dialog.setChecked(1, false);
    dialog.findChild<QDialogButtonBox *>()->buttons().first()->click();
    QCOMPARE(m_app.store->accounts().size(), 1);
    QCOMPARE(m_app.store->accounts().first().accessKeyId, QStringLiteral("LTAI5tFromEnvironment01"));
}

QTEST_MAIN(TestAccountPanel)
#include "tst_accountpanel.moc"
