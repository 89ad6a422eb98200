#include "app/decode/CodeText.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <cstring>

using Warning = DecodedCode::Warning;

namespace {

bool isUtf8Continuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

// Where the last UTF-8 character starts if the bytes stop before it is complete and what is there
// is a valid beginning of one (the code was cut mid-character); -1 otherwise.
qsizetype incompleteUtf8Tail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    if (n == 0)
        return -1;
    qsizetype lead = n - 1;
    while (lead > 0 && lead > n - 3 && isUtf8Continuation(bytes[lead]))
        --lead;
    const uchar c = uchar(bytes[lead]);
    const int needed = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                                                     : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    const qsizetype present = n - lead;
    if (needed == 0 || present >= needed)
        return -1;
    for (qsizetype i = lead + 1; i < n; ++i) {
        if (!isUtf8Continuation(bytes[i]))
            return -1;
    }
    if (present >= 2) {
        // The second byte's range depends on the lead: no overlong forms, surrogates or > U+10FFFF.
        const uchar second = uchar(bytes[lead + 1]);
        const uchar low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const uchar high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high)
            return -1;
    }
    return lead;
}

CodeText decodeUtf16(QByteArrayView body, bool littleEndian)
{
    CodeText out;
    const bool oddByte = body.size() % 2 != 0;
    // ConvertInitialBom: our caller removed the BOM; a second U+FEFF is content.
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(body.first(body.size() - (oddByte ? 1 : 0)));

    // Qt's UTF-16 decoder lets unpaired surrogates through; text must not have them.
    bool cutSurrogate = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (i + 1 == n) {
                cutSurrogate = true;
            } else {
                out.warnings << Warning::InvalidUtf16;
                return out;
            }
        } else if (c.isLowSurrogate()) {
            out.warnings << Warning::InvalidUtf16;
            return out;
        } else if (c.isNull()) {
            out.warnings << Warning::ContainsNul;
            return out;
        }
    }
    out.warnings << Warning::Utf16;
    if (cutSurrogate || oddByte) {
        if (cutSurrogate)
            text.chop(1);
        text.append(QChar(QChar::ReplacementCharacter));
        out.warnings << Warning::TruncatedCharacter;
    }
    out.text = text;
    out.isText = true;
    return out;
}

} // namespace

CodeText CodeText::fromBytes(const QByteArray &bytes)
{
    const QByteArrayView all(bytes);
    if (all.startsWith(QByteArrayView("\xFF\xFE", 2)))
        return decodeUtf16(all.sliced(2), true);
    if (all.startsWith(QByteArrayView("\xFE\xFF", 2)))
        return decodeUtf16(all.sliced(2), false);

    CodeText out;
    const bool bom = all.startsWith(QByteArrayView("\xEF\xBB\xBF", 3));
    const QByteArrayView body = all.sliced(bom ? 3 : 0);
    // Validity first: the check stops at the first bad byte, so binary data costs next to nothing.
    QByteArrayView textBytes = body;
    bool cutCharacter = false;
    if (!body.isValidUtf8()) {
        // Cut off mid-character is still text (flagged); anything else is not UTF-8.
        const qsizetype cut = incompleteUtf8Tail(body);
        if (cut < 0 || !body.first(cut).isValidUtf8()) {
            out.warnings << Warning::NotUtf8;
            return out;
        }
        textBytes = body.first(cut);
        cutCharacter = true;
    }
    // Valid UTF-8 may encode NUL, but no source code holds one: such bytes are data.
    if (!textBytes.isEmpty() && std::memchr(textBytes.data(), 0, size_t(textBytes.size()))) {
        out.warnings << Warning::ContainsNul;
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(textBytes);
    if (decoder.hasError()) { // not expected after the check above; never show a lossy text
        out.warnings << Warning::NotUtf8;
        return out;
    }
    if (bom)
        out.warnings << Warning::BomStripped;
    if (cutCharacter) {
        text.append(QChar(QChar::ReplacementCharacter));
        out.warnings << Warning::TruncatedCharacter;
    }
    out.text = text;
    out.isText = true;
    out.exactUtf8 = !bom && !cutCharacter;
    return out;
}

bool CodeText::isBareBom(const QByteArray &bytes)
{
    return bytes == QByteArrayView("\xEF\xBB\xBF", 3) || bytes == QByteArrayView("\xFF\xFE", 2)
            || bytes == QByteArrayView("\xFE\xFF", 2);
}
