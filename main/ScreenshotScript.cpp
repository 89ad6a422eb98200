#include "main/ScreenshotScript.h"

#include "ui/accounts/AccountPanel.h"
#include "ui/code/AnnotationMargin.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/code/CodeView.h"
#include "ui/esa/DeployDialog.h"
#include "ui/diff/DiffView.h"
#include "ui/window/MainWindow.h"
#include "ui/esa/RoutineBrowser.h"
#include "app/apig/AppCodePager.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"

#include <QApplication>
#include <QDialog>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>

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
            QStringLiteral("appcodes"), QStringLiteral("large"), QStringLiteral("deploy"), QStringLiteral("annotate")};
}

void ScreenshotScript::then(std::function<bool()> ready, std::function<void()> run)
{
    m_steps.append({std::move(ready), std::move(run)});
}

void ScreenshotScript::start()
{
    MainWindow &w = m_window;
    RoutineBrowser *routines = w.routineBrowser();
    const auto routinesLoaded = [routines] { return routines->workspace().routines()->state() == LoadState::Ready; };
    const auto versionsLoaded = [routines] { return routines->workspace().versions()->state() == LoadState::Ready; };
    const auto selectRoutine = [routines](const QString &name) {
        return [routines, name] { routines->selectRoutine(name); };
    };
    const auto versionsOf = [routines](const QString &name) {
        return [routines, name] { return routines->workspace().versions()->routineName() == name && routines->workspace().versions()->state() == LoadState::Ready; };
    };
    const auto codeShown = [routines] { return routines->workspace().opener()->state() == OpenCodeVersion::State::Ready; };

    if (m_view == QLatin1String("account-dialog")) {
        then([] { return true; }, [&w] { w.accountPanel()->addAccount(Account::Cloud::Alibaba); });
    } else if (m_view == QLatin1String("diff")) {
        // Neighbouring versions of the demo's 40-version routine, compared side by side.
        then(routinesLoaded, selectRoutine(QStringLiteral("edge-gateway")));
        then(versionsOf(QStringLiteral("edge-gateway")), [&w, routines] {
            w.compareVersions(routines->workspace().refFor(routines->workspace().versions()->version(2).codeVersion),
                              routines->workspace().refFor(routines->workspace().versions()->version(1).codeVersion));
        });
        then([&w] {
            auto *diff = qobject_cast<DiffView *>(w.tabs()->currentWidget());
            return diff && diff->isReady();
        }, [&w] { qobject_cast<DiffView *>(w.tabs()->currentWidget())->nextChange(); });
    } else if (m_view == QLatin1String("deploy")) {
        // The deploy dialog: an older version to production as a 20 % canary, its diff reviewed.
        then(routinesLoaded, selectRoutine(QStringLiteral("edge-gateway")));
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
    } else if (m_view == QLatin1String("annotate")) {
        // The newest version of the 40-version routine, each line beside the version that brought it.
        then(routinesLoaded, selectRoutine(QStringLiteral("edge-gateway")));
        then(versionsOf(QStringLiteral("edge-gateway")), [routines] {
            // Room for the margin's dates and summaries: the lists give up some width.
            if (auto *split = routines->findChild<QSplitter *>(QStringLiteral("browserSplitter")))
                split->setSizes({360, 900});
            routines->annotateAction()->setChecked(true);
            routines->openVersion(routines->workspace().versions()->version(0).codeVersion);
        });
        then([routines] { return routines->codeView()->annotationMargin()->isShown(); }, [] {});
    } else if (m_view == QLatin1String("appcodes")) {
        // The Huawei demo account's big app, second page.
        then([] { return true; }, [&w] { w.accountPanel()->selectAccount(QStringLiteral("demo-huawei-iam")); });
        then([&w] { return w.appCodeBrowser()->workspace().pager()->state() == LoadState::Ready; }, [&w] { w.appCodeBrowser()->workspace().pager()->next(); });
        then([&w] { return w.appCodeBrowser()->workspace().pager()->state() == LoadState::Ready && w.appCodeBrowser()->workspace().pager()->currentPage() == 1; }, [] {});
    } else if (m_view == QLatin1String("large") || m_view == QLatin1String("code")) {
        // "code": the 40-version routine with its newest-but-one version open; "large": the 8 MiB
        // version (for the memory benchmark).
        const bool large = m_view == QLatin1String("large");
        const QString routine = large ? QStringLiteral("search-index") : QStringLiteral("edge-gateway");
        then(routinesLoaded, selectRoutine(routine));
        then(versionsOf(routine), [routines, large] {
            routines->openVersion(routines->workspace().versions()->version(large ? 0 : 1).codeVersion);
        });
        then(codeShown, [] {});
    } else {
        then(routinesLoaded, [] {});
        then(versionsLoaded, [] {});
    }
    m_poll.start();
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
