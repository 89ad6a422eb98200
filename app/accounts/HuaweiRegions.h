// The Huawei Cloud regions where APIG exists, with the APIG and IAM hosts of each, copied from the
// official Go SDK's region maps (huaweicloud-sdk-go-v3 at 1cd70eb6f730ea721771a6ec8d96352bbb801787:
// services/apig/v2/region/region.go, services/iam/v3/region/region.go and, for the IAM of a region
// that map lacks, core/auth/internal/iam_helper.go). Not a pattern: eu-west-101 is on
// myhuaweicloud.eu, and some regions have no IAM host of their own.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct HuaweiRegion
{
    const char *id;       // "cn-north-4"
    const char *apigHost; // "apig.cn-north-4.myhuaweicloud.com"
    const char *iamHost;  // "iam.cn-north-4.myhuaweicloud.com"
    const char *name;     // English, untranslated (QT_TRANSLATE_NOOP "HuaweiRegions"): see displayName()
};

namespace HuaweiRegions {

// The global IAM endpoint: where the SDK sends IAM calls of a region without an IAM host of its own.
inline constexpr const char GlobalIamHost[] = "iam.myhuaweicloud.com";

const QList<HuaweiRegion> &all(); // in the SDK's order: cn-north-4 first
QStringList ids();
const HuaweiRegion *find(const QString &id); // nullptr for a region not in the table
// "CN North-Beijing4", translated; empty for a region not in the table.
QString displayName(const QString &id);
// https://<host>. A region not in the table (typed by the user) gets apig.<id>.myhuaweicloud.com
// and the global IAM endpoint, as the SDK does for IAM.
QUrl apigEndpoint(const QString &id);
QUrl iamEndpoint(const QString &id);
// ROMA Connect's host in the region: "roma." where APIG's is "apig." (roma.{region}.myhuaweicloud.com,
// Huawei's ROMA API reference), on the region's own domain (.eu for eu-west-101).
QUrl romaEndpoint(const QString &id);

} // namespace HuaweiRegions
