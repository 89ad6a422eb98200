#include "app/emulator/demo/DemoCode.h"

#include <QFile>

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

constexpr int kLatest = DemoCode::EdgeVersionCount;

// One slice of the edge-gateway source and the versions it appears in. A version is
// the concatenation, in table order, of every block whose range contains it; a changed
// line is two blocks with adjacent ranges, a moved block is the same text at two places.
struct CodeBlock
{
    int first;
    int last;
    const char *text;
};

// Moved to the top of the helpers in v30, so the same text appears twice in the table.
const char kLogHelperV25[] = R"js(
// Structured logs go to the console and, when configured, to the log collector.
function log(ctx, env, event, fields) {
  const line = JSON.stringify({ event, ...fields, at: new Date().toISOString() });
  console.log(line);
  if (env.LOG_ENDPOINT) {
    ctx.waitUntil(fetch(env.LOG_ENDPOINT, { method: "POST", body: line }));
  }
}

)js";

// Raw-string blocks start with a newline right after R"js( for readability; the builder
// drops it. Blank separator lines therefore sit at the end of a block (or alone as "\n").
const CodeBlock kEdgeGateway[] = {
    // ---- file header ------------------------------------------------------------
    {1, 39, R"js(
/**
 * edge-gateway
 *
 * Entry routine for shop.example.com. Runs on every request at the ESA edge
 * and forwards traffic to the origin, adding a few response headers.
 */

)js"},
    {40, kLatest, R"js(
/**
 * edge-gateway
 *
 * Entry routine for shop.example.com. Runs on every request at the ESA edge:
 * redirects, CORS, rate limiting, gray release (A/B) and geo routing happen
 * here; everything else is forwarded to the origin.
 *
 * 注意：修改路由规则后，请同步更新 README 中的路由表。
 */

)js"},

    // ---- constants ----------------------------------------------------------------
    {1, kLatest, "const ORIGIN = \"https://origin.shop.example.com\";\n"},
    {23, kLatest, "const ORIGIN_CN = \"https://origin-cn.shop.example.com\";\n"},
    {17, kLatest, "const SEARCH_ORIGIN = \"https://search-v2.shop.example.com\";\n"},
    {1, kLatest, "\n"},

    {4, kLatest, R"js(
// Seconds the edge may keep each kind of response.
const CACHE_TTL = {
)js"},
    {4, 26, "  html: 60,\n"},
    {27, kLatest, "  html: 300,\n"},
    {4, 4, "  static: 3600,\n"},
    {5, kLatest, R"js(
  // Asset file names are fingerprinted, so a long TTL is safe.
  static: 86400,
)js"},
    {27, kLatest, "  font: 604800,\n"},
    {4, kLatest, R"js(
  api: 0,
};

)js"},

    {7, kLatest, R"js(
// Old marketing URLs that still get traffic from printed material and old apps.
const REDIRECTS = {
  "/promo": "/campaigns/spring-sale",
  "/app": "/download",
  "/help": "https://support.shop.example.com/",
)js"},
    {8, kLatest, R"js(
  "/careers": "https://jobs.example.com/shop",
  "/docs": "https://developer.shop.example.com/docs",
)js"},
    {7, kLatest, R"js(
};

)js"},
    {36, kLatest, R"js(
// Whole sections that moved to another host; the rest of the path is kept.
const PREFIX_REDIRECTS = [
  ["/blog/", "https://blog.shop.example.com/"],
  ["/press/", "https://www.example.com/press/"],
];

)js"},

    {11, kLatest, R"js(
const ALLOWED_ORIGINS = [
  "https://shop.example.com",
  "https://m.shop.example.com",
  "https://admin.shop.example.com",
];

)js"},

    {17, 25, R"js(
// Feature flags: flip one and publish a new version to roll back.
const FLAGS = {
  betaSearch: true,
};

)js"},

    {22, kLatest, R"js(
// 限流：每个客户端 IP 每个时间窗口内最多 RATE_LIMIT 次 API 请求
const RATE_LIMIT = 120;
const RATE_WINDOW_SECONDS = 60;

)js"},

    {32, kLatest, R"js(
// Office egress addresses can still reach the site during maintenance.
const MAINTENANCE_ALLOWLIST = new Set(["203.0.113.10", "203.0.113.11", "198.51.100.7"]);

)js"},

    // ---- helpers ------------------------------------------------------------------
    {30, kLatest, kLogHelperV25},

    {1, kLatest, R"js(
function withHeaders(response, extra) {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) {
    headers.set(name, value);
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

)js"},

    {28, kLatest, R"js(
// Headers every response should carry, whatever the origin sent.
function securityHeaders() {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
)js"},
    {29, kLatest, R"js(
    "referrer-policy": "strict-origin-when-cross-origin",
    "content-security-policy": "frame-ancestors 'none'; upgrade-insecure-requests",
)js"},
    {33, kLatest, "    \"strict-transport-security\": \"max-age=31536000; includeSubDomains\",\n"},
    {28, kLatest, R"js(
  };
}

)js"},

    {10, kLatest, R"js(
function jsonResponse(data, status = 200, headers = {}) {
  return new Response(JSON.stringify(data) + "\n", {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

)js"},

    {4, kLatest, R"js(
function cacheTtlFor(pathname) {
  if (pathname.startsWith("/api/")) {
    return CACHE_TTL.api;
  }
)js"},
    {27, kLatest, R"js(
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) {
    return CACHE_TTL.font;
  }
)js"},
    {4, kLatest, R"js(
  if (/\.(js|css|png|jpe?g|gif|svg|webp|ico)$/.test(pathname)) {
    return CACHE_TTL.static;
  }
  return CACHE_TTL.html;
}

)js"},

    {11, kLatest, R"js(
// Only our own front ends may call the API from a browser.
function corsHeaders(origin) {
  if (!origin || !ALLOWED_ORIGINS.includes(origin)) {
    return {};
  }
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
    "access-control-allow-headers": "content-type, authorization",
)js"},
    {35, kLatest, "    \"access-control-max-age\": \"86400\",\n"},
    {11, kLatest, R"js(
    vary: "Origin",
  };
}

)js"},

    {13, 24, R"js(
function log(event, fields) {
  console.log(JSON.stringify({ event, ...fields, at: new Date().toISOString() }));
}

)js"},
    {25, 29, kLogHelperV25},

    {14, kLatest, R"js(
// 灰度发布：按 Cookie 分流，同一用户始终看到同一版本的首页。
function pickVariant(request) {
  const cookie = request.headers.get("cookie") || "";
)js"},
    {14, 33, "  const match = cookie.match(/(?:^|;\\s*)ab_home=(a|b)\\b/);\n"},
    {34, kLatest, "  const match = cookie.match(/(?:^|;\\s*)exp_home=(a|b)\\b/);\n"},
    {14, kLatest, R"js(
  if (match) {
    return { variant: match[1], isNew: false };
  }
)js"},
    {14, 15, R"js(
  // New visitors are split 50/50 between the current and the redesigned home page.
  return { variant: Math.random() < 0.5 ? "b" : "a", isNew: true };
)js"},
    {16, kLatest, R"js(
  // 先对 10% 的新访客开放新版首页，观察转化率后再逐步放量。
  return { variant: Math.random() < 0.1 ? "b" : "a", isNew: true };
)js"},
    {14, kLatest, "}\n\n"},

    {21, kLatest, R"js(
// ESA passes the visitor's address in this header; the fallback keeps keys well-formed.
function clientIp(request) {
  return request.headers.get("ali-real-client-ip") || "0.0.0.0";
}

)js"},

    {19, kLatest, R"js(
// Fixed-window counter in edge KV: cheap, and good enough to stop scripted abuse.
async function checkRateLimit(request, env) {
  if (!env.RATE_LIMIT_KV) {
    return true;
  }
)js"},
    {19, 21, "  const bucket = Math.floor(Date.now() / 60000);\n"},
    {22, kLatest, "  const bucket = Math.floor(Date.now() / (RATE_WINDOW_SECONDS * 1000));\n"},
    {19, 20, "  const key = `rl:${new URL(request.url).pathname}:${bucket}`;\n"},
    {21, kLatest, R"js(
  // Key by client, not by path: one noisy client must not lock out everyone else.
  const key = `rl:${clientIp(request)}:${bucket}`;
)js"},
    {19, kLatest, "  const count = Number((await env.RATE_LIMIT_KV.get(key)) || 0);\n"},
    {19, 21, "  if (count >= 60) {\n"},
    {22, kLatest, "  if (count >= RATE_LIMIT) {\n"},
    {19, kLatest, R"js(
    return false;
  }
)js"},
    {19, 21, "  await env.RATE_LIMIT_KV.put(key, String(count + 1), { expirationTtl: 120 });\n"},
    {22, kLatest, "  await env.RATE_LIMIT_KV.put(key, String(count + 1), { expirationTtl: RATE_WINDOW_SECONDS * 2 });\n"},
    {19, kLatest, R"js(
  return true;
}

)js"},

    {23, kLatest, R"js(
// 中国大陆访客回源到国内源站，其余访客走默认源站。
function originFor(request) {
  const country = request.headers.get("ali-ip-country") || "";
  return country === "CN" ? ORIGIN_CN : ORIGIN;
}

)js"},

    {6, kLatest, "// Forwards the request to an origin, keeping method, headers and body.\n"},
    {6, 16, "async function proxyToOrigin(request, url) {\n"},
    {17, 36, "async function proxyToOrigin(request, url, origin) {\n"},
    {37, kLatest, "async function proxyToOrigin(request, url, origin, requestId) {\n"},
    {6, 16, "  const upstream = new URL(url.pathname + url.search, ORIGIN);\n"},
    {17, 17, "  const upstream = new URL(url.pathname + url.search, origin);\n"},
    {18, kLatest, "  const originUrl = new URL(url.pathname + url.search, origin);\n"},
    {37, kLatest, R"js(
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
)js"},
    {6, 17, "  return fetch(upstream.toString(), {\n"},
    {18, 37, "  return fetch(originUrl.toString(), {\n"},
    {38, kLatest, "  const init = {\n"},
    {6, kLatest, "    method: request.method,\n"},
    {6, 36, "    headers: request.headers,\n"},
    {37, kLatest, "    headers,\n"},
    {6, kLatest, "    body: request.body,\n"},
    {6, 37, "  });\n"},
    {38, kLatest, R"js(
  };
  const response = await fetch(originUrl.toString(), init);
  // 源站返回 5xx 时，幂等请求回退到主源站重试一次。
  if (response.status >= 500 && origin !== ORIGIN && ["GET", "HEAD"].includes(request.method)) {
    return fetch(new URL(url.pathname + url.search, ORIGIN).toString(), init);
  }
  return response;
)js"},
    {6, kLatest, "}\n\n"},

    // ---- request handler ----------------------------------------------------------
    {1, kLatest, R"js(
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
)js"},
    {37, kLatest, "    const requestId = request.headers.get(\"x-request-id\") || crypto.randomUUID();\n"},
    {1, kLatest, R"js(

    if (url.pathname === "/health") {
      return new Response("ok\n", {
        status: 200,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }

)js"},
    {31, 31, "    if (env.MAINTENANCE === \"1\") {\n"},
    {32, kLatest, "    if (env.MAINTENANCE === \"1\" && !MAINTENANCE_ALLOWLIST.has(clientIp(request))) {\n"},
    {31, kLatest, R"js(
      return new Response("Service under maintenance, please retry later.\n", {
        status: 503,
        headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "600" },
      });
    }

)js"},
    {2, kLatest, R"js(
    if (url.pathname === "/robots.txt") {
      return new Response("User-agent: *\nDisallow: /api/\nDisallow: /checkout/\n", {
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }

)js"},
    {10, 39, R"js(
    if (url.pathname === "/__edge/info") {
      return jsonResponse({ routine: "edge-gateway", time: new Date().toISOString() });
    }

)js"},
    {12, kLatest, "    if (request.method === \"OPTIONS\") {\n"},
    {12, 34, "      return new Response(null, { status: 200, headers: corsHeaders(request.headers.get(\"origin\")) });\n"},
    {35, kLatest, "      return new Response(null, { status: 204, headers: corsHeaders(request.headers.get(\"origin\")) });\n"},
    {12, kLatest, "    }\n\n"},

    {7, kLatest, R"js(
    const target = REDIRECTS[url.pathname];
    if (target) {
)js"},
    {13, 24, "      log(\"redirect\", { from: url.pathname, to: target });\n"},
    {25, 36, "      log(ctx, env, \"redirect\", { from: url.pathname, to: target });\n"},
    {37, kLatest, "      log(ctx, env, \"redirect\", { requestId, from: url.pathname, to: target });\n"},
    {7, 8, "      return Response.redirect(new URL(target, url).toString(), 301);\n"},
    {9, kLatest, R"js(
      // Keep campaign parameters (utm_*) when redirecting.
      const location = new URL(target, url);
      location.search = url.search;
      return Response.redirect(location.toString(), 301);
)js"},
    {7, kLatest, "    }\n\n"},
    {36, kLatest, R"js(
    for (const [prefix, host] of PREFIX_REDIRECTS) {
      if (url.pathname.startsWith(prefix)) {
        return Response.redirect(host + url.pathname.slice(prefix.length) + url.search, 301);
      }
    }

)js"},

    {24, kLatest, R"js(
    // 首页按 Accept-Language 跳转中文站；用户手动切换过语言（lang Cookie）则不再跳转。
    if (url.pathname === "/" && !(request.headers.get("cookie") || "").includes("lang=")) {
      const accept = request.headers.get("accept-language") || "";
      if (accept.toLowerCase().startsWith("zh")) {
        return Response.redirect(new URL("/zh/", url).toString(), 302);
      }
    }

)js"},

    {20, kLatest, "    if (url.pathname.startsWith(\"/api/\") && !(await checkRateLimit(request, env))) {\n"},
    {25, kLatest, "      log(ctx, env, \"rate_limited\", { path: url.pathname, ip: clientIp(request) });\n"},
    {20, 21, "      return jsonResponse({ error: \"too many requests\" }, 429, { \"retry-after\": \"60\" });\n"},
    {22, kLatest, "      return jsonResponse({ error: \"too many requests\" }, 429, { \"retry-after\": String(RATE_WINDOW_SECONDS) });\n"},
    {20, kLatest, "    }\n\n"},

    {15, kLatest, R"js(
    let variant = null;
    if (url.pathname === "/") {
      variant = pickVariant(request);
      if (variant.variant === "b") {
        url.pathname = "/index-b.html";
      }
    }

)js"},

    {1, 5, R"js(
    const upstream = new URL(url.pathname + url.search, ORIGIN);
    const response = await fetch(upstream.toString(), {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });

)js"},
    {17, 22, "    const origin = FLAGS.betaSearch && url.pathname.startsWith(\"/search\") ? SEARCH_ORIGIN : ORIGIN;\n"},
    {23, 25, "    const origin = FLAGS.betaSearch && url.pathname.startsWith(\"/search\") ? SEARCH_ORIGIN : originFor(request);\n"},
    {26, kLatest, "    const origin = url.pathname.startsWith(\"/search\") ? SEARCH_ORIGIN : originFor(request);\n"},
    {39, kLatest, "    const started = Date.now();\n"},
    {6, 16, "    const response = await proxyToOrigin(request, url);\n\n"},
    {17, 36, "    const response = await proxyToOrigin(request, url, origin);\n\n"},
    {37, kLatest, "    const response = await proxyToOrigin(request, url, origin, requestId);\n\n"},

    {4, kLatest, "    const ttl = cacheTtlFor(url.pathname);\n"},
    {1, 14, "    return withHeaders(response, {\n"},
    {15, kLatest, "    const extra = {\n"},
    {1, kLatest, "      \"x-served-by\": \"esa-edge\",\n"},
    {3, 27, R"js(
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
)js"},
    {28, kLatest, "      ...securityHeaders(),\n"},
    {4, 32, "      \"cache-control\": ttl > 0 ? `public, max-age=${ttl}` : \"no-store\",\n"},
    {33, kLatest, R"js(
      // Never let the edge keep an origin error page.
      "cache-control": response.ok && ttl > 0 ? `public, max-age=${ttl}` : "no-store",
)js"},
    {37, kLatest, "      \"x-request-id\": requestId,\n"},
    {39, kLatest, "      \"server-timing\": `origin;dur=${Date.now() - started}`,\n"},
    {12, kLatest, "      ...(url.pathname.startsWith(\"/api/\") ? corsHeaders(request.headers.get(\"origin\")) : {}),\n"},
    {1, 14, "    });\n"},
    {15, kLatest, R"js(
    };
    if (variant && variant.isNew) {
      // 新访客写入分流 Cookie，后续访问命中同一版本。
)js"},
    {15, 33, "      extra[\"set-cookie\"] = `ab_home=${variant.variant}; Path=/; Max-Age=604800; SameSite=Lax`;\n"},
    {34, kLatest, "      extra[\"set-cookie\"] = `exp_home=${variant.variant}; Path=/; Max-Age=2592000; SameSite=Lax`;\n"},
    {15, kLatest, R"js(
    }
    return withHeaders(response, extra);
)js"},
    {1, kLatest, R"js(
  },
};
)js"},
};

// Publish notes, index n-1 for version n; each describes the step from the version before.
const char *const kEdgeVersionNotes[] = {
    "initial version: proxy to origin, /health",
    "serve /robots.txt at the edge",
    "add nosniff and frame-options headers",
    "cache TTL per content type",
    "cache static assets for a day",
    "refactor: extract proxyToOrigin()",
    "redirect table for old marketing URLs",
    "add /careers and /docs redirects",
    "fix: keep the query string on redirects",
    "add /__edge/info debug endpoint",
    "CORS helper for our own front ends",
    "answer CORS preflight, CORS headers on /api/",
    "log redirects",
    "灰度发布：按 Cookie 分流（pickVariant）",
    "A/B test of the redesigned home page",
    "灰度比例调整为 10%",
    "route /search to search-v2 behind the betaSearch flag",
    "rename upstream -> originUrl",
    "rate limiter backed by edge KV",
    "rate-limit /api/ with 429",
    "fix: rate-limit per client IP, not per path",
    "raise the API rate limit to 120/min and make it a constant",
    "中国大陆访客回源到国内源站",
    "send zh visitors from / to /zh/",
    "ship logs to LOG_ENDPOINT, log rate-limit hits",
    "search-v2 is GA: remove the betaSearch flag",
    "html TTL 300 s, cache fonts for a week",
    "refactor: securityHeaders()",
    "add referrer-policy and CSP",
    "move log() to the top of the helpers",
    "maintenance mode switch (env.MAINTENANCE)",
    "维护期间放行办公网 IP",
    "HSTS; never cache origin errors",
    "rename experiment cookie to exp_home, keep it 30 days",
    "fix: preflight answers 204; cache preflight for a day",
    "prefix redirects for /blog/ and /press/",
    "propagate x-request-id to the origin and logs",
    "retry idempotent requests on the primary origin after a 5xx",
    "Server-Timing header with origin latency",
    "remove the debug endpoint, update the header comment",
};
static_assert(std::size(kEdgeVersionNotes) == DemoCode::EdgeVersionCount,
              "one publish note per edge-gateway version");

} // namespace

QByteArray DemoCode::edgeRoutineVersion(int n)
{
    Q_ASSERT(n >= 1 && n <= EdgeVersionCount);
    n = qBound(1, n, EdgeVersionCount);
    QByteArray out;
    out.reserve(12 * 1024);
    for (const CodeBlock &block : kEdgeGateway) {
        if (n < block.first || n > block.last)
            continue;
        const char *text = block.text;
        if (text[0] == '\n' && text[1] != '\0') // a lone "\n" is a blank line, keep it
            ++text;
        out.append(text);
    }
    return out;
}

QString DemoCode::edgeVersionDescription(int n)
{
    Q_ASSERT(n >= 1 && n <= EdgeVersionCount);
    return QString::fromUtf8(kEdgeVersionNotes[qBound(1, n, EdgeVersionCount) - 1]);
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
