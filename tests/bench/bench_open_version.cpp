// Benchmark: open a code version from the demo cloud — request, decode, highlighted text set —
// for the 1 MiB and 8 MiB versions, cold (network) and warm (cache), and the longest stall of
// the UI thread meanwhile (a 5 ms timer measures event-loop lag). Prints medians.
#include "CodeView.h"
#include "CodeEditor.h"
#include "code/CodeVersionRepository.h"
#include "emulator/EmulatorThread.h"
#include "esa/EsaClient.h"
#include "net/HttpTransport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace {

struct Sample
{
    double totalMs = 0;
    double longestStallMs = 0;
    double showMs = 0; // time the UI thread spent setting and highlighting the text
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Opens one version into the view and waits, while a 5 ms timer records the largest gap between ticks.
Sample openOnce(CodeVersionRepository &repo, const std::shared_ptr<EsaClient> &client, CodeView &view,
                const QString &routine, const QString &version)
{
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
    return {total, std::max(0.0, longest), showMs};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("CLOUDCODES_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("CLOUDCODES_BENCH_RUNS") : 5;
    EmulatorThread emulator;
    if (!emulator.startAndListen())
        return 1;
    HttpTransport transport;
    auto client = std::make_shared<EsaClient>(transport, QUrl(emulator.baseUrl()),
                                              AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret), {}});
    QTemporaryDir dir;
    CodeVersionCache cache(dir.path());
    CodeVersionRepository repo(cache);
    CodeView view;
    view.resize(1200, 900);
    view.show();

    const DemoRoutine *large = DemoData::instance().routine(QLatin1String(DemoData::LargeRoutineName));
    QTextStream out(stdout);
    out << "open a version (request -> decoded -> highlighted text set), " << runs << " runs each, medians\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("version"), -34).arg(QStringLiteral("cold ms"), 10).arg(QStringLiteral("warm ms"), 10)
                   .arg(QStringLiteral("UI thread ms"), 14).arg(QStringLiteral("max stall ms"), 14);
    for (int index : {1, 2}) {
        const DemoCodeVersion &v = large->versions.at(index);
        QList<double> cold, warm, stall, show;
        for (int i = 0; i < runs; ++i) {
            cache.clear();
            const Sample c = openOnce(repo, client, view, large->name, v.codeVersion);
            view.showPlaceholder(QString());
            const Sample w = openOnce(repo, client, view, large->name, v.codeVersion);
            view.showPlaceholder(QString());
            cold << c.totalMs;
            warm << w.totalMs;
            stall << std::max(c.longestStallMs, w.longestStallMs);
            show << std::max(c.showMs, w.showMs);
        }
        const QString label = QStringLiteral("%1 (%2 KiB)").arg(v.description.section(QLatin1Char('('), 0, 0).trimmed()).arg(DemoData::instance().code(v).size() / 1024);
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(label, -34).arg(median(cold), 10, 'f', 1).arg(median(warm), 10, 'f', 1)
                       .arg(median(show), 14, 'f', 1).arg(median(stall), 14, 'f', 1);
    }
    return 0;
}
