// Reads an app's credential context ("Where it works", issue #25) as one request: the gateway's
// environments, the app's authorized APIs in each (every page), each API's details and its
// group's, joined into rows, beside the app's ACL, credential quota and AppKey/AppSecret.
// Dropping the request aborts every call still on its way.
#pragma once

#include "app/apig/ApigClient.h"

#include <memory>

namespace AppContextRead {

Request<AppContext> read(const std::shared_ptr<ApigClient> &client, const QString &instanceId, const QString &appId);

// The rows of the authorizations, joined with the APIs' and groups' details, by environment
// (in `envs` order) and then API name. Pure.
QList<AppContextRow> join(const QList<ApigEnv> &envs, const QList<ApigAuthorizedApi> &auths, const QList<ApigApiDetail> &apis,
                          const QList<ApigGroupDetail> &groups);

} // namespace AppContextRead
