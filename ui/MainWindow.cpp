#include "MainWindow.h"

#include "AccountPanel.h"
#include "RoutineBrowser.h"
#include "accounts/AccountConnections.h"

#include <QDockWidget>
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
    m_tabs->addTab(makePlaceholder(tr("AppCodes"),
                                   tr("AppCodes of an app on the selected Huawei Cloud API gateway."), &m_appCodesDetail),
                   tr("AppCodes"));
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
        m_appCodesDetail->setText(tr("Account: %1").arg(a->displayName));
        m_tabs->setCurrentIndex(1);
    }
}

QWidget *MainWindow::makePlaceholder(const QString &title, const QString &text, QLabel **detail)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(title, page);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    *detail = new QLabel(page);
    (*detail)->setObjectName(QStringLiteral("selectedAccount"));
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addWidget(*detail);
    layout->addStretch();
    return page;
}
