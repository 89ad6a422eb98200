// The ESA screen, a view of its EsaWorkspace (app/workspaces/EsaWorkspace.h): routines of the selected
// account (paged as you scroll, searchable) above the code versions of the selected routine (with
// production/staging badges), and the code view beside them. The version under the cursor opens
// after a short pause (Enter and click open at once); the last choice always wins.
#pragma once

#include "app/versions/OpenedCodeVersion.h"
#include "app/versions/VersionRef.h"
#include "app/diff/TextDiff.h"
#include "app/workspaces/EsaWorkspace.h"
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
class QMenu;
class QPushButton;
class QDialog;
class QLineEdit;
class QSplitter;
class QTimer;
class QVBoxLayout;
class QTreeView;
class SessionState;
class RoutineAnnotation;
class RoutineListModel;
class RunsOnPanel;
class QTabWidget;
class VersionSearchDialog;

class RoutineBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineBrowser)

public:
    RoutineBrowser(CodeVersionRepository &repository, SessionState &state, QWidget *parent = nullptr);
    ~RoutineBrowser() override;

    EsaWorkspace &workspace() { return m_workspace; }
    void showAccountError(const ApiError &error);

    CodeView *codeView() const { return m_code; }
    // The widgets of the screen's focus chain, in order: search, routines, versions.
    QList<QWidget *> focusChain() const;

    void selectRoutine(const QString &name);
    // Opens a version of the selected routine; with line > 0 the view jumps there.
    // In a bundle, `file` is shown (else the file last chosen in it, or its entry).
    void openVersion(const QString &codeVersion, int line = 0, const QString &highlight = {},
                     bool highlightIsRegex = false, bool highlightCaseSensitive = false, const QString &file = {});

    // The release actions (each opens its dialog; nothing is sent without the user's confirmation).
    QDialog *deployVersion(const QString &codeVersion, int preset = 0);
    QDialog *rollBackTo(const QString &codeVersion);
    QDialog *promoteCanary();
    QDialog *abortCanary();
    QDialog *deleteVersions(const QStringList &codeVersions);
    QDialog *newVersion(const QString &file = {});

    // Annotate (Ctrl+Shift+A, checkable): while on, the version shown gets the annotation margin.
    QAction *annotateAction() const { return m_annotateAction; }
    // The options the annotation follows lines with (the diff view's, from the preferences).
    void setAnnotationOptions(const DiffOptions &options);
    // Export History as Git Repository: `routine` (default: the selected one) into `folder`
    // (default: asks for one). The dialog shows the progress and the result.
    QDialog *exportHistory(const QString &routine = {}, const QString &folder = {});

    // "Who serves this URL?" (Ctrl+Shift+U) for the selected account; `url` is filled in when given.
    QDialog *whoServesUrl(const QString &url = {});
    QAction *whoServesUrlAction() const { return m_whoServesAction; }
    RunsOnPanel *runsOn() const { return m_runsOn; }
    QTabWidget *routineTabs() const { return m_routineTabs; }

public slots:
    // Ctrl+F: the code's find bar when the focus is in the code, else the routine search.
    void find();
    void refreshSelectedLevel();
    void findInAllVersions();
    // Two selected versions, or the selected one and the one marked with "Select for Compare".
    void compareSelected();
    void compareWithFile();
    void compareWithFolder();

signals:
    void message(const QString &text);
    void versionOpened(const OpenedCodeVersion &opened);
    void compareRequested(const VersionRef &a, const VersionRef &b);
    // The change that brought `line` (of `b`) into the routine: the diff a → b, shown at that line.
    // `file`: the bundle's file the line is in (empty for a single-file version).
    void introducingChangeRequested(const VersionRef &a, const VersionRef &b, int line, const QString &file);
    void compareWithFileRequested(const VersionRef &version, const QString &file);
    void compareWithFolderRequested(const VersionRef &version, const QString &folder);

private:
    QWidget *buildLists();
    QWidget *buildVersions(QSplitter *split);
    QWidget *buildReleaseBar(QWidget *parent);
    void addShortcuts(QWidget *lists);
    void connectIntents();
    void connectWorkspace();
    void buildAnnotation();

    void cleared();
    void routineChosen(const QModelIndex &index);
    void showVersionContextMenu(const QPoint &pos);
    void addReleaseActions(QMenu &menu, const QString &version);
    void showRoutineContextMenu(const QPoint &pos);
    void annotateShown();
    void applyJump(const OpenedCodeVersion &opened);
    void updateReleaseButtons();
    QList<VersionRef> selectedVersions() const;
    QStringList selectedVersionIds() const;
    void showChanged(const RoutineSnapshot &after, const QString &select = {});

    EsaWorkspace m_workspace;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTreeView *m_routineView = nullptr;
    QTreeView *m_versionView = nullptr;
    LoadStatePanel *m_routinePanel = nullptr;
    LoadStatePanel *m_versionPanel = nullptr;
    QLabel *m_versionsTitle = nullptr;
    QPushButton *m_findAll = nullptr;
    CodeView *m_code = nullptr;
    VersionSearchDialog *m_searchDialog = nullptr;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_newVersionButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QWidget *m_releaseBar = nullptr;
    QAction *m_annotateAction = nullptr;
    QAction *m_whoServesAction = nullptr;
    QTabWidget *m_routineTabs = nullptr;
    RunsOnPanel *m_runsOn = nullptr;
};
