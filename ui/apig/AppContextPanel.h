// "Where it works" (issue #25), beside the AppCodes: a view of the chosen app's credential
// context in its ApigWorkspace — the APIs it is authorized for per environment, its ACL and
// credential quota, its AppKey (copyable) and its AppSecret, masked, with Reveal and Copy (copied
// through the browser's safe copy). Errors are shown in place with Retry. It passes the user's
// intent on (copy, reset) and holds no state of its own but the reveal toggle.
#pragma once

#include "app/models/LoadState.h"

#include <QWidget>

class ApigWorkspace;
class LoadStatePanel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class AppContextPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContextPanel)

public:
    explicit AppContextPanel(ApigWorkspace &workspace, QWidget *parent = nullptr);

    // What the AppSecret field shows while it is not revealed.
    static QString maskedSecret();

signals:
    // `secret`: put on the clipboard the careful way; `what` names it in the message.
    void copyRequested(const QString &text, bool secret, const QString &what);
    void resetSecretRequested();
    void testRequested(); // test an AppCode of this app on one of these APIs

private:
    QWidget *buildCredentials();
    QLineEdit *makeField(const QString &objectName, const QString &accessibleName);
    QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName);
    void stateChanged(LoadState state);
    void showSecret();
    void updateOffers();

    ApigWorkspace &m_workspace;
    QTableView *m_table = nullptr;
    LoadStatePanel *m_tablePanel = nullptr;
    QWidget *m_credentials = nullptr;
    QLabel *m_partial = nullptr;
    QLabel *m_acl = nullptr;
    QLabel *m_quota = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_revealSecret = nullptr;
    QPushButton *m_copySecret = nullptr;
    QPushButton *m_resetSecret = nullptr;
    QPushButton *m_test = nullptr;
};
