// A new code version from a local file: the file is read and checked on the worker pool as the
// decoder would see it (kind, size, warnings) and shown before anything is sent; then, with the
// description the user typed, CodeUpload uploads and commits it. When the routine is full it
// names the oldest versions no environment runs and deletes the ones the user ticks before the
// commit is sent again. At the end: open the new version, or deploy it to staging.
#pragma once

#include "app/esa/CodeUpload.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

class NewVersionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewVersionDialog)

public:
    NewVersionDialog(const RoutineChange::Context &context, QWidget *parent = nullptr);

    // Reads and checks `path` (asynchronously); the Create button waits for it.
    void setFile(const QString &path);
    void setDescription(const QString &description);
    CodeUpload *upload() const { return m_upload; }

public slots:
    void create();
    void makeRoom();

signals:
    // The new version exists (it should be selected and opened).
    void versionCreated(const QString &codeVersion);
    void deployToStagingRequested(const QString &codeVersion);

private:
    struct ReadFile
    {
        QByteArray bytes;
        CodeUpload::Check check;
    };
    QFormLayout *buildForm();
    QLabel *buildRoomText();
    QTreeWidget *buildRoomList();
    QDialogButtonBox *buildButtons();
    void connectIntents();
    void updateButtons();

    RoutineChange::Context m_context;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
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
    CodeUpload *m_upload = nullptr;
};
