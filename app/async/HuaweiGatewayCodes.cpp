#include "app/async/HuaweiGatewayCodes.h"

#include <QStringList>

namespace HuaweiGatewayCodes {

QString numberOf(const QString &code)
{
    static const QStringList prefixes{QStringLiteral("APIG."), QStringLiteral("APIGW."), QStringLiteral("APIC.")};
    for (const QString &prefix : prefixes) {
        if (code.startsWith(prefix))
            return code.mid(prefix.size());
    }
    return {};
}

bool isTokenRefusal(int httpStatus, const QString &code)
{
    if (httpStatus != 401)
        return false;
    const QString number = numberOf(code);
    return number == QLatin1String("0301") || number == QLatin1String("0307") || number == QLatin1String("1002");
}

bool isThrottling(const QString &code)
{
    return numberOf(code) == QLatin1String("0308");
}

} // namespace HuaweiGatewayCodes
