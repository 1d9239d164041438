#pragma once

#include "common/error.h"
#include "http/httpresponse.h"
#include "tokens/tokenset.h"

namespace OAuthDesk::TokenResponse {

/**
 * Reads a token endpoint answer (RFC 6749 §5.1 success, §5.2 error) with strict types:
 *
 * - 200 with a JSON object: `access_token` (non-empty string) and `token_type` (string, "Bearer" in
 *   any case) are required; `expires_in` is a non-negative integer number when present (not a
 * string); `refresh_token`, `scope`, `id_token` are strings when present;
 * - 400/401 with a JSON object carrying a string `error`: an OAuth error with its description and
 * URI;
 * - anything else (HTML, arrays, other statuses, broken JSON) is an invalid answer naming what was
 *   wrong, never quoting the body (it may hold a token).
 *
 * `requestedScope` fills `scope` when the server omits it (§5.1).
 */
Result<TokenSet> parse(const HttpResponse &response, const QString &requestedScope,
                       const QDateTime &now);

/// The §5.2 error part alone, for endpoints that answer errors the same way (revocation, device
/// flow).
Error parseError(const HttpResponse &response);

} // namespace OAuthDesk::TokenResponse
