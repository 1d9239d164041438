#include "accountimportcommand.h"

#include "accounts/accountstore.h"
#include "accounts/accounttransfer.h"
#include "output.h"
#include "session/tokenmanager.h"
#include "workflows/accountimport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace OAuthDesk {

QString AccountImportCommand::description() const
{
    return tr("Adds the accounts of an export (oauthdesk account "
              "export). Every account is checked before any is "
              "added. An existing account is never replaced: one whose "
              "name is taken is skipped, or added under a "
              "free name with --rename. Client secrets are not in the "
              "file: set them with oauthdesk account secret.")
            + QLatin1Char(' ')
            + tr("Endpoints come from discovery of each account's issuer, never from the file; "
                 "an account whose server publishes no discovery document is imported with the "
                 "file's endpoints only with --accept-endpoints.");
}

void AccountImportCommand::define(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export to read (- for stdin)."));
    parser.addOption(QCommandLineOption(
            QStringLiteral("rename"),
            tr("Add an account whose name is taken as \"NAME (2)\" instead of skipping it.")));
    parser.addOption(QCommandLineOption(
            QStringLiteral("accept-endpoints"),
            tr("Take the file's endpoints for accounts whose server publishes no discovery "
               "document (check them first: a wrong token endpoint receives the codes).")));
}

void AccountImportCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("account import takes one FILE."));
    const QString path = parser.positionalArguments().first();
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(Error(Error::Kind::Configuration,
                          tr("Could not read \"%1\": %2").arg(path, file.errorString())));
    const Result<QList<Account>> accounts = AccountTransfer::parse(file.readAll());
    if (!accounts.ok())
        return fail(accounts.error());
    m_rename = parser.isSet(QStringLiteral("rename"));
    AccountImport::check(
            http(), accounts.value(), parser.isSet(QStringLiteral("accept-endpoints")), this,
            [this](const Result<QList<AccountImport::Checked>> &checked) { import(checked); });
}

void AccountImportCommand::import(const Result<QList<AccountImport::Checked>> &checked)
{
    if (!checked.ok())
        return fail(checked.error());
    QList<Account> accounts;
    for (const AccountImport::Checked &c : checked.value())
        accounts.append(c.account);
    const auto report = AccountTransfer::importInto(*tokens()->accounts(), accounts,
                                                    m_rename ? AccountTransfer::OnConflict::Rename
                                                             : AccountTransfer::OnConflict::Skip);
    if (!report.ok())
        return fail(report.error());
    for (const QString &name : report.value().skipped)
        err() << tr("Skipped \"%1\": an account with that name exists (not replaced; --rename adds "
                    "it under a "
                    "free name).")
                         .arg(name)
              << '\n';
    for (const QString &change : report.value().renamed)
        err() << tr("Renamed %1.").arg(change) << '\n';
    for (const QString &name : report.value().added)
        err() << tr("Imported \"%1\".").arg(name) << '\n';
    for (const AccountImport::Checked &c : checked.value()) {
        if (c.discovered)
            err() << tr("\"%1\": endpoints discovered from %2.")
                             .arg(c.account.name, c.account.server.issuer.toString())
                  << '\n';
        else
            err() << tr("\"%1\": the file's endpoints, as accepted:").arg(c.account.name) << '\n'
                  << AccountImport::endpointsOf(c.account) << '\n';
    }
    bool needSecret = false;
    for (const Account &a : std::as_const(accounts))
        needSecret = needSecret || a.needsClientSecret();
    if (needSecret && !report.value().added.isEmpty())
        err() << tr("Accounts with client authentication need their secret: oauthdesk account "
                    "secret NAME.")
              << '\n';
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
