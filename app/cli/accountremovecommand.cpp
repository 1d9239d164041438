#include "accountremovecommand.h"

#include "resource/requesthistory.h"
#include "workflows/accountremoval.h"

#include <QCommandLineParser>

namespace OAuthDesk {

QString AccountRemoveCommand::description() const
{
    return tr("Removes an account and forgets its tokens from the keychain.");
}

void AccountRemoveCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
}

void AccountRemoveCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("account remove takes one NAME."));
    if (!id)
        return;
    auto *history = new RequestHistory(RequestHistory::defaultPath(), this);
    const Error unread = history->load();
    AccountRemoval(tokens(), history)
            .remove(*id, this, [this, unread](const AccountRemoval::Outcome &outcome) {
                // When the keychain fails, the account stays, so that its entries are not
                // orphaned.
                if (outcome.keychain)
                    return fail(outcome.keychain);
                if (outcome.account)
                    return fail(outcome.account);
                if (const Error error = outcome.history ? outcome.history : unread)
                    return fail(Error(error.kind(),
                                      tr("The account was removed, but its request history could "
                                         "not be: %1")
                                              .arg(error.message())));
                finish(ExitStatus::Ok);
            });
}

} // namespace OAuthDesk
