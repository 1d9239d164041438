#include "requesteditor.h"

#include "http/httpclient.h"
#include "resource/curlexport.h"
#include "widgets/secretclipboard.h"
#include "widgets/theme.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace OAuthDesk {

namespace {

enum BodyPage { NonePage, TextPage, FormPage };

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

/// Where a JSON parse error is, in the words of a text editor: line and column, from the byte
/// offset.
QString jsonErrorText(const QByteArray &utf8, const QJsonParseError &error)
{
    const QByteArray before = utf8.left(error.offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lastNewline + 1)).size() + 1;
    return RequestEditor::tr("Invalid JSON at line %1, column %2 (offset %3): %4")
            .arg(line)
            .arg(column)
            .arg(error.offset)
            .arg(error.errorString());
}

QList<QPair<QString, QString>> decodeForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> out;
    if (body.isEmpty())
        return out;
    for (QByteArray part : body.split('&')) {
        part.replace('+', ' ');
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        out.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return out;
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

    m_curlButton = new QToolButton(this);
    m_curlButton->setObjectName(QStringLiteral("curlButton"));
    m_curlButton->setText(tr("Copy as curl"));
    m_curlButton->setToolTip(
            tr("Copy the request as a curl command that gets the token with \"oauthdesk token\""));
    m_curlButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *curlMenu = new QMenu(m_curlButton);
    m_includeTokenAction = curlMenu->addAction(tr("Include the access token"));
    m_includeTokenAction->setObjectName(QStringLiteral("includeTokenAction"));
    m_includeTokenAction->setCheckable(true);
    m_includeTokenAction->setToolTip(
            tr("Write the access token itself into the command (asks first)"));
    m_curlButton->setMenu(curlMenu);

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
    m_headersTable = createPairTable(QStringLiteral("headersTable"), tr("Header"));
    m_headersTable->setAccessibleName(tr("Request headers"));
    auto *addHeader = new QPushButton(tr("Add Header"), headersPage);
    addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    auto *removeHeader = new QPushButton(tr("Remove"), headersPage);
    removeHeader->setObjectName(QStringLiteral("removeHeaderButton"));
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    auto *headersLayout = new QVBoxLayout(headersPage);
    headersLayout->addWidget(m_headersTable, 1);
    headersLayout->addLayout(headerButtons);
    auto *headersNote = new QLabel(tr("The Authorization header is added by OAuthDesk with the "
                                      "account's token, for https and this "
                                      "computer only."),
                                   headersPage);
    headersNote->setWordWrap(true);
    Theme::apply(headersNote, Theme::Style::SecondaryText);
    headersLayout->addWidget(headersNote);

    // Body.
    auto *bodyPage = new QWidget(this);
    m_bodyKindCombo = new QComboBox(bodyPage);
    m_bodyKindCombo->setObjectName(QStringLiteral("bodyKindCombo"));
    m_bodyKindCombo->addItem(tr("None"), QVariant::fromValue(BodyKind::None));
    m_bodyKindCombo->addItem(tr("Raw"), QVariant::fromValue(BodyKind::Raw));
    m_bodyKindCombo->addItem(tr("JSON"), QVariant::fromValue(BodyKind::Json));
    m_bodyKindCombo->addItem(tr("Form fields"), QVariant::fromValue(BodyKind::Form));
    m_bodyHint = new QLabel(bodyPage);
    m_bodyHint->setObjectName(QStringLiteral("bodyHint"));
    Theme::apply(m_bodyHint, Theme::Style::SecondaryText);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Body:"), bodyPage));
    kindRow->addWidget(m_bodyKindCombo);
    kindRow->addWidget(m_bodyHint, 1);

    m_bodyArea = new QWidget(bodyPage);
    m_bodyArea->setObjectName(QStringLiteral("bodyArea"));
    m_bodyStack = new QStackedWidget(m_bodyArea);
    m_bodyStack->setObjectName(QStringLiteral("bodyStack"));
    auto *nonePage = new QLabel(tr("The request has no body."), m_bodyStack);
    nonePage->setAlignment(Qt::AlignCenter);
    Theme::apply(nonePage, Theme::Style::SecondaryText);

    auto *textPage = new QWidget(m_bodyStack);
    m_contentTypeRow = new QWidget(textPage);
    m_contentTypeEdit =
            new QLineEdit(QStringLiteral("text/plain; charset=utf-8"), m_contentTypeRow);
    m_contentTypeEdit->setObjectName(QStringLiteral("contentTypeEdit"));
    m_contentTypeEdit->setAccessibleName(tr("Content type"));
    m_contentTypeEdit->setPlaceholderText(tr("none"));
    auto *contentTypeLayout = new QHBoxLayout(m_contentTypeRow);
    contentTypeLayout->setContentsMargins(0, 0, 0, 0);
    contentTypeLayout->addWidget(new QLabel(tr("Content-Type:"), m_contentTypeRow));
    contentTypeLayout->addWidget(m_contentTypeEdit, 1);
    m_bodyEdit = new QPlainTextEdit(textPage);
    m_bodyEdit->setObjectName(QStringLiteral("bodyEdit"));
    m_bodyEdit->setAccessibleName(tr("Request body"));
    m_bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyEdit->setTabChangesFocus(false);
    m_jsonStatus = new QLabel(textPage);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setWordWrap(true);
    m_jsonStatus->setTextFormat(Qt::PlainText);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_contentTypeRow);
    textLayout->addWidget(m_bodyEdit, 1);
    textLayout->addWidget(m_jsonStatus);

    auto *formPage = new QWidget(m_bodyStack);
    m_formTable = createPairTable(QStringLiteral("formTable"), tr("Field"));
    m_formTable->setAccessibleName(tr("Form fields"));
    m_formTable->setParent(formPage);
    auto *addField = new QPushButton(tr("Add Field"), formPage);
    addField->setObjectName(QStringLiteral("addFieldButton"));
    auto *removeField = new QPushButton(tr("Remove"), formPage);
    removeField->setObjectName(QStringLiteral("removeFieldButton"));
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch();
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formTable, 1);
    formLayout->addLayout(fieldButtons);

    m_bodyStack->insertWidget(NonePage, nonePage);
    m_bodyStack->insertWidget(TextPage, textPage);
    m_bodyStack->insertWidget(FormPage, formPage);
    auto *bodyAreaLayout = new QVBoxLayout(m_bodyArea);
    bodyAreaLayout->setContentsMargins(0, 0, 0, 0);
    bodyAreaLayout->addWidget(m_bodyStack);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->addLayout(kindRow);
    bodyLayout->addWidget(m_bodyArea, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->addTab(headersPage, tr("Headers"));
    m_tabs->addTab(bodyPage, tr("Body"));

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
        updateBodyState();
        validate();
    });
    connect(m_urlEdit, &QLineEdit::textChanged, this, &RequestEditor::validate);
    connect(m_bodyKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateBodyState();
        validate();
    });
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &RequestEditor::validate);
    connect(m_contentTypeEdit, &QLineEdit::textChanged, this, &RequestEditor::validate);
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addPairRow(m_headersTable);
        m_headersTable->editItem(m_headersTable->item(m_headersTable->rowCount() - 1, 0));
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headersTable->currentRow() >= 0)
            m_headersTable->removeRow(m_headersTable->currentRow());
    });
    connect(addField, &QPushButton::clicked, this, [this] {
        addPairRow(m_formTable);
        m_formTable->editItem(m_formTable->item(m_formTable->rowCount() - 1, 0));
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_formTable->currentRow() >= 0)
            m_formTable->removeRow(m_formTable->currentRow());
    });

    updateBodyState();
    validate();
}

QTableWidget *RequestEditor::createPairTable(const QString &objectName, const QString &nameHeader)
{
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({ nameHeader, tr("Value") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &RequestEditor::validate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestEditor::validate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RequestEditor::validate);
    return table;
}

void RequestEditor::addPairRow(QTableWidget *table, const QString &name, const QString &value)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setItem(row, 1, new QTableWidgetItem(value));
    table->setCurrentCell(row, 0);
}

QList<QPair<QString, QString>> RequestEditor::pairs(const QTableWidget *table)
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QTableWidgetItem *value = table->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        if (n.isEmpty())
            continue; // a row still being filled in
        out.append({ n, value ? value->text() : QString() });
    }
    return out;
}

void RequestEditor::setPairs(QTableWidget *table, const QList<QPair<QString, QString>> &rows)
{
    table->setRowCount(0);
    for (const auto &row : rows)
        addPairRow(table, row.first, row.second);
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
    const QString method = m_methodCombo->currentText();
    return method != QLatin1String("GET") && method != QLatin1String("HEAD");
}

RequestEditor::BodyKind RequestEditor::bodyKind() const
{
    return m_bodyKindCombo->currentData().value<BodyKind>();
}

void RequestEditor::setBodyKind(BodyKind kind)
{
    m_bodyKindCombo->setCurrentIndex(m_bodyKindCombo->findData(QVariant::fromValue(kind)));
}

void RequestEditor::updateBodyState()
{
    const bool hasBody = methodHasBody();
    m_bodyArea->setEnabled(hasBody);
    m_bodyKindCombo->setEnabled(hasBody);
    m_bodyHint->setText(
            hasBody ? QString()
                    : tr("A %1 request has no body.").arg(m_methodCombo->currentText()));

    const BodyKind kind = bodyKind();
    m_bodyStack->setCurrentIndex(kind == BodyKind::None           ? NonePage
                                         : kind == BodyKind::Form ? FormPage
                                                                  : TextPage);
    m_contentTypeRow->setVisible(kind == BodyKind::Raw);
    m_jsonStatus->setVisible(kind == BodyKind::Json);
    m_bodyEdit->setPlaceholderText(kind == BodyKind::Json
                                           ? QStringLiteral("{\n  \"name\": \"value\"\n}")
                                           : tr("The body, as it is sent"));
}

ResourceRequest::Headers RequestEditor::tableHeaders() const
{
    ResourceRequest::Headers headers;
    for (const auto &pair : pairs(m_headersTable))
        headers.append({ pair.first.toUtf8(), pair.second.toUtf8() });
    return headers;
}

QByteArray RequestEditor::bodyBytes() const
{
    switch (bodyKind()) {
    case BodyKind::None:
        return {};
    case BodyKind::Raw:
    case BodyKind::Json:
        return m_bodyEdit->toPlainText().toUtf8();
    case BodyKind::Form:
        return HttpClient::formEncode(pairs(m_formTable));
    }
    return {};
}

ResourceRequest RequestEditor::request() const
{
    ResourceRequest request;
    request.method = m_methodCombo->currentText().toLatin1();
    request.url = QUrl(m_urlEdit->text().trimmed(), QUrl::TolerantMode);
    request.headers = tableHeaders();
    if (!methodHasBody())
        return request;
    request.body = bodyBytes();
    if (request.body.isEmpty() || !request.header("Content-Type").isEmpty())
        return request;
    switch (bodyKind()) {
    case BodyKind::Raw: {
        const QByteArray type = m_contentTypeEdit->text().trimmed().toUtf8();
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
    entry.body = bodyBytes();
    if (entry.bodyKind == BodyKind::Raw) {
        const QByteArray type = m_contentTypeEdit->text().trimmed().toUtf8();
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
    QList<QPair<QString, QString>> rows;
    for (const auto &header : std::as_const(headers))
        rows.append({ QString::fromUtf8(header.first), QString::fromUtf8(header.second) });
    setPairs(m_headersTable, rows);

    if (entry.bodyKind == BodyKind::Raw)
        m_contentTypeEdit->setText(contentType);
    if (entry.bodyKind == BodyKind::Form) {
        setPairs(m_formTable, decodeForm(entry.body));
        m_bodyEdit->clear();
    } else {
        setPairs(m_formTable, {});
        m_bodyEdit->setPlainText(entry.bodyKind == BodyKind::None ? QString()
                                                                  : QString::fromUtf8(entry.body));
    }
    setBodyKind(entry.bodyKind);
    updateBodyState();
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
    if (methodHasBody() && bodyKind() == BodyKind::Json) {
        const QByteArray utf8 = m_bodyEdit->toPlainText().toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(utf8, &error);
        if (utf8.trimmed().isEmpty())
            jsonError = tr("Enter a JSON document, or choose another kind of body.");
        else if (error.error != QJsonParseError::NoError)
            jsonError = jsonErrorText(utf8, error);
        m_jsonStatus->setText(jsonError.isEmpty() ? tr("Valid JSON") : jsonError);
        Theme::apply(m_jsonStatus,
                     jsonError.isEmpty() ? Theme::Style::Plain : Theme::Style::ErrorBanner);
    }

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

void RequestEditor::copyAsCurl()
{
    if (!m_includeTokenAction->isChecked()) {
        QGuiApplication::clipboard()->setText(curlCommand());
        showStatus(currentAccountName().isEmpty()
                           ? tr("Copied as curl. Set OAUTHDESK_TOKEN before running it.")
                           : tr("Copied as curl. The command gets a fresh token with \"oauthdesk "
                                "token %1\" when it runs.")
                                     .arg(currentAccountName()));
        Q_EMIT curlCopied(false);
        return;
    }

    const QString accountId = currentAccountId();
    const QString accountName = currentAccountName();
    const ResourceRequest r = request();
    if (accountId.isEmpty()) {
        showStatus(tr("Choose the account whose token to include."), true);
        return;
    }
    // The same rule as sending: no token for a URL it may not be sent to.
    if (const Error error = r.validate()) {
        showStatus(tr("The token can only be included in a request that can be sent. %1")
                           .arg(error.message()),
                   true);
        return;
    }
    if (!m_tokenProvider) {
        showStatus(tr("The access token is not available here."), true);
        return;
    }

    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Include the Access Token"),
            tr("Copy the command with the access token of \u201c%1\u201d written out?")
                    .arg(accountName),
            QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("includeTokenConfirmation"));
    box->setInformativeText(
            tr("Anyone who sees the command can act as this account until the token expires. "
               "The clipboard is cleared after 30 seconds."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Copy with Token"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmIncludeTokenButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, accountId, accountName, r](QAbstractButton *button) {
                if (button != confirm)
                    return;
                QPointer<RequestEditor> self(this);
                m_tokenProvider(accountId, [self, accountName, r](const QString &token) {
                    if (!self)
                        return;
                    if (token.isEmpty()) {
                        self->showStatus(
                                tr("There is no access token for \u201c%1\u201d: sign in first.")
                                        .arg(accountName),
                                true);
                        return;
                    }
                    SecretClipboard::copy(CurlExport::toCurl(r.method, r.url, r.headers, r.body,
                                                             accountName, true, token));
                    self->showStatus(tr("Copied as curl with the access token. The clipboard is "
                                        "cleared in 30 seconds."));
                    Q_EMIT self->curlCopied(true);
                });
            });
    box->open();
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
