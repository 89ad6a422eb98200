// "3 days ago", "in 2 hours": a time as people say it, for tooltips beside the exact local time.
#pragma once

#include <QCoreApplication>
#include <QDateTime>

class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The date and time in full, then how long ago: for a tooltip beside a column that shows the date alone.
    static QString inFull(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
