// Exports a routine's history into a git repository, from the cloud to the folder, for both the
// window and the command line: reads the routine as it stands (RoutineSnapshot: every version and
// what production and staging run), loads every version (HistoryLoader: cache first, four downloads
// at a time), then writes the commits and tags with GitHistoryExport on the worker pool. One
// result at the end (finished()), with progress on the way.
//
// cancel() while reading or loading aborts the requests on the wire and leaves the folder
// untouched; while writing, the export stops after the commit it is writing, and the repository
// keeps the commits done (an export later goes on from there). Destroying the object cancels too.
#pragma once

#include "app/versions/CodeVersionRepository.h"
#include "app/esa/RoutineSnapshot.h"
#include "app/history/GitHistoryExport.h"
#include "app/history/HistoryLoader.h"
#include "app/async/Request.h"

#include <QObject>

#include <memory>

class RoutineHistoryExport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineHistoryExport)

public:
    enum class Stage {
        Idle,
        Reading,   // the routine's versions and deployments
        Loading,   // the versions' code: progress(done, total)
        Writing,   // the commits: progress(done, total)
        Finished,  // result() says what was written
        Cancelled, // result() says what was written before (when writing had begun)
        Failed,    // errorText() says why
    };

    struct Target
    {
        std::shared_ptr<EsaClient> client;
        QString accountId;   // the repository's identity, with the routine
        QString accountName; // the commits' author: "ESA <accountName>"
        QString routine;
        QString folder;
    };

    explicit RoutineHistoryExport(CodeVersionRepository &repository, QObject *parent = nullptr);
    ~RoutineHistoryExport() override;

    void start(const Target &target);
    void cancel();

    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage == Stage::Reading || m_stage == Stage::Loading || m_stage == Stage::Writing; }
    const Target &target() const { return m_target; }
    const GitHistoryExport::Result &result() const { return m_result; }
    QString errorText() const { return m_error; }
    const HistoryLoader *loader() const { return m_loader; }
    // What happened, in a sentence: "12 commits added, tags moved: production, staging".
    QString summary() const;

    static QString describe(const GitHistoryExport::Result &result);

signals:
    void stageChanged(RoutineHistoryExport::Stage stage);
    void progress(RoutineHistoryExport::Stage stage, int done, int total);
    // The export ended: Finished, Cancelled or Failed.
    void finished();

private:
    // Progress of the writing, from the pool to this object's thread; detach() (at the end of
    // this object) stops the deliveries.
    class ProgressRelay;

    void setStage(Stage stage);
    void snapshotRead(const RoutineSnapshot &snapshot);
    void versionsLoaded();
    void fail(const QString &error);
    void end(Stage stage);

    CodeVersionRepository &m_repository;
    HistoryLoader *m_loader = nullptr;
    Target m_target;
    Stage m_stage = Stage::Idle;
    QList<RoutineEnvironment> m_environments;
    Request<RoutineSnapshot> m_reading;
    Request<GitHistoryExport::Result> m_writing;
    std::shared_ptr<ProgressRelay> m_relay;
    GitHistoryExport::Result m_result;
    QString m_error;
};
