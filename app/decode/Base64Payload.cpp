#include "app/decode/Base64Payload.h"

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
    const char *in = base64.constData();
    const qsizetype size = base64.size();

    // One pass that validates (finding the first invalid character and its offset, which Qt's
    // decoder cannot tell) and decodes at once; the tests check the bytes against Qt's decoder.
    QByteArray decoded(size / 4 * 3 + 3, Qt::Uninitialized);
    uchar *out = reinterpret_cast<uchar *>(decoded.data());
    qsizetype written = 0;
    quint32 bits = 0; // the sextets of the group being read
    int sextets = 0;  // how many of them (0..3)
    qsizetype padding = 0;
    qsizetype firstPadding = -1;
    qsizetype i = 0;
    while (i < size) {
        if (sextets == 0 && firstPadding < 0 && size - i >= 4) {
            // The common case: a whole group of four alphabet characters.
            const quint8 a = Base64Table[uchar(in[i])];
            const quint8 b = Base64Table[uchar(in[i + 1])];
            const quint8 c = Base64Table[uchar(in[i + 2])];
            const quint8 d = Base64Table[uchar(in[i + 3])];
            if ((a | b | c | d) < 64) {
                const quint32 group = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | d;
                out[written] = uchar(group >> 16);
                out[written + 1] = uchar(group >> 8);
                out[written + 2] = uchar(group);
                written += 3;
                i += 4;
                continue;
            }
        }
        const quint8 value = Base64Table[uchar(in[i])];
        if (value < 64) {
            if (firstPadding >= 0)
                return failed(tr("Invalid character '=' at offset %1 of the base64 code: padding "
                                 "may only come at the end.").arg(firstPadding),
                              firstPadding);
            bits = bits << 6 | value;
            if (++sextets == 4) {
                out[written] = uchar(bits >> 16);
                out[written + 1] = uchar(bits >> 8);
                out[written + 2] = uchar(bits);
                written += 3;
                bits = 0;
                sextets = 0;
            }
        } else if (value == Padding) {
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

    // Like most decoders, ignore the unused low bits of the last group's final character.
    if (sextets == 2) {
        out[written++] = uchar(bits >> 4);
    } else if (sextets == 3) {
        out[written] = uchar(bits >> 10);
        out[written + 1] = uchar(bits >> 2);
        written += 2;
    }
    decoded.truncate(written);

    Base64Payload result;
    result.bytes = std::move(decoded);
    result.warnings = lastGroupWarnings(sextets, padding);
    return result;
}
