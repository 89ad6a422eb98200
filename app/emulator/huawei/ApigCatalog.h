// An APIG gateway's credential context as the emulator holds it (in AppCodeStore's copy of the
// demo instances): lookups of environments, groups, APIs, authorizations, ACLs and credential
// quotas; their JSON as the vendor's models name the fields (the Go SDK's services/apig/v2
// models, see docs/research/apig-credential-context.md); and the ACL value rules. Stateless.
#pragma once

#include "app/emulator/demo/DemoData.h"

#include <QHostAddress>
#include <QJsonObject>

namespace ApigCatalog {

QString newId(); // 32 lower-case hex digits from the system CSPRNG
QString isoNow(const QDateTime &now);

const DemoApigEnv *env(const DemoInstance &instance, const QString &id);
const DemoApigEnv *envNamed(const DemoInstance &instance, const QString &name);
const DemoApiGroup *group(const DemoInstance &instance, const QString &id);
// The group whose sl_domain or one of whose url_domains is `host` (no port, any case).
const DemoApiGroup *groupServing(const DemoInstance &instance, const QString &host);
const DemoApi *api(const DemoInstance &instance, const QString &id);
const DemoApiPublication *publication(const DemoApi &api, const QString &envId);
const DemoAppAuth *auth(const DemoInstance &instance, const QString &apiId, const QString &appId, const QString &envId);
const DemoAppAcl *acl(const DemoInstance &instance, const QString &appId);
DemoAppQuota *quota(DemoInstance &instance, const QString &id);
const DemoAppQuota *quotaOfApp(const DemoInstance &instance, const QString &appId);
const DemoApp *app(const DemoInstance &instance, const QString &id);

// Why an app_acl_values entry is not an IPv4/IPv6 address, a range "a-b" (same family, a <= b)
// or a CIDR "a/n"; empty when it is one.
QString aclValueProblem(const QString &value);
bool aclValueMatches(const QString &value, const QHostAddress &address);
// Whether the app's ACL (none: every address) lets `address` in.
bool aclAdmits(const DemoAppAcl *acl, const QHostAddress &address);
// A quota's period in seconds (time_interval × time_unit).
qint64 periodSeconds(const DemoAppQuota &quota);

QJsonObject envJson(const DemoApigEnv &env);
QJsonObject groupJson(const DemoApiGroup &group);
QJsonObject apiJson(const DemoInstance &instance, const DemoApi &api);
QJsonObject apiOutlineJson(const DemoInstance &instance, const DemoApi &api);
QJsonObject authRelationJson(const DemoAppAuth &auth, const QJsonObject &result);
QJsonObject authInfoJson(const DemoInstance &instance, const DemoAppAuth &auth);
QJsonObject aclJson(const QString &appId, const DemoAppAcl *acl);
QJsonObject quotaJson(const DemoAppQuota &quota);
QJsonObject quotaAppJson(const DemoApp &app, const DemoAppQuota &quota, const QString &boundTime);
QJsonObject appDetailJson(const DemoApp &app);

} // namespace ApigCatalog
