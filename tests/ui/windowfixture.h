#pragma once

// The window's parts as app/main.cpp builds them, over a temporary accounts file and a test
// keychain service, with a browser that only writes down what it was asked. Shared by the widget
// tests that need a whole MainWindow.

#include "accounts/accountstore.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "resource/resourceclient.h"
#include "session/tokenmanager.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

namespace OAuthDesk::Test {

/// A window over a temporary accounts file, with a browser that only writes down what it was asked.
struct WindowFixture
{
    /// Names the keychain service: a test never touches the user's own "OAuthDesk" entries.
    static constexpr const char *keychainService = "OAuthDesk-tst_mainwindow";

    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    SecretStore secrets{ QLatin1String(keychainService) };
    TokenManager tokens{ &store, &secrets, &http };
    ResourceClient resources{ &tokens, &http };
    QList<QUrl> opened;
    Error openerError;

    WindowFixture()
    {
        secrets.setTimeout(std::chrono::seconds(5));
        tokens.setBrowserOpener([this](const QUrl &url) {
            opened.append(url);
            return openerError;
        });
    }

    QString addAccount(Account a)
    {
        const Error error = store.add(a);
        if (error)
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        return a.id;
    }

    QString addAccount(const QString &name)
    {
        Account a;
        a.name = name;
        a.clientId = QStringLiteral("oauthdesk-test");
        a.scope = QStringLiteral("openid profile offline_access");
        a.server.issuer = QUrl(QStringLiteral("https://login.example.com"));
        a.server.authorizationEndpoint =
                QUrl(QStringLiteral("https://login.example.com/oauth2/authorize"));
        a.server.tokenEndpoint = QUrl(QStringLiteral("https://login.example.com/oauth2/token"));
        const Error error = store.add(a);
        if (error)
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        return a.id;
    }
};

} // namespace OAuthDesk::Test
