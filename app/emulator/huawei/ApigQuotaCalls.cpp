// ApigContextCalls: credential quotas (app-quotas) and the quota bound to an app.
#include "app/emulator/huawei/ApigContextCalls.h"

#include "app/emulator/huawei/ApigCatalog.h"
#include "app/emulator/huawei/ApigService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace {

using Failure = std::optional<EmulatorResponse>;

EmulatorResponse invalid(const QString &name, const QString &why)
{
    return ApigService::error(400, QStringLiteral("APIG.2012"),
                              QStringLiteral("Invalid parameter value,parameterName:%1. %2. Please refer to the support documentation").arg(name, why));
}

EmulatorResponse quotaNotFound(const QString &id)
{
    return ApigService::error(404, QStringLiteral("APIG.3093"), QStringLiteral("App quota %1 does not exist").arg(id));
}

bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

Failure intIn(const QJsonObject &body, const QString &name, int *out)
{
    const QJsonValue v = body.value(name);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < 1 || d > 2147483647.0)
        return invalid(name, QStringLiteral("An integer from 1 to 2147483647 is required"));
    *out = int(d);
    return std::nullopt;
}

// The body of CreateAppQuota and UpdateAppQuota into `quota` (its other fields kept).
Failure readQuota(const QByteArray &raw, DemoAppQuota *quota)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("name"), QStringLiteral("The body must be a JSON object"));
    const QJsonObject body = doc.object();
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{2,254}$"));
    quota->name = body.value(QStringLiteral("name")).toString();
    if (!nameRule.match(quota->name).hasMatch())
        return invalid(QStringLiteral("name"), QStringLiteral("3 to 255 characters, a letter first, then letters, digits and _"));
    if (auto e = intIn(body, QStringLiteral("call_limits"), &quota->callLimits))
        return e;
    if (auto e = intIn(body, QStringLiteral("time_interval"), &quota->timeInterval))
        return e;
    quota->timeUnit = body.value(QStringLiteral("time_unit")).toString();
    if (!QStringList{QStringLiteral("SECOND"), QStringLiteral("MINUTE"), QStringLiteral("HOUR"), QStringLiteral("DAY")}.contains(quota->timeUnit))
        return invalid(QStringLiteral("time_unit"), QStringLiteral("It must be SECOND, MINUTE, HOUR or DAY"));
    quota->resetTime = body.value(QStringLiteral("reset_time")).toString();
    if (!quota->resetTime.isEmpty() && !QDateTime::fromString(quota->resetTime, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid())
        return invalid(QStringLiteral("reset_time"), QStringLiteral("It must be written yyyy-MM-dd HH:mm:ss"));
    quota->remark = body.value(QStringLiteral("remark")).toString();
    if (quota->remark.size() > 255 || quota->remark.contains(QLatin1Char('<')) || quota->remark.contains(QLatin1Char('>')))
        return invalid(QStringLiteral("remark"), QStringLiteral("At most 255 characters, without < or >"));
    return std::nullopt;
}

Failure nameTaken(const DemoInstance &instance, const DemoAppQuota &quota)
{
    for (const DemoAppQuota &q : instance.appQuotas) {
        if (q.id != quota.id && q.name == quota.name)
            return ApigService::error(400, QStringLiteral("APIG.3325"), QStringLiteral("The API quota name already exists;name:%1").arg(quota.name));
    }
    return std::nullopt;
}

Failure quotaAt(ApigContextCall &call, DemoAppQuota **quota)
{
    const QString id = call.segment(1);
    if (!isId(id))
        return invalid(QStringLiteral("app_quota_id"), QStringLiteral("It must be 32 hexadecimal digits"));
    *quota = ApigCatalog::quota(call.instance, id);
    if (!*quota)
        return quotaNotFound(id);
    return std::nullopt;
}

EmulatorResponse noContent()
{
    EmulatorResponse r;
    r.status = 204;
    r.headers = {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}};
    return r;
}

EmulatorResponse pageOf(const ApigContextCall &call, const QString &key, const QList<QJsonObject> &matches)
{
    QJsonArray items;
    for (qint64 k = qMin<qint64>(call.offset, matches.size()); k < matches.size() && items.size() < call.limit; ++k)
        items.append(matches.at(k));
    return EmulatorResponse::json(200, {{QStringLiteral("total"), matches.size()}, {QStringLiteral("size"), items.size()}, {key, items}});
}

} // namespace

EmulatorResponse ApigContextCalls::boundQuota(ApigContextCall &call)
{
    const QString appId = call.segment(1);
    if (!isId(appId))
        return invalid(QStringLiteral("app_id"), QStringLiteral("It must be 32 hexadecimal digits"));
    if (!ApigCatalog::app(call.instance, appId))
        return ApigService::error(404, QStringLiteral("APIG.3002"), QStringLiteral("App %1 does not exist").arg(appId));
    const DemoAppQuota *q = ApigCatalog::quotaOfApp(call.instance, appId);
    return EmulatorResponse::json(200, q ? ApigCatalog::quotaJson(*q) : QJsonObject());
}

EmulatorResponse ApigContextCalls::createQuota(ApigContextCall &call)
{
    DemoAppQuota q;
    q.id = ApigCatalog::newId();
    q.createTime = ApigCatalog::isoNow(call.now);
    if (auto e = readQuota(call.request.body, &q))
        return *e;
    if (auto e = nameTaken(call.instance, q))
        return *e;
    call.instance.appQuotas.append(q);
    return EmulatorResponse::json(201, ApigCatalog::quotaJson(q));
}

EmulatorResponse ApigContextCalls::listQuotas(ApigContextCall &call)
{
    const QString name = call.query(QStringLiteral("name"));
    QList<QJsonObject> matches;
    for (const DemoAppQuota &q : std::as_const(call.instance.appQuotas)) {
        if (name.isEmpty() || q.name.contains(name, Qt::CaseInsensitive))
            matches.append(ApigCatalog::quotaJson(q));
    }
    return pageOf(call, QStringLiteral("quotas"), matches);
}

EmulatorResponse ApigContextCalls::quota(ApigContextCall &call)
{
    DemoAppQuota *q = nullptr;
    if (auto e = quotaAt(call, &q))
        return *e;
    if (call.request.method == "GET")
        return EmulatorResponse::json(200, ApigCatalog::quotaJson(*q));
    if (call.request.method == "DELETE") {
        const QString id = q->id;
        call.instance.appQuotas.removeIf([&](const DemoAppQuota &other) { return other.id == id; });
        return noContent();
    }
    DemoAppQuota changed = *q;
    if (auto e = readQuota(call.request.body, &changed))
        return *e;
    if (auto e = nameTaken(call.instance, changed))
        return *e;
    *q = changed;
    return EmulatorResponse::json(200, ApigCatalog::quotaJson(*q));
}

EmulatorResponse ApigContextCalls::bindQuota(ApigContextCall &call)
{
    DemoAppQuota *q = nullptr;
    if (auto e = quotaAt(call, &q))
        return *e;
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const QJsonArray ids = body.value(QStringLiteral("app_ids")).toArray();
    if (ids.isEmpty())
        return invalid(QStringLiteral("app_ids"), QStringLiteral("A non-empty array of app ids is required"));
    QStringList appIds;
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        if (!isId(id))
            return invalid(QStringLiteral("app_ids"), QStringLiteral("Every item must be an app id of 32 hexadecimal digits"));
        if (!ApigCatalog::app(call.instance, id))
            return ApigService::error(404, QStringLiteral("APIG.3004"), QStringLiteral("App %1 does not exist").arg(id));
        const DemoAppQuota *holder = ApigCatalog::quotaOfApp(call.instance, id);
        if (holder && holder->id != q->id)
            return invalid(QStringLiteral("app_ids"), QStringLiteral("App %1 is already bound to the app quota %2: an app takes one quota").arg(id, holder->id));
        if (!appIds.contains(id))
            appIds.append(id);
    }
    QJsonArray applies;
    for (const QString &id : std::as_const(appIds)) {
        auto bound = std::find_if(q->apps.begin(), q->apps.end(), [&](const DemoAppQuotaBinding &b) { return b.appId == id; });
        if (bound == q->apps.end()) {
            q->apps.append({id, ApigCatalog::isoNow(call.now)});
            bound = q->apps.end() - 1;
        }
        applies.append(QJsonObject{{QStringLiteral("app_quota_id"), q->id}, {QStringLiteral("app_id"), id},
                                   {QStringLiteral("bound_time"), bound->boundTime}});
    }
    return EmulatorResponse::json(201, {{QStringLiteral("applies"), applies}});
}

EmulatorResponse ApigContextCalls::unbindQuota(ApigContextCall &call)
{
    DemoAppQuota *q = nullptr;
    if (auto e = quotaAt(call, &q))
        return *e;
    const QString appId = call.segment(3);
    if (!isId(appId))
        return invalid(QStringLiteral("app_id"), QStringLiteral("It must be 32 hexadecimal digits"));
    if (q->apps.removeIf([&](const DemoAppQuotaBinding &b) { return b.appId == appId; }) == 0)
        return ApigService::error(404, QStringLiteral("APIG.3004"), QStringLiteral("App %1 does not exist in the app quota %2").arg(appId, q->id));
    return noContent();
}

EmulatorResponse ApigContextCalls::quotaApps(ApigContextCall &call)
{
    DemoAppQuota *q = nullptr;
    if (auto e = quotaAt(call, &q))
        return *e;
    const bool bindable = call.tail.value(2) == "bindable-apps";
    const QString name = call.query(QStringLiteral("app_name"));
    QList<QJsonObject> matches;
    for (const DemoApp &a : std::as_const(call.instance.apps)) {
        if (!name.isEmpty() && !a.name.contains(name, Qt::CaseInsensitive))
            continue;
        const DemoAppQuota *holder = ApigCatalog::quotaOfApp(call.instance, a.id);
        if (bindable && !holder) {
            matches.append(ApigCatalog::quotaAppJson(a, *q, QString()));
        } else if (!bindable && holder == q) {
            for (const DemoAppQuotaBinding &b : std::as_const(q->apps)) {
                if (b.appId == a.id)
                    matches.append(ApigCatalog::quotaAppJson(a, *q, b.boundTime));
            }
        }
    }
    return pageOf(call, QStringLiteral("apps"), matches);
}
