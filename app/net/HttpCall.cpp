#include "app/net/HttpCall.h"

#include "app/net/EndpointPolicy.h"

#include "app/net/HttpLog.h"
#include "app/net/SendOnceBody.h"
#include "app/net/HttpTransport.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <limits>

namespace {

// "CloudCodesFormBoundary" and 32 random hex digits: letters, digits only, as browsers and the
// official SDKs make theirs (no quoting needed, nothing a server could misread).
QByteArray formBoundary()
{
    quint32 random[4];
    QRandomGenerator::global()->fillRange(random);
    return QByteArrayLiteral("CloudCodesFormBoundary")
            + QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
}

} // namespace

HttpCall::HttpCall(HttpTransport &transport, QNetworkAccessManager &nam, ApiRequest request,
                   const NetworkSettings &settings, Done done, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_settings(settings)
    , m_done(std::move(done))
    , m_requestBytes(m_request.bodyBytes())
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &HttpCall::beginAttempt);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpCall::deadlinePassed);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    m_clock.start();
    const QUrl &base = m_request.baseUrl;
    switch (EndpointPolicy::check(base)) {
    case EndpointPolicy::Verdict::NotHttp:
        finish(ApiError(m_request.service, ApiError::Kind::Network,
                        tr("The endpoint \"%1\" is not a valid http(s) URL.").arg(base.toString())));
        return;
    case EndpointPolicy::Verdict::Insecure:
        finish(ApiError(m_request.service, ApiError::Kind::Insecure,
                        tr("Refusing plain HTTP to %1: HTTPS is required for any host that is not this machine.").arg(base.host())));
        return;
    case EndpointPolicy::Verdict::Allowed:
        break;
    }
    beginAttempt();
}

void HttpCall::abort()
{
    if (!m_finished)
        HttpLog::aborted(m_request.label, m_request.parts.method, m_reply ? m_reply->url() : m_request.baseUrl, m_attempt,
                         m_clock.isValid() ? m_clock.elapsed() : 0);
    m_finished = true;
    m_done = nullptr;
    m_backoff.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void HttpCall::beginAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_body.clear();
    m_tooLarge = false;
    m_deadlineHit = false;
    m_attemptClock.start();
    armDeadline(0);

    HttpRequestParts parts = m_request.parts;
    const QUrl &base = m_request.baseUrl;
    const QByteArray host = base.port() > 0 ? (base.host() + QLatin1Char(':') + QString::number(base.port())).toUtf8()
                                            : base.host().toUtf8();
    parts.setHeader(QByteArrayLiteral("host"), host);
    if (!m_request.authorizer) {
        send(parts);
        return;
    }
    // The authorizer may answer later (an IAM token being fetched); the call may be gone by then.
    auto shared = std::make_shared<HttpRequestParts>(std::move(parts));
    m_request.authorizer->authorize(*shared, m_transport, [self = QPointer<HttpCall>(this), shared](std::optional<ApiError> error) {
        if (!self || self->m_finished)
            return;
        if (error)
            self->finish(*error);
        else
            self->send(*shared);
    });
}

void HttpCall::send(const HttpRequestParts &parts)
{
    QUrl url = m_request.baseUrl;
    url.setPath(QString::fromUtf8(parts.path));
    // The query is sent exactly as it was signed: RFC 3986, upper-case hex.
    if (!parts.query.isEmpty())
        url.setQuery(QString::fromLatin1(HttpRequestParts::encodeQuery(parts.query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &h : parts.headers) {
        if (h.first.compare("host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(h.first, h.second);
    }
    if (!m_request.hostHeader.isEmpty())
        request.setRawHeader("Host", m_request.hostHeader);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpTransport::userAgent());
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    if (!m_request.form.isEmpty()) {
        // The form goes as Qt writes multipart/form-data, fields in order (a file last for OSS),
        // under a plain-token boundary as the official clients send it: Qt's own is quoted and
        // holds '/' and '+', which some servers refuse (QTBUG-29744). A Content-Type set here
        // keeps QNAM from writing its quoted one.
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        const QByteArray boundary = formBoundary();
        form->setBoundary(boundary);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
        for (const FormField &f : std::as_const(m_request.form)) {
            QHttpPart part;
            QByteArray disposition = "form-data; name=\"" + f.name + '"';
            if (!f.fileName.isEmpty()) {
                disposition += "; filename=\"" + QFile::encodeName(f.fileName).replace('"', '_') + '"';
                part.setHeader(QNetworkRequest::ContentTypeHeader, f.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : f.contentType);
            }
            part.setRawHeader("Content-Disposition", disposition);
            part.setBody(f.value);
            form->append(part);
        }
        m_reply = m_nam.sendCustomRequest(request, parts.method, form);
        form->setParent(m_reply);
    } else {
        // QNAM may not rewind a request to send it again by itself: a write would go twice, and
        // a signed read would go with a used nonce. A read is retried here, signed afresh.
        auto *body = new SendOnceBody(parts.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, parts.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = m_nam.sendCustomRequest(request, parts.method, body);
        body->setParent(m_reply);
    }
    if (const std::shared_ptr<TransferProgress> progress = m_request.uploadProgress) {
        connect(m_reply, &QNetworkReply::uploadProgress, this, [progress](qint64 sent, qint64 total) {
            if (total <= 0)
                return; // Qt says (0, 0) once the body is gone, not "nothing to send"
            progress->total = total;
            progress->sent = sent;
        });
    }
    m_reply->setProperty("cloudcodes.requestHeaders", QVariant::fromValue(parts.headers));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (length.isValid()) {
        armDeadline(length.toLongLong());
        // Room for the whole body at once: it is not grown (and copied) piece by piece.
        if (m_body.isEmpty())
            m_body.reserve(qsizetype(length.toLongLong()));
    }
}

void HttpCall::onReadyRead()
{
    readAvailable(m_reply);
    if (m_body.size() > m_settings.maxBodyBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
        return;
    }
    if (m_body.size() > m_expectedBytes)
        armDeadline(m_body.size()); // no Content-Length: the deadline grows with what arrives
}

// What has arrived, read straight into the body (which has room for it when the answer gave its
// Content-Length), not first into a chunk of its own as readAll() would.
void HttpCall::readAvailable(QNetworkReply *reply)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype had = m_body.size();
    m_body.resize(had + qsizetype(available));
    const qint64 got = reply->read(m_body.data() + had, available);
    m_body.resize(had + qsizetype(qMax<qint64>(0, got)));
}

void HttpCall::armDeadline(qint64 expectedBytes)
{
    m_expectedBytes = expectedBytes;
    const qint64 rate = qMax(1, m_settings.minBytesPerSecond);
    const qint64 total = m_settings.deadlineBaseMs + (m_requestBytes + expectedBytes) * 1000 / rate;
    m_deadline.start(int(qBound<qint64>(0, total - m_attemptClock.elapsed(), qint64(std::numeric_limits<int>::max()))));
}

void HttpCall::deadlinePassed()
{
    m_deadlineHit = true;
    if (m_reply) {
        m_reply->abort(); // onFinished reports it
        return;
    }
    // Still authorizing (an IAM token on its way): the attempt ends here all the same.
    failAttempt(transportError(QNetworkReply::OperationCanceledError));
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();
    if (!m_tooLarge)
        readAvailable(reply);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const HeaderList responseHeaders = reply->rawHeaderPairs();
    const auto requestHeaders = reply->property("cloudcodes.requestHeaders").value<HeaderList>();
    const QNetworkReply::NetworkError netError = reply->error();

    ApiError error;
    if (m_tooLarge) {
        error = ApiError(m_request.service, ApiError::Kind::TooLarge,
                         tr("The answer is larger than %1 MiB; it was not read.").arg(m_settings.maxBodyBytes / (1024 * 1024)));
    } else if (status >= 400) {
        // A test call's refusal is its answer (QNAM reports a 4xx as a network error too).
        if (!m_request.errorStatusIsAnswer)
            error = ApiError::fromHttp(m_request.service, status, m_body, responseHeaders);
    } else if (netError != QNetworkReply::NoError || status == 0) {
        error = transportError(netError);
        error.message += QStringLiteral(" (%1)").arg(reply->errorString());
    }
    HttpLog::attempt(m_request.label, m_request.parts.method, reply->url(), m_attempt, status,
                     error.isError() ? error.code.isEmpty() ? ApiError::kindName(error.kind) : error.code : QStringLiteral("ok"),
                     m_attemptClock.elapsed(), requestHeaders, responseHeaders);

    if (!error.isError()) {
        HttpReply r;
        r.status = status;
        r.headers = responseHeaders;
        r.body = std::move(m_body);
        r.elapsedMs = m_clock.elapsed();
        r.attempts = m_attempt;
        finish(std::move(r));
        return;
    }
    int retryAfterMs = 0;
    for (const auto &h : responseHeaders) {
        if (h.first.compare("Retry-After", Qt::CaseInsensitive) == 0)
            retryAfterMs = h.second.trimmed().toInt() * 1000;
    }
    failAttempt(error, retryAfterMs);
}

ApiError HttpCall::transportError(int networkError) const
{
    using K = ApiError::Kind;
    auto make = [this](K kind, bool retryable, const QString &message) {
        ApiError e(m_request.service, kind, message);
        e.retryable = retryable;
        return e;
    };
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::OperationCanceledError: // our transfer timeout and deadline abort this way
    case QNetworkReply::TimeoutError:
        if (m_deadlineHit)
            return make(K::Timeout, false,
                        tr("The answer did not arrive in full within %1 s, the deadline for %2 at no less than %3 KiB/s.")
                                .arg(double(m_settings.deadlineBaseMs + (m_requestBytes + m_expectedBytes) * 1000 / qMax(1, m_settings.minBytesPerSecond)) / 1000.0, 0, 'f', 1)
                                .arg(QLocale().formattedDataSize(m_requestBytes + m_expectedBytes))
                                .arg(m_settings.minBytesPerSecond / 1024));
        return make(K::Timeout, false, tr("Nothing arrived for %1 s, the no-progress limit.").arg(m_settings.timeoutMs / 1000.0));
    case QNetworkReply::ConnectionRefusedError:
        return make(K::Refused, true, tr("The connection was refused."));
    case QNetworkReply::HostNotFoundError:
        return make(K::Refused, false, tr("The host was not found."));
    case QNetworkReply::RemoteHostClosedError:
        return make(K::Reset, true, tr("The connection was closed before the whole answer arrived."));
    case QNetworkReply::ContentReSendError: // closed before any answer: QNAM wanted to send it again
        return make(K::Reset, true, tr("The connection was closed after the request was sent, before any answer."));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return make(K::Tls, false, tr("The secure connection failed; certificate errors are never ignored."));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return make(K::Network, true, tr("The network is temporarily unavailable."));
    default:
        return make(K::Network, false, tr("The request failed on the network."));
    }
}

void HttpCall::failAttempt(ApiError error, int retryAfterMs)
{
    // Refused credentials are renewed once, right away: a rejected IAM token (401, refused before
    // anything was done) for any call; an assumed role's expired STS token for a read only, since a
    // write is never sent twice (its credentials are still dropped, for the next request).
    if (error.kind == ApiError::Kind::Http && !m_renewed && m_request.authorizer && m_request.authorizer->renewAfter(error)) {
        m_renewed = true;
        if (error.httpStatus == 401 || m_request.idempotent) {
            --m_attempt;
            QTimer::singleShot(0, this, &HttpCall::beginAttempt);
            return;
        }
    }
    // A write is sent again only when it certainly never reached the server.
    const bool mayRetry = error.retryable && (m_request.idempotent || error.kind == ApiError::Kind::Refused);
    if (!mayRetry || m_attempt >= m_settings.maxAttempts) {
        if (m_request.authorizer)
            m_request.authorizer->explain(error);
        finish(error);
        return;
    }
    // Exponential backoff with full jitter around it; a server's Retry-After wins if longer.
    const int base = m_settings.backoffBaseMs * (1 << (m_attempt - 1));
    int delay = base / 2 + int(QRandomGenerator::global()->bounded(base + 1));
    delay = qMax(delay, qMin(retryAfterMs, m_settings.maxRetryAfterMs));
    m_backoff.start(delay);
}

void HttpCall::finish(ApiResult<HttpReply> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(result));
    deleteLater();
}
