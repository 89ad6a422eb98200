#include "app/net/HttpLog.h"

#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttp, "cloudcodes.http", QtWarningMsg)

namespace HttpLog {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "x-auth-token" || n == "x-subject-token" || n == "x-acs-security-token"
            || n == "x-apig-appcode" || n == "cookie" || n == "set-cookie" || n.contains("token")
            || n.contains("secret") || n.contains("password") || n.contains("appcode");
}

QByteArray redactedHeaders(const HeaderList &headers)
{
    QByteArray out;
    for (const auto &h : headers) {
        if (!out.isEmpty())
            out += "; ";
        out += h.first + ": ";
        if (!isSecretHeader(h.first)) {
            out += h.second;
        } else if (h.first.compare("authorization", Qt::CaseInsensitive) == 0) {
            // The algorithm and key id help debugging; the signature does not, but it is not a
            // secret either. Keep "ALG Credential=ID" only.
            const qsizetype comma = h.second.indexOf(',');
            out += (comma > 0 ? h.second.left(comma) : h.second.left(h.second.indexOf(' '))) + ",<redacted>";
        } else {
            out += "<redacted>";
        }
    }
    return out;
}

QString loggedUrl(const QUrl &url)
{
    // Fully encoded, as it went on the wire; query values named like secrets are redacted.
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretHeader(item.first.toLatin1()))
                item.second = QStringLiteral("redacted");
        }
        query.setQueryItems(items);
        shown.setQuery(query);
    }
    return shown.toString(QUrl::FullyEncoded);
}

QString attemptLine(const QString &label, const QByteArray &method, const QUrl &url, int attempt, int status,
                    const QString &outcome, qint64 elapsedMs, const HeaderList &requestHeaders,
                    const HeaderList &responseHeaders)
{
    // Built by concatenation, never by chained QString::arg: a URL's or a label's "%3A" would be
    // read as a placeholder by the next arg().
    return label + u' ' + QString::fromLatin1(method) + u' ' + loggedUrl(url) + QStringLiteral(" attempt ")
            + QString::number(attempt) + QStringLiteral(" -> ") + QString::number(status) + u' ' + outcome
            + QStringLiteral(" in ") + QString::number(elapsedMs) + QStringLiteral(" ms | request: ")
            + QString::fromUtf8(redactedHeaders(requestHeaders)) + QStringLiteral(" | response: ")
            + QString::fromUtf8(redactedHeaders(responseHeaders));
}

QString abortedLine(const QString &label, const QByteArray &method, const QUrl &url, int attempt, qint64 elapsedMs)
{
    return label + u' ' + QString::fromLatin1(method) + u' ' + loggedUrl(url) + QStringLiteral(" attempt ")
            + QString::number(attempt) + QStringLiteral(" after ") + QString::number(elapsedMs)
            + QStringLiteral(" ms -> aborted");
}

void attempt(const QString &label, const QByteArray &method, const QUrl &url, int attempt, int status,
             const QString &outcome, qint64 elapsedMs, const HeaderList &requestHeaders,
             const HeaderList &responseHeaders)
{
    if (lcHttp().isDebugEnabled())
        qCDebug(lcHttp).noquote() << attemptLine(label, method, url, attempt, status, outcome, elapsedMs,
                                                 requestHeaders, responseHeaders);
}

void aborted(const QString &label, const QByteArray &method, const QUrl &url, int attempt, qint64 elapsedMs)
{
    if (lcHttp().isDebugEnabled())
        qCDebug(lcHttp).noquote() << abortedLine(label, method, url, attempt, elapsedMs);
}

void enable(bool on)
{
    const_cast<QLoggingCategory &>(lcHttp()).setEnabled(QtDebugMsg, on);
}

} // namespace HttpLog
