#include "tokenshape.h"

#include "jwt/base64url.h"
#include "jwt/jsonstrict.h"

namespace OAuthDesk {

TokenShape TokenShape::classify(const QByteArray &token)
{
    TokenShape shape;
    const qsizetype dots = token.count('.');
    if (dots != 2 && dots != 4)
        return shape;
    const Result<QByteArray> headerBytes = Base64Url::decode(token.left(token.indexOf('.')));
    if (!headerBytes.ok() || headerBytes.value().isEmpty())
        return shape;
    const Result<QJsonObject> header = JsonStrict::parseObject(headerBytes.value());
    if (!header.ok() || !header.value().value(QLatin1String("alg")).isString())
        return shape;
    if (dots == 2)
        shape.m_kind = Kind::Jws;
    else if (header.value().value(QLatin1String("enc")).isString())
        shape.m_kind = Kind::Jwe;
    return shape;
}

} // namespace OAuthDesk
