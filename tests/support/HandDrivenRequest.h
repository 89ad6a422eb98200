// Test-only: an operation the test finishes by hand, whose abort action counts how often it ran
// (for a real request, the abort that reaches QNetworkReply::abort).
#pragma once

#include "app/async/Request.h"

#include <atomic>
#include <memory>

struct HandDrivenRequest
{
    std::shared_ptr<RequestState<int>> state = std::make_shared<RequestState<int>>();
    std::shared_ptr<std::atomic<int>> aborts = std::make_shared<std::atomic<int>>(0);

    HandDrivenRequest()
    {
        state->setAbortAction([a = aborts] { ++*a; });
    }
    Request<int> request() const { return Request<int>(state); }
};
