#!/usr/bin/python3
"""OAuthDesk second test/demo authorization server, built on Authlib (Flask integration).

Usage: /usr/bin/python3 server.py [--port N] [--access-ttl SECONDS] [--refresh-ttl SECONDS] [--verbose]

It offers what oidc-provider (tests/server/) does not: the implicit grant (response_type=token) and
the resource owner password credentials grant, next to authorization code + PKCE, client
credentials and rotating refresh tokens. Every grant is a real Authlib 1.2.0 grant class; this file
only supplies in-memory storage and the small login/consent page.

Binds 127.0.0.1 only. When listening it prints exactly one line of JSON to stdout,
  {"issuer":"http://127.0.0.1:PORT","port":PORT}
and nothing else ever goes to stdout (logs go to stderr; codes and tokens are never logged, URLs
are logged without their query). SIGTERM or SIGINT: exit 0. See README.md beside this file.

Run it with Debian's /usr/bin/python3 (python3-authlib, python3-flask).
"""

import argparse
import html
import json
import logging
import os
import re
import secrets
import signal
import sys
import threading
import time

# Authlib refuses plain-http requests unless this is set. This server is loopback only.
os.environ['AUTHLIB_INSECURE_TRANSPORT'] = '1'

from flask import Flask, Response, jsonify, request  # noqa: E402
from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402

from authlib.integrations.flask_oauth2 import (  # noqa: E402
    AuthorizationServer,
    ResourceProtector,
    current_token,
)
from authlib.integrations.flask_oauth2.errors import raise_http_exception  # noqa: E402
from authlib.oauth2 import OAuth2Error  # noqa: E402
from authlib.oauth2.rfc6749 import (  # noqa: E402
    ClientMixin,
    InvalidGrantError,
    InvalidRequestError,
    TokenMixin,
    grants,
)
from authlib.oauth2.rfc6749.errors import (  # noqa: E402
    MissingAuthorizationError,
    UnsupportedTokenTypeError,
)
from authlib.oauth2.rfc6750 import (  # noqa: E402
    BearerTokenGenerator,
    BearerTokenValidator,
    InsufficientScopeError,
)
from authlib.oauth2.rfc7009 import RevocationEndpoint  # noqa: E402
from authlib.oauth2.rfc7636 import CodeChallenge  # noqa: E402
from authlib.oauth2.rfc7636.challenge import compare_s256_code_challenge  # noqa: E402
from authlib.oauth2.rfc8414 import AuthorizationServerMetadata  # noqa: E402
from authlib.common.security import generate_token  # noqa: E402

PROG = 'server.py'
REALM = 'oauthdesk-test'
API_SCOPE = 'api:read'
SCOPES = ['openid', 'profile', 'api:read', 'api:write']
CODE_TTL = 600          # RFC 6749 4.1.2: at most 10 minutes
ALL_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none']

log = logging.getLogger('authlib-server')

# --------------------------------------------------------------------------------------------
# Clients and users


# RFC 8252 7.3: for a loopback redirect URI the port is chosen by the client at run time.
# Scheme, host (the IP literal) and path must match exactly; no query, no fragment, no userinfo.
LOOPBACK_CALLBACK = re.compile(r'http://127\.0\.0\.1(?::([1-9][0-9]{0,4}))?/callback')


class Client(ClientMixin):
    def __init__(self, client_id, name, auth_methods, grant_types, response_types=(),
                 scope=SCOPES, secret=None, loopback_redirect=False):
        self.client_id = client_id
        self.name = name
        self.secret = secret
        self.auth_methods = set(auth_methods)
        self.grant_types = set(grant_types)
        self.response_types = set(response_types)
        self.scope = list(scope)
        self.loopback_redirect = loopback_redirect

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        # Every authorization request must name its (loopback) redirect_uri.
        return None

    def get_allowed_scope(self, scope):
        # Authlib semantics: scopes this client may not have are silently dropped.
        if not scope:
            return ''
        return ' '.join(s for s in scope.split() if s in self.scope)

    def check_redirect_uri(self, redirect_uri):
        if not self.loopback_redirect:
            return False
        m = LOOPBACK_CALLBACK.fullmatch(redirect_uri)
        if not m:
            return False
        port = m.group(1)
        return port is None or 1 <= int(port) <= 65535

    def check_client_secret(self, client_secret):
        if self.secret is None or client_secret is None:
            return False
        return secrets.compare_digest(self.secret.encode(), client_secret.encode())

    def check_endpoint_auth_method(self, method, endpoint):
        # Same methods at /token and /revoke.
        return method in self.auth_methods

    def check_response_type(self, response_type):
        return response_type in self.response_types

    def check_grant_type(self, grant_type):
        return grant_type in self.grant_types


TEST_SECRET = 'fake-test-secret-not-real'

CLIENTS = {c.client_id: c for c in [
    Client('oauthdesk-test', 'OAuthDesk (tests, code + PKCE)', ['none'],
           ['authorization_code', 'refresh_token'], ['code'], loopback_redirect=True),
    Client('oauthdesk-implicit', 'OAuthDesk (tests, implicit)', ['none'],
           ['implicit'], ['token'], loopback_redirect=True),
    Client('oauthdesk-password', 'OAuthDesk (tests, password)', ['none'],
           ['password', 'refresh_token']),
    Client('oauthdesk-service', 'OAuthDesk service (client credentials)',
           ['client_secret_basic', 'client_secret_post'], ['client_credentials'],
           scope=['api:read', 'api:write'], secret=TEST_SECRET),
]}


class User:
    def __init__(self, sub, name, password):
        self.sub = sub
        self.name = name
        self.password = password

    def get_user_id(self):
        return self.sub


USERS = {'demo': User('demo', 'Demo User', 'demo-password-not-secret')}

# --------------------------------------------------------------------------------------------
# In-memory storage. One lock serialises every endpoint (request bodies are read before it).

LOCK = threading.RLock()


class Store:
    def __init__(self):
        self.codes = {}            # code -> AuthorizationCode
        self.used_codes = {}       # code -> family id (for replay detection)
        self.access_tokens = {}    # value -> AccessToken
        self.refresh_tokens = {}   # value -> RefreshToken
        self.revoked_families = set()
        self._family = 0

    def new_family(self):
        self._family += 1
        return self._family

    def revoke_family(self, family):
        self.revoked_families.add(family)


STORE = Store()


class AuthorizationCode:
    def __init__(self, code, client_id, redirect_uri, scope, user, challenge, method):
        self.code = code
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.scope = scope or ''
        self.user = user
        self.code_challenge = challenge
        self.code_challenge_method = method
        self.expires_at = time.time() + CODE_TTL
        self.family = STORE.new_family()

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def is_expired(self):
        return time.time() >= self.expires_at


class AccessToken(TokenMixin):
    def __init__(self, value, client_id, user, scope, expires_in, family):
        self.value = value
        self.client_id = client_id
        self.user = user
        self.scope = scope or ''
        self.expires_in = expires_in
        self.expires_at = time.time() + expires_in
        self.family = family
        self.revoked = False

    def check_client(self, client):
        return self.client_id == client.get_client_id()

    def get_scope(self):
        return self.scope

    def get_expires_in(self):
        return self.expires_in

    def is_expired(self):
        return time.time() >= self.expires_at

    def is_revoked(self):
        return self.revoked or self.family in STORE.revoked_families


class RefreshToken(TokenMixin):
    """A refresh token carries the scope originally granted (RFC 6749 6: a refresh without `scope`
    gets that scope back, and a refresh may ask for any subset of it)."""

    def __init__(self, value, client_id, user, scope, access_ttl, refresh_ttl, family):
        self.value = value
        self.client_id = client_id
        self.user = user
        self.scope = scope or ''
        self.access_ttl = access_ttl
        self.expires_at = time.time() + refresh_ttl
        self.family = family
        self.revoked = False
        self.rotated = False

    def check_client(self, client):
        return self.client_id == client.get_client_id()

    def get_scope(self):
        return self.scope

    def get_expires_in(self):
        # Authlib's RefreshTokenGrant uses this as the new access token's expires_in.
        return self.access_ttl

    def is_expired(self):
        return time.time() >= self.expires_at

    def is_revoked(self):
        return self.revoked or self.family in STORE.revoked_families


# Secret ledger (scripts/canary-sweep, SECURITY.md row LG), as in tests/server/server.mjs: with
# OAUTHDESK_SECRET_LEDGER=FILE set, every secret this server issues or knows is appended to FILE as
# one line "KIND<TAB>VALUE", each value once. Nothing is recorded when it is unset.
LEDGER_FILE = os.environ.get('OAUTHDESK_SECRET_LEDGER', '')
_ledgered = set()


def record_secret(kind, value):
    if not LEDGER_FILE or not isinstance(value, str) or not value or value in _ledgered:
        return
    _ledgered.add(value)
    try:
        fd = os.open(LEDGER_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f'{kind}\t{value}\n'.encode())
        finally:
            os.close(fd)
    except OSError as err:
        log.warning('cannot append to the secret ledger: %s', err.strerror)


def query_client(client_id):
    return CLIENTS.get(client_id)


def save_token(token, req):
    """Called by every grant with the token dict Authlib is about to return."""
    client_id = req.client.get_client_id()
    user = req.user.sub if req.user else None
    grant_type = req.grant_type or 'implicit'
    credential = req.credential
    granted_scope = token.get('scope', '')
    if grant_type == 'authorization_code':
        family = credential.family
    elif grant_type == 'refresh_token':
        family = credential.family
        granted_scope = credential.scope           # keep the original grant, not the narrowed one
    else:
        family = STORE.new_family()
    record_secret('access token (Authlib)', token.get('access_token'))
    record_secret('refresh token (Authlib)', token.get('refresh_token'))
    STORE.access_tokens[token['access_token']] = AccessToken(
        token['access_token'], client_id, user, token.get('scope', ''), token['expires_in'], family)
    if 'refresh_token' in token:
        STORE.refresh_tokens[token['refresh_token']] = RefreshToken(
            token['refresh_token'], client_id, user, granted_scope,
            OPTS.access_ttl, OPTS.refresh_ttl, family)
    log.debug('issued %s token(s) to %s (%s)', grant_type, client_id,
              'with refresh token' if 'refresh_token' in token else 'no refresh token')


# --------------------------------------------------------------------------------------------
# Grants: Authlib's classes, with storage hooks.

class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ALL_AUTH_METHODS

    def save_authorization_code(self, code, req):
        record_secret('authorization code (Authlib)', code)
        record_secret('state (Authlib)', req.data.get('state'))
        record_secret('PKCE code challenge (Authlib)', req.data.get('code_challenge'))
        STORE.codes[code] = AuthorizationCode(
            code, req.client.get_client_id(), req.redirect_uri, req.scope, req.user.sub,
            req.data.get('code_challenge'), req.data.get('code_challenge_method'))

    def query_authorization_code(self, code, client):
        item = STORE.codes.get(code)
        if item is None:
            family = STORE.used_codes.get(code)
            if family is not None:
                # RFC 6749 4.1.2 / 10.5: a replayed code revokes what it produced.
                STORE.revoke_family(family)
                log.info('authorization code replayed: its tokens are revoked')
            return None
        if item.client_id != client.get_client_id() or item.is_expired():
            return None
        return item

    def delete_authorization_code(self, authorization_code):
        STORE.codes.pop(authorization_code.code, None)
        STORE.used_codes[authorization_code.code] = authorization_code.family

    def authenticate_user(self, authorization_code):
        return USERS.get(authorization_code.user)


class S256CodeChallenge(CodeChallenge):
    """Authlib's PKCE extension, restricted to S256 and required at the authorization endpoint
    already (stock CodeChallenge lets a request without code_challenge through there and fails
    only at the token endpoint, and would accept `plain`)."""

    DEFAULT_CODE_CHALLENGE_METHOD = 'S256'
    SUPPORTED_CODE_CHALLENGE_METHOD = ['S256']
    CODE_CHALLENGE_METHODS = {'S256': compare_s256_code_challenge}
    CHALLENGE = re.compile(r'[A-Za-z0-9_-]{43}')

    def validate_code_challenge(self, grant):
        req = grant.request
        challenge = req.data.get('code_challenge')
        method = req.data.get('code_challenge_method')
        if not challenge:
            raise InvalidRequestError('Missing "code_challenge"', state=req.state)
        if method != 'S256':
            raise InvalidRequestError('"code_challenge_method" must be S256', state=req.state)
        if not self.CHALLENGE.fullmatch(challenge):
            raise InvalidRequestError('Invalid "code_challenge"', state=req.state)


class ImplicitGrant(grants.ImplicitGrant):
    pass


class PasswordGrant(grants.ResourceOwnerPasswordCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ALL_AUTH_METHODS

    def authenticate_user(self, username, password):
        user = USERS.get(username)
        if user is not None and secrets.compare_digest(user.password.encode(), password.encode()):
            return user
        # RFC 6749 5.2: invalid resource owner credentials are invalid_grant. (Returning None
        # would make Authlib 1.2.0 answer invalid_request.)
        raise InvalidGrantError('Invalid "username" or "password" in request.')


class ClientCredentialsGrant(grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post']


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ALL_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True      # rotation

    def authenticate_refresh_token(self, refresh_token):
        item = STORE.refresh_tokens.get(refresh_token)
        if item is None:
            return None
        if item.rotated:
            # RFC 9700 4.14.2: a rotated refresh token used again revokes the whole grant.
            if item.family not in STORE.revoked_families:
                STORE.revoke_family(item.family)
                log.info('rotated refresh token reused: grant revoked')
            return None
        if item.is_revoked() or item.is_expired():
            return None
        return item

    def authenticate_user(self, credential):
        return USERS.get(credential.user)

    def revoke_old_credential(self, credential):
        credential.revoked = True
        credential.rotated = True


class Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = ALL_AUTH_METHODS

    def query_token(self, token_string, token_type_hint):
        # RFC 7009 2.1: the hint only orders the search.
        if token_type_hint == 'refresh_token':
            return STORE.refresh_tokens.get(token_string) or STORE.access_tokens.get(token_string)
        return STORE.access_tokens.get(token_string) or STORE.refresh_tokens.get(token_string)

    def revoke_token(self, token, req):
        if isinstance(token, RefreshToken):
            # RFC 7009 2.1: revoking a refresh token also revokes the access tokens of its grant.
            STORE.revoke_family(token.family)
        else:
            token.revoked = True


# --------------------------------------------------------------------------------------------
# Protected resource


class ScopeError(InsufficientScopeError):
    """Authlib 1.2.0 sends 403 insufficient_scope without WWW-Authenticate; RFC 6750 3 wants one."""

    def get_headers(self):
        return super().get_headers() + [(
            'WWW-Authenticate',
            f'Bearer realm="{REALM}", error="insufficient_scope", scope="{API_SCOPE}"')]


class TokenValidator(BearerTokenValidator):
    def authenticate_token(self, token_string):
        with LOCK:
            return STORE.access_tokens.get(token_string)

    def validate_token(self, token, scopes, req):
        with LOCK:
            try:
                super().validate_token(token, scopes, req)
            except InsufficientScopeError:
                raise ScopeError() from None


class Protector(ResourceProtector):
    def raise_error_response(self, error):
        if isinstance(error, (MissingAuthorizationError, UnsupportedTokenTypeError)):
            # RFC 6750 3.1: no error code in the challenge when the request carries no bearer
            # token. (Authlib's own header here says error="missing_authorization" and puts
            # unescaped quotes inside error_description.) The JSON body stays Authlib's.
            body = json.dumps(dict(error.get_body()))
            raise_http_exception(401, body, [
                ('Content-Type', 'application/json'),
                ('Cache-Control', 'no-store'),
                ('WWW-Authenticate', f'Bearer realm="{REALM}"'),
            ])
        super().raise_error_response(error)


# --------------------------------------------------------------------------------------------
# The login/consent page: static, everything escaped.

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>OAuthDesk test server: sign in</title></head>
<body>
<h1>Sign in to the OAuthDesk test server</h1>
<p>{message}</p>
<p>Client <code id="client">{client}</code> asks for: <code id="scope">{scope}</code></p>
<form method="post" action="{action}" id="consent">
<p><label>Login <input type="text" name="login" id="login" value="demo" autocomplete="username"></label></p>
<p><label>Password <input type="password" name="password" id="password" autocomplete="current-password"></label></p>
<p><button type="submit" name="approve" id="approve" value="approve">Approve</button>
<button type="submit" name="deny" id="deny" value="deny">Deny</button></p>
</form>
</body></html>
"""

PAGE_HEADERS = {
    'Cache-Control': 'no-store',
    'Pragma': 'no-cache',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    # No form-action: Chromium applies it to the redirect after the POST (to the client's port).
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
}


def consent_page(grant, message, status=200):
    query = request.query_string.decode('ascii', 'replace')
    body = PAGE.format(
        message=html.escape(message),
        client=html.escape(grant.client.get_client_id()),
        scope=html.escape(grant.request.scope or '(none)'),
        action=html.escape('/authorize?' + query, quote=True),
    )
    return Response(body, status=status, mimetype='text/html', headers=PAGE_HEADERS)


# --------------------------------------------------------------------------------------------
# The app


def bad_request(description):
    return jsonify(error='invalid_request', error_description=description), 400, \
        {'Cache-Control': 'no-store'}


def create_app():
    app = Flask(__name__)
    app.config['OAUTH2_SCOPES_SUPPORTED'] = SCOPES
    server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
    server.register_token_generator('default', BearerTokenGenerator(
        access_token_generator=lambda **kw: generate_token(42),
        refresh_token_generator=lambda **kw: generate_token(48),
        expires_generator=OPTS.access_ttl))
    server.register_grant(AuthorizationCodeGrant, [S256CodeChallenge(required=True)])
    server.register_grant(ImplicitGrant)
    server.register_grant(PasswordGrant)
    server.register_grant(ClientCredentialsGrant)
    server.register_grant(RefreshTokenGrant)
    server.register_endpoint(Revocation)

    protector = Protector()
    protector.register_token_validator(TokenValidator(realm=REALM))

    @app.before_request
    def read_body_first():
        # Parse the body outside the store lock (a slow client must not hold it).
        if request.method == 'POST':
            request.form  # noqa: B018

    @app.after_request
    def log_request(resp):
        if OPTS.verbose:
            log.info('%s %s -> %s', request.method, request.path, resp.status_code)
        return resp

    def locked_oauth(fn):
        # Authlib raises ValueError for a query string it cannot decode; its message quotes the
        # whole query (codes, states), so it must never reach a log.
        try:
            with LOCK:
                return fn()
        except ValueError:
            return bad_request('The query string is not valid application/x-www-form-urlencoded.')

    @app.route('/authorize', methods=['GET', 'POST'])
    def authorize():
        def handle():
            # Every grant's state (the implicit grant's too), before anything can fail.
            record_secret('state (Authlib)', request.values.get('state'))
            try:
                grant = server.get_consent_grant(end_user=None)
            except OAuth2Error as error:
                log_oauth_error('/authorize', error)
                return server.handle_error_response(None, error)
            if request.method == 'GET':
                return consent_page(grant, 'Sign in as demo with any non-empty password.')
            if 'deny' in request.form:
                return server.create_authorization_response(grant_user=None)
            if 'approve' not in request.form:
                return consent_page(grant, 'Choose Approve or Deny.', 400)
            login = request.form.get('login', '')
            password = request.form.get('password', '')
            user = USERS.get(login)
            if user is None or not password:
                return consent_page(grant, 'Sign-in failed: the login is demo, the password any non-empty text.', 401)
            return server.create_authorization_response(grant_user=user)
        return locked_oauth(handle)

    @app.route('/token', methods=['POST'])
    def token():
        def handle():
            record_secret('PKCE code verifier (Authlib)', request.form.get('code_verifier'))
            resp = server.create_token_response()
            if resp.status_code >= 400 and OPTS.verbose:
                log.info('/token %s: %s', request.form.get('grant_type', '-'), resp.get_data(as_text=True))
            return resp
        return locked_oauth(handle)

    @app.route('/revoke', methods=['POST'])
    def revoke():
        return locked_oauth(lambda: server.create_endpoint_response(Revocation.ENDPOINT_NAME))

    @app.route('/.well-known/oauth-authorization-server')
    def metadata():
        return jsonify(app.config['METADATA'])

    @app.route('/api/me')
    @protector(API_SCOPE)
    def api_me():
        tok = current_token._get_current_object()
        return jsonify(sub=tok.user or tok.client_id, client_id=tok.client_id, scope=tok.scope)

    return app


def build_metadata(issuer):
    data = {
        'issuer': issuer,
        'authorization_endpoint': f'{issuer}/authorize',
        'token_endpoint': f'{issuer}/token',
        'revocation_endpoint': f'{issuer}/revoke',
        'scopes_supported': SCOPES,
        'response_types_supported': ['code', 'token'],
        'response_modes_supported': ['query', 'fragment'],
        'grant_types_supported': ['authorization_code', 'implicit', 'password',
                                  'client_credentials', 'refresh_token'],
        'token_endpoint_auth_methods_supported': ALL_AUTH_METHODS,
        'revocation_endpoint_auth_methods_supported': ALL_AUTH_METHODS,
        'code_challenge_methods_supported': ['S256'],
    }
    AuthorizationServerMetadata(data).validate()   # Authlib's own RFC 8414 checks
    return data


def log_oauth_error(where, error):
    if OPTS.verbose:
        log.info('%s: %s %s', where, error.error, error.get_error_description() or '')


# --------------------------------------------------------------------------------------------
# Serving

QUERY = re.compile(r'\?[^\s"\']*')


class QuietHandler(WSGIRequestHandler):
    """werkzeug's request log prints full URLs (codes, tokens in queries): replace it."""

    def log_request(self, code='-', size='-'):
        pass  # the app logs method, path and status itself with --verbose

    def log(self, type, message, *args):
        try:
            text = message % args
        except (TypeError, ValueError):
            text = message
        log.warning('http %s: %s', type, QUERY.sub('?…', text))


def parse_args(argv):
    p = argparse.ArgumentParser(prog=PROG, description='OAuthDesk test authorization server (Authlib).')
    p.add_argument('--port', type=int, default=0, help='port on 127.0.0.1 (0: a free one)')
    p.add_argument('--access-ttl', type=int, default=3600, help='access token lifetime, seconds')
    p.add_argument('--refresh-ttl', type=int, default=14 * 24 * 3600, help='refresh token lifetime, seconds')
    p.add_argument('--verbose', action='store_true', help='log each request (no query) and each error')
    opts = p.parse_args(argv)
    if not 0 <= opts.port <= 65535:
        p.error('--port must be 0..65535')
    if opts.access_ttl < 1 or opts.refresh_ttl < 1:
        p.error('lifetimes must be at least 1 second')
    return opts


OPTS = None


def main(argv):
    global OPTS
    OPTS = parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO if OPTS.verbose else logging.WARNING,
                        format=f'{PROG}: %(message)s')
    # Authlib logs whole token dicts at DEBUG level; werkzeug logs full request URLs at INFO.
    logging.getLogger('authlib').setLevel(logging.WARNING)
    logging.getLogger('werkzeug').setLevel(logging.ERROR)

    record_secret('client secret (Authlib built-in client)', TEST_SECRET)
    for user in USERS.values():
        record_secret('password (Authlib test user)', user.password)

    app = create_app()
    try:
        httpd = make_server('127.0.0.1', OPTS.port, app, threaded=True, request_handler=QuietHandler)
    except OSError as err:
        log.error('cannot listen on 127.0.0.1:%d: %s', OPTS.port, err.strerror or err)
        return 1
    port = httpd.server_port
    issuer = f'http://127.0.0.1:{port}'
    app.config['METADATA'] = build_metadata(issuer)

    def stop(signum, frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    sys.stdout.write(json.dumps({'issuer': issuer, 'port': port}, separators=(',', ':')) + '\n')
    sys.stdout.flush()
    try:
        httpd.serve_forever(poll_interval=0.2)
    except SystemExit:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
