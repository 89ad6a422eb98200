// The network worker: a thread that owns the QNetworkAccessManager and runs every API call
// (HttpCall) away from the UI. Callers get a QFuture; cancelling it aborts the request, and
// the JSON is parsed into a typed value on the worker thread before the future is fulfilled.
#pragma once

#include "net/ApiRequest.h"
#include "net/ApiResult.h"
#include "net/HttpCall.h"
#include "net/HttpReply.h"
#include "net/NetworkSettings.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>

class QNetworkAccessManager;

class HttpTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    template <typename T>
    using Parser = std::function<ApiResult<T>(const HttpReply &, const QJsonObject &)>;

    explicit HttpTransport(const NetworkSettings &settings = {}, QObject *parent = nullptr);
    ~HttpTransport() override;

    NetworkSettings settings() const;
    void setSettings(const NetworkSettings &settings);

    // Sends `request` on the worker thread; `parse` turns the JSON object into T there.
    // Cancel the future to abort the call: its continuation then never runs.
    template <typename T>
    QFuture<ApiResult<T>> call(ApiRequest request, Parser<T> parse);

    // Worker-thread API (authorizers use it for nested calls such as fetching an IAM token).
    HttpCall *execute(ApiRequest request, HttpCall::Done done);
    bool isWorkerThread() const { return QThread::currentThread() == &m_thread; }

    // Parses a 2xx body as a JSON object; Truncated or InvalidJson when it is not one.
    static ApiResult<QJsonObject> parseJsonObject(ApiError::Service service, const HttpReply &reply);

    static QByteArray userAgent();

private:
    void runOnWorker(std::function<void()> task);
    QNetworkAccessManager &nam(); // worker thread only

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; parent of the HttpCalls
    QNetworkAccessManager *m_nam = nullptr;
    mutable QMutex m_settingsMutex;
    NetworkSettings m_settings;
};

template <typename T>
QFuture<ApiResult<T>> HttpTransport::call(ApiRequest request, Parser<T> parse)
{
    auto promise = std::make_shared<QPromise<ApiResult<T>>>();
    QFuture<ApiResult<T>> future = promise->future();
    promise->start();
    runOnWorker([this, request = std::move(request), parse = std::move(parse), promise]() mutable {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        const ApiError::Service service = request.service;
        HttpCall *call = execute(std::move(request), [promise, parse, service](ApiResult<HttpReply> reply) {
            if (!promise->isCanceled()) {
                if (!reply.ok()) {
                    promise->addResult(ApiResult<T>(reply.error()));
                } else {
                    const ApiResult<QJsonObject> json = parseJsonObject(service, reply.value());
                    promise->addResult(json.ok() ? parse(reply.value(), json.value()) : ApiResult<T>(json.error()));
                }
            }
            promise->finish();
        });
        // Cancelling the future from any thread aborts the reply here.
        auto *watcher = new QFutureWatcher<ApiResult<T>>(call);
        QObject::connect(watcher, &QFutureWatcherBase::canceled, call, &HttpCall::abort);
        watcher->setFuture(promise->future());
        call->start();
    });
    return future;
}
