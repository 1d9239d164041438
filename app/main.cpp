// OAuthDesk: the window by default, the command-line verbs when given one. Wiring only.

#include "commandline.h"

#include "accounts/accountstore.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "platform/platform.h"
#include "resource/resourceclient.h"
#include "session/tokenmanager.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <csignal>
#include <memory>

using namespace OAuthDesk;

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

/// The translation for the system's languages, from the ones embedded under :/i18n.
void installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("oauthdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
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

/// The core objects both faces share.
struct Core
{
    QNetworkAccessManager network;
    HttpClient http{&network};
    AccountStore accounts;
    SecretStore secrets;
    TokenManager tokens{&accounts, &secrets, &http};
    ResourceClient resources{&tokens, &http};
};

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    Core core;
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
    return status;
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    QApplication::setApplicationDisplayName(QStringLiteral("OAuthDesk"));
    QApplication::setDesktopFileName(QStringLiteral("oauthdesk"));
    Core core;
    const Error loadError = core.accounts.load(); // a damaged file is left as it is, and said so

    BrowserOpener opener = Platform::browserFromEnvironment();
    if (!opener)
        opener = MainWindow::desktopBrowserOpener();
    core.tokens.setBrowserOpener(opener);

    MainWindow window(&core.tokens, &core.resources, &core.http);
    window.setBrowserOpener(opener); // the device grant's "Open in browser"

    window.show();
    if (loadError)
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), loadError.message());
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isCommand(arguments))
        return runCommandLine(argc, argv);
    return runWindow(argc, argv);
}
