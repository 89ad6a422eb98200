// The deploy dialog's rules, app-side (app/esa/DeployReview.h): where a preset opens, what the
// journal calls the action, production's typed name, and when Deploy may go.
#include "app/esa/DeployReview.h"

#include <QTest>

class TestDeployReview : public QObject
{
    Q_OBJECT

private slots:
    void presetsOpenWhereTheyBelong();
    void actionsAndConfirmation();

private:
    static RoutineDetail runs(const QString &version)
    {
        RoutineDetail d;
        RoutineEnvironment production;
        production.env = DeployReview::Production;
        production.versions = {DeployedVersion{version, 100, {}, {}}};
        d.envs << production;
        return d;
    }
    const QString m_old = QStringLiteral("1700000000000000001");
    const QString m_new = QStringLiteral("1700000000000000002");
};

void TestDeployReview::presetsOpenWhereTheyBelong()
{
    using P = DeployReview::Preset;
    const CodeVersion v{m_new, {}, {}, {}, {}};
    for (P p : {P::Rollback, P::Promote, P::AbortCanary})
        QCOMPARE(DeployReview(runs(m_old), QStringLiteral("r"), v, p).env(), DeployReview::Production);
    for (P p : {P::Deploy, P::DeployToStaging})
        QCOMPARE(DeployReview(runs(m_old), QStringLiteral("r"), v, p).env(), DeployReview::Staging);
}

void TestDeployReview::actionsAndConfirmation()
{
    const CodeVersion v{m_new, {}, {}, {}, {}};
    DeployReview review(runs(m_old), QStringLiteral("edge-gateway"), v, DeployReview::Preset::Rollback);
    QCOMPARE(review.actionKey(), QStringLiteral("rollback"));
    QVERIFY(review.needsConfirmation());
    QVERIFY(!review.mayDeploy(false)); // the name is not typed yet
    review.setTypedName(QStringLiteral("  edge-gateway "));
    QVERIFY(review.mayDeploy(false));
    QVERIFY(!review.mayDeploy(true)); // one deployment at a time

    review.setCanary(true, 20);
    QVERIFY(review.isCanary());
    QCOMPARE(review.actionKey(), QStringLiteral("canary"));
    QCOMPARE(review.plan().planned().at(1).percentage, 80);

    // Staging runs nothing: no canary to be had, no name to type.
    review.setEnv(DeployReview::Staging);
    QVERIFY(!review.isCanary());
    QVERIFY(!review.needsConfirmation());
    QCOMPARE(review.actionKey(), QStringLiteral("rollback"));

    // What production already runs whole changes nothing: Deploy does not go.
    DeployReview same(runs(m_new), QStringLiteral("edge-gateway"), v, DeployReview::Preset::Deploy);
    same.setEnv(DeployReview::Production);
    same.setTypedName(QStringLiteral("edge-gateway"));
    QVERIFY(!same.mayDeploy(false));
}

QTEST_GUILESS_MAIN(TestDeployReview)
#include "tst_deployreview.moc"
