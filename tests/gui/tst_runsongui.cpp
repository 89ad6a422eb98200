// Where a routine runs, in the real (offscreen) window against the emulator's demo: the Runs On
// tab shows the demo's route that never wins, flagged; a route is added through the editor (a
// bad pattern refused as typed, then a good one), confirmed, found by "Who serves this URL?",
// and deleted again — each change through its confirmation dialog, journaled.
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/esa/PlacementChangeDialog.h"
#include "ui/esa/RouteEditorDialog.h"
#include "ui/esa/RoutineBrowser.h"
#include "ui/esa/RunsOnPanel.h"
#include "ui/esa/UrlResolverDialog.h"
#include "app/esa/RoutineListModel.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/changes/ChangeJournal.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

class TestRunsOnGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheRouteThatNeverWins();
    void addFindAndDeleteARoute();
    void addFindAndDeleteACustomDomain();
    void readOnlyAccountOffersNoChange();

private:
    RoutineBrowser *browser() const { return m_app.window->routineBrowser(); }
    void chooseRoutine(const QString &name)
    {
        QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().routines()->state(), LoadState::Ready, 20000);
        browser()->selectRoutine(name);
        QTRY_COMPARE(browser()->workspace().versions()->routineName(), name);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().placement().has_value(), 20000);
        QCOMPARE(browser()->workspace().placement()->routine, name);
        browser()->routineTabs()->setCurrentWidget(browser()->runsOn());
    }
    QTreeWidgetItem *routeRow(const QString &name) const
    {
        const auto found = child<QTreeWidget>(browser(), "runsOnRoutes")->findItems(name, Qt::MatchExactly, 1);
        return found.isEmpty() ? nullptr : found.first();
    }
    bool hasRoute(const QString &name) const
    {
        const auto &p = browser()->workspace().placement();
        return p && std::any_of(p->routes.cbegin(), p->routes.cend(), [&](const PlacedRoute &r) { return r.route.routeName == name; });
    }
    // Confirms the open change dialog and waits for its end: Done.
    void confirmChange(const QString &mustSay)
    {
        PlacementChangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = browser()->findChild<PlacementChangeDialog *>()) != nullptr);
        QVERIFY2(child<QLabel>(dialog, "placementWhat")->text().contains(mustSay), qPrintable(child<QLabel>(dialog, "placementWhat")->text()));
        QVERIFY(!dialog->change()); // nothing sent before the click
        QTest::mouseClick(child<QPushButton>(dialog, "placementConfirm"), Qt::LeftButton);
        QVERIFY(dialog->change());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->change()->isRunning(), 20000);
        QVERIFY2(dialog->change()->outcome() == ChangeRecord::Outcome::Done, qPrintable(child<QLabel>(dialog, "placementStatus")->text()));
        QVERIFY(!child<QPushButton>(dialog, "placementConfirm")->isEnabled()); // never twice
        dialog->reject();
        delete dialog; // not left for deleteLater: the next change's dialog is looked up the same way
    }

    // The journal's actions, oldest first, each a Done change on the routine.
    QStringList actions() const
    {
        QStringList out;
        for (const ChangeRecord &r : m_app.journal->records()) {
            out << r.action;
            if (r.outcome != ChangeRecord::Outcome::Done || r.target != QLatin1String(DemoData::EdgeRoutineName))
                out << QStringLiteral("(unexpected: %1 %2)").arg(ChangeRecord::outcomeKey(r.outcome), r.target);
        }
        return out;
    }

    WindowFixture m_app;
};

void TestRunsOnGui::init()
{
    QVERIFY(m_app.start(true));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
}

void TestRunsOnGui::cleanup()
{
    m_app.stop();
}

void TestRunsOnGui::showsTheRouteThatNeverWins()
{
    chooseRoutine(QStringLiteral("header-rewrite"));
    QTreeWidgetItem *row = routeRow(QStringLiteral("shop-api-v2"));
    QVERIFY(row);
    QCOMPARE(row->text(0), QLatin1String(DemoData::ExampleSiteName));
    QCOMPARE(row->text(2), QStringLiteral("shop.example.com/api/v2/*"));
    QVERIFY(row->toolTip(2).contains(QStringLiteral("http.host"))); // the raw rule
    QVERIFY2(row->text(5).contains(QStringLiteral("never wins")) && row->text(5).contains(QStringLiteral("shop-api")), qPrintable(row->text(5)));
    QVERIFY(child<QLabel>(browser(), "runsOnDefaultHost")->text().contains(QStringLiteral("Default host")));
}

void TestRunsOnGui::addFindAndDeleteARoute()
{
    const QString routine = QLatin1String(DemoData::EdgeRoutineName);
    chooseRoutine(routine);
    QVERIFY(!hasRoute(QStringLiteral("tst-hello")));
    auto *addButton = child<QPushButton>(browser(), "addRoute");
    QVERIFY(addButton->isEnabled());
    QTest::mouseClick(addButton, Qt::LeftButton);
    auto *editor = browser()->findChild<RouteEditorDialog *>();
    QVERIFY(editor);
    auto *site = child<QComboBox>(editor, "routeSite");
    QTRY_VERIFY_WITH_TIMEOUT(site->isEnabled(), 20000);
    site->setCurrentIndex(site->findText(QLatin1String(DemoData::ExampleSiteName)));
    QVERIFY(site->currentIndex() >= 0);
    QTest::keyClicks(child<QLineEdit>(editor, "routeName"), QStringLiteral("tst-hello"));
    auto *ok = child<QPushButton>(editor, "routeOk");
    // Checked as typed: a rule that breaks off is refused with where; a pattern shows its rule.
    QTest::keyClicks(child<QLineEdit>(editor, "routeRule"), QStringLiteral("(http.host eq "));
    QVERIFY2(child<QLabel>(editor, "routeCheck")->text().startsWith(QStringLiteral("Not valid")), qPrintable(child<QLabel>(editor, "routeCheck")->text()));
    QVERIFY(!ok->isEnabled());
    child<QLineEdit>(editor, "routeRule")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "routeRule"), QStringLiteral("hello.example.com/hi/*"));
    QVERIFY2(child<QLabel>(editor, "routeCheck")->text().contains(QStringLiteral("http.host")), qPrintable(child<QLabel>(editor, "routeCheck")->text()));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    confirmChange(QStringLiteral("tst-hello"));
    QTRY_VERIFY_WITH_TIMEOUT(hasRoute(QStringLiteral("tst-hello")), 20000);
    QTRY_VERIFY(routeRow(QStringLiteral("tst-hello")));

    // Who serves a URL under it: that route, with this routine.
    auto *resolver = qobject_cast<UrlResolverDialog *>(browser()->whoServesUrl(QStringLiteral("https://hello.example.com/hi/there")));
    QVERIFY(resolver);
    QTRY_VERIFY_WITH_TIMEOUT(resolver->resolution().has_value(), 20000);
    QCOMPARE(resolver->resolution()->servedBy, Resolution::ServedBy::Route);
    QVERIFY(resolver->resolution()->route);
    QCOMPARE(resolver->resolution()->route->routeName, QStringLiteral("tst-hello"));
    QCOMPARE(resolver->resolution()->routine, routine);
    QVERIFY(child<QPlainTextEdit>(resolver, "resolverAnswer")->toPlainText().contains(QStringLiteral("tst-hello")));
    resolver->close();
    delete resolver;
    // The same from the keyboard: Ctrl+Shift+U anywhere in the window, the Edit menu showing it.
    m_app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
    QCOMPARE(browser()->whoServesUrlAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    QTest::keyClick(m_app.window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(browser()->findChild<UrlResolverDialog *>());
    delete browser()->findChild<UrlResolverDialog *>();

    // Edit it: the editor comes filled in; a new Sequence is what the confirmation says and what is sent.
    child<QTreeWidget>(browser(), "runsOnRoutes")->setCurrentItem(routeRow(QStringLiteral("tst-hello")));
    QVERIFY(child<QPushButton>(browser(), "editRoute")->isEnabled());
    QTest::mouseClick(child<QPushButton>(browser(), "editRoute"), Qt::LeftButton);
    editor = browser()->findChild<RouteEditorDialog *>();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, "routeRule")->text(), QStringLiteral("hello.example.com/hi/*"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(editor, "routeSite")->currentText() == QLatin1String(DemoData::ExampleSiteName), 20000);
    QVERIFY(!child<QComboBox>(editor, "routeSite")->isEnabled()); // a route stays on its site
    child<QSpinBox>(editor, "routeSequence")->setValue(42);
    QTest::mouseClick(child<QPushButton>(editor, "routeOk"), Qt::LeftButton);
    confirmChange(QStringLiteral("Sequence 42"));
    QTRY_VERIFY_WITH_TIMEOUT(routeRow(QStringLiteral("tst-hello")) && routeRow(QStringLiteral("tst-hello"))->text(4) == QStringLiteral("42"), 20000);

    // Delete it again, with the Delete key on the list.
    auto *routes = child<QTreeWidget>(browser(), "runsOnRoutes");
    routes->setCurrentItem(routeRow(QStringLiteral("tst-hello")));
    QVERIFY(child<QPushButton>(browser(), "deleteRoute")->isEnabled());
    m_app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
    routes->setFocus();
    QTRY_VERIFY(routes->hasFocus());
    QTest::keyClick(routes, Qt::Key_Delete);
    confirmChange(QStringLiteral("tst-hello"));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().placement().has_value() && !hasRoute(QStringLiteral("tst-hello")), 20000);
    QCOMPARE(actions(), (QStringList{QStringLiteral("add-route"), QStringLiteral("edit-route"), QStringLiteral("delete-route")}));
    for (const char *write : {"CreateRoutineRoute", "UpdateRoutineRoute", "DeleteRoutineRoute"})
        QCOMPARE(m_app.emulator->requestCount(QLatin1String(write)), 1); // each sent once
}

void TestRunsOnGui::addFindAndDeleteACustomDomain()
{
    const QString routine = QLatin1String(DemoData::EdgeRoutineName);
    chooseRoutine(routine);
    QTest::mouseClick(child<QPushButton>(browser(), "addDomain"), Qt::LeftButton);
    auto *editor = browser()->findChild<DomainEditorDialog *>();
    QVERIFY(editor);
    auto *site = child<QComboBox>(editor, "domainSite");
    QTRY_VERIFY_WITH_TIMEOUT(site->isEnabled(), 20000);
    site->setCurrentIndex(site->findText(QLatin1String(DemoData::ExampleSiteName)));
    QTest::keyClicks(child<QLineEdit>(editor, "domainHost"), QStringLiteral("tst.other.org"));
    QVERIFY(!child<QPushButton>(editor, "domainOk")->isEnabled()); // not under the site
    child<QLineEdit>(editor, "domainHost")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "domainHost"), QStringLiteral("tst.example.com"));
    QVERIFY(child<QPushButton>(editor, "domainOk")->isEnabled());
    QTest::mouseClick(child<QPushButton>(editor, "domainOk"), Qt::LeftButton);
    confirmChange(QStringLiteral("tst.example.com"));
    auto *domains = child<QTreeWidget>(browser(), "runsOnDomains");
    QTRY_VERIFY_WITH_TIMEOUT(!domains->findItems(QStringLiteral("tst.example.com"), Qt::MatchExactly, 0).isEmpty(), 20000);

    auto *resolver = qobject_cast<UrlResolverDialog *>(browser()->whoServesUrl(QStringLiteral("https://tst.example.com/anything")));
    QVERIFY(resolver);
    QTRY_VERIFY_WITH_TIMEOUT(resolver->resolution().has_value(), 20000);
    QCOMPARE(resolver->resolution()->servedBy, Resolution::ServedBy::CustomDomain);
    QCOMPARE(resolver->resolution()->routine, routine);
    resolver->close();

    domains->setCurrentItem(domains->findItems(QStringLiteral("tst.example.com"), Qt::MatchExactly, 0).first());
    QVERIFY(child<QPushButton>(browser(), "deleteDomain")->isEnabled());
    QTest::mouseClick(child<QPushButton>(browser(), "deleteDomain"), Qt::LeftButton);
    confirmChange(QStringLiteral("tst.example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().placement().has_value()
                                     && domains->findItems(QStringLiteral("tst.example.com"), Qt::MatchExactly, 0).isEmpty(),
                             20000);
    QCOMPARE(actions(), (QStringList{QStringLiteral("add-domain"), QStringLiteral("delete-domain")}));
}

void TestRunsOnGui::readOnlyAccountOffersNoChange()
{
    // A saved (not demo) account is read-only until the user allows changes.
    Account a;
    a.id = QStringLiteral("read-only");
    a.displayName = QStringLiteral("Read only");
    a.cloud = Account::Cloud::Alibaba;
    a.authKind = Account::AuthKind::AccessKey;
    a.accessKeyId = QLatin1String(DemoData::AlibabaAccessKeyId);
    a.endpoint = QUrl(m_app.emulator->baseUrl());
    bool saved = false;
    m_app.store->save(a, {{Account::Secret::AccessKeySecret, QLatin1String(DemoData::AlibabaAccessKeySecret)}}, [&saved](bool, const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    m_app.window->accountPanel()->selectAccount(a.id);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().accountId(), a.id, 20000);
    chooseRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QVERIFY(routeRow(QStringLiteral("www-gateway")));
    QVERIFY(!child<QPushButton>(browser(), "addRoute")->isEnabled());
    QVERIFY(!child<QPushButton>(browser(), "addDomain")->isEnabled());
    QVERIFY(!browser()->runsOn()->addRoute());
    QVERIFY(!browser()->runsOn()->deleteRoute());
    for (const char *write : {"CreateRoutineRoute", "DeleteRoutineRoute", "CreateRoutineRelatedRecord"})
        QCOMPARE(m_app.emulator->requestCount(QLatin1String(write)), 0);
}

QTEST_MAIN(TestRunsOnGui)
#include "tst_runsongui.moc"
