#include "app/session/SessionState.h"

#include <QSettings>
#include <QStandardPaths>

// The keys are those CloudCodes always used, so what users' settings files hold is still found.
SessionState::SessionState(QSettings &settings)
    : m_settings(settings)
    , m_rotations(settings)
{
}

QString SessionState::value(const QString &key) const
{
    return m_settings.value(key).toString();
}

void SessionState::setValue(const QString &key, const QString &value)
{
    m_settings.setValue(key, value);
}

QString SessionState::lastAccountId() const
{
    return value(QStringLiteral("state/account"));
}

void SessionState::setLastAccountId(const QString &accountId)
{
    if (!accountId.isEmpty())
        setValue(QStringLiteral("state/account"), accountId);
}

QString SessionState::lastRoutine(const QString &accountId) const
{
    return value(QStringLiteral("state/routine/") + accountId);
}

void SessionState::setLastRoutine(const QString &accountId, const QString &routine)
{
    if (!accountId.isEmpty())
        setValue(QStringLiteral("state/routine/") + accountId, routine);
}

QString SessionState::lastInstance(const QString &accountId) const
{
    return value(QStringLiteral("appcodes/%1/instance").arg(accountId));
}

void SessionState::setLastInstance(const QString &accountId, const QString &instanceId)
{
    if (!accountId.isEmpty())
        setValue(QStringLiteral("appcodes/%1/instance").arg(accountId), instanceId);
}

QString SessionState::lastApp(const QString &accountId) const
{
    return value(QStringLiteral("appcodes/%1/app").arg(accountId));
}

void SessionState::setLastApp(const QString &accountId, const QString &appId)
{
    if (!accountId.isEmpty())
        setValue(QStringLiteral("appcodes/%1/app").arg(accountId), appId);
}

QString SessionState::historyExportFolder() const
{
    const QString folder = value(QStringLiteral("state/historyExportFolder"));
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation) : folder;
}

void SessionState::setHistoryExportFolder(const QString &folder)
{
    setValue(QStringLiteral("state/historyExportFolder"), folder);
}

QByteArray SessionState::viewState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/") + name).toByteArray();
}

void SessionState::setViewState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/") + name, state);
}
