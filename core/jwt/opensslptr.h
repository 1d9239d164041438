#pragma once

// Internal to core/jwt: owning pointers for OpenSSL objects, and a guard for its error queue.

#include <QByteArray>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace OAuthDesk::OpenSsl {

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;

/**
 * Removes, on scope exit, whatever OpenSSL errors this scope queued. A failed verification leaves
 * entries in the thread's error queue; Qt Network's TLS backend reads the same queue and would
 * report our stale errors as its own. Errors queued before the scope stay where they were.
 */
class ErrorQueueGuard
{
public:
    ErrorQueueGuard() { ERR_set_mark(); }
    ~ErrorQueueGuard() { ERR_pop_to_mark(); }
    ErrorQueueGuard(const ErrorQueueGuard &) = delete;
    ErrorQueueGuard &operator=(const ErrorQueueGuard &) = delete;
};

inline BignumPtr bignum(const QByteArray &bigEndian)
{
    return BignumPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()),
                               static_cast<int>(bigEndian.size()), nullptr));
}

} // namespace OAuthDesk::OpenSsl
