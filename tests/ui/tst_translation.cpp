#include "accounts/addaccountdialog.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace OAuthDesk;

namespace {

/// One message of a .ts file: its context, source, whether it has plural forms, and its
/// translations.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.finished = !xml.attributes().hasAttribute(QLatin1String("type"));
            if (!message.numerus)
                message.translations.append(xml.readElementText());
            else
                messages.append(message); // the forms follow
            if (!message.numerus)
                messages.append(message);
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const char *language)
{
    return QStringLiteral(OAUTHDESK_SOURCE_DIR "/translations/oauthdesk_") + QLatin1String(language)
            + QStringLiteral(".ts");
}

/// The placeholders of a text (%1…%99, %n, %L1), sorted and without repeats.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

/// Whether a text has a keyboard accelerator: an '&' before a letter or digit (not "&&").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[\\w]"));
    return pattern.match(text).hasMatch();
}

} // namespace

class tst_Translation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseDialog()
    {
        // The compiled translations sit in the application's build folder; the application itself
        // loads the same files from its embedded :/i18n.
        QVERIFY(Translations::install(*QCoreApplication::instance(),
                                      QLocale(QStringLiteral("zh_CN")),
                                      { QStringLiteral(OAUTHDESK_BINARY_DIR "/app") }));
        AddAccountDialog dialog(nullptr, {});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("添加账户"));
        auto *discover = dialog.findChild<QPushButton *>(QStringLiteral("discoverButton"));
        QVERIFY(discover);
        QCOMPARE(discover->text(), QStringLiteral("发现(&D)"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("添加账户(&A)"));
        QCOMPARE(
                QCoreApplication::translate("OAuthDesk::JsonTreeModel", "[%n item(s)]", nullptr, 3),
                QStringLiteral("[3 项]"));
    }

    void systemLocale()
    {
        QCOMPARE(Translations::localeFor(QString()), QLocale::system());
        QCOMPARE(Translations::localeFor(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(Translations::localeFor(QStringLiteral("en")).language(), QLocale::English);
    }

    void chineseIsComplete()
    {
        const QList<Message> messages = readTs(tsPath("zh_CN"));
        QVERIFY(messages.size() > 100);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ: ") + where
                                    + QStringLiteral(" → ") + t));
                QVERIFY2(hasAccelerator(t) == hasAccelerator(m.source),
                         qPrintable(QStringLiteral("accelerator differs: ") + where
                                    + QStringLiteral(" → ") + t));
            }
        }
    }

    void englishPluralsAreComplete()
    {
        int plurals = 0;
        for (const Message &m : readTs(tsPath("en"))) {
            if (!m.numerus)
                continue; // the source text is the English
            ++plurals;
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            QCOMPARE(m.translations.size(), 2);
            for (const QString &t : m.translations)
                QVERIFY2(t.contains(QLatin1String("%n")), qPrintable(where));
        }
        QVERIFY(plurals > 0);
    }
};

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
