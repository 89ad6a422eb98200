#include "app/net/HttpTransport.h"

#include "app/decode/JsonCompleteness.h"
#include "app/net/LoopbackAwareProxyFactory.h"
#include "app/net/OpenSslThreadState.h"

#include <QJsonDocument>

#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QPointer>

HttpTransport::HttpTransport(const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_link(std::make_shared<Link>())
{
    qRegisterMetaType<HeaderList>();
    m_thread.setObjectName(QStringLiteral("cloudcodes-network"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_link->worker = m_worker;
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    OpenSslThreadState::releaseWhenFinished(&m_thread);
    m_thread.start();
}

HttpTransport::~HttpTransport()
{
    {
        QMutexLocker lock(&m_link->mutex);
        m_link->worker = nullptr; // requests dropped from now on have nothing left to abort
    }
    // Calls still running are aborted with their QNetworkAccessManager, on the worker thread.
    QMetaObject::invokeMethod(m_worker, [this] {
        const auto calls = m_worker->findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
        for (HttpCall *c : calls)
            delete c;
        delete m_nam;
        m_nam = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

NetworkSettings HttpTransport::settings() const
{
    QMutexLocker lock(&m_settingsMutex);
    return m_settings;
}

void HttpTransport::setSettings(const NetworkSettings &settings)
{
    QMutexLocker lock(&m_settingsMutex);
    m_settings = settings;
}

void HttpTransport::runOnWorker(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

QNetworkAccessManager &HttpTransport::nam()
{
    Q_ASSERT(isWorkerThread());
    if (!m_nam) {
        m_nam = new QNetworkAccessManager;
        m_nam->setProxyFactory(new LoopbackAwareProxyFactory);
        m_nam->setAutoDeleteReplies(false);
    }
    return *m_nam;
}

HttpCall *HttpTransport::execute(ApiRequest request, HttpCall::Done done)
{
    return new HttpCall(*this, nam(), std::move(request), settings(), std::move(done), m_worker);
}

void HttpTransport::send(ApiRequest request, std::shared_ptr<RequestCore> state, HttpCall::Done answered)
{
    runOnWorker([this, weak = std::weak_ptr<RequestCore>(state), request = std::move(request), answered = std::move(answered)]() mutable {
        const auto s = weak.lock();
        if (!s || s->isAborted())
            return; // dropped before it was sent: nothing goes on the wire
        HttpCall *call = execute(std::move(request), std::move(answered));
        const QPointer<HttpCall> target(call);
        const bool wanted = s->setAbortAction([link = m_link, target] {
            QMutexLocker lock(&link->mutex);
            if (link->worker)
                QMetaObject::invokeMethod(link->worker, [target] {
                    if (target)
                        target->abort();
                }, Qt::QueuedConnection);
        });
        if (!wanted) {
            delete call;
            return;
        }
        call->start();
    });
}

Request<HttpReply> HttpTransport::callRaw(ApiRequest request)
{
    auto state = std::make_shared<RequestState<HttpReply>>();
    Request<HttpReply> handle(state);
    send(std::move(request), state, [weak = std::weak_ptr<RequestState<HttpReply>>(state)](ApiResult<HttpReply> reply) {
        if (const auto s = weak.lock())
            s->finish(std::move(reply));
    });
    return handle;
}

QString HttpTransport::shareKey(const ApiRequest &request)
{
    HeaderList headers = request.parts.headers;
    std::sort(headers.begin(), headers.end());
    QByteArray key = QByteArray::number(quintptr(request.authorizer.get()), 16) + ' ' + request.baseUrl.toEncoded() + ' '
            + request.parts.method + ' ' + request.parts.path + '?' + HttpRequestParts::canonicalQuery(request.parts.query);
    for (const auto &h : std::as_const(headers))
        key += '\n' + h.first.toLower() + ':' + h.second;
    key += "\n\n" + request.parts.body;
    return QString::fromLatin1(key.toBase64());
}

ApiResult<QJsonObject> HttpTransport::parseJsonObject(ApiError::Service service, const HttpReply &reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    ApiError e(service, ApiError::Kind::InvalidJson, {});
    e.httpStatus = reply.status;
    e.rawBody = reply.body.left(ApiError::MaxRawBody);
    e.requestId = QString::fromLatin1(reply.header("X-Request-Id"));
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(reply.header("x-acs-request-id"));
    // A valid beginning of a JSON object that stops early was cut short; anything else is not JSON.
    const bool endedEarly = JsonCompleteness::isCutOffObject(reply.body);
    if (endedEarly) {
        e.kind = ApiError::Kind::Truncated;
        e.message = ApiError::tr("The answer ends in the middle of its JSON (%1 bytes received); it was cut short.").arg(reply.body.size());
    } else {
        e.message = ApiError::tr("The answer is not the JSON object the API documents (%1 at byte %2).")
                            .arg(error.error == QJsonParseError::NoError ? ApiError::tr("not an object") : error.errorString())
                            .arg(error.offset);
    }
    return e;
}

QByteArray HttpTransport::userAgent()
{
    return QByteArrayLiteral("CloudCodes/" CLOUDCODES_VERSION " Qt/") + qVersion();
}
