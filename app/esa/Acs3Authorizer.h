// Signs ESA requests with ACS3-HMAC-SHA256 and a fixed AccessKey (long-term, or STS with its
// security token): a fresh date and nonce on every attempt.
#pragma once

#include "app/esa/AlibabaCredentials.h"
#include "app/net/RequestAuthorizer.h"

class Acs3Authorizer : public RequestAuthorizer
{
public:
    explicit Acs3Authorizer(AlibabaCredentials credentials) : m_credentials(std::move(credentials)) {}
    void authorize(HttpRequestParts &parts, HttpTransport &transport, const Done &done) override;

    // Adds the date, nonce, content hash, STS headers and Authorization to `parts`.
    static void sign(HttpRequestParts &parts, const AlibabaCredentials &credentials);

private:
    AlibabaCredentials m_credentials;
};
