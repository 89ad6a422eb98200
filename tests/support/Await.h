// Test-only: waits for a client's future with an event loop (no sleeping), up to a timeout.
#pragma once

#include "net/ApiResult.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

template <typename T>
ApiResult<T> awaitResult(const QFuture<ApiResult<T>> &future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QFutureWatcher<ApiResult<T>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished() || finished.isEmpty())
            finished.wait(timeoutMs);
    }
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return ApiResult<T>(); // "cancelled": the test's QVERIFY(ok) will say so
    return future.result();
}
