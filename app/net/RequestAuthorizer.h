// Adds the authentication a request needs, on the network worker's thread, once per attempt
// (fresh date and nonce each time). Asynchronous because an IAM token may first have to be fetched.
#pragma once

#include "app/async/ApiError.h"
#include "app/net/HttpRequestParts.h"

#include <functional>
#include <optional>

class HttpTransport;

class RequestAuthorizer
{
public:
    using Done = std::function<void(std::optional<ApiError>)>;
    virtual ~RequestAuthorizer() = default;

    // Adds headers to `parts` and calls `done` (with an error if it cannot), possibly later.
    virtual void authorize(HttpRequestParts &parts, HttpTransport &transport, const Done &done) = 0;
    // After an error answer: were these credentials refused, and dropped so that fresh ones are
    // obtained? (An IAM token or an expired STS token of an assumed role is dropped and fetched
    // again; a signature cannot get better.) HttpCall then decides whether to try once more.
    virtual bool renewAfter(const ApiError &) { return false; }
    // A refusal that will stay (not renewed, or refused again) can say what the user should do
    // about these credentials, e.g. "paste a new IAM token".
    virtual void explain(ApiError &) const {}
};
