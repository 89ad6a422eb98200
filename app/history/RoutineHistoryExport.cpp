#include "app/history/RoutineHistoryExport.h"

#include <QMutex>
#include <QPointer>

class RoutineHistoryExport::ProgressRelay
{
public:
    explicit ProgressRelay(RoutineHistoryExport *owner)
        : m_owner(owner)
    {
    }
    // On the exporting thread. Posting under the lock: a detach() that follows waits for it, and
    // Qt drops the posted event if the owner is destroyed before it runs.
    void post(int done, int total)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_owner)
            return;
        RoutineHistoryExport *owner = m_owner;
        QMetaObject::invokeMethod(
                owner, [owner, done, total] { emit owner->progress(Stage::Writing, done, total); }, Qt::QueuedConnection);
    }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_owner = nullptr;
    }

private:
    QMutex m_mutex;
    RoutineHistoryExport *m_owner;
};

RoutineHistoryExport::RoutineHistoryExport(CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_loader(new HistoryLoader(repository, this))
{
    connect(m_loader, &HistoryLoader::progress, this, [this](int done, int total) { emit progress(Stage::Loading, done, total); });
    connect(m_loader, &HistoryLoader::finished, this, &RoutineHistoryExport::versionsLoaded);
    connect(m_loader, &HistoryLoader::failed, this, [this](const QString &codeVersion, const ApiError &error) {
        fail(tr("Version %1 could not be loaded: %2").arg(codeVersion, error.summary()));
    });
}

// The writing on the pool sees its request killed (its CancelToken) and stops after the commit at hand.
RoutineHistoryExport::~RoutineHistoryExport()
{
    if (m_relay)
        m_relay->detach();
}

void RoutineHistoryExport::start(const Target &target)
{
    cancel();
    m_target = target;
    m_result = {};
    m_error.clear();
    m_environments.clear();
    if (!target.client || target.routine.isEmpty() || target.folder.isEmpty()) {
        fail(tr("Choose an account, a routine and a folder to export into."));
        return;
    }
    setStage(Stage::Reading);
    m_reading = RoutineSnapshot::read(target.client, target.routine).then(this, [this](const ApiResult<RoutineSnapshot> &r) {
        if (!r.ok())
            return fail(tr("The routine %1 could not be read: %2").arg(m_target.routine, r.error().summary()));
        snapshotRead(r.value());
    });
}

void RoutineHistoryExport::cancel()
{
    if (!isRunning())
        return;
    if (m_stage == Stage::Writing) {
        // The commit being written is finished first; the result then says what is there.
        m_writing.stop();
        return;
    }
    m_reading.kill();
    m_loader->cancel();
    end(Stage::Cancelled);
}

void RoutineHistoryExport::snapshotRead(const RoutineSnapshot &snapshot)
{
    m_environments = snapshot.detail.envs;
    setStage(Stage::Loading);
    m_loader->start(m_target.client, m_target.accountId, m_target.routine, snapshot.versions);
}

void RoutineHistoryExport::versionsLoaded()
{
    GitHistoryExport::Request request;
    request.folder = m_target.folder;
    request.routine = m_target.routine;
    request.accountId = m_target.accountId;
    request.accountName = m_target.accountName;
    request.versions = m_loader->versions();
    request.environments = m_environments;
    m_relay = std::make_shared<ProgressRelay>(this);
    setStage(Stage::Writing);
    m_writing = Request<GitHistoryExport::Result>::onPool([request, relay = m_relay](const CancelToken &cancel) -> ApiResult<GitHistoryExport::Result> {
                    return GitHistoryExport::run(request, [&relay](int done, int total) { relay->post(done, total); }, cancel);
                }).then(this, [this](const ApiResult<GitHistoryExport::Result> &r) {
        m_relay->detach();
        if (!r.ok())
            return fail(r.error().summary());
        m_result = r.value();
        if (!m_result.ok())
            return fail(m_result.error);
        end(m_result.cancelled ? Stage::Cancelled : Stage::Finished);
    });
}

void RoutineHistoryExport::fail(const QString &error)
{
    m_error = error;
    m_reading.kill();
    m_loader->cancel();
    end(Stage::Failed);
}

void RoutineHistoryExport::end(Stage stage)
{
    setStage(stage);
    emit finished();
}

void RoutineHistoryExport::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

QString RoutineHistoryExport::summary() const
{
    switch (m_stage) {
    case Stage::Failed:
        return m_error;
    case Stage::Cancelled:
        if (m_result.written > 0 || !m_result.head.isEmpty())
            return tr("Cancelled after %n commit(s); the repository holds them, and exporting again goes on from there.", nullptr,
                      m_result.written);
        return tr("Cancelled; nothing was written.");
    case Stage::Finished:
        return describe(m_result);
    default:
        return {};
    }
}

QString RoutineHistoryExport::describe(const GitHistoryExport::Result &result)
{
    QStringList parts;
    if (result.written > 0)
        parts << tr("%n commit(s) added", nullptr, result.written);
    else
        parts << tr("no new versions (%n already exported)", nullptr, result.alreadyExported);
    if (!result.tagsMoved.isEmpty())
        parts << tr("tags moved: %1").arg(result.tagsMoved.join(QStringLiteral(", ")));
    else
        parts << tr("no tag moved");
    if (!result.tagsRemoved.isEmpty())
        parts << tr("tags removed: %1").arg(result.tagsRemoved.join(QStringLiteral(", ")));
    QString text = parts.join(QStringLiteral(", "));
    if (!result.notPlaced.isEmpty())
        text += tr("; %n version(s) older than the newest exported one could not be placed: %1", nullptr, int(result.notPlaced.size()))
                        .arg(result.notPlaced.join(QStringLiteral(", ")));
    return text;
}
