#include "app/emulator/demo/DemoCode.h"

#include "app/emulator/demo/EdgeGatewayHistory.h"

#include <QFile>
#include <QList>

#include <cstring>
#include <iterator>

namespace {

// resources/CMakeLists.txt embeds resources/demo/ in the emulator library; a file missing here is a
// build that forgot to link its resources, and would serve wrong demo data.
QByteArray demoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo file %s is not embedded in this program", qPrintable(path));
    return file.readAll();
}

// Each read once, when first wanted: the app starts without touching them.
const EdgeGatewayHistory &edgeGateway()
{
    static const EdgeGatewayHistory history(demoFile(QStringLiteral(":/demo/edge-gateway/versions.js")),
                                            DemoCode::EdgeVersionCount);
    return history;
}

const QList<QString> &edgeVersionNotes()
{
    static const QList<QString> notes = [] {
        QList<QString> lines;
        for (const QByteArray &line : demoFile(QStringLiteral(":/demo/edge-gateway/version-notes.txt")).split('\n')) {
            if (!line.isEmpty())
                lines.append(QString::fromUtf8(line));
        }
        Q_ASSERT_X(lines.size() == DemoCode::EdgeVersionCount, "DemoCode", "one publish note per edge-gateway version");
        return lines;
    }();
    return notes;
}

} // namespace

QByteArray DemoCode::edgeRoutineVersion(int n)
{
    Q_ASSERT(n >= 1 && n <= EdgeVersionCount);
    return edgeGateway().version(qBound(1, n, EdgeVersionCount));
}

QString DemoCode::edgeVersionDescription(int n)
{
    Q_ASSERT(n >= 1 && n <= EdgeVersionCount);
    return edgeVersionNotes().value(qBound(1, n, EdgeVersionCount) - 1);
}

// ---- largeBundle ----------------------------------------------------------------------

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
    void put(const char *text) { put(text, std::strlen(text)); }
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

// Region indices point into REGIONS in kBundleTail.
const GeoCountry kGeoCountries[] = {
    {"CN", 0}, {"CN", 1}, {"CN", 2}, {"CN", 0}, {"HK", 3}, {"TW", 3}, {"SG", 4}, {"MY", 4},
    {"ID", 4}, {"AU", 4}, {"JP", 5}, {"KR", 5}, {"US", 6}, {"CA", 6}, {"DE", 7}, {"GB", 7},
};

const char kBundleHead[] = R"js(/* bundled by esbuild v0.19.11 | edge-gateway (geo build) | DO NOT EDIT */

// src/data/ip-prefixes.js
// Generated from the GeoIP export, sorted by start address:
// [start, prefixLength, country, regionIndex]
var IP_PREFIXES = [
)js";

const char kBundleTail[] = R"js(];

// src/geo.js
var REGIONS = [
  "cn-hangzhou",
  "cn-shanghai",
  "cn-beijing",
  "cn-hongkong",
  "ap-southeast-1",
  "ap-northeast-1",
  "us-west-1",
  "eu-central-1"
];
var REGION_ORIGINS = {
  "cn-hangzhou": "https://origin-hz.shop.example.com",
  "cn-shanghai": "https://origin-sh.shop.example.com",
  "cn-beijing": "https://origin-bj.shop.example.com",
  "ap-southeast-1": "https://origin-sg.shop.example.com",
  "eu-central-1": "https://origin-fra.shop.example.com"
};
var DEFAULT_ORIGIN = "https://origin.shop.example.com";
function ipv4ToInt(ip) {
  const parts = ip.split(".");
  if (parts.length !== 4) return -1;
  let value = 0;
  for (const part of parts) {
    const octet = Number(part);
    if (!Number.isInteger(octet) || octet < 0 || octet > 255) return -1;
    value = value * 256 + octet;
  }
  return value;
}
function lookupPrefix(ip) {
  const addr = ipv4ToInt(ip);
  if (addr < 0) return null;
  let lo = 0;
  let hi = IP_PREFIXES.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const [start, bits] = IP_PREFIXES[mid];
    if (addr < start) {
      hi = mid - 1;
    } else if (addr >= start + 2 ** (32 - bits)) {
      lo = mid + 1;
    } else {
      return IP_PREFIXES[mid];
    }
  }
  return null;
}

// src/index.js
var src_default = {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const ip = request.headers.get("ali-real-client-ip") || "";
    const match = lookupPrefix(ip);
    const region = match ? REGIONS[match[3]] : "default";
    if (url.pathname === "/__geo") {
      return new Response(JSON.stringify({ ip, country: match ? match[2] : null, region }), {
        headers: { "content-type": "application/json" }
      });
    }
    const origin = REGION_ORIGINS[region] || DEFAULT_ORIGIN;
    const response = await fetch(new URL(url.pathname + url.search, origin).toString(), {
      method: request.method,
      headers: request.headers,
      body: request.body
    });
    const headers = new Headers(response.headers);
    headers.set("x-edge-region", region);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
};
export {
  src_default as default
};
//# sourceMappingURL=edge-gateway.js.map
)js";

constexpr qsizetype kMinBundleBytes = 4096;
// Longest entry is "  [4294967040, 30, \"CN\", 7],\n"; the shortest has an 8-digit start
// (tables begin at 1.0.0.0) and a 1-digit prefix length.
constexpr qsizetype kMaxEntryBytes = 29;
constexpr qsizetype kMinEntryBytes = 26;
constexpr char kPadPrefix[] = "// build-id: ";
// The padding line needs its prefix, at least a couple of id characters and '\n'.
constexpr qsizetype kMinPadBytes = sizeof(kPadPrefix) - 1 + 3;

} // namespace

QByteArray DemoCode::largeBundle(qsizetype targetBytes)
{
    Q_ASSERT(targetBytes >= kMinBundleBytes);
    targetBytes = qMax(targetBytes, kMinBundleBytes);

    QByteArray out(targetBytes, Qt::Uninitialized);
    BufferWriter w(out.data());
    w.put(kBundleHead, sizeof(kBundleHead) - 1);

    const qsizetype tailBytes = qsizetype(sizeof(kBundleTail) - 1);
    const qsizetype entryBudget = targetBytes - w.size() - tailBytes - kMinPadBytes;

    // Size the prefixes so even the maximum entry count cannot run past 255.255.255.255:
    // each entry uses at most two blocks plus a gap of a quarter of its share.
    const quint64 maxEntries = quint64(qMax<qsizetype>(entryBudget / kMinEntryBytes, 1));
    const quint64 share = (quint64(1) << 32) / maxEntries;
    int minPrefix = 8;
    while (minPrefix < 28 && (quint64(1) << (32 - minPrefix)) > share / 4)
        ++minPrefix;
    const int maxPrefix = qMin(minPrefix + 4, 30);
    const quint32 maxGap = quint32(qMax<quint64>(share / 4, 1));

    XorShift32 rng(0x5eed2024u);
    quint64 address = quint64(1) << 24; // start at 1.0.0.0 like real tables
    const qsizetype entriesEnd = targetBytes - tailBytes - kMinPadBytes;
    while (w.size() + kMaxEntryBytes <= entriesEnd) {
        const int prefix = minPrefix + int(rng.below(quint32(maxPrefix - minPrefix + 1)));
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
        address += blockSize + (rng.below(maxGap) & ~quint32(0xff));
    }
    w.put(kBundleTail, size_t(tailBytes));

    // Fill the exact remainder with a hash-looking comment line, as bundlers emit ids.
    static const char hexDigits[] = "0123456789abcdef";
    w.put(kPadPrefix, sizeof(kPadPrefix) - 1);
    const qsizetype idBytes = targetBytes - w.size() - 1;
    for (qsizetype i = 0; i < idBytes; ++i)
        w.putChar(hexDigits[rng.next() >> 28]);
    w.putChar('\n');
    Q_ASSERT(w.size() == targetBytes);
    return out;
}

// ---- fixed texts and samples ----------------------------------------------------------

QByteArray DemoCode::jsonConfig()
{
    return demoFile(QStringLiteral(":/demo/config-service/config.json"));
}

QByteArray DemoCode::htmlPage()
{
    return demoFile(QStringLiteral(":/demo/maintenance-page/index.html"));
}

QByteArray DemoCode::wasmModule()
{
    return demoFile(QStringLiteral(":/demo/wasm-filter/filter.wasm"));
}

QByteArray DemoCode::noSuchKeyRoutineCode()
{
    return demoFile(QStringLiteral(":/demo/legacy-assets/nosuchkey.routinecode"));
}
