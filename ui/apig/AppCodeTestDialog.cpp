#include "ui/apig/AppCodeTestDialog.h"

#include "ui/common/Named.h"
#include "app/apig/AppCodeModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

bool takesBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

// A JSON body pretty-printed; anything else as it came (bounded: a test is not a download).
QString readableBody(const QByteArray &body)
{
    constexpr qsizetype Shown = 256 * 1024;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body.left(Shown));
}

} // namespace

AppCodeTestDialog::AppCodeTestDialog(QList<AppCode> codes, QList<TestableApi> apis, Sender send, QWidget *parent)
    : QDialog(parent)
    , m_codes(std::move(codes))
    , m_apis(std::move(apis))
    , m_send(std::move(send))
{
    setObjectName(QStringLiteral("appCodeTestDialog"));
    setWindowTitle(tr("Test AppCode"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildForm());
    splitter->addWidget(buildResult());
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendKey, &QShortcut::activated, this, &AppCodeTestDialog::sendCall);
    connect(m_api, &QComboBox::currentIndexChanged, this, &AppCodeTestDialog::apiChanged);
    connect(m_code, &QComboBox::currentIndexChanged, this, &AppCodeTestDialog::updateState);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &AppCodeTestDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &AppCodeTestDialog::updateState);
    apiChanged();
    resize(760, 640);
}

void AppCodeTestDialog::apiChanged()
{
    const TestableApi *api = currentApi();
    m_path->setText(api ? api->path : QString());
    m_body->setVisible(api && takesBody(api->method));
    fillEnvironments();
}

QWidget *AppCodeTestDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_code = named(new QComboBox(form), "testAppCode", tr("AppCode to test"));
    for (const AppCode &c : std::as_const(m_codes))
        m_code->addItem(AppCodeModel::mask(c.appCode), c.id);
    m_api = named(new QComboBox(form), "testApi", tr("API"));
    for (const TestableApi &a : std::as_const(m_apis))
        m_api->addItem(tr("%1 %2 — %3 (%4)").arg(QString::fromLatin1(a.method), a.path, a.name, a.groupName), a.id);
    m_environment = named(new QComboBox(form), "testEnvironment", tr("Environment"));
    m_path = named(new QLineEdit(form), "testPath", tr("Path"));
    m_path->setToolTip(tr("The API's path; fill in its {parameters}."));
    m_body = named(new QPlainTextEdit(form), "testBody", tr("Request body"));
    m_body->setPlaceholderText(tr("Request body (JSON), optional"));
    m_body->setMaximumHeight(90);
    m_problem = named(new QLabel(form), "testProblem", tr("Why the call cannot be sent"));
    m_problem->setWordWrap(true);
    auto *row = new QHBoxLayout;
    m_sendButton = named(new QPushButton(tr("&Send"), form), "sendTestCall", tr("Send the test call"));
    m_sendButton->setToolTip(tr("Send one request with this AppCode (Ctrl+Return)"));
    m_stopButton = named(new QPushButton(tr("S&top"), form), "stopTestCall", tr("Stop the test call"));
    row->addWidget(m_problem, 1);
    row->addWidget(m_sendButton);
    row->addWidget(m_stopButton);
    connect(m_sendButton, &QPushButton::clicked, this, &AppCodeTestDialog::sendCall);
    connect(m_stopButton, &QPushButton::clicked, this, &AppCodeTestDialog::stop);
    layout->addRow(tr("&AppCode:"), m_code);
    layout->addRow(tr("A&PI:"), m_api);
    layout->addRow(tr("&Environment:"), m_environment);
    layout->addRow(tr("Pat&h:"), m_path);
    layout->addRow(m_body);
    layout->addRow(row);
    return form;
}

QWidget *AppCodeTestDialog::buildResult()
{
    auto *result = new QWidget(this);
    auto *layout = new QVBoxLayout(result);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = named(new QLabel(result), "testStatus", tr("Status of the test call"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation = named(new QLabel(result), "testExplanation", tr("What the answer means"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers = named(new QTreeWidget(result), "testHeaders", tr("Response headers"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_answer = named(new QPlainTextEdit(result), "testAnswer", tr("Response body"));
    m_answer->setReadOnly(true);
    m_answer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *parts = new QSplitter(Qt::Vertical, result);
    parts->addWidget(m_headers);
    parts->addWidget(m_answer);
    layout->addWidget(m_status);
    layout->addWidget(m_explanation);
    layout->addWidget(parts, 1);
    return result;
}

void AppCodeTestDialog::fillEnvironments()
{
    const QString before = m_environment->currentText();
    m_environment->clear();
    if (const TestableApi *api = currentApi())
        m_environment->addItems(api->environments.isEmpty() ? QStringList{QStringLiteral("RELEASE")} : api->environments);
    const int again = m_environment->findText(before);
    if (again >= 0)
        m_environment->setCurrentIndex(again);
    updateState();
}

void AppCodeTestDialog::selectAppCode(const QString &appCodeId)
{
    const int row = m_code->findData(appCodeId);
    if (row >= 0)
        m_code->setCurrentIndex(row);
}

const TestableApi *AppCodeTestDialog::currentApi() const
{
    const int row = m_api->currentIndex();
    return row >= 0 && row < m_apis.size() ? &m_apis.at(row) : nullptr;
}

AppCodeTestTarget AppCodeTestDialog::currentTarget() const
{
    const TestableApi *api = currentApi();
    const int code = m_code->currentIndex();
    AppCodeTestTarget t = api ? api->target(code >= 0 ? m_codes.at(code).appCode : QString(), m_environment->currentText())
                              : AppCodeTestTarget();
    t.path = m_path->text().trimmed();
    if (api && takesBody(api->method) && !m_body->toPlainText().isEmpty()) {
        t.body = m_body->toPlainText().toUtf8();
        t.contentType = "application/json";
    }
    return t;
}

void AppCodeTestDialog::updateState()
{
    const bool sending = m_call.isRunning();
    const QString problem = (m_codes.isEmpty() ? tr("The app has no AppCode to test.")
                             : m_apis.isEmpty() ? tr("The app is authorized for no API that takes AppCodes.")
                                                : AppCodeTestCall::problem(currentTarget()));
    m_problem->setText(sending ? tr("Sending…") : problem);
    m_sendButton->setEnabled(!sending && problem.isEmpty());
    m_stopButton->setEnabled(sending);
    for (QWidget *w : std::initializer_list<QWidget *>{m_code, m_api, m_environment, m_path, m_body})
        w->setEnabled(!sending);
}

void AppCodeTestDialog::sendCall()
{
    if (m_call.isRunning() || !AppCodeTestCall::problem(currentTarget()).isEmpty() || m_codes.isEmpty())
        return;
    m_status->setText(tr("Sending…"));
    m_explanation->clear();
    m_headers->clear();
    m_answer->clear();
    m_call = m_send(currentTarget()).then(this, [this](const ApiResult<AppCodeTestResult> &r) { showResult(r); });
    updateState();
}

void AppCodeTestDialog::stop()
{
    if (!m_call.isRunning())
        return;
    m_call.kill();
    m_status->setText(tr("Stopped: the request was abandoned."));
    updateState();
}

void AppCodeTestDialog::reject()
{
    if (m_call.isRunning()) { // Esc stops first; a second Esc closes
        stop();
        return;
    }
    QDialog::reject();
}

void AppCodeTestDialog::showResult(const ApiResult<AppCodeTestResult> &result)
{
    m_call = Request<AppCodeTestResult>();
    if (result.ok()) {
        showAnswer(result.value());
        emit answered(result.value());
    } else {
        m_status->setText(tr("No answer: %1").arg(result.error().summary()));
        emit failed(result.error());
    }
    updateState();
}

void AppCodeTestDialog::showAnswer(const AppCodeTestResult &result)
{
    const QString time = tr("%1 ms").arg(QLocale().toString(result.elapsedMs));
    m_status->setText(result.succeeded() ? tr("HTTP %1 in %2: the AppCode works here.").arg(result.status).arg(time)
                      : result.errorCode.isEmpty() ? tr("HTTP %1 in %2.").arg(result.status).arg(time)
                                                   : tr("HTTP %1 in %2: %3 %4").arg(result.status).arg(time, result.errorCode, result.errorMessage));
    m_explanation->setText(result.explanation);
    m_explanation->setVisible(!result.explanation.isEmpty());
    for (const auto &h : result.headers)
        m_headers->addTopLevelItem(new QTreeWidgetItem({QString::fromLatin1(h.first), QString::fromLatin1(h.second)}));
    m_answer->setPlainText(readableBody(result.body));
}
