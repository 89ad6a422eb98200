// A widget with its object name (what tests and the screenshot script find it by) and its
// accessible name (what a screen reader says), set where it is made.
#pragma once

#include <QLatin1String>
#include <QString>

template <typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}
