// UI responsiveness with a large JSON response, for scripts/bench (issue 8, measurement 5).
//   scripts/with-keyring xvfb-run -a -s '-screen 0 1280x800x24' bench_ui URL
// URL is a large JSON document on the test server (tests/server/server.mjs), e.g.
// http://127.0.0.1:PORT/api/large?mb=50, a protected resource that needs a Bearer token.
//
// The window is the app's own: a MainWindow over the same core objects app/main.cpp gives it
// (HttpClient with the process's ExchangeLog, AccountStore, SecretStore, TokenManager,
// ResourceClient), with a temporary accounts file and the keychain of scripts/with-keyring. Before
// anything is measured, one account is added and signed in through TokenManager: the client
// credentials grant of the test server's `oauthdesk-service` client (scope api:read), its client
// secret in the keychain (OAUTHDESK_BENCH_CLIENT_ID and OAUTHDESK_BENCH_CLIENT_SECRET override the
// test client); the window is shown and painted on a real (virtual) X screen, its Resources tab
// open, the request editor given GET URL. The token is never printed.
//
// Then the request editor's Send button is clicked: the real send path, RequestEditor::send ->
// MainWindow::sendResourceRequest -> ResourceClient::send (the token from TokenManager, the
// body cap, progress) -> HttpClient, and the answer handed to the window's ResponseView by
// MainWindow itself. Nothing of that path is copied here; the bench only watches it.
//
// Measured with one monotonic clock, started just before the click:
// - first-rows-ms: until the JSON tree first has rows (model rowCount() > 0) and its viewport has
//   painted them (the first QEvent::Paint of the viewport with rows, and that paint pass finished);
// - after-body-ms: the same, counted from the moment the whole body was received (the window's
//   requestBusyChanged(false), which MainWindow emits as ResourceClient hands it the answer, just
//   before it gives the body to the view);
// - longest-gap-ms: a 5 ms Qt::PreciseTimer on the UI thread runs from before the click until the
//   view's loadFinished() and the first rows' paint have both happened; the longest time between
//   two of its ticks (the last one counted to that end) is the longest the window could not answer.
// Prints one line: "ui first-rows-ms=<a> after-body-ms=<b> longest-gap-ms=<c>"; the phases
// (download, processing, showing), where the longest gap began and the longest gap that began
// after the whole body was received (the view's own share) go to stderr.

#include "accounts/accountstore.h"
#include "discovery/discovery.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "resource/resourceclient.h"
#include "session/tokenmanager.h"

#include "mainwindow.h"
#include "resources/jsontreemodel.h"
#include "resources/requesteditor.h"
#include "resources/resourcebrowserpane.h"
#include "resources/responseview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <memory>

using namespace OAuthDesk;

namespace {

constexpr int TickMs = 5;
constexpr int WatchdogMs = 120000;

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_ui: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Calls `onPaint` once a paint event for `widget` has been delivered and that paint pass is over.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *widget, std::function<bool()> ready, std::function<void()> onPaint)
        : QObject(widget), m_ready(std::move(ready)), m_onPaint(std::move(onPaint))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired && m_ready()) {
            m_fired = true;
            // The filter runs before the widget paints: the paint pass (and the flush of the
            // backing store that follows it) is over when the event loop turns again.
            QTimer::singleShot(0, this, [this] { m_onPaint(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_onPaint;
    bool m_fired = false;
};

/// The core objects, as app/main.cpp makes them for the window.
struct Core
{
    explicit Core(const QString &accountsPath) : accounts(accountsPath) { }

    QNetworkAccessManager network;
    HttpClient http{ &network };
    AccountStore accounts;
    SecretStore secrets{ QStringLiteral("OAuthDesk-bench_ui") };
    TokenManager tokens{ &accounts, &secrets, &http };
    ResourceClient resources{ &tokens, &http };
};

/// The run: account and sign-in, window, click, measurement.
class Bench : public QObject
{
public:
    Bench(const QUrl &url, const QString &accountsPath) : m_url(url), m_core(accountsPath)
    {
        m_core.http.setExchangeLog(&m_log); // as app/main.cpp does, for the window's HTTP Log tab
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(TickMs);
        connect(&m_ticker, &QTimer::timeout, this, [this] { recordGap(m_clock.nsecsElapsed()); });
    }

    void start()
    {
        QTimer::singleShot(WatchdogMs, this,
                           [] { fail(QStringLiteral("no result within the time limit")); });
        QUrl issuer = m_url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        Discovery(&m_core.http)
                .discover(issuer, this, [this](const Result<ServerMetadata> &metadata) {
                    if (!metadata.ok())
                        return fail(
                                QStringLiteral("discovery: %1").arg(metadata.error().message()));
                    signIn(metadata.value());
                });
    }

private:
    void signIn(const ServerMetadata &server)
    {
        Account account;
        account.name = QStringLiteral("Bench");
        account.grantType = GrantType::ClientCredentials;
        account.clientAuthMethod = ClientAuthentication::Method::SecretBasic;
        account.clientId = qEnvironmentVariable("OAUTHDESK_BENCH_CLIENT_ID",
                                                QStringLiteral("oauthdesk-service"));
        account.scope = QStringLiteral("api:read");
        account.server = server;
        if (const Error error = m_core.accounts.add(account))
            return fail(QStringLiteral("cannot add the account: %1").arg(error.message()));
        m_accountId = account.id;
        const QString secret = qEnvironmentVariable("OAUTHDESK_BENCH_CLIENT_SECRET",
                                                    QStringLiteral("fake-test-secret-not-real"));
        m_core.tokens.setClientSecret(m_accountId, secret, this, [this](const Error &error) {
            if (error)
                return fail(QStringLiteral("the keychain did not take the client secret: %1")
                                    .arg(error.message()));
            m_core.tokens.signIn(m_accountId, this,
                                 [this](const Result<TokenManager::SignInResult> &result) {
                                     if (!result.ok())
                                         return fail(QStringLiteral("sign-in failed: %1")
                                                             .arg(result.error().message()));
                                     showWindow();
                                 });
        });
    }

    void showWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_core.tokens, &m_core.resources, &m_core.http);
        m_window->setExchangeLog(&m_log);
        m_window->selectAccount(m_accountId);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        auto *resourcesTab = m_window->findChild<QWidget *>(QStringLiteral("resourcesTab"));
        m_sendButton = m_window->findChild<QPushButton *>(QStringLiteral("sendButton"));
        if (!tabs || !resourcesTab || !m_sendButton)
            return fail(QStringLiteral("the window has no Resources tab or Send button"));
        tabs->setCurrentWidget(resourcesTab);
        ResourceRequest request;
        request.method = "GET";
        request.url = m_url;
        m_window->resourcePane()->editor()->setRequest(request);

        ResponseView *view = m_window->responseView();
        connect(view, &ResponseView::loadFinished, this, [this, view] {
            if (m_loadedNs < 0)
                m_loadedNs = m_clock.nsecsElapsed();
            if (!view->messageText().isEmpty())
                return fail(QStringLiteral("the view reports: %1").arg(view->messageText()));
            maybeFinish();
        });
        new PaintProbe(
                view->jsonTree()->viewport(),
                [this, view] { return m_bodyNs >= 0 && view->jsonModel()->rowCount() > 0; },
                [this] {
                    m_firstRowsNs = m_clock.nsecsElapsed();
                    maybeFinish();
                });
        connect(&m_core.resources, &ResourceClient::progress, this,
                [this](int, qint64 received, qint64) {
                    if (received > 0 && m_firstByteNs < 0)
                        m_firstByteNs = m_clock.nsecsElapsed(); // the server's share: it makes the
                                                                // whole document first
                });
        connect(m_window.get(), &MainWindow::requestBusyChanged, this, [this, view](bool busy) {
            if (busy || !m_clock.isValid() || m_bodyNs >= 0)
                return;
            m_bodyNs = m_clock.nsecsElapsed(); // MainWindow has the answer and gives it to the view
                                               // next
            QTimer::singleShot(0, this, [this, view] {
                if (view->statusText().isEmpty()) {
                    const auto *status =
                            m_window->findChild<QLabel *>(QStringLiteral("requestStatusLabel"));
                    return fail(QStringLiteral("the request failed: %1")
                                        .arg(status ? status->text() : QString()));
                }
                if (!view->statusText().startsWith(QLatin1String("200")))
                    return fail(QStringLiteral("the resource answered %1").arg(view->statusText()));
            });
        });

        // The window first: shown and painted once, so that start-up is not measured.
        new PaintProbe(
                m_window.get(), [] { return true; },
                [this] { QTimer::singleShot(200, this, [this] { send(); }); });
        m_window->resize(1200, 760);
        m_window->show();
    }

    void send()
    {
        if (!m_sendButton->isEnabled())
            return fail(QStringLiteral("Send is disabled: %1")
                                .arg(m_window->resourcePane()->editor()->invalidReason()));
        m_clock.start();
        m_lastTickNs = 0;
        m_ticker.start();
        m_sendButton->click(); // RequestEditor::send -> MainWindow::sendResourceRequest ->
                               // ResourceClient
        if (!m_window->isRequestBusy())
            fail(QStringLiteral("the click sent nothing"));
    }

    void recordGap(qint64 now)
    {
        const qint64 gap = now - m_lastTickNs;
        if (gap > m_longestGapNs) {
            m_longestGapNs = gap;
            m_longestGapEndNs = now;
        }
        // Stalls that began once the whole body was there: the view's own share.
        if (m_bodyNs >= 0 && m_lastTickNs >= m_bodyNs)
            m_longestGapAfterBodyNs = qMax(m_longestGapAfterBodyNs, gap);
        m_lastTickNs = now;
    }

    /// Where a moment falls: receiving the body, the view processing it, or after loadFinished().
    QString phaseAt(qint64 ns) const
    {
        if (m_bodyNs < 0 || ns <= m_bodyNs)
            return QStringLiteral("download");
        if (m_loadedNs < 0 || ns <= m_loadedNs)
            return QStringLiteral("processing");
        return QStringLiteral("showing");
    }

    void maybeFinish()
    {
        if (m_loadedNs < 0 || m_firstRowsNs < 0 || m_done)
            return;
        m_done = true;
        m_ticker.stop();
        recordGap(m_clock.nsecsElapsed()); // a stall that ends the run counts too
        std::fprintf(stderr,
                     "bench_ui: first bytes %.1f ms, body received %.1f ms, loadFinished %.1f ms, "
                     "first rows painted "
                     "%.1f ms; longest gap %.1f ms ending at %.1f ms (begun during %s); longest "
                     "begun after the body "
                     "%.1f ms; %d top-level rows\n",
                     ms(m_firstByteNs), ms(m_bodyNs), ms(m_loadedNs), ms(m_firstRowsNs),
                     ms(m_longestGapNs), ms(m_longestGapEndNs),
                     qPrintable(phaseAt(m_longestGapEndNs - m_longestGapNs)),
                     ms(m_longestGapAfterBodyNs),
                     m_window->responseView()->jsonModel()->rowCount());
        std::printf("ui first-rows-ms=%.1f after-body-ms=%.1f longest-gap-ms=%.1f\n",
                    ms(m_firstRowsNs), ms(m_firstRowsNs - m_bodyNs), ms(m_longestGapNs));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QUrl m_url;
    ExchangeLog m_log; // outlives the core, as in app/main.cpp
    Core m_core;
    QString m_accountId;
    std::unique_ptr<MainWindow> m_window; // goes before the core it uses
    QPushButton *m_sendButton = nullptr;

    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTickNs = 0;
    qint64 m_longestGapNs = 0;
    qint64 m_longestGapEndNs = 0;
    qint64 m_longestGapAfterBodyNs = 0;
    qint64 m_firstByteNs = -1;
    qint64 m_bodyNs = -1;
    qint64 m_loadedNs = -1;
    qint64 m_firstRowsNs = -1;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    const QUrl url = argc == 2 ? QUrl(QString::fromLocal8Bit(argv[1]), QUrl::StrictMode) : QUrl();
    if (!url.isValid() || url.scheme().isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_ui URL   (e.g. http://127.0.0.1:PORT/api/large?mb=50)\n");
        return 2;
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(
            QStringLiteral("oauthdesk-bench_ui")); // its own settings and history
    const QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "bench_ui: no temporary directory\n");
        return 2;
    }
    Bench bench(url, home.filePath(QStringLiteral("accounts.json")));
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    return app.exec();
}
