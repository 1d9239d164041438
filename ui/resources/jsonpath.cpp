#include "jsonpath.h"

#include "resources/jsonvaluetext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace OAuthDesk {

namespace {

/// RFC 9535 member-name-shorthand: a key that may follow a dot unquoted.
bool isShorthandName(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool first =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
        if (!first && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

QString memberSegment(const QString &key)
{
    if (isShorthandName(key))
        return QLatin1Char('.') + key;
    return QLatin1Char('[') + JsonValueText::quoted(key, QLatin1Char('\'')) + QLatin1Char(']');
}

} // namespace

QString JsonPath::segment(const QJsonValue &container, int row)
{
    if (container.isArray())
        return QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    if (container.isObject()) {
        const QJsonObject object = container.toObject();
        return memberSegment((object.constBegin() + row).key());
    }
    return {}; // a scalar root: its one row is `$` itself
}

} // namespace OAuthDesk
