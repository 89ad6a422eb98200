#include "app/decode/ScriptSniffer.h"

#include "app/decode/CodeCharacters.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace {

using CodeCharacters::isIdentChar;
using CodeCharacters::skipSpace;
using CodeCharacters::startsWithAt;

// A word (identifier characters) starting at i, at most 64 characters: enough for any keyword.
QStringView wordAt(QStringView t, qsizetype i)
{
    qsizetype j = i;
    while (j < t.size() && j - i < 64 && isIdentChar(t[j].unicode()))
        ++j;
    return t.mid(i, j - i);
}

bool isOneOf(QStringView word, std::initializer_list<QStringView> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

constexpr qsizetype SkeletonLimit = 256 * 1024;       // TypeScript syntax is looked for this far
constexpr size_t MaxTrackedDepth = size_t(1) << 20; // deeper nesting is counted, not remembered

struct CodeScan
{
    bool endsOpen = false; // an unclosed bracket, string, template or block comment at the end
    QString skeleton;      // the code, literals and comments collapsed (strings to "", comments to a space)
};

bool regexMayFollowWord(QStringView word)
{
    return isOneOf(word, { u"return", u"typeof", u"instanceof", u"in", u"of", u"new", u"delete",
                           u"void", u"throw", u"case", u"do", u"else", u"yield", u"await" });
}

char16_t openerOf(char16_t closer)
{
    return closer == u')' ? u'(' : closer == u']' ? u'[' : u'{';
}

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

// One pass over JavaScript that knows strings, template literals, comments and regular expression
// literals well enough not to count the brackets inside them. Whether '/' starts a regular
// expression is guessed from the token before it, as tokenizers without a parser do. Runs of
// word characters, string and comment text are skipped in tight loops: this is the hot path for
// multi-megabyte bundles.
template <bool Skeleton>
CodeScan scanCode(QStringView t)
{
    enum class State { Code, LineComment, BlockComment, SingleQuoted, DoubleQuoted, Template, Regex, RegexClass };
    enum class Prev { Operator, Value, Word }; // what the last significant code token was
    CodeScan out;
    std::vector<char16_t> stack; // '(' '[' '{', or '$' for a template literal's ${ … }
    size_t untracked = 0;
    State state = State::Code;
    Prev prev = Prev::Operator;
    qsizetype wordEnd = 0;

    const char16_t *p = t.utf16();
    const qsizetype n = t.size();
    if constexpr (Skeleton)
        out.skeleton.reserve(n + 16);
    const auto keep = [&out](char16_t c) {
        if constexpr (Skeleton)
            out.skeleton.append(QChar(c));
        else
            Q_UNUSED(c);
    };
    const auto push = [&stack, &untracked](char16_t bracket) {
        if (stack.size() < MaxTrackedDepth)
            stack.push_back(bracket);
        else
            ++untracked;
    };

    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        switch (state) {
        case State::Code:
            if (isIdentChar(c)) {
                qsizetype j = i + 1;
                while (j < n && isIdentChar(p[j]))
                    ++j;
                if constexpr (Skeleton)
                    out.skeleton.append(QStringView(p + i, j - i));
                prev = Prev::Word;
                wordEnd = j;
                i = j;
                continue;
            }
            if (CodeCharacters::isSpace(c)) {
                keep(c);
                ++i;
                continue;
            }
            switch (c) {
            case u'/': {
                const char16_t next = i + 1 < n ? p[i + 1] : 0;
                if (next == u'/') {
                    state = State::LineComment;
                    keep(u' ');
                    i += 2;
                    continue;
                }
                if (next == u'*') {
                    state = State::BlockComment;
                    keep(u' ');
                    i += 2;
                    continue;
                }
                bool regex = prev == Prev::Operator;
                if (prev == Prev::Word) {
                    qsizetype start = wordEnd;
                    while (start > 0 && wordEnd - start < 12 && isIdentChar(p[start - 1]))
                        --start;
                    regex = (start == 0 || !isIdentChar(p[start - 1]))
                            && regexMayFollowWord(t.mid(start, wordEnd - start));
                }
                if (regex) {
                    state = State::Regex;
                    keep(u'"');
                    keep(u'"');
                } else {
                    prev = Prev::Operator;
                    keep(c);
                }
                ++i;
                continue;
            }
            case u'\'':
            case u'"':
                state = c == u'\'' ? State::SingleQuoted : State::DoubleQuoted;
                keep(u'"');
                keep(u'"');
                ++i;
                continue;
            case u'`':
                state = State::Template;
                keep(c);
                ++i;
                continue;
            case u'(':
            case u'[':
            case u'{':
                push(c);
                prev = Prev::Operator;
                keep(c);
                ++i;
                continue;
            case u')':
            case u']':
            case u'}':
                ++i;
                if (untracked > 0) {
                    --untracked;
                } else if (!stack.empty()) {
                    const char16_t top = stack.back();
                    if (c == u'}' && top == u'$') {
                        stack.pop_back();
                        state = State::Template; // back in the template's text
                        continue;
                    }
                    // A closer that matches nothing open is a mistake in the code, not a cut-off.
                    if (top == openerOf(c))
                        stack.pop_back();
                }
                prev = c == u'}' ? Prev::Operator : Prev::Value;
                keep(c);
                continue;
            default:
                prev = Prev::Operator;
                keep(c);
                ++i;
                continue;
            }
        case State::LineComment:
            while (i < n && !isLineEnd(p[i]))
                ++i;
            if (i < n) {
                keep(p[i]);
                state = State::Code;
                ++i;
            }
            continue;
        case State::BlockComment:
            while (i + 1 < n && !(p[i] == u'*' && p[i + 1] == u'/'))
                ++i;
            if (i + 1 < n) {
                state = State::Code;
                i += 2;
            } else {
                i = n;
            }
            continue;
        case State::SingleQuoted:
        case State::DoubleQuoted: {
            const char16_t quote = state == State::SingleQuoted ? u'\'' : u'"';
            while (i < n && p[i] != quote && p[i] != u'\\' && p[i] != u'\n' && p[i] != u'\r')
                ++i;
            if (i >= n)
                continue;
            if (p[i] == u'\\') {
                // Skips the escaped character, including a line continuation (also CRLF).
                i += (i + 2 < n && p[i + 1] == u'\r' && p[i + 2] == u'\n') ? 3 : 2;
                continue;
            }
            if (p[i] != quote) // An unterminated string ends with its line: recover, don't swallow the file.
                keep(p[i]);
            state = State::Code;
            prev = Prev::Value;
            ++i;
            continue;
        }
        case State::Template:
            while (i < n && p[i] != u'`' && p[i] != u'\\' && p[i] != u'$')
                ++i;
            if (i >= n)
                continue;
            if (p[i] == u'\\') {
                i += 2;
            } else if (p[i] == u'`') {
                state = State::Code;
                prev = Prev::Value;
                keep(u'`');
                ++i;
            } else if (i + 1 < n && p[i + 1] == u'{') {
                push(u'$');
                state = State::Code;
                prev = Prev::Operator;
                i += 2;
            } else {
                ++i; // a '$' that opens nothing
            }
            continue;
        case State::Regex:
        case State::RegexClass:
            if (c == u'\\') {
                i += 2;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                // Not a regular expression after all (or a broken one): its line ends it.
                state = State::Code;
                prev = Prev::Value;
                keep(c);
            } else if (state == State::RegexClass) {
                if (c == u']')
                    state = State::Regex;
            } else if (c == u'[') {
                state = State::RegexClass;
            } else if (c == u'/') {
                state = State::Code;
                prev = Prev::Value;
            }
            ++i;
            continue;
        }
    }

    // A regular expression open at the end is more likely a misread division than a cut-off.
    out.endsOpen = state == State::BlockComment || state == State::SingleQuoted
            || state == State::DoubleQuoted || state == State::Template || untracked > 0
            || !stack.empty();
    return out;
}

// Whether the text starts the way a JavaScript or TypeScript module does.
bool startsLikeScript(QStringView t, qsizetype i)
{
    const qsizetype n = t.size();
    if (startsWithAt(t, i, u"#!") || startsWithAt(t, i, u"//") || startsWithAt(t, i, u"/*")
        || startsWithAt(t, i, u"'use strict'") || startsWithAt(t, i, u"\"use strict\""))
        return true;
    if (t[i] == u'(' || t[i] == u'!') { // an immediately invoked function
        const qsizetype j = skipSpace(t, i + 1);
        return startsWithAt(t, j, u"function") || startsWithAt(t, j, u"async")
                || (t[i] == u'(' && startsWithAt(t, j, u"("));
    }
    const QStringView word = wordAt(t, i);
    if (word.isEmpty())
        return false;
    const qsizetype j = skipSpace(t, i + word.size());
    const QChar next = j < n ? t[j] : QChar();
    const QStringView word2 = wordAt(t, j);
    const qsizetype k = skipSpace(t, j + word2.size());
    const QChar afterWord2 = k < n ? t[k] : QChar();
    const bool hasWord2 = !word2.isEmpty() && !word2.front().isDigit();

    if (word == u"export")
        return next == u'{' || next == u'*'
                || isOneOf(word2, { u"default", u"const", u"let", u"var", u"function", u"class", u"async",
                                    u"interface", u"type", u"enum", u"declare", u"abstract", u"namespace" });
    if (word == u"import")
        return next == u'{' || next == u'*' || next == u'\'' || next == u'"' || next == u'('
                || word2 == u"type" || (hasWord2 && (afterWord2 == u',' || wordAt(t, k) == u"from"));
    if (word == u"function")
        return next == u'(' || next == u'*' || (hasWord2 && afterWord2 == u'(');
    if (word == u"async")
        return word2 == u"function" || next == u'(' || (hasWord2 && startsWithAt(t, k, u"=>"));
    if (isOneOf(word, { u"const", u"let", u"var" }))
        return next == u'{' || next == u'['
                || (hasWord2 && (afterWord2 == u'=' || afterWord2 == u';' || afterWord2 == u','
                                 || afterWord2 == u':'));
    if (word == u"class")
        return hasWord2 && (afterWord2 == u'{' || wordAt(t, k) == u"extends");
    if (isOneOf(word, { u"addEventListener", u"require" }))
        return next == u'(';
    if (isOneOf(word, { u"module", u"exports", u"self", u"globalThis" }))
        return next == u'.' || next == u'[';
    // TypeScript-only beginnings
    if (word == u"interface")
        return hasWord2 && (afterWord2 == u'{' || afterWord2 == u'<' || wordAt(t, k) == u"extends");
    if (isOneOf(word, { u"enum", u"namespace" }))
        return hasWord2 && afterWord2 == u'{';
    if (word == u"type")
        return hasWord2 && (afterWord2 == u'=' || afterWord2 == u'<');
    if (word == u"declare")
        return isOneOf(word2, { u"const", u"let", u"var", u"function", u"class", u"module", u"global",
                                u"namespace", u"enum" });
    if (word == u"abstract")
        return word2 == u"class";
    return false;
}

// Script markers that count wherever they are (bundles often put them last).
bool hasScriptMarker(QStringView t)
{
    return t.contains(u"export default") || t.contains(u"addEventListener('fetch'")
            || t.contains(u"addEventListener(\"fetch\"");
}

// TypeScript-only syntax in the code skeleton (no strings or comments to fool it). Every
// repetition is bounded and each alternative begins with a fixed token, so a match attempt does
// bounded work: linear in the skeleton.
bool hasTypeScriptSyntax(const QString &skeleton)
{
    static const QString pattern = QStringLiteral(
            R"(\binterface\s{1,64}[A-Za-z_$][\w$]{0,128}\s{0,64}(?:<[^{};]{0,256}>\s{0,64})?(?:extends\b[^{};]{0,256})?\{)"
            R"(|\btype\s{1,64}[A-Za-z_$][\w$]{0,128}\s{0,64}(?:<[^=;{}]{0,256}>\s{0,64})?=(?![=>]))"
            R"(|\benum\s{1,64}[A-Za-z_$][\w$]{0,128}\s{0,64}\{)"
            R"(|\bas\s{1,64}(?:const|any|unknown|string|number|boolean)\b)"
            R"(|\b(?:import|export)\s{1,64}type\b)"
            R"(|\b(?:const|let|var)\s{1,64}[A-Za-z_$][\w$]{0,128}\s{0,64}!?:\s{0,64}[A-Za-z_${\[(])"
            R"(|\(\s{0,64}[A-Za-z_$][\w$]{0,128}\s{0,64}\??:\s{0,64}[A-Za-z_${\[(])"
            R"(|,\s{0,64}[A-Za-z_$][\w$]{0,128}\s{0,64}\??:\s{0,64}(?:string|number|boolean|any|unknown)\s{0,64}[,)=])"
            R"(|\)\s{0,64}:\s{0,64}(?:Promise\s{0,64}<[^;{}]{0,256}>|string|number|boolean|void|any|unknown|never|Response)\s{0,64}(?:\{|=>))"
            R"(|\b(?:private|public|protected|readonly)\s{1,64}[A-Za-z_$][\w$]{0,128}\s{0,64}[:;=(?!])"
            R"(|\bimplements\s{1,64}[A-Za-z_$])"
            R"(|\bdeclare\s{1,64}(?:const|let|var|function|class|module|global|namespace|enum)\b)"
            R"(|\bnamespace\s{1,64}[A-Za-z_$][\w$.]{0,128}\s{0,64}\{)"
            R"(|\babstract\s{1,64}class\b)");
    // One expression per call: QRegularExpression objects are not shared between threads here.
    const QRegularExpression typeScript(pattern);
    return typeScript.match(skeleton).hasMatch();
}

} // namespace

bool ScriptSniffer::isScript(QStringView text, qsizetype start)
{
    return startsLikeScript(text, start) || hasScriptMarker(text);
}

bool ScriptSniffer::isTypeScript(QStringView script)
{
    // The skeleton comes from a second, short scan of the beginning (kept out of the hot loop).
    const QString skeleton = scanCode<true>(script.first(std::min(script.size(), SkeletonLimit))).skeleton;
    return hasTypeScriptSyntax(skeleton);
}

bool ScriptSniffer::endsOpen(QStringView script)
{
    return scanCode<false>(script).endsOpen;
}
