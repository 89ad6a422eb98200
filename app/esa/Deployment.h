// A deployment of code versions to an environment, as every release action makes one: a version
// at 100 % (deploy, roll back, promote a canary, abort it) or two versions sharing the traffic (a
// canary). Before sending it checks that the environment still runs what the user reviewed; it
// sends CreateRoutineCodeDeployment once and reads GetRoutine back to say what now runs.
#pragma once

#include "app/esa/RoutineChange.h"

class Deployment : public RoutineChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deployment)

public:
    Deployment(Context context, QObject *parent = nullptr);

    // `action`: deploy, canary, rollback, promote, abort-canary (the journal's words).
    // `reviewed`: what the environment ran when the user looked (the diff they saw was against it).
    void start(const QString &action, const QString &env, const QList<DeployedVersion> &target,
               const QList<DeployedVersion> &reviewed);

    QString env() const { return m_env; }
    QList<DeployedVersion> target() const { return m_target; }

    // Whether two descriptions of an environment's traffic are the same (order does not matter).
    static bool sameTraffic(const QList<DeployedVersion> &a, const QList<DeployedVersion> &b);
    // "production now runs 1749…0360 at 90 % and 1749…0187 at 10 %".
    static QString nowRuns(const QString &env, const QList<DeployedVersion> &versions);
    // The environment as the user reads it: "production" / "生产环境".
    static QString environmentName(const QString &env);

private:
    void send(const RoutineSnapshot &now);
    QList<DeployedVersion> running(const RoutineSnapshot &s) const;

    QString m_action;
    QString m_env;
    QList<DeployedVersion> m_target;
    QList<DeployedVersion> m_reviewed;
    QString m_record;
    Request<DeploymentResult> m_write;
};
