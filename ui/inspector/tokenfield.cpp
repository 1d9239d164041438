#include "tokenfield.h"

#include "widgets/theme.h"

#include <QFontDatabase>
#include <QTextCursor>

namespace OAuthDesk {

namespace {

/// What the masked field shows: the same for every token, so that not even the length shows.
constexpr int MaskLength = 48;

} // namespace

TokenField::TokenField(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("tokenField"));
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrapMode(QTextOption::WrapAnywhere);
    setAccessibleName(tr("Token value"));
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    setContextMenuPolicy(Qt::NoContextMenu); // Copy goes through the clearing clipboard
}

TokenField::~TokenField() = default;

void TokenField::showToken(const QString &token, bool revealed, bool compact)
{
    clear();
    if (token.isEmpty())
        return;
    if (!revealed) {
        setPlainText(QString(MaskLength, QChar(0x2022)));
        return;
    }
    setPlainText(token);
    if (!compact)
        return;
    // Colour the parts as jwt.io does, so header, payload and signature can be told apart.
    QTextCursor cursor(document());
    int start = 0;
    int part = 0;
    for (const QString &piece : token.split(QLatin1Char('.'))) {
        QTextCharFormat format;
        format.setForeground(Theme::tokenPartColour(part, palette()));
        cursor.setPosition(start);
        cursor.setPosition(start + int(piece.size()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
        start += int(piece.size()) + 1;
        ++part;
    }
}

} // namespace OAuthDesk
