// "Where it works" (issue #25), app side, against the emulator: ApigClient's credential-context
// calls parse the vendor's shapes and refuse wrong ones with an error; AppContextRead joins the
// demo apps' authorizations per environment with the APIs' and groups' details, their ACL,
// quota and AppKey/AppSecret; dropping a read aborts it on the wire; resetting an AppSecret is
// sent once, journaled without a secret, and after a lost answer says whether it changed.
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "app/apig/AppContextModel.h"
#include "app/apig/AppContextRead.h"
#include "app/apig/AppSecretReset.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/workspaces/ApigWorkspace.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestAppContext : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_app.start(false)); }
    void cleanup() { m_app.stop(); }
    void environmentsAndAppDetail();
    void authorizedApisArePaged();
    void dataExportWorksInReleaseOnly();
    void aclAndQuota();
    void garbageAnswerIsAnError();
    void wrongShapesAreErrors();
    void cutAppAnswerKeepsNoSecret();
    void droppedReadAbortsOnTheWire();
    void resetChangesTheSecretAndJournalsNoSecret();
    void resetRefusedWithoutChanges();
    void resetOfferedOnlyWithChanges();
    void lostAnswerIsReadBack();
    void serverErrorIsReadBack();

private:
    std::shared_ptr<ApigClient> client(bool allowChanges = true) const
    {
        HuaweiAuth auth;
        auth.mode = HuaweiAuth::Mode::AkSk;
        auth.akSk = {QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey)};
        return std::make_shared<ApigClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()), QUrl(m_app.emulator->baseUrl()),
                                            QLatin1String(DemoData::HuaweiRegion), QLatin1String(DemoData::HuaweiProjectId), auth, allowChanges);
    }
    static QString appId(const char *name) { return DemoData::instance().app(QLatin1String(name))->id; }
    static QString instanceOf(const char *name)
    {
        for (const DemoInstance &i : DemoData::instance().instances()) {
            for (const DemoApp &a : i.apps) {
                if (a.name == QLatin1String(name))
                    return i.id;
            }
        }
        return {};
    }
    static ApiResult<AppContext> readContext(const std::shared_ptr<ApigClient> &c, const char *app)
    {
        return awaitResult(AppContextRead::read(c, instanceOf(app), appId(app)));
    }
    AppCodeChange::Context changeContext(const std::shared_ptr<ApigClient> &c, const char *app) const
    {
        return AppCodeChange::Context{c, QStringLiteral("hw"), QStringLiteral("Huawei"), instanceOf(app), QStringLiteral("production"),
                                      appId(app), QLatin1String(app), m_app.journal};
    }
    static bool finish(CloudChange &change)
    {
        QSignalSpy finished(&change, &CloudChange::finished);
        return finished.wait(30000);
    }
    QString secretOf(const char *app) const
    {
        const auto shown = awaitResult(client()->showApp(instanceOf(app), appId(app)));
        return shown.ok() ? shown.value().appSecret : QString();
    }

    AppFixture m_app;
};

void TestAppContext::environmentsAndAppDetail()
{
    const auto c = client();
    const auto envs = awaitResult(c->listEnvs(instanceOf("data-export"), 0, 500));
    QVERIFY2(envs.ok(), qPrintable(envs.error().summary()));
    QStringList names;
    for (const ApigEnv &e : envs.value().envs)
        names << e.name;
    QVERIFY(names.contains(QStringLiteral("RELEASE")));
    QCOMPARE(envs.value().page.total, qint64(envs.value().envs.size()));
    const auto app = awaitResult(c->showApp(instanceOf("data-export"), appId("data-export")));
    QVERIFY2(app.ok(), qPrintable(app.error().summary()));
    QCOMPARE(app.value().name, QStringLiteral("data-export"));
    QVERIFY(!app.value().appKey.isEmpty());
    QVERIFY(!app.value().appSecret.isEmpty());
    QVERIFY(!app.value().requestId.isEmpty());
}

void TestAppContext::authorizedApisArePaged()
{
    // internal-tools holds many authorizations: one per page, the total says how many.
    const auto c = client();
    const auto first = awaitResult(c->listAuthorizedApis(instanceOf("internal-tools"), appId("internal-tools"), {}, 0, 1));
    QVERIFY2(first.ok(), qPrintable(first.error().summary()));
    QCOMPARE(first.value().auths.size(), 1);
    QVERIFY(first.value().page.total > 3);
    const auto context = readContext(c, "internal-tools");
    QVERIFY2(context.ok(), qPrintable(context.error().summary()));
    QCOMPARE(qint64(context.value().rows.size()), first.value().page.total);
    QVERIFY(m_app.emulator->requestCount(QStringLiteral("apig:ShowDetailsOfApiV2")) < context.value().rows.size()); // each API asked once
}

void TestAppContext::dataExportWorksInReleaseOnly()
{
    const auto context = readContext(client(), "data-export");
    QVERIFY2(context.ok(), qPrintable(context.error().summary()));
    QCOMPARE(context.value().rows.size(), 1);
    const AppContextRow row = context.value().rows.first();
    QCOMPARE(row.envName, QStringLiteral("RELEASE"));
    QCOMPARE(row.apiName, QStringLiteral("get-profile"));
    QCOMPARE(row.groupName, QStringLiteral("mobile-backend"));
    QCOMPARE(row.method, QStringLiteral("GET"));
    QCOMPARE(row.path, QStringLiteral("/v1/profile/{user_id}"));
    QVERIFY(row.simpleAuth);
    QVERIFY(!row.domain.isEmpty());
    QVERIFY(context.value().acl.type.isEmpty());
    QVERIFY(!context.value().quota.bound);
    QCOMPARE(ApigWorkspace::aclText(context.value().acl), QStringLiteral("No ACL: any address"));
    QCOMPARE(ApigWorkspace::quotaText(context.value().quota), QStringLiteral("No credential quota"));
    QVERIFY(!context.value().appKey.isEmpty());
    QCOMPARE(context.value().appSecret, secretOf("data-export"));
}

void TestAppContext::aclAndQuota()
{
    const auto partner = readContext(client(), DemoData::AclAppName);
    QVERIFY2(partner.ok(), qPrintable(partner.error().summary()));
    QCOMPARE(partner.value().acl.type, QStringLiteral("PERMIT"));
    QCOMPARE(partner.value().acl.values, QStringList{QStringLiteral("10.0.0.0/8")});
    QCOMPARE(ApigWorkspace::aclText(partner.value().acl), QStringLiteral("Permit only: 10.0.0.0/8"));
    const auto billing = readContext(client(), DemoData::QuotaAppName);
    QVERIFY2(billing.ok(), qPrintable(billing.error().summary()));
    QVERIFY(billing.value().quota.bound);
    QCOMPARE(billing.value().quota.callLimits, qint64(3));
    QCOMPARE(ApigWorkspace::quotaText(billing.value().quota), QStringLiteral("3 calls per day"));
    ApigBoundQuota q;
    q.bound = true;
    q.callLimits = 1;
    q.timeUnit = QStringLiteral("SECOND");
    QCOMPARE(ApigWorkspace::quotaText(q), QStringLiteral("1 call per second"));
    q.callLimits = 10;
    q.timeUnit = QStringLiteral("HOUR");
    q.timeInterval = 2;
    QCOMPARE(ApigWorkspace::quotaText(q), QStringLiteral("10 calls per 2 hours"));
    QCOMPARE(ApigWorkspace::aclText(ApigAppAcl{QStringLiteral("DENY"), {QStringLiteral("1.2.3.4"), QStringLiteral("10.0.0.0/8")}}),
             QStringLiteral("Deny: 1.2.3.4, 10.0.0.0/8"));
}

void TestAppContext::garbageAnswerIsAnError()
{
    m_app.emulator->forceFaultFor(QStringLiteral("apig:ShowDetailsOfAppAcl"), FaultKind::InvalidJson);
    const auto context = readContext(client(), DemoData::AclAppName);
    QVERIFY(!context.ok());
    QCOMPARE(context.error().kind, ApiError::Kind::InvalidJson);
    QVERIFY(readContext(client(), DemoData::AclAppName).ok()); // the next read is whole again
}

void TestAppContext::wrongShapesAreErrors()
{
    const auto api = ApigClient::parseApiDetail(QJsonObject{{QStringLiteral("id"), 5}});
    QVERIFY(!api.ok());
    QCOMPARE(api.error().kind, ApiError::Kind::InvalidJson);
    QVERIFY(!ApigClient::parseApiDetail(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("auth_opt"), 1}}).ok());
    QVERIFY(!ApigClient::parseGroupDetail(QJsonObject{{QStringLiteral("id"), QStringLiteral("g")}, {QStringLiteral("url_domains"), QStringLiteral("x")}}).ok());
    QVERIFY(!ApigClient::parseGroupDetail(QJsonObject{{QStringLiteral("id"), QStringLiteral("g")}, {QStringLiteral("url_domains"), QJsonArray{1}}}).ok());
    QVERIFY(!ApigClient::parseAppAcl(QJsonObject{{QStringLiteral("app_acl_type"), QStringLiteral("MAYBE")}}).ok());
    QVERIFY(!ApigClient::parseAppAcl(QJsonObject{{QStringLiteral("app_acl_values"), QJsonArray{QJsonObject()}}}).ok());
    QVERIFY(!ApigClient::parseBoundQuota(QJsonObject{{QStringLiteral("app_quota_id"), QStringLiteral("q")}, {QStringLiteral("call_limits"), QStringLiteral("3")},
                                                     {QStringLiteral("time_unit"), QStringLiteral("DAY")}}).ok());
    QVERIFY(!ApigClient::parseBoundQuota(QJsonObject{{QStringLiteral("app_quota_id"), QStringLiteral("q")}, {QStringLiteral("call_limits"), -1.5},
                                                     {QStringLiteral("time_unit"), QStringLiteral("DAY")}}).ok());
    QVERIFY(!ApigClient::parseBoundQuota(QJsonObject{{QStringLiteral("app_quota_id"), QStringLiteral("q")}, {QStringLiteral("call_limits"), 3}}).ok());
    QVERIFY(!ApigClient::parseBoundQuota(QJsonObject()).value().bound);
    QVERIFY(!ApigClient::parseAppDetail(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("app_secret"), QJsonArray()}}).ok());
    QVERIFY(!ApigClient::parseAppDetail(QJsonObject()).ok());
    // An error names the field, never a value.
    const auto app = ApigClient::parseAppDetail(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("app_secret"), 42}});
    QVERIFY(app.error().message.contains(QStringLiteral("app_secret")));
}

// A cut-short app detail holds the start of the AppSecret: the error keeps none of the body.
void TestAppContext::cutAppAnswerKeepsNoSecret()
{
    const QString secret = secretOf("data-export");
    m_app.emulator->forceFaultFor(QStringLiteral("apig:ShowDetailsOfAppV2"), FaultKind::TruncatedBody);
    const auto shown = awaitResult(client()->showApp(instanceOf("data-export"), appId("data-export")));
    QVERIFY(!shown.ok());
    QCOMPARE(shown.error().kind, ApiError::Kind::Truncated);
    QVERIFY(shown.error().rawBody.isEmpty());
    QVERIFY(!shown.error().details().contains(secret.left(8)));
}

void TestAppContext::droppedReadAbortsOnTheWire()
{
    const auto c = client();
    QVERIFY(awaitResult(c->listEnvs(instanceOf("data-export"), 0, 1)).ok()); // signed in before the answers are held
    FaultPlan slow;
    slow.latencyMs = 10000;
    m_app.emulator->setFaultPlan(slow);
    AppContextModel model;
    model.load(c, instanceOf("data-export"), appId("data-export"));
    QCOMPARE(model.state(), LoadState::Loading);
    // The environments, the ACL, the quota and the app are asked at once.
    QTRY_COMPARE(m_app.emulator->inFlightCount(), 4);
    model.clear();
    QTRY_COMPARE(m_app.emulator->abandonedCount(), 4);
    QCOMPARE(m_app.emulator->inFlightCount(), 0);
    QCOMPARE(m_app.emulator->answeredCount(), 1); // the ListEnvironmentsV2 before
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ListApisBindedToAppV2")), 0); // never sent
    QCOMPARE(model.state(), LoadState::Idle);
    QCOMPARE(model.rowCount(), 0);
}

void TestAppContext::resetChangesTheSecretAndJournalsNoSecret()
{
    const QString before = secretOf("data-export");
    AppSecretReset reset(changeContext(client(), "data-export"));
    reset.start();
    QVERIFY(finish(reset));
    QCOMPARE(reset.outcome(), ChangeRecord::Outcome::Done);
    QVERIFY(reset.changed());
    const QString after = secretOf("data-export");
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 1);
    const ChangeRecord record = m_app.journal->records().last();
    QCOMPARE(record.action, QStringLiteral("reset-app-secret"));
    QCOMPARE(record.outcome, ChangeRecord::Outcome::Done);
    QVERIFY(!record.requestId.isEmpty());
    const QByteArray json = QJsonDocument(record.toJson()).toJson();
    QVERIFY(!json.contains(before.toUtf8()));
    QVERIFY(!json.contains(after.toUtf8()));
    QVERIFY(!reset.message().contains(after));
}

void TestAppContext::resetRefusedWithoutChanges()
{
    const QString before = secretOf("data-export");
    AppSecretReset reset(changeContext(client(false), "data-export"));
    reset.start();
    QVERIFY(finish(reset));
    QCOMPARE(reset.outcome(), ChangeRecord::Outcome::NotSent);
    QVERIFY(!reset.changed());
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 0);
    QCOMPARE(secretOf("data-export"), before);
}

void TestAppContext::resetOfferedOnlyWithChanges()
{
    ApigWorkspace w(*m_app.state);
    w.setAccount(QStringLiteral("hw"), QStringLiteral("Huawei"), client(false));
    QVERIFY(!w.resetSecretOffer().enabled);
    QVERIFY(w.resetSecretOffer().reason.contains(QStringLiteral("Allow changes")));
    w.setAccount(QStringLiteral("hw2"), QStringLiteral("Huawei"), client(true));
    QVERIFY(!w.resetSecretOffer().enabled); // no app chosen yet
    QCOMPARE(w.context()->state(), LoadState::Idle);
}

// The reset is carried out, then the connection drops before the answer: never sent again, the
// app is read back and the secret did change.
void TestAppContext::lostAnswerIsReadBack()
{
    const QString before = secretOf("data-export");
    m_app.emulator->forceFaultFor(QStringLiteral("apig:ResettingAppSecretV2"), FaultKind::Drop);
    AppSecretReset reset(changeContext(client(), "data-export"));
    reset.start();
    QVERIFY(finish(reset));
    QCOMPARE(reset.outcome(), ChangeRecord::Outcome::Happened);
    QVERIFY(reset.changed());
    QVERIFY(reset.message().contains(QStringLiteral("did change")));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 1);
    QVERIFY(secretOf("data-export") != before);
    QCOMPARE(m_app.journal->records().last().outcome, ChangeRecord::Outcome::Happened);
}

// A 500 may or may not have been carried out: read back, the secret did not change, no retry.
void TestAppContext::serverErrorIsReadBack()
{
    const QString before = secretOf("data-export");
    m_app.emulator->forceFaultFor(QStringLiteral("apig:ResettingAppSecretV2"), FaultKind::ServerError);
    AppSecretReset reset(changeContext(client(), "data-export"));
    reset.start();
    QVERIFY(finish(reset));
    QCOMPARE(reset.outcome(), ChangeRecord::Outcome::DidNotHappen);
    QVERIFY(!reset.changed());
    QVERIFY(reset.message().contains(QStringLiteral("did not change")));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:ResettingAppSecretV2")), 1);
    QCOMPARE(secretOf("data-export"), before);
}

QTEST_MAIN(TestAppContext)
#include "tst_appcontext.moc"
