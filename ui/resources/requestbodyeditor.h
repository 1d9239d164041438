#pragma once

#include "resource/requesthistory.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace OAuthDesk {

class KeyValueTable;

/**
 * The "Body" tab of the RequestEditor: what kind of body a request has and the body itself: raw
 * text with a Content-Type, JSON (checked by checkJson(), which says under the text where it is
 * wrong) or form fields (encoded as HttpClient::formEncode does). Disabled, with a hint, for a
 * method that carries no body (GET, HEAD).
 */
class RequestBodyEditor : public QWidget
{
    Q_OBJECT
public:
    using BodyKind = RequestHistory::BodyKind;

    explicit RequestBodyEditor(QWidget *parent = nullptr);

    /// False for GET and HEAD, whose requests have no body.
    static bool methodHasBody(const QString &method);
    /// The request's method: without a body, the editor is disabled and says why.
    void setMethod(const QString &method);

    BodyKind kind() const;
    void setKind(BodyKind kind);
    /// The body as it is sent, by its kind: the text as UTF-8, the fields form-encoded.
    QByteArray body() const;
    /// The Content-Type given for a raw body (trimmed; empty for none).
    QByteArray rawContentType() const;
    /// Loads a body of `kind`: a form's is decoded into fields; `rawContentType` counts for a raw
    /// one only.
    void setBody(BodyKind kind, const QByteArray &body, const QString &rawContentType);

    /// Checks the text as a JSON document and shows the outcome under it; returns the error, or an
    /// empty string when the document is valid.
    QString checkJson();

Q_SIGNALS:
    /// The kind, the text, the Content-Type or a field changed.
    void changed();

private:
    void updateState();

    QString m_method;
    QComboBox *m_kindCombo;
    QLabel *m_hint;
    QWidget *m_area;
    QStackedWidget *m_stack;
    QWidget *m_contentTypeRow;
    QLineEdit *m_contentTypeEdit;
    QPlainTextEdit *m_textEdit;
    QLabel *m_jsonStatus;
    KeyValueTable *m_formTable;
};

} // namespace OAuthDesk
