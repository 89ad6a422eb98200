// Where routines run on ESA (API 2024-09-10): the account's sites (ListSites), a routine's custom
// domains ("related records": a whole host sent to the routine) and routes (a rule in ESA's rule
// language on a site, evaluated by Sequence), as the calls answer them.
#pragma once

#include "app/rules/Rule.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct EsaSite
{
    qint64 siteId = 0;
    QString name;          // the zone: "example.com"
    QString status;        // active, pending, offline
    QString accessType;    // NS, CNAME
    QString coverage;      // domestic, global, overseas
    QString planSpecName;

    // Whether `host` (lower-case) is this site's zone or a name under it.
    bool covers(const QString &host) const;
};

// A custom domain of a routine: every request to `recordName` goes to the routine.
struct RelatedRecord
{
    qint64 recordId = 0;
    QString recordName;
    qint64 siteId = 0;
    QString siteName;
    QString routine; // not in the answer: the routine it was listed for
};

struct RoutineRoute
{
    qint64 configId = 0;
    qint64 siteId = 0;
    QString siteName;
    QString routine;
    QString routeName;
    QString ruleText;        // as the service keeps it
    bool enabled = true;     // RouteEnable on/off
    bool bypass = false;     // a match sends the request past all functions
    bool fallback = false;   // back to the origin when the function fails
    QString mode;            // simple (from a host/path pattern) or custom
    QString configType;
    int sequence = 0;        // the place on its site: lower is evaluated first

    // The parsed rule (null when the text does not parse: such a route matches nothing here).
    rules::Rule rule() const { return rules::Rule::parse(ruleText); }
    // "shop.example.com/api/*" when the rule is an esa-cli pattern, else the rule's text.
    QString readableRule() const;
};

// One page of a paged list and its total.
template <typename T>
struct EsaPage
{
    QList<T> items;
    int totalCount = 0;
};

Q_DECLARE_METATYPE(EsaSite)
Q_DECLARE_METATYPE(RelatedRecord)
Q_DECLARE_METATYPE(RoutineRoute)
