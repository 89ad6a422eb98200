#include "app/emulator/demo/DemoData.h"

#include "app/emulator/demo/DemoCode.h"
#include "app/net/Digest.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QJsonArray>
#include <QMutexLocker>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

// Deterministic hex of any length from a label: stable ids without randomness.
QString hexId(const QString &label, int length = 32)
{
    QByteArray hex;
    for (int round = 0; hex.size() < length; ++round)
        hex += Digest::sha256Hex(label.toUtf8() + '#' + QByteArray::number(round));
    return QString::fromLatin1(hex.left(length));
}

// ESA code version ids: creation time in milliseconds followed by six digits.
QString codeVersionId(const QDateTime &created, const QString &label)
{
    const QByteArray h = QCryptographicHash::hash(label.toUtf8(), QCryptographicHash::Sha256);
    const quint32 n = (quint8(h[0]) << 16 | quint8(h[1]) << 8 | quint8(h[2])) % 1000000;
    return QString::number(created.toMSecsSinceEpoch()) + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// An AppCode that follows the seed's rules: 64..180 characters, first a letter, digit, '+' or
// '/', then only letters, digits and +_!@#$%-/=. Half are hex (like the seed's second example),
// half base64 of various lengths (like its first).
QString makeAppCode(const QString &appId, int index)
{
    const QByteArray seed = appId.toUtf8() + ':' + QByteArray::number(index);
    if (index % 2 == 0)
        return QString::fromLatin1(Digest::sha256Hex(seed));
    QByteArray raw;
    const int rawBytes = 60 + (index * 7) % 70; // 80..176 base64 characters
    for (int round = 0; raw.size() < rawBytes; ++round)
        raw += QCryptographicHash::hash(seed + '/' + QByteArray::number(round), QCryptographicHash::Sha256);
    return QString::fromLatin1(raw.left(rawBytes).toBase64());
}

// A version `daysAfter` days after its routine was created; its id, time and build id follow from
// the routine and the version's place, so they are the same on every run.
void addVersion(DemoRoutine &r, int daysAfter, const QString &description, std::function<QByteArray()> make)
{
    DemoCodeVersion v;
    v.createTime = r.createTime.addSecs(qint64(daysAfter) * 86400 + 3600 * (r.versions.size() % 7));
    v.codeVersion = codeVersionId(v.createTime, r.name + QString::number(r.versions.size()));
    v.description = description;
    v.buildId = QString::number(100000 + r.versions.size() * 37 + r.name.size() * 1000);
    v.makeCode = std::move(make);
    r.versions.append(v);
}

// A Pages routine's versions: zips committed under resources/demo/<routine>/, one a failed build.
void addPagesVersions(DemoRoutine &r)
{
    struct Step
    {
        const char *folder;
        int daysAfter;
        const char *description;
        const char *source; // ExtraInfo's Source: who made it
        const char *notFound;
    };
    const bool site = r.name == QLatin1String(DemoData::PagesSiteRoutineName);
    const QList<Step> steps = site
            ? QList<Step>{{"v1", 1, "first version of the portfolio", "Console", "SinglePageApplication"},
                          {"v2", 5, "hero image and our own font", "CLI", "SinglePageApplication"},
                          {"v3-failed", 6, "bigger headline (zipped the wrong folder)", "CLI", "SinglePageApplication"},
                          {"v4", 9, "about page, project cards, new logo, 404 page", "CLI", "404Page"}}
            : QList<Step>{{"v1", 2, "health and time endpoints", "CLI", "SinglePageApplication"},
                          {"v2", 8, "echo endpoint, OpenAPI description", "CLI", "SinglePageApplication"},
                          {"v3-failed", 11, "entry renamed to main.js", "CLI", "SinglePageApplication"},
                          {"v4", 12, "time zones; favicon", "Console", "SinglePageApplication"}};
    for (const Step &step : steps) {
        const QString routine = r.name, folder = QLatin1String(step.folder);
        addVersion(r, step.daysAfter, QString::fromUtf8(step.description),
                   [routine, folder] { return DemoCode::pagesBundle(routine, folder); });
        DemoCodeVersion &v = r.versions.last();
        v.bundle = true;
        v.extraInfo = QStringLiteral("{\"Source\":\"%1\"}").arg(QLatin1String(step.source));
        v.notFoundStrategy = QLatin1String(step.notFound);
        if (folder.endsWith(QLatin1String("-failed")))
            v.status = QStringLiteral("buildFailed");
    }
}

// The code versions of each demo routine, oldest first.
void addCodeVersions(DemoRoutine &r)
{
    if (r.name == QLatin1String(DemoData::PagesSiteRoutineName) || r.name == QLatin1String(DemoData::PagesFunctionRoutineName)) {
        addPagesVersions(r);
    } else if (r.name == QLatin1String(DemoData::EdgeRoutineName)) {
        for (int n = 1; n <= DemoCode::EdgeVersionCount; ++n)
            addVersion(r, n * 4, DemoCode::edgeVersionDescription(n), [n] { return DemoCode::edgeRoutineVersion(n); });
    } else if (r.name == QLatin1String(DemoData::LargeRoutineName)) {
        addVersion(r, 1, QStringLiteral("index snapshot (64 KiB)"), [] { return DemoCode::largeBundle(64 * 1024); });
        addVersion(r, 9, QStringLiteral("index snapshot (1 MiB)"), [] { return DemoCode::largeBundle(1024 * 1024); });
        addVersion(r, 30, QStringLiteral("full catalogue index (8 MiB)"), [] { return DemoCode::largeBundle(8 * 1024 * 1024); });
    } else if (r.name == QLatin1String(DemoData::MissingCodeRoutineName)) {
        addVersion(r, 2, QStringLiteral("serve /static from OSS"), [] { return DemoCode::edgeRoutineVersion(3); });
        addVersion(r, 40, QStringLiteral("test ver code desc\n"), {});
        r.versions.last().fixedRoutineCode = DemoCode::noSuchKeyRoutineCode();
    } else if (r.name == QLatin1String("config-service")) {
        addVersion(r, 3, QStringLiteral("serve flags from code"), [] { return DemoCode::edgeRoutineVersion(2); });
        addVersion(r, 12, QStringLiteral("flags as a JSON document"), [] { return DemoCode::jsonConfig(); });
    } else if (r.name == QLatin1String("maintenance-page")) {
        addVersion(r, 1, QStringLiteral("维护页面 v1"), [] { return DemoCode::htmlPage(); });
    } else if (r.name == QLatin1String("wasm-filter")) {
        addVersion(r, 2, QStringLiteral("JS loader"), [] { return DemoCode::edgeRoutineVersion(5); });
        addVersion(r, 6, QStringLiteral("filter compiled to wasm"), [] { return DemoCode::wasmModule(); });
    } else if (r.name == QLatin1String(DemoData::FullRoutineName)) {
        // Ten small steps of edge code: exactly at the default quota, so committing a new
        // version first needs an old one deleted.
        for (int i = 0; i < DemoData::DefaultCodeVersionQuota; ++i)
            addVersion(r, i * 5 + 1, QStringLiteral("rules update %1").arg(i + 1), [i] { return DemoCode::edgeRoutineVersion(27 + i); });
    } else {
        // Small routines: a few versions of ordinary edge code.
        const int count = 1 + (r.name.size() % 4);
        for (int i = 0; i < count; ++i) {
            const int base = (r.name.size() * 3 + i * 5) % DemoCode::EdgeVersionCount + 1;
            addVersion(r, i * 6 + 1, QStringLiteral("release %1").arg(i + 1), [base] { return DemoCode::edgeRoutineVersion(base); });
        }
    }
}

// Production runs the newest version; the edge gateway runs a 90/10 canary of its last two.
QList<DemoEnvironment> environments(const DemoRoutine &r)
{
    const QList<DemoCodeVersion> &v = r.versions;
    DemoEnvironment production{QStringLiteral("production"), hexId(r.name + QStringLiteral("prod"), 16),
                               v.last().createTime.addSecs(1800), {}};
    DemoEnvironment staging{QStringLiteral("staging"), hexId(r.name + QStringLiteral("stag"), 16),
                            v.last().createTime.addSecs(600), {{v.last().codeVersion, 100}}};
    if (r.name == QLatin1String(DemoData::EdgeRoutineName))
        production.shares = {{v.at(v.size() - 2).codeVersion, 90}, {v.last().codeVersion, 10}};
    else if (r.name == QLatin1String(DemoData::MissingCodeRoutineName))
        production.shares = {{v.first().codeVersion, 100}};
    else
        production.shares = {{v.last().codeVersion, 100}};
    return {production, staging};
}

} // namespace

const DemoData &DemoData::instance()
{
    static const DemoData data;
    return data;
}

DemoData::DemoData()
{
    buildRoutines();
    buildInstances();
    buildRamRoles();
    buildSites();
}

void DemoData::buildRoutines()
{
    struct Plan
    {
        const char *name;
        QString description;
        QDateTime created;
        QString record;
        bool assets;
    };
    const QList<Plan> plans = {
        {EdgeRoutineName, QStringLiteral("Main edge gateway: routing, caching, A/B tests"), utc(2025, 1, 6, 2, 0), QStringLiteral("edge-gateway.demo.cloudcodes.dev"), true},
        {"image-resizer", QStringLiteral("图片缩放与格式转换（WebP/AVIF）"), utc(2025, 1, 20, 9, 15), QStringLiteral("img.demo.cloudcodes.dev"), false},
        {"geo-redirect", QStringLiteral("Redirect visitors to the nearest regional site"), utc(2025, 2, 3, 6, 30), QStringLiteral("geo.demo.cloudcodes.dev"), false},
        {"auth-guard", QStringLiteral("鉴权网关：校验 JWT 与签名 URL"), utc(2025, 2, 17, 11, 5), QStringLiteral("auth.demo.cloudcodes.dev"), false},
        {"ab-testing", QStringLiteral("Cookie-based A/B experiments for the storefront"), utc(2025, 3, 4, 8, 40), QStringLiteral("ab.demo.cloudcodes.dev"), false},
        {FullRoutineName, QStringLiteral("爬虫识别与限流"), utc(2025, 3, 18, 14, 0), QStringLiteral("shield.demo.cloudcodes.dev"), false},
        {LargeRoutineName, QStringLiteral("Product search served from an edge-bundled index"), utc(2025, 4, 1, 3, 20), QStringLiteral("search.demo.cloudcodes.dev"), true},
        {MissingCodeRoutineName, QStringLiteral("旧版静态资源路由（已迁移）"), utc(2025, 4, 15, 10, 10), QStringLiteral("legacy.demo.cloudcodes.dev"), true},
        {"config-service", QStringLiteral("Serves feature flags as JSON from the edge"), utc(2025, 5, 6, 7, 45), QStringLiteral("config.demo.cloudcodes.dev"), false},
        {"maintenance-page", QStringLiteral("维护页面：静态 HTML"), utc(2025, 5, 20, 12, 30), QStringLiteral("status.demo.cloudcodes.dev"), false},
        {"wasm-filter", QStringLiteral("Request filter compiled to WebAssembly"), utc(2025, 6, 10, 5, 0), QStringLiteral("wasm.demo.cloudcodes.dev"), false},
        {"header-rewrite", QStringLiteral("统一添加安全响应头 (HSTS, CSP)"), utc(2025, 6, 24, 16, 25), QStringLiteral("headers.demo.cloudcodes.dev"), false},
        // Functions and Pages, as esa-cli creates them; the oldest routines of the demo, so the
        // lists' first pages stay as they were. Their hosts are the service's default ones.
        {PagesSiteRoutineName, QStringLiteral("Portfolio site (Pages): HTML, CSS, JS, images and a font"), utc(2024, 12, 2, 8, 0),
         QStringLiteral("pages-portfolio.5f3a9c21.er.aliyun-esa.net"), true},
        {PagesFunctionRoutineName, QStringLiteral("函数与静态资源：API 与文档站点"), utc(2024, 12, 16, 9, 30),
         QStringLiteral("pages-api.5f3a9c21.er.aliyun-esa.net"), true},
    };

    for (const Plan &plan : plans) {
        DemoRoutine r;
        r.name = QString::fromLatin1(plan.name);
        r.description = plan.description;
        r.createTime = plan.created;
        r.defaultRelatedRecord = plan.record;
        r.hasAssets = plan.assets;

        addCodeVersions(r);
        r.envs = environments(r);
        if (r.name == QLatin1String(EdgeRoutineName))
            r.codeVersionQuota = EdgeRoutineCodeVersionQuota; // 40 versions on a plan that keeps 50
        m_routines.append(r);
    }
}

void DemoData::buildInstances()
{
    struct AppPlan
    {
        const char *name;
        const char *remark;
        int codes;
        int bindNum;
    };
    struct InstancePlan
    {
        const char *name;
        const char *spec;
        const char *eip;
        const char *description;
        QList<AppPlan> apps;
        const char *gateway = "apigw";
    };
    const QList<InstancePlan> plans = {
        {"apig-prod-cn-north-4", "PROFESSIONAL", "121.36.10.24", "Production gateway",
         {{BigAppName, "iOS and Android clients", BigAppCodeCount, 42},
          {"partner-portal", "合作伙伴门户", 7, 12},
          {EmptyAppName, "Device telemetry (AK/SK only, no AppCodes)", 0, 3},
          {"internal-tools", "内部工具", 3, 5},
          {"legacy-billing", "Billing system, being retired", 45, 8},
          {"data-export", "Nightly data export jobs", 2, 1}}},
        {"apig-staging", "BASIC", "121.36.10.87", "预发环境网关",
         {{"mobile-app-staging", "Staging build of the mobile app", 12, 40},
          {"qa-automation", "QA 自动化测试", 25, 30}}},
        // ROMA Connect's API Connect, and the shared gateway (issue #25): no catalog of APIs.
        {"roma-connect-prod", "ROMA_PROFESSIONAL", "119.3.52.16", "ROMA Connect integration hub",
         {{"order-sync", "订单同步 (ERP ↔ shop)", 4, 6}, {"iot-bridge", "Device messages to the data lake", 2, 3}}, "apic"},
        {"shared-gateway", "", "", "The shared gateway (v1.0)",
         {{"legacy-website", "Old website, still on the shared gateway", 3, 9}, {"wechat-mini-program", "微信小程序", 1, 2}}, "shared"},
    };
    const QDateTime base = utc(2024, 11, 4, 3, 0);
    int appIndex = 0;
    for (int i = 0; i < plans.size(); ++i) {
        const InstancePlan &ip = plans.at(i);
        DemoInstance inst;
        inst.name = QString::fromLatin1(ip.name);
        inst.id = hexId(QStringLiteral("instance/") + inst.name);
        inst.spec = QString::fromLatin1(ip.spec);
        inst.eipAddress = QString::fromLatin1(ip.eip);
        inst.description = QString::fromUtf8(ip.description);
        inst.createTimeMs = base.addDays(i * 30).toMSecsSinceEpoch();
        inst.gateway = QString::fromLatin1(ip.gateway);
        if (inst.gateway == QLatin1String("apic"))
            inst.type = QStringLiteral("roma");
        for (const AppPlan &ap : ip.apps) {
            DemoApp app;
            app.name = QString::fromLatin1(ap.name);
            app.id = hexId(QStringLiteral("app/") + app.name);
            app.remark = QString::fromUtf8(ap.remark);
            app.appKey = hexId(QStringLiteral("appkey/") + app.name);
            app.appSecret = hexId(QStringLiteral("appsecret/") + app.name);
            const QDateTime registered = base.addDays(5 + appIndex * 9);
            app.registerTime = isoTime(registered);
            app.updateTime = isoTime(registered.addDays(60));
            app.bindNum = ap.bindNum;
            for (int c = 0; c < ap.codes; ++c) {
                DemoAppCode code;
                code.appId = app.id;
                code.appCode = makeAppCode(app.id, c);
                code.id = hexId(QStringLiteral("appcode/%1/%2").arg(app.id).arg(c));
                code.createTime = isoTime(registered.addSecs(qint64(c) * 3607));
                app.appCodes.append(code);
            }
            inst.apps.append(app);
            ++appIndex;
        }
        if (inst.gateway == QLatin1String("apic"))
            m_romaInstances.append(inst);
        else if (inst.gateway == QLatin1String("shared"))
            m_sharedGateway = inst;
        else {
            buildApigCatalog(inst);
            m_instances.append(inst);
        }
    }
}

// Designed for "who serves this URL?": on example.com, shop.example.com/api/… goes to auth-guard
// (shop-all and shop-api-v2 lose by order; shop-api-v2 never wins at all), /static/… is passed
// over by a bypass route, /images/… on shop is shadowed by shop-all but img.example.com's goes to
// image-resizer, and www's disabled geo route leaves www to edge-gateway.
void DemoData::buildSites()
{
    const QDateTime created = utc(2024, 11, 18, 6, 0);
    m_sites = {
        {ExampleSiteId, QLatin1String(ExampleSiteName), QStringLiteral("active"), QStringLiteral("NS"), QStringLiteral("global"),
         QStringLiteral("entranceplan_intl"), QStringLiteral("high"), created},
        {CnSiteId, QLatin1String(CnSiteName), QStringLiteral("active"), QStringLiteral("CNAME"), QStringLiteral("domestic"),
         QStringLiteral("entranceplan"), QStringLiteral("normal"), created.addDays(9)},
        {PendingSiteId, QLatin1String(PendingSiteName), QStringLiteral("pending"), QStringLiteral("NS"), QStringLiteral("overseas"),
         QStringLiteral("entranceplan_intl"), QStringLiteral("basic"), created.addDays(300)},
    };
    m_relatedRecords = {
        {7318020002001, QLatin1String(PagesSiteRoutineName), ExampleSiteId, QStringLiteral("portfolio.example.com")},
        {7318020002002, QLatin1String(EdgeRoutineName), ExampleSiteId, QStringLiteral("gw.example.com")},
        {7318020002003, QLatin1String(PagesFunctionRoutineName), CnSiteId, QStringLiteral("docs.cloudcodes.cn")},
        {7318020002004, QStringLiteral("maintenance-page"), CnSiteId, QStringLiteral("status.cloudcodes.cn")},
    };
    auto host = [](const char *h) { return QStringLiteral("http.host eq \"%1\"").arg(QLatin1String(h)); };
    auto under = [](const char *p) { return QStringLiteral("starts_with(http.request.uri.path, \"%1\")").arg(QLatin1String(p)); };
    auto both = [](const QString &a, const QString &b) { return QStringLiteral("(%1 and %2)").arg(a, b); };
    const QString anyExample = QStringLiteral("ends_with(http.host, \".example.com\")");
    const QString anyCn = QStringLiteral("ends_with(http.host, \".cloudcodes.cn\")");
    qint64 id = 7318020003001;
    auto route = [&](qint64 site, const char *routine, const char *name, const QString &rule) -> DemoRoute & {
        // 1 first, as in the vendor's examples.
        const int sequence = 1 + int(std::count_if(m_routes.cbegin(), m_routes.cend(), [&](const DemoRoute &r) { return r.siteId == site; }));
        m_routes.append({id++, site, QLatin1String(routine), QLatin1String(name), rule, true, false, false, sequence});
        return m_routes.last();
    };
    route(ExampleSiteId, "auth-guard", "shop-api", both(host("shop.example.com"), under("/api/")));
    route(ExampleSiteId, "image-resizer", "shop-static-bypass", both(host("shop.example.com"), under("/static/"))).bypass = true;
    route(ExampleSiteId, "ab-testing", "shop-all", both(host("shop.example.com"), under("/")));
    route(ExampleSiteId, "image-resizer", "images", both(anyExample, under("/images/"))).fallback = true;
    route(ExampleSiteId, "geo-redirect", "www-geo-old", both(host("www.example.com"), under("/"))).enabled = false;
    route(ExampleSiteId, EdgeRoutineName, "www-gateway",
          QStringLiteral("(http.host in {\"www.example.com\" \"example.com\"} and not starts_with(http.request.uri.path, \"/admin/\"))"));
    route(ExampleSiteId, "header-rewrite", "shop-api-v2", both(host("shop.example.com"), under("/api/v2/")));
    route(CnSiteId, "maintenance-page", "status-home",
          both(host("status.cloudcodes.cn"), QStringLiteral("http.request.uri.path eq \"/\"")));
    route(CnSiteId, PagesFunctionRoutineName, "docs-api", both(host("docs.cloudcodes.cn"), under("/api/")));
    route(CnSiteId, "config-service", "config-everywhere", both(anyCn, under("/config/")));
    route(CnSiteId, FullRoutineName, "shield-all", both(anyCn, under("/")));
}

void DemoData::buildRamRoles()
{
    DemoRamRole deployer;
    deployer.name = QLatin1String(DeployerRoleName);
    deployer.arn = ramRoleArn(deployer.name);
    deployer.roleId = QStringLiteral("300800261440925101");
    deployer.description = QStringLiteral("Deploys edge routines; trusted by the demo account, no conditions");
    m_ramRoles.append(deployer);

    DemoRamRole partner;
    partner.name = QLatin1String(PartnerRoleName);
    partner.arn = ramRoleArn(partner.name);
    partner.roleId = QStringLiteral("300800261440925102");
    partner.description = QStringLiteral("A partner's read access, guarded against the confused deputy by an ExternalId");
    partner.externalId = QLatin1String(PartnerExternalId);
    m_ramRoles.append(partner);
}

QString DemoData::ramRoleArn(const QString &roleName)
{
    return QStringLiteral("acs:ram::%1:role/%2").arg(QLatin1String(AlibabaAccountId), roleName);
}

const DemoRamRole *DemoData::ramRole(const QString &arn) const
{
    for (const DemoRamRole &r : m_ramRoles) {
        if (r.arn == arn)
            return &r;
    }
    return nullptr;
}

const DemoRoutine *DemoData::routine(const QString &name) const
{
    for (const DemoRoutine &r : m_routines) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const DemoCodeVersion *DemoData::codeVersion(const QString &routineName, const QString &version) const
{
    if (const DemoRoutine *r = routine(routineName)) {
        for (const DemoCodeVersion &v : r->versions) {
            if (v.codeVersion == version)
                return &v;
        }
    }
    return nullptr;
}

int DemoData::codeVersionQuota(const DemoRoutine &routine, int accountDefault)
{
    return routine.codeVersionQuota > 0 ? routine.codeVersionQuota : accountDefault;
}

const DemoApp *DemoData::app(const QString &name) const
{
    const auto in = [&name](const DemoInstance &i) -> const DemoApp * {
        const auto it = std::find_if(i.apps.cbegin(), i.apps.cend(), [&name](const DemoApp &a) { return a.name == name; });
        return it == i.apps.cend() ? nullptr : &*it;
    };
    for (const QList<DemoInstance> *list : {&m_instances, &m_romaInstances}) {
        for (const DemoInstance &i : *list) {
            if (const DemoApp *a = in(i))
                return a;
        }
    }
    return in(m_sharedGateway);
}

QByteArray DemoData::routineCode(const DemoCodeVersion &version) const
{
    if (!version.fixedRoutineCode.isEmpty())
        return version.fixedRoutineCode;
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_routineCodeCache.constFind(version.codeVersion);
        if (it != m_routineCodeCache.cend())
            return *it;
    }
    // Generated outside the lock: two threads may both build it, both get the same bytes.
    const QByteArray encoded = version.makeCode().toBase64();
    QMutexLocker lock(&m_cacheMutex);
    m_routineCodeCache.insert(version.codeVersion, encoded);
    return encoded;
}

QByteArray DemoData::code(const DemoCodeVersion &version) const
{
    return QByteArray::fromBase64(routineCode(version));
}

QJsonArray DemoData::sitesManifest() const
{
    QJsonArray sites;
    for (const DemoSite &site : m_sites) {
        QJsonArray records, routes;
        for (const DemoRelatedRecord &r : m_relatedRecords) {
            if (r.siteId == site.siteId)
                records.append(QJsonObject{{QStringLiteral("recordId"), double(r.recordId)},
                                           {QStringLiteral("recordName"), r.recordName},
                                           {QStringLiteral("routine"), r.routine}});
        }
        for (const DemoRoute &r : m_routes) {
            if (r.siteId == site.siteId)
                routes.append(QJsonObject{{QStringLiteral("configId"), double(r.configId)},
                                          {QStringLiteral("routeName"), r.routeName},
                                          {QStringLiteral("routine"), r.routine},
                                          {QStringLiteral("rule"), r.rule},
                                          {QStringLiteral("enabled"), r.enabled},
                                          {QStringLiteral("bypass"), r.bypass},
                                          {QStringLiteral("fallback"), r.fallback},
                                          {QStringLiteral("sequence"), r.sequence}});
        }
        sites.append(QJsonObject{{QStringLiteral("siteId"), double(site.siteId)},
                                 {QStringLiteral("siteName"), site.name},
                                 {QStringLiteral("status"), site.status},
                                 {QStringLiteral("relatedRecords"), records},
                                 {QStringLiteral("routes"), routes}});
    }
    return sites;
}

QJsonArray DemoData::routinesManifest() const
{
    QJsonArray routines;
    for (const DemoRoutine &r : m_routines) {
        QJsonArray versions;
        for (const DemoCodeVersion &v : r.versions) {
            const QByteArray rc = routineCode(v);
            versions.append(QJsonObject{
                    {QStringLiteral("codeVersion"), v.codeVersion},
                    {QStringLiteral("description"), v.description},
                    {QStringLiteral("createTime"), isoTime(v.createTime)},
                    {QStringLiteral("routineCodeLength"), rc.size()},
                    {QStringLiteral("routineCodeSha256"), QString::fromLatin1(Digest::sha256Hex(rc))},
                    {QStringLiteral("codeSize"), code(v).size()},
                    {QStringLiteral("codeSha256"), QString::fromLatin1(Digest::sha256Hex(code(v)))},
                    {QStringLiteral("status"), v.status},
                    {QStringLiteral("bundle"), v.bundle},
            });
        }
        QJsonArray envs;
        for (const DemoEnvironment &e : r.envs) {
            QJsonArray shares;
            for (const DemoCanaryShare &s : e.shares)
                shares.append(QJsonObject{{QStringLiteral("codeVersion"), s.codeVersion},
                                          {QStringLiteral("percentage"), s.percentage}});
            envs.append(QJsonObject{{QStringLiteral("env"), e.env}, {QStringLiteral("codeVersions"), shares}});
        }
        routines.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("description"), r.description},
                                    {QStringLiteral("createTime"), isoTime(r.createTime)},
                                    {QStringLiteral("codeVersionQuota"), codeVersionQuota(r)},
                                    {QStringLiteral("hasAssets"), r.hasAssets},
                                    {QStringLiteral("defaultRelatedRecord"), r.defaultRelatedRecord},
                                    {QStringLiteral("versions"), versions},
                                    {QStringLiteral("envs"), envs}});
    }
    return routines;
}

QJsonArray DemoData::instancesManifest(const QString &gateway) const
{
    QJsonArray instances;
    for (const DemoInstance &i : allInstances()) {
        if (i.gateway != gateway)
            continue;
        QJsonArray apps;
        for (const DemoApp &a : i.apps) {
            QJsonArray firstCodes;
            for (int c = 0; c < qMin(3, int(a.appCodes.size())); ++c)
                firstCodes.append(a.appCodes.at(c).appCode);
            apps.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("appCodeCount"), a.appCodes.size()},
                                    {QStringLiteral("firstAppCodes"), firstCodes}});
        }
        QJsonArray groups; // where the data plane answers (issue #25)
        for (const DemoApiGroup &g : i.groups)
            groups.append(QJsonObject{{QStringLiteral("id"), g.id},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("slDomain"), g.slDomain},
                                      {QStringLiteral("urlDomains"), QJsonArray::fromStringList(g.urlDomains)}});
        instances.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("apps"), apps},
                                     {QStringLiteral("apiGroups"), groups}});
    }
    return instances;
}

QJsonObject DemoData::manifest() const
{
    QJsonArray roles;
    for (const DemoRamRole &r : m_ramRoles)
        roles.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("arn"), r.arn},
                                 {QStringLiteral("roleId"), r.roleId},
                                 {QStringLiteral("maxSessionDuration"), r.maxSessionDuration},
                                 {QStringLiteral("externalId"), r.externalId}});
    return QJsonObject{
            {QStringLiteral("alibaba"), QJsonObject{
                    {QStringLiteral("accountId"), QLatin1String(AlibabaAccountId)},
                    {QStringLiteral("sites"), sitesManifest()},
                    {QStringLiteral("ramRoles"), roles},
                    {QStringLiteral("accessKeyId"), QLatin1String(AlibabaAccessKeyId)},
                    {QStringLiteral("accessKeySecret"), QLatin1String(AlibabaAccessKeySecret)},
                    {QStringLiteral("sts"), QJsonObject{
                            {QStringLiteral("accessKeyId"), QLatin1String(AlibabaStsAccessKeyId)},
                            {QStringLiteral("accessKeySecret"), QLatin1String(AlibabaStsAccessKeySecret)},
                            {QStringLiteral("securityToken"), QLatin1String(AlibabaStsSecurityToken)}}}}},
            {QStringLiteral("huawei"), QJsonObject{
                    {QStringLiteral("ak"), QLatin1String(HuaweiAccessKey)},
                    {QStringLiteral("sk"), QLatin1String(HuaweiSecretKey)},
                    {QStringLiteral("domain"), QLatin1String(HuaweiDomain)},
                    {QStringLiteral("user"), QLatin1String(HuaweiUser)},
                    {QStringLiteral("password"), QLatin1String(HuaweiPassword)},
                    {QStringLiteral("region"), QLatin1String(HuaweiRegion)},
                    {QStringLiteral("projectId"), QLatin1String(HuaweiProjectId)},
                    {QStringLiteral("appCodeLimit"), AppCodeLimit}}},
            {QStringLiteral("routines"), routinesManifest()},
            {QStringLiteral("instances"), instancesManifest(QStringLiteral("apigw"))},
            // ROMA Connect's instances, and the shared gateway as a one-instance list.
            {QStringLiteral("romaInstances"), instancesManifest(QStringLiteral("apic"))},
            {QStringLiteral("sharedGateway"), instancesManifest(QStringLiteral("shared"))},
    };
}
