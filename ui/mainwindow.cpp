#include "mainwindow.h"

#include "accountpage.h"
#include "accounts/accountactions.h"
#include "accounts/accountlistmodel.h"
#include "accounts/accountlistview.h"
#include "accounts/noaccountpage.h"
#include "common/settings.h"
#include "dialogs/settingsdialog.h"
#include "inspector/tokeninspectorwidget.h"
#include "resource/requesthistory.h"
#include "resource/resourceclient.h"
#include "resources/resourcespage.h"
#include "session/backgroundrefresher.h"
#include "session/refreshnotices.h"
#include "session/sessionpanel.h"
#include "session/sessionsummary.h"
#include "session/tokenmanager.h"
#include "widgets/messagebanners.h"
#include "widgets/notifier.h"
#include "widgets/secretclipboard.h"
#include "widgets/theme.h"
#include "windowmenus.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OAuthDesk {

MainWindow::MainWindow(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                       QWidget *parent)
    : QMainWindow(parent),
      m_tokens(tokens),
      m_http(http),
      m_store(tokens->accounts()),
      m_model(new AccountListModel(tokens->accounts(), tokens, this)),
      m_opener(desktopBrowserOpener())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OAuthDesk"));
    m_settings = new Settings(this);
    m_notifier = new Notifier(this, this);
    m_refreshNotices = new RefreshNotices(m_store, m_notifier, this);
    // No tray: background trouble shows in the banner, whichever account is selected.
    connect(m_notifier, &Notifier::bannerRequested, this,
            [this](const QString &, const QString &text) {
                m_banners->setError(QString(), text);
                updateDetails();
            });
    m_history = new RequestHistory(RequestHistory::defaultPath(), this);
    const Error historyError = m_history->load();
    buildUi(resources);
    if (historyError)
        m_banners->setWarning(
                {}, tr("The request history could not be read: %1").arg(historyError.message()));

    // The command line edits the same accounts file: follow it.
    m_store->watch();

    connect(m_tokens, &TokenManager::sessionChanged, this, &MainWindow::updateDetails);
    connect(m_tokens, &TokenManager::refreshing, this, &MainWindow::updateDetails);
    connect(m_store, &AccountStore::changed, this, &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectAccount(m_model->rowOf(m_currentId) >= 0 ? m_currentId : m_model->accountIdAt(0));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_currentId.isEmpty())
            selectAccount(m_model->accountIdAt(0));
    });

    if (m_model->rowCount() > 0)
        selectAccount(m_model->accountIdAt(0));
    updateDetails();
    // Room for the Resources tab without scrolling, within nine tenths of the screen.
    QSize size(1100, 780);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
    restoreLayout();
    applySettings(false); // the browser is main()'s to choose at start
    connect(m_settings, &Settings::changed, this, [this] { applySettings(true); });
}

MainWindow::~MainWindow() = default;

ResourceBrowserPane *MainWindow::resourcePane() const
{
    return m_resourcesPage->pane();
}

ResponseView *MainWindow::responseView() const
{
    return m_resourcesPage->responseView();
}

QString MainWindow::neededScope() const
{
    return m_resourcesPage->neededScope(m_currentId);
}

bool MainWindow::isRequestBusy() const
{
    return m_resourcesPage->isBusy();
}

void MainWindow::applySettings(bool browser)
{
    const std::chrono::milliseconds clearAfter = m_settings->clipboardClear();
    SecretClipboard::setDefaultClearTime(clearAfter);
    m_inspector->setClipboardTimeout(clearAfter);
    if (m_refresher)
        m_refresher->setLeadTime(m_settings->refreshLead());
    m_settings->applyLogLevel();
    if (browser) {
        const BrowserOpener opener = m_settings->browserOpener(desktopBrowserOpener());
        m_tokens->setBrowserOpener(opener);
        setBrowserOpener(opener);
    }
}

void MainWindow::setBackgroundRefresher(BackgroundRefresher *refresher)
{
    m_refresher = refresher;
    m_refreshNotices->setRefresher(refresher);
    if (refresher)
        refresher->setLeadTime(m_settings->refreshLead());
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    const QSettings settings(Settings::fileName(), QSettings::IniFormat);
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
        !state.isEmpty())
        restoreState(state);
    if (const QByteArray sizes = settings.value(QStringLiteral("window/splitter")).toByteArray();
        !sizes.isEmpty())
        m_splitter->restoreState(sizes);
}

void MainWindow::saveLayout() const
{
    QSettings settings(Settings::fileName(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        Theme::reapply(this);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::setBrowserOpener(BrowserOpener opener)
{
    m_opener = opener ? std::move(opener) : desktopBrowserOpener();
    m_session->setBrowserOpener(m_opener);
}

BrowserOpener MainWindow::desktopBrowserOpener()
{
    return [](const QUrl &url) -> Error {
        if (!QDesktopServices::openUrl(url))
            return Error(Error::Kind::Browser,
                         tr("The desktop has no web browser set for web links."));
        return {};
    };
}

void MainWindow::buildUi(ResourceClient *resources)
{
    m_banners = new MessageBanners;
    m_accountActions = new AccountActions(m_tokens, m_http, m_history, this);
    auto *menus = new WindowMenus(this, m_accountActions);
    connect(menus, &WindowMenus::preferencesRequested, this, &MainWindow::openSettings);
    connect(menus, &WindowMenus::decodeJwtRequested, this, [this] { m_inspector->openDecoder(); });
    connect(menus, &WindowMenus::refreshRequested, this, [this] {
        if (!m_currentId.isEmpty())
            refreshNow();
    });
    connect(menus, &WindowMenus::goToUrlRequested, this, [this] {
        if (m_currentId.isEmpty())
            return;
        m_detailsPage->focusRequestUrl();
    });
    connect(menus, &WindowMenus::findRequested, this, [this] {
        if (m_currentId.isEmpty())
            return;
        m_detailsPage->focusResponseSearch();
    });

    m_accountList = new AccountListView(m_model);
    connect(m_accountList, &AccountListView::currentAccountChanged, this,
            &MainWindow::currentRowChanged);

    m_pages = new QStackedWidget;
    m_emptyPage = new NoAccountPage;
    connect(m_emptyPage, &NoAccountPage::addAccountRequested, this, &MainWindow::addAccount);
    m_detailsPage =
            new AccountPage(m_tokens, resources, m_http, m_model, m_settings, m_history,
                            [this](const QString &id) { return m_accountActions->isRemoving(id); });
    m_session = m_detailsPage->session();
    m_inspector = m_detailsPage->inspector();
    m_resourcesPage = m_detailsPage->resources();
    m_session->setBrowserOpener(m_opener);
    connect(m_session, &SessionPanel::changed, this, &MainWindow::updateDetails);
    connect(m_session, &SessionPanel::errorChanged, m_banners, &MessageBanners::setError);
    connect(m_session, &SessionPanel::warningChanged, m_banners, &MessageBanners::setWarning);
    connect(m_session, &SessionPanel::removeRequested, this, &MainWindow::removeAccount);
    connect(m_resourcesPage, &ResourcesPage::busyChanged, this, [this](bool busy) {
        Q_EMIT requestBusyChanged(busy);
        updateDetails();
    });
    connect(m_resourcesPage, &ResourcesPage::accountSelected, this, &MainWindow::selectAccount);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_detailsPage);

    connect(m_accountActions, &AccountActions::errorChanged, m_banners, &MessageBanners::setError);
    connect(m_accountActions, &AccountActions::warningChanged, m_banners,
            &MessageBanners::setWarning);
    connect(m_accountActions, &AccountActions::selectRequested, this, &MainWindow::selectAccount);
    connect(m_accountActions, &AccountActions::removalStarted, m_session,
            &SessionPanel::clearMessages);
    connect(m_accountActions, &AccountActions::removed, this, [this](const QString &id) {
        m_banners->forget(id);
        m_session->forgetAccount(id);
        m_resourcesPage->forgetAccount(id);
    });
    connect(m_accountActions, &AccountActions::changed, this, &MainWindow::updateDetails);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_banners);
    rightLayout->addWidget(m_pages, 1);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // On a short screen (a 1366x768 laptop) the account's side scrolls instead of the window
    // growing past the screen: the Resources tab and a device code need more than it has.
    auto *rightScroll = new QScrollArea;
    rightScroll->setObjectName(QStringLiteral("detailsScroll"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own between the controls
    rightScroll->setWidget(right);
    m_splitter->addWidget(m_accountList);
    m_splitter->addWidget(rightScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 800 }); // room for "who · Signed in until …" in the list
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::selectAccount(const QString &accountId)
{
    m_accountList->selectAccount(accountId);
}

void MainWindow::currentRowChanged(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_accountActions->setCurrentAccount(id);
    m_detailsPage->setCurrentAccount(id);
    Q_EMIT currentAccountChanged(m_currentId);
    updateDetails();
    // Only the selected account's keychain entry is read, and only when it is shown.
    const auto account = m_store->findById(id);
    if (account && account->signedIn && !m_tokens->cachedTokens(id)) {
        m_tokens->loadTokens(id, this, [this, id](const Result<std::optional<TokenSet>> &) {
            if (id == m_currentId)
                updateDetails();
        });
    }
}

bool MainWindow::isSigningIn() const
{
    return !m_currentId.isEmpty() && m_tokens->isSigningIn(m_currentId);
}

QString MainWindow::statusText() const
{
    return m_session->statusText();
}

QUrl MainWindow::signInUrl() const
{
    return m_session->signInUrl();
}

QString MainWindow::errorText() const
{
    return m_banners->errorText();
}

QString MainWindow::warningText() const
{
    return m_banners->warningText();
}

void MainWindow::updateDetails()
{
    const auto account = m_currentId.isEmpty() ? std::nullopt : m_store->findById(m_currentId);
    const bool removing = account && m_accountActions->isRemoving(account->id);
    m_banners->showFor(account ? account->id : QString());
    m_accountActions->removeAction()->setEnabled(account && !removing);
    const bool signingIn = account && m_tokens->isSigningIn(account->id);

    m_session->showAccount(account, removing);
    if (!account) {
        m_emptyPage->setNoAccounts(m_model->rowCount() == 0);
        m_pages->setCurrentWidget(m_emptyPage);
    } else {
        m_pages->setCurrentWidget(m_detailsPage);
        m_detailsPage->summary()->showAccount(*account);
    }

    if (signingIn != m_lastSigningIn) {
        m_lastSigningIn = signingIn;
        Q_EMIT signingInChanged(signingIn);
    }
    if (signInUrl() != m_lastSignInUrl) {
        m_lastSignInUrl = signInUrl();
        Q_EMIT signInUrlChanged(m_lastSignInUrl);
    }
    if (statusText() != m_lastStatus) {
        m_lastStatus = statusText();
        Q_EMIT statusTextChanged(m_lastStatus);
    }
    if (errorText() != m_lastError) {
        m_lastError = errorText();
        Q_EMIT errorTextChanged(m_lastError);
    }
    if (warningText() != m_lastWarning) {
        m_lastWarning = warningText();
        Q_EMIT warningTextChanged(m_lastWarning);
    }
}

void MainWindow::addAccount()
{
    m_accountActions->add();
}

void MainWindow::removeAccount()
{
    m_accountActions->remove();
}

void MainWindow::signIn()
{
    m_session->signIn();
}

void MainWindow::cancelSignIn()
{
    m_session->cancelSignIn();
}

void MainWindow::signOut()
{
    m_session->signOut();
}

void MainWindow::refreshNow()
{
    m_session->refreshNow();
}

void MainWindow::requestNarrowerToken()
{
    m_session->requestNarrowerToken();
}

void MainWindow::setExchangeLog(ExchangeLog *log)
{
    m_detailsPage->setExchangeLog(log);
}

void MainWindow::signInWithNeededScope()
{
    m_resourcesPage->signInWithNeededScope();
}

void MainWindow::sendRequest()
{
    m_resourcesPage->send();
}

} // namespace OAuthDesk
