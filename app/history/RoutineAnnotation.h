// The annotation of one code version as the code view shows it: loads the routine's versions up
// to that one (HistoryLoader: cache first, four downloads at a time), then runs Annotator on the
// worker pool (Request::onPool), never on the UI thread, and keeps the result. Starting another
// annotation or cancel() aborts what still loads and stops the annotator at its next version; no
// result of an older start arrives after a newer one.
#pragma once

#include "app/versions/CodeVersionRepository.h"
#include "app/diff/TextDiff.h"
#include "app/esa/CodeVersion.h"
#include "app/history/Annotation.h"
#include "app/history/HistoryLoader.h"
#include "app/async/Request.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class RoutineAnnotation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineAnnotation)

public:
    enum class State {
        Idle,
        Loading,    // the versions are loading: see loader() and progress()
        Annotating, // on the pool
        Ready,      // annotation() holds the lines (Status::Annotated or Status::NoLines)
        Failed,     // errorText() says why
    };

    explicit RoutineAnnotation(CodeVersionRepository &repository, QObject *parent = nullptr);
    ~RoutineAnnotation() override;

    // Annotates `target`, one of `routineVersions` (the routine's versions, in any order; those
    // created after the target are not loaded). The same target with the same options again does
    // nothing unless the last one failed.
    // `file`: a bundle's file, annotated through the versions by its path (HistoryVersion::fileOf);
    // empty for the version's code as a whole.
    void start(const VersionRef &target, const QList<CodeVersion> &routineVersions, const DiffOptions &options = {},
               const QString &file = {});
    void cancel();

    State state() const { return m_state; }
    VersionRef target() const { return m_target; }
    QString file() const { return m_file; }
    bool isFor(const VersionRef &ref) const { return m_state != State::Idle && m_target.sameVersionAs(ref); }
    const Annotation &annotation() const { return m_annotation; }
    QString errorText() const { return m_error; }
    const HistoryLoader *loader() const { return m_loader; }
    // Milliseconds from start() to the result, and of that the annotator's own time on the pool.
    qint64 elapsedMs() const { return m_elapsedMs; }
    qint64 annotateMs() const { return m_annotateMs; }

signals:
    void stateChanged(RoutineAnnotation::State state);
    void progress(int done, int total);
    void annotated(const Annotation &annotation);
    void failed(const QString &error);

private:
    struct Computed
    {
        Annotation annotation;
        qint64 ms = 0;
    };
    void setState(State state);
    void versionsLoaded();
    void fail(const QString &error);

    CodeVersionRepository &m_repository;
    HistoryLoader *m_loader = nullptr;
    VersionRef m_target;
    QString m_file;
    DiffOptions m_options;
    State m_state = State::Idle;
    Annotation m_annotation;
    QString m_error;
    Request<Computed> m_computing;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    qint64 m_annotateMs = 0;
};
