// A provider preset file (core/accounts: ProviderPreset::parse, then fill()): one a person dropped
// into their providers directory, so anything at all.
//
// Input: the file.
#include "fuzzsupport.h"

#include "accounts/providerpreset.h"
#include "http/urlpolicy.h"

#include <QRegularExpression>
#include <QSet>

using namespace OAuthDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

static QStringList templates(const ProviderPreset &p)
{
    return { p.issuerTemplate,
             p.authorizationEndpointTemplate,
             p.tokenEndpointTemplate,
             p.deviceAuthorizationEndpointTemplate,
             p.revocationEndpointTemplate,
             p.userinfoEndpointTemplate,
             p.jwksUriTemplate };
}

static QList<QUrl> urls(const ServerMetadata &m)
{
    return { m.issuer,
             m.authorizationEndpoint,
             m.tokenEndpoint,
             m.deviceAuthorizationEndpoint,
             m.revocationEndpoint,
             m.userinfoEndpoint,
             m.jwksUri };
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = Fuzz::bytes(data, size);
    const QString source = QStringLiteral("/presets/mine.json");
    const Result<ProviderPreset> result = ProviderPreset::parse(file, source);
    if (!result.ok()) {
        // The warning names the file it is about.
        FUZZ_CHECK(result.error().kind() == Error::Kind::Configuration);
        FUZZ_CHECK(result.error().detail().startsWith(QLatin1String("mine.json: ")));
        return 0;
    }
    const ProviderPreset &p = result.value();
    FUZZ_CHECK(p.source == source);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    FUZZ_CHECK(idPattern.match(p.id).hasMatch());
    FUZZ_CHECK(!p.name.isEmpty() && p.name == p.name.trimmed());
    FUZZ_CHECK(p.scope == p.scope.simplified());
    FUZZ_CHECK(grantTypeFromName(grantTypeName(p.grantType)) == p.grantType);
    bool methodKnown = false;
    FUZZ_CHECK(ClientAuthentication::methodFromString(
                       ClientAuthentication::methodName(p.clientAuthMethod), &methodKnown)
                       == p.clientAuthMethod
               && methodKnown);
    FUZZ_CHECK(!p.discovery || !p.issuerTemplate.isEmpty());
    for (const QString &quirk : p.quirks)
        FUZZ_CHECK(!quirk.isEmpty() && quirk == quirk.trimmed());

    // Placeholders: named once each, every one used, every one used declared.
    const QStringList names = p.placeholderNames();
    FUZZ_CHECK(QSet<QString>(names.cbegin(), names.cend()).size() == names.size());
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QSet<QString> used;
    for (const QString &text : templates(p)) {
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            FUZZ_CHECK(names.contains(name));
            used.insert(name);
        }
    }
    FUZZ_CHECK(used.size() == names.size());

    // Filled with the examples, every template is a URL fit to be sent to (as parse() promised).
    QMap<QString, QString> values;
    for (const ProviderPreset::Placeholder &d : p.placeholders)
        values.insert(d.name, d.example);
    const Result<ServerMetadata> filled = p.fill(values);
    FUZZ_CHECK(filled.ok());
    const QStringList texts = templates(p);
    const QList<QUrl> addresses = urls(filled.value());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        FUZZ_CHECK(texts.at(i).isEmpty() == addresses.at(i).isEmpty());
        FUZZ_CHECK(addresses.at(i).isEmpty() || UrlPolicy::isSecureOrLoopback(addresses.at(i)));
    }
    FUZZ_CHECK(!filled.value().issuer.hasQuery() && !filled.value().issuer.hasFragment());

    // A name placeholder stays in its label or segment: a value that would move the URL elsewhere
    // is refused, and so is a missing one.
    for (const ProviderPreset::Placeholder &d : p.placeholders) {
        QMap<QString, QString> hostile = values;
        hostile.insert(d.name,
                       d.isUrl ? QStringLiteral("http://evil.example")
                               : QStringLiteral("evil.example/x"));
        FUZZ_CHECK(!p.fill(hostile).ok());
        if (!d.isUrl) {
            hostile.insert(d.name, QStringLiteral("a@evil.example"));
            FUZZ_CHECK(!p.fill(hostile).ok());
        }
        hostile.remove(d.name);
        FUZZ_CHECK(!p.fill(hostile).ok());
    }
    return 0;
}
