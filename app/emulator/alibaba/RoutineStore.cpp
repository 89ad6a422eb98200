#include "app/emulator/alibaba/RoutineStore.h"

#include "app/emulator/alibaba/OssPostPolicy.h"

#include <QRandomGenerator>
#include <QUuid>

namespace {

const QString demoExtraInfo = QStringLiteral("{\"Source\":\"console\",\"Runtime\":\"v8\"}");
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
{
    for (const DemoRoutine &r : data.routines()) {
        StoredRoutine stored;
        stored.demo = &r;
        stored.envs = r.envs;
        for (const DemoCodeVersion &v : r.versions) {
            StoredCodeVersion sv;
            sv.codeVersion = v.codeVersion;
            sv.description = v.description;
            sv.createTime = v.createTime;
            sv.status = v.status;
            sv.buildId = v.buildId.toLongLong();
            sv.extraInfo = demoExtraInfo;
            sv.demo = &v;
            stored.versions.append(sv);
        }
        m_routines.append(stored);
    }
}

StoredRoutine *RoutineStore::routine(const QString &name)
{
    for (StoredRoutine &r : m_routines) {
        if (r.demo->name == name)
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
    const auto it = m_quotaOverrides.constFind(routine.demo->name);
    return it != m_quotaOverrides.cend() ? *it : DemoData::codeVersionQuota(*routine.demo, m_defaultQuota);
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
    StagedUpload upload;
    upload.routine = routine.demo->name;
    upload.codeVersion = newCodeVersion(routine, now);
    upload.description = description;
    upload.bucket = QLatin1String(StagingBucket);
    // The vendor's documented key shape: site_er_js/<routine>.<number>.unstable.js
    upload.key = QStringLiteral("site_er_js/%1.%2.unstable.js").arg(routine.demo->name, upload.codeVersion);
    upload.accessKeyId = QStringLiteral("LTAI5tERStaging") + randomHex(9).toUpper();
    upload.accessKeySecret = randomSecret();
    upload.expiration = now.addSecs(UploadLifetimeSeconds);
    upload.policy = OssPostPolicy::make(upload.expiration, upload.bucket, upload.key, MaxCodeBytes);
    routine.staged = upload;
    return *routine.staged;
}

StagedUpload *RoutineStore::stagedUploadFor(const QString &accessKeyId)
{
    for (StoredRoutine &r : m_routines) {
        if (r.staged && r.staged->accessKeyId == accessKeyId)
            return &*r.staged;
    }
    return nullptr;
}

const StoredCodeVersion &RoutineStore::commit(StoredRoutine &routine, const QString &description, const QDateTime &now)
{
    Q_ASSERT(routine.staged && routine.staged->uploaded);
    qint64 buildId = 100000;
    for (const StoredCodeVersion &v : routine.versions)
        buildId = qMax(buildId, v.buildId);
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
