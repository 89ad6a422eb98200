// Test an AppCode: pick one of the app's AppCodes, an API it is authorized for and the
// environment, fill in the path's parameters (and a body for methods that take one), and send
// one request with X-Apig-AppCode to the API's domain (AppCodeTestCall). Shows the status, the
// time, the headers and the body, and explains a refusal in the gateway's terms. Ctrl+Return
// sends, Esc stops a call on its way (aborted on the wire) or closes. The rotation offers it to
// test the new AppCode before the old one is deleted.
#pragma once

#include "app/apig/ApigTypes.h"
#include "app/apig/AppCodeTestCall.h"
#include "app/async/Request.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

class AppCodeTestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeTestDialog)

public:
    using Sender = std::function<Request<AppCodeTestResult>(const AppCodeTestTarget &)>;

    AppCodeTestDialog(QList<AppCode> codes, QList<TestableApi> apis, Sender send, QWidget *parent = nullptr);

    void selectAppCode(const QString &appCodeId);
    bool isSending() const { return m_call.isRunning(); }

public slots:
    void sendCall();
    void stop();

signals:
    void answered(const AppCodeTestResult &result); // the result is shown
    void failed(const ApiError &error);             // no answer came

protected:
    void reject() override;

private:
    QWidget *buildForm();
    QWidget *buildResult();
    void apiChanged();
    void fillEnvironments();
    void updateState();
    void showResult(const ApiResult<AppCodeTestResult> &result);
    void showAnswer(const AppCodeTestResult &result);
    AppCodeTestTarget currentTarget() const;
    const TestableApi *currentApi() const;

    QList<AppCode> m_codes;
    QList<TestableApi> m_apis;
    Sender m_send;
    Request<AppCodeTestResult> m_call;
    QComboBox *m_code = nullptr;
    QComboBox *m_api = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_path = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_headers = nullptr;
    QPlainTextEdit *m_answer = nullptr;
};
