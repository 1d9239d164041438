#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace OAuthDesk::Translations {

QString configuredLanguage()
{
    // The file Settings::fileName() names; read here directly so that the command line, which
    // builds no Settings, chooses the same language as the window.
    const QString file = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QLatin1Char('/') + QCoreApplication::applicationName() + QLatin1String(".conf");
    return QSettings(file, QSettings::IniFormat)
            .value(QStringLiteral("ui/language"))
            .toString()
            .trimmed();
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool install(QCoreApplication &app, const QLocale &locale, const QStringList &directories)
{
    QStringList searched = directories;
    if (searched.isEmpty())
        searched = { QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath() };

    bool found = false;
    auto *own = new QTranslator(&app);
    for (const QString &directory : std::as_const(searched)) {
        if (own->load(locale, QStringLiteral("oauthdesk"), QStringLiteral("_"), directory)) {
            found = QCoreApplication::installTranslator(own);
            break;
        }
    }
    if (!found)
        delete own;

    // Qt's own strings (standard buttons, file dialogs), where the distribution installs them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace OAuthDesk::Translations
