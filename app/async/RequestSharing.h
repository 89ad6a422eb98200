// Identical requests in flight are shared: a second ask for what is already on its way (a
// double-click, two views wanting one version, a routine listed by two panels) gets another
// claim on the same operation instead of a second one on the wire. Keys are the caller's
// description of "identical"; finished and aborted operations are never shared.
// Thread-safe.
#pragma once

#include "app/async/Request.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <typeinfo>

class RequestSharing
{
public:
    RequestSharing() = default;
    Q_DISABLE_COPY_MOVE(RequestSharing)

    // A claim on the live operation under `key` (kept apart per value type), or on a new one
    // made by `start()`, which returns Request<T>.
    template <typename T, typename Start>
    Request<T> obtain(const QString &description, Start &&start)
    {
        const QString key = QLatin1String(typeid(T).name()) + QLatin1Char('|') + description;
        {
            QMutexLocker lock(&m_mutex);
            Request<T> shared = Request<T>::ifStillRunning(std::static_pointer_cast<RequestState<T>>(m_live.value(key).lock()));
            if (!shared.isNull())
                return shared;
        }
        Request<T> fresh = start();
        QMutexLocker lock(&m_mutex);
        if (m_live.size() > 64)
            sweepLocked();
        m_live.insert(key, fresh.state());
        return fresh;
    }

    // How many operations are shared right now (for tests).
    int liveCount() const;

private:
    void sweepLocked();

    mutable QMutex m_mutex;
    QHash<QString, std::weak_ptr<RequestCore>> m_live;
};
