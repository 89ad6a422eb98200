#include "app/emulator/demo/GeoBundle.h"

#include <QtGlobal>

#include <cstring>
#include <iterator>

namespace {

// xorshift32: tiny, fast and identical everywhere, unlike std:: distributions.
class XorShift32
{
public:
    explicit XorShift32(quint32 seed) : m_state(seed ? seed : 0x9e3779b9u) {}
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    quint32 below(quint32 bound) { return next() % bound; }

private:
    quint32 m_state;
};

// Writes straight into a pre-sized buffer; QByteArray::append per field would dominate
// the 8 MiB case.
class BufferWriter
{
public:
    explicit BufferWriter(char *data) : m_begin(data), m_pos(data) {}
    void put(const char *text, size_t length)
    {
        std::memcpy(m_pos, text, length);
        m_pos += length;
    }
    void put(const QByteArray &text) { put(text.constData(), size_t(text.size())); }
    void putChar(char c) { *m_pos++ = c; }
    void putNumber(quint64 value)
    {
        char digits[20];
        int count = 0;
        do {
            digits[count++] = char('0' + value % 10);
            value /= 10;
        } while (value);
        while (count)
            *m_pos++ = digits[--count];
    }
    qsizetype size() const { return qsizetype(m_pos - m_begin); }

private:
    char *m_begin;
    char *m_pos;
};

struct GeoCountry
{
    const char *code;
    int region;
};

// Region indices point into REGIONS in the bundle's tail.
const GeoCountry kGeoCountries[] = {
    {"CN", 0}, {"CN", 1}, {"CN", 2}, {"CN", 0}, {"HK", 3}, {"TW", 3}, {"SG", 4}, {"MY", 4},
    {"ID", 4}, {"AU", 4}, {"JP", 5}, {"KR", 5}, {"US", 6}, {"CA", 6}, {"DE", 7}, {"GB", 7},
};

// Longest entry is "  [4294967040, 30, \"CN\", 7],\n"; the shortest has an 8-digit start
// (tables begin at 1.0.0.0) and a 1-digit prefix length.
constexpr qsizetype kMaxEntryBytes = 29;
constexpr qsizetype kMinEntryBytes = 26;
constexpr char kPadPrefix[] = "// build-id: ";
// The padding line needs its prefix, at least a couple of id characters and '\n'.
constexpr qsizetype kMinPadBytes = sizeof(kPadPrefix) - 1 + 3;

// The prefix lengths and gaps the table may use.
struct PrefixRange
{
    int minPrefix;
    int maxPrefix;
    quint32 maxGap;
};

// Sized so even the most entries `entryBudget` bytes can hold cannot run past 255.255.255.255:
// each entry uses at most two blocks plus a gap of a quarter of its share.
PrefixRange prefixRangeFor(qsizetype entryBudget)
{
    const quint64 maxEntries = quint64(qMax<qsizetype>(entryBudget / kMinEntryBytes, 1));
    const quint64 share = (quint64(1) << 32) / maxEntries;
    int minPrefix = 8;
    while (minPrefix < 28 && (quint64(1) << (32 - minPrefix)) > share / 4)
        ++minPrefix;
    return {minPrefix, qMin(minPrefix + 4, 30), quint32(qMax<quint64>(share / 4, 1))};
}

// Entries "  [start, prefixLength, \"country\", regionIndex],\n" in address order until `entriesEnd`.
void writeEntries(BufferWriter &w, qsizetype entriesEnd, const PrefixRange &range, XorShift32 &rng)
{
    quint64 address = quint64(1) << 24; // start at 1.0.0.0 like real tables
    while (w.size() + kMaxEntryBytes <= entriesEnd) {
        const int prefix = range.minPrefix + int(rng.below(quint32(range.maxPrefix - range.minPrefix + 1)));
        const quint64 blockSize = quint64(1) << (32 - prefix);
        address = (address + blockSize - 1) & ~(blockSize - 1);
        if (address + blockSize > (quint64(1) << 32))
            break;
        const GeoCountry &country = kGeoCountries[rng.below(std::size(kGeoCountries))];
        w.put("  [", 3);
        w.putNumber(address);
        w.put(", ", 2);
        w.putNumber(quint64(prefix));
        w.put(", \"", 3);
        w.put(country.code, 2);
        w.put("\", ", 3);
        w.putNumber(quint64(country.region));
        w.put("],\n", 3);
        address += blockSize + (rng.below(range.maxGap) & ~quint32(0xff));
    }
}

// Fills the exact remainder up to `targetBytes` with a hash-looking comment line, as bundlers emit ids.
void writeBuildId(BufferWriter &w, qsizetype targetBytes, XorShift32 &rng)
{
    static const char hexDigits[] = "0123456789abcdef";
    w.put(kPadPrefix, sizeof(kPadPrefix) - 1);
    const qsizetype idBytes = targetBytes - w.size() - 1;
    for (qsizetype i = 0; i < idBytes; ++i)
        w.putChar(hexDigits[rng.next() >> 28]);
    w.putChar('\n');
}

} // namespace

GeoBundle::GeoBundle(const QByteArray &head, const QByteArray &tail)
    : m_head(head)
    , m_tail(tail)
{
    Q_ASSERT(m_head.size() + m_tail.size() + kMinPadBytes < MinimumSize);
}

QByteArray GeoBundle::ofSize(qsizetype targetBytes) const
{
    Q_ASSERT(targetBytes >= MinimumSize);
    targetBytes = qMax(targetBytes, MinimumSize);

    QByteArray out(targetBytes, Qt::Uninitialized);
    BufferWriter w(out.data());
    w.put(m_head);
    const qsizetype entriesEnd = targetBytes - m_tail.size() - kMinPadBytes;
    // One generator for the table and the build id, seeded once: the same bytes on every run.
    XorShift32 rng(0x5eed2024u);
    writeEntries(w, entriesEnd, prefixRangeFor(entriesEnd - w.size()), rng);
    w.put(m_tail);
    writeBuildId(w, targetBytes, rng);
    Q_ASSERT(w.size() == targetBytes);
    return out;
}
