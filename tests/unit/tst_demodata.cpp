// The demo data is what the product promises: 14 routines (two Functions and Pages ones), a 40-version routine, the edge cases
// (NoSuchKey, JSON, HTML, WASM, 1 and 8 MiB), one small routine at its version quota, two
// instances, 1,234 valid AppCodes, apps with room under the AppCode limit, the RAM roles STS
// hands out, determinism.
#include "app/emulator/demo/DemoData.h"

#include "app/bundle/CodeBundle.h"
#include "app/emulator/alibaba/RoutineStore.h"
#include "app/emulator/demo/DemoCode.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void routines();
    void edgeRoutineEvolvesInSmallSteps();
    void specialVersions();
    void canarySplit();
    void versionQuotas();
    void appCodesFollowTheSeedRules();
    void appCodeLimit();
    void ramRoles();
    void deterministic();
    void versionBytesArePinned();
    void pagesRoutines();
    void pagesZipsAreTheirFolders();
    void sitesRecordsAndRoutes();
    void apigCredentialContext();
};

void TestDemoData::routines()
{
    const DemoData &d = DemoData::instance();
    QCOMPARE(d.routines().size(), DemoData::RoutineCount);
    QSet<QString> names;
    bool chinese = false, english = false;
    for (const DemoRoutine &r : d.routines()) {
        names.insert(r.name);
        QVERIFY(!r.versions.isEmpty());
        QVERIFY(r.versions.size() <= 40);
        chinese |= r.description.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
        english |= r.description.contains(QRegularExpression(QStringLiteral("^[A-Za-z]")));
        for (const DemoCodeVersion &v : r.versions)
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{19}$")).match(v.codeVersion).hasMatch(), qPrintable(v.codeVersion));
    }
    QCOMPARE(names.size(), DemoData::RoutineCount);
    QVERIFY(chinese);
    QVERIFY(english);
}

void TestDemoData::edgeRoutineEvolvesInSmallSteps()
{
    const DemoData &d = DemoData::instance();
    const DemoRoutine *r = d.routine(QLatin1String(DemoData::EdgeRoutineName));
    QVERIFY(r);
    QCOMPARE(r->versions.size(), 40);
    QByteArray previous;
    for (const DemoCodeVersion &v : r->versions) {
        const QByteArray code = d.code(v);
        QVERIFY(code.startsWith("//") || code.contains("export default"));
        QVERIFY(code.contains("async fetch(request, env, ctx)"));
        QVERIFY(code.size() >= 1000);
        QVERIFY(code != previous);
        if (!previous.isEmpty()) {
            // Neighbours share most lines: a small, reviewable step.
            const QList<QByteArray> a = previous.split('\n'), b = code.split('\n');
            const QSet<QByteArray> sa(a.begin(), a.end());
            int shared = 0;
            for (const QByteArray &line : b)
                shared += sa.contains(line);
            QVERIFY2(shared >= b.size() - 20, qPrintable(v.description));
        }
        previous = code;
    }
    QVERIFY(r->versions.first().createTime < r->versions.last().createTime);
}

void TestDemoData::specialVersions()
{
    const DemoData &d = DemoData::instance();
    qsizetype smallest = std::numeric_limits<qsizetype>::max(), largest = 0;
    bool json = false, html = false, wasm = false, oneMiB = false;
    const DemoCodeVersion *noSuchKey = nullptr;
    for (const DemoRoutine &r : d.routines()) {
        for (const DemoCodeVersion &v : r.versions) {
            if (!v.fixedRoutineCode.isEmpty()) {
                noSuchKey = &v;
                continue;
            }
            const QByteArray code = d.code(v);
            smallest = qMin(smallest, code.size());
            largest = qMax(largest, code.size());
            oneMiB |= code.size() == 1024 * 1024;
            json |= code.startsWith('{') && !QJsonDocument::fromJson(code).isNull();
            html |= code.startsWith("<!DOCTYPE html>");
            wasm |= code.startsWith(QByteArray("\0asm", 4));
            QCOMPARE(QByteArray::fromBase64(d.routineCode(v)), code);
        }
    }
    QVERIFY(smallest >= 190); // the WASM module is the smallest
    QCOMPARE(largest, qsizetype(8 * 1024 * 1024));
    QVERIFY(oneMiB);
    QVERIFY(json);
    QVERIFY(html);
    QVERIFY(wasm);
    QVERIFY(noSuchKey);
    QCOMPARE(d.routineCode(*noSuchKey).size(), 167);
    QVERIFY(d.code(*noSuchKey).contains("<Code>NoSuchKey</Code>"));
}

void TestDemoData::canarySplit()
{
    const DemoRoutine *r = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(r->envs.size(), 2);
    QCOMPARE(r->envs.at(0).env, QStringLiteral("production"));
    QCOMPARE(r->envs.at(0).shares.size(), 2);
    QCOMPARE(r->envs.at(0).shares.at(0).percentage + r->envs.at(0).shares.at(1).percentage, 100);
    QCOMPARE(r->envs.at(0).shares.at(0).percentage, 90);
    QCOMPARE(r->envs.at(1).env, QStringLiteral("staging"));
}

void TestDemoData::versionQuotas()
{
    const DemoData &d = DemoData::instance();
    QCOMPARE(DemoData::DefaultCodeVersionQuota, 10); // the vendor's documented default
    QStringList atQuota;
    for (const DemoRoutine &r : d.routines()) {
        QVERIFY2(r.versions.size() <= DemoData::codeVersionQuota(r), qPrintable(r.name));
        if (r.versions.size() == DemoData::codeVersionQuota(r))
            atQuota.append(r.name);
    }
    // Exactly one routine is full, so the "make room" flow can be seen, and it is a small one
    // on the default quota with old versions deployed nowhere.
    QCOMPARE(atQuota, QStringList{QLatin1String(DemoData::FullRoutineName)});
    const DemoRoutine *full = d.routine(QLatin1String(DemoData::FullRoutineName));
    QCOMPARE(full->codeVersionQuota, 0);
    QCOMPARE(full->versions.size(), DemoData::DefaultCodeVersionQuota);
    QSet<QString> deployed;
    for (const DemoEnvironment &e : full->envs) {
        for (const DemoCanaryShare &s : e.shares)
            deployed.insert(s.codeVersion);
    }
    int undeployed = 0;
    for (const DemoCodeVersion &v : full->versions)
        undeployed += !deployed.contains(v.codeVersion);
    QVERIFY(undeployed >= 5);
    // The 40-version routine is on a plan that keeps more than the default.
    const DemoRoutine *edge = d.routine(QLatin1String(DemoData::EdgeRoutineName));
    QVERIFY(DemoData::codeVersionQuota(*edge) > edge->versions.size());
    QCOMPARE(DemoData::codeVersionQuota(*edge, 3), DemoData::EdgeRoutineCodeVersionQuota); // a plan quota wins over any default
    // The manifest tells other tools the quota of each routine.
    for (const QJsonValue &v : d.manifest().value(QStringLiteral("routines")).toArray()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("codeVersionQuota")).toInt(), DemoData::codeVersionQuota(*d.routine(o.value(QStringLiteral("name")).toString())));
    }
}

void TestDemoData::appCodesFollowTheSeedRules()
{
    const DemoData &d = DemoData::instance();
    QCOMPARE(d.instances().size(), 2);
    QCOMPARE(d.app(QLatin1String(DemoData::BigAppName))->appCodes.size(), DemoData::BigAppCodeCount);
    QCOMPARE(d.app(QLatin1String(DemoData::EmptyAppName))->appCodes.size(), 0);
    const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9+/][A-Za-z0-9+_!@#$%\\-/=]{63,179}$"));
    QSet<QString> seen;
    for (const DemoInstance &i : d.instances()) {
        QCOMPARE(i.id.size(), 32);
        for (const DemoApp &a : i.apps) {
            for (const DemoAppCode &c : a.appCodes) {
                QVERIFY2(rule.match(c.appCode).hasMatch(), qPrintable(c.appCode));
                QCOMPARE(c.appId, a.id);
                QVERIFY(!seen.contains(c.appCode));
                seen.insert(c.appCode);
            }
        }
    }
}

void TestDemoData::appCodeLimit()
{
    const DemoData &d = DemoData::instance();
    QCOMPARE(DemoData::AppCodeLimit, 5); // the vendor's user guide: five per app
    // The big app stays above the limit for paging; the rotation app has room to rotate one.
    QVERIFY(d.app(QLatin1String(DemoData::BigAppName))->appCodes.size() > DemoData::AppCodeLimit);
    const DemoApp *rotation = d.app(QLatin1String(DemoData::RotationAppName));
    QVERIFY(rotation);
    QVERIFY(rotation->appCodes.size() >= 1 && rotation->appCodes.size() <= 3);
    QVERIFY(rotation->appCodes.size() < DemoData::AppCodeLimit);
    // It lives in the production gateway, beside the empty app.
    QStringList prodApps;
    for (const DemoApp &a : d.instances().at(0).apps)
        prodApps.append(a.name);
    QVERIFY(prodApps.contains(QLatin1String(DemoData::RotationAppName)));
    QVERIFY(prodApps.contains(QLatin1String(DemoData::EmptyAppName)));
    QCOMPARE(d.manifest().value(QStringLiteral("huawei")).toObject().value(QStringLiteral("appCodeLimit")).toInt(), DemoData::AppCodeLimit);
}

void TestDemoData::ramRoles()
{
    const DemoData &d = DemoData::instance();
    QCOMPARE(d.ramRoles().size(), 2);
    const QRegularExpression arnRule(QStringLiteral("^acs:ram::1234567890123456:role/[a-z0-9-]+$"));
    QSet<QString> ids;
    for (const DemoRamRole &r : d.ramRoles()) {
        QVERIFY2(arnRule.match(r.arn).hasMatch(), qPrintable(r.arn));
        QCOMPARE(r.arn, DemoData::ramRoleArn(r.name));
        QCOMPARE(d.ramRole(r.arn), &r);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{16,19}$")).match(r.roleId).hasMatch());
        ids.insert(r.roleId);
        QCOMPARE(r.maxSessionDuration, 3600);
        QVERIFY(!r.description.isEmpty());
    }
    QCOMPARE(ids.size(), 2);
    const DemoRamRole *deployer = d.ramRole(QStringLiteral("acs:ram::1234567890123456:role/cloudcodes-demo-deployer"));
    QVERIFY(deployer);
    QVERIFY(deployer->externalId.isEmpty()); // usable as is
    const DemoRamRole *partner = d.ramRole(DemoData::ramRoleArn(QLatin1String(DemoData::PartnerRoleName)));
    QVERIFY(partner);
    QCOMPARE(partner->externalId, QStringLiteral("cloudcodes-external-id"));
    QVERIFY(!d.ramRole(QStringLiteral("acs:ram::1234567890123456:role/nobody")));
    // The manifest tells other tools the roles and the account.
    const QJsonObject alibaba = d.manifest().value(QStringLiteral("alibaba")).toObject();
    QCOMPARE(alibaba.value(QStringLiteral("accountId")).toString(), QLatin1String(DemoData::AlibabaAccountId));
    const QJsonArray roles = alibaba.value(QStringLiteral("ramRoles")).toArray();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).toObject().value(QStringLiteral("arn")).toString(), deployer->arn);
    QCOMPARE(roles.at(1).toObject().value(QStringLiteral("externalId")).toString(), partner->externalId);
}

void TestDemoData::deterministic()
{
    const QJsonObject manifest = DemoData::instance().manifest();
    QCOMPARE(DemoData::instance().manifest(), manifest);
    // Fixed anchors: if these change, every recorded expectation elsewhere must change too.
    const DemoRoutine *r = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(r->versions.first().codeVersion.left(13), QString::number(r->versions.first().createTime.toMSecsSinceEpoch()));
}

// Every version's description and RoutineCode, hashed together and pinned: an editor's final newline
// or a line-ending conversion in a demo text would otherwise change the demo without a word. An
// intended change of the demo updates the pin.
void TestDemoData::versionBytesArePinned()
{
    const DemoData &d = DemoData::instance();
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const DemoRoutine &r : d.routines()) {
        for (const DemoCodeVersion &v : r.versions) {
            all.addData(r.name.toUtf8() + '\0' + v.codeVersion.toLatin1() + '\0' + v.description.toUtf8() + '\0');
            all.addData(d.routineCode(v));
            all.addData("\n");
        }
    }
    QCOMPARE(all.result().toHex(), QByteArray("b0a811841e9f0558161521f5692b11ed0c0f0ed55af932240412949ced693dfc"));
}

// The Functions and Pages routines: zips with assets, several versions made by the console and
// the CLI, exactly one failed build each, the newest deployed.
void TestDemoData::pagesRoutines()
{
    const DemoData &d = DemoData::instance();
    for (const char *name : {DemoData::PagesSiteRoutineName, DemoData::PagesFunctionRoutineName}) {
        const DemoRoutine *r = d.routine(QLatin1String(name));
        QVERIFY(r);
        QVERIFY(r->hasAssets);
        QVERIFY(r->defaultRelatedRecord.startsWith(r->name + QLatin1Char('.')));
        QVERIFY(r->versions.size() >= 3);
        int failed = 0;
        QSet<QString> sources;
        QSet<QByteArray> zips;
        for (const DemoCodeVersion &v : r->versions) {
            QVERIFY(v.bundle);
            const QByteArray zip = d.code(v);
            QVERIFY2(zip.startsWith("PK\x03\x04"), qPrintable(v.description));
            zips.insert(zip);
            failed += v.status == QLatin1String("buildFailed");
            sources.insert(QJsonDocument::fromJson(v.extraInfo.toUtf8()).object().value(QStringLiteral("Source")).toString());
        }
        QCOMPARE(failed, 1);
        QCOMPARE(zips.size(), r->versions.size()); // every version differs
        QCOMPARE(sources, (QSet<QString>{QStringLiteral("CLI"), QStringLiteral("Console")}));
        QVERIFY(r->versions.last().status != QLatin1String("buildFailed"));
        QCOMPARE(r->envs.at(0).shares.at(0).codeVersion, r->versions.last().codeVersion);
    }
    // The site has a font and both kinds of image (names in the zip's central directory).
    const QByteArray site = d.code(d.routine(QLatin1String(DemoData::PagesSiteRoutineName))->versions.last());
    for (const char *file : {"assets/index.html", "assets/css/site.css", "assets/js/app.js", "assets/img/hero.png",
                             "assets/img/logo.svg", "assets/fonts/DejaVuSans-latin.ttf"})
        QVERIFY2(site.contains(file), file);
}

// The committed zips are what scripts/make-demo-bundles.py packs from the folders beside them, and
// the emulator's build judges them as the demo says: the "-failed" ones fail.
void TestDemoData::pagesZipsAreTheirFolders()
{
    for (const char *routine : {DemoData::PagesSiteRoutineName, DemoData::PagesFunctionRoutineName}) {
        for (const char *version : {"v1", "v2", "v3-failed", "v4"}) {
            const QString name = QStringLiteral("%1/%2").arg(QLatin1String(routine), QLatin1String(version));
            const QByteArray zip = DemoCode::pagesBundle(QLatin1String(routine), QLatin1String(version));
            const CodeBundle::Read fromZip = CodeBundle::fromZip(zip);
            QVERIFY2(fromZip.ok(), qPrintable(name + QLatin1String(": ") + fromZip.error));
            const QString folder = QFINDTESTDATA(QStringLiteral("../../resources/demo/") + name);
            QVERIFY2(!folder.isEmpty(), qPrintable(name));
            const CodeBundle::Read fromFolder = CodeBundle::fromFolder(folder);
            QVERIFY2(fromFolder.ok(), qPrintable(fromFolder.error));
            QCOMPARE(fromZip.bundle.count(), fromFolder.bundle.count());
            for (const CodeBundle::File &f : fromFolder.bundle.files()) {
                const CodeBundle::File *packed = fromZip.bundle.file(f.path);
                QVERIFY2(packed, qPrintable(name + QLatin1Char('/') + f.path));
                QVERIFY2(packed->bytes == f.bytes, qPrintable(name + QLatin1Char('/') + f.path));
            }
            const bool failed = QByteArray(version).endsWith("-failed");
            QCOMPARE(RoutineStore::bundleProblem(zip).isEmpty(), !failed);
        }
    }
}

void TestDemoData::sitesRecordsAndRoutes()
{
    const DemoData &d = DemoData::instance();
    QCOMPARE(d.sites().size(), DemoData::SiteCount);
    QCOMPARE(d.relatedRecords().size(), 4);
    QCOMPARE(d.routes().size(), 11);
    for (const DemoRelatedRecord &r : d.relatedRecords()) {
        QVERIFY2(d.routine(r.routine), qPrintable(r.routine));
        const DemoSite *site = nullptr;
        for (const DemoSite &s : d.sites())
            site = s.siteId == r.siteId ? &s : site;
        QVERIFY(site);
        QVERIFY2(SiteStore::belongsTo(r.recordName, *site), qPrintable(r.recordName));
    }
    QHash<qint64, int> next;
    int bypass = 0, disabled = 0;
    for (const DemoRoute &r : d.routes()) {
        QVERIFY2(d.routine(r.routine), qPrintable(r.routine));
        QCOMPARE(r.sequence, ++next[r.siteId]); // 1, 2, … per site, in order
        bypass += r.bypass;
        disabled += !r.enabled;
    }
    QCOMPARE(bypass, 1);
    QCOMPARE(disabled, 1);
    const QJsonArray sites = d.manifest().value(QStringLiteral("alibaba")).toObject().value(QStringLiteral("sites")).toArray();
    QCOMPARE(sites.size(), DemoData::SiteCount);
    QCOMPARE(sites.first().toObject().value(QStringLiteral("routes")).toArray().size(), 7);
}

void TestDemoData::apigCredentialContext()
{
    // Issue #25: every gateway has RELEASE (the fixed id) and DEV; the production one has two
    // groups, eight APIs and authorizations that all point at things that exist.
    const DemoData &d = DemoData::instance();
    for (const DemoInstance &i : d.instances()) {
        QCOMPARE(i.envs.size(), 2);
        QCOMPARE(i.envs.at(0).id, QLatin1String(DemoData::ApigReleaseEnvId));
        QCOMPARE(i.envs.at(0).name, QStringLiteral("RELEASE"));
        QCOMPARE(i.envs.at(1).name, QLatin1String(DemoData::ApigDevEnvName));
    }
    const DemoInstance &prod = d.instances().at(0);
    QCOMPARE(prod.groups.size(), 2);
    QCOMPARE(prod.apis.size(), 8);
    QSet<QString> domains, apiIds, appIds, envIds;
    for (const DemoApiGroup &g : prod.groups) {
        QVERIFY(g.slDomain.startsWith(g.id + QStringLiteral(".apic.")));
        domains.insert(g.slDomain);
        for (const QString &u : g.urlDomains)
            domains.insert(u);
    }
    QCOMPARE(domains.size(), 3);
    int unpublished = 0, simple = 0;
    for (const DemoApi &a : prod.apis) {
        apiIds.insert(a.id);
        unpublished += a.publications.isEmpty() ? 1 : 0;
        simple += a.authType == QLatin1String("APP") && a.appCodeAuthType == QLatin1String("HEADER") ? 1 : 0;
    }
    QCOMPARE(apiIds.size(), 8);
    QCOMPARE(unpublished, 1);
    QCOMPARE(simple, 5);
    for (const DemoApp &a : prod.apps)
        appIds.insert(a.id);
    for (const DemoApigEnv &e : prod.envs)
        envIds.insert(e.id);
    QVERIFY(!prod.appAuths.isEmpty());
    QSet<QString> authIds;
    for (const DemoAppAuth &a : prod.appAuths) {
        QVERIFY(apiIds.contains(a.apiId) && appIds.contains(a.appId) && envIds.contains(a.envId));
        authIds.insert(a.id);
    }
    QCOMPARE(authIds.size(), prod.appAuths.size());
    QCOMPARE(prod.appAcls.size(), 1);
    QCOMPARE(prod.appAcls.at(0).appId, d.app(QLatin1String(DemoData::AclAppName))->id);
    QCOMPARE(prod.appQuotas.at(0).apps.size(), 1);
    QCOMPARE(prod.appQuotas.at(0).apps.at(0).appId, d.app(QLatin1String(DemoData::QuotaAppName))->id);
    QCOMPARE(prod.appQuotas.at(0).callLimits, DemoData::QuotaCallLimit);
    // Every app has a secret of its own; the manifest names the groups' domains.
    QSet<QString> secrets;
    for (const DemoApp &a : prod.apps)
        secrets.insert(a.appSecret);
    QCOMPARE(secrets.size(), prod.apps.size());
    const QJsonArray groups = d.manifest().value(QStringLiteral("instances")).toArray().at(0).toObject()
                                      .value(QStringLiteral("apiGroups")).toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("slDomain")).toString(), prod.groups.at(0).slDomain);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
