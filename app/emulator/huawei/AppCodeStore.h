// The APIG gateways, apps and AppCodes as one emulator currently holds them: DemoData's fixed
// description at start, then every AppCode created or deleted since. Lives as long as its
// CloudEmulator; a fresh emulator starts from the demo again. Not locked itself: the emulator's
// mutex guards it with the service that uses it.
#pragma once

#include "app/emulator/demo/DemoData.h"

class AppCodeStore
{
public:
    explicit AppCodeStore(const DemoData &data);

    const QList<DemoInstance> &instances() const { return m_instances; }
    DemoInstance *instance(const QString &id);
    // The shared gateway's apps (v1.0); null when this cloud has none.
    DemoInstance *sharedGateway();
    static DemoApp *app(DemoInstance &instance, const QString &appId);
    static const DemoAppCode *appCode(const DemoApp &app, const QString &appCodeId);

    // AppCodes an app may hold; creating beyond it is refused.
    void setLimit(int perApp) { m_limit = perApp; }
    int limit() const { return m_limit; }

    // Why `value` is not a valid AppCode (the vendor's rule: 64 to 180 characters, the first a
    // letter, digit, + or /, the rest letters, digits and +_!@#$%-/=); empty when it is valid.
    static QString valueProblem(const QString &value);
    // The AppCode holding `value` anywhere in the gateway: a caller's X-Apig-AppCode names one app.
    static const DemoAppCode *holderOf(const DemoInstance &instance, const QString &value);
    // A fresh value from the system CSPRNG: 64 characters of the rule's alphabet, unused in the gateway.
    static QString generateValue(const DemoInstance &instance);
    // Appends an AppCode with a new id, created `now`.
    const DemoAppCode &create(DemoApp &app, const QString &value, const QDateTime &now);
    bool remove(DemoApp &app, const QString &appCodeId);

    // Test hooks: the oldest `count` go, or `count` generated ones are added; -1 for an unknown app.
    void removeOldest(const QString &appId, int count);
    void addGenerated(const QString &appId, int count);
    int count(const QString &appId) const;

private:
    DemoApp *appAnywhere(const QString &appId, DemoInstance **instance = nullptr);

    QList<DemoInstance> m_instances; // a mutable copy of DemoData's
    int m_limit = DemoData::AppCodeLimit;
};
