// The one description of CloudCodes' demo cloud: credentials, ESA routines with their code
// versions, APIG instances, apps and AppCodes. Deterministic; used by the emulator, the tests
// and the benchmarks alike, so they all agree on what "the demo" is.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

struct DemoCodeVersion
{
    QString codeVersion;   // e.g. "1736150400000123456"
    QString description;   // plain text, as the API sends it
    QDateTime createTime;
    QString status = QStringLiteral("Available");
    QString buildId;
    std::function<QByteArray()> makeCode; // the code bytes, generated on demand
    QByteArray fixedRoutineCode;          // if set: the exact RoutineCode text (the seed's broken example)
    QString extraInfo;                    // who made it, JSON text; empty: {"Source":"Console"}
    QString notFoundStrategy;             // ConfOptions.NotFoundStrategy; empty: SinglePageApplication
    bool bundle = false;                  // the code is a Functions and Pages zip
};

struct DemoCanaryShare
{
    QString codeVersion;
    int percentage = 100;
};

struct DemoEnvironment
{
    QString env; // "production" or "staging"
    QString deployId;
    QDateTime creationTime;
    QList<DemoCanaryShare> shares;
};

struct DemoRoutine
{
    QString name;
    QString description; // plain text; the API sends it base64-encoded
    QDateTime createTime;
    QString defaultRelatedRecord;
    bool hasAssets = false;
    QList<DemoCodeVersion> versions; // oldest first
    QList<DemoEnvironment> envs;
    int codeVersionQuota = 0; // versions this routine may keep on its plan; 0 = the account's default
};

struct DemoAppCode
{
    QString appCode;
    QString id;
    QString appId;
    QString createTime;
};

struct DemoApp
{
    QString id;
    QString name;
    QString remark;
    QString creator = QStringLiteral("USER");
    int status = 1;
    QString appKey;
    QString appSecret; // ShowDetailsOfAppV2 answers it; ResettingAppSecretV2 replaces it
    QString registerTime;
    QString updateTime;
    int bindNum = 0;
    QList<DemoAppCode> appCodes;
};

// Where routines run (issue #23): a site of the account on ESA, a custom domain ("related
// record") of a routine, and a route (a rule on a site sending requests to a routine).
struct DemoSite
{
    qint64 siteId = 0;
    QString name;                              // the zone, e.g. "example.com"
    QString status = QStringLiteral("active"); // active, pending, offline
    QString accessType = QStringLiteral("NS"); // NS or CNAME
    QString coverage = QStringLiteral("global"); // domestic, global, overseas
    QString planName;
    QString planSpecName;
    QDateTime createTime;
};

struct DemoRelatedRecord
{
    qint64 recordId = 0;
    QString routine;
    qint64 siteId = 0;
    QString recordName; // a host of the site, served whole by the routine
};

struct DemoRoute
{
    qint64 configId = 0;
    qint64 siteId = 0;
    QString routine;
    QString routeName;
    QString rule;       // ESA's rule language
    bool enabled = true;
    bool bypass = false;
    bool fallback = false;
    int sequence = 1;   // the site's routes are evaluated by ascending sequence
    QString mode;       // simple or custom as created; empty: judged from the rule
};

// A RAM role of the demo account that STS AssumeRole can hand out credentials for.
struct DemoRamRole
{
    QString name;
    QString arn;         // acs:ram::<account id>:role/<name>
    QString roleId;      // the number an AssumedRoleId starts with
    QString description;
    int maxSessionDuration = 3600; // seconds: the most DurationSeconds may ask for
    QString externalId;  // what the trust policy's sts:ExternalId condition wants; empty = no condition
};

// An APIG gateway's credential context (issue #25; DemoApigCatalog.cpp builds the demo's):
// environments, API groups with their domains, APIs and where they are published, which app may
// call which API in which environment, app ACLs and credential quotas.
struct DemoApigEnv
{
    QString id;   // RELEASE's is DEFAULT_ENVIRONMENT_RELEASE_ID, the others 32 hex digits
    QString name;
    QString remark;
    QString createTime;
};

struct DemoApiGroup
{
    QString id;
    QString name;
    QString remark;
    QString slDomain;       // "{id}.apic.cn-north-4.example": the debug domain the data plane answers on
    QStringList urlDomains; // bound independent domains, answered on too
    QString registerTime;
};

struct DemoApiPublication
{
    QString envId;
    QString publishId;
    QString publishTime;
};

struct DemoApi
{
    QString id;
    QString name;
    QString groupId;
    QString remark;
    QString reqMethod;   // GET POST PUT DELETE HEAD PATCH OPTIONS ANY
    QString reqUri;      // may hold {param} segments
    QString authType;    // NONE APP IAM AUTHORIZER
    QString appCodeAuthType = QStringLiteral("DISABLE"); // HEADER: simple authentication by AppCode
    QString registerTime;
    QList<DemoApiPublication> publications; // empty: not published anywhere
};

struct DemoAppAuth
{
    QString id;
    QString apiId;
    QString appId;
    QString envId;
    QString authTime;
};

struct DemoAppAcl
{
    QString appId;
    QString type; // PERMIT or DENY
    QStringList values; // IPs, ranges a-b, CIDRs
};

struct DemoAppQuotaBinding
{
    QString appId;
    QString boundTime;
};

struct DemoAppQuota
{
    QString id;
    QString name;
    int callLimits = 0;
    QString timeUnit;  // SECOND MINUTE HOUR DAY
    int timeInterval = 1;
    QString resetTime; // "yyyy-MM-dd HH:mm:ss" or empty: counting starts at the first call
    QString remark;
    QString createTime;
    QList<DemoAppQuotaBinding> apps; // an app is bound to one quota at most
};

struct DemoInstance
{
    QString id;
    QString name;
    QString status = QStringLiteral("Running");
    int instanceStatus = 6;
    QString type = QStringLiteral("apig");
    // Which gateway holds it, as its paths name it: "apigw" (dedicated, v2), "apic" (ROMA
    // Connect, v2) or "shared" (the shared gateway, v1.0: one per cloud, never named in a path).
    QString gateway = QStringLiteral("apigw");
    QString spec;
    qint64 createTimeMs = 0;
    QString eipAddress;
    QString description;
    QList<DemoApp> apps;
    QList<DemoApigEnv> envs;
    QList<DemoApiGroup> groups;
    QList<DemoApi> apis;
    QList<DemoAppAuth> appAuths;
    QList<DemoAppAcl> appAcls;
    QList<DemoAppQuota> appQuotas;
};

class DemoData
{
public:
    // Fixed demo credentials (README documents them).
    static constexpr const char *AlibabaAccessKeyId = "LTAI5tCloudCodesDemo01";
    static constexpr const char *AlibabaAccessKeySecret = "CloudCodesDemoSecret00000000001";
    static constexpr const char *AlibabaStsAccessKeyId = "STS.CloudCodesDemo01";
    static constexpr const char *AlibabaStsAccessKeySecret = "CloudCodesDemoStsSecret01";
    static constexpr const char *AlibabaStsSecurityToken = "CloudCodesDemoSecurityToken01";
    // The account the demo AccessKey belongs to; its RAM roles trust it.
    static constexpr const char *AlibabaAccountId = "1234567890123456";
    static constexpr const char *DeployerRoleName = "cloudcodes-demo-deployer"; // assumable as is
    static constexpr const char *PartnerRoleName = "cloudcodes-demo-partner";   // wants PartnerExternalId
    static constexpr const char *PartnerExternalId = "cloudcodes-external-id";
    static constexpr const char *HuaweiAccessKey = "HWCLOUDCODESDEMOAK01";
    static constexpr const char *HuaweiSecretKey = "CloudCodesDemoHuaweiSecretKey00000000001";
    static constexpr const char *HuaweiDomain = "cloudcodes-demo";
    static constexpr const char *HuaweiUser = "developer";
    static constexpr const char *HuaweiPassword = "Demo-Passw0rd!";
    static constexpr const char *HuaweiRegion = "cn-north-4";
    static constexpr const char *HuaweiProjectId = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    static constexpr const char *EdgeRoutineName = "edge-gateway";      // 40 evolving versions
    static constexpr const char *LargeRoutineName = "search-index";      // 1 MiB and 8 MiB versions
    static constexpr const char *MissingCodeRoutineName = "legacy-assets"; // a NoSuchKey version
    static constexpr const char *FullRoutineName = "bot-shield";         // at its version quota (10 of 10)
    // Functions and Pages routines (HasAssets): zip bundles, several versions, one failed build.
    static constexpr const char *PagesSiteRoutineName = "pages-portfolio";  // a single-page site, assets only
    static constexpr const char *PagesFunctionRoutineName = "pages-api";    // routine/index.js serving assets
    static constexpr int RoutineCount = 14;
    static constexpr const char *BigAppName = "mobile-app";              // 1,234 AppCodes
    static constexpr const char *EmptyAppName = "iot-ingest";            // no AppCodes
    static constexpr const char *RotationAppName = "data-export";        // 2 AppCodes: room to rotate one
    static constexpr int BigAppCodeCount = 1234;
    // The production gateway's credential context (DemoApigCatalog.cpp): groups, APIs, envs.
    static constexpr const char *ApigReleaseEnvId = "DEFAULT_ENVIRONMENT_RELEASE_ID";
    static constexpr const char *ApigDevEnvName = "DEV";
    static constexpr const char *MobileGroupName = "mobile-backend";   // also bound to MobileGroupDomain
    static constexpr const char *PartnerGroupName = "partner-open-api";
    static constexpr const char *MobileGroupDomain = "api.cloudcodes-demo.example";
    static constexpr const char *AclAppName = "partner-portal";     // ACL: PERMIT 10.0.0.0/8 only
    static constexpr const char *QuotaAppName = "legacy-billing";   // bound to a quota of 3 calls a day
    static constexpr const char *QuotaName = "legacy_billing_daily";
    static constexpr int QuotaCallLimit = 3;
    static constexpr const char *ContextAppName = "internal-tools"; // authorized widely, no ACL, no quota
    // AppCodes an app may hold: the vendor's user guide says five. The demo's bigger apps (for
    // paging) are above it, so creating one there is refused until enough are deleted.
    static constexpr int AppCodeLimit = 5;
    // Code versions a routine keeps unless its plan says otherwise: the vendor's API reference
    // ("a routine can retain a maximum of 10 code versions"). edge-gateway's plan allows more.
    static constexpr int DefaultCodeVersionQuota = 10;
    static constexpr int EdgeRoutineCodeVersionQuota = 50;

    // Sites: example.com (global) and cloudcodes.cn (domestic, CNAME access), plus a site still
    // pending verification; routes on several routines with overlapping rules, a bypass route
    // and a disabled one (see buildSites()).
    static constexpr const char *ExampleSiteName = "example.com";
    static constexpr qint64 ExampleSiteId = 7318020001001;
    static constexpr const char *CnSiteName = "cloudcodes.cn";
    static constexpr qint64 CnSiteId = 7318020001002;
    static constexpr const char *PendingSiteName = "cloudcodes-preview.net";
    static constexpr qint64 PendingSiteId = 7318020001003;
    static constexpr int SiteCount = 3;

    static const DemoData &instance();

    const QList<DemoRoutine> &routines() const { return m_routines; }
    // The dedicated gateways (APIG v2), in order: production, staging.
    const QList<DemoInstance> &instances() const { return m_instances; }
    // ROMA Connect's instances, and the shared gateway's one (issue #25).
    const QList<DemoInstance> &romaInstances() const { return m_romaInstances; }
    const DemoInstance &sharedGateway() const { return m_sharedGateway; }
    // All of them: what the emulator serves.
    QList<DemoInstance> allInstances() const { return m_instances + m_romaInstances + QList<DemoInstance>{m_sharedGateway}; }
    const DemoRoutine *routine(const QString &name) const;
    const DemoCodeVersion *codeVersion(const QString &routine, const QString &version) const;
    const DemoApp *app(const QString &name) const; // by name, across instances
    const QList<DemoRamRole> &ramRoles() const { return m_ramRoles; }
    const QList<DemoSite> &sites() const { return m_sites; }
    const QList<DemoRelatedRecord> &relatedRecords() const { return m_relatedRecords; }
    const QList<DemoRoute> &routes() const { return m_routes; } // by site, then sequence
    const DemoRamRole *ramRole(const QString &arn) const;
    static QString ramRoleArn(const QString &roleName); // in the demo account
    // The routine's own plan quota, else `accountDefault`.
    static int codeVersionQuota(const DemoRoutine &routine, int accountDefault = DefaultCodeVersionQuota);

    // The exact RoutineCode string GetRoutineCodeVersion returns (base64), cached after first use.
    QByteArray routineCode(const DemoCodeVersion &version) const;
    // The code bytes (what the RoutineCode decodes to; for the seed's example, its full decode).
    QByteArray code(const DemoCodeVersion &version) const;

    // A JSON summary (credentials, routines with version sizes and hashes, instances and apps)
    // for tools outside C++, such as the interop test: `cloudcodes-emulator --demo-manifest`.
    QJsonObject manifest() const;
    QJsonArray sitesManifest() const; // manifest()'s alibaba.sites
    QJsonArray routinesManifest() const;
    QJsonArray instancesManifest(const QString &gateway) const; // of one gateway ("apigw", "apic", "shared")

private:
    DemoData();
    void buildRoutines();
    void buildInstances();
    void buildRamRoles();
    void buildSites();
    static void buildApigCatalog(DemoInstance &instance); // DemoApigCatalog.cpp

    QList<DemoRoutine> m_routines;
    QList<DemoInstance> m_instances;
    QList<DemoInstance> m_romaInstances;
    DemoInstance m_sharedGateway;
    QList<DemoRamRole> m_ramRoles;
    QList<DemoSite> m_sites;
    QList<DemoRelatedRecord> m_relatedRecords;
    QList<DemoRoute> m_routes;
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, QByteArray> m_routineCodeCache;
};
