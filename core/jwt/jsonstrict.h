#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>

namespace OAuthDesk {

/**
 * Strict JSON for JOSE headers, JWT claims and JWK sets (RFC 7515 §5.2 step 4, RFC 7519 §7.2 step
 * 4, RFC 8259 §4). QJsonDocument keeps the last of two members with the same name; a signature that
 * covers `{"iss":"a","iss":"b"}` must not mean one thing to the signer and another to us, so this
 * parser checks the grammar itself, refuses duplicate names at every depth (names compared after
 * unescaping, so "a" and "\u0061" collide), refuses invalid UTF-8 and deep nesting, and only then
 * lets QJsonDocument build the value.
 */
class JsonStrict
{
public:
    /// A JSON text whose top-level value is an object, or Kind::InvalidResponse saying why not.
    static Result<QJsonObject> parseObject(const QByteArray &json);

    /// Nesting deeper than this is refused (JOSE objects are shallow; recursion stays bounded).
    static constexpr int MaxDepth = 32;
};

} // namespace OAuthDesk
