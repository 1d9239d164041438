#pragma once

#include <QString>

namespace OAuthDesk::Test {

/// The test's own home (set by the CMake helper), where XDG config/data/cache point.
QString testHome();
/// Empties the test's config, data and cache homes, so that a run never sees an earlier run's files.
void resetTestHome();
/// Every file under the test's config, data and cache homes whose content contains `needle`.
QStringList filesContaining(const QByteArray &needle);
/// Whether a Secret Service answers on the session bus (scripts/test starts one).
bool keychainAvailable();
/// `secret-tool lookup server OAuthDesk user KEY` (libsecret-tools), the keychain seen from outside.
QByteArray secretToolLookup(const QString &key);

} // namespace OAuthDesk::Test
