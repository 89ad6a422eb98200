#include "app/net/LoopbackAwareProxyFactory.h"

#include "app/net/HttpCall.h"

QList<QNetworkProxy> LoopbackAwareProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (HttpCall::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy::NoProxy};
    return systemProxyForQuery(query);
}
