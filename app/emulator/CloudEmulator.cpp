#include "app/emulator/CloudEmulator.h"

#include "app/emulator/server/NoDelaySslServer.h"
#include "app/emulator/server/NoDelayTcpServer.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

HttpRequestParts toParts(const QHttpServerRequest &request)
{
    HttpRequestParts parts;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: parts.method = "GET"; break;
    case QHttpServerRequest::Method::Post: parts.method = "POST"; break;
    case QHttpServerRequest::Method::Put: parts.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: parts.method = "DELETE"; break;
    case QHttpServerRequest::Method::Head: parts.method = "HEAD"; break;
    case QHttpServerRequest::Method::Patch: parts.method = "PATCH"; break;
    default: parts.method = "OTHER"; break;
    }
    const QUrl url = request.url();
    parts.path = url.path(QUrl::FullyDecoded).toUtf8();
    parts.query = HttpRequestParts::parseQuery(url.query(QUrl::FullyEncoded).toLatin1(), false);
    parts.headers = request.headers();
    parts.body = request.body();
    return parts;
}

// A reset instead of an orderly close: the peer sees "connection reset by peer".
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

// Every gateway answer names its request, as the real one does.
EmulatorResponse named(EmulatorResponse r)
{
    bool has = false;
    for (const auto &h : std::as_const(r.headers))
        has |= h.first.compare("X-Request-Id", Qt::CaseInsensitive) == 0;
    if (!has)
        r.headers.append({QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)});
    return r;
}

} // namespace

CloudEmulator::CloudEmulator(const DemoData &data, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_data(data)
    , m_iam(data)
    , m_routines(data)
    , m_appCodes(data)
    , m_acsVerifier(m_acsKeys)
    , m_esa(m_routines, m_acsVerifier)
    , m_sts(data, m_acsKeys, m_acsVerifier)
    , m_oss(m_routines)
    , m_apig(m_appCodes, m_iam)
    , m_dataPlane(m_appCodes, m_iam)
{
}

CloudEmulator::~CloudEmulator() = default;

quint16 CloudEmulator::listenOnLoopback(quint16 port)
{
    auto *listener = new NoDelayTcpServer(this);
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        delete listener;
        return 0;
    }
    return serve(listener);
}

quint16 CloudEmulator::serve(QTcpServer *listening)
{
    Q_ASSERT(listening->isListening() && listening->serverAddress() == QHostAddress(QHostAddress::LocalHost));
    listening->setParent(this);
    bind(listening);
    m_port = listening->serverPort();
    QMutexLocker lock(&m_mutex);
    m_esa.setUploadBaseUrl(baseUrl());
    return m_port;
}

QString CloudEmulator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

quint16 CloudEmulator::listenTlsOnLoopback(const QSslConfiguration &tls, quint16 port)
{
    auto *listener = new NoDelaySslServer(this);
    listener->setSslConfiguration(tls);
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        delete listener;
        return 0;
    }
    // bind() waits for pendingConnectionAvailable, which QSslServer emits once a handshake is
    // done: a client that fails it (it does not trust the CA) never reaches a service.
    bind(listener);
    m_tlsPort = listener->serverPort();
    return m_tlsPort;
}

QString CloudEmulator::tlsBaseUrl() const
{
    return m_tlsPort ? QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort) : QString();
}

quint16 CloudEmulator::listenIamOnLoopback(quint16 port)
{
    auto *listener = new NoDelayTcpServer(this);
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        delete listener;
        return 0;
    }
    bind(listener);
    m_iamPort = listener->serverPort();
    return m_iamPort;
}

QString CloudEmulator::iamBaseUrl() const
{
    return m_iamPort ? QStringLiteral("http://127.0.0.1:%1").arg(m_iamPort) : QString();
}

std::optional<EmulatorResponse> CloudEmulator::wrongHost(const HttpRequestParts &request, quint16 localPort) const
{
    if (!m_iamPort)
        return std::nullopt;
    const bool iam = IamService::accepts(request);
    const bool onIamPort = localPort == m_iamPort;
    if (iam == onIamPort)
        return std::nullopt;
    // What each real host says about a path it does not serve.
    if (onIamPort)
        return IamService::error(404, QStringLiteral("The resource could not be found."));
    return ApigService::error(404, QStringLiteral("APIG.0101"),
                              QStringLiteral("The API does not exist or has not been published in the environment"));
}

void CloudEmulator::setRequestLog(std::function<void(const QString &)> log)
{
    m_requestLog = std::move(log);
}

void CloudEmulator::logRequest(const QTcpSocket *socket, const HttpRequestParts &request, const QString &key,
                               const EmulatorResponse &response, FaultKind fault) const
{
    QString line = QStringLiteral("%1 %2 %3 %4 -> %5")
                           .arg(qobject_cast<const QSslSocket *>(socket) ? QLatin1String("https") : QLatin1String("http"),
                                QString::fromLatin1(request.method), QString::fromUtf8(request.path), key)
                           .arg(response.status);
    // A refusal names its code (ESA/STS JSON "Code", APIG "error_code"): what a client was told.
    if (response.status >= 400) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QString code = body.value(QStringLiteral("Code")).toString(body.value(QStringLiteral("error_code")).toString());
        if (!code.isEmpty())
            line += QLatin1Char(' ') + code;
    }
    if (fault != FaultKind::None)
        line += QStringLiteral(" (injected fault: %1)").arg(FaultPlan::name(fault));
    m_requestLog(line);
}

void CloudEmulator::setFaultPlan(const FaultPlan &plan) { m_faults.setPlan(plan); }
void CloudEmulator::forceFault(FaultKind kind, int count) { m_faults.force(kind, count); }
void CloudEmulator::forceFaultFor(const QString &key, FaultKind kind, int count) { m_faults.force(kind, count, key); }

void CloudEmulator::setTokenLifetimeSeconds(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_iam.setTokenLifetimeSeconds(seconds);
}

void CloudEmulator::revokeIamTokens(const QString &refusalCode)
{
    QMutexLocker lock(&m_mutex);
    m_iam.revokeTokens(refusalCode);
}

void CloudEmulator::setClockSkewSeconds(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockSkew = seconds;
}

void CloudEmulator::setVersionQuota(int versionsPerRoutine)
{
    QMutexLocker lock(&m_mutex);
    m_routines.setDefaultVersionQuota(versionsPerRoutine);
}

void CloudEmulator::setRoutineVersionQuota(const QString &routine, int versions)
{
    QMutexLocker lock(&m_mutex);
    m_routines.setVersionQuota(routine, versions);
}

int CloudEmulator::versionQuota(const QString &routine) const
{
    QMutexLocker lock(&m_mutex);
    const StoredRoutine *r = m_routines.routine(routine);
    return r ? m_routines.versionQuota(*r) : 0;
}

void CloudEmulator::setStsLifetimeSeconds(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_sts.setLifetimeCapSeconds(seconds);
}

QList<AcsAccessKey> CloudEmulator::issuedStsCredentials() const
{
    QMutexLocker lock(&m_mutex);
    return m_acsKeys.issued();
}

int CloudEmulator::requestCount(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_counts.value(key);
}

int CloudEmulator::totalRequests() const
{
    QMutexLocker lock(&m_mutex);
    int total = 0;
    for (int n : m_counts)
        total += n;
    return total;
}

int CloudEmulator::answeredCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_answered;
}

int CloudEmulator::abandonedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_abandoned;
}

int CloudEmulator::inFlightCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

int CloudEmulator::maxInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxInFlight;
}

void CloudEmulator::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_counts.clear();
    m_answered = 0;
    m_abandoned = 0;
    m_maxInFlight = m_inFlight;
}

void CloudEmulator::removeAppCodes(const QString &appId, int count)
{
    QMutexLocker lock(&m_mutex);
    m_appCodes.removeOldest(appId, count);
}

void CloudEmulator::addAppCodes(const QString &appId, int count)
{
    QMutexLocker lock(&m_mutex);
    m_appCodes.addGenerated(appId, count);
}

int CloudEmulator::appCodeCount(const QString &appId) const
{
    QMutexLocker lock(&m_mutex);
    return m_appCodes.count(appId);
}

void CloudEmulator::setAppCodeLimit(int perApp)
{
    QMutexLocker lock(&m_mutex);
    m_appCodes.setLimit(perApp);
}

int CloudEmulator::appCodeLimit() const
{
    QMutexLocker lock(&m_mutex);
    return m_appCodes.limit();
}

QString CloudEmulator::counterKey(const HttpRequestParts &request) const
{
    if (m_dataPlane.serves(request))
        return QStringLiteral("apig:DataPlane");
    if (EsaService::accepts(request))
        return AcsRpc::action(request);
    QByteArray path = request.path;
    while (path.endsWith('/'))
        path.chop(1);
    if (IamService::accepts(request))
        return QStringLiteral("iam:") + QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
    if (ApigService::accepts(request)) {
        // The first reads keep their resource names (tests count them); every other call its operation's.
        const QString operation = ApigService::operation(request);
        // ROMA Connect's and the shared gateway's calls count apart, by operation.
        if (path.startsWith("/v1.0/"))
            return QStringLiteral("shared:") + (operation.isEmpty() ? QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1)) : operation);
        if (path.contains("/apic/") || operation.contains(QLatin1String("Roma")))
            return QStringLiteral("roma:") + operation;
        static const QStringList byResource = {QStringLiteral("ListInstancesV2"), QStringLiteral("ShowDetailsOfInstanceV2"),
                                               QStringLiteral("ListAppsV2"), QStringLiteral("ListAppCodesV2")};
        if (!operation.isEmpty() && !byResource.contains(operation))
            return QStringLiteral("apig:") + operation;
        return QStringLiteral("apig:") + QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
    }
    if (OssService::accepts(request))
        return QStringLiteral("oss:PostObject");
    return QStringLiteral("other");
}

bool CloudEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequestParts parts = toParts(request);
    const std::optional<EmulatorResponse> refused = wrongHost(parts, socket->localPort());
    QString key = QStringLiteral("wrong-host");
    if (!refused) {
        QMutexLocker lock(&m_mutex);
        key = counterKey(parts);
    }
    const FaultKind fault = refused ? FaultKind::None : m_faults.next(key);
    EmulatorResponse response;
    {
        QMutexLocker lock(&m_mutex);
        m_counts[key] += 1;
        response = refused ? *refused : route(parts, fault, socket->peerAddress());
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
    }
    if (m_requestLog)
        logRequest(socket, parts, key, response, fault);
    const FaultPlan plan = m_faults.plan();
    if (fault == FaultKind::Drop) {
        // Done, and not a byte said about it: the client cannot tell whether it happened.
        resetConnection(socket);
        return true;
    }
    if (fault == FaultKind::Stall) {
        // Dropped by this side or by the client: no longer in flight either way.
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this] {
            QMutexLocker lock(&m_mutex);
            --m_inFlight;
        }, Qt::SingleShotConnection);
        // Hold the connection without a word, then drop it.
        QTimer::singleShot(plan.stallMs, socket, [s = QPointer<QTcpSocket>(socket)] {
            if (s)
                s->abort();
        });
        return true;
    }
    if (plan.latencyMs > 0)
        answerLater(socket, response, fault, plan.latencyMs);
    else
        send(socket, response, fault);
    return true;
}

void CloudEmulator::answerLater(QTcpSocket *socket, const EmulatorResponse &response, FaultKind fault, int latencyMs)
{
    // The answer waits; a client that hangs up meanwhile is counted (it aborted on the wire).
    auto pending = std::make_shared<QMetaObject::Connection>();
    *pending = connect(socket, &QTcpSocket::disconnected, this, [this, pending] {
        QObject::disconnect(*pending);
        QMutexLocker lock(&m_mutex);
        ++m_abandoned;
        --m_inFlight;
    });
    QTimer::singleShot(latencyMs, socket, [this, s = QPointer<QTcpSocket>(socket), response, fault, pending] {
        const bool notCounted = QObject::disconnect(*pending); // false once the hang-up was counted
        if (s && s->state() == QAbstractSocket::ConnectedState) {
            send(s, response, fault);
        } else if (notCounted) {
            QMutexLocker lock(&m_mutex);
            ++m_abandoned;
            --m_inFlight;
        }
    });
}

void CloudEmulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    {
        QMutexLocker lock(&m_mutex);
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight); // send() counts it out
    }
    send(socket, ApigService::error(404, QStringLiteral("APIG.0101"), QStringLiteral("Not found")), FaultKind::None);
}

EmulatorResponse CloudEmulator::route(const HttpRequestParts &request, FaultKind fault, const QHostAddress &caller)
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_clockSkew);
    // The data plane first: its Host (an API group's domain) tells it apart, whatever the path.
    const bool vendorFault = fault == FaultKind::ServerError || fault == FaultKind::Unavailable || fault == FaultKind::Throttling;
    if (m_dataPlane.serves(request))
        return named(vendorFault ? m_apig.faultResponse(fault) : m_dataPlane.handle(request, caller, now));
    // STS and ESA are both RPC calls on "/", the action in x-acs-action or a classic call's Action
    // parameter: the API version tells them apart.
    const bool sts = StsService::accepts(request);
    const bool esa = !sts && EsaService::accepts(request);
    const bool acs = sts || esa;
    const bool iam = !acs && IamService::accepts(request);
    const bool apig = !acs && !iam && ApigService::accepts(request);
    const bool oss = !acs && OssService::accepts(request);
    if (vendorFault) {
        if (sts)
            return m_sts.faultResponse(fault, request);
        if (esa)
            return m_esa.faultResponse(fault, request);
        if (iam)
            return m_iam.faultResponse(fault == FaultKind::ServerError ? 500 : 503);
        if (oss)
            return m_oss.faultResponse(fault, request);
        return m_apig.faultResponse(fault);
    }
    if (sts)
        return m_sts.handle(request, now);
    if (esa)
        return m_esa.handle(request, now);
    if (iam)
        return m_iam.handle(request, now);
    if (apig)
        return named(m_apig.handle(request, now));
    if (oss)
        return m_oss.handle(request, now);
    return ApigService::error(404, QStringLiteral("APIG.0101"),
                              QStringLiteral("Nothing is served at %1: ESA and STS are POST / with x-acs-action, IAM is /v3/…, APIG is /v2/…, "
                                             "staged code uploads are POST /oss/<bucket>")
                                      .arg(QString::fromUtf8(request.path)));
}

void CloudEmulator::send(QTcpSocket *socket, const EmulatorResponse &response, FaultKind fault)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_answered;
        --m_inFlight;
    }
    switch (fault) {
    case FaultKind::Drip: {
        // The whole answer, a byte at a time: only an overall deadline ends it.
        const QByteArray all = response.head(response.body.size()) + response.body;
        auto *pace = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(pace, &QTimer::timeout, socket, [socket, pace, all, sent] {
            if (*sent >= all.size()) {
                pace->deleteLater();
                return;
            }
            socket->write(all.mid((*sent)++, 1));
        });
        pace->start(m_faults.plan().dripMs);
        return;
    }
    case FaultKind::ResetMidBody: {
        // Promise the whole body, deliver half, then reset.
        socket->write(response.head(response.body.size()));
        socket->write(response.body.left(response.body.size() / 2));
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                resetConnection(socket);
        });
        return;
    }
    case FaultKind::TruncatedBody: {
        const QByteArray cut = response.body.left(qMax<qsizetype>(1, response.body.size() * 3 / 5));
        socket->write(response.head(cut.size()) + cut);
        return;
    }
    case FaultKind::InvalidJson: {
        EmulatorResponse proxyPage = response;
        proxyPage.status = 200;
        proxyPage.body = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                           "<center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>");
        socket->write(proxyPage.head(proxyPage.body.size()) + proxyPage.body);
        return;
    }
    default:
        // Apart: the socket keeps a large body as it is (shared), not a copy joined to the head.
        socket->write(response.head(response.body.size()));
        socket->write(response.body);
    }
}
