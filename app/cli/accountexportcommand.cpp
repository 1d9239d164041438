#include "accountexportcommand.h"

#include "accounts/accountstore.h"
#include "accounts/accounttransfer.h"
#include "output.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace OAuthDesk {

QString AccountExportCommand::description() const
{
    return tr("Writes the settings of all accounts as JSON, to FILE or "
              "to stdout: name, issuer, endpoints, client ID, "
              "scope, grant, client authentication method, user name, "
              "redirect port and preset. Never tokens, client "
              "secrets or who signed in.");
}

void AccountExportCommand::define(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write (default: stdout)."),
                                 QStringLiteral("[FILE]"));
}

void AccountExportCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 1)
        return usage(tr("account export takes at most one FILE."));
    const QByteArray json = AccountTransfer::exportAccounts(tokens()->accounts()->accounts());
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return finish(ExitStatus::Ok);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(Error(Error::Kind::Configuration,
                          tr("Could not write \"%1\": %2").arg(path, file.errorString())));
    err() << tr("Exported %n account(s) to %1.", nullptr,
                int(tokens()->accounts()->accounts().size()))
                     .arg(path)
          << '\n';
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
