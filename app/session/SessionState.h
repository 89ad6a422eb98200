// What CloudCodes remembers between runs, one place: the last account, routine, gateway instance
// and app, the history export folder, half-done AppCode rotations, and the window's view state
// (geometry, docks, splitters, columns) as opaque bytes. Kept in the session's settings, so a test's
// settings file holds all of it and nothing leaks into the user's. Ids and names only, no secrets.
#pragma once

#include "app/apig/AppCodeRotations.h"

#include <QByteArray>
#include <QString>

class QSettings;

class SessionState
{
public:
    explicit SessionState(QSettings &settings);
    Q_DISABLE_COPY_MOVE(SessionState)

    QString lastAccountId() const;
    void setLastAccountId(const QString &accountId);

    // The routine last looked at in an account.
    QString lastRoutine(const QString &accountId) const;
    void setLastRoutine(const QString &accountId, const QString &routine);

    // The gateway instance and app last looked at in a Huawei account.
    QString lastInstance(const QString &accountId) const;
    void setLastInstance(const QString &accountId, const QString &instanceId);
    QString lastApp(const QString &accountId) const;
    void setLastApp(const QString &accountId, const QString &appId);

    // Where the last history export went (the home folder before the first).
    QString historyExportFolder() const;
    void setHistoryExportFolder(const QString &folder);

    AppCodeRotations &rotations() { return m_rotations; }

    // The window's layout, by name ("geometry", "state", "splitter/<name>", "columns/<name>").
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);

private:
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);

    QSettings &m_settings;
    AppCodeRotations m_rotations;
};
