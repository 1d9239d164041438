<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OAuthDesk</name>
    <message>
        <source>provider preset</source>
        <translation>提供方预设</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, dots, dashes and underscores.</source>
        <translation>%1 只能包含字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>The %1 is not a valid URL.</source>
        <translation>%1 不是有效的 URL。</translation>
    </message>
    <message>
        <source>The %1 must not have a query or fragment.</source>
        <translation>%1 不能带有查询或片段。</translation>
    </message>
    <message>
        <source>The %1 must use https (plain http only for this computer).</source>
        <translation>%1 必须使用 https（仅本机可用普通 http）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>“%1”不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https (plain http only for this computer): %2</source>
        <translation>“%1”必须使用 https（仅本机可用普通 http）：%2</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; must not have a query or fragment.</source>
        <translation>“issuer”不能带有查询或片段。</translation>
    </message>
    <message>
        <source>No keychain service is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus). Nothing was stored.</source>
        <translation>没有可用的钥匙串服务（在 Linux 上：会话总线上的 Secret Service，如 GNOME Keyring 或 KWallet）。未存储任何内容。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>账户需要一个名称。</translation>
    </message>
    <message>
        <source>The account needs a client ID.</source>
        <translation>账户需要客户端 ID。</translation>
    </message>
    <message>
        <source>The grant type &quot;%1&quot; is not supported (use one of: %2).</source>
        <translation>不支持授权类型“%1”（请使用以下之一：%2）。</translation>
    </message>
    <message>
        <source>The client authentication &quot;%1&quot; is not supported (use none, client_secret_basic or client_secret_post).</source>
        <translation>不支持客户端认证方式“%1”（请使用 none、client_secret_basic 或 client_secret_post）。</translation>
    </message>
    <message>
        <source>The client credentials grant is for confidential clients: choose client_secret_basic or client_secret_post and give the client secret.</source>
        <translation>客户端凭据授权用于机密客户端：请选择 client_secret_basic 或 client_secret_post 并提供客户端密钥。</translation>
    </message>
    <message>
        <source>The device grant needs the server&apos;s device authorization endpoint (discovery finds it).</source>
        <translation>设备授权需要服务器的设备授权端点（发现可找到它）。</translation>
    </message>
    <message>
        <source>The redirect port must be between 1 and 65535.</source>
        <translation>重定向端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>The account needs an authorization endpoint (or an issuer to discover it from).</source>
        <translation>账户需要授权端点（或可从中发现它的签发者）。</translation>
    </message>
    <message>
        <source>The account needs a token endpoint (or an issuer to discover it from).</source>
        <translation>账户需要令牌端点（或可从中发现它的签发者）。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountActions</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an account (%1)</source>
        <translation>添加账户（%1）</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>删除账户(&amp;R)…</translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation>无法添加账户：%1</translation>
    </message>
    <message>
        <source>The account was added, but the system keychain could not keep its registration. %1</source>
        <translation>账户已添加，但系统钥匙串无法保存其注册信息。%1</translation>
    </message>
    <message>
        <source>The account was added, but the system keychain could not store its client secret, so it cannot sign in yet. Set the secret again once the keychain works (oauthdesk account secret NAME). %1</source>
        <translation>账户已添加，但系统钥匙串无法存储其客户端密钥，因此暂时无法登录。待钥匙串可用后请重新设置密钥（oauthdesk account secret NAME）。%1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>删除账户“%1”？</translation>
    </message>
    <message>
        <source>OAuthDesk signs it out and deletes its tokens from the system keychain. The server may still list the sign-in until it expires there.</source>
        <translation>OAuthDesk 会将其退出登录，并从系统钥匙串中删除其令牌。在服务器上该登录可能仍会列出，直到在那里过期。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The tokens of “%1” could not be deleted from the system keychain.</source>
        <translation>无法从系统钥匙串中删除“%1”的令牌。</translation>
    </message>
    <message>
        <source>%1

Remove the account anyway? Its tokens may stay in the keychain.</source>
        <translation>%1

仍要删除该账户吗？其令牌可能会留在钥匙串中。</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <source>The account was kept: %1</source>
        <translation>账户已保留：%1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>无法删除账户：%1</translation>
    </message>
    <message>
        <source>The account&apos;s request history could not be removed: %1</source>
        <translation>无法删除账户的请求历史：%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountImport</name>
    <message>
        <source>&quot;%1&quot; has no issuer, so its endpoints can only come from the file.</source>
        <translation>“%1”没有颁发者，因此其端点只能来自文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its issuer&apos;s endpoints could not be discovered (%2).</source>
        <translation>“%1”：无法发现其颁发者的端点（%2）。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported. These endpoints are the file&apos;s word alone; if they are right, import again accepting them (--accept-endpoints):
%2</source>
        <translation>%1 未导入任何账户。这些端点仅出自文件本身；如果它们正确，请接受它们后重新导入（--accept-endpoints）：
%2</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountListModel</name>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1（旧式）</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Refresh failing: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in, token expired at %1</source>
        <translation>已登录，令牌已于 %1 过期</translation>
    </message>
    <message>
        <source>Signed in until %1</source>
        <translation>已登录，有效期至 %1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountListView</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inspect Tokens</source>
        <translation>检查令牌(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>HTTP &amp;Log</source>
        <translation>HTTP 日志(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2); it was left as it is.</source>
        <translation>账户文件 %1 已损坏（%2）；已保持原样。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The accounts file is locked by another OAuthDesk.</source>
        <translation>账户文件已被另一个 OAuthDesk 锁定。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的账户已存在。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountTransfer</name>
    <message>
        <source>The file is not an OAuthDesk account export (not a JSON object).</source>
        <translation>该文件不是 OAuthDesk 账户导出文件（不是 JSON 对象）。</translation>
    </message>
    <message>
        <source>The file is not an OAuthDesk account export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>该文件不是 OAuthDesk 账户导出文件（其“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The export&apos;s version is not %1: it was written by another OAuthDesk version.</source>
        <translation>导出文件的版本不是 %1：它由另一个版本的 OAuthDesk 写入。</translation>
    </message>
    <message>
        <source>The export has no &quot;accounts&quot; list.</source>
        <translation>导出文件中没有“accounts”列表。</translation>
    </message>
    <message>
        <source>Account %1 in the file has no name.</source>
        <translation>文件中的账户 %1 没有名称。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; in the file is not usable: %2</source>
        <translation>文件中的账户“%1”不可用：%2</translation>
    </message>
    <message>
        <source>The file has two accounts named &quot;%1&quot;.</source>
        <translation>文件中有两个名为“%1”的账户。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>例如：工作</translation>
    </message>
    <message>
        <source>from the provider&apos;s app registration</source>
        <translation>来自提供方的应用注册</translation>
    </message>
    <message>
        <source>None — public client</source>
        <translation>无 — 公共客户端</translation>
    </message>
    <message>
        <source>Client secret (HTTP Basic)</source>
        <translation>客户端密钥（HTTP Basic）</translation>
    </message>
    <message>
        <source>Client secret (in the request body)</source>
        <translation>客户端密钥（放在请求正文中）</translation>
    </message>
    <message>
        <source>How the application proves who it is to the token endpoint. Apps on a desktop are usually public clients, without a secret.</source>
        <translation>应用程序向令牌端点证明自身身份的方式。桌面应用通常是公共客户端，没有密钥。</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the accounts file.</source>
        <translation>保存在系统钥匙串中，绝不写入账户文件。</translation>
    </message>
    <message>
        <source>the user name at this server</source>
        <translation>在此服务器上的用户名</translation>
    </message>
    <message>
        <source>The password is asked for at each sign-in and never stored.</source>
        <translation>每次登录时询问密码，绝不存储。</translation>
    </message>
    <message>
        <source>Use a fixed redirect port</source>
        <translation>使用固定的重定向端口</translation>
    </message>
    <message>
        <source>For servers that only accept a registered redirect URI with a port. Otherwise a free port is chosen for each sign-in.</source>
        <translation>用于只接受带端口的已注册重定向 URI 的服务器。否则每次登录都会选择一个空闲端口。</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>重定向端口</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>签发者 URL(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>授权类型(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>客户端认证(&amp;A)：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>权限范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Advanced: endpoints for servers without discovery</source>
        <translation>高级：适用于不支持发现的服务器的端点</translation>
    </message>
    <message>
        <source>A&amp;uthorization endpoint:</source>
        <translation>授权端点(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Token endpoint:</source>
        <translation>令牌端点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>添加账户(&amp;A)</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>not needed for a public client</source>
        <translation>公共客户端无需此项</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 不是有效的 URL。</translation>
    </message>
    <message>
        <source>%1 must use https (plain http only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>%1 必须使用 https（仅本机可用普通 http：localhost、127.0.0.1 或 ::1）。</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>服务器提供：%1</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>请输入账户名称。</translation>
    </message>
    <message>
        <source>An account named “%1” already exists: choose another name.</source>
        <translation>名为“%1”的账户已存在：请另选一个名称。</translation>
    </message>
    <message>
        <source>The issuer URL</source>
        <translation>签发者 URL</translation>
    </message>
    <message>
        <source>The authorization endpoint</source>
        <translation>授权端点</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>令牌端点</translation>
    </message>
    <message>
        <source>Looking up the issuer&apos;s endpoints…</source>
        <translation>正在查询签发者的端点…</translation>
    </message>
    <message>
        <source>Enter the token endpoint under Advanced too.</source>
        <translation>还需在“高级”中输入令牌端点。</translation>
    </message>
    <message>
        <source>Enter the authorization endpoint under Advanced too.</source>
        <translation>还需在“高级”中输入授权端点。</translation>
    </message>
    <message>
        <source>Press Discover to find the server&apos;s endpoints, or enter both endpoints under Advanced.</source>
        <translation>按“发现”查找服务器的端点，或在“高级”中输入两个端点。</translation>
    </message>
    <message>
        <source>Enter the issuer URL and press Discover, or enter both endpoints under Advanced.</source>
        <translation>输入签发者 URL 并按“发现”，或在“高级”中输入两个端点。</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>令牌端点</translation>
    </message>
    <message>
        <source>the authorization endpoint</source>
        <translation>授权端点</translation>
    </message>
    <message>
        <source>Press Discover to find the server&apos;s endpoints, or enter %1 under Advanced.</source>
        <translation>按“发现”查找服务器的端点，或在“高级”中输入%1。</translation>
    </message>
    <message>
        <source>Enter the issuer URL and press Discover, or enter %1 under Advanced.</source>
        <translation>输入签发者 URL 并按“发现”，或在“高级”中输入%1。</translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s app registration.</source>
        <translation>请输入提供方应用注册中的客户端 ID。</translation>
    </message>
    <message>
        <source>The client credentials grant is for confidential clients: choose a client secret under Client authentication and enter the secret.</source>
        <translation>客户端凭据授权用于机密客户端：请在“客户端认证”中选择一种客户端密钥方式并输入密钥。</translation>
    </message>
    <message>
        <source>Enter the client secret, or choose None for a public client.</source>
        <translation>请输入客户端密钥，或为公共客户端选择“无”。</translation>
    </message>
    <message>
        <source>Enter your user name at this server for the password grant.</source>
        <translation>请输入您在此服务器上的用户名以使用密码授权。</translation>
    </message>
    <message>
        <source>%1 publishes no discovery document: the preset has its endpoints.</source>
        <translation>%1 不发布发现文档：预设中已包含其端点。</translation>
    </message>
    <message>
        <source>leave empty to register OAuthDesk automatically</source>
        <translation>留空即可自动注册 OAuthDesk</translation>
    </message>
    <message>
        <source>Registering OAuthDesk at the server…</source>
        <translation>正在服务器上注册 OAuthDesk…</translation>
    </message>
    <message>
        <source>The server did not register OAuthDesk: %1</source>
        <translation>服务器未注册 OAuthDesk：%1</translation>
    </message>
    <message>
        <source>Registered as client %1.</source>
        <translation>已注册为客户端 %1。</translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s app registration (this server offers no automatic registration).</source>
        <translation>请输入提供方应用注册中的客户端 ID（此服务器不提供自动注册）。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AdditionalTokenDialog</name>
    <message>
        <source>Token with Narrower Scope — %1</source>
        <translation>权限范围更窄的令牌 — %1</translation>
    </message>
    <message>
        <source>Get an additional access token limited to some of the granted scopes, for a tool that should not have them all. The account keeps its own token.</source>
        <translation>获取一个仅限部分已授予权限范围的额外访问令牌，供不应拥有全部权限的工具使用。账户保留其自身的令牌。</translation>
    </message>
    <message>
        <source>space-separated, e.g. openid profile</source>
        <translation>以空格分隔，例如 openid profile</translation>
    </message>
    <message>
        <source>&amp;Get Token</source>
        <translation>获取令牌(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>权限范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the access token; the clipboard is cleared again after 30 seconds</source>
        <translation>复制访问令牌；30 秒后会再次清空剪贴板</translation>
    </message>
    <message>
        <source>Granted scope:</source>
        <translation>已授予的权限范围：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>正在请求令牌…</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>没有令牌：%1</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the server did not say</source>
        <translation>服务器未说明</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AuthorizationCodeFlow</name>
    <message>
        <source>The server accepted the sign-in request but sent no request_uri.</source>
        <translation>服务器接受了登录请求，但未发送 request_uri。</translation>
    </message>
    <message>
        <source>The sign-in answer came from another issuer (%1) than this account&apos;s.</source>
        <translation>登录应答来自另一个签发者（%1），而不是此账户的签发者。</translation>
    </message>
    <message>
        <source>The sign-in answer does not name its issuer, although the server promises to (RFC 9207).</source>
        <translation>登录应答未注明其签发者，尽管服务器承诺会注明（RFC 9207）。</translation>
    </message>
    <message>
        <source>The sign-in answer carries neither a code nor an error.</source>
        <translation>登录应答既没有授权码也没有错误。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClaimsTableModel</name>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>How the token is signed (RFC 7515 §4.1.1)</source>
        <translation>令牌的签名方式（RFC 7515 §4.1.1）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The media type of the whole token, e.g. JWT or at+jwt</source>
        <translation>整个令牌的媒体类型，例如 JWT 或 at+jwt</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Which key of the issuer&apos;s key set signed the token</source>
        <translation>签发者密钥集中签署该令牌的密钥</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Key set URL</source>
        <translation>密钥集 URL</translation>
    </message>
    <message>
        <source>Never trusted: keys come from the issuer&apos;s own jwks_uri</source>
        <translation>从不信任：密钥来自签发者自己的 jwks_uri</translation>
    </message>
    <message>
        <source>Embedded key</source>
        <translation>内嵌密钥</translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translation>证书 URL</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Certificate thumbprint (SHA-1)</source>
        <translation>证书指纹（SHA-1）</translation>
    </message>
    <message>
        <source>Certificate thumbprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Critical extensions</source>
        <translation>关键扩展</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发者</translation>
    </message>
    <message>
        <source>Who issued the token</source>
        <translation>令牌的签发者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Whom the token is about: the user&apos;s ID at the issuer</source>
        <translation>令牌所涉及的对象：用户在签发者处的 ID</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Who the token is for; anyone else must refuse it</source>
        <translation>令牌的接收方；其他任何人都必须拒绝它</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>The token must not be accepted after this time</source>
        <translation>此时间之后不得接受该令牌</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>The token must not be accepted before this time</source>
        <translation>此时间之前不得接受该令牌</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>When the user last authenticated</source>
        <translation>用户最近一次认证的时间</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>令牌 ID</translation>
    </message>
    <message>
        <source>A unique identifier of this token</source>
        <translation>此令牌的唯一标识符</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>授权方</translation>
    </message>
    <message>
        <source>The client the ID token was issued to</source>
        <translation>ID 令牌签发给的客户端</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Binds the ID token to the sign-in that asked for it</source>
        <translation>将 ID 令牌绑定到请求它的那次登录</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>Authentication class</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation>访问令牌哈希</translation>
    </message>
    <message>
        <source>Code hash</source>
        <translation>授权码哈希</translation>
    </message>
    <message>
        <source>Confirmation key</source>
        <translation>确认密钥</translation>
    </message>
    <message>
        <source>The key the holder must prove it has (sender-constrained)</source>
        <translation>持有者必须证明其拥有的密钥（发送方约束）</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行为者</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation>电子邮件已验证</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>资料更新时间</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC（%2）</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientCredentialsFlow</name>
    <message>
        <source>The client credentials grant needs a client secret (client_secret_basic or client_secret_post).</source>
        <translation>客户端凭据授权需要客户端密钥（client_secret_basic 或 client_secret_post）。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientRegistration</name>
    <message>
        <source>The registration endpoint refused to register OAuthDesk.</source>
        <translation>注册端点拒绝注册 OAuthDesk。</translation>
    </message>
    <message>
        <source>The registration endpoint&apos;s answer is not a JSON object.</source>
        <translation>注册端点的应答不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The registration endpoint&apos;s answer has no client_id.</source>
        <translation>注册端点的应答中没有 client_id。</translation>
    </message>
    <message>
        <source>The registration endpoint&apos;s answer has a field of the wrong type.</source>
        <translation>注册端点的应答中有字段类型错误。</translation>
    </message>
    <message>
        <source>The server registered OAuthDesk with the client authentication &quot;%1&quot;, which OAuthDesk does not support.</source>
        <translation>服务器以客户端认证方式“%1”注册了 OAuthDesk，但 OAuthDesk 不支持该方式。</translation>
    </message>
    <message>
        <source>The server registered a confidential client but sent no client secret.</source>
        <translation>服务器注册了机密客户端，但未发送客户端密钥。</translation>
    </message>
    <message>
        <source>The server&apos;s registration_client_uri is not an https address.</source>
        <translation>服务器的 registration_client_uri 不是 https 地址。</translation>
    </message>
    <message>
        <source>The server offers no registration endpoint.</source>
        <translation>服务器不提供注册端点。</translation>
    </message>
    <message>
        <source>The server&apos;s client_secret_expires_at is not a time.</source>
        <translation>服务器的 client_secret_expires_at 不是一个时间。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientRegistrationStep</name>
    <message>
        <source>The server offers no client registration endpoint: give the client ID of an application registered there.</source>
        <translation>服务器不提供客户端注册端点：请给出在该服务器上注册的应用的客户端 ID。</translation>
    </message>
    <message>
        <source>OAuthDesk registers itself for the authorization code grant only: give the client ID of an application registered for the %1 grant.</source>
        <translation>OAuthDesk 只为授权码授权注册自身：请给出为 %1 授权注册的应用的客户端 ID。</translation>
    </message>
    <message>
        <source>OAuthDesk registers itself as a public client: give the client ID and secret of a confidential application registered at the server.</source>
        <translation>OAuthDesk 以公共客户端注册自身：请给出在该服务器上注册的机密应用的客户端 ID 和密钥。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientSecrets</name>
    <message>
        <source>No client secret is stored for this account: set it first (oauthdesk account secret NAME).</source>
        <translation>此账户未存储客户端密钥：请先设置（oauthdesk account secret NAME）。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::CommandLine</name>
    <message>
        <source>Unknown account verb &quot;%1&quot;: use add, list, secret, remove, export or import.</source>
        <translation>未知的 account 动词“%1”：请使用 add、list、secret、remove、export 或 import。</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>未知动词“%1”。</translation>
    </message>
    <message>
        <source>Run oauthdesk login NAME --switch-user to switch the account to that user.</source>
        <translation>运行 oauthdesk login NAME --switch-user 将该账户切换到该用户。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (oauthdesk account list shows them).</source>
        <translation>没有名为“%1”的账户（oauthdesk account list 会列出所有账户）。</translation>
    </message>
    <message>
        <source>Adds an account. With --issuer alone, its endpoints are discovered (RFC 8414 / OpenID Connect Discovery, exact issuer match).</source>
        <translation>添加一个账户。仅给出 --issuer 时，会自动发现其端点（RFC 8414 / OpenID Connect Discovery，签发者须完全匹配）。</translation>
    </message>
    <message>
        <source>What to call the account.</source>
        <translation>账户的名称。</translation>
    </message>
    <message>
        <source>The authorization server&apos;s issuer URL.</source>
        <translation>授权服务器的签发者 URL。</translation>
    </message>
    <message>
        <source>The client ID registered at the server. Without it, OAuthDesk registers itself at the server&apos;s registration endpoint (RFC 7591).</source>
        <translation>在服务器上注册的客户端 ID。若未提供，OAuthDesk 会在服务器的注册端点上注册自身（RFC 7591）。</translation>
    </message>
    <message>
        <source>Space-separated scopes to ask for.</source>
        <translation>要请求的权限范围，以空格分隔。</translation>
    </message>
    <message>
        <source>The grant: authorization_code (default), device, client_credentials, or the legacy implicit and password (RFC 9700 deprecates both).</source>
        <translation>授权类型：authorization_code（默认）、device、client_credentials，或旧式的 implicit 和 password（RFC 9700 已弃用这两者）。</translation>
    </message>
    <message>
        <source>How the client authenticates: none (public client, default), client_secret_basic or client_secret_post.</source>
        <translation>客户端的认证方式：none（公共客户端，默认）、client_secret_basic 或 client_secret_post。</translation>
    </message>
    <message>
        <source>Read the client secret from stdin; it is kept in the keychain.</source>
        <translation>从标准输入读取客户端密钥；它会保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The user name, for the password grant.</source>
        <translation>用户名，用于密码授权。</translation>
    </message>
    <message>
        <source>A fixed loopback port for servers that match redirect URIs exactly.</source>
        <translation>固定的回环端口，用于精确匹配重定向 URI 的服务器。</translation>
    </message>
    <message>
        <source>The authorization endpoint, for servers without discovery.</source>
        <translation>授权端点，用于不支持发现的服务器。</translation>
    </message>
    <message>
        <source>The token endpoint, for servers without discovery.</source>
        <translation>令牌端点，用于不支持发现的服务器。</translation>
    </message>
    <message>
        <source>account add takes one NAME.</source>
        <translation>account add 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>--client-auth and --client-secret-stdin need --client-id.</source>
        <translation>--client-auth 和 --client-secret-stdin 需要 --client-id。</translation>
    </message>
    <message>
        <source>--authorization-endpoint and --token-endpoint go together.</source>
        <translation>--authorization-endpoint 和 --token-endpoint 必须同时给出。</translation>
    </message>
    <message>
        <source>Give --issuer, or both --authorization-endpoint and --token-endpoint.</source>
        <translation>请给出 --issuer，或同时给出 --authorization-endpoint 和 --token-endpoint。</translation>
    </message>
    <message>
        <source>--client-auth %1 needs --client-secret-stdin.</source>
        <translation>--client-auth %1 需要 --client-secret-stdin。</translation>
    </message>
    <message>
        <source>--client-secret-stdin needs a --client-auth with a secret.</source>
        <translation>--client-secret-stdin 需要一种带密钥的 --client-auth。</translation>
    </message>
    <message>
        <source>The password grant needs --username.</source>
        <translation>密码授权需要 --username。</translation>
    </message>
    <message>
        <source>No client secret came on stdin.</source>
        <translation>标准输入中没有客户端密钥。</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 1 to 65535.</source>
        <translation>--redirect-port 必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的账户已存在。</translation>
    </message>
    <message>
        <source>Note: the %1 grant is legacy (RFC 9700 deprecates it); prefer authorization_code with PKCE.</source>
        <translation>注意：%1 授权是旧式的（RFC 9700 已弃用）；建议使用 authorization_code + PKCE。</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot;.</source>
        <translation>已添加账户“%1”。</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot;, but its client secret could not be kept: %2 (try again with oauthdesk account secret)</source>
        <translation>已添加账户“%1”，但无法保存其客户端密钥：%2（请用 oauthdesk account secret 重试）</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot;; its client secret is in the system keychain.</source>
        <translation>已添加账户“%1”；其客户端密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>--client-id is required with explicit endpoints (registration needs discovery).</source>
        <translation>使用显式端点时必须提供 --client-id（注册需要发现）。</translation>
    </message>
    <message>
        <source>The server offers no client registration endpoint: give the client ID of an application registered there (--client-id).</source>
        <translation>服务器不提供客户端注册端点：请给出在该服务器上注册的应用的客户端 ID（--client-id）。</translation>
    </message>
    <message>
        <source>A registered client uses the authorization code grant: give --client-id for the %1 grant.</source>
        <translation>注册的客户端使用授权码授权：%1 授权请给出 --client-id。</translation>
    </message>
    <message>
        <source>Registered client %1 for account &quot;%2&quot;, but the keychain could not keep its registration: %3</source>
        <translation>已为账户“%2”注册客户端 %1，但钥匙串无法保存其注册信息：%3</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; with the newly registered client %2 (RFC 7591).</source>
        <translation>已添加账户“%1”，使用新注册的客户端 %2（RFC 7591）。</translation>
    </message>
    <message>
        <source>Lists the accounts.</source>
        <translation>列出所有账户。</translation>
    </message>
    <message>
        <source>Print JSON (no secrets are ever included).</source>
        <translation>输出 JSON（绝不包含任何密钥）。</translation>
    </message>
    <message>
        <source>No accounts yet: oauthdesk account add NAME --issuer URL --client-id ID</source>
        <translation>还没有账户：oauthdesk account add NAME --issuer URL --client-id ID</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Removes an account and forgets its tokens from the keychain.</source>
        <translation>删除一个账户，并从钥匙串中清除其令牌。</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>账户。</translation>
    </message>
    <message>
        <source>account remove takes one NAME.</source>
        <translation>account remove 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Writes the settings of all accounts as JSON, to FILE or to stdout: name, issuer, endpoints, client ID, scope, grant, client authentication method, user name, redirect port and preset. Never tokens, client secrets or who signed in.</source>
        <translation>将所有账户的设置以 JSON 写入 FILE 或标准输出：名称、签发者、端点、客户端 ID、权限范围、授权类型、客户端认证方式、用户名、重定向端口和预设。绝不包含令牌、客户端密钥或登录者。</translation>
    </message>
    <message>
        <source>Where to write (default: stdout).</source>
        <translation>写入位置（默认：标准输出）。</translation>
    </message>
    <message>
        <source>account export takes at most one FILE.</source>
        <translation>account export 最多接受一个 FILE。</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个账户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds the accounts of an export (oauthdesk account export). Every account is checked before any is added. An existing account is never replaced: one whose name is taken is skipped, or added under a free name with --rename. Client secrets are not in the file: set them with oauthdesk account secret.</source>
        <translation>添加导出文件（oauthdesk account export）中的账户。在添加任何账户之前会先检查每个账户。绝不替换已有账户：名称已被占用的账户会被跳过，或在使用 --rename 时以一个空闲名称添加。文件中不包含客户端密钥：请用 oauthdesk account secret 设置。</translation>
    </message>
    <message>
        <source>The export to read (- for stdin).</source>
        <translation>要读取的导出文件（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Add an account whose name is taken as &quot;NAME (2)&quot; instead of skipping it.</source>
        <translation>名称已被占用的账户以“NAME (2)”添加，而不是跳过。</translation>
    </message>
    <message>
        <source>account import takes one FILE.</source>
        <translation>account import 只接受一个 FILE。</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot;: an account with that name exists (not replaced; --rename adds it under a free name).</source>
        <translation>已跳过“%1”：已存在同名账户（未替换；--rename 会以空闲名称添加）。</translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>已重命名 %1。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Accounts with client authentication need their secret: oauthdesk account secret NAME.</source>
        <translation>使用客户端认证的账户需要设置其密钥：oauthdesk account secret NAME。</translation>
    </message>
    <message>
        <source>Sets the account&apos;s client secret from the first line of stdin. It is kept in the system keychain, never in the accounts file.</source>
        <translation>从标准输入的第一行设置账户的客户端密钥。它保存在系统钥匙串中，绝不写入账户文件。</translation>
    </message>
    <message>
        <source>account secret takes one NAME.</source>
        <translation>account secret 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Runs the account&apos;s grant and keeps the session in the system keychain. Ctrl-C cancels.
  authorization_code: the browser opens; a 127.0.0.1 listener takes the answer (PKCE).
  device: the code and the address to enter it at go to stderr.
  client_credentials: no interaction.
  implicit (legacy, RFC 9700 deprecates it): like authorization_code, token in the URL fragment.
  password (legacy, RFC 9700 deprecates it): the password is asked for (no echo) or read with
  --password-stdin, used once and never stored.</source>
        <translation>执行账户的授权流程，并将会话保存在系统钥匙串中。按 Ctrl-C 取消。
  authorization_code：打开浏览器；由 127.0.0.1 上的监听器接收应答（PKCE）。
  device：代码及输入代码的地址输出到标准错误。
  client_credentials：无需交互。
  implicit（旧式，RFC 9700 已弃用）：类似 authorization_code，令牌位于 URL 片段中。
  password（旧式，RFC 9700 已弃用）：询问密码（不回显）或用
  --password-stdin 读取，只使用一次，绝不存储。</translation>
    </message>
    <message>
        <source>Password grant: read the password from stdin.</source>
        <translation>密码授权：从标准输入读取密码。</translation>
    </message>
    <message>
        <source>Device grant: also open the verification address in the browser.</source>
        <translation>设备授权：同时在浏览器中打开验证地址。</translation>
    </message>
    <message>
        <source>Accept signing in as a different user than the account had.</source>
        <translation>接受以与账户原用户不同的用户登录。</translation>
    </message>
    <message>
        <source>Ask for this scope instead of the account&apos;s; it becomes the account&apos;s scope when the sign-in succeeds.</source>
        <translation>请求此权限范围，而不是账户的权限范围；登录成功后它将成为账户的权限范围。</translation>
    </message>
    <message>
        <source>login takes one NAME.</source>
        <translation>login 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Warning: the %1 grant is legacy; RFC 9700 deprecates it. Prefer authorization_code with PKCE.</source>
        <translation>警告：%1 授权是旧式的；RFC 9700 已弃用它。建议使用 authorization_code + PKCE。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password: give it at the prompt or with --password-stdin.</source>
        <translation>没有密码：请在提示时输入，或使用 --password-stdin。</translation>
    </message>
    <message>
        <source>Opening the browser to sign in at %1 … (Ctrl-C cancels)</source>
        <translation>正在打开浏览器以在 %1 登录…（按 Ctrl-C 取消）</translation>
    </message>
    <message>
        <source>Could not open a browser; open this address yourself:</source>
        <translation>无法打开浏览器；请自行打开此地址：</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>要登录，请打开 %1 并输入代码 %2</translation>
    </message>
    <message>
        <source>or open %1</source>
        <translation>或打开 %1</translation>
    </message>
    <message>
        <source>The code expires at %1. Waiting for approval… (Ctrl-C cancels)</source>
        <translation>代码将于 %1 过期。正在等待批准…（按 Ctrl-C 取消）</translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be kept: %1</source>
        <translation>已登录，但无法保存会话：%1</translation>
    </message>
    <message>
        <source>the access token expires at %1</source>
        <translation>访问令牌将于 %1 过期</translation>
    </message>
    <message>
        <source>the access token has no stated expiry</source>
        <translation>访问令牌未说明过期时间</translation>
    </message>
    <message>
        <source>Signed in; %1; scopes: %2; refresh token: %3.</source>
        <translation>已登录；%1；权限范围：%2；刷新令牌：%3。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未签发</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Prints a valid access token on stdout, refreshing it first when it has expired.</source>
        <translation>在标准输出上输出一个有效的访问令牌，若已过期则先刷新。</translation>
    </message>
    <message>
        <source>An additional token with identical or narrower scope (RFC 6749 §6); the account&apos;s own token is not replaced.</source>
        <translation>一个权限范围相同或更窄的额外令牌（RFC 6749 §6）；账户自身的令牌不会被替换。</translation>
    </message>
    <message>
        <source>token takes one NAME.</source>
        <translation>token 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>GETs a protected URL with the account&apos;s access token (Authorization: Bearer). When the resource answers invalid_token, refreshes once and retries once. The body goes to stdout. The short form of: oauthdesk request NAME URL</source>
        <translation>用账户的访问令牌（Authorization: Bearer）GET 一个受保护的 URL。资源应答 invalid_token 时，刷新一次并重试一次。正文输出到标准输出。以下命令的简短形式：oauthdesk request NAME URL</translation>
    </message>
    <message>
        <source>An https URL (or http on this computer).</source>
        <translation>一个 https URL（或本机上的 http）。</translation>
    </message>
    <message>
        <source>get takes NAME and URL.</source>
        <translation>get 接受 NAME 和 URL。</translation>
    </message>
    <message>
        <source>Sends a request to a protected URL with the account&apos;s access token (Authorization: Bearer), curl-like. When the resource answers invalid_token, refreshes once and retries once. Redirects are followed; to another origin without the token. The body goes to stdout; a non-2xx status exits with 7.</source>
        <translation>用账户的访问令牌（Authorization: Bearer）向受保护的 URL 发送请求，类似 curl。资源应答 invalid_token 时，刷新一次并重试一次。会跟随重定向；重定向到其他源时不带令牌。正文输出到标准输出；非 2xx 状态以 7 退出。</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE or HEAD (default GET, or POST with a body).</source>
        <translation>GET、POST、PUT、PATCH、DELETE 或 HEAD（默认 GET，有正文时为 POST）。</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat for more.</source>
        <translation>一个请求标头，“Name: value”；可重复以添加多个。</translation>
    </message>
    <message>
        <source>The request body (Content-Type application/x-www-form-urlencoded unless a -H gives one).</source>
        <translation>请求正文（Content-Type 为 application/x-www-form-urlencoded，除非 -H 另行指定）。</translation>
    </message>
    <message>
        <source>Read the request body from a file (- for stdin).</source>
        <translation>从文件读取请求正文（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Print the status line and the response headers before the body.</source>
        <translation>在正文之前输出状态行和响应标头。</translation>
    </message>
    <message>
        <source>request takes NAME and URL.</source>
        <translation>request 接受 NAME 和 URL。</translation>
    </message>
    <message>
        <source>Give -d or --data-file, not both.</source>
        <translation>请给出 -d 或 --data-file，不能同时给出。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Note: a redirect went to another origin; the access token was not sent there.</source>
        <translation>注意：有一次重定向指向了其他源；访问令牌未发送到那里。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The token lacks the scope &quot;%1&quot;. Sign in again asking for it:</source>
        <translation>令牌缺少权限范围“%1”。请重新登录并请求该权限范围：</translation>
    </message>
    <message>
        <source>encrypted (JWE)</source>
        <translation>已加密（JWE）</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <source>Shows the account&apos;s tokens decoded (JWTs: header and claims, with the signature checked against the issuer&apos;s keys), their expiry, scopes and who is signed in. Token values are never printed.</source>
        <translation>显示账户解码后的令牌（JWT：头部和声明，并用签发者的密钥检查签名）、过期时间、权限范围以及登录者。绝不输出令牌值。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>inspect takes one NAME.</source>
        <translation>inspect 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>This account is not signed in.</source>
        <translation>此账户未登录。</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>账户：%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>登录身份：%1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>权限范围：%1</translation>
    </message>
    <message>
        <source>Access token expires: %1 (in %2 s)</source>
        <translation>访问令牌过期时间：%1（%2 秒后）</translation>
    </message>
    <message>
        <source>Asks the server about the account&apos;s access token (RFC 7662) and prints its JSON answer. Only &quot;active&quot;: true means the server still accepts it; exit status 8 when it is inactive.</source>
        <translation>向服务器询问账户的访问令牌（RFC 7662）并输出其 JSON 应答。只有 &quot;active&quot;: true 表示服务器仍接受它；令牌无效时退出状态为 8。</translation>
    </message>
    <message>
        <source>Ask about the refresh token instead.</source>
        <translation>改为询问刷新令牌。</translation>
    </message>
    <message>
        <source>introspect takes one NAME.</source>
        <translation>introspect 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>The server says the token is not active.</source>
        <translation>服务器表示该令牌无效。</translation>
    </message>
    <message>
        <source>Revokes the account&apos;s refresh and access tokens at the server (RFC 7009) and forgets the local copies — those are deleted even when the server cannot be reached, and you are told.</source>
        <translation>在服务器上撤销账户的刷新令牌和访问令牌（RFC 7009）并删除本地副本——即使无法连接服务器也会删除本地副本，并告知您。</translation>
    </message>
    <message>
        <source>revoke takes one NAME.</source>
        <translation>revoke 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Signed out locally (the tokens are gone from this computer), but the server was not told: %1</source>
        <translation>已在本地退出登录（令牌已从本机删除），但未能通知服务器：%1</translation>
    </message>
    <message>
        <source>Revoked at the server and signed out.</source>
        <translation>已在服务器上撤销并退出登录。</translation>
    </message>
    <message>
        <source>Decodes a JWT read from stdin and, with --issuer, verifies its signature against that issuer&apos;s keys (discovered from the issuer, exact match) — jwt.io, offline.</source>
        <translation>解码从标准输入读取的 JWT，并在给出 --issuer 时用该签发者的密钥（从签发者发现，须完全匹配）验证其签名——离线版的 jwt.io。</translation>
    </message>
    <message>
        <source>The issuer whose keys should have signed it.</source>
        <translation>应当签署该令牌的签发者。</translation>
    </message>
    <message>
        <source>No token came on stdin.</source>
        <translation>标准输入中没有令牌。</translation>
    </message>
    <message>
        <source>This is not a JWT (it may be an opaque token).</source>
        <translation>这不是 JWT（可能是不透明令牌）。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Header: </source>
        <translation>头部：</translation>
    </message>
    <message>
        <source>Claims: </source>
        <translation>声明：</translation>
    </message>
    <message>
        <source>Header %1 (-H) is not &quot;Name: value&quot;.</source>
        <translation>第 %1 个请求头（-H）不是“名称: 值”格式。</translation>
    </message>
    <message>
        <source>Usage: oauthdesk [VERB …]

Without a verb, opens the window. Verbs:
  account add NAME --issuer URL [--client-id ID] [--scope &quot;a b&quot;] [--grant GRANT]
                   [--client-auth METHOD --client-secret-stdin] [--username USER]
                   [--redirect-port N] [--authorization-endpoint URL --token-endpoint URL]
  account secret NAME   set the account&apos;s client secret from stdin (kept in the keychain)
  account list [--json]
  account remove NAME
  account export [FILE]   write the accounts&apos; settings as JSON (never tokens or secrets)
  account import FILE [--rename]   add the accounts of an export; a taken name is skipped
                   (--rename: added as &quot;NAME (2)&quot;); an existing account is never replaced
  login NAME [--scope &quot;a b&quot;]  run the account&apos;s grant and keep the session in the system keychain
  token NAME [--scope &quot;a&quot;] [--refresh]  print a valid access token, refreshing it first if
                    needed (--refresh: always)
  request NAME URL [-X METHOD] [-H &apos;Name: value&apos;]... [-d BODY | --data-file F] [--include]
                    call a protected URL with the account&apos;s token, curl-like
  get NAME URL      the short form: GET, the body to stdout
  inspect NAME [--json]   decoded tokens, signature check, expiry, scopes, identity
  introspect NAME   the server&apos;s RFC 7662 answer about the access token
  revoke NAME       revoke at the server (RFC 7009) and forget the local copies
  decode [--issuer URL] &lt; token   decode a JWT, and verify it against the issuer&apos;s keys


Grants: authorization_code (PKCE through the browser; the default and the one to use),
device (a code to enter on any device), client_credentials (a confidential client acting
for itself), and the legacy implicit and password grants, which RFC 9700 deprecates.

Each verb takes --help. Exit status: 0 success, 2 usage, 3 sign-in required, 4 the server
refused, 5 network, 6 keychain, 7 HTTP error status, 8 inactive token, 130 cancelled, 1 anything
else.
--exchange-log FILE (before the verb) writes the redacted HTTP exchange log to FILE at exit.
The browser is $BROWSER when set (a command that gets the URL), else the system&apos;s default.
</source>
        <translation>用法：oauthdesk [动词 …]

不带动词时打开窗口。动词：
  account add NAME --issuer URL [--client-id ID] [--scope &quot;a b&quot;] [--grant GRANT]
                   [--client-auth METHOD --client-secret-stdin] [--username USER]
                   [--redirect-port N] [--authorization-endpoint URL --token-endpoint URL]
  account secret NAME   从标准输入设置账户的客户端密钥（保存在钥匙串中）
  account list [--json]
  account remove NAME
  account export [FILE]   以 JSON 写出各账户的设置（绝不包含令牌或密钥）
  account import FILE [--rename]   添加导出文件中的账户；名称已被占用的会被跳过
                   （--rename：以“NAME (2)”添加）；绝不替换已有账户
  login NAME [--scope &quot;a b&quot;]  执行账户的授权流程，并将会话保存在系统钥匙串中
  token NAME [--scope &quot;a&quot;] [--refresh]  输出一个有效的访问令牌，必要时先刷新
                    （--refresh：总是刷新）
  request NAME URL [-X METHOD] [-H &apos;Name: value&apos;]... [-d BODY | --data-file F] [--include]
                    用账户的令牌调用受保护的 URL，类似 curl
  get NAME URL      简短形式：GET，正文输出到标准输出
  inspect NAME [--json]   解码后的令牌、签名检查、过期时间、权限范围、身份
  introspect NAME   服务器关于访问令牌的 RFC 7662 应答
  revoke NAME       在服务器上撤销（RFC 7009）并删除本地副本
  decode [--issuer URL] &lt; token   解码 JWT，并用签发者的密钥进行验证


授权类型：authorization_code（通过浏览器使用 PKCE；默认且推荐使用），
device（在任意设备上输入一个代码），client_credentials（机密客户端以自身身份行事），
以及旧式的 implicit 和 password 授权，RFC 9700 已弃用这两者。

每个动词都接受 --help。退出状态：0 成功，2 用法错误，3 需要登录，4 服务器拒绝，
5 网络，6 钥匙串，7 HTTP 错误状态，8 令牌无效，130 已取消，1 其他错误。
--exchange-log FILE（放在动词之前）在退出时将经过脱敏的 HTTP 交换日志写入 FILE。
浏览器为已设置的 $BROWSER（一个接收 URL 的命令），否则为系统默认浏览器。
</translation>
    </message>
    <message>
        <source>Refresh first, even when the access token is still valid (for example after your rights changed at the server).</source>
        <translation>先刷新，即使访问令牌仍然有效（例如你在服务器上的权限已改变之后）。</translation>
    </message>
    <message>
        <source>--scope always asks the server; --refresh is for the account&apos;s own token.</source>
        <translation>--scope 总是向服务器请求；--refresh 用于账户自己的令牌。</translation>
    </message>
    <message>
        <source>Signed out locally (the session is gone from this computer), but the server could not revoke the tokens now: %1 They wait in the system keychain and are sent again by the next &quot;oauthdesk revoke&quot; of this account, and every few minutes while the window is open.</source>
        <translation>已在本地退出登录（会话已从这台计算机删除），但服务器现在无法撤销这些令牌：%1 它们保存在系统钥匙串中等待，下次对此账户执行“oauthdesk revoke”时会再次发送，窗口打开期间每隔几分钟也会再次发送。</translation>
    </message>
    <message>
        <source>The account was removed, but its request history could not be: %1</source>
        <translation>账户已删除，但无法删除其请求历史：%1</translation>
    </message>
    <message>
        <source>Endpoints come from discovery of each account&apos;s issuer, never from the file; an account whose server publishes no discovery document is imported with the file&apos;s endpoints only with --accept-endpoints.</source>
        <translation>端点来自对每个账户颁发者的发现，绝不来自文件；服务器未发布发现文档的账户，只有使用 --accept-endpoints 时才会以文件中的端点导入。</translation>
    </message>
    <message>
        <source>Take the file&apos;s endpoints for accounts whose server publishes no discovery document (check them first: a wrong token endpoint receives the codes).</source>
        <translation>对服务器未发布发现文档的账户采用文件中的端点（请先核对：错误的令牌端点会收到授权码）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: endpoints discovered from %2.</source>
        <translation>“%1”：端点发现自 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file&apos;s endpoints, as accepted:</source>
        <translation>“%1”：已接受的文件端点：</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::CurlCopyButton</name>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command that gets the token with &quot;oauthdesk token&quot;</source>
        <translation>将请求复制为一条通过“oauthdesk token”获取令牌的 curl 命令</translation>
    </message>
    <message>
        <source>Include the access token</source>
        <translation>包含访问令牌</translation>
    </message>
    <message>
        <source>Write the access token itself into the command (asks first)</source>
        <translation>将访问令牌本身写入命令（会先询问）</translation>
    </message>
    <message>
        <source>Copied as curl. Set OAUTHDESK_TOKEN before running it.</source>
        <translation>已复制为 curl。运行前请设置 OAUTHDESK_TOKEN。</translation>
    </message>
    <message>
        <source>Copied as curl. The command gets a fresh token with &quot;oauthdesk token %1&quot; when it runs.</source>
        <translation>已复制为 curl。该命令运行时会通过“oauthdesk token %1”获取新令牌。</translation>
    </message>
    <message>
        <source>Choose the account whose token to include.</source>
        <translation>请选择要包含其令牌的账户。</translation>
    </message>
    <message>
        <source>The token can only be included in a request that can be sent. %1</source>
        <translation>只有可发送的请求才能包含令牌。%1</translation>
    </message>
    <message>
        <source>The access token is not available here.</source>
        <translation>此处无法获取访问令牌。</translation>
    </message>
    <message>
        <source>Include the Access Token</source>
        <translation>包含访问令牌</translation>
    </message>
    <message>
        <source>Copy the command with the access token of “%1” written out?</source>
        <translation>要复制写有“%1”访问令牌的命令吗？</translation>
    </message>
    <message>
        <source>Anyone who sees the command can act as this account until the token expires. The clipboard is cleared after 30 seconds.</source>
        <translation>在令牌过期前，任何看到该命令的人都可以以此账户的身份行事。剪贴板会在 30 秒后清空。</translation>
    </message>
    <message>
        <source>Copy with Token</source>
        <translation>连同令牌复制</translation>
    </message>
    <message>
        <source>There is no access token for “%1”: sign in first.</source>
        <translation>“%1”没有访问令牌：请先登录。</translation>
    </message>
    <message>
        <source>Copied as curl with the access token. The clipboard is cleared in 30 seconds.</source>
        <translation>已连同访问令牌复制为 curl。剪贴板将在 30 秒后清空。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::DeviceCodePanel</name>
    <message>
        <source>To sign in, enter this code at the address below, in a browser on any device:</source>
        <translation>要登录，请在任意设备的浏览器中打开下方地址并输入此代码：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>将代码复制到剪贴板</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>验证地址</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Open the address on this computer</source>
        <translation>在本机上打开该地址</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>代码将在 %1 后过期</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>代码已过期。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::DeviceFlow</name>
    <message>
        <source>The server offers no device authorization endpoint.</source>
        <translation>服务器不提供设备授权端点。</translation>
    </message>
    <message>
        <source>The device authorization answer lacks device_code, user_code or expires_in.</source>
        <translation>设备授权应答缺少 device_code、user_code 或 expires_in。</translation>
    </message>
    <message>
        <source>The verification address is not an https address.</source>
        <translation>验证地址不是 https 地址。</translation>
    </message>
    <message>
        <source>The code expired before it was approved.</source>
        <translation>代码在获得批准之前已过期。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Discovery</name>
    <message>
        <source>The server&apos;s metadata is not a JSON object.</source>
        <translation>服务器的元数据不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot;, not &quot;%2&quot;: refused (the issuer must match exactly).</source>
        <translation>服务器自称“%1”，而不是“%2”：已拒绝（签发者必须完全匹配）。</translation>
    </message>
    <message>
        <source>The server&apos;s %1 is not an https address.</source>
        <translation>服务器的 %1 不是 https 地址。</translation>
    </message>
    <message>
        <source>The server&apos;s metadata names no endpoints.</source>
        <translation>服务器的元数据未列出任何端点。</translation>
    </message>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation>签发者必须是不带查询或片段的 https URL。</translation>
    </message>
    <message>
        <source>No discovery document was found at %1.</source>
        <translation>在 %1 未找到发现文档。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::DisplayText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>不到一分钟后</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>refreshed once</source>
        <translation>已刷新一次</translation>
    </message>
    <message>
        <source>followed 1 redirect</source>
        <translation>跟随了 1 次重定向</translation>
    </message>
    <message>
        <source>followed %1 redirects</source>
        <translation>跟随了 %1 次重定向</translation>
    </message>
    <message>
        <source>token withheld from another origin</source>
        <translation>未向其他源发送令牌</translation>
    </message>
    <message>
        <source>server says: %1</source>
        <translation>服务器表示：%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Error</name>
    <message>
        <source>Access was denied at the sign-in page.</source>
        <translation>在登录页面上访问被拒绝。</translation>
    </message>
    <message>
        <source>The server does not accept this client: check the client ID.</source>
        <translation>服务器不接受此客户端：请检查客户端 ID。</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: sign in again.</source>
        <translation>服务器不再接受此次登录：请重新登录。</translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of sign-in.</source>
        <translation>此客户端不允许使用这种登录方式。</translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation>服务器不支持这种登录方式。</translation>
    </message>
    <message>
        <source>The server refused the requested scopes.</source>
        <translation>服务器拒绝了所请求的权限范围。</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation>服务器以格式错误为由拒绝了请求。</translation>
    </message>
    <message>
        <source>The server could not complete the sign-in; try again later.</source>
        <translation>服务器无法完成登录；请稍后重试。</translation>
    </message>
    <message>
        <source>The server needs you to sign in interactively.</source>
        <translation>服务器要求您以交互方式登录。</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>服务器返回了错误。</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>未在规定时间内收到应答。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>系统钥匙串出错。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Refused an insecure address: only https, or http on this computer (127.0.0.1, ::1, localhost), is allowed.</source>
        <translation>已拒绝不安全的地址：只允许 https，或本机上的 http（127.0.0.1、::1、localhost）。</translation>
    </message>
    <message>
        <source>The server sent an invalid answer.</source>
        <translation>服务器发送了无效的应答。</translation>
    </message>
    <message>
        <source>The account settings are incomplete.</source>
        <translation>账户设置不完整。</translation>
    </message>
    <message>
        <source>Could not open the web browser.</source>
        <translation>无法打开网页浏览器。</translation>
    </message>
    <message>
        <source>Sign-in required.</source>
        <translation>需要登录。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ExchangeLogModel</name>
    <message>
        <source>Discovery</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>内省</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ExchangeLogView</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the shown entries, redacted, as a text file</source>
        <translation>将显示的条目脱敏后保存为文本文件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected entry, or all shown entries, redacted</source>
        <translation>复制所选条目或所有显示的条目（已脱敏）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Forget every entry of the log</source>
        <translation>清除日志中的所有条目</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>选择一个请求以查看其完整内容。</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export HTTP Log</source>
        <translation>导出 HTTP 日志</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交换记录</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::GrantField</name>
    <message>
        <source>Authorization code with PKCE (recommended)</source>
        <translation>授权码 + PKCE（推荐）</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>设备码</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>客户端凭据</translation>
    </message>
    <message>
        <source>Implicit (legacy)</source>
        <translation>隐式（旧式）</translation>
    </message>
    <message>
        <source>Password (legacy)</source>
        <translation>密码（旧式）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Legacy grant: RFC 9700 (OAuth 2.0 Security Best Current Practice) deprecates the implicit grant. Use authorization code with PKCE unless this server offers nothing else.</source>
        <translation>旧式授权：RFC 9700（OAuth 2.0 安全最佳当前实践）已弃用隐式授权。除非此服务器不提供其他方式，否则请使用授权码 + PKCE。</translation>
    </message>
    <message>
        <source>Legacy grant: RFC 9700 (OAuth 2.0 Security Best Current Practice) deprecates the password grant. Use authorization code with PKCE unless this server offers nothing else.</source>
        <translation>旧式授权：RFC 9700（OAuth 2.0 安全最佳当前实践）已弃用密码授权。除非此服务器不提供其他方式，否则请使用授权码 + PKCE。</translation>
    </message>
    <message>
        <source>You sign in with your web browser; OAuthDesk never sees your password.</source>
        <translation>您在网页浏览器中登录；OAuthDesk 永远看不到您的密码。</translation>
    </message>
    <message>
        <source>OAuthDesk shows a short code; you enter it on a page in any browser, on this or another device, and approve the sign-in there.</source>
        <translation>OAuthDesk 显示一个短码；您在本设备或其他设备的任意浏览器中的页面上输入它，并在那里批准登录。</translation>
    </message>
    <message>
        <source>The application signs in as itself with its client secret; no person is involved.</source>
        <translation>应用程序使用其客户端密钥以自身身份登录；无需任何人参与。</translation>
    </message>
    <message>
        <source>The browser hands the access token straight back, with no refresh token; you sign in again when it expires.</source>
        <translation>浏览器直接返回访问令牌，没有刷新令牌；令牌过期后需重新登录。</translation>
    </message>
    <message>
        <source>You type your password into OAuthDesk at each sign-in and it sends it to the server. The password is never stored.</source>
        <translation>每次登录时您在 OAuthDesk 中输入密码，由它发送给服务器。密码绝不存储。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::HttpClient</name>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>未找到 %1。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted.</source>
        <translation>%1 的 TLS 证书不受信任。</translation>
    </message>
    <message>
        <source>Network error %1 talking to %2.</source>
        <translation>与 %2 通信时发生网络错误 %1。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KiB.</source>
        <translation>应答大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未在规定时间内应答。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::IdTokenCheck</name>
    <message>
        <source>The server sent no ID token, although the sign-in asked for one (scope openid); nothing was stored.</source>
        <translation>服务器没有发送 ID 令牌，尽管登录请求了它（scope openid）；未保存任何内容。</translation>
    </message>
    <message>
        <source>The server sent an ID token, but the account has no issuer key set (jwks_uri) to verify it with: add the account by discovery.</source>
        <translation>服务器发送了 ID 令牌，但该账户没有用于验证它的签发者密钥集（jwks_uri）：请通过发现添加该账户。</translation>
    </message>
    <message>
        <source>The ID token failed validation; nothing was stored. %1</source>
        <translation>ID 令牌验证失败；未存储任何内容。%1</translation>
    </message>
    <message>
        <source>The refreshed ID token names somebody else: %1</source>
        <translation>刷新后的 ID 令牌指向了另一个人：%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ImagePreview</name>
    <message>
        <source>Image preview</source>
        <translation>图像预览</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 像素，%3</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ImplicitFlow</name>
    <message>
        <source>The answer&apos;s expires_in is not a whole number.</source>
        <translation>应答中的 expires_in 不是整数。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Introspection</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>The server offers no introspection endpoint (RFC 7662).</source>
        <translation>服务器不提供内省端点（RFC 7662）。</translation>
    </message>
    <message>
        <source>This account is not signed in.</source>
        <translation>此账户未登录。</translation>
    </message>
    <message>
        <source>There is no such token to introspect.</source>
        <translation>没有可内省的此类令牌。</translation>
    </message>
    <message>
        <source>The introspection answer has no boolean &quot;active&quot;.</source>
        <translation>内省应答中没有布尔值“active”。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::IssuerField</name>
    <message>
        <source>&amp;Discover</source>
        <translation>发现(&amp;D)</translation>
    </message>
    <message>
        <source>Look up the server&apos;s endpoints from its issuer URL</source>
        <translation>根据签发者 URL 查找服务器的端点</translation>
    </message>
    <message>
        <source>The issuer URL is not a valid URL.</source>
        <translation>签发者 URL 不是有效的 URL。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>已找到：%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::JsonTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 个键}</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::JwtDecoderDialog</name>
    <message>
        <source>Decode a JWT</source>
        <translation>解码 JWT</translation>
    </message>
    <message>
        <source>Paste a JSON Web Token to read its header and claims. Decoding happens on this computer; the token is sent nowhere. Give its issuer to check the signature with the issuer&apos;s published keys.</source>
        <translation>粘贴一个 JSON Web Token 以查看其头部和声明。解码在本机上进行；令牌不会被发送到任何地方。给出其签发者即可用签发者公布的密钥检查签名。</translation>
    </message>
    <message>
        <source>eyJhbGciOi… (header.payload.signature)</source>
        <translation>eyJhbGciOi…（header.payload.signature）</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>要解码的令牌</translation>
    </message>
    <message>
        <source>Issuer URL, e.g. https://login.example.com (optional)</source>
        <translation>签发者 URL，例如 https://login.example.com（可选）</translation>
    </message>
    <message>
        <source>&amp;Verify Signature</source>
        <translation>验证签名(&amp;V)</translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s metadata and keys (jwks_uri) and check the signature</source>
        <translation>获取签发者的元数据和密钥（jwks_uri）并检查签名</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>签发者(&amp;I)：</translation>
    </message>
    <message>
        <source>Not a JWT that can be read here: it is encrypted (JWE), and only its recipient holds the key.</source>
        <translation>无法在此读取的 JWT：它已加密（JWE），只有其接收方持有密钥。</translation>
    </message>
    <message>
        <source>Not a JWT: %1</source>
        <translation>不是 JWT：%1</translation>
    </message>
    <message>
        <source>Not a JWT: a JWT is three base64url parts separated by dots, the first a JSON header.</source>
        <translation>不是 JWT：JWT 由三段以点分隔的 base64url 组成，第一段是 JSON 头部。</translation>
    </message>
    <message>
        <source>Enter the issuer as a full URL, such as https://login.example.com.</source>
        <translation>请以完整 URL 输入签发者，例如 https://login.example.com。</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata could not be read: %1</source>
        <translation>无法读取签发者的元数据：%1</translation>
    </message>
    <message>
        <source>The issuer publishes no keys (its metadata has no jwks_uri).</source>
        <translation>签发者未公布任何密钥（其元数据中没有 jwks_uri）。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::KeySetCache</name>
    <message>
        <source>The issuer&apos;s key set is not at an https address.</source>
        <translation>签发者的密钥集不在 https 地址上。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set could not be fetched.</source>
        <translation>无法获取签发者的密钥集。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::KeyValueTable</name>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::LoopbackListener</name>
    <message>
        <source>Could not listen on 127.0.0.1 port %1 for the browser&apos;s answer: %2</source>
        <translation>无法在 127.0.0.1 端口 %1 上监听浏览器的应答：%2</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::MainWindow</name>
    <message>
        <source>OAuthDesk</source>
        <translation>OAuthDesk</translation>
    </message>
    <message>
        <source>The request history could not be read: %1</source>
        <translation>无法读取请求历史：%1</translation>
    </message>
    <message>
        <source>The desktop has no web browser set for web links.</source>
        <translation>桌面未设置用于打开网页链接的浏览器。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::MessageBanners</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::NoAccountPage</name>
    <message>
        <source>Add Account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one to sign in with your web browser.</source>
        <translation>还没有账户。
添加一个账户即可使用网页浏览器登录。</translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation>请选择一个账户。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::OAuthFlow</name>
    <message>
        <source>Sign-in was stopped after %1 minutes.</source>
        <translation>登录在 %1 分钟后被停止。</translation>
    </message>
    <message>
        <source>Sign-in was stopped: it took too long.</source>
        <translation>登录已停止：耗时过长。</translation>
    </message>
    <message>
        <source>A new sign-in was started.</source>
        <translation>已开始新的登录。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::PasswordDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>Enter the password for this account. OAuthDesk sends it to the server once and does not store it.</source>
        <translation>请输入此账户的密码。OAuthDesk 会将其发送给服务器一次，且不会存储。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::PasswordFlow</name>
    <message>
        <source>A user name and a password are needed for this sign-in.</source>
        <translation>此次登录需要用户名和密码。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Platform</name>
    <message>
        <source>The browser command is empty.</source>
        <translation>浏览器命令为空。</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;.</source>
        <translation>无法启动“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a private directory of this user</source>
        <translation>%1 不是当前用户的私有目录</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::PresetChoice</name>
    <message>
        <source>Other (enter the server yourself)</source>
        <translation>其他（自行输入服务器）</translation>
    </message>
    <message>
        <source>Presets fill in what is known about a provider. More can be added as JSON files in %1.</source>
        <translation>预设会填入已知的提供方信息。可以在 %1 中以 JSON 文件添加更多预设。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No PKCE support.</source>
        <translation>不支持 PKCE。</translation>
    </message>
    <message>
        <source>No refresh tokens: sign in again when the token expires.</source>
        <translation>无刷新令牌：令牌过期后需重新登录。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ProviderPreset</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（%1，位于偏移量 %2）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>缺少必需字段“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters and digits, joined by dashes</source>
        <translation>“id”必须由小写字母和数字组成，以短横线连接</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>“name”为空</translation>
    </message>
    <message>
        <source>unknown grant &quot;%1&quot; (use one of: %2)</source>
        <translation>未知的授权类型“%1”（请使用以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown client_auth_method &quot;%1&quot; (use none, client_secret_basic or client_secret_post)</source>
        <translation>未知的 client_auth_method“%1”（请使用 none、client_secret_basic 或 client_secret_post）</translation>
    </message>
    <message>
        <source>the client_credentials grant needs a client_auth_method with a secret</source>
        <translation>client_credentials 授权需要一种带密钥的 client_auth_method</translation>
    </message>
    <message>
        <source>&quot;quirks&quot; must be a list of strings</source>
        <translation>“quirks”必须是字符串列表</translation>
    </message>
    <message>
        <source>&quot;placeholders&quot; must be a list</source>
        <translation>“placeholders”必须是列表</translation>
    </message>
    <message>
        <source>each placeholder needs a &quot;name&quot; of lower-case letters, digits and _</source>
        <translation>每个占位符都需要一个由小写字母、数字和 _ 组成的“name”</translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; is declared twice</source>
        <translation>占位符“%1”被声明了两次</translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; needs a &quot;label&quot; and an &quot;example&quot;</source>
        <translation>占位符“%1”需要“label”和“example”</translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; has the unknown kind &quot;%2&quot; (use name or url)</source>
        <translation>占位符“%1”的类型“%2”未知（请使用 name 或 url）</translation>
    </message>
    <message>
        <source>the example of &quot;%1&quot; is refused: %2</source>
        <translation>“%1”的示例被拒绝：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the undeclared placeholder {%2}</source>
        <translation>“%1”使用了未声明的占位符 {%2}</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the URL placeholder {%2} may only begin a template</source>
        <translation>“%1”：URL 占位符 {%2} 只能位于模板开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unmatched brace</source>
        <translation>“%1”中有不匹配的花括号</translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; is declared but no template uses it</source>
        <translation>占位符“%1”已声明，但没有模板使用它</translation>
    </message>
    <message>
        <source>&quot;discovery&quot; is true but there is no &quot;issuer&quot;</source>
        <translation>“discovery”为 true，但没有“issuer”</translation>
    </message>
    <message>
        <source>without discovery, the %1 grant needs &quot;authorization_endpoint&quot;</source>
        <translation>在没有发现的情况下，%1 授权需要“authorization_endpoint”</translation>
    </message>
    <message>
        <source>without discovery, the %1 grant needs &quot;token_endpoint&quot;</source>
        <translation>在没有发现的情况下，%1 授权需要“token_endpoint”</translation>
    </message>
    <message>
        <source>without discovery, the device grant needs &quot;device_authorization_endpoint&quot;</source>
        <translation>在没有发现的情况下，设备授权需要“device_authorization_endpoint”</translation>
    </message>
    <message>
        <source>%1: larger than %2 KiB</source>
        <translation>%1：大于 %2 KiB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RawBodyView</name>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RefreshCoordinator</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>An additional token needs a refresh token: sign in first.</source>
        <translation>额外令牌需要刷新令牌：请先登录。</translation>
    </message>
    <message>
        <source>This account is not signed in.</source>
        <translation>此账户未登录。</translation>
    </message>
    <message>
        <source>The access token has expired and the server gave no refresh token.</source>
        <translation>访问令牌已过期，且服务器未提供刷新令牌。</translation>
    </message>
    <message>
        <source>The server no longer accepts this session (%1); sign in again.</source>
        <translation>服务器不再接受此会话（%1）；请重新登录。</translation>
    </message>
    <message>
        <source>The session was refreshed but the keychain could not save it (%1). OAuthDesk keeps the new session in this process&apos;s memory only and saves it at the next refresh: unlock or start the keychain, or sign in again once OAuthDesk has closed.</source>
        <translation>会话已刷新，但钥匙串无法保存它（%1）。OAuthDesk 仅在此进程的内存中保留新会话，并在下次刷新时保存：请解锁或启动钥匙串，或在 OAuthDesk 关闭后重新登录。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RefreshLock</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message>
        <source>Another OAuthDesk has been refreshing this account for too long.</source>
        <translation>另一个 OAuthDesk 刷新此账户的时间过长。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RefreshNotices</name>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>“%1” needs you to sign in again. %2</source>
        <translation>“%1”需要您重新登录。%2</translation>
    </message>
    <message>
        <source>“%1” could not refresh its session; OAuthDesk tries again at %2. %3</source>
        <translation>“%1”无法刷新其会话；OAuthDesk 将于 %2 重试。%3</translation>
    </message>
    <message>
        <source>“%1” could not refresh its session. %2</source>
        <translation>“%1”无法刷新其会话。%2</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>刷新失败</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestBodyEditor</name>
    <message>
        <source>Invalid JSON at line %1, column %2 (offset %3): %4</source>
        <translation>第 %1 行第 %2 列（偏移量 %3）处的 JSON 无效：%4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>表单字段</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>The request has no body.</source>
        <translation>该请求没有正文。</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Content-Type:</source>
        <translation>Content-Type：</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Enter a JSON document, or choose another kind of body.</source>
        <translation>请输入一个 JSON 文档，或选择其他类型的正文。</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>有效的 JSON</translation>
    </message>
    <message>
        <source>A %1 request has no body.</source>
        <translation>%1 请求没有正文。</translation>
    </message>
    <message>
        <source>The body, as it is sent</source>
        <translation>实际发送的正文</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestEditor</name>
    <message>
        <source>The account whose access token is sent</source>
        <translation>发送其访问令牌的账户</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the request with the account&apos;s access token (Ctrl+Return)</source>
        <translation>使用账户的访问令牌发送请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>添加标头</translation>
    </message>
    <message>
        <source>The Authorization header is added by OAuthDesk with the account&apos;s token, for https and this computer only.</source>
        <translation>Authorization 标头由 OAuthDesk 使用账户的令牌添加，仅用于 https 和本机。</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Add an account first: requests are sent with an account&apos;s token.</source>
        <translation>请先添加账户：请求会使用账户的令牌发送。</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>请选择一个账户。</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>请输入 URL。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not kept in the history: %1.</source>
        <translation>未保存到历史中：%1。</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求标头</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestHistory</name>
    <message>
        <source>the %1 header</source>
        <translation>%1 标头</translation>
    </message>
    <message>
        <source>the value of the %1 header</source>
        <translation>%1 标头的值</translation>
    </message>
    <message>
        <source>the user name and password in the URL</source>
        <translation>URL 中的用户名和密码</translation>
    </message>
    <message>
        <source>the URL&apos;s fragment</source>
        <translation>URL 的片段</translation>
    </message>
    <message>
        <source>the value of %1 in the URL</source>
        <translation>URL 中 %1 的值</translation>
    </message>
    <message>
        <source>the body (%1 bytes, too large to keep)</source>
        <translation>正文（%1 字节，过大无法保存）</translation>
    </message>
    <message>
        <source>the body (a JWT)</source>
        <translation>正文（一个 JWT）</translation>
    </message>
    <message>
        <source>the body (JSON that does not parse)</source>
        <translation>正文（无法解析的 JSON）</translation>
    </message>
    <message>
        <source>the value of %1 in the body</source>
        <translation>正文中 %1 的值</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a request history file.</source>
        <translation>%1 不是请求历史文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>请选择一个账户。</translation>
    </message>
    <message>
        <source>Enter a name for the request.</source>
        <translation>请输入请求的名称。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestHistoryView</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Load the request into the editor without sending it</source>
        <translation>将请求载入编辑器但不发送</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Load the request into the editor and send it again</source>
        <translation>将请求载入编辑器并再次发送</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the editor&apos;s request under a name</source>
        <translation>以一个名称保存编辑器中的请求</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <source>Name (a saved request of the same name is replaced):</source>
        <translation>名称（同名的已保存请求将被替换）：</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>最近的请求</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>已保存的请求</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourceBrowserPane</name>
    <message>
        <source>The request was not added to the history: %1</source>
        <translation>该请求未添加到历史中：%1</translation>
    </message>
    <message>
        <source>A request is still running: cancel it or wait, then send again.</source>
        <translation>仍有请求正在运行：请取消或等待，然后再发送。</translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation>该请求未保存：%1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>已保存为“%1”。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourceClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Redirected from %1 to another origin: the access token was not sent.</source>
        <translation>从 %1 重定向到了其他源：未发送访问令牌。</translation>
    </message>
    <message>
        <source>Too many or invalid redirects.</source>
        <translation>重定向过多或无效。</translation>
    </message>
    <message>
        <source>A redirect pointed to an insecure address: %1</source>
        <translation>重定向指向了不安全的地址：%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourceRequest</name>
    <message>
        <source>Unsupported method &quot;%1&quot;: use GET, POST, PUT, PATCH, DELETE or HEAD.</source>
        <translation>不支持的方法“%1”：请使用 GET、POST、PUT、PATCH、DELETE 或 HEAD。</translation>
    </message>
    <message>
        <source>Enter a full URL, such as https://api.example.com/me.</source>
        <translation>请输入完整的 URL，例如 https://api.example.com/me。</translation>
    </message>
    <message>
        <source>The token is sent only to https addresses or to this computer: %1</source>
        <translation>令牌只发送到 https 地址或本机：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>“%1”不是有效的标头名称。</translation>
    </message>
    <message>
        <source>The value of header %1 contains a line break.</source>
        <translation>标头 %1 的值包含换行符。</translation>
    </message>
    <message>
        <source>Remove the Authorization header: OAuthDesk sends the account&apos;s token in it.</source>
        <translation>请删除 Authorization 标头：OAuthDesk 会在其中发送账户的令牌。</translation>
    </message>
    <message>
        <source>The %1 header is set by OAuthDesk.</source>
        <translation>%1 标头由 OAuthDesk 设置。</translation>
    </message>
    <message>
        <source>A %1 request has no body.</source>
        <translation>%1 请求没有正文。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourcesPage</name>
    <message>
        <source>Sign In Again with This Scope</source>
        <translation>以此权限范围重新登录</translation>
    </message>
    <message>
        <source>The resource needs the scope &quot;%1&quot;, which this account&apos;s token does not have. Sign in again and ask for it too?</source>
        <translation>该资源需要权限范围“%1”，而此账户的令牌没有该权限范围。要重新登录并一并请求它吗？</translation>
    </message>
    <message>
        <source>Sign in first: the request needs this account&apos;s access token.</source>
        <translation>请先登录：该请求需要此账户的访问令牌。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The server rejected the token (invalid_token): refreshed it once and sent again.</source>
        <translation>服务器拒绝了该令牌（invalid_token）：已刷新一次并重新发送。</translation>
    </message>
    <message numerus="yes">
        <source>Followed %n redirect(s).</source>
        <translation>
            <numerusform>跟随了 %n 次重定向。</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect went to another origin: the access token was not sent there.</source>
        <translation>有一次重定向指向了其他源：访问令牌未发送到那里。</translation>
    </message>
    <message>
        <source>Challenge %1 — %2</source>
        <translation>质询 %1 — %2</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResponseBodyLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2).</source>
        <translation>不是有效的 JSON：%1（%2）。</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>无法解码该图像。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResponseView</name>
    <message>
        <source>Reading the response</source>
        <translation>正在读取响应</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Find in keys and values</source>
        <translation>在键和值中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy JSON Path</source>
        <translation>复制 JSON 路径</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>该响应没有正文。</translation>
    </message>
    <message>
        <source>Only the first %1 of the body is shown as hex; the whole body is %2.</source>
        <translation>仅以十六进制显示正文的前 %1；完整正文为 %2。</translation>
    </message>
    <message>
        <source>Only the first %1 of the text is shown; the whole body is %2.</source>
        <translation>仅显示文本的前 %1；完整正文为 %2。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of the first %2</source>
        <translation>前 %2 个中的第 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应标头</translation>
    </message>
    <message>
        <source>Find in response</source>
        <translation>在响应中查找</translation>
    </message>
    <message>
        <source>Response as a JSON tree</source>
        <translation>以 JSON 树显示的响应</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Revocation</name>
    <message>
        <source>The server offers no revocation endpoint (RFC 7009).</source>
        <translation>服务器不提供撤销端点（RFC 7009）。</translation>
    </message>
    <message>
        <source>The server is unavailable for now.</source>
        <translation>服务器暂时不可用。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ScopeChips</name>
    <message>
        <source>Scopes:</source>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>未说明</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SecretStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>钥匙串未在规定时间内应答。</translation>
    </message>
    <message>
        <source>The keychain entry is damaged.</source>
        <translation>钥匙串条目已损坏。</translation>
    </message>
    <message>
        <source>The keychain did not keep what was written.</source>
        <translation>钥匙串未保存所写入的内容。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SessionPanel</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with the web browser</source>
        <translation>使用网页浏览器登录</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Forget this account&apos;s tokens on this computer</source>
        <translation>在本机上清除此账户的令牌</translation>
    </message>
    <message>
        <source>Refresh Now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token</source>
        <translation>使用刷新令牌获取新的访问令牌</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Get Token with Narrower Scope…</source>
        <translation>获取权限范围更窄的令牌…</translation>
    </message>
    <message>
        <source>An additional access token with fewer scopes, for a tool that should not have them all</source>
        <translation>一个权限范围更少的额外访问令牌，供不应拥有全部权限的工具使用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>停止等待浏览器</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Browser did not open? Copy the sign-in link and open it yourself.</source>
        <translation>浏览器没有打开？复制登录链接并自行打开。</translation>
    </message>
    <message>
        <source>Waiting for approval on another device…</source>
        <translation>正在等待在另一台设备上批准…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Sign in with a code entered in a browser on any device</source>
        <translation>在任意设备的浏览器中输入代码以登录</translation>
    </message>
    <message>
        <source>Sign in with your user name and password</source>
        <translation>使用用户名和密码登录</translation>
    </message>
    <message>
        <source>Get a token with the client&apos;s own credentials</source>
        <translation>使用客户端自身的凭据获取令牌</translation>
    </message>
    <message>
        <source>Stop the sign-in</source>
        <translation>停止登录</translation>
    </message>
    <message>
        <source>Waiting for the browser… complete the sign-in there.</source>
        <translation>正在等待浏览器…请在浏览器中完成登录。</translation>
    </message>
    <message>
        <source>Preparing the sign-in with the server…</source>
        <translation>正在与服务器准备登录…</translation>
    </message>
    <message>
        <source>OAuthDesk continues by itself once you approve.</source>
        <translation>您批准后 OAuthDesk 会自动继续。</translation>
    </message>
    <message>
        <source>Asking the server for a code…</source>
        <translation>正在向服务器请求代码…</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>正在请求令牌…</translation>
    </message>
    <message>
        <source>A different user</source>
        <translation>另一个用户</translation>
    </message>
    <message>
        <source>Sign in again and switch this account to that user?</source>
        <translation>重新登录并将此账户切换到该用户？</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was changed.</source>
        <translation>登录已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation>登录失败。%1</translation>
    </message>
    <message>
        <source>Signed in for this session only: no keychain is available, so OAuthDesk cannot remember this sign-in.</source>
        <translation>仅在本次会话中登录：没有可用的钥匙串，因此 OAuthDesk 无法记住此次登录。</translation>
    </message>
    <message>
        <source>Signed in and saved in the system keychain.</source>
        <translation>已登录并保存到系统钥匙串中。</translation>
    </message>
    <message>
        <source>Signed out in this window, but the keychain could not delete the tokens. %1</source>
        <translation>已在此窗口中退出登录，但钥匙串无法删除令牌。%1</translation>
    </message>
    <message>
        <source>The tokens were deleted from this computer, but the server was not told: %1</source>
        <translation>令牌已从本机删除，但未能通知服务器：%1</translation>
    </message>
    <message>
        <source>Revoked at the server; the tokens were deleted from this computer.</source>
        <translation>已在服务器上撤销；令牌已从本机删除。</translation>
    </message>
    <message>
        <source>The tokens were deleted from this computer.</source>
        <translation>令牌已从本机删除。</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <source>The server refused to revoke the tokens of an earlier session: %1</source>
        <translation>服务器拒绝撤销先前会话的令牌：%1</translation>
    </message>
    <message>
        <source>The server has now revoked the tokens of an earlier session.</source>
        <translation>服务器现已撤销先前会话的令牌。</translation>
    </message>
    <message>
        <source>The tokens were deleted from this computer. The server could not revoke them now (%1); OAuthDesk will ask it again every few minutes.</source>
        <translation>令牌已从这台计算机删除。服务器现在无法撤销它们（%1）；OAuthDesk 将每隔几分钟再次请求。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SessionSummary</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>令牌类型：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>已授予的权限范围：</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>刷新令牌：</translation>
    </message>
    <message>
        <source>not read yet (read on first use)</source>
        <translation>尚未读取（首次使用时读取）</translation>
    </message>
    <message>
        <source>the server did not say</source>
        <translation>服务器未说明</translation>
    </message>
    <message>
        <source>%1 (expired %2; renewed on next use)</source>
        <translation>%1（已于 %2 过期；下次使用时续期）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>kept for this session only (no keychain)</source>
        <translation>仅在本次会话中保留（无钥匙串）</translation>
    </message>
    <message>
        <source>%1, not read yet</source>
        <translation>%1，尚未读取</translation>
    </message>
    <message>
        <source>none: sign in again when the access token expires</source>
        <translation>无：访问令牌过期后需重新登录</translation>
    </message>
    <message>
        <source>held, %1</source>
        <translation>已持有，%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SessionVault</name>
    <message>
        <source>The system keychain cannot save a refreshed session now, so nothing was sent to the server and the session is as it was (%1). Unlock or start the keychain and try again.</source>
        <translation>系统钥匙串现在无法保存刷新后的会话，因此没有向服务器发送任何内容，会话保持原样（%1）。请解锁或启动钥匙串后重试。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Settings</name>
    <message>
        <source>Cannot read the CA certificates file %1: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>桌面的默认浏览器</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>浏览器命令</translation>
    </message>
    <message>
        <source>Empty: the desktop&apos;s default browser.</source>
        <translation>留空：使用桌面的默认浏览器。</translation>
    </message>
    <message>
        <source>The BROWSER environment variable is set (%1); it is used instead of this.</source>
        <translation>已设置 BROWSER 环境变量（%1）；将改用它。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation>提前刷新时间（秒）</translation>
    </message>
    <message>
        <source>Signed-in accounts get a new access token this long before the old one expires.</source>
        <translation>已登录的账户会在旧访问令牌过期前提前这么久获取新的访问令牌。</translation>
    </message>
    <message>
        <source>Clipboard clear time in seconds</source>
        <translation>剪贴板清空时间（秒）</translation>
    </message>
    <message>
        <source>A copied token is removed from the clipboard after this long, unless something else was copied meanwhile.</source>
        <translation>复制的令牌在这段时间后会从剪贴板中移除，除非期间复制了其他内容。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Takes effect the next time OAuthDesk starts.</source>
        <translation>下次启动 OAuthDesk 时生效。</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>How much OAuthDesk writes to its log (standard error). Never any token.</source>
        <translation>OAuthDesk 写入其日志（标准错误）的详细程度。绝不记录任何令牌。</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>浏览器命令(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Refresh before expiry:</source>
        <translation>过期前刷新(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>清空剪贴板(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>日志级别(&amp;L)：</translation>
    </message>
    <message>
        <source>A command that opens a web address, given as its last argument, e.g. “firefox --private-window”</source>
        <translation>一个打开网址的命令，网址作为其最后一个参数，例如“firefox --private-window”</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>无：仅使用系统的证书颁发机构</translation>
    </message>
    <message>
        <source>Trusted CA certificates file</source>
        <translation>受信任的 CA 证书文件</translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s own CA certificates, for servers whose certificates the system does not trust. Never a way to skip the check.</source>
        <translation>包含您组织自有 CA 证书的 PEM 文件，用于系统不信任其证书的服务器。它绝不是跳过检查的方法。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Trusted CA Certificates</source>
        <translation>受信任的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates:</source>
        <translation>受信任的 CA 证书(&amp;T)：</translation>
    </message>
    <message>
        <source>Only the certificate authorities the system trusts.</source>
        <translation>仅使用系统信任的证书颁发机构。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), trusted besides the system&apos;s. Takes effect the next time OAuthDesk starts.</source>
        <translation>
            <numerusform>%n 个证书，在系统的证书之外也受信任。下次启动 OAuthDesk 时生效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SignIn</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>A sign-in for this account is already under way.</source>
        <translation>此账户的登录已在进行中。</translation>
    </message>
    <message>
        <source>You signed in as a different user (%1) than this account&apos;s (%2); nothing was changed. Add another account for that user, or confirm to switch.</source>
        <translation>您登录的用户（%1）与此账户的用户（%2）不同；未做任何更改。请为该用户添加另一个账户，或确认切换。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SingleInstance</name>
    <message>
        <source>oauthdesk: another OAuthDesk window is running but does not answer</source>
        <translation>oauthdesk：另一个 OAuthDesk 窗口正在运行，但没有响应</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenActionBar</name>
    <message>
        <source>Refresh Now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token</source>
        <translation>使用刷新令牌获取新的访问令牌</translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation>内省(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;User Info</source>
        <translation>用户信息(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Decode a JWT…</source>
        <translation>解码 JWT(&amp;D)…</translation>
    </message>
    <message>
        <source>Read any JWT you paste, on this computer</source>
        <translation>在本机上读取您粘贴的任意 JWT</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>The server offers no introspection endpoint (RFC 7662)</source>
        <translation>服务器不提供内省端点（RFC 7662）</translation>
    </message>
    <message>
        <source>ID tokens are read here, not introspected</source>
        <translation>ID 令牌在此处读取，不进行内省</translation>
    </message>
    <message>
        <source>Ask the server whether this token is active (RFC 7662)</source>
        <translation>询问服务器此令牌是否有效（RFC 7662）</translation>
    </message>
    <message>
        <source>Ask the server who signed in (OpenID Connect UserInfo)</source>
        <translation>询问服务器登录者是谁（OpenID Connect UserInfo）</translation>
    </message>
    <message>
        <source>Sign out; the server offers no revocation endpoint, so the tokens stay valid there until they expire</source>
        <translation>退出登录；服务器不提供撤销端点，因此令牌在过期前在服务器上仍然有效</translation>
    </message>
    <message>
        <source>Revoke the tokens at the server (RFC 7009) and sign out</source>
        <translation>在服务器上撤销令牌（RFC 7009）并退出登录</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Refreshed: a new access token.</source>
        <translation>已刷新：获得新的访问令牌。</translation>
    </message>
    <message>
        <source>Refresh failed. %1</source>
        <translation>刷新失败。%1</translation>
    </message>
    <message>
        <source>Asking the server about the %1…</source>
        <translation>正在向服务器询问%1…</translation>
    </message>
    <message>
        <source>Introspection failed. %1</source>
        <translation>内省失败。%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>The server says the %1 is active.</source>
        <translation>服务器表示该%1有效。</translation>
    </message>
    <message>
        <source>The server says the %1 is not active: expired, revoked, or unknown to it.</source>
        <translation>服务器表示该%1无效：已过期、已撤销或服务器不认识它。</translation>
    </message>
    <message>
        <source>Introspection — %1</source>
        <translation>内省 — %1</translation>
    </message>
    <message>
        <source>Asking the server who signed in…</source>
        <translation>正在询问服务器登录者是谁…</translation>
    </message>
    <message>
        <source>UserInfo failed. %1</source>
        <translation>UserInfo 失败。%1</translation>
    </message>
    <message>
        <source>User Info</source>
        <translation>用户信息</translation>
    </message>
    <message>
        <source>The server answered</source>
        <translation>服务器应答</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已以 %1 身份登录</translation>
    </message>
    <message>
        <source>Revoke and Sign Out</source>
        <translation>撤销并退出登录</translation>
    </message>
    <message>
        <source>Revoke the tokens of “%1” and sign out?</source>
        <translation>撤销“%1”的令牌并退出登录？</translation>
    </message>
    <message>
        <source>The server offers no revocation endpoint: OAuthDesk can only delete the tokens from this computer, and they stay valid at the server until they expire.</source>
        <translation>服务器不提供撤销端点：OAuthDesk 只能从本机删除令牌，令牌在过期前在服务器上仍然有效。</translation>
    </message>
    <message>
        <source>OAuthDesk asks the server to revoke the refresh token and the access token (RFC 7009), then deletes them from this computer, even if the server cannot be reached.</source>
        <translation>OAuthDesk 会请求服务器撤销刷新令牌和访问令牌（RFC 7009），然后将它们从本机删除，即使无法连接服务器也是如此。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoking at the server…</source>
        <translation>正在服务器上撤销…</translation>
    </message>
    <message>
        <source>Revoked at the server; the tokens were deleted from this computer.</source>
        <translation>已在服务器上撤销；令牌已从本机删除。</translation>
    </message>
    <message>
        <source>Signed out locally; the server could not revoke the tokens now (%1). OAuthDesk will ask it again every few minutes.</source>
        <translation>已在本地退出登录；服务器现在无法撤销这些令牌（%1）。OAuthDesk 将每隔几分钟再次请求。</translation>
    </message>
    <message>
        <source>Signed out locally; the server could not be reached: %1</source>
        <translation>已在本地退出登录；无法连接服务器：%1</translation>
    </message>
    <message>
        <source>Signed out locally; the server did not revoke the tokens: %1</source>
        <translation>已在本地退出登录；服务器未撤销令牌：%1</translation>
    </message>
    <message>
        <source>Signed out locally.</source>
        <translation>已在本地退出登录。</translation>
    </message>
    <message>
        <source>The system keychain could not delete its copy: %1</source>
        <translation>系统钥匙串无法删除其副本：%1</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenField</name>
    <message>
        <source>Token value</source>
        <translation>令牌值</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenInspection</name>
    <message>
        <source>Signature verified (key kid &quot;%1&quot; from the issuer&apos;s JWKS)</source>
        <translation>签名已验证（来自签发者 JWKS 的密钥，kid 为“%1”）</translation>
    </message>
    <message>
        <source>Signature invalid: %1</source>
        <translation>签名无效：%1</translation>
    </message>
    <message>
        <source>Not verified (encrypted JWE)</source>
        <translation>未验证（已加密的 JWE）</translation>
    </message>
    <message>
        <source>Not verified (opaque token)</source>
        <translation>未验证（不透明令牌）</translation>
    </message>
    <message>
        <source>Not verified (no JWKS)</source>
        <translation>未验证（无 JWKS）</translation>
    </message>
    <message>
        <source>Not verified (%1)</source>
        <translation>未验证（%1）</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenInspectionView</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>This token is encrypted (JWE): only its recipient can read what it says.</source>
        <translation>此令牌已加密（JWE）：只有其接收方才能读取其内容。</translation>
    </message>
    <message>
        <source>This token looks like a JWT but cannot be decoded: %1</source>
        <translation>此令牌看起来像 JWT，但无法解码：%1</translation>
    </message>
    <message>
        <source>An opaque token: what it means is known only to the server that issued it. Introspection asks the server about it.</source>
        <translation>不透明令牌：其含义只有签发它的服务器知道。内省会向服务器询问它。</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>正在检查签名…</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>令牌头部</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenInspectorWidget</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <source>Show the token itself; it is hidden again when you switch tokens or accounts</source>
        <translation>显示令牌本身；切换令牌或账户时会再次隐藏</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 seconds</source>
        <translation>复制令牌；剪贴板会在 30 秒后清空</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>Select an account to inspect its tokens.</source>
        <translation>选择一个账户以检查其令牌。</translation>
    </message>
    <message>
        <source>Reading the session from the system keychain…</source>
        <translation>正在从系统钥匙串读取会话…</translation>
    </message>
    <message>
        <source>Not signed in: there are no tokens to inspect.</source>
        <translation>未登录：没有可检查的令牌。</translation>
    </message>
    <message>
        <source>JWT signed with %1</source>
        <translation>使用 %1 签名的 JWT</translation>
    </message>
    <message>
        <source>Encrypted (JWE)</source>
        <translation>已加密（JWE）</translation>
    </message>
    <message>
        <source>Malformed JWT</source>
        <translation>格式错误的 JWT</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say when it expires.</source>
        <translation>服务器未说明它何时过期。</translation>
    </message>
    <message>
        <source>No expiry stated.</source>
        <translation>未说明过期时间。</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2)</source>
        <translation>%1 后过期（%2）</translation>
    </message>
    <message>
        <source>Expired %1 (at %2)</source>
        <translation>%1过期（%2）</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>已复制%1。除非您复制其他内容，剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenManager</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenResponse</name>
    <message>
        <source>The token endpoint&apos;s answer (HTTP %1) is not JSON.</source>
        <translation>令牌端点的应答（HTTP %1）不是 JSON。</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer (HTTP %1) is %2, not JSON.</source>
        <translation>令牌端点的应答（HTTP %1）是 %2，不是 JSON。</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is JSON but not an object.</source>
        <translation>令牌端点的应答是 JSON，但不是对象。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a string.</source>
        <translation>字段“%1”不是字符串。</translation>
    </message>
    <message>
        <source>The error answer has no &quot;error&quot; code.</source>
        <translation>错误应答中没有“error”代码。</translation>
    </message>
    <message>
        <source>The token endpoint answered with a redirect (HTTP %1), which is never followed.</source>
        <translation>令牌端点以重定向（HTTP %1）应答，重定向从不跟随。</translation>
    </message>
    <message>
        <source>The token endpoint did not issue a token.</source>
        <translation>令牌端点未签发令牌。</translation>
    </message>
    <message>
        <source>The answer has no access_token.</source>
        <translation>应答中没有 access_token。</translation>
    </message>
    <message>
        <source>The answer has no token_type.</source>
        <translation>应答中没有 token_type。</translation>
    </message>
    <message>
        <source>The token type &quot;%1&quot; is not supported; only Bearer is.</source>
        <translation>不支持令牌类型“%1”；只支持 Bearer。</translation>
    </message>
    <message>
        <source>The answer&apos;s expires_in is not a non-negative whole number of seconds.</source>
        <translation>应答中的 expires_in 不是表示秒数的非负整数。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::UserInfo</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>The server offers no UserInfo endpoint.</source>
        <translation>服务器不提供 UserInfo 端点。</translation>
    </message>
    <message>
        <source>UserInfo did not answer.</source>
        <translation>UserInfo 没有应答。</translation>
    </message>
    <message>
        <source>UserInfo did not answer with JSON.</source>
        <translation>UserInfo 的应答不是 JSON。</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::WindowMenus</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Decode a JWT…</source>
        <translation>解码 JWT(&amp;D)…</translation>
    </message>
    <message>
        <source>Read any JWT you paste, on this computer</source>
        <translation>在本机上读取您粘贴的任意 JWT</translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation>刷新令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the Request &amp;URL</source>
        <translation>转到请求 URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find in the Response</source>
        <translation>在响应中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>OAuthDesk::XmlPrettyPrinter</name>
    <message>
        <source>Not well-formed XML: %1 (line %2, column %3).</source>
        <translation>不是格式正确的 XML：%1（第 %2 行，第 %3 列）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>oauthdesk: could not write the exchange log %1: %2</source>
        <translation>oauthdesk：无法写入交换日志 %1：%2</translation>
    </message>
</context>
</TS>
