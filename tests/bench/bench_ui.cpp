// UI responsiveness with a large JSON response, for scripts/bench (issue 8, measurement 5).
//   xvfb-run -a -s '-screen 0 1280x800x24' bench_ui URL
// URL is a large JSON document on the test server (tests/server/server.mjs), e.g.
// http://127.0.0.1:PORT/api/large?mb=50. The resource needs a Bearer token: the program first gets
// one from the server's token endpoint (found through its discovery document) with the
// client_credentials grant of the `oauthdesk-service` client (scope api:read); the token is never
// printed. OAUTHDESK_BENCH_CLIENT_ID and OAUTHDESK_BENCH_CLIENT_SECRET override the test client.
//
// The window is the app's resource browser (ResourceBrowserPane with a ResponseView under the
// editor), shown and painted on a real (virtual) X screen before anything is measured. The GET goes
// the way MainWindow::sendResourceRequest sends it: HttpClient with an ExchangeLog set (the GUI's
// HTTP Log), ResourceClient's headers, body cap and progress, the view cleared first; the answer is
// handed to ResponseView::setResponse() as the window hands it. (ResourceClient itself is not used:
// it gets its token from TokenManager, which needs a keychain; the request it sends is the same.)
//
// Measured with one monotonic clock, started as the request is sent:
// - first-rows-ms: until the JSON tree first has rows (model rowCount() > 0) and its viewport has
//   painted them (the first QEvent::Paint of the viewport with rows, and that paint pass finished);
// - after-body-ms: the same, counted from the moment the whole body was received;
// - longest-gap-ms: a 5 ms Qt::PreciseTimer on the UI thread runs from before the request until the
//   view's loadFinished() and the first rows' paint have both happened; the longest time between two
//   of its ticks (the last one counted to that end) is the longest the window could not answer.
// Prints one line: "ui first-rows-ms=<a> after-body-ms=<b> longest-gap-ms=<c> body-bytes=<n>"; the
// phases (download, processing, showing), where the longest gap began and the longest gap that began
// after the whole body was received (the view's own share) go to stderr.

#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "resource/requesthistory.h"
#include "resource/resourceclient.h"
#include "tokens/clientcredentials.h"

#include "jsontreemodel.h"
#include "resourcebrowserpane.h"
#include "responseview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdio>
#include <functional>

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

/// The run: token, window, request, measurement.
class Bench : public QObject
{
public:
    Bench(const QUrl &url, const QString &historyPath) : m_url(url), m_history(historyPath)
    {
        m_http.setExchangeLog(&m_log); // as the window does, for its HTTP Log tab
        m_http.setTimeout(std::chrono::milliseconds(WatchdogMs));

        m_window.setWindowTitle(QStringLiteral("OAuthDesk bench_ui"));
        m_pane = new ResourceBrowserPane(&m_history);
        m_view = new ResponseView;
        m_pane->setResponseWidget(m_view);
        auto *layout = new QVBoxLayout(&m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_pane);
        m_window.resize(1200, 760);

        connect(m_view, &ResponseView::loadFinished, this, [this] {
            if (m_loadedNs < 0)
                m_loadedNs = m_clock.nsecsElapsed();
            if (!m_view->messageText().isEmpty())
                return fail(QStringLiteral("the view reports: %1").arg(m_view->messageText()));
            maybeFinish();
        });
        new PaintProbe(
            m_view->jsonTree()->viewport(), [this] { return m_bodyNs >= 0 && m_view->jsonModel()->rowCount() > 0; },
            [this] {
                m_firstRowsNs = m_clock.nsecsElapsed();
                maybeFinish();
            });
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(TickMs);
        connect(&m_ticker, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        QTimer::singleShot(WatchdogMs, this, [] { fail(QStringLiteral("no result within the time limit")); });
        // The window first: shown and painted once, so that start-up is not measured.
        new PaintProbe(
            &m_window, [] { return true; }, [this] { QTimer::singleShot(200, this, [this] { fetchToken(); }); });
        m_window.show();
    }

private:
    void fetchToken()
    {
        QUrl discovery = m_url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        discovery.setPath(QStringLiteral("/.well-known/openid-configuration"));
        m_http.get(discovery, this, [this, discovery](const HttpResponse &response) {
            const QJsonObject metadata = QJsonDocument::fromJson(response.body).object();
            const QUrl tokenEndpoint(metadata.value(QLatin1String("token_endpoint")).toString());
            if (response.error || response.status != 200 || !tokenEndpoint.isValid())
                return fail(QStringLiteral("no discovery document at %1 (HTTP %2 %3)")
                                .arg(discovery.toString())
                                .arg(response.status)
                                .arg(response.error.message()));
            ClientCredentials client;
            client.id = qEnvironmentVariable("OAUTHDESK_BENCH_CLIENT_ID", QStringLiteral("oauthdesk-service"));
            client.secret =
                qEnvironmentVariable("OAUTHDESK_BENCH_CLIENT_SECRET", QStringLiteral("fake-test-secret-not-real"));
            client.method = ClientCredentials::Method::SecretBasic;
            FormFields form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("scope"), QStringLiteral("api:read")}};
            QList<QPair<QByteArray, QByteArray>> headers;
            client.apply(form, headers);
            m_http.postForm(tokenEndpoint, form, headers, this, [this](const HttpResponse &answer) {
                const QJsonObject tokens = QJsonDocument::fromJson(answer.body).object();
                m_token = tokens.value(QLatin1String("access_token")).toString();
                if (answer.error || answer.status != 200 || m_token.isEmpty())
                    return fail(QStringLiteral("no access token from the token endpoint (HTTP %1 %2 %3)")
                                    .arg(answer.status)
                                    .arg(answer.error.message(), tokens.value(QLatin1String("error")).toString()));
                // Let the window settle after the token exchange, then measure.
                QTimer::singleShot(200, this, [this] { sendRequest(); });
            });
        });
    }

    void sendRequest()
    {
        // What MainWindow::sendResourceRequest and ResourceClient::sendHop do for a GET.
        m_view->clear();
        m_pane->setBusy(true);
        QNetworkRequest request = m_http.createRequest(m_url);
        request.setRawHeader("Accept", "application/json, */*;q=0.8");
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        ExchangeLog::tag(request, ExchangeLog::Kind::Resource, QStringLiteral("bench"));
        HttpClient::SendOptions options;
        options.maxBodySize = ResourceClient::MaxBodySize;
        options.progress = [this](qint64 received, qint64 total) {
            if (received > 0 && m_firstByteNs < 0)
                m_firstByteNs = m_clock.nsecsElapsed(); // the server's share: it makes the whole document first
            m_pane->setProgress(received, total);
        };

        m_clock.start();
        m_lastTickNs = 0;
        m_ticker.start();
        m_http.send("GET", request, {}, options, this, [this](const HttpResponse &response) {
            m_bodyNs = m_clock.nsecsElapsed();
            m_pane->setBusy(false);
            if (response.error)
                return fail(QStringLiteral("GET failed: %1").arg(response.error.message()));
            if (response.status != 200)
                return fail(QStringLiteral("GET answered HTTP %1: %2")
                                .arg(response.status)
                                .arg(QString::fromUtf8(response.body.left(300))));
            m_bodyBytes = response.body.size();
            m_view->setResponse(response.status, response.reasonPhrase, response.elapsedMs, response.url,
                                response.headers, response.body);
            m_handedNs = m_clock.nsecsElapsed();
        });
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        recordGap(now);
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
        std::fprintf(
            stderr,
            "bench_ui: first bytes %.1f ms, body received %.1f ms, handed to the view %.1f ms, loadFinished %.1f ms, "
            "first rows painted %.1f ms; longest gap %.1f ms ending at %.1f ms (begun during %s); longest begun after "
            "the body %.1f ms; %d top-level rows\n",
            ms(m_firstByteNs), ms(m_bodyNs), ms(m_handedNs), ms(m_loadedNs), ms(m_firstRowsNs), ms(m_longestGapNs),
            ms(m_longestGapEndNs), qPrintable(phaseAt(m_longestGapEndNs - m_longestGapNs)), ms(m_longestGapAfterBodyNs),
            m_view->jsonModel()->rowCount());
        std::printf("ui first-rows-ms=%.1f after-body-ms=%.1f longest-gap-ms=%.1f body-bytes=%lld\n", ms(m_firstRowsNs),
                    ms(m_firstRowsNs - m_bodyNs), ms(m_longestGapNs), static_cast<long long>(m_bodyBytes));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QUrl m_url;
    RequestHistory m_history;
    ExchangeLog m_log;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    QWidget m_window;
    ResourceBrowserPane *m_pane = nullptr;
    ResponseView *m_view = nullptr;
    QString m_token;

    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTickNs = 0;
    qint64 m_longestGapNs = 0;
    qint64 m_longestGapEndNs = 0;
    qint64 m_longestGapAfterBodyNs = 0;
    qint64 m_firstByteNs = -1;
    qint64 m_bodyNs = -1;
    qint64 m_handedNs = -1;
    qint64 m_loadedNs = -1;
    qint64 m_firstRowsNs = -1;
    qint64 m_bodyBytes = 0;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    const QUrl url = argc == 2 ? QUrl(QString::fromLocal8Bit(argv[1]), QUrl::StrictMode) : QUrl();
    if (!url.isValid() || url.scheme().isEmpty()) {
        std::fprintf(stderr, "usage: bench_ui URL   (e.g. http://127.0.0.1:PORT/api/large?mb=50)\n");
        return 2;
    }
    QApplication app(argc, argv);
    const QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "bench_ui: no temporary directory\n");
        return 2;
    }
    Bench bench(url, home.filePath(QStringLiteral("history.json")));
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    return app.exec();
}
