#include "app/diff/TextDiffer.h"

#include "app/diff/LibGit2.h"

#include <git2.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QStringView>
#include <QFuture>
#include <QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <tuple>
#include <vector>

namespace {

QString lastEngineError(const LibGit2::Functions &git, int code)
{
    const git_error *e = git.error_last();
    if (e && e->message)
        return QString::fromUtf8(e->message);
    return QStringLiteral("libgit2 error %1").arg(code);
}

// One text cut into lines (without their '\n'), kept as where each starts. The rows decode a line
// to UTF-16 only when they take it, and an unchanged line once for both sides.
struct Lines
{
    explicit Lines(const QByteArray &text)
        : data(text.constData())
    {
        const char *const end = data + text.size();
        starts.reserve(text.size() / 32 + 2); // a guess: lines of code are mostly shorter
        for (const char *pos = data; pos < end;) {
            const char *nl = static_cast<const char *>(std::memchr(pos, '\n', size_t(end - pos)));
            if (!nl) {
                nl = end;
                endsWithoutNewline = true;
            }
            starts.append(pos - data);
            pos = nl + 1;
        }
        starts.append(text.size() + (endsWithoutNewline ? 1 : 0)); // where a next line would start
    }
    int count() const { return int(starts.size() - 1); }
    // Line `index` (0-based), without its '\n'.
    QByteArrayView at(int index) const
    {
        return QByteArrayView(data + starts.at(index), starts.at(index + 1) - starts.at(index) - 1);
    }

    // Line `index` as UTF-16, as QString::fromUtf8 makes it; ASCII (most code) is widened as
    // Latin-1, which is the same for it and cheaper.
    QString text(int index) const
    {
        const QByteArrayView line = at(index);
        const char *p = line.data();
        const char *const end = p + line.size();
        quint64 high = 0;
        for (; end - p >= 8; p += 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            high |= w;
        }
        for (; p < end; ++p)
            high |= quint8(*p);
        return (high & 0x8080808080808080ULL) ? QString::fromUtf8(line) : QString::fromLatin1(line);
    }

    const char *data;
    QList<qsizetype> starts; // one more than there are lines
    bool endsWithoutNewline = false;
};

// `n` in base 36 (digits, lower-case letters: never whitespace, never a newline), as
// QByteArray::number(n, 36) writes it; 7 digits at most. Returns the end.
char *writeBase36(char *p, quint32 n)
{
    char digits[8];
    int len = 0;
    do {
        const quint32 d = n % 36;
        digits[len++] = char(d < 10 ? '0' + d : 'a' + (d - 10));
        n /= 36;
    } while (n);
    while (len)
        *p++ = digits[--len];
    return p;
}

// What the engine diffs instead of the texts themselves: every line stands for itself by a short
// number (equal lines, equal numbers) after its indentation as xdiff's indent heuristic measures
// it, so every decision xdiff makes comes out the same, hunks and line numbers included, while
// libgit2 hashes far fewer bytes (it takes the SHA-1 of both buffers for an id we never use, and
// hashes every line). xdiff only compares lines for equality, and the indent heuristic looks at a
// line's indentation and whether it is blank; nothing else of a line's content matters to it.
// Not used with ignoreWhitespace (equality is xdiff's own whitespace-folding comparison there).
class EngineInput
{
public:
    // Above this the texts go to libgit2 as they are, so its size limits apply to them unchanged.
    static constexpr qsizetype MaxTextSize = 256 * 1024 * 1024;

    EngineInput(const Lines &oldLines, const Lines &newLines)
        : m_old(oldLines)
        , m_new(newLines)
    {
        // xdiff asks isspace() (in the process's locale) for every byte it looks at.
        for (int c = 0; c < 256; ++c)
            m_space[c] = std::isspace(c) != 0;
        const qsizetype lines = qsizetype(oldLines.count()) + newLines.count();
        qsizetype tableSize = 16;
        while (tableSize < 2 * lines)
            tableSize *= 2;
        m_slots.assign(size_t(tableSize), 0);
        m_mask = quint64(tableSize - 1);
        m_seed = quint64(QHashSeed::globalSeed()) * 0x9e3779b97f4a7c15ULL;
        oldBuffer = encode(oldLines, 0);
        newBuffer = encode(newLines, quint32(oldLines.count()));
    }

    QByteArray oldBuffer;
    QByteArray newBuffer;

private:
    // xdiff's get_indent (xdiffi.c): columns of leading whitespace, a TAB to the next multiple of
    // 8, whitespace other than space and TAB counting nothing, capped at 200; -1 for a line of
    // whitespace only.
    int indentOf(QByteArrayView line) const
    {
        constexpr int MaxIndent = 200;
        int indent = 0;
        for (const char c : line) {
            if (!m_space[static_cast<unsigned char>(c)])
                return indent;
            if (c == ' ')
                indent += 1;
            else if (c == '\t')
                indent += 8 - indent % 8;
            if (indent >= MaxIndent)
                return MaxIndent;
        }
        return -1;
    }

    // Eight bytes at a time; equal lines are told apart by comparing them, the hash only spreads
    // them over the table (xdiff's own line hash is not seeded either).
    quint64 hashOf(QByteArrayView line) const
    {
        const char *p = line.data();
        const qsizetype n = line.size();
        quint64 h = m_seed ^ quint64(n);
        auto mix = [&h](quint64 w) {
            h = (h ^ w) * 0xff51afd7ed558ccdULL;
            h ^= h >> 32;
        };
        quint64 w = 0;
        if (n >= 8) {
            const char *const last = p + n - 8;
            for (; p < last; p += 8) {
                std::memcpy(&w, p, 8);
                mix(w);
            }
            std::memcpy(&w, last, 8); // the last eight bytes, overlapping what came before
            mix(w);
        } else {
            for (qsizetype i = 0; i < n; ++i)
                w = (w << 8) | quint8(p[i]);
            mix(w);
        }
        return h ^ (h >> 29);
    }

    // Line `index` of both texts counted as one: the old lines, then the new ones.
    QByteArrayView lineAt(quint32 index) const
    {
        const quint32 oldCount = quint32(m_old.count());
        return index < oldCount ? m_old.at(int(index)) : m_new.at(int(index - oldCount));
    }

    // The number that stands for `line` (line `index` of both texts): the same for equal lines,
    // numbered as first seen.
    quint32 idOf(QByteArrayView line, quint32 index)
    {
        // A slot holds id + 1 (0: empty); linear probing. Each id keeps a half of its hash, to
        // compare lines only when that matches.
        const quint64 h = hashOf(line);
        const quint32 tag = quint32(h >> 32);
        for (quint64 i = h & m_mask;; i = (i + 1) & m_mask) {
            const quint32 slot = m_slots[i];
            if (slot == 0) {
                const quint32 id = quint32(m_seen.size());
                m_seen.append(Seen{tag, index});
                m_slots[i] = id + 1;
                return id;
            }
            const Seen &seen = m_seen.at(slot - 1);
            if (seen.tag == tag && lineAt(seen.line) == line)
                return slot - 1;
        }
    }

    // `first`: the index of the first of `lines` in lineAt()'s count.
    QByteArray encode(const Lines &lines, quint32 first)
    {
        // A line's stand-in, newline included, is never longer than the line plus 6: its
        // indentation in TABs and spaces is at most as long as its leading whitespace, and the
        // number has 6 digits at most.
        qsizetype bound = 0;
        for (int i = 0; i < lines.count(); ++i)
            bound += lines.at(i).size() + 6;
        QByteArray out(bound, Qt::Uninitialized);
        char *const start = out.data();
        char *p = start;
        for (int i = 0; i < lines.count(); ++i) {
            const QByteArrayView line = lines.at(i);
            const int indent = indentOf(line);
            if (indent < 0) {
                // Whitespace only: kept as it is (a line of whitespace only is blank to xdiff).
                std::memcpy(p, line.data(), size_t(line.size()));
                p += line.size();
            } else {
                // The same indentation in TABs and spaces: what get_indent measures for the line.
                p = std::fill_n(p, indent / 8, '\t');
                p = std::fill_n(p, indent % 8, ' ');
                p = writeLineNumber(p, idOf(line, first + quint32(i)));
            }
            if (i + 1 < lines.count() || !lines.endsWithoutNewline)
                *p++ = '\n';
        }
        out.truncate(p - start);
        return out;
    }

    // A line's number in base 64 (letters, digits, '_' and '.': never whitespace, never a newline);
    // 6 digits at most.
    static char *writeLineNumber(char *p, quint32 n)
    {
        static constexpr char Digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.";
        if (n >= (1U << 18)) {
            if (n >= (1U << 30))
                *p++ = Digits[n >> 30];
            if (n >= (1U << 24))
                *p++ = Digits[(n >> 24) & 63];
            *p++ = Digits[(n >> 18) & 63];
        }
        if (n >= (1U << 12))
            *p++ = Digits[(n >> 12) & 63];
        if (n >= (1U << 6))
            *p++ = Digits[(n >> 6) & 63];
        *p++ = Digits[n & 63];
        return p;
    }

    struct Seen
    {
        quint32 tag;  // the high half of the line's hash
        quint32 line; // the first line with this id, as lineAt() counts
    };

    const Lines &m_old;
    const Lines &m_new;
    bool m_space[256] = {};
    std::vector<quint32> m_slots;
    quint64 m_mask = 0;
    quint64 m_seed = 0;
    QList<Seen> m_seen; // by id
};

// git's isspace (sane_ctype): space, tab, LF and CR only; not VT or FF as in libc and libgit2.
bool isGitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// git's default funcname rule (xemit.c def_ff): a line starting with a letter, '_' or '$', cut to
// 80 bytes, then trailing whitespace trimmed. Returns false when the line does not qualify.
bool defaultFunctionLine(QByteArrayView line, QByteArray *out)
{
    if (line.isEmpty() || !(isAsciiAlpha(line.front()) || line.front() == '_' || line.front() == '$'))
        return false;
    qsizetype len = qMin<qsizetype>(line.size(), 80);
    while (len > 0 && isGitSpace(line[len - 1]))
        --len;
    *out = line.first(len).toByteArray();
    return true;
}

// Length of the longest prefix that is valid UTF-8 by git's rules (utf8.c pick_one_utf8_char):
// git's diff.c cuts a hunk header there (sane_truncate_line), e.g. a function name cut mid-character.
qsizetype validUtf8Prefix(const QByteArray &s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.constData());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        const qsizetype left = n - i;
        if (c < 0x80) {
            i += 1;
        } else if ((c & 0xe0) == 0xc0) {
            if (left < 2 || (p[i + 1] & 0xc0) != 0x80 || (c & 0xfe) == 0xc0)
                break;
            i += 2;
        } else if ((c & 0xf0) == 0xe0) {
            if (left < 3 || (p[i + 1] & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80
                || (c == 0xe0 && (p[i + 1] & 0xe0) == 0x80)                  // overlong
                || (c == 0xed && (p[i + 1] & 0xe0) == 0xa0)                  // surrogate
                || (c == 0xef && p[i + 1] == 0xbf && (p[i + 2] & 0xfe) == 0xbe)) // U+FFFE, U+FFFF
                break;
            i += 3;
        } else if ((c & 0xf8) == 0xf0) {
            if (left < 4 || (p[i + 1] & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 || (p[i + 3] & 0xc0) != 0x80
                || (c == 0xf0 && (p[i + 1] & 0xf0) == 0x80)                  // overlong
                || (c == 0xf4 && p[i + 1] > 0x8f) || c > 0xf4)              // beyond U+10FFFF
                break;
            i += 4;
        } else {
            break;
        }
    }
    return i;
}

// The intra-line ranges of the changed rows, worked out while the rows are still being built:
// once there are enough changed rows to be worth it, they go to the pool in batches as they are
// made. Each row's ranges are its own business, so they come out the same in any order.
class IntraLineWork
{
public:
    // From this many changed rows on, their ranges are computed on other threads too.
    static constexpr qsizetype ParallelRows = 64;
    static constexpr qsizetype BatchRows = 16;

    explicit IntraLineWork(const DiffOptions &options) : m_options(options) {}

    void add(int row, const QString &left, const QString &right)
    {
        if (left.size() > TextDiffer::MaxIntraLineLength || right.size() > TextDiffer::MaxIntraLineLength)
            return;
        m_pending.append(Job{row, left, right, {}, {}});
        if (++m_count < ParallelRows)
            return;
        while (m_pending.size() >= BatchRows) {
            QList<Job> batch(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.begin() + BatchRows));
            m_pending.remove(0, BatchRows);
            m_batches.append(QtConcurrent::run([batch = std::move(batch), options = m_options]() mutable {
                run(batch, options);
                return batch;
            }));
        }
    }

    // The rest here (all of them when there were few), then every batch's (a batch the pool has
    // not started yet is run here), each put in its row.
    void finish(QList<DiffRow> &rows)
    {
        run(m_pending, m_options);
        DiffRow *const data = rows.data();
        store(m_pending, data);
        for (QFuture<QList<Job>> &batch : m_batches)
            store(batch.result(), data);
    }

private:
    struct Job
    {
        int row;
        QString left;
        QString right;
        QList<CharRange> leftRanges;
        QList<CharRange> rightRanges;
    };

    static void run(QList<Job> &jobs, const DiffOptions &options)
    {
        for (Job &job : jobs)
            std::tie(job.leftRanges, job.rightRanges) = TextDiffer::intraLine(job.left, job.right, options);
    }

    static void store(const QList<Job> &jobs, DiffRow *rows)
    {
        for (const Job &job : jobs) {
            rows[job.row].left.changes = job.leftRanges;
            rows[job.row].right.changes = job.rightRanges;
        }
    }

    const DiffOptions m_options;
    qsizetype m_count = 0;
    QList<Job> m_pending;
    QList<QFuture<QList<Job>>> m_batches;
};

// Walks libgit2's hunks and lines and lays the whole of both texts out as rows.
struct RowBuilder
{
    RowBuilder(const Lines &oldSide, const Lines &newSide, TextDiff &out, IntraLineWork &intraLine)
        : oldLines(oldSide), newLines(newSide), diff(out), intraLineWork(intraLine)
    {
    }

    const Lines &oldLines;
    const Lines &newLines;
    TextDiff &diff;
    IntraLineWork &intraLineWork;
    int nextOld = 1; // first line of each side not yet in a row
    int nextNew = 1;
    QList<int> pendingRemoved;
    QList<int> pendingAdded;
    int hunk = -1;
    // git's search for the function line: it scans back from each hunk only as far as where the
    // previous search started, and keeps the previous answer when nothing new is found.
    QByteArray functionLine;
    int functionSearchedTo = -1; // 0-based line index

    void appendRow(DiffRow::Kind kind, int oldNumber, int newNumber, int hunkIndex)
    {
        DiffRow &row = diff.rows.emplaceBack();
        row.kind = kind;
        row.hunk = hunkIndex;
        if (oldNumber > 0) {
            row.left.lineNumber = oldNumber;
            row.left.text = oldLines.text(oldNumber - 1);
        }
        if (newNumber > 0) {
            row.right.lineNumber = newNumber;
            const QByteArrayView line = newLines.at(newNumber - 1);
            // An unchanged line is decoded once and shared by both sides.
            row.right.text = oldNumber > 0 && line == oldLines.at(oldNumber - 1) ? row.left.text : newLines.text(newNumber - 1);
        }
        if (kind == DiffRow::Kind::Changed)
            intraLineWork.add(int(diff.rows.size()) - 1, row.left.text, row.right.text);
    }

    // Unchanged lines up to (not including) the given line numbers. Both stretches have the same
    // length when libgit2 is consistent; the fallback keeps every line anyway.
    void appendUnchangedUntil(int oldEnd, int newEnd)
    {
        while (nextOld < oldEnd && nextNew < newEnd)
            appendRow(DiffRow::Kind::Context, nextOld++, nextNew++, -1);
        while (nextOld < oldEnd)
            appendRow(DiffRow::Kind::Removed, nextOld++, 0, -1);
        while (nextNew < newEnd)
            appendRow(DiffRow::Kind::Added, 0, nextNew++, -1);
    }

    void flushChange()
    {
        const qsizetype pairs = qMin(pendingRemoved.size(), pendingAdded.size());
        const qsizetype total = qMax(pendingRemoved.size(), pendingAdded.size());
        for (qsizetype i = 0; i < total; ++i) {
            const int oldNumber = i < pendingRemoved.size() ? pendingRemoved.at(i) : 0;
            const int newNumber = i < pendingAdded.size() ? pendingAdded.at(i) : 0;
            const DiffRow::Kind kind = i < pairs ? DiffRow::Kind::Changed
                                                 : (oldNumber ? DiffRow::Kind::Removed : DiffRow::Kind::Added);
            appendRow(kind, oldNumber, newNumber, hunk);
        }
        if (!pendingRemoved.isEmpty())
            nextOld = pendingRemoved.constLast() + 1;
        if (!pendingAdded.isEmpty())
            nextNew = pendingAdded.constLast() + 1;
        pendingRemoved.clear();
        pendingAdded.clear();
    }

    void closeHunk()
    {
        flushChange();
        if (hunk >= 0) {
            DiffHunk &h = diff.hunks[hunk];
            h.rowCount = int(diff.rows.size()) - h.firstRow;
        }
    }

    QString header(const git_diff_hunk &h)
    {
        // First line of the hunk, 0-based (a hunk without old lines names the line before it).
        const int s1 = h.old_lines > 0 ? h.old_start - 1 : h.old_start;
        const int start = s1 - 1;
        for (int l = start; l > functionSearchedTo && l >= 0 && l < oldLines.count(); --l) {
            if (defaultFunctionLine(oldLines.at(l), &functionLine))
                break;
        }
        functionSearchedTo = start;

        // xdl_emit_hunk_hdr: a count of 1 is left out; the whole line fits in 128 bytes.
        QByteArray line = "@@ -" + QByteArray::number(h.old_start);
        if (h.old_lines != 1)
            line += ',' + QByteArray::number(h.old_lines);
        line += " +" + QByteArray::number(h.new_start);
        if (h.new_lines != 1)
            line += ',' + QByteArray::number(h.new_lines);
        line += " @@";
        if (!functionLine.isEmpty()) {
            line += ' ';
            line += functionLine.left(qMax<qsizetype>(0, 128 - line.size() - 1));
        }
        line.truncate(validUtf8Prefix(line));
        return QString::fromUtf8(line);
    }

    int onHunk(const git_diff_hunk &h)
    {
        closeHunk();
        const int oldFirst = h.old_lines > 0 ? h.old_start : h.old_start + 1;
        const int newFirst = h.new_lines > 0 ? h.new_start : h.new_start + 1;
        appendUnchangedUntil(oldFirst, newFirst);

        DiffHunk dh;
        dh.oldStart = h.old_start;
        dh.oldCount = h.old_lines;
        dh.newStart = h.new_start;
        dh.newCount = h.new_lines;
        dh.header = header(h);
        dh.firstRow = int(diff.rows.size());
        diff.hunks.append(dh);
        hunk = int(diff.hunks.size()) - 1;
        return 0;
    }

    int onLine(const git_diff_line &line)
    {
        switch (line.origin) {
        case GIT_DIFF_LINE_CONTEXT:
            flushChange();
            if (line.old_lineno < 1 || line.old_lineno > oldLines.count() || line.new_lineno < 1 || line.new_lineno > newLines.count())
                return 0;
            appendUnchangedUntil(line.old_lineno, line.new_lineno);
            appendRow(DiffRow::Kind::Context, line.old_lineno, line.new_lineno, hunk);
            nextOld = line.old_lineno + 1;
            nextNew = line.new_lineno + 1;
            break;
        case GIT_DIFF_LINE_DELETION:
            if (!pendingAdded.isEmpty())
                flushChange();
            if (line.old_lineno < 1 || line.old_lineno > oldLines.count())
                return 0;
            pendingRemoved.append(line.old_lineno);
            ++diff.removed;
            break;
        case GIT_DIFF_LINE_ADDITION:
            if (line.new_lineno < 1 || line.new_lineno > newLines.count())
                return 0;
            pendingAdded.append(line.new_lineno);
            ++diff.added;
            break;
        default: // the "\ No newline at end of file" markers: we know that from the texts
            break;
        }
        return 0;
    }
};

int hunkCallback(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    return static_cast<RowBuilder *>(payload)->onHunk(*hunk);
}

int lineCallback(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    return static_cast<RowBuilder *>(payload)->onLine(*line);
}

// ---- intra-line ----------------------------------------------------------------------

struct Token
{
    int start = 0;
    int length = 0;
    bool space = false;
};

enum class CharClass { Word, Ideograph, Space, Mark, Other };

CharClass classify(char32_t c)
{
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::isMark(c))
        return CharClass::Mark;
    if (QChar::isLetterOrNumber(c) || c == U'_') {
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
            return CharClass::Ideograph;
        return CharClass::Word;
    }
    return CharClass::Other;
}

// classify() for the ASCII characters, asked once: most code is ASCII, and the Unicode property
// lookups are the tokenizer's cost.
const std::array<CharClass, 128> &asciiClasses()
{
    static const std::array<CharClass, 128> classes = [] {
        std::array<CharClass, 128> c{};
        for (char32_t i = 0; i < 128; ++i)
            c[i] = classify(i);
        return c;
    }();
    return classes;
}

// Runs of word characters, runs of whitespace, and single other characters (a surrogate pair is
// one character); a combining mark stays with the character before it.
QList<Token> tokenize(QStringView text)
{
    const std::array<CharClass, 128> &ascii = asciiClasses();
    QList<Token> tokens;
    tokens.reserve(text.size() / 2 + 1);
    CharClass previous = CharClass::Other;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        char32_t c = text[i].unicode();
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const CharClass cls = c < 128 ? ascii[c] : classify(c);
        const bool extends = !tokens.isEmpty()
            && (cls == CharClass::Mark || (cls == previous && (cls == CharClass::Word || cls == CharClass::Space)));
        if (extends) {
            tokens.last().length += width;
        } else {
            tokens.append(Token{i, width, cls == CharClass::Space});
            previous = cls;
        }
        i += width;
    }
    return tokens;
}

struct TokenDiff
{
    QList<int> removed; // token indices
    QList<int> added;
};

int tokenLineCallback(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *result = static_cast<TokenDiff *>(payload);
    if (line->origin == GIT_DIFF_LINE_DELETION)
        result->removed.append(line->old_lineno - 1);
    else if (line->origin == GIT_DIFF_LINE_ADDITION)
        result->added.append(line->new_lineno - 1);
    return 0;
}

// Consecutive changed tokens become one range.
QList<CharRange> toRanges(const QList<Token> &tokens, QList<int> indices)
{
    std::sort(indices.begin(), indices.end());
    QList<CharRange> ranges;
    int previous = -2;
    for (const int index : std::as_const(indices)) {
        if (index < 0 || index >= tokens.size())
            continue;
        const Token &t = tokens.at(index);
        if (index == previous + 1 && !ranges.isEmpty())
            ranges.last().length = t.start + t.length - ranges.last().start;
        else
            ranges.append(CharRange{t.start, t.length});
        previous = index;
    }
    return ranges;
}

} // namespace

quint32 TextDiffer::engineFlags(const DiffOptions &options)
{
    quint32 flags = GIT_DIFF_FORCE_TEXT; // binary is decided by us (a NUL anywhere), not by libgit2's 8000-byte look
    switch (options.algorithm) {
    case DiffOptions::Algorithm::Patience:
        flags |= GIT_DIFF_PATIENCE;
        break;
    case DiffOptions::Algorithm::Minimal:
        flags |= GIT_DIFF_MINIMAL;
        break;
    case DiffOptions::Algorithm::Myers:
        break;
    }
    if (options.ignoreWhitespace)
        flags |= GIT_DIFF_IGNORE_WHITESPACE_CHANGE;
    return flags;
}

TextDiff TextDiffer::diff(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options)
{
    TextDiff result;
    result.oldSize = oldText.size();
    result.newSize = newText.size();
    result.oldEndsWithoutNewline = !oldText.isEmpty() && !oldText.endsWith('\n');
    result.newEndsWithoutNewline = !newText.isEmpty() && !newText.endsWith('\n');

    if (oldText.contains('\0') || newText.contains('\0')) {
        result.binary = true;
        result.identical = oldText == newText;
        return result;
    }

    const auto failed = [&result](const QString &error) {
        TextDiff failed;
        failed.oldSize = result.oldSize;
        failed.newSize = result.newSize;
        failed.oldEndsWithoutNewline = result.oldEndsWithoutNewline;
        failed.newEndsWithoutNewline = result.newEndsWithoutNewline;
        failed.error = error;
        return failed;
    };
    const LibGit2::Functions *git = LibGit2::functions();
    if (!git)
        return failed(LibGit2::loadError());
    const Lines oldLines(oldText);
    const Lines newLines(newText);

    git_diff_options opts;
    git->diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.flags = engineFlags(options) | GIT_DIFF_INDENT_HEURISTIC; // git's default since 2.14
    opts.context_lines = quint32(qMax(0, options.contextLines));
    opts.interhunk_lines = 0;

    IntraLineWork intraLineWork(options);
    RowBuilder builder(oldLines, newLines, result, intraLineWork);
    result.rows.reserve(qMax(oldLines.count(), newLines.count()));
    const bool compact = !options.ignoreWhitespace && oldText.size() <= EngineInput::MaxTextSize
            && newText.size() <= EngineInput::MaxTextSize;
    const std::optional<EngineInput> input = compact ? std::make_optional<EngineInput>(oldLines, newLines) : std::nullopt;
    const QByteArray &oldBuffer = input ? input->oldBuffer : oldText;
    const QByteArray &newBuffer = input ? input->newBuffer : newText;
    const int rc = git->diff_buffers(oldBuffer.constData(), size_t(oldBuffer.size()), "a/text",
                                         newBuffer.constData(), size_t(newBuffer.size()), "b/text",
                                         &opts, nullptr, nullptr, hunkCallback, lineCallback, &builder);
    if (rc < 0)
        return failed(lastEngineError(*git, rc));
    builder.closeHunk();
    builder.appendUnchangedUntil(oldLines.count() + 1, newLines.count() + 1);

    intraLineWork.finish(result.rows);

    result.identical = result.hunks.isEmpty() && oldText == newText;
    return result;
}

std::pair<QList<CharRange>, QList<CharRange>> TextDiffer::intraLine(const QString &oldLine, const QString &newLine, const DiffOptions &options)
{
    if (oldLine == newLine)
        return {};

    QList<Token> oldTokens = tokenize(oldLine);
    QList<Token> newTokens = tokenize(newLine);
    if (options.ignoreWhitespace) {
        // As with git -b, whitespace at the end of a line does not count.
        while (!oldTokens.isEmpty() && oldTokens.constLast().space)
            oldTokens.removeLast();
        while (!newTokens.isEmpty() && newTokens.constLast().space)
            newTokens.removeLast();
    }

    // Each token becomes a line holding a small number that stands for its text, so any character
    // (even '\n') is safe and equal tokens are equal lines. With ignoreWhitespace every whitespace
    // run is the same token: a change in the amount of whitespace is no change.
    QHash<QStringView, int> ids;
    ids.reserve(oldTokens.size() + newTokens.size());
    auto encode = [&](const QString &line, const QList<Token> &tokens) {
        QByteArray out(tokens.size() * 8, Qt::Uninitialized); // an id has 7 base-36 digits at most
        char *const start = out.data();
        char *p = start;
        for (const Token &t : tokens) {
            int id = 0;
            if (!(t.space && options.ignoreWhitespace)) {
                const QStringView text = QStringView(line).mid(t.start, t.length);
                auto it = ids.constFind(text);
                if (it == ids.constEnd())
                    it = ids.insert(text, int(ids.size()) + 1);
                id = it.value();
            }
            p = writeBase36(p, quint32(id));
            *p++ = '\n';
        }
        out.truncate(p - start);
        return out;
    };
    const QByteArray oldBuffer = encode(oldLine, oldTokens);
    const QByteArray newBuffer = encode(newLine, newTokens);
    if (oldBuffer == newBuffer)
        return {};

    const LibGit2::Functions *git = LibGit2::functions();
    git_diff_options opts{};
    if (git)
        git->diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    // The indent heuristic is about lines of code; for tokens it would only move changes around.
    DiffOptions tokenOptions = options;
    tokenOptions.ignoreWhitespace = false; // already folded into the token ids
    opts.flags = engineFlags(tokenOptions);
    opts.context_lines = 0;
    opts.interhunk_lines = 0;

    TokenDiff tokenDiff;
    const int rc = git ? git->diff_buffers(oldBuffer.constData(), size_t(oldBuffer.size()), "a/line",
                                               newBuffer.constData(), size_t(newBuffer.size()), "b/line",
                                               &opts, nullptr, nullptr, nullptr, tokenLineCallback, &tokenDiff)
                       : -1;
    // Short of memory or without libgit2 (the line diff said why): the whole lines as changed.
    if (rc < 0) {
        QList<CharRange> left, right;
        if (!oldLine.isEmpty())
            left.append(CharRange{0, int(oldLine.size())});
        if (!newLine.isEmpty())
            right.append(CharRange{0, int(newLine.size())});
        return {left, right};
    }
    return {toRanges(oldTokens, tokenDiff.removed), toRanges(newTokens, tokenDiff.added)};
}

QString TextDiffer::libgit2Version()
{
    const LibGit2::Functions *git = LibGit2::functions();
    if (!git)
        return QCoreApplication::translate("LibGit2", "not available");
    int major = 0, minor = 0, revision = 0;
    git->libgit2_version(&major, &minor, &revision);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}
