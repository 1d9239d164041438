#include "windowmenus.h"

#include "accounts/accountactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace OAuthDesk {

WindowMenus::WindowMenus(QMainWindow *window, AccountActions *accounts) : QObject(window)
{
    auto *quit =
            new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, window, &QWidget::close);

    auto *settings = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                 tr("&Preferences\u2026"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &WindowMenus::preferencesRequested);

    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(accounts->addAction());
    file->addAction(accounts->removeAction());
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    auto *decode = new QAction(tr("&Decode a JWT\u2026"), this);
    decode->setObjectName(QStringLiteral("decodeJwtAction"));
    decode->setToolTip(tr("Read any JWT you paste, on this computer"));
    connect(decode, &QAction::triggered, this, &WindowMenus::decodeJwtRequested);
    // Keyboard: refresh the selected account's token, jump to the request URL, find in the answer.
    auto *refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                tr("&Refresh Token"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(QKeySequence::Refresh) });
    connect(refresh, &QAction::triggered, this, &WindowMenus::refreshRequested);
    auto *goToUrl = new QAction(tr("Go to the Request &URL"), this);
    goToUrl->setObjectName(QStringLiteral("focusUrlAction"));
    goToUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(goToUrl, &QAction::triggered, this, &WindowMenus::goToUrlRequested);
    auto *find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                             tr("&Find in the Response"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &WindowMenus::findRequested);
    QMenu *account = window->menuBar()->addMenu(tr("&Account"));
    account->addAction(refresh);
    account->addAction(goToUrl);
    account->addAction(find);

    QMenu *tools = window->menuBar()->addMenu(tr("&Tools"));
    tools->addAction(decode);

    QToolBar *toolbar = window->addToolBar(tr("Accounts"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(accounts->addAction());
    toolbar->addAction(accounts->removeAction());
}

WindowMenus::~WindowMenus() = default;

} // namespace OAuthDesk
