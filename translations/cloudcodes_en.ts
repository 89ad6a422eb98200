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
    <message numerus="yes">
        <source>Connected as %1: %n edge routine(s) in this account.</source>
        <translation>
            <numerusform>Connected as %1: %n edge routine in this account.</numerusform>
            <numerusform>Connected as %1: %n edge routines in this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n app(s) on the shared gateway.</source>
        <translation>
            <numerusform>Connected: %n app on the shared gateway.</numerusform>
            <numerusform>Connected: %n apps on the shared gateway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n ROMA Connect instance(s) in this region.</source>
        <translation>
            <numerusform>Connected: %n ROMA Connect instance in this region.</numerusform>
            <numerusform>Connected: %n ROMA Connect instances in this region.</numerusform>
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
    <message>
        <source>&amp;Allow changes to the cloud from CloudCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy, roll back and delete code versions and upload new ones. Off: CloudCodes only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rotate and delete AppCodes. Off: CloudCodes only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acs:ram::1234567890123456:role/deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM r&amp;ole ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the calls, as ActionTrail shows it: 2 to 64 letters, digits or . @ - _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the role&apos;s temporary credentials live (at most the role&apos;s maximum session duration). CloudCodes asks for new ones five minutes before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session d&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: when the role&apos;s trust policy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a RAM policy (JSON) that narrows what the role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://sts.cn-hangzhou.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the role is assumed. Empty: https://sts.aliyuncs.com, or the endpoint above when it is this machine (127.0.0.1), which serves STS too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS endpoint is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS endpoint must use HTTPS (plain HTTP is only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://apig.cn-north-4.myhuaweicloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIG &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://iam.cn-north-4.myhuaweicloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where IAM tokens and project IDs are asked for. Empty: the region&apos;s IAM host, or the APIG endpoint above when it is this machine (127.0.0.1), which serves IAM too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>region name (region id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint must use HTTPS (plain HTTP is only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated gateway (APIG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROMA Connect (API Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared gateway (v1.0, no instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this account&apos;s apps and AppCodes live. The shared gateway is being retired and has no instances; its apps offer AppCodes only, not their authorized APIs, ACL, quota or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
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
    <message>
        <source>Credentials found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n AccessKey profile(s)</source>
        <translation>
            <numerusform>%n AccessKey profile</numerusform>
            <numerusform>%n AccessKey profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STS token profile(s)</source>
        <translation>
            <numerusform>%n STS token profile</numerusform>
            <numerusform>%n STS token profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RAM role profile(s)</source>
        <translation>
            <numerusform>%n RAM role profile</numerusform>
            <numerusform>%n RAM role profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IAM profile(s)</source>
        <translation>
            <numerusform>%n IAM profile</numerusform>
            <numerusform>%n IAM profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (%1)</source>
        <translation>
            <numerusform>%n skipped (%1)</numerusform>
            <numerusform>%n skipped (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were found in ~/.aliyun/config.json, ~/.hcloud/config.json or the environment. Add an account by hand with Accounts → Add.</source>
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
    <message>
        <source>%1: profile %2: %3 should be a whole number of seconds; profile skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode %3, which CloudCodes cannot import (only AK, StsToken and RamRoleArn); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode RamRoleArn but its ram_role_arn is empty; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 assumes its RAM role with a temporary key (sts_token), which CloudCodes does not support; skipped. Use a permanent AccessKey.</source>
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
    <message>
        <source>Changes allowed: CloudCodes may change this account&apos;s cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: CloudCodes never changes this account&apos;s cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey + RAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM role: %1 (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS endpoint: %1</source>
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
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationMargin</name>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 came in with this version (its line %2). Click to open the change from %3 that brought it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 came in with this version (its line %2); no older version has code to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>There is no such version to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff of version %1 with version %2 failed: %3</source>
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
    <message>
        <source>%1 was not sent: this account does not allow changes (turn on &quot;Allow changes&quot; in the account&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS answered without the Credentials it documents (AccessKeyId, AccessKeySecret, SecurityToken, Expiration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assuming the RAM role %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The pasted IAM token is no longer accepted (expired or revoked): paste a new one in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared gateway (v1.0) does not offer an app&apos;s authorized APIs, ACL, quota or AppSecret (%1): they are read on the dedicated gateway and on ROMA Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApigAppListModel</name>
    <message>
        <source>%1
App ID: %2
App key: %3
Status: %4
Bound APIs: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApigClient</name>
    <message>
        <source>Shared gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApigInstanceListModel</name>
    <message>
        <source>The shared gateway (v1.0) has no instances: its apps belong to the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApigWorkspace</name>
    <message numerus="yes">
        <source>Exported %n AppCode(s).</source>
        <translation>
            <numerusform>Exported %n AppCode.</numerusform>
            <numerusform>Exported %n AppCodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a Huawei Cloud account to see its API gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading gateways…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region has no API gateway instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation>
            <numerusform>%n gateway</numerusform>
            <numerusform>%n gateways</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — above the gateway&apos;s documented limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app holds %1 AppCodes and the gateway allows %2 per app: delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an AppCode, generated by the gateway or with your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 AppCodes and the gateway allows %3 per app, so no AppCode can be created. Delete one it no longer needs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 of %3 AppCodes, so the new one cannot be created first. Delete an AppCode that no caller uses (not the one you rotate) to make room?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation pending since %1: once your callers use the new AppCode %2, delete the old one %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more pending)</source>
        <translation>
            <numerusform>(%n more pending)</numerusform>
            <numerusform>(%n more pending)</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the AppCode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 done: move your callers to %1, then Finish Rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation is done: %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ACL: any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not allow changes (turn on &quot;Allow changes&quot; in the account&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new AppSecret: callers that sign with the old one are refused at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Huawei Cloud account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared gateway has no instances: these are the account&apos;s apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region has no ROMA Connect instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ROMA Connect instance(s)</source>
        <translation>
            <numerusform>%n ROMA Connect instance</numerusform>
            <numerusform>%n ROMA Connect instances</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared gateway does not offer resetting an app&apos;s AppSecret to CloudCodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeBrowser</name>
    <message>
        <source>API &amp;gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an API gateway instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apps on this gateway match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the AppCodes in full in this view (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Page as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All AppCodes as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app to see its AppCodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no AppCodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file will contain all %n AppCode(s) of this app in plain text. AppCodes are credentials: keep the file safe and delete it when done.

Export?</source>
        <translation>
            <numerusform>The file will contain all %n AppCode of this app in plain text. AppCodes are credentials: keep the file safe and delete it when done.

Export?</numerusform>
            <numerusform>The file will contain all %n AppCodes of this app in plain text. AppCodes are credentials: keep the file safe and delete it when done.

Export?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n AppCode(s).</source>
        <translation>
            <numerusform>Exported %n AppCode.</numerusform>
            <numerusform>Exported %n AppCodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more AppCodes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 — clipboard clears in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n AppCode(s)</source>
        <translation>
            <numerusform>%n AppCode</numerusform>
            <numerusform>%n AppCodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s)</source>
        <translation>
            <numerusform>%n ID</numerusform>
            <numerusform>%n IDs</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Row (TSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;curl Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a curl snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting AppCodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create AppCode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected AppCode without downtime: a new one first, the old one deleted once callers moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reminding: both AppCodes stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate an AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the AppCodes to delete, then Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n AppCode(s) as JSON</source>
        <translation>
            <numerusform>%n AppCode as JSON</numerusform>
            <numerusform>%n AppCodes as JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>App views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where It Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test New AppCode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the new AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the new AppCode before deleting the old one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeCreation</name>
    <message>
        <source>Nothing was sent: the value is not a valid AppCode. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the app&apos;s AppCodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1 has %2 AppCodes and the gateway allows %3 per app. Delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the app&apos;s AppCodes could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n AppCode(s)</source>
        <translation>
            <numerusform>%n AppCode</numerusform>
            <numerusform>%n AppCodes</numerusform>
        </translation>
    </message>
    <message>
        <source>generated by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a given value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the AppCode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppCode %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but the AppCode %1 was created (it is there now). No second one was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and no AppCode was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the AppCodes could not be read back (%2): look before creating again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeDeletion</name>
    <message>
        <source>No AppCode was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AppCode was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and %1 is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is gone: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and %2 could not be looked up (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeModel</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Masked. Ctrl+C copies the whole AppCode; Ctrl+Shift+R reveals it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeRule</name>
    <message>
        <source>It is %1 characters long; an AppCode has at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 characters long; an AppCode has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts with &apos;%1&apos;; the first character must be a letter, a digit, &apos;+&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is &apos;%2&apos;; only letters, digits and + _ ! @ # $ % - / = are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeTestCall</name>
    <message>
        <source>The API has no domain to call: its group has neither a debug domain nor a bound one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an AppCode to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must start with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway knows no such API in %1: it is not published in this environment, or its method or path differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not accept the AppCode: it does not belong to any app (deleted, or mistyped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple authentication is off for this API: it does not take AppCodes, only requests signed with the app&apos;s key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not authorized for this API in %1: authorize it there, or test another environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access control list refuses this computer&apos;s address: the app&apos;s ACL (or the API&apos;s) does not let it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s credential quota is used up: calls work again when its period resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway throttled the call: too many calls in too short a time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API takes IAM authentication, not an AppCode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeTestDialog</name>
    <message>
        <source>Test AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCode to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s path; fill in its {parameters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (JSON), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the call cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request with this AppCode (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AppCode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no AppCode to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is authorized for no API that takes AppCodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the request was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2: the AppCode works here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContextModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple auth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContextPanel</name>
    <message>
        <source>APIs this app may call, per environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app to see where it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not authorized for any API: its credentials work nowhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset AppSecret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address ACL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppKey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppSecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test an AppCode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test an AppCode on these APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request with an AppCode to one of these APIs and see what the gateway answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details could not be read, so their rows show no method, path or domain (F5 reads again): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSecretReset</name>
    <message>
        <source>Reading the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the app could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AppSecret before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new AppSecret made by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the AppSecret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of %1 was reset: callers that sign with the old one are refused now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the app could not be read back (%2): look at its AppSecret before resetting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but the AppSecret did change: callers that sign with the old one are refused now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and the AppSecret did not change: the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetsSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine with assets takes a folder or a project&apos;s esa.jsonc, not a single file: its versions are bundles, and one file would replace all of its assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No esa.jsonc and no routine/index.js: the files are sent as the assets of a static site, with no function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send: the folder has no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is neither a routine/index.js nor any file under assets/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), %1 (zip %2), no function</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n asset(s), %2 (zip %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetsUpload</name>
    <message>
        <source>Nothing was uploaded: the bundle is not a zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the routine&apos;s versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: the routine could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while the version was being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the build: version %1 is still being built (%2) and will show in the version list when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the state was read back: check the version list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>a new version with assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the new version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine keeps no more versions: delete old ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; reading the versions back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but version %2 was made. Its code was not sent (the upload form came with the answer), so it stays unfinished: delete it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no version was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the versions could not be read back (%2): check them before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepts at most %1 and the bundle is %2: version %3 was made but stays unfinished; delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 % of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was refused (%1): version %2 was made but stays unfinished; delete it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload&apos;s answer was lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; reading the version&apos;s state back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and version %2 could not be read back (%3): check it in the version list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the bundle had arrived: version %2 is built and available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and the build of version %2 failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is unfinished (%3). If the bundle arrived it is being built; it was not sent again. The version list will show how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded. Building version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build state of version %1 could not be read (%2): it may still be building; check the version list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version %1 is built and available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build of version %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build of version %1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building version %1 (%2, %3 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up waiting after %1 s: version %2 is still being built (%3). The version list will show how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the routine again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExtract</name>
    <message>
        <source>“%1” is a symbolic link; nothing is written through a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder already holds files of this bundle; nothing was written. First conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appeared while writing and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not resolve to a place inside the chosen folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be put in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the bundle was left in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleFileContent</name>
    <message>
        <source>CSS stylesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TypeScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleFileTree</name>
    <message>
        <source>Files of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of this code version; the one under the cursor is shown beside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleTreeModel</name>
    <message>
        <source>%1 (entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the routine&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (answer lost, state read back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done (answer lost, state read back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (answer lost, state unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Changes made from CloudCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change sent from CloudCodes, newest first. Hover a row for what you were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>Exported %n change to %1.</numerusform>
            <numerusform>Exported %n changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudChange</name>
    <message>
        <source>The service refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1); reading the state back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBundle</name>
    <message>
        <source>an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “%1” in its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “%1” is refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file “%1” is %2 bytes, more than the %3 bytes a file may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is larger than %1 bytes at its file “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds “%1” twice (or as both a file and a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has %1 entries, more than the %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not a readable zip archive (%1); it may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “%1” cannot be read (%2); the archive may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its end is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds two entries of the same name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “%1” is a symbolic link, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “%1” is encrypted, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “%1” uses compression method %2; only stored and deflated entries are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file “%1” expands from %2 to %3 bytes, more than %4 times: it looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file “%1” fails its CRC check: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “%1” uses an unsupported compression method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file “%1” holds more than the %2 bytes its archive declares; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read whole (it may be changing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeUpload</name>
    <message>
        <source>The file is %1; an edge routine&apos;s code may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a storage error document (%1), not code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like TypeScript: the edge runs JavaScript, so compile it first unless your plan builds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1, not a JavaScript module: an edge routine runs JavaScript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the routine&apos;s versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking where to upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: the routine could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: the service accepts at most %1 and the file is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed, no version was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine keeps no more versions (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but the new version %1 is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and no new version was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version %1 is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeVersion</name>
    <message>
        <source>esa-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeVersionDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeVersionListModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its build has not finished (%1): it cannot be deployed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its build failed (%1): it cannot be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeVersionRepository</name>
    <message>
        <source>No account is chosen for this code version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Code As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine, then a code version (Enter or click opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 could not be opened.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RoutineCode could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored code for this version is missing (%1): the service returned its storage error document instead of code. The raw document is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Shown as hex: the first %3 of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is very large (%1): syntax highlighting is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>No match for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Code As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the open version, read-only, highlighted by its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Change That &amp;Introduced This Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Annotated %1: %n line(s), brought in by %2 of the %3 versions up to it (%4 downloaded), in %5 ms.</source>
        <translation>
            <numerusform>Annotated %1: %n line, brought in by %2 of the %3 versions up to it (%4 downloaded), in %5 ms.</numerusform>
            <numerusform>Annotated %1: %n lines, brought in by %2 of the %3 versions up to it (%4 downloaded), in %5 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotating: %1 of %2 versions loaded (%3 from the cache)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating: %1 of %2 versions loaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop annotating (Ctrl+Shift+A turns it on again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Annotating: following every line through %n version(s)…</source>
        <translation>
            <numerusform>Annotating: following every line through %n version…</numerusform>
            <numerusform>Annotating: following every line through %n versions…</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the missing versions and annotate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to annotate: this version (%1) has no lines of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn annotating off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 came in with version %2, the oldest with code: there is no earlier version to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Files of the Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to annotate: %1 has no lines of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Functions and Pages bundle (%n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This version is a zip that cannot be shown as a bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown (%1): its bytes follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Bundle As</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 is a bundle of %n file(s). What do you want to save?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;Zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extract to a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract %1 into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extracting %n file(s) into %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was extracted into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has assets, but the service sent only the entry script of this version: its asset files are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>With --screenshot: what to show first (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: add this delay to every answer of the demo cloud, to watch CloudCodes on a slow link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every HTTP request (method, URL, status, timing, headers with secrets redacted) to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history of the edge routine ROUTINE as a git repository into the folder DIR (new, empty, or written by an earlier export), without a window, then leave: one commit per code version, tags for what production and staging run. Needs --account, or --demo. Exit status 0 when it is done, 1 when it failed, 2 for a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-history: the saved Alibaba Cloud account to read from, by its name or id (with --demo: a demo account; default the demo AccessKey account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-history: the folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds from 0 to 600000, and needs --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view needs --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-history needs the name of a routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-history needs the folder to export into: --export-history ROUTINE DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-history takes one folder; also given: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-history runs without a window; it cannot be combined with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-history needs --account NAME (a saved Alibaba Cloud account), or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs the name or id of an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account is for --export-history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bundle without an entry (no routine/index.js): there is nothing to compare a single file with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (the entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bundle: its entry %2 is compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyableLabel</name>
    <message>
        <source>%1
Double-click to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAppCodeDialog</name>
    <message>
        <source>Rotate an AppCode of %1 — Step 1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an AppCode for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating %1 (created %2) without downtime: first a new AppCode is created and you move your callers to it; the old one keeps working until you delete it in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generated by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom AppCode value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;Strong Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a random value that follows the rule, from the system&apos;s secure random generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;New AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the AppCode — the clipboard clears in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl line — the clipboard clears in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 characters: a valid AppCode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway makes a value of %1 or more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New AppCode (shown once here; the table shows it in full until you leave the app):
%1
ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedCode</name>
    <message>
        <source>JavaScript module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TypeScript module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebAssembly module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing stored code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base64 code lacks its final &apos;=&apos; padding; it was decoded as if the padding were there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base64 code has more &apos;=&apos; padding than needed; the extra padding was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base64 code ends with a lone character that cannot hold a whole byte; it was ignored, and the code is probably cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code stops mid-way (an unclosed bracket, string, comment or tag at the end); it was probably cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains characters that are not base64, so it could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is UTF-16 text; Save As keeps its original bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code starts with a UTF-8 byte order mark, which is not shown; Save As keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not UTF-8 text, so it is shown as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains NUL characters, so it is shown as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code ends in the middle of a character, shown as a replacement character; it was probably cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code starts like UTF-16 text but is not valid UTF-16, so it is shown as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebAssembly module does not have the version 1 header this viewer expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code starts like JSON but is not valid JSON, so it is shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions and Pages bundle (zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteAppCodesDialog</name>
    <message>
        <source>Rotate an AppCode of %1 — Step 2 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete AppCodes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have all callers moved to the new AppCode? The old one below is deleted, and callers that still send it are refused from that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these AppCodes? Callers that send one of them in X-Apig-AppCode are refused from that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers Moved: &amp;Delete the Old AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n AppCode(s)</source>
        <translation>
            <numerusform>&amp;Delete %n AppCode</numerusform>
            <numerusform>&amp;Delete %n AppCodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the AppCode being deleted now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteVersionsDialog</name>
    <message>
        <source>Delete Code Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these code versions of %1 for good? They cannot be restored, and no environment may run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) cannot be deleted because an environment runs them; deploy another version there first.</source>
        <translation>
            <numerusform>%n version cannot be deleted because an environment runs them; deploy another version there first.</numerusform>
            <numerusform>%n versions cannot be deleted because an environment runs them; deploy another version there first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Version(s)</source>
        <translation>
            <numerusform>Delete %n Version</numerusform>
            <numerusform>Delete %n Versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the version being deleted now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <message>
        <source>Alibaba RAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei ROMA Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei shared gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Roll Back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote the Canary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the Canary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; @ %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 · Region: %2 · Endpoint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version at &amp;100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary share in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To deploy to production, type the routine&apos;s name (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing runs there now to share the traffic with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside %1 at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs this: nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 now, and will run %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs nothing now: all of this version&apos;s code goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes: %1 (now, loses traffic) → %2 (deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes live: reading the routine&apos;s hosts and routes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes live on:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes live could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployTargets</name>
    <message>
        <source>Staging has no IP to test with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached through %2: bind these hosts to one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom domain or route: only the default host reaches %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>%1 now runs nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs %2 at %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs %2 at %3 % and %4 at %5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what %1 runs now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the routine could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1 changed since you reviewed it (%2). Review the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the version %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed (request %1), but the routine could not be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but the deployment went through: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and nothing changed: %1 still runs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, and %1 now runs neither what it ran nor what was sent (%2): someone else may have deployed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffOverviewBar</name>
    <message>
        <source>Where the changes are; click to jump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap left and right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &amp;whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fold unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column, removed lines above added ones (unified view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Patch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the binary versions are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary versions differ.

Left: %1, SHA-256 %2
Right: %3, SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%1 −%2 in %n hunk(s)</source>
        <translation>
            <numerusform>+%1 −%2 in %n hunk</numerusform>
            <numerusform>+%1 −%2 in %n hunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions are binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the patch (%n line(s))</source>
        <translation>
            <numerusform>Copied the patch (%n line)</numerusform>
            <numerusform>Copied the patch (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy Right Side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the version on the right, after reviewing this diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version from This File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the file on the right as a new code version of the routine on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions in one column: removed lines above the added ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side of the comparison, scrolled together with the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainEditorDialog</name>
    <message>
        <source>Add a Custom Domain to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host the routine is to serve whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not under the site %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EsaConfigFile</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a trailing comma, which esa-cli 1.0.3 refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “//” inside a string, which esa-cli 1.0.3 takes for a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a /* comment that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table header this reader does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “key = value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string this reader does not take (not closed on its line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EsaProject</name>
    <message numerus="yes">
        <source>%n link(s) or special file(s) in the folder were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“assets” must be an object with a “directory”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is sent as it is: esa-cli would bundle it with esbuild, and CloudCodes runs no bundler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not plain JavaScript (.%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It imports %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” does not exist (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets directory “%1” does not exist (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets directory “%1” is outside the project folder (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names neither an “entry” nor an “assets” “directory”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EsaWorkspace</name>
    <message>
        <source>Selected %1 for comparison: choose another version (any routine or account) and Compare with Selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate is on: open a code version to see which version introduced each of its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate needs the versions of %1: select the routine and wait for its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote Canary (%1 to 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bort Canary (%1 back to 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not allow changes; turn on &quot;Allow changes&quot; in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the versions and their deployments to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is still being built (%2): it can be deployed once its build is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build of version %1 failed (%2): it cannot be deployed. Make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderCompareView</name>
    <message>
        <source>%1  →  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared %n file(s) in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No more changes: this is the last file that differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier changes: this is the first file that differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderComparison</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unchanged (hidden)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHistoryExport</name>
    <message>
        <source>No routine to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code version without an id cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code version %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code version %1 has no creation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code versions are not listed oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty and is not a git repository. Choose an empty folder, or one an earlier export wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A git repository could not be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository in %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bare git repository; the export needs one with a working tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository in %1 has no HEAD: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository in %1 is not on a branch (its HEAD is detached). Check out the branch an earlier export wrote, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the git repository in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository in %1 was not written by the history export (it has no %2 setting), so it is not the history of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository in %1 holds the history of routine “%2” of the account “%3”, not of “%4” of “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch %1 in %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch %1 in %2 has a commit the export did not write (%3 “%4”). The export never rewrites history, so it cannot add to this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working tree in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has a file %2 that git does not track and the export would overwrite. Move it away, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working tree in %1 has changes (%2). Commit or discard them, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the git repository in %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code version %1 could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of the git repository in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 could not be moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExportCommand</name>
    <message>
        <source>Loading versions: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing commits: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts are called “%2”: %3. Name one by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is a Huawei Cloud account; the history export is for Alibaba Cloud ESA routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called “%1”, and no Alibaba Cloud account is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called “%1”. Alibaba Cloud accounts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of “%2” → %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>Export History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every code version of %1 becomes a commit, oldest first, in the git repository at %2; tags say what production and staging run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the versions and deployments of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the versions: %1 of %2 (%3 from the cache)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the commits: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the commits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
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
    <message>
        <source>The answer did not arrive in full within %1 s, the deadline for %2 at no less than %3 KiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing arrived for %1 s, the no-progress limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent, before any answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiRegions</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU-Moscow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ME-Abu Dhabi-OP5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Kuala Lumpur-OP6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU-Moscow-OP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou-InvitationOnly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang-Auto2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab-Auto1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibGit2</name>
    <message>
        <source>libgit2 %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libgit2 that was loaded (%1) has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libgit2 could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadStatePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
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
        <source>Edge Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes</source>
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
        <source>%1: %2 ↔ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Version with &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;All Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inline Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CloudCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time CloudCodes starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next / previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in all versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the selected list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous change in a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous AppCode page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / test the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CloudCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CloudCodes %1&lt;/h3&gt;&lt;p&gt;See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3 · libgit2 %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · demo cloud at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls of the selected account go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;History as Git Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate: the version that introduced each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the change that introduced the line (annotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diff has no search: use F7 / Shift+F7 to go from change to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines or apps / find in the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who serves this URL?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>New Code Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JavaScript module, e.g. index.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed, as the version list will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to delete to make room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Ticked Versions and Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to &amp;Staging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for a New Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript (*.js *.mjs);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping before the next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no more versions, and every version is deployed: deploy or delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no more versions. These are the oldest that no environment runs; delete the ticked ones to make room? Your code is uploaded already and waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one version to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder or esa.jsonc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, or a project&apos;s esa.jsonc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse esa.&amp;jsonc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a project&apos;s esa.jsonc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for a New Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project for a New Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESA project (esa.jsonc esa.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementChange</name>
    <message>
        <source>%1: %2 → %3 (%4, Sequence %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the site&apos;s routes could not be read back (%2): check them before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the custom domains could not be read back (%2): check them before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but route %1 is there: it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is not there: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but route %1 reads as changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is neither as it was nor as asked: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but route %1 is gone: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is there: it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and %1 is not there: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and %1 is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is gone: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementChangeDialog</name>
    <message>
        <source>This changes the cloud of %1. It is sent once and written to the change journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time CloudCodes starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that makes no progress for this long fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied &amp;AppCodes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache of code versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore changes in &amp;whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fold unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &amp;lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n version(s)</source>
        <translation>
            <numerusform>%1 in %n version</numerusform>
            <numerusform>%1 in %n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RamRole</name>
    <message>
        <source>The policy is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy must be a JSON object (a RAM policy document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is %1 bytes long; STS takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RAM role ARN looks like acs:ram::1234567890123456:role/deployer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session name is 2 to 64 letters, digits or . @ - _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts from %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external ID is 2 to 1224 letters, digits or _ + = , . @ : / -.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetAppSecretDialog</name>
    <message>
        <source>Reset the AppSecret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway makes a new AppSecret for %1. Callers that sign their requests with the old AppSecret break at once: they are refused from that moment, until they use the new one. AppCodes and the AppKey stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the app&apos;s name, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resolution</name>
    <message>
        <source>shadowed by an earlier route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed over by a bypass route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled, would have matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may match (depends on what a URL does not tell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom domain, taken by a route first (ranking not documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine serves %1: no route of %2 matches and it is no custom domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine serves %1: it belongs to no site of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the default host of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a custom domain of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 (%2) sends it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the function fails, the request goes back to the origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass route %1 (%2) sends it past all functions, to the origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production runs no version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also matched: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a custom domain ranks against routes is not documented: CloudCodes assumes routes run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDraft</name>
    <message>
        <source>Enter a host/path pattern (shop.example.com/api/*) or a rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteEditorDialog</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account&apos;s sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sites could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Route %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Route to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop.example.com/api/*  or  (http.host eq &quot;shop.example.com&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern or rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bypass: a match goes past all functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallback to the origin when the function fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route&apos;s place on its site: lower is evaluated first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a host/path pattern (shop.example.com/api/*) or a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutePattern</name>
    <message>
        <source>Enter a host and path, such as shop.example.com/api/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the scheme: a route pattern is host/path, such as shop.example.com/api/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route pattern cannot contain quotes, backslashes, spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineAnnotation</name>
    <message>
        <source>Version %1 could not be loaded for the annotation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not among the versions of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineBrowser</name>
    <message>
        <source>Search routines (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an Alibaba Cloud account to see its edge routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a routine to see its code versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no code versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in All Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every code version of this routine (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no edge routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine, then a code version (Enter or click opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in All Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select for Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to compare, or use &quot;Select for Compare&quot; on one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code version to compare with a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected version to staging or production, at 100 % or as a canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected versions (none that an environment runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back Production to This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n Versions…</source>
        <translation>
            <numerusform>De&amp;lete %n Versions…</numerusform>
            <numerusform>De&amp;lete %n Versions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Version (not possible: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Version from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show beside each line the version that introduced it (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport History as Git Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the History of %1 into a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a local file, or for a routine with assets a folder or esa.jsonc, as a new code version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy (not possible: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Version from Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code version to compare with a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code versions or where the routine runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Serves This &amp;URL?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an Alibaba Cloud account first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineChange</name>
    <message>
        <source>The answer was lost (%1) and the routine could not be read back (%2): check it before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineCodeDecoder</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character &apos;=&apos; at offset %1 of the base64 code: padding may only come at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character %1 at offset %2 of the base64 code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineHistoryExport</name>
    <message>
        <source>Version %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account, a routine and a folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n commit(s); the repository holds them, and exporting again goes on from there.</source>
        <translation>
            <numerusform>Cancelled after %n commit; the repository holds them, and exporting again goes on from there.</numerusform>
            <numerusform>Cancelled after %n commits; the repository holds them, and exporting again goes on from there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) added</source>
        <translation>
            <numerusform>%n commit added</numerusform>
            <numerusform>%n commits added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no new versions (%n already exported)</source>
        <translation>
            <numerusform>no new versions (%n already exported)</numerusform>
            <numerusform>no new versions (%n already exported)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n version(s) older than the newest exported one could not be placed: %1</source>
        <translation>
            <numerusform>; %n version older than the newest exported one could not be placed: %1</numerusform>
            <numerusform>; %n versions older than the newest exported one could not be placed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePlacement</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback to origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineSnapshot</name>
    <message>
        <source>%1: nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This string has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named lists ($…) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected “and”, “or” or the end of the rule, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected “and”, “or” or the “)” of the “(” at column %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first argument of %1 must be a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an operator (eq, ne, contains, matches, in), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has more than %1 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a field such as http.host, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a quoted string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape in a string: only \&quot; and \\ are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected “%1”, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsOnPanel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never wins: shadowed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes, in the order the service evaluates them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a route that sends matching requests to this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Ro&amp;ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Do&amp;main…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this routine serve a whole host of a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Domai&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading where the routine runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the routine runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a routine to see where it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the route %1 on the site %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the route %1 on the site %2
from: %3
to:   %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the route %1 on the site %2 for good:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Custom Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 serve every request to %2 (site %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a Custom Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 from serving %2 (site %3): delete the custom domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Domain</source>
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
    <name>TrafficPlan</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlResolverDialog</name>
    <message>
        <source>Who Serves This URL? — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example.com/api/orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the account&apos;s routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the account&apos;s sites, routes and custom domains again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who serves the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an Alibaba Cloud account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account&apos;s sites, routes and custom domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s routes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), %1 route(s), %2 custom domain(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDeletion</name>
    <message>
        <source>%1 runs it at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs it as a canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that no environment runs them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1 cannot be deleted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the routine could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is gone: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and %1 is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionSearch</name>
    <message>
        <source>Enter something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionSearchDialog</name>
    <message>
        <source>Find in All Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version / line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searched %1 of %2 versions, %n match(es) so far…</source>
        <translation>
            <numerusform>Searched %1 of %2 versions, %n match so far…</numerusform>
            <numerusform>Searched %1 of %2 versions, %n matches so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in All Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n version(s).</source>
        <translation>
            <numerusform>in %n version.</numerusform>
            <numerusform>in %n versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) could not be searched.</source>
        <translation>
            <numerusform>%n version could not be searched.</numerusform>
            <numerusform>%n versions could not be searched.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest version containing it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run “cloudcodes --help” to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
