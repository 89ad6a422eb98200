#!/usr/bin/env python3
"""Writes the hand-made seeds of tests/fuzz/corpus (shaped after /work/shared/api/*.md and the
vendor pages in /work/shared/seeds). Run from anywhere:  tests/fuzz/tools/make_corpus.py
Seeds captured from the emulator (emu_*) come from capture_emulator.py instead."""
import base64, hashlib, json, os, struct

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'corpus')

# The vendor's documented RoutineCode (GetRoutineCodeVersion page): 167 chars, one '=' missing,
# decodes to a truncated OSS NoSuchKey error document.
VENDOR_ROUTINE_CODE = ('PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPEVycm9yPgogIDxDb2RlPk5vU3VjaEtleTwvQ29k'
                       'ZT4KICA8TWVzc2FnZT5UaGUgc3BlY2lmaWVkIGtleSBkb2VzIG5vdCBleGlzdC48L01lc3NhZ2U')
assert len(VENDOR_ROUTINE_CODE) == 167


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


JS = ("export default {\n  async fetch(request, env, ctx) {\n    const url = new URL(request.url);\n"
      "    if (url.pathname === '/health') return new Response('ok');\n"
      "    return fetch(request); // `template ${x}` /re[/]x/g\n  },\n};\n")
TS = ("interface Env { ORIGIN: string }\nexport default {\n  async fetch(request: Request, env: Env): Promise<Response> {\n"
      "    const r = await fetch(env.ORIGIN as string);\n    return r;\n  },\n};\n")
SW = "addEventListener('fetch', event => { event.respondWith(new Response('hi')); });\n"
JSON_TEXT = '{"routes":[{"path":"/a","origin":"https://example.com"}],"ttl":60}'
HTML = "<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body><p>Back soon</p></body></html>\n"
XML = '<?xml version="1.0"?>\n<config><route path="/a"/></config>\n'

# ---- fuzz_routinecode: base64 values as the API sends them (and raw bytes, the same input feeds fromBytes)
rc = 'fuzz_routinecode'
put(rc, 'vendor_example_167.b64', VENDOR_ROUTINE_CODE)
put(rc, 'vendor_example_padded.b64', VENDOR_ROUTINE_CODE + '=')
put(rc, 'js_module.b64', b64(JS))
put(rc, 'js_module_wrapped76.b64', '\n'.join(b64(JS)[i:i + 76] for i in range(0, len(b64(JS)), 76)) + '\n')
put(rc, 'ts_module.b64', b64(TS))
put(rc, 'service_worker.b64', b64(SW))
put(rc, 'json.b64', b64(JSON_TEXT))
put(rc, 'json_cut.b64', b64(JSON_TEXT[:30]))
put(rc, 'html.b64', b64(HTML))
put(rc, 'xml.b64', b64(XML))
put(rc, 'utf16le_bom.b64', b64(b'\xff\xfe' + SW.encode('utf-16-le')))
put(rc, 'utf8_bom.b64', b64(b'\xef\xbb\xbf' + JS.encode()))
put(rc, 'wasm.b64', b64(b'\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00'))
put(rc, 'urlsafe_invalid.b64', b64(b'\xfb\xff\xfe' * 4).replace('+', '-').replace('/', '_'))
put(rc, 'excess_padding.b64', b64('export const x = 1;\n') + '==')
put(rc, 'raw_js_module.js', JS)

# ---- fuzz_esa_json: answer bodies (success and error) of the ESA calls
ej = 'fuzz_esa_json'
put(ej, 'vendor_get_code_version.json', json.dumps({
    "RequestId": "EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395", "CodeDescription": "test ver code desc\n",
    "CreateTime": "2024-03-11T01:23:21Z\n", "RoutineCode": VENDOR_ROUTINE_CODE}, indent=2))
put(ej, 'list_user_routines.json', json.dumps({
    "RequestId": "EEEBE525-F576-1196-8DAF-2D70CA3F4D2F", "TotalCount": 2, "PageNumber": 1, "PageSize": 20,
    "QuotaRoutineNumber": 100, "UsedRoutineNumber": 2, "Routines": [
        {"RoutineName": "test-routine1", "Description": "ZWRpdCByb3V0aW5lIGNvbmZpZyBkZXNjcmlwdGlvbg==",
         "CreateTime": "2024-03-11T01:23:02.883361712Z", "DefaultRelatedRecord": "test-routine1.example.com",
         "HasAssets": False},
        {"RoutineName": "plain", "Description": "not base64 !", "CreateTime": 1710120182883, "HasAssets": True}]}))
put(ej, 'get_routine.json', json.dumps({
    "RequestId": "A1B2", "CreateTime": "2024-03-11T01:23:02Z", "Description": "ZGVtbw==",
    "DefaultRelatedRecord": "r.example.com", "HasAssets": False, "Envs": [
        {"Env": "production", "CodeDeploy": {"Strategy": "percentage", "DeployId": "d-1", "CreationTime": "2024-03-12T00:00:00Z",
                                             "CodeVersions": [{"CodeVersion": "1710120201067203242", "Percentage": 90,
                                                               "Description": "v1", "CreateTime": "2024-03-11T01:23:21Z"},
                                                              {"CodeVersion": "1710120201067203243", "Percentage": 10}]}},
        {"Env": "staging", "CodeDeploy": {}}]}))
put(ej, 'list_code_versions.json', json.dumps({
    "RequestId": "C3D4", "TotalCount": 21, "PageNumber": 2, "PageSize": 20, "CodeVersions": [
        {"CodeVersion": "1710120201067203242", "CodeDescription": "first", "CreateTime": "2024-03-11T01:23:21Z",
         "Status": "Available", "BuildId": 12, "ExtraInfo": "{\"a\":1}", "ConfOptions": {"NotFoundStrategy": "Default"}}]}))
put(ej, 'user_info.json', json.dumps({"RequestId": "E5", "Subdomains": ["a.example.com"],
                                      "Routines": [{"RoutineName": "r", "Description": "", "CreateTime": ""}]}))
put(ej, 'error_invalid_parameter.json', json.dumps({
    "RequestId": "F6", "HostId": "esa.cn-hangzhou.aliyuncs.com", "Code": "InvalidParameter",
    "Message": "The specified parameter is invalid.", "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter"}))
put(ej, 'error_throttling.json', '{"RequestId":"G7","Code":"Throttling.User","Message":"Request was denied due to user flow control."}')
put(ej, 'truncated.json', '{"RequestId":"H8","Routines":[{"RoutineName":"te')
put(ej, 'odd_types.json', '{"Routines":{},"TotalCount":"2","PageNumber":1e400,"CodeVersions":[1,null],"Envs":"x","Code":7}')

# ---- fuzz_apig_json: APIG pages, IAM token answers, error bodies of both
aj = 'fuzz_apig_json'
put(aj, 'vendor_app_codes.json', json.dumps({"total": 2, "size": 2, "app_codes": [
    {"app_code": "GjOD3g80AABuuFeEJpVQADBlAjBh3UzC7W+gr4VJBB5BtJ4fdVOQoSvoji3gFxUDb5pWBz9wUcw9+8/bFZ1B/4pq29wCMQC0pQWX6zTndljDEl99As1pw+WntAU9xcq+ffagoH6zDpKUvdxV6Ezj8LcCcPZN6BU=",
     "id": "9ed8b7fe84224de681e7d7a5587e76dc", "app_id": "45ba8ad4d4db41afa8d4fb2d6a6a8df0", "create_time": "2020-07-24T01:46:36.823Z"},
    {"app_code": "fdc8d90a30174460a91ddacfa54d6f04c92e523a85cc4a1894f87cb13b6f572a",
     "id": "aeba2f5ed7c74a46bcfbcff6b5a0e7e5", "app_id": "45ba8ad4d4db41afa8d4fb2d6a6a8df0", "create_time": "2020-07-24T01:46:36Z"}]}, indent=2))
put(aj, 'instances.json', json.dumps({"total": 1, "size": 1, "instances": [
    {"id": "eddc4d25480b4cd6b512f270a1b8b341", "instance_name": "apig-demo", "status": "Running", "type": "apig",
     "spec": "BASIC", "create_time": 1710120201067, "eip_address": "203.0.113.7", "description": ""}]}))
put(aj, 'apps.json', json.dumps({"total": 3, "size": 1, "apps": [
    {"id": "9ed8b7fe84224de681e7d7a5587e76dc", "name": "demo app", "remark": "", "creator": "USER", "status": 1,
     "app_key": "7f4b0a1f4a0a4b3c", "app_secret": "******", "app_type": "apig", "register_time": "2024-03-11T01:23:21Z",
     "update_time": "2024-03-11T01:23:21.5+08:00", "bind_num": 2}]}))
put(aj, 'iam_token.json', json.dumps({"token": {"expires_at": "2024-03-12T01:23:21.000000Z", "issued_at": "2024-03-11T01:23:21.000000Z",
                                                 "methods": ["password"], "project": {"id": "0123456789abcdef0123456789abcdef", "name": "cn-north-4"},
                                                 "user": {"name": "developer", "domain": {"name": "acct"}}}}))
put(aj, 'iam_projects.json', '{"projects":[{"id":"0123456789abcdef0123456789abcdef","name":"cn-north-4","enabled":true}]}')
put(aj, 'error_apig_2012.json', '{"error_code":"APIG.2012","error_msg":"Invalid parameter value,parameterName:limit","request_id":"6ff4ec4a"}')
put(aj, 'error_apig_1002.json', '{"error_code":"APIG.1002","error_msg":"Incorrect token or token resolution failed"}')
put(aj, 'error_keystone.json', '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}')
put(aj, 'odd_types.json', '{"total":"x","size":-1,"apps":[{"status":"1","bind_num":1.5}],"instances":null,"app_codes":[[]]}')

# ---- fuzz_signers: method NUL path NUL query NUL headers NUL body NUL Authorization NUL X-Sdk-Date NUL flags+key
def signer_seed(method, path, query, headers, body, auth, date, extra=b'\x00'):
    hs = '\n'.join(f'{k}:{v}' for k, v in headers)
    return b'\x00'.join(x.encode() if isinstance(x, str) else x for x in [method, path, query, hs, body, auth, date, extra])

sg = 'fuzz_signers'
acs_headers = [('host', 'esa.cn-hangzhou.aliyuncs.com'), ('x-acs-action', 'GetRoutineCodeVersion'),
               ('x-acs-version', '2024-09-10'), ('x-acs-credentials-provider', 'static_ak'),
               ('content-type', 'application/x-www-form-urlencoded')]
put(sg, 'acs3_vector1_form.bin', signer_seed('POST', '/', '', acs_headers, 'CodeVersion=1710120201067203242&Name=test-routine1',
    'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=31bb83e58e963a2a6b03ed8ad3807a2e143683bea26289593921a01ac7841d63',
    '20240311T012321Z'))
put(sg, 'acs3_vector2_query.bin', signer_seed('POST', '/', 'PageNumber=1&PageSize=20&SearchKeyWord=hello%20world%2A~%27%28%29%21%E8%B7%AF%E7%94%B1',
    [('host', 'esa.cn-hangzhou.aliyuncs.com'), ('x-acs-action', 'ListUserRoutines'), ('x-acs-version', '2024-09-10')], '',
    'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action,Signature=74ff3561689e54cf47fcc6aab2effaca76a11c91e5b7d5c65579a76f0800149d',
    '', b'\x08'))
put(sg, 'sdk_vector1.bin', signer_seed('GET', '/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/apps/9ed8b7fe84224de681e7d7a5587e76dc/app-codes',
    'offset=0&limit=20', [('Content-Type', 'application/json'), ('Host', 'apig.cn-north-4.myhuaweicloud.com'),
                          ('X-Project-Id', '0123456789abcdef0123456789abcdef')], '',
    'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=97ba9210da668735ce05e7864d71d742c811c8d7bbc6582533c7feebb2e13c9c',
    '20240311T012321Z'))
put(sg, 'sdk_vector2_form.bin', signer_seed('GET', '/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/apps',
    'name=demo+app%2A~%27%28%29%21%E5%BA%94%E7%94%A8&offset=0&limit=500',
    [('host', 'apig.cn-north-4.myhuaweicloud.com'), ('X-Sdk-Content-Sha256', 'UNSIGNED-PAYLOAD')], '',
    'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date, Signature=46157cb8e8199f09fe9275ba2a941677d4b665874ef8f9d6e31576114e59b20b',
    '20240311T012321Z', b'\x06MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc'))
put(sg, 'odd_query.bin', signer_seed('post', '//a/%2F/./../b c', '=&&a&=b&%zz=%E8%B7&x=%00%ff&y=a=b=c',
    [('X-ACS-Date', ' spaced '), ('x-acs-', ''), ('bad name', 'v')], 'body', 'ACS3-HMAC-SHA256 ,,=', '2024-13-45'))

# ---- fuzz_jsonstringmember: GetRoutineCodeVersion answers, for the RoutineCode taken out in place
js = 'fuzz_jsonstringmember'
CV = {"CodeDescription": "release 3", "CreateTime": "2025-07-07T18:25:00Z",
      "RequestId": "A6375BB3-4324-45B9-96AD-B8271C47EFBA"}
compact = dict(separators=(',', ':'))
put(js, 'emulator_answer.json', json.dumps(dict(CV, RoutineCode=b64(JS)), **compact))
put(js, 'vendor_answer.json', json.dumps({
    "RequestId": "EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395", "CodeDescription": "test ver code desc\n",
    "CreateTime": "2024-03-11T01:23:21Z\n", "RoutineCode": VENDOR_ROUTINE_CODE}, indent=2))
put(js, 'code_first.json', json.dumps(dict({"RoutineCode": b64(SW)}, **CV), **compact))
put(js, 'escaped_slashes.json', json.dumps(dict(CV, RoutineCode=b64(b'\xfb\xff\xfe' * 8)), **compact).replace('/', '\\/'))
put(js, 'unicode_escape.json', '{"RequestId":"r","RoutineCode":"YW\\u004Aj"}')
put(js, 'nested_key.json', '{"Data":{"RoutineCode":"bmVzdA=="},"List":[{"RoutineCode":"x"}],"RoutineCode":"dG9w"}')
put(js, 'duplicate_key.json', '{"RoutineCode":"YQ==","RequestId":"r","RoutineCode":"Yg=="}')
put(js, 'escaped_key.json', '{"Routine\\u0043ode":"YQ==","RoutineCode":"Yg=="}')
put(js, 'not_a_string.json', '{"RoutineCode":{"a":["YQ=="]},"RequestId":"r"}')
put(js, 'bom.json', b'\xef\xbb\xbf' + json.dumps(dict(CV, RoutineCode=b64(SW)), **compact).encode())
put(js, 'truncated.json', json.dumps(dict(CV, RoutineCode=b64(JS)), **compact)[:150])
put(js, 'garbage_after.json', '{"RoutineCode":"YQ=="} {}')
put(js, 'error_body.json', json.dumps({"RequestId": "0AEDAF20-4DDF-4165-8750-47FF9C1929C9",
    "Code": "CodeVersionNotExist", "Message": "The specified code version does not exist."}))

# ---- fuzz_codecache: first byte picks the mode (0 whole file, 1 metadata NUL code, 2 fields NUL code)
cc = 'fuzz_codecache'
code = JS.encode()
meta = json.dumps({"cachedAt": "2024-03-12T00:00:00.000Z", "createTime": "2024-03-11T01:23:21.000Z",
                   "description": "first version", "requestId": "EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395",
                   "sha256": hashlib.sha256(code).hexdigest(), "size": len(code)}, separators=(',', ':')).encode()
entry = b'CCVCACHE' + struct.pack('>II', 1, len(meta)) + hashlib.sha256(meta).digest() + meta + code
put(cc, 'valid_entry.bin', b'\x00' + entry)
put(cc, 'newer_format.bin', b'\x00' + b'CCVCACHE' + struct.pack('>II', 2, len(meta)) + hashlib.sha256(meta).digest() + meta + code)
put(cc, 'bad_meta_digest.bin', b'\x00' + entry[:20] + b'\x00' * 28 + entry[48:])
put(cc, 'meta_and_code.bin', b'\x01' + meta + b'\x00' + code)
put(cc, 'meta_wrong_size.bin', b'\x01' + meta.replace(b'"size":', b'"size":1') + b'\x00' + code)
put(cc, 'fields_and_code.bin', b'\x02first version\x002024-03-11T01:23:21.000Z\x00EDBD3EB3\x002024-03-12T00:00:00.000Z\x00' + code)
put(cc, 'fields_empty_times.bin', b'\x02d\x00\x00r\x00\x00')
print('corpus written to', os.path.normpath(CORPUS))
