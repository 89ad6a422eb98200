// Test-only: the ApigClient AccountConnections makes for an account, waited for with an event
// loop (no sleeping); null when none came within 10 s (the caller checks it).
#pragma once

#include "app/accounts/AccountConnections.h"
#include "app/apig/ApigClient.h"

#include <QTest>
#include <memory>

inline std::shared_ptr<ApigClient> apigClientOf(AccountConnections &connections, const QString &accountId)
{
    std::shared_ptr<ApigClient> out;
    bool done = false;
    connections.apigClient(accountId, [&](std::shared_ptr<ApigClient> client, std::optional<ApiError>) {
        out = client;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return {};
    return out;
}
