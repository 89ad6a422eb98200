// Delete AppCodes: each shown masked with its id and creation time, and the warning that callers
// using it are refused from that moment; then one after the other with progress, stopping at the
// first failure (AppCodeDeletion). Also step 2 of a rotation (its wording says so).
#pragma once

#include "app/apig/AppCodeDeletion.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class DeleteAppCodesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteAppCodesDialog)

public:
    DeleteAppCodesDialog(const AppCodeChange::Context &context, const QList<AppCode> &codes, bool finishingRotation = false,
                         QWidget *parent = nullptr);


public slots:
    void deleteCodes();

signals:
    void appCodesDeleted(const QStringList &ids);

private:
    AppCodeChange::Context m_context;
    QList<AppCode> m_codes;
    QTreeWidget *m_list = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_delete = nullptr;
    AppCodeDeletion *m_deletion = nullptr;
};
