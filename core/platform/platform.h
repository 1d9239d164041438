#pragma once

#include "common/error.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace OAuthDesk {

/// Hands a URL to a web browser. Core never opens one itself: the app gives it this function
/// (QDesktopServices in the window, a command on the command line).
using BrowserOpener = std::function<Error(const QUrl &url)>;

/**
 * The one seam for what differs between operating systems. Everything Linux-specific (xdg-open)
 * or platform-dependent (where lock files live) is here, so the rest of core is plain Qt.
 */
namespace Platform {

/// The $BROWSER convention (gh, Python's webbrowser): a command that gets the URL as its one
/// argument. Empty when $BROWSER is unset.
BrowserOpener browserFromEnvironment();

/// The operating system's own "open this URL" command: xdg-open on Linux and the BSDs, open on
/// macOS, the URL protocol handler on Windows. For the command line, which has no GUI.
BrowserOpener systemUrlOpener();

/// Runs `command` (split like a shell would) with `url` appended, detached.
Error startBrowserCommand(const QString &command, const QUrl &url);

/// Asks for a secret on the terminal without echoing it. nullopt when stdin is not a terminal or
/// the input ended.
std::optional<QString> readSecretFromTerminal(const QString &prompt);

/// One line from standard input (for --password-stdin, --client-secret-stdin), without the newline.
std::optional<QString> readLineFromStdin();

/// A directory for the per-account lock files that serialise refreshes across processes.
QString lockDirectory();

/// A directory only this user can enter, for a local socket no other user may squat:
/// $XDG_RUNTIME_DIR when it is private, else a directory of the user's own (0700) in the temporary
/// directory, made if missing and refused when someone else owns it or may write to it. Empty,
/// with `problem` set, when there is none; always empty on Windows (named pipes have ACLs).
QString privateRuntimeDirectory(QString *problem = nullptr);

/// For scripts/bench: milliseconds since the operating system started this process (loader and
/// static initialisation included), or -1 where that is not known (Linux: /proc/self/stat, to
/// one clock tick).
double msSinceProcessStart();
/// For scripts/bench: this process's peak resident memory in KiB, or -1 where not known.
long peakResidentKib();
/// For scripts/bench: this process's resident memory now, in KiB, or -1 where not known (Linux:
/// /proc/self/statm).
long residentKib();

} // namespace Platform
} // namespace OAuthDesk
