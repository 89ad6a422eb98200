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

// One state machine for both overloads: Char is char16_t (text) or uchar (UTF-8 bytes). Only ASCII
// characters decide anything, and a byte from 0x80 up behaves as U+0080..U+00FF does in text.
template <typename Char>
Shape shapeOf(const Char *p, qsizetype n)
{
    enum class State { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, String, Escape, Hex, Number, Literal, Done };
    enum class Num { Minus, Zero, Int, Dot, Frac, Exp, ExpSign, ExpInt };
    std::vector<char> stack; // '{' or '['
    State state = State::Value;
    bool inKey = false;
    int hexLeft = 0;
    Num num = Num::Int;
    QByteArrayView literal;
    qsizetype literalAt = 0;

    const auto afterValue = [&] { state = stack.empty() ? State::Done : State::CommaOrClose; };
    const auto numberComplete = [&] { return num == Num::Zero || num == Num::Int || num == Num::Frac || num == Num::ExpInt; };

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        switch (state) {
        case State::Value:
        case State::ValueOrClose:
            if (isJsonSpace(c))
                break;
            if (c == u']' && state == State::ValueOrClose) {
                stack.pop_back();
                afterValue();
            } else if (c == u'{' || c == u'[') {
                stack.push_back(char(c));
                state = c == u'{' ? State::KeyOrClose : State::ValueOrClose;
            } else if (c == u'"') {
                inKey = false;
                state = State::String;
            } else if (c == u'-' || isDigit(c)) {
                num = c == u'-' ? Num::Minus : c == u'0' ? Num::Zero : Num::Int;
                state = State::Number;
            } else if (c == u't' || c == u'f' || c == u'n') {
                literal = c == u't' ? QByteArrayView("true") : c == u'f' ? QByteArrayView("false") : QByteArrayView("null");
                literalAt = 1;
                state = State::Literal;
            } else {
                return Shape::Invalid;
            }
            break;
        case State::Key:
        case State::KeyOrClose:
            if (isJsonSpace(c))
                break;
            if (c == u'}' && state == State::KeyOrClose) {
                stack.pop_back();
                afterValue();
            } else if (c == u'"') {
                inKey = true;
                state = State::String;
            } else {
                return Shape::Invalid;
            }
            break;
        case State::Colon:
            if (isJsonSpace(c))
                break;
            if (c != u':')
                return Shape::Invalid;
            state = State::Value;
            break;
        case State::CommaOrClose:
            if (isJsonSpace(c))
                break;
            if (c == u',') {
                state = stack.back() == '{' ? State::Key : State::Value;
            } else if ((c == u'}' && stack.back() == '{') || (c == u']' && stack.back() == '[')) {
                stack.pop_back();
                afterValue();
            } else {
                return Shape::Invalid;
            }
            break;
        case State::String:
            if (c == u'"') {
                if (inKey)
                    state = State::Colon;
                else
                    afterValue();
            } else if (c == u'\\') {
                state = State::Escape;
            } else if (c < 0x20) {
                return Shape::Invalid;
            }
            break;
        case State::Escape:
            if (c == u'u') {
                hexLeft = 4;
                state = State::Hex;
            } else if (c == u'"' || c == u'\\' || c == u'/' || c == u'b' || c == u'f' || c == u'n'
                       || c == u'r' || c == u't') {
                state = State::String;
            } else {
                return Shape::Invalid;
            }
            break;
        case State::Hex:
            if (!isDigit(c) && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
                return Shape::Invalid;
            if (--hexLeft == 0)
                state = State::String;
            break;
        case State::Number:
            if (isDigit(c)) {
                switch (num) {
                case Num::Minus: num = c == u'0' ? Num::Zero : Num::Int; break;
                case Num::Zero: return Shape::Invalid; // no leading zeros
                case Num::Dot: num = Num::Frac; break;
                case Num::Exp:
                case Num::ExpSign: num = Num::ExpInt; break;
                case Num::Int:
                case Num::Frac:
                case Num::ExpInt: break;
                }
            } else if (c == u'.' && (num == Num::Zero || num == Num::Int)) {
                num = Num::Dot;
            } else if ((c == u'e' || c == u'E') && numberComplete()) {
                num = Num::Exp;
            } else if ((c == u'+' || c == u'-') && num == Num::Exp) {
                num = Num::ExpSign;
            } else if (numberComplete()) {
                afterValue();
                --i; // the number ended: this character belongs to what follows it
            } else {
                return Shape::Invalid;
            }
            break;
        case State::Literal:
            if (c != char16_t(uchar(literal[literalAt])))
                return Shape::Invalid;
            if (++literalAt == literal.size())
                afterValue();
            break;
        case State::Done:
            if (!isJsonSpace(c))
                return Shape::Invalid;
            break;
        }
    }
    if (state == State::Done || (state == State::Number && stack.empty() && numberComplete()))
        return Shape::Complete;
    return Shape::CutOff;
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
