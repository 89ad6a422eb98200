// The orchestration that used to live in widgets, tested without any: the open code version
// (open, reopen does nothing, the cursor's pause, retry, clear), a comparison (two versions, a
// version and a file, a file it cannot read, swap and options, failure of one side), the chosen
// account (the newer choice wins) and the gateway instance list.
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "app/accounts/SelectedAccount.h"
#include "app/apig/ApigInstanceListModel.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/versions/Comparison.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

class TestAppObjects : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openCodeVersion();
    void openAfterPauseWaitsAndAbortsWhatItLeft();
    void openFailureThenRetry();
    void compareTwoVersions();
    void compareWithFile();
    void compareWithUnreadableFile();
    void compareWhenOneSideFails();
    void selectedAccountNewerChoiceWins();
    void gatewayInstances();

private:
    std::shared_ptr<EsaClient> esa()
    {
        std::shared_ptr<EsaClient> client;
        m_app.connections->esaClient(QStringLiteral("demo-alibaba-ak"), [&client](std::shared_ptr<EsaClient> c, std::optional<ApiError>) {
            client = std::move(c);
        });
        [&] { QTRY_VERIFY(client); }();
        return client;
    }
    VersionRef ref(int index)
    {
        const DemoRoutine *edge = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
        return VersionRef{QStringLiteral("demo-alibaba-ak"), m_client, edge->name, edge->versions.at(index).codeVersion};
    }
    QByteArray code(int index) const
    {
        return DemoData::instance().code(DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName))->versions.at(index));
    }
    int codeRequests() const { return m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")); }

    AppFixture m_app;
    std::shared_ptr<EsaClient> m_client;
};

void TestAppObjects::init()
{
    QVERIFY(m_app.start(true));
    m_client = esa();
    QVERIFY(m_client);
}

void TestAppObjects::cleanup()
{
    m_client.reset();
    m_app.stop();
}

void TestAppObjects::openCodeVersion()
{
    OpenCodeVersion open(*m_app.repository);
    QSignalSpy opened(&open, &OpenCodeVersion::versionOpened);
    QSignalSpy loading(&open, &OpenCodeVersion::loading);
    QCOMPARE(open.state(), OpenCodeVersion::State::Idle);
    open.open(ref(4));
    QCOMPARE(open.state(), OpenCodeVersion::State::Loading);
    QCOMPARE(loading.size(), 1);
    open.open(ref(4)); // the same while loading: nothing new
    QCOMPARE(loading.size(), 1);
    QVERIFY(opened.wait(20000));
    QCOMPARE(open.state(), OpenCodeVersion::State::Ready);
    QVERIFY(open.isShowing(ref(4)));
    QCOMPARE(open.shown()->code.bytes, code(4));
    open.open(ref(4)); // the same when shown: nothing
    QCOMPARE(loading.size(), 1);
    QCOMPARE(codeRequests(), 1);
    open.clear();
    QCOMPARE(open.state(), OpenCodeVersion::State::Idle);
    QVERIFY(!open.shown());
}

void TestAppObjects::openAfterPauseWaitsAndAbortsWhatItLeft()
{
    FaultPlan slow;
    slow.latencyMs = 500;
    m_app.emulator->setFaultPlan(slow);
    OpenCodeVersion open(*m_app.repository);
    QSignalSpy opened(&open, &OpenCodeVersion::versionOpened);
    open.open(ref(6));
    QTRY_COMPARE(codeRequests(), 1); // on the wire
    open.openAfterPause(ref(7));     // the cursor moves on: 6 is dropped at once...
    QVERIFY(open.isWaiting());
    open.openAfterPause(ref(8));
    QCOMPARE(open.current().codeVersion, ref(6).codeVersion); // ...and nothing else starts before the pause
    QTRY_COMPARE(m_app.emulator->abandonedCount(), 1);
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(open.shown()->codeVersion, ref(8).codeVersion);
    QCOMPARE(codeRequests(), 2); // 6 (aborted) and 8; 7 was passed over
    // Resting back on what is shown opens nothing.
    open.openAfterPause(ref(7));
    QVERIFY(open.isWaiting());
    open.openAfterPause(ref(8));
    QVERIFY(!open.isWaiting());
    QCOMPARE(open.state(), OpenCodeVersion::State::Ready);
}

void TestAppObjects::openFailureThenRetry()
{
    OpenCodeVersion open(*m_app.repository);
    QSignalSpy failed(&open, &OpenCodeVersion::failed);
    QSignalSpy opened(&open, &OpenCodeVersion::versionOpened);
    m_app.emulator->forceFault(FaultKind::InvalidJson);
    open.open(ref(9));
    QVERIFY(failed.wait(20000));
    QCOMPARE(open.state(), OpenCodeVersion::State::Failed);
    QCOMPARE(open.error().kind, ApiError::Kind::InvalidJson);
    open.retry();
    QVERIFY(opened.wait(20000));
    QCOMPARE(open.shown()->code.bytes, code(9));
}

void TestAppObjects::compareTwoVersions()
{
    Comparison c(m_app.repository);
    QSignalSpy ready(&c, &Comparison::diffReady);
    c.compareVersions(ref(15), ref(14)); // newer first: the older still goes left
    QCOMPARE(c.state(), Comparison::State::Loading);
    QVERIFY(ready.wait(20000));
    QCOMPARE(c.state(), Comparison::State::Ready);
    QCOMPARE(c.left().bytes, code(14));
    QCOMPARE(c.right().bytes, code(15));
    QCOMPARE(c.leftVersion()->codeVersion, ref(14).codeVersion);
    QCOMPARE(c.rightVersion()->codeVersion, ref(15).codeVersion);
    QCOMPARE(c.lexerName(), QStringLiteral("javascript"));
    QVERIFY(!c.diff().hunks.isEmpty());
    const int hunks = int(c.diff().hunks.size());
    c.swapSides();
    QVERIFY(ready.wait(20000));
    QCOMPARE(c.left().bytes, code(15));
    QCOMPARE(c.rightVersion()->codeVersion, ref(14).codeVersion);
    QCOMPARE(int(c.diff().hunks.size()), hunks);
    DiffOptions o;
    o.contextLines = 0;
    c.setOptions(o);
    QVERIFY(ready.wait(20000));
    QCOMPARE(c.options().contextLines, 0);
}

void TestAppObjects::compareWithFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray local = code(20);
    local.replace("export default", "export  default");
    file.write(local);
    file.close();
    Comparison c(m_app.repository);
    QSignalSpy ready(&c, &Comparison::diffReady);
    c.compareWithFile(ref(20), file.fileName());
    QVERIFY(ready.wait(20000));
    QCOMPARE(c.left().bytes, code(20));
    QCOMPARE(c.right().bytes, local);
    QVERIFY(c.leftVersion().has_value());
    QVERIFY(!c.rightVersion().has_value()); // a file side is no version
    QCOMPARE(c.right().lexer, QStringLiteral("javascript"));
    QCOMPARE(c.diff().hunks.size(), 1);
}

void TestAppObjects::compareWithUnreadableFile()
{
    Comparison c(m_app.repository);
    QSignalSpy failed(&c, &Comparison::failed);
    c.compareWithFile(ref(20), QStringLiteral("/nonexistent/cloudcodes/file.js"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(c.state(), Comparison::State::Failed);
    QCOMPARE(c.error().kind, ApiError::Kind::LocalFile);
    QVERIFY(c.error().message.contains(QStringLiteral("/nonexistent/cloudcodes/file.js")));

    // Bigger than an API answer may be: refused without reading it all.
    QTemporaryFile big;
    QVERIFY(big.open());
    QVERIFY(big.resize(Comparison::MaxFileBytes + 1));
    big.close();
    const ApiResult<DiffInput> r = Comparison::readFile(big.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::LocalFile);
}

void TestAppObjects::compareWhenOneSideFails()
{
    Comparison c(m_app.repository);
    QSignalSpy failed(&c, &Comparison::failed);
    VersionRef missing = ref(3);
    missing.codeVersion = QStringLiteral("1234");
    c.compareVersions(ref(3), missing);
    QVERIFY(failed.wait(20000));
    QCOMPARE(c.error().code, QStringLiteral("CodeVersionNotExist"));
    QVERIFY(c.right().title.contains(QStringLiteral("CodeVersionNotExist")));
}

void TestAppObjects::selectedAccountNewerChoiceWins()
{
    // A saved account's secret comes from the OS keychain (a real Secret Service under
    // scripts/test), a demo account's at once. Choosing another account before the first is
    // announced must win: nothing is announced for the first.
    QSettings settings(m_app.dir->filePath(QStringLiteral("selected.conf")), QSettings::IniFormat);
    SecretStore keychain;
    AccountStore store(settings, keychain);
    Account saved;
    saved.id = QStringLiteral("saved-alibaba");
    saved.displayName = QStringLiteral("Saved");
    saved.cloud = Account::Cloud::Alibaba;
    saved.authKind = Account::AuthKind::AccessKey;
    saved.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    saved.endpoint = QUrl(m_app.emulator->baseUrl());
    bool written = false;
    store.save(saved, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}}, [&written](bool, const QString &) {
        written = true;
    });
    QTRY_VERIFY(written);
    for (const DemoAccount &d : DemoAccounts::make(QUrl(m_app.emulator->baseUrl())))
        store.addSessionAccount(d.account, d.secrets);
    AccountConnections connections(store, *m_app.transport);
    SelectedAccount selected(connections);
    QSignalSpy alibaba(&selected, &SelectedAccount::alibabaReady);
    QSignalSpy huawei(&selected, &SelectedAccount::huaweiReady);
    QSignalSpy failed(&selected, &SelectedAccount::failed);
    QSignalSpy chosen(&selected, &SelectedAccount::chosen);
    selected.select(saved.id);
    QCOMPARE(alibaba.size() + failed.size(), 0); // announced from the event loop, never inside select()
    selected.select(QStringLiteral("demo-huawei-iam"));
    QCOMPARE(chosen.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(huawei.size(), 1, 20000);
    QCOMPARE(huawei.first().at(0).toString(), QStringLiteral("demo-huawei-iam"));
    // QtKeychain runs its jobs one after the other: once a second read for the first account is
    // answered, so is the first, and its announcement (posted then) has been refused.
    bool readAgain = false;
    connections.esaClient(saved.id, [&readAgain](std::shared_ptr<EsaClient>, std::optional<ApiError>) { readAgain = true; });
    QTRY_VERIFY_WITH_TIMEOUT(readAgain, 20000);
    QCoreApplication::processEvents();
    QCOMPARE(alibaba.size() + failed.size(), 0);
    // The keychain answers for the first choice; it is dropped. Choosing it again is announced.
    selected.select(saved.id);
    QTRY_COMPARE_WITH_TIMEOUT(alibaba.size() + failed.size(), 1, 20000);
    QCOMPARE(selected.accountId(), saved.id);
    selected.select(QStringLiteral("no-such-account"));
    QCOMPARE(selected.accountId(), saved.id); // unknown ids change nothing
}

void TestAppObjects::gatewayInstances()
{
    std::shared_ptr<ApigClient> client;
    m_app.connections->apigClient(QStringLiteral("demo-huawei-aksk"), [&client](std::shared_ptr<ApigClient> c, std::optional<ApiError>) {
        client = std::move(c);
    });
    QTRY_VERIFY(client);
    ApigInstanceListModel model;
    QSignalSpy state(&model, &ApigInstanceListModel::stateChanged);
    model.setClient(client);
    QCOMPARE(model.state(), LoadState::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), LoadState::Ready, 20000);
    QCOMPARE(model.rowCount(), int(DemoData::instance().instances().size()));
    const DemoInstance &first = DemoData::instance().instances().at(0);
    QCOMPARE(model.rowOf(first.id), 0);
    QCOMPARE(model.index(0, 0).data(ApigInstanceListModel::InstanceIdRole).toString(), first.id);
    QVERIFY(model.index(0, 0).data().toString().contains(first.name));
    QVERIFY(!model.canFetchMore());
    m_app.emulator->forceFault(FaultKind::ServerError, 3);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), LoadState::Failed, 20000);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.error().httpStatus, 500);
    model.setClient(nullptr);
    QCOMPARE(model.state(), LoadState::Idle);
}

QTEST_GUILESS_MAIN(TestAppObjects)
#include "tst_appobjects.moc"
