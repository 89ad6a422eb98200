#include "app/bundle/EsaConfigFile.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

#include <algorithm>
#include <optional>

using Parsed = EsaConfigFile::Parsed;

namespace {

// 1-based line and column (in characters) of byte `offset` of UTF-8 `text`.
std::pair<int, int> positionOf(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((quint8(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

Parsed failure(const QByteArray &text, qsizetype offset, const QString &what)
{
    Parsed p;
    const auto [line, column] = positionOf(text, offset);
    p.line = line;
    p.column = column;
    p.error = EsaConfigFile::tr("Line %1, column %2: %3").arg(line).arg(column).arg(what);
    return p;
}

// JSONC to JSON of the same length: comments and trailing commas become spaces (line breaks are
// kept), so JSON's error offsets are offsets in the file.
struct JsoncStripper
{
    const QByteArray &in;
    QByteArray out;
    QStringList warnings;
    qsizetype unterminatedComment = -1;

    void run()
    {
        out = in;
        qsizetype pendingComma = -1;
        for (qsizetype i = 0; i < in.size(); ++i) {
            const char c = in[i];
            if (c == '"') {
                i = skipString(i);
            } else if (c == '/' && i + 1 < in.size() && (in[i + 1] == '/' || in[i + 1] == '*')) {
                i = blankComment(i);
                if (unterminatedComment >= 0)
                    return;
                continue; // a comment does not end a trailing comma's wait
            } else if (c == ',') {
                pendingComma = i;
                continue;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            } else if ((c == '}' || c == ']') && pendingComma >= 0) {
                out[pendingComma] = ' ';
                warnings << EsaConfigFile::tr("Line %1: a trailing comma, which esa-cli 1.0.3 refuses.")
                                    .arg(positionOf(in, pendingComma).first);
            }
            pendingComma = -1;
        }
    }

    // Returns the index of the closing quote (or the last byte).
    qsizetype skipString(qsizetype open)
    {
        bool warned = false;
        for (qsizetype i = open + 1; i < in.size(); ++i) {
            if (in[i] == '\\') {
                ++i;
            } else if (in[i] == '"') {
                return i;
            } else if (!warned && in[i] == '/' && i + 1 < in.size() && in[i + 1] == '/') {
                warned = true;
                warnings << EsaConfigFile::tr("Line %1: “//” inside a string, which esa-cli 1.0.3 takes for a "
                                              "comment.").arg(positionOf(in, i).first);
            } else if (in[i] == '\n') {
                return i - 1; // JSON refuses the line break; let it say so
            }
        }
        return in.size() - 1;
    }

    // Blanks the comment starting at `start`; returns the index of its last byte.
    qsizetype blankComment(qsizetype start)
    {
        const bool block = in[start + 1] == '*';
        qsizetype end = block ? in.indexOf("*/", start + 2) : in.indexOf('\n', start);
        if (block && end < 0) {
            unterminatedComment = start;
            return in.size();
        }
        end = end < 0 ? in.size() : (block ? end + 2 : end);
        for (qsizetype i = start; i < end; ++i) {
            if (out[i] != '\n')
                out[i] = ' ';
        }
        return end - 1;
    }
};

// --- TOML subset ------------------------------------------------------------------------------

bool isBareKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// A TOML string at `line[*at]` (which is a quote): its value, or nullopt when it does not close on
// the line. `*at` moves past the closing quote.
std::optional<QString> tomlString(const QByteArray &line, qsizetype *at)
{
    const char quote = line[*at];
    if (line.mid(*at, 3) == QByteArray(3, quote))
        return std::nullopt; // multi-line strings are not in the subset
    QByteArray value;
    for (qsizetype i = *at + 1; i < line.size(); ++i) {
        const char c = line[i];
        if (c == quote) {
            *at = i + 1;
            return QString::fromUtf8(value);
        }
        if (c == '\\' && quote == '"' && i + 1 < line.size()) {
            const char e = line[++i];
            value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            continue;
        }
        value += c;
    }
    return std::nullopt;
}

// Whether only blanks and a comment are left from `at`.
bool onlyCommentLeft(const QByteArray &line, qsizetype at)
{
    const QByteArray rest = line.mid(at).trimmed();
    return rest.isEmpty() || rest.startsWith('#');
}

// Net '[' minus ']' outside strings: an array value that goes on over several lines.
int bracketDepth(const QByteArray &line)
{
    int depth = 0;
    char quote = 0;
    for (const char c : line) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            break;
        } else {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
    }
    return depth;
}

} // namespace

EsaConfigFile::Parsed EsaConfigFile::parseJsonc(const QByteArray &text)
{
    JsoncStripper stripper{text, {}, {}};
    stripper.run();
    if (stripper.unterminatedComment >= 0)
        return failure(text, stripper.unterminatedComment, tr("a /* comment that is never closed."));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stripper.out, &error);
    if (error.error != QJsonParseError::NoError)
        // Qt's offset is just past the character it stumbled on.
        return failure(text, std::max(error.offset - 1, 0), error.errorString() + u'.');
    if (!doc.isObject())
        return failure(text, 0, tr("the file is not a JSON object."));
    Parsed p;
    p.object = doc.object();
    p.cliWarnings = stripper.warnings;
    return p;
}

EsaConfigFile::Parsed EsaConfigFile::parseToml(const QByteArray &text)
{
    QJsonObject root;
    QString table;
    int arrayDepth = 0;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QByteArray raw = text.mid(lineStart, lineEnd - lineStart);
        const QByteArray line = raw.trimmed();
        const qsizetype indent = raw.indexOf(line.isEmpty() ? '\n' : line[0]);
        const qsizetype here = lineStart + std::max<qsizetype>(indent, 0);
        lineStart = lineEnd + 1;
        if (arrayDepth > 0) {
            arrayDepth += bracketDepth(line);
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            const qsizetype close = line.indexOf(']');
            if (line.startsWith("[[") || close < 0 || !onlyCommentLeft(line, close + 1))
                return failure(text, here, tr("a table header this reader does not take."));
            table = QString::fromUtf8(line.mid(1, close - 1).trimmed());
            continue;
        }
        qsizetype at = 0;
        while (at < line.size() && isBareKeyChar(line[at]))
            ++at;
        const QString key = QString::fromUtf8(line.left(at));
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t'))
            ++at;
        if (key.isEmpty() || at >= line.size() || line[at] != '=')
            return failure(text, here + at, tr("expected “key = value”."));
        ++at;
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t'))
            ++at;
        if (at >= line.size())
            return failure(text, here + at, tr("a key without a value."));
        if (line[at] == '"' || line[at] == '\'') {
            const qsizetype valueAt = at;
            const std::optional<QString> value = tomlString(line, &at);
            if (!value || !onlyCommentLeft(line, at))
                return failure(text, here + valueAt, tr("a string this reader does not take (not closed on its line)."));
            QJsonObject into = table.isEmpty() ? root : root.value(table).toObject();
            into.insert(key, *value);
            if (table.isEmpty())
                root = into;
            else
                root.insert(table, into);
        } else if (line[at] == '[') {
            arrayDepth = bracketDepth(line.mid(at)); // an array: skipped, possibly over lines
        }
    }
    Parsed p;
    p.object = root;
    return p;
}
