// Times as the clouds write them: ISO-8601 UTC, sometimes with nanoseconds, sometimes with a
// stray newline (the ESA seed's own example), sometimes epoch seconds or milliseconds. Parsed leniently.
#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace CloudTime {
// Invalid QDateTime if nothing sensible can be read.
QDateTime parse(const QString &text);
// A string, or an epoch number: below 1e11 seconds, from 1e11 on milliseconds (the unit is decided
// by the size, since the clouds do not document it).
QDateTime parse(const QJsonValue &value);
} // namespace CloudTime
