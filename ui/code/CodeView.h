// Shows one code version: a header strip (routine, version, created, size, kind, short SHA-256,
// warnings, request id — each copyable), a notice for missing code or plain-text mode, and the
// code itself in a read-only editor, or a hex view for binary kinds. Find (Ctrl+F, F3/Shift+F3,
// all matches highlighted), Go to line (Ctrl+G), Save As (the original bytes), wrap and zoom.
// It follows a RoutineAnnotation: a bar with progress and Cancel while the versions load, then
// the annotation margin (who introduced each line) for the version shown.
// A Functions and Pages bundle shows its file tree beside the code (Ctrl+Shift+E focuses it; the
// file under its cursor is shown, each with its own lexer, images as images, binaries as hex);
// find, go to line and Save As then work on that file, and Save As also keeps the zip or
// extracts it to a folder. The file chosen in each version is remembered while the app runs.
#pragma once

#include "app/versions/OpenedCodeVersion.h"
#include "app/async/ApiError.h"
#include "app/async/Request.h"
#include "app/bundle/BundleExtract.h"

#include <QPointer>
#include <QHash>
#include <QWidget>
#include <functional>

class AnnotationMargin;
class BundleFileTree;
struct BundleFileContent;
class QSplitter;
class CodeEditor;
class QProgressBar;
class RoutineAnnotation;
class CopyableLabel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolBar;

class CodeView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeView)

public:
    explicit CodeView(QWidget *parent = nullptr);

    void showPlaceholder(const QString &text);
    void showLoading(const QString &routine, const QString &codeVersion);
    void showError(const QString &routine, const QString &codeVersion, const ApiError &error, std::function<void()> retry);
    // `routineHasAssets`: the version belongs to a Functions and Pages routine, so a plain script
    // is its entry alone (the service may answer either the bundle or only the entry).
    void showCode(const OpenedCodeVersion &opened, bool routineHasAssets = false);

    bool hasCode() const { return m_opened.has_value(); }
    const std::optional<OpenedCodeVersion> &opened() const { return m_opened; }
    CodeEditor *editor() const { return m_editor; }

    void goToLine(int line);
    // A bundle's file (false when the version shown is no bundle or has no such file).
    bool showFile(const QString &path);
    // The bundle's file shown; empty for a single-file version.
    QString shownFile() const { return m_file; }
    void find(const QString &pattern, bool regularExpression = false, bool caseSensitive = false);

    // Shows what `annotation` has for the version shown (nothing while it is for another one).
    void setAnnotation(RoutineAnnotation *annotation);
    AnnotationMargin *annotationMargin() const { return m_annotationMargin; }

    QAction *wrapAction() const { return m_wrapAction; }

public slots:
    void openFindBar();
    void findNext();
    void findPrevious();
    void askGoToLine();
    void saveAs();
    // A bundle's files into `folder` (empty: asks for one), off the UI thread; says how it went.
    void extractBundle(const QString &folder = {});

signals:
    void message(const QString &text);
    // The diff of `fromVersion` → `toVersion` (the version that introduced a line), at `line` of the latter.
    void introducingChangeRequested(const QString &fromVersion, const QString &toVersion, int line);
    void annotationCancelRequested();
    void annotationRetryRequested();
    // The user chose another file of the bundle shown (not when a version opens).
    void bundleFileShown(const QString &path);

private:
    void buildHeader();
    void buildFindBar();
    void buildAnnotationBar();
    QLabel *buildNotice();
    QSplitter *buildBody();
    QWidget *buildImagePage(QWidget *parent);
    void showContent(const DecodedCode &code, const QString &lexer, QStringList &notices);
    void showBundle();
    void showBundleFile(const QString &path);
    bool showImage(const CodeBundle::File &file, const BundleFileContent &content, QStringList &notices);
    QString versionKey() const;
    void saveBundleAs();
    void saveBytes(const QString &title, const QString &suggested, const QByteArray &bytes);

    QStackedWidget *buildPages();
    QWidget *buildStatePage(QWidget *parent);
    void addShortcuts();
    void addZoomShortcuts();
    void connectIntents();
    void showAnnotationState();
    void openIntroducingChange(int line);
    void updateFindCount();
    void setNotice(const QString &text, bool warning);

    QWidget *m_header = nullptr;
    CopyableLabel *m_routine = nullptr;
    CopyableLabel *m_version = nullptr;
    CopyableLabel *m_created = nullptr;
    CopyableLabel *m_size = nullptr;
    CopyableLabel *m_kind = nullptr;
    CopyableLabel *m_sha = nullptr;
    CopyableLabel *m_requestId = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    CodeEditor *m_editor = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    BundleFileTree *m_files = nullptr;
    QLabel *m_image = nullptr;
    QAction *m_focusFilesAction = nullptr;
    QString m_file;                          // the bundle's file shown, if a bundle is
    QHash<QString, QString> m_chosenFiles;   // version → the file last shown of it, while the app runs
    QWidget *m_statePage = nullptr;
    QLabel *m_stateText = nullptr;
    QPushButton *m_retry = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findText = nullptr;
    QCheckBox *m_findCase = nullptr;
    QCheckBox *m_findRegex = nullptr;
    QLabel *m_findCount = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_goToLineAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_introducedAction = nullptr;
    QWidget *m_annotationBar = nullptr;
    QLabel *m_annotationText = nullptr;
    QProgressBar *m_annotationProgress = nullptr;
    QPushButton *m_annotationButton = nullptr;
    AnnotationMargin *m_annotationMargin = nullptr;
    QPointer<RoutineAnnotation> m_annotation;
    std::function<void()> m_retryCallback;
    std::optional<OpenedCodeVersion> m_opened;
    Request<BundleExtract::Result> m_extracting;
};
