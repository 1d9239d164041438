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
/// The browser driver's log: tests/browser/browser appends what it did (origins and paths only,
/// never a query) to $OAUTHDESK_BROWSER_LOG, which the CMake test helper points to
/// `<test home>/browser.log`. Call from a test class's cleanup(): when the test function failed,
/// the lines the browser wrote during it are printed; either way the next call starts after them.
void printBrowserLogIfFailed();
/// `secret-tool lookup server OAuthDesk user KEY` (libsecret-tools), the keychain seen from outside.
QByteArray secretToolLookup(const QString &key);

/// The canary sweep (scripts/canary-sweep, SECURITY.md row LG) runs the suite with
/// OAUTHDESK_SECRET_LEDGER naming a file where every secret handed out is written, one
/// "KIND<TAB>VALUE" line each, and then looks for each in everything the tests printed or wrote.
/// Whether a sweep runs (the variable is set).
bool canarySweep();
/// `<test home>/sweep`, created: where a sweep keeps what a test would otherwise write nowhere the
/// sweep looks (the output of the oauthdesk processes a test runs, their exchange logs). Empty when
/// no sweep runs.
QString sweepDir();

} // namespace OAuthDesk::Test
