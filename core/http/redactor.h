#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace OAuthDesk {

/**
 * Replaces secret values with "[redacted]" while keeping names and structure, so that a request
 * or an answer can be shown, logged or exported (SECURITY.md, row LG).
 *
 * Secret names (compared case-insensitively, after percent-decoding): code, code_verifier,
 * code_challenge, state, nonce, client_secret, client_assertion, password, access_token,
 * refresh_token, id_token, id_token_hint, device_code, token, assertion, subject_token,
 * actor_token, registration_access_token, mac_key. When in doubt, more is redacted, never less: a
 * body that claims or looks like JSON but does not parse is redacted whole.
 */
class Redactor
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// What replaces every secret value.
    static QString placeholder() { return QStringLiteral("[redacted]"); }
    /// Longest text body kept; the rest is dropped, before any redaction, with a note
    /// "[… N bytes not kept]".
    static constexpr qsizetype MaxBodySize = 64 * 1024;

    /// Whether a query, form or JSON field of this (decoded) name holds a secret.
    static bool isSecretName(QStringView name);
    /// Whether a header of this name holds a secret: credentials, cookies, and any name containing
    /// "token", "secret" or "api-key".
    static bool isSecretHeader(const QByteArray &name);

    /// The URL with secret query values, the password and the whole fragment redacted.
    static QUrl redactUrl(const QUrl &url);
    /// The same as redactUrl(), as the text to show.
    static QString redactedUrlText(const QUrl &url);
    /// The headers with secret values redacted; Authorization keeps its scheme ("Bearer
    /// [redacted]").
    static Headers redactHeaders(const Headers &headers);
    /// An application/x-www-form-urlencoded (or query) string with secret values redacted; names
    /// and order are kept as they were sent.
    static QByteArray redactForm(const QByteArray &form);
    /**
     * A body as it may be logged: forms and JSON with secret values redacted (JSON at any depth),
     * other text with redactText(), binary bodies as "<N bytes of TYPE>". A body longer than
     * MaxBodySize is cut first; a cut JSON body cannot be parsed and is redacted with redactText().
     */
    static QString redactBody(const QByteArray &contentType, const QByteArray &body);
    /**
     * Redaction of text that cannot be parsed (cut JSON, HTML, error messages): the value of every
     * `"name": value` pair (at any depth, cut or not) and every `name=value` with a secret name.
     */
    static QString redactText(const QString &text);

private:
    static QString redactWhole(const QByteArray &mime, const QByteArray &body);
};

} // namespace OAuthDesk
