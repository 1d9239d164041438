#include "jwtdecoderdialog.h"

#include "discovery/discovery.h"
#include "inspect/tokeninspector.h"
#include "inspector/tokeninspectionview.h"
#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

JwtDecoderDialog::JwtDecoderDialog(TokenInspector *inspector, const HttpClient *http,
                                   QWidget *parent)
    : QDialog(parent), m_inspector(inspector), m_http(http)
{
    setObjectName(QStringLiteral("jwtDecoderDialog"));
    setWindowTitle(tr("Decode a JWT"));

    auto *intro = new QLabel(
            tr("Paste a JSON Web Token to read its header and claims. Decoding happens on this "
               "computer; the token is sent nowhere. Give its issuer to check the signature with "
               "the issuer's published keys."));
    intro->setWordWrap(true);

    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("decodeEdit"));
    m_input->setPlaceholderText(tr("eyJhbGciOi\u2026 (header.payload.signature)"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setWordWrapMode(QTextOption::WrapAnywhere);
    m_input->setTabChangesFocus(true);
    m_input->setAccessibleName(tr("Token to decode"));
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);

    m_issuerEdit = new QLineEdit;
    m_issuerEdit->setObjectName(QStringLiteral("decodeIssuerEdit"));
    m_issuerEdit->setPlaceholderText(tr("Issuer URL, e.g. https://login.example.com (optional)"));
    m_issuerEdit->setClearButtonEnabled(true);
    m_verifyButton = new QPushButton(tr("&Verify Signature"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(
            tr("Fetch the issuer's metadata and keys (jwks_uri) and check the signature"));
    auto *issuerLabel = new QLabel(tr("&Issuer:"));
    issuerLabel->setBuddy(m_issuerEdit);
    auto *issuerRow = new QHBoxLayout;
    issuerRow->addWidget(issuerLabel);
    issuerRow->addWidget(m_issuerEdit, 1);
    issuerRow->addWidget(m_verifyButton);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("decodeError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    Theme::apply(m_error, Theme::Style::ErrorText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_view = new TokenInspectionView;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_input);
    layout->addLayout(issuerRow);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_input, &QPlainTextEdit::textChanged, this, &JwtDecoderDialog::decode);
    connect(m_issuerEdit, &QLineEdit::textChanged, this, &JwtDecoderDialog::updateButtons);
    connect(m_issuerEdit, &QLineEdit::returnPressed, this, &JwtDecoderDialog::verify);
    connect(m_verifyButton, &QPushButton::clicked, this, &JwtDecoderDialog::verify);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, [this] { m_view->setNow(m_clock.now()); });
    m_tick.start();

    decode();
    resize(720, 620);
}

JwtDecoderDialog::~JwtDecoderDialog() = default;

void JwtDecoderDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_view->setNow(m_clock.now());
}

void JwtDecoderDialog::setToken(const QString &token)
{
    m_input->setPlainText(token);
}

void JwtDecoderDialog::setIssuer(const QString &issuer)
{
    m_issuerEdit->setText(issuer);
}

QString JwtDecoderDialog::errorText() const
{
    return m_error->text();
}

QByteArray JwtDecoderDialog::token() const
{
    // Pasted tokens often carry a "Bearer " prefix or a line break from wrapping.
    QString text = m_input->toPlainText().trimmed();
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    text.remove(QLatin1Char('\n'));
    text.remove(QLatin1Char('\r'));
    return text.toUtf8();
}

void JwtDecoderDialog::decode()
{
    ++m_attempt; // an answer for an earlier input is dropped
    setVerifying(false);
    const QByteArray text = token();
    if (text.isEmpty()) {
        m_view->clear();
        setError({});
        updateButtons();
        return;
    }
    const TokenInspection inspection = TokenInspector::decode(text);
    m_view->setNow(m_clock.now());
    if (inspection.jwt) {
        m_view->setInspection(inspection);
        setError({});
    } else {
        m_view->clear();
        if (inspection.shape.isJwe())
            setError(tr("Not a JWT that can be read here: it is encrypted (JWE), and only its "
                        "recipient holds the "
                        "key."));
        else if (inspection.shape.isJws())
            setError(tr("Not a JWT: %1").arg(inspection.decodeError.message()));
        else
            setError(tr("Not a JWT: a JWT is three base64url parts separated by dots, the first a "
                        "JSON header."));
    }
    updateButtons();
}

void JwtDecoderDialog::verify()
{
    const QByteArray text = token();
    const QString issuerText = m_issuerEdit->text().trimmed();
    if (!m_inspector || !m_http || text.isEmpty() || issuerText.isEmpty() || !m_view->hasJwt())
        return;
    const QUrl issuer(issuerText, QUrl::StrictMode);
    if (!issuer.isValid() || issuer.scheme().isEmpty() || issuer.host().isEmpty()) {
        setError(tr("Enter the issuer as a full URL, such as https://login.example.com."));
        return;
    }
    const quint64 attempt = ++m_attempt;
    setError({});
    setVerifying(true);
    m_view->setInspection(TokenInspector::decode(text), true);
    Discovery(m_http).discover(
            issuer, this, [this, attempt, text](const Result<ServerMetadata> &metadata) {
                if (attempt != m_attempt)
                    return;
                auto fail = [this](const QString &why) {
                    setVerifying(false);
                    m_view->setInspection(TokenInspector::decode(token()));
                    setError(why);
                    Q_EMIT verified();
                };
                if (!metadata.ok())
                    return fail(tr("The issuer's metadata could not be read: %1")
                                        .arg(metadata.error().message()));
                if (metadata.value().jwksUri.isEmpty())
                    return fail(tr("The issuer publishes no keys (its metadata has no jwks_uri)."));
                m_inspector->inspect(text, metadata.value().jwksUri, this,
                                     [this, attempt](const TokenInspection &inspection) {
                                         if (attempt != m_attempt)
                                             return;
                                         setVerifying(false);
                                         m_view->setInspection(inspection);
                                         Q_EMIT verified();
                                     });
            });
}

void JwtDecoderDialog::setError(const QString &text)
{
    m_error->setVisible(!text.isEmpty());
    if (m_error->text() == text)
        return;
    m_error->setText(text);
    Q_EMIT errorTextChanged(text);
}

void JwtDecoderDialog::setVerifying(bool verifying)
{
    if (m_verifying == verifying)
        return;
    m_verifying = verifying;
    updateButtons();
    Q_EMIT verifyingChanged(verifying);
}

void JwtDecoderDialog::updateButtons()
{
    const bool possible = m_inspector && m_http;
    m_verifyButton->setVisible(possible);
    m_verifyButton->setEnabled(possible && !m_verifying && m_view->hasJwt()
                               && !m_issuerEdit->text().trimmed().isEmpty());
}

} // namespace OAuthDesk
