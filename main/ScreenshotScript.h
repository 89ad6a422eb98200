// --screenshot FILE [--view NAME]: drives the main window on the demo cloud to a known screen
// (a routine's code, a diff, the AppCodes, a dialog, the 8 MiB version), waits until it is
// there, saves a PNG of the window (or of the dialog in front) and quits the application.
// Each step waits for what it needs (a list loaded, a version shown), not for a fixed time.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class MainWindow;

class ScreenshotScript : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotScript)

public:
    ScreenshotScript(MainWindow &window, QString file, QString view, QObject *parent = nullptr);

    static QStringList views();
    void start();

private:
    struct Step
    {
        std::function<bool()> ready; // may the step run?
        std::function<void()> run;
    };
    void then(std::function<bool()> ready, std::function<void()> run);
    std::function<bool()> routinesLoaded() const;
    std::function<bool()> versionsOf(const QString &routine) const;
    std::function<void()> selectRoutine(const QString &routine) const;
    std::function<bool()> codeShown() const;
    // One plan per view: the steps that lead to it.
    void planAccounts();
    void planAccountDialog();
    void planDiff();
    void planDeploy();
    void planAnnotate();
    void planBundle();
    void planFolderCompare();
    void planRunsOn();
    void planAppCodes();
    void planSharedGateway();
    void planWhereItWorks();
    void planCode();
    void advance();
    void save();

    MainWindow &m_window;
    QString m_file;
    QString m_view;
    QList<Step> m_steps;
    QTimer m_poll;
    int m_waitedMs = 0;
};
