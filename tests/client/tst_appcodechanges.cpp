// AppCode changes against the emulator: the value rule and strong values; the write calls
// refused before sending for an account that does not allow changes; creating (generated and
// custom) under the per-app limit; a lost answer reconciled by listing — exactly one new
// AppCode, never a second create; deleting with a stop at the first failure; pending
// rotations that survive a restart with ids only; and a journal without AppCode values.
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "app/apig/AppCodeCreation.h"
#include "app/apig/AppCodeDeletion.h"
#include "app/apig/AppCodeRotations.h"
#include "app/apig/AppCodeRule.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestAppCodeChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rule_data();
    void rule();
    void generatedValuesFollowTheRule();
    void writesNeedAllowChanges();
    void createGenerated();
    void createCustom();
    void invalidValueIsNeverSent();
    void fullAppSendsNothing();
    void refusalShowsTheCode();
    void lostCreateAnswerFindsTheOneCreated();
    void lostCreateAnswerThatDidNotHappen();
    void droppedCreateIsSentOnce();
    void deleteStopsAtFirstFailure();
    void lostDeleteAnswerIsLookedUp();
    void rotationsSurviveARestart();

private:
    std::shared_ptr<ApigClient> client(bool allowChanges = true)
    {
        HuaweiAuth auth;
        auth.mode = HuaweiAuth::Mode::AkSk;
        auth.akSk = {QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey)};
        return std::make_shared<ApigClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()), QUrl(m_app.emulator->baseUrl()),
                                            QLatin1String(DemoData::HuaweiRegion), QLatin1String(DemoData::HuaweiProjectId), auth, allowChanges);
    }
    static const DemoApp &app(const char *name) { return *DemoData::instance().app(QLatin1String(name)); }
    static QString instanceOf(const DemoApp &a)
    {
        for (const DemoInstance &i : DemoData::instance().instances()) {
            for (const DemoApp &x : i.apps) {
                if (x.id == a.id)
                    return i.id;
            }
        }
        return {};
    }
    AppCodeChange::Context context(const DemoApp &a, bool allowChanges = true)
    {
        return AppCodeChange::Context{client(allowChanges), QStringLiteral("demo-huawei-aksk"), QStringLiteral("Huawei AK/SK"),
                                      instanceOf(a), QString(), a.id, a.name, m_app.journal};
    }
    QList<AppCode> codes(const DemoApp &a)
    {
        const auto r = awaitResult(AppCodeChange::readAll(client(), instanceOf(a), a.id));
        return r.ok() ? r.value() : QList<AppCode>();
    }
    static bool waitFor(CloudChange &change)
    {
        QSignalSpy finished(&change, &CloudChange::finished);
        return finished.wait(30000);
    }
    int writes() const
    {
        int n = 0;
        for (const char *op : {"apig:CreateAppCodeAutoV2", "apig:CreateAppCodeV2", "apig:DeleteAppCodeV2"})
            n += m_app.emulator->requestCount(QLatin1String(op));
        return n;
    }

    AppFixture m_app;
};

void TestAppCodeChanges::init()
{
    QVERIFY(m_app.start(false));
}

void TestAppCodeChanges::cleanup()
{
    m_app.stop();
}

void TestAppCodeChanges::rule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("64 letters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("180") << QString(180, QLatin1Char('Z')) << true;
    QTest::newRow("63") << QString(63, QLatin1Char('a')) << false;
    QTest::newRow("181") << QString(181, QLatin1Char('a')) << false;
    QTest::newRow("starts with +") << QStringLiteral("+") + QString(63, QLatin1Char('a')) << true;
    QTest::newRow("starts with /") << QStringLiteral("/") + QString(63, QLatin1Char('a')) << true;
    QTest::newRow("starts with _") << QStringLiteral("_") + QString(63, QLatin1Char('a')) << false;
    QTest::newRow("starts with =") << QStringLiteral("=") + QString(63, QLatin1Char('a')) << false;
    QTest::newRow("allowed punctuation") << QStringLiteral("a") + QStringLiteral("+_!@#$%-/=").repeated(7) << true;
    QTest::newRow("space") << QStringLiteral("a b") + QString(62, QLatin1Char('a')) << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("aé") + QString(62, QLatin1Char('a')) << false;
    QTest::newRow("asterisk") << QString(63, QLatin1Char('a')) + QStringLiteral("*") << false;
}

void TestAppCodeChanges::rule()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(AppCodeRule::problem(value).isEmpty(), valid);
}

void TestAppCodeChanges::generatedValuesFollowTheRule()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString v = AppCodeRule::generate();
        QVERIFY2(AppCodeRule::problem(v).isEmpty(), qPrintable(AppCodeRule::problem(v)));
        QCOMPARE(v.size(), AppCodeRule::MinLength);
        seen.insert(v);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(AppCodeRule::generate(500).size(), AppCodeRule::MaxLength);
}

void TestAppCodeChanges::writesNeedAllowChanges()
{
    const DemoApp &a = app(DemoData::RotationAppName);
    auto c = client(false);
    QCOMPARE(awaitResult(c->createAppCode(instanceOf(a), a.id)).error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(awaitResult(c->createAppCode(instanceOf(a), a.id, AppCodeRule::generate())).error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(awaitResult(c->deleteAppCode(instanceOf(a), a.id, a.appCodes.first().id)).error().kind, ApiError::Kind::NotAllowed);
    QCOMPARE(m_app.emulator->totalRequests(), 0);
}

void TestAppCodeChanges::createGenerated()
{
    const DemoApp &a = app(DemoData::RotationAppName);
    const int before = int(codes(a).size());
    AppCodeCreation create(context(a));
    create.start();
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY(create.created());
    QVERIFY(AppCodeRule::problem(create.created()->appCode).isEmpty());
    QCOMPARE(create.created()->appId, a.id);
    QCOMPARE(codes(a).size(), before + 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:CreateAppCodeAutoV2")), 1);
    QVERIFY(!create.created()->requestId.isEmpty());
    QCOMPARE(m_app.journal->records().last().requestId, create.created()->requestId);
    // The journal names the AppCode by id only.
    QFile f(m_app.journal->file());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray journal = f.readAll();
    QVERIFY(journal.contains(create.created()->id.toUtf8()));
    QVERIFY(!journal.contains(create.created()->appCode.toUtf8()));
}

void TestAppCodeChanges::createCustom()
{
    const DemoApp &a = app(DemoData::RotationAppName);
    const QString value = AppCodeRule::generate(100);
    AppCodeCreation create(context(a));
    create.start(value);
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::Done);
    QCOMPARE(create.created()->appCode, value);
    const auto shown = awaitResult(client()->showAppCode(instanceOf(a), a.id, create.created()->id));
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().appCode, value);
    QVERIFY(!m_app.journal->csv().contains(value.toUtf8()));
}

void TestAppCodeChanges::invalidValueIsNeverSent()
{
    const DemoApp &a = app(DemoData::RotationAppName);
    AppCodeCreation create(context(a));
    create.start(QStringLiteral("too short"));
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::NotSent);
    QVERIFY(create.message().contains(QStringLiteral("at least 64")));
    QCOMPARE(m_app.emulator->totalRequests(), 0);
}

void TestAppCodeChanges::fullAppSendsNothing()
{
    const DemoApp &big = app(DemoData::BigAppName); // 1,234 AppCodes, far above the limit
    AppCodeCreation create(context(big));
    create.start();
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::NotSent);
    QVERIFY2(create.message().contains(QStringLiteral("allows 5 per app")), qPrintable(create.message()));
    QCOMPARE(writes(), 0);
}

void TestAppCodeChanges::refusalShowsTheCode()
{
    // The emulator allows fewer than the documented five: the gateway's own refusal shows.
    m_app.emulator->setAppCodeLimit(2);
    const DemoApp &a = app(DemoData::RotationAppName); // holds 2
    AppCodeCreation create(context(a));
    create.start();
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::Refused);
    QCOMPARE(create.error().code, QStringLiteral("APIG.3131"));
    QCOMPARE(m_app.journal->records().last().outcome, ChangeRecord::Outcome::Refused);
}

void TestAppCodeChanges::lostCreateAnswerFindsTheOneCreated()
{
    const DemoApp &a = app(DemoData::RotationAppName);
    const QList<AppCode> before = codes(a);
    m_app.emulator->forceFaultFor(QStringLiteral("apig:CreateAppCodeAutoV2"), FaultKind::ResetMidBody);
    AppCodeCreation create(context(a));
    create.start();
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::Happened);
    QVERIFY(create.created());
    QVERIFY2(create.message().contains(QStringLiteral("No second one was made")), qPrintable(create.message()));
    const QList<AppCode> after = codes(a);
    QCOMPARE(after.size(), before.size() + 1); // exactly one new AppCode
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:CreateAppCodeAutoV2")), 1);
    bool found = false;
    for (const AppCode &c : after)
        found |= c.id == create.created()->id;
    QVERIFY(found);
}

void TestAppCodeChanges::lostCreateAnswerThatDidNotHappen()
{
    const DemoApp &a = app(DemoData::RotationAppName);
    const int before = int(codes(a).size());
    m_app.emulator->forceFaultFor(QStringLiteral("apig:CreateAppCodeV2"), FaultKind::Unavailable, 3);
    AppCodeCreation create(context(a));
    create.start(AppCodeRule::generate());
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::DidNotHappen);
    QCOMPARE(codes(a).size(), before);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:CreateAppCodeV2")), 1);
}

void TestAppCodeChanges::droppedCreateIsSentOnce()
{
    // Created, then the connection goes before any answer: a PUT with no body, which Qt would
    // happily send again — it must not, and the listing finds the one created.
    const DemoApp &a = app(DemoData::RotationAppName);
    const int before = int(codes(a).size());
    m_app.emulator->forceFaultFor(QStringLiteral("apig:CreateAppCodeAutoV2"), FaultKind::Drop, 3);
    AppCodeCreation create(context(a));
    create.start();
    QVERIFY(waitFor(create));
    QCOMPARE(create.outcome(), ChangeRecord::Outcome::Happened);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:CreateAppCodeAutoV2")), 1);
    QCOMPARE(codes(a).size(), before + 1);
}

void TestAppCodeChanges::deleteStopsAtFirstFailure()
{
    const DemoApp &a = app("internal-tools");
    const QList<AppCode> before = codes(a);
    QVERIFY(before.size() >= 2);
    AppCode ghost = before.at(1);
    ghost.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    AppCodeDeletion del(context(a));
    QSignalSpy progress(&del, &CloudChange::progress);
    del.start({before.at(0), ghost, before.at(1)});
    QVERIFY(waitFor(del));
    QCOMPARE(del.outcome(), ChangeRecord::Outcome::Refused);
    QCOMPARE(del.error().httpStatus, 404);
    QCOMPARE(del.deleted(), QStringList{before.at(0).id});
    QCOMPARE(del.notDeleted(), (QStringList{ghost.id, before.at(1).id}));
    QCOMPARE(codes(a).size(), before.size() - 1);
    QVERIFY(progress.size() >= 2);
}

void TestAppCodeChanges::lostDeleteAnswerIsLookedUp()
{
    // The gateway deletes it, then says nothing: the answer never comes (a 204 has no body to cut).
    const DemoApp &a = app("internal-tools");
    const QList<AppCode> before = codes(a);
    NetworkSettings quick = m_app.transport->settings();
    quick.timeoutMs = 500;
    m_app.transport->setSettings(quick);
    FaultPlan plan;
    plan.stallMs = 3000;
    m_app.emulator->setFaultPlan(plan);
    m_app.emulator->forceFaultFor(QStringLiteral("apig:DeleteAppCodeV2"), FaultKind::Stall);
    AppCodeDeletion del(context(a));
    del.start({before.first()});
    QVERIFY(waitFor(del));
    QCOMPARE(del.outcome(), ChangeRecord::Outcome::Happened);
    QCOMPARE(del.deleted(), QStringList{before.first().id});
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:DeleteAppCodeV2")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ShowDetailsOfAppCodeV2")), 1);
}

void TestAppCodeChanges::rotationsSurviveARestart()
{
    const QString file = m_app.dir->filePath(QStringLiteral("rotations.conf"));
    const PendingRotation r{QStringLiteral("inst"), QStringLiteral("app1"), QStringLiteral("data-export"), QStringLiteral("old-id"),
                            QStringLiteral("new-id"), QDateTime::currentDateTimeUtc()};
    {
        QSettings s(file, QSettings::IniFormat);
        AppCodeRotations rotations(s);
        rotations.add(QStringLiteral("acct"), r);
        rotations.add(QStringLiteral("acct"), r); // once, not twice
        QCOMPARE(rotations.pending(QStringLiteral("acct")).size(), 1);
    }
    QSettings s(file, QSettings::IniFormat);
    AppCodeRotations rotations(s);
    const QList<PendingRotation> back = rotations.pending(QStringLiteral("acct"), QStringLiteral("inst"), QStringLiteral("app1"));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().newId, QStringLiteral("new-id"));
    QCOMPARE(back.first().startedAt.toSecsSinceEpoch(), r.startedAt.toSecsSinceEpoch());
    QVERIFY(rotations.pending(QStringLiteral("acct"), QStringLiteral("inst"), QStringLiteral("other")).isEmpty());
    QVERIFY(rotations.pending(QStringLiteral("other")).isEmpty());
    rotations.remove(QStringLiteral("acct"), QStringLiteral("old-id"));
    QVERIFY(rotations.pending(QStringLiteral("acct")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAppCodeChanges)
#include "tst_appcodechanges.moc"
