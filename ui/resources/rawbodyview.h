#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace OAuthDesk {

/**
 * The Raw tab of the ResponseView: the body as read-only text, with a note above it when it shows
 * only the beginning. Laying out megabytes of text takes seconds, so the text given to setText()
 * is laid out only when fill() asks (when someone looks at it), and long text a piece per turn of
 * the event loop so that the window keeps answering meanwhile.
 */
class RawBodyView : public QWidget
{
    Q_OBJECT
public:
    explicit RawBodyView(QWidget *parent = nullptr);

    /// The text to show; fill() lays it out.
    void setText(const QString &text);
    /// Lays out the text from setText() unless it is laid out already or being laid out.
    void fill();
    /// The note above the text (why it is only the beginning); empty hides it.
    void setNote(const QString &note);
    QString note() const;
    void setPlaceholderText(const QString &text);
    /// No text, no note, no placeholder; stops laying out.
    void clear();

    QPlainTextEdit *textView() const { return m_text; }

private:
    void appendChunk();

    QString m_pending; ///< the text until it is laid out
    qsizetype m_filled = 0; ///< how much of it the text view has
    QLabel *m_note;
    QPlainTextEdit *m_text;
    QTimer *m_fill;
};

} // namespace OAuthDesk
