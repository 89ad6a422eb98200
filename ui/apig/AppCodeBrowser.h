// The Huawei screen: gateway instance → app → a paginated, masked AppCode table with safe copy
// (full values, marked secret for clipboard managers, cleared after a delay) and CSV export.
// The last instance and app of each account are remembered.
#pragma once

#include "app/apig/AppCodeChange.h"
#include "app/apig/AppCodeRotations.h"
#include "app/apig/ApigClient.h"
#include "app/models/LoadState.h"


#include <QWidget>
#include <memory>

class AppCodeExporter;
class ChangeJournal;
class QDialog;
class QPushButton;
class AppCodeModel;
class AppCodePager;
class ApigAppListModel;
class ApigInstanceListModel;
class LoadStatePanel;
class QAction;
class QComboBox;
class QLabel;
class ElidedLabel;
class QLineEdit;
class QListView;
class QProgressDialog;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;
class SecretClipboard;

class SessionState;

class AppCodeBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeBrowser)

public:
    AppCodeBrowser(SecretClipboard &clipboard, SessionState &state, QWidget *parent = nullptr);
    ~AppCodeBrowser() override;

    void setAccount(const QString &accountId, std::shared_ptr<ApigClient> client, const QString &defaultInstanceId = {});
    void showAccountError(const ApiError &error);
    void setAccountDetails(const QString &name) { m_accountName = name; }
    void setChangeJournal(ChangeJournal *journal) { m_journal = journal; }
    bool changesAllowed() const;
    // Ctrl+F: the app search.
    void focusSearch();

    // The AppCode lifecycle (each opens its dialog; nothing is sent without confirmation).
    QDialog *createAppCode();
    QDialog *rotateSelected();
    QDialog *deleteSelected();
    QDialog *finishRotation(const PendingRotation &rotation);
    QList<PendingRotation> pendingRotations() const;
    QPushButton *createButton() const { return m_createButton; }
    QPushButton *rotateButton() const { return m_rotateButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    ElidedLabel *limitLabel() const { return m_limit; }
    QLabel *rotationLabel() const { return m_rotationText; }

    void selectInstance(const QString &instanceId);
    void selectApp(const QString &appId);

    AppCodePager *pager() const { return m_pager; }
    AppCodeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ApigAppListModel *apps() const { return m_apps; }
    QComboBox *instanceBox() const { return m_instances; }
    QString rangeText() const;
    QString pageText() const;
    QAction *revealAction() const { return m_reveal; }
    // The two actions as they are made, also for the menus' places before the browser is built
    // (MainWindow shows them there, disabled).
    static QAction *makeRevealAction(QObject *parent);
    static QAction *makeExportAllAction(QObject *parent);
    QAction *exportAction() const { return m_exportAll; }

    // The full AppCodes of the selected rows (or all on the page), for Ctrl+C.
    QStringList selectedCodes() const;
    void copySelectedCodes();
    // CSV export: `allPages` asks the service for every page (after a confirmation in the UI).
    bool exportCsv(const QString &file, bool allPages);
    AppCodeExporter *exporter() const { return m_exporter; }

signals:
    void message(const QString &text);

private:
    int charsWidth(int chars) const;
    void fitAppCodeColumn(bool revealed);
    void loadInstances();
    void instancesChanged(LoadState state);
    void instanceChosen();
    void appChosen(const QModelIndex &index);
    void updateBar();
    void copyRows(const std::function<QString(int row)> &line, bool secret, const QString &what);
    void showContextMenu(const QPoint &pos);
    QList<int> selectedRows() const;
    void updateChangeBar();
    AppCodeChange::Context changeContext() const;
    QList<AppCode> selectedAppCodes() const;

    SecretClipboard &m_clipboard;
    ChangeJournal *m_journal = nullptr;
    QString m_accountName;
    SessionState &m_state;
    AppCodeRotations &m_rotations;
    QWidget *m_changeBar = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    ElidedLabel *m_limit = nullptr;
    QWidget *m_rotationBar = nullptr;
    QLabel *m_rotationText = nullptr;
    QPushButton *m_finishRotation = nullptr;
    QPushButton *m_forgetRotation = nullptr;
    QString m_accountId;
    std::shared_ptr<ApigClient> m_client;
    QString m_defaultInstance;
    ApigInstanceListModel *m_instanceModel = nullptr;

    QComboBox *m_instances = nullptr;
    QLabel *m_instanceState = nullptr;
    QLineEdit *m_appSearch = nullptr;
    QTimer *m_appSearchDebounce = nullptr;
    QListView *m_appView = nullptr;
    ApigAppListModel *m_apps = nullptr;
    LoadStatePanel *m_appPanel = nullptr;
    AppCodePager *m_pager = nullptr;
    AppCodeModel *m_model = nullptr;
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
    AppCodeExporter *m_exporter = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
};
