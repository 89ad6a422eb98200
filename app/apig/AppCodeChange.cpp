#include "app/apig/AppCodeChange.h"

#include <QMutex>

namespace {
// The pages on their way (see RoutineSnapshot: owned by the result's abort action, held weakly
// by the pages' receivers).
struct Pages
{
    QMutex mutex;
    std::shared_ptr<ApigClient> client;
    QString instanceId;
    QString appId;
    std::weak_ptr<RequestState<QList<AppCode>>> out;
    Request<AppCodePage> page;
    QList<AppCode> codes;
};

void requestPage(const std::shared_ptr<Pages> &pages, qint64 offset)
{
    constexpr qint64 Limit = 500;
    pages->page = pages->client->listAppCodes(pages->instanceId, pages->appId, offset, Limit);
    pages->page.whenDone([weak = std::weak_ptr<Pages>(pages), offset](const ApiResult<AppCodePage> &r) {
        const auto p = weak.lock();
        if (!p)
            return;
        QMutexLocker lock(&p->mutex);
        const auto out = p->out.lock();
        if (!out)
            return;
        if (!r.ok()) {
            out->finish(r.error());
            return;
        }
        p->codes += r.value().appCodes;
        const qint64 next = offset + Limit;
        if (r.value().appCodes.isEmpty() || next >= r.value().page.total) {
            out->finish(p->codes);
            return;
        }
        lock.unlock(); // the next page's receiver takes the lock
        requestPage(p, next);
    });
}
} // namespace

AppCodeChange::AppCodeChange(Context context, QObject *parent)
    : CloudChange(Subject{context.accountId, context.accountName, QStringLiteral("APIG"),
                          QStringLiteral("%1 / %2").arg(context.instanceName.isEmpty() ? context.instanceId : context.instanceName,
                                                        context.appName.isEmpty() ? context.appId : context.appName),
                          context.journal},
                  parent)
    , m_context(std::move(context))
{
}

Request<QList<AppCode>> AppCodeChange::readAll(const std::shared_ptr<ApigClient> &client, const QString &instanceId, const QString &appId)
{
    auto state = std::make_shared<RequestState<QList<AppCode>>>();
    Request<QList<AppCode>> handle(state);
    auto pages = std::make_shared<Pages>();
    pages->client = client;
    pages->instanceId = instanceId;
    pages->appId = appId;
    pages->out = state;
    requestPage(pages, 0);
    state->setAbortAction([pages] {});
    return handle;
}

void AppCodeChange::readCodes(std::function<void(const QList<AppCode> &)> then, std::function<void(const ApiError &)> failed)
{
    m_read = readAll(m_context.client, m_context.instanceId, m_context.appId).then(this, [then, failed](const ApiResult<QList<AppCode>> &r) {
        if (r.ok())
            then(r.value());
        else
            failed(r.error());
    });
}
