#include "app/emulator/demo/DemoCode.h"

#include <cstring>
#include <initializer_list>
#include <iterator>

namespace {

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

// ---- jsonConfig / htmlPage ---------------------------------------------------------------

QByteArray DemoCode::jsonConfig()
{
    return QByteArrayLiteral(R"json({
  "name": "edge-gateway",
  "description": "Entry routine for shop.example.com",
  "description_zh": "shop.example.com 的入口边缘函数",
  "entry": "src/index.js",
  "compatibilityDate": "2024-06-01",
  "codeVersion": 40,
  "routes": [
    {
      "pattern": "shop.example.com/*",
      "site": "example.com",
      "enabled": true
    },
    {
      "pattern": "m.shop.example.com/*",
      "site": "example.com",
      "enabled": true
    },
    {
      "pattern": "shop.example.com/static/*",
      "site": "example.com",
      "enabled": false,
      "comment": "static assets bypass the routine and are served from cache"
    }
  ],
  "env": {
    "MAINTENANCE": "0",
    "LOG_ENDPOINT": "https://logs.shop.example.com/ingest",
    "DEFAULT_LOCALE": "en-US"
  },
  "kvNamespaces": [
    {
      "binding": "RATE_LIMIT_KV",
      "namespace": "edge-gateway-ratelimit"
    }
  ],
  "origins": {
    "default": "https://origin.shop.example.com",
    "cn": "https://origin-cn.shop.example.com",
    "search": "https://search-v2.shop.example.com"
  },
  "cache": {
    "ttlSeconds": {
      "html": 300,
      "static": 86400,
      "font": 604800,
      "api": 0
    },
    "cacheErrors": false,
    "respectOriginHeaders": true
  },
  "cors": {
    "allowedOrigins": [
      "https://shop.example.com",
      "https://m.shop.example.com",
      "https://admin.shop.example.com"
    ],
    "allowedMethods": ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
    "maxAgeSeconds": 86400
  },
  "rateLimit": {
    "paths": ["/api/"],
    "limit": 120,
    "windowSeconds": 60,
    "keyBy": "clientIp"
  },
  "grayRelease": {
    "experiment": "exp_home",
    "variants": {
      "a": "/",
      "b": "/index-b.html"
    },
    "newVisitorShare": 0.1,
    "cookieMaxAgeSeconds": 2592000
  },
  "geo": {
    "rules": [
      {
        "country": "CN",
        "origin": "cn"
      }
    ],
    "languageRedirect": {
      "from": "/",
      "to": "/zh/",
      "acceptLanguagePrefix": "zh",
      "skipWhenCookie": "lang"
    }
  },
  "limits": {
    "cpuTimeMs": 50,
    "memoryMb": 128,
    "subrequests": 50
  },
  "observability": {
    "logLevel": "info",
    "sampleRate": 0.25,
    "tags": ["storefront", "production"]
  }
}
)json");
}

QByteArray DemoCode::htmlPage()
{
    return QByteArrayLiteral(R"html(<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>系统维护中 · Under maintenance — Shop</title>
  <style>
    :root {
      --fg: #1f2329;
      --muted: #646a73;
      --accent: #ff6a00;
      --bg: #f5f6f7;
      --card: #ffffff;
    }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e8eaed; --muted: #9aa0a6; --bg: #16181b; --card: #202327; }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0;
      min-height: 100vh;
      display: grid;
      place-items: center;
      background: var(--bg);
      color: var(--fg);
      font: 16px/1.6 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
    }
    main {
      max-width: 34rem;
      margin: 1.5rem;
      padding: 2.5rem 2rem;
      background: var(--card);
      border-radius: 12px;
      box-shadow: 0 4px 24px rgba(0, 0, 0, 0.08);
      text-align: center;
    }
    .logo { width: 48px; height: 48px; margin: 0 auto 1rem; border-radius: 50%; background: var(--accent); }
    h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
    h2 { font-size: 1.05rem; font-weight: 500; color: var(--muted); margin: 0 0 1.5rem; }
    p { margin: 0.5rem 0; }
    .eta { font-variant-numeric: tabular-nums; font-weight: 600; color: var(--accent); }
    .links { margin-top: 1.75rem; font-size: 0.9rem; }
    .links a { color: var(--accent); text-decoration: none; margin: 0 0.5rem; }
    .links a:hover { text-decoration: underline; }
    footer { margin-top: 2rem; font-size: 0.75rem; color: var(--muted); }
  </style>
</head>
<body>
  <main>
    <div class="logo" aria-hidden="true"></div>
    <h1>系统升级维护中</h1>
    <h2>We are upgrading our systems</h2>
    <p>为了给您提供更好的购物体验，我们正在进行例行维护，预计很快恢复。</p>
    <p>Scheduled maintenance is in progress. We will be back shortly.</p>
    <p>预计剩余时间 / Time remaining: <span class="eta" id="eta">10:00</span></p>
    <p id="retry-note" hidden>页面将自动刷新 · This page will reload automatically.</p>
    <div class="links">
      <a href="https://status.shop.example.com/">服务状态 Status</a>
      <a href="https://support.shop.example.com/">帮助中心 Help</a>
      <a href="mailto:support@shop.example.com">联系我们 Contact</a>
    </div>
    <footer>
      Served by edge-gateway at the ESA edge · Request ID: <code id="rid">-</code>
    </footer>
  </main>
  <script>
    // Count down from the Retry-After the edge sent (600 s), then reload once.
    (function () {
      var remaining = 600;
      var eta = document.getElementById("eta");
      var note = document.getElementById("retry-note");
      var rid = document.querySelector('meta[name="request-id"]');
      if (rid) document.getElementById("rid").textContent = rid.content;
      function pad(n) { return n < 10 ? "0" + n : String(n); }
      function tick() {
        eta.textContent = pad(Math.floor(remaining / 60)) + ":" + pad(remaining % 60);
        if (remaining === 0) {
          note.hidden = false;
          setTimeout(function () { location.reload(); }, 1500);
          return;
        }
        remaining -= 1;
        setTimeout(tick, 1000);
      }
      tick();
    })();
  </script>
</body>
</html>
)html");
}

// ---- wasmModule -------------------------------------------------------------------------

namespace {

void appendUleb128(QByteArray &out, quint32 value)
{
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value)
            byte |= 0x80;
        out.append(char(byte));
    } while (value);
}

void appendName(QByteArray &out, const QByteArray &name)
{
    appendUleb128(out, quint32(name.size()));
    out.append(name);
}

// Sections carry their byte length up front; computing it keeps the hand-written
// payloads below free of magic size bytes.
void appendSection(QByteArray &out, quint8 id, const QByteArray &payload)
{
    out.append(char(id));
    appendUleb128(out, quint32(payload.size()));
    out.append(payload);
}

QByteArray bytes(std::initializer_list<quint8> list)
{
    QByteArray out;
    out.reserve(qsizetype(list.size()));
    for (quint8 b : list)
        out.append(char(b));
    return out;
}

} // namespace

QByteArray DemoCode::wasmModule()
{
    enum : quint8 { I32 = 0x7f, FuncType = 0x60, End = 0x0b, LocalGet = 0x20, LocalSet = 0x21,
                    I32Const = 0x41, I32Add = 0x6a, I32Sub = 0x6b, I32Eqz = 0x45, I32Load8U = 0x2d,
                    Block = 0x02, Loop = 0x03, Br = 0x0c, BrIf = 0x0d, EmptyType = 0x40 };

    QByteArray module = QByteArrayLiteral("\0asm\x01\0\0\0");

    // Types: 0 = (i32, i32) -> i32, 1 = () -> i32.
    appendSection(module, 1, bytes({2, FuncType, 2, I32, I32, 1, I32, FuncType, 0, 1, I32}));
    // Functions: add, checksum, version.
    appendSection(module, 3, bytes({3, 0, 0, 1}));
    // One page of memory, no maximum.
    appendSection(module, 5, bytes({1, 0x00, 1}));

    QByteArray exports;
    appendUleb128(exports, 4);
    appendName(exports, "add");
    exports.append(bytes({0x00, 0}));
    appendName(exports, "checksum");
    exports.append(bytes({0x00, 1}));
    appendName(exports, "version");
    exports.append(bytes({0x00, 2}));
    appendName(exports, "memory");
    exports.append(bytes({0x02, 0}));
    appendSection(module, 7, exports);

    const QByteArray add = bytes({0, LocalGet, 0, LocalGet, 1, I32Add, End});
    // checksum(ptr, len): sum of len bytes from ptr, with one extra i32 local as accumulator.
    const QByteArray checksum = bytes({
        1, 1, I32,
        Block, EmptyType,
          Loop, EmptyType,
            LocalGet, 1, I32Eqz, BrIf, 1,
            LocalGet, 2, LocalGet, 0, I32Load8U, 0, 0, I32Add, LocalSet, 2,
            LocalGet, 0, I32Const, 1, I32Add, LocalSet, 0,
            LocalGet, 1, I32Const, 1, I32Sub, LocalSet, 1,
            Br, 0,
          End,
        End,
        LocalGet, 2,
        End});
    const QByteArray version = bytes({0, I32Const, 40, End});
    QByteArray code;
    appendUleb128(code, 3);
    for (const QByteArray &body : {add, checksum, version}) {
        appendUleb128(code, quint32(body.size()));
        code.append(body);
    }
    appendSection(module, 10, code);

    // A greeting at address 0 so checksum(0, 17) has something to chew on.
    QByteArray data = bytes({1, 0, I32Const, 0, End});
    appendName(data, "hello from edge!\n");
    appendSection(module, 11, data);

    // Custom "name" section, so disassemblers show function names.
    QByteArray functionNames;
    appendUleb128(functionNames, 3);
    const char *const names[] = {"add", "checksum", "version"};
    for (quint32 i = 0; i < 3; ++i) {
        appendUleb128(functionNames, i);
        appendName(functionNames, names[i]);
    }
    QByteArray nameSection;
    appendName(nameSection, "name");
    nameSection.append(char(1));
    appendUleb128(nameSection, quint32(functionNames.size()));
    nameSection.append(functionNames);
    appendSection(module, 0, nameSection);

    return module;
}
