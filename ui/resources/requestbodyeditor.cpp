#include "requestbodyeditor.h"

#include "http/httpclient.h"
#include "widgets/keyvaluetable.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OAuthDesk {

namespace {

enum BodyPage { NonePage, TextPage, FormPage };

/// Where a JSON parse error is, in the words of a text editor: line and column, from the byte
/// offset.
QString jsonErrorText(const QByteArray &utf8, const QJsonParseError &error)
{
    const QByteArray before = utf8.left(error.offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lastNewline + 1)).size() + 1;
    return RequestBodyEditor::tr("Invalid JSON at line %1, column %2 (offset %3): %4")
            .arg(line)
            .arg(column)
            .arg(error.offset)
            .arg(error.errorString());
}

KeyValueTable::Pairs decodeForm(const QByteArray &body)
{
    KeyValueTable::Pairs out;
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

RequestBodyEditor::RequestBodyEditor(QWidget *parent) : QWidget(parent)
{
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("bodyKindCombo"));
    m_kindCombo->addItem(tr("None"), QVariant::fromValue(BodyKind::None));
    m_kindCombo->addItem(tr("Raw"), QVariant::fromValue(BodyKind::Raw));
    m_kindCombo->addItem(tr("JSON"), QVariant::fromValue(BodyKind::Json));
    m_kindCombo->addItem(tr("Form fields"), QVariant::fromValue(BodyKind::Form));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("bodyHint"));
    Theme::apply(m_hint, Theme::Style::SecondaryText);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Body:"), this));
    kindRow->addWidget(m_kindCombo);
    kindRow->addWidget(m_hint, 1);

    m_area = new QWidget(this);
    m_area->setObjectName(QStringLiteral("bodyArea"));
    m_stack = new QStackedWidget(m_area);
    m_stack->setObjectName(QStringLiteral("bodyStack"));
    auto *nonePage = new QLabel(tr("The request has no body."), m_stack);
    nonePage->setAlignment(Qt::AlignCenter);
    Theme::apply(nonePage, Theme::Style::SecondaryText);

    auto *textPage = new QWidget(m_stack);
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
    m_textEdit = new QPlainTextEdit(textPage);
    m_textEdit->setObjectName(QStringLiteral("bodyEdit"));
    m_textEdit->setAccessibleName(tr("Request body"));
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textEdit->setTabChangesFocus(false);
    m_jsonStatus = new QLabel(textPage);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setWordWrap(true);
    m_jsonStatus->setTextFormat(Qt::PlainText);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_contentTypeRow);
    textLayout->addWidget(m_textEdit, 1);
    textLayout->addWidget(m_jsonStatus);

    m_formTable = new KeyValueTable(tr("Field"), tr("Add Field"), m_stack);
    m_formTable->table()->setObjectName(QStringLiteral("formTable"));
    m_formTable->table()->setAccessibleName(tr("Form fields"));
    m_formTable->addButton()->setObjectName(QStringLiteral("addFieldButton"));
    m_formTable->removeButton()->setObjectName(QStringLiteral("removeFieldButton"));

    m_stack->insertWidget(NonePage, nonePage);
    m_stack->insertWidget(TextPage, textPage);
    m_stack->insertWidget(FormPage, m_formTable);
    auto *areaLayout = new QVBoxLayout(m_area);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_area, 1);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &RequestBodyEditor::changed);
    connect(m_contentTypeEdit, &QLineEdit::textChanged, this, &RequestBodyEditor::changed);
    connect(m_formTable, &KeyValueTable::changed, this, &RequestBodyEditor::changed);

    updateState();
}

bool RequestBodyEditor::methodHasBody(const QString &method)
{
    return method != QLatin1String("GET") && method != QLatin1String("HEAD");
}

void RequestBodyEditor::setMethod(const QString &method)
{
    m_method = method;
    updateState();
}

RequestBodyEditor::BodyKind RequestBodyEditor::kind() const
{
    return m_kindCombo->currentData().value<BodyKind>();
}

void RequestBodyEditor::setKind(BodyKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(QVariant::fromValue(kind)));
}

QByteArray RequestBodyEditor::body() const
{
    switch (kind()) {
    case BodyKind::None:
        return {};
    case BodyKind::Raw:
    case BodyKind::Json:
        return m_textEdit->toPlainText().toUtf8();
    case BodyKind::Form:
        return HttpClient::formEncode(m_formTable->pairs());
    }
    return {};
}

QByteArray RequestBodyEditor::rawContentType() const
{
    return m_contentTypeEdit->text().trimmed().toUtf8();
}

void RequestBodyEditor::setBody(BodyKind kind, const QByteArray &body,
                                const QString &rawContentType)
{
    if (kind == BodyKind::Raw)
        m_contentTypeEdit->setText(rawContentType);
    if (kind == BodyKind::Form) {
        m_formTable->setPairs(decodeForm(body));
        m_textEdit->clear();
    } else {
        m_formTable->setPairs({});
        m_textEdit->setPlainText(kind == BodyKind::None ? QString() : QString::fromUtf8(body));
    }
    setKind(kind);
    updateState();
}

QString RequestBodyEditor::checkJson()
{
    const QByteArray utf8 = m_textEdit->toPlainText().toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    QString jsonError;
    if (utf8.trimmed().isEmpty())
        jsonError = tr("Enter a JSON document, or choose another kind of body.");
    else if (error.error != QJsonParseError::NoError)
        jsonError = jsonErrorText(utf8, error);
    m_jsonStatus->setText(jsonError.isEmpty() ? tr("Valid JSON") : jsonError);
    Theme::apply(m_jsonStatus,
                 jsonError.isEmpty() ? Theme::Style::Plain : Theme::Style::ErrorBanner);
    return jsonError;
}

void RequestBodyEditor::updateState()
{
    const bool hasBody = methodHasBody(m_method);
    m_area->setEnabled(hasBody);
    m_kindCombo->setEnabled(hasBody);
    m_hint->setText(hasBody ? QString() : tr("A %1 request has no body.").arg(m_method));

    const BodyKind current = kind();
    m_stack->setCurrentIndex(current == BodyKind::None           ? NonePage
                                     : current == BodyKind::Form ? FormPage
                                                                 : TextPage);
    m_contentTypeRow->setVisible(current == BodyKind::Raw);
    m_jsonStatus->setVisible(current == BodyKind::Json);
    m_textEdit->setPlaceholderText(current == BodyKind::Json
                                           ? QStringLiteral("{\n  \"name\": \"value\"\n}")
                                           : tr("The body, as it is sent"));
}

} // namespace OAuthDesk
