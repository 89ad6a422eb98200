// Test-only: waits for a request's one result with an event loop (no sleeping), up to a timeout.
#pragma once

#include "app/async/Request.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <optional>

template <typename T>
ApiResult<T> awaitResult(Request<T> request, int timeoutMs = 30000)
{
    QObject context;
    QEventLoop loop;
    std::optional<ApiResult<T>> result;
    request.onResult(&context, [&](const ApiResult<T> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return ApiResult<T>(); // "cancelled": the test's QVERIFY(ok) will say so
    return *result;
}
