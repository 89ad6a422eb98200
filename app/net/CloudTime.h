// Times as the clouds write them: ISO-8601 UTC, sometimes with nanoseconds, sometimes with a
// stray newline (the ESA seed's own example), sometimes epoch milliseconds. Parsed leniently.
#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace CloudTime {
// Invalid QDateTime if nothing sensible can be read.
QDateTime parse(const QString &text);
QDateTime parse(const QJsonValue &value); // string, or a number of epoch milliseconds
} // namespace CloudTime
