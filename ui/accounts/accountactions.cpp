#include "accountactions.h"

#include "accounts/accountstore.h"
#include "accounts/addaccountdialog.h"
#include "session/tokenmanager.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace OAuthDesk {

AccountActions::AccountActions(TokenManager *tokens, const HttpClient *http,
                               RequestHistory *history, QWidget *window)
    : QObject(window),
      m_tokens(tokens),
      m_http(http),
      m_store(tokens->accounts()),
      m_history(history),
      m_window(window)
{
    m_addAction =
            new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Account…"), this);
    m_addAction->setObjectName(QStringLiteral("addAccountAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(
            tr("Add an account (%1)")
                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_addAction, &QAction::triggered, this, &AccountActions::add);

    m_removeAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                                 tr("&Remove Account…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAccountAction"));
    connect(m_removeAction, &QAction::triggered, this, &AccountActions::remove);
}

AccountActions::~AccountActions() = default;

void AccountActions::add()
{
    QStringList names;
    for (const Account &a : m_store->accounts())
        names.append(a.name);
    auto *dialog = new AddAccountDialog(m_http, names, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Account account = dialog->account();
        AccountSetup::Credentials credentials;
        credentials.registered = dialog->registeredClient();
        if (!credentials.registered && account.needsClientSecret())
            credentials.clientSecret = dialog->clientSecret();
        Q_EMIT errorChanged(QString(), QString());
        const Error error = AccountSetup(m_tokens).add(
                account, credentials, this,
                [this, id = account.id](AccountSetup::Kept kept, const Error &failed) {
                    accountKept(id, kept, failed);
                });
        if (error)
            Q_EMIT errorChanged(QString(),
                                tr("The account could not be added: %1").arg(error.message()));
        else
            Q_EMIT selectRequested(account.id);
        Q_EMIT changed();
    });
    dialog->open();
}

void AccountActions::accountKept(const QString &accountId, AccountSetup::Kept kept,
                                 const Error &failed)
{
    if (failed && kept == AccountSetup::Kept::Registration)
        Q_EMIT errorChanged(accountId,
                            tr("The account was added, but the system keychain could not keep its "
                               "registration. %1")
                                    .arg(failed.message()));
    else if (failed)
        Q_EMIT errorChanged(
                accountId,
                tr("The account was added, but the system keychain could not store its client "
                   "secret, so it cannot sign in yet. Set the secret again once the keychain "
                   "works (oauthdesk account secret NAME). %1")
                        .arg(failed.message()));
    Q_EMIT changed();
}

void AccountActions::remove()
{
    const auto account = m_store->findById(m_currentId);
    if (!account || m_removing.contains(account->id))
        return;
    const QString id = account->id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                tr("Remove the account \u201c%1\u201d?").arg(account->name),
                                QMessageBox::Cancel, m_window);
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

void AccountActions::removeConfirmed(const QString &accountId)
{
    if (m_removing.contains(accountId) || !m_store->findById(accountId))
        return;
    m_removing.insert(accountId);
    Q_EMIT removalStarted(accountId);
    Q_EMIT changed();
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
                                            QMessageBox::Cancel, m_window);
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
                            Q_EMIT errorChanged(
                                    accountId, tr("The account was kept: %1").arg(error.message()));
                            Q_EMIT changed();
                        });
                box->open();
            });
}

void AccountActions::finishRemove(const QString &accountId, const AccountRemoval::Outcome &outcome)
{
    m_removing.remove(accountId);
    if (const Error error = outcome.account) {
        Q_EMIT errorChanged(accountId,
                            tr("The account could not be removed: %1").arg(error.message()));
    } else {
        Q_EMIT removed(accountId);
        if (const Error historyError = outcome.history)
            Q_EMIT warningChanged({},
                                  tr("The account's request history could not be removed: %1")
                                          .arg(historyError.message()));
    }
    Q_EMIT changed();
}

} // namespace OAuthDesk
