// APIG (v2) values: gateway instances, apps, AppCodes, and the page each list came in.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Which Huawei gateway an account's apps and AppCodes live in. The dedicated APIG (v2,
// /v2/{project_id}/apigw/instances/…), ROMA Connect's API Connect (v2, /v2/{project_id}/apic/
// instances/…), or the shared gateway (v1.0, /v1.0/apigw/…: no instances, paged by page_no and
// page_size; being retired, for its existing users).
enum class ApigGateway { Dedicated, Roma, Shared };

// Paging as sent and as the service applied it (offset < 0 → 0, limit ≤ 0 → 20, > 500 → 500).
struct ApigPageInfo
{
    qint64 offsetSent = 0;
    qint64 limitSent = 20;
    qint64 offset = 0;  // normalised
    qint64 limit = 20;  // normalised
    int size = 0;       // items in this page
    qint64 total = 0;   // items in all pages
    QString requestId;
    // The shared gateway pages by page_no/page_size: an offset inside a page is reached by asking
    // for its page and dropping this many items from the front.
    int skipLeading = 0;

    static qint64 normaliseOffset(qint64 offset) { return offset < 0 ? 0 : offset; }
    static qint64 normaliseLimit(qint64 limit) { return limit <= 0 ? 20 : (limit > 500 ? 500 : limit); }
};

struct ApigInstance
{
    QString id;
    QString name;
    QString status;
    QString type;
    QString spec;
    QDateTime createTime;
    QString eipAddress;
    QString description;
};

struct ApigApp
{
    QString id;
    QString name;
    QString remark;
    QString creator;
    int status = 1;
    QString appKey;
    QDateTime registerTime;
    QDateTime updateTime;
    int bindNum = 0;
};

struct AppCode
{
    QString appCode; // a credential: never logged, masked in views
    QString id;
    QString appId;
    QDateTime createTime;
    QString requestId; // of the call that created or showed it (not set for list entries)
};

struct ApigInstancePage { QList<ApigInstance> instances; ApigPageInfo page; };
struct ApigAppPage { QList<ApigApp> apps; ApigPageInfo page; };
struct AppCodePage { QList<AppCode> appCodes; ApigPageInfo page; };

Q_DECLARE_METATYPE(ApigInstancePage)
Q_DECLARE_METATYPE(ApigAppPage)
Q_DECLARE_METATYPE(AppCodePage)
