#include "app/esa/SiteRoutes.h"

bool EsaSite::covers(const QString &host) const
{
    const QString zone = name.toLower();
    const QString h = host.toLower();
    return !zone.isEmpty() && (h == zone || h.endsWith(QLatin1Char('.') + zone));
}

QString RoutineRoute::readableRule() const
{
    const rules::Rule r = rule();
    return r.isNull() ? ruleText : r.readable();
}
