// Assumes one RAM role with STS AssumeRole (2015-04-01) and keeps the temporary credentials in
// memory until their refresh point (AssumedRole: five minutes before Expiration, or half-way
// through a lifetime under ten minutes). Lives on the network worker's thread, like
// IamTokenProvider: every request that finds no usable credentials waits for the same single
// AssumeRole and gets its answer — the credentials, or its failure as an STS error that names
// the role. That AssumeRole is a request the provider owns: destroying the provider aborts it
// on the wire and calls nobody back. AssumeRole itself is signed ACS3-HMAC-SHA256 with the
// account's long-term AccessKey (Acs3Authorizer), its parameters in the query as the official
// SDK sends them.
#pragma once

#include "app/esa/AssumedRole.h"
#include "app/esa/RamRole.h"
#include "app/net/ApiRequest.h"
#include "app/async/ApiResult.h"
#include "app/async/Request.h"
#include "app/net/HttpReply.h"

#include <QAtomicInt>
#include <QJsonObject>
#include <QMutex>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class HttpTransport;

class AssumedRoleProvider : public std::enable_shared_from_this<AssumedRoleProvider>
{
public:
    static constexpr const char *ApiVersion = "2015-04-01";
    using Callback = std::function<void(ApiResult<AssumedRole>)>;
    using Clock = std::function<QDateTime()>;

    // `accessKey`: the account's long-term AccessKey, which may assume `role`.
    AssumedRoleProvider(QUrl stsEndpoint, AlibabaCredentials accessKey, RamRole role);

    QUrl stsEndpoint() const { return m_endpoint; }
    const RamRole &role() const { return m_role; }

    // Worker thread: calls back with usable credentials, assuming the role first if needed.
    void credentials(HttpTransport &transport, const Callback &callback);
    // Drops the cached credentials (ESA said they expired): the next request assumes the role again.
    void invalidate();
    // What is cached now, usable or not (any thread).
    std::optional<AssumedRole> cached() const;
    // How many AssumeRole calls this provider has made.
    int assumeCount() const { return m_assumes.loadRelaxed(); }
    // Tests: the clock (UTC) that stamps and judges the cached credentials. Set it before use.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The AssumeRole call as it goes on the wire, before signing.
    ApiRequest assumeRoleRequest() const;
    static ApiResult<AssumedRole> parse(const HttpReply &reply, const QJsonObject &json, const QDateTime &receivedAt);
    // `error` as the STS error it is: "Assuming the RAM role <arn> failed: <what STS said>", with
    // the vendor's code, HTTP status and request id kept.
    static ApiError failure(const QString &roleArn, ApiError error);

private:
    QDateTime now() const;
    void finish(const ApiResult<AssumedRole> &result);

    QUrl m_endpoint;
    AlibabaCredentials m_accessKey;
    RamRole m_role;
    Clock m_clock;
    mutable QMutex m_mutex; // m_cached is read from other threads
    AssumedRole m_cached;
    QList<Callback> m_waiting;    // worker thread only
    Request<AssumedRole> m_assume; // worker thread only; null when no AssumeRole is on its way
    QAtomicInt m_assumes = 0;
};
