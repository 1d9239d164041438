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

static std::chrono::milliseconds s_defaultClearTime = std::chrono::seconds(30);

std::chrono::milliseconds defaultClearTime()
{
    return s_defaultClearTime;
}

void setDefaultClearTime(std::chrono::milliseconds clearAfter)
{
    s_defaultClearTime = clearAfter;
}

void copy(const QString &secret)
{
    copy(secret, s_defaultClearTime);
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
