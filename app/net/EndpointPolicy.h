// Where CloudCodes may send a call, one place for the account dialog, the transport and the proxy:
// an http(s) URL with a host; plain HTTP only to this machine (127.0.0.0/8, ::1, localhost),
// HTTPS for anything else. "127.0.0.1.example.com" is a name like any other, not this machine.
#pragma once

#include <QString>
#include <QUrl>

namespace EndpointPolicy {

enum class Verdict { Allowed, NotHttp, Insecure };

bool isLoopbackHost(const QString &host);
Verdict check(const QUrl &url);

} // namespace EndpointPolicy
