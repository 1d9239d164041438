#include "serveranswerdialog.h"

#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace OAuthDesk {

ServerAnswerDialog::ServerAnswerDialog(const QString &title, const QString &state, bool good,
                                       const QJsonObject &answer, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverAnswerDialog"));
    setWindowTitle(title);
    auto *stateLabel = new QLabel(state);
    stateLabel->setObjectName(QStringLiteral("answerStateLabel"));
    stateLabel->setTextFormat(Qt::PlainText);
    Theme::apply(stateLabel, good ? Theme::Style::BadgeVerified : Theme::Style::BadgeInvalid);
    auto *view = new QPlainTextEdit(
            QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented)));
    view->setObjectName(QStringLiteral("answerView"));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(stateLabel);
    stateRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

ServerAnswerDialog::~ServerAnswerDialog() = default;

} // namespace OAuthDesk
