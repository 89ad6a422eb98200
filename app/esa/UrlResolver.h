// "Who serves this URL?": the routine (and the versions production runs of it, with their
// shares) that answers a URL, from the account's sites, routes, custom domains and routines.
//
// The model, as the facts describe the service:
// - A routine's default host (DefaultRelatedRecord) is served by that routine alone.
// - Otherwise the URL's site is the account's site whose zone is the host or a parent of it (the
//   longest such zone). Its routes are evaluated by Sequence (then ConfigId); disabled routes are
//   skipped (listed as "disabled, would have matched"). The first enabled route that matches
//   decides: a function route serves the URL with its routine; a bypass route sends it past all
//   functions (to the origin). Later matching routes lost: "shadowed by order" after a function,
//   "passed over by a bypass" after a bypass. A rule that needs what a URL does not tell (a
//   cookie, the user agent) "may match" and does not decide.
// - A custom domain (related record) makes the routine serve its whole host. How it ranks against
//   routes on the same host is NOT documented; CloudCodes assumes a custom domain is the host's
//   origin, so a matching route runs first and the custom domain's routine serves what no route
//   takes (a bypass included). Whenever both apply the answer says the ranking is a guess
//   (rankingUndocumented).
// Pure over the data (resolve), plus a loader (load) that reads the data.
#pragma once

#include "app/esa/EsaClient.h"
#include "app/esa/SiteRoutes.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

// Everything the resolver looks at, for one account.
struct RoutingData
{
    QList<EsaSite> sites;
    QList<RoutineRoute> routes;        // every site's
    QList<RelatedRecord> records;      // every routine's custom domains
    QList<RoutineDetail> routines;     // default hosts and deployments
};

struct Resolution
{
    Q_DECLARE_TR_FUNCTIONS(Resolution)

public:
    enum class ServedBy { Nothing, DefaultHost, CustomDomain, Route, Bypass };
    enum class Why { ShadowedByOrder, PassedOverByBypass, Disabled, MayMatch, LostToRoute };

    struct Loser
    {
        RoutineRoute route;
        Why why = Why::ShadowedByOrder;
    };

    QString problem;                   // the URL is not one to resolve (translated); nothing else is set
    QString host;
    std::optional<EsaSite> site;
    ServedBy servedBy = ServedBy::Nothing;
    QString routine;                   // the routine that serves it (empty: none, the origin)
    std::optional<RoutineRoute> route; // the deciding route (a function or a bypass)
    std::optional<RelatedRecord> customDomain;
    QList<DeployedVersion> production; // what production runs of `routine`, with shares
    QList<Loser> alsoMatched;          // in evaluation order
    bool rankingUndocumented = false;  // a custom domain and a route both apply

    static QString whyName(Why why);   // translated
    // Several lines for a view or the clipboard.
    QString describe() const;
};

namespace UrlResolver {

// The answer for `url` (http or https; a missing scheme is taken as https).
Resolution resolve(const QString &url, const RoutingData &data);

// The same URL over several accounts (★): each account's answer where the URL is on one of its
// sites or served at all, in the order given.
struct AccountResolution
{
    QString account;
    Resolution resolution;
};
QList<AccountResolution> resolveAcross(const QString &url, const QList<QPair<QString, RoutingData>> &accounts);

// ListSites and ListUserRoutines, then every site's routes and every routine's detail and custom
// domains, side by side. Dropping the request aborts what is on its way.
Request<RoutingData> load(const std::shared_ptr<EsaClient> &client);

} // namespace UrlResolver
