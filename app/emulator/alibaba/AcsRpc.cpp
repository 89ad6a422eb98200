#include "app/emulator/alibaba/AcsRpc.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

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

QueryList queryAndFormParams(const HttpRequestParts &request)
{
    QueryList all = request.query;
    if (request.header(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded"))
        all += HttpRequestParts::parseQuery(request.body, true);
    return all;
}

QueryList params(const HttpRequestParts &request)
{
    QueryList all = queryAndFormParams(request);
    if (request.header(QByteArrayLiteral("content-type")).startsWith("application/json")) // esa-cli's raw calls with reqBodyType "json"
        all += jsonBodyParams(request.body);
    return all;
}

QString param(const QueryList &params, const QString &name)
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

bool hasParam(const QueryList &params, const QString &name)
{
    return std::any_of(params.cbegin(), params.cend(), [&](const auto &p) { return p.first == name; });
}

bool isClassic(const HttpRequestParts &request, const QueryList &params)
{
    return !request.hasHeader(QByteArrayLiteral("authorization")) && hasParam(params, QStringLiteral("Signature"))
           && (hasParam(params, QStringLiteral("SignatureMethod")) || hasParam(params, QStringLiteral("SignatureVersion")));
}

namespace {

QString classicOrHeader(const HttpRequestParts &request, const QString &name, const QByteArray &header)
{
    // An ACS3 request always has Authorization: its body is not parsed for this.
    if (!request.hasHeader(QByteArrayLiteral("authorization"))) {
        const QueryList all = queryAndFormParams(request);
        if (isClassic(request, all) && hasParam(all, name))
            return param(all, name);
    }
    const QByteArray value = request.header(header);
    return value.isNull() ? QString() : QString::fromUtf8(value);
}

} // namespace

QString action(const HttpRequestParts &request)
{
    return classicOrHeader(request, QStringLiteral("Action"), QByteArrayLiteral("x-acs-action"));
}

QString version(const HttpRequestParts &request)
{
    return classicOrHeader(request, QStringLiteral("Version"), QByteArrayLiteral("x-acs-version"));
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
