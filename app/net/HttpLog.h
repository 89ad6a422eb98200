// The optional HTTP debug log (--log-http): one line per attempt on the logging category
// "cloudcodes.http" with method, URL, status, timing and headers; secrets redacted.
#pragma once

#include "app/net/HttpRequestParts.h"

#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace HttpLog {
// Headers whose values are secrets: Authorization, X-Auth-Token, X-Subject-Token,
// x-acs-security-token, X-Apig-AppCode (and anything named like a token, secret or password).
bool isSecretHeader(const QByteArray &name);
QByteArray redactedHeaders(const HeaderList &headers);
// The URL as logged: fully encoded as sent (escapes kept as they are), no user info, and query
// values named like secrets (SecurityToken, esa_er_token, …) replaced by <redacted>.
QString loggedUrl(const QUrl &url);
// "<label> <method> <url> attempt N -> STATUS OUTCOME in T ms | request: … | response: …"
QString attemptLine(const QString &label, const QByteArray &method, const QUrl &url, int attempt, int status,
                    const QString &outcome, qint64 elapsedMs, const HeaderList &requestHeaders,
                    const HeaderList &responseHeaders);
QString abortedLine(const QString &label, const QByteArray &method, const QUrl &url, int attempt, qint64 elapsedMs);
void attempt(const QString &label, const QByteArray &method, const QUrl &url, int attempt, int status,
             const QString &outcome, qint64 elapsedMs, const HeaderList &requestHeaders,
             const HeaderList &responseHeaders);
// A request nobody wanted any more: "<label> <method> <url> attempt N after T ms -> aborted".
void aborted(const QString &label, const QByteArray &method, const QUrl &url, int attempt, qint64 elapsedMs);
void enable(bool on);
} // namespace HttpLog
