#include "app/net/EndpointPolicy.h"

#include <QHostAddress>

namespace EndpointPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Verdict check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Verdict::NotHttp;
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Verdict::Insecure;
    return Verdict::Allowed;
}

QUrl upgradedToHttps(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty() || isLoopbackHost(url.host()))
        return url;
    QUrl secure = url;
    secure.setScheme(QStringLiteral("https"));
    if (secure.port() == 80)
        secure.setPort(-1);
    return secure;
}

} // namespace EndpointPolicy
