// Preferences: language, theme, request timeout, clipboard clear delay, cache size (and Clear
// Cache), diff defaults. Applied on OK.
#pragma once

#include "app/settings/Preferences.h"

#include <QDialog>

class CodeVersionCache;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(Preferences &preferences, CodeVersionCache &cache, QWidget *parent = nullptr);

    void apply();

private:
    QGroupBox *buildGeneral();
    QGroupBox *buildCache();
    QGroupBox *buildDiffDefaults();
    void updateCacheLabel();

    Preferences &m_preferences;
    CodeVersionCache &m_cache;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_clipboard = nullptr;
    QSpinBox *m_cacheSize = nullptr;
    QLabel *m_cacheUsed = nullptr;
    QCheckBox *m_ignoreWhitespace = nullptr;
    QCheckBox *m_fold = nullptr;
    QSpinBox *m_context = nullptr;
    QComboBox *m_algorithm = nullptr;
};
