#include "command.h"

#include "accounts/accountstore.h"
#include "output.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OAuthDesk {

Command::Command(QString name, const Services &services, Finish finish, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_services(services), m_finish(std::move(finish))
{
}

void Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    define(parser);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(QStringList{ Program + QLatin1Char(' ') + m_name } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return finish(ExitStatus::Ok);
    }
    execute(parser);
}

void Command::interrupt()
{
    err() << Program << ": " << tr("Interrupted.") << '\n';
    finish(ExitStatus::Cancelled);
}

void Command::finish(int code)
{
    m_finish(code);
}

void Command::fail(const Error &error)
{
    finish(ExitStatus::reportFailure(error));
}

void Command::usage(const QString &text)
{
    finish(ExitStatus::reportUsage(text));
}

std::optional<QString> Command::accountIdFor(const QString &name)
{
    const auto account = tokens()->accounts()->findByName(name);
    if (!account) {
        fail(Error(Error::Kind::Configuration,
                   tr("There is no account named \"%1\" (oauthdesk account list shows them).")
                           .arg(name)));
        return std::nullopt;
    }
    return account->id;
}

void Command::addAccountArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
}

std::optional<QString> Command::namedAccount(const QCommandLineParser &parser,
                                             const QString &wrongCount)
{
    if (parser.positionalArguments().size() != 1) {
        usage(wrongCount);
        return std::nullopt;
    }
    return accountIdFor(parser.positionalArguments().first());
}

} // namespace OAuthDesk
