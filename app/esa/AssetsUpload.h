// A new code version of a routine with assets (a Functions and Pages routine), made the way
// esa-cli commits one: CreateRoutineWithAssetsCodeVersion (the version exists from here on,
// "init"), the OSS PostObject of the zip with its progress, then GetRoutineCodeVersionInfo read
// again and again until the build is available, failed, or the time limit passed.
//
// cancel() works at every stage and reaches the wire: the request on its way is aborted and
// nothing is sent afterwards. A cancelled or lost create or upload is ambiguous (it may have
// reached the service), so the state is read back once and reported, as CodeUpload does; it is
// never sent again. Cancelling the build wait aborts the poll on its way and polls no more: the
// version goes on building in the cloud, and the version list will show how it ends.
#pragma once

#include "app/esa/RoutineChange.h"
#include "app/net/ApiRequest.h"

#include <QElapsedTimer>
#include <QTimer>

class AssetsUpload : public RoutineChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetsUpload)

public:
    // What the versions CloudCodes makes say about who made them (esa-cli says {"Source":"CLI"}).
    static constexpr const char *ExtraInfo = R"({"Source":"CloudCodes"})";

    enum class Stage { Idle, Reading, Creating, Uploading, Building, ReadingBack, Refreshing, Ended };

    struct Timing
    {
        int pollIntervalMs = 1000;          // between two build-state reads, as esa-cli
        int buildTimeLimitMs = 5 * 60 * 1000; // esa-cli gives up after 5 minutes too
        int progressIntervalMs = 200;       // how often the upload's progress is shown
    };

    AssetsUpload(Context context, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    // `zip` is the bundle (CodeBundle::toZip); `notFoundStrategy` the project's
    // assets.notFoundStrategy ("SinglePageApplication", "404Page"), or empty.
    void start(const QByteArray &zip, const QString &description, const QString &notFoundStrategy = {});
    // Stops now: the request on its way is aborted on the wire (see above).
    void cancel();

    Stage stage() const { return m_stage; }
    // The version made (even when its build failed or was not waited for); empty when none.
    QString newVersion() const { return m_newVersion; }
    // The last build state read ("init", "available", "failed", …) and the service's words on it.
    QString buildStatus() const { return m_status; }
    QString buildMessage() const { return m_statusMessage; }
    // The version is there and built: it can be opened and deployed.
    bool succeeded() const { return outcome() == ChangeRecord::Outcome::Done || (outcome() == ChangeRecord::Outcome::Happened && isAvailable()); }

private:
    bool isAvailable() const { return !m_newVersion.isEmpty() && CodeVersion::buildStateOf(m_status) == BuildState::Ready && !m_status.isEmpty(); }
    void create();
    void created(const AssetsCodeVersion &version);
    void createFailed(const ApiError &error);
    void upload(const StagingUploadInfo &form);
    void uploadFailed(const ApiError &error);
    void showUploadProgress();
    void waitForBuild();
    void poll();
    void polled(const ApiResult<CodeVersionInfo> &r);
    void buildTimedOut();
    void readBackAfterUpload(const QString &why);
    void readBackAfterCreate(const QString &why);
    void finish(ChangeRecord::Outcome outcome, const QString &message, const ApiError &error = {}, bool readRoutineFirst = true);

    struct Ending
    {
        ChangeRecord::Outcome outcome = ChangeRecord::Outcome::Pending;
        QString message;
        ApiError error;
    };

    Timing m_timing;
    Ending m_ending; // while the routine is read again after the end
    Stage m_stage = Stage::Idle;
    QByteArray m_zip;
    QString m_description;
    QString m_notFoundStrategy;
    QStringList m_before; // the versions before the create, to tell the new one after a lost answer
    QString m_newVersion;
    QString m_record;
    QString m_status;
    QString m_statusMessage;
    QString m_requestId;
    int m_pollFailures = 0;
    Request<AssetsCodeVersion> m_create;
    Request<HttpReply> m_post;
    Request<CodeVersionInfo> m_info;
    std::shared_ptr<TransferProgress> m_sent;
    QTimer m_progressTimer;
    QTimer m_pollTimer;
    QTimer m_buildDeadline;
    QElapsedTimer m_buildClock;
};
