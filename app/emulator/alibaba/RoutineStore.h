// The edge routines as one emulator currently holds them: DemoData's fixed description at
// start, then every deployment, deletion, staged upload and commit made since. Lives as long as
// its CloudEmulator; a fresh emulator starts from the demo again. Not locked itself: the
// emulator's mutex guards it with the services that use it.
#pragma once

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
    const DemoCodeVersion *demo = nullptr;    // code from DemoData, or
    QByteArray uploadedRoutineCode;           // base64 of the bytes uploaded for it
};

// What GetRoutineStagingCodeUploadInfo handed out, and what was posted with it.
struct StagedUpload
{
    QString routine;
    QString codeVersion;      // the version the commit will create
    QString description;      // the CodeDescription asked for (x:codeDescription)
    QString bucket;
    QString key;
    QString accessKeyId;      // made for this upload only
    QByteArray accessKeySecret;
    QByteArray policy;        // base64, as handed out
    QDateTime expiration;
    bool uploaded = false;
    QByteArray object;        // the posted file
    QString postedDescription; // x:codeDescription as posted
};

struct StoredRoutine
{
    const DemoRoutine *demo = nullptr; // name, description, times, record
    QList<StoredCodeVersion> versions; // oldest first
    QList<DemoEnvironment> envs;
    std::optional<StagedUpload> staged;
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

private:
    QString newCodeVersion(const StoredRoutine &routine, const QDateTime &now);

    const DemoData &m_data;
    QList<StoredRoutine> m_routines;
    QHash<QString, int> m_quotaOverrides;
    int m_defaultQuota = DemoData::DefaultCodeVersionQuota;
    quint32 m_sequence = 0; // makes ids made in the same millisecond distinct
};
