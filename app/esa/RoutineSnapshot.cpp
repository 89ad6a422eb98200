#include "app/esa/RoutineSnapshot.h"

#include <QMutex>

QString RoutineSnapshot::describe(const QString &env, const QList<DeployedVersion> &versions)
{
    if (versions.isEmpty())
        return tr("%1: nothing").arg(env);
    QStringList parts;
    for (const DeployedVersion &v : versions)
        parts << QStringLiteral("%1 %2%").arg(v.codeVersion).arg(v.percentage);
    return QStringLiteral("%1: %2").arg(env, parts.join(QStringLiteral(", ")));
}

QString RoutineSnapshot::describe(const QString &env) const
{
    const RoutineEnvironment *e = detail.environment(env);
    return describe(env, e ? e->versions : QList<DeployedVersion>());
}

QList<CodeVersion> RoutineSnapshot::undeployedOldestFirst() const
{
    QList<CodeVersion> out;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (!detail.isDeployed(it->codeVersion))
            out << *it;
    }
    return out;
}

bool RoutineSnapshot::hasVersion(const QString &codeVersion) const
{
    for (const CodeVersion &v : versions) {
        if (v.codeVersion == codeVersion)
            return true;
    }
    return false;
}

namespace {
// The pieces on their way. Owned by the snapshot's abort action (so it lives until the snapshot
// ends); the pieces' receivers hold it weakly, so nothing keeps itself alive. A receiver may run
// at once, on the thread that binds it (a shared request that has just finished): so no lock is
// held while a request is bound.
struct Pieces
{
    QMutex mutex;
    std::shared_ptr<EsaClient> client;
    QString routine;
    std::weak_ptr<RequestState<RoutineSnapshot>> out;
    Request<RoutineDetail> detailRequest;
    Request<CodeVersionPage> firstPage;
    Request<CodeVersionPage> secondPage;
    std::optional<RoutineDetail> detail;
    QList<CodeVersion> versions;
    bool pagesDone = false;

    void fail(const ApiError &e)
    {
        if (const auto s = out.lock())
            s->finish(e);
    }
    void finishIfDone() // under mutex
    {
        if (!detail || !pagesDone)
            return;
        if (const auto s = out.lock())
            s->finish(RoutineSnapshot{*detail, versions});
    }
};

void readSecondPage(const std::shared_ptr<Pieces> &p)
{
    Request<CodeVersionPage> second = p->client->listRoutineCodeVersions(p->routine, 2, 20);
    second.whenDone([weak = std::weak_ptr<Pieces>(p)](const ApiResult<CodeVersionPage> &r) {
        const auto q = weak.lock();
        if (!q)
            return;
        QMutexLocker lock(&q->mutex);
        if (!r.ok()) {
            q->fail(r.error());
            return;
        }
        q->versions += r.value().versions;
        q->pagesDone = true;
        q->finishIfDone();
    });
    QMutexLocker lock(&p->mutex);
    p->secondPage = std::move(second);
}
} // namespace

Request<RoutineSnapshot> RoutineSnapshot::read(const std::shared_ptr<EsaClient> &client, const QString &routine)
{
    auto state = std::make_shared<RequestState<RoutineSnapshot>>();
    Request<RoutineSnapshot> handle(state);
    auto pieces = std::make_shared<Pieces>();
    pieces->client = client;
    pieces->routine = routine;
    pieces->out = state;
    std::weak_ptr<Pieces> weak = pieces;
    Request<RoutineDetail> detail = client->getRoutine(routine);
    detail.whenDone([weak](const ApiResult<RoutineDetail> &r) {
        const auto p = weak.lock();
        if (!p)
            return;
        QMutexLocker lock(&p->mutex);
        if (!r.ok()) {
            p->fail(r.error());
            return;
        }
        p->detail = r.value();
        p->finishIfDone();
    });
    Request<CodeVersionPage> first = client->listRoutineCodeVersions(routine, 1, 20);
    first.whenDone([weak](const ApiResult<CodeVersionPage> &r) {
        const auto p = weak.lock();
        if (!p)
            return;
        QMutexLocker lock(&p->mutex);
        if (!r.ok()) {
            p->fail(r.error());
            return;
        }
        p->versions = r.value().versions;
        if (r.value().totalCount <= 20 || r.value().versions.size() < 20) {
            p->pagesDone = true;
            p->finishIfDone();
            return;
        }
        lock.unlock();
        readSecondPage(p);
    });
    {
        QMutexLocker lock(&pieces->mutex);
        pieces->detailRequest = std::move(detail);
        pieces->firstPage = std::move(first);
    }
    // Dropping the snapshot drops the pieces, and with them their requests.
    state->setAbortAction([pieces] {});
    return handle;
}
