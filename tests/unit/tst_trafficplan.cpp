// What a deploy would change (app/esa/TrafficPlan.h): the loser is the largest share that is not
// the version deployed; a canary splits with it; a canary needs something running; deploying what
// already runs changes nothing.
#include "app/esa/TrafficPlan.h"

#include <QTest>

class TestTrafficPlan : public QObject
{
    Q_OBJECT

private slots:
    void plans();
    void describes();

private:
    static RoutineDetail detail(const QList<DeployedVersion> &production)
    {
        RoutineDetail d;
        RoutineEnvironment e;
        e.env = QStringLiteral("production");
        e.versions = production;
        d.envs << e;
        return d;
    }
};

void TestTrafficPlan::plans()
{
    const QString a = QStringLiteral("1700000000000000001"), b = QStringLiteral("1700000000000000002"),
                  c = QStringLiteral("1700000000000000003");
    const RoutineDetail canary = detail({{a, 90, {}, {}}, {b, 10, {}, {}}});

    // Deploying c whole over a 90/10 canary: a (the larger share) loses, c takes everything.
    const TrafficPlan whole(canary, QStringLiteral("production"), c);
    QCOMPARE(whole.losingVersion(), a);
    QVERIFY(!whole.isCanary());
    QCOMPARE(whole.planned().size(), 1);
    QCOMPARE(whole.planned().first().percentage, 100);
    QVERIFY(!whole.changesNothing());

    // Promoting b: the loser is a, not b itself.
    QCOMPARE(TrafficPlan(canary, QStringLiteral("production"), b).losingVersion(), a);

    // c as a 20 % canary beside a.
    const TrafficPlan split(detail({{a, 100, {}, {}}}), QStringLiteral("production"), c, 20);
    QVERIFY(split.isCanary());
    QCOMPARE(split.planned().at(0).codeVersion, c);
    QCOMPARE(split.planned().at(0).percentage, 20);
    QCOMPARE(split.planned().at(1).codeVersion, a);
    QCOMPARE(split.planned().at(1).percentage, 80);

    // Nothing runs in staging: no canary to be had, the whole version goes live.
    const TrafficPlan empty(canary, QStringLiteral("staging"), c, 20);
    QVERIFY(!empty.allowsCanary());
    QVERIFY(!empty.isCanary());
    QVERIFY(empty.current().isEmpty());
    QCOMPARE(empty.planned().first().percentage, 100);

    // What already runs whole changes nothing.
    QVERIFY(TrafficPlan(detail({{a, 100, {}, {}}}), QStringLiteral("production"), a).changesNothing());
}

void TestTrafficPlan::describes()
{
    QCOMPARE(TrafficPlan::describe({}), QStringLiteral("nothing"));
    QCOMPARE(TrafficPlan::describe({{QStringLiteral("1700000000000000001"), 90, {}, {}}, {QStringLiteral("17"), 10, {}, {}}}),
             QStringLiteral("…000001 at 90 %, 17 at 10 %"));
}

QTEST_GUILESS_MAIN(TestTrafficPlan)
#include "tst_trafficplan.moc"
