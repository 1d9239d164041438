#include "logging.h"

Q_LOGGING_CATEGORY(lcHttp, "oauthdesk.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoopback, "oauthdesk.loopback", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFlow, "oauthdesk.flow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "oauthdesk.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "oauthdesk.accounts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "oauthdesk.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcResource, "oauthdesk.resource", QtWarningMsg)
