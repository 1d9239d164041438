#include "mainwindow.h"

#include "accounts/accountitemdelegate.h"
#include "accounts/accountlistmodel.h"
#include "accounts/addaccountdialog.h"
#include "common/settings.h"
#include "dialogs/settingsdialog.h"
#include "inspector/tokeninspectorwidget.h"
#include "log/exchangelogview.h"
#include "resource/requesthistory.h"
#include "resource/resourceclient.h"
#include "resources/resourcespage.h"
#include "session/backgroundrefresher.h"
#include "session/sessionpanel.h"
#include "session/sessionsummary.h"
#include "session/tokenmanager.h"
#include "widgets/notifier.h"
#include "widgets/secretclipboard.h"
#include "widgets/theme.h"
#include "workflows/accountremoval.h"
#include "workflows/accountsetup.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
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
    // No tray: background trouble shows in the banner, whichever account is selected.
    connect(m_notifier, &Notifier::bannerRequested, this,
            [this](const QString &, const QString &text) {
                setError(QString(), text);
                updateDetails();
            });
    m_history = new RequestHistory(RequestHistory::defaultPath(), this);
    const Error historyError = m_history->load();
    buildUi(resources);
    if (historyError)
        setWarning({}, tr("The request history could not be read: %1").arg(historyError.message()));

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
    if (m_refresher)
        disconnect(m_refresher, nullptr, this, nullptr);
    m_refresher = refresher;
    if (!refresher)
        return;
    refresher->setLeadTime(m_settings->refreshLead());
    const auto nameOf = [this](const QString &id) {
        const auto account = m_store->findById(id);
        return account ? account->name : id;
    };
    connect(refresher, &BackgroundRefresher::attentionNeeded, this,
            [this, nameOf](const QString &id, const Error &error) {
                m_notifier->notify(id, tr("Sign-in needed"),
                                   tr("\u201c%1\u201d needs you to sign in again. %2")
                                           .arg(nameOf(id), error.message()));
            });
    connect(refresher, &BackgroundRefresher::refreshFailed, this,
            [this, nameOf](const QString &id, const Error &error, const QDateTime &retryAt) {
                const QString text = retryAt.isValid()
                        ? tr("\u201c%1\u201d could not refresh its session; OAuthDesk tries again "
                             "at %2. %3")
                                  .arg(nameOf(id),
                                       QLocale().toString(retryAt.toLocalTime().time(),
                                                          QLocale::ShortFormat),
                                       error.message())
                        : tr("\u201c%1\u201d could not refresh its session. %2")
                                  .arg(nameOf(id), error.message());
                m_notifier->notify(id, tr("Refresh failed"), text);
            });
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
    m_addAction =
            new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Account…"), this);
    m_addAction->setObjectName(QStringLiteral("addAccountAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(
            tr("Add an account (%1)")
                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addAccount);

    m_removeAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                                 tr("&Remove Account…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAccountAction"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeAccount);

    auto *quit =
            new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                   tr("&Preferences\u2026"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_removeAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(quit);

    auto *decode = new QAction(tr("&Decode a JWT\u2026"), this);
    decode->setObjectName(QStringLiteral("decodeJwtAction"));
    decode->setToolTip(tr("Read any JWT you paste, on this computer"));
    connect(decode, &QAction::triggered, this, [this] { m_inspector->openDecoder(); });
    // Keyboard: refresh the selected account's token, jump to the request URL, find in the answer.
    auto *refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                tr("&Refresh Token"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(QKeySequence::Refresh) });
    connect(refresh, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty())
            refreshNow();
    });
    auto *goToUrl = new QAction(tr("Go to the Request &URL"), this);
    goToUrl->setObjectName(QStringLiteral("focusUrlAction"));
    goToUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(goToUrl, &QAction::triggered, this, [this] {
        if (m_currentId.isEmpty())
            return;
        m_tabs->setCurrentWidget(m_resourcesPage);
        m_resourcesPage->focusUrl();
    });
    auto *find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                             tr("&Find in the Response"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (m_currentId.isEmpty())
            return;
        m_tabs->setCurrentWidget(m_resourcesPage);
        m_resourcesPage->focusResponseSearch();
    });
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(refresh);
    account->addAction(goToUrl);
    account->addAction(find);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(decode);

    QToolBar *toolbar = addToolBar(tr("Accounts"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_removeAction);

    m_accountList = new QListView;
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setModel(m_model);
    m_accountList->setItemDelegate(new AccountItemDelegate(m_accountList));
    m_accountList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountList->setUniformItemSizes(true);
    m_accountList->setMinimumWidth(220);
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentRowChanged);

    m_pages = new QStackedWidget;
    m_emptyPage = buildEmptyPage();
    m_detailsPage = buildDetailsPage(resources);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_detailsPage);

    m_errorBanner = new QLabel;
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    Theme::apply(m_errorBanner, Theme::Style::ErrorBanner);
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextFormat(Qt::PlainText);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setAccessibleName(tr("Error"));
    m_errorBanner->hide();

    m_warningBanner = new QLabel;
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    Theme::apply(m_warningBanner, Theme::Style::WarningBanner);
    m_warningBanner->setWordWrap(true);
    m_warningBanner->setTextFormat(Qt::PlainText);
    m_warningBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningBanner->setAccessibleName(tr("Warning"));
    m_warningBanner->hide();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_errorBanner);
    rightLayout->addWidget(m_warningBanner);
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

QWidget *MainWindow::buildEmptyPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("emptyPage"));
    m_emptyLabel = new QLabel;
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto *add = new QPushButton(tr("Add Account…"));
    add->setObjectName(QStringLiteral("emptyAddAccountButton"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccount);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::buildDetailsPage(ResourceClient *resources)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("detailsPage"));

    m_session = new SessionPanel(m_tokens, m_store, m_model, m_settings,
                                 [this](const QString &id) { return m_removing.contains(id); });
    m_session->setBrowserOpener(m_opener);
    connect(m_session, &SessionPanel::changed, this, &MainWindow::updateDetails);
    connect(m_session, &SessionPanel::errorChanged, this, &MainWindow::setError);
    connect(m_session, &SessionPanel::warningChanged, this, &MainWindow::setWarning);
    connect(m_session, &SessionPanel::removeRequested, this, &MainWindow::removeAccount);
    m_summary = new SessionSummary(m_tokens);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_session);

    // The overview keeps the token values off screen; the inspector shows them, masked until asked.
    auto *overview = new QWidget;
    overview->setObjectName(QStringLiteral("overviewTab"));
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_summary);
    overviewLayout->addStretch(1);
    m_inspector = new TokenInspectorWidget(m_tokens, m_http);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(m_inspector, tr("&Inspect Tokens"));
    m_resourcesPage = new ResourcesPage(m_tokens, resources, m_store, m_model, m_history);
    connect(m_resourcesPage, &ResourcesPage::busyChanged, this, [this](bool busy) {
        Q_EMIT requestBusyChanged(busy);
        updateDetails();
    });
    connect(m_resourcesPage, &ResourcesPage::accountSelected, this, &MainWindow::selectAccount);
    connect(m_resourcesPage, &ResourcesPage::signInWithScopeRequested, this,
            [this](const QString &id, const QString &scope) {
                m_tabs->setCurrentIndex(0); // the sign-in shows its progress on the overview
                m_session->startSignIn(id, {}, false, scope);
            });
    m_tabs->addTab(m_resourcesPage, tr("&Resources"));
    layout->addWidget(m_tabs, 1);
    return page;
}

void MainWindow::selectAccount(const QString &accountId)
{
    const QModelIndex index = m_model->indexOf(accountId);
    if (!index.isValid())
        return;
    m_accountList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::currentRowChanged()
{
    const QString id = m_model->accountIdAt(m_accountList->selectionModel()->currentIndex().row());
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_session->setCurrentAccount(id);
    // A response on screen belongs to the account it was fetched for.
    m_resourcesPage->setCurrentAccount(id);

    m_inspector->setAccountId(m_currentId);
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
    return m_errorBanner->isHidden() ? QString() : m_errorBanner->text();
}

QString MainWindow::warningText() const
{
    return m_warningBanner->isHidden() ? QString() : m_warningBanner->text();
}

void MainWindow::updateDetails()
{
    const auto account = m_currentId.isEmpty() ? std::nullopt : m_store->findById(m_currentId);
    const bool removing = account && m_removing.contains(account->id);

    // Banners: the selected account's, else what happened outside any account (e.g. adding one).
    QString error = m_errors.value(QString());
    QString warning;
    if (account) {
        if (m_errors.contains(account->id))
            error = m_errors.value(account->id);
        warning = m_warnings.value(account->id);
    }
    if (warning.isEmpty())
        warning = m_warnings.value(QString()); // e.g. the request history could not be read
    m_errorBanner->setText(error);
    m_errorBanner->setVisible(!error.isEmpty());
    m_warningBanner->setText(warning);
    m_warningBanner->setVisible(!warning.isEmpty());

    m_removeAction->setEnabled(account && !removing);
    const bool signingIn = account && m_tokens->isSigningIn(account->id);

    m_session->showAccount(account, removing);
    if (!account) {
        m_emptyLabel->setText(m_model->rowCount() == 0 ? tr(
                                      "No accounts yet.\nAdd one to sign in with your web browser.")
                                                       : tr("Select an account."));
        m_pages->setCurrentWidget(m_emptyPage);
    } else {
        m_pages->setCurrentWidget(m_detailsPage);
        m_summary->showAccount(*account);
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

void MainWindow::setError(const QString &accountId, const QString &text)
{
    if (text.isEmpty())
        m_errors.remove(accountId);
    else
        m_errors.insert(accountId, text);
}

void MainWindow::setWarning(const QString &accountId, const QString &text)
{
    if (text.isEmpty())
        m_warnings.remove(accountId);
    else
        m_warnings.insert(accountId, text);
}

void MainWindow::clearMessages(const QString &accountId)
{
    m_session->clearMessages(accountId);
}

void MainWindow::addAccount()
{
    QStringList names;
    for (const Account &a : m_store->accounts())
        names.append(a.name);
    auto *dialog = new AddAccountDialog(m_http, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Account account = dialog->account();
        AccountSetup::Credentials credentials;
        credentials.registered = dialog->registeredClient();
        if (!credentials.registered && account.needsClientSecret())
            credentials.clientSecret = dialog->clientSecret();
        m_errors.remove(QString());
        const Error error = AccountSetup(m_tokens).add(
                account, credentials, this,
                [this, id = account.id](AccountSetup::Kept kept, const Error &failed) {
                    accountKept(id, kept, failed);
                });
        if (error)
            setError(QString(), tr("The account could not be added: %1").arg(error.message()));
        else
            selectAccount(account.id);
        updateDetails();
    });
    dialog->open();
}

void MainWindow::accountKept(const QString &accountId, AccountSetup::Kept kept, const Error &failed)
{
    if (failed && kept == AccountSetup::Kept::Registration)
        setError(accountId,
                 tr("The account was added, but the system keychain could not keep its "
                    "registration. %1")
                         .arg(failed.message()));
    else if (failed)
        setError(accountId,
                 tr("The account was added, but the system keychain could not store its client "
                    "secret, so it cannot sign in yet. Set the secret again once the keychain "
                    "works (oauthdesk account secret NAME). %1")
                         .arg(failed.message()));
    updateDetails();
}

void MainWindow::removeAccount()
{
    const auto account = m_store->findById(m_currentId);
    if (!account || m_removing.contains(account->id))
        return;
    const QString id = account->id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                tr("Remove the account \u201c%1\u201d?").arg(account->name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(
            tr("OAuthDesk signs it out and deletes its tokens from the system keychain. "
               "The server may still list the sign-in until it expires there."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton *button) {
        if (button == remove)
            removeConfirmed(id);
    });
    box->open();
}

void MainWindow::removeConfirmed(const QString &accountId)
{
    if (m_removing.contains(accountId) || !m_store->findById(accountId))
        return;
    m_removing.insert(accountId);
    clearMessages(accountId);
    updateDetails();
    const AccountRemoval removal(m_tokens, m_history);
    removal.remove(
            accountId, this, [this, accountId, removal](const AccountRemoval::Outcome &outcome) {
                if (!outcome.keychain)
                    return finishRemove(accountId, outcome);
                const Error error = outcome.keychain;
                const auto account = m_store->findById(accountId);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                            tr("The tokens of \u201c%1\u201d could not be deleted "
                                               "from the system keychain.")
                                                    .arg(account ? account->name : QString()),
                                            QMessageBox::Cancel, this);
                box->setObjectName(QStringLiteral("removeKeychainFailed"));
                box->setInformativeText(
                        tr("%1\n\nRemove the account anyway? Its tokens may stay in the keychain.")
                                .arg(error.message()));
                QPushButton *remove =
                        box->addButton(tr("Remove Anyway"), QMessageBox::DestructiveRole);
                box->setDefaultButton(QMessageBox::Cancel);
                box->setAttribute(Qt::WA_DeleteOnClose);
                connect(box, &QMessageBox::buttonClicked, this,
                        [this, accountId, remove, error, removal](QAbstractButton *button) {
                            if (button == remove)
                                return finishRemove(accountId, removal.removeRecords(accountId));
                            m_removing.remove(accountId);
                            setError(accountId,
                                     tr("The account was kept: %1").arg(error.message()));
                            updateDetails();
                        });
                box->open();
            });
}

void MainWindow::finishRemove(const QString &accountId, const AccountRemoval::Outcome &outcome)
{
    m_removing.remove(accountId);
    if (const Error error = outcome.account)
        setError(accountId, tr("The account could not be removed: %1").arg(error.message()));
    else {
        m_errors.remove(accountId);
        m_warnings.remove(accountId);
        m_session->forgetAccount(accountId);
        m_resourcesPage->forgetAccount(accountId);
        if (const Error historyError = outcome.history)
            setWarning({},
                       tr("The account's request history could not be removed: %1")
                               .arg(historyError.message()));
    }
    updateDetails();
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
    if (m_logView || !log)
        return;
    m_logView = new ExchangeLogView(log, this);
    m_logView->setObjectName(QStringLiteral("exchangeLogView"));
    m_tabs->addTab(m_logView, tr("HTTP &Log"));
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
