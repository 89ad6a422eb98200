// Export History as Git Repository: a routine's history written into a folder, with the stage and
// its progress, Cancel, and at the end what was written (commits added, tags moved) or why nothing
// could be. The work is a RoutineHistoryExport's (app/history); the dialog only shows it.
#pragma once

#include "app/history/RoutineHistoryExport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

class HistoryExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExportDialog)

public:
    // Starts the export at once.
    HistoryExportDialog(CodeVersionRepository &repository, const RoutineHistoryExport::Target &target, QWidget *parent = nullptr);


public slots:
    // While the export runs: cancel it (the dialog stays to say what is there); after: close.
    void reject() override;

private:
    void showProgress(RoutineHistoryExport::Stage stage, int done, int total);
    void showEnd();

    RoutineHistoryExport *m_export = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_openFolder = nullptr;
};
