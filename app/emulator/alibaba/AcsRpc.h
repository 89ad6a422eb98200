// What every emulated Alibaba Cloud RPC product (ESA, STS) shares: a request id, the parameters
// from the query and a form body, and the error body {RequestId, HostId, Code, Message, Recommend}.
#pragma once

#include "app/emulator/server/EmulatorResponse.h"

namespace AcsRpc {

// A refusal before it becomes a response.
struct Failure
{
    int status = 400;
    QString code;
    QString message;
};

QByteArray newRequestId();
// The query parameters, then those of an application/x-www-form-urlencoded body or of a JSON
// object body (nested objects and arrays as JSON text).
QueryList params(const HttpRequestParts &request);
// `product` names the troubleshooting page (ESA, Sts); `defaultHost` stands in when no Host came.
EmulatorResponse error(const HttpRequestParts &request, const QByteArray &requestId, const Failure &failure,
                       const QString &product, const QByteArray &defaultHost);
EmulatorResponse ok(const QByteArray &requestId, QJsonObject body);
// ok() with one more member, a large Latin-1 string (EmulatorResponse::jsonWithString).
EmulatorResponse okWithString(const QByteArray &requestId, QJsonObject body, QLatin1StringView key, const QByteArray &value);

} // namespace AcsRpc
