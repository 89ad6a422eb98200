#include "LoopbackAwareProxyFactory.h"

#include "net/HttpCall.h"

QList<QNetworkProxy> LoopbackAwareProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (HttpCall::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy::NoProxy};
    return systemProxyForQuery(query);
}
