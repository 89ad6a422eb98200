// Test-only: sends raw, signed requests to the emulator and waits for the answer, so emulator
// tests can speak the wire protocols byte by byte (and tamper with them) without the app's clients.
#pragma once

#include "app/apig/HuaweiCredentials.h"
#include "app/esa/AlibabaCredentials.h"
#include "app/net/HttpRequestParts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <functional>
#include <optional>

struct WireResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QString str(const QString &key) const { return json.value(key).toString(); }
    // The text of the first XML element of that name (OSS error documents); null if none.
    QString xml(const QString &element) const;
};

// One field of a multipart/form-data body; `fileName` makes it a file field.
struct FormField
{
    QByteArray name;
    QByteArray value;
    QByteArray fileName = {};
};

class WireClient
{
public:
    using Tamper = std::function<void(HttpRequestParts &)>;

    explicit WireClient(const QString &baseUrl);

    // For an https:// base URL: the TLS settings of every request (e.g. the emulator's CA as
    // the only one trusted). Without, Qt's defaults: the system's CAs.
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    // Sends exactly these parts (Host comes from the base URL).
    WireResult send(const HttpRequestParts &parts, int transferTimeoutMs = 0);
    // The same with `host` as the Host header, the connection still to the base URL: a call to a
    // name that resolves nowhere (an APIG group's domain) reaching the emulator.
    WireResult sendAs(const QByteArray &host, const HttpRequestParts &parts);
    // A call to the APIG data plane: Host is `domain` with the base URL's port; `appCode`, when
    // given, goes in X-Apig-AppCode and `stage` in X-Stage.
    WireResult apigDataPlane(const QByteArray &domain, const QByteArray &method, const QByteArray &path,
                             const QByteArray &appCode = {}, const QByteArray &stage = {}, const HeaderList &headers = {},
                             const QByteArray &body = {}, const QueryList &query = {});

    // An ESA RPC call signed with ACS3-HMAC-SHA256. Parameters go in the form body when
    // `inBody`, else in the query string. `tamper` runs after signing.
    WireResult esa(const QString &action, const QueryList &params, bool inBody = true,
                   const AlibabaCredentials &credentials = demoAlibaba(), const Tamper &tamper = {},
                   const QDateTime &date = QDateTime::currentDateTimeUtc(), const QByteArray &nonce = {});
    // The same as a GET with the parameters in the query, signed over the query (esa-cli's reads).
    WireResult esaGet(const QString &action, const QueryList &params, const Tamper &tamper = {});
    HttpRequestParts esaParts(const QString &action, const QueryList &params, bool inBody,
                              const AlibabaCredentials &credentials, const QDateTime &date, const QByteArray &nonce);
    // The same for any RPC product: STS is version 2015-04-01 (its SDK sends parameters in the query).
    HttpRequestParts rpcParts(const QByteArray &version, const QString &action, const QueryList &params, bool inBody,
                              const AlibabaCredentials &credentials, const QDateTime &date, const QByteArray &nonce);
    WireResult sts(const QString &action, const QueryList &params, bool inBody = false,
                   const AlibabaCredentials &credentials = demoAlibaba(), const Tamper &tamper = {},
                   const QDateTime &date = QDateTime::currentDateTimeUtc(), const QByteArray &nonce = {});

    // A multipart/form-data POST (an OSS PostObject upload) to the path of `url`, fields in order;
    // `quoted` announces the boundary in quotes (boundary="…"), as Qt's QHttpMultiPart does.
    WireResult postForm(const QUrl &url, const QList<FormField> &fields,
                        const QByteArray &boundary = "cloudcodes-wire-7MA4YWxkTrZu0gW", bool quoted = false);
    static QByteArray multipartBody(const QList<FormField> &fields, const QByteArray &boundary);

    // A Huawei call signed with SDK-HMAC-SHA256.
    WireResult huaweiAkSk(const QByteArray &path, const QueryList &query = {},
                          const HuaweiCredentials &credentials = demoHuawei(), const Tamper &tamper = {},
                          const QDateTime &date = QDateTime::currentDateTimeUtc(), bool unsignedPayload = false);
    // Any method, signed with SDK-HMAC-SHA256; a non-empty `jsonBody` goes with content-type
    // application/json, its SHA-256 as the payload hash (as the official SDK core sends it).
    WireResult huaweiAkSkCall(const QByteArray &method, const QByteArray &path, const QByteArray &jsonBody = {},
                              const HuaweiCredentials &credentials = demoHuawei(), const Tamper &tamper = {},
                              const QDateTime &date = QDateTime::currentDateTimeUtc());
    // A Huawei call with an IAM token.
    WireResult huaweiToken(const QByteArray &path, const QueryList &query, const QByteArray &token);
    WireResult huaweiTokenCall(const QByteArray &method, const QByteArray &path, const QByteArray &jsonBody,
                               const QByteArray &token);
    // POST /v3/auth/tokens with a password; the token is in the X-Subject-Token header.
    WireResult iamPasswordToken(const QString &password = QString::fromLatin1("Demo-Passw0rd!"),
                                const QString &projectName = QString::fromLatin1("cn-north-4"));

    static AlibabaCredentials demoAlibaba();
    static AlibabaCredentials demoAlibabaSts();
    static HuaweiCredentials demoHuawei();
    static QByteArray apigPath(const QString &tail = {}, const QString &projectId = {});
    QByteArray host() const;

private:
    WireResult transmit(const HttpRequestParts &parts, int transferTimeoutMs, const QByteArray &host);

    QUrl m_base;
    QNetworkAccessManager m_nam;
    std::optional<QSslConfiguration> m_ssl;
};
