// The system proxy for the clouds, never for loopback: the demo cloud and test servers on
// 127.0.0.1 must not be sent through a corporate proxy that cannot reach them.
#pragma once

#include <QNetworkProxyFactory>

class LoopbackAwareProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};
