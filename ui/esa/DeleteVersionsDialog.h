// Delete code versions: lists each with its date and description (and, for one an environment
// runs, why it cannot go), asks once, then deletes them one after the other with progress,
// stopping at the first failure and saying which versions were deleted (VersionDeletion).
#pragma once

#include "app/esa/VersionDeletion.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class DeleteVersionsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteVersionsDialog)

public:
    DeleteVersionsDialog(const RoutineChange::Context &context, const QList<CodeVersion> &versions, const RoutineDetail &detail,
                         QWidget *parent = nullptr);

    // The versions that may be deleted (those no environment runs).

public slots:
    void deleteVersions();

signals:
    void versionsDeleted(const RoutineSnapshot &after);

private:
    RoutineChange::Context m_context;
    QList<CodeVersion> m_deletable;
    QTreeWidget *m_list = nullptr;
    QLabel *m_warning = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_delete = nullptr;
    VersionDeletion *m_deletion = nullptr;
};
