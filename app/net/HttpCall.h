// One API call on the network worker's thread: authorize, send, time out, retry with backoff,
// cap the size, classify the failure. Deletes itself when done or aborted.
#pragma once

#include "app/net/ApiRequest.h"
#include "app/async/ApiResult.h"
#include "app/net/HttpReply.h"
#include "app/net/NetworkSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class HttpTransport;
class QNetworkAccessManager;
class QNetworkReply;

class HttpCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    using Done = std::function<void(ApiResult<HttpReply>)>;

    HttpCall(HttpTransport &transport, QNetworkAccessManager &nam, ApiRequest request,
             const NetworkSettings &settings, Done done, QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    // Stops the call at once (QNetworkReply::abort); `done` is never called after this.
    void abort();


private:
    void beginAttempt();
    void send(const HttpRequestParts &parts);
    void onReadyRead();
    void readAvailable(QNetworkReply *reply);
    void onMetaData();
    void onFinished();
    void failAttempt(ApiError error, int retryAfterMs = 0);
    // The overall deadline of this attempt for the request's body and `expectedBytes` of answer
    // (see NetworkSettings): an upload of many megabytes gets the time to go out.
    void armDeadline(qint64 expectedBytes);
    void deadlinePassed();
    void finish(ApiResult<HttpReply> result);
    ApiError transportError(int networkError) const;

    HttpTransport &m_transport;
    QNetworkAccessManager &m_nam;
    ApiRequest m_request;
    NetworkSettings m_settings;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_backoff;
    QTimer m_deadline;
    qint64 m_expectedBytes = 0;
    qint64 m_requestBytes = 0;
    bool m_deadlineHit = false;
    QElapsedTimer m_clock;
    QElapsedTimer m_attemptClock;
    int m_attempt = 0;
    bool m_renewed = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};
