// Where a deploy goes live (the deploy dialog's "Goes live on"): for production, the routine's
// default host, custom domains and enabled routes; for staging, the same hosts, reached only
// through the staging IPs (GetRoutineStagingEnvIp) they must be bound to (a hosts-file line each).
// Routes whose rule names no exact host (ends_with, complex rules) are listed by their rule: no
// single host can be bound for them.
#pragma once

#include "app/esa/RoutinePlacement.h"

struct DeployTargets
{
    Q_DECLARE_TR_FUNCTIONS(DeployTargets)

public:
    QString env;                 // production, staging
    QString defaultHost;
    QStringList customDomains;
    QStringList routes;          // "shop.example.com/api/* (shop-api)" of enabled, non-bypass routes
    QStringList hosts;           // every exact host above, without repeats
    QStringList stagingIps;      // staging only
    QStringList hostsFileLines;  // staging only: "203.0.113.10 shop.example.com"

    static DeployTargets forEnv(const QString &env, const RoutinePlacement &placement, const QStringList &stagingIps = {});
    // Several lines for the dialog.
    QString describe() const;

    // The placement, and for staging the staging IPs, side by side.
    static Request<DeployTargets> load(const std::shared_ptr<EsaClient> &client, const QString &routine, const QString &env);
};

Q_DECLARE_METATYPE(DeployTargets)
