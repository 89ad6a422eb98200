// libFuzzer target: request canonicalisation and the two signers.
// Input layout, pieces separated by NUL bytes (missing pieces are empty):
//   0 method | 1 decoded path | 2 encoded query | 3 headers ("name: value" lines) | 4 body
//   | 5 an Authorization header to parse | 6 an X-Sdk-Date to parse | 7 flags (first byte) and key material
// Checked invariants:
//   - canonicalQuery(parseQuery(encodeQuery(q))) == canonicalQuery(q) for any query list q
//     (from both parse modes and from raw UTF-8 / UTF-16 text, so any QString content);
//   - a signature is 64 lower-case hex digits, and for header names that are HTTP tokens the
//     Authorization a signer writes parses back to its key id, signed headers and signature.
#include "tests/fuzz/FuzzCommon.h"

#include "app/apig/SdkHmacSigner.h"
#include "app/esa/Acs3Signer.h"
#include "app/net/HttpRequestParts.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

void checkRoundTrip(const QueryList &q, const char *what)
{
    const QByteArray encoded = HttpRequestParts::encodeQuery(q);
    const QByteArray canonical = HttpRequestParts::canonicalQuery(q);
    for (bool form : {false, true}) {
        const QByteArray back = HttpRequestParts::canonicalQuery(HttpRequestParts::parseQuery(encoded, form));
        FUZZ_CHECK(back == canonical,
                   "%s: canonicalQuery(parseQuery(encodeQuery(q), %s)) != canonicalQuery(q)\n  encoded:  %s\n"
                   "  expected: %s\n  got:      %s",
                   what, form ? "form" : "query", encoded.left(512).constData(), canonical.left(512).constData(),
                   back.left(512).constData());
    }
}

// "a=1&b=2" split without any decoding, so names and values are arbitrary text.
QueryList rawPairs(const QString &text)
{
    QueryList out;
    if (text.isEmpty())
        return out;
    for (const QString &item : text.split(QLatin1Char('&'))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        out.append({eq < 0 ? item : item.left(eq), eq < 0 ? QString() : item.mid(eq + 1)});
    }
    return out;
}

HeaderList parseHeaders(const QByteArray &block)
{
    HeaderList out;
    for (const QByteArray &line : block.split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        out.append({colon < 0 ? line : line.left(colon), colon < 0 ? QByteArray() : line.mid(colon + 1)});
    }
    return out;
}

// RFC 9110 token characters, minus nothing: a header name a server would accept.
bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool allTokens(const HeaderList &headers)
{
    for (const auto &h : headers) {
        if (!isToken(h.first))
            return false;
    }
    return true;
}

QList<QByteArray> sdkSignedNames(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const auto &h : headers) {
        const QByteArray n = h.first.toLower();
        if (!names.contains(n))
            names.append(n);
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> p = fuzz::pieces(input, 8);
    const QByteArray &method = p[0], &path = p[1], &queryText = p[2], &headerBlock = p[3], &body = p[4],
                     &authHeader = p[5], &sdkDate = p[6], &extra = p[7];
    const uchar flags = extra.isEmpty() ? 0 : uchar(extra.at(0));
    const QByteArray key = extra.mid(1);

    // Query parsing and canonical form, both modes.
    const QueryList asQuery = HttpRequestParts::parseQuery(queryText, false);
    const QueryList asForm = HttpRequestParts::parseQuery(queryText, true);
    (void)HttpRequestParts::canonicalQuery(asQuery);
    (void)HttpRequestParts::canonicalQuery(asForm);
    checkRoundTrip(asQuery, "parseQuery(query)");
    checkRoundTrip(asForm, "parseQuery(form)");
    checkRoundTrip(rawPairs(QString::fromUtf8(queryText)), "raw UTF-8 pairs");
    checkRoundTrip(rawPairs(QString::fromUtf16(reinterpret_cast<const char16_t *>(queryText.constData()),
                                               queryText.size() / 2)),
                   "raw UTF-16 pairs");

    HttpRequestParts request;
    request.method = method.isEmpty() && !(flags & 1) ? QByteArrayLiteral("POST") : method;
    request.path = path;
    request.query = (flags & 2) ? asForm : asQuery;
    request.headers = parseHeaders(headerBlock);
    request.body = body;
    (void)request.header(QByteArrayLiteral("host"));
    (void)HttpRequestParts::percentEncode(QString::fromUtf8(path));
    (void)HttpRequestParts::parseAuthorizationParams(authHeader, QByteArrayLiteral("ACS3-HMAC-SHA256"));
    (void)HttpRequestParts::parseAuthorizationParams(authHeader, QByteArrayLiteral("SDK-HMAC-SHA256"));

    QDateTime date = SdkHmacSigner::parseDate(sdkDate);
    (void)date.isValid();
    if (date.isValid())
        (void)SdkHmacSigner::formatDate(date);
    else
        date = QDateTime(QDate(2024, 3, 11), QTime(1, 23, 21), QTimeZone::utc());

    // ACS3-HMAC-SHA256
    {
        const QList<QByteArray> names = Acs3Signer::signedHeaderNames(request.headers);
        (void)Acs3Signer::canonicalRequest(request, names);
        AlibabaCredentials creds;
        creds.accessKeyId = QStringLiteral("YourAccessKeyId");
        creds.accessKeySecret = (flags & 4) ? QString::fromUtf8(key) : QStringLiteral("YourAccessKeySecret");
        if (flags & 8)
            creds.securityToken = QStringLiteral("YourSecurityToken");
        const Acs3Signature sig = Acs3Signer::sign(request, creds, date, QByteArrayLiteral("3156853299f313e23d1673dc12e1703d"));
        FUZZ_CHECK(sig.signature.size() == 64 && fuzz::isHexLower(sig.signature), "ACS3 signature is not 64 hex");
        const auto parsed = Acs3Signer::parseAuthorization(sig.authorization);
        if (allTokens(request.headers)) {
            FUZZ_CHECK(parsed.has_value(), "ACS3 Authorization does not parse back: %s", sig.authorization.constData());
            FUZZ_CHECK(parsed->accessKeyId == "YourAccessKeyId" && parsed->signature == sig.signature
                           && parsed->signedHeaders == Acs3Signer::signedHeaderNames(request.headers + sig.headersToAdd),
                       "ACS3 Authorization parses back to other values: %s", sig.authorization.constData());
        }
        (void)Acs3Signer::parseAuthorization(authHeader);
    }

    // SDK-HMAC-SHA256
    {
        (void)SdkHmacSigner::canonicalUri(path);
        (void)SdkHmacSigner::canonicalRequest(request, sdkSignedNames(request.headers));
        HuaweiCredentials creds;
        creds.accessKey = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
        creds.secretKey = (flags & 4) ? QString::fromUtf8(key) : QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        const SdkHmacSignature sig = SdkHmacSigner::sign(request, creds, date);
        FUZZ_CHECK(sig.signature.size() == 64 && fuzz::isHexLower(sig.signature), "SDK signature is not 64 hex");
        const auto parsed = SdkHmacSigner::parseAuthorization(sig.authorization);
        if (allTokens(request.headers)) {
            FUZZ_CHECK(parsed.has_value(), "SDK Authorization does not parse back: %s", sig.authorization.constData());
            FUZZ_CHECK(parsed->accessKey == "QTWAOYTTINDUT2QVKYUC" && parsed->signature == sig.signature,
                       "SDK Authorization parses back to other values: %s", sig.authorization.constData());
        }
        (void)SdkHmacSigner::parseAuthorization(authHeader);
    }
    return 0;
}
