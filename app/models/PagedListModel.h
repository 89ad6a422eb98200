// The base of every list the clouds fill page by page (routines, code versions, gateway
// instances, apps): where the list stands (LoadState, error), one page request in flight at a
// time, owned here, so that refreshing, changing the source or destroying the model aborts it
// and nothing late ever lands; more pages as the view scrolls (canFetchMore/fetchMore) or all
// pages at once; and requests beside the pages (extras) that the list waits for too.
#pragma once

#include "app/models/LoadState.h"
#include "app/async/Request.h"

#include <QAbstractTableModel>

#include <functional>

#include <vector>

class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    // What the service counts; -1 until the first page arrived.
    qint64 totalCount() const { return m_total; }

    // Drops the rows and asks for the first page (and the extras) again.
    void refresh();

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void stateChanged(LoadState state);

protected:
    explicit PagedListModel(QObject *parent = nullptr);

    // Whether there is anything to ask (a client, and whatever else the list needs).
    virtual bool hasSource() const = 0;
    virtual int loadedCount() const = 0;
    // Forget the rows; called inside a model reset.
    virtual void clearRows() = 0;
    // Ask for page `pageIndex` (0-based; `loadedCount()` rows are held) with fetchPage().
    virtual void requestPage(int pageIndex) = 0;
    // Start the requests beside the first page, with fetchExtra(); none by default.
    virtual void requestExtras() {}
    // Whether page `pageIndex` may be asked at all (a service may cap the page number).
    virtual bool pageAllowed(int pageIndex) const { Q_UNUSED(pageIndex); return true; }

    // All pages, one after the other, instead of as the view scrolls.
    void setLoadsAllPages(bool all) { m_allPages = all; }
    // Rows known without asking (a change read them back): `fill` replaces the rows inside a
    // model reset; what was on its way is dropped.
    void showRows(const std::function<void()> &fill, qint64 total);

    // `append(const Page &)` adds the page's rows (beginInsertRows/endInsertRows) and returns
    // the service's total count.
    template <typename Page, typename Append>
    void fetchPage(Request<Page> request, Append append)
    {
        m_pageRequest = std::move(request).then(this, [this, append](const ApiResult<Page> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            const int before = loadedCount();
            m_total = append(r.value());
            ++m_pagesLoaded;
            pageDone(loadedCount() > before);
        });
    }
    // `apply(const Value &)` takes the extra's answer; the list is ready when all extras are in.
    template <typename Value, typename Apply>
    void fetchExtra(Request<Value> request, Apply apply)
    {
        ++m_extrasPending;
        m_extras.push_back(std::move(request).then(this, [this, apply](const ApiResult<Value> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            apply(r.value());
            --m_extrasPending;
            settle();
        }));
    }

private:
    void pageDone(bool grew);
    void settle();
    void fail(const ApiError &error);
    void setState(LoadState state);
    void killRequests();

    AnyRequest m_pageRequest;
    std::vector<AnyRequest> m_extras;
    int m_extrasPending = 0;
    int m_pagesLoaded = 0;
    qint64 m_total = -1;
    bool m_allPages = false;
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
};
