// Where the emulator's routines run: the account's sites, the routines' custom domains
// ("related records") and the routes on each site, DemoData's at start, then every change made
// since. Owned by RoutineStore (deleting a routine takes its records and routes along); guarded
// by the emulator's mutex like it.
//
// Routes are evaluated by ascending Sequence, as sent (the vendor's examples and Terraform's
// acceptance test create a site's route with Sequence 1 and read 1 back, so the service does not
// renumber); routes with the same Sequence go in creation order (ConfigId).
#pragma once

#include "app/emulator/demo/DemoData.h"

class SiteStore
{
public:
    explicit SiteStore(const DemoData &data);

    const QList<DemoSite> &sites() const { return m_sites; }
    const DemoSite *site(qint64 siteId) const;
    // The site `host` belongs to: the one whose name is the host or its longest parent.
    const DemoSite *matchSite(const QString &host) const;
    // Whether `host` is the site's name or one of its subdomains.
    static bool belongsTo(const QString &host, const DemoSite &site);

    // Custom domains, in creation order.
    const QList<DemoRelatedRecord> &relatedRecords() const { return m_records; }
    const DemoRelatedRecord *recordNamed(const QString &recordName) const;
    const DemoRelatedRecord &addRecord(const QString &routine, qint64 siteId, const QString &recordName);
    bool removeRecord(qint64 recordId);

    // Routes of one site in evaluation order, or of every site (by site, then order).
    QList<const DemoRoute *> siteRoutes(qint64 siteId) const;
    const QList<DemoRoute> &routes() const { return m_routes; }
    const DemoRoute *route(qint64 siteId, qint64 configId) const;
    int routeCount(qint64 siteId) const;
    // The Sequence that puts a new route last: one more than the site's highest, 1 on an empty site.
    int nextSequence(qint64 siteId) const;
    // Its ConfigId is assigned here.
    const DemoRoute &addRoute(DemoRoute route);
    // Replaces the route with the same SiteId and ConfigId (its place follows its Sequence).
    void updateRoute(const DemoRoute &route);
    bool removeRoute(qint64 siteId, qint64 configId);

    // DeleteRoutine: the routine's records and routes go with it.
    void forgetRoutine(const QString &routine);

private:
    void place(DemoRoute route);

    QList<DemoSite> m_sites;
    QList<DemoRelatedRecord> m_records;
    QList<DemoRoute> m_routes; // by site, then sequence
    qint64 m_nextRecordId = 0;
    qint64 m_nextConfigId = 0;
};
