#include "MainWindow.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CloudCodes"));
    setObjectName(QStringLiteral("MainWindow"));

    m_accountsDock = new QDockWidget(tr("Accounts"), this);
    m_accountsDock->setObjectName(QStringLiteral("AccountsDock"));
    m_accountsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_accountsDock->setWidget(makePlaceholder(tr("Accounts"),
                                              tr("Alibaba Cloud and Huawei Cloud accounts appear here.")));
    addDockWidget(Qt::LeftDockWidgetArea, m_accountsDock);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("MainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makePlaceholder(tr("Edge routines"),
                                   tr("Routines and code versions of the selected Alibaba Cloud ESA account.")),
                   tr("Edge Routines"));
    m_tabs->addTab(makePlaceholder(tr("AppCodes"),
                                   tr("AppCodes of an app on the selected Huawei Cloud API gateway.")),
                   tr("AppCodes"));
    setCentralWidget(m_tabs);

    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

void MainWindow::setDemoEndpoint(const QString &baseUrl)
{
    statusBar()->showMessage(tr("Demo cloud at %1").arg(baseUrl));
}

QWidget *MainWindow::makePlaceholder(const QString &title, const QString &text)
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
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return page;
}
