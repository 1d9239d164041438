#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

/// core/ is the protocol library: it must never reach for Gui or Widgets (STYLE.md, "The house");
/// and nothing anywhere brings in an embedded web view.
class tst_CoreWall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludesNoGuiOrWidgets()
    {
        const QRegularExpression forbidden(
                QStringLiteral("#\\s*include\\s*[<\"](QtGui|QtWidgets|QWidget|QApplication|"
                               "QGuiApplication|QDesktopServices|"
                               "QClipboard|QIcon|QPixmap|QImage)[/>.\"]"));
        QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/core"),
                        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                        QDirIterator::Subdirectories);
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

    void coreFoldersIncludeOnlyTheFloorsBelow()
    {
        // docs/ARCHITECTURE.md lists core/'s folders top floor first and promises that a folder
        // includes only folders on rows below its own (`common/` and `platform/` share a row).
        // The table is read from the document, so the two cannot drift apart.
        QFile doc(QStringLiteral(OAUTHDESK_SOURCE_DIR "/docs/ARCHITECTURE.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(QLatin1String("Inside `core/`"));
        const qsizetype header = text.indexOf(QLatin1String("|---|"), start);
        QVERIFY2(start >= 0 && header > start,
                 "docs/ARCHITECTURE.md no longer has the table of core/'s folders");
        const QString table =
                text.mid(header, text.indexOf(QLatin1String("\n\n"), header) - header);
        const QRegularExpression row(QStringLiteral("^\\| ((?:`[a-z]+/`(?:, )?)+) \\|"),
                                     QRegularExpression::MultilineOption);
        const QRegularExpression folder(QStringLiteral("`([a-z]+)/`"));
        QHash<QString, int> rowOf;
        int rows = 0;
        for (auto r = row.globalMatch(table); r.hasNext(); ++rows) {
            const QString names = r.next().captured(1);
            for (auto f = folder.globalMatch(names); f.hasNext();)
                rowOf.insert(f.next().captured(1), rows);
        }
        QVERIFY(rows > 10);

        const QRegularExpression include(QStringLiteral("#\\s*include\\s*\"([a-z]+)/"));
        int checked = 0;
        QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/core"),
                        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString own = QFileInfo(path).dir().dirName();
            QVERIFY2(rowOf.contains(own),
                     qPrintable(own + QLatin1String("/ is missing from docs/ARCHITECTURE.md")));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (auto m = include.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();) {
                const QString target = m.next().captured(1);
                if (target == own || !rowOf.contains(target))
                    continue;
                QVERIFY2(
                        rowOf.value(target) >= rowOf.value(own),
                        qPrintable(path + QLatin1String(" includes ") + target
                                   + QLatin1String("/, which docs/ARCHITECTURE.md puts above it")));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void noEmbeddedWebView()
    {
        // SECURITY.md UA (RFC 8252 §8.12): the system browser does the sign-in, never a web view
        // the application controls. Nothing in the sources or the build may bring one in.
        const QRegularExpression forbidden(QStringLiteral("WebEngine|WebView|WebKit|QWebChannel"));
        int files = 0;
        for (const QString &dir :
             { QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app") }) {
            QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/") + dir,
                            { QStringLiteral("*.h"), QStringLiteral("*.cpp"),
                              QStringLiteral("CMakeLists.txt") },
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const auto match = forbidden.match(QString::fromUtf8(f.readAll()));
                QVERIFY2(!match.hasMatch(),
                         qPrintable(path + QLatin1String(": ") + match.captured(0)));
                ++files;
            }
        }
        QFile top(QStringLiteral(OAUTHDESK_SOURCE_DIR "/CMakeLists.txt"));
        QVERIFY(top.open(QIODevice::ReadOnly));
        const QString topText = QString::fromUtf8(top.readAll());
        QVERIFY(topText.contains(QLatin1String("find_package(Qt6"))); // the list that would name it
        QVERIFY2(!forbidden.match(topText).hasMatch(),
                 "the top-level CMakeLists.txt asks for a web view");
        QVERIFY(files > 50);
    }
};

QTEST_GUILESS_MAIN(tst_CoreWall)
#include "tst_corewall.moc"
