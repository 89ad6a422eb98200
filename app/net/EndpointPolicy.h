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
// An upload URL as CloudCodes sends to it: plain HTTP to a host that is not this machine becomes
// HTTPS on the same host (OSS serves every bucket on both; the SDK's own example is http://), a
// port 80 written out becomes the default one; anything else is returned as it is.
QUrl upgradedToHttps(const QUrl &url);

} // namespace EndpointPolicy
