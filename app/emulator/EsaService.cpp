#include "EsaService.h"

#include "esa/Acs3Signer.h"
#include "net/Digest.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
}

QString isoTime(const QDateTime &t, bool nanoseconds = false)
{
    if (!nanoseconds)
        return t.toUTC().toString(Qt::ISODate);
    // Some real responses carry nanoseconds; clients must parse them.
    const QString ns = QStringLiteral("%1").arg(quint32(t.toMSecsSinceEpoch() % 1000) * 1000000 + 883361, 9, 10, QLatin1Char('0'));
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) + ns + QLatin1Char('Z');
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

const QList<QByteArray> &requiredSignedHeaders()
{
    static const QList<QByteArray> names = {"host", "x-acs-action", "x-acs-version", "x-acs-date",
                                            "x-acs-signature-nonce", "x-acs-content-sha256"};
    return names;
}

} // namespace

EsaService::EsaService(const DemoData &data)
    : m_data(data)
{
}

bool EsaService::accepts(const HttpRequestParts &request)
{
    return request.hasHeader(QByteArrayLiteral("x-acs-action"));
}

QString EsaService::Call::param(const QString &name) const
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

bool EsaService::Call::has(const QString &name) const
{
    return std::any_of(params.cbegin(), params.cend(), [&](const auto &p) { return p.first == name; });
}

EmulatorResponse EsaService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    Call call{request, request.query, newRequestId()};
    if (request.header(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded"))
        call.params += HttpRequestParts::parseQuery(request.body, true);

    const QString action = QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-action")));
    static const QStringList actions = {QStringLiteral("ListUserRoutines"), QStringLiteral("GetRoutine"),
                                        QStringLiteral("ListRoutineCodeVersions"),
                                        QStringLiteral("GetRoutineCodeVersion"), QStringLiteral("GetRoutineUserInfo")};
    if (request.method != "POST" && request.method != "GET")
        return error(call, 400, QStringLiteral("UnsupportedHTTPMethod"),
                     QStringLiteral("Specified HTTP method %1 is not supported.").arg(QString::fromLatin1(request.method)));
    if (!actions.contains(action))
        return error(call, 400, QStringLiteral("InvalidAction.NotFound"),
                     QStringLiteral("Specified api is not found, please check your url and method."));
    if (request.header(QByteArrayLiteral("x-acs-version")) != ApiVersion)
        return error(call, 400, QStringLiteral("InvalidVersion"),
                     QStringLiteral("Specified parameter Version is not valid."));
    if (auto failure = authenticate(call, now))
        return *failure;

    if (action == QLatin1String("ListUserRoutines"))
        return listUserRoutines(call);
    if (action == QLatin1String("GetRoutine"))
        return getRoutine(call);
    if (action == QLatin1String("ListRoutineCodeVersions"))
        return listRoutineCodeVersions(call);
    if (action == QLatin1String("GetRoutineCodeVersion"))
        return getRoutineCodeVersion(call);
    return getRoutineUserInfo(call);
}

std::optional<EmulatorResponse> EsaService::authenticate(const Call &call, const QDateTime &now)
{
    const HttpRequestParts &req = call.request;
    const QByteArray header = req.header(QByteArrayLiteral("authorization"));
    if (header.isEmpty())
        return error(call, 400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards: the Authorization header is missing."));
    const auto auth = Acs3Signer::parseAuthorization(header);
    if (!auth)
        return error(call, 400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards: the Authorization header is not ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…."));
    for (const QByteArray &name : requiredSignedHeaders()) {
        if (!auth->signedHeaders.contains(name) || !req.hasHeader(name))
            return error(call, 400, QStringLiteral("IncompleteSignature"),
                         QStringLiteral("The request signature does not conform to Aliyun standards: header %1 must be present and signed.")
                                 .arg(QString::fromLatin1(name)));
    }
    for (const QByteArray &name : auth->signedHeaders) {
        if (!req.hasHeader(name))
            return error(call, 400, QStringLiteral("IncompleteSignature"),
                         QStringLiteral("The request signature does not conform to Aliyun standards: signed header %1 is missing from the request.")
                                 .arg(QString::fromLatin1(name)));
    }

    QDateTime date = QDateTime::fromString(QString::fromLatin1(req.header(QByteArrayLiteral("x-acs-date"))), Qt::ISODate);
    if (!date.isValid() || qAbs(date.secsTo(now)) > SkewSeconds)
        return error(call, 400, QStringLiteral("InvalidTimeStamp.Expired"),
                     QStringLiteral("Specified time stamp or date value is expired (x-acs-date must be within 15 minutes of %1).")
                             .arg(now.toUTC().toString(Qt::ISODate)));

    const QByteArray nonce = req.header(QByteArrayLiteral("x-acs-signature-nonce"));
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        it = it.value().secsTo(now) > SkewSeconds ? m_nonces.erase(it) : std::next(it);
    }
    if (m_nonces.contains(nonce))
        return error(call, 400, QStringLiteral("SignatureNonceUsed"),
                     QStringLiteral("Specified signature nonce was used already."));

    QString secret;
    const bool sts = auth->accessKeyId == DemoData::AlibabaStsAccessKeyId;
    if (auth->accessKeyId == DemoData::AlibabaAccessKeyId)
        secret = QString::fromLatin1(DemoData::AlibabaAccessKeySecret);
    else if (sts)
        secret = QString::fromLatin1(DemoData::AlibabaStsAccessKeySecret);
    else
        return error(call, 404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found."));

    if (sts) {
        const QByteArray token = req.header(QByteArrayLiteral("x-acs-security-token"));
        if (token.isEmpty() || !auth->signedHeaders.contains("x-acs-security-token"))
            return error(call, 400, QStringLiteral("MissingSecurityToken"),
                         QStringLiteral("STS credentials require a signed x-acs-security-token header."));
        if (token != DemoData::AlibabaStsSecurityToken)
            return error(call, 400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
                         QStringLiteral("Specified SecurityToken mismatch with the AccessKey."));
    }

    const QByteArray canonical = Acs3Signer::canonicalRequest(req, auth->signedHeaders);
    const QByteArray stringToSign = Acs3Signer::stringToSign(canonical);
    const QByteArray expected = Acs3Signer::signature(secret, stringToSign);
    if (!Digest::constantTimeEquals(expected, auth->signature))
        return error(call, 400, QStringLiteral("SignatureDoesNotMatch"),
                     QStringLiteral("Specified signature does not match our calculation. server string to sign is:%1")
                             .arg(QString::fromUtf8(stringToSign)));

    if (req.header(QByteArrayLiteral("x-acs-content-sha256")).toLower() != Digest::sha256Hex(req.body))
        return error(call, 400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards: x-acs-content-sha256 does not match the request body."));

    m_nonces.insert(nonce, now);
    return std::nullopt;
}

EmulatorResponse EsaService::error(const Call &call, int status, const QString &code, const QString &message) const
{
    QByteArray host = call.request.header(QByteArrayLiteral("host"));
    if (host.isEmpty())
        host = QByteArrayLiteral("esa.cn-hangzhou.aliyuncs.com");
    return EmulatorResponse::json(status, {
            {QStringLiteral("RequestId"), QString::fromLatin1(call.requestId)},
            {QStringLiteral("HostId"), QString::fromLatin1(host)},
            {QStringLiteral("Code"), code},
            {QStringLiteral("Message"), message},
            {QStringLiteral("Recommend"), QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=ESA&requestId=%2")
                                                  .arg(code, QString::fromLatin1(call.requestId))},
    }, {{QByteArrayLiteral("x-acs-request-id"), call.requestId}});
}

EmulatorResponse EsaService::ok(const Call &call, QJsonObject body) const
{
    body.insert(QStringLiteral("RequestId"), QString::fromLatin1(call.requestId));
    return EmulatorResponse::json(200, body, {{QByteArrayLiteral("x-acs-request-id"), call.requestId}});
}

EmulatorResponse EsaService::faultResponse(FaultKind kind, const HttpRequestParts &request) const
{
    Call call{request, {}, newRequestId()};
    switch (kind) {
    case FaultKind::Throttling:
        return error(call, 400, QStringLiteral("Throttling.User"), QStringLiteral("Request was denied due to user flow control."));
    case FaultKind::Unavailable:
        return error(call, 503, QStringLiteral("ServiceUnavailable"), QStringLiteral("The request has failed due to a temporary failure of the server."));
    default:
        return error(call, 500, QStringLiteral("InternalError"), QStringLiteral("The request processing has failed due to some unknown error, exception or failure."));
    }
}

std::optional<EmulatorResponse> EsaService::intParam(const Call &call, const QString &name, int min, int max,
                                                     int fallback, int *out) const
{
    *out = fallback;
    if (!call.has(name))
        return std::nullopt;
    bool ok = false;
    const int value = call.param(name).trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter %1 is invalid: it must be an integer from %2 to %3.")
                             .arg(name).arg(min).arg(max));
    *out = value;
    return std::nullopt;
}

std::optional<EmulatorResponse> EsaService::requireParam(const Call &call, const QString &name) const
{
    if (call.param(name).isEmpty())
        return error(call, 400, QStringLiteral("MissingParameter"),
                     QStringLiteral("The input parameter \"%1\" that is mandatory for processing this request is not supplied.").arg(name));
    return std::nullopt;
}

const DemoRoutine *EsaService::findRoutine(const Call &call, std::optional<EmulatorResponse> *failure) const
{
    if ((*failure = requireParam(call, QStringLiteral("Name"))))
        return nullptr;
    const DemoRoutine *r = m_data.routine(call.param(QStringLiteral("Name")));
    if (!r)
        *failure = error(call, 400, QStringLiteral("RoutineNotExist"),
                         QStringLiteral("The routine name does not exist. Check the routine name and try again."));
    return r;
}

EmulatorResponse EsaService::listUserRoutines(const Call &call) const
{
    int page = 1, size = 20;
    if (auto e = intParam(call, QStringLiteral("PageNumber"), 1, 10, 1, &page))
        return *e;
    if (auto e = intParam(call, QStringLiteral("PageSize"), 1, 20, 20, &size))
        return *e;
    const QString keyword = call.param(QStringLiteral("SearchKeyWord")).trimmed();

    QList<const DemoRoutine *> matches;
    for (const DemoRoutine &r : m_data.routines()) {
        if (keyword.isEmpty() || r.name.contains(keyword, Qt::CaseInsensitive)
            || r.description.contains(keyword, Qt::CaseInsensitive))
            matches.append(&r);
    }
    // Newest first, as the console lists them.
    std::sort(matches.begin(), matches.end(), [](auto a, auto b) { return a->createTime > b->createTime; });

    QJsonArray routines;
    for (qsizetype i = qsizetype(page - 1) * size; i < matches.size() && i < qsizetype(page) * size; ++i) {
        const DemoRoutine *r = matches.at(i);
        routines.append(QJsonObject{{QStringLiteral("RoutineName"), r->name},
                                    {QStringLiteral("Description"), base64(r->description)},
                                    {QStringLiteral("CreateTime"), isoTime(r->createTime)},
                                    {QStringLiteral("DefaultRelatedRecord"), r->defaultRelatedRecord},
                                    {QStringLiteral("HasAssets"), r->hasAssets}});
    }
    return ok(call, {{QStringLiteral("Routines"), routines},
                     {QStringLiteral("TotalCount"), matches.size()},
                     {QStringLiteral("PageNumber"), page},
                     {QStringLiteral("PageSize"), size},
                     {QStringLiteral("QuotaRoutineNumber"), 100},
                     {QStringLiteral("UsedRoutineNumber"), m_data.routines().size()}});
}

EmulatorResponse EsaService::getRoutine(const Call &call) const
{
    std::optional<EmulatorResponse> failure;
    const DemoRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    QJsonArray envs;
    for (const DemoEnvironment &e : r->envs) {
        QJsonArray versions;
        for (const DemoCanaryShare &s : e.shares) {
            const DemoCodeVersion *v = m_data.codeVersion(r->name, s.codeVersion);
            versions.append(QJsonObject{{QStringLiteral("CodeVersion"), s.codeVersion},
                                        {QStringLiteral("Percentage"), s.percentage},
                                        {QStringLiteral("Description"), v ? v->description : QString()},
                                        {QStringLiteral("CreateTime"), v ? isoTime(v->createTime) : QString()}});
        }
        envs.append(QJsonObject{{QStringLiteral("Env"), e.env},
                                {QStringLiteral("CodeDeploy"), QJsonObject{
                                        {QStringLiteral("Strategy"), QStringLiteral("percentage")},
                                        {QStringLiteral("DeployId"), e.deployId},
                                        {QStringLiteral("CreationTime"), isoTime(e.creationTime)},
                                        {QStringLiteral("CodeVersions"), versions}}}});
    }
    return ok(call, {{QStringLiteral("CreateTime"), isoTime(r->createTime)},
                     {QStringLiteral("Description"), base64(r->description)},
                     {QStringLiteral("DefaultRelatedRecord"), r->defaultRelatedRecord},
                     {QStringLiteral("HasAssets"), r->hasAssets},
                     {QStringLiteral("Envs"), envs}});
}

EmulatorResponse EsaService::listRoutineCodeVersions(const Call &call) const
{
    std::optional<EmulatorResponse> failure;
    const DemoRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    int page = 1, size = 20;
    if (auto e = intParam(call, QStringLiteral("PageNumber"), 1, 2, 1, &page))
        return *e;
    if (auto e = intParam(call, QStringLiteral("PageSize"), 1, 20, 20, &size))
        return *e;
    const QString keyword = call.param(QStringLiteral("SearchKeyWord")).trimmed();

    QList<const DemoCodeVersion *> matches;
    for (auto it = r->versions.crbegin(); it != r->versions.crend(); ++it) { // newest first
        if (keyword.isEmpty() || it->codeVersion.contains(keyword) || it->description.contains(keyword, Qt::CaseInsensitive))
            matches.append(&*it);
    }
    QJsonArray versions;
    for (qsizetype i = qsizetype(page - 1) * size; i < matches.size() && i < qsizetype(page) * size; ++i) {
        const DemoCodeVersion *v = matches.at(i);
        versions.append(QJsonObject{
                {QStringLiteral("CodeVersion"), v->codeVersion},
                {QStringLiteral("CodeDescription"), v->description},
                {QStringLiteral("CreateTime"), isoTime(v->createTime, i % 3 == 1)},
                {QStringLiteral("Status"), v->status},
                {QStringLiteral("BuildId"), v->buildId},
                {QStringLiteral("ExtraInfo"), QStringLiteral("{\"Source\":\"console\",\"Runtime\":\"v8\"}")},
                {QStringLiteral("ConfOptions"), QJsonObject{{QStringLiteral("NotFoundStrategy"), QStringLiteral("SinglePageApplication")}}}});
    }
    return ok(call, {{QStringLiteral("CodeVersions"), versions},
                     {QStringLiteral("TotalCount"), matches.size()},
                     {QStringLiteral("PageNumber"), page},
                     {QStringLiteral("PageSize"), size}});
}

EmulatorResponse EsaService::getRoutineCodeVersion(const Call &call) const
{
    std::optional<EmulatorResponse> failure;
    const DemoRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    if (auto e = requireParam(call, QStringLiteral("CodeVersion")))
        return *e;
    const DemoCodeVersion *v = m_data.codeVersion(r->name, call.param(QStringLiteral("CodeVersion")));
    if (!v)
        return error(call, 400, QStringLiteral("CodeVersionNotExist"),
                     QStringLiteral("The code version %1 does not exist in routine %2.")
                             .arg(call.param(QStringLiteral("CodeVersion")), r->name));
    // The seed's broken example keeps the seed's odd formatting (a newline inside the time).
    const bool seedExample = !v->fixedRoutineCode.isEmpty();
    return ok(call, {{QStringLiteral("CodeDescription"), v->description},
                     {QStringLiteral("CreateTime"), isoTime(v->createTime) + (seedExample ? QStringLiteral("\n") : QString())},
                     {QStringLiteral("RoutineCode"), QString::fromLatin1(m_data.routineCode(*v))}});
}

EmulatorResponse EsaService::getRoutineUserInfo(const Call &call) const
{
    QJsonArray routines;
    for (const DemoRoutine &r : m_data.routines())
        routines.append(QJsonObject{{QStringLiteral("RoutineName"), r.name},
                                    {QStringLiteral("Description"), base64(r.description)},
                                    {QStringLiteral("CreateTime"), isoTime(r.createTime)}});
    return ok(call, {{QStringLiteral("Subdomains"), QJsonArray{QStringLiteral("cloudcodes-demo.er.aliyun-esa.net")}},
                     {QStringLiteral("Routines"), routines}});
}
