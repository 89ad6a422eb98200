// EsaClient's calls about where routines run, against the emulator: sites, custom domains (every
// page), routes (query parameters), staging IPs, the writes and their refusals; then "Runs on",
// "who serves this URL?" and a deploy's targets loaded from the emulator's demo.
#include "tests/support/Await.h"
#include "app/emulator/CloudEmulator.h"
#include "app/esa/DeployTargets.h"
#include "app/esa/EsaClient.h"
#include "app/esa/RoutinePlacement.h"
#include "app/esa/UrlResolver.h"
#include "app/net/HttpTransport.h"

#include <QTest>
#include <memory>

class TestSiteRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listSites();
    void routesOfRoutineAndSite();
    void relatedRecordsEveryPage();
    void routeWrites();
    void refusals();
    void changesNotAllowed();
    void stagingIps();
    void placementFromEmulator();
    void resolverFromEmulator();
    void deployTargetsFromEmulator();

private:
    std::shared_ptr<EsaClient> client(bool allowChanges = false)
    {
        return std::make_shared<EsaClient>(*m_transport, QUrl(m_emulator->baseUrl()),
                                           AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                              QLatin1String(DemoData::AlibabaAccessKeySecret), {}},
                                           allowChanges);
    }
    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestSiteRoutes::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0));
    NetworkSettings s;
    s.backoffBaseMs = 10;
    m_transport = std::make_unique<HttpTransport>(s);
}

void TestSiteRoutes::cleanup()
{
    m_transport.reset();
    m_emulator.reset();
}

void TestSiteRoutes::listSites()
{
    const auto r = awaitResult(client()->listSites());
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().size(), DemoData::SiteCount);
    QCOMPARE(r.value().first().siteId, DemoData::ExampleSiteId);
    QCOMPARE(r.value().first().name, QLatin1String(DemoData::ExampleSiteName));
    QCOMPARE(r.value().first().status, QStringLiteral("active"));
}

void TestSiteRoutes::routesOfRoutineAndSite()
{
    const auto mine = awaitResult(client()->listRoutineRoutes(QStringLiteral("image-resizer")));
    QVERIFY2(mine.ok(), qPrintable(mine.error().summary()));
    QCOMPARE(mine.value().size(), 2);
    for (const RoutineRoute &r : mine.value()) {
        QCOMPARE(r.siteId, DemoData::ExampleSiteId);
        QCOMPARE(r.siteName, QLatin1String(DemoData::ExampleSiteName));
        QCOMPARE(r.routine, QStringLiteral("image-resizer"));
    }
    const auto site = awaitResult(client()->listSiteRoutes(DemoData::CnSiteId));
    QVERIFY2(site.ok(), qPrintable(site.error().summary()));
    QCOMPARE(site.value().size(), 4);
    QCOMPARE(site.value().last().routeName, QStringLiteral("shield-all"));
    QCOMPARE(site.value().last().siteId, DemoData::CnSiteId); // filled in when the answer does not say
    QCOMPARE(site.value().last().sequence, 4); // the demo numbers routes from 1, as the vendor's examples do
    const auto example = awaitResult(client()->listSiteRoutes(DemoData::ExampleSiteId));
    QVERIFY(example.ok());
    bool sawBypass = false, sawDisabled = false;
    for (const RoutineRoute &r : example.value()) {
        sawBypass |= r.bypass;
        sawDisabled |= !r.enabled;
    }
    QVERIFY(sawBypass && sawDisabled);
}

void TestSiteRoutes::relatedRecordsEveryPage()
{
    auto c = client(true);
    const QString routine = QStringLiteral("config-service");
    // 23 custom domains: two pages of 20, the second asked for once the first said how many.
    for (int i = 0; i < 23; ++i) {
        const auto created = awaitResult(c->createRoutineRelatedRecord(routine, DemoData::CnSiteId, QStringLiteral("cfg%1.cloudcodes.cn").arg(i)));
        QVERIFY2(created.ok(), qPrintable(created.error().summary()));
        QVERIFY(created.value() > 0);
    }
    const auto all = awaitResult(c->listRoutineRelatedRecords(routine));
    QVERIFY2(all.ok(), qPrintable(all.error().summary()));
    QCOMPARE(all.value().size(), 23);
    QSet<QString> names;
    for (const RelatedRecord &r : all.value()) {
        names << r.recordName;
        QCOMPARE(r.routine, routine);
        QCOMPARE(r.siteId, DemoData::CnSiteId);
    }
    QCOMPARE(names.size(), 23);
    const RelatedRecord gone = all.value().first();
    const auto deleted = awaitResult(c->deleteRoutineRelatedRecord(routine, gone.siteId, gone.recordId, gone.recordName));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().summary()));
    const auto after = awaitResult(c->listRoutineRelatedRecords(routine));
    QVERIFY(after.ok());
    QCOMPARE(after.value().size(), 22);
}

void TestSiteRoutes::routeWrites()
{
    auto c = client(true);
    RoutineRoute route;
    route.siteId = DemoData::CnSiteId;
    route.routine = QStringLiteral("config-service");
    route.routeName = QStringLiteral("beta-config");
    route.ruleText = rules::Rule::fromPattern(QStringLiteral("beta.cloudcodes.cn/config/*")).text();
    route.sequence = 0;
    const auto created = awaitResult(c->createRoutineRoute(route));
    QVERIFY2(created.ok(), qPrintable(created.error().summary()));
    route.configId = created.value();
    route.enabled = false;
    route.fallback = true;
    const auto updated = awaitResult(c->updateRoutineRoute(route));
    QVERIFY2(updated.ok(), qPrintable(updated.error().summary()));
    const auto listed = awaitResult(c->listSiteRoutes(DemoData::CnSiteId));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().first().configId, route.configId); // Sequence 0: first
    QVERIFY(!listed.value().first().enabled);
    QVERIFY(listed.value().first().fallback);
    QCOMPARE(listed.value().first().readableRule(), QStringLiteral("beta.cloudcodes.cn/config/*"));
    const auto deleted = awaitResult(c->deleteRoutineRoute(route.siteId, route.configId));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().summary()));
    const auto again = awaitResult(c->listSiteRoutes(DemoData::CnSiteId));
    QVERIFY(again.ok());
    QCOMPARE(again.value().size(), 4);
}

void TestSiteRoutes::refusals()
{
    auto c = client(true);
    RoutineRoute route;
    route.siteId = DemoData::CnSiteId;
    route.routine = QStringLiteral("config-service");
    route.routeName = QStringLiteral("bad");
    route.ruleText = QStringLiteral("(http.host eq");
    const auto badRule = awaitResult(c->createRoutineRoute(route));
    QVERIFY(!badRule.ok());
    QCOMPARE(badRule.error().kind, ApiError::Kind::Http);
    QVERIFY(!badRule.error().outcomeUnknown()); // a refusal: the change machinery says Refused, no read-back
    route.ruleText = rules::Rule::fromPattern(QStringLiteral("x.cloudcodes.cn/*")).text();
    route.siteId = 42;
    const auto noSite = awaitResult(c->createRoutineRoute(route));
    QVERIFY(!noSite.ok());
    QCOMPARE(noSite.error().code, QStringLiteral("SiteNotFound"));
    const auto outside = awaitResult(c->createRoutineRelatedRecord(QStringLiteral("config-service"), DemoData::CnSiteId, QStringLiteral("a.example.com")));
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().kind, ApiError::Kind::Http);
    const auto duplicate = awaitResult(c->createRoutineRelatedRecord(QStringLiteral("maintenance-page"), DemoData::CnSiteId, QStringLiteral("status.cloudcodes.cn")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("RecordAlreadyExist"));
}

void TestSiteRoutes::changesNotAllowed()
{
    auto c = client(false);
    const auto r = awaitResult(c->deleteRoutineRoute(DemoData::CnSiteId, 7318020003008));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::NotAllowed);
    const auto still = awaitResult(c->listSiteRoutes(DemoData::CnSiteId));
    QVERIFY(still.ok());
    QCOMPARE(still.value().size(), 4); // nothing was sent
    QCOMPARE(awaitResult(c->createRoutineRelatedRecord(QStringLiteral("x"), 1, QStringLiteral("y"))).error().kind, ApiError::Kind::NotAllowed);
}

void TestSiteRoutes::stagingIps()
{
    const auto r = awaitResult(client()->getRoutineStagingEnvIp());
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value(), (QStringList{QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11")}));
}

void TestSiteRoutes::placementFromEmulator()
{
    const auto r = awaitResult(RoutinePlacement::load(client(), QStringLiteral("header-rewrite")));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r.value().defaultHost, QStringLiteral("headers.demo.cloudcodes.dev"));
    QCOMPARE(r.value().routes.size(), 1);
    QCOMPARE(r.value().routes.first().shadowedBy, QStringLiteral("shop-api (auth-guard)"));
    const auto pages = awaitResult(RoutinePlacement::load(client(), QLatin1String(DemoData::PagesSiteRoutineName)));
    QVERIFY(pages.ok());
    QCOMPARE(pages.value().customDomains.size(), 1);
    QCOMPARE(pages.value().customDomains.first().recordName, QStringLiteral("portfolio.example.com"));
}

void TestSiteRoutes::resolverFromEmulator()
{
    const auto data = awaitResult(UrlResolver::load(client()));
    QVERIFY2(data.ok(), qPrintable(data.error().summary()));
    QCOMPARE(data.value().sites.size(), DemoData::SiteCount);
    QCOMPARE(data.value().routines.size(), DemoData::RoutineCount);
    QCOMPARE(data.value().records.size(), DemoData::instance().relatedRecords().size());
    const Resolution r = UrlResolver::resolve(QStringLiteral("https://shop.example.com/api/v2/cart"), data.value());
    QCOMPARE(r.routine, QStringLiteral("auth-guard"));
    QCOMPARE(r.alsoMatched.size(), 2);
    QVERIFY(!r.production.isEmpty());
    const Resolution bypass = UrlResolver::resolve(QStringLiteral("https://shop.example.com/static/a.js"), data.value());
    QCOMPARE(bypass.servedBy, Resolution::ServedBy::Bypass);
}

void TestSiteRoutes::deployTargetsFromEmulator()
{
    const auto r = awaitResult(DeployTargets::load(client(), QStringLiteral("maintenance-page"), QStringLiteral("staging")));
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(r.value().hostsFileLines.contains(QStringLiteral("203.0.113.10 status.cloudcodes.cn")));
    const auto prod = awaitResult(DeployTargets::load(client(), QStringLiteral("maintenance-page"), QStringLiteral("production")));
    QVERIFY(prod.ok());
    QVERIFY(prod.value().stagingIps.isEmpty());
    QCOMPARE(prod.value().customDomains, QStringList{QStringLiteral("status.cloudcodes.cn")});
}

QTEST_GUILESS_MAIN(TestSiteRoutes)
#include "tst_siteroutes.moc"
