#include "app/emulator/huawei/ApigCatalog.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstring>
#include <optional>

namespace {

// A single address as the vendor writes one: a dotted IPv4 quad (not Qt's shorthands such as
// "10" or "10.1") or an IPv6 address.
std::optional<QHostAddress> address(const QString &text)
{
    static const QRegularExpression quad(QStringLiteral("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$"));
    const QString t = text.trimmed();
    if (!t.contains(QLatin1Char(':')) && !quad.match(t).hasMatch())
        return std::nullopt;
    QHostAddress a;
    if (!a.setAddress(t))
        return std::nullopt;
    return a;
}

// IPv4-mapped IPv6 addresses compare as IPv4.
QHostAddress plain(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}

// -1, 0, 1 for two addresses of the same family.
int compare(const QHostAddress &a, const QHostAddress &b)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 x = a.toIPv4Address(), y = b.toIPv4Address();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const Q_IPV6ADDR x = a.toIPv6Address(), y = b.toIPv6Address();
    return std::memcmp(x.c, y.c, 16) < 0 ? -1 : (std::memcmp(x.c, y.c, 16) > 0 ? 1 : 0);
}

QString joined(const QList<DemoApiPublication> &pubs, QString DemoApiPublication::*field)
{
    QStringList parts;
    for (const DemoApiPublication &p : pubs)
        parts.append(p.*field);
    return parts.join(QLatin1Char('|'));
}

QString envNames(const DemoInstance &instance, const DemoApi &api)
{
    QStringList names;
    for (const DemoApiPublication &p : api.publications) {
        const DemoApigEnv *e = ApigCatalog::env(instance, p.envId);
        names.append(e ? e->name : QString());
    }
    return names.join(QLatin1Char('|'));
}

QString groupName(const DemoInstance &instance, const QString &groupId)
{
    const DemoApiGroup *g = ApigCatalog::group(instance, groupId);
    return g ? g->name : QString();
}

} // namespace

namespace ApigCatalog {

QString newId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

QString isoNow(const QDateTime &now)
{
    return now.toUTC().toString(Qt::ISODate);
}

const DemoApigEnv *env(const DemoInstance &instance, const QString &id)
{
    for (const DemoApigEnv &e : instance.envs) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const DemoApigEnv *envNamed(const DemoInstance &instance, const QString &name)
{
    for (const DemoApigEnv &e : instance.envs) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const DemoApiGroup *group(const DemoInstance &instance, const QString &id)
{
    for (const DemoApiGroup &g : instance.groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const DemoApiGroup *groupServing(const DemoInstance &instance, const QString &host)
{
    for (const DemoApiGroup &g : instance.groups) {
        if (g.slDomain.compare(host, Qt::CaseInsensitive) == 0)
            return &g;
        for (const QString &d : g.urlDomains) {
            if (d.compare(host, Qt::CaseInsensitive) == 0)
                return &g;
        }
    }
    return nullptr;
}

const DemoApi *api(const DemoInstance &instance, const QString &id)
{
    for (const DemoApi &a : instance.apis) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const DemoApiPublication *publication(const DemoApi &api, const QString &envId)
{
    for (const DemoApiPublication &p : api.publications) {
        if (p.envId == envId)
            return &p;
    }
    return nullptr;
}

const DemoAppAuth *auth(const DemoInstance &instance, const QString &apiId, const QString &appId, const QString &envId)
{
    for (const DemoAppAuth &a : instance.appAuths) {
        if (a.apiId == apiId && a.appId == appId && a.envId == envId)
            return &a;
    }
    return nullptr;
}

const DemoAppAcl *acl(const DemoInstance &instance, const QString &appId)
{
    for (const DemoAppAcl &a : instance.appAcls) {
        if (a.appId == appId)
            return &a;
    }
    return nullptr;
}

DemoAppQuota *quota(DemoInstance &instance, const QString &id)
{
    for (DemoAppQuota &q : instance.appQuotas) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const DemoAppQuota *quotaOfApp(const DemoInstance &instance, const QString &appId)
{
    for (const DemoAppQuota &q : instance.appQuotas) {
        for (const DemoAppQuotaBinding &b : q.apps) {
            if (b.appId == appId)
                return &q;
        }
    }
    return nullptr;
}

const DemoApp *app(const DemoInstance &instance, const QString &id)
{
    for (const DemoApp &a : instance.apps) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString aclValueProblem(const QString &value)
{
    if (value.contains(QLatin1Char('/'))) {
        const QString prefix = value.section(QLatin1Char('/'), 1);
        static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
        const auto base = address(value.section(QLatin1Char('/'), 0, 0));
        if (!base || !digits.match(prefix).hasMatch())
            return QStringLiteral("'%1' is not a CIDR block (address/prefix length)").arg(value);
        const int max = base->protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        if (prefix.toInt() > max)
            return QStringLiteral("'%1': the prefix length must be at most %2").arg(value).arg(max);
        return {};
    }
    if (value.contains(QLatin1Char('-'))) {
        const auto from = address(value.section(QLatin1Char('-'), 0, 0));
        const auto to = address(value.section(QLatin1Char('-'), 1));
        if (!from || !to || from->protocol() != to->protocol())
            return QStringLiteral("'%1' is not a range of two addresses of one family (a-b)").arg(value);
        if (compare(*from, *to) > 0)
            return QStringLiteral("'%1': the range starts after it ends").arg(value);
        return {};
    }
    return address(value) ? QString() : QStringLiteral("'%1' is not an IP address, a range a-b or a CIDR block").arg(value);
}

bool aclValueMatches(const QString &value, const QHostAddress &caller)
{
    const QHostAddress who = plain(caller);
    if (value.contains(QLatin1Char('/')))
        return who.isInSubnet(QHostAddress::parseSubnet(value.trimmed()));
    if (value.contains(QLatin1Char('-'))) {
        const auto from = address(value.section(QLatin1Char('-'), 0, 0));
        const auto to = address(value.section(QLatin1Char('-'), 1));
        return from && to && who.protocol() == from->protocol() && compare(*from, who) <= 0 && compare(who, *to) <= 0;
    }
    const auto one = address(value);
    return one && plain(*one) == who;
}

bool aclAdmits(const DemoAppAcl *acl, const QHostAddress &caller)
{
    if (!acl)
        return true;
    bool listed = false;
    for (const QString &v : acl->values)
        listed = listed || aclValueMatches(v, caller);
    return acl->type == QLatin1String("DENY") ? !listed : listed;
}

qint64 periodSeconds(const DemoAppQuota &quota)
{
    const qint64 unit = quota.timeUnit == QLatin1String("DAY") ? 86400
            : quota.timeUnit == QLatin1String("HOUR")          ? 3600
            : quota.timeUnit == QLatin1String("MINUTE")        ? 60
                                                               : 1;
    return unit * qMax(1, quota.timeInterval);
}

QJsonObject envJson(const DemoApigEnv &env)
{
    return {{QStringLiteral("id"), env.id}, {QStringLiteral("name"), env.name},
            {QStringLiteral("remark"), env.remark}, {QStringLiteral("create_time"), env.createTime}};
}

QJsonObject groupJson(const DemoApiGroup &group)
{
    QJsonArray domains;
    for (const QString &d : group.urlDomains)
        domains.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(QByteArray::number(qHash(d), 16).rightJustified(32, '0'))},
                                   {QStringLiteral("domain"), d},
                                   {QStringLiteral("cname_status"), 3},
                                   {QStringLiteral("min_ssl_version"), QStringLiteral("TLSv1.2")},
                                   {QStringLiteral("verified_client_certificate_enabled"), false},
                                   {QStringLiteral("is_has_trusted_root_ca"), false},
                                   {QStringLiteral("ingress_http_port"), -1},
                                   {QStringLiteral("ingress_https_port"), 443}});
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("status"), 1},
            {QStringLiteral("sl_domain"), group.slDomain},
            {QStringLiteral("sl_domains"), QJsonArray{group.slDomain}},
            {QStringLiteral("sl_domain_access_enabled"), true},
            {QStringLiteral("url_domains"), domains},
            {QStringLiteral("register_time"), group.registerTime},
            {QStringLiteral("update_time"), group.registerTime},
            {QStringLiteral("on_sell_status"), 2},
            {QStringLiteral("is_default"), 2},
            {QStringLiteral("remark"), group.remark}};
}

QJsonObject apiOutlineJson(const DemoInstance &instance, const DemoApi &api)
{
    return {{QStringLiteral("id"), api.id},
            {QStringLiteral("name"), api.name},
            {QStringLiteral("remark"), api.remark},
            {QStringLiteral("group_id"), api.groupId},
            {QStringLiteral("group_name"), groupName(instance, api.groupId)},
            {QStringLiteral("req_uri"), api.reqUri},
            {QStringLiteral("auth_type"), api.authType},
            {QStringLiteral("run_env_id"), joined(api.publications, &DemoApiPublication::envId)},
            {QStringLiteral("run_env_name"), envNames(instance, api)},
            {QStringLiteral("publish_id"), joined(api.publications, &DemoApiPublication::publishId)},
            {QStringLiteral("tags"), QJsonArray()}};
}

QJsonObject apiJson(const DemoInstance &instance, const DemoApi &api)
{
    QJsonObject o = apiOutlineJson(instance, api);
    o.insert(QStringLiteral("req_method"), api.reqMethod);
    o.insert(QStringLiteral("req_protocol"), QStringLiteral("BOTH"));
    o.insert(QStringLiteral("match_mode"), QStringLiteral("NORMAL"));
    o.insert(QStringLiteral("auth_opt"), QJsonObject{{QStringLiteral("app_code_auth_type"), api.appCodeAuthType}});
    o.insert(QStringLiteral("type"), 1);
    o.insert(QStringLiteral("status"), 1);
    o.insert(QStringLiteral("backend_type"), QStringLiteral("HTTP"));
    o.insert(QStringLiteral("register_time"), api.registerTime);
    o.insert(QStringLiteral("update_time"), api.registerTime);
    o.insert(QStringLiteral("publish_time"), joined(api.publications, &DemoApiPublication::publishTime));
    return o;
}

QJsonObject authRelationJson(const DemoAppAuth &auth, const QJsonObject &result)
{
    return {{QStringLiteral("id"), auth.id},
            {QStringLiteral("api_id"), auth.apiId},
            {QStringLiteral("app_id"), auth.appId},
            {QStringLiteral("auth_result"), result},
            {QStringLiteral("auth_time"), auth.authTime},
            {QStringLiteral("auth_role"), QStringLiteral("PROVIDER")},
            {QStringLiteral("auth_tunnel"), QStringLiteral("NORMAL")}};
}

QJsonObject authInfoJson(const DemoInstance &instance, const DemoAppAuth &auth)
{
    const DemoApi *a = api(instance, auth.apiId);
    const DemoApp *p = app(instance, auth.appId);
    const DemoApigEnv *e = env(instance, auth.envId);
    const DemoApiPublication *pub = a ? publication(*a, auth.envId) : nullptr;
    return {{QStringLiteral("id"), auth.id},
            {QStringLiteral("api_id"), auth.apiId},
            {QStringLiteral("api_name"), a ? a->name : QString()},
            {QStringLiteral("api_type"), 1},
            {QStringLiteral("api_remark"), a ? a->remark : QString()},
            {QStringLiteral("group_id"), a ? a->groupId : QString()},
            {QStringLiteral("group_name"), a ? groupName(instance, a->groupId) : QString()},
            {QStringLiteral("env_id"), auth.envId},
            {QStringLiteral("env_name"), e ? e->name : QString()},
            {QStringLiteral("app_id"), auth.appId},
            {QStringLiteral("app_name"), p ? p->name : QString()},
            {QStringLiteral("app_remark"), p ? p->remark : QString()},
            {QStringLiteral("app_type"), QStringLiteral("apig")},
            {QStringLiteral("app_creator"), p ? p->creator : QString()},
            {QStringLiteral("auth_role"), QStringLiteral("PROVIDER")},
            {QStringLiteral("auth_time"), auth.authTime},
            {QStringLiteral("auth_tunnel"), QStringLiteral("NORMAL")},
            {QStringLiteral("publish_id"), pub ? pub->publishId : QString()},
            {QStringLiteral("visit_param"), QString()},
            {QStringLiteral("tags"), QJsonArray()}};
}

QJsonObject aclJson(const QString &appId, const DemoAppAcl *acl)
{
    return {{QStringLiteral("app_id"), appId},
            {QStringLiteral("app_acl_type"), acl ? acl->type : QString()},
            {QStringLiteral("app_acl_values"), acl ? QJsonArray::fromStringList(acl->values) : QJsonArray()}};
}

QJsonObject quotaJson(const DemoAppQuota &quota)
{
    QJsonObject o{{QStringLiteral("app_quota_id"), quota.id},
                  {QStringLiteral("name"), quota.name},
                  {QStringLiteral("call_limits"), quota.callLimits},
                  {QStringLiteral("time_unit"), quota.timeUnit},
                  {QStringLiteral("time_interval"), quota.timeInterval},
                  {QStringLiteral("remark"), quota.remark},
                  {QStringLiteral("create_time"), quota.createTime},
                  {QStringLiteral("bound_app_num"), quota.apps.size()}};
    if (!quota.resetTime.isEmpty())
        o.insert(QStringLiteral("reset_time"), quota.resetTime);
    return o;
}

QJsonObject quotaAppJson(const DemoApp &app, const DemoAppQuota &quota, const QString &boundTime)
{
    return {{QStringLiteral("app_id"), app.id},
            {QStringLiteral("name"), app.name},
            {QStringLiteral("status"), app.status},
            {QStringLiteral("app_key"), app.appKey},
            {QStringLiteral("remark"), app.remark},
            {QStringLiteral("register_time"), app.registerTime},
            {QStringLiteral("update_time"), app.updateTime},
            {QStringLiteral("app_quota_id"), quota.id},
            {QStringLiteral("app_quota_name"), quota.name},
            {QStringLiteral("bound_time"), boundTime}};
}

QJsonObject appDetailJson(const DemoApp &app)
{
    // In full, unlike ListAppsV2's mask: the console shows the secret from this call, and a
    // client must treat the answer as a secret (the REF example's mask is the harder reading
    // for nothing: a client that never prints it handles both).
    return {{QStringLiteral("id"), app.id},
            {QStringLiteral("name"), app.name},
            {QStringLiteral("remark"), app.remark},
            {QStringLiteral("creator"), app.creator},
            {QStringLiteral("status"), app.status},
            {QStringLiteral("app_key"), app.appKey},
            {QStringLiteral("app_secret"), app.appSecret},
            {QStringLiteral("register_time"), app.registerTime},
            {QStringLiteral("update_time"), app.updateTime},
            {QStringLiteral("app_type"), QStringLiteral("apig")}};
}

} // namespace ApigCatalog
