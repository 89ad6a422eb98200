// "Who serves this URL?" (UrlResolver), "Runs on" flags (RoutinePlacement, RouteCoverage) and
// where a deploy goes live (DeployTargets), over the emulator's demo sites, routes and custom
// domains turned into the values the client parses: the dozen URLs its routes were designed for.
#include "app/emulator/demo/DemoData.h"
#include "app/esa/DeployTargets.h"
#include "app/esa/RouteCoverage.h"
#include "app/esa/RouteDraft.h"
#include "app/esa/RoutinePlacement.h"
#include "app/esa/UrlResolver.h"

#include <QTest>

using Why = Resolution::Why;
using ServedBy = Resolution::ServedBy;

class TestUrlResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolve_data();
    void resolve();
    void productionVersionsAndFallback();
    void defaultHost();
    void customDomainRanking();
    void badUrls_data();
    void badUrls();
    void coverage_data();
    void coverage();
    void placementFlags();
    void deployTargets();
    void acrossAccounts();
    void routeDraft_data();
    void routeDraft();

private:
    static QString siteName(qint64 id);
    RoutingData m_data;
};

QString TestUrlResolver::siteName(qint64 id)
{
    for (const DemoSite &s : DemoData::instance().sites()) {
        if (s.siteId == id)
            return s.name;
    }
    return {};
}

void TestUrlResolver::initTestCase()
{
    const DemoData &demo = DemoData::instance();
    for (const DemoSite &s : demo.sites())
        m_data.sites << EsaSite{s.siteId, s.name, s.status, s.accessType, s.coverage, s.planSpecName};
    for (const DemoRoute &d : demo.routes()) {
        RoutineRoute r;
        r.configId = d.configId;
        r.siteId = d.siteId;
        r.siteName = siteName(d.siteId);
        r.routine = d.routine;
        r.routeName = d.routeName;
        r.ruleText = d.rule;
        r.enabled = d.enabled;
        r.bypass = d.bypass;
        r.fallback = d.fallback;
        r.sequence = d.sequence;
        m_data.routes << r;
    }
    for (const DemoRelatedRecord &d : demo.relatedRecords())
        m_data.records << RelatedRecord{d.recordId, d.recordName, d.siteId, siteName(d.siteId), d.routine};
    for (const DemoRoutine &d : demo.routines()) {
        RoutineDetail detail;
        detail.routine.name = d.name;
        detail.routine.defaultRelatedRecord = d.defaultRelatedRecord;
        for (const DemoEnvironment &e : d.envs) {
            RoutineEnvironment env;
            env.env = e.env;
            for (const DemoCanaryShare &s : e.shares) {
                DeployedVersion v;
                v.codeVersion = s.codeVersion;
                v.percentage = s.percentage;
                env.versions << v;
            }
            detail.envs << env;
        }
        m_data.routines << detail;
    }
    QCOMPARE(m_data.sites.size(), DemoData::SiteCount);
    QVERIFY(m_data.routes.size() >= 11);
}

void TestUrlResolver::resolve_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("servedBy");
    QTest::addColumn<QString>("routine");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QStringList>("losers"); // "route:why"

    const auto lost = [](const char *route, Why why) { return QStringLiteral("%1:%2").arg(QLatin1String(route)).arg(int(why)); };
    const QString edge = QLatin1String(DemoData::EdgeRoutineName);
    QTest::newRow("shop api") << "https://shop.example.com/api/cart" << int(ServedBy::Route) << "auth-guard" << "shop-api"
                              << QStringList{lost("shop-all", Why::ShadowedByOrder)};
    QTest::newRow("shop api v2 shadowed twice") << "https://shop.example.com/api/v2/items?x=1" << int(ServedBy::Route) << "auth-guard" << "shop-api"
                                                << QStringList{lost("shop-all", Why::ShadowedByOrder), lost("shop-api-v2", Why::ShadowedByOrder)};
    QTest::newRow("static bypassed") << "https://shop.example.com/static/app.css" << int(ServedBy::Bypass) << "" << "shop-static-bypass"
                                     << QStringList{lost("shop-all", Why::PassedOverByBypass)};
    QTest::newRow("shop images shadow the images route") << "https://shop.example.com/images/a.png" << int(ServedBy::Route) << "ab-testing" << "shop-all"
                                                         << QStringList{lost("images", Why::ShadowedByOrder)};
    QTest::newRow("img host") << "https://img.example.com/images/a.png" << int(ServedBy::Route) << "image-resizer" << "images" << QStringList{};
    QTest::newRow("www, geo route disabled") << "https://www.example.com/" << int(ServedBy::Route) << edge << "www-gateway"
                                             << QStringList{lost("www-geo-old", Why::Disabled)};
    QTest::newRow("apex") << "http://example.com/pricing" << int(ServedBy::Route) << edge << "www-gateway" << QStringList{};
    QTest::newRow("www admin: nothing") << "https://www.example.com/admin/users" << int(ServedBy::Nothing) << "" << ""
                                        << QStringList{lost("www-geo-old", Why::Disabled)};
    QTest::newRow("no slash after api") << "shop.example.com/api" << int(ServedBy::Route) << "ab-testing" << "shop-all" << QStringList{};
    QTest::newRow("host case") << "https://SHOP.Example.COM/api/x" << int(ServedBy::Route) << "auth-guard" << "shop-api"
                               << QStringList{lost("shop-all", Why::ShadowedByOrder)};
    QTest::newRow("config on cn") << "https://app.cloudcodes.cn/config/flags.json" << int(ServedBy::Route) << "config-service" << "config-everywhere"
                                  << QStringList{lost("shield-all", Why::ShadowedByOrder)};
    QTest::newRow("cn catch-all") << "https://app.cloudcodes.cn/" << int(ServedBy::Route) << QString::fromLatin1(DemoData::FullRoutineName) << "shield-all"
                                  << QStringList{};
    QTest::newRow("custom domain, no route") << "https://portfolio.example.com/work" << int(ServedBy::CustomDomain)
                                             << QString::fromLatin1(DemoData::PagesSiteRoutineName) << "" << QStringList{};
    QTest::newRow("no site") << "https://shop.example.org/api/cart" << int(ServedBy::Nothing) << "" << "" << QStringList{};
}

void TestUrlResolver::resolve()
{
    QFETCH(QString, url);
    QFETCH(int, servedBy);
    QFETCH(QString, routine);
    QFETCH(QString, route);
    QFETCH(QStringList, losers);
    const Resolution r = UrlResolver::resolve(url, m_data);
    QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
    QCOMPARE(int(r.servedBy), servedBy);
    QCOMPARE(r.routine, routine);
    QCOMPARE(r.route ? r.route->routeName : QString(), route);
    QStringList got;
    for (const Resolution::Loser &l : r.alsoMatched)
        got << QStringLiteral("%1:%2").arg(l.route.routeName).arg(int(l.why));
    QCOMPARE(got, losers);
    QVERIFY(!r.describe().isEmpty());
}

void TestUrlResolver::productionVersionsAndFallback()
{
    const Resolution r = UrlResolver::resolve(QStringLiteral("https://img.example.com/images/a.png"), m_data);
    QVERIFY(r.route && r.route->fallback);
    const DemoRoutine *demo = DemoData::instance().routine(QStringLiteral("image-resizer"));
    QVERIFY(demo);
    QList<DemoCanaryShare> expected;
    for (const DemoEnvironment &e : demo->envs) {
        if (e.env == QLatin1String("production"))
            expected = e.shares;
    }
    QCOMPARE(r.production.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.production.at(i).codeVersion, expected.at(i).codeVersion);
        QCOMPARE(r.production.at(i).percentage, expected.at(i).percentage);
    }
    QVERIFY(r.describe().contains(QStringLiteral("origin")));
}

void TestUrlResolver::defaultHost()
{
    const DemoRoutine &first = DemoData::instance().routines().first();
    QVERIFY(!first.defaultRelatedRecord.isEmpty());
    const Resolution r = UrlResolver::resolve(QStringLiteral("https://%1/anything").arg(first.defaultRelatedRecord), m_data);
    QCOMPARE(r.servedBy, ServedBy::DefaultHost);
    QCOMPARE(r.routine, first.name);
    QVERIFY(r.alsoMatched.isEmpty());
}

void TestUrlResolver::customDomainRanking()
{
    // status.cloudcodes.cn is maintenance-page's custom domain; its "/" has a route to the same
    // routine and shield-all catches the rest: the routes decide, and the answer says it is a guess.
    Resolution home = UrlResolver::resolve(QStringLiteral("https://status.cloudcodes.cn/"), m_data);
    QCOMPARE(home.servedBy, ServedBy::Route);
    QCOMPARE(home.routine, QStringLiteral("maintenance-page"));
    QVERIFY(home.customDomain);
    QVERIFY(home.rankingUndocumented);
    Resolution about = UrlResolver::resolve(QStringLiteral("https://status.cloudcodes.cn/about"), m_data);
    QCOMPARE(about.route->routeName, QStringLiteral("shield-all"));
    QVERIFY(about.rankingUndocumented);
    QVERIFY(about.describe().contains(QStringLiteral("not documented")));
    // A bypass on a custom domain's host leaves the host to its routine (the origin).
    RoutingData data = m_data;
    data.records << RelatedRecord{1, QStringLiteral("shop.example.com"), DemoData::ExampleSiteId, QStringLiteral("example.com"), QStringLiteral("header-rewrite")};
    const Resolution bypassed = UrlResolver::resolve(QStringLiteral("https://shop.example.com/static/x.css"), data);
    QCOMPARE(bypassed.servedBy, ServedBy::CustomDomain);
    QCOMPARE(bypassed.routine, QStringLiteral("header-rewrite"));
    QCOMPARE(bypassed.route->routeName, QStringLiteral("shop-static-bypass"));
}

void TestUrlResolver::badUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << "";
    QTest::newRow("ftp") << "ftp://shop.example.com/";
    QTest::newRow("no host") << "https:///path";
    QTest::newRow("spaces") << "https://shop example.com/";
}

void TestUrlResolver::badUrls()
{
    QFETCH(QString, url);
    const Resolution r = UrlResolver::resolve(url, m_data);
    QVERIFY(!r.problem.isEmpty());
    QCOMPARE(r.servedBy, ServedBy::Nothing);
    QCOMPARE(r.describe(), r.problem);
}

void TestUrlResolver::coverage_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<int>("covers");
    QTest::addColumn<int>("overlaps");
    using A = RouteCoverage::Answer;
    const auto p = [](const char *pattern) { return rules::Rule::fromPattern(QLatin1String(pattern)).text(); };
    QTest::newRow("prefix covers longer prefix") << p("a.com/api/*") << p("a.com/api/v2/*") << int(A::Yes) << int(A::Yes);
    QTest::newRow("longer prefix does not cover") << p("a.com/api/v2/*") << p("a.com/api/*") << int(A::No) << int(A::Yes);
    QTest::newRow("suffix covers host") << p("*.a.com/*") << p("shop.a.com/x") << int(A::Yes) << int(A::Yes);
    QTest::newRow("suffix misses apex") << p("*.a.com/*") << p("a.com/*") << int(A::No) << int(A::No);
    QTest::newRow("other host") << p("a.com/*") << p("b.com/*") << int(A::No) << int(A::No);
    QTest::newRow("disjoint paths") << p("a.com/api/*") << p("a.com/img/*") << int(A::No) << int(A::No);
    QTest::newRow("exact path under prefix") << p("a.com/*") << p("a.com/") << int(A::Yes) << int(A::Yes);
    QTest::newRow("host set") << "http.host in {\"a.com\" \"b.com\"}" << "(http.host eq \"B.com\" and http.request.uri.path eq \"/x\")"
                              << int(A::Yes) << int(A::Yes);
    QTest::newRow("same complex tree") << "not http.host eq \"a.com\"" << "not (http.host eq \"a.com\")" << int(A::Yes) << int(A::Yes);
    QTest::newRow("complex: unknown") << "not http.host eq \"a.com\"" << p("b.com/*") << int(A::Unknown) << int(A::Unknown);
    QTest::newRow("cookie: unknown") << "http.cookie contains \"x\"" << p("b.com/*") << int(A::Unknown) << int(A::Unknown);
}

void TestUrlResolver::coverage()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(int, covers);
    QFETCH(int, overlaps);
    const rules::Rule o = rules::Rule::parse(outer);
    const rules::Rule i = rules::Rule::parse(inner);
    QVERIFY(!o.isNull() && !i.isNull());
    QCOMPARE(int(RouteCoverage::covers(o, i)), covers);
    QCOMPARE(int(RouteCoverage::overlaps(o, i)), overlaps);
    QCOMPARE(int(RouteCoverage::overlaps(i, o)), overlaps);
}

void TestUrlResolver::placementFlags()
{
    const auto routesOf = [this](const QString &routine) {
        QList<RoutineRoute> out;
        for (const RoutineRoute &r : m_data.routes) {
            if (r.routine == routine)
                out << r;
        }
        return out;
    };
    const QList<PlacedRoute> v2 = RoutinePlacement::place(routesOf(QStringLiteral("header-rewrite")), m_data.routes);
    QCOMPARE(v2.size(), 1);
    QVERIFY(v2.first().neverWins());
    QCOMPARE(v2.first().shadowedBy, QStringLiteral("shop-api (auth-guard)"));
    QCOMPARE(v2.first().readable, QStringLiteral("shop.example.com/api/v2/*"));

    const QList<PlacedRoute> guard = RoutinePlacement::place(routesOf(QStringLiteral("auth-guard")), m_data.routes);
    QCOMPARE(guard.size(), 1);
    QVERIFY(!guard.first().neverWins());
    QCOMPARE(guard.first().overlaps, (QStringList{QStringLiteral("shop-all (ab-testing)"), QStringLiteral("shop-api-v2 (header-rewrite)")}));

    // image-resizer: the bypass comes first in its site's order, then images (not shadowed:
    // shop-all takes only shop's images).
    const QList<PlacedRoute> images = RoutinePlacement::place(routesOf(QStringLiteral("image-resizer")), m_data.routes);
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).route.routeName, QStringLiteral("shop-static-bypass"));
    QCOMPARE(images.at(1).route.routeName, QStringLiteral("images"));
    QVERIFY(!images.at(1).neverWins());
    QVERIFY(images.at(1).overlaps.contains(QStringLiteral("shop-all (ab-testing)")));
    QCOMPARE(RoutinePlacement::switches(images.at(1).route), QStringLiteral("enabled, fallback to origin"));

    // A rule that does not parse is said so, never flagged.
    RoutineRoute broken = routesOf(QStringLiteral("auth-guard")).first();
    broken.ruleText = QStringLiteral("(http.host eq");
    const QList<PlacedRoute> b = RoutinePlacement::place({broken}, m_data.routes);
    QVERIFY(!b.first().ruleProblem.isEmpty());
    QVERIFY(b.first().overlaps.isEmpty() && !b.first().neverWins());
}

void TestUrlResolver::deployTargets()
{
    RoutinePlacement placement;
    placement.routine = QStringLiteral("maintenance-page");
    placement.defaultHost = QStringLiteral("maintenance-page.abc.er.aliyun-esa.net");
    for (const RelatedRecord &r : m_data.records) {
        if (r.routine == placement.routine)
            placement.customDomains << r;
    }
    QList<RoutineRoute> mine;
    for (const RoutineRoute &r : m_data.routes) {
        if (r.routine == placement.routine)
            mine << r;
    }
    placement.routes = RoutinePlacement::place(mine, m_data.routes);

    const DeployTargets prod = DeployTargets::forEnv(QStringLiteral("production"), placement);
    QCOMPARE(prod.customDomains, QStringList{QStringLiteral("status.cloudcodes.cn")});
    QCOMPARE(prod.routes, QStringList{QStringLiteral("status.cloudcodes.cn/ (status-home)")});
    QCOMPARE(prod.hosts, (QStringList{placement.defaultHost, QStringLiteral("status.cloudcodes.cn")}));
    QVERIFY(prod.hostsFileLines.isEmpty());
    QVERIFY(prod.describe().contains(QStringLiteral("status.cloudcodes.cn")));

    const DeployTargets staging = DeployTargets::forEnv(QStringLiteral("staging"), placement,
                                                        {QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11")});
    QCOMPARE(staging.hostsFileLines, (QStringList{QStringLiteral("203.0.113.10 ") + placement.defaultHost,
                                                  QStringLiteral("203.0.113.10 status.cloudcodes.cn")}));
    QVERIFY(staging.describe().contains(QStringLiteral("203.0.113.11")));
}

void TestUrlResolver::acrossAccounts()
{
    RoutingData other;
    other.sites << EsaSite{1, QStringLiteral("example.org"), QStringLiteral("active"), {}, {}, {}};
    RoutineRoute r;
    r.configId = 1;
    r.siteId = 1;
    r.routine = QStringLiteral("org-shop");
    r.routeName = QStringLiteral("all");
    r.ruleText = rules::Rule::fromPattern(QStringLiteral("*.example.org/*")).text();
    other.routes << r;
    const QList<QPair<QString, RoutingData>> accounts{{QStringLiteral("demo"), m_data}, {QStringLiteral("other"), other}};
    const QList<UrlResolver::AccountResolution> org = UrlResolver::resolveAcross(QStringLiteral("https://shop.example.org/"), accounts);
    QCOMPARE(org.size(), 1);
    QCOMPARE(org.first().account, QStringLiteral("other"));
    QCOMPARE(org.first().resolution.routine, QStringLiteral("org-shop"));
    const QList<UrlResolver::AccountResolution> com = UrlResolver::resolveAcross(QStringLiteral("https://shop.example.com/api/x"), accounts);
    QCOMPARE(com.size(), 1);
    QCOMPARE(com.first().resolution.routine, QStringLiteral("auth-guard"));
    QVERIFY(UrlResolver::resolveAcross(QStringLiteral("https://nowhere.net/"), accounts).isEmpty());
    const QList<UrlResolver::AccountResolution> bad = UrlResolver::resolveAcross(QStringLiteral("ftp://x"), accounts);
    QCOMPARE(bad.size(), 1);
    QVERIFY(!bad.first().resolution.problem.isEmpty());
}

void TestUrlResolver::routeDraft_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("ruleText");
    QTest::addColumn<QString>("readable");
    QTest::addColumn<bool>("valid");
    using K = RouteDraft::Kind;
    QTest::newRow("pattern") << "shop.example.com/api/*" << int(K::Pattern)
                             << "(http.host eq \"shop.example.com\" and starts_with(http.request.uri.path, \"/api/\"))"
                             << "shop.example.com/api/*" << true;
    QTest::newRow("wildcard host") << " *.example.com/* " << int(K::Pattern)
                                   << "(ends_with(http.host, \".example.com\") and starts_with(http.request.uri.path, \"/\"))"
                                   << "*.example.com/*" << true;
    QTest::newRow("raw rule") << "http.host in {\"a.com\" \"b.com\"}" << int(K::Rule) << "http.host in {\"a.com\" \"b.com\"}"
                              << "(http.host in {\"a.com\" \"b.com\"})" << true; // sent as typed, shown canonical
    QTest::newRow("raw rule that is a pattern") << "(http.host eq \"a.com\" and starts_with(http.request.uri.path, \"/x/\"))" << int(K::Rule)
                                                << "(http.host eq \"a.com\" and starts_with(http.request.uri.path, \"/x/\"))" << "a.com/x/*" << true;
    QTest::newRow("half a rule") << "(http.host eq " << int(K::Rule) << "" << "" << false;
    QTest::newRow("unknown field") << "http.hots eq \"a\"" << int(K::Rule) << "" << "" << false;
    QTest::newRow("pasted url") << "https://shop.example.com/api/*" << int(K::Pattern) << "" << "" << false;
    QTest::newRow("empty") << "   " << int(K::Empty) << "" << "" << false;
}

void TestUrlResolver::routeDraft()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, ruleText);
    QFETCH(QString, readable);
    QFETCH(bool, valid);
    const RouteDraft d = RouteDraft::check(input);
    QCOMPARE(int(d.kind), kind);
    QCOMPARE(d.isValid(), valid);
    QCOMPARE(d.ruleText, ruleText);
    QCOMPARE(d.readable, readable);
    QCOMPARE(d.problem.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestUrlResolver)
#include "tst_urlresolver.moc"
