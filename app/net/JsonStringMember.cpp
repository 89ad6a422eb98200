#include "app/net/JsonStringMember.h"

#include <cstring>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isJsonSpace(s[i]))
        ++i;
    return i;
}

// The string whose opening quote is at `i`: the offset of its closing quote, or -1 when the text
// ends first. `escaped` tells whether it holds a backslash.
qsizetype stringEnd(QByteArrayView s, qsizetype i, bool *escaped)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '"')
            return i;
        if (s[i] == '\\') {
            *escaped = true;
            ++i;
        }
    }
    return -1;
}

// Where the value starting at `i` ends (just after it), or -1.
qsizetype valueEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    bool escaped = false;
    if (s[i] == '"') {
        const qsizetype e = stringEnd(s, i, &escaped);
        return e < 0 ? -1 : e + 1;
    }
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                i = stringEnd(s, i, &escaped);
                if (i < 0)
                    return -1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    const qsizetype start = i;
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !isJsonSpace(s[i]))
        ++i;
    return i > start ? i : -1;
}

// Eight bytes at a time: whether any is not plain (below ' ', '"', '\', DEL or above).
bool hasUnplainByte(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    return (w & highs) | ((w - ones * 0x20) & ~w & highs) | hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\'))
            | hasZero(w ^ (ones * 0x7f));
}

// The plain string value from `i` (just after its opening quote): the offset of its closing
// quote, or -1 when it is not plain or the text ends first.
qsizetype plainStringEnd(QByteArrayView s, qsizetype i, bool *escapedSlashes)
{
    const char *const p = s.data();
    const qsizetype n = s.size();
    while (i < n) {
        if (n - i >= 8) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if (!hasUnplainByte(w)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c == '"')
            return i;
        if (c == '\\') {
            if (i + 1 >= n || p[i + 1] != '/')
                return -1;
            *escapedSlashes = true;
            i += 2;
            continue;
        }
        if (c < 0x20 || c >= 0x7f)
            return -1;
        ++i;
    }
    return -1;
}

} // namespace

std::optional<JsonStringMember> JsonStringMember::find(QByteArrayView json, QLatin1StringView key)
{
    const QByteArrayView wanted(key.data(), key.size());
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    i = skipSpace(json, i + 1);
    if (i < json.size() && json[i] == '}')
        return std::nullopt; // an empty object
    std::optional<JsonStringMember> found;
    while (i < json.size()) {
        if (json[i] != '"')
            return std::nullopt;
        bool escaped = false;
        const qsizetype keyEnd = stringEnd(json, i, &escaped);
        if (keyEnd < 0 || escaped)
            return std::nullopt;
        const bool isWanted = json.sliced(i + 1, keyEnd - i - 1) == wanted;
        i = skipSpace(json, keyEnd + 1);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        i = skipSpace(json, i + 1);
        if (isWanted) {
            if (found || i >= json.size() || json[i] != '"')
                return std::nullopt;
            JsonStringMember m;
            m.start = i + 1;
            m.end = plainStringEnd(json, m.start, &m.escapedSlashes);
            if (m.end < 0)
                return std::nullopt;
            found = m;
            i = m.end + 1;
        } else {
            i = valueEnd(json, i);
            if (i < 0)
                return std::nullopt;
        }
        i = skipSpace(json, i);
        if (i >= json.size())
            return std::nullopt;
        if (json[i] == '}')
            return found;
        if (json[i] != ',')
            return std::nullopt;
        i = skipSpace(json, i + 1);
    }
    return std::nullopt;
}

QByteArray JsonStringMember::withoutValue(QByteArrayView json) const
{
    QByteArray out;
    out.reserve(json.size() - (end - start));
    out.append(json.first(start));
    out.append(json.sliced(end));
    return out;
}

QByteArray JsonStringMember::take(QByteArray &&json) const
{
    QByteArray value = std::move(json);
    // Cutting off the end and then the start moves no byte: QByteArray only moves its bounds.
    value.truncate(end);
    value.remove(0, start);
    if (escapedSlashes) {
        char *const data = value.data();
        qsizetype to = 0;
        for (qsizetype from = 0; from < value.size(); ++from, ++to) {
            if (data[from] == '\\')
                ++from; // "\/": plainStringEnd() let no other escape through
            data[to] = data[from];
        }
        value.truncate(to);
    }
    return value;
}
