#include "providerpreset.h"

#include "common/logging.h"
#include "http/urlpolicy.h"
#include "tokens/clientauthentication.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::ProviderPreset", text);
}

// A preset is a few hundred bytes; anything much larger is not one.
static constexpr qint64 MaxPresetFileSize = 64 * 1024;

namespace {

/// One template field of the file: its JSON key and where it goes.
struct TemplateField
{
    const char *key;
    QString ProviderPreset::*member;
};

const TemplateField templateFields[] = {
    { "issuer", &ProviderPreset::issuerTemplate },
    { "authorization_endpoint", &ProviderPreset::authorizationEndpointTemplate },
    { "token_endpoint", &ProviderPreset::tokenEndpointTemplate },
    { "device_authorization_endpoint", &ProviderPreset::deviceAuthorizationEndpointTemplate },
    { "revocation_endpoint", &ProviderPreset::revocationEndpointTemplate },
    { "userinfo_endpoint", &ProviderPreset::userinfoEndpointTemplate },
    { "jwks_uri", &ProviderPreset::jwksUriTemplate },
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

Error invalid(const QString &source, const QString &what)
{
    const QString name = source.isEmpty() ? tr("provider preset") : QFileInfo(source).fileName();
    return Error(Error::Kind::Configuration, tr("%1: %2").arg(name, what));
}

/// Checks a value for a placeholder; on success `normalized` is what goes into the template.
QString checkValue(const ProviderPreset::Placeholder &placeholder, const QString &value,
                   QString *normalized)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the %1.").arg(placeholder.label);
    if (!placeholder.isUrl) {
        // A name stays inside its host label or path segment: no '/', '@', ':' or '?' can move the
        // URL somewhere else.
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!namePattern.match(trimmed).hasMatch() || trimmed.contains(QLatin1String("..")))
            return tr("The %1 may contain only letters, digits, dots, dashes and underscores.")
                    .arg(placeholder.label);
        *normalized = trimmed;
        return {};
    }
    QString text = trimmed;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return tr("The %1 is not a valid URL.").arg(placeholder.label);
    if (url.hasQuery() || url.hasFragment())
        return tr("The %1 must not have a query or fragment.").arg(placeholder.label);
    if (!UrlPolicy::isSecureOrLoopback(url))
        return tr("The %1 must use https (plain http only for this computer).")
                .arg(placeholder.label);
    *normalized = text;
    return {};
}

/// Substitutes already checked values; every placeholder in `text` must be in `values`.
QString substitute(const QString &text, const QMap<QString, QString> &values)
{
    QString result;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += values.value(match.captured(1));
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

/// Checks one filled-in URL of a template field.
QString checkFilledUrl(const char *key, const QString &text, QUrl *url)
{
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return tr("\"%1\" is not a valid URL: %2").arg(QLatin1String(key), text);
    if (!UrlPolicy::isSecureOrLoopback(parsed))
        return tr("\"%1\" must use https (plain http only for this computer): %2")
                .arg(QLatin1String(key), text);
    if (qstrcmp(key, "issuer") == 0 && (parsed.hasQuery() || parsed.hasFragment()))
        return tr("\"issuer\" must not have a query or fragment.");
    *url = parsed;
    return {};
}

} // namespace

QStringList ProviderPreset::placeholderNames() const
{
    QStringList names;
    for (const Placeholder &p : placeholders)
        names.append(p.name);
    return names;
}

Result<ServerMetadata> ProviderPreset::fill(const QMap<QString, QString> &values) const
{
    QMap<QString, QString> checked;
    for (const Placeholder &p : placeholders) {
        QString normalized;
        if (const QString problem = checkValue(p, values.value(p.name), &normalized);
            !problem.isEmpty())
            return Error(Error::Kind::Configuration, problem);
        checked.insert(p.name, normalized);
    }
    ServerMetadata server;
    QUrl *targets[] = { &server.issuer,
                        &server.authorizationEndpoint,
                        &server.tokenEndpoint,
                        &server.deviceAuthorizationEndpoint,
                        &server.revocationEndpoint,
                        &server.userinfoEndpoint,
                        &server.jwksUri };
    static_assert(std::size(templateFields) == std::size(targets));
    for (size_t i = 0; i < std::size(templateFields); ++i) {
        const QString &text = this->*templateFields[i].member;
        if (text.isEmpty())
            continue;
        if (const QString problem =
                    checkFilledUrl(templateFields[i].key, substitute(text, checked), targets[i]);
            !problem.isEmpty())
            return Error(Error::Kind::Configuration, problem);
    }
    return server;
}

Result<ProviderPreset> ProviderPreset::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(source,
                       tr("not valid JSON (%1 at offset %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(source, tr("not a JSON object"));
    const QJsonObject o = doc.object();

    static const QStringList known = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("description"),
        QStringLiteral("issuer"),
        QStringLiteral("discovery"),
        QStringLiteral("authorization_endpoint"),
        QStringLiteral("token_endpoint"),
        QStringLiteral("device_authorization_endpoint"),
        QStringLiteral("revocation_endpoint"),
        QStringLiteral("userinfo_endpoint"),
        QStringLiteral("jwks_uri"),
        QStringLiteral("placeholders"),
        QStringLiteral("client_id"),
        QStringLiteral("scope"),
        QStringLiteral("grant"),
        QStringLiteral("client_auth_method"),
        QStringLiteral("pkce"),
        QStringLiteral("refresh_tokens"),
        QStringLiteral("quirks"),
        QStringLiteral("documentation"),
    };
    // A misspelt key would otherwise be ignored quietly and the preset would lack what it meant to
    // say.
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(source, tr("unknown field \"%1\"").arg(it.key()));
    }
    for (const char *required : { "id", "name", "scope", "grant", "pkce", "refresh_tokens" }) {
        if (!o.contains(QLatin1String(required)))
            return invalid(source,
                           tr("missing required field \"%1\"").arg(QLatin1String(required)));
    }
    for (const char *key :
         { "id", "name", "description", "issuer", "authorization_endpoint", "token_endpoint",
           "device_authorization_endpoint", "revocation_endpoint", "userinfo_endpoint", "jwks_uri",
           "client_id", "scope", "grant", "client_auth_method", "documentation" }) {
        if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isString())
            return invalid(source, tr("\"%1\" must be a string").arg(QLatin1String(key)));
    }
    for (const char *key : { "discovery", "pkce", "refresh_tokens" }) {
        if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isBool())
            return invalid(source, tr("\"%1\" must be true or false").arg(QLatin1String(key)));
    }

    ProviderPreset p;
    p.source = source;
    p.id = o.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!idPattern.match(p.id).hasMatch())
        return invalid(source,
                       tr("\"id\" must be lower-case letters and digits, joined by dashes"));
    p.name = o.value(QLatin1String("name")).toString().trimmed();
    if (p.name.isEmpty())
        return invalid(source, tr("\"name\" is empty"));
    p.description = o.value(QLatin1String("description")).toString();
    for (const TemplateField &field : templateFields)
        p.*field.member = o.value(QLatin1String(field.key)).toString().trimmed();
    p.discovery = o.value(QLatin1String("discovery")).toBool(!p.issuerTemplate.isEmpty());
    p.clientId = o.value(QLatin1String("client_id")).toString().trimmed();
    p.scope = o.value(QLatin1String("scope")).toString().simplified();
    const QString grantName = o.value(QLatin1String("grant")).toString();
    const QString methodName =
            o.value(QLatin1String("client_auth_method")).toString(QStringLiteral("none"));
    p.pkce = o.value(QLatin1String("pkce")).toBool();
    p.refreshTokens = o.value(QLatin1String("refresh_tokens")).toBool();
    p.documentation = o.value(QLatin1String("documentation")).toString();

    const std::optional<GrantType> grantType = grantTypeFromName(grantName);
    if (!grantType)
        return invalid(source,
                       tr("unknown grant \"%1\" (use one of: %2)")
                               .arg(grantName, grantTypeNames().join(QLatin1String(", "))));
    p.grantType = *grantType;
    bool methodOk = false;
    p.clientAuthMethod = ClientAuthentication::methodFromString(methodName, &methodOk);
    if (!methodOk)
        return invalid(source,
                       tr("unknown client_auth_method \"%1\" (use none, client_secret_basic or "
                          "client_secret_post)")
                               .arg(methodName));
    if (p.grantType == GrantType::ClientCredentials
        && p.clientAuthMethod == ClientAuthentication::Method::None)
        return invalid(source,
                       tr("the client_credentials grant needs a client_auth_method with a secret"));

    if (o.contains(QLatin1String("quirks"))) {
        if (!o.value(QLatin1String("quirks")).isArray())
            return invalid(source, tr("\"quirks\" must be a list of strings"));
        for (const QJsonValue &quirk : o.value(QLatin1String("quirks")).toArray()) {
            if (!quirk.isString() || quirk.toString().trimmed().isEmpty())
                return invalid(source, tr("\"quirks\" must be a list of strings"));
            p.quirks.append(quirk.toString().trimmed());
        }
    }

    if (o.contains(QLatin1String("placeholders"))) {
        if (!o.value(QLatin1String("placeholders")).isArray())
            return invalid(source, tr("\"placeholders\" must be a list"));
        static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        for (const QJsonValue &value : o.value(QLatin1String("placeholders")).toArray()) {
            const QJsonObject entry = value.toObject();
            Placeholder placeholder;
            placeholder.name = entry.value(QLatin1String("name")).toString();
            placeholder.label = entry.value(QLatin1String("label")).toString().trimmed();
            placeholder.example = entry.value(QLatin1String("example")).toString().trimmed();
            const QString kind =
                    entry.value(QLatin1String("kind")).toString(QStringLiteral("name"));
            if (!value.isObject() || !namePattern.match(placeholder.name).hasMatch())
                return invalid(source,
                               tr("each placeholder needs a \"name\" of lower-case letters, digits "
                                  "and _"));
            if (p.placeholderNames().contains(placeholder.name))
                return invalid(
                        source,
                        tr("the placeholder \"%1\" is declared twice").arg(placeholder.name));
            if (placeholder.label.isEmpty() || placeholder.example.isEmpty())
                return invalid(source,
                               tr("the placeholder \"%1\" needs a \"label\" and an \"example\"")
                                       .arg(placeholder.name));
            if (kind != QLatin1String("name") && kind != QLatin1String("url"))
                return invalid(
                        source,
                        tr("the placeholder \"%1\" has the unknown kind \"%2\" (use name or url)")
                                .arg(placeholder.name, kind));
            placeholder.isUrl = kind == QLatin1String("url");
            QString ignored;
            if (const QString problem = checkValue(placeholder, placeholder.example, &ignored);
                !problem.isEmpty())
                return invalid(
                        source,
                        tr("the example of \"%1\" is refused: %2").arg(placeholder.name, problem));
            p.placeholders.append(placeholder);
        }
    }

    // Placeholders used and declared must agree; a URL placeholder may only begin a template, where
    // its own https check covers the scheme and host.
    QStringList used;
    for (const TemplateField &field : templateFields) {
        const QString &text = p.*field.member;
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString name = match.captured(1);
            const auto declared =
                    std::find_if(p.placeholders.cbegin(), p.placeholders.cend(),
                                 [&](const Placeholder &d) { return d.name == name; });
            if (declared == p.placeholders.cend())
                return invalid(source,
                               tr("\"%1\" uses the undeclared placeholder {%2}")
                                       .arg(QLatin1String(field.key), name));
            if (declared->isUrl && match.capturedStart() != 0)
                return invalid(source,
                               tr("\"%1\": the URL placeholder {%2} may only begin a template")
                                       .arg(QLatin1String(field.key), name));
            used.append(name);
        }
        QString outside = text;
        outside.remove(placeholderPattern());
        if (outside.contains(QLatin1Char('{')) || outside.contains(QLatin1Char('}')))
            return invalid(source,
                           tr("\"%1\" has an unmatched brace").arg(QLatin1String(field.key)));
    }
    for (const Placeholder &placeholder : std::as_const(p.placeholders)) {
        if (!used.contains(placeholder.name))
            return invalid(source,
                           tr("the placeholder \"%1\" is declared but no template uses it")
                                   .arg(placeholder.name));
    }

    if (p.discovery && p.issuerTemplate.isEmpty())
        return invalid(source, tr("\"discovery\" is true but there is no \"issuer\""));
    if (!p.discovery) {
        if (grantUsesBrowser(p.grantType) && p.authorizationEndpointTemplate.isEmpty())
            return invalid(source,
                           tr("without discovery, the %1 grant needs \"authorization_endpoint\"")
                                   .arg(grantName));
        if (p.grantType != GrantType::Implicit && p.tokenEndpointTemplate.isEmpty())
            return invalid(
                    source,
                    tr("without discovery, the %1 grant needs \"token_endpoint\"").arg(grantName));
        if (p.grantType == GrantType::Device && p.deviceAuthorizationEndpointTemplate.isEmpty())
            return invalid(source,
                           tr("without discovery, the device grant needs "
                              "\"device_authorization_endpoint\""));
    }

    // Every template, filled with the examples, must give an https (or loopback http) URL.
    QMap<QString, QString> examples;
    for (const Placeholder &placeholder : std::as_const(p.placeholders))
        examples.insert(placeholder.name, placeholder.example);
    const Result<ServerMetadata> filled = p.fill(examples);
    if (!filled.ok())
        return invalid(source, filled.error().detail());
    if (!p.documentation.isEmpty()) {
        QUrl ignored;
        if (const QString problem = checkFilledUrl("documentation", p.documentation, &ignored);
            !problem.isEmpty())
            return invalid(source, problem);
    }
    return p;
}

QList<ProviderPreset> ProviderPreset::loadFrom(const QStringList &directories,
                                               QStringList *warnings)
{
    QList<ProviderPreset> presets;
    auto warn = [warnings](const QString &text) {
        qCWarning(lcAccounts).noquote() << "Skipped a provider preset:" << text;
        if (warnings)
            warnings->append(text);
    };
    for (const QString &directory : directories) {
        const QFileInfoList files = QDir(directory).entryInfoList(
                { QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            if (info.size() > MaxPresetFileSize) {
                warn(tr("%1: larger than %2 KiB")
                             .arg(info.fileName())
                             .arg(MaxPresetFileSize / 1024));
                continue;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                warn(tr("%1: cannot be read (%2)").arg(info.fileName(), file.errorString()));
                continue;
            }
            const Result<ProviderPreset> preset = parse(file.readAll(), info.filePath());
            if (!preset.ok()) {
                warn(preset.error().detail());
                continue;
            }
            const auto same =
                    std::find_if(presets.begin(), presets.end(), [&](const ProviderPreset &p) {
                        return p.id == preset.value().id;
                    });
            if (same != presets.end())
                *same = preset.value();
            else
                presets.append(preset.value());
        }
    }
    std::sort(presets.begin(), presets.end(), [](const ProviderPreset &a, const ProviderPreset &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return presets;
}

QString ProviderPreset::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QLatin1String("/providers");
}

QStringList ProviderPreset::defaultDirectories()
{
    return { QStringLiteral(":/providers"), userDirectory() };
}

const QList<ProviderPreset> &ProviderPreset::available()
{
    static const QList<ProviderPreset> presets = loadFrom(defaultDirectories());
    return presets;
}

} // namespace OAuthDesk
