// Benchmark: a generated Pages bundle of 2,000 files and 20 MiB, (1) opened from its zip
// (CodeBundle::fromZip: every entry checked and inflated) and (2) compared as folders with a
// second version (300 files edited, 50 added, 50 removed: BundleComparison with line counts), each
// beside `git diff --no-index --stat` on the two versions extracted to disk, in the same run (the
// floor; goal: at most 1.0x). Prints medians of 7 runs, ours and git's taken in turns.
#include "app/bundle/BundleComparison.h"
#include "app/bundle/BundleExtract.h"
#include "app/diff/LibGit2.h"
#include "tests/support/BundleGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int Runs = 7;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double elapsedMs(const std::function<void()> &run)
{
    QElapsedTimer t;
    t.start();
    run();
    return double(t.nsecsElapsed()) / 1e6;
}

// `git diff --no-index --stat [algorithm] old new` in `dir`, as a process, timed whole.
double gitStatMs(const QString &dir, const QStringList &algorithm, QByteArray *lastLine)
{
    return elapsedMs([&] {
        QProcess git;
        git.setWorkingDirectory(dir);
        git.start(QStringLiteral("git"), QStringList{QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--stat")}
                                                 + algorithm + QStringList{QStringLiteral("old"), QStringLiteral("new")});
        git.waitForFinished(120000);
        const QList<QByteArray> lines = git.readAllStandardOutput().trimmed().split('\n');
        *lastLine = lines.last().trimmed();
    });
}

// Medians of `ours` and of git's run, taken in turns so both see the same load on the machine.
std::pair<double, double> inTurns(const std::function<void()> &ours, const std::function<double()> &git)
{
    QList<double> a, b;
    for (int i = 0; i < Runs; ++i) {
        b << git();
        a << elapsedMs(ours);
    }
    return {median(a), median(b)};
}

void row(const char *label, double ms, double floor)
{
    std::printf("  %-62s %8.1f ms  %5.2fx git diff --no-index --stat\n", label, ms, ms / floor);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LibGit2::functions(); // loaded on the main thread, as the app does
    BundleGenerator::Shape shape;
    shape.files = 2000;
    shape.totalBytes = 20 * 1024 * 1024;
    shape.changed = 300;
    shape.added = 50;
    shape.removed = 50;
    shape.seed = 20261206;
    const auto [oldBundle, newBundle] = BundleGenerator::pair(shape);
    const QByteArray oldZip = oldBundle.toZip();
    const QByteArray newZip = newBundle.toZip();
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("old"));
    QDir(dir.path()).mkdir(QStringLiteral("new"));
    if (!BundleExtract::extract(oldBundle, dir.filePath(QStringLiteral("old"))).ok()
        || !BundleExtract::extract(newBundle, dir.filePath(QStringLiteral("new"))).ok()) {
        std::fprintf(stderr, "could not extract the generated bundles\n");
        return 1;
    }
    std::printf("  bundle: %d files, %.1f MiB (zip %.1f MiB); the next version: %d files\n", oldBundle.count(),
                double(oldBundle.totalBytes()) / (1 << 20), double(oldZip.size()) / (1 << 20), newBundle.count());

    QByteArray gitSummary;
    const auto gitDefault = [&] { return gitStatMs(dir.path(), {}, &gitSummary); };
    const auto gitPatience = [&] { return gitStatMs(dir.path(), {QStringLiteral("--patience")}, &gitSummary); };

    int opened = 0;
    const auto [open, gitForOpen] = inTurns([&] { opened = CodeBundle::fromZip(oldZip).bundle.count(); }, gitDefault);
    std::printf("  %-62s %8.1f ms  (%s)\n", "git diff --no-index --stat old new", gitForOpen, gitSummary.constData());
    row("open the bundle (CodeBundle::fromZip, checked and inflated)", open, gitForOpen);
    QList<double> ordering;
    for (int i = 0; i < Runs; ++i)
        ordering << elapsedMs([&] { opened = CodeBundle::fromFiles(oldBundle.files()).bundle.count(); });
    std::printf("  %-62s %8.1f ms\n", "  of which checking and ordering paths (CodeBundle::fromFiles)", median(ordering));

    BundleComparison comparison;
    const auto [compare, gitForCompare] = inTurns([&] { comparison = BundleComparison::compare(oldBundle, newBundle); },
                                                  gitPatience);
    std::printf("  %-62s %8.1f ms\n", "git diff --no-index --stat --patience old new", gitForCompare);
    row("folder compare of the two versions (patience line counts)", compare, gitForCompare);
    const auto [both, gitForBoth] = inTurns([&] {
        comparison = BundleComparison::compare(CodeBundle::fromZip(oldZip).bundle, CodeBundle::fromZip(newZip).bundle);
    }, gitPatience);
    row("both zips opened, then compared", both, gitForBoth);
    const BundleComparison::Counts &n = comparison.counts();
    std::printf("  ours: %d files changed, %d added, %d removed; %d insertions(+), %d deletions(-)  (opened %d)\n",
                n.changed, n.added, n.removed, n.linesAdded, n.linesRemoved, opened);
    return 0;
}
