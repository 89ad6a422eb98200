// The main window lays out the three areas: accounts, edge routines, AppCodes.
#include "MainWindow.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void threeAreas();
};

void TestMainWindow::threeAreas()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("AccountsDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Accounts"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("MainTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Edge Routines"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("AppCodes"));
    window.setDemoEndpoint(QStringLiteral("http://127.0.0.1:1234"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("127.0.0.1:1234")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
