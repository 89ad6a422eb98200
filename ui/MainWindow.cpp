#include "MainWindow.h"

#include "AccountPanel.h"
#include "AppCodeBrowser.h"
#include "SecretClipboard.h"
#include "DiffView.h"
#include "RoutineBrowser.h"
#include "code/CodeVersionRepository.h"
#include "code/RoutineCodeDecoder.h"
#include "accounts/AccountConnections.h"

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QTabBar>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(AccountConnections &connections, CodeVersionRepository &codeVersions, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_codeVersions(codeVersions)
{
    setWindowTitle(tr("CloudCodes"));
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudcodes.svg")));

    m_accounts = new AccountPanel(connections, this);
    m_accountsDock = new QDockWidget(tr("Accounts"), this);
    m_accountsDock->setObjectName(QStringLiteral("AccountsDock"));
    m_accountsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_accountsDock->setWidget(m_accounts);
    m_accounts->setMinimumWidth(220);
    addDockWidget(Qt::LeftDockWidgetArea, m_accountsDock);
    resizeDocks({m_accountsDock}, {280}, Qt::Horizontal);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("MainTabs"));
    m_tabs->setDocumentMode(true);
    m_routines = new RoutineBrowser(codeVersions, this);
    m_tabs->addTab(m_routines, tr("Edge Routines"));
    m_clipboard = new SecretClipboard(this);
    m_appCodes = new AppCodeBrowser(*m_clipboard, this);
    m_tabs->addTab(m_appCodes, tr("AppCodes"));
    // Diff tabs can be closed; the two main areas cannot.
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= 2)
            delete m_tabs->widget(index);
    });
    connect(m_routines, &RoutineBrowser::compareRequested, this, &MainWindow::compareVersions);
    connect(m_routines, &RoutineBrowser::compareWithFileRequested, this, &MainWindow::compareWithFile);
    setCentralWidget(m_tabs);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu *accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    accountsMenu->addActions({m_accounts->addAlibabaAction(), m_accounts->addHuaweiAction(), m_accounts->importAction()});
    accountsMenu->addSeparator();
    accountsMenu->addAction(m_accounts->testAction());

    connect(m_accounts, &AccountPanel::accountSelected, this, &MainWindow::showAccount);
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 10000); };
    connect(m_accounts, &AccountPanel::message, this, showMessage);
    connect(m_routines, &RoutineBrowser::message, this, showMessage);
    connect(m_appCodes, &AppCodeBrowser::message, this, showMessage);

    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

void MainWindow::setDemoEndpoint(const QString &baseUrl)
{
    auto *label = new QLabel(tr("Demo cloud at %1").arg(baseUrl), this);
    label->setObjectName(QStringLiteral("demoEndpoint"));
    statusBar()->addPermanentWidget(label);
}

void MainWindow::showAccount(const QString &accountId)
{
    const std::optional<Account> a = m_connections.store().account(accountId);
    if (!a)
        return;
    // The account's cloud decides which half of the window it drives.
    if (a->cloud == Account::Cloud::Alibaba) {
        m_tabs->setCurrentIndex(0);
        m_connections.esaClient(accountId, [this, accountId, self = QPointer<MainWindow>(this)](std::shared_ptr<EsaClient> client, std::optional<ApiError> error) {
            if (!self || m_accounts->selectedAccountId() != accountId)
                return; // the user has moved on
            if (error)
                m_routines->showAccountError(*error);
            else
                m_routines->setAccount(accountId, client);
        });
    } else {
        m_tabs->setCurrentIndex(1);
        const QString defaultInstance = a->defaultInstanceId;
        m_connections.apigClient(accountId, [this, accountId, defaultInstance, self = QPointer<MainWindow>(this)](
                                                    std::shared_ptr<ApigClient> client, std::optional<ApiError> error) {
            if (!self || m_accounts->selectedAccountId() != accountId)
                return;
            if (error)
                m_appCodes->showAccountError(*error);
            else
                m_appCodes->setAccount(accountId, client, defaultInstance);
        });
    }
}

DiffView *MainWindow::openDiffTab(const QString &title)
{
    auto *view = new DiffView(m_tabs);
    connect(view, &DiffView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    const int index = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(index, title);
    m_tabs->setCurrentIndex(index);
    return view;
}

namespace {
DiffInput inputFrom(const OpenedCodeVersion &v)
{
    return DiffInput{QStringLiteral("%1 @ %2 — %3").arg(v.routine, v.codeVersion, v.description),
                     QStringLiteral("%1/%2").arg(v.routine, v.codeVersion), v.code.bytes, QString::fromLatin1(v.code.sha256),
                     v.createTime};
}
} // namespace

DiffView *MainWindow::compareVersions(const VersionRef &a, const VersionRef &b)
{
    if (!a.isValid() || !b.isValid())
        return nullptr;
    DiffView *view = openDiffTab(a.routine == b.routine ? tr("%1: %2 ↔ %3").arg(a.routine, a.codeVersion.right(6), b.codeVersion.right(6))
                                                        : tr("%1 ↔ %2").arg(a.label(), b.label()));
    QPointer<DiffView> guard(view);
    // Both versions load in parallel (cache or cloud); the diff starts when both are in.
    auto first = std::make_shared<std::optional<ApiResult<OpenedCodeVersion>>>();
    auto second = std::make_shared<std::optional<ApiResult<OpenedCodeVersion>>>();
    auto tryDiff = [this, guard, first, second] {
        if (!guard || !first->has_value() || !second->has_value())
            return;
        for (const auto *r : {&**first, &**second}) {
            if (!r->ok()) {
                statusBar()->showMessage(tr("Cannot compare: %1").arg(r->error().summary()), 15000);
                guard->setInputs({tr("(could not be loaded)"), {}, {}, {}, {}}, {r->error().details(), {}, {}, {}, {}}, {});
                return;
            }
        }
        const OpenedCodeVersion &x = (**first).value();
        const OpenedCodeVersion &y = (**second).value();
        guard->setInputs(inputFrom(x), inputFrom(y), DecodedCode::lexerName(x.code.kind));
    };
    m_codeVersions.open(a.client, a.accountId, a.routine, a.codeVersion).then(view, [first, tryDiff](const ApiResult<OpenedCodeVersion> &r) {
        *first = r;
        tryDiff();
    });
    m_codeVersions.open(b.client, b.accountId, b.routine, b.codeVersion).then(view, [second, tryDiff](const ApiResult<OpenedCodeVersion> &r) {
        *second = r;
        tryDiff();
    });
    return view;
}

DiffView *MainWindow::compareWithFile(const VersionRef &version, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot read %1: %2").arg(file, f.errorString()), 15000);
        return nullptr;
    }
    const QByteArray bytes = f.read(64 * 1024 * 1024);
    const QString name = QFileInfo(file).fileName();
    DiffView *view = openDiffTab(tr("%1 ↔ %2").arg(version.label(), name));
    QPointer<DiffView> guard(view);
    m_codeVersions.open(version.client, version.accountId, version.routine, version.codeVersion)
            .then(view, [this, guard, bytes, name, file](const ApiResult<OpenedCodeVersion> &r) {
                if (!guard)
                    return;
                if (!r.ok()) {
                    statusBar()->showMessage(tr("Cannot compare: %1").arg(r.error().summary()), 15000);
                    return;
                }
                const DecodedCode local = RoutineCodeDecoder::fromBytes(bytes);
                // The version on the left, the local file on the right.
                guard->setInputs(inputFrom(r.value()),
                                 DiffInput{file, name, bytes, QString::fromLatin1(local.sha256), {}},
                                 DecodedCode::lexerName(r.value().code.kind));
            });
    return view;
}

