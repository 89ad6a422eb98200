// Test-only: a widget found by its object name, as a person finds it by its label, so views need
// not expose their insides to tests. Null when there is none (the test's QVERIFY says so).
#pragma once

#include <QLatin1String>
#include <QObject>

template <typename T>
T *child(const QObject *root, const char *name)
{
    return root ? root->findChild<T *>(QLatin1String(name)) : nullptr;
}

// What a person reads in a label: its text while it is shown (it and its ancestors), else nothing.
// `label` must exist: a missing one must not pass for an empty one.
template <typename Label>
QString shownText(const Label *label)
{
    return label->isVisible() ? label->text() : QString();
}
