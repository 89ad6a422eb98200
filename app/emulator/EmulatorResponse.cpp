#include "EmulatorResponse.h"

#include <QJsonDocument>

EmulatorResponse EmulatorResponse::json(int status, const QJsonObject &body, const HeaderList &headers)
{
    EmulatorResponse r;
    r.status = status;
    r.headers = headers;
    r.headers.prepend({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8")});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
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
