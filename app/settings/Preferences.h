// The user's preferences, one place: read from and written to QSettings ("preferences" group),
// with the product's defaults. Signals say what changed so the parts that care can follow.
#pragma once

#include "app/diff/TextDiff.h"

#include <QObject>
#include <QSettings>

class Preferences : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    enum class Theme { System, Light, Dark };

    explicit Preferences(QSettings &settings, QObject *parent = nullptr);

    QString language() const;          // "" = the system's, "en", "zh_CN"
    Theme theme() const;
    int requestTimeoutSeconds() const; // 5..300, default 20
    int clipboardClearSeconds() const; // 0 = never, default 30
    int cacheSizeMiB() const;          // 16..4096, default 256
    DiffOptions diffOptions() const;
    bool diffFoldUnchanged() const;

    void setLanguage(const QString &language);
    void setTheme(Theme theme);
    void setRequestTimeoutSeconds(int seconds);
    void setClipboardClearSeconds(int seconds);
    void setCacheSizeMiB(int mib);
    void setDiffOptions(const DiffOptions &options, bool foldUnchanged);

    static QString themeKey(Theme theme);

signals:
    void languageChanged(const QString &language); // takes effect at the next start
    void themeChanged(Theme theme);
    void networkChanged();
    void clipboardChanged(int seconds);
    void cacheSizeChanged(int mib);
    void diffDefaultsChanged();

private:
    QSettings &m_settings;
};
