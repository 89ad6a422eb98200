// Fault soak: the whole window, driven by a scripted user (seeded), against the emulator with
// 25 % injected faults of every kind. It opens random versions (sometimes several in a row),
// compares pairs, pages through AppCodes and switches accounts. Pass: no crash, no hang, every
// code shown has the emulator's SHA-256, every failure is shown with its code and request id,
// and nothing stale is ever shown after a newer choice. CLOUDCODES_SOAK_OPS sets the length
// (CTest: 200; scripts/bench: 2000).
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/code/CodeView.h"
#include "ui/diff/DiffView.h"
#include "ui/window/MainWindow.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/accounts/AccountConnections.h"
#include "app/accounts/SelectedAccount.h"
#include "app/apig/ApigAppListModel.h"
#include "app/apig/AppCodePager.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/net/Digest.h"
#include "app/net/HttpTransport.h"

#include <QComboBox>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scriptedUserUnderFaults();

private:
    bool waitFor(const std::function<bool()> &condition, int ms = 20000) { return QTest::qWaitFor(condition, ms); }
    bool choose(const QString &accountId);
    bool ensureRoutine(const QString &name);
    bool ensureHuaweiApp();
    void openVersions();
    void compareVersions();
    void pageAppCodes();
    void switchAccount();
    QString randomRoutine();

    WindowFixture m_app;
    QRandomGenerator m_random{20261123};
    int m_shownCodes = 0, m_shownErrors = 0, m_diffs = 0, m_pages = 0, m_failedSteps = 0;
};

void TestSoak::initTestCase()
{
    NetworkSettings net;
    net.timeoutMs = 700; // stalls end as timeouts quickly
    net.backoffBaseMs = 10;
    QVERIFY(m_app.start(true, net, 4 * 1024 * 1024));
    FaultPlan plan;
    plan.rate = 0.25;
    plan.seed = 7;
    plan.stallMs = 1500;
    m_app.emulator->setFaultPlan(plan);
}

void TestSoak::cleanupTestCase()
{
    m_app.stop();
}

QString TestSoak::randomRoutine()
{
    // The big and the broken ones come up more often than their share.
    static const QStringList favourites = {QLatin1String(DemoData::EdgeRoutineName), QLatin1String(DemoData::MissingCodeRoutineName),
                                           QStringLiteral("wasm-filter"), QStringLiteral("config-service")};
    if (m_random.bounded(2) == 0)
        return favourites.at(int(m_random.bounded(int(favourites.size()))));
    const auto &all = DemoData::instance().routines();
    return all.at(int(m_random.bounded(int(all.size())))).name;
}

// Selects an account as a user does and waits until the window has taken it up: its client is
// announced from the event loop, and until then the lists of the account shown before would pass
// for the new one's (and what is opened meanwhile be cleared when it lands).
bool TestSoak::choose(const QString &accountId)
{
    AccountPanel *panel = m_app.window->accountPanel();
    if (panel->selectedAccountId() == accountId)
        return true;
    auto *selection = m_app.window->findChild<SelectedAccount *>();
    QSignalSpy alibaba(selection, &SelectedAccount::alibabaReady);
    QSignalSpy huawei(selection, &SelectedAccount::huaweiReady);
    QSignalSpy failed(selection, &SelectedAccount::failed);
    panel->selectAccount(accountId);
    return waitFor([&] { return alibaba.size() + huawei.size() + failed.size() > 0; });
}

bool TestSoak::ensureRoutine(const QString &name)
{
    AccountPanel *panel = m_app.window->accountPanel();
    if (!panel->selectedAccountId().startsWith(QLatin1String("demo-alibaba"))
        && !choose(m_random.bounded(2) ? QStringLiteral("demo-alibaba-ak") : QStringLiteral("demo-alibaba-sts")))
        return false;
    RoutineBrowser *b = m_app.window->routineBrowser();
    // A failed list is retried as a user would, with Retry.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (!waitFor([b] { return b->workspace().routines()->state() != LoadState::Loading && b->workspace().routines()->state() != LoadState::Idle; }))
            return false;
        if (b->workspace().routines()->state() == LoadState::Ready)
            break;
        b->workspace().routines()->refresh();
    }
    if (b->workspace().routines()->rowOf(name) < 0)
        return false;
    b->selectRoutine(name);
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (!waitFor([b, name] { return b->workspace().versions()->routineName() == name && b->workspace().versions()->state() != LoadState::Loading; }))
            return false;
        if (b->workspace().versions()->state() == LoadState::Ready)
            return true;
        b->workspace().versions()->refresh();
    }
    return false;
}

void TestSoak::openVersions()
{
    const QString routine = randomRoutine();
    if (!ensureRoutine(routine)) {
        ++m_failedSteps;
        return;
    }
    RoutineBrowser *b = m_app.window->routineBrowser();
    const DemoRoutine *demo = DemoData::instance().routine(routine);
    // One version, or a quick burst of several: only the last may be shown.
    const int burst = 1 + int(m_random.bounded(3));
    QString last;
    for (int i = 0; i < burst; ++i) {
        last = demo->versions.at(int(m_random.bounded(int(demo->versions.size())))).codeVersion;
        b->openVersion(last);
    }
    CodeView *view = b->codeView();
    auto *state = view->findChild<QLabel *>(QStringLiteral("codeState"));
    const bool settled = waitFor([view, state, last] {
        return (view->hasCode() && view->opened()->codeVersion == last) || state->text().contains(QStringLiteral("could not be opened"));
    });
    QVERIFY2(settled, qPrintable(QStringLiteral("version %1 neither opened nor failed").arg(last)));
    if (view->hasCode()) {
        // Never stale, and exactly the emulator's bytes.
        QCOMPARE(view->opened()->codeVersion, last);
        QCOMPARE(view->opened()->routine, routine);
        const DemoCodeVersion *truth = DemoData::instance().codeVersion(routine, last);
        QVERIFY(truth);
        QCOMPARE(view->opened()->code.sha256, Digest::sha256Hex(DemoData::instance().code(*truth)));
        ++m_shownCodes;
    } else {
        QVERIFY(state->text().contains(last));
        ++m_shownErrors;
    }
}

void TestSoak::compareVersions()
{
    const QString routine = QLatin1String(DemoData::EdgeRoutineName);
    if (!ensureRoutine(routine)) {
        ++m_failedSteps;
        return;
    }
    RoutineBrowser *b = m_app.window->routineBrowser();
    const int count = b->workspace().versions()->rowCount();
    const int x = int(m_random.bounded(count)), y = int(m_random.bounded(count));
    // The two compared, as they were chosen (the lists may change while the diff loads).
    const QString first = b->workspace().versions()->version(x).codeVersion, second = b->workspace().versions()->version(y).codeVersion;
    DiffView *diff = m_app.window->compareVersions(b->workspace().refFor(first), b->workspace().refFor(second));
    QVERIFY(diff);
    // Ready, or both sides could not be loaded (then a title says so).
    const bool settled = waitFor([diff] { return diff->isReady() || diff->left().title.contains(QStringLiteral("could not be loaded")); });
    QVERIFY2(settled, "a comparison neither finished nor failed");
    if (diff->isReady() && !diff->left().title.contains(QStringLiteral("could not be loaded"))) {
        const DemoCodeVersion *a = DemoData::instance().codeVersion(routine, first);
        const DemoCodeVersion *c = DemoData::instance().codeVersion(routine, second);
        QVERIFY(a && c);
        const QSet<QByteArray> truth{DemoData::instance().code(*a), DemoData::instance().code(*c)};
        QVERIFY(truth.contains(diff->left().bytes));
        QVERIFY(truth.contains(diff->right().bytes));
        ++m_diffs;
    }
    delete diff; // close the tab
}

bool TestSoak::ensureHuaweiApp()
{
    AccountPanel *panel = m_app.window->accountPanel();
    if (!panel->selectedAccountId().startsWith(QLatin1String("demo-huawei"))
        && !choose(m_random.bounded(2) ? QStringLiteral("demo-huawei-iam") : QStringLiteral("demo-huawei-aksk")))
        return false;
    AppCodeBrowser *b = m_app.window->appCodeBrowser();
    if (!waitFor([b] { return child<QComboBox>(b, "instanceBox")->count() > 0; }, 5000)) {
        // The gateway list failed: select the account again, as a user would.
        choose(QStringLiteral("demo-alibaba-ak"));
        choose(QStringLiteral("demo-huawei-aksk"));
        return false;
    }
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (!waitFor([b] { return b->workspace().apps()->state() != LoadState::Loading; }))
            return false;
        if (b->workspace().apps()->state() == LoadState::Ready)
            break;
        b->workspace().apps()->refresh();
    }
    b->selectApp(DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id);
    return waitFor([b] { return b->workspace().pager()->appId() == DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id; });
}

void TestSoak::pageAppCodes()
{
    if (!ensureHuaweiApp()) {
        ++m_failedSteps;
        return;
    }
    AppCodePager *pager = m_app.window->appCodeBrowser()->workspace().pager();
    const QList<int> sizes = AppCodePager::pageSizes();
    pager->setPageSize(sizes.at(int(m_random.bounded(int(sizes.size())))));
    const int page = int(m_random.bounded(qMax(1, pager->pageCount())));
    pager->goToPage(page);
    QVERIFY2(waitFor([pager] { return pager->state() == LoadState::Ready || pager->state() == LoadState::Failed; }), "AppCode page hung");
    if (pager->state() == LoadState::Failed) {
        QVERIFY(!pager->error().summary().isEmpty());
        if (!pager->error().requestId.isEmpty())
            QVERIFY(pager->error().summary().contains(pager->error().requestId));
        pager->refresh(); // Retry
        return;
    }
    // What is shown is exactly the emulator's slice for that page.
    const auto &all = DemoData::instance().app(QLatin1String(DemoData::BigAppName))->appCodes;
    const qint64 first = qint64(pager->currentPage()) * pager->pageSize();
    QCOMPARE(pager->total(), qint64(all.size()));
    for (int i = 0; i < pager->codes().size(); ++i)
        QCOMPARE(pager->codes().at(i).appCode, all.at(int(first + i)).appCode);
    ++m_pages;
}

void TestSoak::switchAccount()
{
    const auto accounts = m_app.store->accounts();
    choose(accounts.at(int(m_random.bounded(int(accounts.size())))).id);
}

void TestSoak::scriptedUserUnderFaults()
{
    const int ops = qEnvironmentVariableIntValue("CLOUDCODES_SOAK_OPS") > 0 ? qEnvironmentVariableIntValue("CLOUDCODES_SOAK_OPS") : 200;
    for (int op = 0; op < ops; ++op) {
        const int what = int(m_random.bounded(10));
        if (what < 5)
            openVersions();
        else if (what < 6)
            compareVersions();
        else if (what < 9)
            pageAppCodes();
        else
            switchAccount();
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("soak: %d operations, %d codes shown (all SHA-256 equal), %d failures shown, %d diffs, %d AppCode pages, %d steps gave up after retries; %d requests served",
          ops, m_shownCodes, m_shownErrors, m_diffs, m_pages, m_failedSteps, m_app.emulator->totalRequests());
    QVERIFY(m_shownCodes > 0);
    QVERIFY(m_pages > 0);
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
