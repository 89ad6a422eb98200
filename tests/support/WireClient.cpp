#include "tests/support/WireClient.h"

#include "app/apig/SdkHmacSigner.h"
#include "app/emulator/demo/DemoData.h"
#include "app/esa/Acs3Signer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUuid>
#include <QXmlStreamReader>

QByteArray WireResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString WireResult::xml(const QString &element) const
{
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            return reader.readElementText();
    }
    return {};
}

WireClient::WireClient(const QString &baseUrl)
    : m_base(baseUrl)
{
}

QByteArray WireClient::host() const
{
    return m_base.authority().toLatin1();
}

WireResult WireClient::send(const HttpRequestParts &parts, int transferTimeoutMs)
{
    return transmit(parts, transferTimeoutMs, {});
}

WireResult WireClient::sendAs(const QByteArray &host, const HttpRequestParts &parts)
{
    return transmit(parts, 0, host);
}

WireResult WireClient::apigDataPlane(const QByteArray &domain, const QByteArray &method, const QByteArray &path,
                                     const QByteArray &appCode, const QByteArray &stage, const HeaderList &headers,
                                     const QByteArray &body, const QueryList &query)
{
    HttpRequestParts p;
    p.method = method;
    p.path = path;
    p.query = query;
    p.headers = headers;
    if (!appCode.isNull())
        p.headers.append({"X-Apig-AppCode", appCode});
    if (!stage.isNull())
        p.headers.append({"X-Stage", stage});
    p.body = body;
    return sendAs(domain + ':' + QByteArray::number(m_base.port()), p);
}

WireResult WireClient::transmit(const HttpRequestParts &parts, int transferTimeoutMs, const QByteArray &host)
{
    QUrl url = m_base;
    url.setPath(QString::fromUtf8(parts.path));
    if (!parts.query.isEmpty())
        url.setQuery(QString::fromLatin1(HttpRequestParts::encodeQuery(parts.query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &h : parts.headers) {
        if (h.first.compare("host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(h.first, h.second);
    }
    if (!host.isEmpty())
        request.setRawHeader("Host", host); // Qt sends a Host given this way instead of the URL's
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, parts.method, parts.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    WireResult r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    r.jsonOk = pe.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    reply->deleteLater();
    return r;
}

HttpRequestParts WireClient::esaParts(const QString &action, const QueryList &params, bool inBody,
                                      const AlibabaCredentials &credentials, const QDateTime &date,
                                      const QByteArray &nonce)
{
    return rpcParts("2024-09-10", action, params, inBody, credentials, date, nonce);
}

WireResult WireClient::esaGet(const QString &action, const QueryList &params, const Tamper &tamper)
{
    HttpRequestParts p;
    p.method = "GET"; // before signing: the method is part of what ACS3 signs
    p.path = "/";
    p.query = params;
    p.headers = {{"host", host()}, {"x-acs-action", action.toLatin1()}, {"x-acs-version", "2024-09-10"}};
    const Acs3Signature s = Acs3Signer::sign(p, demoAlibaba(), QDateTime::currentDateTimeUtc(),
                                             QUuid::createUuid().toByteArray(QUuid::Id128));
    p.headers += s.headersToAdd;
    if (tamper)
        tamper(p);
    return send(p);
}

WireResult WireClient::sts(const QString &action, const QueryList &params, bool inBody,
                           const AlibabaCredentials &credentials, const Tamper &tamper,
                           const QDateTime &date, const QByteArray &nonce)
{
    HttpRequestParts p = rpcParts("2015-04-01", action, params, inBody, credentials, date, nonce);
    if (tamper)
        tamper(p);
    return send(p);
}

HttpRequestParts WireClient::rpcParts(const QByteArray &version, const QString &action, const QueryList &params, bool inBody,
                                      const AlibabaCredentials &credentials, const QDateTime &date,
                                      const QByteArray &nonce)
{
    HttpRequestParts p;
    p.method = "POST";
    p.path = "/";
    p.headers = {{"host", host()}, {"x-acs-action", action.toLatin1()}, {"x-acs-version", version}};
    if (inBody && !params.isEmpty()) {
        p.body = HttpRequestParts::encodeQuery(params);
        p.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    } else {
        p.query = params;
    }
    const QByteArray n = nonce.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::Id128) : nonce;
    const Acs3Signature s = Acs3Signer::sign(p, credentials, date, n);
    p.headers += s.headersToAdd;
    return p;
}

WireResult WireClient::esa(const QString &action, const QueryList &params, bool inBody,
                           const AlibabaCredentials &credentials, const Tamper &tamper,
                           const QDateTime &date, const QByteArray &nonce)
{
    HttpRequestParts p = esaParts(action, params, inBody, credentials, date, nonce);
    if (tamper)
        tamper(p);
    return send(p);
}

QByteArray WireClient::multipartBody(const QList<FormField> &fields, const QByteArray &boundary)
{
    QByteArray body;
    for (const FormField &f : fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + '"';
        if (!f.fileName.isEmpty())
            body += "; filename=\"" + f.fileName + "\"\r\nContent-Type: application/javascript";
        body += "\r\n\r\n" + f.value + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

WireResult WireClient::postForm(const QUrl &url, const QList<FormField> &fields, const QByteArray &boundary, bool quoted)
{
    HttpRequestParts p;
    p.method = "POST";
    p.path = url.path(QUrl::FullyDecoded).toUtf8();
    p.headers = {{"content-type", "multipart/form-data; boundary=" + (quoted ? '"' + boundary + '"' : boundary)}};
    p.body = multipartBody(fields, boundary);
    return send(p);
}

WireResult WireClient::huaweiAkSk(const QByteArray &path, const QueryList &query,
                                  const HuaweiCredentials &credentials, const Tamper &tamper,
                                  const QDateTime &date, bool unsignedPayload)
{
    HttpRequestParts p;
    p.method = "GET";
    p.path = path;
    p.query = query;
    p.headers = {{"host", host()}, {"content-type", "application/json"}, {"x-project-id", DemoData::HuaweiProjectId}};
    if (unsignedPayload)
        p.headers.append(qMakePair(QByteArray("x-sdk-content-sha256"), QByteArray("UNSIGNED-PAYLOAD")));
    p.headers += SdkHmacSigner::sign(p, credentials, date).headersToAdd;
    if (tamper)
        tamper(p);
    return send(p);
}

WireResult WireClient::huaweiAkSkCall(const QByteArray &method, const QByteArray &path, const QByteArray &jsonBody,
                                      const HuaweiCredentials &credentials, const Tamper &tamper, const QDateTime &date)
{
    HttpRequestParts p;
    p.method = method;
    p.path = path;
    p.headers = {{"host", host()}, {"content-type", "application/json"}, {"x-project-id", DemoData::HuaweiProjectId}};
    p.body = jsonBody;
    p.headers += SdkHmacSigner::sign(p, credentials, date).headersToAdd;
    if (tamper)
        tamper(p);
    return send(p);
}

WireResult WireClient::huaweiTokenCall(const QByteArray &method, const QByteArray &path, const QByteArray &jsonBody,
                                       const QByteArray &token)
{
    HttpRequestParts p;
    p.method = method;
    p.path = path;
    p.headers = {{"content-type", "application/json"}, {"x-auth-token", token}};
    p.body = jsonBody;
    return send(p);
}

WireResult WireClient::huaweiToken(const QByteArray &path, const QueryList &query, const QByteArray &token)
{
    HttpRequestParts p;
    p.method = "GET";
    p.path = path;
    p.query = query;
    p.headers = {{"content-type", "application/json"}, {"x-auth-token", token}};
    return send(p);
}

WireResult WireClient::iamPasswordToken(const QString &password, const QString &projectName)
{
    const QJsonObject body{{QStringLiteral("auth"), QJsonObject{
            {QStringLiteral("identity"), QJsonObject{
                    {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), QJsonObject{
                            {QStringLiteral("name"), QLatin1String(DemoData::HuaweiUser)},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), QLatin1String(DemoData::HuaweiDomain)}}}}}}}}},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), projectName}}}}}}}};
    HttpRequestParts p;
    p.method = "POST";
    p.path = "/v3/auth/tokens";
    p.headers = {{"content-type", "application/json;charset=utf8"}};
    p.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(p);
}

AlibabaCredentials WireClient::demoAlibaba()
{
    return {QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret), {}};
}

AlibabaCredentials WireClient::demoAlibabaSts()
{
    return {QLatin1String(DemoData::AlibabaStsAccessKeyId), QLatin1String(DemoData::AlibabaStsAccessKeySecret),
            QLatin1String(DemoData::AlibabaStsSecurityToken)};
}

HuaweiCredentials WireClient::demoHuawei()
{
    return {QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey)};
}

QByteArray WireClient::apigPath(const QString &tail, const QString &projectId)
{
    const QString project = projectId.isEmpty() ? QLatin1String(DemoData::HuaweiProjectId) : projectId;
    return QStringLiteral("/v2/%1/apigw/instances%2").arg(project, tail).toUtf8();
}
