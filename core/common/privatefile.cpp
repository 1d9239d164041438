#include "privatefile.h"

#include <QSaveFile>

namespace OAuthDesk::PrivateFile {

QString write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit()) {
        const QString reason = file.errorString();
        return reason.isEmpty() ? QStringLiteral("unknown error") : reason;
    }
    return {};
}

} // namespace OAuthDesk::PrivateFile
