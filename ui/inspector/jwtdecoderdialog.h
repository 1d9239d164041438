#pragma once

#include "common/clock.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace OAuthDesk {

class HttpClient;
class TokenInspectionView;
class TokenInspector;

/**
 * "Decode a JWT…": a pasted token's header and claims, read on this computer (jwt.io, offline).
 * With an issuer URL, the issuer's metadata names its jwks_uri (RFC 8414 / OpenID Connect
 * Discovery) and the signature is checked against those keys; nothing goes over the network
 * otherwise.
 */
class JwtDecoderDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool verifying READ isVerifying NOTIFY verifyingChanged)
public:
    /// `inspector` and `http` may be null: the dialog then only decodes.
    JwtDecoderDialog(TokenInspector *inspector, const HttpClient *http, QWidget *parent = nullptr);
    ~JwtDecoderDialog() override;

    void setClock(Clock clock);
    /// Puts a token in the input, as if pasted.
    void setToken(const QString &token);
    void setIssuer(const QString &issuer);

    TokenInspectionView *inspectionView() const { return m_view; }
    /// Why the input is no readable JWT ("Not a JWT: …"), or why verification failed; empty
    /// otherwise.
    QString errorText() const;
    bool isVerifying() const { return m_verifying; }

public Q_SLOTS:
    /// Decodes the input (no network).
    void decode();
    /// Finds the issuer's keys and checks the signature.
    void verify();

Q_SIGNALS:
    void errorTextChanged(const QString &text);
    void verifyingChanged(bool verifying);
    /// A verification ended (either way).
    void verified();

private:
    QByteArray token() const;
    void setError(const QString &text);
    void setVerifying(bool verifying);
    void updateButtons();

    TokenInspector *m_inspector;
    const HttpClient *m_http;
    Clock m_clock;
    QTimer m_tick;
    quint64 m_attempt = 0;
    bool m_verifying = false;

    QPlainTextEdit *m_input;
    QLineEdit *m_issuerEdit;
    QPushButton *m_verifyButton;
    QLabel *m_error;
    TokenInspectionView *m_view;
};

} // namespace OAuthDesk
