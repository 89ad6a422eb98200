#include "app/async/RequestSharing.h"

int RequestSharing::liveCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &w : m_live) {
        const auto s = w.lock();
        n += s && !s->isFinished() && !s->isAborted();
    }
    return n;
}

void RequestSharing::sweepLocked()
{
    for (auto it = m_live.begin(); it != m_live.end();) {
        const auto s = it->lock();
        if (!s || s->isFinished() || s->isAborted())
            it = m_live.erase(it);
        else
            ++it;
    }
}
