#include "backgroundrefresher.h"

#include "accounts/accountstore.h"
#include "common/logging.h"
#include "session/tokenmanager.h"

#include <algorithm>

namespace OAuthDesk {

namespace {
/// However far the next refresh, look again this often: the monotonic timer does not count a
/// suspended laptop's sleep, and the wall clock can jump.
constexpr qint64 MaxTimerMs = 15 * 60 * 1000;
} // namespace

BackgroundRefresher::BackgroundRefresher(TokenManager *tokens, AccountStore *accounts,
                                         QObject *parent)
    : QObject(parent), m_tokens(tokens), m_accounts(accounts)
{
    Q_ASSERT(tokens && accounts);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundRefresher::checkNow);
    m_revocationTimer.setInterval(pendingRevocationInterval);
    m_revocationTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_revocationTimer, &QTimer::timeout, m_tokens, &TokenManager::retryPendingRevocations);
}

void BackgroundRefresher::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_ownClock = true;
    replan();
}

QDateTime BackgroundRefresher::now() const
{
    return m_ownClock ? m_clock.now() : m_tokens->clock().now();
}

void BackgroundRefresher::setLeadTime(std::chrono::seconds lead)
{
    m_lead = std::max(lead, std::chrono::seconds(0));
    replan();
}

void BackgroundRefresher::start()
{
    if (m_active)
        return;
    m_active = true;
    connect(m_accounts, &AccountStore::changed, this, &BackgroundRefresher::replan);
    connect(m_tokens, &TokenManager::sessionChanged, this, &BackgroundRefresher::replan);
    connect(m_tokens, &TokenManager::refreshing, this, [this](const QString &id, bool busy) {
        if (busy) {
            m_busyElsewhere.insert(id);
        } else {
            m_busyElsewhere.remove(id);
            replan();
        }
    });
    replan();
    // Revocations the server could not take at sign-out (503, unreachable): now and every few
    // minutes.
    m_tokens->retryPendingRevocations();
    m_revocationTimer.start();
}

void BackgroundRefresher::stop()
{
    if (!m_active)
        return;
    m_active = false;
    disconnect(m_accounts, nullptr, this, nullptr);
    disconnect(m_tokens, nullptr, this, nullptr);
    m_timer.stop();
    m_revocationTimer.stop();
    m_busyElsewhere.clear();
}

std::chrono::seconds BackgroundRefresher::backoff(int attempt)
{
    const int doublings = std::clamp(attempt - 1, 0, 10);
    return std::min(std::chrono::seconds(30) * (1 << doublings), std::chrono::seconds(15 * 60));
}

bool BackgroundRefresher::isTransient(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Keychain:
        return true;
    case Error::Kind::HttpStatus:
        return error.httpStatus() >= 500 || error.httpStatus() == 429 || error.httpStatus() == 408;
    case Error::Kind::OAuth:
        // RFC 6749 §5.2 and the errors servers send for an overloaded or failing token endpoint.
        return error.oauthError() == QLatin1String("temporarily_unavailable")
                || error.oauthError() == QLatin1String("server_error") || error.httpStatus() >= 500;
    default:
        return false;
    }
}

QDateTime BackgroundRefresher::expiryOf(const QString &accountId) const
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return {};
    if (const auto cached = m_tokens->cachedTokens(accountId)) {
        if (cached->refreshToken.isEmpty() && account->grantType != GrantType::ClientCredentials)
            return {}; // nothing to refresh with: a sign-in is the only way, and the list says so
        return cached->expiresAt;
    }
    if (account->signedIn && account->expiresAt.isValid())
        return account->expiresAt;
    return {};
}

QDateTime BackgroundRefresher::dueAt(const QString &accountId) const
{
    const auto state = m_states.constFind(accountId);
    if (state == m_states.constEnd() || state->givenUp)
        return {};
    if (state->retryAt.isValid())
        return state->retryAt;
    const QDateTime byLead = state->expiresAt.addSecs(-qint64(m_lead.count()));
    // Half-way between first sight and expiry at the earliest: a short-lived token is not
    // refreshed over and over.
    const QDateTime halfway =
            state->firstSeen.addMSecs(state->firstSeen.msecsTo(state->expiresAt) / 2);
    return std::max(byLead, halfway);
}

void BackgroundRefresher::replan()
{
    if (!m_active)
        return;
    const QDateTime current = now();
    QHash<QString, State> states;
    for (const Account &account : m_accounts->accounts()) {
        const QDateTime expiry = expiryOf(account.id);
        if (!expiry.isValid())
            continue;
        State state = m_states.value(account.id);
        if (state.expiresAt != expiry) {
            state = State{};
            state.expiresAt = expiry;
            // From when the token was obtained, when known: else from now.
            const auto cached = m_tokens->cachedTokens(account.id);
            state.firstSeen =
                    cached && cached->obtainedAt.isValid() && cached->obtainedAt <= current
                    ? cached->obtainedAt
                    : current;
        }
        states.insert(account.id, state);
    }
    m_states = states;

    QDateTime earliest;
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        if (m_running.contains(it.key()) || m_busyElsewhere.contains(it.key()))
            continue; // re-planned when it ends
        const QDateTime due = dueAt(it.key());
        if (due.isValid() && (!earliest.isValid() || due < earliest))
            earliest = due;
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(current.msecsTo(earliest), 0, MaxTimerMs);
    m_timer.start(std::chrono::milliseconds(wait));
}

void BackgroundRefresher::checkNow()
{
    if (!m_active)
        return;
    replan(); // the accounts and sessions as they are now
    const QDateTime current = now();
    QStringList due;
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        if (m_running.contains(it.key()) || m_busyElsewhere.contains(it.key()))
            continue;
        const QDateTime at = dueAt(it.key());
        if (at.isValid() && at <= current)
            due.append(it.key());
    }
    for (const QString &id : due)
        startRefresh(id);
    replan();
}

void BackgroundRefresher::startRefresh(const QString &accountId)
{
    m_running.insert(accountId);
    m_states[accountId].retryAt = {};
    Q_EMIT refreshStarted(accountId);
    if (!m_tokens->cachedTokens(accountId)) {
        // Only the hint is known: read the session first, to learn whether it can be refreshed.
        m_tokens->loadTokens(accountId, this,
                             [this, accountId](const Result<std::optional<TokenSet>> &read) {
                                 m_running.remove(accountId);
                                 if (!read.ok())
                                     return onRefreshDone(accountId, read.error());
                                 if (!read.value()) {
                                     // The hint was stale: nothing is stored. The list shows it
                                     // once the hint follows.
                                     m_states[accountId].givenUp = true;
                                     return replan();
                                 }
                                 if (expiryOf(accountId).isValid())
                                     checkNow(); // refreshable: due by the real expiry, perhaps now
                                 else
                                     replan();
                             });
        return;
    }
    qCInfo(lcSession) << "background refresh of an account before its token expires";
    // T4: a refreshed session the keychain did not keep is a failure (a Keychain error, retried
    // with back-off and told), however new the session in memory is.
    m_tokens->refreshNow(accountId, this, [this, accountId](const Result<TokenSet> &result) {
        m_running.remove(accountId);
        onRefreshDone(accountId, result.ok() ? Error() : result.error());
    });
}

void BackgroundRefresher::onRefreshDone(const QString &accountId, const Error &error)
{
    if (!error) {
        m_states.remove(accountId); // the new expiry starts afresh
        Q_EMIT refreshed(accountId);
        return replan();
    }
    State &state = m_states[accountId];
    if (error.kind() == Error::Kind::SignInRequired) {
        state.givenUp = true;
        replan();
        Q_EMIT attentionNeeded(accountId, error);
        return;
    }
    if (isTransient(error)) {
        ++state.failures;
        state.retryAt = now().addSecs(qint64(backoff(state.failures).count()));
        const QDateTime retryAt = state.retryAt;
        const bool first = state.failures == 1;
        qCInfo(lcSession) << "background refresh failed; retrying in"
                          << backoff(state.failures).count() << "s";
        replan();
        if (first)
            Q_EMIT refreshFailed(accountId, error, retryAt);
        return;
    }
    state.givenUp = true;
    replan();
    Q_EMIT refreshFailed(accountId, error, QDateTime());
}

} // namespace OAuthDesk
