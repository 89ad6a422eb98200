// A change to where a routine runs: add, edit or delete one route, add or delete one custom
// domain. One write, sent once after the user confirmed it, journaled as it is sent and when it
// ends. When its answer is lost (a timeout, a reset, a 5xx) it is never sent again: the site's
// routes (ListSiteRoutes) or the routine's custom domains (ListRoutineRelatedRecords) are read
// back and say whether it happened.
#pragma once

#include "app/changes/CloudChange.h"
#include "app/esa/EsaClient.h"

#include <memory>

class PlacementChange : public CloudChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementChange)

public:
    struct Context
    {
        std::shared_ptr<EsaClient> client;
        QString accountId;
        QString accountName;
        QString routine;
        ChangeJournal *journal = nullptr;
    };

    explicit PlacementChange(Context context, QObject *parent = nullptr);

    // `route.routine` is set to the context's routine.
    void addRoute(RoutineRoute route);
    void editRoute(const RoutineRoute &before, RoutineRoute after);
    void deleteRoute(const RoutineRoute &route);
    void addDomain(qint64 siteId, const QString &recordName);
    void deleteDomain(const RelatedRecord &record);

    // The new route's ConfigId / custom domain's RecordId once added (0 before, or when unknown).
    qint64 createdId() const { return m_createdId; }

    // "shop.example.com/api/* → auth-guard (enabled, Sequence 0)": a route for the journal.
    static QString describe(const RoutineRoute &route);
    // Whether two routes say the same (name, routine, rule, switches, Sequence).
    static bool sameRoute(const RoutineRoute &a, const RoutineRoute &b);

private:
    using Decide = std::function<std::pair<ChangeRecord::Outcome, QString>(const QList<RoutineRoute> &)>;
    using DecideDomains = std::function<std::pair<ChangeRecord::Outcome, QString>(const QList<RelatedRecord> &)>;
    template <typename T>
    void send(const QString &action, const QString &before, const QString &after, Request<T> write, const QString &doneMessage,
              std::function<void(const T &)> onDone, std::function<void(const ApiError &)> onFailed);
    void readRoutesBack(const ApiError &error, qint64 siteId, const Decide &decide);
    void readDomainsBack(const ApiError &error, const DecideDomains &decide);

    Context m_context;
    QString m_record;
    AnyRequest m_write;
    AnyRequest m_read;
    qint64 m_createdId = 0;
};
