// Interop test: the official ESA CLI (esa-cli 1.0.3, unpatched) against `cloudcodes-emulator --tls`.
// Usage: node esa-cli.mjs EMULATOR_BINARY ESA_CLI_BIN PROJECT_DIR OPEN_VERSION_BINARY
//
// Every command is a step. The CLI exits 0 on most failures (its handlers neither await nor
// exit), so a step passes only when its exit code, its own success text and the emulator's
// request log (every call it expects answered 2xx over HTTPS) all say so. Prints TAP.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

if (process.argv.length !== 6) {
    console.error('usage: node esa-cli.mjs EMULATOR_BINARY ESA_CLI_BIN PROJECT_DIR OPEN_VERSION_BINARY');
    process.exit(2);
}
// Absolute: the CLI runs in the project's directory.
const [emulatorBin, esaBin, projectFixture, openVersionBin] = process.argv.slice(2).map((p) => path.resolve(p));

const ROUTINE = 'cli-interop-site'; // esa.jsonc's name
const STEP_TIMEOUT_MS = 120000; // deploy polls a version for up to 5 minutes: fail long before
const stripAnsi = (s) => s.replace(/\x1B\[[0-?]*[ -/]*[@-~]/g, '');

// ---------------------------------------------------------------- the emulator

function demoCredentials() {
    return new Promise((resolve, reject) => {
        const p = spawn(emulatorBin, ['--print-credentials']);
        let out = '';
        p.stdout.on('data', (d) => { out += d; });
        p.on('error', reject);
        p.on('close', () => {
            const id = /^\s*AccessKeyId\s+(\S+)/m.exec(out);
            const secret = /^\s*AccessKeySecret\s+(\S+)/m.exec(out);
            if (!id || !secret)
                reject(new Error(`no demo AccessKey in --print-credentials:\n${out}`));
            else
                resolve({ id: id[1], secret: secret[1] });
        });
    });
}

// Starts `--tls --log-requests` and waits for its three lines: both URLs and the CA file.
async function startEmulator() {
    const proc = spawn(emulatorBin, ['--tls', '--log-requests'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const emulator = { proc, log: [], stdout: '' };
    proc.stderr.setEncoding('utf8');
    let partial = '';
    proc.stderr.on('data', (d) => {
        const lines = (partial + d).split('\n');
        partial = lines.pop();
        emulator.log.push(...lines);
    });
    proc.stdout.setEncoding('utf8');
    const started = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the emulator did not start:\n${emulator.stdout}`)), 20000);
        proc.on('exit', (code) => reject(new Error(`the emulator ended (${code}) before it listened:\n${emulator.stdout}\n${emulator.log.join('\n')}`)));
        proc.stdout.on('data', (d) => {
            emulator.stdout += d;
            const http = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(emulator.stdout);
            const https = /^listening on https:\/\/127\.0\.0\.1:(\d+)$/m.exec(emulator.stdout);
            const ca = /^ca: (.+)$/m.exec(emulator.stdout);
            if (http && https && ca) {
                clearTimeout(timer);
                resolve({ port: Number(http[1]), tlsPort: Number(https[1]), caFile: ca[1].trim() });
            }
        });
    });
    Object.assign(emulator, await started);
    return emulator;
}

// ---------------------------------------------------------------- steps

const results = [];

function runCli(args, cwd, env) {
    return new Promise((resolve) => {
        const p = spawn(esaBin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        p.stdout.on('data', (d) => { out += d; });
        p.stderr.on('data', (d) => { out += d; });
        const timer = setTimeout(() => { out += `\n[killed after ${STEP_TIMEOUT_MS} ms]`; p.kill('SIGKILL'); }, STEP_TIMEOUT_MS);
        p.on('error', (e) => { out += `\n[cannot run ${esaBin}: ${e.message}]`; });
        p.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code: signal ? `signal ${signal}` : code, out: stripAnsi(out) });
        });
    });
}

// One CLI command: its exit code, texts it must print (regexes; the first match's groups are
// returned), texts it must not print, and the actions the emulator must have answered 2xx
// over HTTPS ("oss:PostObject" over HTTP: the upload URL is the emulator's plain port).
async function step(name, ctx, { args, cwd = ctx.project, env = ctx.env, exitCode = 0, expect = [], forbid = [], calls = [],
                                 noCalls = false }) {
    const logStart = ctx.emulator.log.length;
    const { code, out } = await runCli(args, cwd, env);
    const log = ctx.emulator.log.slice(logStart);
    const problems = [];
    if (code !== exitCode)
        problems.push(`exit code ${code}, expected ${exitCode}`);
    const groups = [];
    for (const re of expect) {
        const m = re.exec(out);
        if (!m)
            problems.push(`output lacks ${re}`);
        else
            groups.push(...m.slice(1));
    }
    for (const re of forbid) {
        if (re.test(out))
            problems.push(`output has ${re}`);
    }
    if (noCalls && log.some((l) => / -> \d{3}/.test(l)))
        problems.push('a request reached the emulator');
    for (const call of calls) {
        const scheme = call.startsWith('oss:') ? 'http' : 'https';
        const answered = new RegExp(`^${scheme} \\S+ \\S+ ${call} -> 2\\d\\d$`);
        if (!log.some((l) => answered.test(l)))
            problems.push(`the emulator answered no ${call} with 2xx over ${scheme}`);
    }
    report(`${name}: esa-cli ${args.join(' ')}`, problems, [`--- output (exit ${code}):`, out.trimEnd(), '--- emulator:', ...log]);
    return groups;
}

function report(name, problems, details = []) {
    const ok = problems.length === 0;
    results.push(ok);
    console.log(`${ok ? 'ok' : 'not ok'} ${results.length} - ${name}`);
    for (const line of [...problems, ...(ok ? [] : details)])
        console.log(`#   ${line.split('\n').join('\n#   ')}`);
}

// ---------------------------------------------------------------- what the CLI committed

// The esa-cli install's own modules (its signing client and zip reader), not the test's.
const cliRequire = createRequire(path.join(path.resolve(esaBin, '../../..'), 'package.json'));

// GetRoutineCodeVersion over the emulator's plain port (the same account as HTTPS), signed by
// the openapi-client esa-cli itself uses: the version's RoutineCode, base64.
async function routineCode(ctx, codeVersion) {
    const OpenApi = cliRequire('@alicloud/openapi-client');
    const client = new OpenApi.default(new OpenApi.Config({
        accessKeyId: ctx.env.ESA_ACCESS_KEY_ID, accessKeySecret: ctx.env.ESA_ACCESS_KEY_SECRET,
        endpoint: `127.0.0.1:${ctx.emulator.port}`, protocol: 'http',
    }));
    const toMap = function () { return this; };
    const params = { action: 'GetRoutineCodeVersion', version: '2024-09-10', protocol: 'http', method: 'POST',
                     authType: 'AK', style: 'RPC', pathname: '/', reqBodyType: 'formData', bodyType: 'json', toMap };
    const request = new OpenApi.OpenApiRequest({ body: { Name: ROUTINE, CodeVersion: String(codeVersion) } });
    const response = await client.callApi(params, request, { toMap });
    return response.body.RoutineCode;
}

// The version's zip holds routine/index.js (the bundled entry) and every file of the assets
// directory under assets/, byte for byte.
async function checkCommittedFiles(ctx, codeVersion) {
    const problems = [];
    try {
        const AdmZip = cliRequire('adm-zip');
        const zip = new AdmZip(Buffer.from(await routineCode(ctx, codeVersion), 'base64'));
        const entries = new Map(zip.getEntries().filter((e) => !e.isDirectory).map((e) => [e.entryName, e.getData()]));
        const assetsDir = path.join(ctx.project, 'public');
        const assets = fs.readdirSync(assetsDir, { recursive: true })
            .filter((f) => fs.statSync(path.join(assetsDir, f)).isFile()).map((f) => f.split(path.sep).join('/'));
        const expected = ['routine/index.js', ...assets.map((f) => `assets/${f}`)].sort();
        if (JSON.stringify([...entries.keys()].sort()) !== JSON.stringify(expected))
            problems.push(`zip entries ${JSON.stringify([...entries.keys()].sort())}, expected ${JSON.stringify(expected)}`);
        for (const f of assets) {
            const inZip = entries.get(`assets/${f}`);
            if (inZip && !inZip.equals(fs.readFileSync(path.join(assetsDir, f))))
                problems.push(`assets/${f} differs from the project's file`);
        }
        const entry = String(entries.get('routine/index.js') || '');
        if (!entry.includes('via CloudCodes interop') || /from ['"]\.\/greeting/.test(entry))
            problems.push(`routine/index.js is not the bundled entry:\n${entry}`);
    } catch (e) {
        problems.push(`cannot read the version: ${e.stack || e}`);
    }
    report(`version ${codeVersion} holds the project's files (GetRoutineCodeVersion)`, problems);
}

// Over the whole run: every request the CLI made was served. The refusals expected are the
// first commit's GetRoutine of a routine that does not exist yet (how the CLI checks for it) and
// the three siteSteps asks for.
function checkWholeLog(log) {
    const ownRead = /^http POST \/ GetRoutineCodeVersion -> /; // checkCommittedFiles', not the CLI's
    const requests = log.filter((l) => / -> \d{3}/.test(l) && !ownRead.test(l));
    // Besides, the refusals siteSteps provokes on purpose, each exactly once.
    const expectedRefusals = [/^https GET \/ GetRoutine -> 400 RoutineNotExist$/,
                              /^https GET \/ GetMatchSite -> 400 SiteNotFound$/,
                              /^https GET \/ CreateRoutineRelatedRecord -> 400 RecordAlreadyExist$/,
                              /^https POST \/ CreateRoutineRoute -> 400 RouteAlreadyExist$/];
    const refused = requests.filter((l) => !/ -> 2\d\d$/.test(l));
    const problems = [];
    for (const expected of expectedRefusals) {
        if (refused.filter((l) => expected.test(l)).length !== 1)
            problems.push(`expected exactly one ${expected}`);
    }
    problems.push(...refused.filter((l) => !expectedRefusals.some((e) => e.test(l))).map((l) => `refused: ${l}`));
    if (requests.some((l) => !/^https /.test(l) && !/ oss:PostObject -> /.test(l)))
        problems.push('a call other than the OSS upload went over plain HTTP');
    const distinct = [...new Set(requests.map((l) => l.replace(/ -> .*/, '')))].sort();
    report(`all ${requests.length} requests the CLI made were served (${distinct.length} kinds)`, problems, requests);
    for (const kind of distinct)
        console.log(`#   ${kind}`);
}

// CloudCodes opens the version as the app does (open-version.cpp: EsaClient, RoutineCodeDecoder,
// CodeBundle) and finds the entry and the project's assets in it.
async function cloudCodesOpens(ctx, codeVersion) {
    const args = [`http://127.0.0.1:${ctx.emulator.port}`, ctx.env.ESA_ACCESS_KEY_ID, ctx.env.ESA_ACCESS_KEY_SECRET,
                  ROUTINE, String(codeVersion), path.join(ctx.project, 'public')];
    const p = spawn(openVersionBin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    const [code] = await once(p, 'close');
    const problems = code === 0 && /^ok$/m.test(out) ? [] : [`exit code ${code}`];
    report(`CloudCodes opens version ${codeVersion} as a bundle with the project's files`, problems, [out.trimEnd()]);
}

// ---------------------------------------------------------------- the run

async function main() {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudcodes-esa-cli-'));
    const home = path.join(scratch, 'home');
    const project = path.join(scratch, ROUTINE);
    fs.mkdirSync(home);
    fs.cpSync(projectFixture, project, { recursive: true });

    const credentials = await demoCredentials();
    const emulator = await startEmulator();
    console.log(`# emulator: https://127.0.0.1:${emulator.tlsPort}, CA ${emulator.caFile}; HOME=${home}`);
    const env = {
        PATH: process.env.PATH,
        HOME: home, // the CLI writes ~/.esa/config and ~/.esa-logs
        CUSTOM_ENDPOINT: `127.0.0.1:${emulator.tlsPort}`,
        NODE_EXTRA_CA_CERTS: emulator.caFile,
        ESA_ACCESS_KEY_ID: credentials.id,
        ESA_ACCESS_KEY_SECRET: credentials.secret,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        LANG: 'C.UTF-8',
    };
    const ctx = { emulator, env, project };
    try {
        await runSteps(ctx);
        checkWholeLog(emulator.log);
    } finally {
        emulator.proc.kill('SIGTERM');
        const [code] = await once(emulator.proc, 'exit');
        report('the emulator ends on SIGTERM and removes its CA file',
               [...(code === 0 ? [] : [`exit code ${code}`]), ...(fs.existsSync(emulator.caFile) ? [`${emulator.caFile} is still there`] : [])]);
        fs.rmSync(scratch, { recursive: true, force: true });
    }
    const failed = results.filter((ok) => !ok).length;
    console.log(`1..${results.length}`);
    console.log(failed ? `# ${failed} of ${results.length} failed` : `# all ${results.length} passed`);
    process.exit(failed ? 1 : 0);
}

async function runSteps(ctx) {
    const anyError = /\bERROR\b|\bError:/;
    // The CLI really checks the certificate: without the emulator's CA it never gets past TLS.
    const { NODE_EXTRA_CA_CERTS, ...untrusting } = ctx.env;
    await step('login without the CA', ctx, {
        args: ['login'],
        env: untrusting,
        expect: [/ERROR.*(self[- ]signed|unable to (get|verify)|certificate)/i],
        forbid: [/Login success/],
        noCalls: true,
    });
    await step('login', ctx, {
        args: ['login'],
        expect: [/Get credentials from environment variables/, /SUCCESS\s+Login success!/],
        forbid: [anyError],
        calls: ['GetErService'],
    });
    await step('routine list', ctx, {
        args: ['routine', 'list'],
        expect: [/List all of Functions and Pages/, /│ edge-gateway\s+│/],
        forbid: [anyError, new RegExp(ROUTINE)],
        calls: ['GetErService', 'ListUserRoutines'],
    });
    const commitCalls = ['GetErService', 'CreateRoutineWithAssetsCodeVersion', 'oss:PostObject'];
    const [v1] = await step('commit', ctx, {
        args: ['commit', '-d', 'first from esa-cli'],
        expect: [/Code version (\d+) generated successfully/, /Routine created successfully/,
                 /index\.html/, /logo\.svg/, /tile\.png/, /src \(dynamic\)/],
        forbid: [anyError],
        calls: [...commitCalls, 'CreateRoutine'], // GetRoutine answers RoutineNotExist first
    });
    await checkCommittedFiles(ctx, v1);
    await cloudCodesOpens(ctx, v1);
    const [v2] = await step('commit (a second version)', ctx, {
        args: ['commit', '-d', 'second from esa-cli'],
        expect: [/Code version (\d+) generated successfully/, /Routine has already exists/],
        forbid: [anyError],
        calls: [...commitCalls, 'GetRoutine'],
    });
    await step('deploy --version to staging', ctx, {
        args: ['deploy', '--version', String(v1), '--environment', 'staging'],
        expect: [new RegExp(`Code version ${v1} is deployed to staging`), /Deploy Success/,
                 new RegExp(`URL\\s+https://${ROUTINE}\\.`)],
        forbid: [anyError, /Deploy failed/],
        calls: ['GetErService', 'GetRoutine', 'GetRoutineCodeVersionInfo', 'CreateRoutineCodeDeployment'],
    });
    await step('deployments list', ctx, {
        args: ['deployments', 'list'],
        expect: [/Staging IP: (\d+\.\d+\.\d+\.\d+)/, new RegExp(`│ Version │ ${v1} │`),
                 new RegExp(`${v1} Active .*first from esa-cli`), new RegExp(`${v2} .*second from esa-cli`)],
        forbid: [anyError],
        calls: ['GetErService', 'GetRoutine', 'ListRoutineCodeVersions', 'GetRoutineStagingEnvIp'],
    });
    await step('deployments delete', ctx, {
        args: ['deployments', 'delete', String(v2)],
        expect: [new RegExp(`SUCCESS\\s+Delete success: ${v2}`)],
        forbid: [anyError],
        calls: ['GetErService', 'DeleteRoutineCodeVersion'],
    });
    await siteSteps(ctx, anyError);
    await step('routine delete', ctx, {
        args: ['routine', 'delete', ROUTINE],
        cwd: path.dirname(ctx.project),
        expect: [/SUCCESS\s+Delete success!/],
        forbid: [anyError],
        calls: ['GetErService', 'DeleteRoutine'],
    });
    await step('routine list (the routine is gone)', ctx, {
        args: ['routine', 'list'],
        expect: [/│ edge-gateway\s+│/],
        forbid: [anyError, new RegExp(ROUTINE)],
        calls: ['ListUserRoutines'],
    });
}

// Where the routine runs: sites, custom domains and routes (issue #23), on the demo's example.com.
async function siteSteps(ctx, anyError) {
    await step('site list', ctx, {
        args: ['site', 'list'],
        expect: [/List all of site names/, /example\.com/, /cloudcodes\.cn/],
        forbid: [anyError, /cloudcodes-preview\.net/], // pending: esa-cli asks for Status=active
        calls: ['GetErService', 'ListSites'],
    });
    await step('domain add', ctx, {
        args: ['domain', 'add', 'cli.example.com'],
        expect: [/Binding domain cli\.example\.com to project successfully/],
        forbid: [anyError],
        calls: ['GetErService', 'GetRoutine', 'GetMatchSite', 'CreateRoutineRelatedRecord'],
    });
    await step('domain add, a host of no site (GetMatchSite refuses)', ctx, {
        args: ['domain', 'add', 'cli.example.org'],
        expect: [/Domain is not active/, /SiteNotFound/],
        forbid: [/successfully/],
    });
    await step('domain add, the same host again (RecordAlreadyExist)', ctx, {
        args: ['domain', 'add', 'cli.example.com'],
        expect: [/Binding domain cli\.example\.com to project failed/, /RecordAlreadyExist/],
    });
    await step('domain list', ctx, {
        args: ['domain', 'list'],
        expect: [/Related domains:/, /cli\.example\.com/],
        forbid: [anyError],
        calls: ['ListRoutineRelatedRecords'],
    });
    await step('route add', ctx, {
        args: ['route', 'add', '--route', 'shop.example.com/cli/*', '--site', 'example.com', '--alias', 'cli-route'],
        expect: [/Add route success!/],
        forbid: [anyError],
        calls: ['ListSites', 'CreateRoutineRoute'],
    });
    await step('route add, the same name again (RouteAlreadyExist)', ctx, {
        args: ['route', 'add', '--route', 'shop.example.com/cli2/*', '--site', 'example.com', '--alias', 'cli-route'],
        expect: [/Add route fail!/, /RouteAlreadyExist/],
        forbid: [/Add route success!/],
    });
    await step('route list', ctx, {
        args: ['route', 'list'],
        expect: [/Related simple mode routes/, /cli-route/, /shop\.example\.com\/cli\/\*/, /example\.com/],
        forbid: [anyError],
        calls: ['ListRoutineRoutes'],
    });
    await step('route delete', ctx, {
        args: ['route', 'delete', 'cli-route'],
        expect: [/Delete route success!/],
        forbid: [anyError],
        calls: ['ListRoutineRoutes', 'DeleteRoutineRoute'],
    });
    await step('route list (the route is gone)', ctx, {
        args: ['route', 'list'],
        expect: [/No related routes found/],
        forbid: [anyError, /cli-route/],
    });
    await step('domain delete', ctx, {
        args: ['domain', 'delete', 'cli.example.com'],
        expect: [/Delete domain success/],
        forbid: [anyError],
        calls: ['ListRoutineRelatedRecords', 'DeleteRoutineRelatedRecord'],
    });
    await step('domain list (the domain is gone)', ctx, {
        args: ['domain', 'list'],
        expect: [/No related domains found/],
        forbid: [anyError, /cli\.example\.com/],
    });
}

main().catch((e) => {
    console.log(`not ok - ${e.stack || e}`);
    process.exit(1);
});
