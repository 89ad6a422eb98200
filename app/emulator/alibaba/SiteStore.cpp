#include "app/emulator/alibaba/SiteStore.h"

#include <algorithm>
#include <tuple>

SiteStore::SiteStore(const DemoData &data)
    : m_sites(data.sites())
    , m_records(data.relatedRecords())
    , m_routes(data.routes())
{
    for (const DemoRelatedRecord &r : std::as_const(m_records))
        m_nextRecordId = std::max(m_nextRecordId, r.recordId);
    for (const DemoRoute &r : std::as_const(m_routes))
        m_nextConfigId = std::max(m_nextConfigId, r.configId);
    // New ids continue well apart from the demo's, so a test never mistakes one for the other.
    m_nextRecordId += 1000;
    m_nextConfigId += 1000;
}

const DemoSite *SiteStore::site(qint64 siteId) const
{
    for (const DemoSite &s : m_sites) {
        if (s.siteId == siteId)
            return &s;
    }
    return nullptr;
}

bool SiteStore::belongsTo(const QString &host, const DemoSite &site)
{
    const QString h = host.toLower();
    return h == site.name || h.endsWith(QLatin1Char('.') + site.name);
}

const DemoSite *SiteStore::matchSite(const QString &host) const
{
    const DemoSite *best = nullptr;
    for (const DemoSite &s : m_sites) {
        if (belongsTo(host, s) && (!best || s.name.size() > best->name.size()))
            best = &s;
    }
    return best;
}

const DemoRelatedRecord *SiteStore::recordNamed(const QString &recordName) const
{
    for (const DemoRelatedRecord &r : m_records) {
        if (r.recordName.compare(recordName, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

const DemoRelatedRecord &SiteStore::addRecord(const QString &routine, qint64 siteId, const QString &recordName)
{
    m_records.append({++m_nextRecordId, routine, siteId, recordName.toLower()});
    return m_records.last();
}

bool SiteStore::removeRecord(qint64 recordId)
{
    return m_records.removeIf([&](const DemoRelatedRecord &r) { return r.recordId == recordId; }) > 0;
}

QList<const DemoRoute *> SiteStore::siteRoutes(qint64 siteId) const
{
    QList<const DemoRoute *> out;
    for (const DemoRoute &r : m_routes) {
        if (r.siteId == siteId)
            out.append(&r);
    }
    return out;
}

const DemoRoute *SiteStore::route(qint64 siteId, qint64 configId) const
{
    for (const DemoRoute &r : m_routes) {
        if (r.siteId == siteId && r.configId == configId)
            return &r;
    }
    return nullptr;
}

int SiteStore::routeCount(qint64 siteId) const
{
    return int(std::count_if(m_routes.cbegin(), m_routes.cend(), [&](const DemoRoute &r) { return r.siteId == siteId; }));
}

int SiteStore::nextSequence(qint64 siteId) const
{
    int highest = 0;
    for (const DemoRoute &r : m_routes) {
        if (r.siteId == siteId)
            highest = std::max(highest, r.sequence);
    }
    return highest + 1;
}

const DemoRoute &SiteStore::addRoute(DemoRoute route)
{
    route.configId = ++m_nextConfigId;
    const qint64 configId = route.configId;
    place(std::move(route));
    for (const DemoRoute &r : m_routes) {
        if (r.configId == configId)
            return r;
    }
    Q_UNREACHABLE();
}

void SiteStore::updateRoute(const DemoRoute &route)
{
    removeRoute(route.siteId, route.configId);
    place(route);
}

bool SiteStore::removeRoute(qint64 siteId, qint64 configId)
{
    return m_routes.removeIf([&](const DemoRoute &r) { return r.siteId == siteId && r.configId == configId; }) > 0;
}

void SiteStore::forgetRoutine(const QString &routine)
{
    m_records.removeIf([&](const DemoRelatedRecord &r) { return r.routine == routine; });
    m_routes.removeIf([&](const DemoRoute &r) { return r.routine == routine; });
}

// Keeps m_routes ordered by site (sites in their list's order), then Sequence, then ConfigId.
void SiteStore::place(DemoRoute route)
{
    auto siteIndex = [&](qint64 siteId) {
        for (qsizetype i = 0; i < m_sites.size(); ++i) {
            if (m_sites.at(i).siteId == siteId)
                return i;
        }
        return m_sites.size();
    };
    auto before = [&](const DemoRoute &a, const DemoRoute &b) {
        return std::make_tuple(siteIndex(a.siteId), a.sequence, a.configId) < std::make_tuple(siteIndex(b.siteId), b.sequence, b.configId);
    };
    const auto at = std::upper_bound(m_routes.begin(), m_routes.end(), route, before);
    m_routes.insert(at, std::move(route));
}
