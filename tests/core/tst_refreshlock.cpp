#include "session/refreshlock.h"

#include <QDateTime>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace OAuthDesk;
using namespace std::chrono_literals;

/// The lock that keeps two OAuthDesk processes from refreshing one account at once.
class tst_RefreshLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A living owner keeps its lock however old the file: a second refresh with the same refresh
    // token would be reuse. (On a local file system QLockFile's flock() also keeps the file;
    // this lock file is written as a living owner's whose native lock did not take, as on some
    // network file systems, so that only the stale time decides.)
    void livingOwnerKeepsItsLockPastAnyAge()
    {
        // What QLockFile writes for this process: its id, name, host and boot.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray owner;
        {
            QLockFile probe(dir.filePath(QStringLiteral("probe.lock")));
            QVERIFY(probe.tryLock(0));
            QFile written(dir.filePath(QStringLiteral("probe.lock")));
            QVERIFY(written.open(QIODevice::ReadOnly));
            owner = written.readAll();
        }
        QVERIFY(owner.startsWith(
                QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + "\n")));

        const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString path = RefreshLock::pathFor(account);
        QFile lockFile(path);
        QVERIFY(lockFile.open(QIODevice::WriteOnly | QIODevice::NewOnly));
        lockFile.write(owner);
        lockFile.flush();
        // Ten minutes old: well past the 120 s after which the lock used to be taken over.
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-600),
                                     QFileDevice::FileModificationTime));
        lockFile.close();

        std::optional<Result<RefreshLock::Handle>> result;
        RefreshLock::acquire(account, 300ms, this,
                             [&](const Result<RefreshLock::Handle> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!result->ok(), "the lock of a living owner was taken over");
        QCOMPARE(result->error().kind(), Error::Kind::Timeout);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), owner);
        kept.close();
        QVERIFY(QFile::remove(path));
    }
};

QTEST_GUILESS_MAIN(tst_RefreshLock)
#include "tst_refreshlock.moc"
