#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace OAuthDesk::Test {

/// The test's own home (set by the CMake helper), where XDG config/data/cache point.
QString testHome();
/// Empties the test's config, data and cache homes, so that a run never sees an earlier run's
/// files.
void resetTestHome();
/// Every file under the test's config, data and cache homes whose content contains `needle`.
QStringList filesContaining(const QByteArray &needle);
/// Every 16-character piece of `secret`: a file holding any of them holds part of the secret. For a
/// JWT (three dot-separated parts), the pieces of its payload and signature: its header is the same
/// in every token of a key and says nothing secret.
QList<QByteArray> secretPieces(const QByteArray &secret);
/// "path: what" for every file under `root` (every file, hidden ones too, in every folder) holding
/// any 16-character piece of any of `secrets` (secretPieces()); each secret is named in `what` only
/// by its index in `secrets`. Sets `*filesRead` to the number of files read.
QStringList filesHoldingPiecesOf(const QString &root, const QList<QByteArray> &secrets,
                                 int *filesRead = nullptr);

/// Whether the tests may use the keychain: only the private Secret Service that
/// scripts/with-keyring starts (OAUTHDESK_KEYRING_DIR names its folder, the session bus is the one
/// it wrote down there, its gnome-keyring listens there), never the keyring of a person's desktop
/// session. When there is no such keyring, says why with a warning and returns false (the caller
/// skips); when with-keyring's folder is named but the bus is another, aborts: the tests would
/// write to the wrong keyring.
bool keychainAvailable();
/// The browser driver's log: tests/browser/browser appends what it did (origins and paths only,
/// never a query) to $OAUTHDESK_BROWSER_LOG, which the CMake test helper points to
/// `<test home>/browser.log`. Call from a test class's cleanup(): when the test function failed,
/// the lines the browser wrote during it are printed; either way the next call starts after them.
void printBrowserLogIfFailed();
/// `secret-tool lookup server OAuthDesk user KEY` (libsecret-tools), the keychain seen from
/// outside.
QByteArray secretToolLookup(const QString &key);
/**
 * Why "the keychain holds nothing under `key`" cannot be said; empty when it can. An empty
 * secretToolLookup() alone proves nothing: secret-tool fails just as quietly when it reaches no
 * keychain, and an empty key or a mistyped id names nothing. So this says it only with its positive
 * controls: the key is an account's (the id of an account in the oauthdesk accounts file under the
 * test's config home, alone or with a "/..." suffix); the lookup ran and found no item (exit status
 * 1, nothing on stderr); and a control item written to the same keyring just before is found by the
 * same lookup (then removed). Use QVERIFY_NOTHING_STORED(key).
 */
QString nothingStoredProblem(const QString &key);
/// nothingStoredProblem() without the account check: for the key of an account just removed from
/// the accounts file, whose entry the caller has seen in the keychain before.
QString nothingFoundProblem(const QString &key);

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

/// Verifies that the keychain holds nothing under `key`, with nothingStoredProblem()'s controls.
#define QVERIFY_NOTHING_STORED(key)                                                     \
  do {                                                                                  \
    const QString nothingStoredProblem_ = ::OAuthDesk::Test::nothingStoredProblem(key); \
    QVERIFY2(nothingStoredProblem_.isEmpty(), qPrintable(nothingStoredProblem_));       \
  } while (false)
