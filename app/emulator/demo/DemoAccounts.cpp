#include "app/emulator/demo/DemoAccounts.h"

#include "app/emulator/demo/DemoData.h"

#include <QCoreApplication>

namespace DemoAccounts {

QList<DemoAccount> make(const QUrl &emulatorUrl)
{
    auto base = [&](const char *id, const QString &name, Account::Cloud cloud, Account::AuthKind kind) {
        Account a;
        a.id = QLatin1String(id);
        a.displayName = name;
        a.cloud = cloud;
        a.authKind = kind;
        a.region = cloud == Account::Cloud::Alibaba ? QStringLiteral("cn-hangzhou") : QLatin1String(DemoData::HuaweiRegion);
        a.endpoint = emulatorUrl;
        a.demo = true;
        a.allowChanges = true; // the demo cloud is there to be changed
        return a;
    };
    QList<DemoAccount> out;

    Account ak = base("demo-alibaba-ak", QCoreApplication::translate("DemoAccounts", "Alibaba AccessKey"),
                      Account::Cloud::Alibaba, Account::AuthKind::AccessKey);
    ak.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    out.append({ak, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}}});

    Account sts = base("demo-alibaba-sts", QCoreApplication::translate("DemoAccounts", "Alibaba STS"),
                       Account::Cloud::Alibaba, Account::AuthKind::Sts);
    sts.accessKeyId = QLatin1String(DemoData::AlibabaStsAccessKeyId);
    out.append({sts, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaStsAccessKeySecret)},
                      {Account::Secret::SecurityToken, QLatin1String(DemoData::AlibabaStsSecurityToken)}}});

    Account iam = base("demo-huawei-iam", QCoreApplication::translate("DemoAccounts", "Huawei IAM password"),
                       Account::Cloud::Huawei, Account::AuthKind::IamPassword);
    iam.domainName = QLatin1String(DemoData::HuaweiDomain);
    iam.userName = QLatin1String(DemoData::HuaweiUser);
    out.append({iam, {{Account::Secret::Password, QLatin1String(DemoData::HuaweiPassword)}}});

    Account hwak = base("demo-huawei-aksk", QCoreApplication::translate("DemoAccounts", "Huawei AK/SK"),
                        Account::Cloud::Huawei, Account::AuthKind::AccessKey);
    hwak.accessKeyId = QLatin1String(DemoData::HuaweiAccessKey);
    hwak.projectId = QLatin1String(DemoData::HuaweiProjectId);
    out.append({hwak, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::HuaweiSecretKey)}}});

    // Assumes the demo deployer role: STS goes to the emulator too (the endpoint is loopback).
    // Last, so the other demo accounts keep their positions in this list.
    Account role = base("demo-alibaba-ram-role", QCoreApplication::translate("DemoAccounts", "Alibaba RAM role"),
                        Account::Cloud::Alibaba, Account::AuthKind::RamRole);
    role.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    role.ramRole.arn = DemoData::ramRoleArn(QLatin1String(DemoData::DeployerRoleName));
    role.ramRole.sessionName = QStringLiteral("cloudcodes-demo");
    out.append({role, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}}});

    // The other Huawei gateways (issue #25): ROMA Connect with AK/SK, the shared gateway with a password.
    Account roma = base("demo-huawei-roma", QCoreApplication::translate("DemoAccounts", "Huawei ROMA Connect"),
                        Account::Cloud::Huawei, Account::AuthKind::AccessKey);
    roma.accessKeyId = QLatin1String(DemoData::HuaweiAccessKey);
    roma.projectId = QLatin1String(DemoData::HuaweiProjectId);
    roma.gateway = Account::Gateway::Roma;
    out.append({roma, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::HuaweiSecretKey)}}});

    Account shared = base("demo-huawei-shared", QCoreApplication::translate("DemoAccounts", "Huawei shared gateway"),
                          Account::Cloud::Huawei, Account::AuthKind::IamPassword);
    shared.domainName = QLatin1String(DemoData::HuaweiDomain);
    shared.userName = QLatin1String(DemoData::HuaweiUser);
    shared.gateway = Account::Gateway::Shared;
    out.append({shared, {{Account::Secret::Password, QLatin1String(DemoData::HuaweiPassword)}}});
    return out;
}

} // namespace DemoAccounts
