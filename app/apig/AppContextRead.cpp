#include "app/apig/AppContextRead.h"

#include "app/async/RequestJoin.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 Limit = 500;

using Client = std::shared_ptr<ApigClient>;

// What the environments and their authorizations lead to.
struct Apis
{
    QList<ApigEnv> envs;
    QList<ApigAuthorizedApi> auths;
    QList<ApigApiDetail> apis;
    QList<ApigGroupDetail> groups;
    QStringList unread; // details that could not be read, and why
};

// One detail read, or, when the gateway could not give it, nothing and why: one API or group
// that cannot be read leaves its rows with the authorization's names instead of failing the
// whole view. Being stopped is no such failure: it stops the whole read.
template <typename T>
Request<std::pair<std::optional<T>, QString>> orWhyNot(Request<T> request, const QString &what)
{
    using Out = std::pair<std::optional<T>, QString>;
    return std::move(request).map([what](const ApiResult<T> &r) -> ApiResult<Out> {
        if (r.ok())
            return Out{r.value(), QString()};
        if (r.error().kind == ApiError::Kind::Cancelled)
            return r.error();
        return Out{std::nullopt, QStringLiteral("%1: %2").arg(what, r.error().summary())};
    });
}

// The details that were read into `read`, and why the others were not into `unread`.
template <typename T>
void sortReads(const QList<std::pair<std::optional<T>, QString>> &reads, QList<T> &read, QStringList &unread)
{
    for (const auto &r : reads) {
        if (r.first)
            read << *r.first;
        else
            unread << r.second;
    }
}

Request<QList<ApigEnv>> envsFrom(const Client &client, const QString &instanceId, qint64 offset, const QList<ApigEnv> &before)
{
    return client->listEnvs(instanceId, offset, Limit).followedBy([=](const ApigEnvPage &page) {
        const QList<ApigEnv> all = before + page.envs;
        if (page.envs.isEmpty() || offset + Limit >= page.page.total)
            return Request<QList<ApigEnv>>::fromResult(all);
        return envsFrom(client, instanceId, offset + Limit, all);
    });
}

Request<QList<ApigAuthorizedApi>> authsFrom(const Client &client, const QString &instanceId, const QString &appId, const QString &envId,
                                            qint64 offset, const QList<ApigAuthorizedApi> &before)
{
    return client->listAuthorizedApis(instanceId, appId, envId, offset, Limit).followedBy([=](const ApigAuthorizedApiPage &page) {
        const QList<ApigAuthorizedApi> all = before + page.auths;
        if (page.auths.isEmpty() || offset + Limit >= page.page.total)
            return Request<QList<ApigAuthorizedApi>>::fromResult(all);
        return authsFrom(client, instanceId, appId, envId, offset + Limit, all);
    });
}

// The groups of `apis`, each asked once.
Request<Apis> withGroups(const Client &client, const QString &instanceId, Apis apis)
{
    QStringList ids;
    for (const ApigApiDetail &a : std::as_const(apis.apis)) {
        if (!a.groupId.isEmpty() && !ids.contains(a.groupId))
            ids << a.groupId;
    }
    using Read = std::pair<std::optional<ApigGroupDetail>, QString>;
    std::vector<Request<Read>> parts;
    for (const QString &id : std::as_const(ids))
        parts.push_back(orWhyNot(client->showGroup(instanceId, id), ApiError::tr("the API group %1").arg(id)));
    return Requests::all(std::move(parts)).map([apis](const ApiResult<QList<Read>> &r) -> ApiResult<Apis> {
        if (!r.ok())
            return r.error();
        Apis out = apis;
        sortReads(r.value(), out.groups, out.unread);
        return out;
    });
}

// The details of the authorized APIs, each asked once, then their groups.
Request<Apis> withDetails(const Client &client, const QString &instanceId, Apis apis)
{
    QStringList ids;
    QHash<QString, QString> names;
    for (const ApigAuthorizedApi &a : std::as_const(apis.auths)) {
        if (!ids.contains(a.apiId))
            ids << a.apiId;
        names.insert(a.apiId, a.apiName.isEmpty() ? a.apiId : a.apiName);
    }
    using Read = std::pair<std::optional<ApigApiDetail>, QString>;
    std::vector<Request<Read>> parts;
    for (const QString &id : std::as_const(ids))
        parts.push_back(orWhyNot(client->showApi(instanceId, id), ApiError::tr("the API %1").arg(names.value(id))));
    return Requests::all(std::move(parts)).followedBy([client, instanceId, apis](const QList<Read> &details) {
        Apis next = apis;
        sortReads(details, next.apis, next.unread);
        return withGroups(client, instanceId, next);
    });
}

Request<Apis> readApis(const Client &client, const QString &instanceId, const QString &appId)
{
    return envsFrom(client, instanceId, 0, {}).followedBy([client, instanceId, appId](const QList<ApigEnv> &envs) {
        std::vector<Request<QList<ApigAuthorizedApi>>> parts;
        for (const ApigEnv &e : envs)
            parts.push_back(authsFrom(client, instanceId, appId, e.id, 0, {}));
        return Requests::all(std::move(parts)).followedBy([client, instanceId, envs](const QList<QList<ApigAuthorizedApi>> &perEnv) {
            Apis apis;
            apis.envs = envs;
            for (const QList<ApigAuthorizedApi> &list : perEnv)
                apis.auths += list;
            return withDetails(client, instanceId, apis);
        });
    });
}

} // namespace

namespace AppContextRead {

QList<AppContextRow> join(const QList<ApigEnv> &envs, const QList<ApigAuthorizedApi> &auths, const QList<ApigApiDetail> &apis,
                          const QList<ApigGroupDetail> &groups)
{
    QHash<QString, ApigApiDetail> apiById;
    for (const ApigApiDetail &a : apis)
        apiById.insert(a.id, a);
    QHash<QString, ApigGroupDetail> groupById;
    for (const ApigGroupDetail &g : groups)
        groupById.insert(g.id, g);
    QList<std::pair<int, AppContextRow>> rows;
    for (const ApigAuthorizedApi &auth : auths) {
        const ApigApiDetail api = apiById.value(auth.apiId);
        const QString groupId = api.groupId.isEmpty() ? auth.groupId : api.groupId;
        const ApigGroupDetail group = groupById.value(groupId);
        int envIndex = 0;
        while (envIndex < envs.size() && envs.at(envIndex).id != auth.envId)
            ++envIndex;
        AppContextRow row;
        row.detailsMissing = !apiById.contains(auth.apiId) || !groupById.contains(groupId);
        row.envName = envIndex < envs.size() ? envs.at(envIndex).name : auth.envName;
        row.apiName = api.name.isEmpty() ? auth.apiName : api.name;
        row.groupName = group.name.isEmpty() ? auth.groupName : group.name;
        row.domain = group.domain();
        row.method = api.reqMethod;
        row.path = api.reqUri;
        row.simpleAuth = api.simpleAuth();
        rows.append({envIndex, row});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.apiName.localeAwareCompare(b.second.apiName) < 0;
    });
    QList<AppContextRow> out;
    for (const auto &r : std::as_const(rows))
        out << r.second;
    return out;
}

Request<AppContext> read(const std::shared_ptr<ApigClient> &client, const QString &instanceId, const QString &appId)
{
    using Parts = std::tuple<Apis, ApigAppAcl, ApigBoundQuota, ApigAppDetail>;
    return Requests::all(readApis(client, instanceId, appId), client->showAppAcl(instanceId, appId), client->showBoundQuota(instanceId, appId),
                         client->showApp(instanceId, appId))
            .map([](const ApiResult<Parts> &r) -> ApiResult<AppContext> {
                if (!r.ok())
                    return r.error();
                const auto &[apis, acl, quota, app] = r.value();
                AppContext c;
                c.envs = apis.envs;
                c.rows = join(apis.envs, apis.auths, apis.apis, apis.groups);
                c.unreadDetails = apis.unread;
                c.acl = acl;
                c.quota = quota;
                c.appKey = app.appKey;
                c.appSecret = app.appSecret;
                return c;
            });
}

} // namespace AppContextRead
