#pragma once

#include "platform/platform.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QVariant>

#include <chrono>

namespace OAuthDesk {

/**
 * The person's preferences, in an INI file beside accounts.json (fileName(): with the application
 * name "oauthdesk", ~/.config/oauthdesk/oauthdesk.conf). None is a secret. Keys:
 *
 * | key                    | meaning                                                        |
 * default |
 * |------------------------|----------------------------------------------------------------|---------|
 * | browser/command        | command that opens sign-in URLs (URL appended); empty: desktop | empty
 * | | refresh/leadSeconds    | background refresh this long before a token expires            | 300
 * | | clipboard/clearSeconds | a copied token is cleared from the clipboard after this        | 30
 * | | ui/language            | a locale name such as zh_CN; empty: the system's               |
 * empty   | | log/level              | warning, info or debug, for the oauthdesk.* logging
 * categories | warning | | network/caCertificates | a PEM file of CA certificates trusted besides
 * the system's     | empty   |
 *
 * The window keeps its layout in the same file ("window/geometry", "window/state",
 * "window/splitter"); read it with `QSettings(Settings::fileName(), QSettings::IniFormat)`.
 *
 * The browser: $BROWSER, when set, wins over browser/command (the convention other tools follow,
 * and what the tests rely on); without either, the desktop's default browser.
 */
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class LogLevel { Warning, Info, Debug };
    Q_ENUM(LogLevel)

    explicit Settings(QObject *parent = nullptr);

    /// The settings file (QStandardPaths::AppConfigLocation, INI format).
    static QString fileName();

    static constexpr int DefaultLeadSeconds = 300;
    static constexpr int MinLeadSeconds = 10;
    static constexpr int MaxLeadSeconds = 24 * 3600;
    static constexpr int DefaultClipboardSeconds = 30;
    static constexpr int MinClipboardSeconds = 5;
    static constexpr int MaxClipboardSeconds = 3600;

    QString browserCommand() const;
    std::chrono::seconds refreshLead() const;
    std::chrono::seconds clipboardClear() const;
    QString language() const;
    LogLevel logLevel() const;

    /// Each setter stores the value and emits changed() when it differs.
    void setBrowserCommand(const QString &command);
    void setRefreshLead(std::chrono::seconds lead);
    void setClipboardClear(std::chrono::seconds clearAfter);
    void setLanguage(const QString &language);
    void setLogLevel(LogLevel level);

    /// A PEM file of CA certificates trusted besides the system's (an organisation's own CA);
    /// empty: none. Read at start, by the window and the command line alike.
    QString caCertificatesFile() const;
    void setCaCertificatesFile(const QString &path);
    /// The certificates of caCertificatesFile(); `error` says why there are none when one is set.
    QList<QSslCertificate> extraCaCertificates(QString *error = nullptr) const;
    /// The certificates of the PEM file at `path`, or none and `error` (unreadable, no
    /// certificate).
    static QList<QSslCertificate> readCaCertificates(const QString &path, QString *error = nullptr);

    static QString logLevelName(LogLevel level);
    static LogLevel logLevelFromName(const QString &name, bool *ok = nullptr);
    /// QLoggingCategory filter rules for `level`. Qt NetworkAuth's categories stay off whatever
    /// the level (they print authorization URLs and replies).
    static QString filterRules(LogLevel level);
    /// Installs filterRules(logLevel()). QT_LOGGING_RULES still wins, as Qt documents.
    void applyLogLevel() const;

    /// What opens a URL: $BROWSER, else browser/command, else `fallback` (the desktop's).
    BrowserOpener browserOpener(BrowserOpener fallback) const;

Q_SIGNALS:
    void changed();

private:
    QVariant value(const char *key, const QVariant &fallback = {}) const;
    void setValue(const char *key, const QVariant &value);
};

} // namespace OAuthDesk
