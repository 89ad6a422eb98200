// Signs ESA requests with the temporary credentials of an assumed RAM role — ACS3-HMAC-SHA256
// with a signed x-acs-security-token, as for any STS credential — assuming the role first when
// they are missing or due for renewal (AssumedRoleProvider). When ESA answers that they expired,
// they are dropped, and a read tries once more with fresh ones.
#pragma once

#include "app/esa/AssumedRoleProvider.h"
#include "app/net/RequestAuthorizer.h"

#include <memory>

class RamRoleAuthorizer : public RequestAuthorizer
{
public:
    explicit RamRoleAuthorizer(std::shared_ptr<AssumedRoleProvider> role) : m_role(std::move(role)) {}

    void authorize(HttpRequestParts &parts, HttpTransport &transport, const Done &done) override;
    bool renewAfter(const ApiError &error) override;

    std::shared_ptr<AssumedRoleProvider> provider() const { return m_role; }

private:
    std::shared_ptr<AssumedRoleProvider> m_role;
};
