#include "secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QTimer>

namespace OAuthDesk::SecretClipboard {

static QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void copy(const QString &secret, std::chrono::milliseconds clearAfter)
{
    if (secret.isEmpty())
        return;
    QApplication::clipboard()->setText(secret);
    QTimer::singleShot(clearAfter, qApp, [hash = digest(secret)] {
        QClipboard *clipboard = QApplication::clipboard();
        if (digest(clipboard->text()) == hash)
            clipboard->clear();
    });
}

} // namespace OAuthDesk::SecretClipboard
