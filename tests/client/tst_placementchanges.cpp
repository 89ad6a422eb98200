// Changes to where a routine runs (PlacementChange) against the emulator: routes and custom
// domains added, edited and deleted, each journaled; refused ones say so; with a lost answer the
// write is never sent again and the state read back says what happened.
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "app/esa/PlacementChange.h"

#include <QSignalSpy>
#include <QTest>

using Outcome = ChangeRecord::Outcome;

class TestPlacementChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addEditDeleteRoute();
    void refusedRule();
    void notAllowedIsNotSent();
    void lostAddThatHappened();
    void lostDeleteThatDidNotHappen();
    void addAndDeleteDomain();
    void lostDomainAddReadBack();

private:
    PlacementChange::Context context(const QString &routine, bool allowChanges = true)
    {
        auto client = std::make_shared<EsaClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()),
                                                  AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                                     QLatin1String(DemoData::AlibabaAccessKeySecret), {}},
                                                  allowChanges);
        return PlacementChange::Context{client, QStringLiteral("demo-alibaba-ak"), QStringLiteral("Alibaba AccessKey"), routine, m_app.journal};
    }
    static bool waitFor(PlacementChange &change)
    {
        QSignalSpy finished(&change, &PlacementChange::finished);
        return finished.wait(30000);
    }
    static RoutineRoute betaRoute()
    {
        RoutineRoute r;
        r.siteId = DemoData::CnSiteId;
        r.routeName = QStringLiteral("beta-config");
        r.ruleText = rules::Rule::fromPattern(QStringLiteral("beta.cloudcodes.cn/config/*")).text();
        r.sequence = 1;
        return r;
    }
    QList<RoutineRoute> cnRoutes()
    {
        const auto r = awaitResult(context(QStringLiteral("config-service")).client->listSiteRoutes(DemoData::CnSiteId));
        return r.ok() ? r.value() : QList<RoutineRoute>();
    }
    std::optional<RoutineRoute> cnRoute(qint64 configId)
    {
        for (const RoutineRoute &r : cnRoutes()) {
            if (r.configId == configId)
                return r;
        }
        return std::nullopt;
    }

    AppFixture m_app;
};

void TestPlacementChanges::init()
{
    QVERIFY(m_app.start(false));
}

void TestPlacementChanges::cleanup()
{
    m_app.stop();
}

void TestPlacementChanges::addEditDeleteRoute()
{
    PlacementChange add(context(QStringLiteral("config-service")));
    add.addRoute(betaRoute());
    QVERIFY(waitFor(add));
    QCOMPARE(add.outcome(), Outcome::Done);
    QVERIFY(add.createdId() > 0);
    const std::optional<RoutineRoute> added = cnRoute(add.createdId());
    QVERIFY(added);
    QCOMPARE(added->routine, QStringLiteral("config-service"));
    QCOMPARE(added->sequence, 1);
    QCOMPARE(m_app.journal->records().last().action, QStringLiteral("add-route"));
    QCOMPARE(m_app.journal->records().last().outcome, Outcome::Done);
    QVERIFY(m_app.journal->records().last().after.contains(QStringLiteral("beta.cloudcodes.cn/config/*")));

    RoutineRoute changed = *added;
    changed.enabled = false;
    changed.bypass = true;
    PlacementChange edit(context(QStringLiteral("config-service")));
    edit.editRoute(*added, changed);
    QVERIFY(waitFor(edit));
    QCOMPARE(edit.outcome(), Outcome::Done);
    QVERIFY(PlacementChange::sameRoute(*cnRoute(add.createdId()), changed));
    QVERIFY(m_app.journal->records().last().before.contains(QStringLiteral("enabled")));
    QVERIFY(m_app.journal->records().last().after.contains(QStringLiteral("disabled, bypass")));

    PlacementChange del(context(QStringLiteral("config-service")));
    del.deleteRoute(changed);
    QVERIFY(waitFor(del));
    QCOMPARE(del.outcome(), Outcome::Done);
    QVERIFY(!cnRoute(add.createdId()));
    QCOMPARE(m_app.journal->records().last().action, QStringLiteral("delete-route"));
}

void TestPlacementChanges::refusedRule()
{
    RoutineRoute bad = betaRoute();
    bad.ruleText = QStringLiteral("http.host eq");
    PlacementChange add(context(QStringLiteral("config-service")));
    add.addRoute(bad);
    QVERIFY(waitFor(add));
    QCOMPARE(add.outcome(), Outcome::Refused);
    QCOMPARE(m_app.journal->records().last().outcome, Outcome::Refused);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineRoute")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("ListSiteRoutes")), 0); // a refusal needs no read-back
}

void TestPlacementChanges::notAllowedIsNotSent()
{
    PlacementChange add(context(QStringLiteral("config-service"), false));
    add.addRoute(betaRoute());
    QVERIFY(waitFor(add));
    QCOMPARE(add.outcome(), Outcome::NotSent);
    QCOMPARE(m_app.emulator->totalRequests(), 0);
}

void TestPlacementChanges::lostAddThatHappened()
{
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineRoute"), FaultKind::ResetMidBody);
    PlacementChange add(context(QStringLiteral("config-service")));
    add.addRoute(betaRoute());
    QVERIFY(waitFor(add));
    QCOMPARE(add.outcome(), Outcome::Happened);
    QVERIFY2(add.message().contains(QStringLiteral("it was added")), qPrintable(add.message()));
    QVERIFY(add.createdId() > 0);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineRoute")), 1); // never sent again
    QCOMPARE(m_app.journal->records().last().outcome, Outcome::Happened);
}

void TestPlacementChanges::lostDeleteThatDidNotHappen()
{
    const RoutineRoute shield = cnRoutes().last();
    m_app.emulator->forceFaultFor(QStringLiteral("DeleteRoutineRoute"), FaultKind::Unavailable, 3);
    PlacementChange del(context(shield.routine));
    del.deleteRoute(shield);
    QVERIFY(waitFor(del));
    QCOMPARE(del.outcome(), Outcome::DidNotHappen);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("DeleteRoutineRoute")), 1);
    QVERIFY(cnRoute(shield.configId));
}

void TestPlacementChanges::addAndDeleteDomain()
{
    PlacementChange add(context(QStringLiteral("config-service")));
    add.addDomain(DemoData::CnSiteId, QStringLiteral("flags.cloudcodes.cn"));
    QVERIFY(waitFor(add));
    QCOMPARE(add.outcome(), Outcome::Done);
    const auto listed = awaitResult(context(QStringLiteral("config-service")).client->listRoutineRelatedRecords(QStringLiteral("config-service")));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().recordId, add.createdId());
    PlacementChange del(context(QStringLiteral("config-service")));
    del.deleteDomain(listed.value().first());
    QVERIFY(waitFor(del));
    QCOMPARE(del.outcome(), Outcome::Done);
    QCOMPARE(m_app.journal->records().last().action, QStringLiteral("delete-domain"));
    QCOMPARE(m_app.journal->records().last().before, QStringLiteral("flags.cloudcodes.cn"));
}

void TestPlacementChanges::lostDomainAddReadBack()
{
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineRelatedRecord"), FaultKind::Drop, 3);
    PlacementChange add(context(QStringLiteral("config-service")));
    add.addDomain(DemoData::CnSiteId, QStringLiteral("flags.cloudcodes.cn"));
    QVERIFY(waitFor(add));
    QCOMPARE(add.outcome(), Outcome::Happened);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineRelatedRecord")), 1);
}

QTEST_GUILESS_MAIN(TestPlacementChanges)
#include "tst_placementchanges.moc"
