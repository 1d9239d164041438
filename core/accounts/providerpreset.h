#pragma once

#include "accounts/account.h"
#include "common/error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace OAuthDesk {

/**
 * A provider preset: what OAuthDesk knows about one kind of authorization server (Google, Entra ID,
 * Keycloak, …) so that adding an account for it takes a client ID and little else.
 *
 * Presets are JSON files, one per provider: the shipped ones are compiled in under
 * `:/providers/`, and more can be dropped into `QStandardPaths::AppDataLocation/providers/` without
 * a rebuild. Each file is checked against a small schema (parse()); a bad file is skipped with a
 * warning naming it and what is wrong, never fatal.
 *
 * Issuer and endpoints may be templates with placeholders in braces (`{tenant}`, `{domain}`,
 * `{realm_url}`) that the user fills in; fill() substitutes them and checks the result. A
 * placeholder of kind "name" takes a host label or path segment ([A-Za-z0-9._-] only, so that a
 * value cannot move the URL to another host); one of kind "url" takes a whole https base URL and
 * may only begin a template. Every URL must be https, or http on this computer (the local demo).
 */
struct ProviderPreset
{
    /// A value the user supplies for a template.
    struct Placeholder
    {
        QString name; ///< as written in templates, without braces
        QString label; ///< what the dialog asks, e.g. "Tenant"
        QString example;
        bool isUrl = false; ///< kind "url": a whole base URL rather than a name
    };

    QString id; ///< stable, [a-z0-9-]; the file name without .json by convention
    QString name; ///< shown in the preset list
    QString description;
    QString issuerTemplate; ///< empty for servers without an issuer (GitHub)
    bool discovery = false; ///< whether the issuer serves RFC 8414 / OIDC discovery metadata
    QString authorizationEndpointTemplate;
    QString tokenEndpointTemplate;
    QString deviceAuthorizationEndpointTemplate;
    QString revocationEndpointTemplate;
    QString userinfoEndpointTemplate;
    QString jwksUriTemplate;
    QList<Placeholder> placeholders;
    QString clientId; ///< a known client ID (the local demo); usually empty
    QString scope; ///< default scopes, space-separated
    GrantType grantType = GrantType::AuthorizationCode;
    ClientAuthentication::Method clientAuthMethod = ClientAuthentication::Method::None;
    bool pkce = true;
    bool refreshTokens = true;
    QStringList quirks; ///< what is unusual about this provider, in plain words
    QString documentation;
    QString source; ///< the file it came from

    /// Parses and validates one preset file; the error names `source` and what is wrong.
    static Result<ProviderPreset> parse(const QByteArray &json, const QString &source = {});

    /// Placeholder names, in order.
    QStringList placeholderNames() const;

    /// Substitutes `values` into the templates. Errors: a missing or malformed value, or a URL that
    /// is not https (or loopback http).
    Result<ServerMetadata> fill(const QMap<QString, QString> &values) const;

    /// The presets in `directories`, in order; a later preset with the same id replaces an earlier
    /// one (so a user's file overrides a shipped one). Each rejected file adds a line to `warnings`
    /// and to the log. The result is sorted by name, with the local demo last.
    static QList<ProviderPreset> loadFrom(const QStringList &directories,
                                          QStringList *warnings = nullptr);

    /// `:/providers` then the user's directory.
    static QStringList defaultDirectories();
    /// The user's directory for extra presets: AppDataLocation/providers.
    static QString userDirectory();

    /// The presets from defaultDirectories(), read once per process.
    static const QList<ProviderPreset> &available();
};

} // namespace OAuthDesk
