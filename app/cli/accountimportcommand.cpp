#include "accountimportcommand.h"

#include "accounts/accountstore.h"
#include "accounts/accounttransfer.h"
#include "output.h"
#include "session/tokenmanager.h"

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
              "file: set them with oauthdesk account secret.");
}

void AccountImportCommand::define(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export to read (- for stdin)."));
    parser.addOption(QCommandLineOption(
            QStringLiteral("rename"),
            tr("Add an account whose name is taken as \"NAME (2)\" instead of skipping it.")));
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
    const auto report = AccountTransfer::importInto(*tokens()->accounts(), accounts.value(),
                                                    parser.isSet(QStringLiteral("rename"))
                                                            ? AccountTransfer::OnConflict::Rename
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
    bool needSecret = false;
    for (const Account &a : accounts.value())
        needSecret = needSecret || a.needsClientSecret();
    if (needSecret && !report.value().added.isEmpty())
        err() << tr("Accounts with client authentication need their secret: oauthdesk account "
                    "secret NAME.")
              << '\n';
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
