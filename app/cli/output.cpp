#include "output.h"

#include <QTextStream>

#include <cstdio>

namespace OAuthDesk {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace OAuthDesk
