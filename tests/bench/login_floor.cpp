// The floor of the login latency, for scripts/bench (issue 8, measurement 2; issue 15): the least
// any client of the same server and the same keychain can do once the browser comes back.
//   login_floor ISSUER RUN BROWSER_COMMAND...
// One process, like `oauthdesk login`. Before the callback, and not timed (as OAuthDesk does while
// the person is in the browser): the Secret Service's connection and session are opened (by a
// lookup of the entry, secret_password_lookup_sync, which leaves them open in the backend that
// libsecret's password calls share), the issuer's discovery document and key set are fetched
// over one HTTP connection (kept alive, as Qt keeps OAuthDesk's), a loopback listener is opened on
// 127.0.0.1 and BROWSER_COMMAND is started with the authorization URL (authorization code + PKCE,
// client oauthdesk-test, scope "openid offline_access api:read", prompt=consent as OAuthDesk asks
// for an offline_access grant) as its last argument.
//
// Timed, on CLOCK_MONOTONIC: from the moment the callback's request has been read in full (its
// head, up to the empty line: where OAuthDesk's listener logs "a sign-in response arrived") to the
// moment the keychain has confirmed the write (where OAuthDesk logs "signed in; the session is in
// the keychain"). In between, nothing but what no client can leave out: the state compared, one
// token POST (on the connection already open), the refresh token taken from the answer, and one
// keychain write (secret_password_store_sync into the default collection). The key set is not
// used: the floor checks no signature. The browser gets its answer after the clock has stopped.
//
// Prints one line: "login-floor ms=<callback → keychain> post-ms=<the token POST alone>". Tokens
// and codes are never printed; the keychain entry (service oauthdesk-bench-floor, run RUN) stays in
// the benchmark's private keyring.

#include <curl/curl.h>
#include <libsecret/secret.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

extern char **environ;

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "login_floor: %s\n", message.c_str());
    std::exit(1);
}

double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

std::string base64url(const unsigned char *data, size_t size)
{
    static const char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    for (size_t i = 0; i < size; i += 3) {
        const unsigned n = unsigned(data[i]) << 16 | (i + 1 < size ? unsigned(data[i + 1]) << 8 : 0)
                | (i + 2 < size ? unsigned(data[i + 2]) : 0);
        out += alphabet[n >> 18 & 63];
        out += alphabet[n >> 12 & 63];
        if (i + 1 < size)
            out += alphabet[n >> 6 & 63];
        if (i + 2 < size)
            out += alphabet[n & 63];
    }
    return out;
}

std::string randomToken()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        fail("no random bytes");
    return base64url(bytes, sizeof bytes);
}

/// The string value of "name" in a flat JSON object (the values read here are URLs and tokens,
/// which hold no escapes).
std::string jsonString(const std::string &json, const std::string &name)
{
    const std::string key = "\"" + name + "\"";
    size_t at = json.find(key);
    if (at == std::string::npos)
        return {};
    at = json.find('"', json.find(':', at + key.size()));
    if (at == std::string::npos)
        return {};
    const size_t end = json.find('"', at + 1);
    return end == std::string::npos ? std::string() : json.substr(at + 1, end - at - 1);
}

/// A query parameter of a request target, still percent-encoded (as a form body takes it back).
std::string queryValue(const std::string &target, const std::string &name)
{
    const size_t query = target.find('?');
    if (query == std::string::npos)
        return {};
    size_t at = query + 1;
    while (at < target.size()) {
        size_t end = target.find('&', at);
        if (end == std::string::npos)
            end = target.size();
        const std::string pair = target.substr(at, end - at);
        if (pair.compare(0, name.size() + 1, name + "=") == 0)
            return pair.substr(name.size() + 1);
        at = end + 1;
    }
    return {};
}

size_t collect(char *data, size_t size, size_t count, void *out)
{
    static_cast<std::string *>(out)->append(data, size * count);
    return size * count;
}

/// One HTTP client, one connection: libcurl keeps it open between requests of the same handle.
class Http
{
public:
    Http()
    {
        m_curl = curl_easy_init();
        if (!m_curl)
            fail("no curl handle");
        curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    }
    ~Http() { curl_easy_cleanup(m_curl); }

    std::string get(const std::string &url)
    {
        curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
        return perform(url);
    }
    std::string post(const std::string &url, const std::string &form)
    {
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDS, form.c_str());
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE, long(form.size()));
        return perform(url);
    }
    std::string escape(const std::string &text)
    {
        char *escaped = curl_easy_escape(m_curl, text.c_str(), int(text.size()));
        std::string out(escaped);
        curl_free(escaped);
        return out;
    }

private:
    std::string perform(const std::string &url)
    {
        std::string body;
        curl_easy_setopt(m_curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &body);
        const CURLcode result = curl_easy_perform(m_curl);
        long status = 0;
        curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &status);
        if (result != CURLE_OK || status != 200)
            fail("HTTP " + std::to_string(status) + " " + curl_easy_strerror(result) + " from "
                 + url.substr(0, url.find('?')));
        return body;
    }

    CURL *m_curl;
};

const SecretSchema FloorSchema = { "org.oauthdesk.BenchFloor",
                                   SECRET_SCHEMA_DONT_MATCH_NAME,
                                   { { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
                                     { "run", SECRET_SCHEMA_ATTRIBUTE_STRING },
                                     { nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING } },
                                   0,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr };

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: login_floor ISSUER RUN BROWSER_COMMAND...\n");
        return 2;
    }
    const std::string issuer = argv[1];
    const std::string run = argv[2];
    curl_global_init(CURL_GLOBAL_DEFAULT);

    // Before the callback: the keychain's connection and session, the issuer's documents. A lookup
    // of this run's entry (there is none yet) opens them in the backend that libsecret's password
    // calls share (secret_service_get_sync would open a second service and session, not that one),
    // as OAuthDesk's read of the account's entry does.
    GError *error = nullptr;
    gchar *earlier =
            secret_password_lookup_sync(&FloorSchema, nullptr, &error, "service",
                                        "oauthdesk-bench-floor", "run", run.c_str(), nullptr);
    if (error)
        fail(std::string("no Secret Service: ") + error->message);
    secret_password_free(earlier);
    Http http;
    const std::string metadata = http.get(issuer + "/.well-known/openid-configuration");
    const std::string authorizationEndpoint = jsonString(metadata, "authorization_endpoint");
    const std::string tokenEndpoint = jsonString(metadata, "token_endpoint");
    const std::string jwksUri = jsonString(metadata, "jwks_uri");
    if (authorizationEndpoint.empty() || tokenEndpoint.empty() || jwksUri.empty())
        fail("the discovery document lacks an endpoint");
    const std::string keys = http.get(jwksUri);
    if (keys.find("\"keys\"") == std::string::npos)
        fail("no key set");

    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || listen(listener, 4) != 0
        || getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        fail("no loopback listener");
    const std::string redirectUri =
            "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/callback";

    const std::string verifier = randomToken();
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(verifier.data()), verifier.size(), digest);
    const std::string state = randomToken();
    const std::string url = authorizationEndpoint
            + "?response_type=code&client_id=oauthdesk-test&redirect_uri="
            + http.escape(redirectUri) + "&scope=openid%20offline_access%20api%3Aread&state="
            + state + "&nonce=" + randomToken() + "&code_challenge="
            + base64url(digest, sizeof digest) + "&code_challenge_method=S256&prompt=consent";

    std::vector<char *> browser(argv + 3, argv + argc);
    browser.push_back(const_cast<char *>(url.c_str()));
    browser.push_back(nullptr);
    pid_t child = 0;
    if (posix_spawnp(&child, browser[0], nullptr, nullptr, browser.data(), environ) != 0)
        fail("cannot start the browser command");

    // The callback: one GET, read up to the end of its head.
    const int socket = accept(listener, nullptr, nullptr);
    if (socket < 0)
        fail("no callback");
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = read(socket, buffer, sizeof buffer);
        if (n <= 0)
            fail("the callback's request ended early");
        request.append(buffer, size_t(n));
    }
    const double arrived = nowMs(); // the clock starts

    const std::string target = request.substr(0, request.find("\r\n"));
    if (queryValue(target.substr(0, target.rfind(' ')), "state") != state)
        fail("the callback's state is not this sign-in's");
    const std::string code = queryValue(target.substr(0, target.rfind(' ')), "code");
    if (code.empty())
        fail("the callback carries no code");
    const double posted = nowMs();
    const std::string answer = http.post(
            tokenEndpoint,
            "grant_type=authorization_code&code=" + code + "&code_verifier=" + verifier
                    + "&redirect_uri=" + http.escape(redirectUri) + "&client_id=oauthdesk-test");
    const double answered = nowMs();
    const std::string refreshToken = jsonString(answer, "refresh_token");
    if (refreshToken.empty())
        fail("the token endpoint's answer holds no refresh token");
    if (!secret_password_store_sync(&FloorSchema, SECRET_COLLECTION_DEFAULT,
                                    "OAuthDesk bench floor", refreshToken.c_str(), nullptr, &error,
                                    "service", "oauthdesk-bench-floor", "run", run.c_str(),
                                    nullptr))
        fail(std::string("the keychain write failed: ") + (error ? error->message : "unknown"));
    const double kept = nowMs(); // the clock stops

    static const char page[] =
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 10\r\n"
            "Connection: close\r\n\r\nSigned in.";
    if (write(socket, page, sizeof page - 1) < 0)
        fail("cannot answer the browser");
    close(socket);
    close(listener);
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail("the browser command failed");
    std::printf("login-floor ms=%.2f post-ms=%.2f\n", kept - arrived, answered - posted);
    return 0;
}
