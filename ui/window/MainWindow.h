// The main window: a thin frame that only lays out and wires the panels
// (accounts, edge routines, AppCodes); the panels do the work.
#pragma once

#include <QMainWindow>

struct Account;
class AccountConnections;
class ChangeJournal;
class ChangesPanel;
class AppCodeBrowser;
class SecretClipboard;
class AccountPanel;
class CodeVersionRepository;
class Preferences;
class DiffView;
class RoutineBrowser;
class SelectedAccount;
class Session;
class WindowStateSync;
struct VersionRef;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    // Shown in the status bar: where the demo calls go.
    void setDemoEndpoint(const QString &baseUrl);
    AccountPanel *accountPanel() const { return m_accounts; }
    RoutineBrowser *routineBrowser() const { return m_routines; }
    // Built when its tab is first shown or when this is first called: the first frame shows the
    // routines, and most sessions never open the AppCodes.
    AppCodeBrowser *appCodeBrowser();
    QTabWidget *tabs() const { return m_tabs; }

    // Window geometry, dock and splitter state from the last session.
    void restoreSession();

    // Opens a diff tab for two versions (loaded from the cache or the cloud) or a version and a file.
    DiffView *compareVersions(const VersionRef &a, const VersionRef &b);
    DiffView *compareWithFile(const VersionRef &version, const QString &file);
    // A version and a local folder, as folders (the tab turns into a FolderCompareView once the
    // version is loaded; so does a comparison of two bundles).
    DiffView *compareWithFolder(const VersionRef &version, const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildAccountsDock();
    void buildTabs();
    void buildChangesDock();
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildThemeMenu(QMenu *view);
    void setFocusChain();
    void followSelection();
    void buildStatusBar();
    void fitToScreen();
    void buildChangesPanel();
    void showEndpoint(const Account &account);
    void followPreferences();
    void showPreferences();
    void showShortcuts();
    void showAbout();
    DiffView *currentDiff() const;

    DiffView *openDiffTab(const QString &title);
    void offerReleaseActions(DiffView *view);
    void showFolderCompare(DiffView *view);
    void showIntroducingChange(const VersionRef &a, const VersionRef &b, int line, const QString &file);

    Session &m_session;
    Preferences &m_preferences;
    AccountConnections &m_connections;
    CodeVersionRepository &m_codeVersions;
    WindowStateSync *m_stateSync = nullptr;
    QDockWidget *m_accountsDock = nullptr;
    AccountPanel *m_accounts = nullptr;
    QTabWidget *m_tabs = nullptr;
    RoutineBrowser *m_routines = nullptr;
    AppCodeBrowser *m_appCodes = nullptr;
    // Until the AppCodes are built: their tab's page, and their actions' places in the menus.
    QWidget *m_appCodesPlaceholder = nullptr;
    QAction *m_exportAppCodesPlaceholder = nullptr;
    QAction *m_revealAppCodesPlaceholder = nullptr;
    SecretClipboard *m_clipboard = nullptr;
    SelectedAccount *m_selection = nullptr;
    ChangeJournal *m_journal = nullptr;
    QDockWidget *m_changesDock = nullptr;
    ChangesPanel *m_changes = nullptr;
    QLabel *m_endpoint = nullptr;
    QString m_demoEndpoint;
};
