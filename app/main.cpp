// OAuthDesk: the window by default, the command-line verbs when given one. Wiring only.

#include "commandline.h"
#include "common/privatefile.h"
#include "desktopintegration.h"
#include "singleinstance.h"
#include "translations.h"

#include "accounts/accountstore.h"
#include "common/settings.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "platform/platform.h"
#include "resource/resourceclient.h"
#include "resource/userinfo.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace OAuthDesk;

namespace {

std::atomic<bool> g_interrupted{ false };

// --- Benchmark hook (scripts/bench, issue 8); inert unless OAUTHDESK_BENCH_EXIT_AFTER_PAINT=1. ---
// Started first thing in main(): the time from main() to the main window's first paint.
QElapsedTimer g_sinceMain;

/// On the first paint of `window` (a Paint event to it or any widget in it, then the rest of that
/// paint pass and its flush), prints "oauthdesk-bench: first-paint ..." to stderr and quits.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window) : QObject(window), m_window(window) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            // Queued: runs once the whole paint pass has been painted and flushed to the screen.
            QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report()
    {
        std::fprintf(stderr,
                     "oauthdesk-bench: first-paint since-exec-ms=%.1f since-main-ms=%lld "
                     "maxrss-kb=%ld\n",
                     Platform::msSinceProcessStart(), static_cast<long long>(g_sinceMain.elapsed()),
                     Platform::peakResidentKib());
        std::fflush(stderr);
        QCoreApplication::exit(0);
    }

    QWidget *m_window;
    bool m_seen = false;
};
// --- end of the benchmark hook ---

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

/// The translation for the language chosen in the settings ("ui/language"), else the system's.
void installTranslator(QCoreApplication &app)
{
    Translations::install(app, Translations::localeFor(Translations::configuredLanguage()));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OAUTHDESK_VERSION));
    QCoreApplication::setOrganizationName(QString());
    // Qt NetworkAuth's own categories print authorization URLs and replies; they stay off whatever
    // QT_LOGGING_RULES says (SECURITY.md, row LG).
    QLoggingCategory::setFilterRules(QStringLiteral("qt.networkauth*=false"));
}

/// `--exchange-log FILE`, a global option given before the verb (or alone, for the window).
struct Options
{
    std::optional<QString> exchangeLogFile;
    std::vector<char *> argv; ///< the arguments without the global options, for Q(Core)Application
    int argc = 0;
    QString error;
};

Options parseGlobalOptions(int argc, char **argv)
{
    Options options;
    options.argv.push_back(argv[0]);
    int i = 1;
    for (; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--exchange-log")) {
            if (i + 1 >= argc) {
                options.error = QStringLiteral("oauthdesk: --exchange-log needs a file name");
                break;
            }
            options.exchangeLogFile = QString::fromLocal8Bit(argv[++i]);
        } else if (argument.startsWith(QLatin1String("--exchange-log="))) {
            options.exchangeLogFile = argument.mid(int(qstrlen("--exchange-log=")));
        } else {
            break;
        }
    }
    if (options.exchangeLogFile && options.exchangeLogFile->isEmpty())
        options.error = QStringLiteral("oauthdesk: --exchange-log needs a file name");
    for (; i < argc; ++i)
        options.argv.push_back(argv[i]);
    options.argc = int(options.argv.size());
    options.argv.push_back(nullptr);
    return options;
}

/// Writes the redacted exchange log, readable by its owner only. Returns false on failure, said on
/// stderr.
bool writeExchangeLog(const ExchangeLog &log, const QString &path)
{
    if (const QString failed = PrivateFile::write(path, log.exportText().toUtf8());
        !failed.isEmpty()) {
        qWarning().noquote() << QCoreApplication::translate(
                                        "main",
                                        "oauthdesk: could not write the exchange log %1: %2")
                                        .arg(path, failed);
        return false;
    }
    return true;
}

/// The core objects both faces share.
struct Core
{
    QNetworkAccessManager network;
    HttpClient http{ &network };
    AccountStore accounts;
    SecretStore secrets;
    TokenManager tokens{ &accounts, &secrets, &http };
    ResourceClient resources{ &tokens, &http };

    Core()
    {
        tokens.setUserInfoLookup(UserInfo::lookupFor(&accounts, &resources));
        // An organisation's own CA, when the person added one: trusted besides the system's.
        QString error;
        http.setExtraCaCertificates(Settings().extraCaCertificates(&error));
        if (!error.isEmpty())
            qWarning().noquote() << QLatin1String("oauthdesk:") << error;
    }
};

int runCommandLine(int &argc, char **argv, const std::optional<QString> &exchangeLogFile)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    ExchangeLog log; // outlives the core: the last answers are recorded as it shuts down
    Core core;
    if (exchangeLogFile)
        core.http.setExchangeLog(&log);
    CommandLine cli(&core.tokens, &core.resources, &core.http);

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &cli, [&cli] {
        if (g_interrupted.exchange(false))
            cli.interrupt();
    });
    interruptPoll.start(100);

    int status = 0;
    QTimer::singleShot(0, &cli, [&] {
        cli.run(app.arguments().mid(1), [&status](int code) {
            status = code;
            // Leave the loop only after pending keychain and socket work has been delivered.
            QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
        });
    });
    app.exec();
    if (exchangeLogFile && !writeExchangeLog(log, *exchangeLogFile) && status == 0)
        status = ExitStatus::Failure;
    return status;
}

int runWindow(int &argc, char **argv, const std::optional<QString> &exchangeLogFile)
{
    QApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    QApplication::setApplicationDisplayName(QStringLiteral("OAuthDesk"));
    DesktopIntegration::apply(); // the .desktop id and the window icon
    // One window per user: a second start raises the first one's window and leaves. The
    // command-line verbs never come here.
    SingleInstance instance;
    if (!instance.claim(app.arguments().mid(1)))
        return instance.exitCode();
    ExchangeLog log;
    Core core;
    core.http.setExchangeLog(&log); // the window's HTTP Log tab
    const Error loadError = core.accounts.load(); // a damaged file is left as it is, and said so

    // $BROWSER, else the browser command from the settings, else the desktop's (Settings).
    const BrowserOpener opener = Settings().browserOpener(MainWindow::desktopBrowserOpener());
    core.tokens.setBrowserOpener(opener);
    // Signed-in sessions are refreshed a lead time (from the settings) before they expire.
    BackgroundRefresher refresher(&core.tokens, &core.accounts);

    MainWindow window(&core.tokens, &core.resources, &core.http);
    window.setBrowserOpener(opener); // the device grant's "Open in browser"
    window.setBackgroundRefresher(&refresher); // failures and needed sign-ins: tray or banner
    refresher.start();
    window.setExchangeLog(&log); // the HTTP Log tab

    if (qEnvironmentVariableIntValue("OAUTHDESK_BENCH_EXIT_AFTER_PAINT") == 1) // scripts/bench only
        app.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    if (loadError)
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), loadError.message());
    const int status = app.exec();
    if (exchangeLogFile && !writeExchangeLog(log, *exchangeLogFile) && status == 0)
        return 1;
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceMain.start(); // the benchmark hook's clock (FirstPaintProbe)
    Options options = parseGlobalOptions(argc, argv);
    if (!options.error.isEmpty()) {
        qWarning().noquote() << options.error;
        return ExitStatus::Usage;
    }
    QStringList arguments;
    for (int i = 1; i < options.argc; ++i)
        arguments.append(QString::fromLocal8Bit(options.argv[size_t(i)]));
    if (CommandLine::isCommand(arguments))
        return runCommandLine(options.argc, options.argv.data(), options.exchangeLogFile);
    return runWindow(options.argc, options.argv.data(), options.exchangeLogFile);
}
