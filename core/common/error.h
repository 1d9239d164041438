#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace OAuthDesk {

/**
 * The one error type of the core. Every asynchronous operation ends exactly once, with a value or
 * with one Error. An Error never carries a secret: codes, verifiers, states and tokens stay out of
 * every field, so message() can be shown, printed and logged as it is.
 */
class Error
{
    Q_GADGET
public:
    enum class Kind {
        None,
        Network, ///< the peer could not be reached, or the connection broke
        Timeout, ///< no answer in time (HTTP request, keychain job, browser sign-in)
        HttpStatus, ///< an HTTP status the operation did not expect
        OAuth, ///< an RFC 6749 error answer: `error`, `error_description`, `error_uri`
        Keychain, ///< the OS keychain refused, failed or is missing
        Cancelled, ///< the user cancelled
        InsecureUrl, ///< an endpoint or resource that is neither https nor loopback
        InvalidResponse, ///< the peer answered something the protocol does not allow
        Configuration, ///< the account or the request is incomplete or contradictory
        Browser, ///< the system browser could not be started
        SignInRequired, ///< no usable session: the user has to sign in (again)
        DifferentUser, ///< the sign-in was for another user than the account's; ask before
                       ///< switching
    };
    Q_ENUM(Kind)

    Error() = default;
    Error(Kind kind, QString detail);

    /// An RFC 6749 error answer. The code is cut at 100 characters and the description at 500, and
    /// both lose their control characters: what a server sends can be shown as it is.
    static Error oauth(const QString &error, const QString &description = {}, const QUrl &uri = {},
                       int httpStatus = 0);
    static Error http(int status, const QString &detail = {});

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    /// Plain, non-secret words on what happened (from us or from the server's error_description).
    QString detail() const { return m_detail; }
    /// RFC 6749 `error` code, for Kind::OAuth.
    QString oauthError() const { return m_oauthError; }
    QString errorDescription() const { return m_errorDescription; }
    QUrl errorUri() const { return m_errorUri; }
    int httpStatus() const { return m_httpStatus; }

    /// One sentence a user can act on, translated.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    QString m_oauthError;
    QString m_errorDescription;
    QUrl m_errorUri;
    int m_httpStatus = 0;
};

/** A value or an error: the result of an asynchronous operation. */
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.isError(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const Error &error() const { return m_error; }

private:
    T m_value{};
    Error m_error;
};

} // namespace OAuthDesk

Q_DECLARE_METATYPE(OAuthDesk::Error)
