#include "app/accounts/Account.h"

#include "app/net/EndpointPolicy.h"

#include <QUuid>

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
    return QUrl(QStringLiteral("https://apig.%1.myhuaweicloud.com").arg(region.isEmpty() ? QStringLiteral("cn-north-4") : region));
}

QUrl Account::effectiveIamEndpoint() const
{
    if (!endpoint.isEmpty())
        return endpoint;
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(region.isEmpty() ? QStringLiteral("cn-north-4") : region));
}

QUrl Account::effectiveStsEndpoint() const
{
    if (!stsEndpoint.isEmpty())
        return stsEndpoint;
    if (!endpoint.isEmpty() && EndpointPolicy::isLoopbackHost(endpoint.host())) {
        QUrl sameHost;
        sameHost.setScheme(endpoint.scheme());
        sameHost.setHost(endpoint.host());
        sameHost.setPort(endpoint.port());
        return sameHost;
    }
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

QStringList Account::alibabaRegions()
{
    return {QStringLiteral("cn-hangzhou"), QStringLiteral("ap-southeast-1")};
}

QStringList Account::huaweiRegions()
{
    return {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"), QStringLiteral("cn-south-1"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3"), QStringLiteral("af-south-1")};
}
