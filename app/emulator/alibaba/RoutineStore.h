// The edge routines as one emulator currently holds them: DemoData's fixed description at
// start, then every routine created or deleted, deployment, deletion, upload and commit made since. Lives as long as
// its CloudEmulator; a fresh emulator starts from the demo again. Not locked itself: the
// emulator's mutex guards it with the services that use it.
#pragma once

#include "app/emulator/alibaba/SiteStore.h"
#include "app/emulator/demo/DemoData.h"

#include <optional>

struct StoredCodeVersion
{
    QString codeVersion;
    QString description;
    QDateTime createTime;
    QString status = QStringLiteral("Available");
    qint64 buildId = 0;
    QString extraInfo;                        // JSON text, as the API sends it
    QString notFoundStrategy;                 // ConfOptions.NotFoundStrategy; empty: none
    const DemoCodeVersion *demo = nullptr;    // code from DemoData, or
    QByteArray uploadedRoutineCode;           // base64 of the bytes uploaded for it
    // A version with assets (CreateRoutineWithAssetsCodeVersion): `init` until its zip arrived
    // and was checked. The build's verdict waits for one GetRoutineCodeVersionInfo that still
    // answers `init`, so a client's polling is exercised.
    bool assets = false;
    bool zipArrived = false;
    QString builtStatus;                      // what `status` becomes once the build is seen
    bool buildSeenOnce = false;               // one info call has answered `init` since the zip arrived
};

// What GetRoutineStagingCodeUploadInfo handed out, and what was posted with it.
struct StagedUpload
{
    QString routine;
    QString codeVersion;      // the version the commit will create
    QString description;      // the CodeDescription asked for (x:codeDescription)
    QString bucket;
    QString key;
    QString accessKeyId;      // made for this upload only (an STS key, as OSS hands out)
    QByteArray accessKeySecret;
    QString securityToken;    // x-oss-security-token the form must carry with that key
    bool assets = false;      // a zip for an assets version (no commit: the build follows the upload)
    QByteArray policy;        // base64, as handed out
    QDateTime expiration;
    bool uploaded = false;
    QByteArray object;        // the posted file
    QString postedDescription; // x:codeDescription as posted
};

struct StoredRoutine
{
    QString name;
    QString description;               // plain text; the API sends it base64-encoded
    QDateTime createTime;
    QString defaultRelatedRecord;      // the routine's own host
    bool hasAssets = false;            // a Functions and Pages routine (versions are zips)
    int codeVersionQuota = 0;          // the plan's own quota; 0 = the account default
    QList<StoredCodeVersion> versions; // oldest first
    QList<DemoEnvironment> envs;
    std::optional<StagedUpload> staged;        // the single-file way
    QList<StagedUpload> assetUploads;          // the assets way: one per version awaiting its zip
};

class RoutineStore
{
public:
    static constexpr const char *StagingBucket = "cloudcodes-er-staging";
    static constexpr int UploadLifetimeSeconds = 3600;       // how long a staged upload's policy is valid
    static constexpr qint64 MaxCodeBytes = 10 * 1024 * 1024;  // content-length-range of a staged upload

    explicit RoutineStore(const DemoData &data);

    const DemoData &data() const { return m_data; }
    const QList<StoredRoutine> &routines() const { return m_routines; }
    // A new routine created `now`, no versions, not deployed; the name must be free.
    StoredRoutine &createRoutine(const QString &name, const QString &description, bool hasAssets, const QDateTime &now);
    // Where the routines run: sites, custom domains, routes.
    SiteStore &sites() { return m_sites; }
    const SiteStore &sites() const { return m_sites; }
    // Removes the routine with its versions, deployments, pending uploads, custom domains and routes.
    bool deleteRoutine(const QString &name);
    StoredRoutine *routine(const QString &name);
    const StoredRoutine *routine(const QString &name) const;
    static const StoredCodeVersion *version(const StoredRoutine &routine, const QString &codeVersion);
    // The exact RoutineCode text GetRoutineCodeVersion returns (base64).
    QByteArray routineCode(const StoredCodeVersion &version) const;

    // Routines without a plan quota of their own keep at most this many versions.
    void setDefaultVersionQuota(int quota) { m_defaultQuota = quota; }
    int defaultVersionQuota() const { return m_defaultQuota; }
    // Overrides one routine's plan quota (0 = back to the account default).
    void setVersionQuota(const QString &routine, int quota);
    int versionQuota(const StoredRoutine &routine) const;

    // Where `codeVersion` is deployed, e.g. {"production 90%", "staging 100%"}; empty if nowhere.
    static QStringList deploymentsOf(const StoredRoutine &routine, const QString &codeVersion);
    // Replaces what `env` runs; returns the new deployment (new DeployId, CreationTime `now`).
    const DemoEnvironment &deploy(StoredRoutine &routine, const QString &env, const QList<DemoCanaryShare> &shares,
                                  const QDateTime &now);
    void removeVersion(StoredRoutine &routine, const QString &codeVersion);

    // Hands out a fresh upload (credentials, key, reserved version), replacing any earlier one.
    const StagedUpload &stage(StoredRoutine &routine, const QString &description, const QDateTime &now);
    StagedUpload *stagedUploadFor(const QString &accessKeyId);
    // Turns the routine's uploaded object into a version created `now`; the upload is used up.
    const StoredCodeVersion &commit(StoredRoutine &routine, const QString &description, const QDateTime &now);

    // CreateRoutineWithAssetsCodeVersion: a new version in `init` and the upload for its zip.
    struct AssetsVersionSpec
    {
        QString description;
        qint64 buildId = 0; // 0: the store picks one
        QString extraInfo;
        QString notFoundStrategy;
    };
    const StagedUpload &createAssetsVersion(StoredRoutine &routine, const AssetsVersionSpec &spec, const QDateTime &now);
    // The zip of an assets version arrived (OSS PostObject): kept, checked, the upload used up.
    void assetsZipArrived(StagedUpload &upload, const QByteArray &zip);
    // GetRoutineCodeVersionInfo's look at a version: the first after the zip arrived still sees
    // `init`, then the build's verdict.
    const StoredCodeVersion &observeBuild(StoredRoutine &routine, const QString &codeVersion);

    // Why `zip` is no bundle ESA could build (not a valid zip, or no routine/index.js); empty if fine.
    static QString bundleProblem(const QByteArray &zip);

private:
    QString newCodeVersion(const StoredRoutine &routine, const QDateTime &now);
    qint64 nextBuildId(const StoredRoutine &routine) const;
    StagedUpload newUpload(const StoredRoutine &routine, const QString &codeVersion, const QString &key, const QDateTime &now);

    const DemoData &m_data;
    SiteStore m_sites;
    QList<StoredRoutine> m_routines;
    QHash<QString, int> m_quotaOverrides;
    int m_defaultQuota = DemoData::DefaultCodeVersionQuota;
    quint32 m_sequence = 0; // makes ids made in the same millisecond distinct
};
