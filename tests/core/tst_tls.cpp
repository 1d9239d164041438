#include "common/settings.h"
#include "discovery/discovery.h"
#include "http/httpclient.h"
#include "tokens/tokenendpoint.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace OAuthDesk;

namespace {

/// A throwaway CA and a server certificate it signed for IP:127.0.0.1, made with the openssl tool.
struct Pki
{
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey key;
};

QString runOpenSsl(const QString &dir, const QStringList &args)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (tool.isEmpty())
        return QStringLiteral("the openssl tool is not installed (scripts/setup installs it)");
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes <prefix>-ca.pem (a CA) and, when `serverCert`, <prefix>-server.pem/-server.key it signed.
QString makePki(const QString &dir, const QString &prefix, bool serverCert, Pki *pki)
{
    const QString caKey = prefix + QStringLiteral("-ca.key");
    const QString caPem = prefix + QStringLiteral("-ca.pem");
    const QStringList ecKey = { QStringLiteral("-newkey"), QStringLiteral("ec"),
                                QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"),
                                QStringLiteral("-nodes") };
    QString error = runOpenSsl(
            dir,
            QStringList{ QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
                    + QStringList{ QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caPem,
                                   QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"),
                                   QStringLiteral("/CN=OAuthDesk test CA ") + prefix,
                                   QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
    if (!error.isEmpty())
        return error;
    pki->ca = QSslCertificate(readFile(dir + QLatin1Char('/') + caPem), QSsl::Pem);
    if (pki->ca.isNull())
        return QStringLiteral("the CA certificate does not load");
    if (!serverCert)
        return {};

    const QString key = prefix + QStringLiteral("-server.key");
    const QString csr = prefix + QStringLiteral("-server.csr");
    const QString pem = prefix + QStringLiteral("-server.pem");
    const QString ext = prefix + QStringLiteral("-server.ext");
    {
        QFile f(dir + QLatin1Char('/') + ext);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the extensions file");
        f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
                "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    }
    error = runOpenSsl(dir,
                       QStringList{ QStringLiteral("req") } + ecKey
                               + QStringList{ QStringLiteral("-keyout"), key,
                                              QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                                              QStringLiteral("/CN=127.0.0.1") });
    if (!error.isEmpty())
        return error;
    error = runOpenSsl(dir,
                       { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                         QStringLiteral("-CA"), caPem, QStringLiteral("-CAkey"), caKey,
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                         QStringLiteral("2"), QStringLiteral("-extfile"), ext,
                         QStringLiteral("-out"), pem });
    if (!error.isEmpty())
        return error;
    pki->server = QSslCertificate(readFile(dir + QLatin1Char('/') + pem), QSsl::Pem);
    pki->key = QSslKey(readFile(dir + QLatin1Char('/') + key), QSsl::Ec, QSsl::Pem);
    if (pki->server.isNull() || pki->key.isNull())
        return QStringLiteral("the server certificate or key does not load");
    return {};
}

/**
 * An https server on 127.0.0.1 that counts handshakes started, TLS connections established and
 * request bytes received, and answers each complete HTTP request with `script`.
 */
class TlsServer : public QObject
{
public:
    using Script = std::function<QByteArray(const QByteArray &method, const QByteArray &target)>;

    TlsServer(const Pki &pki, Script script) : m_script(std::move(script))
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(pki.server);
        config.setPrivateKey(pki.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                [this] { ++m_handshakes; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_established;
                serve(socket);
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    QString url(const QString &path = {}) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int handshakes() const { return m_handshakes; }
    int established() const { return m_established; }
    qint64 requestBytes() const { return m_requestBytes; }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            const QByteArray data = socket->readAll();
            m_requestBytes += data.size();
            *buffer += data;
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            buffer->clear();
            ++m_requests;
            socket->write(m_script(requestLine.value(0), requestLine.value(1)));
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    Script m_script;
    int m_handshakes = 0;
    int m_established = 0;
    qint64 m_requestBytes = 0;
    int m_requests = 0;
};

QByteArray jsonAnswer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
           "close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

/**
 * Issue 7, TLS: certificate verification is never switched off. An https server whose certificate
 * chains to a CA the system does not trust is refused during the handshake, before a single byte of
 * the HTTP request is sent, with an error that names the host and the certificate. Only a CA the
 * user adds (HttpClient::setExtraCaCertificates) makes it trusted.
 */
class tst_Tls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        const QString error = makePki(m_dir.path(), QStringLiteral("trusted"), true, &m_pki);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The certificate is valid for 127.0.0.1 and its chain is complete: only the trust is
        // missing.
        QCOMPARE(m_pki.server.issuerDisplayName(), m_pki.ca.subjectDisplayName());
        QVERIFY(QSslCertificate::verify({ m_pki.server, m_pki.ca }, QStringLiteral("127.0.0.1"))
                        .size()
                > 0);
    }

    void discoveryRefusesAnUntrustedCertificate()
    {
        TlsServer server(m_pki, [&server](const QByteArray &, const QByteArray &) {
            return jsonAnswer(metadata(server.url()));
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        Discovery discovery(&http);
        std::optional<Result<ServerMetadata>> result;
        discovery.discover(QUrl(server.url()), this,
                           [&](const Result<ServerMetadata> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        verifyRefused(result->error(), server);
    }

    void tokenRequestRefusesAnUntrustedCertificate()
    {
        TlsServer server(m_pki, [](const QByteArray &, const QByteArray &) {
            return jsonAnswer(tokenJson());
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        TokenEndpoint endpoint(&http, QUrl(server.url(QStringLiteral("/token"))),
                               ClientAuthentication{ QStringLiteral("desk"),
                                                     QStringLiteral("s3cret-client"),
                                                     ClientAuthentication::Method::SecretBasic });
        std::optional<Result<TokenSet>> result;
        endpoint.request({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } },
                         QString(), this, [&](const Result<TokenSet> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        verifyRefused(result->error(), server);
    }

    /// The user's own CA makes the same server trusted: discovery and the token request succeed.
    void anAddedCaIsTrusted()
    {
        TlsServer server(m_pki, [&server](const QByteArray &, const QByteArray &target) {
            return jsonAnswer(target == "/token" ? tokenJson() : metadata(server.url()));
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        http.setExtraCaCertificates({ m_pki.ca });

        std::optional<Result<ServerMetadata>> discovered;
        Discovery(&http).discover(QUrl(server.url()), this,
                                  [&](const Result<ServerMetadata> &r) { discovered = r; });
        QTRY_VERIFY_WITH_TIMEOUT(discovered.has_value(), 20000);
        QVERIFY2(discovered->ok(), qPrintable(discovered->error().message()));
        QCOMPARE(discovered->value().tokenEndpoint, QUrl(server.url(QStringLiteral("/token"))));

        TokenEndpoint endpoint(&http, discovered->value().tokenEndpoint,
                               ClientAuthentication{ QStringLiteral("desk"),
                                                     QStringLiteral("s3cret-client"),
                                                     ClientAuthentication::Method::SecretBasic });
        std::optional<Result<TokenSet>> tokens;
        endpoint.request({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } },
                         QString(), this, [&](const Result<TokenSet> &r) { tokens = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tokens.has_value(), 20000);
        QVERIFY2(tokens->ok(), qPrintable(tokens->error().message()));
        QCOMPARE(tokens->value().accessToken, QStringLiteral("tls-access-token"));
        QCOMPARE(server.requests(), 2);
        QVERIFY(server.established() >= 1);
    }

    /// The person's way to add the CA: a PEM file named in the preferences (Settings).
    void caFileFromThePreferences()
    {
        Settings settings;
        QString error;
        QVERIFY(settings.extraCaCertificates(&error).isEmpty()
                && error.isEmpty()); // none set: none
        settings.setCaCertificatesFile(m_dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY(settings.extraCaCertificates(&error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
        QFile garbage(m_dir.filePath(QStringLiteral("garbage.pem")));
        QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write("not a certificate\n") > 0);
        garbage.close();
        settings.setCaCertificatesFile(garbage.fileName());
        error.clear();
        QVERIFY(settings.extraCaCertificates(&error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));

        QFile pem(m_dir.filePath(QStringLiteral("organisation-ca.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly) && pem.write(m_pki.ca.toPem()) > 0);
        pem.close();
        settings.setCaCertificatesFile(pem.fileName());
        error.clear();
        const QList<QSslCertificate> certificates = settings.extraCaCertificates(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(certificates, QList<QSslCertificate>{ m_pki.ca });

        TlsServer server(m_pki, [&server](const QByteArray &, const QByteArray &) {
            return jsonAnswer(metadata(server.url()));
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        http.setExtraCaCertificates(certificates);
        std::optional<Result<ServerMetadata>> discovered;
        Discovery(&http).discover(QUrl(server.url()), this,
                                  [&](const Result<ServerMetadata> &r) { discovered = r; });
        QTRY_VERIFY_WITH_TIMEOUT(discovered.has_value(), 20000);
        QVERIFY2(discovered->ok(), qPrintable(discovered->error().message()));
        settings.setCaCertificatesFile(QString());
    }

    /// Adding some other CA does not make this server trusted.
    void anotherCaIsNotEnough()
    {
        Pki other;
        const QString error = makePki(m_dir.path(), QStringLiteral("other"), false, &other);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(other.ca != m_pki.ca);
        TlsServer server(m_pki, [&server](const QByteArray &, const QByteArray &) {
            return jsonAnswer(metadata(server.url()));
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        http.setExtraCaCertificates({ other.ca });
        std::optional<Result<ServerMetadata>> result;
        Discovery(&http).discover(QUrl(server.url()), this,
                                  [&](const Result<ServerMetadata> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        verifyRefused(result->error(), server);
    }

    /// At request time too, a plain-http token endpoint off this computer gets nothing: the refusal
    /// comes before send() returns (192.0.2.1 is TEST-NET-1, never reachable).
    void plainHttpTokenEndpointIsRefusedBeforeSending()
    {
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        TokenEndpoint endpoint(&http, QUrl(QStringLiteral("http://192.0.2.1/token")),
                               ClientAuthentication{ QStringLiteral("desk"),
                                                     QStringLiteral("s3cret-client"),
                                                     ClientAuthentication::Method::SecretBasic });
        std::optional<Result<TokenSet>> result;
        endpoint.refresh(QStringLiteral("a-refresh-token"), QString(), QString(), this,
                         [&](const Result<TokenSet> &r) { result = r; });
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind(), Error::Kind::InsecureUrl);
    }

    /// Nothing in the application may switch certificate verification off.
    void noSourceIgnoresSslErrors()
    {
        int files = 0;
        for (const char *folder : { "core", "ui", "app" }) {
            QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/") + QLatin1String(folder),
                            { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                QVERIFY2(!text.contains("ignoreSslErrors"), qPrintable(path));
                QVERIFY2(!text.contains("VerifyNone"), qPrintable(path));
                ++files;
            }
        }
        QVERIFY(files > 50);
    }

private:
    static QByteArray metadata(const QString &issuer)
    {
        const QByteArray i = issuer.toUtf8();
        return "{\"issuer\":\"" + i + "\",\"authorization_endpoint\":\"" + i
                + "/authorize\",\"token_endpoint\":\"" + i + "/token\"}";
    }
    static QByteArray tokenJson()
    {
        return "{\"access_token\":\"tls-access-token\",\"token_type\":\"Bearer\",\"expires_in\":"
               "3600}";
    }

    static void verifyRefused(const Error &error, const TlsServer &server)
    {
        QCOMPARE(error.kind(), Error::Kind::Network);
        const QString message = error.message();
        QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("TLS certificate")), qPrintable(message));
        // The client reached the server and started TLS, and gave up in the handshake: no TLS
        // connection was established and not one byte of the request reached the server.
        QVERIFY(server.handshakes() >= 1);
        QCOMPARE(server.established(), 0);
        QCOMPARE(server.requestBytes(), qint64(0));
        QCOMPARE(server.requests(), 0);
    }

    QTemporaryDir m_dir;
    Pki m_pki;
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
