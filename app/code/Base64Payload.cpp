#include "Base64Payload.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <array>

using Warning = DecodedCode::Warning;

namespace {

constexpr quint8 Invalid = 0xFF;
constexpr quint8 Padding = 0xFE;
constexpr quint8 Blank = 0xFD;

constexpr std::array<quint8, 256> makeBase64Table()
{
    std::array<quint8, 256> table{};
    for (auto &value : table)
        value = Invalid;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = quint8(i);
    table['='] = Padding;
    for (const char c : { ' ', '\t', '\n', '\r', '\v', '\f' })
        table[static_cast<unsigned char>(c)] = Blank;
    return table;
}

constexpr std::array<quint8, 256> Base64Table = makeBase64Table();

QString hexCodePoint(char32_t ucs)
{
    return QString::number(uint(ucs), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// How the offending input character is named in the error: as itself when printable, as a code
// point when it is a control character, as a byte when the input is not even UTF-8 there.
QString describeInputCharacter(const QByteArray &input, qsizetype at)
{
    const uchar c = uchar(input.at(at));
    if (c > 0x20 && c < 0x7F)
        return Base64Payload::tr("'%1'").arg(QLatin1Char(char(c)));
    if (c < 0x80)
        return QStringLiteral("U+") + hexCodePoint(c);
    const int length = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                                                    : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (length > 0 && at + length <= input.size()) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString character = decoder.decode(QByteArrayView(input).sliced(at, length));
        if (!decoder.hasError() && !character.isEmpty()) {
            const char32_t ucs = character.size() == 2 && character.at(0).isHighSurrogate()
                    ? QChar::surrogateToUcs4(character.at(0), character.at(1))
                    : char32_t(character.at(0).unicode());
            if (character.size() == (ucs > 0xFFFF ? 2 : 1))
                return Base64Payload::tr("'%1' (U+%2)").arg(character, hexCodePoint(ucs));
        }
    }
    return Base64Payload::tr("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

Base64Payload failed(const QString &message, qsizetype offset)
{
    Base64Payload out;
    out.error = message;
    out.errorOffset = offset;
    out.warnings << Warning::InvalidCharacters;
    return out;
}

// What the end of the input says: `sextets` alphabet characters in its last group (0..3), followed
// by `padding` '='.
QList<Warning> lastGroupWarnings(int sextets, qsizetype padding)
{
    // Six bits cannot make a byte: an encoder never writes this, so the code was cut off.
    if (sextets == 1)
        return { Warning::TruncatedQuantum };
    const qsizetype needed = sextets == 0 ? 0 : 4 - sextets;
    if (padding < needed)
        return { Warning::MissingPadding };
    if (padding > needed)
        return { Warning::ExcessPadding };
    return {};
}

} // namespace

Base64Payload Base64Payload::decode(const QByteArray &base64)
{
    // Qt's strict decoder accepts the alphabet alone, ending with exactly the '=' the last group
    // needs or with none: all it leaves unsaid is that unpadded input was unpadded.
    QByteArray::FromBase64Result strict = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (strict) {
        Base64Payload out;
        out.bytes = std::move(strict.decoded);
        if (!base64.endsWith('='))
            out.warnings = lastGroupWarnings(int(base64.size() % 4), 0);
        return out;
    }

    // Refused: find out why, in one pass that skips runs of alphabet characters in a tight loop.
    const char *in = base64.constData();
    const qsizetype size = base64.size();
    qsizetype sextets = 0; // alphabet characters
    qsizetype padding = 0;
    qsizetype firstPadding = -1;
    qsizetype i = 0;
    while (i < size) {
        const qsizetype run = i;
        while (i < size && Base64Table[uchar(in[i])] < 64)
            ++i;
        if (i > run) {
            if (firstPadding >= 0)
                return failed(tr("Invalid character '=' at offset %1 of the base64 code: padding "
                                 "may only come at the end.").arg(firstPadding),
                              firstPadding);
            sextets += i - run;
            continue;
        }
        const quint8 value = Base64Table[uchar(in[i])];
        if (value == Padding) {
            if (firstPadding < 0)
                firstPadding = i;
            ++padding;
        } else if (value != Blank) {
            return failed(tr("Invalid character %1 at offset %2 of the base64 code.")
                                  .arg(describeInputCharacter(base64, i))
                                  .arg(i),
                          i);
        }
        ++i;
    }

    Base64Payload out;
    out.warnings = lastGroupWarnings(int(sextets % 4), padding);
    // Besides the alphabet only whitespace and the final '=' are left, which the lenient decoder
    // skips; like the strict one, it ignores a lone final character and the last unused bits.
    out.bytes = QByteArray::fromBase64(base64);
    return out;
}
