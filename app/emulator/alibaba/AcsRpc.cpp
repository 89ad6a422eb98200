#include "app/emulator/alibaba/AcsRpc.h"

#include <QUuid>

namespace AcsRpc {

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
}

QueryList params(const HttpRequestParts &request)
{
    QueryList all = request.query;
    if (request.header(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded"))
        all += HttpRequestParts::parseQuery(request.body, true);
    return all;
}

EmulatorResponse error(const HttpRequestParts &request, const QByteArray &requestId, const Failure &failure,
                       const QString &product, const QByteArray &defaultHost)
{
    QByteArray host = request.header(QByteArrayLiteral("host"));
    if (host.isEmpty())
        host = defaultHost;
    return EmulatorResponse::json(failure.status, {
            {QStringLiteral("RequestId"), QString::fromLatin1(requestId)},
            {QStringLiteral("HostId"), QString::fromLatin1(host)},
            {QStringLiteral("Code"), failure.code},
            {QStringLiteral("Message"), failure.message},
            {QStringLiteral("Recommend"), QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
                                                  .arg(failure.code, product, QString::fromLatin1(requestId))},
    }, {{QByteArrayLiteral("x-acs-request-id"), requestId}});
}

EmulatorResponse ok(const QByteArray &requestId, QJsonObject body)
{
    body.insert(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    return EmulatorResponse::json(200, body, {{QByteArrayLiteral("x-acs-request-id"), requestId}});
}

EmulatorResponse okWithString(const QByteArray &requestId, QJsonObject body, QLatin1StringView key, const QByteArray &value)
{
    body.insert(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    return EmulatorResponse::jsonWithString(200, body, key, value, {{QByteArrayLiteral("x-acs-request-id"), requestId}});
}

} // namespace AcsRpc
