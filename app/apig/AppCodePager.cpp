#include "AppCodePager.h"

AppCodePager::AppCodePager(QObject *parent)
    : QObject(parent)
{
}

AppCodePager::~AppCodePager()
{
    m_pending.cancel();
    for (QFuture<void> &f : m_prefetches)
        f.cancel();
}

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
    ++m_generation;
    m_pending.cancel();
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
        ++m_currentRequest; // a page still on its way is no longer what the user wants
        m_pending.cancel();
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
    const quint64 generation = m_generation;
    const quint64 requestId = prefetch ? 0 : ++m_currentRequest;
    auto future = m_client->listAppCodes(m_instanceId, m_appId, offset, m_pageSize)
                          .then(this, [this, key, page, prefetch, generation, requestId](const ApiResult<AppCodePage> &r) {
                              if (generation != m_generation)
                                  return;
                              if (!prefetch && requestId != m_currentRequest) {
                                  // The user asked for another page (or page size) since: keep it, don't show it.
                                  if (r.ok() && r.value().page.total == m_total)
                                      m_cache[key].insert(page, r.value());
                                  return;
                              }
                              m_prefetching.remove(key + QLatin1Char('#') + QString::number(page));
                              if (!r.ok()) {
                                  if (prefetch)
                                      return; // a failed prefetch is simply not there; the page itself will ask again
                                  m_error = r.error();
                                  setState(LoadState::Failed);
                                  return;
                              }
                              const AppCodePage &data = r.value();
                              const bool totalChanged = m_total >= 0 && data.page.total != m_total && key == cacheKey();
                              if (totalChanged) {
                                  // Codes were added or deleted meanwhile: other cached pages may have shifted.
                                  m_cache.remove(key);
                                  m_total = data.page.total;
                              }
                              if (prefetch) {
                                  if (!totalChanged)
                                      m_cache[key].insert(page, data);
                                  if (totalChanged)
                                      emit pageChanged();
                                  return;
                              }
                              m_total = data.page.total;
                              if (data.appCodes.isEmpty() && m_total > 0 && page >= pageCount()) {
                                  // An offset past the end shows the last page, not an empty screen.
                                  request(pageCount() - 1, false);
                                  return;
                              }
                              m_cache[key].insert(page, data);
                              show(page, data);
                          });
    if (prefetch) {
        m_prefetches << future;
    } else {
        m_pending.cancel();
        m_pending = future;
        setState(LoadState::Loading);
    }
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
    if (next >= pageCount() || isCached(next) || m_prefetching.contains(marker))
        return;
    m_prefetching.insert(marker);
    request(next, true);
}
