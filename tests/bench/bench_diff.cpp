// Benchmark: the line diff (rows and intra-line ranges) of two generated 20,000-line files with
// ~200 scattered changes, beside `git diff --no-index --histogram` (and --patience) on the same
// files in the same run. Prints medians.
#include "app/diff/TextDiffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QByteArray generate(int lines, QList<int> *changedAt, bool changed)
{
    QRandomGenerator rng(20261123); // the same files every run
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        const quint32 r = rng.generate();
        QByteArray line = "    const value" + QByteArray::number(i) + " = compute(" + QByteArray::number(r % 1000) + ", \"k"
                + QByteArray::number(r % 97) + "\");";
        if (changed && changedAt->contains(i))
            line = "    const value" + QByteArray::number(i) + " = computeFaster(" + QByteArray::number(r % 1000 + 1) + ");";
        out += line + '\n';
    }
    return out;
}

double gitMs(const QString &dir, const QString &algorithm, qsizetype *patchBytes)
{
    QElapsedTimer t;
    t.start();
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), {QStringLiteral("diff"), QStringLiteral("--no-index"), algorithm, QStringLiteral("a.txt"), QStringLiteral("b.txt")});
    if (!git.waitForFinished(60000))
        return -1;
    const double ms = double(t.nsecsElapsed()) / 1e6;
    *patchBytes = git.readAllStandardOutput().size();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = 7;
    QList<int> changedAt;
    QRandomGenerator pick(7);
    while (changedAt.size() < 200) {
        const int at = int(pick.bounded(20000));
        if (!changedAt.contains(at))
            changedAt << at;
    }
    const QByteArray a = generate(20000, &changedAt, false);
    const QByteArray b = generate(20000, &changedAt, true);
    QTemporaryDir dir;
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("a.txt"), a}, std::pair{QStringLiteral("b.txt"), b}}) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
    }
    QList<double> ours, histogram, patience;
    int hunks = 0;
    qsizetype gitPatch = 0, ourPatch = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const TextDiff d = TextDiffer::diff(a, b);
        ours << double(t.nsecsElapsed()) / 1e6;
        hunks = int(d.hunks.size());
        histogram << gitMs(dir.path(), QStringLiteral("--histogram"), &gitPatch);
        patience << gitMs(dir.path(), QStringLiteral("--patience"), &gitPatch);
        ourPatch = d.unifiedPatch(QStringLiteral("a.txt"), QStringLiteral("b.txt")).toUtf8().size();
    }
    QTextStream out(stdout);
    out << "line diff of two 20,000-line files, 200 changed lines (" << hunks << " hunks), " << runs << " runs, medians\n";
    out << QStringLiteral("  CloudCodes TextDiffer (patience, rows + intra-line)  %1 ms\n").arg(median(ours), 7, 'f', 1);
    out << QStringLiteral("  git diff --no-index --histogram (whole process)      %1 ms\n").arg(median(histogram), 7, 'f', 1);
    out << QStringLiteral("  git diff --no-index --patience  (whole process)      %1 ms\n").arg(median(patience), 7, 'f', 1);
    out << QStringLiteral("  patch sizes: git %1 bytes, CloudCodes %2 bytes\n").arg(gitPatch).arg(ourPatch);
    out << QStringLiteral("  CloudCodes / git --histogram: %1x (goal: 1.00x at most)\n").arg(median(ours) / median(histogram), 0, 'f', 2);
    return 0;
}
