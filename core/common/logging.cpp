#include "logging.h"

#include <QCoreApplication>
#include <QtGlobal>

Q_LOGGING_CATEGORY(lcHttp, "oauthdesk.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoopback, "oauthdesk.loopback", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFlow, "oauthdesk.flow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "oauthdesk.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "oauthdesk.accounts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "oauthdesk.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcResource, "oauthdesk.resource", QtWarningMsg)

namespace {

QLoggingCategory::CategoryFilter g_rulesFilter = nullptr;

/// Qt's own filter applies the rules (QT_LOGGING_RULES, setFilterRules(), qtlogging.ini), and the
/// environment's come last, so "*=true" there would outrank the "qt.networkauth*=false" of
/// Settings::filterRules() and main(). Qt NetworkAuth's categories print authorization URLs and
/// token replies: this filter turns them off after the rules, whatever they say (SECURITY.md, LG).
void networkAuthStaysOff(QLoggingCategory *category)
{
    if (g_rulesFilter)
        g_rulesFilter(category);
    if (qstrncmp(category->categoryName(), "qt.networkauth", 14) == 0) {
        for (const QtMsgType type : { QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg })
            category->setEnabled(type, false);
    }
}

void installNetworkAuthFilter()
{
    g_rulesFilter = QLoggingCategory::installFilter(networkAuthStaysOff);
}

} // namespace

// Before main(): every program that links the core has the filter, with no call to forget.
Q_CONSTRUCTOR_FUNCTION(installNetworkAuthFilter)
