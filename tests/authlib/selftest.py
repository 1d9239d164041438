#!/usr/bin/python3
"""End-to-end check of server.py (standard library only).

Usage: /usr/bin/python3 selftest.py [-v]

Starts server.py on a free port (with the same Python), and a loopback redirect catcher, then runs
every grant like a client and a browser would: the login form is POSTed as a browser submits it
and the 302 is followed to the catcher. Prints `N passed, M failed`; exit status 1 on failure.
"""

import base64
import hashlib
import http.server
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, 'server.py')
SECRET = 'fake-test-secret-not-real'
PASSWORD = 'demo-password-not-secret'
VERBOSE = '-v' in sys.argv[1:]

PASSED = []
FAILED = []
SEEN_SECRETS = set()   # every code and token seen: none may appear in the server's stderr


def check(name, cond, detail=''):
    if cond:
        PASSED.append(name)
        if VERBOSE:
            print(f'ok    {name}')
    else:
        FAILED.append(name)
        print(f'FAIL  {name}' + (f': {detail}' if detail else ''))
    return cond


def remember(*values):
    for v in values:
        if v:
            SEEN_SECRETS.add(v)


# --------------------------------------------------------------------------------------------
# Processes and HTTP


class Server:
    def __init__(self, *args):
        self.proc = subprocess.Popen(
            [sys.executable, SERVER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        self.stderr = []
        threading.Thread(target=self._drain, daemon=True).start()
        line = self._first_line(10)
        self.info = json.loads(line)
        self.issuer = self.info['issuer']
        self.port = self.info['port']

    def _drain(self):
        for line in self.proc.stderr:
            self.stderr.append(line)

    def _first_line(self, timeout):
        box = []
        t = threading.Thread(target=lambda: box.append(self.proc.stdout.readline()), daemon=True)
        t.start()
        t.join(timeout)
        if not box or not box[0]:
            self.proc.kill()
            raise RuntimeError('server.py did not print its JSON line: ' + ''.join(self.stderr))
        return box[0]

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = None
        rest = self.proc.stdout.read()
        return rc, rest


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def header(self, name):
        return self.headers.get(name) or ''


def fetch(method, url, form=None, headers=None, basic=None, bearer=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        req.add_header('Content-Type', 'application/x-www-form-urlencoded')
    if basic:
        # RFC 6749 2.3.1: form-urlencode id and secret before Base64.
        raw = f'{urllib.parse.quote_plus(basic[0])}:{urllib.parse.quote_plus(basic[1])}'
        req.add_header('Authorization', 'Basic ' + base64.b64encode(raw.encode()).decode())
    if bearer is not None:
        req.add_header('Authorization', f'Bearer {bearer}')
    try:
        with OPENER.open(req, timeout=10) as resp:
            return Reply(resp.status, resp.headers, resp.read().decode())
    except urllib.error.HTTPError as err:
        return Reply(err.code, err.headers, err.read().decode())


class Catcher:
    """The client's loopback redirect listener: records each /callback query, answers 200."""

    def __init__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                parsed = urllib.parse.urlsplit(self.path)
                code = 200 if parsed.path == '/callback' else 404
                if code == 200:
                    hits.append(parsed.query)
                body = b'You can close this tab.'
                self.send_response(code)
                self.send_header('Content-Type', 'text/plain')
                self.send_header('Cache-Control', 'no-store')
                self.send_header('Content-Length', str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.HTTPServer(('127.0.0.1', 0), Handler)
        self.port = self.httpd.server_port
        self.redirect_uri = f'http://127.0.0.1:{self.port}/callback'
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------------------------
# Client helpers


def pkce_pair():
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b'=').decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b'=').decode()
    return verifier, challenge


def authorize_url(srv, params):
    return f'{srv.issuer}/authorize?' + urllib.parse.urlencode(params)


def submit_form(srv, params, action='approve', login='demo', password='anything'):
    """POST the consent form as a browser would (the form's action is the same /authorize URL)."""
    form = {'login': login, 'password': password, action: action}
    return fetch('POST', authorize_url(srv, params), form=form)


def query_of(location):
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query, keep_blank_values=True))


def fragment_of(location):
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).fragment, keep_blank_values=True))


def token(srv, form, basic=None):
    r = fetch('POST', f'{srv.issuer}/token', form=form, basic=basic)
    body = r.json() or {}
    remember(body.get('access_token'), body.get('refresh_token'))
    return r, body


def password_grant(srv, scope='openid profile api:read', password=PASSWORD):
    return token(srv, {'grant_type': 'password', 'client_id': 'oauthdesk-password',
                       'username': 'demo', 'password': password, 'scope': scope})


def refresh(srv, rt, client_id='oauthdesk-password', scope=None):
    form = {'grant_type': 'refresh_token', 'client_id': client_id, 'refresh_token': rt}
    if scope is not None:
        form['scope'] = scope
    return token(srv, form)


def me(srv, at):
    return fetch('GET', f'{srv.issuer}/api/me', bearer=at)


def is_error(r, error, status=400):
    """RFC 6749 5.2: JSON object, `error` string, optional string `error_description`, no-store."""
    body = r.json()
    ok = (r.status == status and isinstance(body, dict) and body.get('error') == error
          and isinstance(body.get('error_description', ''), str)
          and r.header('Content-Type').startswith('application/json')
          and 'no-store' in r.header('Cache-Control'))
    return ok


def describe(r):
    return f'{r.status} {r.body[:200]}'


# --------------------------------------------------------------------------------------------
# The checks


def test_metadata(srv):
    r = fetch('GET', f'{srv.issuer}/.well-known/oauth-authorization-server')
    m = r.json() or {}
    check('metadata: 200 JSON', r.status == 200 and isinstance(m, dict), describe(r))
    check('metadata: issuer exact', m.get('issuer') == f'http://127.0.0.1:{srv.port}', m.get('issuer'))
    for key, path in [('authorization_endpoint', '/authorize'), ('token_endpoint', '/token'),
                      ('revocation_endpoint', '/revoke')]:
        check(f'metadata: {key}', m.get(key) == srv.issuer + path, m.get(key))
    check('metadata: response_types_supported', m.get('response_types_supported') == ['code', 'token'])
    check('metadata: code_challenge_methods_supported', m.get('code_challenge_methods_supported') == ['S256'])
    check('metadata: grant_types_supported', set(m.get('grant_types_supported', [])) == {
        'authorization_code', 'implicit', 'password', 'client_credentials', 'refresh_token'})
    check('metadata: token_endpoint_auth_methods_supported',
          set(m.get('token_endpoint_auth_methods_supported', [])) ==
          {'client_secret_basic', 'client_secret_post', 'none'})
    check('metadata: scopes_supported',
          m.get('scopes_supported') == ['openid', 'profile', 'api:read', 'api:write'])


def test_code_pkce(srv, catcher):
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    params = {'response_type': 'code', 'client_id': 'oauthdesk-test',
              'redirect_uri': catcher.redirect_uri, 'scope': 'openid profile api:read',
              'state': state, 'code_challenge': challenge, 'code_challenge_method': 'S256'}

    page = fetch('GET', authorize_url(srv, params))
    check('code: GET /authorize shows the form', page.status == 200 and all(
        f'name="{n}"' in page.body for n in ('login', 'password', 'approve', 'deny')), describe(page))
    check('code: page is no-store, no-referrer',
          'no-store' in page.header('Cache-Control') and page.header('Referrer-Policy') == 'no-referrer')

    other = submit_form(srv, params, login='alice')
    check('code: another login is refused (form shown again)',
          other.status == 401 and not other.header('Location'), describe(other))
    bad_login = submit_form(srv, params, password='')
    check('code: empty password is refused (form shown again)',
          bad_login.status == 401 and 'name="password"' in bad_login.body, describe(bad_login))

    r = submit_form(srv, params)
    loc = r.header('Location')
    check('code: approve -> 302 to the loopback redirect URI',
          r.status == 302 and loc.startswith(catcher.redirect_uri + '?'), describe(r))
    # Follow the redirect like the browser.
    before = len(catcher.hits)
    with urllib.request.urlopen(loc, timeout=5) as resp:
        followed = resp.status
    check('code: the catcher got the callback', followed == 200 and len(catcher.hits) == before + 1)
    q = dict(urllib.parse.parse_qsl(catcher.hits[-1])) if len(catcher.hits) > before else {}
    code = q.get('code', '')
    remember(code)
    check('code: callback has code and the same state',
          bool(code) and q.get('state') == state and set(q) == {'code', 'state'}, sorted(q))

    # Wrong verifier first: invalid_grant (and the code stays usable, Authlib does not burn it).
    wrong, _ = token(srv, {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test',
                           'code': code, 'redirect_uri': catcher.redirect_uri,
                           'code_verifier': pkce_pair()[0]})
    check('code: wrong code_verifier -> invalid_grant', is_error(wrong, 'invalid_grant'), describe(wrong))
    missing, _ = token(srv, {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test',
                             'code': code, 'redirect_uri': catcher.redirect_uri})
    check('code: no code_verifier -> invalid_request', is_error(missing, 'invalid_request'), describe(missing))
    other_uri, _ = token(srv, {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test',
                               'code': code, 'redirect_uri': 'http://127.0.0.1:1/callback',
                               'code_verifier': verifier})
    check('code: other redirect_uri -> invalid_grant', is_error(other_uri, 'invalid_grant'), describe(other_uri))

    # Qt NetworkAuth sends an empty client_secret= with public clients: must be tolerated.
    r, tok = token(srv, {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test',
                         'code': code, 'redirect_uri': catcher.redirect_uri,
                         'code_verifier': verifier, 'client_secret': ''})
    check('code: exchange -> 200', r.status == 200, describe(r))
    check('code: token answer shape',
          tok.get('token_type') == 'Bearer' and tok.get('expires_in') == 3600
          and isinstance(tok.get('access_token'), str) and isinstance(tok.get('refresh_token'), str)
          and tok.get('scope') == 'openid profile api:read', sorted(tok))
    check('code: token answer is no-store', 'no-store' in r.header('Cache-Control'))
    res = me(srv, tok.get('access_token', ''))
    check('code: /api/me 200 sub=demo', res.status == 200 and res.json() == {
        'sub': 'demo', 'client_id': 'oauthdesk-test', 'scope': 'openid profile api:read'}, describe(res))

    replay, _ = token(srv, {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test',
                            'code': code, 'redirect_uri': catcher.redirect_uri, 'code_verifier': verifier})
    check('code: replayed code -> invalid_grant', is_error(replay, 'invalid_grant'), describe(replay))
    check('code: replay revoked the access token', me(srv, tok.get('access_token', '')).status == 401)
    rr, _ = refresh(srv, tok.get('refresh_token', ''), client_id='oauthdesk-test')
    check('code: replay revoked the refresh token', is_error(rr, 'invalid_grant'), describe(rr))


def test_code_request_errors(srv, catcher):
    verifier, challenge = pkce_pair()
    base = {'response_type': 'code', 'client_id': 'oauthdesk-test', 'redirect_uri': catcher.redirect_uri,
            'scope': 'api:read', 'state': 'st-1', 'code_challenge': challenge, 'code_challenge_method': 'S256'}

    r = fetch('GET', authorize_url(srv, {**base, 'redirect_uri': f'http://127.0.0.1:{catcher.port + 1}/callback'}))
    check('redirect: another loopback port is accepted (RFC 8252 7.3)', r.status == 200, describe(r))
    r = fetch('GET', authorize_url(srv, {**base, 'redirect_uri': 'http://127.0.0.1/callback'}))
    check('redirect: no port is accepted', r.status == 200, describe(r))
    for bad in [f'http://localhost:{catcher.port}/callback', f'http://[::1]:{catcher.port}/callback',
                f'http://127.0.0.1:{catcher.port}/callbackx', f'http://127.0.0.1:{catcher.port}/',
                f'https://127.0.0.1:{catcher.port}/callback', f'http://127.0.0.1:{catcher.port}/callback?x=1',
                'http://127.0.0.1:70000/callback', 'http://127.0.0.1:0/callback',
                f'http://127.0.0.1:0{catcher.port}/callback', f'http://user@127.0.0.1:{catcher.port}/callback',
                f'http://127.0.0.1:{catcher.port}/callback#f', f'HTTP://127.0.0.1:{catcher.port}/callback',
                'http://evil.example/callback']:
        r = fetch('GET', authorize_url(srv, {**base, 'redirect_uri': bad}))
        check(f'redirect: refused without redirect: {bad}',
              r.status == 400 and not r.header('Location') and (r.json() or {}).get('error') == 'invalid_request',
              describe(r))
    no_uri = dict(base)
    del no_uri['redirect_uri']
    r = fetch('GET', authorize_url(srv, no_uri))
    check('redirect: missing redirect_uri -> 400 invalid_request', r.status == 400 and not r.header('Location'))

    r = fetch('GET', authorize_url(srv, {**base, 'client_id': 'nobody'}))
    check('authorize: unknown client -> 400 invalid_client, no redirect',
          r.status == 400 and not r.header('Location') and (r.json() or {}).get('error') == 'invalid_client',
          describe(r))

    def redirected_error(params, error, name):
        r = fetch('GET', authorize_url(srv, params))
        q = query_of(r.header('Location'))
        check(name, r.status == 302 and r.header('Location').startswith(catcher.redirect_uri + '?')
              and q.get('error') == error and q.get('state') == 'st-1', describe(r) + ' ' + r.header('Location'))

    no_pkce = {k: v for k, v in base.items() if not k.startswith('code_challenge')}
    redirected_error(no_pkce, 'invalid_request', 'pkce: missing code_challenge -> redirect error=invalid_request')
    redirected_error({**base, 'code_challenge_method': 'plain'}, 'invalid_request',
                     'pkce: plain -> redirect error=invalid_request')
    redirected_error({**base, 'scope': 'nope'}, 'invalid_scope', 'authorize: scope=nope -> redirect error=invalid_scope')

    r = fetch('GET', authorize_url(srv, {**base, 'response_type': 'id_token'}))
    check('authorize: response_type=id_token -> 400 unsupported_response_type (not redirected)',
          r.status == 400 and (r.json() or {}).get('error') == 'unsupported_response_type', describe(r))

    r = fetch('GET', f"{srv.issuer}/authorize?response_type=code&client_id=oauthdesk-test&state='x'")
    check("authorize: undecodable query (a raw ') -> 400 invalid_request, no crash",
          r.status == 400 and (r.json() or {}).get('error') == 'invalid_request', describe(r))


def test_deny(srv, catcher):
    _, challenge = pkce_pair()
    params = {'response_type': 'code', 'client_id': 'oauthdesk-test', 'redirect_uri': catcher.redirect_uri,
              'scope': 'api:read', 'state': 'deny-state', 'code_challenge': challenge,
              'code_challenge_method': 'S256'}
    r = submit_form(srv, params, action='deny', password='')
    q = query_of(r.header('Location'))
    check('deny: 302 error=access_denied with state',
          r.status == 302 and r.header('Location').startswith(catcher.redirect_uri + '?')
          and q.get('error') == 'access_denied' and q.get('state') == 'deny-state' and 'code' not in q,
          describe(r) + ' ' + r.header('Location'))

    params = {'response_type': 'token', 'client_id': 'oauthdesk-implicit', 'redirect_uri': catcher.redirect_uri,
              'scope': 'api:read', 'state': 'deny-implicit'}
    r = submit_form(srv, params, action='deny', password='')
    loc = r.header('Location')
    f = fragment_of(loc)
    check('deny (implicit): error=access_denied in the fragment',
          r.status == 302 and urllib.parse.urlsplit(loc).query == '' and f.get('error') == 'access_denied'
          and f.get('state') == 'deny-implicit', loc)


def test_implicit(srv, catcher):
    state = 'implicit state/+&=?'   # characters that need encoding
    params = {'response_type': 'token', 'client_id': 'oauthdesk-implicit', 'redirect_uri': catcher.redirect_uri,
              'scope': 'openid api:read', 'state': state}
    page = fetch('GET', authorize_url(srv, params))
    check('implicit: GET /authorize shows the form', page.status == 200 and 'name="approve"' in page.body)
    r = submit_form(srv, params)
    loc = r.header('Location')
    parts = urllib.parse.urlsplit(loc)
    f = fragment_of(loc)
    remember(f.get('access_token'))
    check('implicit: 302 to the redirect URI, no query',
          r.status == 302 and loc.startswith(catcher.redirect_uri + '#') and parts.query == '', loc[:80])
    check('implicit: fragment has access_token, token_type=Bearer, expires_in, scope, state',
          bool(f.get('access_token')) and f.get('token_type') == 'Bearer' and f.get('expires_in') == '3600'
          and f.get('scope') == 'openid api:read' and f.get('state') == state, sorted(f))
    check('implicit: no refresh_token', 'refresh_token' not in f)
    check('implicit: fragment is form-encoded (space as +)', 'scope=openid+api%3Aread' in parts.fragment,
          parts.fragment.replace(f.get('access_token', '~'), '<AT>'))
    res = me(srv, f.get('access_token', ''))
    check('implicit: /api/me 200', res.status == 200 and (res.json() or {}).get('client_id') == 'oauthdesk-implicit',
          describe(res))
    r = fetch('GET', authorize_url(srv, {**params, 'client_id': 'oauthdesk-test'}))
    check('implicit: the code client may not use response_type=token',
          r.status == 302 and fragment_of(r.header('Location')).get('error') == 'unauthorized_client',
          r.header('Location'))


def test_password(srv):
    r, tok = password_grant(srv)
    check('password: good -> 200 with refresh_token',
          r.status == 200 and tok.get('token_type') == 'Bearer' and 'refresh_token' in tok
          and tok.get('scope') == 'openid profile api:read', describe(r))
    check('password: /api/me 200 sub=demo', (me(srv, tok.get('access_token', '')).json() or {}).get('sub') == 'demo')
    r, _ = password_grant(srv, password='wrong')
    check('password: wrong password -> 400 invalid_grant', is_error(r, 'invalid_grant'), describe(r))
    r, _ = token(srv, {'grant_type': 'password', 'client_id': 'oauthdesk-password',
                       'username': 'nobody', 'password': PASSWORD})
    check('password: unknown user -> 400 invalid_grant', is_error(r, 'invalid_grant'), describe(r))


def test_client_credentials(srv):
    r, tok = token(srv, {'grant_type': 'client_credentials', 'scope': 'api:read'},
                   basic=('oauthdesk-service', SECRET))
    check('client_credentials basic: 200, no refresh_token',
          r.status == 200 and tok.get('token_type') == 'Bearer' and 'refresh_token' not in tok
          and tok.get('scope') == 'api:read' and tok.get('expires_in') == 3600, describe(r))
    res = me(srv, tok.get('access_token', ''))
    check('client_credentials: /api/me sub is the client id',
          res.json() == {'sub': 'oauthdesk-service', 'client_id': 'oauthdesk-service', 'scope': 'api:read'},
          describe(res))
    r, tok = token(srv, {'grant_type': 'client_credentials', 'scope': 'api:read api:write',
                         'client_id': 'oauthdesk-service', 'client_secret': SECRET})
    check('client_credentials post: 200', r.status == 200 and tok.get('scope') == 'api:read api:write', describe(r))
    r, tok = token(srv, {'grant_type': 'client_credentials', 'scope': 'openid api:read'},
                   basic=('oauthdesk-service', SECRET))
    check('client_credentials: scopes the client may not have are dropped silently',
          r.status == 200 and tok.get('scope') == 'api:read', describe(r))

    r, _ = token(srv, {'grant_type': 'client_credentials'}, basic=('oauthdesk-service', 'wrong'))
    check('client_credentials basic: wrong secret -> 401 invalid_client',
          is_error(r, 'invalid_client', 401) and r.header('WWW-Authenticate').startswith('Basic '), describe(r))
    r, _ = token(srv, {'grant_type': 'client_credentials', 'client_id': 'oauthdesk-service',
                       'client_secret': 'wrong'})
    check('client_credentials post: wrong secret -> 401 invalid_client', is_error(r, 'invalid_client', 401),
          describe(r))
    r, _ = token(srv, {'grant_type': 'client_credentials', 'client_id': 'oauthdesk-service'})
    check('client_credentials: no secret at all -> 401 invalid_client', is_error(r, 'invalid_client', 401),
          describe(r))
    r, _ = token(srv, {'grant_type': 'client_credentials', 'client_id': 'oauthdesk-test'})
    check('client_credentials: public client -> 401 invalid_client (it cannot authenticate here)',
          is_error(r, 'invalid_client', 401), describe(r))


def test_refresh(srv):
    _, first = password_grant(srv)
    r, second = refresh(srv, first.get('refresh_token', ''))
    check('refresh: 200 with a new refresh token (rotation)',
          r.status == 200 and second.get('refresh_token') not in (None, first.get('refresh_token'))
          and second.get('access_token') != first.get('access_token')
          and second.get('scope') == 'openid profile api:read' and second.get('expires_in') == 3600, describe(r))
    check('refresh: the old access token still works', me(srv, first.get('access_token', '')).status == 200)
    check('refresh: the new access token works', me(srv, second.get('access_token', '')).status == 200)
    r, _ = refresh(srv, second.get('refresh_token', ''), client_id='oauthdesk-test')
    check('refresh: another client presenting it -> invalid_grant', is_error(r, 'invalid_grant'), describe(r))
    r, _ = refresh(srv, first.get('refresh_token', ''))
    check('refresh: the rotated (old) refresh token -> invalid_grant', is_error(r, 'invalid_grant'), describe(r))
    r, _ = refresh(srv, second.get('refresh_token', ''))
    check('refresh: reuse of the old one revoked the whole grant (new refresh token dead)',
          is_error(r, 'invalid_grant'), describe(r))
    check('refresh: ... and the new access token', me(srv, second.get('access_token', '')).status == 401)

    _, tok = password_grant(srv)
    r, narrow = refresh(srv, tok.get('refresh_token', ''), scope='api:read')
    check('refresh: narrower scope -> 200 with that scope',
          r.status == 200 and narrow.get('scope') == 'api:read', describe(r))
    check('refresh: narrowed access token has only api:read',
          (me(srv, narrow.get('access_token', '')).json() or {}).get('scope') == 'api:read')
    r, wide = refresh(srv, narrow.get('refresh_token', ''), scope='api:read api:write')
    check('refresh: wider scope -> 400 invalid_scope', is_error(r, 'invalid_scope'), describe(r))
    r, back = refresh(srv, narrow.get('refresh_token', ''))
    check('refresh: without scope after narrowing -> the originally granted scope',
          r.status == 200 and back.get('scope') == 'openid profile api:read', describe(r))
    r, _ = refresh(srv, 'no-such-refresh-token')
    check('refresh: unknown refresh token -> invalid_grant', is_error(r, 'invalid_grant'), describe(r))


def test_error_table(srv):
    cases = [
        ('invalid_client: unknown public client_id', 'invalid_client', 400,
         {'grant_type': 'password', 'client_id': 'nobody', 'username': 'demo', 'password': PASSWORD}, None),
        ('invalid_client: no client identification at all', 'invalid_client', 401,
         {'grant_type': 'password', 'username': 'demo', 'password': PASSWORD}, None),
        ('invalid_client: public client sends a secret', 'invalid_client', 401,
         {'grant_type': 'password', 'client_id': 'oauthdesk-password', 'client_secret': 'x',
          'username': 'demo', 'password': PASSWORD}, None),
        ('invalid_client: unknown client via Basic', 'invalid_client', 401,
         {'grant_type': 'client_credentials'}, ('nobody', SECRET)),
        ('invalid_grant: unknown code', 'invalid_grant', 400,
         {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test', 'code': 'nope',
          'redirect_uri': 'http://127.0.0.1:1/callback', 'code_verifier': pkce_pair()[0]}, None),
        ('unauthorized_client: password grant with oauthdesk-test', 'unauthorized_client', 400,
         {'grant_type': 'password', 'client_id': 'oauthdesk-test', 'username': 'demo', 'password': PASSWORD}, None),
        ('unsupported_grant_type: grant_type=foo', 'unsupported_grant_type', 400,
         {'grant_type': 'foo', 'client_id': 'oauthdesk-test'}, None),
        ('unsupported_grant_type: no grant_type', 'unsupported_grant_type', 400,
         {'client_id': 'oauthdesk-test'}, None),
        ('invalid_scope: scope=nope', 'invalid_scope', 400,
         {'grant_type': 'password', 'client_id': 'oauthdesk-password', 'username': 'demo',
          'password': PASSWORD, 'scope': 'nope'}, None),
        ('invalid_request: password grant without password', 'invalid_request', 400,
         {'grant_type': 'password', 'client_id': 'oauthdesk-password', 'username': 'demo'}, None),
        ('invalid_request: code grant without code', 'invalid_request', 400,
         {'grant_type': 'authorization_code', 'client_id': 'oauthdesk-test',
          'redirect_uri': 'http://127.0.0.1:1/callback'}, None),
        ('invalid_request: refresh grant without refresh_token', 'invalid_request', 400,
         {'grant_type': 'refresh_token', 'client_id': 'oauthdesk-password'}, None),
    ]
    table = []
    for name, error, status, form, basic in cases:
        r, _ = token(srv, form, basic)
        check(f'5.2 {name} -> {status}', is_error(r, error, status), describe(r))
        table.append((name, r.status, r.body))
    if VERBOSE:
        for name, status, body in table:
            print(f'      {status} {body}   <- {name}')


def test_resource_and_revocation(srv):
    r = fetch('GET', f'{srv.issuer}/api/me')
    check('resource: no token -> 401 Bearer realm, no error code',
          r.status == 401 and r.header('WWW-Authenticate') == 'Bearer realm="oauthdesk-test"', describe(r))
    r = fetch('GET', f'{srv.issuer}/api/me', headers={'Authorization': 'Basic Zm9vOmJhcg=='})
    check('resource: another scheme -> 401 Bearer realm',
          r.status == 401 and r.header('WWW-Authenticate') == 'Bearer realm="oauthdesk-test"', describe(r))
    r = me(srv, 'not-a-token')
    check('resource: unknown token -> 401 error="invalid_token"',
          r.status == 401 and r.header('WWW-Authenticate').startswith('Bearer ')
          and 'error="invalid_token"' in r.header('WWW-Authenticate'), r.header('WWW-Authenticate'))
    _, tok = password_grant(srv, scope='profile')
    r = me(srv, tok.get('access_token', ''))
    check('resource: token without api:read -> 403 insufficient_scope',
          r.status == 403 and (r.json() or {}).get('error') == 'insufficient_scope'
          and 'error="insufficient_scope"' in r.header('WWW-Authenticate'), describe(r))

    # Revoke only the access token: it dies, the refresh token lives.
    _, tok = password_grant(srv)
    r = fetch('POST', f'{srv.issuer}/revoke', form={'token': tok.get('access_token', ''),
                                                   'token_type_hint': 'access_token',
                                                   'client_id': 'oauthdesk-password'})
    check('revoke: access token -> 200', r.status == 200, describe(r))
    check('revoke: the revoked access token -> 401 invalid_token',
          'error="invalid_token"' in me(srv, tok.get('access_token', '')).header('WWW-Authenticate'))
    r, fresh = refresh(srv, tok.get('refresh_token', ''))
    check('revoke: ... the refresh token still works', r.status == 200, describe(r))
    # Revoke the refresh token: the whole grant dies.
    r = fetch('POST', f'{srv.issuer}/revoke', form={'token': fresh.get('refresh_token', ''),
                                                   'token_type_hint': 'refresh_token',
                                                   'client_id': 'oauthdesk-password'})
    check('revoke: refresh token -> 200', r.status == 200, describe(r))
    check('revoke: ... its access token is revoked too', me(srv, fresh.get('access_token', '')).status == 401)
    r, _ = refresh(srv, fresh.get('refresh_token', ''))
    check('revoke: ... and the refresh token is dead', is_error(r, 'invalid_grant'), describe(r))
    r = fetch('POST', f'{srv.issuer}/revoke', form={'token': 'unknown', 'client_id': 'oauthdesk-password'})
    check('revoke: unknown token -> 200 (RFC 7009 2.2)', r.status == 200, describe(r))
    _, cc = token(srv, {'grant_type': 'client_credentials', 'scope': 'api:read'}, basic=('oauthdesk-service', SECRET))
    r = fetch('POST', f'{srv.issuer}/revoke', form={'token': cc.get('access_token', '')},
             basic=('oauthdesk-service', SECRET))
    check('revoke: confidential client with Basic -> 200, token dead',
          r.status == 200 and me(srv, cc.get('access_token', '')).status == 401, describe(r))
    r = fetch('POST', f'{srv.issuer}/revoke', form={'token': 'x'}, basic=('oauthdesk-service', 'wrong'))
    check('revoke: wrong secret -> 401 invalid_client', is_error(r, 'invalid_client', 401), describe(r))


def test_expiry():
    srv = Server('--access-ttl', '1', '--refresh-ttl', '2')
    try:
        _, tok = password_grant(srv)
        _, spare = password_grant(srv)
        check('expiry: expires_in follows --access-ttl', tok.get('expires_in') == 1, tok.get('expires_in'))
        time.sleep(1.2)
        r = me(srv, tok.get('access_token', ''))
        check('expiry: expired token -> 401 error="invalid_token"',
              r.status == 401 and 'error="invalid_token"' in r.header('WWW-Authenticate'), describe(r))
        r, fresh = refresh(srv, tok.get('refresh_token', ''))
        check('expiry: refresh still works', r.status == 200 and me(srv, fresh.get('access_token', '')).status == 200,
              describe(r))
        time.sleep(1.0)
        r, _ = refresh(srv, spare.get('refresh_token', ''))
        check('expiry: expired refresh token (--refresh-ttl) -> invalid_grant', is_error(r, 'invalid_grant'),
              describe(r))
    finally:
        rc, rest = srv.stop()
        check('expiry server: SIGTERM -> exit 0', rc == 0, rc)


def main():
    started = time.monotonic()
    srv = Server('--verbose')
    try:
        catcher = Catcher()
    except Exception:
        srv.stop()
        raise
    check('start: one JSON line with issuer and port',
          srv.issuer == f'http://127.0.0.1:{srv.port}' and set(srv.info) == {'issuer', 'port'}, srv.info)
    try:
        for test in (test_metadata,):
            test(srv)
        test_code_pkce(srv, catcher)
        test_code_request_errors(srv, catcher)
        test_deny(srv, catcher)
        test_implicit(srv, catcher)
        test_password(srv)
        test_client_credentials(srv)
        test_refresh(srv)
        test_error_table(srv)
        test_resource_and_revocation(srv)
        test_expiry()
    except Exception as err:  # a crash is a failure, not a traceback without a summary
        import traceback
        traceback.print_exc()
        check('selftest ran to the end', False, repr(err))
    finally:
        catcher.stop()
        rc, rest = srv.stop()
    check('stop: SIGTERM -> exit 0', rc == 0, rc)
    check('stop: nothing on stdout after the JSON line', rest == '', repr(rest[:100]))
    log = ''.join(srv.stderr)
    leaked = [s for s in SEEN_SECRETS if s in log]
    check(f'logs: no code or token in stderr ({len(SEEN_SECRETS)} values checked)', not leaked)
    check('logs: no password or secret in stderr', PASSWORD not in log and SECRET not in log)
    check('logs: --verbose did log requests', '/token' in log, log[:300])
    check('logs: no authorization parameters logged',
          not any(k in log for k in ('code=', 'state=', 'code_challenge=', 'access_token=', 'password=')))
    if VERBOSE:
        sys.stdout.write('--- server stderr ---\n' + log + '---\n')
    print(f'{len(PASSED)} passed, {len(FAILED)} failed ({time.monotonic() - started:.1f} s)')
    return 1 if FAILED else 0


if __name__ == '__main__':
    sys.exit(main())
