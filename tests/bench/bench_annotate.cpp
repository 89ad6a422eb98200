// Benchmark: Annotate in the code view, as the window does it — the newest edge-gateway version
// (40 versions) open, RoutineAnnotation started, until the margin is shown: cold (only the open
// version cached: 39 downloads, four at a time), warm (all cached), and cold on a 50 ms link; with
// the annotator's own time on the pool and the longest stall of the UI thread meanwhile (a 5 ms
// timer measures event-loop lag). Prints medians.
#include "ui/code/AnnotationMargin.h"
#include "ui/code/CodeView.h"
#include "tests/bench/DemoEsaBench.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/EmulatorThread.h"
#include "app/esa/EsaClient.h"
#include "app/history/RoutineAnnotation.h"
#include "app/net/HttpTransport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

struct Sample
{
    double shownMs = 0;    // start() → margin shown
    double annotateMs = 0; // of that, the annotator on the pool
    double stallMs = 0;    // longest UI-thread stall meanwhile
    int downloaded = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

template <typename Done>
void waitFor(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

Sample annotateOnce(CodeVersionRepository &repo, const VersionRef &newest, const QList<CodeVersion> &versions, CodeView &view)
{
    // The version is open in the view first, as it is when the user presses Ctrl+Shift+A.
    bool opened = false;
    auto open = repo.open(newest).then(&view, [&](const ApiResult<OpenedCodeVersion> &r) {
        if (r.ok())
            view.showCode(r.value());
        opened = true;
    });
    waitFor([&] { return opened; });
    RoutineAnnotation annotation(repo);
    view.setAnnotation(&annotation);
    QElapsedTimer lag;
    lag.start();
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, double(lag.nsecsElapsed()) / 1e6 - 5.0);
        lag.restart();
    });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    annotation.start(newest, versions);
    waitFor([&] { return view.annotationMargin()->isShown() || annotation.state() == RoutineAnnotation::State::Failed; });
    const Sample s{double(clock.nsecsElapsed()) / 1e6, double(annotation.annotateMs()), std::max(0.0, longest),
                   annotation.loader()->downloaded()};
    ticker.stop();
    view.setAnnotation(nullptr);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = DemoEsaBench::runs();
    DemoEsaBench bench;
    if (!bench.start())
        return 1;
    CodeView view;
    view.resize(1000, 900);
    view.show();

    const DemoRoutine *edge = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    QList<CodeVersion> versions;
    for (const DemoCodeVersion &v : edge->versions)
        versions.append(CodeVersion{v.codeVersion, v.description, v.createTime, {}, {}});
    const VersionRef newest{QStringLiteral("bench"), bench.client, edge->name, edge->versions.last().codeVersion};

    QTextStream out(stdout);
    out << "annotate the newest " << edge->name << " version (" << versions.size() << " versions) in the code view, " << runs
        << " runs each, medians\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("case"), -30).arg(QStringLiteral("shown ms"), 10)
                   .arg(QStringLiteral("pool ms"), 10).arg(QStringLiteral("max stall ms"), 14).arg(QStringLiteral("downloads"), 10);
    const auto row = [&](const QString &name, int latencyMs, bool warm) {
        FaultPlan plan;
        plan.latencyMs = latencyMs;
        bench.emulator.emulator()->setFaultPlan(plan);
        QList<double> shown, pool, stall;
        int downloads = 0;
        for (int i = 0; i < runs; ++i) {
            if (!warm)
                bench.cache.clear();
            else
                annotateOnce(bench.repo, newest, versions, view); // fills the cache (not counted)
            const Sample s = annotateOnce(bench.repo, newest, versions, view);
            shown << s.shownMs;
            pool << s.annotateMs;
            stall << s.stallMs;
            downloads = s.downloaded;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(name, -30).arg(median(shown), 10, 'f', 1).arg(median(pool), 10, 'f', 1)
                       .arg(median(stall), 14, 'f', 1).arg(downloads, 10);
    };
    row(QStringLiteral("cold (open version cached)"), 0, false);
    row(QStringLiteral("warm (all cached)"), 0, true);
    row(QStringLiteral("cold, 50 ms per answer"), 50, false);
    return 0;
}
