#pragma once

#include <QDialog>
#include <QJsonObject>

namespace OAuthDesk {

/**
 * A server's JSON answer about a token ("serverAnswerDialog"): introspection (RFC 7662) or
 * UserInfo, under a badge that says what it means ("answerStateLabel"), the JSON indented and
 * read-only ("answerView").
 */
class ServerAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    /// `good` colours the badge as verified, else as invalid.
    ServerAnswerDialog(const QString &title, const QString &state, bool good,
                       const QJsonObject &answer, QWidget *parent = nullptr);
    ~ServerAnswerDialog() override;
};

} // namespace OAuthDesk
