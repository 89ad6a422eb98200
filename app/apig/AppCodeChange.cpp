#include "app/apig/AppCodeChange.h"

namespace {
// The pages from `offset` on, after `codes`: one request after another until the total is reached.
Request<QList<AppCode>> readFrom(const std::shared_ptr<ApigClient> &client, const QString &instanceId, const QString &appId,
                                 qint64 offset, const QList<AppCode> &codes)
{
    constexpr qint64 Limit = 500;
    return client->listAppCodes(instanceId, appId, offset, Limit).followedBy([=](const AppCodePage &page) {
        const QList<AppCode> all = codes + page.appCodes;
        const qint64 next = offset + Limit;
        if (page.appCodes.isEmpty() || next >= page.page.total)
            return Request<QList<AppCode>>::fromResult(all);
        return readFrom(client, instanceId, appId, next, all);
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
    return readFrom(client, instanceId, appId, 0, {});
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
