// Accounts become clients: secrets are read from the store, a missing secret is a clear error,
// clients (and their IAM tokens) are reused, and with the user's opt-in a token survives a restart
// in the keychain instead of being fetched again; without it, it never leaves memory.
#include "tests/support/AppFixture.h"
#include "tests/support/ApigClientOf.h"
#include "tests/support/Await.h"
#include "app/accounts/AccountConnections.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/apig/HuaweiAuthorizer.h"
#include "app/net/HttpTransport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestAccountConnections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientsAreBuiltAndReused();
    void missingSecretIsAnError();
    void tokenKeptInKeychainOnlyWhenAskedTo();

private:
    Account iamAccount(bool keep) const
    {
        Account a = DemoAccounts::make(QUrl(m_app.emulator->baseUrl())).at(2).account;
        a.id = Account::newId();
        a.demo = false;
        a.storeTokenInKeychain = keep;
        return a;
    }
    static std::shared_ptr<ApigClient> apigFor(AccountConnections &c, const QString &id) { return apigClientOf(c, id); }

    AppFixture m_app;
};

void TestAccountConnections::init()
{
    QVERIFY(m_app.start(false));
}

void TestAccountConnections::cleanup()
{
    m_app.stop();
}

void TestAccountConnections::clientsAreBuiltAndReused()
{
    AccountConnections connections(*m_app.store, *m_app.transport);
    for (const DemoAccount &d : DemoAccounts::make(QUrl(m_app.emulator->baseUrl())))
        m_app.store->addSessionAccount(d.account, d.secrets);
    std::shared_ptr<EsaClient> esa;
    connections.esaClient(QStringLiteral("demo-alibaba-sts"), [&](std::shared_ptr<EsaClient> c, std::optional<ApiError> e) {
        QVERIFY(!e);
        esa = c;
    });
    QTRY_VERIFY(esa);
    QVERIFY(awaitResult(esa->listUserRoutines(1, 1)).ok());
    std::shared_ptr<EsaClient> again;
    connections.esaClient(QStringLiteral("demo-alibaba-sts"), [&](std::shared_ptr<EsaClient> c, std::optional<ApiError>) { again = c; });
    QCOMPARE(again.get(), esa.get());
    // The wrong cloud is refused.
    bool refused = false;
    connections.esaClient(QStringLiteral("demo-huawei-aksk"), [&](std::shared_ptr<EsaClient> c, std::optional<ApiError> e) {
        refused = !c && e && e->kind == ApiError::Kind::Auth;
    });
    QVERIFY(refused);
    // A Huawei AK/SK account without a project id learns it and remembers it.
    Account noProject = DemoAccounts::make(QUrl(m_app.emulator->baseUrl())).at(3).account;
    noProject.id = Account::newId();
    noProject.demo = false;
    noProject.projectId.clear();
    m_app.store->save(noProject, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::HuaweiSecretKey)}});
    auto apig = apigFor(connections, noProject.id);
    QVERIFY(apig);
    QVERIFY(awaitResult(apig->listInstances(0, 1)).ok());
    QTRY_COMPARE(m_app.store->account(noProject.id)->projectId, QLatin1String(DemoData::HuaweiProjectId));
}

void TestAccountConnections::missingSecretIsAnError()
{
    AccountConnections connections(*m_app.store, *m_app.transport);
    Account a = iamAccount(false);
    m_app.store->save(a, {});
    std::optional<ApiError> error;
    connections.apigClient(a.id, [&](std::shared_ptr<ApigClient> c, std::optional<ApiError> e) {
        QVERIFY(!c);
        error = e;
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Auth);
    QVERIFY(error->message.contains(a.displayName));
}

void TestAccountConnections::tokenKeptInKeychainOnlyWhenAskedTo()
{
    const QString instance = DemoData::instance().instances().at(0).id;
    for (bool keep : {false, true}) {
        m_app.emulator->resetCounters();
        const Account a = iamAccount(keep);
        m_app.store->save(a, {{Account::Secret::Password, QLatin1String(DemoData::HuaweiPassword)}});
        {
            AccountConnections first(*m_app.store, *m_app.transport);
            QVERIFY(awaitResult(apigFor(first, a.id)->listApps(instance, 0, 5)).ok());
        }
        std::optional<QString> stored;
        bool read = false;
        m_app.secrets->read(a.id, Account::Secret::Token, [&](std::optional<QString> v, const QString &) {
            stored = v;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored.has_value(), keep);
        // "Restart": a new set of connections for the same account.
        AccountConnections second(*m_app.store, *m_app.transport);
        auto client = apigFor(second, a.id);
        QVERIFY(client);
        QTRY_VERIFY(!keep || client->authorizer()->tokenProvider()->cached()); // seeded from the keychain
        QVERIFY(awaitResult(client->listApps(instance, 0, 5)).ok());
        QCOMPARE(m_app.emulator->requestCount(QStringLiteral("iam:tokens")), keep ? 1 : 2);
    }
}

QTEST_GUILESS_MAIN(TestAccountConnections)
#include "tst_accountconnections.moc"
