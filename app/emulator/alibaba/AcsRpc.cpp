#include "app/emulator/alibaba/AcsRpc.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace AcsRpc {

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
}

namespace {

// A JSON body's members as parameters: scalars as their text, objects and arrays as compact
// JSON text (what the same call sends as one form field, e.g. ConfOptions).
QueryList jsonBodyParams(const QByteArray &body)
{
    QueryList out;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            continue; // null: not sent
        out.append({it.key(), text});
    }
    return out;
}

} // namespace

QueryList params(const HttpRequestParts &request)
{
    QueryList all = request.query;
    const QByteArray type = request.header(QByteArrayLiteral("content-type"));
    if (type.startsWith("application/x-www-form-urlencoded"))
        all += HttpRequestParts::parseQuery(request.body, true);
    else if (type.startsWith("application/json")) // esa-cli's raw calls with reqBodyType "json"
        all += jsonBodyParams(request.body);
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
