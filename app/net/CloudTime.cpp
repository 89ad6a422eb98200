#include "app/net/CloudTime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace CloudTime {

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
        const qint64 ms = text.toLongLong(&ok);
        if (ok)
            t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')))
        t.setTimeZone(QTimeZone::utc()); // the clouds mean UTC when they say nothing
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime parse(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Epoch milliseconds; anything beyond a few hundred thousand years is not a time (and
        // converting it to an integer would be undefined).
        const double ms = value.toDouble();
        if (!std::isfinite(ms) || std::abs(ms) > 8.64e15)
            return {};
        return QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc());
    }
    return parse(value.toString());
}

} // namespace CloudTime
