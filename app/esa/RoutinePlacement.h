// "Runs on": where one routine serves requests. Its default host (GetRoutine's
// DefaultRelatedRecord), its custom domains (ListRoutineRelatedRecords: a whole host each) and its
// routes (ListRoutineRoutes), each route flagged against the other routes of its site
// (ListSiteRoutes, every routine's): the routes it overlaps, and the earlier enabled route that
// leaves it nothing to win ("never wins"). The flags follow RouteCoverage: never wrong, but
// silent about overlaps it cannot decide (a rule with `not`, `or`, cookies…).
#pragma once

#include "app/esa/EsaClient.h"
#include "app/esa/SiteRoutes.h"

#include <QCoreApplication>

#include <memory>

struct PlacedRoute
{
    RoutineRoute route;
    QString readable;          // "shop.example.com/api/*", or the rule's canonical text
    QString ruleProblem;       // why the rule does not parse (then it matches nothing here)
    QStringList overlaps;      // "shop-all (ab-testing)": other routes of the site matching some same request
    QString shadowedBy;        // "shop-api (auth-guard)": an earlier enabled route matching all it matches
    bool neverWins() const { return !shadowedBy.isEmpty(); }
};

struct RoutinePlacement
{
    Q_DECLARE_TR_FUNCTIONS(RoutinePlacement)

public:
    QString routine;
    QString defaultHost;
    QList<RelatedRecord> customDomains;
    QList<PlacedRoute> routes; // by site, then Sequence

    // "enabled, bypass, fallback" or "disabled": the route's switches, translated.
    static QString switches(const RoutineRoute &route);
    // Routes of one site in the order the service evaluates them (Sequence, then ConfigId).
    static QList<RoutineRoute> inOrder(QList<RoutineRoute> routes);
    // `mine` flagged against `siteRoutes` (all routes of the sites concerned, every routine's).
    static QList<PlacedRoute> place(const QList<RoutineRoute> &mine, const QList<RoutineRoute> &siteRoutes);
    // "name (routine)".
    static QString label(const RoutineRoute &route);

    // GetRoutine, the custom domains and the routes side by side, then the routes of each site
    // the routine has routes on; dropping the request aborts them all.
    static Request<RoutinePlacement> load(const std::shared_ptr<EsaClient> &client, const QString &routine);
};

Q_DECLARE_METATYPE(RoutinePlacement)
