// Changing edge routines against the emulator: the write calls (refused before sending for an
// account that does not allow changes), deployments (100 %, canary, promote, abort, roll back)
// that check what they replace and read it back, refusals with the vendor's code and RequestId,
// answers lost on the way (read back, never sent again), deleting versions (never a deployed
// one, stopping at the first failure), uploading a file through the OSS form and committing it,
// the version quota's "make room", and the journal of it all (no secrets, CSV).
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "app/changes/ChangeJournal.h"
#include "app/esa/CodeUpload.h"
#include "app/esa/Deployment.h"
#include "app/esa/VersionDeletion.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestEsaChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesNeedAllowChanges();
    void olderEnvsShapeIsRead();
    void deployToStaging();
    void canaryPromoteAbortRollback();
    void changedSinceReviewedSendsNothing();
    void refusedShowsCodeAndRequestId();
    void lostAnswerThatHappenedIsReadBack();
    void lostAnswerThatDidNotHappenIsReadBack();
    void droppedDeploymentIsSentOnce();
    void deleteVersions();
    void deleteStopsAtFirstFailure();
    void deployedVersionIsNeverDeleted();
    void uploadMakesANewVersion();
    void uploadCheck_data();
    void uploadCheck();
    void quotaFullMakesRoomThenCommits();
    void lostCommitAnswerFindsTheNewVersion();
    void journalKeepsEverythingButSecrets();

private:
    RoutineChange::Context context(const QString &routine, bool allowChanges = true)
    {
        auto client = std::make_shared<EsaClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()),
                                                  AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                                     QLatin1String(DemoData::AlibabaAccessKeySecret), {}},
                                                  allowChanges);
        return RoutineChange::Context{client, QStringLiteral("demo-alibaba-ak"), QStringLiteral("Alibaba AccessKey"), routine, m_app.journal};
    }
    static const DemoRoutine &demo(const QString &name) { return *DemoData::instance().routine(name); }
    static QString edge() { return QLatin1String(DemoData::EdgeRoutineName); }
    RoutineSnapshot snapshot(const QString &routine)
    {
        const auto r = awaitResult(RoutineSnapshot::read(context(routine).client, routine));
        [&] { QVERIFY2(r.ok(), qPrintable(r.error().summary())); }();
        return r.ok() ? r.value() : RoutineSnapshot{};
    }
    QList<DeployedVersion> runs(const QString &routine, const QString &env)
    {
        const RoutineSnapshot s = snapshot(routine);
        const RoutineEnvironment *e = s.detail.environment(env);
        return e ? e->versions : QList<DeployedVersion>();
    }
    static QList<DeployedVersion> at100(const QString &v) { return {DeployedVersion{v, 100, {}, {}}}; }
    // Runs a change to its end.
    static bool waitFor(RoutineChange &change)
    {
        QSignalSpy finished(&change, &RoutineChange::finished);
        return finished.wait(30000);
    }

    AppFixture m_app;
};

void TestEsaChanges::init()
{
    QVERIFY(m_app.start(false));
}

void TestEsaChanges::cleanup()
{
    m_app.stop();
}

void TestEsaChanges::writesNeedAllowChanges()
{
    const auto ctx = context(edge(), false);
    const QString v = demo(edge()).versions.at(3).codeVersion;
    const auto deploy = awaitResult(ctx.client->createRoutineCodeDeployment(edge(), QStringLiteral("staging"), at100(v)));
    QCOMPARE(deploy.error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(awaitResult(ctx.client->deleteRoutineCodeVersion(edge(), v)).error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(awaitResult(ctx.client->getRoutineStagingCodeUploadInfo(edge(), {})).error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(awaitResult(ctx.client->commitRoutineStagingCode(edge(), {})).error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(m_app.emulator->totalRequests(), 0); // nothing reached the wire
    // A change job on such an account ends NotSent, and only its read reached the service.
    Deployment d(ctx);
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), runs(edge(), QStringLiteral("staging")));
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::NotSent);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 0);
}

void TestEsaChanges::olderEnvsShapeIsRead()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"RequestId":"r1","Envs":[
        {"Env":"production","CodeVersion":"1001","CanaryCodeVersion":"1002","CanaryAreaList":["HuaDong","HuaBei"]},
        {"Env":"staging","CodeVersion":"1003"}]})").object();
    const ApiResult<RoutineDetail> d = EsaClient::parseRoutineDetail(QStringLiteral("r"), json);
    QVERIFY(d.ok());
    QCOMPARE(d.value().envs.size(), 2);
    const RoutineEnvironment *prod = d.value().environment(QStringLiteral("production"));
    QVERIFY(prod);
    QCOMPARE(prod->mainVersion(), QStringLiteral("1001"));
    QCOMPARE(prod->canaryVersion(), QStringLiteral("1002"));
    QCOMPARE(prod->canaryAreas, (QStringList{QStringLiteral("HuaDong"), QStringLiteral("HuaBei")}));
    QCOMPARE(d.value().badgesFor(QStringLiteral("1002")), QStringList{QStringLiteral("production canary (HuaDong, HuaBei)")});
    QCOMPARE(d.value().badgesFor(QStringLiteral("1003")), QStringList{QStringLiteral("staging")});
    QVERIFY(d.value().isDeployed(QStringLiteral("1002")));
}

void TestEsaChanges::deployToStaging()
{
    const QString v = demo(edge()).versions.at(5).codeVersion;
    const QList<DeployedVersion> before = runs(edge(), QStringLiteral("staging"));
    Deployment d(context(edge()));
    QSignalSpy progress(&d, &RoutineChange::progress);
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), before);
    QVERIFY(d.isRunning());
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY2(d.message().contains(QStringLiteral("staging now runs %1 at 100 %").arg(v)), qPrintable(d.message()));
    QVERIFY(!progress.isEmpty());
    QVERIFY(Deployment::sameTraffic(runs(edge(), QStringLiteral("staging")), at100(v)));
    QVERIFY(Deployment::sameTraffic(d.after()->detail.environment(QStringLiteral("staging"))->versions, at100(v)));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 1);
    QCOMPARE(m_app.journal->records().size(), 1);
    const ChangeRecord r = m_app.journal->records().first();
    QCOMPARE(r.action, QStringLiteral("deploy"));
    QCOMPARE(r.outcome, ChangeRecord::Outcome::Done);
    QCOMPARE(r.target, edge());
    QVERIFY(!r.requestId.isEmpty());
    QCOMPARE(r.before, RoutineSnapshot::describe(QStringLiteral("staging"), before));
    QCOMPARE(r.after, RoutineSnapshot::describe(QStringLiteral("staging"), at100(v)));
}

void TestEsaChanges::canaryPromoteAbortRollback()
{
    const QList<DemoCodeVersion> &versions = demo(edge()).versions;
    const QString stable = versions.at(versions.size() - 2).codeVersion; // the demo runs a 90/10 canary
    const QString fresh = versions.last().codeVersion;
    const QString prod = QStringLiteral("production");
    QList<DeployedVersion> now = runs(edge(), prod);
    QCOMPARE(now.size(), 2);

    // Promote: the canary to 100 %.
    Deployment promote(context(edge()));
    promote.start(QStringLiteral("promote"), prod, at100(fresh), now);
    QVERIFY(waitFor(promote));
    QCOMPARE(promote.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY(Deployment::sameTraffic(runs(edge(), prod), at100(fresh)));

    // A new canary: an older version at 20 % beside it.
    const QString older = versions.at(30).codeVersion;
    const QList<DeployedVersion> canary{{older, 20, {}, {}}, {fresh, 80, {}, {}}};
    Deployment c(context(edge()));
    c.start(QStringLiteral("canary"), prod, canary, at100(fresh));
    QVERIFY(waitFor(c));
    QCOMPARE(c.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY2(c.message().contains(QStringLiteral("at 80 % and %1 at 20 %").arg(older)), qPrintable(c.message()));
    QVERIFY(Deployment::sameTraffic(runs(edge(), prod), canary));

    // Abort: the stable one back to 100 %.
    Deployment abort(context(edge()));
    abort.start(QStringLiteral("abort-canary"), prod, at100(fresh), canary);
    QVERIFY(waitFor(abort));
    QCOMPARE(abort.outcome(), ChangeRecord::Outcome::Done);

    // Roll back to an old version.
    Deployment rollback(context(edge()));
    rollback.start(QStringLiteral("rollback"), prod, at100(stable), at100(fresh));
    QVERIFY(waitFor(rollback));
    QCOMPARE(rollback.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY(Deployment::sameTraffic(runs(edge(), prod), at100(stable)));
    QCOMPARE(m_app.journal->records().size(), 4);
    QStringList actions;
    for (const ChangeRecord &r : m_app.journal->records())
        actions << r.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("promote"), QStringLiteral("canary"), QStringLiteral("abort-canary"), QStringLiteral("rollback")}));
}

void TestEsaChanges::changedSinceReviewedSendsNothing()
{
    const QString v = demo(edge()).versions.at(7).codeVersion;
    Deployment d(context(edge()));
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), at100(QStringLiteral("1234567890"))); // not what runs
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::NotSent);
    QVERIFY(d.message().contains(QStringLiteral("changed since you reviewed it")));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 0);
    QVERIFY(m_app.journal->records().isEmpty()); // nothing was sent, nothing to journal
}

void TestEsaChanges::refusedShowsCodeAndRequestId()
{
    const QString v = demo(edge()).versions.at(7).codeVersion;
    Deployment d(context(edge()));
    d.start(QStringLiteral("canary"), QStringLiteral("staging"), {{v, 60, {}, {}}, {demo(edge()).versions.at(8).codeVersion, 30, {}, {}}},
            runs(edge(), QStringLiteral("staging"))); // 90 in all: the service refuses it
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::Refused);
    QCOMPARE(d.error().code, QStringLiteral("InvalidParameter"));
    QVERIFY(!d.error().requestId.isEmpty());
    QVERIFY(d.message().contains(d.error().requestId));
    QCOMPARE(m_app.journal->records().last().outcome, ChangeRecord::Outcome::Refused);
    QCOMPARE(m_app.journal->records().last().requestId, d.error().requestId);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 1);
}

void TestEsaChanges::lostAnswerThatHappenedIsReadBack()
{
    // The deployment is carried out, then the connection resets in the middle of the answer.
    const QString v = demo(edge()).versions.at(9).codeVersion;
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineCodeDeployment"), FaultKind::ResetMidBody);
    Deployment d(context(edge()));
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), runs(edge(), QStringLiteral("staging")));
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::Happened);
    QVERIFY2(d.message().contains(QStringLiteral("went through: staging now runs %1 at 100 %").arg(v)), qPrintable(d.message()));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 1); // never sent again
    QCOMPARE(m_app.journal->records().last().outcome, ChangeRecord::Outcome::Happened);
}

void TestEsaChanges::lostAnswerThatDidNotHappenIsReadBack()
{
    const QString v = demo(edge()).versions.at(10).codeVersion;
    const QList<DeployedVersion> before = runs(edge(), QStringLiteral("staging"));
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineCodeDeployment"), FaultKind::Unavailable, 3);
    Deployment d(context(edge()));
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), before);
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::DidNotHappen);
    QVERIFY2(d.message().contains(QStringLiteral("nothing changed")), qPrintable(d.message()));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 1); // a 503 is not retried for a write
    QVERIFY(Deployment::sameTraffic(runs(edge(), QStringLiteral("staging")), before));
}

void TestEsaChanges::droppedDeploymentIsSentOnce()
{
    const QString v = demo(edge()).versions.at(12).codeVersion;
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineCodeDeployment"), FaultKind::Drop, 3);
    Deployment d(context(edge()));
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), runs(edge(), QStringLiteral("staging")));
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::Happened);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineCodeDeployment")), 1);
}

void TestEsaChanges::deleteVersions()
{
    const QList<DemoCodeVersion> &versions = demo(edge()).versions;
    const QList<CodeVersion> doomed{CodeVersion{versions.at(0).codeVersion, versions.at(0).description, {}, {}, {}},
                                    CodeVersion{versions.at(1).codeVersion, versions.at(1).description, {}, {}, {}}};
    VersionDeletion d(context(edge()));
    QSignalSpy progress(&d, &RoutineChange::progress);
    d.start(doomed);
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::Done);
    QCOMPARE(d.deleted(), (QStringList{versions.at(0).codeVersion, versions.at(1).codeVersion}));
    QVERIFY(!snapshot(edge()).hasVersion(versions.at(0).codeVersion));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("DeleteRoutineCodeVersion")), 2);
    QCOMPARE(m_app.journal->records().size(), 2);
    QVERIFY(m_app.journal->records().first().before.contains(versions.at(0).codeVersion));
    QVERIFY(progress.size() >= 3);
}

void TestEsaChanges::deleteStopsAtFirstFailure()
{
    const QList<DemoCodeVersion> &versions = demo(edge()).versions;
    const QList<CodeVersion> doomed{CodeVersion{versions.at(2).codeVersion, {}, {}, {}, {}},
                                    CodeVersion{QStringLiteral("9999999999"), {}, {}, {}, {}}, // not there: refused
                                    CodeVersion{versions.at(3).codeVersion, {}, {}, {}, {}}};
    VersionDeletion d(context(edge()));
    d.start(doomed);
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::Refused);
    QCOMPARE(d.deleted(), QStringList{versions.at(2).codeVersion});
    QCOMPARE(d.notDeleted(), (QStringList{QStringLiteral("9999999999"), versions.at(3).codeVersion}));
    QVERIFY2(d.message().contains(QStringLiteral("Not deleted")), qPrintable(d.message()));
    QVERIFY(snapshot(edge()).hasVersion(versions.at(3).codeVersion));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("DeleteRoutineCodeVersion")), 2);
}

void TestEsaChanges::deployedVersionIsNeverDeleted()
{
    const QString running = demo(edge()).versions.last().codeVersion; // production 10 %, staging
    const RoutineSnapshot now = snapshot(edge());
    QVERIFY(!VersionDeletion::whyNot(now.detail, running).isEmpty());
    VersionDeletion d(context(edge()));
    d.start({CodeVersion{demo(edge()).versions.at(4).codeVersion, {}, {}, {}, {}}, CodeVersion{running, {}, {}, {}, {}}});
    QVERIFY(waitFor(d));
    QCOMPARE(d.outcome(), ChangeRecord::Outcome::NotSent);
    QVERIFY2(d.message().contains(QStringLiteral("runs it")), qPrintable(d.message()));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("DeleteRoutineCodeVersion")), 0);
}

void TestEsaChanges::uploadMakesANewVersion()
{
    const QByteArray code = "export default {\n  async fetch(request) {\n    return new Response('hello from CloudCodes');\n  }\n};\n";
    CodeUpload u(context(edge()));
    u.start(code, QStringLiteral("hello from the test"));
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY(!u.newVersion().isEmpty());
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("oss:PostObject")), 1);
    const auto opened = awaitResult(context(edge()).client->getRoutineCodeVersion(edge(), u.newVersion()));
    QVERIFY(opened.ok());
    QCOMPARE(QByteArray::fromBase64(opened.value().routineCode), code);
    QCOMPARE(opened.value().description, QStringLiteral("hello from the test"));
    QCOMPARE(m_app.journal->records().last().action, QStringLiteral("upload"));
    QCOMPARE(m_app.journal->records().last().after, u.newVersion());
}

void TestEsaChanges::uploadCheck_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("warned");
    QTest::newRow("javascript") << QByteArray("export default { fetch() { return new Response('x'); } };\n") << true << false;
    QTest::newRow("typescript") << QByteArray("export default { fetch(r: Request): Response { return new Response('x'); } };\n") << true << true;
    QTest::newRow("json") << QByteArray("{\"a\": 1}\n") << true << true;
    QTest::newRow("empty") << QByteArray() << false << false;
    QTest::newRow("storage error") << QByteArray("<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code></Error>") << false << false;
    QTest::newRow("too large") << QByteArray(CodeUpload::MaxCodeBytes + 1, 'a') << false << false;
    QTest::newRow("cut off") << QByteArray("export default { fetch() { return new Response('x'") << true << true;
}

void TestEsaChanges::uploadCheck()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, ok);
    QFETCH(bool, warned);
    const CodeUpload::Check c = CodeUpload::check(code);
    QCOMPARE(c.ok(), ok);
    QCOMPARE(c.size, code.size());
    if (ok)
        QCOMPARE(!c.warnings.isEmpty(), warned);
    else
        QVERIFY(!c.problem.isEmpty());
}

void TestEsaChanges::quotaFullMakesRoomThenCommits()
{
    const QString full = QLatin1String(DemoData::FullRoutineName);
    const RoutineSnapshot before = snapshot(full);
    CodeUpload u(context(full));
    QSignalSpy quota(&u, &CodeUpload::quotaFull);
    u.start("export default { fetch() { return new Response('room'); } };\n", QStringLiteral("needs room"));
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Refused);
    QCOMPARE(u.error().code, QStringLiteral("CodeVersionNumberExceedQuotaLimit"));
    QCOMPARE(quota.size(), 1);
    const auto candidates = quota.first().first().value<QList<CodeVersion>>();
    QVERIFY(!candidates.isEmpty());
    QCOMPARE(candidates.first().codeVersion, before.undeployedOldestFirst().first().codeVersion);
    for (const CodeVersion &c : candidates)
        QVERIFY(!before.detail.isDeployed(c.codeVersion));
    const int uploads = m_app.emulator->requestCount(QStringLiteral("oss:PostObject"));
    u.makeRoomAndCommit({candidates.first()});
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY(!u.newVersion().isEmpty());
    const RoutineSnapshot after = snapshot(full);
    QVERIFY(!after.hasVersion(candidates.first().codeVersion));
    QVERIFY(after.hasVersion(u.newVersion()));
    QCOMPARE(after.versions.size(), before.versions.size());
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("oss:PostObject")), uploads); // the code was not sent again
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CommitRoutineStagingCode")), 2);
}

void TestEsaChanges::lostCommitAnswerFindsTheNewVersion()
{
    m_app.emulator->forceFaultFor(QStringLiteral("CommitRoutineStagingCode"), FaultKind::ResetMidBody);
    CodeUpload u(context(QStringLiteral("header-rewrite")));
    u.start("export default { fetch() { return new Response('lost'); } };\n", QStringLiteral("lost answer"));
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Happened);
    QVERIFY(!u.newVersion().isEmpty());
    QVERIFY(snapshot(QStringLiteral("header-rewrite")).hasVersion(u.newVersion()));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CommitRoutineStagingCode")), 1);
}

void TestEsaChanges::journalKeepsEverythingButSecrets()
{
    const QString v = demo(edge()).versions.at(11).codeVersion;
    Deployment d(context(edge()));
    d.start(QStringLiteral("deploy"), QStringLiteral("staging"), at100(v), runs(edge(), QStringLiteral("staging")));
    QVERIFY(waitFor(d));
    QFile f(m_app.journal->file());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    for (const char *secret : {DemoData::AlibabaAccessKeySecret, DemoData::AlibabaStsAccessKeySecret, DemoData::AlibabaStsSecurityToken})
        QVERIFY(!text.contains(secret));
    QVERIFY(text.contains(v.toUtf8()));
    QCOMPARE(text.count('\n'), 2); // sent (pending), then done
    // A journal opened again folds the two lines into one record.
    ChangeJournal again(m_app.journal->file());
    QCOMPARE(again.records().size(), 1);
    QCOMPARE(again.records().first().outcome, ChangeRecord::Outcome::Done);
    QCOMPARE(again.rowCount(), 1);
    const QByteArray csv = again.csv();
    QVERIFY(csv.startsWith("time,account,cloud,target,action,before,after,outcome,request_id,detail\n"));
    QVERIFY(csv.contains(",deploy,"));
    QVERIFY(csv.contains(",done,"));
    const QString exported = m_app.dir->filePath(QStringLiteral("changes.csv"));
    QVERIFY(again.exportCsv(exported));
    QFile e(exported);
    QVERIFY(e.open(QIODevice::ReadOnly));
    QCOMPARE(e.readAll(), csv);
}

QTEST_GUILESS_MAIN(TestEsaChanges)
#include "tst_esachanges.moc"
