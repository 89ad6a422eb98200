// What running pool work checks between its steps to learn that its request was killed (nobody
// wants the result) or asked to stop early (Request::stop()): the kill of a Request reaches work
// already running through this, not through a flag each owner keeps beside its request.
#pragma once

#include "app/async/RequestState.h"

#include <memory>

class CancelToken
{
public:
    CancelToken() = default; // never cancelled: for work run outside a request
    explicit CancelToken(std::weak_ptr<const RequestCore> request)
        : m_request(std::move(request))
        , m_bound(true)
    {
    }

    bool isCancelled() const
    {
        if (!m_bound)
            return false;
        const auto request = m_request.lock();
        return !request || request->isAborted() || request->isStopRequested();
    }

private:
    std::weak_ptr<const RequestCore> m_request;
    bool m_bound = false;
};
