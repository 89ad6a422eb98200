// Benchmark: open a code version from the demo cloud — request, decode, highlighted text set —
// for the 1 MiB and 8 MiB versions, cold (network) and warm (cache), and the longest stall of
// the UI thread meanwhile (a 5 ms timer measures event-loop lag), and of the network thread
// (the same probe, on that thread). Then the rapid switch: ten opens 150 ms apart on an 800 ms
// link, the last shown beside a single open. Prints medians.
#include "ui/code/CodeView.h"
#include "tests/bench/DemoEsaBench.h"
#include "ui/code/CodeEditor.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/versions/OpenCodeVersion.h"
#include "app/emulator/EmulatorThread.h"
#include "app/esa/EsaClient.h"
#include "app/net/HttpTransport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <atomic>

namespace {

struct Sample
{
    double totalMs = 0;
    double longestStallMs = 0;
    double showMs = 0; // time the UI thread spent setting and highlighting the text
    double networkStallMs = 0;
};

// A 5 ms timer on another thread's event loop (the network thread): its largest lag.
class ThreadLagProbe
{
public:
    explicit ThreadLagProbe(QObject *onThread)
        : m_timer(new QTimer)
    {
        m_timer->moveToThread(onThread->thread());
        QMetaObject::invokeMethod(m_timer, [this] {
            m_timer->setInterval(5);
            QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] {
                const double late = double(m_lag.nsecsElapsed()) / 1e6 - 5.0;
                double seen = m_longest.load();
                while (late > seen && !m_longest.compare_exchange_weak(seen, late)) {
                }
                m_lag.restart();
            });
            m_lag.start();
            m_timer->start();
        }, Qt::BlockingQueuedConnection);
    }
    ~ThreadLagProbe()
    {
        QMetaObject::invokeMethod(m_timer, [this] { delete m_timer; }, Qt::BlockingQueuedConnection);
    }
    double longestMs() const { return std::max(0.0, m_longest.load()); }

private:
    QTimer *m_timer;
    QElapsedTimer m_lag;
    std::atomic<double> m_longest{0.0};
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Opens one version into the view and waits, while a 5 ms timer records the largest gap between ticks.
Sample openOnce(CodeVersionRepository &repo, const std::shared_ptr<EsaClient> &client, CodeView &view,
                const QString &routine, const QString &version, HttpTransport &transport)
{
    ThreadLagProbe network(transport.networkContext());
    QElapsedTimer clock;
    clock.start();
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
    bool done = false;
    double showMs = 0;
    auto future = repo.open(client, QStringLiteral("bench"), routine, version).then(&view, [&](const ApiResult<OpenedCodeVersion> &r) {
        if (r.ok()) {
            QElapsedTimer show;
            show.start();
            view.showCode(r.value());
            // Highlighting of what is on screen is part of "shown".
            view.editor()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0, view.editor()->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, 80));
            view.editor()->repaint();
            showMs = double(show.nsecsElapsed()) / 1e6;
        }
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    const double total = double(clock.nsecsElapsed()) / 1e6;
    ticker.stop();
    return {total, std::max(0.0, longest), showMs, network.longestMs()};
}

// Ten opens 150 ms apart on an 800 ms link, as the code view makes them; then one open alone.
struct RapidSwitch
{
    double lastShownMs = 0;
    double singleMs = 0;
    int answered = 0;
    int aborted = 0;
};

RapidSwitch rapidSwitch(EmulatorThread &emulator, CodeVersionRepository &repo, const std::shared_ptr<EsaClient> &client)
{
    const DemoRoutine *edge = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    FaultPlan slow;
    slow.latencyMs = 800;
    emulator.emulator()->setFaultPlan(slow);
    repo.cache().clear();
    emulator.emulator()->resetCounters();
    OpenCodeVersion open(repo);
    QElapsedTimer sinceLast;
    int next = 0;
    QTimer pace;
    pace.setInterval(150);
    const auto ref = [&](int i) { return VersionRef{QStringLiteral("bench"), client, edge->name, edge->versions.at(i).codeVersion}; };
    QObject::connect(&pace, &QTimer::timeout, [&] {
        open.open(ref(10 + next++));
        if (next == 10) {
            pace.stop();
            sinceLast.start();
        }
    });
    pace.start();
    RapidSwitch out;
    while (!(next == 10 && open.state() == OpenCodeVersion::State::Ready))
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    out.lastShownMs = double(sinceLast.nsecsElapsed()) / 1e6;
    // The emulator sees the hang-ups a moment after the client makes them.
    QElapsedTimer settle;
    settle.start();
    while (emulator.emulator()->answeredCount() + emulator.emulator()->abandonedCount() < 10 && settle.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    out.answered = emulator.emulator()->answeredCount();
    out.aborted = emulator.emulator()->abandonedCount();
    QElapsedTimer single;
    single.start();
    open.open(ref(30));
    while (open.state() != OpenCodeVersion::State::Ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    out.singleMs = double(single.nsecsElapsed()) / 1e6;
    emulator.emulator()->setFaultPlan({});
    return out;
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
    view.resize(1200, 900);
    view.show();

    const DemoRoutine *large = DemoData::instance().routine(QLatin1String(DemoData::LargeRoutineName));
    QTextStream out(stdout);
    out << "open a version (request -> decoded -> highlighted text set), " << runs << " runs each, medians\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("version"), -34).arg(QStringLiteral("cold ms"), 10).arg(QStringLiteral("warm ms"), 10)
                   .arg(QStringLiteral("UI thread ms"), 14).arg(QStringLiteral("max stall ms"), 14);
    double networkStall = 0, uiStall = 0;
    for (int index : {1, 2}) {
        const DemoCodeVersion &v = large->versions.at(index);
        QList<double> cold, warm, stall, show, network;
        for (int i = 0; i < runs; ++i) {
            bench.cache.clear();
            const Sample c = openOnce(bench.repo, bench.client, view, large->name, v.codeVersion, bench.transport);
            view.showPlaceholder(QString());
            const Sample w = openOnce(bench.repo, bench.client, view, large->name, v.codeVersion, bench.transport);
            view.showPlaceholder(QString());
            cold << c.totalMs;
            warm << w.totalMs;
            stall << std::max(c.longestStallMs, w.longestStallMs);
            show << std::max(c.showMs, w.showMs);
            network << std::max(c.networkStallMs, w.networkStallMs);
        }
        networkStall = median(network);
        uiStall = median(stall);
        const QString label = QStringLiteral("%1 (%2 KiB)").arg(v.description.section(QLatin1Char('('), 0, 0).trimmed()).arg(DemoData::instance().code(v).size() / 1024);
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(label, -34).arg(median(cold), 10, 'f', 1).arg(median(warm), 10, 'f', 1)
                       .arg(median(show), 14, 'f', 1).arg(median(stall), 14, 'f', 1);
    }
    out << QStringLiteral("8 MiB open, longest busy stretch: UI thread %1 ms, network thread %2 ms\n")
                   .arg(uiStall, 0, 'f', 1).arg(networkStall, 0, 'f', 1);
    QList<double> last, single;
    int answered = 0, aborted = 0;
    for (int i = 0; i < 3; ++i) {
        const RapidSwitch r = rapidSwitch(bench.emulator, bench.repo, bench.client);
        last << r.lastShownMs;
        single << r.singleMs;
        answered = r.answered;
        aborted = r.aborted;
    }
    out << QStringLiteral("rapid switch: 10 opens 150 ms apart at 800 ms latency: last shown after %1 ms (single open %2 ms), %3 answered, %4 aborted\n")
                   .arg(median(last), 0, 'f', 0).arg(median(single), 0, 'f', 0).arg(answered).arg(aborted);
    return 0;
}
