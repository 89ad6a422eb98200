// Huawei IAM as a host of its own, as in the real cloud: the emulator serves IAM only on its IAM
// port and APIG only on its main port. Accounts with the APIG endpoint on the one and the IAM
// endpoint on the other list AppCodes (an IAM password account, and an AK/SK account that has to
// look its project up first), every call on its own host; the same accounts with the IAM calls
// sent to the APIG host are refused there, so the hosts really are apart.
#include "tests/support/AppFixture.h"
#include "tests/support/ApigClientOf.h"
#include "tests/support/Await.h"
#include "app/accounts/AccountConnections.h"
#include "app/apig/ApigClient.h"
#include "app/emulator/CloudEmulator.h"

#include <QTest>
#include <memory>

class TestHuaweiIamHost : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passwordAccountListsAppCodes();
    void akSkAccountWithoutProjectListsAppCodes();
    void testConnectionUsesBothHosts();
    void iamSentToTheApigHostIsRefused();

private:
    Account account(Account::AuthKind kind, const QString &iamEndpoint) const
    {
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("Two hosts");
        a.cloud = Account::Cloud::Huawei;
        a.region = QLatin1String(DemoData::HuaweiRegion);
        a.authKind = kind;
        a.endpoint = QUrl(m_app.emulator->baseUrl());
        a.iamEndpoint = QUrl(iamEndpoint);
        if (kind == Account::AuthKind::IamPassword) {
            a.domainName = QLatin1String(DemoData::HuaweiDomain);
            a.userName = QLatin1String(DemoData::HuaweiUser);
        } else {
            a.accessKeyId = QLatin1String(DemoData::HuaweiAccessKey); // no project id: it is looked up
        }
        return a;
    }
    static AccountStore::Secrets secretsOf(const Account &a)
    {
        if (a.authKind == Account::AuthKind::IamPassword)
            return {{Account::Secret::Password, QLatin1String(DemoData::HuaweiPassword)}};
        return {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::HuaweiSecretKey)}};
    }
    // The first page of the big app's AppCodes, through the account's connection.
    ApiResult<AppCodePage> listAppCodes(const Account &a)
    {
        m_app.store->save(a, secretsOf(a));
        const std::shared_ptr<ApigClient> client = apigClientOf(*m_app.connections, a.id);
        if (!client)
            return ApiResult<AppCodePage>();
        const QString instance = DemoData::instance().instances().at(0).id;
        const QString app = DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id;
        return awaitResult(client->listAppCodes(instance, app, 0, 5));
    }

    AppFixture m_app;
};

void TestHuaweiIamHost::init()
{
    QVERIFY(m_app.start(false));
    QVERIFY(m_app.emulator->listenIamOnLoopback(0));
}

void TestHuaweiIamHost::cleanup()
{
    m_app.stop();
}

void TestHuaweiIamHost::passwordAccountListsAppCodes()
{
    const Account a = account(Account::AuthKind::IamPassword, m_app.emulator->iamBaseUrl());
    QCOMPARE(a.effectiveIamEndpoint(), QUrl(m_app.emulator->iamBaseUrl()));
    const ApiResult<AppCodePage> codes = listAppCodes(a);
    QVERIFY2(codes.ok(), qPrintable(codes.error().summary()));
    QCOMPARE(codes.value().page.total, qint64(DemoData::BigAppCodeCount));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("iam:tokens")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:app-codes")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("wrong-host")), 0);
}

void TestHuaweiIamHost::akSkAccountWithoutProjectListsAppCodes()
{
    const Account a = account(Account::AuthKind::AccessKey, m_app.emulator->iamBaseUrl());
    QVERIFY(a.projectId.isEmpty());
    const ApiResult<AppCodePage> codes = listAppCodes(a);
    QVERIFY2(codes.ok(), qPrintable(codes.error().summary()));
    QCOMPARE(codes.value().page.total, qint64(DemoData::BigAppCodeCount));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("iam:projects")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:app-codes")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("wrong-host")), 0);
    QTRY_COMPARE(m_app.store->account(a.id)->projectId, QLatin1String(DemoData::HuaweiProjectId));
}

// The dialog's Test connection builds its client from the form's account the same way.
void TestHuaweiIamHost::testConnectionUsesBothHosts()
{
    for (Account::AuthKind kind : {Account::AuthKind::IamPassword, Account::AuthKind::AccessKey}) {
        m_app.emulator->resetCounters();
        const Account a = account(kind, m_app.emulator->iamBaseUrl());
        const ApiResult<QString> tested = awaitResult(m_app.connections->testConnection(a, secretsOf(a)));
        QVERIFY2(tested.ok(), qPrintable(tested.error().summary()));
        QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:instances")), 1);
        QCOMPARE(m_app.emulator->requestCount(QStringLiteral("wrong-host")), 0);
    }
}

// Without the IAM endpoint, a loopback APIG endpoint is taken to serve IAM too (the emulator's
// default): here it does not, and the IAM call is refused by the APIG host.
void TestHuaweiIamHost::iamSentToTheApigHostIsRefused()
{
    for (Account::AuthKind kind : {Account::AuthKind::IamPassword, Account::AuthKind::AccessKey}) {
        m_app.emulator->resetCounters();
        const Account a = account(kind, QString());
        QCOMPARE(a.effectiveIamEndpoint(), QUrl(m_app.emulator->baseUrl()));
        const ApiResult<AppCodePage> codes = listAppCodes(a);
        QVERIFY(!codes.ok());
        QVERIFY(m_app.emulator->requestCount(QStringLiteral("wrong-host")) >= 1);
        QCOMPARE(m_app.emulator->requestCount(QStringLiteral("apig:app-codes")), 0);
    }
}

QTEST_GUILESS_MAIN(TestHuaweiIamHost)
#include "tst_huaweiiamhost.moc"
