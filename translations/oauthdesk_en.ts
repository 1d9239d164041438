<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OAuthDesk</name>
    <message>
        <source>No keychain service is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs an authorization endpoint and a token endpoint (or an issuer to discover them from).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountListModel</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, token expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file is locked by another OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the server&apos;s endpoints from its issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the provider&apos;s app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a fixed redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For servers that only accept a registered redirect URI with a port. Otherwise a free port is chosen for each sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: endpoints for servers without discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthorization endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https (plain http only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the issuer&apos;s endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token endpoint under Advanced too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the authorization endpoint under Advanced too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Discover to find the server&apos;s endpoints, or enter both endpoints under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer URL and press Discover, or enter both endpoints under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s app registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AuthorizationCodeFlow</name>
    <message>
        <source>The browser did not come back within %1 minutes; sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the sign-in request but sent no request_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new sign-in was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from another issuer (%1) than this account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer does not name its issuer, although the server promises to (RFC 9207).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carries neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::CommandLine</name>
    <message>
        <source>Usage: oauthdesk [VERB …]

Without a verb, opens the window. Verbs:
  account add NAME --issuer URL --client-id ID [--scope &quot;a b&quot;] [--grant authorization_code]
                   [--redirect-port N] [--authorization-endpoint URL --token-endpoint URL]
  account list [--json]
  account remove NAME
  login NAME        sign in through the browser and keep the session in the system keychain
  token NAME        print a valid access token, refreshing it first if needed
  get NAME URL      GET a protected URL with the account&apos;s token; the body goes to stdout

Each verb takes --help. Exit status: 0 success, 2 usage, 3 sign-in required, 4 the server
refused, 5 network, 6 keychain, 7 HTTP error status, 130 cancelled, 1 anything else.
The browser is $BROWSER when set (a command that gets the URL), else the system&apos;s default.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account verb &quot;%1&quot;: use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (oauthdesk account list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account. With --issuer alone, its endpoints are discovered (RFC 8414 / OpenID Connect Discovery, exact issuer match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to call the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server&apos;s issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID registered at the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant: authorization_code (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed loopback port for servers that match redirect URIs exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization endpoint, for servers without discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint, for servers without discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authorization-endpoint and --token-endpoint go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --issuer, or both --authorization-endpoint and --token-endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (no secrets are ever included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: oauthdesk account add NAME --issuer URL --client-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an account and forgets its tokens from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in through the browser (authorization code with PKCE and a 127.0.0.1 redirect) and keeps the session in the system keychain. Ctrl-C cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser to sign in at %1 … (Ctrl-C cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser; open this address yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token expires at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token has no stated expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; %1; scopes: %2; refresh token %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a valid access token on stdout, refreshing it first when it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GETs a protected URL with the account&apos;s access token (Authorization: Bearer). When the resource answers invalid_token, refreshes once and retries once. The body goes to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An https URL (or http on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get takes NAME and URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Discovery</name>
    <message>
        <source>The server&apos;s metadata is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot;, not &quot;%2&quot;: refused (the issuer must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s %1 is not an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s metadata names no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be an https URL without query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discovery document was found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::DisplayText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed 1 redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token withheld from another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Error</name>
    <message>
        <source>Access was denied at the sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this client: check the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not allowed to use this kind of sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the requested scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the sign-in; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs you to sign in interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused an insecure address: only https, or http on this computer (127.0.0.1, ::1, localhost), is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account settings are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::HttpClient</name>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error %1 talking to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::LoopbackListener</name>
    <message>
        <source>Could not listen on 127.0.0.1 port %1 for the browser&apos;s answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::MainWindow</name>
    <message>
        <source>OAuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has no web browser set for web links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this account&apos;s tokens on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser did not open? Copy the sign-in link and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a Protected Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET this URL with the account&apos;s access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet.
Add one to sign in with your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… complete the sign-in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet (read on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired %2; renewed on next use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept for this session only (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: sign in again when the access token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk signs it out and deletes its tokens from the system keychain. The server may still list the sign-in until it expires there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens of “%1” could not be deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Remove the account anyway? Its tokens may stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only: no keychain is available, so OAuthDesk cannot remember this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in and saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out in this window, but the keychain could not delete the tokens. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full URL, such as https://api.example.com/me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Platform</name>
    <message>
        <source>The browser command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RefreshLock</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another OAuthDesk has been refreshing this account for too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourceClient</name>
    <message>
        <source>Too many or invalid redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect pointed to an insecure address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SecretStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep what was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenManager</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in for this account is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired and the server gave no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this session (%1); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was refreshed but the keychain could not save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenResponse</name>
    <message>
        <source>The token endpoint&apos;s answer (HTTP %1) is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer (HTTP %1) is %2, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error answer has no &quot;error&quot; code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered with a redirect (HTTP %1), which is never followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint did not issue a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no token_type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token type &quot;%1&quot; is not supported; only Bearer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s expires_in is not a non-negative whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
