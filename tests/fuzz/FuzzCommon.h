// Helpers shared by the libFuzzer targets in tests/fuzz.
#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant of the code under test: print what broke and abort, so libFuzzer keeps the input.
#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  ", __FILE__, __LINE__, #cond); \
            std::fprintf(stderr, __VA_ARGS__);                                                     \
            std::fprintf(stderr, "\n");                                                            \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace fuzz {

// The input as a QByteArray that owns a copy (libFuzzer's buffer is only valid during the call,
// and ASan then catches reads past its end exactly).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at NUL bytes into exactly `count` pieces; the last piece keeps any further NULs.
inline QList<QByteArray> pieces(const QByteArray &input, int count)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype nul = from <= input.size() ? input.indexOf('\0', from) : -1;
        if (nul < 0) {
            out.append(from <= input.size() ? input.mid(from) : QByteArray());
            from = input.size() + 1;
        } else {
            out.append(input.mid(from, nul - from));
            from = nul + 1;
        }
    }
    out.append(from <= input.size() ? input.mid(from) : QByteArray());
    return out;
}

inline bool isHexLower(const QByteArray &s)
{
    for (char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace fuzz
