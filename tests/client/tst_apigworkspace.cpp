// The AppCodes screen's workspace (app/workspaces/ApigWorkspace.h) with cloudcodes_core alone, against
// the emulator: the instance and app of last time come back, what is offered follows the per-app
// limit, a rotation goes step by step (create the successor, then delete the old one) and is
// remembered by ids only, and the copy formats.
#include "tests/support/AppFixture.h"
#include "app/apig/AppCodeCreation.h"
#include "app/apig/AppCodeDeletion.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"
#include "app/apig/AppCodeRule.h"
#include "app/apig/ApigAppListModel.h"
#include "app/apig/ApigInstanceListModel.h"
#include "app/workspaces/ApigWorkspace.h"

#include <QSignalSpy>
#include <QTest>

class TestApigWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_app.start(false)); }
    void cleanup() { m_app.stop(); }
    void remembersInstanceAndApp();
    void offersFollowTheLimit();
    void rotationStepByStep();
    void copyFormats();

private:
    std::shared_ptr<ApigClient> client() const
    {
        HuaweiAuth auth;
        auth.mode = HuaweiAuth::Mode::AkSk;
        auth.akSk = {QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey)};
        return std::make_shared<ApigClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()), QUrl(m_app.emulator->baseUrl()),
                                            QLatin1String(DemoData::HuaweiRegion), QLatin1String(DemoData::HuaweiProjectId), auth, true);
    }
    // The workspace on the account, the instance holding `appName`, and that app, with its first page in.
    bool open(ApigWorkspace &w, const char *appName)
    {
        const DemoApp &app = *DemoData::instance().app(QLatin1String(appName));
        w.setAccount(QStringLiteral("hw"), QStringLiteral("Huawei"), m_client);
        if (!QTest::qWaitFor([&] { return w.instances()->state() == LoadState::Ready; }, 20000))
            return false;
        for (int row = 0; row < w.instances()->rowCount(); ++row) {
            w.chooseInstance(row);
            if (!QTest::qWaitFor([&] { return w.apps()->state() == LoadState::Ready || w.apps()->state() == LoadState::Empty; }, 20000))
                return false;
            if (const int appRow = w.apps()->rowOf(app.id); appRow >= 0) {
                w.chooseApp(appRow);
                return QTest::qWaitFor([&] { return w.pager()->state() == LoadState::Ready || w.pager()->state() == LoadState::Empty; }, 20000);
            }
        }
        return false;
    }
    static bool finish(CloudChange &change)
    {
        QSignalSpy finished(&change, &CloudChange::finished);
        return finished.wait(30000) && finished.first().at(0).value<ChangeRecord::Outcome>() == ChangeRecord::Outcome::Done;
    }

    AppFixture m_app;
    std::shared_ptr<ApigClient> m_client;
};

void TestApigWorkspace::remembersInstanceAndApp()
{
    m_client = client();
    QString instanceId;
    {
        ApigWorkspace w(*m_app.state);
        QVERIFY(open(w, "data-export"));
        instanceId = w.instanceId();
        QCOMPARE(w.appName(), QStringLiteral("data-export"));
    }
    ApigWorkspace again(*m_app.state);
    again.setAccount(QStringLiteral("hw"), QStringLiteral("Huawei"), m_client);
    QTRY_COMPARE_WITH_TIMEOUT(again.instances()->state(), LoadState::Ready, 20000);
    QCOMPARE(again.instances()->instance(again.instanceRowToShow()).id, instanceId);
    again.chooseInstance(again.instanceRowToShow());
    QTRY_COMPARE_WITH_TIMEOUT(again.apps()->state(), LoadState::Ready, 20000);
    QCOMPARE(again.apps()->app(again.appRowToShow()).name, QStringLiteral("data-export"));
}

void TestApigWorkspace::offersFollowTheLimit()
{
    m_client = client();
    ApigWorkspace w(*m_app.state);
    QVERIFY(open(w, "data-export")); // 2 of 5
    QCOMPARE(w.limitText(), QStringLiteral("2 of 5"));
    QVERIFY(w.createOffer().enabled);
    QVERIFY(w.whyNoCreate().isEmpty());
    QVERIFY(w.rotateOffer(1).enabled);
    QVERIFY(!w.rotateOffer(2).enabled);
    QVERIFY(!w.deleteOffer(0).enabled);

    QVERIFY(open(w, DemoData::BigAppName)); // far above the limit
    QVERIFY(w.limitText().contains(QStringLiteral("above")));
    QVERIFY(!w.whyNoCreate().isEmpty());
    QVERIFY(!w.whyNoRotation().isEmpty());
    QVERIFY(w.createOffer().reason.contains(QStringLiteral("delete one first")));
}

void TestApigWorkspace::rotationStepByStep()
{
    m_client = client();
    ApigWorkspace w(*m_app.state);
    QVERIFY(open(w, "data-export"));
    const AppCode old = w.codes()->codes().first();
    QSignalSpy offers(&w, &ApigWorkspace::offersChanged);

    AppCodeCreation create(w.changeContext());
    create.start();
    QVERIFY(finish(create));
    w.rotationStarted(old, *create.created());
    QVERIFY(offers.size() > 0);
    QCOMPARE(w.pendingRotations().size(), 1);
    QCOMPARE(w.pendingRotations().first().newId, create.created()->id);
    QVERIFY(w.rotationText().contains(old.id));
    // Ids only: no AppCode value in the settings.
    m_app.settings->sync();
    QFile file(m_app.settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settings = file.readAll();
    QVERIFY(settings.contains(old.id.toUtf8()));
    QVERIFY(!settings.contains(create.created()->appCode.toUtf8()));
    QVERIFY(!settings.contains(old.appCode.toUtf8()));

    AppCodeDeletion remove(w.changeContext());
    remove.start({w.oldOf(w.pendingRotations().first())});
    QVERIFY(finish(remove));
    QSignalSpy messages(&w, &ApigWorkspace::message);
    w.deleted(remove.deleted());
    QVERIFY(w.pendingRotations().isEmpty());
    QVERIFY(w.rotationText().isEmpty());
    QVERIFY(!messages.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w.pager()->total(), qint64(2), 20000); // one new, one gone
}

void TestApigWorkspace::copyFormats()
{
    const AppCode c{QStringLiteral("secretvalue"), QStringLiteral("id1"), QStringLiteral("app1"),
                    QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)};
    using F = ApigWorkspace::CopyFormat;
    QCOMPARE(ApigWorkspace::copyText(F::AppCode, {c, c}), QStringLiteral("secretvalue\nsecretvalue"));
    QCOMPARE(ApigWorkspace::copyText(F::Id, {c}), QStringLiteral("id1"));
    QCOMPARE(ApigWorkspace::copyText(F::Row, {c}), QStringLiteral("secretvalue\tid1\tapp1\t2026-01-02T03:04:05Z"));
    QVERIFY(ApigWorkspace::copyText(F::Curl, {c}).contains(QStringLiteral("X-Apig-AppCode: secretvalue")));
    QVERIFY(ApigWorkspace::copyText(F::Json, {c}).contains(QStringLiteral("\"app_code\": \"secretvalue\"")));
    QVERIFY(!ApigWorkspace::isSecret(F::Id));
    QVERIFY(ApigWorkspace::isSecret(F::AppCode) && ApigWorkspace::isSecret(F::Row) && ApigWorkspace::isSecret(F::Curl)
            && ApigWorkspace::isSecret(F::Json));
}

QTEST_GUILESS_MAIN(TestApigWorkspace)
#include "tst_apigworkspace.moc"
