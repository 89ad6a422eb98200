// The emulated ESA's "where a routine runs" calls, signed like every other: ListSites and
// GetMatchSite (GET, as esa-cli sends them), the custom domains (form body, as the SDK sends
// them), the routes (every parameter in the query), GetRoutineAccessToken, each refusal, and the
// demo's sites, records and routes.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"
#include "app/esa/Acs3Signer.h"
#include "app/rules/Rule.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>
#include <memory>

namespace {

QString exampleId() { return QString::number(DemoData::ExampleSiteId); }
QString cnId() { return QString::number(DemoData::CnSiteId); }
const QString ShopApiRule = QStringLiteral("(http.host eq \"shop.example.com\" and starts_with(http.request.uri.path, \"/api/\"))");

} // namespace

class TestEmulatorRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listSites();
    void listSitesFilters_data();
    void listSitesFilters();
    void getMatchSite_data();
    void getMatchSite();
    void relatedRecordLifecycle();
    void relatedRecordRefusals_data();
    void relatedRecordRefusals();
    void routeLifecycle();
    void routeRefusals_data();
    void routeRefusals();
    void updateRouteRefusals();
    void demoRoutes();
    void demoUrlsHaveInterestingAnswers_data();
    void demoUrlsHaveInterestingAnswers();
    void listRoutineRoutesAcrossSites();
    void deleteRoutineTakesItsRecordsAndRoutes();
    void accessToken();
    void queryIsCoveredBySignature();

private:
    WireResult form(const QString &action, const QueryList &p) { return m_client->esa(action, p, true); }
    WireResult query(const QString &action, const QueryList &p) { return m_client->esa(action, p, false); }
    WireResult get(const QString &action, const QueryList &p, const WireClient::Tamper &tamper = {})
    {
        return m_client->esaGet(action, p, tamper);
    }
    QJsonArray siteRoutes(const QString &siteId);
    QStringList routeNames(const QString &siteId);

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<WireClient> m_client;
};

void TestEmulatorRoutes::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    m_client = std::make_unique<WireClient>(m_emulator->baseUrl());
}

void TestEmulatorRoutes::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

QJsonArray TestEmulatorRoutes::siteRoutes(const QString &siteId)
{
    const WireResult r = query(QStringLiteral("ListSiteRoutes"), {{QStringLiteral("SiteId"), siteId}, {QStringLiteral("PageSize"), QStringLiteral("500")}});
    return r.json.value(QStringLiteral("Configs")).toArray();
}

QStringList TestEmulatorRoutes::routeNames(const QString &siteId)
{
    QStringList names;
    const QJsonArray configs = siteRoutes(siteId);
    int previous = -1;
    for (const QJsonValue &v : configs) {
        const QJsonObject c = v.toObject();
        names.append(c.value(QStringLiteral("RouteName")).toString());
        const int sequence = c.value(QStringLiteral("Sequence")).toInt();
        if (sequence < previous) // listed in evaluation order
            names.append(QStringLiteral("<sequence %1 after %2>").arg(sequence).arg(previous));
        previous = sequence;
    }
    return names;
}

void TestEmulatorRoutes::listSites()
{
    // esa-cli's `site list` and `route add`: GET, Status=active, PageNumber 1, PageSize 50 or 500.
    const WireResult r = get(QStringLiteral("ListSites"), {{QStringLiteral("Status"), QStringLiteral("active")},
                                                          {QStringLiteral("PageNumber"), QStringLiteral("1")},
                                                          {QStringLiteral("PageSize"), QStringLiteral("500")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("PageSize")).toInt(), 500);
    const QJsonArray sites = r.json.value(QStringLiteral("Sites")).toArray();
    QCOMPARE(sites.size(), 2);
    const QJsonObject example = sites.at(0).toObject();
    QCOMPARE(qint64(example.value(QStringLiteral("SiteId")).toDouble()), DemoData::ExampleSiteId);
    QCOMPARE(example.value(QStringLiteral("SiteName")).toString(), QLatin1String(DemoData::ExampleSiteName));
    QCOMPARE(example.value(QStringLiteral("Status")).toString(), QStringLiteral("active"));
    QCOMPARE(example.value(QStringLiteral("AccessType")).toString(), QStringLiteral("NS"));
    QCOMPARE(example.value(QStringLiteral("Coverage")).toString(), QStringLiteral("global"));
    QVERIFY(!example.value(QStringLiteral("PlanSpecName")).toString().isEmpty());
    QCOMPARE(sites.at(1).toObject().value(QStringLiteral("AccessType")).toString(), QStringLiteral("CNAME"));
    // Ids are JSON integers as the SDK's models say (long), never 7.318e+12.
    QVERIFY2(r.body.contains("\"SiteId\":" + QByteArray::number(DemoData::ExampleSiteId) + ','), r.body.left(300).constData());
    // All three without the filter, as the SDK asks (also GET).
    QCOMPARE(get(QStringLiteral("ListSites"), {}).json.value(QStringLiteral("TotalCount")).toInt(), DemoData::SiteCount);
}

void TestEmulatorRoutes::listSitesFilters_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("codeOrNames");
    auto q = [](std::initializer_list<std::pair<const char *, const char *>> l) {
        QueryList out;
        for (const auto &[k, v] : l)
            out.append({QLatin1String(k), QLatin1String(v)});
        return out;
    };
    QTest::newRow("fuzzy by default") << q({{"SiteName", "cloudcodes"}}) << 200 << "cloudcodes.cn,cloudcodes-preview.net";
    QTest::newRow("exact") << q({{"SiteName", "example.com"}, {"SiteSearchType", "exact"}}) << 200 << "example.com";
    QTest::newRow("exact, no part") << q({{"SiteName", "example"}, {"SiteSearchType", "exact"}}) << 200 << "";
    QTest::newRow("suffix") << q({{"SiteName", ".cn"}, {"SiteSearchType", "suffix"}}) << 200 << "cloudcodes.cn";
    QTest::newRow("prefix") << q({{"SiteName", "exa"}, {"SiteSearchType", "prefix"}}) << 200 << "example.com";
    QTest::newRow("pending") << q({{"Status", "pending"}}) << 200 << "cloudcodes-preview.net";
    QTest::newRow("coverage") << q({{"Coverage", "domestic"}}) << 200 << "cloudcodes.cn";
    QTest::newRow("second page") << q({{"PageNumber", "2"}, {"PageSize", "2"}}) << 200 << "cloudcodes-preview.net";
    QTest::newRow("bad search type") << q({{"SiteName", "x"}, {"SiteSearchType", "regex"}}) << 400 << "InvalidParameter";
    QTest::newRow("page size 501") << q({{"PageSize", "501"}}) << 400 << "InvalidParameter";
    QTest::newRow("page size 0") << q({{"PageSize", "0"}}) << 400 << "InvalidParameter";
}

void TestEmulatorRoutes::listSitesFilters()
{
    QFETCH(QueryList, params);
    QFETCH(int, status);
    QFETCH(QString, codeOrNames);
    const WireResult r = get(QStringLiteral("ListSites"), params);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.str(QStringLiteral("Code")), codeOrNames);
        return;
    }
    QStringList names;
    for (const QJsonValue &v : r.json.value(QStringLiteral("Sites")).toArray())
        names.append(v.toObject().value(QStringLiteral("SiteName")).toString());
    QCOMPARE(names.join(QLatin1Char(',')), codeOrNames);
}

void TestEmulatorRoutes::getMatchSite_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("siteOrCode");
    QTest::newRow("subdomain") << "shop.example.com" << "example.com";
    QTest::newRow("the site itself") << "example.com" << "example.com";
    QTest::newRow("deep, upper case") << "A.B.CloudCodes.cn" << "cloudcodes.cn";
    QTest::newRow("another zone") << "example.org" << "SiteNotFound";
    QTest::newRow("a suffix but no dot") << "notexample.com" << "SiteNotFound";
    QTest::newRow("missing") << "" << "MissingParameter";
}

void TestEmulatorRoutes::getMatchSite()
{
    QFETCH(QString, host);
    QFETCH(QString, siteOrCode);
    // esa-cli's `domain add` sends it as GET with the query.
    const WireResult r = get(QStringLiteral("GetMatchSite"), {{QStringLiteral("RecordName"), host}});
    if (siteOrCode.contains(QLatin1Char('.'))) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.str(QStringLiteral("SiteName")), siteOrCode);
        QVERIFY(r.json.value(QStringLiteral("SiteId")).toDouble() > 0);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.str(QStringLiteral("Code")), siteOrCode);
    }
}

void TestEmulatorRoutes::relatedRecordLifecycle()
{
    const QString routine = QLatin1String(DemoData::PagesFunctionRoutineName);
    const WireResult created = form(QStringLiteral("CreateRoutineRelatedRecord"),
                                    {{QStringLiteral("Name"), routine}, {QStringLiteral("SiteId"), exampleId()},
                                     {QStringLiteral("RecordName"), QStringLiteral("API.shop.example.com")}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.str(QStringLiteral("Status")), QStringLiteral("OK"));
    const qint64 recordId = qint64(created.json.value(QStringLiteral("RecordId")).toDouble());
    QVERIFY(recordId > 0);

    const WireResult listed = form(QStringLiteral("ListRoutineRelatedRecords"), {{QStringLiteral("Name"), routine}});
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(QStringLiteral("TotalCount")).toInt(), 2); // docs.cloudcodes.cn and the new one
    const QJsonArray records = listed.json.value(QStringLiteral("RelatedRecords")).toArray();
    const QJsonObject added = records.last().toObject();
    QCOMPARE(added.value(QStringLiteral("RecordName")).toString(), QStringLiteral("api.shop.example.com"));
    QCOMPARE(qint64(added.value(QStringLiteral("RecordId")).toDouble()), recordId);
    QCOMPARE(qint64(added.value(QStringLiteral("SiteId")).toDouble()), DemoData::ExampleSiteId);
    QCOMPARE(added.value(QStringLiteral("SiteName")).toString(), QStringLiteral("example.com"));
    // SearchKeyWord narrows, paging too; esa-cli lists with GET.
    // esa-cli's `domain list` and `domain delete`: GET, its unset members sent empty.
    const WireResult asTheCli = get(QStringLiteral("ListRoutineRelatedRecords"),
                                    {{QStringLiteral("Name"), routine}, {QStringLiteral("PageNumber"), QString()},
                                     {QStringLiteral("PageSize"), QString()}, {QStringLiteral("SearchKeyWord"), QString()}});
    QCOMPARE(asTheCli.status, 200);
    QCOMPARE(asTheCli.json.value(QStringLiteral("TotalCount")).toInt(), 2);
    QCOMPARE(asTheCli.json.value(QStringLiteral("PageSize")).toInt(), 20);
    const WireResult searched = get(QStringLiteral("ListRoutineRelatedRecords"),
                                    {{QStringLiteral("Name"), routine}, {QStringLiteral("SearchKeyWord"), QStringLiteral("shop")}});
    QCOMPARE(searched.json.value(QStringLiteral("TotalCount")).toInt(), 1);
    const WireResult paged = form(QStringLiteral("ListRoutineRelatedRecords"), {{QStringLiteral("Name"), routine},
                                  {QStringLiteral("PageNumber"), QStringLiteral("2")}, {QStringLiteral("PageSize"), QStringLiteral("1")}});
    QCOMPARE(paged.json.value(QStringLiteral("RelatedRecords")).toArray().size(), 1);
    QCOMPARE(paged.json.value(QStringLiteral("TotalCount")).toInt(), 2);

    // esa-cli deletes with GET and every field in the query.
    const WireResult deleted = get(QStringLiteral("DeleteRoutineRelatedRecord"),
                                   {{QStringLiteral("RecordName"), QStringLiteral("api.shop.example.com")}, {QStringLiteral("SiteId"), exampleId()},
                                    {QStringLiteral("SiteName"), QStringLiteral("example.com")}, {QStringLiteral("Name"), routine},
                                    {QStringLiteral("RecordId"), QString::number(recordId)}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.str(QStringLiteral("Status")), QStringLiteral("OK"));
    QCOMPARE(form(QStringLiteral("ListRoutineRelatedRecords"), {{QStringLiteral("Name"), routine}})
                     .json.value(QStringLiteral("TotalCount")).toInt(), 1);
    // Gone: a second delete is refused; and by name alone works for the demo's record.
    QCOMPARE(form(QStringLiteral("DeleteRoutineRelatedRecord"), {{QStringLiteral("Name"), routine}, {QStringLiteral("SiteId"), exampleId()},
                                                                 {QStringLiteral("RecordId"), QString::number(recordId)}})
                     .str(QStringLiteral("Code")), QStringLiteral("RecordNotExist"));
    QCOMPARE(form(QStringLiteral("DeleteRoutineRelatedRecord"), {{QStringLiteral("Name"), routine}, {QStringLiteral("SiteId"), cnId()},
                                                                 {QStringLiteral("RecordName"), QStringLiteral("docs.cloudcodes.cn")}}).status, 200);
}

void TestEmulatorRoutes::relatedRecordRefusals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    const QString pagesApi = QLatin1String(DemoData::PagesFunctionRoutineName);
    const QString create = QStringLiteral("CreateRoutineRelatedRecord");
    auto rec = [&](const QString &site, const QString &record, const QString &routine = {}) {
        return QueryList{{QStringLiteral("Name"), routine.isEmpty() ? pagesApi : routine}, {QStringLiteral("SiteId"), site},
                         {QStringLiteral("RecordName"), record}};
    };
    QTest::newRow("unknown site") << create << rec(QStringLiteral("12345"), QStringLiteral("a.example.com")) << "SiteNotFound";
    QTest::newRow("site id not a number") << create << rec(QStringLiteral("example.com"), QStringLiteral("a.example.com")) << "SiteNotFound";
    QTest::newRow("outside the site") << create << rec(exampleId(), QStringLiteral("shop.example.org")) << "InvalidParameter.RecordName";
    QTest::newRow("another site's host") << create << rec(exampleId(), QStringLiteral("docs2.cloudcodes.cn")) << "InvalidParameter.RecordName";
    QTest::newRow("suffix without a dot") << create << rec(exampleId(), QStringLiteral("myexample.com")) << "InvalidParameter.RecordName";
    QTest::newRow("not a host name") << create << rec(exampleId(), QStringLiteral("a b.example.com")) << "InvalidParameter.RecordName";
    QTest::newRow("a URL") << create << rec(exampleId(), QStringLiteral("https://a.example.com/")) << "InvalidParameter.RecordName";
    QTest::newRow("taken by another routine") << create << rec(exampleId(), QStringLiteral("gw.example.com")) << "RecordAlreadyExist";
    QTest::newRow("taken, other case") << create << rec(cnId(), QStringLiteral("Docs.CloudCodes.cn")) << "RecordAlreadyExist";
    QTest::newRow("unknown routine") << create << rec(exampleId(), QStringLiteral("a.example.com"), QStringLiteral("no-such-routine")) << "RoutineNotExist";
    QTest::newRow("no record") << create << QueryList{{QStringLiteral("Name"), pagesApi}, {QStringLiteral("SiteId"), exampleId()}} << "MissingParameter";
    QTest::newRow("no site") << create << QueryList{{QStringLiteral("Name"), pagesApi}, {QStringLiteral("RecordName"), QStringLiteral("a.example.com")}} << "MissingParameter";
    QTest::newRow("list page size 21") << QStringLiteral("ListRoutineRelatedRecords")
                                       << QueryList{{QStringLiteral("Name"), pagesApi}, {QStringLiteral("PageSize"), QStringLiteral("21")}} << "InvalidParameter";
    QTest::newRow("list unknown routine") << QStringLiteral("ListRoutineRelatedRecords") << QueryList{{QStringLiteral("Name"), QStringLiteral("nope")}} << "RoutineNotExist";
    QTest::newRow("delete another routine's record") << QStringLiteral("DeleteRoutineRelatedRecord")
                                                     << QueryList{{QStringLiteral("Name"), pagesApi}, {QStringLiteral("SiteId"), exampleId()},
                                                                  {QStringLiteral("RecordName"), QStringLiteral("gw.example.com")}} << "RecordNotExist";
    QTest::newRow("delete on the wrong site") << QStringLiteral("DeleteRoutineRelatedRecord")
                                              << QueryList{{QStringLiteral("Name"), pagesApi}, {QStringLiteral("SiteId"), exampleId()},
                                                           {QStringLiteral("RecordName"), QStringLiteral("docs.cloudcodes.cn")}} << "RecordNotExist";
    QTest::newRow("delete naming nothing") << QStringLiteral("DeleteRoutineRelatedRecord")
                                           << QueryList{{QStringLiteral("Name"), pagesApi}, {QStringLiteral("SiteId"), cnId()}} << "MissingParameter";
}

void TestEmulatorRoutes::relatedRecordRefusals()
{
    QFETCH(QString, action);
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    const WireResult r = form(action, params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    QVERIFY(!r.str(QStringLiteral("Message")).isEmpty());
    // Nothing changed: the demo's four records are all still there.
    int records = 0;
    for (const char *routine : {DemoData::PagesSiteRoutineName, DemoData::EdgeRoutineName, DemoData::PagesFunctionRoutineName, "maintenance-page"})
        records += form(QStringLiteral("ListRoutineRelatedRecords"), {{QStringLiteral("Name"), QLatin1String(routine)}})
                           .json.value(QStringLiteral("TotalCount")).toInt();
    QCOMPARE(records, 4);
}

void TestEmulatorRoutes::routeLifecycle()
{
    const QString rule = QStringLiteral("(http.host eq \"shop.example.com\" and starts_with(http.request.uri.path, \"/cart/\"))");
    // The SDK sends every parameter in the query (POST).
    const WireResult created = query(QStringLiteral("CreateRoutineRoute"),
                                     {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("RoutineName"), QStringLiteral("ab-testing")},
                                      {QStringLiteral("RouteName"), QStringLiteral("shop-cart")}, {QStringLiteral("Rule"), rule},
                                      {QStringLiteral("RouteEnable"), QStringLiteral("on")}, {QStringLiteral("Bypass"), QStringLiteral("off")},
                                      {QStringLiteral("Fallback"), QStringLiteral("on")}, {QStringLiteral("Sequence"), QStringLiteral("1")}});
    QCOMPARE(created.status, 200);
    const QString configId = QString::number(qint64(created.json.value(QStringLiteral("ConfigId")).toDouble()));
    QVERIFY(configId.toLongLong() > 0);
    // Sequence 1 is shop-api's too: the older route stays first.
    QCOMPARE(routeNames(exampleId()), QStringList({QStringLiteral("shop-api"), QStringLiteral("shop-cart"), QStringLiteral("shop-static-bypass"),
                                                   QStringLiteral("shop-all"), QStringLiteral("images"), QStringLiteral("www-geo-old"),
                                                   QStringLiteral("www-gateway"), QStringLiteral("shop-api-v2")}));

    const WireResult got = query(QStringLiteral("GetRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), configId}});
    QCOMPARE(got.status, 200);
    QCOMPARE(got.str(QStringLiteral("RouteName")), QStringLiteral("shop-cart"));
    QCOMPARE(got.str(QStringLiteral("RoutineName")), QStringLiteral("ab-testing"));
    QCOMPARE(got.str(QStringLiteral("Rule")), rule);
    QCOMPARE(got.str(QStringLiteral("RouteEnable")), QStringLiteral("on"));
    QCOMPARE(got.str(QStringLiteral("Bypass")), QStringLiteral("off"));
    QCOMPARE(got.str(QStringLiteral("Fallback")), QStringLiteral("on"));
    QCOMPARE(got.str(QStringLiteral("Mode")), QStringLiteral("simple")); // an esa-cli pattern's rule
    QCOMPARE(got.str(QStringLiteral("ConfigType")), QStringLiteral("rule"));
    QCOMPARE(got.json.value(QStringLiteral("Sequence")).toInt(), 1);

    // Update: a custom rule, disabled, moved first; what is not sent stays.
    const QString custom = QStringLiteral("(http.host eq \"shop.example.com\" and http.request.uri.path in {\"/cart\" \"/basket\"})");
    const WireResult updated = query(QStringLiteral("UpdateRoutineRoute"),
                                     {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), configId},
                                      {QStringLiteral("Rule"), custom}, {QStringLiteral("RouteEnable"), QStringLiteral("off")},
                                      {QStringLiteral("Sequence"), QStringLiteral("0")}});
    QCOMPARE(updated.status, 200);
    const WireResult after = get(QStringLiteral("GetRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), configId}});
    QCOMPARE(after.str(QStringLiteral("Rule")), custom);
    QCOMPARE(after.str(QStringLiteral("RouteEnable")), QStringLiteral("off"));
    QCOMPARE(after.str(QStringLiteral("Fallback")), QStringLiteral("on"));
    QCOMPARE(after.str(QStringLiteral("RouteName")), QStringLiteral("shop-cart"));
    QCOMPARE(after.str(QStringLiteral("Mode")), QStringLiteral("custom"));
    QCOMPARE(after.json.value(QStringLiteral("Sequence")).toInt(), 0);
    QCOMPARE(routeNames(exampleId()).mid(0, 2), QStringList({QStringLiteral("shop-cart"), QStringLiteral("shop-api")}));

    const WireResult deleted = query(QStringLiteral("DeleteRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), configId}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(query(QStringLiteral("GetRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), configId}})
                     .str(QStringLiteral("Code")), QStringLiteral("RouteNotExist"));
    QCOMPARE(routeNames(exampleId()).size(), 7);
    QCOMPARE(routeNames(exampleId()).first(), QStringLiteral("shop-api"));
}

void TestEmulatorRoutes::routeRefusals_data()
{
    QTest::addColumn<QueryList>("params");
    QTest::addColumn<QString>("code");
    auto route = [](const QString &rule, std::initializer_list<std::pair<const char *, QString>> extra = {}) {
        QueryList q{{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("RoutineName"), QStringLiteral("ab-testing")},
                    {QStringLiteral("RouteName"), QStringLiteral("new-route")}, {QStringLiteral("Rule"), rule}};
        for (const auto &[k, v] : extra) {
            q.removeIf([&](const auto &p) { return p.first == QLatin1String(k); });
            if (!v.isNull())
                q.append({QLatin1String(k), v});
        }
        return q;
    };
    const QString fine = QStringLiteral("(http.host eq \"new.example.com\")");
    QTest::newRow("unknown site") << route(fine, {{"SiteId", QStringLiteral("999")}}) << "SiteNotFound";
    QTest::newRow("no site") << route(fine, {{"SiteId", QString()}}) << "MissingParameter";
    QTest::newRow("unknown routine") << route(fine, {{"RoutineName", QStringLiteral("nope")}}) << "RoutineNotExist";
    QTest::newRow("no routine") << route(fine, {{"RoutineName", QString()}}) << "MissingParameter";
    QTest::newRow("no rule") << route(QString(), {{"Rule", QString()}}) << "MissingParameter";
    QTest::newRow("unknown field") << route(QStringLiteral("(http.hots eq \"a.example.com\")")) << "InvalidParameter.Rule";
    QTest::newRow("unbalanced") << route(QStringLiteral("(http.host eq \"a.example.com\"")) << "InvalidParameter.Rule";
    QTest::newRow("a bare pattern") << route(QStringLiteral("shop.example.com/api/*")) << "InvalidParameter.Rule";
    QTest::newRow("same name on the site") << route(fine, {{"RouteName", QStringLiteral("shop-api")}}) << "RouteAlreadyExist";
    QTest::newRow("same rule, other spacing") << route(QStringLiteral("( http.host eq \"shop.example.com\"  and starts_with( http.request.uri.path , \"/api/\" ) )"))
                                              << "RouteAlreadyExist";
    QTest::newRow("sequence -1") << route(fine, {{"Sequence", QStringLiteral("-1")}}) << "InvalidParameter.Sequence";
    QTest::newRow("sequence past int") << route(fine, {{"Sequence", QStringLiteral("2147483648")}}) << "InvalidParameter.Sequence";
    QTest::newRow("sequence a fraction") << route(fine, {{"Sequence", QStringLiteral("1.5")}}) << "InvalidParameter.Sequence";
    QTest::newRow("sequence not a number") << route(fine, {{"Sequence", QStringLiteral("first")}}) << "InvalidParameter.Sequence";
    QTest::newRow("RouteEnable yes") << route(fine, {{"RouteEnable", QStringLiteral("yes")}}) << "InvalidParameter";
    QTest::newRow("Bypass true") << route(fine, {{"Bypass", QStringLiteral("true")}}) << "InvalidParameter";
    QTest::newRow("Mode fancy") << route(fine, {{"Mode", QStringLiteral("fancy")}}) << "InvalidParameter";
}

void TestEmulatorRoutes::routeRefusals()
{
    QFETCH(QueryList, params);
    QFETCH(QString, code);
    const WireResult r = query(QStringLiteral("CreateRoutineRoute"), params);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), code);
    if (code == QLatin1String("InvalidParameter.Rule"))
        QVERIFY2(r.str(QStringLiteral("Message")).contains(QStringLiteral("column ")), qPrintable(r.str(QStringLiteral("Message"))));
    QCOMPARE(routeNames(exampleId()).size(), 7); // nothing added
}

void TestEmulatorRoutes::updateRouteRefusals()
{
    const QString shopAll = QString::number(siteRoutes(exampleId()).at(2).toObject().value(QStringLiteral("ConfigId")).toDouble(), 'f', 0);
    auto update = [&](const QueryList &extra, const QString &configId = {}) {
        QueryList q{{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), configId.isEmpty() ? shopAll : configId}};
        return query(QStringLiteral("UpdateRoutineRoute"), q + extra).str(QStringLiteral("Code"));
    };
    QCOMPARE(update({}, QStringLiteral("42")), QStringLiteral("RouteNotExist"));
    QCOMPARE(update({{QStringLiteral("Sequence"), QStringLiteral("-3")}}), QStringLiteral("InvalidParameter.Sequence"));
    QCOMPARE(update({{QStringLiteral("Rule"), ShopApiRule}}), QStringLiteral("RouteAlreadyExist"));
    QCOMPARE(update({{QStringLiteral("RouteName"), QStringLiteral("images")}}), QStringLiteral("RouteAlreadyExist"));
    QCOMPARE(update({{QStringLiteral("Rule"), QStringLiteral("http.host eq")}}), QStringLiteral("InvalidParameter.Rule"));
    QCOMPARE(update({{QStringLiteral("RoutineName"), QStringLiteral("nope")}}), QStringLiteral("RoutineNotExist"));
    // A route of example.com is not found through cloudcodes.cn.
    QCOMPARE(query(QStringLiteral("GetRoutineRoute"), {{QStringLiteral("SiteId"), cnId()}, {QStringLiteral("ConfigId"), shopAll}})
                     .str(QStringLiteral("Code")), QStringLiteral("RouteNotExist"));
    // Moving it past the others is fine, and keeps its own name and rule (no self-duplicate).
    QCOMPARE(query(QStringLiteral("UpdateRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), shopAll},
                                                          {QStringLiteral("Sequence"), QStringLiteral("100")}, {QStringLiteral("RouteName"), QStringLiteral("shop-all")}}).status, 200);
    QCOMPARE(routeNames(exampleId()).last(), QStringLiteral("shop-all"));
    // A new route without Sequence goes after it (101).
    const WireResult added = query(QStringLiteral("CreateRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("RoutineName"), QStringLiteral("ab-testing")},
                                                                          {QStringLiteral("RouteName"), QStringLiteral("late")}, {QStringLiteral("Rule"), QStringLiteral("(http.host eq \"late.example.com\")")}});
    QCOMPARE(added.status, 200);
    QCOMPARE(routeNames(exampleId()).last(), QStringLiteral("late"));
    QCOMPARE(siteRoutes(exampleId()).last().toObject().value(QStringLiteral("Sequence")).toInt(), 101);
}

void TestEmulatorRoutes::demoRoutes()
{
    QCOMPARE(routeNames(exampleId()), QStringList({QStringLiteral("shop-api"), QStringLiteral("shop-static-bypass"), QStringLiteral("shop-all"),
                                                   QStringLiteral("images"), QStringLiteral("www-geo-old"), QStringLiteral("www-gateway"),
                                                   QStringLiteral("shop-api-v2")}));
    QCOMPARE(routeNames(cnId()), QStringList({QStringLiteral("status-home"), QStringLiteral("docs-api"), QStringLiteral("config-everywhere"),
                                              QStringLiteral("shield-all")}));
    QCOMPARE(routeNames(QString::number(DemoData::PendingSiteId)), QStringList());
    const QJsonArray configs = siteRoutes(exampleId());
    auto at = [&](int i, const char *field) { return configs.at(i).toObject().value(QLatin1String(field)).toString(); };
    QCOMPARE(at(1, "Bypass"), QStringLiteral("on"));
    QCOMPARE(at(4, "RouteEnable"), QStringLiteral("off"));
    QCOMPARE(at(3, "Fallback"), QStringLiteral("on"));
    QCOMPARE(at(0, "Mode"), QStringLiteral("simple"));
    QCOMPARE(at(5, "Mode"), QStringLiteral("custom"));
    QCOMPARE(at(0, "Rule"), ShopApiRule);
    QCOMPARE(configs.at(0).toObject().value(QStringLiteral("Sequence")).toInt(), 1); // 1 first, as the vendor's examples
    QCOMPARE(configs.at(6).toObject().value(QStringLiteral("Sequence")).toInt(), 7);
    // Every demo rule is one the rule language reads, and the overlaps are real.
    for (const DemoRoute &r : DemoData::instance().routes()) {
        rules::RuleError e;
        QVERIFY2(!rules::Rule::parse(r.rule, &e).isNull(), qPrintable(r.rule + QLatin1Char(' ') + e.describe()));
    }
    rules::RuleRequest cart;
    cart.host = QStringLiteral("shop.example.com");
    cart.path = QStringLiteral("/api/cart");
    QVERIFY(rules::Rule::parse(at(0, "Rule")).matches(cart));
    QVERIFY(rules::Rule::parse(at(2, "Rule")).matches(cart));
    QVERIFY(!rules::Rule::parse(at(1, "Rule")).matches(cart));
}

void TestEmulatorRoutes::demoUrlsHaveInterestingAnswers_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("winner");  // route name, "bypass:<name>", or empty
    QTest::addColumn<QString>("losers");  // enabled routes that matched too, in order
    QTest::newRow("api, shadowing two") << "https://shop.example.com/api/cart" << "shop-api" << "shop-all";
    QTest::newRow("api v2 never wins") << "https://shop.example.com/api/v2/items" << "shop-api" << "shop-all,shop-api-v2";
    QTest::newRow("static, bypassed") << "https://shop.example.com/static/app.js" << "bypass:shop-static-bypass" << "shop-all";
    QTest::newRow("shop images by order") << "https://shop.example.com/images/a.png" << "shop-all" << "images";
    QTest::newRow("img images") << "https://img.example.com/images/a.png" << "images" << "";
    QTest::newRow("img elsewhere") << "https://img.example.com/other" << "" << "";
    QTest::newRow("www, geo disabled") << "https://www.example.com/" << "www-gateway" << "";
    QTest::newRow("apex admin excluded") << "https://example.com/admin/x" << "" << "";
    QTest::newRow("www images first") << "https://www.example.com/images/x.png" << "images" << "www-gateway";
    QTest::newRow("status home") << "https://status.cloudcodes.cn/" << "status-home" << "shield-all";
    QTest::newRow("config anywhere") << "https://status.cloudcodes.cn/config/flags" << "config-everywhere" << "shield-all";
    QTest::newRow("docs api") << "https://docs.cloudcodes.cn/api/v1" << "docs-api" << "shield-all";
    QTest::newRow("any cn page") << "https://foo.cloudcodes.cn/page" << "shield-all" << "";
}

// The demo is designed for a "who serves this URL?" resolver: evaluated here the simplest way
// (the site's enabled routes in order, the first match wins, a bypass match means no function).
void TestEmulatorRoutes::demoUrlsHaveInterestingAnswers()
{
    QFETCH(QString, url);
    QFETCH(QString, winner);
    QFETCH(QString, losers);
    const rules::RuleRequest request = rules::RuleRequest::fromUrl(QUrl(url));
    const QString siteId = request.host.endsWith(QLatin1String(".cn")) ? cnId() : exampleId();
    QString won;
    QStringList lost;
    for (const QJsonValue &v : siteRoutes(siteId)) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("RouteEnable")).toString() != QLatin1String("on")
            || !rules::Rule::parse(c.value(QStringLiteral("Rule")).toString()).matches(request))
            continue;
        const QString name = c.value(QStringLiteral("RouteName")).toString();
        if (!won.isEmpty())
            lost.append(name);
        else
            won = (c.value(QStringLiteral("Bypass")).toString() == QLatin1String("on") ? QStringLiteral("bypass:") : QString()) + name;
    }
    QCOMPARE(won, winner);
    QCOMPARE(lost.join(QLatin1Char(',')), losers);
}

void TestEmulatorRoutes::listRoutineRoutesAcrossSites()
{
    // image-resizer has two routes on example.com; esa-cli's `route list` asks with the SDK (POST, query).
    const WireResult r = query(QStringLiteral("ListRoutineRoutes"), {{QStringLiteral("RoutineName"), QStringLiteral("image-resizer")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("PageSize")).toInt(), 500);
    const QJsonObject first = r.json.value(QStringLiteral("Configs")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("RouteName")).toString(), QStringLiteral("shop-static-bypass"));
    QCOMPARE(first.value(QStringLiteral("SiteName")).toString(), QStringLiteral("example.com"));
    QCOMPARE(qint64(first.value(QStringLiteral("SiteId")).toDouble()), DemoData::ExampleSiteId);
    QCOMPARE(query(QStringLiteral("ListRoutineRoutes"), {{QStringLiteral("RoutineName"), QStringLiteral("pages-api")}})
                     .json.value(QStringLiteral("Configs")).toArray().first().toObject().value(QStringLiteral("SiteName")).toString(),
             QStringLiteral("cloudcodes.cn"));
    QCOMPARE(query(QStringLiteral("ListRoutineRoutes"), {{QStringLiteral("RoutineName"), QStringLiteral("search-index")}})
                     .json.value(QStringLiteral("TotalCount")).toInt(), 0);
    QCOMPARE(query(QStringLiteral("ListRoutineRoutes"), {{QStringLiteral("RoutineName"), QStringLiteral("image-resizer")},
                                                         {QStringLiteral("PageSize"), QStringLiteral("501")}}).str(QStringLiteral("Code")),
             QStringLiteral("InvalidParameter"));
    QCOMPARE(query(QStringLiteral("ListRoutineRoutes"), {}).str(QStringLiteral("Code")), QStringLiteral("MissingParameter"));
    QCOMPARE(query(QStringLiteral("ListSiteRoutes"), {{QStringLiteral("SiteId"), QStringLiteral("1")}}).str(QStringLiteral("Code")),
             QStringLiteral("SiteNotFound"));
    const WireResult named = query(QStringLiteral("ListSiteRoutes"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("RouteName"), QStringLiteral("www")}});
    QCOMPARE(named.json.value(QStringLiteral("TotalCount")).toInt(), 2);
}

void TestEmulatorRoutes::deleteRoutineTakesItsRecordsAndRoutes()
{
    QCOMPARE(form(QStringLiteral("DeleteRoutine"), {{QStringLiteral("Name"), QLatin1String(DemoData::EdgeRoutineName)}}).status, 200);
    QCOMPARE(routeNames(exampleId()), QStringList({QStringLiteral("shop-api"), QStringLiteral("shop-static-bypass"), QStringLiteral("shop-all"),
                                                   QStringLiteral("images"), QStringLiteral("www-geo-old"), QStringLiteral("shop-api-v2")}));
    // Its custom domain is free again.
    QCOMPARE(form(QStringLiteral("CreateRoutineRelatedRecord"), {{QStringLiteral("Name"), QStringLiteral("geo-redirect")}, {QStringLiteral("SiteId"), exampleId()},
                                                                 {QStringLiteral("RecordName"), QStringLiteral("gw.example.com")}}).status, 200);
}

void TestEmulatorRoutes::accessToken()
{
    const WireResult a = form(QStringLiteral("GetRoutineAccessToken"), {{QStringLiteral("Name"), QLatin1String(DemoData::PagesSiteRoutineName)}});
    QCOMPARE(a.status, 200);
    QVERIFY(a.str(QStringLiteral("Token")).size() >= 16);
    const WireResult b = form(QStringLiteral("GetRoutineAccessToken"), {{QStringLiteral("Name"), QLatin1String(DemoData::PagesSiteRoutineName)}});
    QVERIFY(a.str(QStringLiteral("Token")) != b.str(QStringLiteral("Token")));
    QCOMPARE(form(QStringLiteral("GetRoutineAccessToken"), {{QStringLiteral("Name"), QStringLiteral("nope")}}).str(QStringLiteral("Code")),
             QStringLiteral("RoutineNotExist"));
}

void TestEmulatorRoutes::queryIsCoveredBySignature()
{
    // A route deleted through a query changed after signing: refused, and the route is still there.
    const QString shopApi = QString::number(siteRoutes(exampleId()).at(0).toObject().value(QStringLiteral("ConfigId")).toDouble(), 'f', 0);
    const WireResult r = get(QStringLiteral("DeleteRoutineRoute"), {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), QStringLiteral("1")}},
                             [&](HttpRequestParts &p) { p.query = {{QStringLiteral("SiteId"), exampleId()}, {QStringLiteral("ConfigId"), shopApi}}; });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str(QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(routeNames(exampleId()).size(), 7);
    // Unsigned: refused too.
    const WireResult unsigned_ = get(QStringLiteral("ListSites"), {}, [](HttpRequestParts &p) {
        p.headers.removeIf([](const auto &h) { return h.first.toLower() == "authorization"; });
    });
    QCOMPARE(unsigned_.status, 400);
    QVERIFY(!unsigned_.str(QStringLiteral("Code")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorRoutes)
#include "tst_emulator_routes.moc"
