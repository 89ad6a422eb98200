// A scripted session with a RAM role account in the real (offscreen) window, in a throw-away
// HOME, XDG directories and TMPDIR: the account is saved, its routines listed, a version opened
// (the code cache writes) and deployed (the change journal writes), its credentials renewed after
// ESA found them expired. Afterwards no temporary credential the emulator issued — AccessKeyId,
// secret or token — is in any file under those directories, nor in the secret store, nor is a
// secret or token in the --log-http lines; while what should be on disk is there.
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/code/CodeView.h"
#include "ui/esa/DeployDialog.h"
#include "ui/diff/DiffView.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/net/HttpLog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QMutex>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {

QMutex logMutex;
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArray(context.category) == "cloudcodes.http") {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
}

// The throw-away home every path of the process points into; set before QApplication exists.
QTemporaryDir *sessionRoot = nullptr;

} // namespace

class TestRamRoleSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noTemporaryCredentialOnDisk();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }

    WindowFixture m_app;
};

void TestRamRoleSession::init()
{
    QVERIFY(sessionRoot && sessionRoot->isValid());
    QVERIFY(QDir::tempPath().startsWith(sessionRoot->path())); // the fixture's settings, cache and journal land in it too
    QVERIFY(m_app.start(false));
    QVERIFY(m_app.dir->path().startsWith(sessionRoot->path()));
}

void TestRamRoleSession::cleanup()
{
    m_app.stop();
}

void TestRamRoleSession::noTemporaryCredentialOnDisk()
{
    HttpLog::enable(true);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    m_app.emulator->setStsLifetimeSeconds(60);

    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("Deployer (RAM role)");
    a.cloud = Account::Cloud::Alibaba;
    a.authKind = Account::AuthKind::RamRole;
    a.region = QStringLiteral("cn-hangzhou");
    a.endpoint = QUrl(m_app.emulator->baseUrl());
    a.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    a.ramRole.arn = DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName));
    a.ramRole.sessionName = QStringLiteral("session-test");
    a.allowChanges = true;
    bool saved = false;
    m_app.store->save(a, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}},
                      [&saved](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved);

    // Its routines, a version opened, the credentials found expired by ESA and renewed.
    m_app.window->accountPanel()->selectAccount(a.id);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().routines()->state(), LoadState::Ready, 20000);
    QCOMPARE(browser()->workspace().routines()->rowCount(), DemoData::RoutineCount);
    browser()->selectRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().versions()->state(), LoadState::Ready, 20000);
    const QString version = browser()->workspace().versions()->version(3).codeVersion;
    m_app.emulator->setClockSkewSeconds(90); // ESA now finds the first credentials expired
    browser()->openVersion(version);
    QTRY_VERIFY_WITH_TIMEOUT(browser()->codeView()->hasCode() && browser()->codeView()->opened()->codeVersion == version, 20000);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("AssumeRole")), 2);

    // A change, journaled.
    child<QTreeView>(browser(), "versionView")->selectionModel()->select(browser()->workspace().versions()->index(3, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *deploy = qobject_cast<DeployDialog *>(browser()->deployVersion(version));
    QVERIFY(deploy);
    QTRY_VERIFY_WITH_TIMEOUT(!deploy->diffView()->isVisible() || deploy->diffView()->isReady(), 20000);
    QVERIFY(child<QPushButton>(deploy, "deployButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(deploy, "deployButton"), Qt::LeftButton);
    QVERIFY(child<Deployment>(deploy, "deployment"));
    QTRY_VERIFY_WITH_TIMEOUT(!child<Deployment>(deploy, "deployment")->isRunning(), 20000);
    QVERIFY2(child<Deployment>(deploy, "deployment")->outcome() == ChangeRecord::Outcome::Done, qPrintable(child<QLabel>(deploy, "deployStatus")->text()));
    deploy->close();

    qInstallMessageHandler(previous);
    HttpLog::enable(false);
    // The window saves its state as it goes; then everything is on disk.
    m_app.window.reset();
    m_app.settings->sync();

    const QList<AcsAccessKey> issued = m_app.emulator->issuedStsCredentials();
    QCOMPARE(issued.size(), 2);
    QByteArrayList temporary;
    for (const AcsAccessKey &key : issued)
        temporary << key.accessKeyId.toUtf8() << key.secret.toUtf8() << key.securityToken.toUtf8();

    int files = 0;
    bool settingsSeen = false, cacheSeen = false, journalSeen = false;
    QDirIterator it(sessionRoot->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray &value : std::as_const(temporary))
            QVERIFY2(!bytes.contains(value), qPrintable(QStringLiteral("%1 holds a temporary credential").arg(path)));
        QVERIFY2(!bytes.contains(DemoData::AlibabaAccessKeySecret), qPrintable(path));
        if (path == m_app.settings->fileName()) {
            settingsSeen = bytes.contains(a.ramRole.arn.toUtf8()) && bytes.contains(DemoData::AlibabaAccessKeyId);
        } else if (path.contains(QLatin1String("/cache/"))) {
            cacheSeen = true;
        } else if (path.endsWith(QLatin1String("changes.jsonl"))) {
            journalSeen = bytes.contains(QLatin1String(DemoData::EdgeRoutineName).latin1()) && bytes.contains(a.id.toUtf8());
        }
    }
    QVERIFY(files >= 3);
    QVERIFY(settingsSeen); // the role is in the settings file: the search did read it
    QVERIFY(cacheSeen);    // the opened version was cached
    QVERIFY(journalSeen);  // and the deployment journaled

    // The secret store holds the long-term secret, and nothing STS issued.
    for (Account::Secret s : {Account::Secret::AccessKeySecret, Account::Secret::SecurityToken, Account::Secret::Password, Account::Secret::Token}) {
        bool read = false;
        std::optional<QString> value;
        m_app.secrets->read(a.id, s, [&](std::optional<QString> v, const QString &) {
            value = v;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(value.has_value(), s == Account::Secret::AccessKeySecret);
        for (const QByteArray &t : std::as_const(temporary))
            QVERIFY(!value || value->toUtf8() != t);
    }

    // The HTTP log has the calls, with no temporary secret or token in them.
    QMutexLocker lock(&logMutex);
    const QString log = capturedLog.join(QLatin1Char('\n'));
    QCOMPARE(capturedLog.filter(QStringLiteral("STS AssumeRole POST")).size(), 2);
    QVERIFY(capturedLog.filter(QStringLiteral("CreateRoutineCodeDeployment")).size() == 1);
    for (const AcsAccessKey &key : issued) {
        QVERIFY(!log.contains(key.secret));
        QVERIFY(!log.contains(key.securityToken));
    }
}

int main(int argc, char **argv)
{
    // Every place the process could write to — home, XDG config/cache/data/state/runtime, temp — is one
    // directory the test searches afterwards.
    QTemporaryDir root;
    sessionRoot = &root;
    const QByteArray base = root.path().toUtf8();
    qputenv("HOME", base);
    qputenv("XDG_CONFIG_HOME", base + "/.config");
    qputenv("XDG_CACHE_HOME", base + "/.cache");
    qputenv("XDG_DATA_HOME", base + "/.local/share");
    qputenv("XDG_STATE_HOME", base + "/.local/state");
    qputenv("XDG_RUNTIME_DIR", base + "/runtime");
    qputenv("TMPDIR", base + "/tmp");
    QDir().mkpath(root.path() + QStringLiteral("/tmp"));
    QDir().mkpath(root.path() + QStringLiteral("/runtime"));
    QFile::setPermissions(root.path() + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QApplication app(argc, argv);
    TestRamRoleSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ramrolesession.moc"
