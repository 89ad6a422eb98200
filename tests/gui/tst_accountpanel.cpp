// The account panel in a real (offscreen) window against the emulator: the three areas are
// there, an account is added through the dialog and tested (success, then SignatureDoesNotMatch
// with a wrong secret), validation keeps OK disabled, and the demo accounts test green. A RAM role
// account goes through the dialog and back (its fields labelled, validated, tested as the role),
// and the import dialog sums up what it found by kind. A Huawei account has an IAM endpoint beside
// its APIG one, and its region picker shows "name (id)" while the account keeps the id.
#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/window/MainWindow.h"
#include "ui/common/SecretLineEdit.h"
#include "app/accounts/AccountConnections.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/net/HttpTransport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    void ramRoleAccountRoundTrip();
    void ramRoleValidation();
    void ramRoleRefusalNamesSts();
    void importDialogSummary();
    void huaweiIamEndpointAndRegions();

private:
    // The last Test connection's outcome, as the dialog shows it.
    static QString testResultText(const AccountDialog *d) { return child<QLabel>(d, "testResult")->text(); }
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

    WindowFixture m_app;
};

void TestAccountPanel::init()
{
    QVERIFY(m_app.start(false));
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
    auto *endpoint = m_app.window->findChild<QLabel *>(QStringLiteral("accountEndpoint"));
    QVERIFY(endpoint->text().contains(QStringLiteral("127.0.0.1:1234")));
    // The selected account's own endpoint, whatever it is.
    Account custom;
    custom.id = QStringLiteral("custom-endpoint");
    custom.displayName = QStringLiteral("Custom");
    custom.cloud = Account::Cloud::Alibaba;
    custom.region = QStringLiteral("cn-hangzhou");
    custom.endpoint = QUrl(QStringLiteral("https://esa.example.test"));
    m_app.store->addSessionAccount(custom, {{Account::Secret::AccessKeySecret, QStringLiteral("x")}});
    m_app.window->accountPanel()->selectAccount(custom.id);
    QTRY_VERIFY(endpoint->text().contains(QStringLiteral("https://esa.example.test")));
    QVERIFY(!endpoint->text().contains(QStringLiteral("127.0.0.1:1234")));
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
    QTRY_VERIFY_WITH_TIMEOUT(testResultText(d).contains(QStringLiteral("SignatureDoesNotMatch")), 20000);
    QVERIFY(field<QPushButton>(d, "copyDetails")->isVisible());

    // The right one: success.
    type(field<QLineEdit>(d, "secret"), QLatin1String(DemoData::AlibabaAccessKeySecret));
    QTest::mouseClick(field<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(testResultText(d).contains(QStringLiteral("Connected")), 20000);
    QVERIFY(testResultText(d).contains(QString::number(DemoData::RoutineCount)));

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
    QTRY_VERIFY_WITH_TIMEOUT(testResultText(d).contains(QStringLiteral("Connected")), 20000);
    QVERIFY(testResultText(d).contains(QStringLiteral("2 API gateway instance")));
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
    QCOMPARE(child<QListWidget>(&dialog, "foundList")->count(), 2);
    dialog.setChecked(1, false);
    dialog.findChild<QDialogButtonBox *>()->buttons().first()->click();
    QCOMPARE(m_app.store->accounts().size(), 1);
    QCOMPARE(m_app.store->accounts().first().accessKeyId, QStringLiteral("LTAI5tFromEnvironment01"));
}

// Adds a RAM role account through the form, tests it (as the role), saves it, and edits it again.
void TestAccountPanel::ramRoleAccountRoundTrip()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Alibaba);
    QVERIFY(d);
    auto *kind = field<QComboBox>(d, "authKind");
    kind->setCurrentIndex(kind->findData(int(Account::AuthKind::RamRole)));
    QCOMPARE(kind->currentText(), QStringLiteral("AccessKey + RAM role"));
    auto *form = d->findChild<QFormLayout *>();
    for (const char *name : {"roleArn", "roleSessionName", "roleDuration", "externalId", "rolePolicy", "stsEndpoint", "accessKeyId", "secret"}) {
        QWidget *w = field<QWidget>(d, name);
        QVERIFY2(w && w->isVisibleTo(d), name);
        // Labelled for screen readers: the form row's label is the field's buddy.
        auto *label = qobject_cast<QLabel *>(form->labelForField(w));
        QVERIFY2(label && label->buddy() == w && !label->text().isEmpty(), name);
    }
    QVERIFY(!field<QLineEdit>(d, "securityToken")->isVisibleTo(d));
    QCOMPARE(field<QLineEdit>(d, "roleSessionName")->text(), RamRole::defaultSessionName());
    QCOMPARE(field<QSpinBox>(d, "roleDuration")->value(), 3600);
    QCOMPARE(field<QSpinBox>(d, "roleDuration")->minimum(), 900);
    QCOMPARE(field<QSpinBox>(d, "roleDuration")->maximum(), 3600);

    type(field<QLineEdit>(d, "name"), QStringLiteral("Deployer role"));
    type(field<QLineEdit>(d, "endpoint"), m_app.emulator->baseUrl());
    type(field<QLineEdit>(d, "accessKeyId"), QLatin1String(DemoData::AlibabaAccessKeyId));
    type(field<QLineEdit>(d, "secret"), QLatin1String(DemoData::AlibabaAccessKeySecret));
    type(field<QLineEdit>(d, "roleArn"), DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName)));
    type(field<QLineEdit>(d, "roleSessionName"), QStringLiteral("panel-test"));
    field<QSpinBox>(d, "roleDuration")->setValue(1800);
    auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(d->problems().join(QLatin1Char('\n'))));

    // The policy is checked as JSON while typed.
    auto *policy = field<QPlainTextEdit>(d, "rolePolicy");
    policy->setPlainText(QStringLiteral("{\"Version\": \"1\", \"Statement\": ["));
    QVERIFY(!ok->isEnabled());
    QVERIFY(d->problems().join(QLatin1Char(' ')).contains(QStringLiteral("not valid JSON")));
    const QString narrowing = QStringLiteral("{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"esa:*\", \"Resource\": \"*\"}]}");
    policy->setPlainText(narrowing);
    QVERIFY2(ok->isEnabled(), qPrintable(d->problems().join(QLatin1Char('\n'))));

    // Test connection runs as the role, and says so.
    QTest::mouseClick(field<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(testResultText(d).contains(QStringLiteral("Connected")), 20000);
    QVERIFY2(testResultText(d).contains(QStringLiteral("acs:ram::1234567890123456:assumed-role/cloudcodes-demo-deployer/panel-test")),
             qPrintable(testResultText(d)));
    QVERIFY(testResultText(d).contains(QString::number(DemoData::RoutineCount)));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("AssumeRole")), 1);

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(m_app.store->accounts().size(), 1);
    const Account saved = m_app.store->accounts().first();
    QCOMPARE(saved.authKind, Account::AuthKind::RamRole);
    QCOMPARE(saved.accessKeyId, QLatin1String(DemoData::AlibabaAccessKeyId));
    QCOMPARE(saved.ramRole.arn, DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName)));
    QCOMPARE(saved.ramRole.sessionName, QStringLiteral("panel-test"));
    QCOMPARE(saved.ramRole.durationSeconds, 1800);
    QCOMPARE(saved.ramRole.policy, narrowing);
    QVERIFY(saved.ramRole.externalId.isEmpty());
    QVERIFY(saved.stsEndpoint.isEmpty());
    QCOMPARE(saved.effectiveStsEndpoint(), QUrl(m_app.emulator->baseUrl()));
    m_app.settings->sync();
    QFile file(m_app.settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(onDisk.contains("cloudcodes-demo-deployer"));
    QVERIFY(!onDisk.contains(DemoData::AlibabaAccessKeySecret));
    bool read = false;
    m_app.secrets->read(saved.id, Account::Secret::AccessKeySecret, [&](std::optional<QString> v, const QString &) {
        QCOMPARE(v.value_or(QString()), QLatin1String(DemoData::AlibabaAccessKeySecret));
        read = true;
    });
    QVERIFY(read);

    // Edit it: the form comes back filled in, secrets included; a change is saved.
    QTRY_VERIFY(!m_app.window->findChild<AccountDialog *>()); // the first dialog is gone
    m_app.window->accountPanel()->selectAccount(saved.id);
    m_app.window->accountPanel()->editSelected();
    AccountDialog *e = m_app.window->findChild<AccountDialog *>();
    QVERIFY(e);
    QCOMPARE(field<QComboBox>(e, "authKind")->currentData().toInt(), int(Account::AuthKind::RamRole));
    QCOMPARE(field<QLineEdit>(e, "roleArn")->text(), saved.ramRole.arn);
    QCOMPARE(field<QLineEdit>(e, "roleSessionName")->text(), QStringLiteral("panel-test"));
    QCOMPARE(field<QSpinBox>(e, "roleDuration")->value(), 1800);
    QCOMPARE(field<QPlainTextEdit>(e, "rolePolicy")->toPlainText(), narrowing);
    QTRY_COMPARE(field<QLineEdit>(e, "secret")->text(), QLatin1String(DemoData::AlibabaAccessKeySecret));
    type(field<QLineEdit>(e, "externalId"), QStringLiteral("cloudcodes-external-id"));
    type(field<QLineEdit>(e, "stsEndpoint"), QStringLiteral("https://sts.cn-shanghai.aliyuncs.com"));
    auto *editOk = e->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(editOk->isEnabled(), qPrintable(e->problems().join(QLatin1Char('\n'))));
    QTest::mouseClick(editOk, Qt::LeftButton);
    QTRY_COMPARE(m_app.store->account(saved.id)->ramRole.externalId, QStringLiteral("cloudcodes-external-id"));
    QCOMPARE(m_app.store->account(saved.id)->stsEndpoint, QUrl(QStringLiteral("https://sts.cn-shanghai.aliyuncs.com")));
    QCOMPARE(m_app.store->accounts().size(), 1);
}

void TestAccountPanel::ramRoleValidation()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Alibaba);
    auto *kind = field<QComboBox>(d, "authKind");
    kind->setCurrentIndex(kind->findData(int(Account::AuthKind::RamRole)));
    type(field<QLineEdit>(d, "name"), QStringLiteral("x"));
    type(field<QLineEdit>(d, "accessKeyId"), QStringLiteral("LTAI5tAbcdefghijklmn"));
    type(field<QLineEdit>(d, "secret"), QStringLiteral("s"));
    auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const auto problems = [d] { return d->problems().join(QLatin1Char(' ')); };
    QVERIFY(!ok->isEnabled()); // no role yet
    QVERIFY(problems().contains(QStringLiteral("acs:ram::")));
    type(field<QLineEdit>(d, "roleArn"), QStringLiteral("acs:ram::1234567890123456:role/deployer"));
    QVERIFY2(ok->isEnabled(), qPrintable(problems()));

    // An STS key id is not a long-term AccessKey.
    type(field<QLineEdit>(d, "accessKeyId"), QStringLiteral("STS.NotAllowedHere01"));
    QVERIFY(!ok->isEnabled());
    type(field<QLineEdit>(d, "accessKeyId"), QStringLiteral("LTAI5tAbcdefghijklmn"));
    for (const auto &[name, text, problem] : {std::tuple{"roleArn", "arn:aws:iam::1:role/x", "acs:ram::"},
                                              std::tuple{"roleSessionName", "a", "session name"},
                                              std::tuple{"roleSessionName", "has spaces", "session name"},
                                              std::tuple{"externalId", "x", "external ID"},
                                              std::tuple{"stsEndpoint", "http://sts.example.com", "HTTPS"},
                                              std::tuple{"stsEndpoint", "ftp://sts.example.com", "http(s)"}}) {
        QLineEdit *edit = field<QLineEdit>(d, name);
        const QString before = edit->text();
        type(edit, QLatin1String(text));
        QVERIFY2(!ok->isEnabled(), text);
        QVERIFY2(problems().contains(QLatin1String(problem)), qPrintable(problems()));
        type(edit, before);
        QVERIFY2(ok->isEnabled(), qPrintable(problems()));
    }
    // An empty session name means the default one; the loopback STS endpoint may be plain HTTP.
    type(field<QLineEdit>(d, "roleSessionName"), QString());
    type(field<QLineEdit>(d, "stsEndpoint"), QStringLiteral("http://127.0.0.1:9"));
    QVERIFY2(ok->isEnabled(), qPrintable(problems()));
    QCOMPARE(d->account().ramRole.effectiveSessionName(), RamRole::defaultSessionName());
    QCOMPARE(d->secrets().keys(), QList<Account::Secret>{Account::Secret::AccessKeySecret});
    d->reject();
}

// A role the key may not assume: Test connection shows STS's refusal, as STS's.
void TestAccountPanel::ramRoleRefusalNamesSts()
{
    AccountDialog *d = openAddDialog(Account::Cloud::Alibaba);
    auto *kind = field<QComboBox>(d, "authKind");
    kind->setCurrentIndex(kind->findData(int(Account::AuthKind::RamRole)));
    type(field<QLineEdit>(d, "name"), QStringLiteral("Partner"));
    type(field<QLineEdit>(d, "endpoint"), m_app.emulator->baseUrl());
    type(field<QLineEdit>(d, "accessKeyId"), QLatin1String(DemoData::AlibabaAccessKeyId));
    type(field<QLineEdit>(d, "secret"), QLatin1String(DemoData::AlibabaAccessKeySecret));
    type(field<QLineEdit>(d, "roleArn"), DemoData::ramRoleArn(QLatin1String(DemoData::PartnerRoleName)));
    QTest::mouseClick(field<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(testResultText(d).contains(QStringLiteral("NoPermission")), 20000);
    QVERIFY2(testResultText(d).contains(QStringLiteral("Assuming the RAM role acs:ram::1234567890123456:role/cloudcodes-demo-partner failed")),
             qPrintable(testResultText(d)));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("ListUserRoutines")), 0);
    d->reject();
}

void TestAccountPanel::importDialogSummary()
{
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".aliyun"));
    QFile config(home.filePath(QStringLiteral(".aliyun/config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"current": "default", "profiles": [
        {"name": "default", "mode": "AK", "access_key_id": "LTAI5tSummary000001", "access_key_secret": "SummarySecret1", "region_id": "cn-hangzhou"},
        {"name": "intl", "mode": "AK", "access_key_id": "LTAI5tSummary000002", "access_key_secret": "SummarySecret2", "region_id": "ap-southeast-1"},
        {"name": "deployer", "mode": "RamRoleArn", "access_key_id": "LTAI5tSummary000003", "access_key_secret": "SummarySecret3",
         "ram_role_arn": "acs:ram::1234567890123456:role/cloudcodes-demo-deployer", "ram_session_name": "laptop",
         "expired_seconds": 3600, "region_id": "cn-hangzhou"},
        {"name": "on-ecs", "mode": "EcsRamRole", "ram_role_name": "EcsInstanceRole", "region_id": "cn-hangzhou"}
    ]})");
    config.close();
    AccountImportDialog dialog(*m_app.store, m_app.window.get(), home.path(), QProcessEnvironment());
    QCOMPARE(child<QListWidget>(&dialog, "foundList")->count(), 3);
    // (No translator here: the source's plurals read "profile(s)".)
    const QString expected = QStringList{AccountImportDialog::tr("%n AccessKey profile(s)", nullptr, 2),
                                         AccountImportDialog::tr("%n RAM role profile(s)", nullptr, 1),
                                         AccountImportDialog::tr("%n skipped (%1)", nullptr, 1).arg(QStringLiteral("EcsRamRole"))}
                                     .join(QStringLiteral(", "));
    QCOMPARE(child<QLabel>(&dialog, "summary")->text(), expected);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warnings"))->text().contains(QStringLiteral("EcsRamRole")));
    // A skipped profile that is merely incomplete is counted too, in one word.
    QCOMPARE(AccountImportDialog::summary({}, {SkippedProfile{QStringLiteral("a"), QStringLiteral("EcsRamRole"), SkippedProfile::Reason::UnsupportedMode},
                                               SkippedProfile{QStringLiteral("b"), QStringLiteral("AK"), SkippedProfile::Reason::Unusable},
                                               SkippedProfile{QStringLiteral("c"), QStringLiteral("EcsRamRole"), SkippedProfile::Reason::UnsupportedMode}}),
             AccountImportDialog::tr("%n skipped (%1)", nullptr, 3).arg(QStringLiteral("EcsRamRole, unusable")));

    dialog.findChild<QDialogButtonBox *>()->buttons().first()->click();
    const QList<Account> imported = m_app.store->accounts();
    QCOMPARE(imported.size(), 3);
    const auto role = std::find_if(imported.cbegin(), imported.cend(), [](const Account &a) { return a.authKind == Account::AuthKind::RamRole; });
    QVERIFY(role != imported.cend());
    QCOMPARE(role->ramRole.sessionName, QStringLiteral("laptop"));
}

void TestAccountPanel::huaweiIamEndpointAndRegions()
{
    AccountDialog alibaba(Account::Cloud::Alibaba, *m_app.connections);
    QVERIFY(!field<QLineEdit>(&alibaba, "iamEndpoint")->isVisibleTo(&alibaba));
    QCOMPARE(field<QComboBox>(&alibaba, "region")->currentText(), QStringLiteral("cn-hangzhou"));
    QVERIFY(alibaba.account().iamEndpoint.isEmpty());

    AccountDialog *d = openAddDialog(Account::Cloud::Huawei);
    auto *iam = field<QLineEdit>(d, "iamEndpoint");
    QVERIFY(iam->isVisibleTo(d));
    QCOMPARE(iam->accessibleName(), QStringLiteral("IAM endpoint"));
    auto *region = field<QComboBox>(d, "region");
    QCOMPARE(region->currentText(), QStringLiteral("CN North-Beijing4 (cn-north-4)"));
    QCOMPARE(d->account().region, QStringLiteral("cn-north-4"));
    QCOMPARE(region->count(), Account::huaweiRegions().size());
    const int dublin = region->findData(QStringLiteral("eu-west-101"));
    QCOMPARE(region->itemText(dublin), QStringLiteral("EU-Dublin (eu-west-101)"));
    region->setCurrentText(QStringLiteral("cn-north-99")); // not in the list: kept as typed
    QCOMPARE(d->account().region, QStringLiteral("cn-north-99"));
    region->setCurrentIndex(dublin);
    QCOMPARE(d->account().region, QStringLiteral("eu-west-101"));

    type(field<QLineEdit>(d, "name"), QStringLiteral("Dublin gateway"));
    type(field<QLineEdit>(d, "endpoint"), QStringLiteral("https://apig.example.eu"));
    type(field<QLineEdit>(d, "accessKeyId"), QLatin1String(DemoData::HuaweiAccessKey));
    type(field<QLineEdit>(d, "secret"), QLatin1String(DemoData::HuaweiSecretKey));
    auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const auto problems = [d] { return d->problems().join(QLatin1Char(' ')); };
    QVERIFY2(ok->isEnabled(), qPrintable(problems()));
    for (const auto &[text, problem] : {std::pair{"http://iam.example.eu", "The IAM endpoint must use HTTPS"},
                                        std::pair{"ftp://iam.example.eu", "The IAM endpoint is not an http(s) URL"}}) {
        type(iam, QLatin1String(text));
        QVERIFY2(!ok->isEnabled(), text);
        QVERIFY2(problems().contains(QLatin1String(problem)), qPrintable(problems()));
    }
    type(iam, QStringLiteral("http://127.0.0.1:9"));
    QVERIFY2(ok->isEnabled(), qPrintable(problems()));
    type(iam, QStringLiteral("https://iam.example.eu"));
    QVERIFY2(ok->isEnabled(), qPrintable(problems()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(m_app.store->accounts().size(), 1);
    const Account saved = m_app.store->accounts().first();
    QCOMPARE(saved.region, QStringLiteral("eu-west-101"));
    QCOMPARE(saved.iamEndpoint, QUrl(QStringLiteral("https://iam.example.eu")));

    // Edited again: the same fields back.
    AccountDialog edit(Account::Cloud::Huawei, *m_app.connections);
    edit.setAccount(saved);
    QCOMPARE(field<QComboBox>(&edit, "region")->currentText(), QStringLiteral("EU-Dublin (eu-west-101)"));
    QCOMPARE(field<QLineEdit>(&edit, "iamEndpoint")->text(), QStringLiteral("https://iam.example.eu"));
    QCOMPARE(edit.account().iamEndpoint, saved.iamEndpoint);
}

QTEST_MAIN(TestAccountPanel)
#include "tst_accountpanel.moc"
