// What a deploy would change in an environment: the traffic it carries now, the version that
// loses traffic to the one deployed (the one with the largest share that is not it), and the
// traffic sent: the version at 100 %, or as a canary at a share beside the loser. The deploy
// dialog shows it and the Deployment sends it; computed here, not in the dialog.
#pragma once

#include "app/esa/Routine.h"

#include <QCoreApplication>

#include <optional>

class TrafficPlan
{
    Q_DECLARE_TR_FUNCTIONS(TrafficPlan)

public:
    // `canaryPercent` empty: the version at 100 %.
    TrafficPlan(const RoutineDetail &detail, const QString &env, const QString &codeVersion, std::optional<int> canaryPercent = {});

    QList<DeployedVersion> current() const;
    QString losingVersion() const;
    // A canary needs a version running now to share the traffic with.
    bool allowsCanary() const { return !losingVersion().isEmpty(); }
    bool isCanary() const { return m_canaryPercent && allowsCanary(); }
    QList<DeployedVersion> planned() const;
    bool changesNothing() const;

    // "…123456 at 90 %, …654321 at 10 %", or "nothing".
    static QString describe(const QList<DeployedVersion> &traffic);

private:
    RoutineDetail m_detail;
    QString m_env;
    QString m_version;
    std::optional<int> m_canaryPercent;
};
