#include "app/net/RelativeTime.h"

#include <QLocale>

QString RelativeTime::describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = when.secsTo(now);
    const qint64 a = qAbs(secs);
    QString amount;
    if (a < 60)
        return tr("just now");
    if (a < 3600)
        amount = tr("%n minute(s)", nullptr, int(a / 60));
    else if (a < 86400)
        amount = tr("%n hour(s)", nullptr, int(a / 3600));
    else if (a < 86400 * 60)
        amount = tr("%n day(s)", nullptr, int(a / 86400));
    else if (a < 86400 * 730)
        amount = tr("%n month(s)", nullptr, int(a / (86400 * 30)));
    else
        amount = tr("%n year(s)", nullptr, int(a / (86400 * 365)));
    return secs >= 0 ? tr("%1 ago").arg(amount) : tr("in %1").arg(amount);
}

QString RelativeTime::inFull(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    return tr("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat), describe(when, now));
}
