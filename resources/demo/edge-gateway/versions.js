// The 40 versions of the demo's edge-gateway routine in one file, as blocks of lines.
// Each block starts with a line "//@ RANGE NOTE": RANGE is N, N-M, or N- (from N to the newest);
// the NOTE is for the reader. Version n is every block whose range holds n, in file order. A
// changed line is two blocks with adjacent ranges; a moved block is the same text twice.
// Read by app/emulator/demo/EdgeGatewayHistory.cpp, which ignores these lines above the first block.
//@ 1-39  file header
/**
 * edge-gateway
 *
 * Entry routine for shop.example.com. Runs on every request at the ESA edge
 * and forwards traffic to the origin, adding a few response headers.
 */

//@ 40-
/**
 * edge-gateway
 *
 * Entry routine for shop.example.com. Runs on every request at the ESA edge:
 * redirects, CORS, rate limiting, gray release (A/B) and geo routing happen
 * here; everything else is forwarded to the origin.
 *
 * 注意：修改路由规则后，请同步更新 README 中的路由表。
 */

//@ 1-  constants
const ORIGIN = "https://origin.shop.example.com";
//@ 23-
const ORIGIN_CN = "https://origin-cn.shop.example.com";
//@ 17-
const SEARCH_ORIGIN = "https://search-v2.shop.example.com";
//@ 1-

//@ 4-
// Seconds the edge may keep each kind of response.
const CACHE_TTL = {
//@ 4-26
  html: 60,
//@ 27-
  html: 300,
//@ 4
  static: 3600,
//@ 5-
  // Asset file names are fingerprinted, so a long TTL is safe.
  static: 86400,
//@ 27-
  font: 604800,
//@ 4-
  api: 0,
};

//@ 7-
// Old marketing URLs that still get traffic from printed material and old apps.
const REDIRECTS = {
  "/promo": "/campaigns/spring-sale",
  "/app": "/download",
  "/help": "https://support.shop.example.com/",
//@ 8-
  "/careers": "https://jobs.example.com/shop",
  "/docs": "https://developer.shop.example.com/docs",
//@ 7-
};

//@ 36-
// Whole sections that moved to another host; the rest of the path is kept.
const PREFIX_REDIRECTS = [
  ["/blog/", "https://blog.shop.example.com/"],
  ["/press/", "https://www.example.com/press/"],
];

//@ 11-
const ALLOWED_ORIGINS = [
  "https://shop.example.com",
  "https://m.shop.example.com",
  "https://admin.shop.example.com",
];

//@ 17-25
// Feature flags: flip one and publish a new version to roll back.
const FLAGS = {
  betaSearch: true,
};

//@ 22-
// 限流：每个客户端 IP 每个时间窗口内最多 RATE_LIMIT 次 API 请求
const RATE_LIMIT = 120;
const RATE_WINDOW_SECONDS = 60;

//@ 32-
// Office egress addresses can still reach the site during maintenance.
const MAINTENANCE_ALLOWLIST = new Set(["203.0.113.10", "203.0.113.11", "198.51.100.7"]);

//@ 30-  helpers; log() moved here in v30 (the same text is at 25-29 below)
// Structured logs go to the console and, when configured, to the log collector.
function log(ctx, env, event, fields) {
  const line = JSON.stringify({ event, ...fields, at: new Date().toISOString() });
  console.log(line);
  if (env.LOG_ENDPOINT) {
    ctx.waitUntil(fetch(env.LOG_ENDPOINT, { method: "POST", body: line }));
  }
}

//@ 1-
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

//@ 28-
// Headers every response should carry, whatever the origin sent.
function securityHeaders() {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
//@ 29-
    "referrer-policy": "strict-origin-when-cross-origin",
    "content-security-policy": "frame-ancestors 'none'; upgrade-insecure-requests",
//@ 33-
    "strict-transport-security": "max-age=31536000; includeSubDomains",
//@ 28-
  };
}

//@ 10-
function jsonResponse(data, status = 200, headers = {}) {
  return new Response(JSON.stringify(data) + "\n", {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

//@ 4-
function cacheTtlFor(pathname) {
  if (pathname.startsWith("/api/")) {
    return CACHE_TTL.api;
  }
//@ 27-
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) {
    return CACHE_TTL.font;
  }
//@ 4-
  if (/\.(js|css|png|jpe?g|gif|svg|webp|ico)$/.test(pathname)) {
    return CACHE_TTL.static;
  }
  return CACHE_TTL.html;
}

//@ 11-
// Only our own front ends may call the API from a browser.
function corsHeaders(origin) {
  if (!origin || !ALLOWED_ORIGINS.includes(origin)) {
    return {};
  }
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
    "access-control-allow-headers": "content-type, authorization",
//@ 35-
    "access-control-max-age": "86400",
//@ 11-
    vary: "Origin",
  };
}

//@ 13-24
function log(event, fields) {
  console.log(JSON.stringify({ event, ...fields, at: new Date().toISOString() }));
}

//@ 25-29  log() before it moved up in v30
// Structured logs go to the console and, when configured, to the log collector.
function log(ctx, env, event, fields) {
  const line = JSON.stringify({ event, ...fields, at: new Date().toISOString() });
  console.log(line);
  if (env.LOG_ENDPOINT) {
    ctx.waitUntil(fetch(env.LOG_ENDPOINT, { method: "POST", body: line }));
  }
}

//@ 14-
// 灰度发布：按 Cookie 分流，同一用户始终看到同一版本的首页。
function pickVariant(request) {
  const cookie = request.headers.get("cookie") || "";
//@ 14-33
  const match = cookie.match(/(?:^|;\s*)ab_home=(a|b)\b/);
//@ 34-
  const match = cookie.match(/(?:^|;\s*)exp_home=(a|b)\b/);
//@ 14-
  if (match) {
    return { variant: match[1], isNew: false };
  }
//@ 14-15
  // New visitors are split 50/50 between the current and the redesigned home page.
  return { variant: Math.random() < 0.5 ? "b" : "a", isNew: true };
//@ 16-
  // 先对 10% 的新访客开放新版首页，观察转化率后再逐步放量。
  return { variant: Math.random() < 0.1 ? "b" : "a", isNew: true };
//@ 14-
}

//@ 21-
// ESA passes the visitor's address in this header; the fallback keeps keys well-formed.
function clientIp(request) {
  return request.headers.get("ali-real-client-ip") || "0.0.0.0";
}

//@ 19-
// Fixed-window counter in edge KV: cheap, and good enough to stop scripted abuse.
async function checkRateLimit(request, env) {
  if (!env.RATE_LIMIT_KV) {
    return true;
  }
//@ 19-21
  const bucket = Math.floor(Date.now() / 60000);
//@ 22-
  const bucket = Math.floor(Date.now() / (RATE_WINDOW_SECONDS * 1000));
//@ 19-20
  const key = `rl:${new URL(request.url).pathname}:${bucket}`;
//@ 21-
  // Key by client, not by path: one noisy client must not lock out everyone else.
  const key = `rl:${clientIp(request)}:${bucket}`;
//@ 19-
  const count = Number((await env.RATE_LIMIT_KV.get(key)) || 0);
//@ 19-21
  if (count >= 60) {
//@ 22-
  if (count >= RATE_LIMIT) {
//@ 19-
    return false;
  }
//@ 19-21
  await env.RATE_LIMIT_KV.put(key, String(count + 1), { expirationTtl: 120 });
//@ 22-
  await env.RATE_LIMIT_KV.put(key, String(count + 1), { expirationTtl: RATE_WINDOW_SECONDS * 2 });
//@ 19-
  return true;
}

//@ 23-
// 中国大陆访客回源到国内源站，其余访客走默认源站。
function originFor(request) {
  const country = request.headers.get("ali-ip-country") || "";
  return country === "CN" ? ORIGIN_CN : ORIGIN;
}

//@ 6-
// Forwards the request to an origin, keeping method, headers and body.
//@ 6-16
async function proxyToOrigin(request, url) {
//@ 17-36
async function proxyToOrigin(request, url, origin) {
//@ 37-
async function proxyToOrigin(request, url, origin, requestId) {
//@ 6-16
  const upstream = new URL(url.pathname + url.search, ORIGIN);
//@ 17
  const upstream = new URL(url.pathname + url.search, origin);
//@ 18-
  const originUrl = new URL(url.pathname + url.search, origin);
//@ 37-
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
//@ 6-17
  return fetch(upstream.toString(), {
//@ 18-37
  return fetch(originUrl.toString(), {
//@ 38-
  const init = {
//@ 6-
    method: request.method,
//@ 6-36
    headers: request.headers,
//@ 37-
    headers,
//@ 6-
    body: request.body,
//@ 6-37
  });
//@ 38-
  };
  const response = await fetch(originUrl.toString(), init);
  // 源站返回 5xx 时，幂等请求回退到主源站重试一次。
  if (response.status >= 500 && origin !== ORIGIN && ["GET", "HEAD"].includes(request.method)) {
    return fetch(new URL(url.pathname + url.search, ORIGIN).toString(), init);
  }
  return response;
//@ 6-
}

//@ 1-  request handler
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
//@ 37-
    const requestId = request.headers.get("x-request-id") || crypto.randomUUID();
//@ 1-

    if (url.pathname === "/health") {
      return new Response("ok\n", {
        status: 200,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }

//@ 31
    if (env.MAINTENANCE === "1") {
//@ 32-
    if (env.MAINTENANCE === "1" && !MAINTENANCE_ALLOWLIST.has(clientIp(request))) {
//@ 31-
      return new Response("Service under maintenance, please retry later.\n", {
        status: 503,
        headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "600" },
      });
    }

//@ 2-
    if (url.pathname === "/robots.txt") {
      return new Response("User-agent: *\nDisallow: /api/\nDisallow: /checkout/\n", {
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }

//@ 10-39
    if (url.pathname === "/__edge/info") {
      return jsonResponse({ routine: "edge-gateway", time: new Date().toISOString() });
    }

//@ 12-
    if (request.method === "OPTIONS") {
//@ 12-34
      return new Response(null, { status: 200, headers: corsHeaders(request.headers.get("origin")) });
//@ 35-
      return new Response(null, { status: 204, headers: corsHeaders(request.headers.get("origin")) });
//@ 12-
    }

//@ 7-
    const target = REDIRECTS[url.pathname];
    if (target) {
//@ 13-24
      log("redirect", { from: url.pathname, to: target });
//@ 25-36
      log(ctx, env, "redirect", { from: url.pathname, to: target });
//@ 37-
      log(ctx, env, "redirect", { requestId, from: url.pathname, to: target });
//@ 7-8
      return Response.redirect(new URL(target, url).toString(), 301);
//@ 9-
      // Keep campaign parameters (utm_*) when redirecting.
      const location = new URL(target, url);
      location.search = url.search;
      return Response.redirect(location.toString(), 301);
//@ 7-
    }

//@ 36-
    for (const [prefix, host] of PREFIX_REDIRECTS) {
      if (url.pathname.startsWith(prefix)) {
        return Response.redirect(host + url.pathname.slice(prefix.length) + url.search, 301);
      }
    }

//@ 24-
    // 首页按 Accept-Language 跳转中文站；用户手动切换过语言（lang Cookie）则不再跳转。
    if (url.pathname === "/" && !(request.headers.get("cookie") || "").includes("lang=")) {
      const accept = request.headers.get("accept-language") || "";
      if (accept.toLowerCase().startsWith("zh")) {
        return Response.redirect(new URL("/zh/", url).toString(), 302);
      }
    }

//@ 20-
    if (url.pathname.startsWith("/api/") && !(await checkRateLimit(request, env))) {
//@ 25-
      log(ctx, env, "rate_limited", { path: url.pathname, ip: clientIp(request) });
//@ 20-21
      return jsonResponse({ error: "too many requests" }, 429, { "retry-after": "60" });
//@ 22-
      return jsonResponse({ error: "too many requests" }, 429, { "retry-after": String(RATE_WINDOW_SECONDS) });
//@ 20-
    }

//@ 15-
    let variant = null;
    if (url.pathname === "/") {
      variant = pickVariant(request);
      if (variant.variant === "b") {
        url.pathname = "/index-b.html";
      }
    }

//@ 1-5
    const upstream = new URL(url.pathname + url.search, ORIGIN);
    const response = await fetch(upstream.toString(), {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });

//@ 17-22
    const origin = FLAGS.betaSearch && url.pathname.startsWith("/search") ? SEARCH_ORIGIN : ORIGIN;
//@ 23-25
    const origin = FLAGS.betaSearch && url.pathname.startsWith("/search") ? SEARCH_ORIGIN : originFor(request);
//@ 26-
    const origin = url.pathname.startsWith("/search") ? SEARCH_ORIGIN : originFor(request);
//@ 39-
    const started = Date.now();
//@ 6-16
    const response = await proxyToOrigin(request, url);

//@ 17-36
    const response = await proxyToOrigin(request, url, origin);

//@ 37-
    const response = await proxyToOrigin(request, url, origin, requestId);

//@ 4-
    const ttl = cacheTtlFor(url.pathname);
//@ 1-14
    return withHeaders(response, {
//@ 15-
    const extra = {
//@ 1-
      "x-served-by": "esa-edge",
//@ 3-27
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
//@ 28-
      ...securityHeaders(),
//@ 4-32
      "cache-control": ttl > 0 ? `public, max-age=${ttl}` : "no-store",
//@ 33-
      // Never let the edge keep an origin error page.
      "cache-control": response.ok && ttl > 0 ? `public, max-age=${ttl}` : "no-store",
//@ 37-
      "x-request-id": requestId,
//@ 39-
      "server-timing": `origin;dur=${Date.now() - started}`,
//@ 12-
      ...(url.pathname.startsWith("/api/") ? corsHeaders(request.headers.get("origin")) : {}),
//@ 1-14
    });
//@ 15-
    };
    if (variant && variant.isNew) {
      // 新访客写入分流 Cookie，后续访问命中同一版本。
//@ 15-33
      extra["set-cookie"] = `ab_home=${variant.variant}; Path=/; Max-Age=604800; SameSite=Lax`;
//@ 34-
      extra["set-cookie"] = `exp_home=${variant.variant}; Path=/; Max-Age=2592000; SameSite=Lax`;
//@ 15-
    }
    return withHeaders(response, extra);
//@ 1-
  },
};
