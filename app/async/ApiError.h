// One error type for both clouds and every way a call can fail: the vendor's error body,
// an HTTP status without one, or the network itself. A value, shown to the user as is.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Service { Unknown, Esa, Iam, Apig, Oss, Sts };
    enum class Kind {
        None,          // not an error
        Http,          // the service answered with an error status (code/message from its body)
        Timeout,       // no progress within the timeout
        Refused,       // connection refused / host not found
        Tls,           // TLS handshake or certificate failure (never ignored)
        Reset,         // connection reset or closed before the whole answer arrived
        Truncated,     // a complete HTTP answer whose JSON stops mid-way
        InvalidJson,   // an answer that is not the JSON the API documents
        TooLarge,      // the answer exceeded the size cap
        Insecure,      // plain HTTP to a host that is not loopback
        Cancelled,     // the caller no longer wanted the answer
        Network,       // any other transport failure
        Auth,          // credentials are missing or unusable before any request was sent
        LocalFile,     // a file on this machine could not be read (no request involved)
        NotAllowed,    // a change to the cloud for an account that does not allow changes: never sent
        Unsupported,   // the account's gateway does not offer this call: never sent
    };

    ApiError() = default;
    ApiError(Service service, Kind kind, QString message);

    Service service = Service::Unknown;
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;       // vendor code: ESA "Code", APIG "error_code"
    QString message;    // vendor message, or what went wrong on the wire
    QString requestId;  // RequestId / request_id / X-Request-Id
    QByteArray rawBody; // the answer's start, for shapes we do not know (bounded)
    bool retryable = false;

    bool isError() const { return kind != Kind::None; }
    // Whether a request that failed this way may still have been carried out by the server (a
    // timeout, a reset after sending, a 5xx, an unreadable 2xx): a write must then be read back,
    // never sent again.
    bool outcomeUnknown() const;

    // Builds the error for an HTTP answer with status >= 400 from the vendor's documented body.
    static ApiError fromHttp(Service service, int status, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers);
    static QString serviceName(Service service);
    static QString kindName(Kind kind); // stable, untranslated, for logs and tests

    // "SignatureDoesNotMatch: Specified signature … (HTTP 400, request 1A2B…)": one line for a status bar.
    QString summary() const;
    // Everything, one item a line, for a details box or the clipboard.
    QString details() const;

    static constexpr qsizetype MaxRawBody = 4096;
};

Q_DECLARE_METATYPE(ApiError)
