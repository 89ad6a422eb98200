#include "ApigService.h"

#include "emulator/IamService.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace {

QString queryValue(const HttpRequestParts &request, const QString &name, bool *present = nullptr)
{
    for (const auto &q : request.query) {
        if (q.first == name) {
            if (present)
                *present = true;
            return q.second;
        }
    }
    if (present)
        *present = false;
    return {};
}

bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

// Slices [offset, offset+limit) of `count` items; an offset past the end gives nothing.
std::pair<qint64, qint64> slice(qint64 count, qint64 offset, qint64 limit)
{
    const qint64 begin = qMin(offset, count);
    return {begin, qMin(count, begin + limit)};
}

QJsonObject listBody(const QString &key, const QJsonArray &items, qint64 total)
{
    return {{QStringLiteral("total"), total}, {QStringLiteral("size"), items.size()}, {key, items}};
}

} // namespace

ApigService::ApigService(const DemoData &data, const IamService &iam)
    : m_iam(iam)
    , m_instances(data.instances())
{
}

bool ApigService::accepts(const HttpRequestParts &request)
{
    return request.path.startsWith("/v2/");
}

EmulatorResponse ApigService::error(int status, const QString &code, const QString &message)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::Id128);
    return EmulatorResponse::json(status, {{QStringLiteral("error_code"), code},
                                           {QStringLiteral("error_msg"), message},
                                           {QStringLiteral("request_id"), QString::fromLatin1(requestId)}},
                                  {{QByteArrayLiteral("X-Request-Id"), requestId}});
}

EmulatorResponse ApigService::faultResponse(FaultKind kind) const
{
    if (kind == FaultKind::Throttling)
        return error(429, QStringLiteral("APIG.0308"), QStringLiteral("The throttling threshold has been reached: policy user over ratelimit"));
    if (kind == FaultKind::Unavailable)
        return error(503, QStringLiteral("APIG.9999"), QStringLiteral("System error: service unavailable, try again later"));
    return error(500, QStringLiteral("APIG.9999"), QStringLiteral("System error"));
}

EmulatorResponse ApigService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    QList<QByteArray> parts = request.path.split('/');
    // "/v2/p/apigw/instances/" splits to ["", "v2", "p", "apigw", "instances", ""].
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    const bool shapeOk = parts.size() >= 5 && parts.at(3) == "apigw" && parts.at(4) == "instances"
            && (parts.size() == 5 || parts.size() == 6
                || (parts.size() == 7 && parts.at(6) == "apps")
                || (parts.size() == 9 && parts.at(6) == "apps" && parts.at(8) == "app-codes"));
    if (!shapeOk || request.method != "GET")
        return error(404, QStringLiteral("APIG.0101"),
                     QStringLiteral("The API does not exist or has not been published in the environment"));

    const HuaweiIdentity who = m_iam.authenticate(request, now);
    if (who.failure != HuaweiIdentity::Failure::None)
        return error(401, QStringLiteral("APIG.1002"), who.message);

    const QString projectId = QString::fromUtf8(parts.at(2));
    if (!who.ownedProjects.contains(projectId))
        return error(403, QStringLiteral("APIG.1005"), QStringLiteral("No permissions to request this method"));

    Page page;
    if (auto e = parsePage(request, &page))
        return *e;
    if (parts.size() == 5)
        return listInstances(request, page);

    const QString instanceId = QString::fromUtf8(parts.at(5));
    if (!isId(instanceId))
        return error(400, QStringLiteral("APIG.2012"), QStringLiteral("Invalid parameter value,parameterName:instance_id. Please refer to the support documentation"));
    const DemoInstance *instance = findInstance(instanceId);
    if (!instance)
        return error(404, QStringLiteral("APIG.3030"), QStringLiteral("The instance does not exist;id:%1").arg(instanceId));
    if (parts.size() == 6) // a single instance's details are not emulated
        return error(404, QStringLiteral("APIG.0101"), QStringLiteral("The API does not exist or has not been published in the environment"));
    if (parts.size() == 7)
        return listApps(request, *instance, page);

    const QString appId = QString::fromUtf8(parts.at(7));
    if (!isId(appId))
        return error(400, QStringLiteral("APIG.2012"), QStringLiteral("Invalid parameter value,parameterName:app_id. Please refer to the support documentation"));
    for (const DemoApp &app : instance->apps) {
        if (app.id == appId)
            return listAppCodes(app, page);
    }
    return error(404, QStringLiteral("APIG.3004"), QStringLiteral("App %1 does not exist").arg(appId));
}

std::optional<EmulatorResponse> ApigService::parsePage(const HttpRequestParts &request, Page *page) const
{
    for (const QString name : {QStringLiteral("offset"), QStringLiteral("limit")}) {
        bool present = false;
        const QString raw = queryValue(request, name, &present);
        if (!present)
            continue;
        bool ok = false;
        const qint64 value = raw.trimmed().toLongLong(&ok);
        if (!ok)
            return error(400, QStringLiteral("APIG.2012"),
                         QStringLiteral("Invalid parameter value,parameterName:%1. Please refer to the support documentation").arg(name));
        (name == QLatin1String("offset") ? page->offset : page->limit) = value;
    }
    // The seed's normalisation.
    if (page->offset < 0)
        page->offset = 0;
    if (page->limit <= 0)
        page->limit = 20;
    if (page->limit > 500)
        page->limit = 500;
    return std::nullopt;
}

DemoInstance *ApigService::findInstance(const QString &id)
{
    for (DemoInstance &i : m_instances) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

EmulatorResponse ApigService::listInstances(const HttpRequestParts &request, const Page &page) const
{
    const QString wantId = queryValue(request, QStringLiteral("instance_id"));
    const QString wantName = queryValue(request, QStringLiteral("instance_name"));
    const QString wantStatus = queryValue(request, QStringLiteral("status"));
    QList<const DemoInstance *> matches;
    for (const DemoInstance &i : m_instances) {
        if ((wantId.isEmpty() || i.id == wantId) && (wantName.isEmpty() || i.name.contains(wantName, Qt::CaseInsensitive))
            && (wantStatus.isEmpty() || i.status == wantStatus))
            matches.append(&i);
    }
    QJsonArray items;
    const auto [begin, end] = slice(matches.size(), page.offset, page.limit);
    for (qint64 k = begin; k < end; ++k) {
        const DemoInstance *i = matches.at(k);
        items.append(QJsonObject{{QStringLiteral("id"), i->id},
                                 {QStringLiteral("instance_name"), i->name},
                                 {QStringLiteral("status"), i->status},
                                 {QStringLiteral("instance_status"), i->instanceStatus},
                                 {QStringLiteral("type"), i->type},
                                 {QStringLiteral("spec"), i->spec},
                                 {QStringLiteral("create_time"), i->createTimeMs},
                                 {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                                 {QStringLiteral("eip_address"), i->eipAddress},
                                 {QStringLiteral("charging_mode"), 0},
                                 {QStringLiteral("loadbalancer_provider"), QStringLiteral("elb")},
                                 {QStringLiteral("description"), i->description}});
    }
    return EmulatorResponse::json(200, listBody(QStringLiteral("instances"), items, matches.size()));
}

EmulatorResponse ApigService::listApps(const HttpRequestParts &request, const DemoInstance &instance, const Page &page) const
{
    const QString wantId = queryValue(request, QStringLiteral("id"));
    const QString wantName = queryValue(request, QStringLiteral("name"));
    const QString wantStatus = queryValue(request, QStringLiteral("status"));
    const QString wantKey = queryValue(request, QStringLiteral("app_key"));
    const QString wantCreator = queryValue(request, QStringLiteral("creator"));
    const bool preciseName = queryValue(request, QStringLiteral("precise_search")).split(QLatin1Char(',')).contains(QStringLiteral("name"));
    QList<const DemoApp *> matches;
    for (const DemoApp &a : instance.apps) {
        const bool nameOk = wantName.isEmpty() || (preciseName ? a.name == wantName : a.name.contains(wantName, Qt::CaseInsensitive));
        if (nameOk && (wantId.isEmpty() || a.id == wantId) && (wantStatus.isEmpty() || QString::number(a.status) == wantStatus)
            && (wantKey.isEmpty() || a.appKey == wantKey) && (wantCreator.isEmpty() || a.creator == wantCreator))
            matches.append(&a);
    }
    QJsonArray items;
    const auto [begin, end] = slice(matches.size(), page.offset, page.limit);
    for (qint64 k = begin; k < end; ++k) {
        const DemoApp *a = matches.at(k);
        items.append(QJsonObject{{QStringLiteral("id"), a->id},
                                 {QStringLiteral("name"), a->name},
                                 {QStringLiteral("remark"), a->remark},
                                 {QStringLiteral("creator"), a->creator},
                                 {QStringLiteral("status"), a->status},
                                 {QStringLiteral("app_key"), a->appKey},
                                 {QStringLiteral("app_secret"), QStringLiteral("******")},
                                 {QStringLiteral("app_type"), QStringLiteral("apig")},
                                 {QStringLiteral("register_time"), a->registerTime},
                                 {QStringLiteral("update_time"), a->updateTime},
                                 {QStringLiteral("bind_num"), a->bindNum}});
    }
    return EmulatorResponse::json(200, listBody(QStringLiteral("apps"), items, matches.size()));
}

EmulatorResponse ApigService::listAppCodes(const DemoApp &app, const Page &page) const
{
    QJsonArray items;
    const auto [begin, end] = slice(app.appCodes.size(), page.offset, page.limit);
    for (qint64 k = begin; k < end; ++k) {
        const DemoAppCode &c = app.appCodes.at(k);
        items.append(QJsonObject{{QStringLiteral("app_code"), c.appCode},
                                 {QStringLiteral("id"), c.id},
                                 {QStringLiteral("app_id"), c.appId},
                                 {QStringLiteral("create_time"), c.createTime}});
    }
    return EmulatorResponse::json(200, listBody(QStringLiteral("app_codes"), items, app.appCodes.size()));
}

void ApigService::removeAppCodes(const QString &appId, int count)
{
    for (DemoInstance &i : m_instances) {
        for (DemoApp &a : i.apps) {
            if (a.id == appId)
                a.appCodes.remove(0, qMin<qsizetype>(count, a.appCodes.size()));
        }
    }
}

void ApigService::addAppCodes(const QString &appId, int count)
{
    for (DemoInstance &i : m_instances) {
        for (DemoApp &a : i.apps) {
            if (a.id != appId)
                continue;
            for (int n = 0; n < count; ++n) {
                DemoAppCode c;
                c.appId = appId;
                const QByteArray seed = QUuid::createUuid().toByteArray(QUuid::Id128);
                c.appCode = QString::fromLatin1(seed + seed);
                c.id = QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
                c.createTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                a.appCodes.append(c);
            }
        }
    }
}

int ApigService::appCodeCount(const QString &appId) const
{
    for (const DemoInstance &i : m_instances) {
        for (const DemoApp &a : i.apps) {
            if (a.id == appId)
                return int(a.appCodes.size());
        }
    }
    return -1;
}
