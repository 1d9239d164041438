#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace OAuthDesk {

class AccountActions;

/**
 * The window's menu bar and toolbar: File (the account actions, Preferences…, Quit), Account
 * (refresh the token, go to the request URL, find in the response, each with its shortcut) and
 * Tools (Decode a JWT…). What the menus ask for is told by signals; the window does it.
 */
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    /// Fills `window`'s menu bar and adds its toolbar; Quit closes `window`.
    WindowMenus(QMainWindow *window, AccountActions *accounts);
    ~WindowMenus() override;

Q_SIGNALS:
    void preferencesRequested();
    void decodeJwtRequested();
    void refreshRequested();
    void goToUrlRequested();
    void findRequested();
};

} // namespace OAuthDesk
