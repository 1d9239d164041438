#include "rawbodyview.h"

#include "widgets/theme.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace OAuthDesk {

namespace {

/// Longer text goes in a piece at a time, one piece each turn of the event loop.
constexpr qsizetype Chunk = 128 * 1024;

} // namespace

RawBodyView::RawBodyView(QWidget *parent) : QWidget(parent)
{
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("rawNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    Theme::apply(m_note, Theme::Style::WarningBanner);
    m_note->hide();
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("rawView"));
    m_text->setAccessibleName(tr("Response body"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setUndoRedoEnabled(false);
    m_fill = new QTimer(this);
    m_fill->setInterval(0);
    connect(m_fill, &QTimer::timeout, this, &RawBodyView::appendChunk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
}

void RawBodyView::setText(const QString &text)
{
    m_pending = text;
}

void RawBodyView::fill()
{
    if (m_pending.isEmpty() || m_fill->isActive())
        return;
    if (m_pending.size() <= Chunk) {
        m_text->setPlainText(std::exchange(m_pending, QString()));
        return;
    }
    m_text->clear();
    m_filled = 0;
    appendChunk();
    m_fill->start();
}

void RawBodyView::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString RawBodyView::note() const
{
    return m_note->text();
}

void RawBodyView::setPlaceholderText(const QString &text)
{
    m_text->setPlaceholderText(text);
}

void RawBodyView::clear()
{
    m_pending.clear();
    m_fill->stop();
    m_filled = 0;
    m_text->clear();
    m_text->setPlaceholderText(QString());
    m_note->clear();
    m_note->hide();
}

void RawBodyView::appendChunk()
{
    qsizetype size = qMin(Chunk, m_pending.size() - m_filled);
    if (size > 1 && m_pending.at(m_filled + size - 1).isHighSurrogate())
        --size; // keep a surrogate pair together
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.mid(m_filled, size));
    m_filled += size;
    if (m_filled >= m_pending.size()) {
        m_fill->stop();
        m_pending.clear();
        m_filled = 0;
    }
}

} // namespace OAuthDesk
