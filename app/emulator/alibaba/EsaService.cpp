#include "app/emulator/alibaba/EsaService.h"

#include "app/emulator/alibaba/OssPostPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

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

} // namespace

EsaService::EsaService(RoutineStore &routines, AcsSignatureVerifier &verifier)
    : m_routines(routines)
    , m_verifier(verifier)
{
}

bool EsaService::accepts(const HttpRequestParts &request)
{
    return request.hasHeader(QByteArrayLiteral("x-acs-action")) || !AcsRpc::action(request).isEmpty();
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

const QHash<QString, EsaService::Handler> &EsaService::handlers()
{
    static const QHash<QString, Handler> table = {
        {QStringLiteral("ListUserRoutines"), &EsaService::listUserRoutines},
        {QStringLiteral("GetRoutine"), &EsaService::getRoutine},
        {QStringLiteral("ListRoutineCodeVersions"), &EsaService::listRoutineCodeVersions},
        {QStringLiteral("GetRoutineCodeVersion"), &EsaService::getRoutineCodeVersion},
        {QStringLiteral("GetRoutineUserInfo"), &EsaService::getRoutineUserInfo},
        {QStringLiteral("CreateRoutineCodeDeployment"), &EsaService::createRoutineCodeDeployment},
        {QStringLiteral("DeleteRoutineCodeVersion"), &EsaService::deleteRoutineCodeVersion},
        {QStringLiteral("GetRoutineStagingCodeUploadInfo"), &EsaService::getRoutineStagingCodeUploadInfo},
        {QStringLiteral("CommitRoutineStagingCode"), &EsaService::commitRoutineStagingCode},
        // Functions and Pages
        {QStringLiteral("GetErService"), &EsaService::getErService},
        {QStringLiteral("CreateRoutine"), &EsaService::createRoutine},
        {QStringLiteral("DeleteRoutine"), &EsaService::deleteRoutine},
        {QStringLiteral("CreateRoutineWithAssetsCodeVersion"), &EsaService::createRoutineWithAssetsCodeVersion},
        {QStringLiteral("GetRoutineCodeVersionInfo"), &EsaService::getRoutineCodeVersionInfo},
        {QStringLiteral("GetRoutineStagingEnvIp"), &EsaService::getRoutineStagingEnvIp},
        // Where a routine runs
        {QStringLiteral("ListSites"), &EsaService::listSites},
        {QStringLiteral("GetMatchSite"), &EsaService::getMatchSite},
        {QStringLiteral("CreateRoutineRelatedRecord"), &EsaService::createRoutineRelatedRecord},
        {QStringLiteral("ListRoutineRelatedRecords"), &EsaService::listRoutineRelatedRecords},
        {QStringLiteral("DeleteRoutineRelatedRecord"), &EsaService::deleteRoutineRelatedRecord},
        {QStringLiteral("CreateRoutineRoute"), &EsaService::createRoutineRoute},
        {QStringLiteral("GetRoutineRoute"), &EsaService::getRoutineRoute},
        {QStringLiteral("UpdateRoutineRoute"), &EsaService::updateRoutineRoute},
        {QStringLiteral("DeleteRoutineRoute"), &EsaService::deleteRoutineRoute},
        {QStringLiteral("ListRoutineRoutes"), &EsaService::listRoutineRoutes},
        {QStringLiteral("ListSiteRoutes"), &EsaService::listSiteRoutes},
        {QStringLiteral("GetRoutineAccessToken"), &EsaService::getRoutineAccessToken},
    };
    return table;
}

EmulatorResponse EsaService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    Call call{request, AcsRpc::params(request), AcsRpc::newRequestId(), now};

    const QString action = AcsRpc::action(request);
    // Every call works as GET with query parameters (esa-cli's reads) and as POST (the SDK's).
    if (request.method != "POST" && request.method != "GET")
        return error(call, 400, QStringLiteral("UnsupportedHTTPMethod"),
                     QStringLiteral("Specified HTTP method %1 is not supported.").arg(QString::fromLatin1(request.method)));
    const Handler handler = handlers().value(action);
    if (!handler)
        return error(call, 400, QStringLiteral("InvalidAction.NotFound"),
                     QStringLiteral("Specified api is not found, please check your url and method."));
    if (AcsRpc::version(request) != QLatin1String(ApiVersion))
        return error(call, 400, QStringLiteral("InvalidVersion"),
                     QStringLiteral("Specified parameter Version is not valid."));
    if (auto failure = m_verifier.verify(request, now))
        return error(call, failure->status, failure->code, failure->message);
    return (this->*handler)(call);
}

EmulatorResponse EsaService::error(const Call &call, int status, const QString &code, const QString &message) const
{
    return AcsRpc::error(call.request, call.requestId, {status, code, message}, QStringLiteral("ESA"),
                         QByteArrayLiteral("esa.cn-hangzhou.aliyuncs.com"));
}

EmulatorResponse EsaService::ok(const Call &call, QJsonObject body) const
{
    return AcsRpc::ok(call.requestId, std::move(body));
}

EmulatorResponse EsaService::faultResponse(FaultKind kind, const HttpRequestParts &request) const
{
    Call call{request, {}, AcsRpc::newRequestId(), {}};
    switch (kind) {
    case FaultKind::Throttling:
        return error(call, 400, QStringLiteral("Throttling.User"), QStringLiteral("Request was denied due to user flow control."));
    case FaultKind::Unavailable:
        return error(call, 503, QStringLiteral("ServiceUnavailable"), QStringLiteral("The request has failed due to a temporary failure of the server."));
    default:
        return error(call, 500, QStringLiteral("InternalError"), QStringLiteral("The request processing has failed due to some unknown error, exception or failure."));
    }
}

// PageNumber in [1, maxPage] (default 1) and PageSize in [1, maxSize] (default defaultSize).
// The routine a call names (Name) and its code version (CodeVersion); null, with `failure` the
// answer, when either is missing.
StoredRoutine *EsaService::findRoutineVersion(const Call &call, const StoredCodeVersion **version,
                                              std::optional<EmulatorResponse> *failure)
{
    StoredRoutine *r = findRoutine(call, failure);
    if (!r)
        return nullptr;
    if (auto e = requireParam(call, QStringLiteral("CodeVersion"))) {
        *failure = e;
        return nullptr;
    }
    const QString name = call.param(QStringLiteral("CodeVersion"));
    *version = RoutineStore::version(*r, name);
    if (!*version) {
        *failure = error(call, 400, QStringLiteral("CodeVersionNotExist"),
                         QStringLiteral("The code version %1 does not exist in routine %2.").arg(name, r->name));
        return nullptr;
    }
    return r;
}

std::optional<EmulatorResponse> EsaService::pageParams(const Call &call, int maxPage, int maxSize, int defaultSize,
                                                       int *number, int *size) const
{
    if (auto e = intParam(call, QStringLiteral("PageNumber"), 1, maxPage, 1, number))
        return e;
    return intParam(call, QStringLiteral("PageSize"), 1, maxSize, defaultSize, size);
}

std::optional<EmulatorResponse> EsaService::intParam(const Call &call, const QString &name, int min, int max,
                                                     int fallback, int *out) const
{
    *out = fallback;
    // Empty counts as absent: esa-cli's raw calls send unset members as "Name=" (querystring
    // turns undefined into an empty value), e.g. `domain list`'s PageNumber= and PageSize=.
    if (!call.has(name) || call.param(name).trimmed().isEmpty())
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

StoredRoutine *EsaService::findRoutine(const Call &call, std::optional<EmulatorResponse> *failure)
{
    if ((*failure = requireParam(call, QStringLiteral("Name"))))
        return nullptr;
    StoredRoutine *r = m_routines.routine(call.param(QStringLiteral("Name")));
    if (!r)
        *failure = error(call, 400, QStringLiteral("RoutineNotExist"),
                         QStringLiteral("The routine name does not exist. Check the routine name and try again."));
    return r;
}

EmulatorResponse EsaService::listUserRoutines(const Call &call)
{
    int page = 1, size = 20;
    // The SDK's docstring says 1..20, but esa-cli's `routine list` sends 50 and the service takes it.
    if (auto e = pageParams(call, 10, MaxRoutinePageSize, 20, &page, &size))
        return *e;
    const QString keyword = call.param(QStringLiteral("SearchKeyWord")).trimmed();

    QList<const StoredRoutine *> matches;
    for (const StoredRoutine &r : m_routines.routines()) {
        if (keyword.isEmpty() || r.name.contains(keyword, Qt::CaseInsensitive)
            || r.description.contains(keyword, Qt::CaseInsensitive))
            matches.append(&r);
    }
    // Newest first, as the console lists them.
    std::sort(matches.begin(), matches.end(), [](auto a, auto b) { return a->createTime > b->createTime; });

    QJsonArray routines;
    for (qsizetype i = qsizetype(page - 1) * size; i < matches.size() && i < qsizetype(page) * size; ++i) {
        const StoredRoutine *r = matches.at(i);
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
                     {QStringLiteral("UsedRoutineNumber"), m_routines.routines().size()}});
}

EmulatorResponse EsaService::getRoutine(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *stored = findRoutine(call, &failure);
    if (!stored)
        return *failure;
    const StoredRoutine *r = stored;
    QJsonArray envs;
    for (const DemoEnvironment &e : stored->envs) {
        QJsonArray versions;
        for (const DemoCanaryShare &s : e.shares) {
            const StoredCodeVersion *v = RoutineStore::version(*stored, s.codeVersion);
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

EmulatorResponse EsaService::listRoutineCodeVersions(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    int page = 1, size = 20;
    if (auto e = pageParams(call, 2, 20, 20, &page, &size))
        return *e;
    const QString keyword = call.param(QStringLiteral("SearchKeyWord")).trimmed();

    QList<const StoredCodeVersion *> matches;
    for (auto it = r->versions.crbegin(); it != r->versions.crend(); ++it) { // newest first
        if (keyword.isEmpty() || it->codeVersion.contains(keyword) || it->description.contains(keyword, Qt::CaseInsensitive))
            matches.append(&*it);
    }
    QJsonArray versions;
    for (qsizetype i = qsizetype(page - 1) * size; i < matches.size() && i < qsizetype(page) * size; ++i) {
        const StoredCodeVersion *v = matches.at(i);
        versions.append(QJsonObject{
                {QStringLiteral("CodeVersion"), v->codeVersion},
                {QStringLiteral("CodeDescription"), v->description},
                {QStringLiteral("CreateTime"), isoTime(v->createTime, i % 3 == 1)},
                {QStringLiteral("Status"), v->status},
                {QStringLiteral("BuildId"), double(v->buildId)}, // a number in the SDK's model
                {QStringLiteral("ExtraInfo"), v->extraInfo},
                {QStringLiteral("ConfOptions"), confOptions(*v)}});
    }
    return ok(call, {{QStringLiteral("CodeVersions"), versions},
                     {QStringLiteral("TotalCount"), matches.size()},
                     {QStringLiteral("PageNumber"), page},
                     {QStringLiteral("PageSize"), size}});
}

EmulatorResponse EsaService::getRoutineCodeVersion(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredCodeVersion *v = nullptr;
    const StoredRoutine *r = findRoutineVersion(call, &v, &failure);
    if (!r)
        return *failure;
    // The seed's broken example keeps the seed's odd formatting (a newline inside the time).
    const bool seedExample = v->demo && !v->demo->fixedRoutineCode.isEmpty();
    return AcsRpc::okWithString(call.requestId,
                                {{QStringLiteral("CodeDescription"), v->description},
                                 {QStringLiteral("CreateTime"), isoTime(v->createTime) + (seedExample ? QStringLiteral("\n") : QString())}},
                                QLatin1StringView("RoutineCode"), m_routines.routineCode(*v));
}

EmulatorResponse EsaService::getRoutineUserInfo(const Call &call)
{
    QJsonArray routines;
    for (const StoredRoutine &r : m_routines.routines())
        routines.append(QJsonObject{{QStringLiteral("RoutineName"), r.name},
                                    {QStringLiteral("Description"), base64(r.description)},
                                    {QStringLiteral("CreateTime"), isoTime(r.createTime)}});
    return ok(call, {{QStringLiteral("Subdomains"), QJsonArray{QStringLiteral("cloudcodes-demo.er.aliyun-esa.net")}},
                     {QStringLiteral("Routines"), routines}});
}

std::optional<EmulatorResponse> EsaService::parseShares(const Call &call, const StoredRoutine &routine,
                                                        QList<DemoCanaryShare> *shares) const
{
    auto invalid = [&](const QString &field, const QString &why) {
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter %1 is invalid: %2.").arg(field, why));
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(call.param(QStringLiteral("CodeVersions")).toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return invalid(QStringLiteral("CodeVersions"),
                       QStringLiteral("it must be a JSON array such as [{\"CodeVersion\":\"1710120201067203242\",\"Percentage\":100}]"));
    const QJsonArray list = doc.array();
    if (list.isEmpty() || list.size() > 2)
        return invalid(QStringLiteral("CodeVersions"),
                       QStringLiteral("it must list one or two versions, not %1").arg(list.size()));
    int sum = 0;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("CodeVersions[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        const QString version = o.value(QStringLiteral("CodeVersion")).toString();
        if (version.isEmpty())
            return invalid(at + QStringLiteral(".CodeVersion"), QStringLiteral("it must be a code version string"));
        const QJsonValue p = o.value(QStringLiteral("Percentage"));
        const double percentage = p.toDouble(-1);
        // The range first: converting a huge JSON number to int would be undefined.
        if (!p.isDouble() || !(percentage >= 1 && percentage <= 100) || percentage != double(int(percentage)))
            return invalid(at + QStringLiteral(".Percentage"), QStringLiteral("it must be an integer from 1 to 100"));
        for (const DemoCanaryShare &earlier : std::as_const(*shares)) {
            if (earlier.codeVersion == version)
                return invalid(QStringLiteral("CodeVersions"), QStringLiteral("version %1 is listed twice").arg(version));
        }
        shares->append({version, int(percentage)});
        sum += int(percentage);
    }
    if (sum != 100)
        return invalid(QStringLiteral("CodeVersions.Percentage"),
                       QStringLiteral("the percentages add up to %1, they must add up to 100").arg(sum));
    for (const DemoCanaryShare &s : std::as_const(*shares)) {
        const StoredCodeVersion *v = RoutineStore::version(routine, s.codeVersion);
        if (!v)
            return error(call, 400, QStringLiteral("CodeVersionNotExist"),
                         QStringLiteral("The code version %1 does not exist in routine %2.").arg(s.codeVersion, routine.name));
        // A build still running or failed has nothing to run (the code is an assumption: undocumented).
        if (v->status.compare(QLatin1String("available"), Qt::CaseInsensitive) != 0)
            return error(call, 400, QStringLiteral("InvalidCodeVersionStatus"),
                         QStringLiteral("The code version %1 is %2: only an available version can be deployed.").arg(s.codeVersion, v->status));
    }
    return std::nullopt;
}

EmulatorResponse EsaService::createRoutineCodeDeployment(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    StoredRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    for (const char *name : {"Env", "Strategy", "CodeVersions"}) {
        if (auto e = requireParam(call, QLatin1String(name)))
            return *e;
    }
    const QString env = call.param(QStringLiteral("Env"));
    if (env != QLatin1String("staging") && env != QLatin1String("production"))
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter Env is invalid: it must be staging or production, not \"%1\".").arg(env));
    const QString strategy = call.param(QStringLiteral("Strategy"));
    if (strategy != QLatin1String("percentage"))
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter Strategy is invalid: it must be percentage, not \"%1\".").arg(strategy));
    QList<DemoCanaryShare> shares;
    if (auto e = parseShares(call, *r, &shares))
        return *e;

    const DemoEnvironment &deployment = m_routines.deploy(*r, env, shares, call.now);
    QJsonArray versions;
    for (const DemoCanaryShare &s : deployment.shares)
        versions.append(QJsonObject{{QStringLiteral("CodeVersion"), s.codeVersion}, {QStringLiteral("Percentage"), s.percentage}});
    return ok(call, {{QStringLiteral("DeploymentId"), deployment.deployId},
                     {QStringLiteral("Strategy"), strategy},
                     {QStringLiteral("CodeVersions"), versions}});
}

EmulatorResponse EsaService::deleteRoutineCodeVersion(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredCodeVersion *found = nullptr;
    StoredRoutine *r = findRoutineVersion(call, &found, &failure);
    if (!r)
        return *failure;
    const QString version = found->codeVersion;
    const QStringList deployed = RoutineStore::deploymentsOf(*r, version);
    if (!deployed.isEmpty())
        return error(call, 400, QStringLiteral("DependedByOthers"),
                     QStringLiteral("The code version %1 is deployed (%2): deploy another version there before deleting it.")
                             .arg(version, deployed.join(QStringLiteral(", "))));
    m_routines.removeVersion(*r, version);
    return ok(call, {{QStringLiteral("Status"), QStringLiteral("OK")}});
}

EmulatorResponse EsaService::getRoutineStagingCodeUploadInfo(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    StoredRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    const StagedUpload &upload = m_routines.stage(*r, call.param(QStringLiteral("CodeDescription")), call.now);
    // Real OSS calls this URL after the upload; the emulator's OSS tells its ESA side in-process.
    const QJsonObject callback{
            {QStringLiteral("callbackUrl"), QStringLiteral("http://er-staging-callback.invalid/commit")},
            {QStringLiteral("callbackBody"), QStringLiteral("bucket=${bucket}&object=${object}&size=${size}&codeDescription=${x:codeDescription}")},
            {QStringLiteral("callbackBodyType"), QStringLiteral("application/x-www-form-urlencoded")}};
    return ok(call, {{QStringLiteral("CodeVersion"), upload.codeVersion},
                     {QStringLiteral("OssPostConfig"), QJsonObject{
                             {QStringLiteral("Url"), m_uploadBaseUrl + QLatin1String("/oss/") + upload.bucket},
                             {QStringLiteral("OSSAccessKeyId"), upload.accessKeyId},
                             {QStringLiteral("key"), upload.key},
                             {QStringLiteral("policy"), QString::fromLatin1(upload.policy)},
                             {QStringLiteral("Signature"), QString::fromLatin1(OssPostPolicy::sign(upload.accessKeySecret, upload.policy))},
                             {QStringLiteral("callback"), QString::fromLatin1(QJsonDocument(callback).toJson(QJsonDocument::Compact).toBase64())},
                             {QStringLiteral("x:codeDescription"), upload.description},
                             // The newer SDK's model: "include OSSAccessKeyId and x-oss-security-token".
                             {QStringLiteral("XOssSecurityToken"), upload.securityToken}}}});
}

EmulatorResponse EsaService::commitRoutineStagingCode(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    StoredRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    if (auto e = quotaRefusal(call, *r))
        return *e;
    if (!r->staged || !r->staged->uploaded)
        return error(call, 400, QStringLiteral("StagingCodeNotExist"),
                     QStringLiteral("No code was uploaded for routine %1: call GetRoutineStagingCodeUploadInfo, post the code to its OssPostConfig.Url, then commit.")
                             .arg(r->name));
    QString description = call.param(QStringLiteral("CodeDescription"));
    if (description.isEmpty())
        description = r->staged->postedDescription;
    const StoredCodeVersion &v = m_routines.commit(*r, description, call.now);
    return ok(call, {{QStringLiteral("CodeVersion"), v.codeVersion}});
}

std::optional<EmulatorResponse> EsaService::quotaRefusal(const Call &call, const StoredRoutine &routine) const
{
    const int quota = m_routines.versionQuota(routine);
    if (routine.versions.size() < quota)
        return std::nullopt;
    return error(call, 400, QStringLiteral("CodeVersionNumberExceedQuotaLimit"),
                 QStringLiteral("The maximum number of code versions in your plan has been reached: routine %1 keeps %2 of %3. "
                                "Delete versions you no longer need, or upgrade your plan.")
                         .arg(routine.name).arg(routine.versions.size()).arg(quota));
}

QJsonObject EsaService::confOptions(const StoredCodeVersion &version)
{
    if (version.notFoundStrategy.isEmpty())
        return {};
    return {{QStringLiteral("NotFoundStrategy"), version.notFoundStrategy}};
}

// Functions and Pages ------------------------------------------------------------------------

EmulatorResponse EsaService::getErService(const Call &call)
{
    // The demo account has the service opened, on the pay-as-you-go plan.
    return ok(call, {{QStringLiteral("Status"), QStringLiteral("Running")},
                     {QStringLiteral("PlanName"), QStringLiteral("er_paymode")}});
}

EmulatorResponse EsaService::createRoutine(const Call &call)
{
    if (auto e = requireParam(call, QStringLiteral("Name")))
        return *e;
    const QString name = call.param(QStringLiteral("Name"));
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9-]{2,%1}$").arg(MaxRoutineNameLength));
    if (!rule.match(name).hasMatch())
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter Name is invalid: a routine name has 2 to %1 characters, "
                                    "only lowercase letters, digits and hyphens (-).").arg(MaxRoutineNameLength));
    const QString hasAssets = call.param(QStringLiteral("HasAssets")).toLower();
    if (!hasAssets.isEmpty() && hasAssets != QLatin1String("true") && hasAssets != QLatin1String("false"))
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter HasAssets is invalid: it must be true or false, not \"%1\".")
                             .arg(call.param(QStringLiteral("HasAssets"))));
    if (m_routines.routine(name))
        return error(call, 400, QStringLiteral("RoutineNameAlreadyExist"),
                     QStringLiteral("The routine name %1 already exists in this account. Choose another name.").arg(name));
    m_routines.createRoutine(name, call.param(QStringLiteral("Description")), hasAssets == QLatin1String("true"), call.now);
    return ok(call, {{QStringLiteral("Status"), QStringLiteral("OK")}});
}

EmulatorResponse EsaService::deleteRoutine(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    m_routines.deleteRoutine(r->name);
    return ok(call, {{QStringLiteral("Status"), QStringLiteral("OK")}});
}

std::optional<EmulatorResponse> EsaService::assetsVersionSpec(const Call &call, RoutineStore::AssetsVersionSpec *spec) const
{
    auto invalid = [&](const QString &field, const QString &why) {
        return error(call, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter %1 is invalid: %2.").arg(field, why));
    };
    spec->description = call.param(QStringLiteral("CodeDescription"));
    spec->extraInfo = call.param(QStringLiteral("ExtraInfo"));
    if (call.has(QStringLiteral("BuildId"))) {
        bool ok = false;
        spec->buildId = call.param(QStringLiteral("BuildId")).trimmed().toLongLong(&ok);
        if (!ok || spec->buildId < 0)
            return invalid(QStringLiteral("BuildId"), QStringLiteral("it must be a whole number"));
    }
    const QString conf = call.param(QStringLiteral("ConfOptions"));
    if (conf.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(conf.toUtf8());
    if (!doc.isObject())
        return invalid(QStringLiteral("ConfOptions"), QStringLiteral("it must be a JSON object such as {\"NotFoundStrategy\":\"SinglePageApplication\"}"));
    const QJsonValue strategy = doc.object().value(QStringLiteral("NotFoundStrategy"));
    if (strategy.isUndefined() || strategy.isNull())
        return std::nullopt;
    for (const QString &known : {QStringLiteral("SinglePageApplication"), QStringLiteral("404Page")}) {
        if (strategy.toString().compare(known, Qt::CaseInsensitive) == 0) {
            spec->notFoundStrategy = known;
            return std::nullopt;
        }
    }
    return invalid(QStringLiteral("ConfOptions.NotFoundStrategy"), QStringLiteral("it must be SinglePageApplication or 404Page"));
}

QJsonObject EsaService::ossPostConfig(const QString &url, const StagedUpload &upload)
{
    // The SDK's model (CreateRoutineWithAssetsCodeVersionResponseBodyOssPostConfig): capitalised
    // names, the temporary key's token as XOssSecurityToken, posted as x-oss-security-token.
    return {{QStringLiteral("Url"), url},
            {QStringLiteral("Key"), upload.key},
            {QStringLiteral("Policy"), QString::fromLatin1(upload.policy)},
            {QStringLiteral("Signature"), QString::fromLatin1(OssPostPolicy::sign(upload.accessKeySecret, upload.policy))},
            {QStringLiteral("OSSAccessKeyId"), upload.accessKeyId},
            {QStringLiteral("XOssSecurityToken"), upload.securityToken}};
}

EmulatorResponse EsaService::createRoutineWithAssetsCodeVersion(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    StoredRoutine *r = findRoutine(call, &failure);
    if (!r)
        return *failure;
    RoutineStore::AssetsVersionSpec spec;
    if (auto e = assetsVersionSpec(call, &spec))
        return *e;
    if (auto e = quotaRefusal(call, *r))
        return *e;
    const StagedUpload &upload = m_routines.createAssetsVersion(*r, spec, call.now);
    return ok(call, {{QStringLiteral("CodeVersion"), upload.codeVersion},
                     {QStringLiteral("Status"), QStringLiteral("init")},
                     {QStringLiteral("OssPostConfig"), ossPostConfig(m_uploadBaseUrl + QLatin1String("/oss/") + upload.bucket, upload)}});
}

EmulatorResponse EsaService::getRoutineCodeVersionInfo(const Call &call)
{
    std::optional<EmulatorResponse> failure;
    const StoredCodeVersion *found = nullptr;
    StoredRoutine *r = findRoutineVersion(call, &found, &failure);
    if (!r)
        return *failure;
    const QString version = found->codeVersion;
    const StoredCodeVersion &v = m_routines.observeBuild(*r, version);
    return ok(call, {{QStringLiteral("Name"), r->name},
                     {QStringLiteral("CodeVersion"), v.codeVersion},
                     {QStringLiteral("CodeDescription"), v.description},
                     {QStringLiteral("CreateTime"), isoTime(v.createTime)},
                     {QStringLiteral("Status"), v.status},
                     {QStringLiteral("BuildId"), double(v.buildId)},
                     {QStringLiteral("ExtraInfo"), v.extraInfo},
                     {QStringLiteral("ConfOptions"), confOptions(v)}});
}

EmulatorResponse EsaService::getRoutineStagingEnvIp(const Call &call)
{
    // Where staging runs: a tester points a host at these (documentation addresses, RFC 5737).
    return ok(call, {{QStringLiteral("IPV4"), QJsonArray{QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11")}}});
}
