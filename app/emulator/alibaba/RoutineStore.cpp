#include "app/emulator/alibaba/RoutineStore.h"

#include "app/emulator/alibaba/OssPostPolicy.h"

#include <QRandomGenerator>
#include <QUuid>

namespace {

const QString demoExtraInfo = QStringLiteral("{\"Source\":\"Console\"}");
const QString uploadedExtraInfo = QStringLiteral("{\"Source\":\"api\",\"Runtime\":\"v8\"}");

QString randomHex(int length)
{
    QByteArray hex;
    while (hex.size() < length)
        hex += QUuid::createUuid().toRfc4122().toHex();
    return QString::fromLatin1(hex.left(length));
}

QByteArray randomSecret()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray secret(30, Qt::Uninitialized);
    for (char &c : secret)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))];
    return secret;
}

} // namespace

RoutineStore::RoutineStore(const DemoData &data)
    : m_data(data)
    , m_sites(data)
{
    for (const DemoRoutine &r : data.routines()) {
        StoredRoutine stored;
        stored.name = r.name;
        stored.description = r.description;
        stored.createTime = r.createTime;
        stored.defaultRelatedRecord = r.defaultRelatedRecord;
        stored.hasAssets = r.hasAssets;
        stored.codeVersionQuota = r.codeVersionQuota;
        stored.envs = r.envs;
        for (const DemoCodeVersion &v : r.versions) {
            StoredCodeVersion sv;
            sv.codeVersion = v.codeVersion;
            sv.description = v.description;
            sv.createTime = v.createTime;
            sv.status = v.status;
            sv.buildId = v.buildId.toLongLong();
            sv.extraInfo = v.extraInfo.isEmpty() ? demoExtraInfo : v.extraInfo;
            // Every demo version has always answered one; a Pages version may name its own.
            sv.notFoundStrategy = v.notFoundStrategy.isEmpty() ? QStringLiteral("SinglePageApplication") : v.notFoundStrategy;
            sv.assets = r.hasAssets && v.bundle;
            sv.demo = &v;
            stored.versions.append(sv);
        }
        m_routines.append(stored);
    }
}

StoredRoutine *RoutineStore::routine(const QString &name)
{
    for (StoredRoutine &r : m_routines) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const StoredRoutine *RoutineStore::routine(const QString &name) const
{
    return const_cast<RoutineStore *>(this)->routine(name);
}

const StoredCodeVersion *RoutineStore::version(const StoredRoutine &routine, const QString &codeVersion)
{
    for (const StoredCodeVersion &v : routine.versions) {
        if (v.codeVersion == codeVersion)
            return &v;
    }
    return nullptr;
}

QByteArray RoutineStore::routineCode(const StoredCodeVersion &version) const
{
    return version.demo ? m_data.routineCode(*version.demo) : version.uploadedRoutineCode;
}

void RoutineStore::setVersionQuota(const QString &routine, int quota)
{
    if (quota > 0)
        m_quotaOverrides.insert(routine, quota);
    else
        m_quotaOverrides.remove(routine);
}

int RoutineStore::versionQuota(const StoredRoutine &routine) const
{
    const auto it = m_quotaOverrides.constFind(routine.name);
    if (it != m_quotaOverrides.cend())
        return *it;
    return routine.codeVersionQuota > 0 ? routine.codeVersionQuota : m_defaultQuota;
}

QStringList RoutineStore::deploymentsOf(const StoredRoutine &routine, const QString &codeVersion)
{
    QStringList where;
    for (const DemoEnvironment &e : routine.envs) {
        for (const DemoCanaryShare &s : e.shares) {
            if (s.codeVersion == codeVersion)
                where.append(QStringLiteral("%1 %2%").arg(e.env).arg(s.percentage));
        }
    }
    return where;
}

const DemoEnvironment &RoutineStore::deploy(StoredRoutine &routine, const QString &env,
                                            const QList<DemoCanaryShare> &shares, const QDateTime &now)
{
    DemoEnvironment deployment{env, randomHex(16), now, shares};
    for (DemoEnvironment &e : routine.envs) {
        if (e.env == env) {
            e = deployment;
            return e;
        }
    }
    routine.envs.append(deployment);
    return routine.envs.last();
}

void RoutineStore::removeVersion(StoredRoutine &routine, const QString &codeVersion)
{
    routine.versions.removeIf([&](const StoredCodeVersion &v) { return v.codeVersion == codeVersion; });
}

QString RoutineStore::newCodeVersion(const StoredRoutine &routine, const QDateTime &now)
{
    // Like the vendor's ids: creation time in milliseconds, then six digits.
    for (;;) {
        const QString id = QString::number(now.toMSecsSinceEpoch())
                + QStringLiteral("%1").arg(++m_sequence % 1000000, 6, 10, QLatin1Char('0'));
        if (!version(routine, id) && !(routine.staged && routine.staged->codeVersion == id))
            return id;
    }
}

const StagedUpload &RoutineStore::stage(StoredRoutine &routine, const QString &description, const QDateTime &now)
{
    const QString codeVersion = newCodeVersion(routine, now);
    // The vendor's documented key shape: site_er_js/<routine>.<number>.unstable.js
    StagedUpload upload = newUpload(routine, codeVersion,
                                    QStringLiteral("site_er_js/%1.%2.unstable.js").arg(routine.name, codeVersion), now);
    upload.description = description;
    routine.staged = upload;
    return *routine.staged;
}

StagedUpload RoutineStore::newUpload(const StoredRoutine &routine, const QString &codeVersion, const QString &key,
                                     const QDateTime &now)
{
    StagedUpload upload;
    upload.routine = routine.name;
    upload.codeVersion = codeVersion;
    upload.bucket = QLatin1String(StagingBucket);
    upload.key = key;
    // OSS hands out temporary (STS) credentials: the key only works with its security token.
    upload.accessKeyId = QStringLiteral("STS.NTERStaging") + randomHex(16).toUpper();
    upload.accessKeySecret = randomSecret();
    upload.securityToken = QStringLiteral("CAIS") + QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64()
                                                                      + QUuid::createUuid().toRfc4122().toBase64());
    upload.expiration = now.addSecs(UploadLifetimeSeconds);
    upload.policy = OssPostPolicy::make(upload.expiration, upload.bucket, upload.key, MaxCodeBytes);
    return upload;
}

StagedUpload *RoutineStore::stagedUploadFor(const QString &accessKeyId)
{
    for (StoredRoutine &r : m_routines) {
        if (r.staged && r.staged->accessKeyId == accessKeyId)
            return &*r.staged;
        for (StagedUpload &u : r.assetUploads) {
            if (u.accessKeyId == accessKeyId)
                return &u;
        }
    }
    return nullptr;
}

StoredRoutine &RoutineStore::createRoutine(const QString &name, const QString &description, bool hasAssets,
                                           const QDateTime &now)
{
    Q_ASSERT(!routine(name));
    StoredRoutine r;
    r.name = name;
    r.description = description;
    r.createTime = now;
    r.hasAssets = hasAssets;
    // Like the vendor's default hosts: <name>.<account-scoped id>.er.aliyun-esa.net
    r.defaultRelatedRecord = QStringLiteral("%1.%2.er.aliyun-esa.net").arg(name, randomHex(8));
    m_routines.append(r);
    return m_routines.last();
}

bool RoutineStore::deleteRoutine(const QString &name)
{
    m_sites.forgetRoutine(name);
    return m_routines.removeIf([&](const StoredRoutine &r) { return r.name == name; }) > 0;
}

qint64 RoutineStore::nextBuildId(const StoredRoutine &routine) const
{
    qint64 buildId = 100000;
    for (const StoredCodeVersion &v : routine.versions)
        buildId = qMax(buildId, v.buildId);
    return buildId + 37;
}

const StagedUpload &RoutineStore::createAssetsVersion(StoredRoutine &routine, const AssetsVersionSpec &spec,
                                                      const QDateTime &now)
{
    StoredCodeVersion v;
    v.codeVersion = newCodeVersion(routine, now);
    v.description = spec.description;
    v.createTime = now;
    v.status = QStringLiteral("init");
    v.buildId = spec.buildId > 0 ? spec.buildId : nextBuildId(routine);
    v.extraInfo = spec.extraInfo;
    v.notFoundStrategy = spec.notFoundStrategy;
    v.assets = true;
    routine.versions.append(v);
    // esa-cli's bundles land under a per-routine prefix, one zip per version.
    StagedUpload upload = newUpload(routine, v.codeVersion,
                                    QStringLiteral("site_er_assets/%1/%2.zip").arg(routine.name, v.codeVersion), now);
    upload.description = spec.description;
    upload.assets = true;
    routine.assetUploads.append(upload);
    return routine.assetUploads.last();
}

void RoutineStore::assetsZipArrived(StagedUpload &upload, const QByteArray &zip)
{
    StoredRoutine *r = routine(upload.routine);
    if (!r)
        return;
    for (StoredCodeVersion &v : r->versions) {
        if (v.codeVersion != upload.codeVersion)
            continue;
        v.zipArrived = true;
        v.uploadedRoutineCode = zip.toBase64();
        // No documented field carries the reason of a failed build: only the status tells.
        v.builtStatus = bundleProblem(zip).isEmpty() ? QStringLiteral("available") : QStringLiteral("buildFailed");
    }
    const QString key = upload.accessKeyId; // `upload` lives in the list it is removed from
    r->assetUploads.removeIf([&](const StagedUpload &u) { return u.accessKeyId == key; });
}

const StoredCodeVersion &RoutineStore::observeBuild(StoredRoutine &routine, const QString &codeVersion)
{
    for (StoredCodeVersion &v : routine.versions) {
        if (v.codeVersion != codeVersion)
            continue;
        if (v.zipArrived && !v.builtStatus.isEmpty()) {
            if (v.status == QLatin1String("init") && !v.buildSeenOnce)
                v.buildSeenOnce = true; // this look still answers init: the build is "running"
            else
                v.status = v.builtStatus;
        }
        return v;
    }
    Q_UNREACHABLE();
}

const StoredCodeVersion &RoutineStore::commit(StoredRoutine &routine, const QString &description, const QDateTime &now)
{
    Q_ASSERT(routine.staged && routine.staged->uploaded);
    const qint64 buildId = nextBuildId(routine) - 37;
    StoredCodeVersion v;
    v.codeVersion = routine.staged->codeVersion;
    v.description = description;
    v.createTime = now;
    v.buildId = buildId + 37;
    v.extraInfo = uploadedExtraInfo;
    v.uploadedRoutineCode = routine.staged->object.toBase64();
    routine.versions.append(v);
    routine.staged.reset();
    return routine.versions.last();
}
