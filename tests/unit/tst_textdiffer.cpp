// TextDiffer against git itself: for a corpus of text pairs (neighbouring demo versions of the
// edge-gateway routine and hand-made edge cases) our unified patch must be byte for byte what
// `git diff --no-index --patience` prints, hunk headers included; the rows must align every line
// of both texts; intra-line ranges, binary input, change navigation and speed are pinned down too.
// git must be installed: a missing git fails the test, it is never skipped.
#include "tests/support/GitDiffArguments.h"
#include "app/diff/TextDiff.h"
#include "app/diff/TextDiffer.h"
#include "app/emulator/demo/DemoCode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(DiffOptions::Algorithm)

namespace {

struct TextPair
{
    QByteArray name;
    QByteArray oldText;
    QByteArray newText;
};

// A function line longer than 80 bytes whose bytes 79-80 are spaces: git cuts at 80 and then
// trims them, libgit2 trims the (space-free) end first and keeps them.
QByteArray longFunctionLineWithSpaces()
{
    QByteArray line = "function handleTheRequestWithAVeryLongNameThatKeepsGoingAndGoingOnAndOn(re";
    line += QByteArray(78 - line.size(), 'x');
    line += "  , env) { // trailing part after byte eighty";
    return line;
}

// A function line whose 80th byte falls inside a three-byte Chinese character.
QByteArray functionLineCutInsideCharacter()
{
    QByteArray line = "const greeting = \""; // 18 bytes, then 3-byte characters: byte 80 cuts the 21st
    for (int i = 0; i < 24; ++i)
        line += "欢";
    line += "\";";
    return line;
}

// Segments headed by candidate function lines, each with a change far enough from its neighbours
// to get a hunk of its own, so every hunk header shows which line git picks.
QByteArray functionContextText(bool changed)
{
    const QByteArray heads[] = {
        "$handler = function () {",
        "_private_helper(x)",
        "123 starts with a digit, so the previous function line still counts",
        "  indented(); // neither does an indented line",
        longFunctionLineWithSpaces(),
        functionLineCutInsideCharacter(),
        "function withFormFeed() {\f",  // git trims only space, tab, CR and LF
        "function withTrailingBlanks() {  \t ",
        "",
    };
    QByteArray t;
    int step = 0;
    for (const QByteArray &head : heads) {
        t += head + '\n';
        for (int i = 0; i < 8; ++i)
            t += "  step" + QByteArray::number(++step) + "();\n";
        t += changed ? "  changed" + QByteArray::number(step) + "();\n" : "  original" + QByteArray::number(step) + "();\n";
        for (int i = 0; i < 8; ++i)
            t += "  step" + QByteArray::number(++step) + "();\n";
    }
    return t;
}

QByteArray numberedLines(int count, const QByteArray &prefix = "line ")
{
    QByteArray t;
    for (int i = 1; i <= count; ++i)
        t += prefix + QByteArray::number(i) + '\n';
    return t;
}

QByteArray toCrlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

const QByteArray WhitespaceOld = R"js(export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/health") {
      return new Response("ok");
    }
	return fetch(request);
  },
};
)js";

const QByteArray WhitespaceNew = R"js(export default {
    async fetch(request,  env) {
        const url = new URL(request.url);   
        if (url.pathname === "/health") {
            return new Response("ok");
        }
        return fetch(request);
    },
};
)js";

const QByteArray WhitespaceAndCodeNew = R"js(export default {
    async fetch(request,  env) {
        const url = new URL(request.url);
        if (url.pathname === "/healthz") {
            return new Response("ok");
        }
        return fetch(request);
    },
};
)js";

const QByteArray MovedOld = R"js(function alpha() {
  return 1;
}

function beta(x) {
  const y = x * 2;
  const z = y + 1;
  return z;
}

function gamma() {
  return 3;
}

function delta() {
  return 4;
}
)js";

const QByteArray MovedNew = R"js(function alpha() {
  return 1;
}

function gamma() {
  return 3;
}

function delta() {
  return 4;
}

function beta(x) {
  const y = x * 2;
  const z = y + 1;
  return z;
}
)js";

const QByteArray HeuristicOld = R"js(function a() {
  return 1;
}

function c() {
  return 3;
}
)js";

const QByteArray HeuristicNew = R"js(function a() {
  return 1;
}

function b() {
  return 2;
}

function c() {
  return 3;
}
)js";

const QByteArray ChineseOld = R"js(// 边缘网关：为 shop.example.com 转发请求
const messages = {
  welcome: "欢迎光临",
  maintenance: "系统维护中，请稍后再试",
  notFound: "页面不存在",
};
// 记录访问日志
function log(message) {
  console.log("日志：" + message);
}
)js";

const QByteArray ChineseNew = R"js(// 边缘网关：为 shop.example.com 和 m.example.com 转发请求
const messages = {
  welcome: "欢迎回来",
  maintenance: "系统维护中，请稍后再试",
  notFound: "您访问的页面不存在",
  forbidden: "禁止访问",
};
// 记录访问日志
function log(message) {
  console.info("日志：" + message);
}
)js";

QList<TextPair> corpus()
{
    QList<TextPair> pairs;
    for (int n = 1; n < DemoCode::EdgeVersionCount; ++n)
        pairs.append({"edge v" + QByteArray::number(n) + "->v" + QByteArray::number(n + 1),
                      DemoCode::edgeRoutineVersion(n), DemoCode::edgeRoutineVersion(n + 1)});
    const std::pair<int, int> distant[] = {{1, 40}, {40, 1}, {5, 25}, {12, 31}};
    for (const auto &[a, b] : distant)
        pairs.append({"edge v" + QByteArray::number(a) + "->v" + QByteArray::number(b),
                      DemoCode::edgeRoutineVersion(a), DemoCode::edgeRoutineVersion(b)});

    const QByteArray tenLines = numberedLines(10);
    QByteArray firstAndLast = tenLines;
    firstAndLast.replace("line 1\n", "LINE ONE\n").replace("line 10\n", "line ten\n");
    QByteArray mergedHunks = numberedLines(30); // changes 6 lines apart share a hunk, 7 apart do not
    mergedHunks.replace("line 5\n", "line five\n").replace("line 12\n", "line twelve\n").replace("line 20\n", "line twenty\n");
    QByteArray repeated = "{\n}\n\n{\n}\n\n{\n}\n\n{\n}\n";
    QByteArray repeatedNew = "{\n}\n\n{\n  x\n}\n\n\n{\n}\n{\n}\n";

    pairs += {
        {"empty vs text", "", "one\ntwo\nthree\n"},
        {"text vs empty", "one\ntwo\n", ""},
        {"empty vs empty", "", ""},
        {"empty vs text without newline", "", "lonely"},
        {"text without newline vs empty", "lonely", ""},
        {"old without final newline", "a\nb\nc", "a\nb\nc\nd\n"},
        {"new without final newline", "a\nb\nc\n", "a\nB\nc"},
        {"both without final newline", "alpha\nbeta\ngamma", "alpha\nbeta\ndelta"},
        {"only the final newline differs", "x\ny\nz", "x\ny\nz\n"},
        {"final newline removed", "x\ny\nz\n", "x\ny\nz"},
        {"CRLF change", toCrlf("line one\nline two\nline three\n"), toCrlf("line one\nline 2\nline three\n")},
        {"CRLF vs LF", toCrlf(MovedOld), MovedOld},
        {"CRLF without final newline", "a\r\nb\r\nc", "a\r\nB\r\nc"},
        {"whitespace only", WhitespaceOld, WhitespaceNew},
        {"whitespace and code", WhitespaceOld, WhitespaceAndCodeNew},
        {"whitespace inserted", "x = a+b;\ny = c;\n", "x = a + b;\ny = c;\n"},
        {"trailing whitespace, no final newline", "a\nb  ", "a\nb"},
        {"moved block", MovedOld, MovedNew},
        {"first and last line", tenLines, firstAndLast},
        {"hunks merge or not", numberedLines(30), mergedHunks},
        {"identical", MovedOld, MovedOld},
        {"chinese", ChineseOld, ChineseNew},
        {"function context rules", functionContextText(false), functionContextText(true)},
        {"indent heuristic", HeuristicOld, HeuristicNew},
        {"all lines changed", numberedLines(8, "old "), numberedLines(5, "new ")},
        {"repeated lines", repeated, repeatedNew},
        {"insert at top", tenLines, "new first\n" + tenLines},
        {"delete at end", tenLines, numberedLines(7)},
    };
    return pairs;
}

QList<QString> splitLines(const QByteArray &text)
{
    QList<QString> lines;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        lines.append(QString::fromUtf8(text.mid(pos, nl - pos)));
        pos = nl + 1;
    }
    return lines;
}

// git's output from the first hunk on (the header lines before it legitimately differ).
QByteArray fromFirstHunk(const QByteArray &patch)
{
    if (patch.startsWith("@@"))
        return patch;
    const qsizetype at = patch.indexOf("\n@@");
    return at < 0 ? QByteArray() : patch.mid(at + 1);
}

std::pair<int, int> countPatchLines(const QByteArray &fromHunks)
{
    int added = 0, removed = 0;
    for (const QByteArray &line : fromHunks.split('\n')) {
        if (line.startsWith('+'))
            ++added;
        else if (line.startsWith('-'))
            ++removed;
    }
    return {added, removed};
}

QString rangesText(const QList<CharRange> &ranges)
{
    QStringList parts;
    for (const CharRange &r : ranges)
        parts.append(QString::number(r.start) + QLatin1Char(':') + QString::number(r.length));
    return parts.join(QLatin1Char(' '));
}

// 20,000 lines of plausible code in 40-line functions, and a copy with 200 scattered edits
// (changed, inserted and deleted lines).
std::pair<QByteArray, QByteArray> largePair()
{
    QByteArray oldText, newText;
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        if (i % 40 == 0)
            line = "function handler" + QByteArray::number(i / 40) + "(request, env) {\n";
        else if (i % 40 == 39)
            line = "}\n";
        else
            line = "  const v" + QByteArray::number(i) + " = compute(" + QByteArray::number(i * 7 % 1000) + ", \"field_"
                + QByteArray::number(i % 97) + "\");\n";
        oldText += line;
        if (i % 100 == 50) {
            switch ((i / 100) % 4) {
            case 0: // changed
                newText += "  const v" + QByteArray::number(i) + " = compute(" + QByteArray::number(i + 1) + ", \"renamed\");\n";
                break;
            case 1: // deleted
                break;
            case 2: // inserted after
                newText += line;
                newText += "  log(\"inserted " + QByteArray::number(i) + "\");\n";
                break;
            default: // two changed lines
                newText += "  // replaced " + QByteArray::number(i) + "\n  const w = 1;\n";
                break;
            }
        } else {
            newText += line;
        }
    }
    return {oldText, newText};
}

} // namespace

class TestTextDiffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchesGit_data();
    void matchesGit();
    void otherAlgorithmsMatchGit_data();
    void otherAlgorithmsMatchGit();
    void otherContextSizesMatchGit_data();
    void otherContextSizesMatchGit();
    void histogramAgreement();
    void alignment_data();
    void alignment();
    void intraLine_data();
    void intraLine();
    void binaryInput();
    void identicalInput();
    void whitespaceOnlyWithIgnoreWhitespace();
    void changeStarts_data();
    void changeStarts();
    void largeInputIsFast();

private:
    // git's unified diff of the two texts, written as files a and b; nullopt and `error` when git failed.
    std::optional<QByteArray> gitDiff(const QByteArray &oldText, const QByteArray &newText, const QStringList &options, QString *error);
    QByteArray ourPatch(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options) const;
    void addCorpusRows();

    QTemporaryDir m_dir;
};

void TestTextDiffer::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QString error;
    const std::optional<QByteArray> out = gitDiff("a\n", "b\n", {QStringLiteral("--patience")}, &error);
    QVERIFY2(out.has_value(), qPrintable(error));
}

std::optional<QByteArray> TestTextDiffer::gitDiff(const QByteArray &oldText, const QByteArray &newText, const QStringList &options, QString *error)
{
    const auto write = [this, error](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        return true;
    };
    if (!write(QStringLiteral("a"), oldText) || !write(QStringLiteral("b"), newText))
        return std::nullopt;

    QProcess git;
    git.setWorkingDirectory(m_dir.path());
    // The user's and the system's git configuration must not change the output.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    git.setProcessEnvironment(env);
    QStringList args = {QStringLiteral("-c"), QStringLiteral("core.quotepath=off"),
                        QStringLiteral("-c"), QStringLiteral("diff.noprefix=false"),
                        QStringLiteral("-c"), QStringLiteral("color.ui=never"),
                        QStringLiteral("-c"), QStringLiteral("diff.indentHeuristic=true"),
                        QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("-U3")};
    args += options;
    args += {QStringLiteral("a"), QStringLiteral("b")};
    git.start(QStringLiteral("git"), args);
    if (!git.waitForStarted(30000)) {
        *error = QStringLiteral("git could not be started (%1); these tests compare with git and need it on PATH")
                     .arg(git.errorString());
        return std::nullopt;
    }
    if (!git.waitForFinished(60000) || git.exitStatus() != QProcess::NormalExit || (git.exitCode() != 0 && git.exitCode() != 1)) {
        *error = QStringLiteral("git diff failed (exit %1): %2").arg(git.exitCode()).arg(QString::fromLocal8Bit(git.readAllStandardError()));
        return std::nullopt;
    }
    return git.readAllStandardOutput();
}

QByteArray TestTextDiffer::ourPatch(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options) const
{
    return TextDiffer::diff(oldText, newText, options).unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).toUtf8();
}

void TestTextDiffer::addCorpusRows()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<bool>("ignoreWhitespace");
    for (const TextPair &pair : corpus()) {
        QTest::addRow("%s", pair.name.constData()) << pair.oldText << pair.newText << false;
        QTest::addRow("%s (-b)", pair.name.constData()) << pair.oldText << pair.newText << true;
    }
}

void TestTextDiffer::matchesGit_data()
{
    addCorpusRows();
}

void TestTextDiffer::matchesGit()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(bool, ignoreWhitespace);

    QStringList gitOptions = {QStringLiteral("--patience")};
    if (ignoreWhitespace)
        gitOptions += QStringLiteral("-b");
    QString error;
    const std::optional<QByteArray> git = gitDiff(oldText, newText, gitOptions, &error);
    QVERIFY2(git.has_value(), qPrintable(error));

    DiffOptions options;
    options.ignoreWhitespace = ignoreWhitespace;
    const QByteArray ours = ourPatch(oldText, newText, options);
    QCOMPARE(fromFirstHunk(ours), fromFirstHunk(*git));
    // Our own header lines are the simple form of git's.
    if (!ours.isEmpty())
        QVERIFY(ours.startsWith("diff --git a/a b/b\n--- a/a\n+++ b/b\n@@"));
    QCOMPARE(ours.isEmpty(), git->isEmpty());
}

void TestTextDiffer::otherAlgorithmsMatchGit_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<DiffOptions::Algorithm>("algorithm");
    for (const TextPair &pair : corpus()) {
        QTest::addRow("%s (myers)", pair.name.constData()) << pair.oldText << pair.newText << DiffOptions::Algorithm::Myers;
        QTest::addRow("%s (minimal)", pair.name.constData()) << pair.oldText << pair.newText << DiffOptions::Algorithm::Minimal;
    }
}

void TestTextDiffer::otherAlgorithmsMatchGit()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(DiffOptions::Algorithm, algorithm);

    QString error;
    const std::optional<QByteArray> git = gitDiff(oldText, newText, gitAlgorithmArguments(algorithm), &error);
    QVERIFY2(git.has_value(), qPrintable(error));
    DiffOptions options;
    options.algorithm = algorithm;
    QCOMPARE(fromFirstHunk(ourPatch(oldText, newText, options)), fromFirstHunk(*git));
}

void TestTextDiffer::otherContextSizesMatchGit_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<int>("context");
    for (const TextPair &pair : corpus()) {
        for (const int context : {0, 1, 10})
            QTest::addRow("%s (-U%d)", pair.name.constData(), context) << pair.oldText << pair.newText << context;
    }
}

void TestTextDiffer::otherContextSizesMatchGit()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(int, context);

    QString error;
    const std::optional<QByteArray> git = gitDiff(oldText, newText, {QStringLiteral("--patience"), QStringLiteral("-U%1").arg(context)}, &error);
    QVERIFY2(git.has_value(), qPrintable(error));
    DiffOptions options;
    options.contextLines = context;
    QCOMPARE(fromFirstHunk(ourPatch(oldText, newText, options)), fromFirstHunk(*git));
}

// Informational: libgit2 has no histogram algorithm, so how often would git's histogram give the
// same patch as our patience?
void TestTextDiffer::histogramAgreement()
{
    int agree = 0, total = 0;
    QStringList differing;
    for (const TextPair &pair : corpus()) {
        for (const bool ignoreWhitespace : {false, true}) {
            QStringList gitOptions = {QStringLiteral("--histogram")};
            if (ignoreWhitespace)
                gitOptions += QStringLiteral("-b");
            QString error;
            const std::optional<QByteArray> git = gitDiff(pair.oldText, pair.newText, gitOptions, &error);
            QVERIFY2(git.has_value(), qPrintable(error));
            DiffOptions options;
            options.ignoreWhitespace = ignoreWhitespace;
            ++total;
            if (fromFirstHunk(ourPatch(pair.oldText, pair.newText, options)) == fromFirstHunk(*git))
                ++agree;
            else
                differing.append(QString::fromUtf8(pair.name) + (ignoreWhitespace ? QStringLiteral(" (-b)") : QString()));
        }
    }
    qInfo("git --histogram agrees with our patience patch for %d of %d pairs", agree, total);
    if (!differing.isEmpty())
        qInfo("differing: %s", qPrintable(differing.join(QStringLiteral(", "))));
}

void TestTextDiffer::alignment_data()
{
    addCorpusRows();
    const auto [oldText, newText] = largePair();
    QTest::newRow("20000 lines") << oldText << newText << false;
}

void TestTextDiffer::alignment()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(bool, ignoreWhitespace);

    DiffOptions options;
    options.ignoreWhitespace = ignoreWhitespace;
    const TextDiff diff = TextDiffer::diff(oldText, newText, options);
    QVERIFY(diff.error.isEmpty());
    QVERIFY(!diff.binary);
    QCOMPARE(diff.oldSize, oldText.size());
    QCOMPARE(diff.newSize, newText.size());
    QCOMPARE(diff.oldEndsWithoutNewline, !oldText.isEmpty() && !oldText.endsWith('\n'));
    QCOMPARE(diff.newEndsWithoutNewline, !newText.isEmpty() && !newText.endsWith('\n'));

    // Every line of each side exactly once, in order, with its own number and text.
    const QList<QString> oldLines = splitLines(oldText);
    const QList<QString> newLines = splitLines(newText);
    int nextOld = 1, nextNew = 1;
    for (int i = 0; i < diff.rows.size(); ++i) {
        const DiffRow &row = diff.rows.at(i);
        if (!row.left.isFiller()) {
            QCOMPARE(row.left.lineNumber, nextOld);
            QCOMPARE(row.left.text, oldLines.at(nextOld - 1));
            ++nextOld;
        }
        if (!row.right.isFiller()) {
            QCOMPARE(row.right.lineNumber, nextNew);
            QCOMPARE(row.right.text, newLines.at(nextNew - 1));
            ++nextNew;
        }
        switch (row.kind) {
        case DiffRow::Kind::Context:
            QVERIFY(!row.left.isFiller() && !row.right.isFiller());
            if (!ignoreWhitespace)
                QCOMPARE(row.left.text, row.right.text);
            QVERIFY(row.left.changes.isEmpty() && row.right.changes.isEmpty());
            break;
        case DiffRow::Kind::Changed:
            QVERIFY(!row.left.isFiller() && !row.right.isFiller());
            for (const DiffSide *side : {&row.left, &row.right})
                for (const CharRange &r : side->changes)
                    QVERIFY(r.start >= 0 && r.length > 0 && r.start + r.length <= side->text.size());
            break;
        case DiffRow::Kind::Removed:
            QVERIFY(!row.left.isFiller() && row.right.isFiller());
            break;
        case DiffRow::Kind::Added:
            QVERIFY(row.left.isFiller() && !row.right.isFiller());
            break;
        }
        if (row.kind != DiffRow::Kind::Context)
            QVERIFY2(row.hunk >= 0, "a changed row outside every hunk");
    }
    QCOMPARE(nextOld - 1, oldLines.size());
    QCOMPARE(nextNew - 1, newLines.size());

    // Hunks: in order, disjoint, their rows tagged with their index and holding their line counts.
    int expectedHunk = -1;
    int hunkEnd = 0;
    for (int h = 0; h < diff.hunks.size(); ++h) {
        const DiffHunk &hunk = diff.hunks.at(h);
        QVERIFY(hunk.firstRow >= hunkEnd);
        QVERIFY(hunk.rowCount > 0);
        QVERIFY(hunk.firstRow + hunk.rowCount <= diff.rows.size());
        QVERIFY(hunk.header.startsWith(QLatin1String("@@ -")));
        int oldCount = 0, newCount = 0;
        for (int i = hunkEnd; i < hunk.firstRow + hunk.rowCount; ++i) {
            expectedHunk = i >= hunk.firstRow ? h : -1;
            QCOMPARE(diff.rows.at(i).hunk, expectedHunk);
            if (expectedHunk == h) {
                oldCount += diff.rows.at(i).left.isFiller() ? 0 : 1;
                newCount += diff.rows.at(i).right.isFiller() ? 0 : 1;
            }
        }
        QCOMPARE(oldCount, hunk.oldCount);
        QCOMPARE(newCount, hunk.newCount);
        hunkEnd = hunk.firstRow + hunk.rowCount;
    }
    for (int i = hunkEnd; i < diff.rows.size(); ++i)
        QCOMPARE(diff.rows.at(i).hunk, -1);

    // Counts agree with the patch.
    const auto [added, removed] = countPatchLines(fromFirstHunk(diff.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).toUtf8()));
    QCOMPARE(diff.added, added);
    QCOMPARE(diff.removed, removed);
    QCOMPARE(diff.identical, oldText == newText);
    if (diff.identical)
        QVERIFY(diff.hunks.isEmpty());
}

void TestTextDiffer::intraLine_data()
{
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");
    QTest::addColumn<bool>("ignoreWhitespace");
    QTest::addColumn<QString>("oldRanges"); // "start:length ..."
    QTest::addColumn<QString>("newRanges");

    QTest::newRow("changed word") << QStringLiteral("const answer = compute(value);") << QStringLiteral("const answer = evaluate(value);")
                                  << false << QStringLiteral("15:7") << QStringLiteral("15:8");
    QTest::newRow("changed number") << QStringLiteral("  timeout: 3000,") << QStringLiteral("  timeout: 5000,")
                                    << false << QStringLiteral("11:4") << QStringLiteral("11:4");
    QTest::newRow("two changed numbers") << QStringLiteral("let a = 1, b = 2;") << QStringLiteral("let a = 7, b = 9;")
                                         << false << QStringLiteral("8:1 15:1") << QStringLiteral("8:1 15:1");
    QTest::newRow("insertion at start") << QStringLiteral("foo(bar);") << QStringLiteral("await foo(bar);")
                                        << false << QString() << QStringLiteral("0:6");
    QTest::newRow("insertion at end") << QStringLiteral("return x") << QStringLiteral("return x;")
                                      << false << QString() << QStringLiteral("8:1");
    QTest::newRow("deletion in the middle") << QStringLiteral("a(b, c, d)") << QStringLiteral("a(b, d)")
                                            << false << QStringLiteral("5:3") << QString(); // "c, ": xdiff slides a change as far down as it can
    QTest::newRow("punctuation") << QStringLiteral("a.b") << QStringLiteral("a->b")
                                 << false << QStringLiteral("1:1") << QStringLiteral("1:2");
    QTest::newRow("whitespace amount") << QStringLiteral("if (x)") << QStringLiteral("if  (x)")
                                       << false << QStringLiteral("2:1") << QStringLiteral("2:2");
    QTest::newRow("whitespace amount, ignored") << QStringLiteral("if (x)") << QStringLiteral("if  (x)")
                                                << true << QString() << QString();
    QTest::newRow("trailing whitespace") << QStringLiteral("x = 1;  ") << QStringLiteral("x = 1;")
                                         << false << QStringLiteral("6:2") << QString();
    QTest::newRow("trailing whitespace, ignored") << QStringLiteral("x = 1;  ") << QStringLiteral("x = 1;")
                                                  << true << QString() << QString();
    QTest::newRow("whitespace inserted, not ignored") << QStringLiteral("a+b") << QStringLiteral("a + b")
                                                      << true << QString() << QStringLiteral("1:1 3:1");
    QTest::newRow("CJK") << QStringLiteral("// 你好世界") << QStringLiteral("// 你好中国")
                         << false << QStringLiteral("5:2") << QStringLiteral("5:2");
    QTest::newRow("CJK in a string") << QStringLiteral("title: '欢迎光临'") << QStringLiteral("title: '欢迎回来'")
                                     << false << QStringLiteral("10:2") << QStringLiteral("10:2");
    QTest::newRow("surrogate pair") << QStringLiteral("ok 😀!") << QStringLiteral("ok 😃!")
                                    << false << QStringLiteral("3:2") << QStringLiteral("3:2");
    QTest::newRow("whole line") << QStringLiteral("abc") << QStringLiteral("xyz")
                                << false << QStringLiteral("0:3") << QStringLiteral("0:3");
    QTest::newRow("empty vs text") << QString() << QStringLiteral("x y")
                                   << false << QString() << QStringLiteral("0:3");
    QTest::newRow("identical") << QStringLiteral("same") << QStringLiteral("same")
                               << false << QString() << QString();
}

void TestTextDiffer::intraLine()
{
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QFETCH(bool, ignoreWhitespace);
    QFETCH(QString, oldRanges);
    QFETCH(QString, newRanges);

    DiffOptions options;
    options.ignoreWhitespace = ignoreWhitespace;
    const auto [left, right] = TextDiffer::intraLine(oldLine, newLine, options);
    QCOMPARE(rangesText(left), oldRanges);
    QCOMPARE(rangesText(right), newRanges);

    // The same ranges reach a Changed row.
    if (oldLine != newLine && !ignoreWhitespace) {
        const TextDiff diff = TextDiffer::diff(oldLine.toUtf8() + '\n', newLine.toUtf8() + '\n', options);
        QCOMPARE(diff.rows.size(), 1);
        QCOMPARE(diff.rows.at(0).kind, DiffRow::Kind::Changed);
        QCOMPARE(rangesText(diff.rows.at(0).left.changes), oldRanges);
        QCOMPARE(rangesText(diff.rows.at(0).right.changes), newRanges);
    }
}

void TestTextDiffer::binaryInput()
{
    const QByteArray wasm = DemoCode::wasmModule();
    const TextDiff diff = TextDiffer::diff(wasm, wasm + "\x01", {});
    QVERIFY(diff.binary);
    QVERIFY(!diff.identical);
    QVERIFY(diff.rows.isEmpty());
    QVERIFY(diff.hunks.isEmpty());
    QCOMPARE(diff.oldSize, wasm.size());
    QCOMPARE(diff.newSize, wasm.size() + 1);

    // git says the same about such files.
    QString error;
    const std::optional<QByteArray> git = gitDiff(wasm, wasm + "\x01", {QStringLiteral("--patience")}, &error);
    QVERIFY2(git.has_value(), qPrintable(error));
    const QByteArray ours = diff.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).toUtf8();
    QCOMPARE(ours, QByteArray("diff --git a/a b/b\nBinary files a/a and b/b differ\n"));
    QVERIFY(git->endsWith("Binary files a/a and b/b differ\n"));

    // Only one side binary, a NUL far beyond git's 8000-byte look, and equal binary bytes.
    QVERIFY(TextDiffer::diff("text\n", QByteArray("te\0xt\n", 6)).binary);
    const QByteArray lateNul = QByteArray(20000, 'a') + '\0';
    QVERIFY(TextDiffer::diff(lateNul, "a\n").binary);
    const TextDiff same = TextDiffer::diff(wasm, wasm);
    QVERIFY(same.binary);
    QVERIFY(same.identical);
    QVERIFY(same.rows.isEmpty());
    QVERIFY(same.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).isEmpty());
}

void TestTextDiffer::identicalInput()
{
    const QByteArray code = DemoCode::edgeRoutineVersion(40);
    const TextDiff diff = TextDiffer::diff(code, code);
    QVERIFY(diff.identical);
    QVERIFY(!diff.binary);
    QVERIFY(diff.hunks.isEmpty());
    QCOMPARE(diff.added, 0);
    QCOMPARE(diff.removed, 0);
    QCOMPARE(diff.rows.size(), splitLines(code).size());
    for (const DiffRow &row : diff.rows)
        QCOMPARE(row.kind, DiffRow::Kind::Context);
    QVERIFY(diff.changeStarts().isEmpty());
    QVERIFY(diff.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).isEmpty());

    const TextDiff empty = TextDiffer::diff(QByteArray(), QByteArray());
    QVERIFY(empty.identical);
    QVERIFY(empty.rows.isEmpty());
}

// Documented: only whitespace changes with ignoreWhitespace give no hunks but are not identical;
// each side keeps its own text.
void TestTextDiffer::whitespaceOnlyWithIgnoreWhitespace()
{
    DiffOptions options;
    options.ignoreWhitespace = true;
    const TextDiff diff = TextDiffer::diff(WhitespaceOld, WhitespaceNew, options);
    QVERIFY(diff.hunks.isEmpty());
    QVERIFY(!diff.identical);
    QCOMPARE(diff.added, 0);
    QCOMPARE(diff.removed, 0);
    QVERIFY(diff.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).isEmpty());
    QCOMPARE(diff.rows.at(1).kind, DiffRow::Kind::Context);
    QCOMPARE(diff.rows.at(1).left.text, QStringLiteral("  async fetch(request, env) {"));
    QCOMPARE(diff.rows.at(1).right.text, QStringLiteral("    async fetch(request,  env) {"));

    const TextDiff strict = TextDiffer::diff(WhitespaceOld, WhitespaceNew);
    QVERIFY(!strict.hunks.isEmpty());
    QCOMPARE(strict.rows.at(1).kind, DiffRow::Kind::Changed);
}

void TestTextDiffer::changeStarts_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<QList<int>>("starts");

    QTest::newRow("none") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QList<int>{};
    QTest::newRow("two blocks") << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("a\nB\nc\nd\nE\nf\n") << QList<int>{1, 4};
    QTest::newRow("changed then added is one block") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nX\nc\n") << QList<int>{1};
    QTest::newRow("first row") << QByteArray("x\ny\n") << QByteArray("X\ny\n") << QList<int>{0};
    QTest::newRow("removed at the end") << QByteArray("a\nb\n") << QByteArray("a\n") << QList<int>{1};
    QTest::newRow("one context row apart") << QByteArray("a\nb\nc\n") << QByteArray("A\nb\nC\n") << QList<int>{0, 2};
    QTest::newRow("far apart, two hunks") << numberedLines(30)
                                          << numberedLines(30).replace("line 2\n", "two\n").replace("line 28\n", "")
                                          << QList<int>{1, 27};
}

void TestTextDiffer::changeStarts()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(QList<int>, starts);
    QCOMPARE(TextDiffer::diff(oldText, newText).changeStarts(), starts);
}

void TestTextDiffer::largeInputIsFast()
{
    const auto [oldText, newText] = largePair();
    QElapsedTimer timer;
    timer.start();
    const TextDiff diff = TextDiffer::diff(oldText, newText);
    const qint64 oursMs = timer.elapsed();
    QCOMPARE(diff.rows.size(), 20100); // 20000 old lines + 100 rows of added-only lines
    QCOMPARE(diff.hunks.size(), 200);

    QString error;
    timer.restart();
    const std::optional<QByteArray> git = gitDiff(oldText, newText, {QStringLiteral("--patience")}, &error);
    const qint64 gitMs = timer.elapsed();
    QVERIFY2(git.has_value(), qPrintable(error));
    QCOMPARE(fromFirstHunk(diff.unifiedPatch(QStringLiteral("a"), QStringLiteral("b")).toUtf8()), fromFirstHunk(*git));

    qInfo("20000 lines, 200 changes: TextDiffer::diff (rows + intra-line) %lld ms; git diff --no-index --patience %lld ms (process included)",
          oursMs, gitMs);
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(oursMs < 1000, qPrintable(QStringLiteral("took %1 ms").arg(oursMs)));
#endif
}

QTEST_GUILESS_MAIN(TestTextDiffer)
#include "tst_textdiffer.moc"
