];

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
