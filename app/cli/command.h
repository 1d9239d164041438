#pragma once

#include "common/error.h"
#include "exitstatus.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace OAuthDesk {

class HttpClient;
class ResourceClient;
class TokenManager;

/**
 * One verb of the command line (`oauthdesk account add`, `oauthdesk token` …), in the manner of
 * KeePassXC's src/cli: a subclass names its description, declares its arguments and options, and
 * does its work in execute(); parsing, --help, the account-name lookup and the reporting of a
 * failure with its exit status are done here, once for every verb.
 *
 * Its texts keep the translation context of the command line as a whole (OAuthDesk::CommandLine).
 */
class Command : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    /// What every verb works with: app/main.cpp builds it.
    struct Services
    {
        TokenManager *tokens = nullptr;
        ResourceClient *resources = nullptr;
        const HttpClient *http = nullptr;
    };
    using Finish = std::function<void(int)>;

    /// `name` as typed ("account add"); `finish` is called with the exit status when it is done.
    Command(QString name, const Services &services, Finish finish, QObject *parent = nullptr);

    QString name() const { return m_name; }
    /// What the verb does: the text its --help opens with.
    virtual QString description() const = 0;
    /// Parses `arguments` (those after the verb): --help prints the usage, a bad argument is a
    /// usage error; otherwise execute() runs.
    void run(const QStringList &arguments);
    /// Ctrl-C: says so and ends with status Cancelled.
    virtual void interrupt();

protected:
    /// Adds the verb's positional arguments and options (the --help option is added after them).
    virtual void define(QCommandLineParser &parser) const = 0;
    virtual void execute(const QCommandLineParser &parser) = 0;

    void finish(int code);
    void fail(const Error &error);
    void usage(const QString &text);
    /// The id of the account named `name`; when there is none, reports it and returns nothing.
    std::optional<QString> accountIdFor(const QString &name);
    /// Adds the positional argument NAME, the account a verb works on.
    static void addAccountArgument(QCommandLineParser &parser);
    /// The id of the account NAME names (the only positional argument); when there is none, reports
    /// it, or `wrongCount` as a usage error when NAME is missing or not alone, and returns nothing.
    std::optional<QString> namedAccount(const QCommandLineParser &parser,
                                        const QString &wrongCount);

    TokenManager *tokens() const { return m_services.tokens; }
    ResourceClient *resources() const { return m_services.resources; }
    const HttpClient *http() const { return m_services.http; }

private:
    QString m_name;
    Services m_services;
    Finish m_finish;
};

} // namespace OAuthDesk
