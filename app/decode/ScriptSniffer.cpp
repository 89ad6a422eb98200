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

// The brackets open at a point of the scan: '(' '[' '{', or '$' for a template literal's ${ … }.
class OpenBrackets
{
public:
    void push(char16_t bracket)
    {
        if (m_stack.size() < MaxTrackedDepth)
            m_stack.push_back(bracket);
        else
            ++m_untracked;
    }

    // Closes what `closer` closes; true when it ends a template literal's ${ … }.
    bool close(char16_t closer)
    {
        if (m_untracked > 0) {
            --m_untracked;
            return false;
        }
        if (m_stack.empty())
            return false;
        const char16_t top = m_stack.back();
        if (closer == u'}' && top == u'$') {
            m_stack.pop_back();
            return true;
        }
        // A closer that matches nothing open is a mistake in the code, not a cut-off.
        if (top == openerOf(closer))
            m_stack.pop_back();
        return false;
    }

    bool empty() const { return m_untracked == 0 && m_stack.empty(); }

private:
    std::vector<char16_t> m_stack;
    size_t m_untracked = 0; // brackets open beyond MaxTrackedDepth
};

// One pass over JavaScript that knows strings, template literals, comments and regular expression
// literals well enough not to count the brackets inside them. Whether '/' starts a regular
// expression is guessed from the token before it, as tokenizers without a parser do. Runs of
// word characters, string and comment text are skipped in tight loops: this is the hot path for
// multi-megabyte bundles.
//
// One member function per construct. code() calls the one for a comment, string or regular
// expression where it starts, and that one reads to its end or the text's: the common transitions
// are plain calls, inlined into code()'s loop, with no state to dispatch on. A template literal's
// ${ … } does not nest calls (hostile input nests them a million deep): the brackets and
// inTemplateText carry it. The brackets and the skeleton are the caller's, so nothing takes the
// scanner's address and the compiler keeps its position and state in registers.
template <bool Skeleton>
struct CodeScanner
{
    enum class Prev { Operator, Value, Word }; // what the last significant code token was

    CodeScanner(QStringView text, OpenBrackets &openBrackets, QString &skeletonOut)
        : p(text.utf16()), n(text.size()), brackets(openBrackets), skeleton(skeletonOut)
    {
    }

    // Scans to the end; whether a bracket, string, template or block comment is open there.
    bool endsOpen()
    {
        while (i < n) {
            if (inTemplateText)
                templateText();
            else
                code();
        }
        // A regular expression open at the end is more likely a misread division than a cut-off.
        return inTemplateText || cutOff || !brackets.empty();
    }

    void keep(char16_t c)
    {
        if constexpr (Skeleton)
            skeleton.append(QChar(c));
        else
            Q_UNUSED(c);
    }

    // Code up to a template literal's text (its start, or the end of a ${ … } in it) or the end:
    // words, spaces and one-character tokens here, the rest in the function for each.
    void code()
    {
        while (i < n) {
            const char16_t c = p[i];
            if (isIdentChar(c)) {
                word();
                continue;
            }
            if (CodeCharacters::isSpace(c)) {
                keep(c);
                ++i;
                continue;
            }
            switch (c) {
            case u'/':
                slash();
                continue;
            case u'\'': // one loop per quote, each comparing with a constant
                enterLiteral();
                quoted(u'\'');
                continue;
            case u'"':
                enterLiteral();
                quoted(u'"');
                continue;
            case u'`':
                inTemplateText = true;
                keep(c);
                ++i;
                return;
            case u'(':
            case u'[':
            case u'{':
                opener(c);
                continue;
            case u')':
            case u']':
            case u'}':
                if (!closer(c))
                    return;
                continue;
            default:
                prev = Prev::Operator;
                keep(c);
                ++i;
                continue;
            }
        }
    }

    // Past the opening quote or slash of a string or regular expression literal: the skeleton
    // shows the literal as "", whatever is in it.
    void enterLiteral()
    {
        keep(u'"');
        keep(u'"');
        ++i;
    }

    void word()
    {
        qsizetype j = i + 1;
        while (j < n && isIdentChar(p[j]))
            ++j;
        if constexpr (Skeleton)
            skeleton.append(QStringView(p + i, j - i));
        prev = Prev::Word;
        wordEnd = j;
        i = j;
    }

    // A comment, a regular expression or a division.
    void slash()
    {
        const char16_t next = i + 1 < n ? p[i + 1] : 0;
        if (next == u'/' || next == u'*') {
            keep(u' ');
            i += 2;
            if (next == u'/')
                lineComment();
            else
                blockComment();
            return;
        }
        if (regexMayStartHere()) {
            enterLiteral();
            regex();
        } else {
            prev = Prev::Operator;
            keep(u'/');
            ++i;
        }
    }

    // After an operator, or after a keyword such as return (not after a name or a value).
    bool regexMayStartHere() const
    {
        if (prev != Prev::Word)
            return prev == Prev::Operator;
        qsizetype start = wordEnd;
        while (start > 0 && wordEnd - start < 12 && isIdentChar(p[start - 1]))
            --start;
        return (start == 0 || !isIdentChar(p[start - 1]))
                && regexMayFollowWord(QStringView(p + start, wordEnd - start));
    }

    void opener(char16_t c)
    {
        brackets.push(c);
        prev = Prev::Operator;
        keep(c);
        ++i;
    }

    // False when it closes a template literal's ${ … }.
    bool closer(char16_t c)
    {
        ++i;
        if (brackets.close(c)) {
            inTemplateText = true; // back in the template's text
            return false;
        }
        prev = c == u'}' ? Prev::Operator : Prev::Value;
        keep(c);
        return true;
    }

    // After its "//": up to and with its line end.
    void lineComment()
    {
        qsizetype j = i;
        while (j < n && !isLineEnd(p[j]))
            ++j;
        i = j;
        if (i < n) {
            keep(p[i]);
            ++i;
        }
    }

    // After its "/*": up to and with its "*/".
    void blockComment()
    {
        qsizetype j = i;
        while (j + 1 < n && !(p[j] == u'*' && p[j + 1] == u'/'))
            ++j;
        if (j + 1 < n) {
            i = j + 2;
        } else {
            i = n;
            cutOff = true;
        }
    }

    // After its opening quote: up to and with its closing one, or its line end.
    void quoted(char16_t quote)
    {
        while (i < n) {
            qsizetype j = i;
            while (j < n && p[j] != quote && p[j] != u'\\' && p[j] != u'\n' && p[j] != u'\r')
                ++j;
            i = j;
            if (i >= n)
                break;
            if (p[i] == u'\\') {
                // Skips the escaped character, including a line continuation (also CRLF).
                i += (i + 2 < n && p[i + 1] == u'\r' && p[i + 2] == u'\n') ? 3 : 2;
                continue;
            }
            if (p[i] != quote) // An unterminated string ends with its line: recover, don't swallow the file.
                keep(p[i]);
            prev = Prev::Value;
            ++i;
            return;
        }
        cutOff = true;
    }

    // A template literal's text, up to its end or a ${ in it.
    void templateText()
    {
        while (i < n) {
            qsizetype j = i;
            while (j < n && p[j] != u'`' && p[j] != u'\\' && p[j] != u'$')
                ++j;
            i = j;
            if (i >= n)
                return;
            if (p[i] == u'\\') {
                i += 2;
            } else if (p[i] == u'`') {
                inTemplateText = false;
                prev = Prev::Value;
                keep(u'`');
                ++i;
                return;
            } else if (i + 1 < n && p[i + 1] == u'{') {
                brackets.push(u'$');
                inTemplateText = false;
                prev = Prev::Operator;
                i += 2;
                return;
            } else {
                ++i; // a '$' that opens nothing
            }
        }
    }

    // After its opening '/': up to and with its closing one, or its line end.
    void regex()
    {
        bool inClass = false; // in [ … ], where '/' does not close it
        while (i < n) {
            const char16_t c = p[i];
            if (c == u'\\') {
                i += 2;
                continue;
            }
            ++i;
            if (c == u'\n' || c == u'\r') {
                // Not a regular expression after all (or a broken one): its line ends it.
                prev = Prev::Value;
                keep(c);
                return;
            }
            if (inClass) {
                inClass = c != u']';
            } else if (c == u'[') {
                inClass = true;
            } else if (c == u'/') {
                prev = Prev::Value;
                return;
            }
        }
    }

    const char16_t *const p;
    const qsizetype n;
    qsizetype i = 0;
    Prev prev = Prev::Operator;
    qsizetype wordEnd = 0;
    bool inTemplateText = false; // in a template literal, outside its ${ … }
    bool cutOff = false;         // the text ends inside a block comment or a string
    OpenBrackets &brackets;
    QString &skeleton; // written only when Skeleton
};

template <bool Skeleton>
CodeScan scanCode(QStringView t)
{
    CodeScan out;
    if constexpr (Skeleton)
        out.skeleton.reserve(t.size() + 16);
    OpenBrackets brackets;
    out.endsOpen = CodeScanner<Skeleton>(t, brackets, out.skeleton).endsOpen();
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
