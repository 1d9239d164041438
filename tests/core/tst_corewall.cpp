#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

/// core/ is the protocol library: it must never reach for Gui or Widgets (STYLE.md, "The house").
class tst_CoreWall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludesNoGuiOrWidgets()
    {
        const QRegularExpression forbidden(
            QStringLiteral("#\\s*include\\s*[<\"](QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QDesktopServices|"
                           "QClipboard|QIcon|QPixmap|QImage)[/>.\"]"));
        QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto match = forbidden.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(path + QLatin1String(": ") + match.captured(0)));
            ++files;
        }
        QVERIFY(files > 10);
    }
};

QTEST_GUILESS_MAIN(tst_CoreWall)
#include "tst_corewall.moc"
