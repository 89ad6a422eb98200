// Adds the authentication a request needs, on the network worker's thread, once per attempt
// (fresh date and nonce each time). Asynchronous because an IAM token may first have to be fetched.
#pragma once

#include "net/ApiError.h"
#include "net/HttpRequestParts.h"

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
    // After an authentication failure: may the call try once more with fresh credentials?
    // (An IAM token is dropped and fetched again; a signature cannot get better.)
    virtual bool renewAfter(const ApiError &) { return false; }
};
