#include "app/apig/AppCodePager.h"

AppCodePager::AppCodePager(QObject *parent)
    : QObject(parent)
{
}

AppCodePager::~AppCodePager() = default;

QString AppCodePager::cacheKey() const
{
    return QStringLiteral("%1|%2|%3|%4").arg(m_accountId, m_instanceId, m_appId).arg(m_pageSize);
}

void AppCodePager::setState(LoadState state)
{
    m_state = state;
    emit stateChanged(state);
}

void AppCodePager::setSource(std::shared_ptr<ApigClient> client, const QString &accountId, const QString &instanceId, const QString &appId)
{
    m_client = std::move(client);
    m_accountId = accountId;
    m_instanceId = instanceId;
    m_appId = appId;
    m_page = 0;
    m_total = -1;
    m_codes.clear();
    m_pending.kill();
    m_prefetch.kill();
    emit pageChanged();
    if (!m_client || m_appId.isEmpty()) {
        setState(LoadState::Idle);
        return;
    }
    goToPage(0);
}

void AppCodePager::clear()
{
    setSource(nullptr, {}, {}, {});
}

int AppCodePager::pageCount() const
{
    if (m_total <= 0)
        return 1;
    return int((m_total + m_pageSize - 1) / m_pageSize);
}

qint64 AppCodePager::firstItem() const
{
    return m_codes.isEmpty() ? 0 : qint64(m_page) * m_pageSize + 1;
}

qint64 AppCodePager::lastItem() const
{
    return m_codes.isEmpty() ? 0 : qint64(m_page) * m_pageSize + m_codes.size();
}

bool AppCodePager::isCached(int page) const
{
    return m_cache.value(cacheKey()).contains(page);
}

void AppCodePager::setPageSize(int size)
{
    if (!pageSizes().contains(size) || size == m_pageSize)
        return;
    const qint64 firstOffset = qint64(m_page) * m_pageSize;
    m_pageSize = size;
    if (!m_client)
        return;
    goToPage(int(firstOffset / size));
}

void AppCodePager::goToPage(int index)
{
    if (!m_client)
        return;
    index = qBound(0, index, m_total >= 0 ? pageCount() - 1 : index);
    const auto pages = m_cache.value(cacheKey());
    if (pages.contains(index)) {
        m_pending.kill(); // a page still on its way is no longer what the user wants
        show(index, pages.value(index));
        return;
    }
    request(index, false);
}

void AppCodePager::refresh()
{
    m_cache.remove(cacheKey());
    if (m_client)
        request(m_page, false);
}

void AppCodePager::request(int page, bool prefetch)
{
    const QString key = cacheKey();
    const qint64 offset = qint64(page) * m_pageSize; // >= 0, and the limit is one of the page sizes
    Request<AppCodePage> r = m_client->listAppCodes(m_instanceId, m_appId, offset, m_pageSize);
    if (prefetch) {
        m_prefetchMarker = key + QLatin1Char('#') + QString::number(page);
        m_prefetch = std::move(r).then(this, [this, key, page](const ApiResult<AppCodePage> &a) { prefetched(key, page, a); });
        return;
    }
    m_pending = std::move(r).then(this, [this, key, page](const ApiResult<AppCodePage> &a) { arrived(key, page, a); });
    setState(LoadState::Loading);
}

void AppCodePager::prefetched(const QString &key, int page, const ApiResult<AppCodePage> &r)
{
    m_prefetchMarker.clear();
    if (!r.ok())
        return; // a failed prefetch is simply not there; the page itself will ask again
    if (m_total >= 0 && r.value().page.total != m_total && key == cacheKey()) {
        // Codes were added or deleted meanwhile: other cached pages may have shifted.
        m_cache.remove(key);
        m_total = r.value().page.total;
        emit pageChanged();
        return;
    }
    m_cache[key].insert(page, r.value());
}

void AppCodePager::arrived(const QString &key, int page, const ApiResult<AppCodePage> &r)
{
    if (!r.ok()) {
        m_error = r.error();
        setState(LoadState::Failed);
        return;
    }
    const AppCodePage &data = r.value();
    if (m_total >= 0 && data.page.total != m_total && key == cacheKey())
        m_cache.remove(key); // codes were added or deleted meanwhile: other cached pages may have shifted
    m_total = data.page.total;
    if (data.appCodes.isEmpty() && m_total > 0 && page >= pageCount()) {
        // An offset past the end shows the last page, not an empty screen.
        request(pageCount() - 1, false);
        return;
    }
    m_cache[key].insert(page, data);
    show(page, data);
}

void AppCodePager::show(int page, const AppCodePage &data)
{
    m_page = page;
    m_codes = data.appCodes;
    if (m_total < 0)
        m_total = data.page.total;
    m_error = {};
    emit pageChanged();
    setState(m_total == 0 ? LoadState::Empty : LoadState::Ready);
    prefetchAfter(page);
}

void AppCodePager::prefetchAfter(int page)
{
    const int next = page + 1;
    const QString marker = cacheKey() + QLatin1Char('#') + QString::number(next);
    if (next >= pageCount() || isCached(next) || (marker == m_prefetchMarker && m_prefetch.isRunning()))
        return;
    request(next, true);
}
