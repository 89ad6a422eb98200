// BundleComparison: one row per path in either bundle plus its folders, as a tree; Added, Removed,
// Changed and Same with line counts for text files; folders summed up; the entry as the side
// against a single-file version; and, for a generated pair of versions extracted to disk, the same
// line counts as `git diff --no-index --numstat` for each algorithm. git must be installed.
#include "app/bundle/BundleComparison.h"
#include "app/bundle/BundleExtract.h"
#include "tests/support/BundleGenerator.h"
#include "tests/support/GitDiffArguments.h"
#include "tests/support/GitRun.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Change = BundleComparison::Change;
using File = CodeBundle::File;

Q_DECLARE_METATYPE(DiffOptions::Algorithm)

namespace {

File file(const QString &path, const QByteArray &bytes)
{
    File f;
    f.path = path;
    f.bytes = bytes;
    return f;
}

CodeBundle bundleOf(const QList<File> &files)
{
    return CodeBundle::fromFiles(files).bundle;
}

CodeBundle oldSite()
{
    return bundleOf({file(QStringLiteral("routine/index.js"), "a\nb\nc\n"),
                     file(QStringLiteral("assets/index.html"), "<p>one</p>\n"),
                     file(QStringLiteral("assets/css/site.css"), "p {}\n"),
                     file(QStringLiteral("assets/img/logo.png"), QByteArray("PNG\0\1", 5)),
                     file(QStringLiteral("assets/old/gone.txt"), "x\ny\n"),
                     file(QStringLiteral("README.md"), "same\n")});
}

CodeBundle newSite()
{
    return bundleOf({file(QStringLiteral("routine/index.js"), "a\nB\nc\nd\n"),
                     file(QStringLiteral("assets/index.html"), "<p>one</p>\n"),
                     file(QStringLiteral("assets/css/site.css"), "p {}\n"),
                     file(QStringLiteral("assets/img/logo.png"), QByteArray("PNG\0\2", 5)),
                     file(QStringLiteral("assets/new/here.txt"), "1\n2\n3\n"),
                     file(QStringLiteral("README.md"), "same\n")});
}

QString describe(const BundleComparison::Row &row)
{
    static const char *const names[] = {"same", "added", "removed", "changed"};
    return QStringLiteral("%1%2 %3 +%4 -%5%6")
            .arg(QString(row.depth * 2, u' '), row.path + (row.isFolder ? QStringLiteral("/") : QString()),
                 QLatin1String(names[int(row.change)]))
            .arg(row.linesAdded)
            .arg(row.linesRemoved)
            .arg(row.binary ? QStringLiteral(" binary") : QString());
}

QStringList describeAll(const BundleComparison &c)
{
    QStringList out;
    for (const BundleComparison::Row &row : c.rows())
        out << describe(row);
    return out;
}

// `git diff --no-index --numstat` as path → (added, removed), -1 for binary.
QHash<QString, std::pair<int, int>> gitNumstat(const QString &dir, const QStringList &algorithm)
{
    const GitRun run = GitRun::in(dir, QStringList{QStringLiteral("diff"), QStringLiteral("--no-index"),
                                                   QStringLiteral("--numstat"), QStringLiteral("--no-renames")}
                                               + algorithm + QStringList{QStringLiteral("old"), QStringLiteral("new")});
    if (run.exitCode != 1) // 1: differences found
        qFatal("git diff failed: %s", qPrintable(run.error));
    static const QRegularExpression side(QStringLiteral(R"(^(?:\{old => new\}|/dev/null => new|old)/(.*?)(?: => /dev/null)?$)"));
    QHash<QString, std::pair<int, int>> stats;
    for (const QString &line : run.lines()) {
        const QStringList parts = line.split(u'\t');
        const QRegularExpressionMatch m = side.match(parts.value(2));
        if (parts.size() != 3 || !m.hasMatch())
            qFatal("unexpected numstat line: %s", qPrintable(line));
        const bool binary = parts[0] == u"-";
        stats.insert(m.captured(1), {binary ? -1 : parts[0].toInt(), binary ? -1 : parts[1].toInt()});
    }
    return stats;
}

} // namespace

class TestBundleComparison : public QObject
{
    Q_OBJECT

private slots:
    void rowsAsATree();
    void counts();
    void identicalBundles();
    void againstEmpty();
    void changedFileRows();
    void countLinesIgnoringWhitespace();
    void sameAsGitNumstat_data();
    void sameAsGitNumstat();
};

void TestBundleComparison::rowsAsATree()
{
    const BundleComparison c = BundleComparison::compare(oldSite(), newSite());
    QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
    const QStringList expected = {
        QStringLiteral("assets/ changed +3 -2"),
        QStringLiteral("  assets/css/ same +0 -0"),
        QStringLiteral("    assets/css/site.css same +0 -0"),
        QStringLiteral("  assets/img/ changed +0 -0"),
        QStringLiteral("    assets/img/logo.png changed +0 -0 binary"),
        QStringLiteral("  assets/new/ added +3 -0"),
        QStringLiteral("    assets/new/here.txt added +3 -0"),
        QStringLiteral("  assets/old/ removed +0 -2"),
        QStringLiteral("    assets/old/gone.txt removed +0 -2"),
        QStringLiteral("  assets/index.html same +0 -0"),
        QStringLiteral("routine/ changed +2 -1"),
        QStringLiteral("  routine/index.js changed +2 -1"),
        QStringLiteral("README.md same +0 -0"),
    };
    QCOMPARE(describeAll(c), expected);
    const BundleComparison::Row &folder = c.rows().at(c.rowOf(QStringLiteral("assets/new")));
    QCOMPARE(folder.oldSize, -1);
    QCOMPARE(folder.newSize, 6);
    QCOMPARE(folder.name(), QStringLiteral("new"));
    const BundleComparison::Row &gone = c.rows().at(c.rowOf(QStringLiteral("assets/old/gone.txt")));
    QCOMPARE(gone.oldSize, 4);
    QCOMPARE(gone.newSize, -1);
    QCOMPARE(c.rowOf(QStringLiteral("nope")), -1);
}

void TestBundleComparison::counts()
{
    const BundleComparison::Counts n = BundleComparison::compare(oldSite(), newSite()).counts();
    QCOMPARE(n.same, 3);
    QCOMPARE(n.added, 1);
    QCOMPARE(n.removed, 1);
    QCOMPARE(n.changed, 2);
    QCOMPARE(n.binaryChanged, 1);
    QCOMPARE(n.files(), 7);
    QCOMPARE(n.linesAdded, 5);
    QCOMPARE(n.linesRemoved, 3);
}

void TestBundleComparison::identicalBundles()
{
    const BundleComparison c = BundleComparison::compare(oldSite(), oldSite());
    QCOMPARE(c.counts().same, 6);
    QCOMPARE(c.counts().files(), 6);
    for (const BundleComparison::Row &row : c.rows())
        QCOMPARE(row.change, Change::Same);
    QVERIFY(c.changedFileRows().isEmpty());
}

void TestBundleComparison::againstEmpty()
{
    const BundleComparison c = BundleComparison::compare(CodeBundle(), oldSite());
    QCOMPARE(c.counts().added, 6);
    QCOMPARE(c.rows().first().change, Change::Added);
    QCOMPARE(c.counts().linesAdded, 3 + 1 + 1 + 2 + 1);
    const BundleComparison none = BundleComparison::compare(CodeBundle(), CodeBundle());
    QVERIFY(none.rows().isEmpty());
    QCOMPARE(none.counts().files(), 0);
}

void TestBundleComparison::changedFileRows()
{
    const BundleComparison c = BundleComparison::compare(oldSite(), newSite());
    QStringList paths;
    for (const int row : c.changedFileRows())
        paths << c.rows().at(row).path;
    QCOMPARE(paths, (QStringList{QStringLiteral("assets/img/logo.png"), QStringLiteral("assets/new/here.txt"),
                                 QStringLiteral("assets/old/gone.txt"), QStringLiteral("routine/index.js")}));
}

void TestBundleComparison::countLinesIgnoringWhitespace()
{
    DiffOptions options;
    QCOMPARE(BundleComparison::countLines("a b\nc\n", "a  b\nc\n", options).added, 1);
    options.ignoreWhitespace = true;
    const BundleComparison::LineCounts ignored = BundleComparison::countLines("a b\nc\n", "a  b\nc\n", options);
    QCOMPARE(ignored.added, 0);
    QCOMPARE(ignored.removed, 0);
    QVERIFY(BundleComparison::countLines("x", QByteArray("\0", 1), options).binary);
    // No newline at the end counts as git counts it: the last line changed.
    const BundleComparison::LineCounts eol = BundleComparison::countLines("a\nb", "a\nb\n", DiffOptions());
    QCOMPARE(eol.added, 1);
    QCOMPARE(eol.removed, 1);
}

void TestBundleComparison::sameAsGitNumstat_data()
{
    QTest::addColumn<DiffOptions::Algorithm>("algorithm");
    QTest::newRow("patience") << DiffOptions::Algorithm::Patience;
    QTest::newRow("myers") << DiffOptions::Algorithm::Myers;
    QTest::newRow("minimal") << DiffOptions::Algorithm::Minimal;
}

void TestBundleComparison::sameAsGitNumstat()
{
    QFETCH(DiffOptions::Algorithm, algorithm);
    BundleGenerator::Shape shape;
    shape.files = 150;
    shape.totalBytes = 600 * 1024;
    shape.changed = 40;
    const auto [oldBundle, newBundle] = BundleGenerator::pair(shape);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("old")) && QDir(dir.path()).mkdir(QStringLiteral("new")));
    QVERIFY(BundleExtract::extract(oldBundle, dir.filePath(QStringLiteral("old"))).ok());
    QVERIFY(BundleExtract::extract(newBundle, dir.filePath(QStringLiteral("new"))).ok());
    const QHash<QString, std::pair<int, int>> git = gitNumstat(dir.path(), gitAlgorithmArguments(algorithm));

    DiffOptions options;
    options.algorithm = algorithm;
    const BundleComparison c = BundleComparison::compare(oldBundle, newBundle, options);
    QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
    int differing = 0;
    for (const BundleComparison::Row &row : c.rows()) {
        if (row.isFolder || row.change == Change::Same) {
            QVERIFY2(row.isFolder || !git.contains(row.path), qPrintable(row.path));
            continue;
        }
        ++differing;
        QVERIFY2(git.contains(row.path), qPrintable(row.path));
        const std::pair<int, int> expected = git.value(row.path);
        const std::pair<int, int> ours = row.binary ? std::pair(-1, -1) : std::pair(row.linesAdded, row.linesRemoved);
        QVERIFY2(ours == expected, qPrintable(QStringLiteral("%1: ours +%2 -%3, git +%4 -%5").arg(row.path)
                                                      .arg(ours.first).arg(ours.second).arg(expected.first).arg(expected.second)));
    }
    QCOMPARE(differing, int(git.size()));
    QVERIFY(c.counts().changed >= 30);
    QCOMPARE(c.counts().added, 10);
    QCOMPARE(c.counts().removed, 10);
}

QTEST_GUILESS_MAIN(TestBundleComparison)
#include "tst_bundlecomparison.moc"
