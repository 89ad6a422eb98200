#include "app/apig/AppCodeRotations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {
QString keyFor(const QString &accountId)
{
    return QStringLiteral("appcodes/rotations/") + accountId;
}
} // namespace

AppCodeRotations::AppCodeRotations(QSettings &settings)
    : m_settings(settings)
{
}

QList<PendingRotation> AppCodeRotations::pending(const QString &accountId, const QString &instanceId, const QString &appId) const
{
    QList<PendingRotation> out;
    const QJsonArray all = QJsonDocument::fromJson(m_settings.value(keyFor(accountId)).toByteArray()).array();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        PendingRotation r{o.value(QStringLiteral("instance")).toString(), o.value(QStringLiteral("app")).toString(),
                          o.value(QStringLiteral("appName")).toString(), o.value(QStringLiteral("old")).toString(),
                          o.value(QStringLiteral("new")).toString(),
                          QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODate)};
        if (r.oldId.isEmpty() || (!instanceId.isEmpty() && r.instanceId != instanceId) || (!appId.isEmpty() && r.appId != appId))
            continue;
        out << r;
    }
    return out;
}

void AppCodeRotations::store(const QString &accountId, const QList<PendingRotation> &all)
{
    QJsonArray array;
    for (const PendingRotation &r : all)
        array.append(QJsonObject{{QStringLiteral("instance"), r.instanceId}, {QStringLiteral("app"), r.appId},
                                 {QStringLiteral("appName"), r.appName}, {QStringLiteral("old"), r.oldId},
                                 {QStringLiteral("new"), r.newId}, {QStringLiteral("started"), r.startedAt.toUTC().toString(Qt::ISODate)}});
    if (array.isEmpty())
        m_settings.remove(keyFor(accountId));
    else
        m_settings.setValue(keyFor(accountId), QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

void AppCodeRotations::add(const QString &accountId, const PendingRotation &rotation)
{
    QList<PendingRotation> all = pending(accountId);
    all.removeIf([&rotation](const PendingRotation &r) { return r.oldId == rotation.oldId; });
    all << rotation;
    store(accountId, all);
}

void AppCodeRotations::remove(const QString &accountId, const QString &oldId)
{
    QList<PendingRotation> all = pending(accountId);
    all.removeIf([&oldId](const PendingRotation &r) { return r.oldId == oldId; });
    store(accountId, all);
}
