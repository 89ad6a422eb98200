// Pages through the AppCodes of one app: offset/limit computed exactly (never outside the
// documented range), pages cached per (account, instance, app, page size) so going back costs no
// request, the next page prefetched once a page is shown, and a total that changes between pages
// (codes added or deleted meanwhile) handled: the bar follows it and the page is clamped.
#pragma once

#include "app/apig/ApigClient.h"
#include "app/models/LoadState.h"

#include <QHash>
#include <QObject>

class AppCodePager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodePager)

public:
    static QList<int> pageSizes() { return {20, 50, 100, 200, 500}; }

    explicit AppCodePager(QObject *parent = nullptr);
    ~AppCodePager() override;

    // `accountId` keeps one account's cache apart from another's. Loads the first page.
    void setSource(std::shared_ptr<ApigClient> client, const QString &accountId, const QString &instanceId, const QString &appId);
    void clear();
    // Keeps the first item of the current page in view: the new page is the one that contains it.
    void setPageSize(int size);
    void goToPage(int index); // 0-based, clamped to the pages there are
    void first() { goToPage(0); }
    void previous() { goToPage(m_page - 1); }
    void next() { goToPage(m_page + 1); }
    void last() { goToPage(pageCount() - 1); }
    // Drops the cached pages of this app and page size, then reloads the current page.
    void refresh();

    int currentPage() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    int pageCount() const;
    qint64 total() const { return m_total; }
    qint64 firstItem() const; // 1-based, 0 when empty
    qint64 lastItem() const;
    const QList<AppCode> &codes() const { return m_codes; }
    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    bool isCached(int page) const;
    QString appId() const { return m_appId; }
    QString instanceId() const { return m_instanceId; }
    std::shared_ptr<ApigClient> client() const { return m_client; }

signals:
    void pageChanged();
    void stateChanged(LoadState state);

private:
    QString cacheKey() const;
    void request(int page, bool prefetch);
    void arrived(const QString &key, int page, const ApiResult<AppCodePage> &r);
    void prefetched(const QString &key, int page, const ApiResult<AppCodePage> &r);
    void show(int page, const AppCodePage &data);
    void prefetchAfter(int page);
    void setState(LoadState state);

    std::shared_ptr<ApigClient> m_client;
    QString m_accountId;
    QString m_instanceId;
    QString m_appId;
    int m_pageSize = 20;
    int m_page = 0;
    qint64 m_total = -1; // unknown until the first answer
    QList<AppCode> m_codes;
    QHash<QString, QHash<int, AppCodePage>> m_cache; // cacheKey -> page -> data
    // The page the user asked for last, and the one page fetched ahead: each replaced request is
    // aborted. A page asked for while its prefetch is on the way shares that request.
    Request<AppCodePage> m_pending;
    Request<AppCodePage> m_prefetch;
    QString m_prefetchMarker; // cacheKey#page of m_prefetch
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
};
