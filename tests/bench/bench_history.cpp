// Benchmark: the history of the demo's edge-gateway routine (40 versions, all in memory): the
// annotation of the newest version beside `git blame` on the exported repository (whole process),
// and the export of all 40 versions as a git repository into a fresh folder. Prints medians.
#include "app/decode/RoutineCodeDecoder.h"
#include "app/emulator/demo/DemoData.h"
#include "app/history/Annotator.h"
#include "app/history/GitHistoryExport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

GitHistoryExport::Request exportRequest(const QString &folder, const QList<HistoryVersion> &versions)
{
    GitHistoryExport::Request r;
    r.folder = folder;
    r.routine = QString::fromLatin1(DemoData::EdgeRoutineName);
    r.accountId = QStringLiteral("bench");
    r.accountName = QStringLiteral("Demo (Alibaba)");
    r.versions = versions;
    for (const DemoEnvironment &e : DemoData::instance().routine(r.routine)->envs) {
        RoutineEnvironment env;
        env.env = e.env;
        for (const DemoCanaryShare &s : e.shares)
            env.versions.append(DeployedVersion{s.codeVersion, s.percentage, {}, {}});
        r.environments.append(env);
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = 9;
    QTextStream out(stdout);

    const DemoData &demo = DemoData::instance();
    QList<HistoryVersion> versions;
    for (const DemoCodeVersion &v : demo.routine(QString::fromLatin1(DemoData::EdgeRoutineName))->versions) {
        const DecodedCode code = RoutineCodeDecoder::decode(demo.routineCode(v));
        HistoryVersion h;
        h.codeVersion = v.codeVersion;
        h.description = v.description;
        h.createTime = v.createTime.toUTC();
        h.requestId = QStringLiteral("bench-%1").arg(v.codeVersion.right(6));
        h.kind = code.kind;
        h.bytes = code.bytes;
        versions.append(h);
    }

    QList<double> exportMs;
    QTemporaryDir repository; // the last export stays for git blame
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir scratch;
        const QString folder = i == runs - 1 ? repository.path() : scratch.path();
        QElapsedTimer t;
        t.start();
        const GitHistoryExport::Result r = GitHistoryExport::run(exportRequest(folder, versions));
        exportMs << msSince(t);
        if (!r.ok() || r.written != versions.size()) {
            out << "export failed: " << r.error << "\n";
            return 1;
        }
    }

    QList<double> annotateMs;
    int lines = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const Annotation a = Annotator::annotate(versions); // patience, the app's default
        annotateMs << msSince(t);
        lines = int(a.lines.size());
        if (a.status != Annotation::Status::Annotated)
            return 1;
    }

    QList<double> blameMs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    for (int i = 0; i < runs; ++i) {
        QProcess git;
        git.setWorkingDirectory(repository.path());
        git.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        git.start(QStringLiteral("git"), {QStringLiteral("blame"), QStringLiteral("--porcelain"), QStringLiteral("--"), QStringLiteral("index.js")});
        if (!git.waitForFinished(60000) || git.exitCode() != 0) {
            out << "git blame failed: " << git.readAllStandardError() << "\n";
            return 1;
        }
        blameMs << msSince(t);
    }

    out << "history of " << DemoData::EdgeRoutineName << " (" << versions.size() << " versions, newest " << lines << " lines), "
        << runs << " runs, medians\n";
    out << QStringLiteral("  annotate: newest edge-gateway version over %1 versions: %2 ms (git blame on the exported repository, whole process: %3 ms)\n")
                   .arg(versions.size()).arg(median(annotateMs), 0, 'f', 1).arg(median(blameMs), 0, 'f', 1);
    out << QStringLiteral("  export history: %1 versions: %2 ms\n").arg(versions.size()).arg(median(exportMs), 0, 'f', 1);
    return 0;
}
