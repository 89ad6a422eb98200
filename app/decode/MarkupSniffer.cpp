#include "app/decode/MarkupSniffer.h"

#include "app/decode/CodeCharacters.h"

#include <algorithm>
#include <iterator>

using Kind = DecodedCode::Kind;

namespace {

using CodeCharacters::skipSpace;
using CodeCharacters::startsWithAt;

constexpr qsizetype MaxStorageErrorField = 4096;

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.';
}

bool isHtmlElement(QStringView name)
{
    static constexpr const char16_t *Names[] = {
        u"html", u"head", u"body", u"title", u"meta", u"link", u"base", u"script", u"style",
        u"noscript", u"template", u"div", u"span", u"p", u"a", u"main", u"section", u"article",
        u"aside", u"header", u"footer", u"nav", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"ul",
        u"ol", u"li", u"table", u"form", u"img", u"br", u"hr", u"iframe", u"button", u"input",
        u"label", u"pre", u"code", u"canvas", u"video", u"audio", u"picture", u"em", u"strong",
    };
    return std::any_of(std::begin(Names), std::end(Names), [name](const char16_t *candidate) {
        return name.compare(QStringView(candidate), Qt::CaseInsensitive) == 0;
    });
}

bool isRawTextElement(QStringView name)
{
    if (name.size() < 5 || name.size() > 8) // cheap rejection: this runs for every start tag
        return false;
    return name.compare(u"script", Qt::CaseInsensitive) == 0
            || name.compare(u"style", Qt::CaseInsensitive) == 0
            || name.compare(u"textarea", Qt::CaseInsensitive) == 0;
}

// Index just after the '>' that ends a tag or declaration whose body starts at i, skipping quoted
// values (which may hold '>') and, in a DOCTYPE, the [internal subset]; -1 if the text ends first.
qsizetype skipTagBody(QStringView t, qsizetype i, bool brackets)
{
    char16_t quote = 0;
    int depth = 0;
    for (; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (brackets && c == u'[') {
            ++depth;
        } else if (brackets && c == u']') {
            depth = std::max(0, depth - 1);
        } else if (c == u'>' && depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

struct MarkupStart
{
    Kind kind = Kind::Empty; // Empty: not markup after all
    qsizetype root = -1;     // the root element's '<'
};

// What a text starting with '<' is, judged by its root element after the prolog (declaration,
// processing instructions, comments, doctype).
// Not QXmlStreamReader: it reports no root for "<!doctype html>", "<div class=banner>" or a cut "<Error".
MarkupStart classifyMarkup(QStringView t, qsizetype i)
{
    bool prolog = false;
    const MarkupStart xmlWithoutRoot{ Kind::Xml, -1 };
    for (;;) {
        i = skipSpace(t, i);
        if (i >= t.size() || t[i] != u'<')
            return prolog ? xmlWithoutRoot : MarkupStart{};
        if (startsWithAt(t, i, u"<!--")) {
            const qsizetype end = t.indexOf(u"-->", i + 4);
            if (end < 0)
                return xmlWithoutRoot;
            i = end + 3;
        } else if (startsWithAt(t, i, u"<?")) {
            const qsizetype end = t.indexOf(u"?>", i + 2);
            if (end < 0)
                return xmlWithoutRoot;
            i = end + 2;
        } else if (startsWithAt(t, i, u"<!doctype", Qt::CaseInsensitive)) {
            const qsizetype name = skipSpace(t, i + 9);
            if (startsWithAt(t, name, u"html", Qt::CaseInsensitive)
                && (name + 4 == t.size() || !isNameChar(t[name + 4])))
                return { Kind::Html, i };
            const qsizetype end = skipTagBody(t, i + 2, true);
            if (end < 0)
                return xmlWithoutRoot;
            i = end;
        } else if (i + 1 < t.size() && isNameStart(t[i + 1])) {
            qsizetype end = i + 1;
            while (end < t.size() && end - i < 256 && isNameChar(t[end]))
                ++end;
            const QStringView name = t.mid(i + 1, end - i - 1);
            if (name == u"Error")
                return { Kind::StorageError, i };
            return { isHtmlElement(name) ? Kind::Html : Kind::Xml, i };
        } else {
            return prolog ? xmlWithoutRoot : MarkupStart{};
        }
        prolog = true;
    }
}

// Whether markup visibly stops mid-way: it ends inside a tag, comment, CDATA section, processing
// instruction or (HTML) a script/style element, or (XML) before its root element is closed.
// HTML element nesting is not checked: end tags may legally be left out there.
// Not QXmlStreamReader: it cannot go on past "<r>1 < 2", and calls a bare "<?xml …?>" premature.
bool markupEndsOpen(QStringView t, bool html)
{
    const qsizetype n = t.size();
    qsizetype i = 0;
    qsizetype depth = 0;
    for (;;) {
        const qsizetype lt = t.indexOf(u'<', i);
        if (lt < 0)
            break;
        i = lt + 1;
        if (i >= n)
            return true; // a lone '<' at the very end
        const char16_t next = t[i].unicode();
        if (next == u'!' && startsWithAt(t, lt, u"<!--")) {
            const qsizetype end = t.indexOf(u"-->", lt + 4);
            if (end < 0)
                return true;
            i = end + 3;
        } else if (next == u'!' && startsWithAt(t, lt, u"<![CDATA[")) {
            const qsizetype end = t.indexOf(u"]]>", lt + 9);
            if (end < 0)
                return true;
            i = end + 3;
        } else if (next == u'?') {
            const qsizetype end = t.indexOf(u"?>", i + 1);
            if (end < 0)
                return true;
            i = end + 2;
        } else if (t[i] == u'!') {
            i = skipTagBody(t, i, true);
            if (i < 0)
                return true;
        } else if (t[i] == u'/') {
            i = skipTagBody(t, i, false);
            if (i < 0)
                return true;
            depth = std::max<qsizetype>(0, depth - 1);
        } else if (isNameStart(t[i])) {
            qsizetype nameEnd = i;
            while (nameEnd < n && isNameChar(t[nameEnd]))
                ++nameEnd;
            const QStringView name = t.mid(i, nameEnd - i);
            const qsizetype end = skipTagBody(t, nameEnd, false);
            if (end < 0)
                return true;
            const bool selfClosing = t[end - 2] == u'/';
            i = end;
            if (html) {
                if (!selfClosing && isRawTextElement(name)) {
                    // Script and style text may hold '<' that is not markup: go to their end tag.
                    const QString endTag = QStringLiteral("</") + name.toString();
                    const qsizetype close = t.indexOf(endTag, i, Qt::CaseInsensitive);
                    if (close < 0)
                        return true;
                    i = close;
                }
            } else if (!selfClosing) {
                ++depth;
            }
        }
        // anything else ("a < b" in text) is not a tag
    }
    return !html && depth > 0;
}

QString decodeXmlEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'&') {
            out.append(s[i]);
            continue;
        }
        const qsizetype semicolon = s.mid(i, 12).indexOf(u';');
        if (semicolon < 0) {
            out.append(s[i]);
            continue;
        }
        const QStringView entity = s.mid(i + 1, semicolon - 1);
        char32_t ucs = 0;
        if (entity == u"lt") {
            ucs = u'<';
        } else if (entity == u"gt") {
            ucs = u'>';
        } else if (entity == u"amp") {
            ucs = u'&';
        } else if (entity == u"quot") {
            ucs = u'"';
        } else if (entity == u"apos") {
            ucs = u'\'';
        } else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint value = entity.startsWith(u"#x") || entity.startsWith(u"#X")
                    ? entity.sliced(2).toUInt(&ok, 16)
                    : entity.sliced(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
                ucs = value;
        }
        if (ucs == 0) {
            out.append(s[i]);
            continue;
        }
        out.append(QString::fromUcs4(&ucs, 1));
        i += semicolon;
    }
    return out;
}

// The text of the first <tag> element after `from`, up to its end tag, the next tag or the end of
// a cut-off document; entities decoded, whitespace trimmed, at most `limit` characters kept.
// Not QXmlStreamReader: it drops the text of a cut-off "<Message>The specified ke" and stops at "&bogus;".
QString elementText(QStringView t, qsizetype from, QStringView startTag, qsizetype limit)
{
    const qsizetype at = t.indexOf(startTag, from);
    if (at < 0)
        return {};
    const qsizetype start = at + startTag.size();
    qsizetype end = t.indexOf(u'<', start);
    if (end < 0)
        end = t.size();
    return decodeXmlEntities(t.mid(start, std::min(end - start, limit))).trimmed();
}

} // namespace

std::optional<MarkupSniffer::Markup> MarkupSniffer::sniff(QStringView text, qsizetype start)
{
    const MarkupStart root = classifyMarkup(text, start);
    if (root.kind == Kind::Empty)
        return std::nullopt;
    Markup markup;
    markup.kind = root.kind;
    if (root.kind == Kind::StorageError) {
        markup.storageErrorCode = elementText(text, root.root, u"<Code>", MaxStorageErrorField);
        markup.storageErrorMessage = elementText(text, root.root, u"<Message>", MaxStorageErrorField);
    }
    markup.endsOpen = markupEndsOpen(text, root.kind == Kind::Html);
    return markup;
}
