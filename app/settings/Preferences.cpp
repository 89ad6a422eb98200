#include "app/settings/Preferences.h"

namespace {
QString key(const char *name)
{
    return QStringLiteral("preferences/") + QLatin1String(name);
}
} // namespace

Preferences::Preferences(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString Preferences::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

QString Preferences::language() const
{
    const QString l = m_settings.value(key("language")).toString();
    return l == QLatin1String("en") || l == QLatin1String("zh_CN") ? l : QString();
}

Preferences::Theme Preferences::theme() const
{
    const QString t = m_settings.value(key("theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

int Preferences::requestTimeoutSeconds() const
{
    return qBound(5, m_settings.value(key("requestTimeout"), 20).toInt(), 300);
}

int Preferences::clipboardClearSeconds() const
{
    return qBound(0, m_settings.value(key("clipboardClear"), 30).toInt(), 3600);
}

int Preferences::cacheSizeMiB() const
{
    return qBound(16, m_settings.value(key("cacheSize"), 256).toInt(), 4096);
}

DiffOptions Preferences::diffOptions() const
{
    DiffOptions o;
    o.ignoreWhitespace = m_settings.value(key("diffIgnoreWhitespace"), false).toBool();
    o.contextLines = qBound(0, m_settings.value(key("diffContext"), 3).toInt(), 50);
    const QString a = m_settings.value(key("diffAlgorithm")).toString();
    o.algorithm = a == QLatin1String("minimal") ? DiffOptions::Algorithm::Minimal
            : a == QLatin1String("myers")       ? DiffOptions::Algorithm::Myers
                                                : DiffOptions::Algorithm::Patience;
    return o;
}

bool Preferences::diffFoldUnchanged() const
{
    return m_settings.value(key("diffFold"), true).toBool();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue(key("language"), language);
    emit languageChanged(language);
}

void Preferences::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings.setValue(key("theme"), themeKey(theme));
    emit themeChanged(theme);
}

void Preferences::setRequestTimeoutSeconds(int seconds)
{
    if (seconds == requestTimeoutSeconds())
        return;
    m_settings.setValue(key("requestTimeout"), qBound(5, seconds, 300));
    emit networkChanged();
}

void Preferences::setClipboardClearSeconds(int seconds)
{
    if (seconds == clipboardClearSeconds())
        return;
    m_settings.setValue(key("clipboardClear"), qBound(0, seconds, 3600));
    emit clipboardChanged(clipboardClearSeconds());
}

void Preferences::setCacheSizeMiB(int mib)
{
    if (mib == cacheSizeMiB())
        return;
    m_settings.setValue(key("cacheSize"), qBound(16, mib, 4096));
    emit cacheSizeChanged(cacheSizeMiB());
}

void Preferences::setDiffOptions(const DiffOptions &options, bool foldUnchanged)
{
    m_settings.setValue(key("diffIgnoreWhitespace"), options.ignoreWhitespace);
    m_settings.setValue(key("diffContext"), options.contextLines);
    m_settings.setValue(key("diffAlgorithm"), options.algorithm == DiffOptions::Algorithm::Minimal ? QStringLiteral("minimal")
                                                  : options.algorithm == DiffOptions::Algorithm::Myers ? QStringLiteral("myers")
                                                                                                        : QStringLiteral("patience"));
    m_settings.setValue(key("diffFold"), foldUnchanged);
    emit diffDefaultsChanged();
}
