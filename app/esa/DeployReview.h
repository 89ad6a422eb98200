// The deploy dialog's app side: what the user reviews before a deploy is sent. The preset decides
// the environment the review opens on and the action journaled (roll back, promote and abort are
// production's); the user's choices (environment, whole or canary and its share, the routine's
// name typed for production) decide the traffic plan and whether Deploy may go.
#pragma once

#include "app/esa/CodeVersion.h"
#include "app/esa/Routine.h"
#include "app/esa/TrafficPlan.h"

#include <QObject>

class DeployReview : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployReview)

public:
    enum class Preset { Deploy, DeployToStaging, Rollback, Promote, AbortCanary };
    static const QString Staging;
    static const QString Production;

    DeployReview(const RoutineDetail &detail, const QString &routine, const CodeVersion &version, Preset preset,
                 QObject *parent = nullptr);

    Preset preset() const { return m_preset; }
    void setEnv(const QString &env) { m_env = env; }
    QString env() const { return m_env; }
    // A canary at `percent`, when something runs to share the traffic with; else the whole version.
    void setCanary(bool canary, int percent);
    bool isCanary() const { return plan().isCanary(); }
    void setTypedName(const QString &name) { m_typedName = name.trimmed(); }

    TrafficPlan plan() const;
    // What the journal calls it: canary, rollback, promote, abort-canary or deploy.
    QString actionKey() const;
    // Production asks for the routine's name.
    bool needsConfirmation() const { return m_env == Production; }
    bool isConfirmed() const { return !needsConfirmation() || m_typedName == m_routine; }
    // Deploy may go: it changes something, it is confirmed, no deployment runs or ran, and the
    // version's build is available (a failed or unfinished build is never deployed).
    bool mayDeploy(bool deploying) const
    {
        return !plan().changesNothing() && isConfirmed() && !deploying && m_version.buildState() == BuildState::Ready;
    }

private:
    RoutineDetail m_detail;
    QString m_routine;
    CodeVersion m_version;
    Preset m_preset;
    QString m_env;
    bool m_canary = false;
    int m_percent = 10;
    QString m_typedName;
};
