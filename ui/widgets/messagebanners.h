#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace OAuthDesk {

/**
 * The window's error and warning banners ("errorBanner", "warningBanner") and the texts behind
 * them, kept per account: showFor() puts up the given account's, else what happened outside any
 * account (adding one, the request history). Hidden while there is nothing to say.
 */
class MessageBanners : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBanners(QWidget *parent = nullptr);
    ~MessageBanners() override;

    /// The error banner's text as shown; empty when there is none.
    QString errorText() const;
    /// The warning banner's text as shown; empty when there is none.
    QString warningText() const;

public Q_SLOTS:
    /// Keeps `text` as `accountId`'s error (empty id: no account in particular); empty clears it.
    void setError(const QString &accountId, const QString &text);
    void setWarning(const QString &accountId, const QString &text);
    /// Drops the account's error and warning (it was removed).
    void forget(const QString &accountId);
    /// Shows the banners for `accountId` (empty: no account is selected).
    void showFor(const QString &accountId);

private:
    QHash<QString, QString> m_errors; ///< per account; the empty id holds errors of no account
    QHash<QString, QString> m_warnings; ///< per account
    QLabel *m_errorBanner;
    QLabel *m_warningBanner;
};

} // namespace OAuthDesk
