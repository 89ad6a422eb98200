#include "app/async/ApiError.h"

#include "app/async/HuaweiGatewayCodes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

ApiError::ApiError(Service service, Kind kind, QString message)
    : service(service)
    , kind(kind)
    , message(std::move(message))
{
}

namespace {

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool isRetryableCode(ApiError::Service service, int status, const QString &code)
{
    if (status >= 500)
        return true;
    if (service == ApiError::Service::Esa || service == ApiError::Service::Sts) // Alibaba RPC gateways
        return code.startsWith(QLatin1String("Throttling")) || code == QLatin1String("ServiceUnavailable");
    if (status == 429)
        return true;
    return HuaweiGatewayCodes::isThrottling(code);
}

} // namespace

ApiError ApiError::fromHttp(Service service, int status, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ApiError e(service, Kind::Http, {});
    e.httpStatus = status;
    e.rawBody = body.left(MaxRawBody);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (body.trimmed().startsWith('<')) { // OSS: <?xml …?><Error><Code>…</Code><Message>…</Message><RequestId>…
        QXmlStreamReader xml(body);
        bool inError = false;
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("Error")) {
                inError = true;
                continue;
            }
            if (!inError)
                break;
            const QStringView name = xml.name();
            QString *target = name == QLatin1String("Code") ? &e.code
                    : name == QLatin1String("Message")      ? &e.message
                    : name == QLatin1String("RequestId")    ? &e.requestId
                                                            : nullptr;
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (target)
                *target = text;
        }
    } else if (o.contains(QStringLiteral("Code"))) { // ESA and other Alibaba RPC APIs
        e.code = o.value(QStringLiteral("Code")).toString();
        e.message = o.value(QStringLiteral("Message")).toString();
        e.requestId = o.value(QStringLiteral("RequestId")).toString();
    } else if (o.contains(QStringLiteral("error_code"))) { // APIG, newer IAM
        e.code = o.value(QStringLiteral("error_code")).toString();
        e.message = o.value(QStringLiteral("error_msg")).toString();
        e.requestId = o.value(QStringLiteral("request_id")).toString();
    } else if (o.value(QStringLiteral("error")).isObject()) { // IAM, Keystone shape
        const QJsonObject inner = o.value(QStringLiteral("error")).toObject();
        const QJsonValue code = inner.value(QStringLiteral("code"));
        e.code = code.isString() ? code.toString() : QString::number(code.toInt(status));
        e.message = inner.value(QStringLiteral("message")).toString();
    }
    if (e.requestId.isEmpty()) {
        for (const char *name : {"X-Request-Id", "x-acs-request-id", "X-Openstack-Request-Id"}) {
            e.requestId = QString::fromLatin1(headerValue(headers, name));
            if (!e.requestId.isEmpty())
                break;
        }
    }
    if (e.message.isEmpty())
        e.message = tr("The service answered HTTP %1 without a documented error body.").arg(status);
    e.retryable = isRetryableCode(service, status, e.code);
    return e;
}

QString ApiError::serviceName(Service service)
{
    switch (service) {
    case Service::Esa: return tr("Alibaba Cloud ESA");
    case Service::Iam: return tr("Huawei Cloud IAM");
    case Service::Apig: return tr("Huawei Cloud APIG");
    case Service::Oss: return tr("Alibaba Cloud OSS");
    case Service::Sts: return tr("Alibaba Cloud STS");
    case Service::Unknown: break;
    }
    return tr("the service");
}

bool ApiError::outcomeUnknown() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Reset:
    case Kind::Network:
    case Kind::Truncated:
    case Kind::InvalidJson:
    case Kind::TooLarge:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Reset: return QStringLiteral("reset");
    case Kind::Truncated: return QStringLiteral("truncated");
    case Kind::InvalidJson: return QStringLiteral("invalid-json");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::Insecure: return QStringLiteral("insecure");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::LocalFile: return QStringLiteral("local-file");
    case Kind::NotAllowed: return QStringLiteral("not-allowed");
    case Kind::Unsupported: return QStringLiteral("unsupported");
    }
    return {};
}

QString ApiError::summary() const
{
    QString s = code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
    QStringList extra;
    if (httpStatus)
        extra << tr("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        extra << tr("request %1").arg(requestId);
    if (!extra.isEmpty())
        s += QStringLiteral(" (%1)").arg(extra.join(QStringLiteral(", ")));
    return s;
}

QString ApiError::details() const
{
    QStringList lines;
    lines << tr("Service: %1").arg(serviceName(service));
    if (httpStatus)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << tr("Code: %1").arg(code);
    lines << tr("Message: %1").arg(message);
    if (!requestId.isEmpty())
        lines << tr("Request ID: %1").arg(requestId);
    if (kind != Kind::Http)
        lines << tr("Failure: %1").arg(kindName(kind));
    return lines.join(QLatin1Char('\n'));
}
