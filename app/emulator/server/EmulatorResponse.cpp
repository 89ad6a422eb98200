#include "app/emulator/server/EmulatorResponse.h"

#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

EmulatorResponse EmulatorResponse::json(int status, const QJsonObject &body, const HeaderList &headers)
{
    EmulatorResponse r;
    r.status = status;
    r.headers = headers;
    r.headers.prepend({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8")});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

EmulatorResponse EmulatorResponse::jsonWithString(int status, const QJsonObject &body, QLatin1StringView key,
                                                  const QByteArray &value, const HeaderList &headers)
{
    // Written straight when it comes out as QJsonDocument writes it: the compact form lists the
    // keys in order, so `key` goes last when it sorts after every other key, and the value is
    // written as it is when no character of it needs an escape (a base64 text never does).
    const auto plain = [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; };
    const QStringList keys = body.keys();
    const bool last = std::all_of(keys.cbegin(), keys.cend(), [key](const QString &k) { return k < key; });
    if (!last || body.contains(key) || !std::all_of(key.begin(), key.end(), plain)
        || !std::all_of(value.cbegin(), value.cend(), plain)) {
        QJsonObject whole = body;
        whole.insert(key, QString::fromLatin1(value));
        return json(status, whole, headers);
    }
    EmulatorResponse r = json(status, body, headers);
    r.body.chop(1); // the closing brace
    QByteArray out;
    out.reserve(r.body.size() + key.size() + value.size() + 8);
    out += r.body;
    if (!body.isEmpty())
        out += ',';
    out += '"';
    out += QByteArrayView(key.data(), key.size());
    out += "\":\"";
    out += value;
    out += "\"}";
    r.body = std::move(out);
    return r;
}

QByteArray EmulatorResponse::head(qsizetype bodyLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n";
    out += "Server: cloudcodes-emulator\r\n\r\n";
    return out;
}

QByteArray EmulatorResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}
