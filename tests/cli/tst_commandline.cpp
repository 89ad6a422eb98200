// The cloudcodes binary without a display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, so a
// QApplication could not even start): --help (also in Chinese with --lang zh_CN), --version, every
// refused option with exit status 2 and its reason, and --export-history of the demo into a
// scratch folder — exit 0 and one summary line, then the repository as git reads it (40 commits
// oldest first, the deployment tags, fsck-clean), an idle second run, and the failures with exit
// status 1 and a clear message: unknown routine, unknown account, a saved account without its
// secret, a folder that is not the export's. Also the command line's parser itself.
#include "tests/support/CloudCodesProcess.h"
#include "tests/support/GitRun.h"
#include "app/accounts/AccountStore.h"
#include "app/cli/CommandLine.h"
#include "app/cli/HistoryExportCommand.h"
#include "app/emulator/demo/DemoData.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void help();
    void helpInChinese();
    void version();
    void refused_data();
    void refused();
    void exportTheDemo();
    void exportFailures_data();
    void exportFailures();
    void savedAccountWithoutItsSecret();
    void parser_data();
    void parser();
    void accountLookup();

private:
    CloudCodesProcess run(const QStringList &args) { return CloudCodesProcess::run(args, CloudCodesProcess::headless(m_home->path())); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCommandLine::help()
{
    const CloudCodesProcess r = run({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0 && !r.crashed && r.failure.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: ")), qPrintable(r.describe()));
    for (const char *option : {"--demo", "--export-history <ROUTINE>", "--account <NAME>", "--screenshot <FILE>", "--view <NAME>", "--lang <LANG>"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(r.out.contains(QStringLiteral("annotate"))); // the views --view takes
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCommandLine::helpInChinese()
{
    const CloudCodesProcess r = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("查看、对比和复制阿里云 ESA 边缘函数与华为云 APIG AppCode")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("导出为 git 仓库")), qPrintable(r.out)); // --export-history's own text
    QVERIFY(!r.out.contains(QStringLiteral("Export the history")));
}

void TestCommandLine::version()
{
    const CloudCodesProcess r = run({QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QStringLiteral("CloudCodes %1\n").arg(QStringLiteral(CLOUDCODES_VERSION)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // Qt's own window options are QApplication's: they never make a headless run fail.
    const CloudCodesProcess withQtOptions = run({QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-reverse"),
                                                 QStringLiteral("--version")});
    QVERIFY2(withQtOptions.exitCode == 0 && withQtOptions.out == r.out, qPrintable(withQtOptions.describe()));
}

void TestCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("latency without --demo") << QStringList{QStringLiteral("--demo-latency"), QStringLiteral("100")}
                                            << QStringLiteral("--demo-latency takes milliseconds");
    QTest::newRow("latency not a number") << QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-latency"), QStringLiteral("soon")}
                                          << QStringLiteral("--demo-latency takes milliseconds");
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                 QStringLiteral("--view"), QStringLiteral("everything")}
                                  << QStringLiteral("--view takes one of: accounts,");
    QTest::newRow("view without screenshot") << QStringList{QStringLiteral("--view"), QStringLiteral("code")}
                                             << QStringLiteral("--view needs --screenshot");
    QTest::newRow("export without a folder") << QStringList{QStringLiteral("--demo"), QStringLiteral("--export-history"), QStringLiteral("edge-gateway")}
                                             << QStringLiteral("needs the folder to export into");
    QTest::newRow("export with two folders") << QStringList{QStringLiteral("--demo"), QStringLiteral("--export-history"), QStringLiteral("edge-gateway"),
                                                            QStringLiteral("a"), QStringLiteral("b")}
                                             << QStringLiteral("takes one folder; also given: b");
    QTest::newRow("export without an account") << QStringList{QStringLiteral("--export-history"), QStringLiteral("edge-gateway"), QStringLiteral("out")}
                                               << QStringLiteral("needs --account NAME");
    QTest::newRow("export with a screenshot") << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                             QStringLiteral("--export-history"), QStringLiteral("edge-gateway"), QStringLiteral("out")}
                                              << QStringLiteral("cannot be combined with --screenshot");
    QTest::newRow("account alone") << QStringList{QStringLiteral("--account"), QStringLiteral("prod")}
                                   << QStringLiteral("--account is for --export-history");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("somefile.js")} << QStringLiteral("Unexpected argument: somefile.js");
}

void TestCommandLine::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const CloudCodesProcess r = run(args);
    QVERIFY2(r.exitCode == 2 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith(QStringLiteral("cloudcodes: ")) && r.err.contains(reason), qPrintable(r.describe()));
    QVERIFY(r.err.contains(QStringLiteral("cloudcodes --help")));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("out"))));
}

void TestCommandLine::exportTheDemo()
{
    const QString folder = m_home->filePath(QStringLiteral("edge-history"));
    const CloudCodesProcess r = run({QStringLiteral("--demo"), QStringLiteral("--export-history"), QStringLiteral("edge-gateway"), folder});
    QVERIFY2(r.exitCode == 0 && !r.crashed && r.failure.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(r.outLines().size(), 1);
    QCOMPARE(r.out, QStringLiteral("edge-gateway of “Alibaba AccessKey” → %1: 40 commits added, tags moved: production-canary-10, "
                                   "production-stable-90, staging\n").arg(folder));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // not a terminal: no progress lines

    // git's view of it.
    const GitRun trailers = GitRun::in(folder, {QStringLiteral("log"), QStringLiteral("--reverse"),
                                                QStringLiteral("--format=%(trailers:key=Code-Version,valueonly)")});
    QVERIFY2(trailers.ok(), qPrintable(trailers.error));
    QStringList expected;
    for (const DemoCodeVersion &v : DemoData::instance().routine(QStringLiteral("edge-gateway"))->versions)
        expected << v.codeVersion;
    QCOMPARE(trailers.lines(), expected);
    QCOMPARE(GitRun::in(folder, {QStringLiteral("tag")}).lines(),
             (QStringList{QStringLiteral("production-canary-10"), QStringLiteral("production-stable-90"), QStringLiteral("staging")}));
    QCOMPARE(GitRun::in(folder, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>")}).output,
             QByteArrayLiteral("ESA Alibaba AccessKey <>\n"));
    const GitRun fsck = GitRun::in(folder, {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--no-progress")});
    QVERIFY2(fsck.ok(), qPrintable(fsck.error));
    QCOMPARE(GitRun::in(folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}).output, QByteArray());

    // Again: nothing new, still a success.
    const CloudCodesProcess again = run({QStringLiteral("--demo"), QStringLiteral("--export-history"), QStringLiteral("edge-gateway"), folder});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.endsWith(QStringLiteral(": no new versions (40 already exported), no tag moved\n")), qPrintable(again.out));
    QCOMPARE(GitRun::in(folder, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).output, QByteArrayLiteral("40\n"));

    // The demo's other accounts may be named (here the STS one, by display name): another identity, so another folder.
    const QString sts = m_home->filePath(QStringLiteral("sts-history"));
    const CloudCodesProcess named = run({QStringLiteral("--demo"), QStringLiteral("--account"), QStringLiteral("alibaba sts"),
                                         QStringLiteral("--export-history"), QStringLiteral("geo-redirect"), sts});
    QVERIFY2(named.exitCode == 0, qPrintable(named.describe()));
    QVERIFY2(named.out.startsWith(QStringLiteral("geo-redirect of “Alibaba STS” → ")), qPrintable(named.out));
}

void TestCommandLine::exportFailures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown routine") << QStringList{QStringLiteral("--demo"), QStringLiteral("--export-history"), QStringLiteral("no-such-routine"),
                                                    QStringLiteral("out")}
                                     << QStringLiteral("The routine no-such-routine could not be read: RoutineNotExist");
    QTest::newRow("unknown account") << QStringList{QStringLiteral("--demo"), QStringLiteral("--account"), QStringLiteral("Production"),
                                                    QStringLiteral("--export-history"), QStringLiteral("edge-gateway"), QStringLiteral("out")}
                                     << QStringLiteral("There is no account called “Production”. Alibaba Cloud accounts: “Alibaba AccessKey” (demo-alibaba-ak), "
                                                       "“Alibaba STS” (demo-alibaba-sts), “Alibaba RAM role” (demo-alibaba-ram-role).");
    QTest::newRow("a Huawei account") << QStringList{QStringLiteral("--demo"), QStringLiteral("--account"), QStringLiteral("demo-huawei-iam"),
                                                     QStringLiteral("--export-history"), QStringLiteral("edge-gateway"), QStringLiteral("out")}
                                      << QStringLiteral("is a Huawei Cloud account");
    QTest::newRow("no saved account") << QStringList{QStringLiteral("--account"), QStringLiteral("Production"), QStringLiteral("--export-history"),
                                                     QStringLiteral("edge-gateway"), QStringLiteral("out")}
                                      << QStringLiteral("There is no account called “Production”, and no Alibaba Cloud account is saved.");
    QTest::newRow("folder not the export's") << QStringList{QStringLiteral("--demo"), QStringLiteral("--export-history"), QStringLiteral("edge-gateway"),
                                                            QStringLiteral("config")}
                                             << QStringLiteral("is not empty and is not a git repository");
}

void TestCommandLine::exportFailures()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    QFile keep(m_home->filePath(QStringLiteral("config/keep.txt"))); // "config" is not empty
    QDir().mkpath(m_home->filePath(QStringLiteral("config")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    const CloudCodesProcess r = run(args);
    QVERIFY2(r.exitCode == 1 && !r.crashed && r.failure.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith(QStringLiteral("cloudcodes: ")) && r.err.contains(reason), qPrintable(r.describe()));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("out/.git"))));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("config/.git"))));
}

void TestCommandLine::savedAccountWithoutItsSecret()
{
    // An account saved as the window saves it (settings file of the same application name), its
    // secret never stored: the export says so and fails.
    {
        QSettings settings(m_home->filePath(QStringLiteral("config/CloudCodes/CloudCodes.conf")), QSettings::IniFormat);
        SecretStore secrets;
        secrets.setMemoryOnly(true);
        AccountStore store(settings, secrets);
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("Staging (Hangzhou)");
        a.cloud = Account::Cloud::Alibaba;
        a.region = QStringLiteral("cn-hangzhou");
        a.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        a.accessKeyId = QStringLiteral("LTAI5tNoSecretStored");
        store.save(a, {});
    }
    const CloudCodesProcess r = run({QStringLiteral("--account"), QStringLiteral("Staging (Hangzhou)"), QStringLiteral("--export-history"),
                                     QStringLiteral("edge-gateway"), QStringLiteral("out")});
    QVERIFY2(r.exitCode == 1 && r.failure.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("The account “Staging (Hangzhou)” cannot be used: The account \"Staging (Hangzhou)\" has no stored secret")),
             qPrintable(r.describe()));
}

void TestCommandLine::parser_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("action");
    const QString p = QStringLiteral("cloudcodes");
    QTest::newRow("nothing: the window") << QStringList{p} << int(CommandLine::Action::Window);
    QTest::newRow("demo: the window") << QStringList{p, QStringLiteral("--demo")} << int(CommandLine::Action::Window);
    QTest::newRow("screenshot: the window") << QStringList{p, QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                                                           QStringLiteral("--view"), QStringLiteral("annotate")}
                                            << int(CommandLine::Action::Window);
    QTest::newRow("Qt's options: the window") << QStringList{p, QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-style=Fusion")}
                                              << int(CommandLine::Action::Window);
    QTest::newRow("-h") << QStringList{p, QStringLiteral("-h")} << int(CommandLine::Action::Help);
    QTest::newRow("--help-all") << QStringList{p, QStringLiteral("--help-all")} << int(CommandLine::Action::Help);
    QTest::newRow("-v") << QStringList{p, QStringLiteral("-v")} << int(CommandLine::Action::Version);
    QTest::newRow("export") << QStringList{p, QStringLiteral("--account=prod"), QStringLiteral("--export-history=edge"), QStringLiteral("dir")}
                            << int(CommandLine::Action::ExportHistory);
    QTest::newRow("refused") << QStringList{p, QStringLiteral("--demo-latency")} << int(CommandLine::Action::Refused);
}

void TestCommandLine::parser()
{
    QFETCH(QStringList, args);
    QFETCH(int, action);
    const QStringList views{QStringLiteral("accounts"), QStringLiteral("annotate")};
    const CommandLine cl = CommandLine::parse(args, views);
    QCOMPARE(int(cl.action()), action);
    QCOMPARE(cl.needsWindow(), action == int(CommandLine::Action::Window));
    QCOMPARE(cl.error().isEmpty(), action != int(CommandLine::Action::Refused));
    if (action == int(CommandLine::Action::ExportHistory)) {
        QCOMPARE(cl.account, QStringLiteral("prod"));
        QCOMPARE(cl.exportRoutine, QStringLiteral("edge"));
        QCOMPARE(cl.exportFolder, QStringLiteral("dir"));
    }
    QCOMPARE(CommandLine::languageArgument({QStringLiteral("cloudcodes"), QStringLiteral("--lang=zh_CN")}), QStringLiteral("zh_CN"));
}

void TestCommandLine::accountLookup()
{
    auto account = [](const char *id, const char *name, Account::Cloud cloud = Account::Cloud::Alibaba) {
        Account a;
        a.id = QLatin1String(id);
        a.displayName = QLatin1String(name);
        a.cloud = cloud;
        return a;
    };
    const QList<Account> accounts{account("a1", "Production"), account("a2", "production"), account("a3", "Staging"),
                                  account("h1", "Gateway", Account::Cloud::Huawei), account("a4", "Twin"), account("a5", "Twin")};
    QString why;
    QCOMPARE(HistoryExportCommand::findAccount(accounts, QStringLiteral("a3"), &why)->id, QStringLiteral("a3"));
    QCOMPARE(HistoryExportCommand::findAccount(accounts, QStringLiteral("Production"), &why)->id, QStringLiteral("a1")); // exact first
    QCOMPARE(HistoryExportCommand::findAccount(accounts, QStringLiteral("staging"), &why)->id, QStringLiteral("a3"));    // then ignoring case
    QVERIFY(!HistoryExportCommand::findAccount(accounts, QStringLiteral("PRODUCTION"), &why)); // two that way
    QVERIFY2(why.contains(QStringLiteral("2 accounts are called “PRODUCTION”")), qPrintable(why));
    QVERIFY(!HistoryExportCommand::findAccount(accounts, QStringLiteral("Twin"), &why));
    QVERIFY2(why.contains(QStringLiteral("“Twin” (a4), “Twin” (a5)")), qPrintable(why));
    QVERIFY(!HistoryExportCommand::findAccount(accounts, QStringLiteral("Gateway"), &why));
    QVERIFY(why.contains(QStringLiteral("Huawei")));
    QVERIFY(!HistoryExportCommand::findAccount(accounts, QStringLiteral("nope"), &why));
    QVERIFY(why.contains(QStringLiteral("“Staging” (a3)")) && !why.contains(QStringLiteral("Gateway")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
