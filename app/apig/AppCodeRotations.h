// AppCode rotations that are half done: the new AppCode exists, the old one is still there
// until the user confirms its callers have moved. Kept in the settings so they survive restarts,
// by ids only (never a value), per account and app.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSettings;

struct PendingRotation
{
    QString instanceId;
    QString appId;
    QString appName;
    QString oldId;
    QString newId;
    QDateTime startedAt; // UTC
};

class AppCodeRotations
{
public:
    explicit AppCodeRotations(QSettings &settings);

    QList<PendingRotation> pending(const QString &accountId, const QString &instanceId = {}, const QString &appId = {}) const;
    void add(const QString &accountId, const PendingRotation &rotation);
    // Done (the old one deleted) or given up: either way it is no longer pending.
    void remove(const QString &accountId, const QString &oldId);

private:
    void store(const QString &accountId, const QList<PendingRotation> &all);

    QSettings &m_settings;
};
