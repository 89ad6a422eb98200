// An APIG app's credential context (issue #25, "Where it works"): the gateway's environments, the
// APIs the app is authorized for in each, their details and groups, the app's ACL, its credential
// quota and its AppKey/AppSecret. Values as ApigClient parses them.
#pragma once

#include "app/apig/ApigTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct ApigEnv
{
    QString id;
    QString name;
};

// One authorization of ListApisBindedToAppV2: an API the app may call in one environment.
struct ApigAuthorizedApi
{
    QString id; // the authorization's
    QString apiId;
    QString apiName;
    QString groupId;
    QString groupName;
    QString envId;
    QString envName;
};

struct ApigApiDetail
{
    QString id;
    QString name;
    QString groupId;
    QString reqMethod;
    QString reqUri;
    QString authType;        // APP, IAM, NONE, AUTHORIZER
    QString appCodeAuthType; // DISABLE, HEADER
    // Simple authentication (a caller may send X-Apig-AppCode instead of signing).
    bool simpleAuth() const { return authType == QLatin1String("APP") && appCodeAuthType == QLatin1String("HEADER"); }
};

struct ApigGroupDetail
{
    QString id;
    QString name;
    QString slDomain;
    QStringList urlDomains;
    // The domain a caller uses: the first bound one, else the subdomain the gateway gave.
    QString domain() const { return urlDomains.isEmpty() ? slDomain : urlDomains.first(); }
};

struct ApigAppAcl
{
    QString type; // PERMIT, DENY, or empty: no ACL
    QStringList values;
};

struct ApigBoundQuota
{
    bool bound = false; // false: no credential quota
    QString id;
    QString name;
    qint64 callLimits = 0;
    QString timeUnit; // SECOND MINUTE HOUR DAY
    qint64 timeInterval = 1;
};

struct ApigAppDetail
{
    QString id;
    QString name;
    QString appKey;
    QString appSecret; // a credential: never logged, never journaled, masked in views
    QString requestId;
};

struct ApigEnvPage { QList<ApigEnv> envs; ApigPageInfo page; };
struct ApigAuthorizedApiPage { QList<ApigAuthorizedApi> auths; ApigPageInfo page; };

// One row of "Where it works": an API the app may call, in one environment.
struct AppContextRow
{
    QString envName;
    QString apiName;
    QString groupName;
    QString domain;
    QString method;
    QString path;
    bool simpleAuth = false;
    // The API's or its group's details could not be read: the row shows what the authorization
    // said (names), without method, path or domain.
    bool detailsMissing = false;
};

struct AppContext
{
    QList<ApigEnv> envs;
    QList<AppContextRow> rows; // by environment, then API name
    // What could not be read of the APIs' and groups' details ("the API get-profile: APIG.9999 …"):
    // the rows are there, without what the details would have added.
    QStringList unreadDetails;
    ApigAppAcl acl;
    ApigBoundQuota quota;
    QString appKey;
    QString appSecret; // a credential
};
