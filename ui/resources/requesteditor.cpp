#include "requesteditor.h"

#include "resource/curlexport.h"
#include "resources/curlcopybutton.h"
#include "resources/requestbodyeditor.h"
#include "widgets/keyvaluetable.h"
#include "widgets/theme.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace OAuthDesk {

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");
const QByteArray FormType = QByteArrayLiteral("application/x-www-form-urlencoded");

QByteArray mimeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isContentType(const QByteArray &name)
{
    return name.trimmed().compare("Content-Type", Qt::CaseInsensitive) == 0;
}

} // namespace

RequestEditor::RequestEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("requestEditor"));

    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountCombo->setToolTip(tr("The account whose access token is sent"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountCombo->setMinimumContentsLength(10);

    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    for (const QByteArray &method : ResourceRequest::methods())
        m_methodCombo->addItem(QString::fromLatin1(method));

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setAccessibleName(tr("URL"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://api.example.com/me"));
    m_urlEdit->setClearButtonEnabled(true);
    m_completionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setObjectName(QStringLiteral("urlCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_urlEdit->setCompleter(m_completer);

    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the request with the account's access token (Ctrl+Return)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("requestCancelButton"));
    m_cancelButton->setEnabled(false);

    m_curlButton = new CurlCopyButton(this);

    // Whose token and what to do with the request on one line; the request itself gets a line of
    // its own, so the URL has the width it needs.
    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_accountCombo);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_accountCombo, 1);
    accountRow->addStretch(1);
    accountRow->addWidget(m_curlButton);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_methodCombo);
    requestRow->addWidget(m_urlEdit, 1);
    requestRow->addWidget(m_sendButton);
    requestRow->addWidget(m_cancelButton);
    auto *topRow = new QVBoxLayout;
    topRow->addLayout(accountRow);
    topRow->addLayout(requestRow);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    Theme::apply(m_errorLabel, Theme::Style::ErrorBanner);
    m_errorLabel->hide();

    // Headers.
    auto *headersPage = new QWidget(this);
    m_headersTable = new KeyValueTable(tr("Header"), tr("Add Header"), headersPage);
    m_headersTable->table()->setObjectName(QStringLiteral("headersTable"));
    m_headersTable->table()->setAccessibleName(tr("Request headers"));
    m_headersTable->addButton()->setObjectName(QStringLiteral("addHeaderButton"));
    m_headersTable->removeButton()->setObjectName(QStringLiteral("removeHeaderButton"));
    auto *headersLayout = new QVBoxLayout(headersPage);
    headersLayout->addWidget(m_headersTable, 1);
    auto *headersNote = new QLabel(tr("The Authorization header is added by OAuthDesk with the "
                                      "account's token, for https and this "
                                      "computer only."),
                                   headersPage);
    headersNote->setWordWrap(true);
    Theme::apply(headersNote, Theme::Style::SecondaryText);
    headersLayout->addWidget(headersNote);

    m_body = new RequestBodyEditor(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->addTab(headersPage, tr("Headers"));
    m_tabs->addTab(m_body, tr("Body"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("requestStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->hide();
    m_historyNote = new QLabel(this);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setTextFormat(Qt::PlainText);
    Theme::apply(m_historyNote, Theme::Style::SecondaryText);
    m_historyNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(topRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_historyNote);

    auto *sendAction = new QAction(this);
    sendAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sendAction);
    connect(sendAction, &QAction::triggered, this, &RequestEditor::send);

    connect(m_sendButton, &QPushButton::clicked, this, &RequestEditor::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    connect(m_curlButton, &QToolButton::clicked, this, &RequestEditor::copyAsCurl);
    connect(m_curlButton, &CurlCopyButton::status, this, &RequestEditor::showStatus);
    connect(m_curlButton, &CurlCopyButton::copied, this, &RequestEditor::curlCopied);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = currentAccountId();
        updateCompletions();
        validate();
        if (id != m_lastAccountId) {
            m_lastAccountId = id;
            Q_EMIT currentAccountChanged(id);
        }
    });
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_body->setMethod(m_methodCombo->currentText());
        validate();
    });
    connect(m_urlEdit, &QLineEdit::textChanged, this, &RequestEditor::validate);
    connect(m_body, &RequestBodyEditor::changed, this, &RequestEditor::validate);
    connect(m_headersTable, &KeyValueTable::changed, this, &RequestEditor::validate);

    m_body->setMethod(m_methodCombo->currentText());
    validate();
}

void RequestEditor::setAccountModel(QAbstractItemModel *model, int idRole)
{
    m_idRole = idRole;
    m_accountCombo->setModel(model);
    // setModel() picks the first row without always telling currentIndexChanged.
    const QString id = currentAccountId();
    updateCompletions();
    validate();
    if (id != m_lastAccountId) {
        m_lastAccountId = id;
        Q_EMIT currentAccountChanged(id);
    }
}

QString RequestEditor::currentAccountId() const
{
    return m_accountCombo->currentIndex() < 0 ? QString()
                                              : m_accountCombo->currentData(m_idRole).toString();
}

QString RequestEditor::currentAccountName() const
{
    return m_accountCombo->currentIndex() < 0 ? QString() : m_accountCombo->currentText();
}

void RequestEditor::setCurrentAccount(const QString &accountId)
{
    const int row = m_accountCombo->findData(accountId, m_idRole);
    if (row >= 0)
        m_accountCombo->setCurrentIndex(row);
}

void RequestEditor::setHistory(RequestHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history) {
        connect(m_history, &RequestHistory::changed, this, [this](const QString &accountId) {
            if (accountId == currentAccountId())
                updateCompletions();
        });
    }
    updateCompletions();
}

void RequestEditor::updateCompletions()
{
    m_completionModel->setStringList(m_history ? m_history->urls(currentAccountId())
                                               : QStringList());
}

bool RequestEditor::methodHasBody() const
{
    return RequestBodyEditor::methodHasBody(m_methodCombo->currentText());
}

RequestEditor::BodyKind RequestEditor::bodyKind() const
{
    return m_body->kind();
}

void RequestEditor::setBodyKind(BodyKind kind)
{
    m_body->setKind(kind);
}

ResourceRequest::Headers RequestEditor::tableHeaders() const
{
    ResourceRequest::Headers headers;
    for (const auto &pair : m_headersTable->pairs())
        headers.append({ pair.first.toUtf8(), pair.second.toUtf8() });
    return headers;
}

ResourceRequest RequestEditor::request() const
{
    ResourceRequest request;
    request.method = m_methodCombo->currentText().toLatin1();
    request.url = QUrl(m_urlEdit->text().trimmed(), QUrl::TolerantMode);
    request.headers = tableHeaders();
    if (!methodHasBody())
        return request;
    request.body = m_body->body();
    if (request.body.isEmpty() || !request.header("Content-Type").isEmpty())
        return request;
    switch (bodyKind()) {
    case BodyKind::Raw: {
        const QByteArray type = m_body->rawContentType();
        if (!type.isEmpty())
            request.headers.append({ QByteArrayLiteral("Content-Type"), type });
        break;
    }
    case BodyKind::Json:
        request.headers.append({ QByteArrayLiteral("Content-Type"), JsonType });
        break;
    case BodyKind::Form:
        request.headers.append({ QByteArrayLiteral("Content-Type"), FormType });
        break;
    case BodyKind::None:
        break;
    }
    return request;
}

RequestHistory::Entry RequestEditor::entry() const
{
    RequestHistory::Entry entry;
    entry.method = m_methodCombo->currentText().toLatin1();
    entry.url = QUrl(m_urlEdit->text().trimmed(), QUrl::TolerantMode);
    entry.headers = tableHeaders();
    if (!methodHasBody())
        return entry;
    entry.bodyKind = bodyKind();
    entry.body = m_body->body();
    if (entry.bodyKind == BodyKind::Raw) {
        const QByteArray type = m_body->rawContentType();
        bool given = false;
        for (const auto &header : std::as_const(entry.headers))
            given = given || isContentType(header.first);
        if (!type.isEmpty() && !given)
            entry.headers.append({ QByteArrayLiteral("Content-Type"), type });
    }
    return entry;
}

void RequestEditor::setEntry(const RequestHistory::Entry &entry)
{
    const int method = m_methodCombo->findText(QString::fromLatin1(entry.method.toUpper()));
    m_methodCombo->setCurrentIndex(method < 0 ? 0 : method);
    m_urlEdit->setText(entry.url.toString());

    ResourceRequest::Headers headers = entry.headers;
    QString contentType;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!isContentType(headers.at(i).first))
            continue;
        const QByteArray mime = mimeOf(headers.at(i).second);
        // The Content-Type the editor adds by itself goes back to being implied.
        if (entry.bodyKind == BodyKind::Raw
            || (entry.bodyKind == BodyKind::Json && mime == JsonType)
            || (entry.bodyKind == BodyKind::Form && mime == FormType)) {
            contentType = QString::fromUtf8(headers.at(i).second.trimmed());
            headers.removeAt(i);
        }
        break;
    }
    KeyValueTable::Pairs rows;
    for (const auto &header : std::as_const(headers))
        rows.append({ QString::fromUtf8(header.first), QString::fromUtf8(header.second) });
    m_headersTable->setPairs(rows);
    m_body->setBody(entry.bodyKind, entry.body, contentType);
    showHistoryNote({});
    showStatus({});
    validate();
}

void RequestEditor::setRequest(const ResourceRequest &request)
{
    RequestHistory::Entry entry;
    entry.method = request.method;
    entry.url = request.url;
    entry.headers = request.headers;
    entry.body = request.body;
    entry.bodyKind = RequestHistory::guessBodyKind(request);
    setEntry(entry);
}

void RequestEditor::validate()
{
    QString reason;
    QString jsonError;
    if (methodHasBody() && bodyKind() == BodyKind::Json)
        jsonError = m_body->checkJson();

    const bool urlGiven = !m_urlEdit->text().trimmed().isEmpty();
    if (m_accountCombo->count() == 0)
        reason = tr("Add an account first: requests are sent with an account's token.");
    else if (currentAccountId().isEmpty())
        reason = tr("Choose an account.");
    else if (!urlGiven)
        reason = tr("Enter a URL.");
    else if (const Error error = request().validate())
        reason = error.message();
    else if (!jsonError.isEmpty())
        reason = jsonError;

    // An empty editor is not an error yet: the reason shows once there is a URL.
    m_errorLabel->setText(reason);
    m_errorLabel->setVisible(urlGiven && !reason.isEmpty());
    m_sendButton->setEnabled(reason.isEmpty() && !m_busy);
    m_sendButton->setToolTip(
            reason.isEmpty() ? tr("Send the request with the account's access token (Ctrl+Return)")
                             : reason);
    if (reason != m_invalidReason) {
        m_invalidReason = reason;
        Q_EMIT validityChanged();
    }
}

void RequestEditor::send()
{
    validate();
    if (!canSend() || m_busy)
        return;
    showStatus({});
    Q_EMIT sendRequested(currentAccountId(), request());
}

void RequestEditor::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_sendButton->setEnabled(canSend() && !busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // a busy indicator until the size is known
        m_progress->setValue(0);
        m_progress->setFormat(QString());
    }
    Q_EMIT busyChanged(busy);
}

void RequestEditor::setProgress(qint64 received, qint64 total)
{
    const QString receivedText = locale().formattedDataSize(received);
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(receivedText);
        return;
    }
    // Thousandths, so that sizes beyond an int fit the bar.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(received * 1000 / total, 0, 1000)));
    m_progress->setFormat(tr("%1 of %2").arg(receivedText, locale().formattedDataSize(total)));
}

QString RequestEditor::curlCommand(bool includeToken, const QString &token) const
{
    const ResourceRequest r = request();
    return CurlExport::toCurl(r.method, r.url, r.headers, r.body, currentAccountName(),
                              includeToken, token);
}

void RequestEditor::setTokenProvider(TokenProvider provider)
{
    m_curlButton->setTokenProvider(std::move(provider));
}

void RequestEditor::copyAsCurl()
{
    m_curlButton->copy(request(), currentAccountId(), currentAccountName());
}

void RequestEditor::showHistoryNote(const QStringList &stripped)
{
    if (stripped.isEmpty()) {
        m_historyNote->clear();
        m_historyNote->hide();
        return;
    }
    m_historyNote->setText(
            tr("Not kept in the history: %1.").arg(stripped.join(QStringLiteral("; "))));
    m_historyNote->show();
}

void RequestEditor::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    Theme::apply(m_statusLabel, error ? Theme::Style::ErrorBanner : Theme::Style::Plain);
    m_statusLabel->setVisible(!text.isEmpty());
}

} // namespace OAuthDesk
