// The Preferences dialog and the Settings it edits (QSettings under the test's own XDG home).

#include "common/logging.h"
#include "common/settings.h"
#include "dialogs/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OAuthDesk;

namespace {

// logLevelSetsTheCategoryFilters checks what the Preferences' log level does to the categories, and
// QT_LOGGING_RULES would outrank it (Qt applies the environment's rules after the ones set in
// code): this test runs without it, also under scripts/canary-sweep, which sets "*=true".
[[maybe_unused]] const bool loggingRulesCleared = [] {
    qunsetenv("QT_LOGGING_RULES");
    return true;
}();

/// The file Settings and the window keep their values in.
std::unique_ptr<QSettings> stored()
{
    return std::make_unique<QSettings>(Settings::fileName(), QSettings::IniFormat);
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *object = parent.findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child named %s", name);
    return object;
}

/// A browser command that writes the URL it gets into `file`.
QString recordingBrowser(const QTemporaryDir &dir, const QString &name, const QString &file)
{
    const QString path = dir.filePath(name);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        qFatal("cannot write the browser script");
    script.write("#!/bin/sh\nprintf '%s' \"$1\" > \"" + file.toUtf8() + ".tmp\" && mv \""
                 + file.toUtf8() + ".tmp\" \"" + file.toUtf8() + "\"\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

QByteArray readWhenThere(const QString &path)
{
    if (!QTest::qWaitFor([&] { return QFile::exists(path); }, 10000))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        stored()->clear();
        qunsetenv("BROWSER");
    }

    void caCertificatesFileIsCheckedAndStored()
    {
        QTemporaryDir dir;
        Settings settings;
        SettingsDialog dialog(&settings);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("caCertificatesEdit"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("caCertificatesNote"));
        QVERIFY(edit && note && dialog.findChild<QPushButton *>(QStringLiteral("chooseCaButton")));
        QVERIFY(edit->text().isEmpty());
        QVERIFY2(note->text().startsWith(QLatin1String("Only the certificate authorities")),
                 qPrintable(note->text()));

        edit->setText(dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY2(note->text().startsWith(QLatin1String("Cannot read")), qPrintable(note->text()));
        QFile garbage(dir.filePath(QStringLiteral("garbage.pem")));
        QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write("not a certificate\n") > 0);
        garbage.close();
        edit->setText(garbage.fileName());
        QVERIFY2(note->text().endsWith(QLatin1String("holds no PEM certificate.")),
                 qPrintable(note->text()));

        dialog.apply();
        QCOMPARE(settings.caCertificatesFile(), garbage.fileName());
        QCOMPARE(stored()->value(QStringLiteral("network/caCertificates")).toString(),
                 garbage.fileName());
    }

    void showsTheDefaults()
    {
        Settings settings;
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(dialog, "browserCommandEdit")->text(), QString());
        QCOMPARE(child<QSpinBox>(dialog, "refreshLeadSpin")->value(), 300);
        QCOMPARE(child<QSpinBox>(dialog, "clipboardClearSpin")->value(), 30);
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QString());
        QCOMPARE(child<QComboBox>(dialog, "logLevelCombo")->currentData().toString(),
                 QStringLiteral("warning"));
        QCOMPARE(settings.refreshLead(), std::chrono::seconds(300));
        QCOMPARE(settings.clipboardClear(), std::chrono::seconds(30));
        QCOMPARE(settings.logLevel(), Settings::LogLevel::Warning);
    }

    void okStoresTheFields()
    {
        Settings settings;
        QSignalSpy changed(&settings, &Settings::changed);
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(dialog, "browserCommandEdit")
                ->setText(QStringLiteral("  firefox --private-window "));
        child<QSpinBox>(dialog, "refreshLeadSpin")->setValue(120);
        child<QSpinBox>(dialog, "clipboardClearSpin")->setValue(45);
        auto *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        auto *level = child<QComboBox>(dialog, "logLevelCombo");
        level->setCurrentIndex(level->findData(QStringLiteral("debug")));

        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(changed.count() >= 1);

        const QSettings file(Settings::fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("browser/command")).toString(),
                 QStringLiteral("firefox --private-window"));
        QCOMPARE(file.value(QStringLiteral("refresh/leadSeconds")).toInt(), 120);
        QCOMPARE(file.value(QStringLiteral("clipboard/clearSeconds")).toInt(), 45);
        QCOMPARE(file.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(file.value(QStringLiteral("log/level")).toString(), QStringLiteral("debug"));

        // Opened again, the dialog shows what is stored.
        SettingsDialog again(&settings);
        QCOMPARE(child<QSpinBox>(again, "refreshLeadSpin")->value(), 120);
        QCOMPARE(child<QSpinBox>(again, "clipboardClearSpin")->value(), 45);
        QCOMPARE(child<QComboBox>(again, "languageCombo")->currentData().toString(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(child<QComboBox>(again, "logLevelCombo")->currentData().toString(),
                 QStringLiteral("debug"));
    }

    void cancelChangesNothing()
    {
        Settings settings;
        settings.setRefreshLead(std::chrono::seconds(200));
        QSignalSpy changed(&settings, &Settings::changed);
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, "refreshLeadSpin")->setValue(90);
        child<QLineEdit>(dialog, "browserCommandEdit")->setText(QStringLiteral("lynx"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(settings.refreshLead(), std::chrono::seconds(200));
        QCOMPARE(settings.browserCommand(), QString());
    }

    void valuesOutOfRangeAreClamped()
    {
        stored()->setValue(QStringLiteral("refresh/leadSeconds"), 1);
        stored()->setValue(QStringLiteral("clipboard/clearSeconds"), QStringLiteral("soon"));
        stored()->setValue(QStringLiteral("log/level"), QStringLiteral("verbose"));
        Settings settings;
        QCOMPARE(settings.refreshLead(), std::chrono::seconds(Settings::MinLeadSeconds));
        QCOMPARE(settings.clipboardClear(), std::chrono::seconds(30));
        QCOMPARE(settings.logLevel(), Settings::LogLevel::Warning);
    }

    void aLanguageSetElsewhereStaysSelectable()
    {
        stored()->setValue(QStringLiteral("ui/language"), QStringLiteral("de_DE"));
        Settings settings;
        SettingsDialog dialog(&settings);
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(),
                 QStringLiteral("de_DE"));
        dialog.apply();
        QCOMPARE(settings.language(), QStringLiteral("de_DE"));
    }

    void logLevelSetsTheCategoryFilters()
    {
        Settings settings;
        settings.setLogLevel(Settings::LogLevel::Info);
        settings.applyLogLevel();
        QVERIFY(lcSession().isInfoEnabled());
        QVERIFY(!lcSession().isDebugEnabled());
        settings.setLogLevel(Settings::LogLevel::Debug);
        settings.applyLogLevel();
        QVERIFY(lcHttp().isDebugEnabled());
        settings.setLogLevel(Settings::LogLevel::Warning);
        settings.applyLogLevel();
        QVERIFY(!lcSession().isInfoEnabled());
        QVERIFY(lcSession().isWarningEnabled());
        // Qt NetworkAuth's own categories stay off at every level.
        QVERIFY(Settings::filterRules(Settings::LogLevel::Debug)
                        .contains(QStringLiteral("qt.networkauth*=false")));
    }

    void browserCommandAndTheEnvironment()
    {
        QTemporaryDir dir;
        const QString fromSettings = dir.filePath(QStringLiteral("settings.url"));
        const QString fromEnvironment = dir.filePath(QStringLiteral("environment.url"));
        Settings settings;
        const QUrl url(QStringLiteral("https://login.example.com/authorize?client_id=desk"));

        // Neither: the fallback.
        bool fellBack = false;
        BrowserOpener opener = settings.browserOpener([&](const QUrl &) {
            fellBack = true;
            return Error();
        });
        QVERIFY(!opener(url));
        QVERIFY(fellBack);

        // The setting's command gets the URL as its last argument.
        settings.setBrowserCommand(
                recordingBrowser(dir, QStringLiteral("settings-browser"), fromSettings));
        fellBack = false;
        opener = settings.browserOpener([&](const QUrl &) {
            fellBack = true;
            return Error();
        });
        QVERIFY(!opener(url));
        QCOMPARE(readWhenThere(fromSettings), url.toEncoded());
        QVERIFY(!fellBack);

        // $BROWSER wins over the setting.
        qputenv("BROWSER",
                recordingBrowser(dir, QStringLiteral("env-browser"), fromEnvironment).toUtf8());
        QFile::remove(fromSettings);
        opener = settings.browserOpener({});
        QVERIFY(!opener(url));
        QCOMPARE(readWhenThere(fromEnvironment), url.toEncoded());
        QVERIFY(!QFile::exists(fromSettings));
        SettingsDialog dialog(&settings);
        QVERIFY(child<QLabel>(dialog, "browserCommandNote")
                        ->text()
                        .contains(QStringLiteral("BROWSER")));
        qunsetenv("BROWSER");
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
