#include "app/esa/RamRoleAuthorizer.h"

#include "app/esa/Acs3Authorizer.h"

void RamRoleAuthorizer::authorize(HttpRequestParts &parts, HttpTransport &transport, const Done &done)
{
    // `done` keeps `parts` alive (see HttpCall) while the role is being assumed.
    m_role->credentials(transport, [&parts, done](ApiResult<AssumedRole> role) {
        if (!role.ok()) {
            done(role.error());
            return;
        }
        Acs3Authorizer::sign(parts, role.value().credentials);
        done(std::nullopt);
    });
}

bool RamRoleAuthorizer::renewAfter(const ApiError &error)
{
    if (error.service != ApiError::Service::Esa || error.code != QLatin1String("InvalidSecurityToken.Expired"))
        return false;
    m_role->invalidate();
    return true;
}
