#include "accounts/providerpreset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

/// The shipped presets and the preset schema: what loads, what is refused and why, template
/// filling.
class tst_ProviderPresets : public QObject
{
    Q_OBJECT

private:
    static QJsonObject valid()
    {
        QJsonObject o;
        o.insert(QLatin1String("id"), QStringLiteral("example"));
        o.insert(QLatin1String("name"), QStringLiteral("Example"));
        o.insert(QLatin1String("issuer"), QStringLiteral("https://{domain}/"));
        o.insert(QLatin1String("scope"), QStringLiteral("openid"));
        o.insert(QLatin1String("grant"), QStringLiteral("authorization_code"));
        o.insert(QLatin1String("pkce"), true);
        o.insert(QLatin1String("refresh_tokens"), true);
        QJsonObject domain;
        domain.insert(QLatin1String("name"), QStringLiteral("domain"));
        domain.insert(QLatin1String("label"), QStringLiteral("Domain"));
        domain.insert(QLatin1String("example"), QStringLiteral("login.example.com"));
        o.insert(QLatin1String("placeholders"), QJsonArray{ domain });
        return o;
    }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

private Q_SLOTS:
    void shippedPresetsLoadAndValidate()
    {
        QStringList warnings;
        const QList<ProviderPreset> presets =
                ProviderPreset::loadFrom({ QStringLiteral(":/providers") }, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const ProviderPreset &p : presets)
            ids.append(p.id);
        ids.sort();
        const QStringList expected = {
            QStringLiteral("auth0"),      QStringLiteral("github"),
            QStringLiteral("gitlab"),     QStringLiteral("gitlab-self-managed"),
            QStringLiteral("google"),     QStringLiteral("keycloak"),
            QStringLiteral("local-demo"), QStringLiteral("microsoft-entra"),
            QStringLiteral("okta")
        };
        QCOMPARE(ids, expected);
        // Every file in the resource directory is one of them: none was dropped silently.
        QCOMPARE(QDir(QStringLiteral(":/providers")).entryList({ QStringLiteral("*.json") }).size(),
                 expected.size());
        for (const ProviderPreset &p : presets) {
            QMap<QString, QString> examples;
            for (const ProviderPreset::Placeholder &placeholder : p.placeholders)
                examples.insert(placeholder.name, placeholder.example);
            const Result<ServerMetadata> server = p.fill(examples);
            QVERIFY2(server.ok(),
                     qPrintable(p.id + QLatin1String(": ") + server.error().message()));
            QVERIFY2(!p.scope.isEmpty(), qPrintable(p.id));
            // Without discovery the preset itself has to say where to go.
            if (!p.discovery) {
                QVERIFY2(!server.value().authorizationEndpoint.isEmpty(), qPrintable(p.id));
                QVERIFY2(!server.value().tokenEndpoint.isEmpty(), qPrintable(p.id));
            }
        }
    }

    void shippedPresetFacts()
    {
        const QList<ProviderPreset> presets =
                ProviderPreset::loadFrom({ QStringLiteral(":/providers") });
        auto find = [&](const char *id) {
            for (const ProviderPreset &p : presets) {
                if (p.id == QLatin1String(id))
                    return p;
            }
            qFatal("no preset %s", id);
        };
        const ProviderPreset github = find("github");
        QVERIFY(!github.discovery);
        QVERIFY(github.issuerTemplate.isEmpty());
        QVERIFY(!github.refreshTokens);

        const ProviderPreset demo = find("local-demo");
        QCOMPARE(demo.issuerTemplate, QStringLiteral("http://127.0.0.1:9876"));
        QCOMPARE(demo.clientId, QStringLiteral("oauthdesk-demo"));

        const ProviderPreset entra = find("microsoft-entra");
        QCOMPARE(entra.placeholderNames(), QStringList{ QStringLiteral("tenant") });
        const ProviderPreset keycloak = find("keycloak");
        QCOMPARE(keycloak.placeholders.size(), 1);
        QVERIFY(keycloak.placeholders.first().isUrl);
        QCOMPARE(find("google").clientAuthMethod, ClientAuthentication::Method::SecretPost);
    }

    void fillTemplates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("issuer"); // expected, or empty when refused
        QTest::addColumn<QString>("tokenEndpoint"); // expected
        QTest::addColumn<QString>("error"); // part of the error, when refused

        QTest::newRow("entra tenant")
                << QStringLiteral("microsoft-entra") << QStringLiteral("tenant")
                << QStringLiteral("11111111-2222-3333-4444-555555555555")
                << QStringLiteral("https://login.microsoftonline.com/"
                                  "11111111-2222-3333-4444-555555555555/v2.0")
                << QStringLiteral("https://login.microsoftonline.com/"
                                  "11111111-2222-3333-4444-555555555555/oauth2/v2.0/token")
                << QString();
        QTest::newRow("auth0 domain, issuer keeps its slash")
                << QStringLiteral("auth0") << QStringLiteral("domain")
                << QStringLiteral(" dev-x.eu.auth0.com ")
                << QStringLiteral("https://dev-x.eu.auth0.com/")
                << QStringLiteral("https://dev-x.eu.auth0.com/oauth/token") << QString();
        QTest::newRow("keycloak realm URL, trailing slash dropped")
                << QStringLiteral("keycloak") << QStringLiteral("realm_url")
                << QStringLiteral("https://sso.example.org/realms/dev/")
                << QStringLiteral("https://sso.example.org/realms/dev")
                << QStringLiteral(
                           "https://sso.example.org/realms/dev/protocol/openid-connect/token")
                << QString();
        QTest::newRow("keycloak on this computer")
                << QStringLiteral("keycloak") << QStringLiteral("realm_url")
                << QStringLiteral("http://localhost:8080/realms/dev")
                << QStringLiteral("http://localhost:8080/realms/dev")
                << QStringLiteral("http://localhost:8080/realms/dev/protocol/openid-connect/token")
                << QString();
        QTest::newRow("keycloak on plain http elsewhere")
                << QStringLiteral("keycloak") << QStringLiteral("realm_url")
                << QStringLiteral("http://sso.example.org/realms/dev") << QString() << QString()
                << QStringLiteral("must use https");
        QTest::newRow("gitlab URL with a query")
                << QStringLiteral("gitlab-self-managed") << QStringLiteral("gitlab_url")
                << QStringLiteral("https://git.example.org?x=1") << QString() << QString()
                << QStringLiteral("query");
        QTest::newRow("gitlab URL with user info")
                << QStringLiteral("gitlab-self-managed") << QStringLiteral("gitlab_url")
                << QStringLiteral("https://evil.example@git.example.org") << QString() << QString()
                << QStringLiteral("not a valid URL");
        QTest::newRow("domain that moves the host")
                << QStringLiteral("okta") << QStringLiteral("domain")
                << QStringLiteral("evil.example/x") << QString() << QString()
                << QStringLiteral("only letters, digits");
        QTest::newRow("domain with user info")
                << QStringLiteral("okta") << QStringLiteral("domain")
                << QStringLiteral("evil.example@okta.com") << QString() << QString()
                << QStringLiteral("only letters, digits");
        QTest::newRow("tenant climbing a path")
                << QStringLiteral("microsoft-entra") << QStringLiteral("tenant")
                << QStringLiteral("..") << QString() << QString()
                << QStringLiteral("only letters, digits");
        QTest::newRow("missing value")
                << QStringLiteral("okta") << QStringLiteral("domain") << QStringLiteral("  ")
                << QString() << QString() << QStringLiteral("Enter the Okta domain");
    }

    void fillTemplates()
    {
        QFETCH(QString, id);
        QFETCH(QString, placeholder);
        QFETCH(QString, value);
        QFETCH(QString, issuer);
        QFETCH(QString, tokenEndpoint);
        QFETCH(QString, error);
        QFile file(QStringLiteral(":/providers/%1.json").arg(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<ProviderPreset> preset =
                ProviderPreset::parse(file.readAll(), file.fileName());
        QVERIFY2(preset.ok(), qPrintable(preset.error().message()));
        const Result<ServerMetadata> server = preset.value().fill({ { placeholder, value } });
        if (error.isEmpty()) {
            QVERIFY2(server.ok(), qPrintable(server.error().message()));
            QCOMPARE(server.value().issuer.toString(), issuer);
            QCOMPARE(server.value().tokenEndpoint.toString(), tokenEndpoint);
        } else {
            QVERIFY(!server.ok());
            QVERIFY2(server.error().message().contains(error),
                     qPrintable(server.error().message()));
        }
    }

    void fillWithoutPlaceholders()
    {
        QFile file(QStringLiteral(":/providers/github.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<ProviderPreset> preset = ProviderPreset::parse(file.readAll());
        QVERIFY(preset.ok());
        const Result<ServerMetadata> server = preset.value().fill({});
        QVERIFY(server.ok());
        QVERIFY(server.value().issuer.isEmpty());
        QCOMPARE(server.value().authorizationEndpoint,
                 QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
        QCOMPARE(server.value().deviceAuthorizationEndpoint,
                 QUrl(QStringLiteral("https://github.com/login/device/code")));
    }

    void brokenPresets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject o = valid();
            o.insert(QLatin1String(key), value);
            return bytes(o);
        };
        auto without = [](const char *key) {
            QJsonObject o = valid();
            o.remove(QLatin1String(key));
            return bytes(o);
        };
        auto placeholder = [](const QJsonObject &entry, const QString &issuer) {
            QJsonObject o = valid();
            o.insert(QLatin1String("placeholders"), QJsonArray{ entry });
            o.insert(QLatin1String("issuer"), issuer);
            return bytes(o);
        };
        QJsonObject urlPlaceholder;
        urlPlaceholder.insert(QLatin1String("name"), QStringLiteral("base"));
        urlPlaceholder.insert(QLatin1String("label"), QStringLiteral("Base URL"));
        urlPlaceholder.insert(QLatin1String("example"), QStringLiteral("https://sso.example.com"));
        urlPlaceholder.insert(QLatin1String("kind"), QStringLiteral("url"));
        QJsonObject httpExample = urlPlaceholder;
        httpExample.insert(QLatin1String("example"), QStringLiteral("http://sso.example.com"));
        QJsonObject oddKind = urlPlaceholder;
        oddKind.insert(QLatin1String("kind"), QStringLiteral("path"));
        QJsonObject noLabel = urlPlaceholder;
        noLabel.remove(QLatin1String("label"));
        QJsonObject badName = urlPlaceholder;
        badName.insert(QLatin1String("name"), QStringLiteral("Base-URL"));

        QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown field") << with("client_secret", QStringLiteral("fake-not-a-secret"))
                                       << QStringLiteral("unknown field \"client_secret\"");
        QTest::newRow("misspelt field")
                << with("refresh_token", true) << QStringLiteral("unknown field \"refresh_token\"");
        QTest::newRow("no id") << without("id") << QStringLiteral("missing required field \"id\"");
        QTest::newRow("no name") << without("name")
                                 << QStringLiteral("missing required field \"name\"");
        QTest::newRow("no scope") << without("scope")
                                  << QStringLiteral("missing required field \"scope\"");
        QTest::newRow("no grant") << without("grant")
                                  << QStringLiteral("missing required field \"grant\"");
        QTest::newRow("no pkce") << without("pkce")
                                 << QStringLiteral("missing required field \"pkce\"");
        QTest::newRow("no refresh_tokens")
                << without("refresh_tokens")
                << QStringLiteral("missing required field \"refresh_tokens\"");
        QTest::newRow("id with capitals")
                << with("id", QStringLiteral("Example")) << QStringLiteral("\"id\" must be");
        QTest::newRow("id with a slash")
                << with("id", QStringLiteral("../x")) << QStringLiteral("\"id\" must be");
        QTest::newRow("blank name")
                << with("name", QStringLiteral("  ")) << QStringLiteral("\"name\" is empty");
        QTest::newRow("pkce a string") << with("pkce", QStringLiteral("yes"))
                                       << QStringLiteral("\"pkce\" must be true or false");
        QTest::newRow("scope a list") << with("scope", QJsonArray{ QStringLiteral("openid") })
                                      << QStringLiteral("\"scope\" must be a string");
        QTest::newRow("unknown grant") << with("grant", QStringLiteral("refresh_token"))
                                       << QStringLiteral("unknown grant \"refresh_token\"");
        QTest::newRow("unknown client auth")
                << with("client_auth_method", QStringLiteral("private_key_jwt"))
                << QStringLiteral("unknown client_auth_method \"private_key_jwt\"");
        // Found by fuzz_provider_preset: "", "basic" and "post" were taken and kept as written.
        QTest::newRow("empty client auth") << with("client_auth_method", QString())
                                           << QStringLiteral("unknown client_auth_method \"\"");
        QTest::newRow("short client auth")
                << with("client_auth_method", QStringLiteral("basic"))
                << QStringLiteral("unknown client_auth_method \"basic\"");
        QTest::newRow("client credentials without a secret method")
                << with("grant", QStringLiteral("client_credentials"))
                << QStringLiteral("needs a client_auth_method");
        QTest::newRow("quirks not a list")
                << with("quirks", QStringLiteral("odd"))
                << QStringLiteral("\"quirks\" must be a list of strings");
        QTest::newRow("http issuer") << with("issuer", QStringLiteral("http://{domain}/"))
                                     << QStringLiteral("\"issuer\" must use https");
        QTest::newRow("http endpoint")
                << with("token_endpoint", QStringLiteral("http://{domain}/token"))
                << QStringLiteral("\"token_endpoint\" must use https");
        QTest::newRow("javascript endpoint")
                << with("authorization_endpoint", QStringLiteral("javascript:alert(1)"))
                << QStringLiteral("\"authorization_endpoint\" is not a valid URL");
        QTest::newRow("issuer with a query")
                << with("issuer", QStringLiteral("https://{domain}/?tenant=x"))
                << QStringLiteral("query or fragment");
        QTest::newRow("undeclared placeholder")
                << with("token_endpoint", QStringLiteral("https://{host}/token"))
                << QStringLiteral("undeclared placeholder {host}");
        QTest::newRow("unmatched brace")
                << with("token_endpoint", QStringLiteral("https://{domain}/token}"))
                << QStringLiteral("unmatched brace");
        QTest::newRow("unused placeholder")
                << with("issuer", QStringLiteral("https://login.example.com"))
                << QStringLiteral("declared but no template uses it");
        QTest::newRow("URL placeholder in the middle")
                << placeholder(urlPlaceholder, QStringLiteral("https://x.example/{base}"))
                << QStringLiteral("may only begin a template");
        QTest::newRow("URL placeholder with an http example")
                << placeholder(httpExample, QStringLiteral("{base}"))
                << QStringLiteral("the example of \"base\" is refused");
        QTest::newRow("placeholder of an unknown kind")
                << placeholder(oddKind, QStringLiteral("{base}"))
                << QStringLiteral("unknown kind \"path\"");
        QTest::newRow("placeholder without a label")
                << placeholder(noLabel, QStringLiteral("{base}"))
                << QStringLiteral("needs a \"label\" and an \"example\"");
        QTest::newRow("placeholder with a bad name")
                << placeholder(badName, QStringLiteral("{Base-URL}"))
                << QStringLiteral("each placeholder needs a \"name\"");
        QTest::newRow("discovery without an issuer")
                << with("discovery", true).replace("\"issuer\"", "\"token_endpoint\"")
                << QStringLiteral("no \"issuer\"");
        QTest::newRow("no discovery, no endpoints")
                << with("discovery", false) << QStringLiteral("needs \"authorization_endpoint\"");
    }

    void brokenPresets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<ProviderPreset> preset =
                ProviderPreset::parse(json, QStringLiteral("/somewhere/broken.json"));
        QVERIFY(!preset.ok());
        const QString message = preset.error().message();
        QVERIFY2(message.startsWith(QLatin1String("broken.json: ")), qPrintable(message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void validTemplateParses()
    {
        const Result<ProviderPreset> preset = ProviderPreset::parse(bytes(valid()));
        QVERIFY2(preset.ok(), qPrintable(preset.error().message()));
        QVERIFY(preset.value().discovery); // an issuer implies discovery unless told otherwise
    }

    void badFilesAreSkippedAndUserFilesOverride()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write(QStringLiteral("broken.json"), QByteArray("{ not json"));
        write(QStringLiteral("nogrant.json"), QByteArray("{\"id\": \"x\", \"name\": \"X\"}"));
        QJsonObject mine = valid();
        mine.insert(QLatin1String("id"),
                    QStringLiteral("github")); // replaces the shipped GitHub preset
        mine.insert(QLatin1String("name"), QStringLiteral("GitHub Enterprise"));
        write(QStringLiteral("mine.json"), bytes(mine));
        write(QStringLiteral("huge.json"), QByteArray(100 * 1024, ' '));
        write(QStringLiteral("ignored.txt"), QByteArray("not a preset"));

        QStringList warnings;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Skipped a provider preset")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Skipped a provider preset")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Skipped a provider preset")));
        const QList<ProviderPreset> presets =
                ProviderPreset::loadFrom({ QStringLiteral(":/providers"), dir.path() }, &warnings);
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings.at(0).startsWith(QLatin1String("broken.json: not valid JSON")));
        QVERIFY(warnings.at(1).startsWith(QLatin1String("huge.json: larger than")));
        QVERIFY(warnings.at(2).contains(
                QLatin1String("nogrant.json: missing required field \"scope\"")));
        int githubs = 0;
        for (const ProviderPreset &p : presets) {
            if (p.id == QLatin1String("github")) {
                ++githubs;
                QCOMPARE(p.name, QStringLiteral("GitHub Enterprise"));
            }
        }
        QCOMPARE(githubs, 1);
        QCOMPARE(presets.size(), 9);
    }

    void userDirectoryIsUnderAppData()
    {
        QVERIFY(ProviderPreset::userDirectory().endsWith(QLatin1String("/providers")));
        QCOMPARE(ProviderPreset::defaultDirectories().first(), QStringLiteral(":/providers"));
    }
};

QTEST_GUILESS_MAIN(tst_ProviderPresets)
#include "tst_providerpresets.moc"
