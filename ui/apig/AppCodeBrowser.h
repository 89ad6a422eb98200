// The Huawei screen, a view of its ApigWorkspace (app/workspaces/ApigWorkspace.h): gateway instance →
// app → a paginated, masked AppCode table with safe copy (full values, marked secret for
// clipboard managers, cleared after a delay), CSV export, and the AppCode lifecycle for accounts
// that allow changes. It lays the workspace out and passes the user's intent on.
#pragma once

#include "app/apig/AppCodeRotations.h"
#include "app/workspaces/ApigWorkspace.h"

#include <QWidget>

class AppContextPanel;
class ElidedLabel;
class QHBoxLayout;
class LoadStatePanel;
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListView;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QVBoxLayout;
class SecretClipboard;
class SessionState;

class AppCodeBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeBrowser)

public:
    AppCodeBrowser(SecretClipboard &clipboard, SessionState &state, QWidget *parent = nullptr);
    ~AppCodeBrowser() override;

    ApigWorkspace &workspace() { return m_workspace; }
    void showAccountError(const ApiError &error);
    // Ctrl+F: the app search.
    void focusSearch();

    // The AppCode lifecycle (each opens its dialog; nothing is sent without confirmation).
    QDialog *createAppCode();
    QDialog *rotateSelected();
    QDialog *deleteSelected();
    QDialog *finishRotation(const PendingRotation &rotation);
    // Reset the chosen app's AppSecret (the dialog asks for its name first).
    QDialog *resetAppSecret();
    // Test an AppCode of the chosen app on the APIs of its "Where it works" (that one preselected).
    QDialog *testAppCode(const QString &appCodeId = {});

    // "Where it works" of the chosen app, the tab beside the AppCodes.
    AppContextPanel *contextPanel() const { return m_contextPanel; }
    void showContext();

    void selectInstance(const QString &instanceId);
    void selectApp(const QString &appId);

    QAction *revealAction() const { return m_reveal; }
    QAction *exportAction() const { return m_exportAll; }
    // The two actions as they are made, also for the menus' places before the browser is built
    // (MainWindow shows them there, disabled).
    static QAction *makeRevealAction(QObject *parent);
    static QAction *makeExportAllAction(QObject *parent);

    // Ctrl+C: the full AppCodes of the selected rows.
    void copySelectedCodes();
    // CSV export: `allPages` asks the service for every page (after a confirmation in the UI).
    bool exportCsv(const QString &file, bool allPages);

signals:
    void message(const QString &text);

private:
    QWidget *buildApps(QSplitter *split);
    QWidget *buildCodes(QWidget *parent);
    QTabWidget *buildTabs(QSplitter *split);
    QHBoxLayout *buildInstanceBar();
    QHBoxLayout *buildTools(QWidget *parent);
    QWidget *buildChangeBar(QWidget *parent);
    QWidget *buildRotationBar(QWidget *parent);
    QTableView *buildTable(QWidget *parent);
    QHBoxLayout *buildPageBar(QWidget *parent);
    void addShortcuts();
    void connectIntents();
    void connectWorkspace();

    int charsWidth(int chars) const;
    void fitAppCodeColumn(bool revealed);
    void instancesChanged(LoadState state);
    void cleared();
    void updateBar();
    void updateChangeBar();
    void copy(ApigWorkspace::CopyFormat format, const QString &what);
    // The safe copy: `secret` text is marked for clipboard managers and cleared after the delay.
    void copyText(const QString &text, bool secret, const QString &what);
    void showContextMenu(const QPoint &pos);
    QList<AppCode> selectedAppCodes() const;
    void askExportAll();

    ApigWorkspace m_workspace;
    SecretClipboard &m_clipboard;
    QWidget *m_changeBar = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    ElidedLabel *m_limit = nullptr;
    QWidget *m_rotationBar = nullptr;
    QLabel *m_rotationText = nullptr;
    QPushButton *m_finishRotation = nullptr;
    QPushButton *m_testRotation = nullptr;
    QPushButton *m_forgetRotation = nullptr;
    QComboBox *m_instances = nullptr;
    QLabel *m_instanceState = nullptr;
    QLineEdit *m_appSearch = nullptr;
    QTimer *m_appSearchDebounce = nullptr;
    QListView *m_appView = nullptr;
    LoadStatePanel *m_appPanel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    LoadStatePanel *m_tablePanel = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_pageSize = nullptr;
    QToolButton *m_first = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_last = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSpinBox *m_jump = nullptr;
    ElidedLabel *m_range = nullptr;
    QAction *m_reveal = nullptr;
    QAction *m_exportPage = nullptr;
    QAction *m_exportAll = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QTabWidget *m_tabs = nullptr;
    AppContextPanel *m_contextPanel = nullptr;
};
