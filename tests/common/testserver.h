#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace OAuthDesk::Test {

/**
 * The real authorization server of the tests: oidc-provider (tests/server/server.mjs) on a free
 * 127.0.0.1 port, started per test case or per test executable.
 */
class TestServer
{
public:
    enum class Kind {
        OidcProvider, ///< tests/server/server.mjs: node, oidc-provider
        Authlib, ///< tests/authlib/server.py: Debian's python3 with Authlib and Flask
    };
    struct Options
    {
        int accessTtlSeconds = 3600;
        Kind kind = Kind::OidcProvider;
    };

    TestServer() = default;
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /// Starts the server and waits for its "listening" line. Empty on success, else why not.
    QString start(const Options &options);
    QString start() { return start(Options{}); }
    void stop();

    QUrl issuer() const { return m_issuer; }
    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }

    /// Drops one access token at the server, as an admin or a server-side policy would, through the
    /// oidc-provider test server's /test/revoke-access-token. (RFC 7009 revocation at oidc-provider
    /// ends the whole grant; this drops just the access token, so the refresh token stays good.)
    bool revokeAccessToken(const QString &token) const;
    /// What the server's test resource (/api/me) answers to a bearer token, asked directly: 200 for
    /// a live access token, 401 for a revoked or unknown one, -1 when it did not answer.
    int resourceStatus(const QString &accessToken) const;

    static QString nodeProgram();
    static QString sourceDir();
    /// The $BROWSER command: a real Chromium driven by playwright-core (tests/browser/browser).
    static QString browserCommand();

private:
    QProcess m_process;
    QUrl m_issuer;
    quint16 m_port = 0;
};

} // namespace OAuthDesk::Test
