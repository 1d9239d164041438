// libsecret's own memory per lookup, without OAuthDesk, for scripts/bench (issue 8, measurement 6;
// issue 15): the growth that `bench_refresh cycles` shows per keychain read, in a program that
// does nothing but read one secret.
//   libsecret_lookups N
// Stores one secret (service oauthdesk-bench-lookups) in the default collection, then calls
// secret_password_lookup_sync for it N times in a row, freeing each answer. The resident memory
// is read from /proc/self/status after the first tenth of the lookups (the connection, the
// session and libgio's caches are in place by then) and at the end.
// Prints one line: "lookups <N> rss-after-warmup-kib=<a> rss-end-kib=<b>".

#include <libsecret/secret.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

const SecretSchema LookupSchema = { "org.oauthdesk.BenchLookups",
                                    SECRET_SCHEMA_DONT_MATCH_NAME,
                                    { { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
                                      { nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING } },
                                    0,
                                    nullptr,
                                    nullptr,
                                    nullptr,
                                    nullptr,
                                    nullptr,
                                    nullptr,
                                    nullptr };

long residentKib()
{
    FILE *status = std::fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (status && std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0)
            kib = std::strtol(line + 6, nullptr, 10);
    }
    if (status)
        std::fclose(status);
    return kib;
}

} // namespace

int main(int argc, char **argv)
{
    const long count = argc == 2 ? std::strtol(argv[1], nullptr, 10) : 0;
    if (count < 10) {
        std::fprintf(stderr, "usage: libsecret_lookups N   (N >= 10)\n");
        return 2;
    }
    GError *error = nullptr;
    // Not a real secret: a fixed stand-in of a refresh token's length.
    if (!secret_password_store_sync(&LookupSchema, SECRET_COLLECTION_DEFAULT,
                                    "OAuthDesk bench lookups",
                                    "stand-in-for-a-refresh-token-0123456789abcdef", nullptr,
                                    &error, "service", "oauthdesk-bench-lookups", nullptr)) {
        std::fprintf(stderr, "libsecret_lookups: the keychain write failed: %s\n",
                     error ? error->message : "unknown");
        return 1;
    }
    long warm = -1;
    for (long i = 0; i < count; ++i) {
        gchar *secret = secret_password_lookup_sync(&LookupSchema, nullptr, &error, "service",
                                                    "oauthdesk-bench-lookups", nullptr);
        if (!secret) {
            std::fprintf(stderr, "libsecret_lookups: lookup %ld failed: %s\n", i,
                         error ? error->message : "not found");
            return 1;
        }
        secret_password_free(secret);
        if (i + 1 == count / 10)
            warm = residentKib();
    }
    std::printf("lookups %ld rss-after-warmup-kib=%ld rss-end-kib=%ld\n", count, warm,
                residentKib());
    return 0;
}
