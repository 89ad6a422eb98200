#include "main/ScreenshotScript.h"

#include "ui/accounts/AccountPanel.h"
#include "ui/code/AnnotationMargin.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/code/CodeView.h"
#include "ui/esa/DeployDialog.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/FolderCompareView.h"
#include "app/versions/BundleTreeModel.h"
#include "app/versions/FolderComparison.h"
#include "app/emulator/demo/DemoData.h"
#include "ui/window/MainWindow.h"
#include "ui/esa/RoutineBrowser.h"
#include "ui/esa/RunsOnPanel.h"
#include "app/apig/AppCodePager.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppContextModel.h"
#include "app/apig/ApigAppListModel.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QHash>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

namespace {
constexpr int PollMs = 50;
constexpr int GiveUpMs = 30000;
constexpr int SettleMs = 400; // for the last paint after the last answer
} // namespace

ScreenshotScript::ScreenshotScript(MainWindow &window, QString file, QString view, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_view(std::move(view))
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotScript::advance);
}

QStringList ScreenshotScript::views()
{
    return {QStringLiteral("accounts"), QStringLiteral("account-dialog"), QStringLiteral("code"), QStringLiteral("diff"),
            QStringLiteral("appcodes"), QStringLiteral("large"), QStringLiteral("deploy"), QStringLiteral("annotate"),
            QStringLiteral("bundle"), QStringLiteral("folder-compare"), QStringLiteral("runs-on"), QStringLiteral("where-it-works"),
            QStringLiteral("appcode-test"), QStringLiteral("shared-gateway"), QStringLiteral("shared-where-it-works"), QStringLiteral("roma"),
            QStringLiteral("huawei-account-dialog")};
}

void ScreenshotScript::then(std::function<bool()> ready, std::function<void()> run)
{
    m_steps.append({std::move(ready), std::move(run)});
}

// Conditions and actions the views' plans share.
std::function<bool()> ScreenshotScript::routinesLoaded() const
{
    RoutineBrowser *routines = m_window.routineBrowser();
    return [routines] { return routines->workspace().routines()->state() == LoadState::Ready; };
}

std::function<bool()> ScreenshotScript::versionsOf(const QString &routine) const
{
    RoutineBrowser *routines = m_window.routineBrowser();
    return [routines, routine] {
        return routines->workspace().versions()->routineName() == routine && routines->workspace().versions()->state() == LoadState::Ready;
    };
}

std::function<void()> ScreenshotScript::selectRoutine(const QString &routine) const
{
    RoutineBrowser *routines = m_window.routineBrowser();
    return [routines, routine] { routines->selectRoutine(routine); };
}

std::function<bool()> ScreenshotScript::codeShown() const
{
    RoutineBrowser *routines = m_window.routineBrowser();
    return [routines] { return routines->workspace().opener()->state() == OpenCodeVersion::State::Ready; };
}

void ScreenshotScript::start()
{
    using Plan = void (ScreenshotScript::*)();
    static const QHash<QString, Plan> plans = {
        {QStringLiteral("account-dialog"), &ScreenshotScript::planAccountDialog},
        {QStringLiteral("diff"), &ScreenshotScript::planDiff},
        {QStringLiteral("deploy"), &ScreenshotScript::planDeploy},
        {QStringLiteral("annotate"), &ScreenshotScript::planAnnotate},
        {QStringLiteral("bundle"), &ScreenshotScript::planBundle},
        {QStringLiteral("folder-compare"), &ScreenshotScript::planFolderCompare},
        {QStringLiteral("runs-on"), &ScreenshotScript::planRunsOn},
        {QStringLiteral("appcodes"), &ScreenshotScript::planAppCodes},
        {QStringLiteral("shared-gateway"), &ScreenshotScript::planSharedGateway},
        {QStringLiteral("shared-where-it-works"), &ScreenshotScript::planSharedGateway},
        {QStringLiteral("roma"), &ScreenshotScript::planSharedGateway},
        {QStringLiteral("huawei-account-dialog"), &ScreenshotScript::planAccountDialog},
        {QStringLiteral("where-it-works"), &ScreenshotScript::planWhereItWorks},
        {QStringLiteral("appcode-test"), &ScreenshotScript::planWhereItWorks},
        {QStringLiteral("large"), &ScreenshotScript::planCode},
        {QStringLiteral("code"), &ScreenshotScript::planCode},
    };
    (this->*plans.value(m_view, &ScreenshotScript::planAccounts))();
    m_poll.start();
}

void ScreenshotScript::planAccounts()
{
    RoutineBrowser *routines = m_window.routineBrowser();
    then(routinesLoaded(), [] {});
    then([routines] { return routines->workspace().versions()->state() == LoadState::Ready; }, [] {});
}

void ScreenshotScript::planAccountDialog()
{
    MainWindow &w = m_window;
    const Account::Cloud cloud = m_view == QLatin1String("huawei-account-dialog") ? Account::Cloud::Huawei : Account::Cloud::Alibaba;
    then([] { return true; }, [&w, cloud] { w.accountPanel()->addAccount(cloud); });
}

// Neighbouring versions of the demo's 40-version routine, compared side by side.
void ScreenshotScript::planDiff()
{
    MainWindow &w = m_window;
    RoutineBrowser *routines = w.routineBrowser();
    then(routinesLoaded(), selectRoutine(QStringLiteral("edge-gateway")));
    then(versionsOf(QStringLiteral("edge-gateway")), [&w, routines] {
        w.compareVersions(routines->workspace().refFor(routines->workspace().versions()->version(2).codeVersion),
                          routines->workspace().refFor(routines->workspace().versions()->version(1).codeVersion));
    });
    then([&w] {
        auto *diff = qobject_cast<DiffView *>(w.tabs()->currentWidget());
        return diff && diff->isReady();
    }, [&w] { qobject_cast<DiffView *>(w.tabs()->currentWidget())->nextChange(); });
}

// The deploy dialog: an older version to production as a 20 % canary, its diff reviewed.
void ScreenshotScript::planDeploy()
{
    RoutineBrowser *routines = m_window.routineBrowser();
    then(routinesLoaded(), selectRoutine(QStringLiteral("edge-gateway")));
    then(versionsOf(QStringLiteral("edge-gateway")), [routines] {
        QDialog *d = routines->deployVersion(routines->workspace().versions()->version(2).codeVersion);
        if (auto *deploy = qobject_cast<DeployDialog *>(d)) {
            deploy->findChild<QRadioButton *>(QStringLiteral("envProduction"))->setChecked(true);
            deploy->findChild<QRadioButton *>(QStringLiteral("trafficCanary"))->setChecked(true);
            deploy->findChild<QSpinBox *>(QStringLiteral("canaryPercent"))->setValue(20);
        }
    });
    then([routines] {
        auto *deploy = routines->findChild<DeployDialog *>();
        return deploy && deploy->diffView()->isReady();
    }, [routines] { routines->findChild<DeployDialog *>()->diffView()->nextChange(); });
}

// The newest version of the 40-version routine, each line beside the version that brought it.
void ScreenshotScript::planAnnotate()
{
    RoutineBrowser *routines = m_window.routineBrowser();
    then(routinesLoaded(), selectRoutine(QStringLiteral("edge-gateway")));
    then(versionsOf(QStringLiteral("edge-gateway")), [routines] {
        // Room for the margin's dates and summaries: the lists give up some width.
        if (auto *split = routines->findChild<QSplitter *>(QStringLiteral("browserSplitter")))
            split->setSizes({360, 900});
        routines->annotateAction()->setChecked(true);
        routines->openVersion(routines->workspace().versions()->version(0).codeVersion);
    });
    then([routines] { return routines->codeView()->annotationMargin()->isShown(); }, [] {});
}

// The demo's Pages site, newest version, its stylesheet open beside the file tree.
void ScreenshotScript::planBundle()
{
    RoutineBrowser *routines = m_window.routineBrowser();
    const QString site = QString::fromLatin1(DemoData::PagesSiteRoutineName);
    then(routinesLoaded(), selectRoutine(site));
    then(versionsOf(site), [routines] {
        if (auto *split = routines->findChild<QSplitter *>(QStringLiteral("browserSplitter")))
            split->setSizes({330, 950}); // room for the tree beside the code
        routines->openVersion(routines->workspace().versions()->version(0).codeVersion);
    });
    then(codeShown(), [routines] {
        if (auto *tree = routines->codeView()->findChild<QTreeView *>(QStringLiteral("bundleTree"))) {
            if (auto *model = qobject_cast<BundleTreeModel *>(tree->model()))
                tree->setCurrentIndex(model->indexOf(QStringLiteral("assets/css/site.css")));
        }
    });
}

// Two versions of the demo's Pages site as folders, the stylesheet's diff open.
void ScreenshotScript::planFolderCompare()
{
    MainWindow &w = m_window;
    RoutineBrowser *routines = w.routineBrowser();
    const QString site = QString::fromLatin1(DemoData::PagesSiteRoutineName);
    then(routinesLoaded(), selectRoutine(site));
    then(versionsOf(site), [&w, routines] {
        const CodeVersionListModel *versions = routines->workspace().versions();
        w.compareVersions(routines->workspace().refFor(versions->version(versions->rowCount() - 1).codeVersion),
                          routines->workspace().refFor(versions->version(0).codeVersion));
    });
    then([&w] {
        auto *folders = qobject_cast<FolderCompareView *>(w.tabs()->currentWidget());
        return folders && folders->model()->state() == FolderComparison::State::Ready && folders->diffView()->isReady();
    }, [&w] { qobject_cast<FolderCompareView *>(w.tabs()->currentWidget())->openFile(QStringLiteral("assets/css/site.css")); });
    then([&w] { return qobject_cast<FolderCompareView *>(w.tabs()->currentWidget())->diffView()->isReady(); },
         [&w] { qobject_cast<FolderCompareView *>(w.tabs()->currentWidget())->nextChange(); });
}

// Where header-rewrite runs: its route on shop.example.com never wins (shadowed by shop-api).
void ScreenshotScript::planRunsOn()
{
    RoutineBrowser *routines = m_window.routineBrowser();
    then(routinesLoaded(), selectRoutine(QStringLiteral("header-rewrite")));
    then(versionsOf(QStringLiteral("header-rewrite")), [routines] {
        if (auto *split = routines->findChild<QSplitter *>(QStringLiteral("browserSplitter")))
            split->setSizes({900, 380}); // the routes' rules and flags want the width
        routines->routineTabs()->setCurrentWidget(routines->runsOn());
    });
    then([routines] {
        const auto &placement = routines->workspace().placement();
        return placement && placement->routine == QLatin1String("header-rewrite") && !routines->workspace().placementLoading();
    }, [] {});
}

// The Huawei demo account's big app, second page.
void ScreenshotScript::planAppCodes()
{
    MainWindow &w = m_window;
    then([] { return true; }, [&w] { w.accountPanel()->selectAccount(QStringLiteral("demo-huawei-iam")); });
    then([&w] { return w.appCodeBrowser()->workspace().pager()->state() == LoadState::Ready; }, [&w] { w.appCodeBrowser()->workspace().pager()->next(); });
    then([&w] { return w.appCodeBrowser()->workspace().pager()->state() == LoadState::Ready && w.appCodeBrowser()->workspace().pager()->currentPage() == 1; }, [] {});
}

// The shared gateway's account: no instances, its apps' AppCodes ("roma": the ROMA Connect account's).
void ScreenshotScript::planSharedGateway()
{
    MainWindow &w = m_window;
    const QString account = m_view == QLatin1String("roma") ? QStringLiteral("demo-huawei-roma") : QStringLiteral("demo-huawei-shared");
    then([] { return true; }, [&w, account] { w.accountPanel()->selectAccount(account); });
    then([&w] { return w.appCodeBrowser()->workspace().pager()->state() == LoadState::Ready; }, [] {});
    if (m_view != QLatin1String("shared-where-it-works"))
        return;
    // What Where It Works says there: the shared gateway does not offer it.
    then([] { return true; }, [&w] { w.appCodeBrowser()->showContext(); });
    then([&w] { return w.appCodeBrowser()->workspace().context()->state() == LoadState::Failed; }, [] {});
}

// Where internal-tools' credentials work: its authorized APIs per environment, ACL, quota, keys.
void ScreenshotScript::planWhereItWorks()
{
    MainWindow &w = m_window;
    const QString appId = DemoData::instance().app(QLatin1String(DemoData::ContextAppName))->id;
    then([] { return true; }, [&w] { w.accountPanel()->selectAccount(QStringLiteral("demo-huawei-aksk")); });
    then([&w, appId] { return w.appCodeBrowser()->workspace().apps()->rowOf(appId) >= 0; }, [&w, appId] {
        w.appCodeBrowser()->selectApp(appId);
        w.appCodeBrowser()->showContext();
    });
    then([&w, appId] {
        const AppContextModel *context = w.appCodeBrowser()->workspace().context();
        return context->appId() == appId && context->state() == LoadState::Ready;
    }, [] {});
    if (m_view != QLatin1String("appcode-test"))
        return;
    // "appcode-test": a test call of its first AppCode on get-profile, answered.
    then([&w] { return w.appCodeBrowser()->workspace().codes()->rowCount() > 0; }, [&w] {
        QDialog *dialog = w.appCodeBrowser()->testAppCode();
        auto *api = dialog->findChild<QComboBox *>(QStringLiteral("testApi"));
        api->setCurrentIndex(api->findText(QStringLiteral("get-profile"), Qt::MatchContains));
        dialog->findChild<QLineEdit *>(QStringLiteral("testPath"))->setText(QStringLiteral("/v1/profile/7")); // i18n: not translated (a URL path the demo API takes)
        QMetaObject::invokeMethod(dialog, "sendCall");
    });
    then([&w] {
        const auto *label = w.appCodeBrowser()->findChild<QLabel *>(QStringLiteral("testStatus"));
        return label && label->text().startsWith(QLatin1String("HTTP"));
    }, [] {});
}

// "code": the 40-version routine with its newest-but-one version open; "large": the 8 MiB
// version (for the memory benchmark).
void ScreenshotScript::planCode()
{
    RoutineBrowser *routines = m_window.routineBrowser();
    const bool large = m_view == QLatin1String("large");
    const QString routine = large ? QStringLiteral("search-index") : QStringLiteral("edge-gateway");
    then(routinesLoaded(), selectRoutine(routine));
    then(versionsOf(routine), [routines, large] {
        routines->openVersion(routines->workspace().versions()->version(large ? 0 : 1).codeVersion);
    });
    then(codeShown(), [] {});
}

void ScreenshotScript::advance()
{
    m_waitedMs += PollMs;
    while (!m_steps.isEmpty() && m_steps.constFirst().ready()) {
        const Step step = m_steps.takeFirst();
        step.run();
        m_waitedMs = 0;
    }
    if (m_steps.isEmpty()) {
        m_poll.stop();
        QTimer::singleShot(SettleMs, this, &ScreenshotScript::save);
        return;
    }
    if (m_waitedMs > GiveUpMs) {
        m_poll.stop();
        qWarning("cloudcodes: --screenshot gave up waiting for the view \"%s\"", qPrintable(m_view));
        QApplication::exit(1);
    }
}

void ScreenshotScript::save()
{
    QWidget *top = QApplication::activeModalWidget();
    const QList<QDialog *> dialogs = m_window.findChildren<QDialog *>();
    QWidget *target = !dialogs.isEmpty() && dialogs.constLast()->isVisible() ? dialogs.constLast() : top ? top : &m_window;
    QApplication::exit(target->grab().save(m_file, "PNG") ? 0 : 1);
}
