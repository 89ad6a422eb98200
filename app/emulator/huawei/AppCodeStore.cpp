#include "app/emulator/huawei/AppCodeStore.h"

#include <QRandomGenerator>

namespace {

QByteArray systemRandomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &b : bytes)
        b = char(random->bounded(256));
    return bytes;
}

// Ids look like the vendor's: 32 lower-case hex digits.
QString newId()
{
    return QString::fromLatin1(systemRandomBytes(16).toHex());
}

bool isLeadCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') || c == QLatin1Char('/');
}

bool isValueCharacter(QChar c)
{
    return isLeadCharacter(c) || QStringLiteral("-_!@#$%=").contains(c);
}

} // namespace

AppCodeStore::AppCodeStore(const DemoData &data)
    : m_instances(data.allInstances())
{
}

DemoInstance *AppCodeStore::sharedGateway()
{
    for (DemoInstance &i : m_instances) {
        if (i.gateway == QLatin1String("shared"))
            return &i;
    }
    return nullptr;
}

DemoInstance *AppCodeStore::instance(const QString &id)
{
    for (DemoInstance &i : m_instances) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

DemoApp *AppCodeStore::app(DemoInstance &instance, const QString &appId)
{
    for (DemoApp &a : instance.apps) {
        if (a.id == appId)
            return &a;
    }
    return nullptr;
}

const DemoAppCode *AppCodeStore::appCode(const DemoApp &app, const QString &appCodeId)
{
    for (const DemoAppCode &c : app.appCodes) {
        if (c.id == appCodeId)
            return &c;
    }
    return nullptr;
}

QString AppCodeStore::valueProblem(const QString &value)
{
    if (value.size() < 64 || value.size() > 180)
        return QStringLiteral("it must be 64 to 180 characters long, not %1").arg(value.size());
    if (!isLeadCharacter(value.at(0)))
        return QStringLiteral("it must start with a letter, a digit, + or /, not '%1'").arg(value.at(0));
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (!isValueCharacter(value.at(i)))
            return QStringLiteral("character %1 ('%2') is not allowed: only letters, digits and +_!@#$%-/=")
                    .arg(i + 1).arg(value.at(i));
    }
    return {};
}

const DemoAppCode *AppCodeStore::holderOf(const DemoInstance &instance, const QString &value)
{
    for (const DemoApp &a : instance.apps) {
        for (const DemoAppCode &c : a.appCodes) {
            if (c.appCode == value)
                return &c;
        }
    }
    return nullptr;
}

QString AppCodeStore::generateValue(const DemoInstance &instance)
{
    for (;;) {
        // 48 random bytes are 64 base64 characters: letters, digits, + and /, all in the rule.
        const QString value = QString::fromLatin1(systemRandomBytes(48).toBase64());
        if (!holderOf(instance, value))
            return value;
    }
}

const DemoAppCode &AppCodeStore::create(DemoApp &app, const QString &value, const QDateTime &now)
{
    DemoAppCode c;
    c.appCode = value;
    c.appId = app.id;
    do
        c.id = newId();
    while (appCode(app, c.id));
    c.createTime = now.toUTC().toString(Qt::ISODate);
    app.appCodes.append(c);
    return app.appCodes.last();
}

bool AppCodeStore::remove(DemoApp &app, const QString &appCodeId)
{
    return app.appCodes.removeIf([&](const DemoAppCode &c) { return c.id == appCodeId; }) > 0;
}

DemoApp *AppCodeStore::appAnywhere(const QString &appId, DemoInstance **instance)
{
    for (DemoInstance &i : m_instances) {
        if (DemoApp *a = app(i, appId)) {
            if (instance)
                *instance = &i;
            return a;
        }
    }
    return nullptr;
}

void AppCodeStore::removeOldest(const QString &appId, int count)
{
    if (DemoApp *a = appAnywhere(appId))
        a->appCodes.remove(0, qBound(qsizetype(0), qsizetype(count), a->appCodes.size()));
}

void AppCodeStore::addGenerated(const QString &appId, int count)
{
    DemoInstance *instance = nullptr;
    DemoApp *a = appAnywhere(appId, &instance);
    for (int n = 0; a && n < count; ++n)
        create(*a, generateValue(*instance), QDateTime::currentDateTimeUtc());
}

int AppCodeStore::count(const QString &appId) const
{
    const DemoApp *a = const_cast<AppCodeStore *>(this)->appAnywhere(appId);
    return a ? int(a->appCodes.size()) : -1;
}
