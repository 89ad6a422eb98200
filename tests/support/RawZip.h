// A zip writer for tests that must say exactly what is in the archive's headers, including what no
// zip library will write: lying sizes, wrong CRCs, duplicate names, encryption flags, link modes,
// unknown methods. Header-only, no zip library: deflate is qCompress's stream without its zlib
// wrapper.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <array>
#include <optional>

namespace RawZip {

struct Entry
{
    QByteArray name;
    QByteArray data;
    quint16 method = 8;             // 0 stored, 8 deflate; anything else is written as stored data
    quint16 flags = 0x0800;         // bit 11: the name is UTF-8; bit 0: encrypted
    quint8 madeByOs = 3;            // 3: Unix, 0: MS-DOS
    quint32 externalAttributes = quint32(0100644) << 16;
    std::optional<quint32> crc;     // the right CRC unless given
    std::optional<quint32> size;    // the real uncompressed size unless given (in both headers)
};

inline quint32 crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char b : bytes)
        c = table[(c ^ quint8(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// Raw deflate (RFC 1951): qCompress gives a 4-byte length, a 2-byte zlib header, the stream and a
// 4-byte Adler-32.
inline QByteArray deflate(const QByteArray &bytes)
{
    const QByteArray z = qCompress(bytes, 9);
    return z.mid(6, z.size() - 10);
}

inline void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

inline void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

inline QByteArray write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const Entry &e : entries) {
        const QByteArray stored = e.method == 8 ? deflate(e.data) : e.data;
        const quint32 crc = e.crc.value_or(crc32(e.data));
        const quint32 size = e.size.value_or(quint32(e.data.size()));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put16(out, 0);      // time
        put16(out, 0x2821); // date: 2000-01-01
        put32(out, crc);
        put32(out, quint32(stored.size()));
        put32(out, size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += stored;

        put32(central, 0x02014b50);
        put16(central, quint16(e.madeByOs << 8 | 20));
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x2821);
        put32(central, crc);
        put32(central, quint32(stored.size()));
        put32(central, size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, e.externalAttributes);
        put32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

inline Entry file(const QByteArray &name, const QByteArray &data)
{
    Entry e;
    e.name = name;
    e.data = data;
    return e;
}

} // namespace RawZip
