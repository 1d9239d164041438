#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace OAuthDesk {

Settings::Settings(QObject *parent) : QObject(parent) { }

QString Settings::fileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QLatin1Char('/')
            + QCoreApplication::applicationName() + QLatin1String(".conf");
}

QVariant Settings::value(const char *key, const QVariant &fallback) const
{
    return QSettings(fileName(), QSettings::IniFormat).value(QLatin1String(key), fallback);
}

void Settings::setValue(const char *key, const QVariant &value)
{
    QSettings settings(fileName(), QSettings::IniFormat);
    if (settings.contains(QLatin1String(key)) && settings.value(QLatin1String(key)) == value)
        return;
    settings.setValue(QLatin1String(key), value);
    settings.sync();
    Q_EMIT changed();
}

QString Settings::browserCommand() const
{
    return value("browser/command").toString().trimmed();
}

std::chrono::seconds Settings::refreshLead() const
{
    bool ok = false;
    const int seconds = value("refresh/leadSeconds", DefaultLeadSeconds).toInt(&ok);
    return std::chrono::seconds(ok ? std::clamp(seconds, MinLeadSeconds, MaxLeadSeconds)
                                   : DefaultLeadSeconds);
}

std::chrono::seconds Settings::clipboardClear() const
{
    bool ok = false;
    const int seconds = value("clipboard/clearSeconds", DefaultClipboardSeconds).toInt(&ok);
    return std::chrono::seconds(ok ? std::clamp(seconds, MinClipboardSeconds, MaxClipboardSeconds)
                                   : DefaultClipboardSeconds);
}

QString Settings::language() const
{
    return value("ui/language").toString().trimmed();
}

Settings::LogLevel Settings::logLevel() const
{
    return logLevelFromName(value("log/level").toString());
}

void Settings::setBrowserCommand(const QString &command)
{
    setValue("browser/command", command.trimmed());
}

void Settings::setRefreshLead(std::chrono::seconds lead)
{
    setValue("refresh/leadSeconds", std::clamp(int(lead.count()), MinLeadSeconds, MaxLeadSeconds));
}

void Settings::setClipboardClear(std::chrono::seconds clearAfter)
{
    setValue("clipboard/clearSeconds",
             std::clamp(int(clearAfter.count()), MinClipboardSeconds, MaxClipboardSeconds));
}

void Settings::setLanguage(const QString &language)
{
    setValue("ui/language", language.trimmed());
}

void Settings::setLogLevel(LogLevel level)
{
    setValue("log/level", logLevelName(level));
}

QString Settings::caCertificatesFile() const
{
    return value("network/caCertificates").toString().trimmed();
}

void Settings::setCaCertificatesFile(const QString &path)
{
    setValue("network/caCertificates", path.trimmed());
}

QList<QSslCertificate> Settings::extraCaCertificates(QString *error) const
{
    const QString path = caCertificatesFile();
    return path.isEmpty() ? QList<QSslCertificate>() : readCaCertificates(path, error);
}

QList<QSslCertificate> Settings::readCaCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                    tr("Cannot read the CA certificates file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty() && error)
        *error = tr("%1 holds no PEM certificate.").arg(path);
    return certificates;
}

QString Settings::logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        break;
    }
    return QStringLiteral("warning");
}

Settings::LogLevel Settings::logLevelFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (n == QLatin1String("debug"))
        return LogLevel::Debug;
    if (n == QLatin1String("info"))
        return LogLevel::Info;
    if (ok && n != QLatin1String("warning"))
        *ok = false;
    return LogLevel::Warning;
}

QString Settings::filterRules(LogLevel level)
{
    QStringList rules;
    switch (level) {
    case LogLevel::Debug:
        rules << QStringLiteral("oauthdesk.*=true");
        break;
    case LogLevel::Info:
        rules << QStringLiteral("oauthdesk.*.debug=false")
              << QStringLiteral("oauthdesk.*.info=true");
        break;
    case LogLevel::Warning:
        rules << QStringLiteral("oauthdesk.*.debug=false")
              << QStringLiteral("oauthdesk.*.info=false");
        break;
    }
    rules << QStringLiteral("qt.networkauth*=false");
    return rules.join(QLatin1Char('\n'));
}

void Settings::applyLogLevel() const
{
    QLoggingCategory::setFilterRules(filterRules(logLevel()));
}

BrowserOpener Settings::browserOpener(BrowserOpener fallback) const
{
    if (BrowserOpener fromEnvironment = Platform::browserFromEnvironment())
        return fromEnvironment;
    const QString command = browserCommand();
    if (!command.isEmpty())
        return [command](const QUrl &url) { return Platform::startBrowserCommand(command, url); };
    return fallback;
}

} // namespace OAuthDesk
