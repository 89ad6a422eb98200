// Obtains IAM tokens with an account/user/password and keeps one per account and project until
// five minutes before it expires. Lives on the network worker's thread; concurrent callers
// share one fetch, a request the provider owns: destroying the provider aborts it on the wire
// and calls nobody back. Tokens stay in memory (the account decides whether one is also kept in
// the keychain).
#pragma once

#include "app/apig/IamToken.h"
#include "app/async/ApiResult.h"
#include "app/async/Request.h"
#include "app/net/ApiRequest.h"
#include "app/net/HttpReply.h"

#include <QAtomicInt>
#include <QJsonObject>
#include <QMutex>
#include <QUrl>
#include <functional>
#include <memory>

class HttpTransport;

class IamTokenProvider : public std::enable_shared_from_this<IamTokenProvider>
{
public:
    using Callback = std::function<void(ApiResult<IamToken>)>;

    IamTokenProvider(QUrl iamEndpoint, QString domainName, QString userName, QString password, QString projectName);

    // Worker thread: calls back with a usable token, fetching one if needed.
    void token(HttpTransport &transport, const Callback &callback);
    // Drops the cached token (after the service refused it).
    void invalidate();
    // A token from an earlier session (keychain), used while it is still good.
    void seed(const IamToken &token);
    std::optional<IamToken> cached() const;
    int fetchCount() const { return m_fetches.loadRelaxed(); }
    // Called on the worker thread whenever a new token arrives (e.g. to keep it in the keychain).
    std::function<void(const IamToken &)> onIssued;

    static ApiResult<IamToken> parse(const HttpReply &reply, const QJsonObject &json);

private:
    ApiRequest tokenRequest() const;
    void finishFetch(const ApiResult<IamToken> &result);

    QUrl m_endpoint;
    QString m_domain;
    QString m_user;
    QString m_password;
    QString m_projectName;
    mutable QMutex m_mutex; // m_token is read from other threads
    IamToken m_token;
    QList<Callback> m_waiting;  // worker thread only
    Request<IamToken> m_fetch;  // worker thread only; null when no fetch is on its way
    QAtomicInt m_fetches = 0;
};
