#include "app/accounts/Account.h"

#include "app/accounts/HuaweiRegions.h"
#include "app/net/EndpointPolicy.h"

#include <QUuid>

namespace {
// The scheme, host and port of `endpoint` when it is this machine, where the emulator serves
// every service on one port; nullopt otherwise.
std::optional<QUrl> loopbackOrigin(const QUrl &endpoint)
{
    if (endpoint.isEmpty() || !EndpointPolicy::isLoopbackHost(endpoint.host()))
        return std::nullopt;
    QUrl origin;
    origin.setScheme(endpoint.scheme());
    origin.setHost(endpoint.host());
    origin.setPort(endpoint.port());
    return origin;
}

QString huaweiRegionOrDefault(const QString &region)
{
    return region.isEmpty() ? QStringLiteral("cn-north-4") : region;
}
} // namespace

QList<Account::Secret> Account::secretsNeeded() const
{
    switch (authKind) {
    case AuthKind::AccessKey: return {Secret::AccessKeySecret};
    case AuthKind::Sts: return {Secret::AccessKeySecret, Secret::SecurityToken};
    case AuthKind::RamRole: return {Secret::AccessKeySecret}; // the role's STS credentials live in memory only
    case AuthKind::IamPassword: return {Secret::Password};
    case AuthKind::IamToken: return {Secret::Token};
    }
    return {};
}

QUrl Account::effectiveEndpoint() const
{
    if (!endpoint.isEmpty())
        return endpoint;
    if (cloud == Cloud::Alibaba)
        return QUrl(QStringLiteral("https://esa.%1.aliyuncs.com").arg(region.isEmpty() ? QStringLiteral("cn-hangzhou") : region));
    // ROMA Connect is a service of its own; the shared gateway is APIG's host.
    if (gateway == Gateway::Roma)
        return HuaweiRegions::romaEndpoint(huaweiRegionOrDefault(region));
    return HuaweiRegions::apigEndpoint(huaweiRegionOrDefault(region));
}

QUrl Account::effectiveIamEndpoint() const
{
    if (!iamEndpoint.isEmpty())
        return iamEndpoint;
    if (const std::optional<QUrl> sameHost = loopbackOrigin(endpoint))
        return *sameHost;
    return HuaweiRegions::iamEndpoint(huaweiRegionOrDefault(region));
}

QUrl Account::effectiveStsEndpoint() const
{
    if (!stsEndpoint.isEmpty())
        return stsEndpoint;
    if (const std::optional<QUrl> sameHost = loopbackOrigin(endpoint))
        return *sameHost;
    return stsEndpointForRegion({});
}

QUrl Account::stsEndpointForRegion(const QString &stsRegion)
{
    return QUrl(stsRegion.isEmpty() ? QStringLiteral("https://sts.aliyuncs.com")
                                    : QStringLiteral("https://sts.%1.aliyuncs.com").arg(stsRegion));
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Account::cloudKey(Cloud cloud)
{
    return cloud == Cloud::Alibaba ? QStringLiteral("alibaba") : QStringLiteral("huawei");
}

QString Account::authKindKey(AuthKind kind)
{
    switch (kind) {
    case AuthKind::AccessKey: return QStringLiteral("aksk");
    case AuthKind::Sts: return QStringLiteral("sts");
    case AuthKind::RamRole: return QStringLiteral("ram-role");
    case AuthKind::IamPassword: return QStringLiteral("iam-password");
    case AuthKind::IamToken: return QStringLiteral("iam-token");
    }
    return {};
}

QString Account::secretKey(Secret secret)
{
    switch (secret) {
    case Secret::AccessKeySecret: return QStringLiteral("secret");
    case Secret::SecurityToken: return QStringLiteral("security-token");
    case Secret::Password: return QStringLiteral("password");
    case Secret::Token: return QStringLiteral("token");
    }
    return {};
}

std::optional<Account::Cloud> Account::cloudFromKey(const QString &key)
{
    for (Cloud c : {Cloud::Alibaba, Cloud::Huawei}) {
        if (cloudKey(c) == key)
            return c;
    }
    return std::nullopt;
}

std::optional<Account::AuthKind> Account::authKindFromKey(const QString &key)
{
    for (AuthKind k : {AuthKind::AccessKey, AuthKind::Sts, AuthKind::RamRole, AuthKind::IamPassword, AuthKind::IamToken}) {
        if (authKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString Account::gatewayKey(Gateway gateway)
{
    switch (gateway) {
    case Gateway::Dedicated: return QStringLiteral("apig");
    case Gateway::Roma: return QStringLiteral("roma");
    case Gateway::Shared: return QStringLiteral("shared");
    }
    return {};
}

std::optional<Account::Gateway> Account::gatewayFromKey(const QString &key)
{
    for (Gateway g : {Gateway::Dedicated, Gateway::Roma, Gateway::Shared}) {
        if (gatewayKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QStringList Account::alibabaRegions()
{
    return {QStringLiteral("cn-hangzhou"), QStringLiteral("ap-southeast-1")};
}

QStringList Account::huaweiRegions()
{
    return HuaweiRegions::ids();
}
