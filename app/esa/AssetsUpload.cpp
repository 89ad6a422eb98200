#include "app/esa/AssetsUpload.h"

#include <QFileInfo>
#include <algorithm>
#include <QLocale>

namespace {
bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 0);
}
} // namespace

AssetsUpload::AssetsUpload(Context context, QObject *parent)
    : RoutineChange(std::move(context), parent)
{
    m_progressTimer.setInterval(m_timing.progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &AssetsUpload::showUploadProgress);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &AssetsUpload::poll);
    m_buildDeadline.setSingleShot(true);
    connect(&m_buildDeadline, &QTimer::timeout, this, &AssetsUpload::buildTimedOut);
}

void AssetsUpload::start(const QByteArray &zip, const QString &description, const QString &notFoundStrategy)
{
    m_zip = zip;
    m_description = description;
    m_notFoundStrategy = notFoundStrategy;
    m_newVersion.clear();
    m_status.clear();
    m_statusMessage.clear();
    m_record.clear();
    m_running = true;
    if (!looksLikeZip(zip)) {
        m_stage = Stage::Ended;
        endSoon(ChangeRecord::Outcome::NotSent, tr("Nothing was uploaded: the bundle is not a zip."));
        return;
    }
    m_stage = Stage::Reading;
    emit progress(tr("Reading the routine's versions…"), 0, 100);
    readRoutine(
            [this](const RoutineSnapshot &now) {
                m_before.clear();
                for (const CodeVersion &v : now.versions)
                    m_before << v.codeVersion;
                m_after.reset(); // after() is the routine as the change leaves it, never as it found it
                create();
            },
            [this](const ApiError &e) {
                m_stage = Stage::Ended;
                end(ChangeRecord::Outcome::NotSent, tr("Nothing was uploaded: the routine could not be read (%1).").arg(e.summary()), e);
            });
}

void AssetsUpload::cancel()
{
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Ended:
        return;
    case Stage::Reading:
        m_read.kill();
        m_stage = Stage::Ended;
        end(ChangeRecord::Outcome::NotSent, tr("Cancelled before anything was sent."));
        return;
    case Stage::Creating:
        m_create.kill(); // on the wire: whether the version was made is read back
        readBackAfterCreate(tr("Cancelled while the version was being made"));
        return;
    case Stage::Uploading:
        m_post.kill();
        m_progressTimer.stop();
        readBackAfterUpload(tr("Cancelled during the upload"));
        return;
    case Stage::Building:
        m_info.kill();
        finish(ChangeRecord::Outcome::Unknown,
               tr("Stopped waiting for the build: version %1 is still being built (%2) and will show in the version list when it ends.")
                       .arg(m_newVersion, m_status),
               {}, false);
        return;
    case Stage::ReadingBack:
        m_read.kill();
        m_info.kill();
        finish(ChangeRecord::Outcome::Unknown, tr("Stopped before the state was read back: check the version list before trying again."), {}, false);
        return;
    case Stage::Refreshing: // the end is known and journaled; only the list's refresh is dropped
        m_read.kill();
        m_stage = Stage::Ended;
        end(m_ending.outcome, m_ending.message, m_ending.error);
        return;
    }
}

void AssetsUpload::create()
{
    m_stage = Stage::Creating;
    m_record = beginRecord(QStringLiteral("upload"), tr("%n version(s)", nullptr, int(m_before.size())),
                           m_description.isEmpty() ? tr("a new version with assets") : m_description);
    emit progress(tr("Making the new version…"), 5, 100);
    m_create = m_context.client
                       ->createRoutineWithAssetsCodeVersion(m_context.routine, m_description, QString::fromLatin1(ExtraInfo), m_notFoundStrategy)
                       .then(this, [this](const ApiResult<AssetsCodeVersion> &r) {
                           if (r.ok())
                               created(r.value());
                           else
                               createFailed(r.error());
                       });
}

void AssetsUpload::createFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotAllowed) {
        finish(ChangeRecord::Outcome::NotSent, error.message, error, false);
        return;
    }
    if (!error.outcomeUnknown()) {
        QString message = tr("The service refused the new version: %1").arg(error.summary());
        if (error.code == QLatin1String("CodeVersionNumberExceedQuotaLimit"))
            message += QLatin1Char(' ') + tr("The routine keeps no more versions: delete old ones first.");
        finish(ChangeRecord::Outcome::Refused, message, error, false);
        return;
    }
    readBackAfterCreate(tr("The answer was lost (%1)").arg(error.summary()));
}

// The create may have been carried out: a version that was not there before says so. Without its
// answer there is no upload form, so such a version stays unfinished.
void AssetsUpload::readBackAfterCreate(const QString &why)
{
    m_stage = Stage::ReadingBack;
    emit progress(tr("%1; reading the versions back…").arg(why), 0, 0);
    readRoutine(
            [this, why](const RoutineSnapshot &now) {
                for (const CodeVersion &v : now.versions) {
                    if (!m_before.contains(v.codeVersion)) {
                        m_newVersion = v.codeVersion;
                        m_status = v.status;
                        finish(ChangeRecord::Outcome::Happened,
                               tr("%1, but version %2 was made. Its code was not sent (the upload form came with the answer), "
                                  "so it stays unfinished: delete it and try again.")
                                       .arg(why, v.codeVersion),
                               {}, false);
                        return;
                    }
                }
                finish(ChangeRecord::Outcome::DidNotHappen, tr("%1; no version was made.").arg(why), {}, false);
            },
            [this, why](const ApiError &e) {
                finish(ChangeRecord::Outcome::Unknown,
                       tr("%1 and the versions could not be read back (%2): check them before trying again.").arg(why, e.summary()), e, false);
            });
}

void AssetsUpload::created(const AssetsCodeVersion &version)
{
    m_newVersion = version.codeVersion;
    m_status = version.status;
    m_requestId = version.requestId;
    if (const auto max = EsaClient::policyMaxBytes(version.upload); max && m_zip.size() > *max) {
        finish(ChangeRecord::Outcome::Refused,
               tr("The service accepts at most %1 and the bundle is %2: version %3 was made but stays unfinished; delete it.")
                       .arg(QLocale().formattedDataSize(*max), QLocale().formattedDataSize(m_zip.size()), m_newVersion));
        return;
    }
    upload(version.upload);
}

void AssetsUpload::upload(const StagingUploadInfo &form)
{
    m_stage = Stage::Uploading;
    m_sent = std::make_shared<TransferProgress>();
    m_progressTimer.start(m_timing.progressIntervalMs);
    showUploadProgress();
    QString fileName = QFileInfo(form.fieldValue(QStringLiteral("key"))).fileName();
    if (fileName.isEmpty())
        fileName = QStringLiteral("code.zip");
    m_post = m_context.client->uploadToOss(form, m_zip, fileName, m_sent).then(this, [this](const ApiResult<HttpReply> &r) {
        m_progressTimer.stop();
        if (r.ok())
            waitForBuild();
        else
            uploadFailed(r.error());
    });
}

void AssetsUpload::showUploadProgress()
{
    const qint64 total = m_sent ? m_sent->total.load() : -1;
    const qint64 sent = m_sent ? m_sent->sent.load() : 0;
    const int percent = total > 0 ? int(std::clamp<qint64>(sent * 100 / total, 0, 100)) : 0;
    emit progress(tr("Uploading %1 % of %2…").arg(percent).arg(QLocale().formattedDataSize(m_zip.size())), 10 + percent * 60 / 100, 100);
}

void AssetsUpload::uploadFailed(const ApiError &error)
{
    if (!error.outcomeUnknown()) {
        finish(ChangeRecord::Outcome::Refused,
               tr("The upload was refused (%1): version %2 was made but stays unfinished; delete it and try again.")
                       .arg(error.summary(), m_newVersion),
               error);
        return;
    }
    readBackAfterUpload(tr("The upload's answer was lost (%1)").arg(error.summary()));
}

// Whether the zip arrived shows only in the build: a version built (or failed) had it; one still
// "init" may or may not. The zip is never sent again.
void AssetsUpload::readBackAfterUpload(const QString &why)
{
    m_stage = Stage::ReadingBack;
    emit progress(tr("%1; reading the version's state back…").arg(why), 0, 0);
    m_info = m_context.client->getRoutineCodeVersionInfo(m_context.routine, m_newVersion).then(this, [this, why](const ApiResult<CodeVersionInfo> &r) {
        if (!r.ok()) {
            finish(ChangeRecord::Outcome::Unknown,
                   tr("%1 and version %2 could not be read back (%3): check it in the version list.").arg(why, m_newVersion, r.error().summary()),
                   r.error());
            return;
        }
        m_status = r.value().status;
        m_statusMessage = r.value().message;
        switch (CodeVersion::buildStateOf(m_status)) {
        case BuildState::Ready:
            finish(ChangeRecord::Outcome::Happened, tr("%1, but the bundle had arrived: version %2 is built and available.").arg(why, m_newVersion));
            return;
        case BuildState::Failed:
            finish(ChangeRecord::Outcome::Refused, tr("%1, and the build of version %2 failed (%3).").arg(why, m_newVersion, m_status));
            return;
        case BuildState::Building:
            break;
        }
        finish(ChangeRecord::Outcome::Unknown,
               tr("%1: version %2 is unfinished (%3). If the bundle arrived it is being built; it was not sent again. "
                  "The version list will show how it ends.")
                       .arg(why, m_newVersion, m_status));
    });
}

void AssetsUpload::waitForBuild()
{
    m_stage = Stage::Building;
    m_pollFailures = 0;
    m_buildClock.start();
    m_buildDeadline.start(m_timing.buildTimeLimitMs);
    emit progress(tr("Uploaded. Building version %1…").arg(m_newVersion), 70, 100);
    poll();
}

void AssetsUpload::poll()
{
    if (m_stage != Stage::Building)
        return;
    m_info = m_context.client->getRoutineCodeVersionInfo(m_context.routine, m_newVersion)
                     .then(this, [this](const ApiResult<CodeVersionInfo> &r) { polled(r); });
}

void AssetsUpload::polled(const ApiResult<CodeVersionInfo> &r)
{
    if (!r.ok()) {
        // A read may be tried again (the transport already retried what it could); a few in a
        // row failing means the state cannot be known from here.
        if (++m_pollFailures >= 3) {
            finish(ChangeRecord::Outcome::Unknown,
                   tr("The build state of version %1 could not be read (%2): it may still be building; check the version list.")
                           .arg(m_newVersion, r.error().summary()),
                   r.error());
            return;
        }
        m_pollTimer.start(m_timing.pollIntervalMs);
        return;
    }
    m_pollFailures = 0;
    m_status = r.value().status;
    m_statusMessage = r.value().message;
    switch (CodeVersion::buildStateOf(m_status)) {
    case BuildState::Ready:
        finish(ChangeRecord::Outcome::Done, tr("The new version %1 is built and available.").arg(m_newVersion));
        return;
    case BuildState::Failed:
        finish(ChangeRecord::Outcome::Refused,
               m_statusMessage.isEmpty() ? tr("The build of version %1 failed (%2).").arg(m_newVersion, m_status)
                                         : tr("The build of version %1 failed (%2): %3").arg(m_newVersion, m_status, m_statusMessage));
        return;
    case BuildState::Building:
        break;
    }
    // The bar creeps towards the time limit: a build has no percentage of its own.
    const qint64 elapsed = m_buildClock.elapsed();
    const int creep = int(std::min<qint64>(29, elapsed * 30 / std::max(1, m_timing.buildTimeLimitMs)));
    emit progress(tr("Building version %1 (%2, %3 s)…").arg(m_newVersion, m_status, seconds(elapsed)), 70 + creep, 100);
    m_pollTimer.start(m_timing.pollIntervalMs);
}

void AssetsUpload::buildTimedOut()
{
    if (m_stage != Stage::Building)
        return;
    m_info.kill();
    finish(ChangeRecord::Outcome::Unknown,
           tr("Gave up waiting after %1 s: version %2 is still being built (%3). The version list will show how it ends.")
                   .arg(seconds(m_timing.buildTimeLimitMs), m_newVersion, m_status));
}

// Journals the end and, unless told not to, reads the routine so the version list shows it.
void AssetsUpload::finish(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error, bool readRoutineFirst)
{
    m_pollTimer.stop();
    m_buildDeadline.stop();
    m_progressTimer.stop();
    finishRecord(m_record, outcome, m_newVersion, error.requestId.isEmpty() ? m_requestId : error.requestId, message);
    if (!readRoutineFirst) {
        m_stage = Stage::Ended;
        end(outcome, message, error);
        return;
    }
    m_stage = Stage::Refreshing;
    m_ending = Ending{outcome, message, error};
    emit progress(tr("Reading the routine again…"), 100, 100);
    const auto done = [this, outcome, message, error] {
        m_stage = Stage::Ended;
        end(outcome, message, error);
    };
    readRoutine([done](const RoutineSnapshot &) { done(); }, [done](const ApiError &) { done(); });
}
