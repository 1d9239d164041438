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
    <message>
        <source>provider preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must not have a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must use https (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https (plain http only for this computer): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;issuer&quot; must not have a query or fragment.</source>
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
        <source>The redirect port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant type &quot;%1&quot; is not supported (use one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authentication &quot;%1&quot; is not supported (use none, client_secret_basic or client_secret_post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials grant is for confidential clients: choose client_secret_basic or client_secret_post and give the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device grant needs the server&apos;s device authorization endpoint (discovery finds it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs an authorization endpoint (or an issuer to discover it from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a token endpoint (or an issuer to discover it from).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountActions</name>
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
        <source>The account could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was added, but the system keychain could not keep its registration. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was added, but the system keychain could not store its client secret, so it cannot sign in yet. Set the secret again once the keychain works (oauthdesk account secret NAME). %1</source>
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
        <source>The account&apos;s request history could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountImport</name>
    <message>
        <source>&quot;%1&quot; has no issuer, so its endpoints can only come from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its issuer&apos;s endpoints could not be discovered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported. These endpoints are the file&apos;s word alone; if they are right, import again accepting them (--accept-endpoints):
%2</source>
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
    <message>
        <source>%1 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountListView</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AccountPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;Log</source>
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
    <name>OAuthDesk::AccountTransfer</name>
    <message>
        <source>The file is not an OAuthDesk account export (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OAuthDesk account export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export&apos;s version is not %1: it was written by another OAuthDesk version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no &quot;accounts&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 in the file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; in the file is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has two accounts named &quot;%1&quot;.</source>
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
    <message>
        <source>None — public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (in the request body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the application proves who it is to the token endpoint. Apps on a desktop are usually public clients, without a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name at this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is asked for at each sign-in and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for a public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Discover to find the server&apos;s endpoints, or enter %1 under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer URL and press Discover, or enter %1 under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials grant is for confidential clients: choose a client secret under Client authentication and enter the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret, or choose None for a public client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name at this server for the password grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no discovery document: the preset has its endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to register OAuthDesk automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering OAuthDesk at the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not register OAuthDesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s app registration (this server offers no automatic registration).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AdditionalTokenDialog</name>
    <message>
        <source>Token with Narrower Scope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an additional access token limited to some of the granted scopes, for a tool that should not have them all. The account keeps its own token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space-separated, e.g. openid profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access token; the clipboard is cleared again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::AuthorizationCodeFlow</name>
    <message>
        <source>The server accepted the sign-in request but sent no request_uri.</source>
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
    <name>OAuthDesk::ClaimsTableModel</name>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the token is signed (RFC 7515 §4.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media type of the whole token, e.g. JWT or at+jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key of the issuer&apos;s key set signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never trusted: keys come from the issuer&apos;s own jwks_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint (SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the token is about: the user&apos;s ID at the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the token is for; anyone else must refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must not be accepted after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must not be accepted before this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user last authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique identifier of this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the ID token was issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds the ID token to the sign-in that asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key the holder must prove it has (sender-constrained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientCredentialsFlow</name>
    <message>
        <source>The client credentials grant needs a client secret (client_secret_basic or client_secret_post).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientRegistration</name>
    <message>
        <source>The registration endpoint refused to register OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration endpoint&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration endpoint&apos;s answer has no client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration endpoint&apos;s answer has a field of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server registered OAuthDesk with the client authentication &quot;%1&quot;, which OAuthDesk does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server registered a confidential client but sent no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s registration_client_uri is not an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no registration endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s client_secret_expires_at is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientRegistrationStep</name>
    <message>
        <source>The server offers no client registration endpoint: give the client ID of an application registered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk registers itself for the authorization code grant only: give the client ID of an application registered for the %1 grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk registers itself as a public client: give the client ID and secret of a confidential application registered at the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ClientSecrets</name>
    <message>
        <source>No client secret is stored for this account: set it first (oauthdesk account secret NAME).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::CommandLine</name>
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
        <source>Space-separated scopes to ask for.</source>
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
    <message>
        <source>Unknown account verb &quot;%1&quot;: use add, list, secret, remove, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run oauthdesk login NAME --switch-user to switch the account to that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID registered at the server. Without it, OAuthDesk registers itself at the server&apos;s registration endpoint (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant: authorization_code (default), device, client_credentials, or the legacy implicit and password (RFC 9700 deprecates both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client authenticates: none (public client, default), client_secret_basic or client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from stdin; it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name, for the password grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-auth and --client-secret-stdin need --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-auth %1 needs --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret-stdin needs a --client-auth with a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password grant needs --username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret came on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the %1 grant is legacy (RFC 9700 deprecates it); prefer authorization_code with PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot;, but its client secret could not be kept: %2 (try again with oauthdesk account secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot;; its client secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is required with explicit endpoints (registration needs discovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no client registration endpoint: give the client ID of an application registered there (--client-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered client uses the authorization code grant: give --client-id for the %1 grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered client %1 for account &quot;%2&quot;, but the keychain could not keep its registration: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; with the newly registered client %2 (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the settings of all accounts as JSON, to FILE or to stdout: name, issuer, endpoints, client ID, scope, grant, client authentication method, user name, redirect port and preset. Never tokens, client secrets or who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write (default: stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account export takes at most one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds the accounts of an export (oauthdesk account export). Every account is checked before any is added. An existing account is never replaced: one whose name is taken is skipped, or added under a free name with --rename. Client secrets are not in the file: set them with oauthdesk account secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to read (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account whose name is taken as &quot;NAME (2)&quot; instead of skipping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account import takes one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot;: an account with that name exists (not replaced; --rename adds it under a free name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with client authentication need their secret: oauthdesk account secret NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the account&apos;s client secret from the first line of stdin. It is kept in the system keychain, never in the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account secret takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the account&apos;s grant and keeps the session in the system keychain. Ctrl-C cancels.
  authorization_code: the browser opens; a 127.0.0.1 listener takes the answer (PKCE).
  device: the code and the address to enter it at go to stderr.
  client_credentials: no interaction.
  implicit (legacy, RFC 9700 deprecates it): like authorization_code, token in the URL fragment.
  password (legacy, RFC 9700 deprecates it): the password is asked for (no echo) or read with
  --password-stdin, used once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password grant: read the password from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device grant: also open the verification address in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept signing in as a different user than the account had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this scope instead of the account&apos;s; it becomes the account&apos;s scope when the sign-in succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the %1 grant is legacy; RFC 9700 deprecates it. Prefer authorization_code with PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: give it at the prompt or with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires at %1. Waiting for approval… (Ctrl-C cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; %1; scopes: %2; refresh token: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An additional token with identical or narrower scope (RFC 6749 §6); the account&apos;s own token is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GETs a protected URL with the account&apos;s access token (Authorization: Bearer). When the resource answers invalid_token, refreshes once and retries once. The body goes to stdout. The short form of: oauthdesk request NAME URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a request to a protected URL with the account&apos;s access token (Authorization: Bearer), curl-like. When the resource answers invalid_token, refreshes once and retries once. Redirects are followed; to another origin without the token. The body goes to stdout; a non-2xx status exits with 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE or HEAD (default GET, or POST with a body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body (Content-Type application/x-www-form-urlencoded unless a -H gives one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the request body from a file (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the status line and the response headers before the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request takes NAME and URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give -d or --data-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a redirect went to another origin; the access token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the scope &quot;%1&quot;. Sign in again asking for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (JWE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the account&apos;s tokens decoded (JWTs: header and claims, with the signature checked against the issuer&apos;s keys), their expiry, scopes and who is signed in. Token values are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires: %1 (in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server about the account&apos;s access token (RFC 7662) and prints its JSON answer. Only &quot;active&quot;: true means the server still accepts it; exit status 8 when it is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the refresh token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introspect takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the token is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the account&apos;s refresh and access tokens at the server (RFC 7009) and forgets the local copies — those are deleted even when the server cannot be reached, and you are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out locally (the tokens are gone from this computer), but the server was not told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at the server and signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a JWT read from stdin and, with --issuer, verifies its signature against that issuer&apos;s keys (discovered from the issuer, exact match) — jwt.io, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer whose keys should have signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token came on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JWT (it may be an opaque token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 (-H) is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh first, even when the access token is still valid (for example after your rights changed at the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scope always asks the server; --refresh is for the account&apos;s own token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out locally (the session is gone from this computer), but the server could not revoke the tokens now: %1 They wait in the system keychain and are sent again by the next &quot;oauthdesk revoke&quot; of this account, and every few minutes while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed, but its request history could not be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints come from discovery of each account&apos;s issuer, never from the file; an account whose server publishes no discovery document is imported with the file&apos;s endpoints only with --accept-endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s endpoints for accounts whose server publishes no discovery document (check them first: a wrong token endpoint receives the codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: endpoints discovered from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file&apos;s endpoints, as accepted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::CurlCopyButton</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command that gets the token with &quot;oauthdesk token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the access token itself into the command (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl. Set OAUTHDESK_TOKEN before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl. The command gets a fresh token with &quot;oauthdesk token %1&quot; when it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account whose token to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token can only be included in a request that can be sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the Access Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command with the access token of “%1” written out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees the command can act as this account until the token expires. The clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no access token for “%1”: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl with the access token. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::DeviceCodePanel</name>
    <message>
        <source>To sign in, enter this code at the address below, in a browser on any device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::DeviceFlow</name>
    <message>
        <source>The server offers no device authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization answer lacks device_code, user_code or expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification address is not an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before it was approved.</source>
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
    <name>OAuthDesk::ExchangeLogModel</name>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ExchangeLogView</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown entries, redacted, as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected entry, or all shown entries, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every entry of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTTP Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::GrantField</name>
    <message>
        <source>Authorization code with PKCE (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy grant: RFC 9700 (OAuth 2.0 Security Best Current Practice) deprecates the implicit grant. Use authorization code with PKCE unless this server offers nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy grant: RFC 9700 (OAuth 2.0 Security Best Current Practice) deprecates the password grant. Use authorization code with PKCE unless this server offers nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign in with your web browser; OAuthDesk never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk shows a short code; you enter it on a page in any browser, on this or another device, and approve the sign-in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application signs in as itself with its client secret; no person is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser hands the access token straight back, with no refresh token; you sign in again when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You type your password into OAuthDesk at each sign-in and it sends it to the server. The password is never stored.</source>
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
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::IdTokenCheck</name>
    <message>
        <source>The server sent no ID token, although the sign-in asked for one (scope openid); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an ID token, but the account has no issuer key set (jwks_uri) to verify it with: add the account by discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token failed validation; nothing was stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed ID token names somebody else: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ImagePreview</name>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ImplicitFlow</name>
    <message>
        <source>The answer&apos;s expires_in is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Introspection</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no introspection endpoint (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such token to introspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection answer has no boolean &quot;active&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::IssuerField</name>
    <message>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the server&apos;s endpoints from its issuer URL</source>
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
</context>
<context>
    <name>OAuthDesk::JsonTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::JwtDecoderDialog</name>
    <message>
        <source>Decode a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JSON Web Token to read its header and claims. Decoding happens on this computer; the token is sent nowhere. Give its issuer to check the signature with the issuer&apos;s published keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJhbGciOi… (header.payload.signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL, e.g. https://login.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s metadata and keys (jwks_uri) and check the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT that can be read here: it is encrypted (JWE), and only its recipient holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: a JWT is three base64url parts separated by dots, the first a JSON header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer as a full URL, such as https://login.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes no keys (its metadata has no jwks_uri).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::KeySetCache</name>
    <message>
        <source>The issuer&apos;s key set is not at an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::KeyValueTable</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
        <source>The request history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::MessageBanners</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::NoAccountPage</name>
    <message>
        <source>Add Account…</source>
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
</context>
<context>
    <name>OAuthDesk::OAuthFlow</name>
    <message>
        <source>Sign-in was stopped after %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was stopped: it took too long.</source>
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
</context>
<context>
    <name>OAuthDesk::PasswordDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for this account. OAuthDesk sends it to the server once and does not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::PasswordFlow</name>
    <message>
        <source>A user name and a password are needed for this sign-in.</source>
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
    <message>
        <source>%1 is not a private directory of this user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::PresetChoice</name>
    <message>
        <source>Other (enter the server yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets fill in what is known about a provider. More can be added as JSON files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PKCE support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh tokens: sign in again when the token expires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ProviderPreset</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters and digits, joined by dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown grant &quot;%1&quot; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown client_auth_method &quot;%1&quot; (use none, client_secret_basic or client_secret_post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client_credentials grant needs a client_auth_method with a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;quirks&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;placeholders&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each placeholder needs a &quot;name&quot; of lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; needs a &quot;label&quot; and an &quot;example&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; has the unknown kind &quot;%2&quot; (use name or url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example of &quot;%1&quot; is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the undeclared placeholder {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the URL placeholder {%2} may only begin a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unmatched brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder &quot;%1&quot; is declared but no template uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;discovery&quot; is true but there is no &quot;issuer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without discovery, the %1 grant needs &quot;authorization_endpoint&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without discovery, the %1 grant needs &quot;token_endpoint&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without discovery, the device grant needs &quot;device_authorization_endpoint&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RawBodyView</name>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RefreshCoordinator</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An additional token needs a refresh token: sign in first.</source>
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
        <source>The session was refreshed but the keychain could not save it (%1). OAuthDesk keeps the new session in this process&apos;s memory only and saves it at the next refresh: unlock or start the keychain, or sign in again once OAuthDesk has closed.</source>
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
    <name>OAuthDesk::RefreshNotices</name>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs you to sign in again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not refresh its session; OAuthDesk tries again at %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not refresh its session. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestBodyEditor</name>
    <message>
        <source>Invalid JSON at line %1, column %2 (offset %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON document, or choose another kind of body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 request has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body, as it is sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestEditor</name>
    <message>
        <source>The account whose access token is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request with the account&apos;s access token (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header is added by OAuthDesk with the account&apos;s token, for https and this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first: requests are sent with an account&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept in the history: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestHistory</name>
    <message>
        <source>the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name and password in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL&apos;s fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body (%1 bytes, too large to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body (a JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body (JSON that does not parse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a request history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::RequestHistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the request into the editor without sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the request into the editor and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the editor&apos;s request under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (a saved request of the same name is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourceBrowserPane</name>
    <message>
        <source>The request was not added to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is still running: cancel it or wait, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
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
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected from %1 to another origin: the access token was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourceRequest</name>
    <message>
        <source>Unsupported method &quot;%1&quot;: use GET, POST, PUT, PATCH, DELETE or HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full URL, such as https://api.example.com/me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is sent only to https addresses or to this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header %1 contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Authorization header: OAuthDesk sends the account&apos;s token in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header is set by OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 request has no body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResourcesPage</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again with This Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource needs the scope &quot;%1&quot;, which this account&apos;s token does not have. Sign in again and ask for it too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the request needs this account&apos;s access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the token (invalid_token): refreshed it once and sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Followed %n redirect(s).</source>
        <translation>
            <numerusform>Followed %n redirect.</numerusform>
            <numerusform>Followed %n redirects.</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect went to another origin: the access token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResponseBodyLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ResponseView</name>
    <message>
        <source>Reading the response</source>
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
        <source>Find in keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of the body is shown as hex; the whole body is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of the text is shown; the whole body is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response as a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Revocation</name>
    <message>
        <source>The server offers no revocation endpoint (RFC 7009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::ScopeChips</name>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
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
    <name>OAuthDesk::SessionPanel</name>
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
        <source>Get Token with Narrower Scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An additional access token with fewer scopes, for a tool that should not have them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval on another device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code entered in a browser on any device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token with the client&apos;s own credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk continues by itself once you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and switch this account to that user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were deleted from this computer, but the server was not told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at the server; the tokens were deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to revoke the tokens of an earlier session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has now revoked the tokens of an earlier session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were deleted from this computer. The server could not revoke them now (%1); OAuthDesk will ask it again every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SessionSummary</name>
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
</context>
<context>
    <name>OAuthDesk::SessionVault</name>
    <message>
        <source>The system keychain cannot save a refreshed session now, so nothing was sent to the server and the session is as it was (%1). Unlock or start the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::Settings</name>
    <message>
        <source>Cannot read the CA certificates file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the desktop&apos;s default browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BROWSER environment variable is set (%1); it is used instead of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh lead time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in accounts get a new access token this long before the old one expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard clear time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copied token is removed from the clipboard after this long, unless something else was copied meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time OAuthDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much OAuthDesk writes to its log (standard error). Never any token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that opens a web address, given as its last argument, e.g. “firefox --private-window”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s own CA certificates, for servers whose certificates the system does not trust. Never a way to skip the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the certificate authorities the system trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), trusted besides the system&apos;s. Takes effect the next time OAuthDesk starts.</source>
        <translation>
            <numerusform>%n certificate, trusted besides the system&apos;s. Takes effect the next time OAuthDesk starts.</numerusform>
            <numerusform>%n certificates, trusted besides the system&apos;s. Takes effect the next time OAuthDesk starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SignIn</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in for this account is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in as a different user (%1) than this account&apos;s (%2); nothing was changed. Add another account for that user, or confirm to switch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::SingleInstance</name>
    <message>
        <source>oauthdesk: another OAuthDesk window is running but does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenActionBar</name>
    <message>
        <source>Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decode a JWT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read any JWT you paste, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no introspection endpoint (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID tokens are read here, not introspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether this token is active (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server who signed in (OpenID Connect UserInfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out; the server offers no revocation endpoint, so the tokens stay valid there until they expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the tokens at the server (RFC 7009) and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server about the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the %1 is not active: expired, revoked, or unknown to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server who signed in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserInfo failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the tokens of “%1” and sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no revocation endpoint: OAuthDesk can only delete the tokens from this computer, and they stay valid at the server until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk asks the server to revoke the refresh token and the access token (RFC 7009), then deletes them from this computer, even if the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking at the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at the server; the tokens were deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out locally; the server could not revoke the tokens now (%1). OAuthDesk will ask it again every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out locally; the server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out locally; the server did not revoke the tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete its copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenField</name>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenInspection</name>
    <message>
        <source>Signature verified (key kid &quot;%1&quot; from the issuer&apos;s JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified (encrypted JWE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified (opaque token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified (no JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenInspectionView</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is encrypted (JWE): only its recipient can read what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token looks like a JWT but cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque token: what it means is known only to the server that issued it. Introspection asks the server about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenInspectorWidget</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token itself; it is hidden again when you switch tokens or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to inspect its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the session from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: there are no tokens to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT signed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (JWE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>%1 copied. The clipboard is cleared in %n second unless you copy something else.</numerusform>
            <numerusform>%1 copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthDesk::TokenManager</name>
    <message>
        <source>The account no longer exists.</source>
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
<context>
    <name>OAuthDesk::UserInfo</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no UserInfo endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserInfo did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserInfo did not answer with JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::WindowMenus</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decode a JWT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read any JWT you paste, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Request &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in the Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthDesk::XmlPrettyPrinter</name>
    <message>
        <source>Not well-formed XML: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>oauthdesk: could not write the exchange log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
