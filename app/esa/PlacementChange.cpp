#include "app/esa/PlacementChange.h"

#include "app/esa/RoutinePlacement.h"

#include <algorithm>

using Outcome = ChangeRecord::Outcome;

PlacementChange::PlacementChange(Context context, QObject *parent)
    : CloudChange(Subject{context.accountId, context.accountName, QStringLiteral("ESA"), context.routine, context.journal}, parent)
    , m_context(std::move(context))
{
}

QString PlacementChange::describe(const RoutineRoute &route)
{
    return tr("%1: %2 → %3 (%4, Sequence %5)")
            .arg(route.routeName, route.readableRule(), route.routine, RoutinePlacement::switches(route))
            .arg(route.sequence);
}

bool PlacementChange::sameRoute(const RoutineRoute &a, const RoutineRoute &b)
{
    return a.routeName == b.routeName && a.routine == b.routine && a.rule() == b.rule() && a.enabled == b.enabled
            && a.bypass == b.bypass && a.fallback == b.fallback && a.sequence == b.sequence;
}

template <typename T>
void PlacementChange::send(const QString &action, const QString &before, const QString &after, Request<T> write,
                           const QString &doneMessage, std::function<void(const T &)> onDone,
                           std::function<void(const ApiError &)> onFailed)
{
    m_running = true;
    m_record = beginRecord(action, before, after);
    emit progress(tr("Sending…"), 0, 1);
    m_write = std::move(write).then(this, [this, after, doneMessage, onDone, onFailed](const ApiResult<T> &r) {
        if (!r.ok()) {
            onFailed(r.error());
            return;
        }
        onDone(r.value());
        finishRecord(m_record, Outcome::Done, after, {}, doneMessage);
        end(Outcome::Done, doneMessage);
    });
}

void PlacementChange::readRoutesBack(const ApiError &error, qint64 siteId, const Decide &decide)
{
    afterFailedWrite(error, m_record, [this, error, siteId, decide](const Conclude &conclude) {
        m_read = m_context.client->listSiteRoutes(siteId).then(this, [conclude, decide, error](const ApiResult<QList<RoutineRoute>> &r) {
            if (!r.ok()) {
                conclude(Outcome::Unknown, tr("The answer was lost (%1) and the site's routes could not be read back (%2): check them before trying again.")
                                                   .arg(error.summary(), r.error().summary()));
                return;
            }
            const auto [outcome, message] = decide(r.value());
            conclude(outcome, message);
        });
    });
}

void PlacementChange::readDomainsBack(const ApiError &error, const DecideDomains &decide)
{
    afterFailedWrite(error, m_record, [this, error, decide](const Conclude &conclude) {
        m_read = m_context.client->listRoutineRelatedRecords(m_context.routine)
                         .then(this, [conclude, decide, error](const ApiResult<QList<RelatedRecord>> &r) {
                             if (!r.ok()) {
                                 conclude(Outcome::Unknown, tr("The answer was lost (%1) and the custom domains could not be read back (%2): check them before trying again.")
                                                                    .arg(error.summary(), r.error().summary()));
                                 return;
                             }
                             const auto [outcome, message] = decide(r.value());
                             conclude(outcome, message);
                         });
    });
}

void PlacementChange::addRoute(RoutineRoute route)
{
    route.routine = m_context.routine;
    const QString after = describe(route);
    send<qint64>(QStringLiteral("add-route"), {}, after, m_context.client->createRoutineRoute(route), tr("Route %1 was added.").arg(route.routeName),
                 [this](const qint64 &id) { m_createdId = id; },
                 [this, route](const ApiError &e) {
                     readRoutesBack(e, route.siteId, [this, route](const QList<RoutineRoute> &now) {
                         for (const RoutineRoute &r : now) {
                             if (r.routine == route.routine && r.routeName == route.routeName && r.rule() == route.rule()) {
                                 m_createdId = r.configId;
                                 return std::pair{Outcome::Happened, tr("The answer was lost, but route %1 is there: it was added.").arg(route.routeName)};
                             }
                         }
                         return std::pair{Outcome::DidNotHappen, tr("The answer was lost and route %1 is not there: nothing was added.").arg(route.routeName)};
                     });
                 });
}

void PlacementChange::editRoute(const RoutineRoute &before, RoutineRoute after)
{
    after.routine = m_context.routine;
    after.configId = before.configId;
    after.siteId = before.siteId;
    send<QString>(QStringLiteral("edit-route"), describe(before), describe(after), m_context.client->updateRoutineRoute(after),
                  tr("Route %1 was changed.").arg(after.routeName), [](const QString &) {},
                  [this, before, after](const ApiError &e) {
                      readRoutesBack(e, after.siteId, [before, after](const QList<RoutineRoute> &now) {
                          for (const RoutineRoute &r : now) {
                              if (r.configId != after.configId)
                                  continue;
                              if (sameRoute(r, after))
                                  return std::pair{Outcome::Happened, tr("The answer was lost, but route %1 reads as changed.").arg(after.routeName)};
                              if (sameRoute(r, before))
                                  return std::pair{Outcome::DidNotHappen, tr("The answer was lost and route %1 is unchanged.").arg(before.routeName)};
                              return std::pair{Outcome::Unknown, tr("The answer was lost and route %1 is neither as it was nor as asked: check it.").arg(before.routeName)};
                          }
                          return std::pair{Outcome::Unknown, tr("The answer was lost and route %1 is gone.").arg(before.routeName)};
                      });
                  });
}

void PlacementChange::deleteRoute(const RoutineRoute &route)
{
    send<QString>(QStringLiteral("delete-route"), describe(route), {}, m_context.client->deleteRoutineRoute(route.siteId, route.configId),
                  tr("Route %1 was deleted.").arg(route.routeName), [](const QString &) {},
                  [this, route](const ApiError &e) {
                      readRoutesBack(e, route.siteId, [route](const QList<RoutineRoute> &now) {
                          const bool there = std::any_of(now.cbegin(), now.cend(), [&](const RoutineRoute &r) { return r.configId == route.configId; });
                          return there ? std::pair{Outcome::DidNotHappen, tr("The answer was lost and route %1 is still there.").arg(route.routeName)}
                                       : std::pair{Outcome::Happened, tr("The answer was lost, but route %1 is gone: it was deleted.").arg(route.routeName)};
                      });
                  });
}

void PlacementChange::addDomain(qint64 siteId, const QString &recordName)
{
    send<qint64>(QStringLiteral("add-domain"), {}, recordName, m_context.client->createRoutineRelatedRecord(m_context.routine, siteId, recordName),
                 tr("Custom domain %1 was added.").arg(recordName), [this](const qint64 &id) { m_createdId = id; },
                 [this, recordName](const ApiError &e) {
                     readDomainsBack(e, [this, recordName](const QList<RelatedRecord> &now) {
                         for (const RelatedRecord &r : now) {
                             if (r.recordName.compare(recordName, Qt::CaseInsensitive) == 0) {
                                 m_createdId = r.recordId;
                                 return std::pair{Outcome::Happened, tr("The answer was lost, but %1 is there: it was added.").arg(recordName)};
                             }
                         }
                         return std::pair{Outcome::DidNotHappen, tr("The answer was lost and %1 is not there: nothing was added.").arg(recordName)};
                     });
                 });
}

void PlacementChange::deleteDomain(const RelatedRecord &record)
{
    send<QString>(QStringLiteral("delete-domain"), record.recordName, {},
                  m_context.client->deleteRoutineRelatedRecord(m_context.routine, record.siteId, record.recordId, record.recordName),
                  tr("Custom domain %1 was deleted.").arg(record.recordName), [](const QString &) {},
                  [this, record](const ApiError &e) {
                      readDomainsBack(e, [record](const QList<RelatedRecord> &now) {
                          const bool there = std::any_of(now.cbegin(), now.cend(), [&](const RelatedRecord &r) { return r.recordId == record.recordId; });
                          return there ? std::pair{Outcome::DidNotHappen, tr("The answer was lost and %1 is still there.").arg(record.recordName)}
                                       : std::pair{Outcome::Happened, tr("The answer was lost, but %1 is gone: it was deleted.").arg(record.recordName)};
                      });
                  });
}
