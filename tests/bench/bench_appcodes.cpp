// Benchmark: an AppCode page of 500 rows — from the reply's arrival to the painted table — and a
// switch to a cached page (no request), in the real AppCode browser (offscreen). Prints medians.
#include "ui/apig/AppCodeBrowser.h"
#include "tests/support/Widgets.h"
#include "app/session/SessionState.h"
#include "ui/common/SecretClipboard.h"
#include "app/apig/AppCodePager.h"
#include "app/emulator/EmulatorThread.h"
#include "app/net/HttpTransport.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QEvent>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <algorithm>

namespace {
// Counts the paints the table's viewport receives, so "painted" means the first paint after the
// change (the one the event loop does by itself), not that paint plus another one forced on top.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Delivers what is pending (the model's reset, the layout, the deferred paint); paints by hand
// only if the event loop did not.
void untilPainted(QWidget *viewport, const PaintCounter &counter, int before)
{
    QCoreApplication::processEvents();
    if (counter.paints == before)
        viewport->repaint();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    EmulatorThread emulator;
    if (!emulator.startAndListen())
        return 1;
    HttpTransport transport;
    HuaweiAuth auth;
    auth.akSk = {QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey)};
    const QUrl url(emulator.baseUrl());
    auto client = std::make_shared<ApigClient>(transport, url, url, QStringLiteral("cn-north-4"), QLatin1String(DemoData::HuaweiProjectId), auth);
    SecretClipboard clipboard;
    QTemporaryDir scratch; // what the browser remembers goes to a settings file of its own
    QSettings settings(scratch.filePath(QStringLiteral("bench.conf")), QSettings::IniFormat);
    SessionState state(settings);
    AppCodeBrowser browser(clipboard, state);
    browser.resize(1400, 900);
    browser.show();
    AppCodePager *pager = browser.workspace().pager();
    PaintCounter counter;
    QWidget *viewport = child<QTableView>(&browser, "appCodeTable")->viewport();
    viewport->installEventFilter(&counter);
    const QString instance = DemoData::instance().instances().at(0).id;
    const QString appId = DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id;

    QList<double> painted, cached;
    for (int run = 0; run < 7; ++run) {
        pager->setPageSize(20);
        pager->setSource(client, QStringLiteral("bench%1").arg(run), instance, appId); // a fresh cache key each run
        pager->setPageSize(500);
        // Reply → model → painted: timed from the moment the page arrives (pageChanged) to the end of a repaint.
        QElapsedTimer sincePage;
        bool done = false;
        // The clock starts when the page's data arrives and stops when the table (shown once the
        // pager says Ready) has been painted with it.
        int paintsBefore = 0;
        auto c1 = QObject::connect(pager, &AppCodePager::pageChanged, [&] {
            if (pager->codes().size() == 500 && !sincePage.isValid()) {
                paintsBefore = counter.paints;
                sincePage.start();
            }
        });
        auto c2 = QObject::connect(pager, &AppCodePager::stateChanged, [&](LoadState s) {
            if (s != LoadState::Ready || !sincePage.isValid() || done)
                return;
            untilPainted(viewport, counter, paintsBefore); // the model reset and the panel switch reach the view
            painted << double(sincePage.nsecsElapsed()) / 1e6;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        // Wait for the prefetch of page 1, then switch to it from the cache.
        while (!pager->isCached(1))
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QElapsedTimer t;
        const int before = counter.paints;
        t.start();
        pager->next();
        untilPainted(viewport, counter, before);
        cached << double(t.nsecsElapsed()) / 1e6;
    }
    QTextStream out(stdout);
    out << "AppCode page of 500 rows, 7 runs, medians\n";
    out << QStringLiteral("  reply -> painted table        %1 ms\n").arg(median(painted), 7, 'f', 1);
    out << QStringLiteral("  cached page switch -> painted %1 ms\n").arg(median(cached), 7, 'f', 1);
    out << QStringLiteral("  goals: a page 30 ms; a cached switch one frame, 16.0 ms\n");
    return 0;
}
