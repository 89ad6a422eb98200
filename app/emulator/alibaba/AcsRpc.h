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
// The query parameters and those of an application/x-www-form-urlencoded body: what a classic
// RPC signature covers.
QueryList queryAndFormParams(const HttpRequestParts &request);
// The first value of a parameter; null when absent.
QString param(const QueryList &params, const QString &name);
bool hasParam(const QueryList &params, const QString &name);
// Signed the classic RPC way (RpcV1Verifier): Signature with SignatureMethod or SignatureVersion
// among the parameters, and no ACS3 Authorization header.
bool isClassic(const HttpRequestParts &request, const QueryList &params);
// The call's action and API version: a classic call's signed Action and Version parameters (the
// x-acs-action and x-acs-version headers when they are missing), else the two headers. Null when
// neither names one.
QString action(const HttpRequestParts &request);
QString version(const HttpRequestParts &request);
// `product` names the troubleshooting page (ESA, Sts); `defaultHost` stands in when no Host came.
EmulatorResponse error(const HttpRequestParts &request, const QByteArray &requestId, const Failure &failure,
                       const QString &product, const QByteArray &defaultHost);
EmulatorResponse ok(const QByteArray &requestId, QJsonObject body);
// ok() with one more member, a large Latin-1 string (EmulatorResponse::jsonWithString).
EmulatorResponse okWithString(const QByteArray &requestId, QJsonObject body, QLatin1StringView key, const QByteArray &value);

} // namespace AcsRpc
