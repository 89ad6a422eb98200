// What TextDiffer does for speed must not show: libgit2 diffs a compact stand-in for each text
// (a line's indentation and a number for its content), rows decode lines as they take them, and
// the intra-line ranges of many changed rows are computed on several threads. For inputs aimed at
// the stand-in (indentation past xdiff's 200-column cap, TAB stops, blank lines of every kind of
// whitespace, lines that differ only in their indentation, more distinct lines than three and
// four digits number) the hunks and changed lines must be what libgit2 finds in the texts
// themselves, and the patch what git prints — where git and libgit2 agree: libgit2's xdiff takes
// VT and FF for whitespace (libc's isspace), git does not, so texts with those are checked
// against libgit2 only. The rows are checked against the one-row API and QString::fromUtf8.
// git must be installed: a missing git fails the test, it is never skipped.
#include "tests/support/GitDiffArguments.h"
#include "app/diff/TextDiff.h"
#include "app/diff/TextDiffer.h"

#include <git2.h>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <optional>

Q_DECLARE_METATYPE(DiffOptions::Algorithm)

namespace {

QByteArray joined(const QList<QByteArray> &lines, bool finalNewline = true)
{
    QByteArray t = lines.join('\n');
    if (finalNewline && !lines.isEmpty())
        t += '\n';
    return t;
}

// Blocks of code around a change that can slide, each headed and followed by the given line:
// where the indent heuristic puts the change depends on how indented and how blank they are.
QByteArray slidingBlocks(const QList<QByteArray> &separators, bool changed)
{
    QList<QByteArray> lines;
    int n = 0;
    for (const QByteArray &separator : separators) {
        lines << "function f" + QByteArray::number(++n) + "() {" << separator << "  body();" << separator;
        if (changed)
            lines << "  body();" << separator;
        lines << "}" << separator << "";
    }
    return joined(lines);
}

// Code-like lines from a small vocabulary (many repeats, many kinds of indentation), and a copy
// with some lines changed, inserted and removed.
std::pair<QByteArray, QByteArray> randomPair(quint32 seed)
{
    static const char *const vocabulary[] = {
        "", " ", "\t", "\r", "  \t ", "\f", "x", "  x", "\tx", "        x", "\t  x", " \tx", "{", "}", "  }", "\t}",
        "  return 1;", "\treturn 1;", "    return 1;", "if (a) {", "  if (a) {", "else", "// note", "  // note",
        "\fform feed", "\vvertical tab", "   \r", "x\r", "$v = 1", "_f()",
    };
    QRandomGenerator random(seed);
    const auto line = [&random] {
        const int k = int(random.bounded(int(std::size(vocabulary)) + 2));
        if (k == int(std::size(vocabulary)))
            return QByteArray(int(random.bounded(260)), ' ') + (random.bounded(2) ? "deep" : "");
        if (k == int(std::size(vocabulary)) + 1)
            return QByteArray(int(random.bounded(30)), '\t') + "tab";
        return QByteArray(vocabulary[k]);
    };
    QList<QByteArray> a;
    const int count = 20 + int(random.bounded(200));
    for (int i = 0; i < count; ++i)
        a << line();
    QList<QByteArray> b = a;
    const int edits = 1 + int(random.bounded(10));
    for (int e = 0; e < edits; ++e) {
        const int at = int(random.bounded(int(b.size())));
        switch (random.bounded(3)) {
        case 0: b.insert(at, line()); break;
        case 1: b.removeAt(at); break;
        default: b[at] = line(); break;
        }
    }
    return {joined(a, random.bounded(4) != 0), joined(b, random.bounded(4) != 0)};
}

QByteArray fromFirstHunk(const QByteArray &patch)
{
    if (patch.startsWith("@@"))
        return patch;
    const qsizetype at = patch.indexOf("\n@@");
    return at < 0 ? QByteArray() : patch.mid(at + 1);
}

// What libgit2 makes of the texts themselves, with TextDiffer's options: the hunks and the
// numbers of the removed and the added lines.
struct EngineAnswer
{
    QList<std::array<int, 4>> hunks;
    QList<int> removed;
    QList<int> added;
};

std::optional<EngineAnswer> libgit2Diff(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options)
{
    git_diff_options opts;
    git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.flags = GIT_DIFF_FORCE_TEXT | GIT_DIFF_INDENT_HEURISTIC;
    if (options.algorithm == DiffOptions::Algorithm::Patience)
        opts.flags |= GIT_DIFF_PATIENCE;
    else if (options.algorithm == DiffOptions::Algorithm::Minimal)
        opts.flags |= GIT_DIFF_MINIMAL;
    if (options.ignoreWhitespace)
        opts.flags |= GIT_DIFF_IGNORE_WHITESPACE_CHANGE;
    opts.context_lines = quint32(options.contextLines);
    opts.interhunk_lines = 0;
    EngineAnswer answer;
    const auto onHunk = [](const git_diff_delta *, const git_diff_hunk *h, void *payload) {
        static_cast<EngineAnswer *>(payload)->hunks.append({h->old_start, h->old_lines, h->new_start, h->new_lines});
        return 0;
    };
    const auto onLine = [](const git_diff_delta *, const git_diff_hunk *, const git_diff_line *l, void *payload) {
        auto *a = static_cast<EngineAnswer *>(payload);
        if (l->origin == GIT_DIFF_LINE_DELETION)
            a->removed.append(l->old_lineno);
        else if (l->origin == GIT_DIFF_LINE_ADDITION)
            a->added.append(l->new_lineno);
        return 0;
    };
    const int rc = git_diff_buffers(oldText.constData(), size_t(oldText.size()), "a", newText.constData(), size_t(newText.size()),
                                    "b", &opts, nullptr, nullptr, onHunk, onLine, &answer);
    if (rc < 0)
        return std::nullopt;
    return answer;
}

EngineAnswer answerOf(const TextDiff &diff)
{
    EngineAnswer answer;
    for (const DiffHunk &h : diff.hunks)
        answer.hunks.append({h.oldStart, h.oldCount, h.newStart, h.newCount});
    for (const DiffRow &row : diff.rows) {
        if (row.kind == DiffRow::Kind::Context)
            continue;
        if (!row.left.isFiller())
            answer.removed.append(row.left.lineNumber);
        if (!row.right.isFiller())
            answer.added.append(row.right.lineNumber);
    }
    std::sort(answer.removed.begin(), answer.removed.end());
    std::sort(answer.added.begin(), answer.added.end());
    return answer;
}

} // namespace

class TestTextDifferEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesLibgit2OnTheTexts_data();
    void matchesLibgit2OnTheTexts();
    void matchesGit_data();
    void matchesGit();
    void rowsShowTheLinesAsFromUtf8_data();
    void rowsShowTheLinesAsFromUtf8();
    void manyChangedRowsGetTheRangesOfEachRow_data();
    void manyChangedRowsGetTheRangesOfEachRow();

private:
    std::optional<QByteArray> gitDiff(const QByteArray &oldText, const QByteArray &newText, const QStringList &options, QString *error);

    QTemporaryDir m_dir;
};

void TestTextDifferEngine::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    git_libgit2_init(); // for libgit2Diff(); never shut down, like TextDiffer's
    QString error;
    QVERIFY2(gitDiff("a\n", "b\n", {QStringLiteral("--patience")}, &error).has_value(), qPrintable(error));
}

std::optional<QByteArray> TestTextDifferEngine::gitDiff(const QByteArray &oldText, const QByteArray &newText,
                                                        const QStringList &options, QString *error)
{
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("a"), oldText}, std::pair{QStringLiteral("b"), newText}}) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
    }
    QProcess git;
    git.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    git.setProcessEnvironment(env);
    QStringList args = {QStringLiteral("-c"), QStringLiteral("core.quotepath=off"), QStringLiteral("-c"),
                        QStringLiteral("color.ui=never"), QStringLiteral("-c"), QStringLiteral("diff.indentHeuristic=true"),
                        QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("-U3")};
    args += options;
    args += {QStringLiteral("a"), QStringLiteral("b")};
    git.start(QStringLiteral("git"), args);
    if (!git.waitForStarted(30000)) {
        *error = QStringLiteral("git could not be started (%1); this test compares with git and needs it on PATH").arg(git.errorString());
        return std::nullopt;
    }
    if (!git.waitForFinished(120000) || git.exitStatus() != QProcess::NormalExit || (git.exitCode() != 0 && git.exitCode() != 1)) {
        *error = QStringLiteral("git diff failed (exit %1): %2").arg(git.exitCode()).arg(QString::fromLocal8Bit(git.readAllStandardError()));
        return std::nullopt;
    }
    return git.readAllStandardOutput();
}

void TestTextDifferEngine::matchesLibgit2OnTheTexts_data()
{
    matchesGit_data();
}

void TestTextDifferEngine::matchesLibgit2OnTheTexts()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    for (const DiffOptions::Algorithm algorithm : {DiffOptions::Algorithm::Patience, DiffOptions::Algorithm::Myers, DiffOptions::Algorithm::Minimal}) {
        for (const bool ignoreWhitespace : {false, true}) {
            for (const int context : {3, 0, 1}) {
                if (context != 3 && oldText.size() > 1024 * 1024)
                    continue; // the big inputs are about how many distinct lines there are
                DiffOptions options;
                options.algorithm = algorithm;
                options.ignoreWhitespace = ignoreWhitespace;
                options.contextLines = context;
                const std::optional<EngineAnswer> expected = libgit2Diff(oldText, newText, options);
                QVERIFY(expected.has_value());
                EngineAnswer libgit2 = *expected;
                std::sort(libgit2.removed.begin(), libgit2.removed.end());
                std::sort(libgit2.added.begin(), libgit2.added.end());
                const TextDiff diff = TextDiffer::diff(oldText, newText, options);
                const EngineAnswer ours = answerOf(diff);
                const QByteArray what = QByteArray::number(int(algorithm)) + (ignoreWhitespace ? " -b" : "") + " -U" + QByteArray::number(context);
                QVERIFY2(ours.hunks == libgit2.hunks, what.constData());
                QVERIFY2(ours.removed == libgit2.removed, what.constData());
                QVERIFY2(ours.added == libgit2.added, what.constData());
                QCOMPARE(diff.removed, int(libgit2.removed.size()));
                QCOMPARE(diff.added, int(libgit2.added.size()));
            }
        }
    }
}

void TestTextDifferEngine::matchesGit_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");

    const QList<QByteArray> blanks = {"", " ", "\t", "\r", "\f", "\v", "  \t ", "   \r"};
    for (const QByteArray &blank : blanks)
        QTest::addRow("blank separator %s", blank.toHex().constData()) << slidingBlocks({blank}, false) << slidingBlocks({blank}, true);
    QTest::addRow("blank separators mixed") << slidingBlocks(blanks, false) << slidingBlocks(blanks, true);

    // get_indent stops at 200 columns: a line of 250 spaces is not blank to it, one of 150 is.
    QList<QByteArray> deep;
    for (const int columns : {150, 199, 200, 201, 250, 400})
        deep << QByteArray(columns, ' ') << QByteArray(columns, ' ') + "code" << "x";
    QList<QByteArray> deeper = deep;
    deeper.insert(4, "inserted");
    deeper.removeAt(12);
    deeper[15] = QByteArray(202, ' ') + "code";
    QTest::addRow("indentation past 200 columns") << joined(deep) << joined(deeper);

    QList<QByteArray> tabs;
    for (int i = 0; i < 30; ++i)
        tabs << QByteArray(i, '\t') + "t" << "\n" << QByteArray(i % 8, ' ') + "\t" + "s" << QByteArray(i, '\t');
    QList<QByteArray> tabsChanged = tabs;
    tabsChanged[9] = "changed";
    tabsChanged.insert(50, "  added");
    tabsChanged.removeAt(80);
    QTest::addRow("TAB stops and runs of TABs") << joined(tabs) << joined(tabsChanged);

    // The same indentation (8 columns) written four ways, and the same text at other depths: all
    // different lines.
    const QList<QByteArray> sameIndent = {"\tv();", "        v();", "    \tv();", "       \tv();", "  v();", "v();", "\fv();", "\vv();"};
    QList<QByteArray> shuffled = sameIndent;
    std::reverse(shuffled.begin(), shuffled.end());
    QTest::addRow("lines that differ only in their indentation") << joined(sameIndent) << joined(shuffled);

    // One of two equal lines goes: which one is the indent heuristic's choice, made by indentation.
    QTest::addRow("indentation picks the duplicate 1") << QByteArray("a\na\n    a\n") << QByteArray("a\n    a\n");
    QTest::addRow("indentation picks the duplicate 2") << QByteArray("}\na\n    a\n    a\n\ta\n") << QByteArray("}\na\n    a\n\ta\n");
    QTest::addRow("indentation picks the duplicate 3") << QByteArray("    a\n    a\n\ta\n}\n") << QByteArray("    a\n\ta\n}\n");
    QTest::addRow("only the final newline differs") << QByteArray("a\n  b\n") << QByteArray("a\n  b");
    QTest::addRow("whitespace-only last line without newline") << QByteArray("a\n  ") << QByteArray("a\n\t");
    QTest::addRow("identical") << slidingBlocks(blanks, true) << slidingBlocks(blanks, true);
    QTest::addRow("empty vs whitespace") << QByteArray() << QByteArray("  \n\t\n");

    // More distinct lines than 3 and 4 base-64 digits number, a change every so often.
    for (const int lines : {5000, 300000}) {
        QByteArray a, b;
        for (int i = 0; i < lines; ++i) {
            const QByteArray line = (i % 3 ? "  " : "") + QByteArray::number(qint64(i) * 7919 % lines) + '\n';
            a += line;
            b += i % 997 == 5 ? "  changed " + QByteArray::number(i) + '\n' : line;
        }
        QTest::addRow("%d distinct lines", lines) << a << b;
    }

    for (quint32 seed = 1; seed <= 40; ++seed) {
        const auto [a, b] = randomPair(seed);
        QTest::addRow("random %u", seed) << a << b;
    }
}

void TestTextDifferEngine::matchesGit()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    if (oldText.contains('\v') || oldText.contains('\f') || newText.contains('\v') || newText.contains('\f'))
        return; // git and libgit2 disagree on these (see above); matchesLibgit2OnTheTexts checks them

    for (const DiffOptions::Algorithm algorithm : {DiffOptions::Algorithm::Patience, DiffOptions::Algorithm::Myers, DiffOptions::Algorithm::Minimal}) {
        for (const bool ignoreWhitespace : {false, true}) {
            QStringList gitOptions = gitAlgorithmArguments(algorithm);
            if (ignoreWhitespace)
                gitOptions << QStringLiteral("-b");
            QString error;
            const std::optional<QByteArray> git = gitDiff(oldText, newText, gitOptions, &error);
            QVERIFY2(git.has_value(), qPrintable(error));
            DiffOptions options;
            options.algorithm = algorithm;
            options.ignoreWhitespace = ignoreWhitespace;
            const TextDiff diff = TextDiffer::diff(oldText, newText, options);
            const QByteArray ours = diff.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).toUtf8();
            QVERIFY2(fromFirstHunk(ours) == fromFirstHunk(*git),
                     qPrintable(QStringLiteral("%1 %2").arg(gitOptions.join(QLatin1Char(' ')), QString::fromUtf8(fromFirstHunk(ours).left(2000)))));
            QCOMPARE(ours.isEmpty(), git->isEmpty());
        }
    }
}

void TestTextDifferEngine::rowsShowTheLinesAsFromUtf8_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    // Non-ASCII in the first and the second eight bytes of a line, after the last full eight,
    // invalid and cut-off sequences, byte order marks at the start of the text and of a line.
    const QByteArray lines = "plain ascii line\n"
                             "\xc3\xa9t\xc3\xa9\n"
                             "12345678\xc3\xa9\n"
                             "1234567890abcdef\xe4\xb8\xad\n"
                             "cut \xe4\xb8\n"
                             "\xff\xfe bad\n"
                             "\xef\xbb\xbf" "bom at line start\n"
                             "\xf0\x9f\x98\x80 emoji\n"
                             "\n"
                             "last";
    QTest::addRow("unchanged") << lines << lines;
    QTest::addRow("all changed") << lines << QByteArray(lines).replace(" ", "_");
    QTest::addRow("byte order mark first") << "\xef\xbb\xbf" + lines << QByteArray(lines).replace("ascii", "ASCII");
}

void TestTextDifferEngine::rowsShowTheLinesAsFromUtf8()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    const QList<QByteArray> oldLines = oldText.split('\n');
    const QList<QByteArray> newLines = newText.split('\n');
    const TextDiff diff = TextDiffer::diff(oldText, newText);
    QVERIFY(!diff.rows.isEmpty());
    for (const DiffRow &row : diff.rows) {
        if (!row.left.isFiller())
            QCOMPARE(row.left.text, QString::fromUtf8(oldLines.at(row.left.lineNumber - 1)));
        if (!row.right.isFiller())
            QCOMPARE(row.right.text, QString::fromUtf8(newLines.at(row.right.lineNumber - 1)));
    }
}

void TestTextDifferEngine::manyChangedRowsGetTheRangesOfEachRow_data()
{
    QTest::addColumn<int>("changedLines");
    QTest::addColumn<bool>("ignoreWhitespace");
    // Below and above the count from which the rows are shared out over threads.
    for (const int changed : {10, 63, 64, 500}) {
        QTest::addRow("%d changed", changed) << changed << false;
        QTest::addRow("%d changed (-b)", changed) << changed << true;
    }
}

void TestTextDifferEngine::manyChangedRowsGetTheRangesOfEachRow()
{
    QFETCH(int, changedLines);
    QFETCH(bool, ignoreWhitespace);
    QByteArray a, b;
    for (int i = 0; i < changedLines * 8; ++i) {
        const QByteArray line = "  const v" + QByteArray::number(i) + " = compute(" + QByteArray::number(i * 7) + ", \"k\");\n";
        a += line;
        b += i % 8 == 3 ? "  const v" + QByteArray::number(i) + " =  computeFaster(" + QByteArray::number(i * 7 + 1) + ");  \n" : line;
    }
    DiffOptions options;
    options.ignoreWhitespace = ignoreWhitespace;
    const TextDiff diff = TextDiffer::diff(a, b, options);
    int changed = 0;
    for (const DiffRow &row : diff.rows) {
        if (row.kind != DiffRow::Kind::Changed)
            continue;
        ++changed;
        const auto [left, right] = TextDiffer::intraLine(row.left.text, row.right.text, options);
        QCOMPARE(row.left.changes, left);
        QCOMPARE(row.right.changes, right);
        QVERIFY(!row.right.changes.isEmpty());
    }
    QCOMPARE(changed, changedLines);
}

QTEST_GUILESS_MAIN(TestTextDifferEngine)
#include "tst_textdifferengine.moc"
