#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace OAuthDesk::Fuzz {

static void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtFatalMsg)
        return;
    std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
    std::abort();
}

int initialize()
{
    qInstallMessageHandler(quietMessages);
    return 0;
}

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

qsizetype objectMembersInText(const QByteArray &json)
{
    struct Level
    {
        bool object;
        bool nonEmpty;
        qsizetype commas;
    };
    QList<Level> stack;
    qsizetype members = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            if (!stack.isEmpty() && stack.last().object)
                stack.last().nonEmpty = true;
            break;
        case '{':
        case '[':
            stack.append({ c == '{', false, 0 });
            break;
        case '}':
        case ']':
            if (stack.last().object)
                members += stack.last().commas + (stack.last().nonEmpty ? 1 : 0);
            stack.removeLast();
            break;
        case ',':
            ++stack.last().commas;
            break;
        default:
            break;
        }
    }
    return members;
}

qsizetype objectMembersInValue(const QJsonValue &value)
{
    qsizetype members = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        members += object.size();
        for (auto it = object.begin(); it != object.end(); ++it)
            members += objectMembersInValue(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            members += objectMembersInValue(entry);
    }
    return members;
}

void checkEndpointError(const Error &error)
{
    FUZZ_CHECK(error.isError());
    if (error.kind() != Error::Kind::OAuth)
        return;
    FUZZ_CHECK(!error.oauthError().isEmpty());
    // The code is shown too (Error::message): as plain text as the description, and short.
    FUZZ_CHECK(error.oauthError().size() <= 100);
    for (const QChar c : error.oauthError())
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    FUZZ_CHECK(error.errorDescription().size() <= 500);
    for (const QChar c : error.errorDescription())
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    const QUrl uri = error.errorUri();
    FUZZ_CHECK(uri.isEmpty() || uri.scheme() == QLatin1String("https")
               || uri.scheme() == QLatin1String("http"));
}

} // namespace OAuthDesk::Fuzz
