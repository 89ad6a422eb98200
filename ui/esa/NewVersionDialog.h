// A new code version from a local file: the file is read and checked on the worker pool as the
// decoder would see it (kind, size, warnings) and shown before anything is sent; then, with the
// description the user typed, CodeUpload uploads and commits it. When the routine is full it
// names the oldest versions no environment runs and deletes the ones the user ticks before the
// commit is sent again. At the end: open the new version, or deploy it to staging.
// For a routine with assets it takes a folder or a project's esa.jsonc instead (never a single
// file), shows what the bundle holds, and AssetsUpload sends it the assets way, with progress
// and Cancel through the build wait.
#pragma once

#include "app/esa/AssetsSource.h"
#include "app/esa/AssetsUpload.h"
#include "app/esa/CodeUpload.h"

#include <QDialog>

class QDialogButtonBox;
class QFileDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class NewVersionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewVersionDialog)

public:
    // `hasAssets`: the routine is a Functions and Pages one (its versions are bundles).
    NewVersionDialog(const RoutineChange::Context &context, bool hasAssets = false, QWidget *parent = nullptr);
    ~NewVersionDialog() override;

    // Reads and checks `path` (asynchronously); the Create button waits for it. For a routine
    // with assets, `path` is a folder or an esa.jsonc.
    void setFile(const QString &path);
    void setDescription(const QString &description);
    bool hasAssets() const { return m_hasAssets; }
    CodeUpload *upload() const { return m_upload; }
    AssetsUpload *assetsUpload() const { return m_assetsUpload; }
    // The version made (either way), and the routine as the change left it.
    QString newVersion() const;
    std::optional<RoutineSnapshot> after() const;

public slots:
    void create();
    void makeRoom();

signals:
    // The new version exists (it should be selected and opened).
    void versionCreated(const QString &codeVersion);
    // An upload ended, whatever its outcome: after() has the routine as it left it.
    void uploadEnded();
    void deployToStagingRequested(const QString &codeVersion);

private:
    struct ReadFile
    {
        QByteArray bytes;
        CodeUpload::Check check;
    };
    QFormLayout *buildForm();
    void buildSourceRow(QFormLayout *form);
    void browse();
    void browseProject();
    QFileDialog *openPicker(const QString &title);
    void readFile(const QString &path);
    void readSource(const QString &path);
    void createFromFile();
    void createFromBundle();
    void showProgress(const QString &step, int done, int total);
    void changeFinished(RoutineChange *change, ChangeRecord::Outcome outcome, const QString &message);
    bool isRunning() const;
    QLabel *buildRoomText();
    QTreeWidget *buildRoomList();
    QDialogButtonBox *buildButtons();
    void connectIntents();
    void updateButtons();

    RoutineChange::Context m_context;
    bool m_hasAssets = false;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_browseProject = nullptr; // a routine with assets: esa.jsonc (Browse takes a folder)
    QProgressBar *m_progress = nullptr;
    QLabel *m_check = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_roomText = nullptr;
    QTreeWidget *m_room = nullptr;
    QPushButton *m_makeRoom = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_deploy = nullptr;
    QString m_file;
    QByteArray m_code;
    bool m_checked = false;
    Request<ReadFile> m_reading;
    Request<AssetsSource> m_readingSource;
    AssetsSource m_source;
    CodeUpload *m_upload = nullptr;
    AssetsUpload *m_assetsUpload = nullptr;
};
