#include "app/net/HttpRequestParts.h"

#include <algorithm>

QByteArray HttpRequestParts::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequestParts::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void HttpRequestParts::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

QByteArray HttpRequestParts::percentEncode(const QString &text)
{
    // Qt keeps exactly the RFC 3986 unreserved set literal and writes upper-case hex.
    return text.toUtf8().toPercentEncoding();
}

QByteArray HttpRequestParts::canonicalQuery(const QueryList &query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &q : query)
        encoded.append({percentEncode(q.first), percentEncode(q.second)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &e : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += e.first + '=' + e.second;
    }
    return out;
}

QueryList HttpRequestParts::parseQuery(const QByteArray &encoded, bool formEncoded)
{
    QueryList out;
    const QList<QByteArray> items = encoded.split('&');
    for (QByteArray item : items) {
        if (item.isEmpty())
            continue;
        if (formEncoded)
            item.replace('+', ' ');
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = eq < 0 ? item : item.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QByteArray HttpRequestParts::encodeQuery(const QueryList &query)
{
    QByteArray out;
    for (const auto &q : query) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(q.first) + '=' + percentEncode(q.second);
    }
    return out;
}

QHash<QByteArray, QByteArray> HttpRequestParts::parseAuthorizationParams(const QByteArray &header,
                                                                         const QByteArray &algorithm)
{
    QHash<QByteArray, QByteArray> params;
    if (!header.startsWith(algorithm + ' '))
        return params;
    const QList<QByteArray> parts = header.mid(algorithm.size() + 1).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return {};
        params.insert(part.left(eq), part.mid(eq + 1));
    }
    return params;
}
