// The parts of an HTTP request that a signer reads and a verifier rebuilds:
// method, decoded path and query, headers, body. Pure data, no network.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
using QueryList = QList<QPair<QString, QString>>;

struct HttpRequestParts
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray path = QByteArrayLiteral("/"); // decoded, e.g. "/v2/{project}/apigw/instances"
    QueryList query;                          // decoded names and values, in any order
    HeaderList headers;                       // names as sent; lookups ignore case
    QByteArray body;

    // First value of a header, names compared case-insensitively; null if absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // Replaces every header of that name by one with this value.
    void setHeader(const QByteArray &name, const QByteArray &value);

    // RFC 3986 encoding of UTF-8 text, only A-Z a-z 0-9 - _ . ~ literal, hex upper case:
    // what both vendors' canonical forms use.
    static QByteArray percentEncode(const QString &text);
    // Parameters sorted by encoded name (then value), "name=value" joined by '&'.
    static QByteArray canonicalQuery(const QueryList &query);
    // Decodes "a=1&b=x%20y" (and '+' as space when formEncoded) into pairs.
    static QueryList parseQuery(const QByteArray &encoded, bool formEncoded);
    // Encodes pairs as a query string or form body with percentEncode().
    static QByteArray encodeQuery(const QueryList &query);
    // Splits "ALGORITHM k1=v1, k2=v2" (commas, optional spaces) into its key/value pairs;
    // empty if the header is not of that algorithm or not of that form.
    static QHash<QByteArray, QByteArray> parseAuthorizationParams(const QByteArray &header,
                                                                  const QByteArray &algorithm);
};
