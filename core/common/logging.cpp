#include "logging.h"

Q_LOGGING_CATEGORY(lcHttp, "oauthdesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLoopback, "oauthdesk.loopback", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "oauthdesk.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "oauthdesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "oauthdesk.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "oauthdesk.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcResource, "oauthdesk.resource", QtInfoMsg)
