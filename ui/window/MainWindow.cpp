#include "ui/window/MainWindow.h"

#include "ui/accounts/AccountPanel.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/window/AppTheme.h"
#include "ui/code/CodeView.h"
#include "ui/diff/FolderCompareView.h"
#include "ui/code/CodeEditor.h"
#include "ui/settings/PreferencesDialog.h"
#include "app/accounts/SelectedAccount.h"
#include "app/versions/Comparison.h"
#include "app/diff/TextDiffer.h"
#include "app/net/HttpTransport.h"
#include "app/settings/Preferences.h"
#include "ui/changes/ChangesPanel.h"
#include "ui/common/SecretClipboard.h"
#include "app/changes/ChangeJournal.h"
#include "app/workspaces/EsaWorkspace.h"
#include "ui/diff/DiffView.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/accounts/AccountConnections.h"
#include "app/session/Session.h"
#include "app/session/SessionState.h"
#include "ui/window/WindowStateSync.h"

#include <Qsci/qsciglobal.h>
#include <Qsci/qsciscintilla.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMessageBox>
#include <QFileInfo>
#include <QScreen>
#include <QSplitter>
#include <QTabBar>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

#include <utility>
#include <QVBoxLayout>

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_preferences(session.preferences())
    , m_connections(session.connections())
    , m_codeVersions(session.codeVersions())
    , m_journal(&session.journal())
{
    setWindowTitle(tr("CloudCodes"));
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudcodes.svg")));
    buildAccountsDock();
    buildTabs();
    buildChangesDock();
    buildMenus();
    setFocusChain();
    followSelection();
    buildStatusBar();
    fitToScreen();
    m_stateSync = new WindowStateSync(*this, session.state());
    followPreferences();
}

void MainWindow::buildAccountsDock()
{
    m_accounts = new AccountPanel(m_connections, this);
    m_accountsDock = new QDockWidget(tr("Accounts"), this);
    m_accountsDock->setObjectName(QStringLiteral("AccountsDock"));
    m_accountsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_accountsDock->setWidget(m_accounts);
    m_accounts->setMinimumWidth(220);
    addDockWidget(Qt::LeftDockWidgetArea, m_accountsDock);
}

void MainWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("MainTabs"));
    m_tabs->setDocumentMode(true);
    m_routines = new RoutineBrowser(m_codeVersions, m_session.state(), this);
    m_routines->workspace().setJournal(m_journal);
    m_tabs->addTab(m_routines, tr("Edge Routines"));
    m_clipboard = new SecretClipboard(this);
    m_clipboard->setObjectName(QStringLiteral("secretClipboard"));
    m_appCodesPlaceholder = new QWidget(m_tabs);
    m_tabs->addTab(m_appCodesPlaceholder, tr("AppCodes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_appCodesPlaceholder && m_tabs->widget(index) == m_appCodesPlaceholder)
            appCodeBrowser();
    });
    // Diff tabs can be closed; the two main areas cannot.
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (qobject_cast<DiffView *>(page) || qobject_cast<FolderCompareView *>(page))
            delete page; // its comparison goes with it, and what it still loads is aborted
    });
    connect(m_routines, &RoutineBrowser::compareRequested, this, &MainWindow::compareVersions);
    connect(m_routines, &RoutineBrowser::compareWithFileRequested, this, &MainWindow::compareWithFile);
    connect(m_routines, &RoutineBrowser::compareWithFolderRequested, this, &MainWindow::compareWithFolder);
    connect(m_routines, &RoutineBrowser::introducingChangeRequested, this,
            [this](const VersionRef &a, const VersionRef &b, int line, const QString &file) { showIntroducingChange(a, b, line, file); });
    setCentralWidget(m_tabs);
}

void MainWindow::buildChangesDock()
{
    // Every change sent from CloudCodes, in a dock of its own (View → Changes).
    // Its panel (the journal read and laid out) is built when the dock is first shown.
    m_changesDock = new QDockWidget(tr("Changes"), this);
    m_changesDock->setObjectName(QStringLiteral("ChangesDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);
    m_changesDock->hide();
    connect(m_changesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            buildChangesPanel();
    });
    connect(m_journal, &ChangeJournal::changed, m_changesDock, [this] {
        if (m_changesDock->isVisible())
            return;
        m_changesDock->show();
        resizeDocks({m_changesDock}, {qMax(120, height() / 5)}, Qt::Vertical); // a strip, not half the window
    });
    connect(m_journal, &ChangeJournal::writeFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The change journal could not be written: %1").arg(error), 15000);
    });
}

void MainWindow::setFocusChain()
{
    // Tab goes where the eye does: accounts, the search, the routines, their versions, the code.
    if (QWidget *tree = m_accounts->findChild<QWidget *>(QStringLiteral("accountTree"))) {
        const QList<QWidget *> chain = QList<QWidget *>{tree} + m_routines->focusChain() + QList<QWidget *>{m_routines->codeView()->editor()};
        for (qsizetype i = 0; i + 1 < chain.size(); ++i)
            setTabOrder(chain.at(i), chain.at(i + 1));
    }
}

void MainWindow::followSelection()
{
    // The account's cloud decides which half of the window it drives.
    m_selection = new SelectedAccount(m_connections, this);
    connect(m_accounts, &AccountPanel::accountSelected, m_selection, &SelectedAccount::select);
    connect(m_selection, &SelectedAccount::chosen, this, [this](const Account &a) {
        m_tabs->setCurrentWidget(a.cloud == Account::Cloud::Alibaba ? static_cast<QWidget *>(m_routines) : appCodeBrowser());
    });
    connect(m_selection, &SelectedAccount::alibabaReady, this, [this](const QString &accountId, const std::shared_ptr<EsaClient> &client) {
        if (const std::optional<Account> a = m_selection->account())
            m_routines->workspace().setAccountDetails(a->displayName, a->region, a->effectiveEndpoint().toString());
        m_routines->workspace().setAccount(accountId, client);
    });
    connect(m_selection, &SelectedAccount::huaweiReady, this,
            [this](const QString &accountId, const std::shared_ptr<ApigClient> &client, const QString &defaultInstanceId) {
                const std::optional<Account> a = m_selection->account();
                appCodeBrowser()->workspace().setAccount(accountId, a ? a->displayName : QString(), client, defaultInstanceId);
            });
    connect(m_selection, &SelectedAccount::failed, this, [this](const Account &a, const ApiError &error) {
        if (a.cloud == Account::Cloud::Alibaba)
            m_routines->showAccountError(error);
        else
            appCodeBrowser()->showAccountError(error);
    });
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 10000); };
    connect(m_accounts, &AccountPanel::message, this, showMessage);
    connect(m_routines, &RoutineBrowser::message, this, showMessage);
}

void MainWindow::buildStatusBar()
{
    // Where the selected account's calls go, always in view.
    m_endpoint = new QLabel(this);
    m_endpoint->setObjectName(QStringLiteral("accountEndpoint"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_endpoint);
    connect(m_selection, &SelectedAccount::chosen, this, &MainWindow::showEndpoint);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::fitToScreen()
{
    // About 80 % of the screen, never more than it (a restored session overrides this).
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(screen.width(), qMax(960, screen.width() * 4 / 5)), qMin(screen.height(), qMax(640, screen.height() * 4 / 5)));
    // A small window gives the accounts what their names need and the lists the rest.
    resizeDocks({m_accountsDock}, {width() < 1300 ? 230 : 280}, Qt::Horizontal);
}

void MainWindow::setDemoEndpoint(const QString &baseUrl)
{
    m_demoEndpoint = baseUrl;
    if (m_endpoint->text().isEmpty())
        m_endpoint->setText(tr("Demo cloud at %1").arg(baseUrl));
}

void MainWindow::showEndpoint(const Account &a)
{
    const QString where = a.effectiveEndpoint().toString();
    m_endpoint->setText(a.demo ? tr("%1 · demo cloud at %2").arg(a.displayName, where) : tr("%1 · %2").arg(a.displayName, where));
    m_endpoint->setToolTip(tr("The calls of the selected account go to %1").arg(where));
}

DiffView *MainWindow::openDiffTab(const QString &title)
{
    auto *comparison = new Comparison(&m_codeVersions);
    auto *view = new DiffView(*comparison, m_tabs);
    comparison->setParent(view); // it goes with its tab, and what it still loads is aborted
    view->setOptions(m_preferences.diffOptions(), m_preferences.diffFoldUnchanged());
    connect(view, &DiffView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // Two bundles are no text diff: the tab becomes their folder compare.
    connect(comparison, &Comparison::foldersReady, this, [this, view] { showFolderCompare(view); });
    const int index = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(index, title);
    m_tabs->setCurrentIndex(index);
    return view;
}

DiffView *MainWindow::compareVersions(const VersionRef &a, const VersionRef &b)
{
    if (!a.isValid() || !b.isValid())
        return nullptr;
    DiffView *view = openDiffTab(a.routine == b.routine ? tr("%1: %2 ↔ %3").arg(a.routine, versionIdTail(a.codeVersion), versionIdTail(b.codeVersion))
                                                        : tr("%1 ↔ %2").arg(a.label(), b.label()));
    view->comparison()->compareVersions(a, b);
    offerReleaseActions(view);
    return view;
}

DiffView *MainWindow::compareWithFile(const VersionRef &version, const QString &file)
{
    if (!version.isValid())
        return nullptr;
    DiffView *view = openDiffTab(tr("%1 ↔ %2").arg(version.label(), QFileInfo(file).fileName()));
    view->comparison()->compareWithFile(version, file);
    offerReleaseActions(view);
    return view;
}

DiffView *MainWindow::compareWithFolder(const VersionRef &version, const QString &folder)
{
    if (!version.isValid())
        return nullptr;
    DiffView *view = openDiffTab(tr("%1 ↔ %2").arg(version.label(), QFileInfo(folder).fileName()));
    view->comparison()->compareWithFolder(version, folder);
    return view;
}

// The change that brought a line in: the diff a → b at that line of b; for a bundle's file, the
// folder compare with that file's diff open at the line.
void MainWindow::showIntroducingChange(const VersionRef &a, const VersionRef &b, int line, const QString &file)
{
    DiffView *view = compareVersions(a, b);
    if (!view)
        return;
    view->revealRightLine(line);
    if (file.isEmpty())
        return;
    connect(view->comparison(), &Comparison::foldersReady, this, [this, view, line, file] {
        // After showFolderCompare (connected first) has put the folder compare in the tab.
        auto *folders = qobject_cast<FolderCompareView *>(m_tabs->currentWidget());
        if (!folders)
            return;
        connect(folders, &FolderCompareView::ready, folders, [folders, line, file] {
            if (folders->openFile(file))
                folders->diffView()->revealRightLine(line);
        });
    });
}

// The diff tab `view` gives its place to the folder compare of its two bundles.
void MainWindow::showFolderCompare(DiffView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    const Comparison *c = view->comparison();
    auto *folders = new FolderCompareView(c->left(), c->right(), m_tabs);
    folders->setOptions(m_preferences.diffOptions(), m_preferences.diffFoldUnchanged());
    connect(folders, &FolderCompareView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    const bool current = m_tabs->currentIndex() == index;
    m_tabs->insertTab(index, folders, m_tabs->tabIcon(index), m_tabs->tabText(index));
    m_tabs->setTabToolTip(index, m_tabs->tabToolTip(index + 1));
    m_tabs->removeTab(index + 1);
    if (current)
        m_tabs->setCurrentIndex(index);
    view->deleteLater(); // it sent the signal that brought us here
}

void MainWindow::offerReleaseActions(DiffView *view)
{
    // From the right side of a diff: deploy it (a version of the routine on screen) or make a new
    // version of it (a local file). Only where the account allows changes.
    connect(view->comparison(), &Comparison::inputsChanged, view, [this, view] {
        const Comparison *c = view->comparison();
        const std::optional<VersionRef> right = c->rightVersion();
        const std::optional<VersionRef> left = c->leftVersion();
        const auto shown = [this](const VersionRef &r) {
            const EsaWorkspace &esa = m_routines->workspace();
            return r.client == esa.client() && r.routine == esa.routine() && esa.changesAllowed();
        };
        view->setReleaseActions(right && shown(*right), !right && left && shown(*left) && c->state() != Comparison::State::Failed);
    });
    connect(view, &DiffView::deployRightRequested, this, [this, view] {
        if (const std::optional<VersionRef> right = view->comparison()->rightVersion())
            m_routines->deployVersion(right->codeVersion);
    });
    connect(view, &DiffView::newVersionFromRightRequested, this, [this, view] {
        m_tabs->setCurrentWidget(m_routines);
        m_routines->newVersion(view->comparison()->filePath());
    });
}

namespace {
// A platform without a binding (a bare X session, offscreen) still gets the usual keys.
QKeySequence standardKeyOr(QKeySequence::StandardKey key, const char *fallback)
{
    const QKeySequence platform(key);
    return platform.isEmpty() ? QKeySequence(QLatin1String(fallback)) : platform;
}
// The widgets of `window`'s focus chain that take the focus, in its order.
QList<QWidget *> focusChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *w = window;
    do {
        if (w->focusPolicy() != Qt::NoFocus)
            chain.append(w);
        w = w->nextInFocusChain();
    } while (w && w != window);
    return chain;
}

// Moves the widgets inside `block` that take the focus, in their order, to follow the last such
// widget inside `after`: where `block` would be had it been built right after `after`.
void followInFocusChain(QWidget *window, QWidget *after, QWidget *block)
{
    const QList<QWidget *> chain = focusChain(window);
    QWidget *previous = nullptr;
    for (QWidget *w : chain) {
        if (after->isAncestorOf(w))
            previous = w;
    }
    if (!previous)
        return;
    for (QWidget *w : chain) {
        if (block->isAncestorOf(w)) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
}

} // namespace

void MainWindow::buildChangesPanel()
{
    if (m_changes)
        return;
    m_changes = new ChangesPanel(*m_journal, this);
    connect(m_changes, &ChangesPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_changesDock->setWidget(m_changes);
    // After the main area in the focus chain, as when it was built with the window, not last.
    followInFocusChain(this, m_appCodes ? static_cast<QWidget *>(m_appCodes) : m_routines, m_changes);
}

AppCodeBrowser *MainWindow::appCodeBrowser()
{
    if (m_appCodes)
        return m_appCodes;
    m_appCodes = new AppCodeBrowser(*m_clipboard, m_session.state(), this);
    m_appCodes->workspace().setJournal(m_journal);
    connect(m_appCodes, &AppCodeBrowser::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // In the placeholder's place, and in view before the placeholder goes if that was in view: the
    // tab widget then moves the focus into it, and no other tab is shown in between
    // (currentChanged comes back here and finds it built).
    const int index = m_tabs->indexOf(m_appCodesPlaceholder);
    const bool current = m_tabs->currentIndex() == index;
    m_tabs->insertTab(index, m_appCodes, tr("AppCodes"));
    m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
    if (current)
        m_tabs->setCurrentIndex(index);
    delete std::exchange(m_appCodesPlaceholder, nullptr);
    // After the routines in the focus chain, as when it was built with the window, not last; the
    // Changes panel, when there is one, after it.
    followInFocusChain(this, m_routines, m_appCodes);
    if (m_changes)
        followInFocusChain(this, m_appCodes, m_changes);
    for (auto [placeholder, action] : {std::pair{&m_exportAppCodesPlaceholder, m_appCodes->exportAction()},
                                       std::pair{&m_revealAppCodesPlaceholder, m_appCodes->revealAction()}}) {
        for (QObject *object : (*placeholder)->associatedObjects()) {
            if (auto *menu = qobject_cast<QWidget *>(object))
                menu->insertAction(*placeholder, action);
        }
        delete std::exchange(*placeholder, nullptr);
    }
    return m_appCodes;
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    QMenu *accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    accountsMenu->addActions({m_accounts->addAlibabaAction(), m_accounts->addHuaweiAction(), m_accounts->importAction()});
    accountsMenu->addSeparator();
    accountsMenu->addAction(m_accounts->testAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About CloudCodes"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Compare Version with &File…"), m_routines, &RoutineBrowser::compareWithFile);
    m_exportAppCodesPlaceholder = AppCodeBrowser::makeExportAllAction(this);
    file->addAction(m_exportAppCodesPlaceholder);
    m_exportAppCodesPlaceholder->setEnabled(false); // nothing to export before the AppCodes are shown
    file->addAction(tr("Export &History as Git Repository…"), m_routines, [this] { m_routines->exportHistory(); });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(standardKeyOr(QKeySequence::Preferences, "Ctrl+,"));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(standardKeyOr(QKeySequence::Quit, "Ctrl+Q"));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::buildEditMenu()
{
    // Copy, Find and Go to Line belong to the area that has the focus (code, diff, AppCode table),
    // which binds the keys itself; the menu shows them (after a tab) and forwards a click there.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy") + QLatin1Char('\t') + QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText), this, [this] {
        if (m_tabs->currentWidget() == m_appCodes)
            m_appCodes->copySelectedCodes();
        else if (auto *editor = qobject_cast<QsciScintilla *>(QApplication::focusWidget()))
            editor->copy();
    });
    // Ctrl+F from anywhere: the search of the tab in view (the code's find bar when in the code).
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (m_tabs->currentWidget() == m_appCodes)
            m_appCodes->focusSearch();
        else if (qobject_cast<DiffView *>(m_tabs->currentWidget()))
            statusBar()->showMessage(tr("A diff has no search: use F7 / Shift+F7 to go from change to change."), 8000);
        else {
            m_tabs->setCurrentWidget(m_routines);
            m_routines->find();
        }
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    edit->addAction(tr("&Go to Line…") + QStringLiteral("\tCtrl+G"), this, [this] {
        m_tabs->setCurrentWidget(m_routines);
        m_routines->codeView()->askGoToLine();
    });
    edit->addAction(tr("Find in &All Versions…") + QStringLiteral("\tCtrl+Shift+F"), m_routines, &RoutineBrowser::findInAllVersions);
    // The browser's action (Ctrl+Shift+U, window-wide): the menu shows its shortcut.
    edit->addAction(m_routines->whoServesUrlAction());
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_revealAppCodesPlaceholder = AppCodeBrowser::makeRevealAction(this);
    m_revealAppCodesPlaceholder->setEnabled(false); // it reveals the AppCodes in view, once there are some
    view->addAction(m_revealAppCodesPlaceholder);
    view->addAction(m_routines->codeView()->wrapAction());
    view->addAction(m_routines->annotateAction());
    QAction *inlineDiff = view->addAction(tr("&Inline Diff"), this, [this](bool on) {
        if (DiffView *d = currentDiff())
            d->setInline(on);
    });
    inlineDiff->setCheckable(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, inlineDiff] {
        DiffView *d = currentDiff();
        inlineDiff->setEnabled(d != nullptr);
        inlineDiff->setChecked(d && d->isInline());
    });
    inlineDiff->setEnabled(false);
    buildThemeMenu(view);
    view->addSeparator();
    view->addAction(m_accountsDock->toggleViewAction());
    view->addAction(m_changesDock->toggleViewAction());
}

void MainWindow::buildThemeMenu(QMenu *view)
{
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    for (const auto &[label, value] : {std::pair{tr("&System"), Preferences::Theme::System},
                                       std::pair{tr("&Light"), Preferences::Theme::Light},
                                       std::pair{tr("&Dark"), Preferences::Theme::Dark}}) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setData(int(value));
        themes->addAction(a);
    }
    connect(theme, &QMenu::aboutToShow, this, [this, themes] {
        for (QAction *a : themes->actions())
            a->setChecked(a->data().toInt() == int(m_preferences.theme()));
    });
    connect(themes, &QActionGroup::triggered, this, [this](QAction *a) {
        m_preferences.setTheme(Preferences::Theme(a->data().toInt()));
    });
}

DiffView *MainWindow::currentDiff() const
{
    if (const auto *folders = qobject_cast<FolderCompareView *>(m_tabs->currentWidget()))
        return folders->diffView();
    return qobject_cast<DiffView *>(m_tabs->currentWidget());
}

// What only widgets show follows the preferences here; the Session applies the rest (timeout, cache).
void MainWindow::followPreferences()
{
    auto applyClipboard = [this] { m_clipboard->setClearDelaySeconds(m_preferences.clipboardClearSeconds()); };
    auto applyDiffDefaults = [this] { m_routines->setAnnotationOptions(m_preferences.diffOptions()); };
    applyClipboard();
    applyDiffDefaults();
    connect(&m_preferences, &Preferences::diffDefaultsChanged, this, applyDiffDefaults);
    connect(&m_preferences, &Preferences::clipboardChanged, this, applyClipboard);
    connect(&m_preferences, &Preferences::themeChanged, this, [](Preferences::Theme t) { AppTheme::apply(t); });
    connect(&m_preferences, &Preferences::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language applies the next time CloudCodes starts."), 10000);
    });
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, m_codeVersions.cache(), this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> rows = {
        {tr("Search routines or apps / find in the code"), QStringLiteral("Ctrl+F")},
        {tr("Find next / previous"), QStringLiteral("F3 / Shift+F3")},
        {tr("Go to line"), QStringLiteral("Ctrl+G")},
        {tr("Find in all versions"), QStringLiteral("Ctrl+Shift+F")},
        {tr("Who serves this URL?"), QStringLiteral("Ctrl+Shift+U")},
        {tr("Annotate: the version that introduced each line"), QStringLiteral("Ctrl+Shift+A")},
        {tr("Open the change that introduced the line (annotated)"), QStringLiteral("Ctrl+Shift+I")},
        {tr("Open the selected version"), QStringLiteral("Enter")},
        {tr("Refresh the selected list"), QStringLiteral("F5")},
        {tr("Compare the two selected versions"), QStringLiteral("Ctrl+D")},
        {tr("Next / previous change in a diff"), QStringLiteral("F7 / Shift+F7")},
        {tr("Save the code as a file"), QStringLiteral("Ctrl+Shift+S")},
        {tr("Wrap long lines"), QStringLiteral("Alt+Z")},
        {tr("Zoom in / out / reset"), QStringLiteral("Ctrl++ / Ctrl+- / Ctrl+0")},
        {tr("Copy the selected AppCodes"), QStringLiteral("Ctrl+C")},
        {tr("Reveal AppCodes"), QStringLiteral("Ctrl+Shift+R")},
        {tr("Next / previous AppCode page"), QStringLiteral("Ctrl+PgDn / Ctrl+PgUp")},
        {tr("Edit / test the selected account"), QStringLiteral("F2 / Ctrl+Shift+T")},
        {tr("Preferences"), standardKeyOr(QKeySequence::Preferences, "Ctrl+,").toString(QKeySequence::NativeText)},
        {tr("Quit"), standardKeyOr(QKeySequence::Quit, "Ctrl+Q").toString(QKeySequence::NativeText)},
    };
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const auto &[what, keys] : rows)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CloudCodes"),
                       tr("<h3>CloudCodes %1</h3><p>See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.</p>"
                          "<p>Qt %2 · QScintilla %3 · libgit2 %4</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    QStringLiteral(QSCINTILLA_VERSION_STR), TextDiffer::libgit2Version()));
}

void MainWindow::restoreSession()
{
    m_stateSync->restore();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_stateSync->save();
    m_session.state().setLastAccountId(m_accounts->selectedAccountId());
    QMainWindow::closeEvent(event);
}
