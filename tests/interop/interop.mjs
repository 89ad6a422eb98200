// Interop test: the vendors' OFFICIAL Node SDKs (Alibaba Cloud @alicloud/esa20240910 and
// @alicloud/sts20150401 on @alicloud/openapi-core, Huawei Cloud @huaweicloud/huaweicloud-sdk-core)
// against cloudcodes-emulator. Proves the emulator accepts what the real SDKs sign and refuses
// what they would not have signed, that the SDK's release calls (deploy, canary, rollback,
// delete, staged upload through the returned OSS form, commit, quota) work and fail as documented,
// that STS AssumeRole issues credentials the ESA SDK can use, that the classic RPC signature
// (HMAC-SHA1) of older official clients (@alicloud/sts20150401 1.1.6 beside 1.2.0, the ESA SDK
// with signatureAlgorithm "v2", @alicloud/pop-core) is verified beside ACS3, and that the APIG AppCode
// lifecycle (generate, create, show, delete, the value rule, the per-app limit) works.
//
// Usage: node interop.mjs EMULATOR_BINARY   (run from a directory whose node_modules holds
// the SDKs; run-interop.sh arranges that). Prints TAP-like "ok - ..." / "not ok - ..." lines,
// then "N passed, M failed"; exit status 1 if anything failed.

import { createRequire } from 'node:module';
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';

// The SDKs are CommonJS; resolve them from the working directory (WORK_DIR/node_modules).
const require = createRequire(path.join(process.cwd(), 'interop-resolve.cjs'));

const emulatorBinary = process.argv[2];
if (!emulatorBinary) {
    console.error('usage: node interop.mjs EMULATOR_BINARY');
    process.exit(2);
}

const startedAt = Date.now();
let passed = 0;
let failed = 0;
let emulator = null;
const extraEmulators = []; // started by a check for a fresh start; stopped by it or at exit
let emulatorLog = '';

function stopEmulator() {
    for (const child of [emulator, ...extraEmulators]) {
        if (child && child.exitCode === null && child.signalCode === null) {
            try { child.kill('SIGTERM'); } catch { /* already gone */ }
        }
    }
}
process.on('exit', stopEmulator);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => { stopEmulator(); process.exit(1); });
}
// Whole-run watchdog: the test must never hang a CI job.
const watchdog = setTimeout(() => {
    console.log('not ok - watchdog: interop test did not finish within 90 s');
    failed += 1;
    console.log(`${passed} passed, ${failed} failed`);
    stopEmulator();
    process.exit(1);
}, 90_000);
watchdog.unref();

// ---------------------------------------------------------------- tiny TAP-ish harness

class CheckFailure extends Error {}
function expect(cond, what) {
    if (!cond) throw new CheckFailure(what);
}
function expectEq(actual, wanted, what) {
    const a = JSON.stringify(actual);
    const w = JSON.stringify(wanted);
    if (a !== w) throw new CheckFailure(`${what}: got ${trim(a)}, want ${trim(w)}`);
}
function trim(s, n = 300) {
    s = String(s);
    return s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s;
}
// Diagnostics gathered while a check runs are printed after its ok/not ok line.
let notes = [];
const note = (text) => notes.push(...String(text).split('\n'));
async function check(name, fn) {
    notes = [];
    try {
        await fn();
        passed += 1;
        console.log(`ok - ${name}`);
        for (const line of notes) console.log(`#   ${line}`);
    } catch (e) {
        failed += 1;
        const detail = e instanceof CheckFailure
            ? e.message
            : `unexpected ${e && e.name ? e.name : 'error'}: ${describeError(e)}`;
        console.log(`not ok - ${name}`);
        for (const line of [...String(detail).split('\n'), ...notes]) console.log(`#   ${line}`);
    }
}
function describeError(e) {
    if (!e) return String(e);
    const parts = [];
    for (const k of ['statusCode', 'httpStatusCode', 'code', 'errorCode', 'errorMsg']) {
        if (e[k] !== undefined) parts.push(`${k}=${e[k]}`);
    }
    if (e.data) parts.push(`data=${trim(JSON.stringify(e.data))}`);
    parts.push(trim(e.message || String(e)));
    return parts.join(' ');
}
const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');
// Times may carry nanoseconds or a trailing newline (esa.md); compare to the second.
const toSecond = (t) => String(t).trim().slice(0, 19);

// ---------------------------------------------------------------- emulator and manifest

// The demo data's truth, from the emulator itself: `EMULATOR --demo-manifest` (JSON on stdout).
let manifest = null;
function loadManifest() {
    manifest = JSON.parse(execFileSync(emulatorBinary, ['--demo-manifest'], {
        encoding: 'utf8', timeout: 15_000, maxBuffer: 64 * 1024 * 1024,
    }));
}

// Starts `EMULATOR --port 0 ...args`; resolves with the child and the port it printed.
function spawnEmulator(args = []) {
    return new Promise((resolve, reject) => {
        const child = spawn(emulatorBinary, ['--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let settled = false;
        const timer = setTimeout(() => {
            if (!settled) { settled = true; reject(new Error(`emulator did not print its port within 15 s; output: ${trim(out + emulatorLog, 2000)}`)); }
        }, 15_000);
        // Keep draining both pipes for the whole run, so a chatty emulator never blocks.
        child.stderr.on('data', (d) => { emulatorLog = (emulatorLog + d).slice(-20_000); });
        child.stdout.on('data', (d) => {
            if (settled) { emulatorLog = (emulatorLog + d).slice(-20_000); return; }
            out += d;
            const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
            if (m) { settled = true; clearTimeout(timer); resolve({ child, port: Number(m[1]) }); }
        });
        child.on('error', (e) => { if (!settled) { settled = true; clearTimeout(timer); reject(e); } });
        child.on('exit', (code, sig) => {
            if (!settled) { settled = true; clearTimeout(timer); reject(new Error(`emulator exited early (code ${code}, signal ${sig}): ${trim(out + emulatorLog, 2000)}`)); }
        });
    });
}

async function startEmulator() {
    const { child, port } = await spawnEmulator();
    emulator = child;
    return port;
}

// Plain node http against the emulator (IAM, replays of captured signed requests).
function rawRequest({ port, method, path: reqPath, headers = {}, body = null }) {
    return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method, path: reqPath, headers, agent: false }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                let json = null;
                try { json = JSON.parse(text); } catch { /* not JSON */ }
                resolve({ status: res.statusCode, headers: res.headers, text, json });
            });
            res.on('error', reject);
        });
        req.setTimeout(20_000, () => req.destroy(new Error('request timed out')));
        req.on('error', reject);
        req.end(body ?? undefined);
    });
}

// ---------------------------------------------------------------- main

async function main() {
    loadManifest();
    const port = await startEmulator();
    console.log(`# emulator ${emulatorBinary} on 127.0.0.1:${port}`);

    await esaChecks(port);
    await huaweiChecks(port);
    await iamChecks(port);
}

// ================================================================ Alibaba Cloud ESA

async function esaChecks(port) {
    const Esa = require('@alicloud/esa20240910');
    const EsaClient = Esa.default;
    const { $OpenApiUtil } = require('@alicloud/openapi-core');
    console.log(`# @alicloud/esa20240910 ${require('@alicloud/esa20240910/package.json').version}, `
        + `@alicloud/openapi-core ${require('@alicloud/openapi-core/package.json').version}`);

    // The SDK's http layer: openapi-core -> @darabonba/typescript doAction -> httpx.request(url, opts).
    // @darabonba/typescript reads httpx.request through a live binding, so wrapping the export
    // lets us see every request exactly as signed, and alter one after signing (check 7).
    const coreRequire = createRequire(require.resolve('@alicloud/openapi-core'));
    const daraRequire = createRequire(coreRequire.resolve('@darabonba/typescript'));
    const httpx = daraRequire('httpx');
    const originalHttpxRequest = httpx.request;
    const wire = [];
    let tamper = null;
    httpx.request = async function interopHttpxRequest(url, opts) {
        let body = opts.data;
        if (body && typeof body.pipe === 'function') {
            const chunks = [];
            for await (const c of body) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
            body = Buffer.concat(chunks);
        }
        let sent = { url, opts: { ...opts, headers: { ...opts.headers }, data: body } };
        if (tamper) sent = tamper(sent) || sent;
        wire.push({ url: sent.url, method: sent.opts.method, headers: sent.opts.headers, body: sent.opts.data ? Buffer.from(sent.opts.data).toString('utf8') : '' });
        return originalHttpxRequest.call(this, sent.url, sent.opts);
    };
    const lastWire = () => wire[wire.length - 1] || { url: '', headers: {}, body: '' };
    const header = (w, name) => {
        for (const [k, v] of Object.entries(w.headers || {})) if (k.toLowerCase() === name) return String(v);
        return undefined;
    };

    const ali = manifest.alibaba;
    const makeClientAt = (emulatorPort, { accessKeyId, accessKeySecret, securityToken }) => new EsaClient(new $OpenApiUtil.Config({
        accessKeyId,
        accessKeySecret,
        securityToken,
        endpoint: `127.0.0.1:${emulatorPort}`, // custom endpoint: used verbatim as host
        protocol: 'http',                // Config.protocol overrides the API's "HTTPS"
        readTimeout: 30_000,
        connectTimeout: 5_000,
    }));
    const makeClient = (credentials) => makeClientAt(port, credentials);
    const client = makeClient(ali);
    const stsClient = makeClient(ali.sts);

    const routines = [...manifest.routines].sort((a, b) => (a.createTime < b.createTime ? 1 : a.createTime > b.createTime ? -1 : 0));
    const byName = new Map(routines.map((r) => [r.name, r]));
    const decodeB64 = (s) => Buffer.from(String(s ?? ''), 'base64').toString('utf8');

    async function esaError(promise) {
        try {
            const r = await promise;
            throw new CheckFailure(`expected an error, got HTTP ${r && r.statusCode} ${trim(JSON.stringify(r && r.body))}`);
        } catch (e) {
            if (e instanceof CheckFailure) throw e;
            if (e.statusCode === undefined && e.code === undefined) throw e; // transport error, not an API error
            return e;
        }
    }

    // 1 ------------------------------------------------------------------------------------------
    await check('ESA ListUserRoutines pages 1..3 (PageSize 5): TotalCount 14, newest first, names/times/descriptions match the manifest', async () => {
        const seen = [];
        for (let page = 1; page <= 3; page += 1) {
            const r = await client.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: page, pageSize: 5 }));
            const w = lastWire();
            expect(/^ACS3-HMAC-SHA256 Credential=/.test(header(w, 'authorization') || ''), `the SDK did not send an ACS3-HMAC-SHA256 Authorization (got ${header(w, 'authorization')})`);
            expect(w.url.startsWith(`http://127.0.0.1:${port}/`), `the SDK sent to ${w.url}, not the emulator over http`);
            expectEq(r.statusCode, 200, `page ${page} HTTP status`);
            expectEq(r.body.totalCount, routines.length, `page ${page} TotalCount`);
            expectEq(r.body.pageNumber, page, `page ${page} PageNumber`);
            expectEq(r.body.pageSize, 5, `page ${page} PageSize`);
            const want = routines.slice((page - 1) * 5, page * 5);
            expectEq((r.body.routines || []).map((x) => x.routineName), want.map((x) => x.name), `page ${page} routine names`);
            for (const x of r.body.routines) {
                const m = byName.get(x.routineName);
                expectEq(toSecond(x.createTime), toSecond(m.createTime), `${x.routineName} CreateTime`);
                expectEq(decodeB64(x.description), m.description, `${x.routineName} Description (base64-decoded)`);
                seen.push(x.routineName);
            }
        }
        expectEq(seen.length, 14, 'routines over 3 pages');
        expectEq(routines.length, 14, 'manifest routine count');
    });
    await check('ESA ListUserRoutines SearchKeyWord "edge" finds edge-gateway (and only matching routines)', async () => {
        const r = await client.listUserRoutines(new Esa.ListUserRoutinesRequest({ searchKeyWord: 'edge', pageNumber: 1, pageSize: 20 }));
        const w = lastWire();
        expect(w.url.includes('SearchKeyWord=edge'), `SearchKeyWord was not sent in the query string: ${w.url}`);
        const names = (r.body.routines || []).map((x) => x.routineName);
        expect(names.includes('edge-gateway'), `edge-gateway not found: ${JSON.stringify(names)}`);
        expect(names.length < routines.length, `search did not filter: ${names.length} routines`);
        expectEq(r.body.totalCount, names.length, 'TotalCount of the search');
        for (const x of r.body.routines) {
            const hay = `${x.routineName} ${decodeB64(x.description)}`.toLowerCase();
            expect(hay.includes('edge'), `${x.routineName} does not match "edge"`);
        }
        const none = await client.listUserRoutines(new Esa.ListUserRoutinesRequest({ searchKeyWord: 'no-such-routine-zzz' }));
        expectEq(none.body.totalCount, 0, 'TotalCount for a keyword matching nothing');
    });

    // 2 ------------------------------------------------------------------------------------------
    await check('ESA GetRoutine edge-gateway: production 90/10 over two CodeVersions, staging, as in the manifest', async () => {
        const m = byName.get('edge-gateway');
        const r = await client.getRoutine(new Esa.GetRoutineRequest({ name: 'edge-gateway' }));
        expect(lastWire().body.includes('Name=edge-gateway'), `Name not sent as a form body: ${trim(lastWire().body)}`);
        expectEq(header(lastWire(), 'content-type'), 'application/x-www-form-urlencoded', 'request content-type');
        expectEq(toSecond(r.body.createTime), toSecond(m.createTime), 'CreateTime');
        expectEq(decodeB64(r.body.description), m.description, 'Description (base64-decoded)');
        const envs = Object.fromEntries((r.body.envs || []).map((e) => [e.env, e]));
        expectEq(Object.keys(envs).sort(), ['production', 'staging'], 'Env names');
        const prod = envs.production.codeDeploy.codeVersions.map((v) => [v.codeVersion, v.percentage]);
        expectEq(prod.length, 2, 'production CodeVersions');
        expectEq(prod.map((p) => p[1]).sort((a, b) => b - a), [90, 10], 'production percentages');
        for (const env of m.envs) {
            const got = envs[env.env].codeDeploy.codeVersions.map((v) => [v.codeVersion, v.percentage]);
            expectEq(got, env.codeVersions.map((v) => [v.codeVersion, v.percentage]), `${env.env} CodeVersions/Percentage`);
        }
        const versions = new Map(m.versions.map((v) => [v.codeVersion, v]));
        for (const e of r.body.envs) {
            for (const v of e.codeDeploy.codeVersions) {
                expect(versions.has(v.codeVersion), `${e.env} deploys unknown version ${v.codeVersion}`);
                expectEq(v.description, versions.get(v.codeVersion).description, `${e.env} ${v.codeVersion} Description`);
            }
        }
    });

    // 3 ------------------------------------------------------------------------------------------
    await check('ESA ListRoutineCodeVersions edge-gateway pages 1+2 (PageSize 20): all 40 versions as in the manifest', async () => {
        const m = byName.get('edge-gateway');
        expectEq(m.versions.length, 40, 'manifest version count of edge-gateway');
        const got = [];
        for (const page of [1, 2]) {
            const r = await client.listRoutineCodeVersions(new Esa.ListRoutineCodeVersionsRequest({ name: 'edge-gateway', pageNumber: page, pageSize: 20 }));
            expectEq(r.body.totalCount, 40, `page ${page} TotalCount`);
            expectEq(r.body.pageNumber, page, `page ${page} PageNumber`);
            expectEq((r.body.codeVersions || []).length, 20, `page ${page} CodeVersions length`);
            got.push(...r.body.codeVersions);
        }
        const want = new Map(m.versions.map((v) => [v.codeVersion, v]));
        expectEq(new Set(got.map((v) => v.codeVersion)).size, 40, 'distinct CodeVersion values over both pages');
        for (const v of got) {
            const mv = want.get(v.codeVersion);
            expect(mv, `unknown CodeVersion ${v.codeVersion}`);
            expectEq(v.codeDescription, mv.description, `${v.codeVersion} CodeDescription`);
            expectEq(toSecond(v.createTime), toSecond(mv.createTime), `${v.codeVersion} CreateTime`);
            expectEq(v.status, 'Available', `${v.codeVersion} Status`);
        }
    });

    // 4 ------------------------------------------------------------------------------------------
    const picks = [];
    const pick = (routine, which, why) => {
        const r = byName.get(routine);
        const v = typeof which === 'function' ? r.versions.find(which) : r.versions[which < 0 ? r.versions.length + which : which];
        if (!v) throw new Error(`manifest has no ${why} version in ${routine}`);
        picks.push({ routine, v, why });
    };
    pick('edge-gateway', 0, 'first');
    pick('edge-gateway', -1, 'newest');
    pick('search-index', (v) => v.codeSize === 1048576, '1 MiB');
    pick('search-index', (v) => v.codeSize === 65536, '64 KiB');
    pick('legacy-assets', (v) => v.routineCodeLength === 167, '167-character RoutineCode');
    pick('maintenance-page', 0, 'UTF-8 description');
    pick('wasm-filter', -1, 'wasm');
    for (const { routine, v, why } of picks) {
        await check(`ESA GetRoutineCodeVersion ${routine} ${v.codeVersion} (${why}): SHA-256 of RoutineCode matches the manifest`, async () => {
            const r = await client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: routine, codeVersion: v.codeVersion }));
            const code = r.body.routineCode;
            expectEq(typeof code, 'string', 'RoutineCode type');
            expectEq(code.length, v.routineCodeLength, 'RoutineCode length');
            expectEq(sha256Hex(Buffer.from(code, 'utf8')), v.routineCodeSha256, 'SHA-256 of the RoutineCode string');
            const decoded = Buffer.from(code, 'base64');
            expectEq(decoded.length, v.codeSize, 'decoded code size');
            expectEq(sha256Hex(decoded), v.codeSha256, 'SHA-256 of the decoded code');
            expectEq(r.body.codeDescription, v.description, 'CodeDescription');
            expectEq(toSecond(r.body.createTime), toSecond(v.createTime), 'CreateTime');
        });
    }

    // 5 ------------------------------------------------------------------------------------------
    await check('ESA with STS credentials (x-acs-security-token): ListUserRoutines, GetRoutine, GetRoutineCodeVersion succeed', async () => {
        const r1 = await stsClient.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: 1, pageSize: 5 }));
        const w = lastWire();
        expectEq(header(w, 'x-acs-security-token'), ali.sts.securityToken, 'x-acs-security-token sent by the SDK');
        expectEq(header(w, 'x-acs-accesskey-id'), ali.sts.accessKeyId, 'x-acs-accesskey-id sent by the SDK');
        expect((header(w, 'authorization') || '').includes(`Credential=${ali.sts.accessKeyId},`), 'Authorization names the STS AccessKeyId');
        expectEq(r1.body.totalCount, 14, 'TotalCount');
        expectEq(r1.body.routines.map((x) => x.routineName), routines.slice(0, 5).map((x) => x.name), 'first page names');
        const r2 = await stsClient.getRoutine(new Esa.GetRoutineRequest({ name: 'edge-gateway' }));
        expectEq((r2.body.envs || []).length, 2, 'GetRoutine Envs');
        const v = byName.get('legacy-assets').versions.find((x) => x.routineCodeLength === 167);
        const r3 = await stsClient.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'legacy-assets', codeVersion: v.codeVersion }));
        expectEq(sha256Hex(r3.body.routineCode), v.routineCodeSha256, 'SHA-256 of the RoutineCode string');
    });

    // 6 ------------------------------------------------------------------------------------------
    await check('ESA wrong AccessKeySecret -> SignatureDoesNotMatch', async () => {
        const bad = makeClient({ accessKeyId: ali.accessKeyId, accessKeySecret: `${ali.accessKeySecret}x` });
        const e = await esaError(bad.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageSize: 5 })));
        expectEq(e.code, 'SignatureDoesNotMatch', `error code (${describeError(e)})`);
        expect(e.statusCode >= 400 && e.statusCode < 500, `HTTP status ${e.statusCode} is not 4xx`);
        expectEq(e.data && e.data.Code, 'SignatureDoesNotMatch', 'Code in the error body');
        expect(e.data && e.data.RequestId, 'RequestId in the error body');
        const e2 = await esaError(bad.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'edge-gateway', codeVersion: byName.get('edge-gateway').versions[0].codeVersion })));
        expectEq(e2.code, 'SignatureDoesNotMatch', `error code for a form-body call (${describeError(e2)})`);
    });

    // 7 ------------------------------------------------------------------------------------------
    const tamperAccepted = new Set(['IncompleteSignature', 'SignatureDoesNotMatch']);
    await check('ESA form-body parameter changed after signing (CodeVersion) is refused', async () => {
        const vs = byName.get('edge-gateway').versions;
        const signedFor = vs[0].codeVersion;
        const sentInstead = vs[1].codeVersion;
        let altered = false;
        tamper = (s) => {
            const b = Buffer.from(s.opts.data || '').toString('utf8');
            const nb = b.replace(`CodeVersion=${signedFor}`, `CodeVersion=${sentInstead}`);
            if (nb !== b) { altered = true; s.opts.data = Buffer.from(nb, 'utf8'); }
            return s;
        };
        let e;
        try {
            e = await esaError(client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'edge-gateway', codeVersion: signedFor })));
        } finally {
            tamper = null;
        }
        expect(altered, `the hook did not see CodeVersion=${signedFor} in the body: ${trim(lastWire().body)}`);
        expect(e.statusCode >= 400 && e.statusCode < 500, `HTTP status ${e.statusCode} is not 4xx (${describeError(e)})`);
        expect(tamperAccepted.has(e.code), `error code ${e.code} is not IncompleteSignature/SignatureDoesNotMatch (${describeError(e)})`);
        note(`emulator answered ${e.statusCode} ${e.code}: ${e.data && e.data.Message}`);
    });
    await check('ESA query parameter changed after signing (PageNumber) is refused', async () => {
        let altered = false;
        tamper = (s) => {
            const u = s.url.replace('PageNumber=1', 'PageNumber=2');
            if (u !== s.url) { altered = true; s.url = u; }
            return s;
        };
        let e;
        try {
            e = await esaError(client.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: 1, pageSize: 5 })));
        } finally {
            tamper = null;
        }
        expect(altered, `the hook did not see PageNumber=1 in the URL: ${lastWire().url}`);
        expect(e.statusCode >= 400 && e.statusCode < 500, `HTTP status ${e.statusCode} is not 4xx (${describeError(e)})`);
        expect(tamperAccepted.has(e.code), `error code ${e.code} is not IncompleteSignature/SignatureDoesNotMatch (${describeError(e)})`);
        note(`emulator answered ${e.statusCode} ${e.code}: ${e.data && e.data.Message}`);
    });
    await check('ESA signed header changed after signing (x-acs-action) is refused', async () => {
        tamper = (s) => { s.opts.headers['x-acs-action'] = 'ListRoutineCodeVersions'; return s; };
        let e;
        try {
            e = await esaError(client.getRoutine(new Esa.GetRoutineRequest({ name: 'edge-gateway' })));
        } finally {
            tamper = null;
        }
        expect(e.statusCode >= 400 && e.statusCode < 500, `HTTP status ${e.statusCode} is not 4xx (${describeError(e)})`);
        expect(tamperAccepted.has(e.code), `error code ${e.code} is not IncompleteSignature/SignatureDoesNotMatch (${describeError(e)})`);
    });

    // 8 ------------------------------------------------------------------------------------------
    await check('ESA wrong STS SecurityToken is refused (4xx)', async () => {
        const bad = makeClient({ ...ali.sts, securityToken: `${ali.sts.securityToken}-forged` });
        const e = await esaError(bad.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageSize: 5 })));
        expect(e.statusCode >= 400 && e.statusCode < 500, `HTTP status ${e.statusCode} is not 4xx (${describeError(e)})`);
        expect(e.code && e.code !== 'undefined', `no error code (${describeError(e)})`);
        note(`emulator answered ${e.statusCode} ${e.code}: ${e.data && e.data.Message}`);
    });

    // 14.. (after every read check: these change the emulator's routines) -------------------------
    await releaseChecks({ port, Esa, client, makeClientAt, lastWire, esaError, byName });

    // Functions and Pages: a routine with assets, its zip through OSS with the token, the build ---
    await pagesChecks({ port, Esa, client, lastWire, header, esaError });

    // Where a routine runs: sites, custom domains and routes through the SDK ---------------------
    await routesChecks({ Esa, client, lastWire, esaError });

    // STS AssumeRole, then ESA with what it issued ------------------------------------------------
    await stsChecks({ port, Esa, makeClientAt, lastWire, header, esaError });

    // The classic RPC signature (HMAC-SHA1) of older official clients, beside ACS3 --------------
    await classicChecks({ port, Esa, client, lastWire, header, esaError });

    httpx.request = originalHttpxRequest;
}

// ================================================================ Functions and Pages (esa-cli's commit, through the SDK)

async function pagesChecks({ port, Esa, client, lastWire, header, esaError }) {
    const { $OpenApiUtil } = require('@alicloud/openapi-core');
    const $dara = require('@darabonba/typescript');
    const name = 'interop-pages';
    const xmlCode = (text) => (/<Code>([^<]*)<\/Code>/.exec(text) || [])[1];
    // esa-cli's raw calls: GET, every parameter in the query, signed ACS3 like the SDK's own.
    const rawGet = async (action, query) => {
        const params = new $OpenApiUtil.Params({ action, version: '2024-09-10', protocol: 'HTTPS', pathname: '/', method: 'GET',
            authType: 'AK', style: 'RPC', reqBodyType: 'json', bodyType: 'json' });
        return client.callApi(params, new $OpenApiUtil.OpenApiRequest({ query }), new $dara.RuntimeOptions({}));
    };
    // esa-cli's upload: these fields in this order, x-oss-security-token from XOssSecurityToken, the zip last.
    const postZip = async (config, zip, { withToken = true } = {}) => {
        const form = new FormData();
        form.append('OSSAccessKeyId', config.OSSAccessKeyId);
        form.append('Signature', config.Signature);
        if (withToken) form.append('x-oss-security-token', config.XOssSecurityToken);
        form.append('policy', config.Policy);
        form.append('key', config.Key);
        form.append('file', new Blob([zip]), 'bundle.zip');
        const res = await fetch(config.Url, { method: 'POST', body: form });
        return { status: res.status, text: await res.text() };
    };

    await check('ESA GetErService (SDK, and raw GET as esa-cli logs in): Status Running, a PlanName', async () => {
        const r = await client.getErService(new Esa.GetErServiceRequest({}));
        expectEq(r.body.status, 'Running', 'Status');
        expect(/^er_/.test(r.body.planName || ''), `PlanName ${r.body.planName}`);
        const raw = await rawGet('GetErService', {});
        expectEq(lastWire().url.includes('?') ? 'query' : 'none', 'none', 'no query for GetErService');
        expectEq(raw.body.Status, 'Running', 'raw Status');
    });
    await check('ESA GetRoutineStagingEnvIp (SDK, as `deployments list` asks): IPV4 addresses', async () => {
        const r = await client.getRoutineStagingEnvIp();
        expect(Array.isArray(r.body.IPV4) && r.body.IPV4.length > 0, `IPV4 ${JSON.stringify(r.body.IPV4)}`);
        for (const ip of r.body.IPV4) expect(/^\d+\.\d+\.\d+\.\d+$/.test(ip), `not an IPv4 address: ${ip}`);
    });
    await check('ESA ListUserRoutines as esa-cli lists (raw GET, PageNumber 1, PageSize 50): every routine; PageSize 51 refused', async () => {
        const r = await rawGet('ListUserRoutines', { PageNumber: '1', PageSize: '50' });
        expect(/PageSize=50/.test(lastWire().url), `the query was not sent: ${lastWire().url}`);
        expectEq(r.body.Routines.length, manifest.routines.length, 'routines on one page of 50');
        const pages = r.body.Routines.filter((x) => x.HasAssets === true).map((x) => x.RoutineName);
        expect(pages.includes('pages-portfolio') && pages.includes('pages-api'), `HasAssets routines: ${pages}`);
        const e = await esaError(rawGet('ListUserRoutines', { PageSize: '51' }));
        expectEq(e.code, 'InvalidParameter', `PageSize 51 (${describeError(e)})`);
    });
    await check('ESA CreateRoutine with HasAssets (SDK form body): Status OK; GetRoutine shows HasAssets and DefaultRelatedRecord; a taken name is refused', async () => {
        const r = await client.createRoutine(new Esa.CreateRoutineRequest({ name, description: 'made by interop', hasAssets: true }));
        expectEq(r.body.status, 'OK', 'Status');
        expectEq(new URLSearchParams(lastWire().body).get('HasAssets'), 'true', 'HasAssets as sent');
        const got = await rawGet('GetRoutine', { Name: name });
        expectEq(got.body.HasAssets, true, 'HasAssets');
        expect(new RegExp(`^${name}\\.[0-9a-f]+\\.er\\.aliyun-esa\\.net$`).test(got.body.DefaultRelatedRecord), `DefaultRelatedRecord ${got.body.DefaultRelatedRecord}`);
        expectEq(Buffer.from(got.body.Description, 'base64').toString('utf8'), 'made by interop', 'Description');
        const e = await esaError(client.createRoutine(new Esa.CreateRoutineRequest({ name, hasAssets: true })));
        expectEq(e.code, 'RoutineNameAlreadyExist', `duplicate name (${describeError(e)})`);
        const bad = await esaError(client.createRoutine(new Esa.CreateRoutineRequest({ name: 'Bad_Name' })));
        expectEq(bad.code, 'InvalidParameter', `bad name (${describeError(bad)})`);
    });

    // A valid bundle: the demo function's committed zip, as served by GetRoutineCodeVersion.
    const apiVersions = manifest.routines.find((r) => r.name === 'pages-api').versions;
    const good = apiVersions.find((v) => v.status !== 'buildFailed' && v.bundle);
    const zip = Buffer.from((await client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'pages-api', codeVersion: good.codeVersion }))).body.routineCode, 'base64');
    // The SDK's model names the members url, key, policy, signature, OSSAccessKeyId, XOssSecurityToken;
    // on the wire (and in esa-cli, which reads the raw body) they are Url, Key, Policy, ….
    const wireConfig = (c) => ({ Url: c.url, Key: c.key, Policy: c.policy, Signature: c.signature,
        OSSAccessKeyId: c.OSSAccessKeyId, XOssSecurityToken: c.XOssSecurityToken });
    let created = null;
    await check('ESA CreateRoutineWithAssetsCodeVersion (SDK): CodeVersion, Status init, OssPostConfig {Url, Key, Policy, Signature, OSSAccessKeyId, XOssSecurityToken}', async () => {
        expectEq(zip.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'the demo bundle is a zip');
        const r = await client.createRoutineWithAssetsCodeVersion(new Esa.CreateRoutineWithAssetsCodeVersionRequest({
            name, codeDescription: 'interop commit', buildId: 4242, extraInfo: JSON.stringify({ Source: 'CLI' }),
            confOptions: new Esa.CreateRoutineWithAssetsCodeVersionRequestConfOptions({ notFoundStrategy: 'SinglePageApplication' }) }));
        const sent = new URLSearchParams(lastWire().body);
        expectEq(JSON.parse(sent.get('ConfOptions')).NotFoundStrategy, 'SinglePageApplication', 'ConfOptions as sent (one JSON form field)');
        expect(/^\d{19}$/.test(r.body.codeVersion), `CodeVersion ${r.body.codeVersion}`);
        expectEq(r.body.status, 'init', 'Status');
        const c = wireConfig(r.body.ossPostConfig);
        for (const k of ['Url', 'Key', 'Policy', 'Signature', 'OSSAccessKeyId', 'XOssSecurityToken']) expect(c[k], `OssPostConfig.${k} missing`);
        expect(c.OSSAccessKeyId.startsWith('STS.'), `OSSAccessKeyId ${c.OSSAccessKeyId} is no temporary key`);
        created = { codeVersion: r.body.codeVersion, ossPostConfig: c };
        expectEq(c.Url, `http://127.0.0.1:${port}/oss/cloudcodes-er-staging`, 'OssPostConfig.Url');
    });
    await check('OSS PostObject of the zip without x-oss-security-token -> 403 InvalidAccessKeyId; the version stays init', async () => {
        expect(created, 'no version from the previous check');
        const r = await postZip(created.ossPostConfig, zip, { withToken: false });
        expectEq(r.status, 403, `HTTP status (${trim(r.text)})`);
        expectEq(xmlCode(r.text), 'InvalidAccessKeyId', '<Code>');
        const info = await rawGet('GetRoutineCodeVersionInfo', { Name: name, CodeVersion: created.codeVersion });
        expectEq(info.body.Status, 'init', 'Status before any zip');
    });
    await check('OSS PostObject with x-oss-security-token (fetch + FormData) -> 204; GetRoutineCodeVersionInfo (raw GET) polled: init, then available', async () => {
        expect(created, 'no version');
        const r = await postZip(created.ossPostConfig, zip);
        expect(r.status === 200 || r.status === 204, `upload HTTP status ${r.status} (${trim(r.text)})`);
        const seen = [];
        for (let i = 0; i < 10 && seen[seen.length - 1] !== 'available'; i += 1) {
            const info = await rawGet('GetRoutineCodeVersionInfo', { Name: name, CodeVersion: created.codeVersion });
            expect(/CodeVersion=\d{19}/.test(lastWire().url), `GetRoutineCodeVersionInfo query not sent: ${lastWire().url}`);
            seen.push(String(info.body.Status).toLowerCase());
        }
        expectEq(seen[0], 'init', `first status (${seen})`);
        expectEq(seen[seen.length - 1], 'available', `last status (${seen})`);
        note(`statuses polled: ${seen.join(', ')}`);
    });
    await check('ESA ListRoutineCodeVersions: the new version with Status available, BuildId, ExtraInfo, ConfOptions; GetRoutineCodeVersion answers the zip base64-encoded', async () => {
        const r = await client.listRoutineCodeVersions(new Esa.ListRoutineCodeVersionsRequest({ name }));
        const v = (r.body.codeVersions || []).find((x) => x.codeVersion === created.codeVersion);
        expect(v, 'the version is not listed');
        expectEq(v.status, 'available', 'Status');
        expectEq(v.buildId, 4242, 'BuildId');
        expectEq(JSON.parse(v.extraInfo).Source, 'CLI', 'ExtraInfo.Source');
        expectEq(v.confOptions && v.confOptions.notFoundStrategy, 'SinglePageApplication', 'ConfOptions.NotFoundStrategy');
        const got = await client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name, codeVersion: created.codeVersion }));
        expectEq(sha256Hex(Buffer.from(got.body.routineCode, 'base64')), sha256Hex(zip), 'SHA-256 of the served zip');
    });
    await check('A zip without routine/index.js or assets/ is a failed build (GetRoutineCodeVersionInfo neither init nor available)', async () => {
        const failed = apiVersions.find((v) => v.status === 'buildFailed');
        const bad = Buffer.from((await client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'pages-api', codeVersion: failed.codeVersion }))).body.routineCode, 'base64');
        const r = await client.createRoutineWithAssetsCodeVersion(new Esa.CreateRoutineWithAssetsCodeVersionRequest({ name, codeDescription: 'broken' }));
        const posted = await postZip(wireConfig(r.body.ossPostConfig), bad);
        expectEq(posted.status, 204, `upload HTTP status (${trim(posted.text)})`);
        let status = 'init';
        for (let i = 0; i < 10 && status === 'init'; i += 1)
            status = (await rawGet('GetRoutineCodeVersionInfo', { Name: name, CodeVersion: r.body.codeVersion })).body.Status;
        expect(status !== 'init' && status !== 'available', `status ${status}`);
        note(`failed build status: ${status}`);
    });
    await check('ESA CreateRoutineWithAssetsCodeVersion exactly as esa-cli commits (raw POST, JSON body, ConfOptions nested), its zip, available', async () => {
        const params = new $OpenApiUtil.Params({ action: 'CreateRoutineWithAssetsCodeVersion', version: '2024-09-10', protocol: 'HTTPS',
            pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'json', bodyType: 'json' });
        const body = { Name: name, CodeDescription: 'esa-cli style', ExtraInfo: JSON.stringify({ Source: 'CLI' }),
            ConfOptions: { NotFoundStrategy: '404Page' } };
        const r = await client.callApi(params, new $OpenApiUtil.OpenApiRequest({ body }), new $dara.RuntimeOptions({}));
        expect(/^application\/json/.test(header(lastWire(), 'content-type') || ''), `content-type ${header(lastWire(), 'content-type')}`);
        expectEq(JSON.parse(lastWire().body).ConfOptions.NotFoundStrategy, '404Page', 'ConfOptions as sent (nested JSON)');
        expectEq(r.body.Status, 'init', 'Status');
        const posted = await postZip(r.body.OssPostConfig, zip);
        expect(posted.status === 200 || posted.status === 204, `upload HTTP status ${posted.status} (${trim(posted.text)})`);
        let status = 'init';
        for (let i = 0; i < 10 && status === 'init'; i += 1)
            status = (await rawGet('GetRoutineCodeVersionInfo', { Name: name, CodeVersion: r.body.CodeVersion })).body.Status;
        expectEq(status, 'available', 'Status after polling');
        const listedVersions = (await client.listRoutineCodeVersions(new Esa.ListRoutineCodeVersionsRequest({ name }))).body.codeVersions || [];
        const v = listedVersions.find((x) => x.codeVersion === r.body.CodeVersion);
        expectEq(v && v.confOptions && v.confOptions.notFoundStrategy, '404Page', 'ConfOptions.NotFoundStrategy listed');
    });
    await check('ESA DeleteRoutine (SDK): Status OK, then GetRoutine -> RoutineNotExist', async () => {
        const r = await client.deleteRoutine(new Esa.DeleteRoutineRequest({ name }));
        expectEq(r.body.status, 'OK', 'Status');
        const e = await esaError(rawGet('GetRoutine', { Name: name }));
        expectEq(e.code, 'RoutineNotExist', `after delete (${describeError(e)})`);
    });
}

// ================================================================ STS AssumeRole (@alicloud/sts20150401)

async function routesChecks({ Esa, client, lastWire, esaError }) {
    const sites = manifest.alibaba.sites;
    const example = sites.find((x) => x.siteName === 'example.com');
    const siteId = example.siteId;
    const sentAs = () => {
        const w = lastWire();
        return { query: new URL(w.url, 'http://x').searchParams, body: new URLSearchParams(w.body) };
    };

    await check('ESA ListSites (SDK, GET): the demo sites with SiteId, Status, AccessType, Coverage, PlanSpecName; exact search', async () => {
        const r = await client.listSites(new Esa.ListSitesRequest({ pageNumber: 1, pageSize: 500 }));
        expectEq(r.body.totalCount, sites.length, 'TotalCount');
        const got = r.body.sites.find((x) => x.siteName === 'example.com');
        expectEq(got.siteId, siteId, 'SiteId');
        expectEq(got.status, 'active', 'Status');
        expect(got.accessType && got.coverage && got.planSpecName, 'AccessType, Coverage, PlanSpecName');
        const exact = await client.listSites(new Esa.ListSitesRequest({ siteName: 'example.com', siteSearchType: 'exact' }));
        expectEq(exact.body.sites.length, 1, 'exact search');
        const e = await esaError(client.listSites(new Esa.ListSitesRequest({ pageSize: 501 })));
        expectEq(e.code, 'InvalidParameter', `PageSize 501 (${describeError(e)})`);
    });

    await check('ESA custom domains (SDK): CreateRoutineRelatedRecord (form body), List, Delete (SiteId in the query); refusals', async () => {
        const created = await client.createRoutineRelatedRecord(new Esa.CreateRoutineRelatedRecordRequest({ name: 'pages-api', siteId, recordName: 'interop.example.com' }));
        expectEq(created.body.status, 'OK', 'Status');
        expect(created.body.recordId > 0, 'RecordId');
        expectEq(sentAs().body.get('RecordName'), 'interop.example.com', 'RecordName in the body');
        const listed = await client.listRoutineRelatedRecords(new Esa.ListRoutineRelatedRecordsRequest({ name: 'pages-api', pageNumber: 1, pageSize: 20, searchKeyWord: 'interop' }));
        expectEq(listed.body.totalCount, 1, 'TotalCount');
        const rec = listed.body.relatedRecords[0];
        expectEq(rec.recordId, created.body.recordId, 'RecordId listed');
        expectEq(rec.siteName, 'example.com', 'SiteName');
        for (const [req, code, what] of [
            [{ name: 'pages-api', siteId: 12345, recordName: 'a.example.com' }, 'SiteNotFound', 'unknown site'],
            [{ name: 'pages-api', siteId, recordName: 'a.example.org' }, 'InvalidParameter.RecordName', 'outside its site'],
            [{ name: 'pages-api', siteId, recordName: 'interop.example.com' }, 'RecordAlreadyExist', 'duplicate'],
            [{ name: 'no-such-routine', siteId, recordName: 'b.example.com' }, 'RoutineNotExist', 'unknown routine'],
        ]) {
            const e = await esaError(client.createRoutineRelatedRecord(new Esa.CreateRoutineRelatedRecordRequest(req)));
            expectEq(e.code, code, `${what} (${describeError(e)})`);
        }
        const e = await esaError(client.listRoutineRelatedRecords(new Esa.ListRoutineRelatedRecordsRequest({ name: 'pages-api', pageSize: 21 })));
        expectEq(e.code, 'InvalidParameter', 'PageSize 21');
        const deleted = await client.deleteRoutineRelatedRecord(new Esa.DeleteRoutineRelatedRecordRequest({ name: 'pages-api', siteId, recordId: created.body.recordId, recordName: 'interop.example.com' }));
        expectEq(deleted.body.status, 'OK', 'deleted');
        expectEq(sentAs().query.get('SiteId'), String(siteId), 'SiteId in the query');
        const gone = await esaError(client.deleteRoutineRelatedRecord(new Esa.DeleteRoutineRelatedRecordRequest({ name: 'pages-api', siteId, recordId: created.body.recordId })));
        expectEq(gone.code, 'RecordNotExist', 'deleted twice');
    });

    await check('ESA routes (SDK, every parameter in the query): create, get, update, list by routine and by site, delete; refusals', async () => {
        const rule = '(http.host eq "shop.example.com" and starts_with(http.request.uri.path, "/interop/"))';
        const created = await client.createRoutineRoute(new Esa.CreateRoutineRouteRequest({ siteId, routineName: 'ab-testing', routeName: 'interop-route',
            rule, routeEnable: 'on', bypass: 'off', fallback: 'off', sequence: 0 }));
        const configId = created.body.configId;
        expect(configId > 0, 'ConfigId');
        expectEq(sentAs().query.get('Rule'), rule, 'Rule in the query');
        const got = await client.getRoutineRoute(new Esa.GetRoutineRouteRequest({ siteId, configId }));
        expectEq(got.body.routeName, 'interop-route', 'RouteName');
        expectEq(got.body.routineName, 'ab-testing', 'RoutineName');
        expectEq(got.body.rule, rule, 'Rule');
        expectEq(got.body.sequence, 0, 'Sequence');
        expectEq(got.body.mode, 'simple', 'Mode');
        expectEq(got.body.routeEnable, 'on', 'RouteEnable');
        await client.updateRoutineRoute(new Esa.UpdateRoutineRouteRequest({ siteId, configId, routeEnable: 'off', bypass: 'on', sequence: 2 }));
        const after = await client.getRoutineRoute(new Esa.GetRoutineRouteRequest({ siteId, configId }));
        expectEq(`${after.body.routeEnable} ${after.body.bypass} ${after.body.sequence} ${after.body.rule === rule}`, 'off on 2 true', 'updated');
        const byRoutine = await client.listRoutineRoutes(new Esa.ListRoutineRoutesRequest({ routineName: 'ab-testing', pageNumber: 1, pageSize: 500 }));
        const mine = byRoutine.body.configs.find((c) => c.configId === configId);
        expect(mine && mine.siteName === 'example.com' && mine.siteId === siteId, 'ListRoutineRoutes: SiteId, SiteName');
        const bySite = await client.listSiteRoutes(new Esa.ListSiteRoutesRequest({ siteId, pageNumber: 1, pageSize: 500 }));
        expectEq(bySite.body.totalCount, example.routes.length + 1, 'ListSiteRoutes TotalCount');
        expectEq(bySite.body.configs[2].configId, configId, 'in its place');
        const refusals = [
            [{ siteId: 999, routineName: 'ab-testing', rule }, 'SiteNotFound', 'unknown site'],
            [{ siteId, routineName: 'ab-testing', routeName: 'x1', rule: '(http.hots eq "a")' }, 'InvalidParameter.Rule', 'invalid rule'],
            [{ siteId, routineName: 'ab-testing', routeName: 'interop-route', rule: '(http.host eq "z.example.com")' }, 'RouteAlreadyExist', 'duplicate name'],
            [{ siteId, routineName: 'ab-testing', routeName: 'x2', rule }, 'RouteAlreadyExist', 'duplicate rule'],
            [{ siteId, routineName: 'ab-testing', routeName: 'x3', rule: '(http.host eq "y.example.com")', sequence: 2 ** 31 }, 'InvalidParameter.Sequence', 'Sequence past int'],
            [{ siteId, routineName: 'ab-testing', routeName: 'x4', rule: '(http.host eq "y.example.com")', sequence: -1 }, 'InvalidParameter.Sequence', 'negative Sequence'],
            [{ siteId, routineName: 'no-such-routine', routeName: 'x5', rule: '(http.host eq "y.example.com")' }, 'RoutineNotExist', 'unknown routine'],
        ];
        for (const [req, code, what] of refusals) {
            const e = await esaError(client.createRoutineRoute(new Esa.CreateRoutineRouteRequest(req)));
            expectEq(e.code, code, `${what} (${describeError(e)})`);
        }
        const badUpdate = await esaError(client.updateRoutineRoute(new Esa.UpdateRoutineRouteRequest({ siteId, configId, rule: 'http.host eq' })));
        expectEq(badUpdate.code, 'InvalidParameter.Rule', 'update with an invalid rule');
        await client.deleteRoutineRoute(new Esa.DeleteRoutineRouteRequest({ siteId, configId }));
        const gone = await esaError(client.getRoutineRoute(new Esa.GetRoutineRouteRequest({ siteId, configId })));
        expectEq(gone.code, 'RouteNotExist', 'deleted');
        const again = await esaError(client.deleteRoutineRoute(new Esa.DeleteRoutineRouteRequest({ siteId, configId })));
        expectEq(again.code, 'RouteNotExist', 'deleted twice');
    });

    await check('ESA GetRoutineAccessToken (SDK, body Name): a Token; an unknown routine refused', async () => {
        const r = await client.getRoutineAccessToken(new Esa.GetRoutineAccessTokenRequest({ name: 'pages-portfolio' }));
        expect(typeof r.body.token === 'string' && r.body.token.length >= 16, `Token ${r.body.token}`);
        const e = await esaError(client.getRoutineAccessToken(new Esa.GetRoutineAccessTokenRequest({ name: 'no-such-routine' })));
        expectEq(e.code, 'RoutineNotExist', 'unknown routine');
    });
}

async function stsChecks({ port, Esa, makeClientAt, lastWire, header, esaError }) {
    const Sts = require('@alicloud/sts20150401');
    const StsClient = Sts.default;
    const { $OpenApiUtil } = require('@alicloud/openapi-core');
    console.log(`# @alicloud/sts20150401 ${require('@alicloud/sts20150401/package.json').version}`);
    const ali = manifest.alibaba;
    const deployer = ali.ramRoles.find((r) => r.name === 'cloudcodes-demo-deployer');
    const partner = ali.ramRoles.find((r) => r.name === 'cloudcodes-demo-partner');
    const stsAt = (emulatorPort) => new StsClient(new $OpenApiUtil.Config({
        accessKeyId: ali.accessKeyId,
        accessKeySecret: ali.accessKeySecret,
        endpoint: `127.0.0.1:${emulatorPort}`, // as for ESA: the custom endpoint is the host
        protocol: 'http',
        readTimeout: 30_000,
        connectTimeout: 5_000,
    }));
    const sts = stsAt(port);
    const secondsFromNow = (t) => Math.round((Date.parse(t) - Date.now()) / 1000);

    await check('STS AssumeRole (official SDK, parameters in the query, version 2015-04-01) issues STS.… credentials for the demo deployer role', async () => {
        expect(deployer && partner, `the manifest lists no demo roles: ${trim(JSON.stringify(ali.ramRoles))}`);
        const r = await sts.assumeRole(new Sts.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'interop', durationSeconds: 900 }));
        const w = lastWire();
        expectEq(header(w, 'x-acs-action'), 'AssumeRole', 'x-acs-action sent by the SDK');
        expectEq(header(w, 'x-acs-version'), '2015-04-01', 'x-acs-version sent by the SDK');
        expect(w.url.includes(`RoleArn=${encodeURIComponent(deployer.arn)}`) && w.url.includes('RoleSessionName=interop'),
            `RoleArn/RoleSessionName not in the query: ${w.url}`);
        expectEq(r.statusCode, 200, 'HTTP status');
        const c = r.body.credentials;
        expect(/^STS\.[A-Za-z0-9]{20,}$/.test(c.accessKeyId), `AccessKeyId ${c.accessKeyId}`);
        expect(c.accessKeyId !== ali.sts.accessKeyId, 'the fixed demo STS AccessKeyId came back');
        expect(c.accessKeySecret && c.securityToken, 'no AccessKeySecret or SecurityToken');
        const lifetime = secondsFromNow(c.expiration);
        expect(lifetime >= 890 && lifetime <= 901, `Expiration ${c.expiration} is ${lifetime} s away, want 900`);
        expectEq(r.body.assumedRoleUser.arn, `acs:ram::${ali.accountId}:assumed-role/${deployer.name}/interop`, 'AssumedRoleUser.Arn');
        expectEq(r.body.assumedRoleUser.assumedRoleId, `${deployer.roleId}:interop`, 'AssumedRoleUser.AssumedRoleId');
        note(`issued ${c.accessKeyId}, expires ${c.expiration}`);

        // What it issued works with the official ESA SDK (securityToken), twice from one assume.
        const esa = makeClientAt(port, { accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, securityToken: c.securityToken });
        const routines = await esa.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: 1, pageSize: 5 }));
        expectEq(header(lastWire(), 'x-acs-security-token'), c.securityToken, 'x-acs-security-token sent by the ESA SDK');
        expectEq(header(lastWire(), 'x-acs-accesskey-id'), c.accessKeyId, 'x-acs-accesskey-id sent by the ESA SDK');
        expectEq(routines.body.totalCount, manifest.routines.length, 'ListUserRoutines TotalCount with the temporary credentials');
        const routine = await esa.getRoutine(new Esa.GetRoutineRequest({ name: 'edge-gateway' }));
        expectEq((routine.body.envs || []).length, 2, 'GetRoutine Envs with the temporary credentials');
        // Without their token they are refused.
        const noToken = makeClientAt(port, { accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret });
        const e = await esaError(noToken.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageSize: 5 })));
        expectEq(e.code, 'MissingSecurityToken', `error code without the token (${describeError(e)})`);
    });
    await check('STS AssumeRole refusals: unknown role -> 404 EntityNotExist.Role; the partner role without its ExternalId -> 403 NoPermission, with it -> 200', async () => {
        const unknown = `acs:ram::${ali.accountId}:role/no-such-role`;
        const e = await esaError(sts.assumeRole(new Sts.AssumeRoleRequest({ roleArn: unknown, roleSessionName: 'interop' })));
        expectEq(e.statusCode, 404, `HTTP status (${describeError(e)})`);
        expectEq(e.code, 'EntityNotExist.Role', `error code (${describeError(e)})`);
        expect(e.data && e.data.RequestId, 'RequestId in the error body');
        note(`emulator answered ${e.statusCode} ${e.code}: ${e.data && e.data.Message}`);
        const denied = await esaError(sts.assumeRole(new Sts.AssumeRoleRequest({ roleArn: partner.arn, roleSessionName: 'interop' })));
        expectEq(denied.statusCode, 403, `HTTP status without ExternalId (${describeError(denied)})`);
        expectEq(denied.code, 'NoPermission', `error code without ExternalId (${describeError(denied)})`);
        const r = await sts.assumeRole(new Sts.AssumeRoleRequest({ roleArn: partner.arn, roleSessionName: 'interop', externalId: partner.externalId }));
        expectEq(r.body.assumedRoleUser.arn, `acs:ram::${ali.accountId}:assumed-role/${partner.name}/interop`, 'AssumedRoleUser.Arn with ExternalId');
    });
    await check('A fresh cloudcodes-emulator --sts-lifetime 60 caps what AssumeRole issues (DurationSeconds 3600 -> Expiration in 60 s)', async () => {
        const { child, port: freshPort } = await spawnEmulator(['--sts-lifetime', '60']);
        extraEmulators.push(child);
        try {
            const r = await stsAt(freshPort).assumeRole(new Sts.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'refresh', durationSeconds: 3600 }));
            const lifetime = secondsFromNow(r.body.credentials.expiration);
            expect(lifetime >= 50 && lifetime <= 61, `Expiration ${r.body.credentials.expiration} is ${lifetime} s away, want 60`);
            const c = r.body.credentials;
            const esa = makeClientAt(freshPort, { accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, securityToken: c.securityToken });
            expectEq((await esa.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageSize: 5 }))).statusCode, 200, 'ESA with the capped credentials');
        } finally {
            child.kill('SIGTERM');
        }
    });
}

// ================================================================ The classic RPC signature (older official clients)

// What the vendor's SDKs percent-encode with (openapi-util's and pop-core's encode()).
const rpcEncode = (s) => encodeURIComponent(s).replace(/!/g, '%21').replace(/'/g, '%27')
    .replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\*/g, '%2A');

// @alicloud/sts20150401 1.1.6 (npm alias sts-classic; its client sets signatureAlgorithm "v2", so
// openapi-core's doRPCRequest signs it classic), the ESA SDK with Config.signatureAlgorithm "v2"
// (the same path, an official option) and @alicloud/pop-core 1.8.0, the classic RPC client. All
// unpatched; the sent requests are only watched (the httpx wrapper, pop-core's verbose entry).
async function classicChecks({ port, Esa, client, lastWire, header, esaError }) {
    const StsClassic = require('sts-classic');
    const Sts = require('@alicloud/sts20150401');
    const PopCore = require('@alicloud/pop-core');
    const { $OpenApiUtil } = require('@alicloud/openapi-core');
    console.log(`# sts-classic: @alicloud/sts20150401 ${require('sts-classic/package.json').version} beside `
        + `${require('@alicloud/sts20150401/package.json').version}; @alicloud/pop-core ${require('@alicloud/pop-core/package.json').version}`);
    const ali = manifest.alibaba;
    const longTerm = { accessKeyId: ali.accessKeyId, accessKeySecret: ali.accessKeySecret };
    const stsKey = { accessKeyId: ali.sts.accessKeyId, accessKeySecret: ali.sts.accessKeySecret, securityToken: ali.sts.securityToken };
    const deployer = ali.ramRoles.find((r) => r.name === 'cloudcodes-demo-deployer');
    const config = (credentials, more = {}) => new $OpenApiUtil.Config({
        ...credentials, endpoint: `127.0.0.1:${port}`, protocol: 'http', readTimeout: 30_000, connectTimeout: 5_000, ...more,
    });
    // The request as signed classic: no Authorization, the signature's parameters in the query.
    const classicQuery = (w, what) => {
        const q = new URL(w.url, 'http://x').searchParams;
        expect(!header(w, 'authorization'), `${what}: an Authorization header was sent (${header(w, 'authorization')})`);
        expectEq([q.get('SignatureMethod'), q.get('SignatureVersion'), !!q.get('Signature'), !!q.get('SignatureNonce')],
            ['HMAC-SHA1', '1.0', true, true], `${what}: SignatureMethod, SignatureVersion, Signature, SignatureNonce in the query`);
        expect(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(q.get('Timestamp') || ''), `${what}: Timestamp ${q.get('Timestamp')}`);
        return q;
    };
    // The string to sign of what was sent, computed here as the SDK does.
    const stringToSign = (method, params) => {
        const keys = [...params.keys()].filter((k) => k !== 'Signature').sort();
        return `${method}&${rpcEncode('/')}&${rpcEncode(keys.map((k) => `${rpcEncode(k)}=${rpcEncode(params.get(k))}`).join('&'))}`;
    };

    await check('STS AssumeRole signed classic by @alicloud/sts20150401 1.1.6 (POST, every parameter in the query, HMAC-SHA1) and ACS3 by 1.2.0: both issue credentials', async () => {
        const r = await new StsClassic.default(config(longTerm)).assumeRole(new StsClassic.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'classic', durationSeconds: 900 }));
        const w = lastWire();
        expectEq(w.method, 'POST', 'HTTP method of 1.1.6');
        const q = classicQuery(w, '1.1.6');
        expectEq([q.get('Action'), q.get('Version'), q.get('RoleArn'), q.get('RoleSessionName'), q.get('AccessKeyId')],
            ['AssumeRole', '2015-04-01', deployer.arn, 'classic', ali.accessKeyId], 'Action, Version, RoleArn, RoleSessionName, AccessKeyId in the query');
        expectEq(w.body, '', 'no body');
        note(`1.1.6 sent POST with query ${[...q.keys()].join(',')}; Format=${q.get('Format')}; headers ${Object.keys(w.headers).join(',')}`);
        expectEq(r.body.assumedRoleUser.arn, `acs:ram::${ali.accountId}:assumed-role/${deployer.name}/classic`, 'AssumedRoleUser.Arn (1.1.6)');
        expect(/^STS\./.test(r.body.credentials.accessKeyId), `AccessKeyId ${r.body.credentials.accessKeyId}`);
        const n = await new Sts.default(config(longTerm)).assumeRole(new Sts.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'acs3' }));
        expect(/^ACS3-HMAC-SHA256 /.test(header(lastWire(), 'authorization') || ''), '1.2.0 signs ACS3');
        expectEq(n.body.assumedRoleUser.arn, `acs:ram::${ali.accountId}:assumed-role/${deployer.name}/acs3`, 'AssumedRoleUser.Arn (1.2.0)');
    });

    await check('STS 1.1.6 with the STS key: SecurityToken in the query works; without it MissingSecurityToken; a wrong secret SignatureDoesNotMatch with the exact string to sign', async () => {
        const r = await new StsClassic.default(config(stsKey)).assumeRole(new StsClassic.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'classic-sts' }));
        expectEq(classicQuery(lastWire(), 'STS key').get('SecurityToken'), ali.sts.securityToken, 'SecurityToken in the query');
        expectEq(r.statusCode, 200, 'HTTP status');
        const { securityToken, ...noToken } = stsKey;
        const e = await esaError(new StsClassic.default(config(noToken)).assumeRole(new StsClassic.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'x' })));
        expectEq(e.code, 'MissingSecurityToken', `without the token (${describeError(e)})`);
        const bad = await esaError(new StsClassic.default(config({ ...stsKey, accessKeySecret: `${stsKey.accessKeySecret}x` }))
            .assumeRole(new StsClassic.AssumeRoleRequest({ roleArn: deployer.arn, roleSessionName: 'x' })));
        expectEq([bad.statusCode, bad.code], [400, 'SignatureDoesNotMatch'], `wrong secret (${describeError(bad)})`);
        const sent = new URL(lastWire().url, 'http://x').searchParams;
        expectEq(bad.data.Message, `Specified signature is not matched with our calculation. server string to sign is:${stringToSign('POST', sent)}`, 'Message');
    });

    await check('ESA reads signed classic by the official ESA SDK (Config.signatureAlgorithm "v2"): ListUserRoutines (query), GetRoutine (form body), with the STS key too; the same answers as ACS3', async () => {
        const esa = new Esa.default(config(longTerm, { signatureAlgorithm: 'v2' }));
        const r = await esa.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: 1, pageSize: 5 }));
        const q = classicQuery(lastWire(), 'ListUserRoutines');
        expectEq([q.get('Action'), q.get('Version'), q.get('PageSize')], ['ListUserRoutines', '2024-09-10', '5'], 'Action, Version, PageSize in the query');
        const acs3 = await client.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: 1, pageSize: 5 }));
        expectEq(r.body.totalCount, acs3.body.totalCount, 'TotalCount');
        expectEq(r.body.routines.map((x) => x.routineName), acs3.body.routines.map((x) => x.routineName), 'routine names');
        const g = await esa.getRoutine(new Esa.GetRoutineRequest({ name: 'edge-gateway' }));
        const w = lastWire();
        classicQuery(w, 'GetRoutine');
        expectEq(new URLSearchParams(w.body).get('Name'), 'edge-gateway', 'Name in the form body');
        expectEq(header(w, 'content-type'), 'application/x-www-form-urlencoded', 'content-type');
        note(`GetRoutine: ${w.method} query ${[...new URL(w.url, 'http://x').searchParams.keys()].join(',')}; body ${w.body}`);
        expectEq((g.body.envs || []).length, 2, 'GetRoutine Envs');
        const viaSts = await new Esa.default(config(stsKey, { signatureAlgorithm: 'v2' })).listUserRoutines(new Esa.ListUserRoutinesRequest({ pageSize: 5 }));
        expectEq(classicQuery(lastWire(), 'STS key').get('SecurityToken'), ali.sts.securityToken, 'SecurityToken in the query');
        expectEq(viaSts.body.totalCount, acs3.body.totalCount, 'TotalCount with the STS key');
    });

    await check('ESA and STS with @alicloud/pop-core 1.8.0 (classic client): GET in the query, POST all in a form body, the STS key with SecurityToken; refusals', async () => {
        const pop = (credentials, apiVersion) => new PopCore({ ...credentials, endpoint: `http://127.0.0.1:${port}`, apiVersion }, true);
        const [list, entry] = await pop(longTerm, '2024-09-10').request('ListUserRoutines', { PageNumber: 1, PageSize: 5 }, { timeout: 20_000 });
        const q = new URL(entry.url).searchParams;
        expectEq([q.get('SignatureMethod'), q.get('Format'), q.get('Action')], ['HMAC-SHA1', 'JSON', 'ListUserRoutines'], 'the GET query');
        const acs3 = await client.listUserRoutines(new Esa.ListUserRoutinesRequest({ pageNumber: 1, pageSize: 5 }));
        expectEq(list.TotalCount, acs3.body.totalCount, 'TotalCount');
        const [routine, posted] = await pop(stsKey, '2024-09-10').request('GetRoutine', { Name: 'edge-gateway' }, { method: 'POST', timeout: 20_000 });
        expectEq(posted.url, `http://127.0.0.1:${port}/`, 'POST: nothing in the query');
        expectEq((routine.Envs || []).length, 2, 'GetRoutine Envs (STS key, form body)');
        const [assumed] = await pop(stsKey, '2015-04-01').request('AssumeRole', { RoleArn: deployer.arn, RoleSessionName: 'pop' }, { method: 'POST', timeout: 20_000 });
        expectEq(assumed.AssumedRoleUser.Arn, `acs:ram::${ali.accountId}:assumed-role/${deployer.name}/pop`, 'AssumeRole via pop-core');
        const refused = async (credentials, code) => {
            try {
                await pop(credentials, '2024-09-10').request('ListUserRoutines', { PageSize: 5 }, { timeout: 20_000 });
            } catch (e) {
                expectEq(e.code, code, `refusal (${e.message})`);
                return e;
            }
            throw new CheckFailure(`expected ${code}`);
        };
        const e = await refused({ ...longTerm, accessKeySecret: 'wrong' }, 'SignatureDoesNotMatch');
        expect(String(e.data.Message).includes('server string to sign is:GET&%2F&AccessKeyId%3D'), `Message ${e.data.Message}`);
        await refused({ ...longTerm, accessKeyId: 'LTAI5tNoSuchKey000000000' }, 'InvalidAccessKeyId.NotFound');
        await refused({ accessKeyId: stsKey.accessKeyId, accessKeySecret: stsKey.accessKeySecret }, 'MissingSecurityToken');
    });
}

// ================================================================ ESA release calls (deploy, delete, upload, commit)

async function releaseChecks({ port, Esa, client, makeClientAt, lastWire, esaError, byName }) {
    const edge = byName.get('edge-gateway');
    const full = byName.get('bot-shield');        // at its quota: 10 of 10
    const roomy = byName.get('auth-guard');       // 3 versions, room for more
    const newest = edge.versions[edge.versions.length - 1].codeVersion;
    const older = edge.versions[edge.versions.length - 2].codeVersion;
    const recent = (t) => Math.abs(Date.parse(String(t).trim()) - Date.now()) < 120_000;
    const production = async (name) => {
        const r = await client.getRoutine(new Esa.GetRoutineRequest({ name }));
        return (r.body.envs || []).find((e) => e.env === 'production').codeDeploy;
    };
    const deploy = (name, env, versions) => client.createRoutineCodeDeployment(new Esa.CreateRoutineCodeDeploymentRequest({
        name,
        env,
        strategy: 'percentage',
        codeVersions: versions.map(([codeVersion, percentage]) => new Esa.CreateRoutineCodeDeploymentRequestCodeVersions({ codeVersion, percentage })),
    }));
    const listed = async (name) => {
        const out = [];
        for (const pageNumber of [1, 2]) {
            const r = await client.listRoutineCodeVersions(new Esa.ListRoutineCodeVersionsRequest({ name, pageNumber, pageSize: 20 }));
            out.push(...(r.body.codeVersions || []));
        }
        return out;
    };
    const xmlCode = (text) => (/<Code>([^<]*)<\/Code>/.exec(text) || [])[1];
    // The upload the vendor's CLI makes: the OssPostConfig fields in this order, the file last.
    const postForm = async (config, code, change = {}) => {
        // The temporary key's token goes as x-oss-security-token, never under its JSON name.
        const fields = { OSSAccessKeyId: config.OSSAccessKeyId, Signature: config.Signature,
            'x-oss-security-token': config.XOssSecurityToken, callback: config.callback,
            'x:codeDescription': config['x:codeDescription'], policy: config.policy, key: config.key, ...change };
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(k, v);
        form.append('file', new Blob([code]), 'routine.js');
        const res = await fetch(config.Url, { method: 'POST', body: form });
        return { status: res.status, type: res.headers.get('content-type') || '', text: await res.text() };
    };

    await check('ESA CreateRoutineCodeDeployment edge-gateway production 100 % (SDK sends CodeVersions as one JSON form field): GetRoutine shows the new CodeDeploy', async () => {
        const before = await production('edge-gateway');
        const r = await deploy('edge-gateway', 'production', [[newest, 100]]);
        const sent = new URLSearchParams(lastWire().body);
        expectEq(JSON.parse(sent.get('CodeVersions')), [{ CodeVersion: newest, Percentage: 100 }], 'CodeVersions form field as sent by the SDK');
        expectEq(r.statusCode, 200, 'HTTP status');
        expect(r.body.deploymentId && r.body.deploymentId !== before.deployId, `DeploymentId ${r.body.deploymentId} (before: ${before.deployId})`);
        expectEq(r.body.strategy, 'percentage', 'Strategy');
        expectEq(r.body.codeVersions.map((v) => [v.codeVersion, v.percentage]), [[newest, 100]], 'answered CodeVersions');
        const after = await production('edge-gateway');
        expectEq(after.deployId, r.body.deploymentId, 'GetRoutine production DeployId');
        expectEq(after.strategy, 'percentage', 'GetRoutine production Strategy');
        expect(recent(after.creationTime), `CreationTime ${after.creationTime} is not now`);
        expectEq(after.codeVersions.map((v) => [v.codeVersion, v.percentage]), [[newest, 100]], 'GetRoutine production CodeVersions');
        expectEq(after.codeVersions[0].description, edge.versions[edge.versions.length - 1].description, 'Description of the deployed version');
    });
    await check('ESA canary 90/10 then rollback (the older version at 100 %): each a new deployment', async () => {
        const canary = await deploy('edge-gateway', 'production', [[older, 90], [newest, 10]]);
        let now = await production('edge-gateway');
        expectEq(now.deployId, canary.body.deploymentId, 'canary DeployId');
        expectEq(now.codeVersions.map((v) => [v.codeVersion, v.percentage]), [[older, 90], [newest, 10]], 'canary CodeVersions');
        const rollback = await deploy('edge-gateway', 'production', [[older, 100]]);
        expect(rollback.body.deploymentId !== canary.body.deploymentId, 'the rollback has a DeploymentId of its own');
        now = await production('edge-gateway');
        expectEq(now.deployId, rollback.body.deploymentId, 'rollback DeployId');
        expectEq(now.codeVersions.map((v) => [v.codeVersion, v.percentage]), [[older, 100]], 'rollback CodeVersions');
    });
    await check('ESA deployment and delete refusals: bad Env, percentages not summing to 100, unknown version, delete of a deployed version (HTTP 400 with the code)', async () => {
        const before = await production('edge-gateway');
        const cases = [ // one call at a time: each is made only when it is awaited
            ['Env "canary"', () => deploy('edge-gateway', 'canary', [[older, 100]]), 'InvalidParameter', 'Env'],
            ['60 + 30 %', () => deploy('edge-gateway', 'production', [[older, 60], [newest, 30]]), 'InvalidParameter', '100'],
            ['unknown version', () => deploy('edge-gateway', 'production', [['1710120201067203242', 100]]), 'CodeVersionNotExist', '1710120201067203242'],
            ['delete a deployed version', () => client.deleteRoutineCodeVersion(new Esa.DeleteRoutineCodeVersionRequest({ name: 'edge-gateway', codeVersion: older })), 'DependedByOthers', 'production'],
        ];
        for (const [what, call, code, named] of cases) {
            const e = await esaError(call());
            expectEq(e.statusCode, 400, `${what}: HTTP status (${describeError(e)})`);
            expectEq(e.code, code, `${what}: error code (${describeError(e)})`);
            expect(String(e.data && e.data.Message).includes(named), `${what}: the message does not name ${named}: ${e.data && e.data.Message}`);
            note(`${what}: ${e.statusCode} ${e.code}: ${e.data && e.data.Message}`);
        }
        expectEq(await production('edge-gateway'), before, 'production after the refusals');
    });
    await check('ESA DeleteRoutineCodeVersion of an undeployed version: Status OK, gone from ListRoutineCodeVersions and GetRoutineCodeVersion', async () => {
        const first = edge.versions[0].codeVersion;
        const r = await client.deleteRoutineCodeVersion(new Esa.DeleteRoutineCodeVersionRequest({ name: 'edge-gateway', codeVersion: first }));
        expectEq(r.body.status, 'OK', 'Status');
        expect(r.body.requestId, 'RequestId');
        const versions = await listed('edge-gateway');
        expectEq(versions.length, 39, 'versions listed after the delete');
        expect(!versions.some((v) => v.codeVersion === first), `${first} is still listed`);
        const e = await esaError(client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'edge-gateway', codeVersion: first })));
        expectEq(e.code, 'CodeVersionNotExist', `GetRoutineCodeVersion of the deleted version (${describeError(e)})`);
    });

    const code = Buffer.from("export default {\n  async fetch(request) {\n    return new Response('auth-guard v4 via interop');\n  },\n};\n", 'utf8');
    let uploadInfo = null;
    await check('ESA GetRoutineStagingCodeUploadInfo auth-guard: a reserved CodeVersion and an OssPostConfig with a V1-signed policy on the emulator', async () => {
        const r = await client.getRoutineStagingCodeUploadInfo(new Esa.GetRoutineStagingCodeUploadInfoRequest({ name: 'auth-guard', codeDescription: 'v4 via interop' }));
        uploadInfo = r.body;
        const c = r.body.ossPostConfig;
        expect(/^\d{19}$/.test(r.body.codeVersion), `CodeVersion ${r.body.codeVersion}`);
        expect(!roomy.versions.some((v) => v.codeVersion === r.body.codeVersion), 'the reserved CodeVersion already exists');
        expectEq(c.Url, `http://127.0.0.1:${port}/oss/cloudcodes-er-staging`, 'OssPostConfig.Url');
        for (const k of ['OSSAccessKeyId', 'key', 'policy', 'Signature', 'callback', 'XOssSecurityToken']) expect(c[k], `OssPostConfig.${k} missing`);
        expectEq(c['x:codeDescription'], 'v4 via interop', 'OssPostConfig["x:codeDescription"]');
        const policy = JSON.parse(Buffer.from(c.policy, 'base64').toString('utf8'));
        expect(Date.parse(policy.expiration) > Date.now(), `policy expiration ${policy.expiration} is not in the future`);
        expect(policy.conditions.some((x) => JSON.stringify(x) === JSON.stringify(['eq', '$key', c.key])), `no key condition: ${JSON.stringify(policy.conditions)}`);
        expect(policy.conditions.some((x) => x[0] === 'content-length-range' && x[1] === 0 && x[2] === 10 * 1024 * 1024), `no content-length-range 0..10 MiB: ${JSON.stringify(policy.conditions)}`);
        expectEq(Buffer.from(c.Signature, 'base64').length, 20, 'Signature length (HMAC-SHA1)');
    });
    await check('OSS PostObject with the returned form refused: tampered Signature -> 403 SignatureDoesNotMatch XML, file over 10 MiB -> 400 EntityTooLarge XML', async () => {
        expect(uploadInfo, 'no upload info from the previous check');
        const c = uploadInfo.ossPostConfig;
        const sig = c.Signature;
        const tampered = await postForm(c, code, { Signature: (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1) });
        expectEq(tampered.status, 403, `tampered Signature HTTP status (${trim(tampered.text)})`);
        expect(tampered.type.startsWith('application/xml'), `Content-Type ${tampered.type}`);
        expect(tampered.text.startsWith('<?xml'), `not an XML document: ${trim(tampered.text)}`);
        expectEq(xmlCode(tampered.text), 'SignatureDoesNotMatch', 'tampered Signature <Code>');
        expect(/<RequestId>[0-9A-F]{24}<\/RequestId>/.test(tampered.text) && /<HostId>[^<]+<\/HostId>/.test(tampered.text), `RequestId/HostId missing: ${trim(tampered.text)}`);
        const big = await postForm(c, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
        expectEq(big.status, 400, `too large HTTP status (${trim(big.text)})`);
        expectEq(xmlCode(big.text), 'EntityTooLarge', 'too large <Code>');
        note(`emulator answered ${tampered.status} ${xmlCode(tampered.text)} and ${big.status} ${xmlCode(big.text)}`);
        const e = await esaError(client.commitRoutineStagingCode(new Esa.CommitRoutineStagingCodeRequest({ name: 'auth-guard' })));
        expectEq(e.code, 'StagingCodeNotExist', `commit after refused uploads only (${describeError(e)})`);
    });
    await check('OSS PostObject with the returned form (fetch + FormData, file last) -> 200; CommitRoutineStagingCode creates the version with those bytes', async () => {
        expect(uploadInfo, 'no upload info');
        const posted = await postForm(uploadInfo.ossPostConfig, code);
        expectEq(posted.status, 200, `upload HTTP status (${trim(posted.text)})`);
        expectEq(JSON.parse(posted.text).Status, 'OK', 'callback answer');
        const r = await client.commitRoutineStagingCode(new Esa.CommitRoutineStagingCodeRequest({ name: 'auth-guard', codeDescription: 'v4: interop upload' }));
        expectEq(r.body.codeVersion, uploadInfo.codeVersion, 'committed CodeVersion = the reserved one');
        const versions = await listed('auth-guard');
        expectEq(versions.length, roomy.versions.length + 1, 'versions after the commit');
        expectEq(versions[0].codeVersion, uploadInfo.codeVersion, 'newest listed version');
        expectEq(versions[0].codeDescription, 'v4: interop upload', 'its CodeDescription');
        expectEq(versions[0].status, 'Available', 'its Status');
        expectEq(typeof versions[0].buildId, 'number', 'its BuildId type');
        expect(recent(versions[0].createTime), `its CreateTime ${versions[0].createTime} is not now`);
        const got = await client.getRoutineCodeVersion(new Esa.GetRoutineCodeVersionRequest({ name: 'auth-guard', codeVersion: uploadInfo.codeVersion }));
        expectEq(sha256Hex(Buffer.from(got.body.routineCode, 'base64')), sha256Hex(code), 'SHA-256 of the served code');
    });
    await check('ESA quota: bot-shield (10 of 10) refuses the commit with CodeVersionNumberExceedQuotaLimit; after deleting its oldest version the same upload commits', async () => {
        expectEq(full.versions.length, 10, 'manifest versions of bot-shield');
        expectEq(full.codeVersionQuota, 10, 'manifest codeVersionQuota of bot-shield');
        const info = await client.getRoutineStagingCodeUploadInfo(new Esa.GetRoutineStagingCodeUploadInfoRequest({ name: 'bot-shield', codeDescription: 'rules update 11' }));
        const posted = await postForm(info.body.ossPostConfig, Buffer.from('export default { async fetch() { return new Response("11"); } };\n'));
        expectEq(posted.status, 200, `upload HTTP status (${trim(posted.text)})`);
        const e = await esaError(client.commitRoutineStagingCode(new Esa.CommitRoutineStagingCodeRequest({ name: 'bot-shield' })));
        expectEq(e.statusCode, 400, `HTTP status (${describeError(e)})`);
        expectEq(e.code, 'CodeVersionNumberExceedQuotaLimit', `error code (${describeError(e)})`);
        note(`emulator answered ${e.statusCode} ${e.code}: ${e.data && e.data.Message}`);
        await client.deleteRoutineCodeVersion(new Esa.DeleteRoutineCodeVersionRequest({ name: 'bot-shield', codeVersion: full.versions[0].codeVersion }));
        const r = await client.commitRoutineStagingCode(new Esa.CommitRoutineStagingCodeRequest({ name: 'bot-shield' }));
        expectEq(r.body.codeVersion, info.body.codeVersion, 'committed CodeVersion');
        const versions = await listed('bot-shield');
        expectEq(versions.length, 10, 'versions after making room');
        expectEq(versions[0].codeDescription, 'rules update 11', 'the description given at upload');
    });
    await check('A fresh cloudcodes-emulator --version-quota 3 serves the demo again (as in the manifest) and refuses a commit on auth-guard (3 versions)', async () => {
        const { child, port: freshPort } = await spawnEmulator(['--version-quota', '3']);
        extraEmulators.push(child);
        try {
            const fresh = makeClientAt(freshPort, manifest.alibaba);
            const r = await fresh.getRoutine(new Esa.GetRoutineRequest({ name: 'edge-gateway' }));
            const prod = r.body.envs.find((x) => x.env === 'production').codeDeploy.codeVersions.map((v) => [v.codeVersion, v.percentage]);
            expectEq(prod, edge.envs.find((x) => x.env === 'production').codeVersions.map((v) => [v.codeVersion, v.percentage]), 'production CodeVersions of the fresh emulator');
            const count = await fresh.listRoutineCodeVersions(new Esa.ListRoutineCodeVersionsRequest({ name: 'edge-gateway', pageSize: 20 }));
            expectEq(count.body.totalCount, 40, 'edge-gateway versions on the fresh emulator');
            const info = await fresh.getRoutineStagingCodeUploadInfo(new Esa.GetRoutineStagingCodeUploadInfoRequest({ name: 'auth-guard' }));
            expectEq(info.body.ossPostConfig.Url, `http://127.0.0.1:${freshPort}/oss/cloudcodes-er-staging`, 'Url of the fresh emulator');
            expectEq((await postForm(info.body.ossPostConfig, code)).status, 200, 'upload to the fresh emulator');
            const e = await esaError(fresh.commitRoutineStagingCode(new Esa.CommitRoutineStagingCodeRequest({ name: 'auth-guard' })));
            expectEq(e.code, 'CodeVersionNumberExceedQuotaLimit', `commit at --version-quota 3 (${describeError(e)})`);
        } finally {
            child.kill('SIGTERM');
        }
    });
}

// ================================================================ Huawei Cloud APIG (AK/SK)

async function huaweiChecks(port) {
    const { ClientBuilder } = require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder');
    const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');
    console.log(`# @huaweicloud/huaweicloud-sdk-core ${require('@huaweicloud/huaweicloud-sdk-core/package.json').version}`);

    const hw = manifest.huawei;
    const makeClient = (ak, sk) => {
        const c = new ClientBuilder((x) => x)
            .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(hw.projectId))
            .withEndpoint(`http://127.0.0.1:${port}`)
            .build();
        // The SDK's http client logs every error response at ERROR level with the whole axios
        // config; keep one line of it as a note instead (the thrown exception carries the rest).
        const logger = c.httpClient && c.httpClient._logger;
        if (logger && typeof logger.error === 'function') {
            logger.error = (msg, r) => note(`SDK error log: ${msg} HTTP ${r && r.status} ${trim(JSON.stringify(r && r.data), 200)}`);
        }
        return c;
    };
    const client = makeClient(hw.ak, hw.sk);

    // A per-request axios transport that records the request exactly as it goes on the wire
    // (path with query, headers incl. Authorization), then sends it with node's http.
    const captured = [];
    const capturingTransport = {
        request(options, callback) {
            const sent = { method: options.method, path: options.path, headers: { ...options.headers }, body: '' };
            captured.push(sent);
            const req = http.request(options, callback);
            const write = req.write.bind(req);
            req.write = (chunk, ...rest) => { sent.body += Buffer.from(chunk).toString('utf8'); return write(chunk, ...rest); };
            return req;
        },
    };
    const call = (url, pathParams, queryParams, c = client, method = 'GET', data = undefined) => c.sendRequest({
        method,
        url,
        contentType: 'application/json',
        pathParams: { project_id: hw.projectId, ...pathParams },
        queryParams,
        headers: {},
        ...(data === undefined ? {} : { data }),
        axiosRequestConfig: { transport: capturingTransport },
    });
    async function hwError(promise) {
        try {
            const r = await promise;
            throw new CheckFailure(`expected an error, got ${trim(JSON.stringify(r))}`);
        } catch (e) {
            if (e instanceof CheckFailure) throw e;
            if (e.httpStatusCode === undefined) throw e;
            return e;
        }
    }
    const INSTANCES = '/v2/{project_id}/apigw/instances';
    const APPS = '/v2/{project_id}/apigw/instances/{instance_id}/apps';
    const APP_CODES = '/v2/{project_id}/apigw/instances/{instance_id}/apps/{app_id}/app-codes';

    const instance = manifest.instances[0];
    const app = instance.apps.find((a) => a.name === 'mobile-app');

    // 9 ------------------------------------------------------------------------------------------
    await check('APIG ListInstancesV2 (SDK-HMAC-SHA256): total 2, instance ids as in the manifest', async () => {
        const r = await call(INSTANCES, {}, {});
        const w = captured[captured.length - 1];
        const auth = String(w.headers.Authorization || w.headers.authorization || '');
        expect(auth.startsWith(`SDK-HMAC-SHA256 Access=${hw.ak}, SignedHeaders=`), `the SDK did not sign with SDK-HMAC-SHA256 (Authorization: ${auth})`);
        expectEq(r.httpStatusCode, 200, 'HTTP status');
        expectEq(r.total, manifest.instances.length, 'total');
        expectEq(manifest.instances.length, 2, 'manifest instance count');
        expectEq((r.instances || []).map((i) => i.id).sort(), manifest.instances.map((i) => i.id).sort(), 'instance ids');
        for (const i of r.instances) {
            expectEq(i.instance_name, manifest.instances.find((x) => x.id === i.id).name, `${i.id} instance_name`);
        }
    });

    // 10 -----------------------------------------------------------------------------------------
    await check(`APIG ListAppsV2 for ${instance.name}: its apps as in the manifest`, async () => {
        const r = await call(APPS, { instance_id: instance.id }, { offset: 0, limit: 100 });
        expectEq(r.httpStatusCode, 200, 'HTTP status');
        expectEq(r.total, instance.apps.length, 'total');
        expectEq(r.size, instance.apps.length, 'size');
        const got = (r.apps || []).map((a) => `${a.id}:${a.name}`).sort();
        expectEq(got, instance.apps.map((a) => `${a.id}:${a.name}`).sort(), 'app ids and names');
    });

    // 11 -----------------------------------------------------------------------------------------
    await check('APIG ListAppCodesV2 mobile-app: offset 0 limit 500 -> size 500, total 1234, first app_code as in the manifest', async () => {
        const r = await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: 0, limit: 500 });
        expectEq(r.httpStatusCode, 200, 'HTTP status');
        expectEq(r.total, 1234, 'total');
        expectEq(app.appCodeCount, 1234, 'manifest appCodeCount');
        expectEq(r.size, 500, 'size');
        expectEq((r.app_codes || []).length, 500, 'app_codes length');
        expectEq(r.app_codes[0].app_code, app.firstAppCodes[0], 'first app_code');
        expectEq(r.app_codes.slice(0, app.firstAppCodes.length).map((c) => c.app_code), app.firstAppCodes, 'first app_codes');
        expect(r.app_codes.every((c) => c.app_id === app.id), 'every app_code belongs to the app');
    });
    await check('APIG ListAppCodesV2 mobile-app: offset 1200 limit 500 -> size 34; all pages give 1234 distinct codes', async () => {
        const r = await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: 1200, limit: 500 });
        expectEq(r.total, 1234, 'total');
        expectEq(r.size, 34, 'size');
        expectEq((r.app_codes || []).length, 34, 'app_codes length');
        const all = new Set();
        for (const offset of [0, 500, 1000]) {
            const p = await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset, limit: 500 });
            for (const c of p.app_codes) all.add(c.app_code);
        }
        expectEq(all.size, 1234, 'distinct app_code values over offsets 0/500/1000');
    });
    await check('APIG ListAppCodesV2 paging rules: limit 0 -> 20, offset -5 -> 0, limit 1000 -> 500', async () => {
        const r0 = await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: 0, limit: 0 });
        expectEq(r0.size, 20, 'size for limit 0');
        expectEq(r0.app_codes.length, 20, 'app_codes length for limit 0');
        const rn = await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: -5, limit: 3 });
        expectEq(rn.app_codes.map((c) => c.app_code), app.firstAppCodes.slice(0, 3), 'first codes for offset -5');
        expectEq(rn.total, 1234, 'total for offset -5');
        const rb = await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: 0, limit: 1000 });
        expectEq(rb.size, 500, 'size for limit 1000');
    });

    // 12 -----------------------------------------------------------------------------------------
    await check('APIG wrong SK -> 401 APIG.1002', async () => {
        const bad = makeClient(hw.ak, `${hw.sk}x`);
        const e = await hwError(call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: 0, limit: 20 }, bad));
        expectEq(e.httpStatusCode, 401, `HTTP status (${describeError(e)})`);
        expectEq(e.errorCode, 'APIG.1002', `error_code (${describeError(e)})`);
    });

    // 13 -----------------------------------------------------------------------------------------
    await check('APIG signed request replayed unchanged is accepted, with offset changed after signing -> 401 APIG.1002', async () => {
        await call(APP_CODES, { instance_id: instance.id, app_id: app.id }, { offset: 0, limit: 20 });
        const w = captured[captured.length - 1];
        expect(/[?&]offset=0(&|$)/.test(w.path), `captured path has no offset=0: ${w.path}`);
        const replay = await rawRequest({ port, method: w.method, path: w.path, headers: w.headers });
        expectEq(replay.status, 200, `unchanged replay HTTP status (${trim(replay.text)})`);
        const alteredPath = w.path.replace(/([?&])offset=0(&|$)/, '$1offset=40$2');
        const r = await rawRequest({ port, method: w.method, path: alteredPath, headers: w.headers });
        expectEq(r.status, 401, `HTTP status for ${alteredPath} (${trim(r.text)})`);
        expectEq(r.json && r.json.error_code, 'APIG.1002', `error_code (${trim(r.text)})`);
    });

    // 14.. (after every read check: these change the emulator's AppCodes) -------------------------
    const APP_CODE = `${APP_CODES}/{app_code_id}`;
    const rotation = instance.apps.find((a) => a.name === 'data-export'); // 2 AppCodes, room under the limit
    const limit = hw.appCodeLimit;
    const rule = /^[a-zA-Z0-9+/][a-zA-Z0-9\-_!@#$%+/=]{63,179}$/;
    const ids = { instance_id: instance.id, app_id: rotation.id };
    const custom = `Cc+/${'interop-AppCode_0123456789=!@#$%'.repeat(3)}`.slice(0, 96);
    const signedHeadersOf = (w) => (/SignedHeaders=([^,]+)/.exec(String(w.headers.Authorization || w.headers.authorization || '')) || [])[1] || '';
    const listAll = async () => (await call(APP_CODES, ids, { offset: 0, limit: 500 })).app_codes;

    await check('APIG CreateAppCodeAutoV2 (PUT, no body) on data-export -> 201, a value of the documented rule; ListAppCodesV2 lists it last', async () => {
        expectEq(rotation.appCodeCount, 2, 'manifest appCodeCount of data-export');
        expectEq(limit, 5, 'manifest appCodeLimit');
        const r = await call(APP_CODES, ids, {}, client, 'PUT');
        const w = captured[captured.length - 1];
        expectEq(w.method, 'PUT', 'method on the wire');
        expectEq(w.body, '', 'body of the PUT');
        expectEq(r.httpStatusCode, 201, 'HTTP status');
        expect(rule.test(r.app_code), `app_code ${r.app_code} does not follow the rule`);
        expect(/^[0-9a-f]{32}$/.test(r.id), `id ${r.id}`);
        expectEq(r.app_id, rotation.id, 'app_id');
        expect(Math.abs(Date.parse(r.create_time) - Date.now()) < 120_000, `create_time ${r.create_time}`);
        const all = await listAll();
        expectEq(all.length, 3, 'AppCodes listed after the create');
        expectEq(all[2].id, r.id, 'the new AppCode is listed last');
        expectEq(all[2].app_code, r.app_code, 'listed app_code');
    });
    await check('APIG CreateAppCodeV2 (POST, JSON body signed over its exact bytes) -> 201; ShowDetailsOfAppCodeV2 -> 200 the same; DeleteAppCodeV2 -> 204; then 404 APIG.3082', async () => {
        const r = await call(APP_CODES, ids, {}, client, 'POST', { app_code: custom });
        const w = captured[captured.length - 1];
        expectEq(w.body, JSON.stringify({ app_code: custom }), 'the JSON body on the wire');
        expect(signedHeadersOf(w).split(';').includes('content-type'), `content-type is not signed: ${signedHeadersOf(w)}`);
        expect(!w.headers['X-Sdk-Content-Sha256'] && !w.headers['x-sdk-content-sha256'], 'the SDK sent UNSIGNED-PAYLOAD for JSON');
        expectEq(r.httpStatusCode, 201, 'HTTP status');
        expectEq(r.app_code, custom, 'app_code');
        const shown = await call(APP_CODE, { ...ids, app_code_id: r.id }, {});
        expectEq(shown.httpStatusCode, 200, 'ShowDetailsOfAppCodeV2 HTTP status');
        expectEq([shown.app_code, shown.id, shown.app_id, shown.create_time], [r.app_code, r.id, r.app_id, r.create_time], 'ShowDetailsOfAppCodeV2 fields');
        const gone = await call(APP_CODE, { ...ids, app_code_id: r.id }, {}, client, 'DELETE');
        expectEq(gone.httpStatusCode, 204, 'DeleteAppCodeV2 HTTP status');
        expect(!(await listAll()).some((c) => c.id === r.id), 'the deleted AppCode is still listed');
        const e = await hwError(call(APP_CODE, { ...ids, app_code_id: r.id }, {}));
        expectEq(e.httpStatusCode, 404, `HTTP status after the delete (${describeError(e)})`);
        expectEq(e.errorCode, 'APIG.3082', `error_code after the delete (${describeError(e)})`);
        // The body is part of the signature: the same signed request with another body is refused.
        const headers = Object.fromEntries(Object.entries(w.headers).filter(([k]) => k.toLowerCase() !== 'content-length'));
        const replay = await rawRequest({ port, method: w.method, path: w.path, headers, body: JSON.stringify({ app_code: `${custom}x` }) });
        expectEq(replay.status, 401, `another body under the same signature (${trim(replay.text)})`);
        expectEq(replay.json && replay.json.error_code, 'APIG.1002', 'error_code for another body');
    });
    await check('APIG CreateAppCodeV2 with an invalid value (63 characters, a "~") -> 400 APIG.2012 naming app_code', async () => {
        for (const bad of [custom.slice(0, 63), `${custom}~`]) {
            const e = await hwError(call(APP_CODES, ids, {}, client, 'POST', { app_code: bad }));
            expectEq(e.httpStatusCode, 400, `HTTP status for ${bad} (${describeError(e)})`);
            expectEq(e.errorCode, 'APIG.2012', `error_code (${describeError(e)})`);
            expect(String(e.errorMsg).includes('parameterName:app_code'), `error_msg does not name app_code: ${e.errorMsg}`);
            note(`emulator answered ${e.httpStatusCode} ${e.errorCode}: ${e.errorMsg}`);
        }
        expectEq((await listAll()).length, 3, 'AppCodes after the refusals');
    });
    await check(`APIG per-app limit (${limit}): data-export filled to ${limit}, the next create -> 403 APIG.3131; mobile-app (1234) -> 403 APIG.3131; a fresh --appcode-limit 2 refuses data-export`, async () => {
        while ((await listAll()).length < limit) {
            expectEq((await call(APP_CODES, ids, {}, client, 'PUT')).httpStatusCode, 201, 'create below the limit');
        }
        for (const attempt of [() => call(APP_CODES, ids, {}, client, 'PUT'), () => call(APP_CODES, ids, {}, client, 'POST', { app_code: custom })]) {
            const e = await hwError(attempt());
            expectEq(e.httpStatusCode, 403, `HTTP status at the limit (${describeError(e)})`);
            expectEq(e.errorCode, 'APIG.3131', `error_code at the limit (${describeError(e)})`);
        }
        const big = await hwError(call(APP_CODES, { instance_id: instance.id, app_id: app.id }, {}, client, 'PUT'));
        expectEq(big.errorCode, 'APIG.3131', `error_code for mobile-app (${describeError(big)})`);
        const { child, port: freshPort } = await spawnEmulator(['--appcode-limit', '2']);
        extraEmulators.push(child);
        try {
            const fresh = new ClientBuilder((x) => x)
                .withCredential(new BasicCredentials().withAk(hw.ak).withSk(hw.sk).withProjectId(hw.projectId))
                .withEndpoint(`http://127.0.0.1:${freshPort}`)
                .build();
            if (fresh.httpClient && fresh.httpClient._logger) fresh.httpClient._logger.error = () => {};
            const e = await hwError(call(APP_CODES, ids, {}, fresh, 'PUT'));
            expectEq(e.errorCode, 'APIG.3131', `error_code on the fresh emulator (${describeError(e)})`);
            const codes = await call(APP_CODES, ids, { offset: 0, limit: 20 }, fresh);
            expectEq(codes.total, 2, 'the fresh emulator serves the demo again');
        } finally {
            child.kill('SIGTERM');
        }
    });

    await apigContextChecks(call, hwError, instance);
}

// ================================================================ Huawei APIG credential context
// Every management call of "Where an AppCode works" (issue #25), signed by the official SDK core
// (SDK-HMAC-SHA256) and answered by the emulator in the vendor's shapes.
async function apigContextChecks(call, hwError, instance) {
    const base = '/v2/{project_id}/apigw/instances/{instance_id}';
    const ids = { instance_id: instance.id };
    const app = instance.apps.find((a) => a.name === 'data-export');
    const withApp = { ...ids, app_id: app.id };
    const state = {};
    const steps = [
        ['ListApiGroupsV2', async () => {
            const r = await call(`${base}/api-groups`, ids, { offset: 0, limit: 20 });
            expectEq(r.httpStatusCode, 200, 'HTTP status');
            expect(r.total >= 2 && r.groups.length === r.size, `groups: ${trim(JSON.stringify(r))}`);
            state.group = r.groups.find((g) => g.name === 'mobile-backend');
            expect(state.group && state.group.sl_domain, 'mobile-backend has a debug domain');
        }],
        ['ShowDetailsOfApiGroupV2', async () => {
            const r = await call(`${base}/api-groups/{group_id}`, { ...ids, group_id: state.group.id }, {});
            expectEq(r.sl_domain, state.group.sl_domain, 'sl_domain');
        }],
        ['ListApisV2', async () => {
            const r = await call(`${base}/apis`, ids, { group_id: state.group.id, limit: 100 });
            state.api = (r.apis || []).find((a) => a.name === 'get-profile');
            expect(state.api, `get-profile listed: ${trim(JSON.stringify(r))}`);
        }],
        ['ShowDetailsOfApiV2', async () => {
            const r = await call(`${base}/apis/{api_id}`, { ...ids, api_id: state.api.id }, {});
            expectEq([r.req_method, r.req_uri, r.auth_type, r.auth_opt && r.auth_opt.app_code_auth_type],
                     ['GET', '/v1/profile/{user_id}', 'APP', 'HEADER'], 'the API');
        }],
        ['ListEnvironmentsV2', async () => {
            const r = await call(`${base}/envs`, ids, {});
            state.dev = (r.envs || []).find((e) => e.name === 'DEV');
            expect((r.envs || []).some((e) => e.id === 'DEFAULT_ENVIRONMENT_RELEASE_ID') && state.dev, `envs: ${trim(JSON.stringify(r))}`);
        }],
        ['ListApisBindedToAppV2', async () => {
            const r = await call(`${base}/app-auths/binded-apis`, ids, { app_id: app.id });
            expectEq((r.auths || []).map((a) => `${a.api_name}@${a.env_name}`), ['get-profile@RELEASE'], 'data-export works in RELEASE only');
        }],
        ['ListApisUnbindedToAppV2', async () => {
            const r = await call(`${base}/app-auths/unbinded-apis`, ids, { app_id: app.id, env_id: state.dev.id });
            expect((r.apis || []).some((a) => a.id === state.api.id), 'get-profile is not bound in DEV');
        }],
        ['CreateAuthorizingAppsV2', async () => {
            const r = await call(`${base}/app-auths`, ids, {}, undefined, 'POST',
                                 { env_id: state.dev.id, app_ids: [app.id], api_ids: [state.api.id] });
            expectEq(r.httpStatusCode, 201, 'HTTP status');
            expectEq(r.auths[0].auth_result.status, 'SUCCESS', 'auth_result');
            state.auth = r.auths[0].id;
        }],
        ['ListAppsBindedToApiV2', async () => {
            const r = await call(`${base}/app-auths/binded-apps`, ids, { api_id: state.api.id, env_id: state.dev.id });
            expect((r.auths || []).some((a) => a.app_id === app.id), 'data-export is now bound in DEV');
        }],
        ['CancelingAuthorizationV2', async () => {
            const r = await call(`${base}/app-auths/{app_auth_id}`, { ...ids, app_auth_id: state.auth }, {}, undefined, 'DELETE');
            expectEq(r.httpStatusCode, 204, 'HTTP status');
            const e = await hwError(call(`${base}/app-auths/{app_auth_id}`, { ...ids, app_auth_id: state.auth }, {}, undefined, 'DELETE'));
            expectEq([e.httpStatusCode, e.errorCode], [404, 'APIG.3009'], 'deleting it again');
        }],
        ['UpdateAppAcl', async () => {
            const r = await call(`${base}/apps/{app_id}/app-acl`, withApp, {}, undefined, 'PUT',
                                 { app_acl_type: 'PERMIT', app_acl_values: ['10.0.0.0/8', '192.168.0.5-192.168.0.10'] });
            expectEq([r.httpStatusCode, r.app_acl_type], [201, 'PERMIT'], 'the ACL');
            const e = await hwError(call(`${base}/apps/{app_id}/app-acl`, withApp, {}, undefined, 'PUT',
                                         { app_acl_type: 'PERMIT', app_acl_values: ['not-an-address'] }));
            expectEq([e.httpStatusCode, e.errorCode], [400, 'APIG.2012'], 'an invalid address');
        }],
        ['ShowDetailsOfAppAcl', async () => {
            const r = await call(`${base}/apps/{app_id}/app-acl`, withApp, {});
            expectEq(r.app_acl_values, ['10.0.0.0/8', '192.168.0.5-192.168.0.10'], 'app_acl_values');
        }],
        ['DeleteAppAcl', async () => {
            const r = await call(`${base}/apps/{app_id}/app-acl`, withApp, {}, undefined, 'DELETE');
            expectEq(r.httpStatusCode, 204, 'HTTP status');
        }],
        ['CreateAppQuota', async () => {
            const r = await call(`${base}/app-quotas`, ids, {}, undefined, 'POST',
                                 { name: 'interop_quota', call_limits: 100, time_unit: 'MINUTE', time_interval: 1 });
            expectEq(r.httpStatusCode, 201, 'HTTP status');
            state.quota = r.app_quota_id;
        }],
        ['ListAppQuotas', async () => {
            const r = await call(`${base}/app-quotas`, ids, {});
            expect((r.quotas || []).some((q) => q.app_quota_id === state.quota), `listed: ${trim(JSON.stringify(r))}`);
        }],
        ['AssociateAppsForAppQuota', async () => {
            const r = await call(`${base}/app-quotas/{app_quota_id}/binding-apps`, { ...ids, app_quota_id: state.quota }, {}, undefined, 'POST',
                                 { app_ids: [app.id] });
            expect(r.httpStatusCode >= 200 && r.httpStatusCode < 300, `HTTP ${r.httpStatusCode}`);
        }],
        ['ShowAppBoundAppQuota', async () => {
            const r = await call(`${base}/apps/{app_id}/bound-quota`, withApp, {});
            expectEq([r.app_quota_id, r.call_limits, r.time_unit], [state.quota, 100, 'MINUTE'], 'the bound quota');
        }],
        ['UpdateAppQuota', async () => {
            const r = await call(`${base}/app-quotas/{app_quota_id}`, { ...ids, app_quota_id: state.quota }, {}, undefined, 'PUT',
                                 { name: 'interop_quota', call_limits: 5, time_unit: 'HOUR', time_interval: 2 });
            expectEq([r.call_limits, r.time_unit, r.time_interval], [5, 'HOUR', 2], 'the updated quota');
        }],
        ['ShowAppQuota', async () => {
            const r = await call(`${base}/app-quotas/{app_quota_id}`, { ...ids, app_quota_id: state.quota }, {});
            expectEq(r.call_limits, 5, 'call_limits');
        }],
        ['DeleteAppQuota', async () => {
            const r = await call(`${base}/app-quotas/{app_quota_id}`, { ...ids, app_quota_id: state.quota }, {}, undefined, 'DELETE');
            expectEq(r.httpStatusCode, 204, 'HTTP status');
            const e = await hwError(call(`${base}/app-quotas/{app_quota_id}`, { ...ids, app_quota_id: state.quota }, {}));
            expectEq([e.httpStatusCode, e.errorCode], [404, 'APIG.3093'], 'the deleted quota');
        }],
        ['ShowDetailsOfAppV2', async () => {
            const r = await call(`${base}/apps/{app_id}`, withApp, {});
            expect(r.app_key && r.app_secret, 'app_key and app_secret');
            state.secret = r.app_secret;
        }],
        ['ResettingAppSecretV2', async () => {
            const r = await call(`${base}/apps/secret/{app_id}`, withApp, {}, undefined, 'PUT', {});
            expect(r.httpStatusCode >= 200 && r.httpStatusCode < 300, `HTTP ${r.httpStatusCode}`);
            const after = await call(`${base}/apps/{app_id}`, withApp, {});
            expect(after.app_secret && after.app_secret !== state.secret, 'a new AppSecret');
        }],
    ];
    for (const [operation, run] of steps)
        await check(`APIG ${operation} signed by the SDK core`, run);

    // ROMA Connect (apic) and the shared gateway (v1.0), issue #25 -----------------------------
    const roma = manifest.romaInstances[0];
    const orderSync = roma.apps.find((a) => a.name === 'order-sync');
    const romaCodes = '/v2/{project_id}/apic/instances/{instance_id}/apps/{app_id}/app-codes';
    const romaIds = { instance_id: roma.id, app_id: orderSync.id };
    const shared = manifest.sharedGateway[0];
    const website = shared.apps.find((a) => a.name === 'legacy-website');
    const romaSteps = [
        ['ROMA CheckRomaInstanceListV2 (GET /v2/{project_id}/instances): its instance, by "name"', async () => {
            const r = await call('/v2/{project_id}/instances', {}, { offset: 0, limit: 10 });
            expectEq([r.total, (r.instances || []).map((i) => [i.id, i.name])], [1, [[roma.id, roma.name]]], 'the ROMA instances');
        }],
        ['ROMA ListAppCodesV2 (apic)', async () => {
            const r = await call(romaCodes, romaIds, { offset: 0, limit: 20 });
            expectEq([r.total, r.app_codes[0].app_code], [orderSync.appCodeCount, orderSync.firstAppCodes[0]], 'total and first AppCode');
        }],
        ['ROMA CreateAppCodeAutoV2 (PUT) -> 201, then DeleteAppCodeV2 -> 204', async () => {
            const r = await call(romaCodes, romaIds, {}, undefined, 'PUT');
            expectEq(r.httpStatusCode, 201, 'HTTP status');
            const d = await call(`${romaCodes}/{app_code_id}`, { ...romaIds, app_code_id: r.id }, {}, undefined, 'DELETE');
            expectEq(d.httpStatusCode, 204, 'HTTP status');
        }],
        ['ROMA ResetRomaAppSecret (PUT /v2/{project_id}/instances/{instance_id}/apps/{app_id}/secret) -> {id, secret}', async () => {
            const r = await call('/v2/{project_id}/instances/{instance_id}/apps/{app_id}/secret', romaIds, {}, undefined, 'PUT', {});
            expectEq(r.id, orderSync.id, 'id');
            expect(typeof r.secret === 'string' && r.secret.length > 0, 'a secret');
            const after = await call('/v2/{project_id}/apic/instances/{instance_id}/apps/{app_id}', romaIds, {});
            expectEq(after.app_secret, r.secret, 'ShowDetailsOfAppV2 has the new secret');
        }],
        ['shared gateway GET /v1.0/apigw/apps?page_size&page_no: its apps', async () => {
            const r = await call('/v1.0/apigw/apps', {}, { page_size: 20, page_no: 1 });
            expectEq([r.total, r.apps.map((a) => a.name).sort()], [shared.apps.length, shared.apps.map((a) => a.name).sort()], 'the apps');
        }],
        ['shared gateway ListAppCodes page_size 2 page_no 2 -> the third AppCode', async () => {
            const r = await call('/v1.0/apigw/apps/{app_id}/app-codes', { app_id: website.id }, { page_size: 2, page_no: 2 });
            expectEq([r.total, r.size, r.app_codes[0].app_code], [website.appCodeCount, 1, website.firstAppCodes[2]], 'page 2');
        }],
        ['shared gateway CreateAppCode (POST {app_code}) -> 201, then DELETE -> 204', async () => {
            const value = 'interop' + 'A'.repeat(60);
            const r = await call('/v1.0/apigw/apps/{app_id}/app-codes', { app_id: website.id }, {}, undefined, 'POST', { app_code: value });
            expectEq([r.httpStatusCode, r.app_code], [201, value], 'the created AppCode');
            const d = await call('/v1.0/apigw/apps/{app_id}/app-codes/{id}', { app_id: website.id, id: r.id }, {}, undefined, 'DELETE');
            expectEq(d.httpStatusCode, 204, 'HTTP status');
        }],
    ];
    for (const [what, run] of romaSteps)
        await check(`${what}, signed by the SDK core`, run);
}

// ================================================================ Huawei Cloud IAM token

async function iamChecks(port) {
    const hw = manifest.huawei;
    const instance = manifest.instances[0];
    const app = instance.apps.find((a) => a.name === 'mobile-app');
    const tokenBody = (password) => JSON.stringify({
        auth: {
            identity: {
                methods: ['password'],
                password: { user: { name: hw.user, password, domain: { name: hw.domain } } },
            },
            scope: { project: { name: hw.region } },
        },
    });
    const appCodesPath = `/v2/${hw.projectId}/apigw/instances/${instance.id}/apps/${app.id}/app-codes?limit=20&offset=0`;

    await check('IAM POST /v3/auth/tokens (password) -> 201 X-Subject-Token; X-Auth-Token works on ListAppCodesV2; wrong password -> 401', async () => {
        const r = await rawRequest({
            port, method: 'POST', path: '/v3/auth/tokens',
            headers: { 'Content-Type': 'application/json;charset=utf8' }, body: tokenBody(hw.password),
        });
        expectEq(r.status, 201, `token HTTP status (${trim(r.text)})`);
        const token = r.headers['x-subject-token'];
        expect(token && token.length > 0, 'no X-Subject-Token header');
        expect(r.json && r.json.token && r.json.token.expires_at, `no token.expires_at in ${trim(r.text)}`);
        expectEq(r.json.token.project && r.json.token.project.id, hw.projectId, 'token.project.id');
        const ok = await rawRequest({ port, method: 'GET', path: appCodesPath, headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' } });
        expectEq(ok.status, 200, `ListAppCodesV2 with X-Auth-Token (${trim(ok.text)})`);
        expectEq(ok.json.total, 1234, 'total');
        expectEq(ok.json.app_codes[0].app_code, app.firstAppCodes[0], 'first app_code');
        const forged = await rawRequest({ port, method: 'GET', path: appCodesPath, headers: { 'X-Auth-Token': `${token}x`, 'Content-Type': 'application/json' } });
        expectEq(forged.status, 401, `ListAppCodesV2 with a forged token (${trim(forged.text)})`);
        expectEq(forged.json && forged.json.error_code, 'APIG.1002', 'error_code for a forged token');
        const bad = await rawRequest({
            port, method: 'POST', path: '/v3/auth/tokens',
            headers: { 'Content-Type': 'application/json;charset=utf8' }, body: tokenBody(`${hw.password}-wrong`),
        });
        expectEq(bad.status, 401, `wrong-password HTTP status (${trim(bad.text)})`);
        expect(!bad.headers['x-subject-token'], 'a wrong password still got a token');
    });
}

// ----------------------------------------------------------------------------------------------

try {
    await main();
} catch (e) {
    failed += 1;
    console.log(`not ok - interop run aborted: ${describeError(e)}`);
}
if (emulator && emulator.exitCode !== null) {
    failed += 1;
    console.log(`not ok - emulator exited during the run (code ${emulator.exitCode}); last output:\n# ${trim(emulatorLog, 2000).split('\n').join('\n# ')}`);
}
stopEmulator();
console.log(`# finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
