#include "app/accounts/HuaweiRegions.h"

#include <QCoreApplication>

namespace HuaweiRegions {

// Region, APIG host, IAM host, English name (the official Chinese name beside it, for the
// translators). The regions and both hosts are the SDK's, in its APIG map's order; a region whose
// IAM is GlobalIamHost is missing from the SDK's IAM maps, which then use the global endpoint.
const QList<HuaweiRegion> &all()
{
    static const QList<HuaweiRegion> regions = {
    {"cn-north-4", "apig.cn-north-4.myhuaweicloud.com", "iam.cn-north-4.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN North-Beijing4")}, // 华北-北京四
    {"cn-north-1", "apig.cn-north-1.myhuaweicloud.com", "iam.cn-north-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN North-Beijing1")}, // 华北-北京一
    {"cn-east-2", "apig.cn-east-2.myhuaweicloud.com", "iam.cn-east-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN East-Shanghai2")}, // 华东-上海二
    {"cn-east-3", "apig.cn-east-3.myhuaweicloud.com", "iam.cn-east-3.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN East-Shanghai1")}, // 华东-上海一
    {"cn-south-1", "apig.cn-south-1.myhuaweicloud.com", "iam.cn-south-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN South-Guangzhou")}, // 华南-广州
    {"ap-southeast-2", "apig.ap-southeast-2.myhuaweicloud.com", "iam.ap-southeast-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "AP-Bangkok")}, // 亚太-曼谷
    {"ap-southeast-1", "apig.ap-southeast-1.myhuaweicloud.com", "iam.ap-southeast-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN-Hong Kong")}, // 中国-香港
    {"ap-southeast-3", "apig.ap-southeast-3.myhuaweicloud.com", "iam.ap-southeast-3.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "AP-Singapore")}, // 亚太-新加坡
    {"ru-northwest-2", "apig.ru-northwest-2.myhuaweicloud.com", GlobalIamHost, QT_TRANSLATE_NOOP("HuaweiRegions", "RU-Moscow2")}, // 俄罗斯-莫斯科二
    {"sa-brazil-1", "apig.sa-brazil-1.myhuaweicloud.com", "iam.sa-brazil-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "LA-Sao Paulo1")}, // 拉美-圣保罗一
    {"la-south-2", "apig.la-south-2.myhuaweicloud.com", "iam.la-south-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "LA-Santiago")}, // 拉美-圣地亚哥
    {"la-north-2", "apig.la-north-2.myhuaweicloud.com", "iam.la-north-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "LA-Mexico City2")}, // 拉美-墨西哥城二
    {"na-mexico-1", "apig.na-mexico-1.myhuaweicloud.com", "iam.na-mexico-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "LA-Mexico City1")}, // 拉美-墨西哥城一
    {"af-south-1", "apig.af-south-1.myhuaweicloud.com", "iam.af-south-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "AF-Johannesburg")}, // 非洲-约翰内斯堡
    {"cn-north-9", "apig.cn-north-9.myhuaweicloud.com", "iam.cn-north-9.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN North-Ulanqab1")}, // 华北-乌兰察布一
    {"cn-southwest-2", "apig.cn-southwest-2.myhuaweicloud.com", "iam.cn-southwest-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN Southwest-Guiyang1")}, // 西南-贵阳一
    {"ap-southeast-4", "apig.ap-southeast-4.myhuaweicloud.com", "iam.ap-southeast-4.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "AP-Jakarta")}, // 亚太-雅加达
    {"tr-west-1", "apig.tr-west-1.myhuaweicloud.com", "iam.tr-west-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "TR-Istanbul")}, // 土耳其-伊斯坦布尔
    {"cn-north-2", "apig.cn-north-2.myhuaweicloud.com", "iam.cn-north-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN North-Beijing2")}, // 华北-北京二
    {"eu-west-101", "apig.eu-west-101.myhuaweicloud.eu", "iam.eu-west-101.myhuaweicloud.eu", QT_TRANSLATE_NOOP("HuaweiRegions", "EU-Dublin")}, // 欧洲-都柏林
    {"ae-ad-1", "apig.ae-ad-1.myhuaweicloud.com", "iam.ae-ad-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "ME-Abu Dhabi-OP5")}, // 中东-阿布扎比-OP5
    {"me-east-1", "apig.me-east-1.myhuaweicloud.com", "iam.me-east-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "ME-Riyadh")}, // 中东-利雅得
    {"my-kualalumpur-1", "apig.my-kualalumpur-1.myhuaweicloud.com", "iam.my-kualalumpur-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "AP-Kuala Lumpur-OP6")}, // 亚太-吉隆坡-OP6
    {"eu-west-0", "apig.eu-west-0.myhuaweicloud.com", "iam.eu-west-0.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "EU-Paris")}, // 欧洲-巴黎
    {"ru-moscow-1", "apig.ru-moscow-1.myhuaweicloud.com", "iam.ru-moscow-1.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "RU-Moscow-OP4")}, // 俄罗斯-莫斯科-OP4
    {"cn-south-4", "apig.cn-south-4.myhuaweicloud.com", GlobalIamHost, QT_TRANSLATE_NOOP("HuaweiRegions", "CN South-Guangzhou-InvitationOnly")}, // 华南-广州-友好用户环境
    {"cn-east-5", "apig.cn-east-5.myhuaweicloud.com", "iam.cn-east-5.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN East-Qingdao")}, // 华东-青岛
    {"cn-north-12", "apig.cn-north-12.myhuaweicloud.com", "iam.cn-north-12.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN North3")}, // 华北三
    {"cn-east-4", "apig.cn-east-4.myhuaweicloud.com", "iam.cn-east-4.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN East2")}, // 华东二
    {"cn-southwest-3", "apig.cn-southwest-3.myhuaweicloud.com", GlobalIamHost, QT_TRANSLATE_NOOP("HuaweiRegions", "CN Southwest-Guiyang-Auto2")}, // 西南-贵阳-汽车二
    {"cn-south-2", "apig.cn-south-2.myhuaweicloud.com", "iam.cn-south-2.myhuaweicloud.com", QT_TRANSLATE_NOOP("HuaweiRegions", "CN South-Shenzhen")}, // 华南-深圳
    {"cn-north-11", "apig.cn-north-11.myhuaweicloud.com", GlobalIamHost, QT_TRANSLATE_NOOP("HuaweiRegions", "CN North-Ulanqab-Auto1")}, // 华北-乌兰察布-汽车一
    {"ap-southeast-5", "apig.ap-southeast-5.myhuaweicloud.com", GlobalIamHost, QT_TRANSLATE_NOOP("HuaweiRegions", "AP-Manila")}, // 亚太-马尼拉
    {"af-north-1", "apig.af-north-1.myhuaweicloud.com", GlobalIamHost, QT_TRANSLATE_NOOP("HuaweiRegions", "AF-Cairo")}, // 非洲-开罗
    };
    return regions;
}

QStringList ids()
{
    QStringList out;
    for (const HuaweiRegion &r : all())
        out << QLatin1String(r.id);
    return out;
}

const HuaweiRegion *find(const QString &id)
{
    for (const HuaweiRegion &r : all()) {
        if (id == QLatin1String(r.id))
            return &r;
    }
    return nullptr;
}

QString displayName(const QString &id)
{
    const HuaweiRegion *r = find(id);
    return r ? QCoreApplication::translate("HuaweiRegions", r->name) : QString();
}

QUrl apigEndpoint(const QString &id)
{
    const HuaweiRegion *r = find(id);
    // A region the table does not know yet (typed by the user): the usual pattern, a guess.
    const QString host = r ? QLatin1String(r->apigHost) : QStringLiteral("apig.%1.myhuaweicloud.com").arg(id);
    return QUrl(QStringLiteral("https://") + host);
}

QUrl romaEndpoint(const QString &id)
{
    QUrl url = apigEndpoint(id);
    QString host = url.host();
    if (host.startsWith(QLatin1String("apig.")))
        host.replace(0, 4, QStringLiteral("roma"));
    url.setHost(host);
    return url;
}

QUrl iamEndpoint(const QString &id)
{
    const HuaweiRegion *r = find(id);
    // The global endpoint serves every region's projects; the SDK falls back to it too.
    return QUrl(QStringLiteral("https://") + QLatin1String(r ? r->iamHost : GlobalIamHost));
}

} // namespace HuaweiRegions
