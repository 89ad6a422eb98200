// What the content sniffers (MarkupSniffer, ScriptSniffer and RoutineCodeDecoder's dispatch) count
// as blank and as a word character, and the look-ahead steps they share, so that these mean one
// thing in all of them. Inline: the script scanner calls them for every character of a bundle.
#pragma once

#include <QChar>
#include <QStringView>
#include <QtGlobal>

#include <array>

namespace CodeCharacters {

enum : quint8 { AsciiOther = 0, AsciiSpace = 1, AsciiWord = 2 };

constexpr std::array<quint8, 128> makeAsciiClasses()
{
    std::array<quint8, 128> classes{};
    for (char16_t c = 0; c < 128; ++c) {
        if (c == u' ' || (c >= u'\t' && c <= u'\r'))
            classes[c] = AsciiSpace;
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                 || c == u'_' || c == u'$')
            classes[c] = AsciiWord;
    }
    return classes;
}

inline constexpr std::array<quint8, 128> AsciiClasses = makeAsciiClasses();

// ASCII whitespace (space, \t \n \v \f \r), U+FEFF and every Unicode space.
inline bool isSpace(char16_t c)
{
    if (c < 0x80)
        return AsciiClasses[c] == AsciiSpace;
    return c == 0xFEFF || QChar::isSpace(c);
}

// JavaScript identifier characters (and digits): ASCII word characters, '$', non-ASCII letters.
inline bool isIdentChar(char16_t c)
{
    if (c < 0x80)
        return AsciiClasses[c] == AsciiWord;
    return QChar::isLetterOrNumber(c);
}

// The first index from i on that is not blank (t.size() if there is none).
inline qsizetype skipSpace(QStringView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i].unicode()))
        ++i;
    return i;
}

inline bool startsWithAt(QStringView t, qsizetype i, QStringView what, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return i >= 0 && t.size() - i >= what.size() && t.mid(i, what.size()).compare(what, cs) == 0;
}

} // namespace CodeCharacters
