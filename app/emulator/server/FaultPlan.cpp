#include "app/emulator/server/FaultPlan.h"

#include <QMutexLocker>

QList<FaultKind> FaultPlan::allKinds()
{
    return {FaultKind::ServerError, FaultKind::Unavailable, FaultKind::Throttling, FaultKind::ResetMidBody,
            FaultKind::TruncatedBody, FaultKind::InvalidJson, FaultKind::Stall};
}

QString FaultPlan::name(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None: return QStringLiteral("none");
    case FaultKind::ServerError: return QStringLiteral("500");
    case FaultKind::Unavailable: return QStringLiteral("503");
    case FaultKind::Throttling: return QStringLiteral("throttle");
    case FaultKind::ResetMidBody: return QStringLiteral("reset");
    case FaultKind::TruncatedBody: return QStringLiteral("truncate");
    case FaultKind::InvalidJson: return QStringLiteral("badjson");
    case FaultKind::Stall: return QStringLiteral("stall");
    case FaultKind::Drip: return QStringLiteral("drip");
    case FaultKind::Drop: return QStringLiteral("drop");
    }
    return {};
}

QList<FaultKind> FaultPlan::namedKinds()
{
    return allKinds() << FaultKind::Drip << FaultKind::Drop;
}

FaultKind FaultPlan::fromName(const QString &name)
{
    for (FaultKind k : namedKinds()) {
        if (FaultPlan::name(k) == name)
            return k;
    }
    return FaultKind::None;
}

FaultInjector::FaultInjector(const FaultPlan &plan)
{
    setPlan(plan);
}

void FaultInjector::setPlan(const FaultPlan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
    m_random.seed(plan.seed);
}

FaultPlan FaultInjector::plan() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

void FaultInjector::force(FaultKind kind, int count, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i)
        m_forced.append({kind, key});
}

FaultKind FaultInjector::next(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_forced.size(); ++i) {
        if (m_forced.at(i).second.isEmpty() || m_forced.at(i).second == key)
            return m_forced.takeAt(i).first;
    }
    if (m_plan.rate <= 0.0 || m_plan.kinds.isEmpty())
        return FaultKind::None;
    // Two draws per request whatever the outcome, so the sequence depends only on the seed
    // and the request count.
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<int> pick(0, int(m_plan.kinds.size()) - 1);
    const double roll = chance(m_random);
    const int which = pick(m_random);
    return roll < m_plan.rate ? m_plan.kinds.at(which) : FaultKind::None;
}
