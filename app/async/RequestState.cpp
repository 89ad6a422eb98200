#include "app/async/RequestState.h"

bool RequestCore::isAborted() const
{
    QMutexLocker lock(&m_mutex);
    return m_aborted;
}

bool RequestCore::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

void RequestCore::requestStop()
{
    QMutexLocker lock(&m_mutex);
    m_stopRequested = true;
}

bool RequestCore::isStopRequested() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopRequested;
}

int RequestCore::subscriberCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_subscribers;
}

bool RequestCore::setAbortAction(std::function<void()> action)
{
    std::function<void()> previous;
    {
        QMutexLocker lock(&m_mutex);
        if (m_aborted || m_finished)
            return false;
        previous = std::move(m_abortAction);
        m_abortAction = std::move(action);
    }
    return true; // `previous` is dropped here, outside the lock
}

void RequestCore::abort()
{
    std::function<void()> action;
    {
        QMutexLocker lock(&m_mutex);
        if (m_aborted || m_finished)
            return;
        m_aborted = true;
        action = std::move(m_abortAction);
        m_abortAction = nullptr;
    }
    if (action)
        action();
}

std::function<void()> RequestCore::takeAbortActionLocked()
{
    m_finished = true;
    std::function<void()> action = std::move(m_abortAction);
    m_abortAction = nullptr;
    return action;
}
