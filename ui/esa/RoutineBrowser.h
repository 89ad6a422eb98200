// The ESA screen: routines of the selected account (paged as you scroll, searchable) above the
// code versions of the selected routine (with production/staging badges), and the code view
// beside them. The version under the cursor opens after a short pause (Enter and click open at
// once); its OpenCodeVersion aborts the one still loading, so the last choice always wins.
#pragma once

#include "app/versions/OpenedCodeVersion.h"
#include "app/versions/VersionRef.h"
#include "app/diff/TextDiff.h"
#include "app/esa/RoutineChange.h"

#include <QWidget>
#include <memory>

class ChangeJournal;
class CodeVersionListModel;
class CodeVersionRepository;
class CodeView;
class OpenCodeVersion;
class LoadStatePanel;
class QLabel;
class QPushButton;
class QDialog;
class QLineEdit;
class QTimer;
class QTreeView;
class SessionState;
class RoutineAnnotation;
class RoutineListModel;
class VersionSearchDialog;

class RoutineBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineBrowser)

public:
    RoutineBrowser(CodeVersionRepository &repository, SessionState &state, QWidget *parent = nullptr);
    ~RoutineBrowser() override;

    void setAccount(const QString &accountId, std::shared_ptr<EsaClient> client);
    // What the change dialogs show and journal about the account.
    void setAccountDetails(const QString &name, const QString &region, const QString &endpoint);
    void setChangeJournal(ChangeJournal *journal) { m_journal = journal; }
    // Changes are offered only for an account that allows them.
    bool changesAllowed() const;
    void showAccountError(const ApiError &error);
    QString accountId() const { return m_accountId; }

    RoutineListModel *routineModel() const { return m_routines; }
    CodeVersionListModel *versionModel() const { return m_versions; }
    QTreeView *routineView() const { return m_routineView; }
    QTreeView *versionView() const { return m_versionView; }
    CodeView *codeView() const { return m_code; }
    OpenCodeVersion *openVersionState() const { return m_open; }
    QLineEdit *searchField() const { return m_search; }

    void selectRoutine(const QString &name);
    // Opens a version of the selected routine; with line > 0 the view jumps there.
    void openVersion(const QString &codeVersion, int line = 0, const QString &highlight = {},
                     bool highlightIsRegex = false, bool highlightCaseSensitive = false);

    VersionRef refFor(const QString &codeVersion) const;
    QList<VersionRef> selectedVersions() const;
    VersionRef markedForCompare() const { return m_marked; }

    // The release actions (each opens its dialog; nothing is sent without the user's confirmation).
    QDialog *deployVersion(const QString &codeVersion, int preset = 0);
    QDialog *rollBackTo(const QString &codeVersion);
    QDialog *promoteCanary();
    QDialog *abortCanary();
    QDialog *deleteVersions(const QStringList &codeVersions);
    QDialog *newVersion(const QString &file = {});
    QPushButton *deployButton() const { return m_deployButton; }
    QPushButton *newVersionButton() const { return m_newVersionButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }

    // Annotate (Ctrl+Shift+A, checkable): while on, the version shown gets the annotation margin.
    QAction *annotateAction() const { return m_annotateAction; }
    RoutineAnnotation *annotation() const { return m_annotation; }
    // The options the annotation follows lines with (the diff view's, from the preferences).
    void setAnnotationOptions(const DiffOptions &options);
    // Export History as Git Repository: `routine` (default: the selected one) into `folder`
    // (default: asks for one). The dialog shows the progress and the result.
    QDialog *exportHistory(const QString &routine = {}, const QString &folder = {});

public slots:
    // Ctrl+F: the code's find bar when the focus is in the code, else the routine search.
    void find();
    void refreshSelectedLevel();
    void findInAllVersions();
    // Two selected versions, or the selected one and the one marked with "Select for Compare".
    void compareSelected();
    void compareWithFile();

signals:
    void message(const QString &text);
    void versionOpened(const OpenedCodeVersion &opened);
    void compareRequested(const VersionRef &a, const VersionRef &b);
    // The change that brought `line` (of `b`) into the routine: the diff a → b, shown at that line.
    void introducingChangeRequested(const VersionRef &a, const VersionRef &b, int line);
    void compareWithFileRequested(const VersionRef &version, const QString &file);

private:
    struct Jump
    {
        VersionRef ref;
        int line = 0;
        QString highlight;
        bool regex = false;
        bool caseSensitive = false;
    };
    void routineChosen(const QModelIndex &index);
    void showVersionContextMenu(const QPoint &pos);
    void showRoutineContextMenu(const QPoint &pos);
    void annotateShown();
    void applyJump(const OpenedCodeVersion &opened);
    void updateReleaseButtons();
    RoutineChange::Context changeContext() const;
    void showChanged(const RoutineSnapshot &after, const QString &select = {});

    CodeVersionRepository &m_repository;
    SessionState &m_state;
    QString m_accountId;
    std::shared_ptr<EsaClient> m_client;
    RoutineListModel *m_routines = nullptr;
    CodeVersionListModel *m_versions = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTreeView *m_routineView = nullptr;
    QTreeView *m_versionView = nullptr;
    LoadStatePanel *m_routinePanel = nullptr;
    LoadStatePanel *m_versionPanel = nullptr;
    QLabel *m_versionsTitle = nullptr;
    CodeView *m_code = nullptr;
    VersionSearchDialog *m_searchDialog = nullptr;
    VersionRef m_marked;
    OpenCodeVersion *m_open = nullptr;
    Jump m_jump; // where to go once the version opening now is shown
    ChangeJournal *m_journal = nullptr;
    QString m_accountName;
    QString m_region;
    QString m_endpoint;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_newVersionButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QWidget *m_releaseBar = nullptr;
    QAction *m_annotateAction = nullptr;
    RoutineAnnotation *m_annotation = nullptr;
    DiffOptions m_annotationOptions;
};
