#include "app/models/PagedListModel.h"

PagedListModel::PagedListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PagedListModel::killRequests()
{
    m_pageRequest.kill();
    m_extras.clear();
    m_extrasPending = 0;
}

void PagedListModel::refresh()
{
    killRequests();
    beginResetModel();
    clearRows();
    m_total = -1;
    m_pagesLoaded = 0;
    endResetModel();
    m_error = {};
    if (!hasSource()) {
        setState(LoadState::Idle);
        return;
    }
    setState(LoadState::Loading);
    requestExtras();
    requestPage(0);
}

void PagedListModel::showRows(const std::function<void()> &fill, qint64 total)
{
    killRequests();
    beginResetModel();
    clearRows();
    fill();
    m_total = total;
    m_pagesLoaded = int((total + 19) / 20);
    endResetModel();
    m_error = {};
    setState(loadedCount() == 0 ? LoadState::Empty : LoadState::Ready);
}

void PagedListModel::setState(LoadState state)
{
    m_state = state;
    emit stateChanged(state);
}

void PagedListModel::fail(const ApiError &error)
{
    // One failure fails the list: a half list (without its badges, say) would mislead.
    killRequests();
    m_error = error;
    setState(LoadState::Failed);
}

void PagedListModel::pageDone(bool grew)
{
    if (m_allPages && grew && loadedCount() < m_total && pageAllowed(m_pagesLoaded)) {
        requestPage(m_pagesLoaded);
        return;
    }
    settle();
}

void PagedListModel::settle()
{
    if (m_extrasPending > 0 || m_pageRequest.isRunning())
        return;
    m_extras.clear();
    setState(loadedCount() == 0 ? LoadState::Empty : LoadState::Ready);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allPages && hasSource() && m_state == LoadState::Ready && !m_pageRequest.isRunning()
            && loadedCount() < m_total && pageAllowed(m_pagesLoaded);
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_pagesLoaded);
}
