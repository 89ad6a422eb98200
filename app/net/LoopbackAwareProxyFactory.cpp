#include "app/net/LoopbackAwareProxyFactory.h"

#include "app/net/EndpointPolicy.h"

QList<QNetworkProxy> LoopbackAwareProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (EndpointPolicy::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy::NoProxy};
    return systemProxyForQuery(query);
}
