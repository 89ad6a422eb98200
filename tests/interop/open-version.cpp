// Test-only, for tests/interop/esa-cli.mjs: CloudCodes opens a code version the official esa-cli
// committed, the way the app does (EsaClient's GetRoutineCodeVersion, RoutineCodeDecoder, then
// CodeBundle), and checks it holds the project's files.
// Usage: cloudcodes-interop-open-version BASE_URL ACCESS_KEY_ID ACCESS_KEY_SECRET ROUTINE VERSION ASSETS_DIR
// Prints one line per file of the bundle, then "ok" (exit 0) or what differs (exit 1).
#include "app/bundle/CodeBundle.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/esa/EsaClient.h"
#include "app/net/HttpTransport.h"
#include "tests/support/Await.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The version's bundle as CodeBundle reads it; null with `why` when it is not one.
std::optional<CodeBundle> openVersion(const QStringList &args, QString *why)
{
    HttpTransport transport;
    EsaClient client(transport, QUrl(args.at(1)), AlibabaCredentials{args.at(2), args.at(3), {}});
    const ApiResult<RoutineCodeVersion> fetched = awaitResult(client.getRoutineCodeVersion(args.at(4), args.at(5)));
    if (!fetched.ok()) {
        *why = QStringLiteral("GetRoutineCodeVersion failed: ") + fetched.error().message;
        return std::nullopt;
    }
    const DecodedCode decoded = RoutineCodeDecoder::decode(fetched.value().routineCode);
    if (decoded.kind != DecodedCode::Kind::Bundle) {
        *why = QStringLiteral("the version is not seen as a bundle (kind %1)").arg(int(decoded.kind));
        return std::nullopt;
    }
    const CodeBundle::Read read = CodeBundle::fromZip(decoded.bytes);
    if (!read.ok()) {
        *why = QStringLiteral("CodeBundle refuses it: ") + read.error;
        return std::nullopt;
    }
    return read.bundle;
}

// What differs between the bundle and the project: its entry and every assets file, byte for byte.
QStringList differences(const CodeBundle &bundle, const QString &assetsDir)
{
    QStringList problems;
    if (bundle.entryPath() != QLatin1String("routine/index.js"))
        problems.append(QStringLiteral("entry is \"%1\", not routine/index.js").arg(bundle.entryPath()));
    const CodeBundle::Read assets = CodeBundle::fromFolder(assetsDir);
    if (!assets.ok())
        return problems << QStringLiteral("cannot read %1: %2").arg(assetsDir, assets.error);
    for (const CodeBundle::File &f : assets.bundle.files()) {
        const CodeBundle::File *inBundle = bundle.file(QStringLiteral("assets/") + f.path);
        if (!inBundle)
            problems.append(QStringLiteral("assets/%1 is missing").arg(f.path));
        else if (inBundle->bytes != f.bytes)
            problems.append(QStringLiteral("assets/%1 differs").arg(f.path));
    }
    if (bundle.count() != assets.bundle.count() + 1)
        problems.append(QStringLiteral("%1 files, expected the entry and %2 assets").arg(bundle.count()).arg(assets.bundle.count()));
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        QTextStream(stderr) << "usage: " << args.value(0) << " BASE_URL ACCESS_KEY_ID ACCESS_KEY_SECRET ROUTINE VERSION ASSETS_DIR\n";
        return 2;
    }
    QString why;
    const std::optional<CodeBundle> bundle = openVersion(args, &why);
    if (!bundle) {
        out() << why << Qt::endl;
        return 1;
    }
    for (const CodeBundle::File &f : bundle->files())
        out() << f.path << ' ' << f.bytes.size() << '\n';
    const QStringList problems = differences(*bundle, args.at(6));
    out() << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'))) << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}
