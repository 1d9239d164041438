#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace OAuthDesk {

/**
 * The language of the user interface: OAuthDesk's translation (embedded under :/i18n by
 * qt_add_translations) and Qt's own (qtbase_<lang>.qm, where installed).
 */
namespace Translations {

/// The "ui/language" setting (Settings' file): a locale name such as "zh_CN" or "en"; empty for the
/// system's.
QString configuredLanguage();

/// The locale a language setting names: the system's when it is empty.
QLocale localeFor(const QString &language);

/// Installs the translators for locale on app, looking for oauthdesk_<lang>.qm in directories (by
/// default the embedded :/i18n, then the executable's folder). Returns whether OAuthDesk's own was
/// found; English, the source language, needs none but its plural forms.
bool install(QCoreApplication &app, const QLocale &locale, const QStringList &directories = {});

} // namespace Translations
} // namespace OAuthDesk
