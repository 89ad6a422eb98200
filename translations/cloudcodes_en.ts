<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountConnections</name>
    <message>
        <source>The account &quot;%1&quot; has no stored %2; edit the account to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Alibaba Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Huawei Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n edge routine(s) in this account.</source>
        <translation>
            <numerusform>Connected: %n edge routine in this account.</numerusform>
            <numerusform>Connected: %n edge routines in this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n API gateway instance(s) in this region.</source>
        <translation>
            <numerusform>Connected: %n API gateway instance in this region.</numerusform>
            <numerusform>Connected: %n API gateway instances in this region.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Alibaba Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gateway team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://esa.cn-hangzhou.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the region&apos;s public endpoint. Plain http:// is only allowed for this machine (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: found from the region when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep IAM tokens in the keychain between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region looks like &quot;cn-hangzhou&quot; or &quot;cn-north-4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must use HTTPS (plain HTTP is only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AccessKey ID starts with LTAI followed by 12 to 30 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An STS AccessKey ID starts with &quot;STS.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AK is 16 to 40 upper-case letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the security token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM account and user names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an IAM token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project ID is 32 lower-case hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were found in ~/.aliyun/config.json, ~/.hcloud/config.json or the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudCodes found these credentials. Tick the ones to add; their secrets go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4
from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountImporter</name>
    <message>
        <source>%1 is larger than %2 KiB, too large for a CLI configuration; nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3); nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object; nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;profiles&quot; list; nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;profiles&quot; is not a list; nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile #%2 is not a JSON object; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2: %3 should be text; profile skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 has neither a mode nor an AccessKey; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode %3, which CloudCodes cannot import (only AK and StsToken); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 has an empty access_key_id or access_key_secret; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode StsToken but its sts_token is empty; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 has neither a mode nor an AK; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode %3, which CloudCodes cannot import (only AKSK); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2: KooCLI stored its AK/SK encrypted, and only KooCLI can read them; skipped. Add this account by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 holds a temporary AK/SK with a security token, which CloudCodes does not support; skipped. Use a permanent AK/SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 has an empty accessKeyId or secretAccessKey; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2: the AK/SK are not plain letters and digits (KooCLI probably stored them encrypted); skipped. Add this account by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment: Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment (ALIBABA_CLOUD_ACCESS_KEY_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment holds only part of an Alibaba Cloud AccessKey: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are both needed; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_SECURITY_TOKEN is set: the AK/SK in the environment are temporary, which CloudCodes does not support; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment: Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment (HUAWEICLOUD_SDK_AK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment holds only part of a Huawei Cloud AK/SK: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are both needed; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account: kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Add &amp;Alibaba Cloud Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Huawei Cloud Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CLI Configs and Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; and its stored secrets from this computer?
Nothing changes in the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The APIG answer does not have the documented shape: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM knows no project named %1 for these credentials; set the project id in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM did not name the project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no AK/SK; enter them in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no IAM token; paste one in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs an IAM account name, user name and password to obtain a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM answered without a token (X-Subject-Token) or without token.expires_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no AccessKey secret; enter it in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESA answer does not have the documented shape: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1 without a documented error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud ESA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud IAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud APIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer ends in the middle of its JSON (%1 bytes received); it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not the JSON object the API documents (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Alibaba AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei IAM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: HTTPS is required for any host that is not this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed; certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CloudCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines and code versions of the selected Alibaba Cloud ESA account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes of an app on the selected Huawei Cloud API gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show or hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo cloud on a free 127.0.0.1 port and use its demo accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every HTTP request (method, URL, status, timing, headers with secrets redacted) to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: what to show first (accounts, account-dialog).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
