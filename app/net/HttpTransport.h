// The network worker: a thread that owns the QNetworkAccessManager and runs every API call
// (HttpCall) away from the UI. Callers get a Request<T>: dropping or killing it aborts the reply
// on the wire. The network thread does network work only: the JSON of an answer is parsed into
// a typed value on the worker pool. Identical idempotent requests in flight are sent once.
#pragma once

#include "app/net/ApiRequest.h"
#include "app/async/ApiResult.h"
#include "app/net/HttpCall.h"
#include "app/net/HttpReply.h"
#include "app/net/NetworkSettings.h"
#include "app/async/Request.h"
#include "app/async/RequestSharing.h"

#include <QJsonObject>
#include <QMutex>
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
    // For an answer that is mostly one large value (a code version's RoutineCode): the parser
    // gets the reply itself, to parse it as it sees fit and take what it keeps out of the body.
    template <typename T>
    using ReplyParser = std::function<ApiResult<T>(HttpReply &&)>;

    explicit HttpTransport(const NetworkSettings &settings = {}, QObject *parent = nullptr);
    ~HttpTransport() override;

    NetworkSettings settings() const;
    void setSettings(const NetworkSettings &settings);

    // Sends `request` on the network thread; `parse` turns the JSON object into T on the pool.
    template <typename T>
    Request<T> call(ApiRequest request, Parser<T> parse);
    // The same with the whole 2xx reply given to `parse`, on the pool, which is its only holder:
    // what `parse` does not keep is freed as soon as it returns.
    template <typename T>
    Request<T> callTakingReply(ApiRequest request, ReplyParser<T> parse);
    // The raw answer (for bodies that are not JSON, such as OSS's), on the pool.
    Request<HttpReply> callRaw(ApiRequest request);

    // Worker-thread API (authorizers use it for nested calls such as fetching an IAM token).
    HttpCall *execute(ApiRequest request, HttpCall::Done done);
    bool isWorkerThread() const { return QThread::currentThread() == &m_thread; }
    const QThread *networkThread() const { return &m_thread; }
    // An object living on the network thread (for probes that watch that thread's event loop).
    QObject *networkContext() const { return m_worker; }

    // Parses a 2xx body as a JSON object; Truncated or InvalidJson when it is not one.
    static ApiResult<QJsonObject> parseJsonObject(ApiError::Service service, const HttpReply &reply);

    static QByteArray userAgent();

private:
    // What identifies a request for sharing: everything that is sent, before authentication.
    static QString shareKey(const ApiRequest &request);
    // Starts `request` for `state` on the network thread; `answered` runs there with the outcome.
    void send(ApiRequest request, std::shared_ptr<RequestCore> state, HttpCall::Done answered);
    void runOnWorker(std::function<void()> task);
    QNetworkAccessManager &nam(); // worker thread only

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; parent of the HttpCalls
    QNetworkAccessManager *m_nam = nullptr;
    mutable QMutex m_settingsMutex;
    NetworkSettings m_settings;
    RequestSharing m_sharing;
    // Abort actions reach the network thread through this; cleared when the transport goes.
    struct Link
    {
        QMutex mutex;
        QObject *worker = nullptr;
    };
    std::shared_ptr<Link> m_link;
};

template <typename T>
Request<T> HttpTransport::call(ApiRequest request, Parser<T> parse)
{
    const ApiError::Service service = request.service;
    return callTakingReply<T>(std::move(request), [parse = std::move(parse), service](HttpReply &&reply) {
        const ApiResult<QJsonObject> json = parseJsonObject(service, reply);
        return json.ok() ? parse(reply, json.value()) : ApiResult<T>(json.error());
    });
}

template <typename T>
Request<T> HttpTransport::callTakingReply(ApiRequest request, ReplyParser<T> parse)
{
    const auto start = [this, &request, &parse] {
        auto state = std::make_shared<RequestState<T>>();
        Request<T> handle(state);
        send(std::move(request), state, [weak = std::weak_ptr<RequestState<T>>(state), parse](ApiResult<HttpReply> reply) {
            const auto s = weak.lock();
            if (!s || s->isAborted())
                return;
            if (!reply.ok()) {
                s->finish(reply.error());
                return;
            }
            // Parsing a big answer is not network work.
            s->setAbortAction([] {});
            QThreadPool::globalInstance()->start([weak, parse, reply = std::move(reply)]() mutable {
                const auto s = weak.lock();
                if (!s || s->isAborted())
                    return;
                ApiResult<T> parsed = parse(std::move(reply.value()));
                reply = ApiResult<HttpReply>(); // before the answer goes on (it may be decoded right away)
                s->finish(std::move(parsed));
            });
        });
        return handle;
    };
    if (!request.idempotent)
        return start();
    return m_sharing.obtain<T>(shareKey(request), start);
}
