// The edge routines screen's workspace (app/workspaces/EsaWorkspace.h) with cloudcodes_core alone,
// against the emulator, through every flow the screen offers: the routine of last time, open (and
// the jump into the version), compare, annotate, the release rules, deploy, delete, upload and
// the git export, each made from what the workspace holds.
#include "tests/support/AppFixture.h"
#include "app/changes/ChangeJournal.h"
#include "app/esa/CodeUpload.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/Deployment.h"
#include "app/esa/RoutineListModel.h"
#include "app/esa/RoutineSnapshot.h"
#include "app/esa/TrafficPlan.h"
#include "app/esa/VersionDeletion.h"
#include "app/history/RoutineAnnotation.h"
#include "app/history/RoutineHistoryExport.h"
#include "app/versions/Comparison.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/workspaces/EsaWorkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestEsaWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void routineOfLastTime();
    void openJumpCompareAnnotate();
    void releaseRules();
    void deployDeleteUpload();
    void exportHistory();
    void runsOnWithTheRoutine();

private:
    // The workspace on the demo AccessKey account, with edge-gateway's versions in.
    bool openEdge(EsaWorkspace &w)
    {
        w.setAccount(QStringLiteral("ak"), m_client);
        w.setAccountDetails(QStringLiteral("Alibaba AccessKey"), QStringLiteral("cn-hangzhou"), m_app.emulator->baseUrl());
        w.setJournal(m_app.journal);
        if (!QTest::qWaitFor([&] { return w.routines()->state() == LoadState::Ready; }, 20000))
            return false;
        w.chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
        return QTest::qWaitFor([&] { return w.versions()->state() == LoadState::Ready; }, 20000);
    }
    static bool done(RoutineChange &change)
    {
        QSignalSpy finished(&change, &RoutineChange::finished);
        return finished.wait(30000) && change.outcome() == ChangeRecord::Outcome::Done;
    }
    QString newest(const EsaWorkspace &w) const { return w.versions()->version(0).codeVersion; }

    AppFixture m_app;
    std::shared_ptr<EsaClient> m_client;
};

void TestEsaWorkspace::init()
{
    QVERIFY(m_app.start(false));
    m_client = std::make_shared<EsaClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()),
                                           AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                              QLatin1String(DemoData::AlibabaAccessKeySecret), {}},
                                           true);
}

void TestEsaWorkspace::cleanup()
{
    m_client.reset();
    m_app.stop();
}

void TestEsaWorkspace::routineOfLastTime()
{
    {
        EsaWorkspace w(*m_app.repository, *m_app.state);
        QVERIFY(openEdge(w));
    }
    EsaWorkspace again(*m_app.repository, *m_app.state);
    again.setAccount(QStringLiteral("ak"), m_client);
    QTRY_COMPARE_WITH_TIMEOUT(again.routines()->state(), LoadState::Ready, 20000);
    QCOMPARE(again.routines()->index(again.routineRowToShow(), 0).data(RoutineListModel::RoutineNameRole).toString(),
             QLatin1String(DemoData::EdgeRoutineName));
    QVERIFY(!again.chooseRoutine(QString()));
}

void TestEsaWorkspace::openJumpCompareAnnotate()
{
    EsaWorkspace w(*m_app.repository, *m_app.state);
    QVERIFY(openEdge(w));
    QSignalSpy opened(w.opener(), &OpenCodeVersion::versionOpened);
    const VersionRef ref = w.refFor(newest(w));
    w.open(EsaWorkspace::Jump{ref, 3, QStringLiteral("fetch"), false, false});
    QVERIFY(opened.wait(20000));
    const auto shown = opened.first().at(0).value<OpenedCodeVersion>();
    const std::optional<EsaWorkspace::Jump> jump = w.takeJump(shown);
    QVERIFY(jump && jump->line == 3 && jump->highlight == QStringLiteral("fetch"));
    QVERIFY(!w.takeJump(shown)); // once

    Comparison comparison(&w.repository());
    QSignalSpy ready(&comparison, &Comparison::diffReady);
    comparison.compareVersions(w.refFor(w.versions()->version(1).codeVersion), ref);
    QVERIFY(ready.wait(20000));
    QVERIFY(comparison.diff().added + comparison.diff().removed > 0);

    QVERIFY(!w.annotate(std::nullopt).isEmpty()); // nothing shown: says why
    QSignalSpy annotated(w.annotation(), &RoutineAnnotation::annotated);
    QVERIFY(w.annotate(w.opener()->shown()).isEmpty());
    QVERIFY(annotated.wait(30000));
    QCOMPARE(w.annotation()->target().codeVersion, newest(w));

    w.mark(w.versions()->version(2).codeVersion);
    QVERIFY(w.canCompareWithMarked(newest(w)));
    QVERIFY(!w.canCompareWithMarked(w.versions()->version(2).codeVersion));
}

void TestEsaWorkspace::releaseRules()
{
    EsaWorkspace w(*m_app.repository, *m_app.state);
    QVERIFY(openEdge(w));
    QVERIFY(w.offersReleases());
    // The demo's production runs a 90/10 canary of the last two versions.
    const QString canary = w.canaryVersion(), main = w.canaryMainVersion();
    QVERIFY(!canary.isEmpty() && !main.isEmpty());
    const EsaWorkspace::ReleaseOffers onMain = w.releaseOffers(main, {});
    QVERIFY(onMain.available);
    QVERIFY(onMain.promoteLabel.contains(shortVersionId(canary)));
    QVERIFY(onMain.abortLabel.contains(shortVersionId(main)));
    QVERIFY(!onMain.whyNoDelete.isEmpty()); // production runs it
    const QString old = w.versions()->version(w.versions()->rowCount() - 1).codeVersion;
    const EsaWorkspace::ReleaseOffers onOld = w.releaseOffers(old, {old, main});
    QVERIFY(onOld.rollback);
    QCOMPARE(onOld.toDelete, (QStringList{old, main}));
    QVERIFY(onOld.whyNoDelete.isEmpty()); // more than one: the dialog says which stay
    QVERIFY(w.whyNoDeploy(old).isEmpty());
    QVERIFY(!w.whyNoDeploy(QStringLiteral("no-such-version")).isEmpty());

    // An account that does not allow changes is offered none.
    auto readOnly = std::make_shared<EsaClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()),
                                                AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                                   QLatin1String(DemoData::AlibabaAccessKeySecret), {}},
                                                false);
    EsaWorkspace locked(*m_app.repository, *m_app.state);
    locked.setAccount(QStringLiteral("ro"), readOnly);
    QVERIFY(!locked.releaseOffers(old, {}).available);
    QVERIFY(!locked.whyNoDeploy(old).isEmpty());
}

void TestEsaWorkspace::deployDeleteUpload()
{
    EsaWorkspace w(*m_app.repository, *m_app.state);
    QVERIFY(openEdge(w));
    const QString version = w.versions()->version(5).codeVersion;

    const TrafficPlan plan(*w.versions()->detail(), QStringLiteral("staging"), version);
    Deployment deploy(w.changeContext());
    deploy.start(QStringLiteral("deploy"), QStringLiteral("staging"), plan.planned(), plan.current());
    QVERIFY(done(deploy));
    w.showChanged(*deploy.after());
    QVERIFY(w.versions()->detail()->environment(QStringLiteral("staging"))->percentageOf(version) == 100);

    const CodeVersion oldest = w.versions()->version(w.versions()->rowCount() - 1);
    QVERIFY(VersionDeletion::whyNot(*w.versions()->detail(), oldest.codeVersion).isEmpty());
    VersionDeletion remove(w.changeContext());
    remove.start({oldest});
    QVERIFY(done(remove));
    w.showChanged(*remove.after());
    QCOMPARE(w.versions()->rowOf(oldest.codeVersion), -1);

    CodeUpload upload(w.changeContext());
    upload.start("export default { fetch() { return new Response('from the workspace test'); } };\n", QStringLiteral("workspace test"));
    QVERIFY(done(upload));
    w.showChanged(*upload.after());
    QVERIFY(w.versions()->rowOf(upload.newVersion()) >= 0);
    QCOMPARE(m_app.journal->records().size(), 3); // deploy, delete, upload, each journaled
}

void TestEsaWorkspace::exportHistory()
{
    EsaWorkspace w(*m_app.repository, *m_app.state);
    QVERIFY(openEdge(w));
    QTemporaryDir dir;
    RoutineHistoryExport job(w.repository());
    QSignalSpy finished(&job, &RoutineHistoryExport::finished);
    job.start(RoutineHistoryExport::Target{w.client(), w.accountId(), w.accountName(), w.routine(), dir.path()});
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Finished);
    QCOMPARE(job.result().written, w.versions()->rowCount());
}

void TestEsaWorkspace::runsOnWithTheRoutine()
{
    EsaWorkspace w(*m_app.repository, *m_app.state);
    QVERIFY(openEdge(w));
    QVERIFY(QTest::qWaitFor([&] { return w.placement().has_value(); }, 20000));
    QCOMPARE(w.placement()->routine, QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(w.placement()->customDomains.size(), 1);
    QCOMPARE(w.placement()->customDomains.first().recordName, QStringLiteral("gw.example.com"));
    QCOMPARE(w.placement()->routes.size(), 1);
    QCOMPARE(w.placement()->routes.first().route.routeName, QStringLiteral("www-gateway"));

    // A route added through the change machinery shows once the placement is read again.
    RoutineRoute route;
    route.siteId = DemoData::ExampleSiteId;
    route.routeName = QStringLiteral("gw-api");
    route.ruleText = rules::Rule::fromPattern(QStringLiteral("api.example.com/*")).text();
    route.sequence = 7;
    PlacementChange add(w.placementChangeContext());
    QSignalSpy finished(&add, &PlacementChange::finished);
    add.addRoute(route);
    QVERIFY(finished.wait(30000));
    QCOMPARE(add.outcome(), ChangeRecord::Outcome::Done);
    w.refreshPlacement();
    QVERIFY(!w.placement());
    QVERIFY(QTest::qWaitFor([&] { return w.placement().has_value(); }, 20000));
    QCOMPARE(w.placement()->routes.size(), 2);
    QCOMPARE(w.placement()->routes.last().readable, QStringLiteral("api.example.com/*"));

    // Refreshing the versions reads the placement again; another routine has its own.
    const int gets = m_app.emulator->requestCount(QStringLiteral("ListRoutineRoutes"));
    w.versions()->refresh();
    QVERIFY(QTest::qWaitFor([&] { return w.placement().has_value() && !w.placementLoading(); }, 20000));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("ListRoutineRoutes")), gets + 1);
    w.chooseRoutine(QStringLiteral("header-rewrite"));
    QVERIFY(QTest::qWaitFor([&] { return w.placement() && w.placement()->routine == QStringLiteral("header-rewrite"); }, 20000));
    QVERIFY(w.placement()->routes.first().neverWins());
}

QTEST_GUILESS_MAIN(TestEsaWorkspace)
#include "tst_esaworkspace.moc"
