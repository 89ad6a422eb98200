// "3 days ago", "in 2 hours": a time as people say it, for tooltips beside the exact local time.
#pragma once

#include <QCoreApplication>
#include <QDateTime>

class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
