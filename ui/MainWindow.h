// The main window: a thin frame that only lays out and wires the panels
// (accounts, edge routines, AppCodes); the panels do the work.
#pragma once

#include <QMainWindow>

class QDockWidget;
class QTabWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shown in the status bar: where the calls go (the demo cloud, or nothing yet).
    void setDemoEndpoint(const QString &baseUrl);

private:
    QWidget *makePlaceholder(const QString &title, const QString &text);

    QDockWidget *m_accountsDock = nullptr;
    QTabWidget *m_tabs = nullptr;
};
