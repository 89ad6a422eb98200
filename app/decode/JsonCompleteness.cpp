#include "app/decode/JsonCompleteness.h"

#include <vector>

using Shape = JsonCompleteness::Shape;

namespace {

bool isJsonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The part of a number read last.
enum class NumberPart { Minus, Zero, Int, Dot, Frac, Exp, ExpSign, ExpInt };

// Whether the number may end after this part.
bool isWhole(NumberPart part)
{
    return part == NumberPart::Zero || part == NumberPart::Int || part == NumberPart::Frac
            || part == NumberPart::ExpInt;
}

// What a digit after `part` makes of the number (none may follow a leading zero: the reader checks).
NumberPart withDigit(NumberPart part, char16_t digit)
{
    switch (part) {
    case NumberPart::Minus: return digit == u'0' ? NumberPart::Zero : NumberPart::Int;
    case NumberPart::Dot: return NumberPart::Frac;
    case NumberPart::Exp:
    case NumberPart::ExpSign: return NumberPart::ExpInt;
    case NumberPart::Zero:
    case NumberPart::Int:
    case NumberPart::Frac:
    case NumberPart::ExpInt: break;
    }
    return part;
}

// How reading a string ended.
enum class Read { Whole, CutOff, Invalid };

// One reader for both overloads: Char is char16_t (text) or uchar (UTF-8 bytes). Only ASCII
// characters decide anything, and a byte from 0x80 up behaves as U+0080..U+00FF does in text.
//
// `expect` is where in the grammar the reader is. Each function reads on from one such place,
// whitespace first, to the end of one token: a whole string, number or literal, or one structural
// character. A token that the end of the text cuts off leaves `expect` as it was, short of Done,
// so the text is CutOff (a number may end where the text does). next() goes on from one function
// to the next in the order of an object's members (comma, key, colon, value) as far as that order
// goes; shape()'s loop dispatches on `expect` at the other places. All are small and called from
// one or two places, so they are inlined into that loop. The open brackets are the caller's, held
// by reference, so nothing takes the reader's address and its position stays in a register.
template <typename Char>
struct ShapeReader
{
    enum class Expect { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, Done };

    ShapeReader(const Char *text, qsizetype size, std::vector<char> &openBrackets)
        : p(text), n(size), open(openBrackets)
    {
    }

    Shape shape()
    {
        while (i < n) {
            if (!next())
                return Shape::Invalid;
        }
        return expect == Expect::Done ? Shape::Complete : Shape::CutOff;
    }

    // On from where `expect` says; false when the text is wrong there.
    bool next()
    {
        switch (expect) {
        case Expect::CommaOrClose:
            if (!commaOrClose())
                return false;
            if (expect != Expect::Key)
                return true;
            [[fallthrough]];
        case Expect::Key:
        case Expect::KeyOrClose:
            if (!key())
                return false;
            if (expect != Expect::Colon)
                return true;
            [[fallthrough]];
        case Expect::Colon:
            if (!colon())
                return false;
            if (expect != Expect::Value)
                return true;
            [[fallthrough]];
        case Expect::Value:
        case Expect::ValueOrClose:
            return value();
        case Expect::Done:
            return !skipSpace(); // only whitespace may follow
        }
        return false;
    }

    // Past JSON whitespace; whether anything follows it.
    bool skipSpace()
    {
        while (i < n && isJsonSpace(p[i]))
            ++i;
        return i < n;
    }

    void afterValue() { expect = open.empty() ? Expect::Done : Expect::CommaOrClose; }

    bool value()
    {
        if (!skipSpace())
            return true;
        const char16_t c = p[i];
        if (c == u']' && expect == Expect::ValueOrClose) {
            ++i;
            open.pop_back();
            afterValue();
        } else if (c == u'{' || c == u'[') {
            ++i;
            open.push_back(char(c));
            expect = c == u'{' ? Expect::KeyOrClose : Expect::ValueOrClose;
        } else if (c == u'"') {
            ++i;
            const Read read = string();
            if (read == Read::Whole)
                afterValue();
            return read != Read::Invalid;
        } else if (c == u'-' || isDigit(c)) {
            return number(c);
        } else if (c == u't' || c == u'f' || c == u'n') {
            return literal(c == u't' ? QByteArrayView("true") : c == u'f' ? QByteArrayView("false") : QByteArrayView("null"));
        } else {
            return false;
        }
        return true;
    }

    bool key()
    {
        if (!skipSpace())
            return true;
        const char16_t c = p[i++];
        if (c == u'}' && expect == Expect::KeyOrClose) {
            open.pop_back();
            afterValue();
            return true;
        }
        if (c != u'"')
            return false;
        const Read read = string();
        if (read == Read::Whole)
            expect = Expect::Colon;
        return read != Read::Invalid;
    }

    bool colon()
    {
        if (!skipSpace())
            return true;
        if (p[i++] != u':')
            return false;
        expect = Expect::Value;
        return true;
    }

    bool commaOrClose()
    {
        if (!skipSpace())
            return true;
        const char16_t c = p[i++];
        const char top = open.back();
        if (c == u',') {
            expect = top == '{' ? Expect::Key : Expect::Value;
            return true;
        }
        if ((c == u'}' && top == '{') || (c == u']' && top == '[')) {
            open.pop_back();
            afterValue();
            return true;
        }
        return false;
    }

    // After its opening quote: up to and with its closing one.
    Read string()
    {
        for (; i < n; ++i) {
            const char16_t c = p[i];
            if (c == u'"') {
                ++i;
                return Read::Whole;
            }
            if (c == u'\\') {
                if (!escape())
                    return Read::Invalid;
            } else if (c < 0x20) {
                return Read::Invalid;
            }
        }
        return Read::CutOff;
    }

    // The escape whose backslash is at i, up to its last character; false when JSON has no such
    // escape. The text may end in it.
    bool escape()
    {
        if (++i >= n)
            return true;
        const char16_t c = p[i];
        if (c == u'u') {
            for (int digit = 0; digit < 4; ++digit) {
                if (++i >= n)
                    return true;
                if (!isHexDigit(p[i]))
                    return false;
            }
            return true;
        }
        return c == u'"' || c == u'\\' || c == u'/' || c == u'b' || c == u'f' || c == u'n' || c == u'r' || c == u't';
    }

    // From its first character, c, up to the first character that is not part of it, which is left
    // to what follows the number.
    bool number(char16_t c)
    {
        ++i;
        NumberPart part = c == u'-' ? NumberPart::Minus : c == u'0' ? NumberPart::Zero : NumberPart::Int;
        for (; i < n; ++i) {
            c = p[i];
            if (isDigit(c)) {
                if (part == NumberPart::Zero)
                    return false; // no leading zeros
                part = withDigit(part, c);
            } else if (c == u'.' && (part == NumberPart::Zero || part == NumberPart::Int)) {
                part = NumberPart::Dot;
            } else if ((c == u'e' || c == u'E') && isWhole(part)) {
                part = NumberPart::Exp;
            } else if ((c == u'+' || c == u'-') && part == NumberPart::Exp) {
                part = NumberPart::ExpSign;
            } else {
                break;
            }
        }
        if (isWhole(part))
            afterValue();
        // Not whole: a character that can neither go on nor end the number ("1.x", "-a") is wrong,
        // and the end of the text cuts the number off.
        return isWhole(part) || i >= n;
    }

    // "true", "false" or "null", from its first character.
    bool literal(QByteArrayView word)
    {
        ++i;
        for (qsizetype at = 1; at < word.size(); ++at, ++i) {
            if (i >= n)
                return true;
            if (p[i] != char16_t(uchar(word[at])))
                return false;
        }
        afterValue();
        return true;
    }

    const Char *const p;
    const qsizetype n;
    qsizetype i = 0;
    Expect expect = Expect::Value;
    std::vector<char> &open; // '{' or '['
};

template <typename Char>
Shape shapeOf(const Char *p, qsizetype n)
{
    std::vector<char> open;
    return ShapeReader<Char>(p, n, open).shape();
}

} // namespace

Shape JsonCompleteness::of(QStringView text)
{
    return shapeOf(text.utf16(), text.size());
}

Shape JsonCompleteness::of(QByteArrayView utf8)
{
    return shapeOf(reinterpret_cast<const uchar *>(utf8.data()), utf8.size());
}

bool JsonCompleteness::isCutOffObject(QByteArrayView body)
{
    qsizetype i = 0;
    while (i < body.size() && isJsonSpace(uchar(body[i])))
        ++i;
    return i < body.size() && body[i] == '{' && of(body.sliced(i)) == Shape::CutOff;
}
