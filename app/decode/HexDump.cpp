#include "app/decode/HexDump.h"

namespace HexDump {

QString format(const QByteArray &bytes, qsizetype limit)
{
    const qsizetype n = qMin(bytes.size(), limit);
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve((n / 16 + 1) * 78);
    for (qsizetype offset = 0; offset < n; offset += 16) {
        out += QByteArray::number(offset, 16).rightJustified(8, '0');
        out += "  ";
        QByteArray ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (offset + i < n) {
                const auto b = static_cast<unsigned char>(bytes.at(offset + i));
                out += digits[b >> 4];
                out += digits[b & 0xf];
                out += ' ';
                ascii += (b >= 0x20 && b < 0x7f) ? char(b) : '.';
            } else {
                out += "   ";
            }
            if (i == 7)
                out += ' ';
        }
        out += " |" + ascii + "|\n";
    }
    return QString::fromLatin1(out);
}

} // namespace HexDump
