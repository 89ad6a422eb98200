#!/usr/bin/env python3
"""Captures real answers from a running cloudcodes-emulator as fuzz seeds.

    cloudcodes-emulator --port 18099 &
    tests/fuzz/tools/capture_emulator.py http://127.0.0.1:18099 tests/fuzz/corpus

ESA calls are signed with ACS3-HMAC-SHA256 here (same algorithm as app/esa/Acs3Signer); IAM and
APIG calls use a password token. Writes small files into <corpus>/fuzz_esa_json, fuzz_apig_json
and fuzz_routinecode (RoutineCode values of a few code versions)."""
import hashlib, hmac, json, os, sys, urllib.error, urllib.parse, urllib.request, uuid
from datetime import datetime, timezone

base, out = sys.argv[1].rstrip('/'), sys.argv[2]
host = urllib.parse.urlparse(base).netloc
AK, SK = 'LTAI5tCloudCodesDemo01', 'CloudCodesDemoSecret00000000001'


def enc(s):
    return urllib.parse.quote(str(s), safe='-_.~')


def esa(action, params, in_body=True, secret=SK):
    body = '&'.join(f'{enc(k)}={enc(v)}' for k, v in params.items()).encode() if in_body else b''
    query = '' if in_body else '&'.join(sorted(f'{enc(k)}={enc(v)}' for k, v in params.items()))
    h = {'host': host, 'x-acs-action': action, 'x-acs-version': '2024-09-10',
         'x-acs-date': datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
         'x-acs-signature-nonce': uuid.uuid4().hex, 'x-acs-content-sha256': hashlib.sha256(body).hexdigest()}
    if body:
        h['content-type'] = 'application/x-www-form-urlencoded'
    names = sorted(h)
    canon = '\n'.join(['POST', '/', query] + [f'{n}:{h[n].strip()}' for n in names]) + '\n\n' + ';'.join(names) + '\n' + h['x-acs-content-sha256']
    sts = 'ACS3-HMAC-SHA256\n' + hashlib.sha256(canon.encode()).hexdigest()
    sig = hmac.new(secret.encode(), sts.encode(), hashlib.sha256).hexdigest()
    h['Authorization'] = f'ACS3-HMAC-SHA256 Credential={AK},SignedHeaders={";".join(names)},Signature={sig}'
    return fetch('POST', base + '/' + (('?' + query) if query else ''), body or None, h)


def fetch(method, url, body=None, headers=None):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def save(target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    with open(os.path.join(out, target, name), 'wb') as f:
        f.write(data)
    print(f'{target}/{name}: {len(data)} bytes')


_, _, b = esa('ListUserRoutines', {'PageNumber': 1, 'PageSize': 3}, in_body=False)
save('fuzz_esa_json', 'emu_list_user_routines.json', b)
routines = json.loads(b)['Routines']
name = routines[0]['RoutineName']
save('fuzz_esa_json', 'emu_get_routine.json', esa('GetRoutine', {'Name': name})[2])
_, _, b = esa('ListRoutineCodeVersions', {'Name': name, 'PageNumber': 1, 'PageSize': 3})
save('fuzz_esa_json', 'emu_list_code_versions.json', b)
save('fuzz_esa_json', 'emu_user_info.json', esa('GetRoutineUserInfo', {})[2])
save('fuzz_esa_json', 'emu_error_routine_not_exist.json', esa('GetRoutine', {'Name': 'no-such-routine'})[2])
save('fuzz_esa_json', 'emu_error_signature.json', esa('GetRoutineUserInfo', {}, secret='wrong')[2])

# A few code versions of different routines: their RoutineCode values are the decoder's seeds.
seen = 0
for r in routines:
    _, _, b = esa('ListRoutineCodeVersions', {'Name': r['RoutineName'], 'PageNumber': 1, 'PageSize': 2})
    for v in json.loads(b).get('CodeVersions', [])[:1]:
        _, _, cv = esa('GetRoutineCodeVersion', {'Name': r['RoutineName'], 'CodeVersion': v['CodeVersion']})
        code = json.loads(cv).get('RoutineCode', '')
        if len(code) <= 8192:
            save('fuzz_routinecode', f'emu_{r["RoutineName"]}.b64', code.encode())
            if seen == 0:
                save('fuzz_esa_json', 'emu_get_code_version.json', cv)
            seen += 1

# IAM token, then APIG with it.
auth = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
    "name": "developer", "password": "Demo-Passw0rd!", "domain": {"name": "cloudcodes-demo"}}}},
    "scope": {"project": {"name": "cn-north-4"}}}}
st, hd, b = fetch('POST', base + '/v3/auth/tokens', json.dumps(auth).encode(), {'Content-Type': 'application/json'})
save('fuzz_apig_json', 'emu_iam_token.json', b)
token = {k.lower(): v for k, v in hd.items()}['x-subject-token']
bad = json.loads(json.dumps(auth)); bad['auth']['identity']['password']['user']['password'] = 'wrong'
save('fuzz_apig_json', 'emu_iam_error.json', fetch('POST', base + '/v3/auth/tokens', json.dumps(bad).encode(), {'Content-Type': 'application/json'})[2])
pid = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e'
H = {'X-Auth-Token': token, 'Content-Type': 'application/json'}
_, _, b = fetch('GET', f'{base}/v2/{pid}/apigw/instances?offset=0&limit=2', None, H)
save('fuzz_apig_json', 'emu_instances.json', b)
inst = json.loads(b)['instances'][0]['id']
_, _, b = fetch('GET', f'{base}/v2/{pid}/apigw/instances/{inst}/apps?offset=0&limit=2', None, H)
save('fuzz_apig_json', 'emu_apps.json', b)
app = json.loads(b)['apps'][0]['id']
save('fuzz_apig_json', 'emu_app_codes.json', fetch('GET', f'{base}/v2/{pid}/apigw/instances/{inst}/apps/{app}/app-codes?offset=0&limit=3', None, H)[2])
save('fuzz_apig_json', 'emu_error_no_app.json', fetch('GET', f'{base}/v2/{pid}/apigw/instances/{inst}/apps/nosuchapp/app-codes', None, H)[2])
save('fuzz_apig_json', 'emu_error_token.json', fetch('GET', f'{base}/v2/{pid}/apigw/instances', None, {'X-Auth-Token': 'bogus'})[2])
