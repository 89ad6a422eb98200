<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountConnections</name>
    <message>
        <source>The account "%1" has no stored %2; edit the account to enter it.</source>
        <translation>账号“%1”没有保存 %2；请编辑账号并填写。</translation>
    </message>
    <message>
        <source>This is not an Alibaba Cloud account.</source>
        <translation>这不是阿里云账号。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>This is not a Huawei Cloud account.</source>
        <translation>这不是华为云账号。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n edge routine(s) in this account.</source>
        <translation>
            <numerusform>连接成功：此账号有 %n 个边缘函数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n API gateway instance(s) in this region.</source>
        <translation>
            <numerusform>连接成功：此区域有 %n 个 API 网关实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1: %n edge routine(s) in this account.</source>
        <translation>
            <numerusform>连接成功，身份为 %1：此账号有 %n 个边缘函数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n app(s) on the shared gateway.</source>
        <translation>
            <numerusform>已连接：共享版网关上有 %n 个应用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n ROMA Connect instance(s) in this region.</source>
        <translation>
            <numerusform>已连接：此区域有 %n 个 ROMA Connect 实例。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Alibaba Cloud account</source>
        <translation>阿里云账号</translation>
    </message>
    <message>
        <source>Huawei Cloud account</source>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>e.g. Production (Hangzhou)</source>
        <translation>例如：生产（杭州）</translation>
    </message>
    <message>
        <source>e.g. Gateway team</source>
        <translation>例如：网关团队</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>optional, e.g. https://esa.cn-hangzhou.aliyuncs.com</source>
        <translation>可选，例如 https://esa.cn-hangzhou.aliyuncs.com</translation>
    </message>
    <message>
        <source>Leave empty to use the region's public endpoint. Plain http:// is only allowed for this machine (127.0.0.1).</source>
        <translation>留空则使用该区域的公共接入点。仅本机（127.0.0.1）允许使用明文 http://。</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey &amp;ID：</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥 AK(&amp;K)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>私有访问密钥 SK(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>IAM &amp;account:</source>
        <translation>IAM 账号(&amp;A)：</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>IAM &amp;token:</source>
        <translation>IAM Token(&amp;T)：</translation>
    </message>
    <message>
        <source>optional: found from the region when empty</source>
        <translation>可选：留空时按区域自动获取</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Keep IAM tokens in the keychain between sessions</source>
        <translation>在钥匙串中保存 IAM Token，供下次启动使用</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账号命名。</translation>
    </message>
    <message>
        <source>The region looks like "cn-hangzhou" or "cn-north-4".</source>
        <translation>区域格式应类似“cn-hangzhou”或“cn-north-4”。</translation>
    </message>
    <message>
        <source>The endpoint is not an http(s) URL.</source>
        <translation>接入点不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>The endpoint must use HTTPS (plain HTTP is only for 127.0.0.1).</source>
        <translation>接入点必须使用 HTTPS（明文 HTTP 仅限 127.0.0.1）。</translation>
    </message>
    <message>
        <source>An AccessKey ID starts with LTAI followed by 12 to 30 letters and digits.</source>
        <translation>AccessKey ID 以 LTAI 开头，后跟 12 到 30 个字母或数字。</translation>
    </message>
    <message>
        <source>An STS AccessKey ID starts with "STS.".</source>
        <translation>STS AccessKey ID 以“STS.”开头。</translation>
    </message>
    <message>
        <source>An AK is 16 to 40 upper-case letters and digits.</source>
        <translation>AK 由 16 到 40 个大写字母或数字组成。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Enter the SK.</source>
        <translation>请输入 SK。</translation>
    </message>
    <message>
        <source>Enter the security token.</source>
        <translation>请输入安全令牌。</translation>
    </message>
    <message>
        <source>Enter the IAM account and user names.</source>
        <translation>请输入 IAM 账号名和用户名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Paste an IAM token.</source>
        <translation>请粘贴 IAM Token。</translation>
    </message>
    <message>
        <source>A project ID is 32 lower-case hexadecimal characters.</source>
        <translation>项目 ID 由 32 个小写十六进制字符组成。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>&amp;Allow changes to the cloud from CloudCodes</source>
        <translation>允许 CloudCodes 更改云上的内容(&amp;A)</translation>
    </message>
    <message>
        <source>Deploy, roll back and delete code versions and upload new ones. Off: CloudCodes only reads.</source>
        <translation>部署、回滚、删除代码版本以及上传新版本。关闭时：CloudCodes 只读取。</translation>
    </message>
    <message>
        <source>Create, rotate and delete AppCodes. Off: CloudCodes only reads.</source>
        <translation>创建、轮换和删除 AppCode。关闭时：CloudCodes 只读取。</translation>
    </message>
    <message>
        <source>e.g. acs:ram::1234567890123456:role/deployer</source>
        <translation>例如 acs:ram::1234567890123456:role/deployer</translation>
    </message>
    <message>
        <source>RAM r&amp;ole ARN:</source>
        <translation>RAM 角色 ARN(&amp;O)：</translation>
    </message>
    <message>
        <source>Who made the calls, as ActionTrail shows it: 2 to 64 letters, digits or . @ - _.</source>
        <translation>操作审计（ActionTrail）中显示的调用者：2 到 64 个字母、数字或 . @ - _。</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>会话名称(&amp;M)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the role's temporary credentials live (at most the role's maximum session duration). CloudCodes asks for new ones five minutes before they expire.</source>
        <translation>角色临时凭证的有效期（不超过角色的最大会话时间）。CloudCodes 会在过期前五分钟重新获取。</translation>
    </message>
    <message>
        <source>Session d&amp;uration:</source>
        <translation>会话时长(&amp;U)：</translation>
    </message>
    <message>
        <source>optional: when the role's trust policy asks for one</source>
        <translation>可选：角色的信任策略要求时填写</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>optional: a RAM policy (JSON) that narrows what the role may do</source>
        <translation>可选：限制角色权限的 RAM 策略（JSON）</translation>
    </message>
    <message>
        <source>Po&amp;licy:</source>
        <translation>策略(&amp;L)：</translation>
    </message>
    <message>
        <source>optional, e.g. https://sts.cn-hangzhou.aliyuncs.com</source>
        <translation>可选，例如 https://sts.cn-hangzhou.aliyuncs.com</translation>
    </message>
    <message>
        <source>Where the role is assumed. Empty: https://sts.aliyuncs.com, or the endpoint above when it is this machine (127.0.0.1), which serves STS too.</source>
        <translation>扮演角色的位置。留空：使用 https://sts.aliyuncs.com；若上面的接入点是本机（127.0.0.1），则使用它，它同时提供 STS。</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>STS 接入点(&amp;P)：</translation>
    </message>
    <message>
        <source>The STS endpoint is not an http(s) URL.</source>
        <translation>STS 接入点不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>The STS endpoint must use HTTPS (plain HTTP is only for 127.0.0.1).</source>
        <translation>STS 接入点必须使用 HTTPS（明文 HTTP 仅限 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>optional, e.g. https://apig.cn-north-4.myhuaweicloud.com</source>
        <translation>可选，例如 https://apig.cn-north-4.myhuaweicloud.com</translation>
    </message>
    <message>
        <source>APIG &amp;endpoint:</source>
        <translation>APIG 接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM 接入点</translation>
    </message>
    <message>
        <source>optional, e.g. https://iam.cn-north-4.myhuaweicloud.com</source>
        <translation>可选，例如 https://iam.cn-north-4.myhuaweicloud.com</translation>
    </message>
    <message>
        <source>Where IAM tokens and project IDs are asked for. Empty: the region's IAM host, or the APIG endpoint above when it is this machine (127.0.0.1), which serves IAM too.</source>
        <translation>获取 IAM 令牌和项目 ID 的地址。留空：使用该区域的 IAM 主机；若上面的 APIG 接入点是本机（127.0.0.1），则使用它，因为它同时提供 IAM。</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 接入点(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>region name (region id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The IAM endpoint is not an http(s) URL.</source>
        <translation>IAM 接入点不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>The IAM endpoint must use HTTPS (plain HTTP is only for 127.0.0.1).</source>
        <translation>IAM 接入点必须使用 HTTPS（明文 HTTP 仅限 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Dedicated gateway (APIG)</source>
        <translation>专享版网关 (APIG)</translation>
    </message>
    <message>
        <source>ROMA Connect (API Connect)</source>
        <translation>ROMA Connect (服务集成 APIC)</translation>
    </message>
    <message>
        <source>Shared gateway (v1.0, no instances)</source>
        <translation>共享版网关 (v1.0，无实例)</translation>
    </message>
    <message>
        <source>Where this account's apps and AppCodes live. The shared gateway is being retired and has no instances; its apps offer AppCodes only, not their authorized APIs, ACL, quota or secret.</source>
        <translation>此账号的应用和 AppCode 所在的网关。共享版网关即将下线，没有实例；其应用只提供 AppCode，不提供授权的 API、访问控制、配额和密钥。</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
</context>
<context>
    <name>AccountImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>CloudCodes found these credentials. Tick the ones to add; their secrets go to the keychain.</source>
        <translation>CloudCodes 找到了以下凭证。勾选要添加的项；其密钥将保存到钥匙串。</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4
from %5</source>
        <translation>%1 — %2，%3，%4
来源：%5</translation>
    </message>
    <message>
        <source>&amp;Import Selected</source>
        <translation>导入所选(&amp;I)</translation>
    </message>
    <message>
        <source>Credentials found</source>
        <translation>找到的凭证</translation>
    </message>
    <message numerus="yes">
        <source>%n AccessKey profile(s)</source>
        <translation>
            <numerusform>%n 个 AccessKey 配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STS token profile(s)</source>
        <translation>
            <numerusform>%n 个 STS 令牌配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RAM role profile(s)</source>
        <translation>
            <numerusform>%n 个 RAM 角色配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IAM profile(s)</source>
        <translation>
            <numerusform>%n 个 IAM 配置</numerusform>
        </translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>无法使用</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (%1)</source>
        <translation>
            <numerusform>已跳过 %n 个（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were found in ~/.aliyun/config.json, ~/.hcloud/config.json or the environment. Add an account by hand with Accounts → Add.</source>
        <translation>在 ~/.aliyun/config.json、~/.hcloud/config.json 和环境变量中都没有找到凭据。可通过“账号 → 添加”手动添加账号。</translation>
    </message>
</context>
<context>
    <name>AccountImporter</name>
    <message>
        <source>%1 is larger than %2 KiB, too large for a CLI configuration; nothing was imported from it.</source>
        <translation>%1 大于 %2 KiB，不像是 CLI 配置文件；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3); nothing was imported from it.</source>
        <translation>%1 不是有效的 JSON（偏移 %3 处：%2）；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object; nothing was imported from it.</source>
        <translation>%1：顶层不是 JSON 对象；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>%1 has no "profiles" list; nothing was imported from it.</source>
        <translation>%1 没有“profiles”列表；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>%1: "profiles" is not a list; nothing was imported from it.</source>
        <translation>%1：“profiles”不是列表；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>%1: profile #%2 is not a JSON object; skipped.</source>
        <translation>%1：第 %2 个配置不是 JSON 对象；已跳过。</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: profile %2: %3 should be text; profile skipped.</source>
        <translation>%1：配置 %2：%3 应为文本；已跳过该配置。</translation>
    </message>
    <message>
        <source>%1: profile %2 has neither a mode nor an AccessKey; skipped.</source>
        <translation>%1：配置 %2 既没有模式也没有 AccessKey；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2 has an empty access_key_id or access_key_secret; skipped.</source>
        <translation>%1：配置 %2 的 access_key_id 或 access_key_secret 为空；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode StsToken but its sts_token is empty; skipped.</source>
        <translation>%1：配置 %2 使用 StsToken 模式，但 sts_token 为空；已跳过。</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1（配置 %2）</translation>
    </message>
    <message>
        <source>%1: profile %2 has neither a mode nor an AK; skipped.</source>
        <translation>%1：配置 %2 既没有模式也没有 AK；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode %3, which CloudCodes cannot import (only AKSK); skipped.</source>
        <translation>%1：配置 %2 使用模式 %3，CloudCodes 无法导入（仅支持 AKSK）；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2: KooCLI stored its AK/SK encrypted, and only KooCLI can read them; skipped. Add this account by hand.</source>
        <translation>%1：配置 %2：KooCLI 以加密方式保存了 AK/SK，只有 KooCLI 能读取；已跳过。请手动添加此账号。</translation>
    </message>
    <message>
        <source>%1: profile %2 holds a temporary AK/SK with a security token, which CloudCodes does not support; skipped. Use a permanent AK/SK.</source>
        <translation>%1：配置 %2 包含带安全令牌的临时 AK/SK，CloudCodes 不支持；已跳过。请使用永久 AK/SK。</translation>
    </message>
    <message>
        <source>%1: profile %2 has an empty accessKeyId or secretAccessKey; skipped.</source>
        <translation>%1：配置 %2 的 accessKeyId 或 secretAccessKey 为空；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2: the AK/SK are not plain letters and digits (KooCLI probably stored them encrypted); skipped. Add this account by hand.</source>
        <translation>%1：配置 %2：AK/SK 不是纯字母和数字（KooCLI 可能已将其加密保存）；已跳过。请手动添加此账号。</translation>
    </message>
    <message>
        <source>environment: Alibaba Cloud</source>
        <translation>环境变量：阿里云</translation>
    </message>
    <message>
        <source>environment (ALIBABA_CLOUD_ACCESS_KEY_ID)</source>
        <translation>环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID）</translation>
    </message>
    <message>
        <source>The environment holds only part of an Alibaba Cloud AccessKey: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are both needed; not imported.</source>
        <translation>环境变量中只有部分阿里云 AccessKey：需要同时设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET；未导入。</translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_SECURITY_TOKEN is set: the AK/SK in the environment are temporary, which CloudCodes does not support; not imported.</source>
        <translation>已设置 HUAWEICLOUD_SDK_SECURITY_TOKEN：环境变量中的 AK/SK 是临时的，CloudCodes 不支持；未导入。</translation>
    </message>
    <message>
        <source>environment: Huawei Cloud</source>
        <translation>环境变量：华为云</translation>
    </message>
    <message>
        <source>environment (HUAWEICLOUD_SDK_AK)</source>
        <translation>环境变量（HUAWEICLOUD_SDK_AK）</translation>
    </message>
    <message>
        <source>The environment holds only part of a Huawei Cloud AK/SK: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are both needed; not imported.</source>
        <translation>环境变量中只有部分华为云 AK/SK：需要同时设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK；未导入。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; skipped.</source>
        <translation>%1 不是普通文件；已跳过。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); skipped.</source>
        <translation>无法读取 %1（%2）；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2: %3 should be a whole number of seconds; profile skipped.</source>
        <translation>%1：配置 %2：%3 应为整数秒数；已跳过该配置。</translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode %3, which CloudCodes cannot import (only AK, StsToken and RamRoleArn); skipped.</source>
        <translation>%1：配置 %2 使用模式 %3，CloudCodes 无法导入（仅支持 AK、StsToken 和 RamRoleArn）；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2 uses mode RamRoleArn but its ram_role_arn is empty; skipped.</source>
        <translation>%1：配置 %2 使用 RamRoleArn 模式，但 ram_role_arn 为空；已跳过。</translation>
    </message>
    <message>
        <source>%1: profile %2 assumes its RAM role with a temporary key (sts_token), which CloudCodes does not support; skipped. Use a permanent AccessKey.</source>
        <translation>%1：配置 %2 使用临时密钥（sts_token）扮演 RAM 角色，CloudCodes 不支持；已跳过。请使用永久 AccessKey。</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS 令牌</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM Token</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>认证方式：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>接入点：%1</translation>
    </message>
    <message>
        <source>AccessKey ID: %1</source>
        <translation>AccessKey ID：%1</translation>
    </message>
    <message>
        <source>Demo account: kept for this session only.</source>
        <translation>演示账号：仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Changes allowed: CloudCodes may change this account's cloud.</source>
        <translation>允许更改：CloudCodes 可以更改此账号云上的内容。</translation>
    </message>
    <message>
        <source>Read-only: CloudCodes never changes this account's cloud.</source>
        <translation>只读：CloudCodes 绝不更改此账号云上的内容。</translation>
    </message>
    <message>
        <source>AccessKey + RAM role</source>
        <translation>AccessKey + RAM 角色</translation>
    </message>
    <message>
        <source>RAM role: %1 (session %2)</source>
        <translation>RAM 角色：%1（会话 %2）</translation>
    </message>
    <message>
        <source>STS endpoint: %1</source>
        <translation>STS 接入点：%1</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Add &amp;Alibaba Cloud Account…</source>
        <translation>添加阿里云账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Huawei Cloud Account…</source>
        <translation>添加华为云账号(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Import from CLI Configs and Environment…</source>
        <translation>从 CLI 配置和环境变量导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制账号(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only.</source>
        <translation>没有可用的钥匙串（%1）：密钥仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove the account "%1" and its stored secrets from this computer?
Nothing changes in the cloud.</source>
        <translation>从本机删除账号“%1”及其保存的密钥？
云上的内容不会改变。</translation>
    </message>
    <message>
        <source>Testing "%1"…</source>
        <translation>正在测试“%1”…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>AnnotationMargin</name>
    <message>
        <source>Version %1, %2</source>
        <translation>版本 %1，%2</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Line %1 came in with this version (its line %2). Click to open the change from %3 that brought it.</source>
        <translation>第 %1 行由此版本引入（在该版本中为第 %2 行）。单击可打开从 %3 起引入它的变更。</translation>
    </message>
    <message>
        <source>Line %1 came in with this version (its line %2); no older version has code to compare it with.</source>
        <translation>第 %1 行由此版本引入（在该版本中为第 %2 行）；没有更早的版本有代码可与之比较。</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>There is no such version to annotate.</source>
        <translation>要标注的版本不存在。</translation>
    </message>
    <message>
        <source>The diff of version %1 with version %2 failed: %3</source>
        <translation>版本 %1 与版本 %2 的比较失败：%3</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The APIG answer does not have the documented shape: %1.</source>
        <translation>APIG 的响应与文档描述的结构不符：%1。</translation>
    </message>
    <message>
        <source>IAM knows no project named %1 for these credentials; set the project id in the account.</source>
        <translation>IAM 中找不到这些凭证下名为 %1 的项目；请在账号中设置项目 ID。</translation>
    </message>
    <message>
        <source>IAM did not name the project id.</source>
        <translation>IAM 未返回项目 ID。</translation>
    </message>
    <message>
        <source>The account has no AK/SK; enter them in the account's settings.</source>
        <translation>此账号没有 AK/SK；请在账号设置中填写。</translation>
    </message>
    <message>
        <source>The account has no IAM token; paste one in the account's settings.</source>
        <translation>此账号没有 IAM Token；请在账号设置中粘贴。</translation>
    </message>
    <message>
        <source>The account needs an IAM account name, user name and password to obtain a token.</source>
        <translation>获取 Token 需要 IAM 账号名、用户名和密码。</translation>
    </message>
    <message>
        <source>IAM answered without a token (X-Subject-Token) or without token.expires_at.</source>
        <translation>IAM 的响应中缺少 Token（X-Subject-Token）或 token.expires_at。</translation>
    </message>
    <message>
        <source>The account has no AccessKey secret; enter it in the account's settings.</source>
        <translation>此账号没有 AccessKey Secret；请在账号设置中填写。</translation>
    </message>
    <message>
        <source>The ESA answer does not have the documented shape: %1.</source>
        <translation>ESA 的响应与文档描述的结构不符：%1。</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 without a documented error body.</source>
        <translation>服务返回了 HTTP %1，但没有文档所述的错误内容。</translation>
    </message>
    <message>
        <source>Alibaba Cloud ESA</source>
        <translation>阿里云 ESA</translation>
    </message>
    <message>
        <source>Huawei Cloud IAM</source>
        <translation>华为云 IAM</translation>
    </message>
    <message>
        <source>Huawei Cloud APIG</source>
        <translation>华为云 APIG</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation>失败类型：%1</translation>
    </message>
    <message>
        <source>The answer ends in the middle of its JSON (%1 bytes received); it was cut short.</source>
        <translation>响应在 JSON 中途结束（已收到 %1 字节）；内容被截断。</translation>
    </message>
    <message>
        <source>The answer is not the JSON object the API documents (%1 at byte %2).</source>
        <translation>响应不是 API 文档所述的 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1 was not sent: this account does not allow changes (turn on "Allow changes" in the account's settings).</source>
        <translation>%1 未发送：此账号不允许更改（请在账号设置中打开“允许更改”）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS</source>
        <translation>阿里云 OSS</translation>
    </message>
    <message>
        <source>Alibaba Cloud STS</source>
        <translation>阿里云 STS</translation>
    </message>
    <message>
        <source>STS answered without the Credentials it documents (AccessKeyId, AccessKeySecret, SecurityToken, Expiration).</source>
        <translation>STS 的响应缺少文档所述的 Credentials（AccessKeyId、AccessKeySecret、SecurityToken、Expiration）。</translation>
    </message>
    <message>
        <source>Assuming the RAM role %1 failed: %2</source>
        <translation>扮演 RAM 角色 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 The pasted IAM token is no longer accepted (expired or revoked): paste a new one in the account's settings.</source>
        <translation>%1 粘贴的 IAM 令牌已不再被接受（已过期或已撤销）：请在账号设置中粘贴新的令牌。</translation>
    </message>
    <message>
        <source>the API group %1</source>
        <translation>API 分组 %1</translation>
    </message>
    <message>
        <source>the API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The shared gateway (v1.0) does not offer an app's authorized APIs, ACL, quota or AppSecret (%1): they are read on the dedicated gateway and on ROMA Connect.</source>
        <translation>共享版网关 (v1.0) 不提供应用的授权 API、访问控制、配额和 AppSecret（%1）：它们只能在专享版网关和 ROMA Connect 上读取。</translation>
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
        <translation>%1
应用 ID：%2
App Key：%3
状态：%4
绑定的 API：%5</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>ApigClient</name>
    <message>
        <source>Shared gateway</source>
        <translation>共享版网关</translation>
    </message>
</context>
<context>
    <name>ApigInstanceListModel</name>
    <message>
        <source>The shared gateway (v1.0) has no instances: its apps belong to the account.</source>
        <translation>共享版网关 (v1.0) 没有实例：其应用直接属于账号。</translation>
    </message>
</context>
<context>
    <name>ApigWorkspace</name>
    <message numerus="yes">
        <source>Exported %n AppCode(s).</source>
        <translation>
            <numerusform>已导出 %n 个 AppCode。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Select a Huawei Cloud account to see its API gateways.</source>
        <translation>请选择一个华为云账号以查看其 API 网关。</translation>
    </message>
    <message>
        <source>Loading gateways…</source>
        <translation>正在加载网关…</translation>
    </message>
    <message>
        <source>This region has no API gateway instances.</source>
        <translation>此区域没有 API 网关实例。</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation>
            <numerusform>%n 个网关</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Showing %1–%2 of %3</source>
        <translation>显示第 %1–%2 条，共 %3 条</translation>
    </message>
    <message>
        <source>%1 of %2 — above the gateway's documented limit</source>
        <translation>%1 / %2 —— 超过网关文档规定的上限</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This app holds %1 AppCodes and the gateway allows %2 per app: delete one first.</source>
        <translation>此应用有 %1 个 AppCode，网关每个应用最多允许 %2 个：请先删除一个。</translation>
    </message>
    <message>
        <source>Create an AppCode, generated by the gateway or with your value</source>
        <translation>创建 AppCode，由网关生成或使用您指定的值</translation>
    </message>
    <message>
        <source>%1 holds %2 AppCodes and the gateway allows %3 per app, so no AppCode can be created. Delete one it no longer needs first.</source>
        <translation>%1 有 %2 个 AppCode，网关每个应用最多允许 %3 个，因此无法再创建。请先删除一个不再需要的。</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3 AppCodes, so the new one cannot be created first. Delete an AppCode that no caller uses (not the one you rotate) to make room?</source>
        <translation>%1 已有 %2 个 AppCode（上限 %3 个），因此无法先创建新的。要删除一个没有调用方使用的 AppCode（不是要轮换的这个）以腾出空间吗？</translation>
    </message>
    <message>
        <source>Rotation pending since %1: once your callers use the new AppCode %2, delete the old one %3.</source>
        <translation>轮换自 %1 起待完成：调用方改用新的 AppCode %2 之后，请删除旧的 %3。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more pending)</source>
        <translation>
            <numerusform>（另有 %n 个待完成）</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the AppCode %1.</source>
        <translation>已创建 AppCode %1。</translation>
    </message>
    <message>
        <source>Step 1 done: move your callers to %1, then Finish Rotation.</source>
        <translation>第 1 步已完成：请将调用方迁移到 %1，然后点击“完成轮换”。</translation>
    </message>
    <message>
        <source>The rotation is done: %1 was deleted.</source>
        <translation>轮换已完成：%1 已删除。</translation>
    </message>
    <message>
        <source>Permit only: %1</source>
        <translation>仅允许：%1</translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>No ACL: any address</source>
        <translation>无访问控制：任何地址均可</translation>
    </message>
    <message>
        <source>second</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No credential quota</source>
        <translation>无凭据配额</translation>
    </message>
    <message>
        <source>1 call per %1</source>
        <translation>每%1 1 次调用</translation>
    </message>
    <message>
        <source>%1 calls per %2</source>
        <translation>每%2 %1 次调用</translation>
    </message>
    <message>
        <source>This account does not allow changes (turn on "Allow changes" in the account's settings).</source>
        <translation>此账号不允许更改（请在账号设置中打开“允许更改”）。</translation>
    </message>
    <message>
        <source>Make a new AppSecret: callers that sign with the old one are refused at once</source>
        <translation>生成新的 AppSecret：用旧 AppSecret 签名的调用方会立即被拒绝</translation>
    </message>
    <message>
        <source>The AppSecret of %1 was reset.</source>
        <translation>%1 的 AppSecret 已重置。</translation>
    </message>
    <message>
        <source>Choose a Huawei Cloud account first.</source>
        <translation>请先选择一个华为云账号。</translation>
    </message>
    <message>
        <source>The shared gateway has no instances: these are the account's apps.</source>
        <translation>共享版网关没有实例：以下是此账号的应用。</translation>
    </message>
    <message>
        <source>This region has no ROMA Connect instances.</source>
        <translation>此区域没有 ROMA Connect 实例。</translation>
    </message>
    <message numerus="yes">
        <source>%n ROMA Connect instance(s)</source>
        <translation>
            <numerusform>%n 个 ROMA Connect 实例</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared gateway does not offer resetting an app's AppSecret to CloudCodes.</source>
        <translation>共享版网关不支持 CloudCodes 重置应用的 AppSecret。</translation>
    </message>
</context>
<context>
    <name>AppCodeBrowser</name>
    <message>
        <source>API &amp;gateway:</source>
        <translation>API 网关(&amp;G)：</translation>
    </message>
    <message>
        <source>Choose an API gateway instance.</source>
        <translation>请选择一个 API 网关实例。</translation>
    </message>
    <message>
        <source>No apps on this gateway match.</source>
        <translation>此网关中没有匹配的应用。</translation>
    </message>
    <message>
        <source>&amp;Reveal AppCodes</source>
        <translation>显示完整 AppCode(&amp;R)</translation>
    </message>
    <message>
        <source>Show the AppCodes in full in this view (Ctrl+Shift+R)</source>
        <translation>在此视图中显示完整的 AppCode（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Export This Page as CSV…</source>
        <translation>将本页导出为 CSV…</translation>
    </message>
    <message>
        <source>Export All AppCodes as CSV…</source>
        <translation>将全部 AppCode 导出为 CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose an app to see its AppCodes.</source>
        <translation>请选择一个应用以查看其 AppCode。</translation>
    </message>
    <message>
        <source>This app has no AppCodes.</source>
        <translation>此应用没有 AppCode。</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>每页 %1 条</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>转到：</translation>
    </message>
    <message>
        <source>&amp;Copy AppCodes</source>
        <translation>复制 AppCode(&amp;C)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export AppCodes</source>
        <translation>导出 AppCode</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export all AppCodes</source>
        <translation>导出全部 AppCode</translation>
    </message>
    <message numerus="yes">
        <source>The file will contain all %n AppCode(s) of this app in plain text. AppCodes are credentials: keep the file safe and delete it when done.

Export?</source>
        <translation>
            <numerusform>文件将以明文包含此应用的全部 %n 个 AppCode。AppCode 是凭证：请妥善保管文件，用完后删除。

是否导出？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n AppCode(s).</source>
        <translation>
            <numerusform>已导出 %n 个 AppCode。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>AppCodes of %1</source>
        <translation>%1 的 AppCode</translation>
    </message>
    <message>
        <source>Select one or more AppCodes first.</source>
        <translation>请先选择一个或多个 AppCode。</translation>
    </message>
    <message>
        <source>Copied %1 — clipboard clears in %2 s</source>
        <translation>已复制%1 — 剪贴板将在 %2 秒后清除</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制%1</translation>
    </message>
    <message numerus="yes">
        <source>%n AppCode(s)</source>
        <translation>
            <numerusform>%n 个 AppCode</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;AppCode</source>
        <translation>复制 AppCode(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>复制 ID(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s)</source>
        <translation>
            <numerusform>%n 个 ID</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Row (TSV)</source>
        <translation>复制整行 TSV(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>复制为 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Copy &amp;curl Snippet</source>
        <translation>复制 curl 代码片段(&amp;C)</translation>
    </message>
    <message>
        <source>a curl snippet</source>
        <translation>一段 curl 代码</translation>
    </message>
    <message>
        <source>Exporting AppCodes…</source>
        <translation>正在导出 AppCode…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>上一页（Ctrl+Page Up）</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>下一页（Ctrl+Page Down）</translation>
    </message>
    <message>
        <source>&amp;Create AppCode…</source>
        <translation>创建 AppCode(&amp;C)…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>轮换(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the selected AppCode without downtime: a new one first, the old one deleted once callers moved</source>
        <translation>不中断地替换所选 AppCode：先创建新的，调用方迁移后再删除旧的</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Finish Rotation…</source>
        <translation>完成轮换(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Stop reminding: both AppCodes stay as they are</source>
        <translation>不再提醒：两个 AppCode 均保持不变</translation>
    </message>
    <message>
        <source>Create an AppCode</source>
        <translation>创建 AppCode</translation>
    </message>
    <message>
        <source>Rotate an AppCode</source>
        <translation>轮换 AppCode</translation>
    </message>
    <message>
        <source>Select the AppCodes to delete, then Delete…</source>
        <translation>请选择要删除的 AppCode，然后点击“删除…”</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>搜索应用</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>AppCodes</source>
        <translation>AppCode</translation>
    </message>
    <message>
        <source>Search apps by name (Ctrl+F)</source>
        <translation>按名称搜索应用 (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n AppCode(s) as JSON</source>
        <translation>
            <numerusform>%n 个 AppCode（JSON 格式）</numerusform>
        </translation>
    </message>
    <message>
        <source>App views</source>
        <translation>应用视图</translation>
    </message>
    <message>
        <source>Where It Works</source>
        <translation>可用范围</translation>
    </message>
    <message>
        <source>&amp;Test New AppCode…</source>
        <translation>测试新 AppCode(&amp;T)…</translation>
    </message>
    <message>
        <source>Test the new AppCode</source>
        <translation>测试新 AppCode</translation>
    </message>
    <message>
        <source>Test the new AppCode before deleting the old one</source>
        <translation>在删除旧 AppCode 之前测试新的 AppCode</translation>
    </message>
</context>
<context>
    <name>AppCodeCreation</name>
    <message>
        <source>Nothing was sent: the value is not a valid AppCode. %1</source>
        <translation>未发送任何内容：该值不是有效的 AppCode。%1</translation>
    </message>
    <message>
        <source>Reading the app's AppCodes…</source>
        <translation>正在读取应用的 AppCode…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 has %2 AppCodes and the gateway allows %3 per app. Delete one first.</source>
        <translation>未发送任何内容：%1 有 %2 个 AppCode，网关每个应用最多允许 %3 个。请先删除一个。</translation>
    </message>
    <message>
        <source>Nothing was sent: the app's AppCodes could not be read (%1).</source>
        <translation>未发送任何内容：无法读取应用的 AppCode（%1）。</translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>已在发送任何内容之前停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n AppCode(s)</source>
        <translation>
            <numerusform>%n 个 AppCode</numerusform>
        </translation>
    </message>
    <message>
        <source>generated by the gateway</source>
        <translation>由网关生成</translation>
    </message>
    <message>
        <source>a given value</source>
        <translation>指定的值</translation>
    </message>
    <message>
        <source>Creating the AppCode…</source>
        <translation>正在创建 AppCode…</translation>
    </message>
    <message>
        <source>The AppCode %1 was created.</source>
        <translation>已创建 AppCode %1。</translation>
    </message>
    <message>
        <source>The answer was lost, but the AppCode %1 was created (it is there now). No second one was made.</source>
        <translation>应答丢失，但 AppCode %1 已创建（现已存在）。未创建第二个。</translation>
    </message>
    <message>
        <source>The answer was lost and no AppCode was created.</source>
        <translation>应答丢失，且未创建 AppCode。</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the AppCodes could not be read back (%2): look before creating again.</source>
        <translation>应答丢失（%1），且无法回读 AppCode（%2）：请先查看再决定是否重新创建。</translation>
    </message>
</context>
<context>
    <name>AppCodeDeletion</name>
    <message>
        <source>No AppCode was deleted.</source>
        <translation>未删除任何 AppCode。</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>已删除：%1。</translation>
    </message>
    <message>
        <source>Not deleted: %1.</source>
        <translation>未删除：%1。</translation>
    </message>
    <message>
        <source>No AppCode was chosen.</source>
        <translation>未选择 AppCode。</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>已停止。%1</translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>正在删除 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <source>The answer was lost and %1 is still there.</source>
        <translation>应答丢失，且 %1 仍然存在。</translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is gone: it was deleted.</source>
        <translation>应答丢失，但 %1 已不存在：它已被删除。</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and %2 could not be looked up (%3).</source>
        <translation>应答丢失（%1），且无法查询 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation>%1 失败：%2。%3</translation>
    </message>
</context>
<context>
    <name>AppCodeModel</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Masked. Ctrl+C copies the whole AppCode; Ctrl+Shift+R reveals it here.</source>
        <translation>已遮盖。Ctrl+C 复制完整 AppCode；Ctrl+Shift+R 在此处显示。</translation>
    </message>
    <message>
        <source>AppCode</source>
        <translation>AppCode</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>AppCodeRule</name>
    <message>
        <source>It is %1 characters long; an AppCode has at least %2.</source>
        <translation>长度为 %1 个字符；AppCode 至少需要 %2 个字符。</translation>
    </message>
    <message>
        <source>It is %1 characters long; an AppCode has at most %2.</source>
        <translation>长度为 %1 个字符；AppCode 最多 %2 个字符。</translation>
    </message>
    <message>
        <source>It starts with '%1'; the first character must be a letter, a digit, '+' or '/'.</source>
        <translation>它以“%1”开头；首字符必须是字母、数字、“+”或“/”。</translation>
    </message>
    <message>
        <source>Character %1 is '%2'; only letters, digits and + _ ! @ # $ % - / = are allowed.</source>
        <translation>第 %1 个字符是“%2”；只允许字母、数字以及 + _ ! @ # $ % - / =。</translation>
    </message>
</context>
<context>
    <name>AppCodeTestCall</name>
    <message>
        <source>The API has no domain to call: its group has neither a debug domain nor a bound one.</source>
        <translation>该 API 没有可调用的域名：其分组既没有调试域名，也没有绑定的独立域名。</translation>
    </message>
    <message>
        <source>Pick an AppCode to test.</source>
        <translation>请选择要测试的 AppCode。</translation>
    </message>
    <message>
        <source>The path must start with "/".</source>
        <translation>路径必须以“/”开头。</translation>
    </message>
    <message>
        <source>Fill in %1 in the path.</source>
        <translation>请填写路径中的 %1。</translation>
    </message>
    <message>
        <source>The gateway knows no such API in %1: it is not published in this environment, or its method or path differ.</source>
        <translation>网关在 %1 中找不到此 API：它未发布到该环境，或其方法、路径不同。</translation>
    </message>
    <message>
        <source>The gateway did not accept the AppCode: it does not belong to any app (deleted, or mistyped).</source>
        <translation>网关不接受此 AppCode：它不属于任何应用（已删除或输错）。</translation>
    </message>
    <message>
        <source>Simple authentication is off for this API: it does not take AppCodes, only requests signed with the app's key and secret.</source>
        <translation>此 API 未开启简易认证：它不接受 AppCode，只接受用应用的 Key 和 Secret 签名的请求。</translation>
    </message>
    <message>
        <source>The app is not authorized for this API in %1: authorize it there, or test another environment.</source>
        <translation>应用未在 %1 中获得此 API 的授权：请在该环境授权，或测试其他环境。</translation>
    </message>
    <message>
        <source>The access control list refuses this computer's address: the app's ACL (or the API's) does not let it in.</source>
        <translation>访问控制列表拒绝了本机的地址：应用（或 API）的访问控制策略不允许它访问。</translation>
    </message>
    <message>
        <source>The app's credential quota is used up: calls work again when its period resets.</source>
        <translation>应用的凭据配额已用完：配额周期重置后才能再次调用。</translation>
    </message>
    <message>
        <source>The gateway throttled the call: too many calls in too short a time. Try again later.</source>
        <translation>网关对此次调用进行了流控：短时间内调用过多。请稍后再试。</translation>
    </message>
    <message>
        <source>This API takes IAM authentication, not an AppCode.</source>
        <translation>此 API 使用 IAM 认证，不接受 AppCode。</translation>
    </message>
</context>
<context>
    <name>AppCodeTestDialog</name>
    <message>
        <source>Test AppCode</source>
        <translation>测试 AppCode</translation>
    </message>
    <message>
        <source>AppCode to test</source>
        <translation>要测试的 AppCode</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation>%1 %2 — %3（%4）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The API's path; fill in its {parameters}.</source>
        <translation>API 的路径；请填写其中的 {参数}。</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Request body (JSON), optional</source>
        <translation>请求体（JSON），可选</translation>
    </message>
    <message>
        <source>Why the call cannot be sent</source>
        <translation>无法发送调用的原因</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the test call</source>
        <translation>发送测试调用</translation>
    </message>
    <message>
        <source>Send one request with this AppCode (Ctrl+Return)</source>
        <translation>用此 AppCode 发送一个请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the test call</source>
        <translation>停止测试调用</translation>
    </message>
    <message>
        <source>&amp;AppCode:</source>
        <translation>AppCode(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>API(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>路径(&amp;H)：</translation>
    </message>
    <message>
        <source>Status of the test call</source>
        <translation>测试调用的状态</translation>
    </message>
    <message>
        <source>What the answer means</source>
        <translation>响应的含义</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>The app has no AppCode to test.</source>
        <translation>该应用没有可测试的 AppCode。</translation>
    </message>
    <message>
        <source>The app is authorized for no API that takes AppCodes.</source>
        <translation>该应用没有获得任何接受 AppCode 的 API 的授权。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Stopped: the request was abandoned.</source>
        <translation>已停止：请求已放弃。</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>没有响应：%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>HTTP %1 in %2: the AppCode works here.</source>
        <translation>HTTP %1，用时 %2：此 AppCode 在这里可用。</translation>
    </message>
    <message>
        <source>HTTP %1 in %2.</source>
        <translation>HTTP %1，用时 %2。</translation>
    </message>
    <message>
        <source>HTTP %1 in %2: %3 %4</source>
        <translation>HTTP %1，用时 %2：%3 %4</translation>
    </message>
</context>
<context>
    <name>AppContextModel</name>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Simple auth</source>
        <translation>简易认证</translation>
    </message>
</context>
<context>
    <name>AppContextPanel</name>
    <message>
        <source>APIs this app may call, per environment</source>
        <translation>此应用在各环境中可调用的 API</translation>
    </message>
    <message>
        <source>Choose an app to see where it works.</source>
        <translation>选择一个应用，查看它的可用范围。</translation>
    </message>
    <message>
        <source>This app is not authorized for any API: its credentials work nowhere yet.</source>
        <translation>此应用尚未获得任何 API 的授权：它的凭据目前在任何地方都不可用。</translation>
    </message>
    <message>
        <source>AppKey</source>
        <translation>AppKey</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the AppKey</source>
        <translation>复制 AppKey</translation>
    </message>
    <message>
        <source>AppSecret</source>
        <translation>AppSecret</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reveal the AppSecret</source>
        <translation>显示完整 AppSecret</translation>
    </message>
    <message>
        <source>Copy the AppSecret</source>
        <translation>复制 AppSecret</translation>
    </message>
    <message>
        <source>Reset AppSecret…</source>
        <translation>重置 AppSecret…</translation>
    </message>
    <message>
        <source>Reset the AppSecret</source>
        <translation>重置 AppSecret</translation>
    </message>
    <message>
        <source>Address ACL:</source>
        <translation>地址访问控制：</translation>
    </message>
    <message>
        <source>Credential quota:</source>
        <translation>凭据配额：</translation>
    </message>
    <message>
        <source>AppKey:</source>
        <translation>AppKey：</translation>
    </message>
    <message>
        <source>AppSecret:</source>
        <translation>AppSecret：</translation>
    </message>
    <message>
        <source>the AppKey</source>
        <translation>AppKey</translation>
    </message>
    <message>
        <source>the AppSecret</source>
        <translation>AppSecret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>&amp;Test an AppCode…</source>
        <translation>测试 AppCode(&amp;T)…</translation>
    </message>
    <message>
        <source>Test an AppCode on these APIs</source>
        <translation>在这些 API 上测试 AppCode</translation>
    </message>
    <message>
        <source>Send one request with an AppCode to one of these APIs and see what the gateway answers</source>
        <translation>用一个 AppCode 向其中一个 API 发送一个请求，查看网关如何响应</translation>
    </message>
    <message>
        <source>Some details could not be read, so their rows show no method, path or domain (F5 reads again): %1</source>
        <translation>部分详情无法读取，相应的行不显示方法、路径和域名（按 F5 重新读取）：%1</translation>
    </message>
</context>
<context>
    <name>AppSecretReset</name>
    <message>
        <source>Reading the app…</source>
        <translation>正在读取应用…</translation>
    </message>
    <message>
        <source>Nothing was sent: the app could not be read (%1).</source>
        <translation>未发送任何请求：无法读取该应用（%1）。</translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>已在发送前停止。</translation>
    </message>
    <message>
        <source>the AppSecret before</source>
        <translation>原来的 AppSecret</translation>
    </message>
    <message>
        <source>a new AppSecret made by the gateway</source>
        <translation>由网关生成的新 AppSecret</translation>
    </message>
    <message>
        <source>Resetting the AppSecret…</source>
        <translation>正在重置 AppSecret…</translation>
    </message>
    <message>
        <source>The AppSecret of %1 was reset: callers that sign with the old one are refused now.</source>
        <translation>%1 的 AppSecret 已重置：用旧 AppSecret 签名的调用方现在会被拒绝。</translation>
    </message>
    <message>
        <source>a new AppSecret</source>
        <translation>新的 AppSecret</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the app could not be read back (%2): look at its AppSecret before resetting it again.</source>
        <translation>响应丢失（%1），且无法回读该应用（%2）：再次重置前请先查看它的 AppSecret。</translation>
    </message>
    <message>
        <source>The answer was lost, but the AppSecret did change: callers that sign with the old one are refused now.</source>
        <translation>响应丢失，但 AppSecret 确实已更改：用旧 AppSecret 签名的调用方现在会被拒绝。</translation>
    </message>
    <message>
        <source>The answer was lost and the AppSecret did not change: the old one still works.</source>
        <translation>响应丢失，AppSecret 没有更改：旧的仍然可用。</translation>
    </message>
</context>
<context>
    <name>AssetsSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>A routine with assets takes a folder or a project's esa.jsonc, not a single file: its versions are bundles, and one file would replace all of its assets.</source>
        <translation>带静态资源的函数只接受文件夹或项目的 esa.jsonc，不接受单个文件：它的版本是文件包，单个文件会替换掉全部静态资源。</translation>
    </message>
    <message>
        <source>No esa.jsonc and no routine/index.js: the files are sent as the assets of a static site, with no function.</source>
        <translation>没有 esa.jsonc，也没有 routine/index.js：这些文件将作为静态站点的资源发送，不含函数。</translation>
    </message>
    <message>
        <source>There is nothing to send: the folder has no files.</source>
        <translation>没有可发送的内容：文件夹中没有文件。</translation>
    </message>
    <message>
        <source>There is neither a routine/index.js nor any file under assets/.</source>
        <translation>既没有 routine/index.js，assets/ 下也没有任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), %1 (zip %2), no function</source>
        <translation>
            <numerusform>%n 个静态资源，%1（zip %2），无函数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n asset(s), %2 (zip %3)</source>
        <translation>
            <numerusform>%1 + %n 个静态资源，%2（zip %3）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetsUpload</name>
    <message>
        <source>Nothing was uploaded: the bundle is not a zip.</source>
        <translation>未上传任何内容：文件包不是 zip。</translation>
    </message>
    <message>
        <source>Reading the routine's versions…</source>
        <translation>正在读取函数的版本…</translation>
    </message>
    <message>
        <source>Nothing was uploaded: the routine could not be read (%1).</source>
        <translation>未上传任何内容：无法读取该函数（%1）。</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>已在发送任何内容之前取消。</translation>
    </message>
    <message>
        <source>Cancelled while the version was being made</source>
        <translation>在创建版本时取消</translation>
    </message>
    <message>
        <source>Cancelled during the upload</source>
        <translation>在上传过程中取消</translation>
    </message>
    <message>
        <source>Stopped waiting for the build: version %1 is still being built (%2) and will show in the version list when it ends.</source>
        <translation>已停止等待构建：版本 %1 仍在构建中（%2），构建结束后会显示在版本列表中。</translation>
    </message>
    <message>
        <source>Stopped before the state was read back: check the version list before trying again.</source>
        <translation>在读回状态之前已停止：请先查看版本列表再重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>a new version with assets</source>
        <translation>一个带静态资源的新版本</translation>
    </message>
    <message>
        <source>Making the new version…</source>
        <translation>正在创建新版本…</translation>
    </message>
    <message>
        <source>The service refused the new version: %1</source>
        <translation>服务拒绝了新版本：%1</translation>
    </message>
    <message>
        <source>The routine keeps no more versions: delete old ones first.</source>
        <translation>该函数无法保留更多版本：请先删除旧版本。</translation>
    </message>
    <message>
        <source>The answer was lost (%1)</source>
        <translation>应答丢失（%1）</translation>
    </message>
    <message>
        <source>%1; reading the versions back…</source>
        <translation>%1；正在读回版本…</translation>
    </message>
    <message>
        <source>%1, but version %2 was made. Its code was not sent (the upload form came with the answer), so it stays unfinished: delete it and try again.</source>
        <translation>%1，但版本 %2 已创建。它的代码未发送（上传表单随应答一起丢失），因此它保持未完成状态：请删除它后重试。</translation>
    </message>
    <message>
        <source>%1; no version was made.</source>
        <translation>%1；未创建任何版本。</translation>
    </message>
    <message>
        <source>%1 and the versions could not be read back (%2): check them before trying again.</source>
        <translation>%1，且无法读回版本（%2）：请先检查后再重试。</translation>
    </message>
    <message>
        <source>The service accepts at most %1 and the bundle is %2: version %3 was made but stays unfinished; delete it.</source>
        <translation>服务最多接受 %1，而文件包为 %2：版本 %3 已创建但保持未完成状态；请删除它。</translation>
    </message>
    <message>
        <source>Uploading %1 % of %2…</source>
        <translation>正在上传 %2 的 %1 %…</translation>
    </message>
    <message>
        <source>The upload was refused (%1): version %2 was made but stays unfinished; delete it and try again.</source>
        <translation>上传被拒绝（%1）：版本 %2 已创建但保持未完成状态；请删除它后重试。</translation>
    </message>
    <message>
        <source>The upload's answer was lost (%1)</source>
        <translation>上传的应答丢失（%1）</translation>
    </message>
    <message>
        <source>%1; reading the version's state back…</source>
        <translation>%1；正在读回版本的状态…</translation>
    </message>
    <message>
        <source>%1 and version %2 could not be read back (%3): check it in the version list.</source>
        <translation>%1，且无法读回版本 %2（%3）：请在版本列表中检查。</translation>
    </message>
    <message>
        <source>%1, but the bundle had arrived: version %2 is built and available.</source>
        <translation>%1，但文件包已送达：版本 %2 已构建完成，可用。</translation>
    </message>
    <message>
        <source>%1, and the build of version %2 failed (%3).</source>
        <translation>%1，且版本 %2 构建失败（%3）。</translation>
    </message>
    <message>
        <source>%1: version %2 is unfinished (%3). If the bundle arrived it is being built; it was not sent again. The version list will show how it ends.</source>
        <translation>%1：版本 %2 未完成（%3）。如果文件包已送达，它正在构建；未再次发送。版本列表会显示最终结果。</translation>
    </message>
    <message>
        <source>Uploaded. Building version %1…</source>
        <translation>已上传。正在构建版本 %1…</translation>
    </message>
    <message>
        <source>The build state of version %1 could not be read (%2): it may still be building; check the version list.</source>
        <translation>无法读取版本 %1 的构建状态（%2）：它可能仍在构建；请查看版本列表。</translation>
    </message>
    <message>
        <source>The new version %1 is built and available.</source>
        <translation>新版本 %1 已构建完成，可用。</translation>
    </message>
    <message>
        <source>The build of version %1 failed (%2).</source>
        <translation>版本 %1 构建失败（%2）。</translation>
    </message>
    <message>
        <source>The build of version %1 failed (%2): %3</source>
        <translation>版本 %1 构建失败（%2）：%3</translation>
    </message>
    <message>
        <source>Building version %1 (%2, %3 s)…</source>
        <translation>正在构建版本 %1（%2，%3 秒）…</translation>
    </message>
    <message>
        <source>Gave up waiting after %1 s: version %2 is still being built (%3). The version list will show how it ends.</source>
        <translation>等待 %1 秒后放弃：版本 %2 仍在构建中（%3）。版本列表会显示最终结果。</translation>
    </message>
    <message>
        <source>Reading the routine again…</source>
        <translation>正在重新读取函数…</translation>
    </message>
</context>
<context>
    <name>BundleExtract</name>
    <message>
        <source>“%1” is a symbolic link; nothing is written through a link.</source>
        <translation>“%1”是符号链接；不会通过链接写入任何内容。</translation>
    </message>
    <message>
        <source>The folder already holds files of this bundle; nothing was written. First conflicts: %1</source>
        <translation>文件夹中已有此文件包的文件；未写入任何内容。最先冲突的文件：%1</translation>
    </message>
    <message>
        <source>“%1” appeared while writing and is not a folder.</source>
        <translation>“%1”在写入过程中出现，且不是文件夹。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” does not resolve to a place inside the chosen folder.</source>
        <translation>“%1”未解析到所选文件夹之内的位置。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be put in place: %2</source>
        <translation>无法将“%1”放到位：%2</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Nothing of the bundle was left in the folder.</source>
        <translation>文件夹中未留下文件包的任何内容。</translation>
    </message>
</context>
<context>
    <name>BundleFileContent</name>
    <message>
        <source>CSS stylesheet</source>
        <translation>CSS 样式表</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <source>TypeScript</source>
        <translation>TypeScript</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>font (%1)</source>
        <translation>字体（%1）</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1 图像</translation>
    </message>
</context>
<context>
    <name>BundleFileTree</name>
    <message>
        <source>Files of the bundle</source>
        <translation>文件包中的文件</translation>
    </message>
    <message>
        <source>The files of this code version; the one under the cursor is shown beside</source>
        <translation>此代码版本的文件；光标所在的文件显示在旁边</translation>
    </message>
</context>
<context>
    <name>BundleTreeModel</name>
    <message>
        <source>%1 (entry)</source>
        <translation>%1（入口）</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>%1, %2: the routine's entry</source>
        <translation>%1，%2：函数的入口</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>done (answer lost, state read back)</source>
        <translation>已完成（应答丢失，已回读状态）</translation>
    </message>
    <message>
        <source>not done (answer lost, state read back)</source>
        <translation>未完成（应答丢失，已回读状态）</translation>
    </message>
    <message>
        <source>unknown (answer lost, state unreadable)</source>
        <translation>未知（应答丢失，无法读取状态）</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Promote canary</source>
        <translation>灰度转正</translation>
    </message>
    <message>
        <source>Abort canary</source>
        <translation>终止灰度</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Create AppCode</source>
        <translation>创建 AppCode</translation>
    </message>
    <message>
        <source>Delete AppCode</source>
        <translation>删除 AppCode</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>添加路由</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>编辑路由</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <source>Add custom domain</source>
        <translation>添加自定义域名</translation>
    </message>
    <message>
        <source>Delete custom domain</source>
        <translation>删除自定义域名</translation>
    </message>
    <message>
        <source>Reset AppSecret</source>
        <translation>重置 AppSecret</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Changes made from CloudCodes</source>
        <translation>通过 CloudCodes 做出的更改</translation>
    </message>
    <message>
        <source>Every change sent from CloudCodes, newest first. Hover a row for what you were told.</source>
        <translation>从 CloudCodes 发出的每一项更改，最新的在前。将鼠标悬停在某行上可查看当时的提示。</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>导出更改</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项更改导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>CloudChange</name>
    <message>
        <source>The service refused it: %1</source>
        <translation>服务拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>The answer was lost (%1); reading the state back…</source>
        <translation>应答丢失（%1）；正在回读状态…</translation>
    </message>
</context>
<context>
    <name>CodeBundle</name>
    <message>
        <source>an empty name</source>
        <translation>空名称</translation>
    </message>
    <message>
        <source>a control character in its name</source>
        <translation>名称中有控制字符</translation>
    </message>
    <message>
        <source>a backslash in its name</source>
        <translation>名称中有反斜杠</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <source>a drive letter</source>
        <translation>盘符</translation>
    </message>
    <message>
        <source>an empty folder name</source>
        <translation>空文件夹名</translation>
    </message>
    <message>
        <source>a “%1” in its path</source>
        <translation>路径中有“%1”</translation>
    </message>
    <message>
        <source>The bundle's entry “%1” is refused: %2.</source>
        <translation>文件包中的条目“%1”被拒绝：%2。</translation>
    </message>
    <message>
        <source>The bundle's file “%1” is %2 bytes, more than the %3 bytes a file may have.</source>
        <translation>文件包中的文件“%1”有 %2 字节，超过单个文件允许的 %3 字节。</translation>
    </message>
    <message>
        <source>The bundle is larger than %1 bytes at its file “%2”.</source>
        <translation>文件包在其文件“%2”处超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The bundle holds “%1” twice (or as both a file and a folder).</source>
        <translation>文件包中“%1”出现了两次（或同时作为文件和文件夹）。</translation>
    </message>
    <message>
        <source>The bundle has %1 entries, more than the %2 allowed.</source>
        <translation>文件包有 %1 个条目，超过允许的 %2 个。</translation>
    </message>
    <message>
        <source>The bundle is not a readable zip archive (%1); it may be truncated.</source>
        <translation>文件包不是可读的 zip 归档（%1）；它可能被截断了。</translation>
    </message>
    <message>
        <source>The bundle's entry “%1” cannot be read (%2); the archive may be truncated.</source>
        <translation>无法读取文件包中的条目“%1”（%2）；归档可能被截断了。</translation>
    </message>
    <message>
        <source>its end is missing</source>
        <translation>缺少结尾</translation>
    </message>
    <message>
        <source>The bundle holds two entries of the same name (%1).</source>
        <translation>文件包中有两个同名条目（%1）。</translation>
    </message>
    <message>
        <source>The bundle's entry “%1” is a symbolic link, which is refused.</source>
        <translation>文件包中的条目“%1”是符号链接，已拒绝。</translation>
    </message>
    <message>
        <source>The bundle's entry “%1” is encrypted, which is not supported.</source>
        <translation>文件包中的条目“%1”已加密，不受支持。</translation>
    </message>
    <message>
        <source>The bundle's entry “%1” uses compression method %2; only stored and deflated entries are supported.</source>
        <translation>文件包中的条目“%1”使用压缩方法 %2；仅支持存储（stored）和 deflate 压缩的条目。</translation>
    </message>
    <message>
        <source>no size</source>
        <translation>无大小</translation>
    </message>
    <message>
        <source>The bundle's file “%1” expands from %2 to %3 bytes, more than %4 times: it looks like a zip bomb.</source>
        <translation>文件包中的文件“%1”从 %2 字节解压为 %3 字节，超过 %4 倍：看起来像 zip 炸弹。</translation>
    </message>
    <message>
        <source>no entry count</source>
        <translation>无条目数</translation>
    </message>
    <message>
        <source>The bundle's file “%1” fails its CRC check: the archive is damaged.</source>
        <translation>文件包中的文件“%1”未通过 CRC 校验：归档已损坏。</translation>
    </message>
    <message>
        <source>The bundle's entry “%1” uses an unsupported compression method.</source>
        <translation>文件包中的条目“%1”使用了不受支持的压缩方法。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 字节中的 %1</translation>
    </message>
    <message>
        <source>The bundle's file “%1” holds more than the %2 bytes its archive declares; it was not read further.</source>
        <translation>文件包中的文件“%1”超过了归档声明的 %2 字节；未继续读取。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file “%1” could not be read whole (it may be changing).</source>
        <translation>无法完整读取文件“%1”（它可能正在变化）。</translation>
    </message>
    <message>
        <source>The bundle is not a zip archive.</source>
        <translation>文件包不是 zip 归档。</translation>
    </message>
</context>
<context>
    <name>CodeUpload</name>
    <message>
        <source>The file is %1; an edge routine's code may be at most %2.</source>
        <translation>文件大小为 %1；边缘函数的代码最多为 %2。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is a storage error document (%1), not code.</source>
        <translation>该文件是存储错误文档（%1），不是代码。</translation>
    </message>
    <message>
        <source>It looks like TypeScript: the edge runs JavaScript, so compile it first unless your plan builds it.</source>
        <translation>看起来是 TypeScript：边缘运行的是 JavaScript，请先编译（除非您的套餐会构建它）。</translation>
    </message>
    <message>
        <source>It is %1, not a JavaScript module: an edge routine runs JavaScript.</source>
        <translation>它是%1，不是 JavaScript 模块：边缘函数运行的是 JavaScript。</translation>
    </message>
    <message>
        <source>Nothing was uploaded: %1</source>
        <translation>未上传任何内容：%1</translation>
    </message>
    <message>
        <source>Reading the routine's versions…</source>
        <translation>正在读取函数的版本…</translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>已在发送任何内容之前停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>一个新版本</translation>
    </message>
    <message>
        <source>Asking where to upload…</source>
        <translation>正在获取上传位置…</translation>
    </message>
    <message>
        <source>Nothing was uploaded: the routine could not be read (%1).</source>
        <translation>未上传任何内容：无法读取函数（%1）。</translation>
    </message>
    <message>
        <source>Nothing was uploaded: the service accepts at most %1 and the file is %2.</source>
        <translation>未上传任何内容：服务最多接受 %1，而文件大小为 %2。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>The upload failed, no version was made: %1</source>
        <translation>上传失败，未生成版本：%1</translation>
    </message>
    <message>
        <source>Making the new version…</source>
        <translation>正在生成新版本…</translation>
    </message>
    <message>
        <source>The routine keeps no more versions (%1).</source>
        <translation>该函数无法保留更多版本（%1）。</translation>
    </message>
    <message>
        <source>The answer was lost, but the new version %1 is there.</source>
        <translation>应答丢失，但新版本 %1 已存在。</translation>
    </message>
    <message>
        <source>The answer was lost and no new version was made.</source>
        <translation>应答丢失，且未生成新版本。</translation>
    </message>
    <message>
        <source>The new version %1 is there.</source>
        <translation>新版本 %1 已生成。</translation>
    </message>
    <message>
        <source>No room was made: %1</source>
        <translation>未能腾出空间：%1</translation>
    </message>
</context>
<context>
    <name>CodeVersion</name>
    <message>
        <source>esa-cli</source>
        <translation>esa-cli</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Build (%1)</source>
        <translation>构建（%1）</translation>
    </message>
    <message>
        <source>Building (%1)</source>
        <translation>构建中（%1）</translation>
    </message>
    <message>
        <source>Build failed (%1)</source>
        <translation>构建失败（%1）</translation>
    </message>
</context>
<context>
    <name>CodeVersionDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>CodeVersionListModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>由 %1 创建</translation>
    </message>
    <message>
        <source>Its build has not finished (%1): it cannot be deployed yet.</source>
        <translation>其构建尚未完成（%1）：暂不能部署。</translation>
    </message>
    <message>
        <source>Its build failed (%1): it cannot be deployed.</source>
        <translation>其构建失败（%1）：不能部署。</translation>
    </message>
    <message>
        <source>Pages not found: %1</source>
        <translation>页面未找到时：%1</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>创建方式</translation>
    </message>
</context>
<context>
    <name>CodeVersionRepository</name>
    <message>
        <source>No account is chosen for this code version.</source>
        <translation>此代码版本未选择账号。</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Save Code As…</source>
        <translation>代码另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a routine, then a code version (Enter or click opens it).</source>
        <translation>请选择一个边缘函数，再选择一个代码版本（回车或单击即可打开）。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制%1</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>函数：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Find in this version</source>
        <translation>在此版本中查找</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation>正在加载 %2 的版本 %1…</translation>
    </message>
    <message>
        <source>Version %1 of %2 could not be opened.

%3</source>
        <translation>无法打开 %2 的版本 %1。

%3</translation>
    </message>
    <message>
        <source>from cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>The RoutineCode could not be decoded: %1</source>
        <translation>无法解码 RoutineCode：%1</translation>
    </message>
    <message>
        <source>The stored code for this version is missing (%1): the service returned its storage error document instead of code. The raw document is shown below.</source>
        <translation>此版本存储的代码已丢失（%1）：服务返回的是存储错误文档而不是代码。下方显示原始文档。</translation>
    </message>
    <message>
        <source>%1, %2. Shown as hex: the first %3 of it.</source>
        <translation>%1，%2。以十六进制显示其前 %3。</translation>
    </message>
    <message>
        <source>This code is very large (%1): syntax highlighting is off.</source>
        <translation>代码非常大（%1）：已关闭语法高亮。</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ 处匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>No match for "%1"</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行号（1–%1）：</translation>
    </message>
    <message>
        <source>Save Code As</source>
        <translation>代码另存为</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>已保存 %1（%2）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The code of the open version, read-only, highlighted by its kind</source>
        <translation>当前打开版本的代码，只读，按其类型高亮</translation>
    </message>
    <message>
        <source>Show the Change That &amp;Introduced This Line</source>
        <translation>显示引入此行的变更(&amp;I)</translation>
    </message>
    <message>
        <source>Annotation progress</source>
        <translation>逐行追溯进度</translation>
    </message>
    <message numerus="yes">
        <source>Annotated %1: %n line(s), brought in by %2 of the %3 versions up to it (%4 downloaded), in %5 ms.</source>
        <translation>
            <numerusform>已逐行追溯 %1：%n 行，由截至该版本的 %3 个版本中的 %2 个引入（下载 %4 个），用时 %5 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotating: %1 of %2 versions loaded (%3 from the cache)…</source>
        <translation>正在逐行追溯：已加载 %1 / %2 个版本（%3 个来自缓存）…</translation>
    </message>
    <message>
        <source>Annotating: %1 of %2 versions loaded…</source>
        <translation>正在逐行追溯：已加载 %1 / %2 个版本…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop annotating (Ctrl+Shift+A turns it on again)</source>
        <translation>停止逐行追溯（按 Ctrl+Shift+A 可重新开启）</translation>
    </message>
    <message numerus="yes">
        <source>Annotating: following every line through %n version(s)…</source>
        <translation>
            <numerusform>正在逐行追溯：正在沿 %n 个版本追踪每一行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotation failed: %1</source>
        <translation>逐行追溯失败：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Load the missing versions and annotate again</source>
        <translation>加载缺少的版本并重新逐行追溯</translation>
    </message>
    <message>
        <source>Nothing to annotate: this version (%1) has no lines of text.</source>
        <translation>无可追溯：此版本（%1）没有文本行。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Turn annotating off</source>
        <translation>关闭逐行追溯</translation>
    </message>
    <message>
        <source>Line %1 came in with version %2, the oldest with code: there is no earlier version to compare it with.</source>
        <translation>第 %1 行由版本 %2 引入，这是最早有代码的版本：没有更早的版本可与之比较。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Show the &amp;Files of the Bundle</source>
        <translation>显示文件包中的文件(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing to annotate: %1 has no lines of text.</source>
        <translation>没有可标注的内容：%1 没有文本行。</translation>
    </message>
    <message numerus="yes">
        <source>Functions and Pages bundle (%n file(s))</source>
        <translation>
            <numerusform>函数和 Pages 文件包（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>This version is a zip that cannot be shown as a bundle: %1</source>
        <translation>此版本是一个无法作为文件包显示的 zip：%1</translation>
    </message>
    <message>
        <source>This bundle has no files.</source>
        <translation>此文件包没有文件。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>This image cannot be shown (%1): its bytes follow.</source>
        <translation>无法显示此图像（%1）：下面是它的字节。</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1，%2 × %3 像素</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Save Bundle As</source>
        <translation>文件包另存为</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 is a bundle of %n file(s). What do you want to save?</source>
        <translation>
            <numerusform>版本 %1 是包含 %n 个文件的文件包。要保存什么？</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;Zip…</source>
        <translation>zip 文件(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Extract to a Folder…</source>
        <translation>解压到文件夹(&amp;E)…</translation>
    </message>
    <message>
        <source>This &amp;File…</source>
        <translation>当前文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>文件另存为</translation>
    </message>
    <message>
        <source>Extract %1 into Folder</source>
        <translation>将 %1 解压到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Extracting %n file(s) into %1…</source>
        <translation>
            <numerusform>正在将 %n 个文件解压到 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s) into %1</source>
        <translation>
            <numerusform>已将 %n 个文件解压到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>未解压任何内容：%1</translation>
    </message>
    <message>
        <source>Extract Bundle</source>
        <translation>解压文件包</translation>
    </message>
    <message>
        <source>Nothing was extracted into %1.</source>
        <translation>未向 %1 解压任何内容。</translation>
    </message>
    <message>
        <source>This routine has assets, but the service sent only the entry script of this version: its asset files are not shown.</source>
        <translation>此例程带有静态资源，但服务只返回了此版本的入口脚本：其资源文件不会显示。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.</source>
        <translation>查看、对比和复制阿里云 ESA 边缘函数与华为云 APIG AppCode。</translation>
    </message>
    <message>
        <source>Start the built-in demo cloud on a free 127.0.0.1 port and use its demo accounts.</source>
        <translation>在 127.0.0.1 的空闲端口启动内置演示云，并使用其演示账号。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>将主窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN (default: the system's).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>With --screenshot: what to show first (%1).</source>
        <translation>与 --screenshot 一起使用：先显示哪个界面（%1）。</translation>
    </message>
    <message>
        <source>With --demo: add this delay to every answer of the demo cloud, to watch CloudCodes on a slow link.</source>
        <translation>与 --demo 一起使用：为演示云的每个应答增加此延迟，以观察 CloudCodes 在慢速链路上的表现。</translation>
    </message>
    <message>
        <source>Log every HTTP request (method, URL, status, timing, headers with secrets redacted) to standard error.</source>
        <translation>将每个 HTTP 请求（方法、URL、状态、耗时，以及隐去密钥的请求头）记录到标准错误输出。</translation>
    </message>
    <message>
        <source>Export the history of the edge routine ROUTINE as a git repository into the folder DIR (new, empty, or written by an earlier export), without a window, then leave: one commit per code version, tags for what production and staging run. Needs --account, or --demo. Exit status 0 when it is done, 1 when it failed, 2 for a usage error.</source>
        <translation>不打开窗口，将边缘函数 ROUTINE 的历史导出为 git 仓库，写入文件夹 DIR（新建的、空的，或之前导出写入的），然后退出：每个代码版本一个提交，并用标签标明生产与预发环境运行的版本。需要 --account 或 --demo。完成时退出状态为 0，失败为 1，用法错误为 2。</translation>
    </message>
    <message>
        <source>With --export-history: the saved Alibaba Cloud account to read from, by its name or id (with --demo: a demo account; default the demo AccessKey account).</source>
        <translation>与 --export-history 一起使用：要读取的已保存阿里云账号，按名称或 ID 指定（与 --demo 一起使用时为演示账号；默认为演示 AccessKey 账号）。</translation>
    </message>
    <message>
        <source>With --export-history: the folder to export into.</source>
        <translation>与 --export-history 一起使用：导出到的文件夹。</translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds from 0 to 600000, and needs --demo.</source>
        <translation>--demo-latency 的取值为 0 到 600000 毫秒，且需要与 --demo 一起使用。</translation>
    </message>
    <message>
        <source>--view needs --screenshot.</source>
        <translation>--view 需要与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>--view takes one of: %1.</source>
        <translation>--view 的取值为以下之一：%1。</translation>
    </message>
    <message>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation>--screenshot 需要指定要写入的 PNG 文件名。</translation>
    </message>
    <message>
        <source>--export-history needs the name of a routine.</source>
        <translation>--export-history 需要指定边缘函数名称。</translation>
    </message>
    <message>
        <source>--export-history needs the folder to export into: --export-history ROUTINE DIR.</source>
        <translation>--export-history 需要指定导出到的文件夹：--export-history ROUTINE DIR。</translation>
    </message>
    <message>
        <source>--export-history takes one folder; also given: %1.</source>
        <translation>--export-history 只接受一个文件夹；另外给出了：%1。</translation>
    </message>
    <message>
        <source>--export-history runs without a window; it cannot be combined with --screenshot.</source>
        <translation>--export-history 不打开窗口运行，不能与 --screenshot 同时使用。</translation>
    </message>
    <message>
        <source>--export-history needs --account NAME (a saved Alibaba Cloud account), or --demo.</source>
        <translation>--export-history 需要 --account NAME（已保存的阿里云账号）或 --demo。</translation>
    </message>
    <message>
        <source>--account needs the name or id of an account.</source>
        <translation>--account 需要指定账号的名称或 ID。</translation>
    </message>
    <message>
        <source>--account is for --export-history.</source>
        <translation>--account 仅用于 --export-history。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>多余的参数：%1。</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is larger than %1.</source>
        <translation>文件大于 %1。</translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation>（无法加载）</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>无法读取文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a bundle without an entry (no routine/index.js): there is nothing to compare a single file with.</source>
        <translation>%1 是没有入口的文件包（没有 routine/index.js）：没有可与单个文件比较的内容。</translation>
    </message>
    <message>
        <source>%1 · %2 (the entry)</source>
        <translation>%1 · %2（入口）</translation>
    </message>
    <message>
        <source>%1 is a bundle: its entry %2 is compared.</source>
        <translation>%1 是文件包：比较的是它的入口 %2。</translation>
    </message>
</context>
<context>
    <name>CopyableLabel</name>
    <message>
        <source>%1
Double-click to copy</source>
        <translation>%1
双击即可复制</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateAppCodeDialog</name>
    <message>
        <source>Rotate an AppCode of %1 — Step 1 of 2</source>
        <translation>轮换 %1 的 AppCode —— 第 1 步（共 2 步）</translation>
    </message>
    <message>
        <source>Create an AppCode for %1</source>
        <translation>为 %1 创建 AppCode</translation>
    </message>
    <message>
        <source>Rotating %1 (created %2) without downtime: first a new AppCode is created and you move your callers to it; the old one keeps working until you delete it in step 2.</source>
        <translation>不中断地轮换 %1（创建于 %2）：先创建一个新的 AppCode，由您将调用方迁移过去；旧的在第 2 步删除之前仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Generated by the gateway</source>
        <translation>由网关生成(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;ustom value:</source>
        <translation>自定义值(&amp;U)：</translation>
    </message>
    <message>
        <source>Custom AppCode value</source>
        <translation>自定义 AppCode 值</translation>
    </message>
    <message>
        <source>Generate &amp;Strong Value</source>
        <translation>生成强随机值(&amp;S)</translation>
    </message>
    <message>
        <source>Fill in a random value that follows the rule, from the system's secure random generator</source>
        <translation>使用系统安全随机数生成器填入一个符合规则的随机值</translation>
    </message>
    <message>
        <source>&amp;Copy AppCode</source>
        <translation>复制 AppCode(&amp;C)</translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation>复制 curl(&amp;U)</translation>
    </message>
    <message>
        <source>Create the &amp;New AppCode</source>
        <translation>创建新的 AppCode(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Copied the AppCode — the clipboard clears in %1 s.</source>
        <translation>已复制 AppCode —— 剪贴板将在 %1 秒后清除。</translation>
    </message>
    <message>
        <source>Copied a curl line — the clipboard clears in %1 s.</source>
        <translation>已复制 curl 命令 —— 剪贴板将在 %1 秒后清除。</translation>
    </message>
    <message>
        <source>✓ %1 characters: a valid AppCode.</source>
        <translation>✓ %1 个字符：有效的 AppCode。</translation>
    </message>
    <message>
        <source>Not valid yet: %1</source>
        <translation>尚无效：%1</translation>
    </message>
    <message>
        <source>The gateway makes a value of %1 or more characters.</source>
        <translation>网关会生成一个不少于 %1 个字符的值。</translation>
    </message>
    <message>
        <source>New AppCode (shown once here; the table shows it in full until you leave the app):
%1
ID %2</source>
        <translation>新的 AppCode（此处仅显示一次；在您离开该应用之前，表格中会完整显示）：
%1
ID %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DecodedCode</name>
    <message>
        <source>JavaScript module</source>
        <translation>JavaScript 模块</translation>
    </message>
    <message>
        <source>TypeScript module</source>
        <translation>TypeScript 模块</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON 文档</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>XML 文档</translation>
    </message>
    <message>
        <source>WebAssembly module</source>
        <translation>WebAssembly 模块</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>存储错误</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>missing stored code (%1)</source>
        <translation>存储的代码已丢失（%1）</translation>
    </message>
    <message>
        <source>storage error (%1)</source>
        <translation>存储错误（%1）</translation>
    </message>
    <message>
        <source>The base64 code lacks its final '=' padding; it was decoded as if the padding were there.</source>
        <translation>base64 代码缺少末尾的“=”填充；已按有填充的方式解码。</translation>
    </message>
    <message>
        <source>The base64 code has more '=' padding than needed; the extra padding was ignored.</source>
        <translation>base64 代码的“=”填充多于所需；多余的填充已忽略。</translation>
    </message>
    <message>
        <source>The base64 code ends with a lone character that cannot hold a whole byte; it was ignored, and the code is probably cut off.</source>
        <translation>base64 代码末尾有一个不足一个字节的孤立字符；已忽略，代码可能被截断。</translation>
    </message>
    <message>
        <source>The code stops mid-way (an unclosed bracket, string, comment or tag at the end); it was probably cut off.</source>
        <translation>代码在中途结束（末尾有未闭合的括号、字符串、注释或标签）；可能被截断。</translation>
    </message>
    <message>
        <source>The code contains characters that are not base64, so it could not be decoded.</source>
        <translation>代码包含非 base64 字符，无法解码。</translation>
    </message>
    <message>
        <source>The code is UTF-16 text; Save As keeps its original bytes.</source>
        <translation>代码是 UTF-16 文本；“另存为”保留其原始字节。</translation>
    </message>
    <message>
        <source>The code starts with a UTF-8 byte order mark, which is not shown; Save As keeps it.</source>
        <translation>代码以 UTF-8 字节顺序标记开头，未显示；“另存为”会保留它。</translation>
    </message>
    <message>
        <source>The code is not UTF-8 text, so it is shown as bytes.</source>
        <translation>代码不是 UTF-8 文本，因此以字节形式显示。</translation>
    </message>
    <message>
        <source>The code contains NUL characters, so it is shown as bytes.</source>
        <translation>代码包含 NUL 字符，因此以字节形式显示。</translation>
    </message>
    <message>
        <source>The code ends in the middle of a character, shown as a replacement character; it was probably cut off.</source>
        <translation>代码在某个字符的中间结束，显示为替换字符；可能被截断。</translation>
    </message>
    <message>
        <source>The code starts like UTF-16 text but is not valid UTF-16, so it is shown as bytes.</source>
        <translation>代码开头像 UTF-16 文本，但不是有效的 UTF-16，因此以字节形式显示。</translation>
    </message>
    <message>
        <source>The WebAssembly module does not have the version 1 header this viewer expects.</source>
        <translation>该 WebAssembly 模块没有本查看器所需的版本 1 文件头。</translation>
    </message>
    <message>
        <source>The code starts like JSON but is not valid JSON, so it is shown as plain text.</source>
        <translation>代码开头像 JSON，但不是有效的 JSON，因此以纯文本显示。</translation>
    </message>
    <message>
        <source>Functions and Pages bundle (zip)</source>
        <translation>函数和 Pages 文件包（zip）</translation>
    </message>
</context>
<context>
    <name>DeleteAppCodesDialog</name>
    <message>
        <source>Rotate an AppCode of %1 — Step 2 of 2</source>
        <translation>轮换 %1 的 AppCode —— 第 2 步（共 2 步）</translation>
    </message>
    <message>
        <source>Delete AppCodes of %1</source>
        <translation>删除 %1 的 AppCode</translation>
    </message>
    <message>
        <source>Have all callers moved to the new AppCode? The old one below is deleted, and callers that still send it are refused from that moment.</source>
        <translation>所有调用方都已改用新的 AppCode 了吗？下面的旧 AppCode 将被删除，仍使用它的调用方从此刻起将被拒绝。</translation>
    </message>
    <message>
        <source>Delete these AppCodes? Callers that send one of them in X-Apig-AppCode are refused from that moment.</source>
        <translation>删除这些 AppCode？在 X-Apig-AppCode 中发送其中任何一个的调用方从此刻起将被拒绝。</translation>
    </message>
    <message>
        <source>AppCodes to delete</source>
        <translation>要删除的 AppCode</translation>
    </message>
    <message>
        <source>AppCode</source>
        <translation>AppCode</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation>删除进度</translation>
    </message>
    <message>
        <source>Callers Moved: &amp;Delete the Old AppCode</source>
        <translation>调用方已迁移：删除旧的 AppCode(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n AppCode(s)</source>
        <translation>
            <numerusform>删除 %n 个 AppCode(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the AppCode being deleted now…</source>
        <translation>将在当前正在删除的 AppCode 完成后停止…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DeleteVersionsDialog</name>
    <message>
        <source>Delete Code Versions of %1</source>
        <translation>删除 %1 的代码版本</translation>
    </message>
    <message>
        <source>Delete these code versions of %1 for good? They cannot be restored, and no environment may run them.</source>
        <translation>永久删除 %1 的这些代码版本？删除后无法恢复，且不能有环境正在运行它们。</translation>
    </message>
    <message>
        <source>Versions to delete</source>
        <translation>要删除的版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) cannot be deleted because an environment runs them; deploy another version there first.</source>
        <translation>
            <numerusform>%n 个版本无法删除，因为有环境正在运行它们；请先在该环境部署其他版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation>删除进度</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Version(s)</source>
        <translation>
            <numerusform>删除 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the version being deleted now…</source>
        <translation>将在当前正在删除的版本完成后停止…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Alibaba AccessKey</source>
        <translation>阿里云 AccessKey</translation>
    </message>
    <message>
        <source>Alibaba STS</source>
        <translation>阿里云 STS</translation>
    </message>
    <message>
        <source>Huawei IAM password</source>
        <translation>华为云 IAM 密码</translation>
    </message>
    <message>
        <source>Huawei AK/SK</source>
        <translation>华为云 AK/SK</translation>
    </message>
    <message>
        <source>Alibaba RAM role</source>
        <translation>阿里云 RAM 角色</translation>
    </message>
    <message>
        <source>Huawei ROMA Connect</source>
        <translation>华为云 ROMA Connect</translation>
    </message>
    <message>
        <source>Huawei shared gateway</source>
        <translation>华为云共享版网关</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Roll Back %1</source>
        <translation>回滚 %1</translation>
    </message>
    <message>
        <source>Promote the Canary of %1</source>
        <translation>将 %1 的灰度转正</translation>
    </message>
    <message>
        <source>Abort the Canary of %1</source>
        <translation>终止 %1 的灰度</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>部署 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; @ %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; @ %2 — %3</translation>
    </message>
    <message>
        <source>Account: %1 · Region: %2 · Endpoint: %3</source>
        <translation>账号：%1 · 区域：%2 · 接入点：%3</translation>
    </message>
    <message>
        <source>&amp;Staging</source>
        <translation>预发环境(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>生产环境(&amp;P)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>This version at &amp;100 %</source>
        <translation>此版本承载 100 % 流量(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Canary:</source>
        <translation>灰度(&amp;C)：</translation>
    </message>
    <message>
        <source>Canary share</source>
        <translation>灰度比例</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Canary share in percent</source>
        <translation>灰度比例（百分比）</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>流量：</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>To deploy to production, type the routine's name (%1):</source>
        <translation>要部署到生产环境，请输入函数名称（%1）：</translation>
    </message>
    <message>
        <source>Routine name, to confirm</source>
        <translation>函数名称（用于确认）</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>(nothing runs there now to share the traffic with)</source>
        <translation>（该环境当前没有可分担流量的版本）</translation>
    </message>
    <message>
        <source>beside %1 at %2 %</source>
        <translation>与 %1（%2 %）并行</translation>
    </message>
    <message>
        <source>%1 already runs this: nothing to deploy.</source>
        <translation>%1 已在运行此配置：无需部署。</translation>
    </message>
    <message>
        <source>%1 runs %2 now, and will run %3.</source>
        <translation>%1 当前运行 %2，之后将运行 %3。</translation>
    </message>
    <message>
        <source>Deploy to Production</source>
        <translation>部署到生产环境</translation>
    </message>
    <message>
        <source>Deploy to Staging</source>
        <translation>部署到预发环境</translation>
    </message>
    <message>
        <source>%1 runs nothing now: all of this version's code goes live.</source>
        <translation>%1 当前未运行任何版本：此版本的全部代码将上线。</translation>
    </message>
    <message>
        <source>What changes: %1 (now, loses traffic) → %2 (deployed)</source>
        <translation>变更内容：%1（当前，流量减少）→ %2（部署后）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Where it goes live</source>
        <translation>生效位置</translation>
    </message>
    <message>
        <source>Where it goes live: reading the routine's hosts and routes…</source>
        <translation>生效位置：正在读取函数的主机和路由…</translation>
    </message>
    <message>
        <source>Goes live on:
%1</source>
        <translation>将在以下位置生效：
%1</translation>
    </message>
    <message>
        <source>Where it goes live could not be read: %1</source>
        <translation>无法读取生效位置：%1</translation>
    </message>
</context>
<context>
    <name>DeployTargets</name>
    <message>
        <source>Staging has no IP to test with.</source>
        <translation>测试环境没有可用于测试的 IP。</translation>
    </message>
    <message>
        <source>%1 is reached through %2: bind these hosts to one of them.</source>
        <translation>%1 通过 %2 访问：请将这些主机绑定到其中一个地址。</translation>
    </message>
    <message>
        <source>Default host: %1</source>
        <translation>默认主机：%1</translation>
    </message>
    <message>
        <source>Custom domains: %1</source>
        <translation>自定义域名：%1</translation>
    </message>
    <message>
        <source>Routes: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <source>No custom domain or route: only the default host reaches %1.</source>
        <translation>没有自定义域名或路由：只有默认主机可以访问 %1。</translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>%1 now runs nothing</source>
        <translation>%1 现在未运行任何版本</translation>
    </message>
    <message>
        <source>%1 now runs %2 at %3 %</source>
        <translation>%1 现在以 %3 % 运行 %2</translation>
    </message>
    <message>
        <source>%1 now runs %2 at %3 % and %4 at %5 %</source>
        <translation>%1 现在以 %3 % 运行 %2，以 %5 % 运行 %4</translation>
    </message>
    <message>
        <source>Checking what %1 runs now…</source>
        <translation>正在检查 %1 当前运行的版本…</translation>
    </message>
    <message>
        <source>Nothing was sent: the routine could not be read (%1).</source>
        <translation>未发送任何内容：无法读取函数（%1）。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 changed since you reviewed it (%2). Review the change again.</source>
        <translation>未发送任何内容：自您审阅以来 %1 已发生变化（%2）。请重新审阅此更改。</translation>
    </message>
    <message>
        <source>Nothing was sent: the version %1 no longer exists.</source>
        <translation>未发送任何内容：版本 %1 已不存在。</translation>
    </message>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>已在发送任何内容之前停止。</translation>
    </message>
    <message>
        <source>Deploying to %1…</source>
        <translation>正在部署到 %1…</translation>
    </message>
    <message>
        <source>Reading %1 back…</source>
        <translation>正在回读 %1…</translation>
    </message>
    <message>
        <source>Deployed (request %1), but the routine could not be read back: %2</source>
        <translation>已部署（请求 %1），但无法回读函数：%2</translation>
    </message>
    <message>
        <source>The answer was lost, but the deployment went through: %1.</source>
        <translation>应答丢失，但部署已生效：%1。</translation>
    </message>
    <message>
        <source>The answer was lost and nothing changed: %1 still runs %2.</source>
        <translation>应答丢失，且没有任何变化：%1 仍在运行 %2。</translation>
    </message>
    <message>
        <source>The answer was lost, and %1 now runs neither what it ran nor what was sent (%2): someone else may have deployed meanwhile.</source>
        <translation>应答丢失，且 %1 现在运行的既不是之前的版本，也不是刚发送的版本（%2）：可能有其他人同时进行了部署。</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>预发环境</translation>
    </message>
</context>
<context>
    <name>DiffOverviewBar</name>
    <message>
        <source>Where the changes are; click to jump</source>
        <translation>变更所在位置；单击跳转</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation>上一处变更（Shift+F7）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation>下一处变更（F7）</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Swap left and right</source>
        <translation>交换左右两侧</translation>
    </message>
    <message>
        <source>Ignore &amp;whitespace</source>
        <translation>忽略空白(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fold unchanged</source>
        <translation>折叠未变更内容(&amp;F)</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation>每处变更周围显示的未变更行数</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Myers</source>
        <translation>Myers</translation>
    </message>
    <message>
        <source>Diff algorithm</source>
        <translation>差异算法</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>单栏</translation>
    </message>
    <message>
        <source>One column, removed lines above added ones (unified view)</source>
        <translation>单栏显示，删除的行在新增的行上方（统一视图）</translation>
    </message>
    <message>
        <source>Copy Patch</source>
        <translation>复制补丁</translation>
    </message>
    <message>
        <source>Save Patch…</source>
        <translation>保存补丁…</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一处变更</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>上一处变更</translation>
    </message>
    <message>
        <source>Computing the differences…</source>
        <translation>正在计算差异…</translation>
    </message>
    <message>
        <source>No differences: the binary versions are identical.</source>
        <translation>没有差异：两个二进制版本完全相同。</translation>
    </message>
    <message>
        <source>Binary versions differ.

Left: %1, SHA-256 %2
Right: %3, SHA-256 %4</source>
        <translation>二进制版本不同。

左侧：%1，SHA-256 %2
右侧：%3，SHA-256 %4</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message numerus="yes">
        <source>+%1 −%2 in %n hunk(s)</source>
        <translation>
            <numerusform>+%1 −%2，共 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n 行未变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>第 %1 处变更，共 %2 处</translation>
    </message>
    <message>
        <source>There is no patch: %1</source>
        <translation>没有补丁：%1</translation>
    </message>
    <message>
        <source>the versions are binary.</source>
        <translation>这些版本是二进制的。</translation>
    </message>
    <message>
        <source>no differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message numerus="yes">
        <source>Copied the patch (%n line(s))</source>
        <translation>
            <numerusform>已复制补丁（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Patch</source>
        <translation>保存补丁</translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff);;All files (*)</source>
        <translation>补丁 (*.patch *.diff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>Deploy Right Side…</source>
        <translation>部署右侧版本…</translation>
    </message>
    <message>
        <source>Deploy the version on the right, after reviewing this diff</source>
        <translation>审阅此差异后，部署右侧的版本</translation>
    </message>
    <message>
        <source>New Version from This File…</source>
        <translation>用此文件创建新版本…</translation>
    </message>
    <message>
        <source>Upload the file on the right as a new code version of the routine on the left</source>
        <translation>将右侧文件上传为左侧函数的新代码版本</translation>
    </message>
    <message>
        <source>Context lines</source>
        <translation>上下文行数</translation>
    </message>
    <message>
        <source>Older side</source>
        <translation>较旧的一侧</translation>
    </message>
    <message>
        <source>Newer side</source>
        <translation>较新的一侧</translation>
    </message>
    <message>
        <source>Inline diff</source>
        <translation>单栏差异</translation>
    </message>
    <message>
        <source>Both versions in one column: removed lines above the added ones</source>
        <translation>两个版本显示在一栏中：删除的行在新增的行之上</translation>
    </message>
    <message>
        <source>One side of the comparison, scrolled together with the other</source>
        <translation>对比的一侧，与另一侧同步滚动</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DomainEditorDialog</name>
    <message>
        <source>Add a Custom Domain to %1</source>
        <translation>为 %1 添加自定义域名</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>自定义域名</translation>
    </message>
    <message>
        <source>app.example.com</source>
        <translation>app.example.com</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>继续(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the host the routine is to serve whole.</source>
        <translation>请输入要由该函数完整处理的主机。</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>请选择站点。</translation>
    </message>
    <message>
        <source>%1 is not under the site %2.</source>
        <translation>%1 不在站点 %2 之下。</translation>
    </message>
</context>
<context>
    <name>EsaConfigFile</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Line %1: a trailing comma, which esa-cli 1.0.3 refuses.</source>
        <translation>第 %1 行：末尾多余的逗号，esa-cli 1.0.3 会拒绝。</translation>
    </message>
    <message>
        <source>Line %1: “//” inside a string, which esa-cli 1.0.3 takes for a comment.</source>
        <translation>第 %1 行：字符串中的“//”，esa-cli 1.0.3 会把它当作注释。</translation>
    </message>
    <message>
        <source>a /* comment that is never closed.</source>
        <translation>一个从未闭合的 /* 注释。</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>a table header this reader does not take.</source>
        <translation>本读取器不支持的表头。</translation>
    </message>
    <message>
        <source>expected “key = value”.</source>
        <translation>应为“键 = 值”。</translation>
    </message>
    <message>
        <source>a key without a value.</source>
        <translation>键没有值。</translation>
    </message>
    <message>
        <source>a string this reader does not take (not closed on its line).</source>
        <translation>本读取器不支持的字符串（未在本行闭合）。</translation>
    </message>
</context>
<context>
    <name>EsaProject</name>
    <message numerus="yes">
        <source>%n link(s) or special file(s) in the folder were left out.</source>
        <translation>
            <numerusform>文件夹中有 %n 个链接或特殊文件被略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>“assets” must be an object with a “directory”.</source>
        <translation>“assets”必须是带有“directory”的对象。</translation>
    </message>
    <message>
        <source>The entry is sent as it is: esa-cli would bundle it with esbuild, and CloudCodes runs no bundler.</source>
        <translation>入口文件按原样发送：esa-cli 会用 esbuild 打包它，而 CloudCodes 不运行打包器。</translation>
    </message>
    <message>
        <source>It is not plain JavaScript (.%1).</source>
        <translation>它不是普通 JavaScript（.%1）。</translation>
    </message>
    <message>
        <source>It imports %1.</source>
        <translation>它导入了 %1。</translation>
    </message>
    <message>
        <source>The entry “%1” does not exist (looked for %2).</source>
        <translation>入口“%1”不存在（查找了 %2）。</translation>
    </message>
    <message>
        <source>The entry “%1” is larger than %2 bytes.</source>
        <translation>入口“%1”大于 %2 字节。</translation>
    </message>
    <message>
        <source>The entry “%1” could not be read: %2</source>
        <translation>无法读取入口“%1”：%2</translation>
    </message>
    <message>
        <source>The assets directory “%1” does not exist (looked for %2).</source>
        <translation>静态资源目录“%1”不存在（查找了 %2）。</translation>
    </message>
    <message>
        <source>The assets directory “%1” is outside the project folder (it is %2).</source>
        <translation>静态资源目录“%1”在项目文件夹之外（它是 %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 names neither an “entry” nor an “assets” “directory”.</source>
        <translation>%1 既未指定“entry”，也未指定“assets”的“directory”。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
</context>
<context>
    <name>EsaWorkspace</name>
    <message>
        <source>Selected %1 for comparison: choose another version (any routine or account) and Compare with Selected.</source>
        <translation>已选择 %1 用于对比：请选择另一个版本（可以是任意函数或账号），然后选择“与所选对比”。</translation>
    </message>
    <message>
        <source>Annotate is on: open a code version to see which version introduced each of its lines.</source>
        <translation>逐行追溯已开启：打开一个代码版本，即可看到其每一行由哪个版本引入。</translation>
    </message>
    <message>
        <source>Annotate needs the versions of %1: select the routine and wait for its versions.</source>
        <translation>逐行追溯需要 %1 的版本列表：请选择该边缘函数并等待其版本加载。</translation>
    </message>
    <message>
        <source>&amp;Promote Canary (%1 to 100 %)</source>
        <translation>灰度转正（%1 提升至 100 %）(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;bort Canary (%1 back to 100 %)</source>
        <translation>终止灰度（%1 恢复至 100 %）(&amp;B)</translation>
    </message>
    <message>
        <source>This account does not allow changes; turn on "Allow changes" in its settings.</source>
        <translation>此账号不允许更改；请在其设置中打开“允许更改”。</translation>
    </message>
    <message>
        <source>Wait for the versions and their deployments to load.</source>
        <translation>请等待版本及其部署信息加载完毕。</translation>
    </message>
    <message>
        <source>Version %1 is still being built (%2): it can be deployed once its build is available.</source>
        <translation>版本 %1 仍在构建中（%2）：构建可用后才能部署。</translation>
    </message>
    <message>
        <source>The build of version %1 failed (%2): it cannot be deployed. Make a new version.</source>
        <translation>版本 %1 构建失败（%2）：不能部署。请创建新版本。</translation>
    </message>
</context>
<context>
    <name>FolderCompareView</name>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Comparing the files</source>
        <translation>正在比较文件</translation>
    </message>
    <message>
        <source>Show &amp;unchanged files</source>
        <translation>显示未更改的文件(&amp;U)</translation>
    </message>
    <message>
        <source>Show unchanged files</source>
        <translation>显示未更改的文件</translation>
    </message>
    <message>
        <source>Files that differ</source>
        <translation>有差异的文件</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一处更改</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>上一处更改</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n file(s) in %1 ms.</source>
        <translation>
            <numerusform>已在 %1 毫秒内比较 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No more changes: this is the last file that differs.</source>
        <translation>没有更多更改：这是最后一个有差异的文件。</translation>
    </message>
    <message>
        <source>No earlier changes: this is the first file that differs.</source>
        <translation>没有更早的更改：这是第一个有差异的文件。</translation>
    </message>
</context>
<context>
    <name>FolderComparison</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (not there)</source>
        <translation>%1 · %2（不存在）</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>正在比较 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed</source>
        <translation>%1 个已更改，%2 个已添加，%3 个已删除</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unchanged</source>
        <translation>
            <numerusform>%1；%n 个未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unchanged (hidden)</source>
        <translation>
            <numerusform>%1；%n 个未更改（已隐藏）</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>GitHistoryExport</name>
    <message>
        <source>No routine to export.</source>
        <translation>没有要导出的边缘函数。</translation>
    </message>
    <message>
        <source>No folder to export into.</source>
        <translation>没有指定导出的目标文件夹。</translation>
    </message>
    <message>
        <source>A code version without an id cannot be exported.</source>
        <translation>没有 ID 的代码版本无法导出。</translation>
    </message>
    <message>
        <source>Code version %1 is listed twice.</source>
        <translation>代码版本 %1 在列表中出现了两次。</translation>
    </message>
    <message>
        <source>Code version %1 has no creation time.</source>
        <translation>代码版本 %1 没有创建时间。</translation>
    </message>
    <message>
        <source>The code versions are not listed oldest first.</source>
        <translation>代码版本没有按从旧到新的顺序排列。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and is not a git repository. Choose an empty folder, or one an earlier export wrote.</source>
        <translation>文件夹 %1 不是空的，也不是 git 仓库。请选择一个空文件夹，或之前导出时写入的文件夹。</translation>
    </message>
    <message>
        <source>A git repository could not be created in %1: %2</source>
        <translation>无法在 %1 中创建 git 仓库：%2</translation>
    </message>
    <message>
        <source>The git repository in %1 could not be opened: %2</source>
        <translation>无法打开 %1 中的 git 仓库：%2</translation>
    </message>
    <message>
        <source>%1 is a bare git repository; the export needs one with a working tree.</source>
        <translation>%1 是裸 git 仓库；导出需要带工作区的仓库。</translation>
    </message>
    <message>
        <source>The git repository in %1 has no HEAD: %2</source>
        <translation>%1 中的 git 仓库没有 HEAD：%2</translation>
    </message>
    <message>
        <source>The git repository in %1 is not on a branch (its HEAD is detached). Check out the branch an earlier export wrote, then export again.</source>
        <translation>%1 中的 git 仓库不在任何分支上（HEAD 处于分离状态）。请先检出之前导出时写入的分支，再重新导出。</translation>
    </message>
    <message>
        <source>The settings of the git repository in %1 could not be read: %2</source>
        <translation>无法读取 %1 中 git 仓库的配置：%2</translation>
    </message>
    <message>
        <source>The git repository in %1 was not written by the history export (it has no %2 setting), so it is not the history of “%3”.</source>
        <translation>%1 中的 git 仓库不是由历史导出写入的（没有 %2 配置项），因此不是“%3”的历史。</translation>
    </message>
    <message>
        <source>The git repository in %1 holds the history of routine “%2” of the account “%3”, not of “%4” of “%5”.</source>
        <translation>%1 中的 git 仓库保存的是账号“%3”的边缘函数“%2”的历史，而不是账号“%5”的“%4”的历史。</translation>
    </message>
    <message>
        <source>The branch %1 in %2 could not be read: %3</source>
        <translation>无法读取 %2 中的分支 %1：%3</translation>
    </message>
    <message>
        <source>The branch %1 in %2 has a commit the export did not write (%3 “%4”). The export never rewrites history, so it cannot add to this branch.</source>
        <translation>%2 中的分支 %1 含有不是由导出写入的提交（%3“%4”）。导出从不改写历史，因此无法向此分支追加。</translation>
    </message>
    <message>
        <source>The working tree in %1 could not be read: %2</source>
        <translation>无法读取 %1 中的工作区：%2</translation>
    </message>
    <message>
        <source>The folder %1 has a file %2 that git does not track and the export would overwrite. Move it away, then export again.</source>
        <translation>文件夹 %1 中有一个未被 git 跟踪的文件 %2，导出会覆盖它。请先将其移走，再重新导出。</translation>
    </message>
    <message>
        <source>The working tree in %1 has changes (%2). Commit or discard them, then export again.</source>
        <translation>%1 中的工作区有改动（%2）。请先提交或丢弃这些改动，再重新导出。</translation>
    </message>
    <message>
        <source>The settings of the git repository in %1 could not be written: %2</source>
        <translation>无法写入 %1 中 git 仓库的配置：%2</translation>
    </message>
    <message>
        <source>Code version %1 could not be written to %2: %3</source>
        <translation>无法将代码版本 %1 写入 %2：%3</translation>
    </message>
    <message>
        <source>The tags of the git repository in %1 could not be read: %2</source>
        <translation>无法读取 %1 中 git 仓库的标签：%2</translation>
    </message>
    <message>
        <source>The tag %1 could not be moved: %2</source>
        <translation>无法移动标签 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryExportCommand</name>
    <message>
        <source>Loading versions: %1 of %2</source>
        <translation>正在加载版本：%1 / %2</translation>
    </message>
    <message>
        <source>Writing commits: %1 of %2</source>
        <translation>正在写入提交：%1 / %2</translation>
    </message>
    <message>
        <source>%1 accounts are called “%2”: %3. Name one by its id.</source>
        <translation>有 %1 个账号名为“%2”：%3。请用 ID 指定其中一个。</translation>
    </message>
    <message>
        <source>The account %1 is a Huawei Cloud account; the history export is for Alibaba Cloud ESA routines.</source>
        <translation>账号 %1 是华为云账号；历史导出仅适用于阿里云 ESA 边缘函数。</translation>
    </message>
    <message>
        <source>There is no account called “%1”, and no Alibaba Cloud account is saved.</source>
        <translation>没有名为“%1”的账号，也没有已保存的阿里云账号。</translation>
    </message>
    <message>
        <source>There is no account called “%1”. Alibaba Cloud accounts: %2.</source>
        <translation>没有名为“%1”的账号。阿里云账号：%2。</translation>
    </message>
    <message>
        <source>The account “%1” cannot be used: %2</source>
        <translation>无法使用账号“%1”：%2</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>无客户端</translation>
    </message>
    <message>
        <source>%1 of “%2” → %3: %4</source>
        <translation>“%2”的 %1 → %3：%4</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>Export History of %1</source>
        <translation>导出 %1 的历史</translation>
    </message>
    <message>
        <source>Every code version of %1 becomes a commit, oldest first, in the git repository at %2; tags say what production and staging run.</source>
        <translation>%1 的每个代码版本按从旧到新的顺序成为 %2 处 git 仓库中的一个提交；标签标明生产与预发环境运行的版本。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Reading the versions and deployments of %1…</source>
        <translation>正在读取 %1 的版本与部署…</translation>
    </message>
    <message>
        <source>Loading the versions: %1 of %2 (%3 from the cache)…</source>
        <translation>正在加载版本：%1 / %2（%3 个来自缓存）…</translation>
    </message>
    <message>
        <source>Writing the commits: %1 of %2…</source>
        <translation>正在写入提交：%1 / %2…</translation>
    </message>
    <message>
        <source>Writing the commits…</source>
        <translation>正在写入提交…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完成：%1。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>The endpoint "%1" is not a valid http(s) URL.</source>
        <translation>接入点“%1”不是有效的 http(s) 地址。</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: HTTPS is required for any host that is not this machine.</source>
        <translation>拒绝以明文 HTTP 访问 %1：访问本机以外的主机必须使用 HTTPS。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB; it was not read.</source>
        <translation>响应大于 %1 MiB；未读取。</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>连接被拒绝。</translation>
    </message>
    <message>
        <source>The host was not found.</source>
        <translation>找不到主机。</translation>
    </message>
    <message>
        <source>The connection was closed before the whole answer arrived.</source>
        <translation>在收到完整响应之前连接已关闭。</translation>
    </message>
    <message>
        <source>The secure connection failed; certificate errors are never ignored.</source>
        <translation>安全连接失败；证书错误从不会被忽略。</translation>
    </message>
    <message>
        <source>The network is temporarily unavailable.</source>
        <translation>网络暂时不可用。</translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation>请求在网络上失败。</translation>
    </message>
    <message>
        <source>The answer did not arrive in full within %1 s, the deadline for %2 at no less than %3 KiB/s.</source>
        <translation>应答未在 %1 秒内完整到达（按不低于 %3 KiB/s 传输 %2 的截止时间）。</translation>
    </message>
    <message>
        <source>Nothing arrived for %1 s, the no-progress limit.</source>
        <translation>%1 秒内没有收到任何数据（无进展时限）。</translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent, before any answer.</source>
        <translation>请求发出后、收到任何应答之前连接已关闭。</translation>
    </message>
</context>
<context>
    <name>HuaweiRegions</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>RU-Moscow2</source>
        <translation>俄罗斯-莫斯科二</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>华北-北京二</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
    <message>
        <source>ME-Abu Dhabi-OP5</source>
        <translation>中东-阿布扎比-OP5</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>AP-Kuala Lumpur-OP6</source>
        <translation>亚太-吉隆坡-OP6</translation>
    </message>
    <message>
        <source>EU-Paris</source>
        <translation>欧洲-巴黎</translation>
    </message>
    <message>
        <source>RU-Moscow-OP4</source>
        <translation>俄罗斯-莫斯科-OP4</translation>
    </message>
    <message>
        <source>CN South-Guangzhou-InvitationOnly</source>
        <translation>华南-广州-友好用户环境</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>华东-青岛</translation>
    </message>
    <message>
        <source>CN North3</source>
        <translation>华北三</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>华东二</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang-Auto2</source>
        <translation>西南-贵阳-汽车二</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>华南-深圳</translation>
    </message>
    <message>
        <source>CN North-Ulanqab-Auto1</source>
        <translation>华北-乌兰察布-汽车一</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>亚太-马尼拉</translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation>非洲-开罗</translation>
    </message>
</context>
<context>
    <name>LibGit2</name>
    <message>
        <source>libgit2 %1 could not be loaded: %2</source>
        <translation>无法加载 libgit2 %1：%2</translation>
    </message>
    <message>
        <source>The libgit2 that was loaded (%1) has no %2.</source>
        <translation>已加载的 libgit2（%1）缺少 %2。</translation>
    </message>
    <message>
        <source>libgit2 could not start: %1</source>
        <translation>libgit2 无法启动：%1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>LoadStatePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CloudCodes</source>
        <translation>CloudCodes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Edge Routines</source>
        <translation>边缘函数</translation>
    </message>
    <message>
        <source>AppCodes</source>
        <translation>AppCode</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Demo cloud at %1</source>
        <translation>演示云：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation>%1：%2 ↔ %3</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Compare Version with &amp;File…</source>
        <translation>将版本与文件对比(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>Find in &amp;All Versions…</source>
        <translation>在所有版本中查找(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Inline Diff</source>
        <translation>单栏差异(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CloudCodes</source>
        <translation>关于 CloudCodes(&amp;A)</translation>
    </message>
    <message>
        <source>The new language applies the next time CloudCodes starts.</source>
        <translation>新的语言将在 CloudCodes 下次启动时生效。</translation>
    </message>
    <message>
        <source>Find next / previous</source>
        <translation>查找下一个 / 上一个</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Find in all versions</source>
        <translation>在所有版本中查找</translation>
    </message>
    <message>
        <source>Open the selected version</source>
        <translation>打开所选版本</translation>
    </message>
    <message>
        <source>Refresh the selected list</source>
        <translation>刷新所选列表</translation>
    </message>
    <message>
        <source>Compare the two selected versions</source>
        <translation>对比所选的两个版本</translation>
    </message>
    <message>
        <source>Next / previous change in a diff</source>
        <translation>差异中的下一处 / 上一处变更</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>将代码保存为文件</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation>放大 / 缩小 / 重置</translation>
    </message>
    <message>
        <source>Copy the selected AppCodes</source>
        <translation>复制所选 AppCode</translation>
    </message>
    <message>
        <source>Reveal AppCodes</source>
        <translation>显示完整 AppCode</translation>
    </message>
    <message>
        <source>Next / previous AppCode page</source>
        <translation>AppCode 下一页 / 上一页</translation>
    </message>
    <message>
        <source>Edit / test the selected account</source>
        <translation>编辑 / 测试所选账号</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About CloudCodes</source>
        <translation>关于 CloudCodes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CloudCodes %1&lt;/h3&gt;&lt;p&gt;See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3 · libgit2 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CloudCodes %1&lt;/h3&gt;&lt;p&gt;查看、对比和复制阿里云 ESA 边缘函数与华为云 APIG AppCode。&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3 · libgit2 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改记录</translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>无法写入更改记录：%1</translation>
    </message>
    <message>
        <source>%1 · demo cloud at %2</source>
        <translation>%1 · 演示云：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The calls of the selected account go to %1</source>
        <translation>所选账号的请求发往 %1</translation>
    </message>
    <message>
        <source>Export &amp;History as Git Repository…</source>
        <translation>将历史导出为 Git 仓库(&amp;H)…</translation>
    </message>
    <message>
        <source>Annotate: the version that introduced each line</source>
        <translation>逐行追溯：引入每一行的版本</translation>
    </message>
    <message>
        <source>Open the change that introduced the line (annotated)</source>
        <translation>打开引入该行的变更（逐行追溯时）</translation>
    </message>
    <message>
        <source>A diff has no search: use F7 / Shift+F7 to go from change to change.</source>
        <translation>差异视图不能搜索：用 F7 / Shift+F7 在改动之间跳转。</translation>
    </message>
    <message>
        <source>Search routines or apps / find in the code</source>
        <translation>搜索边缘函数或应用 / 在代码中查找</translation>
    </message>
    <message>
        <source>Who serves this URL?</source>
        <translation>谁处理此 URL？</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>New Code Version of %1</source>
        <translation>%1 的新代码版本</translation>
    </message>
    <message>
        <source>Code file</source>
        <translation>代码文件</translation>
    </message>
    <message>
        <source>a JavaScript module, e.g. index.js</source>
        <translation>JavaScript 模块，例如 index.js</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Description of the new version</source>
        <translation>新版本的描述</translation>
    </message>
    <message>
        <source>what changed, as the version list will show it</source>
        <translation>改动了什么（将显示在版本列表中）</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Versions to delete to make room</source>
        <translation>为腾出空间要删除的版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Delete the Ticked Versions and Create</source>
        <translation>删除勾选的版本并创建</translation>
    </message>
    <message>
        <source>Deploy to &amp;Staging…</source>
        <translation>部署到预发环境(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create Version</source>
        <translation>创建版本(&amp;C)</translation>
    </message>
    <message>
        <source>Code for a New Version of %1</source>
        <translation>%1 新版本的代码</translation>
    </message>
    <message>
        <source>JavaScript (*.js *.mjs);;All files (*)</source>
        <translation>JavaScript (*.js *.mjs);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stopping before the next step…</source>
        <translation>将在下一步之前停止…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Cannot be uploaded: %1</source>
        <translation>无法上传：%1</translation>
    </message>
    <message>
        <source>%1 keeps no more versions, and every version is deployed: deploy or delete one first.</source>
        <translation>%1 无法保留更多版本，且所有版本都已部署：请先部署或删除一个版本。</translation>
    </message>
    <message>
        <source>%1 keeps no more versions. These are the oldest that no environment runs; delete the ticked ones to make room? Your code is uploaded already and waits.</source>
        <translation>%1 无法保留更多版本。以下是没有环境在运行的最旧版本；要删除勾选的版本以腾出空间吗？您的代码已上传，正在等待。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tick at least one version to delete.</source>
        <translation>请至少勾选一个要删除的版本。</translation>
    </message>
    <message>
        <source>Progress of the new version</source>
        <translation>新版本的进度</translation>
    </message>
    <message>
        <source>Browse &amp;Folder…</source>
        <translation>浏览文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Project folder or esa.jsonc</source>
        <translation>项目文件夹或 esa.jsonc</translation>
    </message>
    <message>
        <source>a folder, or a project's esa.jsonc</source>
        <translation>文件夹，或项目的 esa.jsonc</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>浏览文件夹</translation>
    </message>
    <message>
        <source>Browse esa.&amp;jsonc…</source>
        <translation>浏览 esa.jsonc(&amp;J)…</translation>
    </message>
    <message>
        <source>Browse for a project's esa.jsonc</source>
        <translation>浏览项目的 esa.jsonc</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Folder for a New Version of %1</source>
        <translation>%1 新版本的文件夹</translation>
    </message>
    <message>
        <source>Project for a New Version of %1</source>
        <translation>%1 新版本的项目</translation>
    </message>
    <message>
        <source>ESA project (esa.jsonc esa.toml)</source>
        <translation>ESA 项目 (esa.jsonc esa.toml)</translation>
    </message>
    <message>
        <source>Sends %1</source>
        <translation>将发送 %1</translation>
    </message>
</context>
<context>
    <name>PlacementChange</name>
    <message>
        <source>%1: %2 → %3 (%4, Sequence %5)</source>
        <translation>%1：%2 → %3（%4，顺序 %5）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the site's routes could not be read back (%2): check them before trying again.</source>
        <translation>应答丢失（%1），且无法读回站点的路由（%2）：请先检查后再重试。</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the custom domains could not be read back (%2): check them before trying again.</source>
        <translation>应答丢失（%1），且无法读回自定义域名（%2）：请先检查后再重试。</translation>
    </message>
    <message>
        <source>Route %1 was added.</source>
        <translation>已添加路由 %1。</translation>
    </message>
    <message>
        <source>The answer was lost, but route %1 is there: it was added.</source>
        <translation>应答丢失，但路由 %1 已存在：已添加。</translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is not there: nothing was added.</source>
        <translation>应答丢失，且路由 %1 不存在：未添加任何内容。</translation>
    </message>
    <message>
        <source>Route %1 was changed.</source>
        <translation>已修改路由 %1。</translation>
    </message>
    <message>
        <source>The answer was lost, but route %1 reads as changed.</source>
        <translation>应答丢失，但读回的路由 %1 已修改。</translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is unchanged.</source>
        <translation>应答丢失，且路由 %1 未改变。</translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is neither as it was nor as asked: check it.</source>
        <translation>应答丢失，且路由 %1 既不是原来的样子，也不是所要求的样子：请检查。</translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is gone.</source>
        <translation>应答丢失，且路由 %1 已不存在。</translation>
    </message>
    <message>
        <source>Route %1 was deleted.</source>
        <translation>已删除路由 %1。</translation>
    </message>
    <message>
        <source>The answer was lost and route %1 is still there.</source>
        <translation>应答丢失，且路由 %1 仍然存在。</translation>
    </message>
    <message>
        <source>The answer was lost, but route %1 is gone: it was deleted.</source>
        <translation>应答丢失，但路由 %1 已不存在：已删除。</translation>
    </message>
    <message>
        <source>Custom domain %1 was added.</source>
        <translation>已添加自定义域名 %1。</translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is there: it was added.</source>
        <translation>应答丢失，但 %1 已存在：已添加。</translation>
    </message>
    <message>
        <source>The answer was lost and %1 is not there: nothing was added.</source>
        <translation>应答丢失，且 %1 不存在：未添加任何内容。</translation>
    </message>
    <message>
        <source>Custom domain %1 was deleted.</source>
        <translation>已删除自定义域名 %1。</translation>
    </message>
    <message>
        <source>The answer was lost and %1 is still there.</source>
        <translation>应答丢失，且 %1 仍然存在。</translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is gone: it was deleted.</source>
        <translation>应答丢失，但 %1 已不存在：已删除。</translation>
    </message>
</context>
<context>
    <name>PlacementChangeDialog</name>
    <message>
        <source>This changes the cloud of %1. It is sent once and written to the change journal.</source>
        <translation>这会更改 %1 的云端内容。它只发送一次，并写入变更日志。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time CloudCodes starts.</source>
        <translation>新的语言将在 CloudCodes 下次启动时生效。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A request that makes no progress for this long fails.</source>
        <translation>请求在这么长时间内没有进展即视为失败。</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Clear copied &amp;AppCodes after:</source>
        <translation>复制的 AppCode 清除时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Cache of code versions</source>
        <translation>代码版本缓存</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>大小上限(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>清除缓存(&amp;C)</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>已使用：</translation>
    </message>
    <message>
        <source>Comparing versions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <source>Ignore changes in &amp;whitespace</source>
        <translation>忽略空白变化(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fold unchanged lines</source>
        <translation>折叠未变更的行(&amp;F)</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Myers</source>
        <translation>Myers</translation>
    </message>
    <message>
        <source>Context &amp;lines:</source>
        <translation>上下文行数(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>算法(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n version(s)</source>
        <translation>
            <numerusform>%1，共 %n 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RamRole</name>
    <message>
        <source>The policy is not valid JSON: %1 at character %2.</source>
        <translation>策略不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>The policy must be a JSON object (a RAM policy document).</source>
        <translation>策略必须是 JSON 对象（RAM 策略文档）。</translation>
    </message>
    <message>
        <source>The policy is %1 bytes long; STS takes at most %2.</source>
        <translation>策略长 %1 字节；STS 最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>A RAM role ARN looks like acs:ram::1234567890123456:role/deployer.</source>
        <translation>RAM 角色 ARN 形如 acs:ram::1234567890123456:role/deployer。</translation>
    </message>
    <message>
        <source>A session name is 2 to 64 letters, digits or . @ - _.</source>
        <translation>会话名称为 2 到 64 个字母、数字或 . @ - _。</translation>
    </message>
    <message>
        <source>A session lasts from %1 to %2 seconds.</source>
        <translation>会话时长为 %1 到 %2 秒。</translation>
    </message>
    <message>
        <source>An external ID is 2 to 1224 letters, digits or _ + = , . @ : / -.</source>
        <translation>外部 ID 为 2 到 1224 个字母、数字或 _ + = , . @ : / -。</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ResetAppSecretDialog</name>
    <message>
        <source>Reset the AppSecret of %1</source>
        <translation>重置 %1 的 AppSecret</translation>
    </message>
    <message>
        <source>The gateway makes a new AppSecret for %1. Callers that sign their requests with the old AppSecret break at once: they are refused from that moment, until they use the new one. AppCodes and the AppKey stay as they are.</source>
        <translation>网关将为 %1 生成新的 AppSecret。用旧 AppSecret 签名请求的调用方会立即中断：从那一刻起它们会被拒绝，直到改用新的 AppSecret。AppCode 和 AppKey 保持不变。</translation>
    </message>
    <message>
        <source>Type the app's name, %1, to confirm:</source>
        <translation>输入应用名称 %1 以确认：</translation>
    </message>
    <message>
        <source>The app's name, to confirm</source>
        <translation>用于确认的应用名称</translation>
    </message>
    <message>
        <source>&amp;Reset AppSecret</source>
        <translation>重置 AppSecret(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the AppSecret</source>
        <translation>重置 AppSecret</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Resolution</name>
    <message>
        <source>shadowed by an earlier route</source>
        <translation>被更早的路由遮蔽</translation>
    </message>
    <message>
        <source>passed over by a bypass route</source>
        <translation>被旁路路由跳过</translation>
    </message>
    <message>
        <source>disabled, would have matched</source>
        <translation>已禁用，否则会匹配</translation>
    </message>
    <message>
        <source>may match (depends on what a URL does not tell)</source>
        <translation>可能匹配（取决于 URL 无法体现的信息）</translation>
    </message>
    <message>
        <source>custom domain, taken by a route first (ranking not documented)</source>
        <translation>自定义域名，但先被路由接管（优先级未见文档）</translation>
    </message>
    <message>
        <source>No routine serves %1: no route of %2 matches and it is no custom domain.</source>
        <translation>没有函数处理 %1：%2 的路由都不匹配，且它不是自定义域名。</translation>
    </message>
    <message>
        <source>No routine serves %1: it belongs to no site of this account.</source>
        <translation>没有函数处理 %1：它不属于此账号的任何站点。</translation>
    </message>
    <message>
        <source>%1 is the default host of %2.</source>
        <translation>%1 是 %2 的默认主机。</translation>
    </message>
    <message>
        <source>%1 is a custom domain of %2.</source>
        <translation>%1 是 %2 的自定义域名。</translation>
    </message>
    <message>
        <source>Route %1 (%2) sends it to %3.</source>
        <translation>路由 %1（%2）将其发送到 %3。</translation>
    </message>
    <message>
        <source>When the function fails, the request goes back to the origin.</source>
        <translation>函数失败时，请求回源。</translation>
    </message>
    <message>
        <source>Bypass route %1 (%2) sends it past all functions, to the origin.</source>
        <translation>旁路路由 %1（%2）使其跳过所有函数，直接回源。</translation>
    </message>
    <message>
        <source>Production runs no version of %1.</source>
        <translation>生产环境未运行 %1 的任何版本。</translation>
    </message>
    <message>
        <source>Also matched: %1 — %2.</source>
        <translation>也匹配：%1 — %2。</translation>
    </message>
    <message>
        <source>How a custom domain ranks against routes is not documented: CloudCodes assumes routes run first.</source>
        <translation>自定义域名与路由的优先级未见文档：CloudCodes 假定路由优先。</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation>“%1”不是 http 或 https URL。</translation>
    </message>
</context>
<context>
    <name>RouteDraft</name>
    <message>
        <source>Enter a host/path pattern (shop.example.com/api/*) or a rule.</source>
        <translation>请输入 主机/路径 模式（shop.example.com/api/*）或规则。</translation>
    </message>
</context>
<context>
    <name>RouteEditorDialog</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Reading the account's sites…</source>
        <translation>正在读取账号的站点…</translation>
    </message>
    <message>
        <source>The sites could not be read: %1</source>
        <translation>无法读取站点：%1</translation>
    </message>
    <message>
        <source>Edit Route %1 of %2</source>
        <translation>编辑 %2 的路由 %1</translation>
    </message>
    <message>
        <source>Add a Route to %1</source>
        <translation>为 %1 添加路由</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Pattern or rule</source>
        <translation>模式或规则</translation>
    </message>
    <message>
        <source>shop.example.com/api/*  or  (http.host eq "shop.example.com")</source>
        <translation>shop.example.com/api/*  或  (http.host eq "shop.example.com")</translation>
    </message>
    <message>
        <source>&amp;Pattern or rule:</source>
        <translation>模式或规则(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Bypass: a match goes past all functions</source>
        <translation>旁路(&amp;B)：匹配的请求跳过所有函数</translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation>旁路</translation>
    </message>
    <message>
        <source>&amp;Fallback to the origin when the function fails</source>
        <translation>函数失败时回源(&amp;F)</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>失败回源</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>The route's place on its site: lower is evaluated first</source>
        <translation>路由在其站点中的位置：数值越小越先判断</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>顺序(&amp;Q)：</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>继续(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type a host/path pattern (shop.example.com/api/*) or a rule.</source>
        <translation>请输入 主机/路径 模式（shop.example.com/api/*）或规则。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>The rule sent: %1</source>
        <translation>将发送的规则：%1</translation>
    </message>
</context>
<context>
    <name>RoutePattern</name>
    <message>
        <source>Enter a host and path, such as shop.example.com/api/*</source>
        <translation>请输入主机和路径，例如 shop.example.com/api/*</translation>
    </message>
    <message>
        <source>Leave out the scheme: a route pattern is host/path, such as shop.example.com/api/*</source>
        <translation>请省略协议：路由模式为 主机/路径，例如 shop.example.com/api/*</translation>
    </message>
    <message>
        <source>A route pattern cannot contain quotes, backslashes, spaces or control characters</source>
        <translation>路由模式不能包含引号、反斜杠、空格或控制字符</translation>
    </message>
</context>
<context>
    <name>RoutineAnnotation</name>
    <message>
        <source>Version %1 could not be loaded for the annotation: %2</source>
        <translation>无法为逐行追溯加载版本 %1：%2</translation>
    </message>
    <message>
        <source>Version %1 is not among the versions of %2.</source>
        <translation>版本 %1 不在 %2 的版本之中。</translation>
    </message>
</context>
<context>
    <name>RoutineBrowser</name>
    <message>
        <source>Search routines (Ctrl+F)</source>
        <translation>搜索边缘函数（Ctrl+F）</translation>
    </message>
    <message>
        <source>Select an Alibaba Cloud account to see its edge routines.</source>
        <translation>请选择一个阿里云账号以查看其边缘函数。</translation>
    </message>
    <message>
        <source>Code versions</source>
        <translation>代码版本</translation>
    </message>
    <message>
        <source>Select a routine to see its code versions.</source>
        <translation>请选择一个边缘函数以查看其代码版本。</translation>
    </message>
    <message>
        <source>This routine has no code versions yet.</source>
        <translation>此边缘函数还没有代码版本。</translation>
    </message>
    <message>
        <source>Find in All Versions…</source>
        <translation>在所有版本中查找…</translation>
    </message>
    <message>
        <source>Search every code version of this routine (Ctrl+Shift+F)</source>
        <translation>搜索此边缘函数的所有代码版本（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>This account has no edge routines.</source>
        <translation>此账号没有边缘函数。</translation>
    </message>
    <message>
        <source>No routine matches "%1".</source>
        <translation>没有与“%1”匹配的边缘函数。</translation>
    </message>
    <message>
        <source>Choose a routine, then a code version (Enter or click opens it).</source>
        <translation>请选择一个边缘函数，再选择一个代码版本（回车或单击即可打开）。</translation>
    </message>
    <message>
        <source>Code versions of %1</source>
        <translation>%1 的代码版本</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Version ID</source>
        <translation>复制版本 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find in All Versions…</source>
        <translation>在所有版本中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a routine first.</source>
        <translation>请先选择一个边缘函数。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected Versions</source>
        <translation>对比所选版本(&amp;M)</translation>
    </message>
    <message>
        <source>Compare with &amp;Production</source>
        <translation>与生产版本对比(&amp;P)</translation>
    </message>
    <message>
        <source>Compare with Pre&amp;vious</source>
        <translation>与上一版本对比(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Select for Compare</source>
        <translation>选为对比对象(&amp;S)</translation>
    </message>
    <message>
        <source>Compare with Selected (%1)</source>
        <translation>与所选对比（%1）</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>与文件对比(&amp;F)…</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to compare, or use "Select for Compare" on one first.</source>
        <translation>请选择两个版本（Ctrl+单击）进行对比，或先对一个版本使用“选为对比对象”。</translation>
    </message>
    <message>
        <source>Choose a code version to compare with a file.</source>
        <translation>请选择一个要与文件对比的代码版本。</translation>
    </message>
    <message>
        <source>Compare %1 with File</source>
        <translation>将 %1 与文件对比</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>部署(&amp;D)…</translation>
    </message>
    <message>
        <source>Deploy the selected version to staging or production, at 100 % or as a canary</source>
        <translation>将所选版本以 100 % 或灰度方式部署到预发或生产环境</translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected versions (none that an environment runs)</source>
        <translation>删除所选版本（不包括环境正在运行的版本）</translation>
    </message>
    <message>
        <source>&amp;Roll Back Production to This Version…</source>
        <translation>将生产环境回滚到此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete Version…</source>
        <translation>删除版本(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n Versions…</source>
        <translation>
            <numerusform>删除 %n 个版本(&amp;L)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Version (not possible: %1)</source>
        <translation>删除版本（不可行：%1）</translation>
    </message>
    <message>
        <source>&amp;New Version from File…</source>
        <translation>从文件创建新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>The new version %1 was created.</source>
        <translation>已创建新版本 %1。</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>搜索边缘函数</translation>
    </message>
    <message>
        <source>Edge routines</source>
        <translation>边缘函数</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>逐行追溯(&amp;A)</translation>
    </message>
    <message>
        <source>Show beside each line the version that introduced it (Ctrl+Shift+A)</source>
        <translation>在每一行旁显示引入它的版本（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>E&amp;xport History as Git Repository…</source>
        <translation>将历史导出为 Git 仓库(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the History of %1 into a Folder</source>
        <translation>将 %1 的历史导出到文件夹</translation>
    </message>
    <message>
        <source>Upload a local file, or for a routine with assets a folder or esa.jsonc, as a new code version</source>
        <translation>上传本地文件（对带静态资源的函数则为文件夹或 esa.jsonc）作为新的代码版本</translation>
    </message>
    <message>
        <source>Deploy (not possible: %1)</source>
        <translation>部署（不可用：%1）</translation>
    </message>
    <message>
        <source>&amp;New Version from Folder…</source>
        <translation>从文件夹新建版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare with F&amp;older…</source>
        <translation>与文件夹比较(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a code version to compare with a folder.</source>
        <translation>请选择要与文件夹比较的代码版本。</translation>
    </message>
    <message>
        <source>Compare %1 with Folder</source>
        <translation>将 %1 与文件夹比较</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Code versions or where the routine runs</source>
        <translation>代码版本或函数的运行位置</translation>
    </message>
    <message>
        <source>Code Versions</source>
        <translation>代码版本</translation>
    </message>
    <message>
        <source>Runs &amp;On</source>
        <translation>运行位置(&amp;O)</translation>
    </message>
    <message>
        <source>Who Serves This &amp;URL?…</source>
        <translation>谁处理此 URL(&amp;U)？…</translation>
    </message>
    <message>
        <source>Select an Alibaba Cloud account first.</source>
        <translation>请先选择阿里云账号。</translation>
    </message>
</context>
<context>
    <name>RoutineChange</name>
    <message>
        <source>The answer was lost (%1) and the routine could not be read back (%2): check it before trying again.</source>
        <translation>应答丢失（%1），且无法回读函数（%2）：请在重试前先检查。</translation>
    </message>
</context>
<context>
    <name>RoutineCodeDecoder</name>
    <message>
        <source>'%1'</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>'%1' (U+%2)</source>
        <translation>“%1”（U+%2）</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>字节 0x%1</translation>
    </message>
    <message>
        <source>Invalid character '=' at offset %1 of the base64 code: padding may only come at the end.</source>
        <translation>base64 代码偏移 %1 处的字符“=”无效：填充只能出现在末尾。</translation>
    </message>
    <message>
        <source>Invalid character %1 at offset %2 of the base64 code.</source>
        <translation>base64 代码偏移 %2 处有无效字符 %1。</translation>
    </message>
</context>
<context>
    <name>RoutineHistoryExport</name>
    <message>
        <source>Version %1 could not be loaded: %2</source>
        <translation>无法加载版本 %1：%2</translation>
    </message>
    <message>
        <source>Choose an account, a routine and a folder to export into.</source>
        <translation>请选择账号、边缘函数和要导出到的文件夹。</translation>
    </message>
    <message>
        <source>The routine %1 could not be read: %2</source>
        <translation>无法读取边缘函数 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n commit(s); the repository holds them, and exporting again goes on from there.</source>
        <translation>
            <numerusform>已在 %n 个提交后取消；仓库保留了这些提交，再次导出会从那里继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) added</source>
        <translation>
            <numerusform>新增 %n 个提交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no new versions (%n already exported)</source>
        <translation>
            <numerusform>没有新版本（%n 个已导出）</numerusform>
        </translation>
    </message>
    <message>
        <source>tags moved: %1</source>
        <translation>移动的标签：%1</translation>
    </message>
    <message>
        <source>no tag moved</source>
        <translation>没有移动标签</translation>
    </message>
    <message>
        <source>tags removed: %1</source>
        <translation>删除的标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>; %n version(s) older than the newest exported one could not be placed: %1</source>
        <translation>
            <numerusform>；%n 个比已导出的最新版本更旧的版本无法放入：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>Routine</source>
        <translation>边缘函数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>RoutinePlacement</name>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>旁路</translation>
    </message>
    <message>
        <source>fallback to origin</source>
        <translation>失败回源</translation>
    </message>
</context>
<context>
    <name>RoutineSnapshot</name>
    <message>
        <source>%1: nothing</source>
        <translation>%1：无</translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>This string has no closing quote</source>
        <translation>此字符串缺少右引号</translation>
    </message>
    <message>
        <source>Named lists ($…) are not supported</source>
        <translation>不支持命名列表（$…）</translation>
    </message>
    <message>
        <source>Unexpected character “%1”</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>规则结尾</translation>
    </message>
    <message>
        <source>Expected “and”, “or” or the end of the rule, found %1</source>
        <translation>应为“and”、“or”或规则结尾，实际为 %1</translation>
    </message>
    <message>
        <source>The rule is nested too deeply</source>
        <translation>规则嵌套过深</translation>
    </message>
    <message>
        <source>Expected “and”, “or” or the “)” of the “(” at column %1, found %2</source>
        <translation>应为“and”、“or”或与第 %1 列“(”对应的“)”，实际为 %2</translation>
    </message>
    <message>
        <source>The first argument of %1 must be a field</source>
        <translation>%1 的第一个参数必须是字段</translation>
    </message>
    <message>
        <source>Unknown operator %1</source>
        <translation>未知运算符 %1</translation>
    </message>
    <message>
        <source>Expected an operator (eq, ne, contains, matches, in), found %1</source>
        <translation>应为运算符（eq、ne、contains、matches、in），实际为 %1</translation>
    </message>
    <message>
        <source>The rule has more than %1 conditions</source>
        <translation>规则的条件超过 %1 个</translation>
    </message>
    <message>
        <source>Expected a field such as http.host, found %1</source>
        <translation>应为字段（如 http.host），实际为 %1</translation>
    </message>
    <message>
        <source>Unknown function %1</source>
        <translation>未知函数 %1</translation>
    </message>
    <message>
        <source>Unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>Expected a quoted string, found %1</source>
        <translation>应为带引号的字符串，实际为 %1</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>Unknown escape in a string: only \" and \\ are allowed</source>
        <translation>字符串中有未知的转义：只允许 \" 和 \\</translation>
    </message>
    <message>
        <source>Expected “%1”, found %2</source>
        <translation>应为“%1”，实际为 %2</translation>
    </message>
    <message>
        <source>The rule is empty</source>
        <translation>规则为空</translation>
    </message>
    <message>
        <source>This is not a rule</source>
        <translation>这不是规则</translation>
    </message>
</context>
<context>
    <name>RunsOnPanel</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>matches nothing: %1</source>
        <translation>不匹配任何请求：%1</translation>
    </message>
    <message>
        <source>never wins: shadowed by %1</source>
        <translation>永远不会生效：被 %1 遮蔽</translation>
    </message>
    <message>
        <source>overlaps %1</source>
        <translation>与 %1 重叠</translation>
    </message>
    <message>
        <source>Custom domains</source>
        <translation>自定义域名</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>自定义域名</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>开关</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Routes, in the order the service evaluates them</source>
        <translation>路由，按服务判断的顺序排列</translation>
    </message>
    <message>
        <source>Add &amp;Route…</source>
        <translation>添加路由(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a route that sends matching requests to this routine</source>
        <translation>添加一条将匹配的请求发送到此函数的路由</translation>
    </message>
    <message>
        <source>Edi&amp;t Route…</source>
        <translation>编辑路由(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the selected route</source>
        <translation>修改所选路由</translation>
    </message>
    <message>
        <source>Delete Ro&amp;ute</source>
        <translation>删除路由(&amp;U)</translation>
    </message>
    <message>
        <source>Delete the selected route</source>
        <translation>删除所选路由</translation>
    </message>
    <message>
        <source>Add Do&amp;main…</source>
        <translation>添加域名(&amp;M)…</translation>
    </message>
    <message>
        <source>Make this routine serve a whole host of a site</source>
        <translation>让此函数完整处理站点的某个主机</translation>
    </message>
    <message>
        <source>Delete Domai&amp;n</source>
        <translation>删除域名(&amp;N)</translation>
    </message>
    <message>
        <source>Delete the selected custom domain</source>
        <translation>删除所选自定义域名</translation>
    </message>
    <message>
        <source>Reading where the routine runs…</source>
        <translation>正在读取函数的运行位置…</translation>
    </message>
    <message>
        <source>Where the routine runs could not be read: %1</source>
        <translation>无法读取函数的运行位置：%1</translation>
    </message>
    <message>
        <source>Select a routine to see where it runs.</source>
        <translation>选择一个函数以查看它的运行位置。</translation>
    </message>
    <message>
        <source>No default host</source>
        <translation>没有默认主机</translation>
    </message>
    <message>
        <source>Default host: %1</source>
        <translation>默认主机：%1</translation>
    </message>
    <message>
        <source>Add a Route</source>
        <translation>添加路由</translation>
    </message>
    <message>
        <source>Add the route %1 on the site %2:
%3</source>
        <translation>在站点 %2 上添加路由 %1：
%3</translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation>添加路由(&amp;A)</translation>
    </message>
    <message>
        <source>Edit a Route</source>
        <translation>编辑路由</translation>
    </message>
    <message>
        <source>Change the route %1 on the site %2
from: %3
to:   %4</source>
        <translation>修改站点 %2 上的路由 %1
原为：%3
改为：%4</translation>
    </message>
    <message>
        <source>&amp;Change Route</source>
        <translation>修改路由(&amp;C)</translation>
    </message>
    <message>
        <source>Delete a Route</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <source>Delete the route %1 on the site %2 for good:
%3</source>
        <translation>永久删除站点 %2 上的路由 %1：
%3</translation>
    </message>
    <message>
        <source>&amp;Delete Route</source>
        <translation>删除路由(&amp;D)</translation>
    </message>
    <message>
        <source>Add a Custom Domain</source>
        <translation>添加自定义域名</translation>
    </message>
    <message>
        <source>Make %1 serve every request to %2 (site %3).</source>
        <translation>让 %1 处理发往 %2（站点 %3）的所有请求。</translation>
    </message>
    <message>
        <source>&amp;Add Domain</source>
        <translation>添加域名(&amp;A)</translation>
    </message>
    <message>
        <source>Delete a Custom Domain</source>
        <translation>删除自定义域名</translation>
    </message>
    <message>
        <source>Stop %1 from serving %2 (site %3): delete the custom domain.</source>
        <translation>让 %1 不再处理 %2（站点 %3）：删除该自定义域名。</translation>
    </message>
    <message>
        <source>&amp;Delete Domain</source>
        <translation>删除域名(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show or hide</source>
        <translation>显示或隐藏</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>TrafficPlan</name>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 at %2 %</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>UrlResolverDialog</name>
    <message>
        <source>Who Serves This URL? — %1</source>
        <translation>谁处理此 URL？— %1</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://shop.example.com/api/orders</source>
        <translation>https://shop.example.com/api/orders</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解析(&amp;R)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
    <message>
        <source>Reload the account's routes</source>
        <translation>重新读取账号的路由</translation>
    </message>
    <message>
        <source>Read the account's sites, routes and custom domains again (F5)</source>
        <translation>重新读取账号的站点、路由和自定义域名（F5）</translation>
    </message>
    <message>
        <source>Who serves the URL</source>
        <translation>谁处理此 URL</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Select an Alibaba Cloud account first.</source>
        <translation>请先选择阿里云账号。</translation>
    </message>
    <message>
        <source>Reading the account's sites, routes and custom domains…</source>
        <translation>正在读取账号的站点、路由和自定义域名…</translation>
    </message>
    <message>
        <source>The account's routes could not be read: %1</source>
        <translation>无法读取账号的路由：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), %1 route(s), %2 custom domain(s).</source>
        <translation>
            <numerusform>%n 个站点，%1 条路由，%2 个自定义域名。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDeletion</name>
    <message>
        <source>%1 runs it at %2 %</source>
        <translation>%1 正以 %2 % 运行它</translation>
    </message>
    <message>
        <source>%1 runs it as a canary</source>
        <translation>%1 正以灰度方式运行它</translation>
    </message>
    <message>
        <source>No version was deleted.</source>
        <translation>未删除任何版本。</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>已删除：%1。</translation>
    </message>
    <message>
        <source>Not deleted: %1.</source>
        <translation>未删除：%1。</translation>
    </message>
    <message>
        <source>Checking that no environment runs them…</source>
        <translation>正在确认没有环境在运行它们…</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1 cannot be deleted (%2).</source>
        <translation>未删除任何版本：%1 无法删除（%2）。</translation>
    </message>
    <message>
        <source>Nothing was deleted: the routine could not be read (%1).</source>
        <translation>未删除任何版本：无法读取函数（%1）。</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>已停止。%1</translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>正在删除 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>The answer was lost, but %1 is gone: it was deleted.</source>
        <translation>应答丢失，但 %1 已不存在：它已被删除。</translation>
    </message>
    <message>
        <source>The answer was lost and %1 is still there.</source>
        <translation>应答丢失，且 %1 仍然存在。</translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation>%1 失败：%2。%3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
</context>
<context>
    <name>VersionSearch</name>
    <message>
        <source>Enter something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at %2).</source>
        <translation>正则表达式无效：%1（位置 %2）。</translation>
    </message>
</context>
<context>
    <name>VersionSearchDialog</name>
    <message>
        <source>Find in All Versions</source>
        <translation>在所有版本中查找</translation>
    </message>
    <message>
        <source>Text or regular expression</source>
        <translation>文本或正则表达式</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Version / line</source>
        <translation>版本 / 行</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message numerus="yes">
        <source>Searched %1 of %2 versions, %n match(es) so far…</source>
        <translation>
            <numerusform>已搜索 %2 个版本中的 %1 个，目前共 %n 处匹配…</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be searched: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <source>Find in All Versions of %1</source>
        <translation>在 %1 的所有版本中查找</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>in %n version(s).</source>
        <translation>
            <numerusform>分布在 %n 个版本中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) could not be searched.</source>
        <translation>
            <numerusform>%n 个版本无法搜索。</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest version containing it: %1.</source>
        <translation>包含它的最早版本：%1。</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run “cloudcodes --help” to see the options.</source>
        <translation>运行“cloudcodes --help”查看选项。</translation>
    </message>
</context>
</TS>