// Requests end when nobody wants them, proven on the wire (the emulator counts the clients that
// hung up before their answer was written): rapid opens on a slow link abort all but the last,
// and the last arrives as fast as a single open; a double-click and a routine selection send one
// request each; the open's stages (cache read, decode and hash, cache write) run on the worker
// pool, never on the network or UI thread, and hash the code once.
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "tests/support/Await.h"
#include "ui/code/CodeEditor.h"
#include "ui/code/CodeView.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/decode/CodeDigest.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QTreeView>

class TestRequestLifetime : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rapidOpensAreAbortedOnTheWire();
    void doubleClickSendsOneRequest();
    void selectingARoutineListsItsVersionsOnce();
    void openStagesRunOnThePool();
    void openHashesOnce();
    void cursorOpensAfterAPause();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    void chooseRoutine(const QString &name)
    {
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().routines()->state(), LoadState::Ready, 20000);
        browser()->selectRoutine(name);
        QTRY_COMPARE(browser()->workspace().versions()->routineName(), name);
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().versions()->state(), LoadState::Ready, 20000);
    }
    static const DemoRoutine &edge() { return *DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName)); }
    void setLatency(int ms)
    {
        FaultPlan plan;
        plan.latencyMs = ms;
        m_app.emulator->setFaultPlan(plan);
    }
    bool shows(const QString &version) const
    {
        return browser()->codeView()->hasCode() && browser()->codeView()->opened()->codeVersion == version;
    }

    WindowFixture m_app;
};

void TestRequestLifetime::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestRequestLifetime::cleanup()
{
    m_app.stop();
}

void TestRequestLifetime::rapidOpensAreAbortedOnTheWire()
{
    chooseRoutine(edge().name);
    setLatency(800);
    // One open alone, for comparison (another version, so nothing is cached).
    QElapsedTimer single;
    single.start();
    browser()->openVersion(edge().versions.at(5).codeVersion);
    QTRY_VERIFY_WITH_TIMEOUT(shows(edge().versions.at(5).codeVersion), 20000);
    const qint64 singleMs = single.elapsed();
    m_app.emulator->resetCounters();

    // Ten opens 150 ms apart, as a user clicking down the list would.
    QList<QString> versions;
    for (int i = 0; i < 10; ++i)
        versions << edge().versions.at(20 + i).codeVersion;
    int next = 0;
    QElapsedTimer sinceLast;
    QTimer pace;
    pace.setInterval(150);
    connect(&pace, &QTimer::timeout, this, [&] {
        browser()->openVersion(versions.at(next++));
        if (next == versions.size()) {
            pace.stop();
            sinceLast.start();
        }
    });
    browser()->openVersion(versions.at(next++));
    pace.start();
    QTRY_VERIFY_WITH_TIMEOUT(next == versions.size() && shows(versions.last()), 30000);
    const qint64 lastMs = sinceLast.elapsed();
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 10);
    // All but the last were dropped on the wire before their answer; at most two were read.
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->abandonedCount() + m_app.emulator->answeredCount(), 10, 5000);
    QVERIFY2(m_app.emulator->answeredCount() <= 2, qPrintable(QString::number(m_app.emulator->answeredCount())));
    QVERIFY(m_app.emulator->abandonedCount() >= 8);
    QVERIFY2(double(lastMs) <= 1.1 * double(singleMs), qPrintable(QStringLiteral("last %1 ms, single %2 ms").arg(lastMs).arg(singleMs)));
    QCOMPARE(browser()->codeView()->editor()->text().toUtf8(), DemoData::instance().code(edge().versions.at(29)));
}

void TestRequestLifetime::doubleClickSendsOneRequest()
{
    chooseRoutine(edge().name);
    setLatency(300);
    m_app.emulator->resetCounters();
    QTreeView *view = child<QTreeView>(browser(), "versionView");
    const QRect row = view->visualRect(browser()->workspace().versions()->index(3, 0));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_VERIFY_WITH_TIMEOUT(shows(browser()->workspace().versions()->version(3).codeVersion), 20000);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 1);
    QCOMPARE(m_app.emulator->abandonedCount(), 0);
}

void TestRequestLifetime::selectingARoutineListsItsVersionsOnce()
{
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().routines()->state(), LoadState::Ready, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().versions()->state(), LoadState::Ready, 20000); // the first routine, picked at start
    m_app.emulator->resetCounters();
    const QString name = QStringLiteral("config-service"); // one page of versions
    QVERIFY(DemoData::instance().routine(name)->versions.size() <= CodeVersionListModel::PageSize);
    browser()->selectRoutine(name);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().versions()->state(), LoadState::Ready, 20000);
    QCOMPARE(browser()->workspace().versions()->routineName(), name);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("ListRoutineCodeVersions")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutine")), 1);
    // The 40-version routine takes its two pages, once each.
    m_app.emulator->resetCounters();
    chooseRoutine(edge().name);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("ListRoutineCodeVersions")), 2);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutine")), 1);
}

void TestRequestLifetime::openStagesRunOnThePool()
{
    chooseRoutine(edge().name);
    QMutex mutex;
    QList<std::pair<CodeVersionRepository::Stage, const QThread *>> seen;
    m_app.repository->setStageProbe([&](CodeVersionRepository::Stage stage) {
        QMutexLocker lock(&mutex);
        seen.append({stage, QThread::currentThread()});
    });
    const auto ref = browser()->workspace().refFor(edge().versions.at(11).codeVersion);
    QVERIFY(awaitResult(m_app.repository->open(ref)).ok()); // from the cloud
    QVERIFY(awaitResult(m_app.repository->open(ref)).value().fromCache);
    m_app.repository->setStageProbe({});
    QMutexLocker lock(&mutex);
    QSet<CodeVersionRepository::Stage> stages;
    for (const auto &[stage, thread] : std::as_const(seen)) {
        stages.insert(stage);
        QVERIFY(thread != m_app.transport->networkThread());
        QVERIFY(thread != QThread::currentThread());
    }
    QCOMPARE(stages, (QSet<CodeVersionRepository::Stage>{CodeVersionRepository::Stage::CacheRead, CodeVersionRepository::Stage::Decode,
                                                          CodeVersionRepository::Stage::CacheWrite}));
}

void TestRequestLifetime::openHashesOnce()
{
    chooseRoutine(edge().name);
    const DemoCodeVersion &v = edge().versions.at(12);
    const qint64 size = DemoData::instance().code(v).size();
    const auto ref = browser()->workspace().refFor(v.codeVersion);
    qint64 before = CodeDigest::bytesHashed();
    QVERIFY(awaitResult(m_app.repository->open(ref)).ok());
    QCOMPARE(CodeDigest::bytesHashed() - before, size); // decoded and cached: hashed once
    before = CodeDigest::bytesHashed();
    QVERIFY(awaitResult(m_app.repository->open(ref)).value().fromCache);
    QCOMPARE(CodeDigest::bytesHashed() - before, size); // read back and verified: hashed once
}

void TestRequestLifetime::cursorOpensAfterAPause()
{
    chooseRoutine(edge().name);
    setLatency(600);
    QTreeView *view = child<QTreeView>(browser(), "versionView");
    view->setFocus();
    view->setCurrentIndex(browser()->workspace().versions()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().opener()->state() == OpenCodeVersion::State::Loading, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 1, 5000); // row 0 is on the wire
    m_app.emulator->resetCounters();
    // Down, down, down: only where the cursor rests is fetched; what it left is aborted.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    const QString resting = browser()->workspace().versions()->version(3).codeVersion;
    QTRY_VERIFY_WITH_TIMEOUT(shows(resting), 20000);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 1);
    QCOMPARE(m_app.emulator->abandonedCount(), 1); // the open of row 0, left while it loaded
}

QTEST_MAIN(TestRequestLifetime)
#include "tst_requestlifetime.moc"
