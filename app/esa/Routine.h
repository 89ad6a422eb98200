// ESA edge routines as ListUserRoutines and GetRoutine describe them.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct Routine
{
    QString name;
    QString description; // decoded from the API's base64
    QDateTime createTime;
    QString defaultRelatedRecord;
    bool hasAssets = false;
};

struct RoutinePage
{
    QList<Routine> routines;
    int totalCount = 0;
    int pageNumber = 1;
    int pageSize = 20;
    int usedRoutineNumber = 0;
    int quotaRoutineNumber = 0;
    QString requestId;
};

// One code version's share of an environment's traffic (canary).
struct DeployedVersion
{
    QString codeVersion;
    int percentage = 100;
    QString description;
    QDateTime createTime;
};

struct RoutineEnvironment
{
    QString env; // "production" / "staging"
    QString strategy;
    QString deployId;
    QDateTime creationTime;
    QList<DeployedVersion> versions;
    QStringList canaryAreas; // the older shape's canary: by area (its share is 0 then)

    // The version with the largest share, and the other one of a canary (empty when none).
    QString mainVersion() const;
    QString canaryVersion() const;
    bool isCanary() const { return versions.size() == 2; }
    int percentageOf(const QString &codeVersion) const; // 0 when it does not run here
};

struct RoutineDetail
{
    Routine routine;
    QList<RoutineEnvironment> envs;
    QString requestId;

    // "production 90%", "staging": the badges a version earns from this routine's deployments.
    QStringList badgesFor(const QString &codeVersion) const;
    const RoutineEnvironment *environment(const QString &env) const;
    // Whether any environment runs it (such a version cannot be deleted).
    bool isDeployed(const QString &codeVersion) const;
};

struct RoutineUserInfo
{
    QStringList subdomains;
    QList<Routine> routines;
    QString requestId;
};

Q_DECLARE_METATYPE(Routine)
Q_DECLARE_METATYPE(RoutinePage)
Q_DECLARE_METATYPE(RoutineDetail)
