/* bundled by esbuild v0.19.11 | edge-gateway (geo build) | DO NOT EDIT */

// src/data/ip-prefixes.js
// Generated from the GeoIP export, sorted by start address:
// [start, prefixLength, country, regionIndex]
var IP_PREFIXES = [
