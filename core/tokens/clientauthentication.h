#pragma once

#include "http/httpclient.h"

#include <QString>

namespace OAuthDesk {

/**
 * How the client proves who it is at the token endpoint (RFC 6749 §2.3):
 *
 * - `none`: a public client (native apps, RFC 8252 §8.4): client_id in the body;
 * - `client_secret_basic`: HTTP Basic with id and secret each form-encoded first (§2.3.1);
 * - `client_secret_post`: client_id and client_secret in the body.
 *
 * The secret comes from the keychain and goes nowhere but this header or body.
 */
struct ClientAuthentication
{
    enum class Method { None, SecretBasic, SecretPost };

    QString id;
    QString secret;
    Method method = Method::None;

    /// `none`, `client_secret_basic` or `client_secret_post`; anything else sets `*ok` to false.
    static Method methodFromString(const QString &name, bool *ok = nullptr);
    static QString methodName(Method method);
    bool isConfidential() const { return method != Method::None; }

    /// Adds the client's identity and proof to a token-endpoint request.
    void apply(FormFields &form, QList<QPair<QByteArray, QByteArray>> &headers) const;
};

} // namespace OAuthDesk
