// Shows the credentials AccountImporter found (aliyun and hcloud CLI configs, environment),
// each with where it came from, under a one-line summary by kind ("2 AccessKey profiles, 1 RAM
// role profile, 1 skipped (EcsRamRole)"), and saves only the ones the user ticks.
#pragma once

#include "app/accounts/AccountImporter.h"

#include <QDialog>

class AccountStore;
class QDialogButtonBox;
class QLabel;
class QListWidget;

class AccountImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountImportDialog)

public:
    // Looks in `homeDir` (default: the user's home) and `environment` (default: this process's).
    explicit AccountImportDialog(AccountStore &store, QWidget *parent = nullptr, const QString &homeDir = {},
                                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    void setChecked(int row, bool checked);

    // One entry per kind of profile found, then the skipped ones with their modes.
    static QString summary(const QList<ImportedAccount> &found, const QList<SkippedProfile> &skipped);

private:
    void importChecked();

    AccountStore &m_store;
    QList<ImportedAccount> m_found;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
