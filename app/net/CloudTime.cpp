#include "app/net/CloudTime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace CloudTime {

namespace {

// Epoch numbers come in seconds or in milliseconds, and nobody documents which (Huawei's
// create_time: "unix timestamp"). Below 1e11 it is seconds (1e11 s is the year 5138; 1e11 ms
// would be March 1973, before any of these clouds); from 1e11 on, milliseconds.
constexpr double SecondsBelow = 1e11;

QDateTime fromEpochNumber(double n)
{
    // Anything beyond a few hundred thousand years is not a time (and converting it to an integer
    // would be undefined).
    if (!std::isfinite(n) || std::abs(n) > 8.64e15)
        return {};
    const double ms = std::abs(n) < SecondsBelow ? n * 1000.0 : n;
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc()).toUTC();
}

} // namespace

QDateTime parse(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    // Qt reads at most milliseconds: cut a longer fraction ("…23.883361712Z") to three digits.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral(".\\1"));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (ok)
            t = fromEpochNumber(double(number));
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')))
        t.setTimeZone(QTimeZone::utc()); // the clouds mean UTC when they say nothing
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime parse(const QJsonValue &value)
{
    if (value.isDouble())
        return fromEpochNumber(value.toDouble());
    return parse(value.toString());
}

} // namespace CloudTime
