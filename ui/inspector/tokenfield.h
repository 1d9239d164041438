#pragma once

#include <QPlainTextEdit>

namespace OAuthDesk {

/**
 * The token itself ("tokenField"), read-only in a fixed-width font: masked with the same number of
 * dots for every token until revealed, then with a JWT's header, payload and signature in colours
 * of their own. It has no context menu: Copy goes through the clearing clipboard.
 */
class TokenField : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TokenField(QWidget *parent = nullptr);
    ~TokenField() override;

    /// Shows `token` (nothing when empty), masked unless `revealed`; `compact` tells that it is
    /// in JWS or JWE compact form, whose parts are coloured.
    void showToken(const QString &token, bool revealed, bool compact);
};

} // namespace OAuthDesk
