#pragma once

#include "command.h"
#include "session/tokenmanager.h"

namespace OAuthDesk {

struct DeviceCode;

/// `oauthdesk login NAME`: runs the account's grant (the browser, a device code, a password …) and
/// keeps the session in the keychain. Ctrl-C cancels a sign-in that waits.
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    using Command::Command;
    QString description() const override;
    void interrupt() override;

protected:
    void define(QCommandLineParser &parser) const override;
    void execute(const QCommandLineParser &parser) override;

private:
    /// Says where the browser goes; opens it, or tells the person to.
    static Error openBrowser(const BrowserOpener &opener, const QUrl &url);
    void showDeviceCode(const DeviceCode &code);
    void signedIn(const Result<TokenManager::SignInResult> &result);

    QString m_accountId;
    bool m_openVerificationPage = false;
};

} // namespace OAuthDesk
