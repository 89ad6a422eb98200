// The demo gateways' credential context (issue #25): every gateway has the RELEASE and DEV
// environments; the production gateway (the one holding the context app) also has two API
// groups, eight APIs, the apps' authorizations, an ACL and a credential quota, chosen so that
// every answer of the data plane can be seen:
// - mobile-backend (also on api.cloudcodes-demo.example): get-profile (GET /v1/profile/{user_id},
//   AppCode, RELEASE and DEV), create-order (POST /v1/orders, AppCode, RELEASE), beta-search
//   (GET /v1/search, AppCode, DEV only), signed-upload (PUT /v1/uploads, APP without AppCode,
//   RELEASE), health (GET /health, NONE, RELEASE and DEV);
// - partner-open-api: partner-catalog (GET /partner/v1/catalog, AppCode, RELEASE), admin-metrics
//   (GET /partner/v1/metrics, IAM, RELEASE), draft-export (GET /partner/v1/export, AppCode, never
//   published).
// internal-tools may call every AppCode API where it is published (and draft-export, in vain);
// mobile-app get-profile and create-order; data-export get-profile in RELEASE only;
// partner-portal get-profile and partner-catalog, but its ACL permits only 10.0.0.0/8, so a
// loopback caller is denied; legacy-billing get-profile, within a quota of 3 calls a day.
#include "app/emulator/demo/DemoData.h"

#include "app/net/Digest.h"

#include <QTimeZone>

namespace {

QString catalogId(const QString &label)
{
    return QString::fromLatin1(Digest::sha256Hex(QStringLiteral("apig-catalog/%1").arg(label).toUtf8()).left(32));
}

QString at(const QDateTime &base, int hours)
{
    return base.addSecs(qint64(hours) * 3600).toUTC().toString(Qt::ISODate);
}

const DemoApp *appNamed(const DemoInstance &instance, const char *name)
{
    for (const DemoApp &a : instance.apps) {
        if (a.name == QLatin1String(name))
            return &a;
    }
    return nullptr;
}

struct ApiPlan
{
    const char *name;
    int group; // 0 mobile-backend, 1 partner-open-api
    const char *method;
    const char *uri;
    const char *authType;
    bool appCodeHeader;
    bool release;
    bool dev;
};

const QList<ApiPlan> &apiPlans()
{
    static const QList<ApiPlan> plans = {
        {"get-profile", 0, "GET", "/v1/profile/{user_id}", "APP", true, true, true},
        {"create-order", 0, "POST", "/v1/orders", "APP", true, true, false},
        {"beta-search", 0, "GET", "/v1/search", "APP", true, false, true},
        {"signed-upload", 0, "PUT", "/v1/uploads", "APP", false, true, false},
        {"health", 0, "GET", "/health", "NONE", false, true, true},
        {"partner-catalog", 1, "GET", "/partner/v1/catalog", "APP", true, true, false},
        {"admin-metrics", 1, "GET", "/partner/v1/metrics", "IAM", false, true, false},
        {"draft-export", 1, "GET", "/partner/v1/export", "APP", true, false, false},
    };
    return plans;
}

void addApis(DemoInstance &instance, const QDateTime &base)
{
    for (const ApiPlan &p : apiPlans()) {
        DemoApi api;
        api.name = QLatin1String(p.name);
        api.id = catalogId(instance.id + QStringLiteral("/api/") + api.name);
        api.groupId = instance.groups.at(p.group).id;
        api.remark = QStringLiteral("Demo API %1").arg(api.name);
        api.reqMethod = QLatin1String(p.method);
        api.reqUri = QLatin1String(p.uri);
        api.authType = QLatin1String(p.authType);
        api.appCodeAuthType = p.appCodeHeader ? QStringLiteral("HEADER") : QStringLiteral("DISABLE");
        api.registerTime = at(base, 24 + int(instance.apis.size()));
        for (int e = 0; e < 2; ++e) {
            if (e == 0 ? p.release : p.dev)
                api.publications.append({instance.envs.at(e).id, catalogId(api.id + QStringLiteral("/publish/") + instance.envs.at(e).name),
                                         at(base, 48 + int(instance.apis.size()) + e)});
        }
        instance.apis.append(api);
    }
}

void authorize(DemoInstance &instance, const char *appName, const QStringList &apiNames, const QStringList &envNames,
               const QDateTime &base)
{
    const DemoApp *app = appNamed(instance, appName);
    for (const QString &apiName : apiNames) {
        for (const DemoApi &api : std::as_const(instance.apis)) {
            if (!app || api.name != apiName)
                continue;
            for (const DemoApigEnv &env : std::as_const(instance.envs)) {
                if (!envNames.contains(env.name))
                    continue;
                const QString id = catalogId(app->id + api.id + env.id);
                instance.appAuths.append({id, api.id, app->id, env.id, at(base, 96 + int(instance.appAuths.size()))});
            }
        }
    }
}

void addGroups(DemoInstance &instance, const QDateTime &base)
{
    for (const char *name : {DemoData::MobileGroupName, DemoData::PartnerGroupName}) {
        DemoApiGroup g;
        g.name = QLatin1String(name);
        g.id = catalogId(instance.id + QStringLiteral("/group/") + g.name);
        g.remark = QStringLiteral("Demo API group %1").arg(g.name);
        g.slDomain = g.id + QStringLiteral(".apic.cn-north-4.example");
        if (g.name == QLatin1String(DemoData::MobileGroupName))
            g.urlDomains = {QLatin1String(DemoData::MobileGroupDomain)};
        g.registerTime = at(base, int(instance.groups.size()));
        instance.groups.append(g);
    }
}

void addAccessRules(DemoInstance &instance, const QDateTime &base)
{
    if (const DemoApp *acl = appNamed(instance, DemoData::AclAppName))
        instance.appAcls.append({acl->id, QStringLiteral("PERMIT"), {QStringLiteral("10.0.0.0/8")}});
    DemoAppQuota daily;
    daily.name = QLatin1String(DemoData::QuotaName);
    daily.id = catalogId(instance.id + QStringLiteral("/quota/") + daily.name);
    daily.callLimits = DemoData::QuotaCallLimit;
    daily.timeUnit = QStringLiteral("DAY");
    daily.timeInterval = 1;
    daily.remark = QStringLiteral("Three calls a day for the billing system being retired");
    daily.createTime = at(base, 120);
    if (const DemoApp *limited = appNamed(instance, DemoData::QuotaAppName))
        daily.apps.append({limited->id, at(base, 121)});
    DemoAppQuota burst;
    burst.name = QStringLiteral("partner_burst");
    burst.id = catalogId(instance.id + QStringLiteral("/quota/") + burst.name);
    burst.callLimits = 1000;
    burst.timeUnit = QStringLiteral("MINUTE");
    burst.timeInterval = 1;
    burst.remark = QStringLiteral("Not bound to any app");
    burst.createTime = at(base, 122);
    instance.appQuotas = {daily, burst};
}

} // namespace

void DemoData::buildApigCatalog(DemoInstance &instance)
{
    const QDateTime base(QDate(2025, 1, 6), QTime(2, 0), QTimeZone::utc());
    instance.envs = {{QLatin1String(ApigReleaseEnvId), QStringLiteral("RELEASE"), QStringLiteral("Default environment"), at(base, 0)},
                     {catalogId(instance.id + QStringLiteral("/env/DEV")), QLatin1String(ApigDevEnvName),
                      QStringLiteral("Development"), at(base, 1)}};
    if (!appNamed(instance, ContextAppName))
        return; // only the production gateway serves APIs
    addGroups(instance, base);
    addApis(instance, base);
    const QStringList both = {QStringLiteral("RELEASE"), QLatin1String(ApigDevEnvName)};
    const QStringList release = {QStringLiteral("RELEASE")};
    authorize(instance, ContextAppName, {QStringLiteral("get-profile"), QStringLiteral("create-order"), QStringLiteral("beta-search"),
                                         QStringLiteral("signed-upload"), QStringLiteral("partner-catalog"), QStringLiteral("draft-export")},
              both, base);
    authorize(instance, BigAppName, {QStringLiteral("get-profile"), QStringLiteral("create-order")}, both, base);
    authorize(instance, RotationAppName, {QStringLiteral("get-profile")}, release, base);
    authorize(instance, AclAppName, {QStringLiteral("get-profile"), QStringLiteral("partner-catalog")}, release, base);
    authorize(instance, QuotaAppName, {QStringLiteral("get-profile")}, release, base);
    addAccessRules(instance, base);
}
