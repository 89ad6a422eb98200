// A routine as it stands now: its deployments (GetRoutine) and all its code versions (both pages
// of ListRoutineCodeVersions), read together. What a change reads before it is sent (is the state
// still the one the user reviewed?) and after (what happened?).
#pragma once

#include "app/esa/EsaClient.h"

#include <QCoreApplication>

#include <memory>

struct RoutineSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(RoutineSnapshot)

public:
    RoutineDetail detail;
    QList<CodeVersion> versions; // newest first

    // "production: 1749…0360 90%, 1749…0187 10%" ("production: nothing" when it runs none).
    QString describe(const QString &env) const;
    static QString describe(const QString &env, const QList<DeployedVersion> &versions);
    // Versions no environment runs, oldest first.
    QList<CodeVersion> undeployedOldestFirst() const;
    bool hasVersion(const QString &codeVersion) const;

    // Reads the three in parallel; dropping the request aborts them all.
    static Request<RoutineSnapshot> read(const std::shared_ptr<EsaClient> &client, const QString &routine);
};
