// Reset an app's AppSecret: says that callers signing with the old secret are refused at once,
// and enables the reset only once the app's name is typed; then AppSecretReset (sent once,
// journaled, read back after a lost answer) and its outcome in place.
#pragma once

#include "app/apig/AppSecretReset.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ResetAppSecretDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetAppSecretDialog)

public:
    explicit ResetAppSecretDialog(const AppCodeChange::Context &context, QWidget *parent = nullptr);

public slots:
    void reset();

signals:
    // The change ended; `changed`: the app has a new AppSecret.
    void secretReset(bool changed);

private:
    void updateButton();

    AppCodeChange::Context m_context;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reset = nullptr;
    AppSecretReset *m_change = nullptr;
};
