#include "app/history/RoutineAnnotation.h"

#include "app/history/Annotator.h"

RoutineAnnotation::RoutineAnnotation(CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_loader(new HistoryLoader(repository, this))
{
    connect(m_loader, &HistoryLoader::progress, this, &RoutineAnnotation::progress);
    connect(m_loader, &HistoryLoader::finished, this, &RoutineAnnotation::versionsLoaded);
    connect(m_loader, &HistoryLoader::failed, this, [this](const QString &codeVersion, const ApiError &error) {
        fail(tr("Version %1 could not be loaded for the annotation: %2").arg(codeVersion, error.summary()));
    });
}

// The computation on the pool sees its request killed (its CancelToken) and stops at the next version.
RoutineAnnotation::~RoutineAnnotation() = default;

void RoutineAnnotation::start(const VersionRef &target, const QList<CodeVersion> &routineVersions, const DiffOptions &options,
                              const QString &file)
{
    const bool sameOptions = options.algorithm == m_options.algorithm && options.ignoreWhitespace == m_options.ignoreWhitespace;
    if (m_state != State::Idle && m_state != State::Failed && sameOptions && m_target.sameVersionAs(target)
        && m_target.client == target.client && m_file == file)
        return;
    cancel();
    m_target = target;
    m_file = file;
    m_options = options;
    m_annotation = {};
    m_error.clear();
    m_elapsedMs = m_annotateMs = 0;
    m_clock.start();

    const CodeVersion *own = nullptr;
    for (const CodeVersion &v : routineVersions) {
        if (v.codeVersion == target.codeVersion)
            own = &v;
    }
    if (!target.isValid() || !own) {
        setState(State::Loading);
        fail(tr("Version %1 is not among the versions of %2.").arg(target.codeVersion, target.routine));
        return;
    }
    // Only the versions up to the target matter; the target is the last of them, also when
    // another one shares its creation time.
    QList<CodeVersion> upTo;
    for (const CodeVersion &v : routineVersions) {
        if (v.codeVersion != target.codeVersion && v.createTime <= own->createTime)
            upTo.append(v);
    }
    upTo = HistoryLoader::oldestFirst(upTo);
    upTo.append(*own);
    setState(State::Loading);
    m_loader->start(target.client, target.accountId, target.routine, upTo);
}

void RoutineAnnotation::cancel()
{
    m_loader->cancel();
    m_computing.kill();
    setState(State::Idle);
}

void RoutineAnnotation::versionsLoaded()
{
    QList<HistoryVersion> versions = m_loader->versions();
    // The target goes last even if the cloud gave another version the very same time.
    int target = -1;
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).codeVersion == m_target.codeVersion)
            target = i;
    }
    if (target >= 0 && target != versions.size() - 1)
        versions.move(target, versions.size() - 1);
    setState(State::Annotating);
    const DiffOptions options = m_options;
    m_computing = Request<Computed>::onPool([versions, options, file = m_file](const CancelToken &cancel) mutable -> ApiResult<Computed> {
                      QElapsedTimer t;
                      t.start();
                      // A bundle's file: its own history, by path, read out of each version's zip here on the pool.
                      if (!file.isEmpty()) {
                          for (HistoryVersion &v : versions)
                              v = HistoryVersion::fileOf(v, file);
                      }
                      Computed c{Annotator::annotate(versions, -1, options, cancel), 0};
                      c.ms = t.elapsed();
                      return c;
                  }).then(this, [this](const ApiResult<Computed> &r) {
        if (!r.ok())
            return fail(r.error().summary());
        const Annotation &a = r.value().annotation;
        if (a.status == Annotation::Status::Cancelled)
            return; // a newer start or cancel() is in charge
        if (a.status == Annotation::Status::Failed)
            return fail(a.error);
        m_annotation = a;
        m_annotateMs = r.value().ms;
        m_elapsedMs = m_clock.elapsed();
        setState(State::Ready);
        emit annotated(m_annotation);
    });
}

void RoutineAnnotation::fail(const QString &error)
{
    m_error = error;
    m_elapsedMs = m_clock.elapsed();
    setState(State::Failed);
    emit failed(error);
}

void RoutineAnnotation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
