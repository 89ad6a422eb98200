#include "app/net/HttpLog.h"

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

void attempt(const QString &label, const QByteArray &method, const QUrl &url, int attempt, int status,
             const QString &outcome, qint64 elapsedMs, const HeaderList &requestHeaders,
             const HeaderList &responseHeaders)
{
    if (!lcHttp().isDebugEnabled())
        return;
    qCDebug(lcHttp).noquote() << QStringLiteral("%1 %2 %3 attempt %4 -> %5 %6 in %7 ms | request: %8 | response: %9")
                                         .arg(label, QString::fromLatin1(method), url.toString(QUrl::RemoveUserInfo))
                                         .arg(attempt)
                                         .arg(status)
                                         .arg(outcome)
                                         .arg(elapsedMs)
                                         .arg(QString::fromUtf8(redactedHeaders(requestHeaders)),
                                              QString::fromUtf8(redactedHeaders(responseHeaders)));
}

void aborted(const QString &label, const QByteArray &method, const QUrl &url, int attempt, qint64 elapsedMs)
{
    if (!lcHttp().isDebugEnabled())
        return;
    qCDebug(lcHttp).noquote() << QStringLiteral("%1 %2 %3 attempt %4 after %5 ms -> aborted")
                                         .arg(label, QString::fromLatin1(method), url.toString(QUrl::RemoveUserInfo))
                                         .arg(attempt)
                                         .arg(elapsedMs);
}

void enable(bool on)
{
    const_cast<QLoggingCategory &>(lcHttp()).setEnabled(QtDebugMsg, on);
}

} // namespace HttpLog
