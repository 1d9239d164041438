#pragma once

#include <QByteArray>
#include <QString>

namespace OAuthDesk::PrivateFile {

/// Replaces `path` with `data` atomically (QSaveFile: a crash leaves the old file whole), readable
/// and writable by its owner only. The folder must exist. The files OAuthDesk writes
/// (accounts, request history, exported logs) are nobody else's business even without a secret.
/// Returns an empty string on success, else the reason (the file device's error text).
QString write(const QString &path, const QByteArray &data);

} // namespace OAuthDesk::PrivateFile
