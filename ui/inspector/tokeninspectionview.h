#pragma once

#include "inspect/tokeninspector.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace OAuthDesk {

class ClaimsTableModel;

/**
 * What a TokenInspection says, for reading: the signature badge (green when verified with the
 * issuer's key, red when invalid, grey when not checked), a line on what kind of token it is when
 * it is no readable JWT, and the header and claims tables. Shared by the token inspector and the
 * Decode a JWT dialog.
 */
class TokenInspectionView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString badgeText READ badgeText NOTIFY badgeTextChanged)
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY noticeTextChanged)
public:
    enum class BadgeTone { Neutral, Verified, Invalid };
    Q_ENUM(BadgeTone)

    explicit TokenInspectionView(QWidget *parent = nullptr);

    /// Shows a decoded token. `verifying`: the signature check is under way (the badge says so).
    void setInspection(const TokenInspection &inspection, bool verifying = false);
    /// Shows nothing.
    void clear();
    /// The time relative dates in the claims are measured from.
    void setNow(const QDateTime &now);

    QString badgeText() const;
    BadgeTone badgeTone() const { return m_tone; }
    QString noticeText() const;
    bool hasJwt() const { return m_hasJwt; }

    /// Puts a widget on the badge's line, to its right (the inspector's expiry countdown).
    void addToBadgeRow(QWidget *widget);

    ClaimsTableModel *headerModel() const { return m_headerModel; }
    ClaimsTableModel *claimsModel() const { return m_claimsModel; }

Q_SIGNALS:
    void badgeTextChanged(const QString &text);
    void noticeTextChanged(const QString &text);

private:
    void setBadge(const QString &text, BadgeTone tone);
    void setNotice(const QString &text, bool error);
    static QTableView *makeTable(ClaimsTableModel *model, const char *name);
    void fitHeaderTable();

    BadgeTone m_tone = BadgeTone::Neutral;
    bool m_hasJwt = false;
    QLabel *m_badge;
    QHBoxLayout *m_badgeRow;
    QLabel *m_notice;
    QWidget *m_tables;
    ClaimsTableModel *m_headerModel;
    ClaimsTableModel *m_claimsModel;
    QTableView *m_headerTable;
    QTableView *m_claimsTable;
};

} // namespace OAuthDesk
