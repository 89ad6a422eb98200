// Adds or edits one account of one cloud. The fields follow the authentication kind, validate as
// you type (OK stays disabled until everything is right), secrets are masked with a reveal
// toggle, and Test connection makes one cheap signed call with what is in the form.
#pragma once

#include "app/accounts/AccountStore.h"
#include "app/async/ApiResult.h"

#include <QDialog>
#include "app/async/Request.h"

class AccountConnections;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SecretLineEdit;

class AccountDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    AccountDialog(Account::Cloud cloud, AccountConnections &connections, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Edit mode: fills the form; the secrets may arrive later (read from the keychain).
    void setAccount(const Account &account);
    void setSecrets(const AccountStore::Secrets &secrets);

    Account account() const;
    AccountStore::Secrets secrets() const;
    // Empty when the form is valid; otherwise one sentence per problem.
    QStringList problems() const;

signals:
    void testFinished(bool ok);

private:
    void buildForm();
    void addWhereRows();
    void addKeyRows();
    void addRamRoleRows();
    void addIamRows();
    QLabel *buildProblems();
    QHBoxLayout *buildTestRow();
    void connectIntents();
    void updateVisibility();
    void validate();
    void runTest();
    void showTestResult(const ApiResult<QString> &result);
    QList<Account::AuthKind> authKinds() const;
    void addRegions();
    QStringList endpointProblems(Account::AuthKind kind) const;

    Account::Cloud m_cloud;
    AccountConnections &m_connections;
    Account m_account;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_iamEndpoint = nullptr; // Huawei only
    QComboBox *m_gateway = nullptr;     // Huawei only
    QComboBox *m_authKind = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    SecretLineEdit *m_secret = nullptr;
    SecretLineEdit *m_securityToken = nullptr;
    QLineEdit *m_roleArn = nullptr;
    QLineEdit *m_roleSession = nullptr;
    QSpinBox *m_roleDuration = nullptr;
    QLineEdit *m_externalId = nullptr;
    QPlainTextEdit *m_rolePolicy = nullptr;
    QLineEdit *m_stsEndpoint = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_user = nullptr;
    SecretLineEdit *m_password = nullptr;
    SecretLineEdit *m_token = nullptr;
    QLineEdit *m_projectId = nullptr;
    QCheckBox *m_keepToken = nullptr;
    QCheckBox *m_allowChanges = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_copyResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Request<QString> m_pendingTest; // replaced or dropped: the test call is aborted
    QString m_testDetails;
};
