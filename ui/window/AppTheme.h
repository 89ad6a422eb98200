// Light, dark or the system's look for the whole application (Fusion with a matching palette for
// light and dark, the platform style otherwise); code editors recolour themselves from it.
#pragma once

#include "app/settings/Preferences.h"

class AppTheme
{
public:
    static void apply(Preferences::Theme theme);
    static bool isDark();
};
