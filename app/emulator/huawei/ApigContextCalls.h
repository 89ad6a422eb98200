// The management calls of an APIG app's credential context (issue #25), under
// /v2/{project_id}/apigw/instances/{instance_id}: API groups, APIs, environments, app
// authorizations, app ACLs, credential quotas, an app's details and its AppSecret reset.
// ApigService authenticates, finds the instance and normalises paging before it hands a call
// over. Write calls check everything before they change anything.
//
// Where docs/research/apig-credential-context.md leaves a point UNCONFIRMED, the emulator takes
// the reading a client finds harder:
// - Authorizing a pair that already exists answers 201 with auth_result SKIPPED (not a 400
//   APIG.3316): a client must read each pair's result, not just the status.
// - Authorizing an API that is not published in the environment succeeds (the vendor's
//   unbinded-apis lists unpublished APIs): authorized does not mean callable.
// - Authorizing an API whose auth_type is not APP is that pair's FAILED, with APIG.2011.
// - GET app-acl with no ACL set answers 200 with an empty app_acl_type and no values (not a 404);
//   DELETE of no ACL answers 204.
// - bound-quota with no quota bound answers 200 with an empty object (not a 404).
// - Binding an app that another quota holds (one quota per credential) is refused as a whole,
//   400 APIG.2012 naming app_ids; binding it again to its own quota changes nothing.
// - An unknown env_id in app-auths answers 404 APIG.3003; in ListApisV2 it simply matches nothing.
// - Deleting a quota that apps are bound to succeeds and frees them (no refusal is documented);
//   an app's usage restarts with the next quota it is bound to.
// - The AppSecret is answered in full by ShowDetailsOfAppV2 and ResettingAppSecretV2 (the REF
//   example masks it; ListAppsV2 keeps its mask): a client must treat the answer as a secret.
#pragma once

#include "app/emulator/demo/DemoData.h"
#include "app/emulator/server/EmulatorResponse.h"

struct ApigContextCall
{
    const HttpRequestParts &request;
    QList<QByteArray> tail; // the path's segments after /instances/{instance_id}/
    DemoInstance &instance;
    qint64 offset = 0;
    qint64 limit = 20;
    QDateTime now;

    QString query(const QString &name) const;
    QString segment(int i) const { return QString::fromUtf8(tail.value(i)); }
};

class ApigContextCalls
{
public:
    // The vendor's operation ("ListApisBindedToAppV2", …) for a method and the segments after
    // /instances/{instance_id}/; empty when it is none of these calls.
    static QString operation(const QByteArray &method, const QList<QByteArray> &tail);
    EmulatorResponse handle(const QString &operation, ApigContextCall &call);

private:
    using Handler = EmulatorResponse (ApigContextCalls::*)(ApigContextCall &);
    static Handler handler(const QString &operation);

    EmulatorResponse listGroups(ApigContextCall &call);
    EmulatorResponse showGroup(ApigContextCall &call);
    EmulatorResponse listApis(ApigContextCall &call);
    EmulatorResponse showApi(ApigContextCall &call);
    EmulatorResponse listEnvs(ApigContextCall &call);
    EmulatorResponse createAuths(ApigContextCall &call);
    EmulatorResponse cancelAuth(ApigContextCall &call);
    EmulatorResponse listBindedApis(ApigContextCall &call);
    EmulatorResponse listUnbindedApis(ApigContextCall &call);
    EmulatorResponse listBindedApps(ApigContextCall &call);
    EmulatorResponse appAcl(ApigContextCall &call); // PUT, GET, DELETE
    EmulatorResponse boundQuota(ApigContextCall &call);
    EmulatorResponse createQuota(ApigContextCall &call);
    EmulatorResponse listQuotas(ApigContextCall &call);
    EmulatorResponse quota(ApigContextCall &call); // GET, PUT, DELETE
    EmulatorResponse bindQuota(ApigContextCall &call);
    EmulatorResponse unbindQuota(ApigContextCall &call);
    EmulatorResponse quotaApps(ApigContextCall &call); // bound-apps, bindable-apps
    EmulatorResponse showApp(ApigContextCall &call);
    EmulatorResponse checkApp(ApigContextCall &call);
    EmulatorResponse resetSecret(ApigContextCall &call);
};
