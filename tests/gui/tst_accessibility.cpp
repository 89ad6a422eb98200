// Every interactive widget has an accessible name, as a screen reader reads the window through
// the accessibility tree: the main window with each tab (edge routines, a diff, AppCodes) and
// every dialog. The code and diff views also describe themselves.
#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/AccountPanel.h"
#include "ui/apig/AppCodeBrowser.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/code/CodeEditor.h"
#include "ui/code/CodeView.h"
#include "ui/apig/CreateAppCodeDialog.h"
#include "ui/apig/DeleteAppCodesDialog.h"
#include "ui/esa/DeleteVersionsDialog.h"
#include "ui/esa/DeployDialog.h"
#include "ui/diff/DiffView.h"
#include "ui/esa/NewVersionDialog.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/esa/RoutineBrowser.h"
#include "ui/common/SecretClipboard.h"
#include "ui/esa/VersionSearchDialog.h"
#include "ui/esa/RunsOnPanel.h"
#include "ui/esa/RouteEditorDialog.h"
#include "ui/esa/PlacementChangeDialog.h"
#include "ui/esa/UrlResolverDialog.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/settings/Preferences.h"

#include <QAccessible>
#include <QComboBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mainWindowAndTabs();
    void dialogs();

private:
    // Interactive widgets (by role) without a name, found walking the accessibility tree.
    static QStringList unnamed(QWidget *top)
    {
        QStringList out;
        walk(QAccessible::queryAccessibleInterface(top), &out, 0);
        return out;
    }
    static void walk(QAccessibleInterface *iface, QStringList *out, int depth)
    {
        if (!iface || depth > 40 || iface->state().invisible)
            return;
        static const QSet<QAccessible::Role> interactive{
                QAccessible::PushButton, QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::ComboBox,
                QAccessible::EditableText, QAccessible::SpinBox, QAccessible::Slider, QAccessible::List, QAccessible::Table,
                QAccessible::Tree, QAccessible::PageTabList, QAccessible::ButtonMenu, QAccessible::ButtonDropDown};
        const QAccessible::Role role = iface->role();
        if (interactive.contains(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *o = iface->object();
            out->append(QStringLiteral("%1 \"%2\" (role %3)")
                                .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"),
                                     o ? o->objectName() : QString())
                                .arg(int(role)));
        }
        // The cells of a list or table are its data, named by their text.
        if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), out, depth + 1);
    }
    static void check(QWidget *top, const char *where)
    {
        const QStringList missing = unnamed(top);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(where), missing.join(QStringLiteral("; ")))));
    }

    WindowFixture m_app;
};

void TestAccessibility::init()
{
    QVERIFY(m_app.start(true));
}

void TestAccessibility::cleanup()
{
    m_app.stop();
}

void TestAccessibility::mainWindowAndTabs()
{
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
    RoutineBrowser *b = m_app.window->routineBrowser();
    QTRY_COMPARE_WITH_TIMEOUT(b->workspace().routines()->state(), LoadState::Ready, 20000);
    b->selectRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QTRY_COMPARE_WITH_TIMEOUT(b->workspace().versions()->state(), LoadState::Ready, 20000);
    b->openVersion(b->workspace().versions()->version(1).codeVersion);
    QTRY_VERIFY_WITH_TIMEOUT(b->codeView()->hasCode(), 20000);
    check(m_app.window.get(), "edge routines");
    // Where the routine runs: its tab, with the placement read.
    QTRY_VERIFY_WITH_TIMEOUT(b->workspace().placement().has_value(), 20000);
    b->routineTabs()->setCurrentWidget(b->runsOn());
    check(m_app.window.get(), "runs on");
    b->routineTabs()->setCurrentIndex(0);
    QVERIFY(!b->codeView()->editor()->accessibleDescription().isEmpty());

    DiffView *diff = m_app.window->compareVersions(b->workspace().refFor(b->workspace().versions()->version(2).codeVersion),
                                                   b->workspace().refFor(b->workspace().versions()->version(1).codeVersion));
    QTRY_VERIFY_WITH_TIMEOUT(diff->isReady(), 20000);
    check(m_app.window.get(), "diff tab");
    QVERIFY(!child<CodeEditor>(diff, "leftEditor")->accessibleDescription().isEmpty());
    QVERIFY(!child<CodeEditor>(diff, "rightEditor")->accessibleDescription().isEmpty());

    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-huawei-aksk"));
    AppCodeBrowser *a = m_app.window->appCodeBrowser();
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(a, "instanceBox")->count() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(a->workspace().pager()->state() == LoadState::Ready, 20000);
    check(m_app.window.get(), "AppCodes");
}

void TestAccessibility::dialogs()
{
    QTemporaryDir home;
    {
        AccountDialog d(Account::Cloud::Alibaba, *m_app.connections, m_app.window.get());
        d.show();
        check(&d, "Alibaba account dialog");
    }
    {
        AccountDialog d(Account::Cloud::Huawei, *m_app.connections, m_app.window.get());
        d.show();
        check(&d, "Huawei account dialog");
    }
    {
        AccountImportDialog d(*m_app.store, m_app.window.get(), home.path());
        d.show();
        check(&d, "import dialog");
    }
    {
        Preferences prefs(*m_app.settings);
        PreferencesDialog d(prefs, *m_app.cache, m_app.window.get());
        d.show();
        check(&d, "preferences");
    }
    {
        VersionSearchDialog d(*m_app.repository, m_app.window.get());
        d.show();
        check(&d, "find in all versions");
    }
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
    RoutineBrowser *b = m_app.window->routineBrowser();
    QTRY_COMPARE_WITH_TIMEOUT(b->workspace().routines()->state(), LoadState::Ready, 20000);
    b->selectRoutine(QLatin1String(DemoData::EdgeRoutineName));
    QTRY_COMPARE_WITH_TIMEOUT(b->workspace().versions()->state(), LoadState::Ready, 20000);
    QDialog *deploy = b->deployVersion(b->workspace().versions()->version(3).codeVersion);
    QVERIFY(deploy);
    check(deploy, "deploy");
    deploy->close();
    QDialog *del = b->deleteVersions({b->workspace().versions()->version(30).codeVersion});
    QVERIFY(del);
    check(del, "delete versions");
    del->close();
    QDialog *upload = b->newVersion();
    QVERIFY(upload);
    check(upload, "new version");
    upload->close();
    // Where a routine runs: the route and domain editors, a change's confirmation, the URL resolver.
    QTRY_VERIFY_WITH_TIMEOUT(b->workspace().placement().has_value(), 20000);
    {
        RouteEditorDialog d(b->workspace().readSites(), QLatin1String(DemoData::EdgeRoutineName), std::nullopt, m_app.window.get());
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&d, "routeSite")->isEnabled(), 20000);
        check(&d, "route editor");
    }
    {
        DomainEditorDialog d(b->workspace().readSites(), QLatin1String(DemoData::EdgeRoutineName), m_app.window.get());
        d.show();
        check(&d, "domain editor");
    }
    {
        PlacementChangeDialog d(b->workspace().placementChangeContext(), QStringLiteral("t"), QStringLiteral("w"), QStringLiteral("&Go"),
                                [](PlacementChange &) {}, m_app.window.get());
        d.show();
        check(&d, "placement change");
    }
    QDialog *resolver = b->whoServesUrl(QStringLiteral("https://shop.example.com/api/x"));
    QVERIFY(resolver);
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<UrlResolverDialog *>(resolver)->resolution().has_value(), 20000);
    check(resolver, "who serves this URL");
    resolver->close();

    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-huawei-aksk"));
    AppCodeBrowser *a = m_app.window->appCodeBrowser();
    QTRY_VERIFY_WITH_TIMEOUT(a->workspace().pager()->state() == LoadState::Ready, 20000);
    const AppCodeChange::Context context{nullptr, QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("i"),
                                         QStringLiteral("a"), QStringLiteral("app"), nullptr};
    {
        CreateAppCodeDialog d(context, *child<SecretClipboard>(m_app.window.get(), "secretClipboard"), std::nullopt, m_app.window.get());
        d.show();
        check(&d, "create AppCode");
    }
    {
        DeleteAppCodesDialog d(context, a->workspace().codes()->codes().mid(0, 2), false, m_app.window.get());
        d.show();
        check(&d, "delete AppCodes");
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
