// JWT verification throughput of OAuthDesk's core, for scripts/bench (issue 8, measurement 4).
//   bench_jwt DIR SECONDS
// DIR holds what tests/bench/jwt.mjs generated: <alg>.jwk.json (the public JWK) and <alg>.jws (one
// compact JWS a line, all signed with that key), for RS256 and ES256. Each token is decoded
// (Jws::decode) and verified (JwsVerifier::verify) in a loop for about SECONDS per algorithm, the
// same work as jose's compactVerify with an imported key; the key is parsed once, as jose's is.
// Prints one line per algorithm: "<alg> <verifications> <seconds> <verifications per second>".

#include "jwt/jwk.h"
#include "jwt/jws.h"
#include "jwt/jwsverifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

using namespace OAuthDesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_jwt: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return file.readAll();
}

bool run(const QString &dir, const QString &alg, double seconds)
{
    const Result<Jwk> key =
            Jwk::fromJson(QJsonDocument::fromJson(readAll(dir + QLatin1Char('/') + alg
                                                          + QLatin1String(".jwk.json")))
                                  .object());
    if (!key.ok()) {
        std::fprintf(stderr, "bench_jwt: %s key refused: %s\n", qPrintable(alg),
                     qPrintable(key.error().message()));
        return false;
    }
    QList<QByteArray> tokens =
            readAll(dir + QLatin1Char('/') + alg + QLatin1String(".jws")).trimmed().split('\n');
    // Every token is checked once first: a benchmark of refusals would measure nothing useful.
    for (const QByteArray &token : tokens) {
        const Result<Jws> jws = Jws::decode(token);
        if (!jws.ok() || JwsVerifier::verify(jws.value(), key.value())) {
            std::fprintf(stderr, "bench_jwt: a %s token does not verify\n", qPrintable(alg));
            return false;
        }
    }
    const qint64 limitNs = qint64(seconds * 1e9);
    qint64 count = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 elapsedNs = 0;
    while (elapsedNs < limitNs) {
        for (const QByteArray &token : tokens) { // one round of all tokens between clock reads
            const Result<Jws> jws = Jws::decode(token);
            if (!jws.ok() || JwsVerifier::verify(jws.value(), key.value()))
                return false;
            ++count;
        }
        elapsedNs = timer.nsecsElapsed();
    }
    const double elapsed = double(elapsedNs) / 1e9;
    std::printf("%s %lld %.3f %.1f\n", qPrintable(alg), static_cast<long long>(count), elapsed,
                double(count) / elapsed);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_jwt DIR SECONDS\n");
        return 2;
    }
    const double seconds = args.at(2).toDouble();
    for (const QString &alg : { QStringLiteral("RS256"), QStringLiteral("ES256") }) {
        if (!run(args.at(1), alg, seconds))
            return 1;
    }
    return 0;
}
