// Annotator and LineMatcher: small handmade histories (insert, delete, change, move, identical
// versions, binary, storage-error and empty versions in the middle, whitespace), the per-version
// summaries for the margin, and the agreement with git: the demo's edge-gateway routine is
// exported with GitHistoryExport and the annotation of its newest version must name, line by
// line, the same originating version and line number as `git blame --porcelain` on that
// repository. git must be installed: a missing git fails the test, it is never skipped.
#include "tests/support/GitRun.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/diff/TextDiff.h"
#include "app/emulator/demo/DemoData.h"
#include "app/history/Annotator.h"
#include "app/history/GitHistoryExport.h"
#include "app/history/LineMatcher.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(DiffOptions::Algorithm)

namespace {

// A handmade version: text, or one of the markers below for the kinds without lines.
HistoryVersion version(int n, const QByteArray &spec)
{
    HistoryVersion v;
    v.codeVersion = QStringLiteral("17000000000000%1").arg(n, 5, 10, QLatin1Char('0'));
    v.description = QStringLiteral("version %1\nsecond line of the note").arg(n);
    v.createTime = QDateTime::fromSecsSinceEpoch(1700000000 + n * 3600, Qt::UTC);
    v.requestId = QStringLiteral("request-%1").arg(n);
    if (spec == "<binary>") {
        v.kind = DecodedCode::Kind::Binary;
        v.bytes = QByteArray("\x01\x02\0\x03\n\x04", 6);
    } else if (spec == "<wasm>") {
        v.kind = DecodedCode::Kind::WebAssembly;
        v.bytes = QByteArray("\0asm\x01\0\0\0", 8);
    } else if (spec == "<storage-error>") {
        v.kind = DecodedCode::Kind::StorageError;
        v.bytes = "<?xml version=\"1.0\"?>\n<Error>\n  <Code>NoSuchKey</Code>\n</Error>\n";
        v.storageErrorCode = QStringLiteral("NoSuchKey");
    } else if (spec == "<empty>") {
        v.kind = DecodedCode::Kind::Empty;
    } else {
        v.kind = DecodedCode::Kind::JavaScript;
        v.bytes = spec;
    }
    return v;
}

QList<HistoryVersion> history(const QList<QByteArray> &specs)
{
    QList<HistoryVersion> out;
    for (int i = 0; i < specs.size(); ++i)
        out.append(version(i, specs.at(i)));
    return out;
}

// "0:1 0:2 1:3": per line of the target, originating version index and line number there.
QString describe(const QList<LineAnnotation> &lines)
{
    QStringList parts;
    for (const LineAnnotation &l : lines)
        parts << QStringLiteral("%1:%2").arg(l.version).arg(l.line);
    return parts.join(QLatin1Char(' '));
}

// The demo's routine as the history features get it: every version's RoutineCode decoded.
QList<HistoryVersion> demoHistory(const QString &routine)
{
    const DemoData &demo = DemoData::instance();
    QList<HistoryVersion> out;
    for (const DemoCodeVersion &v : demo.routine(routine)->versions) {
        const DecodedCode code = RoutineCodeDecoder::decode(demo.routineCode(v));
        HistoryVersion h;
        h.codeVersion = v.codeVersion;
        h.description = v.description;
        h.createTime = v.createTime.toUTC();
        h.requestId = QStringLiteral("demo-%1").arg(v.codeVersion.right(6));
        h.kind = code.kind;
        h.bytes = code.bytes;
        h.storageErrorCode = code.storageErrorCode;
        h.storageErrorMessage = code.storageErrorMessage;
        out.append(h);
    }
    return out;
}

struct BlameLine
{
    QString commit;
    int originalLine = 0;
    QByteArray text;
};

} // namespace

class TestHistoryAnnotation : public QObject
{
    Q_OBJECT

private slots:
    void lineMatcher_data();
    void lineMatcher();
    void handmade_data();
    void handmade();
    void targetWithoutLines_data();
    void targetWithoutLines();
    void versionSummaries();
    void invalidTargetFails();
    void cancelledBeforeStart();
    void agreesWithGitBlame_data();
    void agreesWithGitBlame();
    void handmadeAgreesWithGitBlame_data();
    void handmadeAgreesWithGitBlame();

private:
    int differencesFromGitBlame(const QList<HistoryVersion> &versions, int target, const DiffOptions &options,
                                const QStringList &blameOptions, QString *error) const;
    std::optional<QByteArray> git(const QString &dir, const QStringList &args, QString *error) const;
    bool blameHonoursDiffAlgorithm(QString *error) const;
};

std::optional<QByteArray> TestHistoryAnnotation::git(const QString &dir, const QStringList &args, QString *error) const
{
    // Without the user's and the system's git configuration, which must not change the answer.
    const GitRun run = GitRun::in(dir, args);
    if (run.exitCode < 0) {
        *error = run.error;
        return std::nullopt;
    }
    if (!run.ok()) {
        *error = QStringLiteral("git %1 failed (exit %2): %3").arg(args.join(QLatin1Char(' '))).arg(run.exitCode).arg(run.error);
        return std::nullopt;
    }
    return run.output;
}

void TestHistoryAnnotation::lineMatcher_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<QList<int>>("oldLineOf");
    QTest::addColumn<int>("oldLineCount");

    QTest::newRow("identical") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QList<int>{1, 2} << 2;
    QTest::newRow("insert") << QByteArray("a\nb\n") << QByteArray("a\nx\nb\n") << QList<int>{1, 0, 2} << 2;
    QTest::newRow("delete") << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n") << QList<int>{1, 3} << 3;
    QTest::newRow("change") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << QList<int>{1, 0, 3} << 3;
    QTest::newRow("from empty") << QByteArray() << QByteArray("a\nb") << QList<int>{0, 0} << 0;
    QTest::newRow("to empty") << QByteArray("a\n") << QByteArray() << QList<int>{} << 1;
    QTest::newRow("last line gains its newline") << QByteArray("a\nb") << QByteArray("a\nb\n") << QList<int>{1, 0} << 2;
    QTest::newRow("binary bytes are lines too") << QByteArray("\0a\nb\n", 5) << QByteArray("\0a\nc\nb\n", 7) << QList<int>{1, 0, 2} << 2;
}

void TestHistoryAnnotation::lineMatcher()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(QList<int>, oldLineOf);
    QFETCH(int, oldLineCount);
    const LineMatch m = LineMatcher::match(oldText, newText);
    QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
    QCOMPARE(m.oldLineOf, oldLineOf);
    QCOMPARE(m.oldLineCount, oldLineCount);
    QCOMPARE(LineMatcher::lineCount(newText), int(oldLineOf.size()));
}

namespace {

struct HandmadeHistory
{
    const char *name;
    QList<QByteArray> versions;
    int target; // -1: the newest
    bool ignoreWhitespace;
    QString expected;
    QList<int> introducedLines; // per version up to the target
};

QList<HandmadeHistory> handmadeHistories()
{
    return {
        {"one version", {"a\nb\n"}, -1, false, QStringLiteral("0:1 0:2"), {2}},
        {"insert", {"a\nb\nc\n", "a\nb\nX\nc\n"}, -1, false, QStringLiteral("0:1 0:2 1:3 0:3"), {3, 1}},
        {"delete", {"a\nb\nc\n", "a\nc\n"}, -1, false, QStringLiteral("0:1 0:3"), {2, 0}},
        {"change", {"a\nb\nc\n", "a\nB\nc\n"}, -1, false, QStringLiteral("0:1 1:2 0:3"), {2, 1}},
        // A line deleted and written again later is new again: no memory of older versions (git neither).
        {"deleted then re-added", {"a\nb\nc\n", "a\nc\n", "a\nb\nc\n"}, -1, false, QStringLiteral("0:1 2:2 0:3"), {2, 0, 1}},
        // A moved line belongs to the version that moved it (git blame without -M says the same).
        {"move", {"h\na\nb\nc\nd\ne\nf\n", "h\nb\nc\nd\ne\nf\na\n"}, -1, false, QStringLiteral("0:1 0:3 0:4 0:5 0:6 0:7 1:7"), {6, 1}},
        {"edits accumulate", {"a\nb\nc\n", "a\nB\nc\n", "a\nB\nc\nd\n", "z\na\nB\nc\nd\n"}, -1, false,
         QStringLiteral("3:1 0:1 1:2 0:3 2:4"), {2, 1, 1, 1}},
        // git's indent heuristic (on by default, in blame too) slides the inserted lines up here.
        {"indent heuristic", {"}\nreturn;\n  y();\n", "}\nreturn;\nreturn;\nreturn;\n  y();\n"}, -1, false,
         QStringLiteral("0:1 1:2 1:3 0:2 0:3"), {3, 2}},
        {"identical versions", {"a\nb\n", "a\nb\n", "a\nb\nX\n"}, -1, false, QStringLiteral("0:1 0:2 2:3"), {2, 0, 1}},
        // The binary version replaced the code; the text after it brought every line back.
        {"binary in the middle", {"a\nb\n", "<binary>", "a\nb\nc\n"}, -1, false, QStringLiteral("2:1 2:2 2:3"), {0, 0, 3}},
        {"wasm in the middle", {"a\nb\n", "a\nx\n", "<wasm>", "a\nb\n", "a\nb\nc\n"}, -1, false,
         QStringLiteral("3:1 3:2 4:3"), {0, 0, 0, 2, 1}},
        // Nobody could read the stored code: the storage error changes nothing (the export writes no file).
        {"storage error in the middle", {"a\nb\n", "<storage-error>", "a\nb\nc\n"}, -1, false, QStringLiteral("0:1 0:2 2:3"), {2, 0, 1}},
        {"storage error first", {"<storage-error>", "a\n", "a\nb\n"}, -1, false, QStringLiteral("1:1 2:2"), {0, 1, 1}},
        {"empty in the middle", {"a\nb\n", "<empty>", "a\nb\n"}, -1, false, QStringLiteral("2:1 2:2"), {0, 0, 2}},
        {"last line gains its newline", {"a\nb", "a\nb\nc"}, -1, false, QStringLiteral("0:1 1:2 1:3"), {1, 2}},
        {"target in the middle", {"a\n", "a\nb\n", "x\n"}, 1, false, QStringLiteral("0:1 1:2"), {1, 1}},
        {"reindented", {"if (x) {\n  go();\n}\n", "if (x) {\n    go();\n}\n"}, -1, false, QStringLiteral("0:1 1:2 0:3"), {2, 1}},
        {"reindented, whitespace ignored", {"if (x) {\n  go();\n}\n", "if (x) {\n    go();\n}\n"}, -1, true,
         QStringLiteral("0:1 0:2 0:3"), {3, 0}},
    };
}

} // namespace

void TestHistoryAnnotation::handmade_data()
{
    QTest::addColumn<QList<QByteArray>>("versions");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("ignoreWhitespace");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QList<int>>("introducedLines");
    for (const HandmadeHistory &h : handmadeHistories())
        QTest::newRow(h.name) << h.versions << h.target << h.ignoreWhitespace << h.expected << h.introducedLines;
}

void TestHistoryAnnotation::handmade()
{
    QFETCH(QList<QByteArray>, versions);
    QFETCH(int, target);
    QFETCH(bool, ignoreWhitespace);
    QFETCH(QString, expected);
    QFETCH(QList<int>, introducedLines);

    for (const DiffOptions::Algorithm algorithm : {DiffOptions::Algorithm::Patience, DiffOptions::Algorithm::Myers, DiffOptions::Algorithm::Minimal}) {
        DiffOptions options;
        options.algorithm = algorithm;
        options.ignoreWhitespace = ignoreWhitespace;
        const Annotation a = Annotator::annotate(history(versions), target, options);
        QCOMPARE(a.status, Annotation::Status::Annotated);
        QCOMPARE(a.target, target < 0 ? int(versions.size()) - 1 : target);
        QCOMPARE(describe(a.lines), expected);
        QList<int> introduced;
        for (const AnnotatedVersion &v : a.versions)
            introduced << v.introducedLines;
        QCOMPARE(introduced, introducedLines);
        // Every line points at a real line of a real version, and says the same there.
        const QList<HistoryVersion> h = history(versions);
        for (int n = 1; n <= a.lines.size(); ++n) {
            const LineAnnotation *l = a.line(n);
            QVERIFY(l && l->version >= 0 && l->version <= a.target);
            QVERIFY(l->line >= 1 && l->line <= LineMatcher::lineCount(h.at(l->version).bytes));
            if (!ignoreWhitespace)
                QCOMPARE(h.at(l->version).bytes.split('\n').at(l->line - 1), h.at(a.target).bytes.split('\n').at(n - 1));
        }
    }
}

void TestHistoryAnnotation::targetWithoutLines_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::newRow("binary") << QByteArray("<binary>");
    QTest::newRow("wasm") << QByteArray("<wasm>");
    QTest::newRow("storage error") << QByteArray("<storage-error>");
    QTest::newRow("empty") << QByteArray("<empty>");
}

void TestHistoryAnnotation::targetWithoutLines()
{
    QFETCH(QByteArray, spec);
    const Annotation a = Annotator::annotate(history({"a\nb\n", spec}));
    QCOMPARE(a.status, Annotation::Status::NoLines);
    QVERIFY(a.lines.isEmpty());
    QCOMPARE(a.versions.size(), 2); // the margin still knows the versions
    QVERIFY(a.error.isEmpty());
}

void TestHistoryAnnotation::versionSummaries()
{
    const QList<HistoryVersion> versions = demoHistory(QString::fromLatin1(DemoData::EdgeRoutineName));
    QCOMPARE(versions.size(), 40);
    const Annotation a = Annotator::annotate(versions);
    QCOMPARE(a.status, Annotation::Status::Annotated);
    QCOMPARE(a.versions.size(), 40);
    QCOMPARE(a.lines.size(), LineMatcher::lineCount(versions.last().bytes));
    QSet<int> hues;
    int introduced = 0;
    for (int i = 0; i < a.versions.size(); ++i) {
        const AnnotatedVersion &s = a.versions.at(i);
        QCOMPARE(s.codeVersion, versions.at(i).codeVersion);
        QCOMPARE(s.shortId, versions.at(i).codeVersion.right(6));
        QCOMPARE(s.shortId.size(), 6);
        QCOMPARE(s.createTime, versions.at(i).createTime);
        QCOMPARE(s.description, versions.at(i).description);
        QVERIFY(!s.summary.contains(QLatin1Char('\n')));
        QVERIFY(s.description.startsWith(s.summary));
        QCOMPARE(s.previous, i - 1);
        QVERIFY(s.hue >= 0 && s.hue < 360);
        hues.insert(s.hue);
        introduced += s.introducedLines;
    }
    QCOMPARE(hues.size(), 40); // one colour per version
    QCOMPARE(introduced, int(a.lines.size()));
    QVERIFY(a.introducingVersions().size() > 10); // the demo's lines come from many versions
    QVERIFY(a.introducingVersions().contains(0));
    QVERIFY(a.startsRun(1));
    int runs = 0;
    for (int n = 1; n <= a.lines.size(); ++n)
        runs += a.startsRun(n) ? 1 : 0;
    QVERIFY(runs > a.introducingVersions().size() - 1 && runs < a.lines.size());
    QVERIFY(!a.line(0) && !a.line(int(a.lines.size()) + 1) && a.versionOfLine(1));

    // A storage error is passed over: the version after it diffs against the one before it.
    const Annotation withError = Annotator::annotate(history({"a\n", "<storage-error>", "a\nb\n"}));
    QCOMPARE(withError.versions.at(2).previous, 0);
    QCOMPARE(withError.versions.at(1).previous, 0);
    QCOMPARE(withError.versions.at(0).previous, -1);
}

void TestHistoryAnnotation::invalidTargetFails()
{
    QCOMPARE(Annotator::annotate({}).status, Annotation::Status::Failed);
    const Annotation a = Annotator::annotate(history({"a\n"}), 5);
    QCOMPARE(a.status, Annotation::Status::Failed);
    QVERIFY(!a.error.isEmpty());
}

void TestHistoryAnnotation::cancelledBeforeStart()
{
    // A request that nobody wants any more: its last claim was dropped.
    auto job = std::make_shared<RequestState<int>>();
    job->abort();
    const Annotation a = Annotator::annotate(history({"a\n", "a\nb\n"}), -1, {}, CancelToken(job));
    QCOMPARE(a.status, Annotation::Status::Cancelled);
    QVERIFY(a.lines.isEmpty());
}

bool TestHistoryAnnotation::blameHonoursDiffAlgorithm(QString *error) const
{
    // Two versions whose Myers and patience diffs pair different lines; if this git's blame
    // gives the same answer with and without --diff-algorithm=patience, it ignores the option.
    QTemporaryDir dir;
    GitHistoryExport::Request request;
    request.folder = dir.path();
    request.routine = QStringLiteral("probe");
    request.accountId = QStringLiteral("probe");
    request.accountName = QStringLiteral("probe");
    request.versions = history({"{\nc\n}\n}\nb\n", "{\nz\n}\nc\nb\n"});
    const QList<LineAnnotation> myers = Annotator::annotate(request.versions, -1, {DiffOptions::Algorithm::Myers}).lines;
    const QList<LineAnnotation> patience = Annotator::annotate(request.versions, -1, {DiffOptions::Algorithm::Patience}).lines;
    if (myers == patience) {
        *error = QStringLiteral("the probe does not tell the algorithms apart");
        return false;
    }
    if (!GitHistoryExport::run(request).ok())
        return false;
    const auto plain = git(dir.path(), {QStringLiteral("blame"), QStringLiteral("-s"), QStringLiteral("index.js")}, error);
    const auto withOption = git(dir.path(), {QStringLiteral("blame"), QStringLiteral("-s"), QStringLiteral("--diff-algorithm=patience"), QStringLiteral("index.js")}, error);
    return plain && withOption && *plain != *withOption;
}

void TestHistoryAnnotation::agreesWithGitBlame_data()
{
    QTest::addColumn<DiffOptions::Algorithm>("algorithm");
    QTest::addColumn<QStringList>("blameOptions");
    // git blame's default engine is Myers (with the indent heuristic, which LineMatcher uses too).
    QTest::newRow("myers") << DiffOptions::Algorithm::Myers << QStringList();
    QTest::newRow("minimal") << DiffOptions::Algorithm::Minimal << QStringList{QStringLiteral("--minimal")};
    // The app's default. git blame before 2.47 ignores --diff-algorithm (Myers regardless); the
    // row then still holds because edge-gateway's neighbouring versions diff alike under both,
    // which the test checks instead of assuming.
    QTest::newRow("patience") << DiffOptions::Algorithm::Patience << QStringList{QStringLiteral("--diff-algorithm=patience")};
}

int TestHistoryAnnotation::differencesFromGitBlame(const QList<HistoryVersion> &versions, int target, const DiffOptions &options,
                                                   const QStringList &blameOptions, QString *error) const
{
    QTemporaryDir dir;
    GitHistoryExport::Request request;
    request.folder = dir.path();
    request.routine = QStringLiteral("blamed");
    request.accountId = QStringLiteral("demo-alibaba");
    request.accountName = QStringLiteral("Demo (Alibaba)");
    request.versions = versions;
    const GitHistoryExport::Result exported = GitHistoryExport::run(request);
    if (!exported.ok() || exported.written != versions.size()) {
        *error = QStringLiteral("export failed: ") + exported.error;
        return -1;
    }
    const Annotation ours = Annotator::annotate(versions, target, options);
    if (ours.status != Annotation::Status::Annotated) {
        *error = QStringLiteral("annotation failed: ") + ours.error;
        return -1;
    }

    // Commit <-> code version, from the Code-Version trailers.
    const auto log = git(dir.path(), {QStringLiteral("log"), QStringLiteral("--format=%H %(trailers:key=Code-Version,valueonly,separator=)")}, error);
    if (!log)
        return -1;
    QHash<QString, QString> versionOfCommit;
    QHash<QString, QString> commitOfVersion;
    for (const QByteArray &line : log->split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2) {
            versionOfCommit.insert(QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1)));
            commitOfVersion.insert(QString::fromLatin1(parts.at(1)), QString::fromLatin1(parts.at(0)));
        }
    }
    if (versionOfCommit.size() != versions.size()) {
        *error = QStringLiteral("git log lists %1 versions, not %2").arg(versionOfCommit.size()).arg(versions.size());
        return -1;
    }
    const QString commit = commitOfVersion.value(versions.at(ours.target).codeVersion);
    const auto files = git(dir.path(), {QStringLiteral("ls-tree"), QStringLiteral("--name-only"), commit}, error);
    if (!files)
        return -1;
    const QString file = QString::fromUtf8(files->trimmed());
    if (file != GitHistoryExport::fileName(versions.at(ours.target).kind)) {
        *error = QStringLiteral("the target's commit holds %1").arg(file);
        return -1;
    }

    QStringList args{QStringLiteral("blame"), QStringLiteral("--porcelain")};
    args += blameOptions;
    args += {commit, QStringLiteral("--"), file};
    const auto porcelain = git(dir.path(), args, error);
    if (!porcelain)
        return -1;
    // Porcelain: a header "<sha> <original line> <final line> [<group size>]" per line, metadata
    // lines the first time a commit appears, then the line itself after a TAB.
    QList<BlameLine> blame;
    BlameLine current;
    for (const QByteArray &line : porcelain->split('\n')) {
        if (line.startsWith('\t')) {
            current.text = line.mid(1);
            blame.append(current);
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 3 && fields.at(0).size() == 40) {
            current.commit = QString::fromLatin1(fields.at(0));
            current.originalLine = fields.at(1).toInt();
        }
    }
    if (blame.size() != ours.lines.size()) {
        *error = QStringLiteral("git blame has %1 lines, the annotation %2").arg(blame.size()).arg(ours.lines.size());
        return -1;
    }
    const QList<QByteArray> targetLines = versions.at(ours.target).bytes.split('\n');
    int differences = 0;
    for (int n = 1; n <= blame.size(); ++n) {
        const BlameLine &b = blame.at(n - 1);
        const LineAnnotation *l = ours.line(n);
        if (b.text != targetLines.at(n - 1)) {
            *error = QStringLiteral("git blame shows line %1 as %2").arg(n).arg(QString::fromUtf8(b.text));
            return -1;
        }
        const QString gitVersion = versionOfCommit.value(b.commit);
        if (gitVersion != versions.at(l->version).codeVersion || b.originalLine != l->line) {
            ++differences;
            qWarning("line %d: git blame says version %s line %d, the annotation says %s line %d", n,
                     qPrintable(gitVersion.right(6)), b.originalLine, qPrintable(versions.at(l->version).shortId()), l->line);
        }
    }
    return differences;
}

void TestHistoryAnnotation::agreesWithGitBlame()
{
    QFETCH(DiffOptions::Algorithm, algorithm);
    QFETCH(QStringList, blameOptions);

    const QList<HistoryVersion> versions = demoHistory(QString::fromLatin1(DemoData::EdgeRoutineName));
    QCOMPARE(versions.size(), 40);
    for (const HistoryVersion &v : versions)
        QCOMPARE(v.kind, DecodedCode::Kind::JavaScript); // one file, index.js, all along

    DiffOptions options;
    options.algorithm = algorithm;
    QString error;
    if (algorithm == DiffOptions::Algorithm::Patience && !blameHonoursDiffAlgorithm(&error)) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(describe(Annotator::annotate(versions, -1, options).lines),
                 describe(Annotator::annotate(versions, -1, {DiffOptions::Algorithm::Myers}).lines));
    }
    const int differences = differencesFromGitBlame(versions, -1, options, blameOptions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(differences, 0);
    QVERIFY(Annotator::annotate(versions, -1, options).introducingVersions().size() > 10); // not all from one version
}

void TestHistoryAnnotation::handmadeAgreesWithGitBlame_data()
{
    QTest::addColumn<QList<QByteArray>>("versions");
    QTest::addColumn<int>("target");
    // git blame has no counterpart of ignoring changes in the amount of whitespace (-w ignores all).
    for (const HandmadeHistory &h : handmadeHistories()) {
        if (!h.ignoreWhitespace)
            QTest::newRow(h.name) << h.versions << h.target;
    }
}

void TestHistoryAnnotation::handmadeAgreesWithGitBlame()
{
    QFETCH(QList<QByteArray>, versions);
    QFETCH(int, target);
    QString error;
    const int differences = differencesFromGitBlame(history(versions), target, {DiffOptions::Algorithm::Myers}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(differences, 0);
}

QTEST_GUILESS_MAIN(TestHistoryAnnotation)
#include "tst_historyannotation.moc"
