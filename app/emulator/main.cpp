// cloudcodes-emulator: the local cloud on its own, for tests, other clients and the SDKs.
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/LoopbackCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <fcntl.h>
#include <unistd.h>

namespace {

QString credentialsText()
{
    QString text = QStringLiteral(
                           "Alibaba Cloud ESA and STS (ACS3-HMAC-SHA256), account %1\n"
                           "  AccessKeyId      %2\n  AccessKeySecret  %3\n"
                           "  STS AccessKeyId  %4\n  STS secret       %5\n  STS token        %6\n"
                           "  RAM roles (STS AssumeRole; trusted by the account above)\n")
                           .arg(QLatin1String(DemoData::AlibabaAccountId), QLatin1String(DemoData::AlibabaAccessKeyId),
                                QLatin1String(DemoData::AlibabaAccessKeySecret), QLatin1String(DemoData::AlibabaStsAccessKeyId),
                                QLatin1String(DemoData::AlibabaStsAccessKeySecret), QLatin1String(DemoData::AlibabaStsSecurityToken));
    for (const DemoRamRole &r : DemoData::instance().ramRoles()) {
        text += QStringLiteral("  RoleArn          %1 (sessions up to %2 s%3)\n")
                        .arg(r.arn).arg(r.maxSessionDuration)
                        .arg(r.externalId.isEmpty() ? QString() : QStringLiteral(", ExternalId %1 required").arg(r.externalId));
    }
    return text + QStringLiteral(
                   "Huawei Cloud IAM / APIG\n"
                   "  AK               %1\n  SK               %2\n"
                   "  account (domain) %3\n  user             %4\n  password         %5\n"
                   "  region           %6\n  project id       %7\n")
            .arg(QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey),
                 QLatin1String(DemoData::HuaweiDomain), QLatin1String(DemoData::HuaweiUser),
                 QLatin1String(DemoData::HuaweiPassword), QLatin1String(DemoData::HuaweiRegion),
                 QLatin1String(DemoData::HuaweiProjectId));
}

// The emulator's options (the parser adds --help and --version).
struct EmulatorOptions
{
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({port, printCredentials, manifest, faultRate, faultSeed, faultKinds, latency, stall, drip, tokenLifetime, versionQuota,
                           appCodeLimit, stsLifetime, tls, tlsPort, tlsCaOut, iamPort, logRequests});
    }
    bool wantsTls(const QCommandLineParser &parser) const
    {
        return parser.isSet(tls) || parser.isSet(tlsPort) || parser.isSet(tlsCaOut);
    }

    const QCommandLineOption port{QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = a free one)."), QStringLiteral("PORT"), QStringLiteral("0")};
    const QCommandLineOption printCredentials{QStringLiteral("print-credentials"), QStringLiteral("Print the demo credentials and exit.")};
    const QCommandLineOption manifest{QStringLiteral("demo-manifest"), QStringLiteral("Print a JSON summary of the demo data and exit.")};
    const QCommandLineOption faultRate{QStringLiteral("fault-rate"), QStringLiteral("Probability (0..1) that a request gets an injected fault."), QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption faultSeed{QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault sequence."), QStringLiteral("N"), QStringLiteral("1")};
    const QCommandLineOption faultKinds{QStringLiteral("fault-kinds"), QStringLiteral("Comma-separated kinds: 500,503,throttle,reset,truncate,badjson,stall,drip,drop (default: all but drip and drop)."), QStringLiteral("LIST")};
    const QCommandLineOption latency{QStringLiteral("latency"), QStringLiteral("Delay added to every response."), QStringLiteral("MS"), QStringLiteral("0")};
    const QCommandLineOption stall{QStringLiteral("stall-ms"), QStringLiteral("How long a stall fault holds a connection."), QStringLiteral("MS"), QStringLiteral("60000")};
    const QCommandLineOption drip{QStringLiteral("drip-ms"), QStringLiteral("The pace of a drip fault: one byte every MS."), QStringLiteral("MS"), QStringLiteral("1000")};
    const QCommandLineOption tokenLifetime{QStringLiteral("token-lifetime"), QStringLiteral("Lifetime of IAM tokens."), QStringLiteral("SECONDS"), QStringLiteral("86400")};
    const QCommandLineOption versionQuota{QStringLiteral("version-quota"),
                                          QStringLiteral("Code versions an ESA routine may keep unless its plan says otherwise (the vendor documents 10)."),
                                          QStringLiteral("N"), QString::number(DemoData::DefaultCodeVersionQuota)};
    const QCommandLineOption appCodeLimit{QStringLiteral("appcode-limit"),
                                          QStringLiteral("AppCodes an APIG app may hold (the vendor documents 5)."),
                                          QStringLiteral("N"), QString::number(DemoData::AppCodeLimit)};
    const QCommandLineOption stsLifetime{QStringLiteral("sts-lifetime"),
                                         QStringLiteral("At most this lifetime for credentials STS AssumeRole issues (default: the DurationSeconds asked for)."),
                                         QStringLiteral("SECONDS")};
    const QCommandLineOption tls{QStringLiteral("tls"),
                                 QStringLiteral("Also listen with HTTPS on 127.0.0.1, with a CA and certificate made at start; prints the CA file to trust.")};
    const QCommandLineOption tlsPort{QStringLiteral("tls-port"), QStringLiteral("HTTPS port on 127.0.0.1 (0 = a free one; implies --tls)."),
                                     QStringLiteral("PORT"), QStringLiteral("0")};
    const QCommandLineOption tlsCaOut{QStringLiteral("tls-ca-out"),
                                      QStringLiteral("Write the CA (PEM) to FILE instead of a temporary directory removed at exit (implies --tls)."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption iamPort{QStringLiteral("iam-port"),
                                     QStringLiteral("Serve Huawei IAM on a port of its own on 127.0.0.1 (0 = a free one), as the real IAM is another "
                                                    "host than APIG: IAM only there, everything else only on the other ports."),
                                     QStringLiteral("PORT")};
    const QCommandLineOption logRequests{QStringLiteral("log-requests"),
                                         QStringLiteral("Print one line per request answered to stderr (scheme, method, path, action, status, error code).")};
};

// An option's value, a number from min to max; anything else is a usage error that ends the program.
double number(const QCommandLineParser &parser, const QCommandLineOption &o, double min, double max)
{
    bool ok = false;
    const double v = parser.value(o).toDouble(&ok);
    if (!ok || v < min || v > max) {
        QTextStream(stderr) << "error: --" << o.names().constFirst() << " must be a number from " << min << " to " << max << '\n';
        std::exit(2);
    }
    return v;
}

// The faults and delays the options ask for; false (having said why) for an unknown fault kind.
bool readFaultPlan(const QCommandLineParser &parser, const EmulatorOptions &options, FaultPlan *plan)
{
    plan->rate = number(parser, options.faultRate, 0, 1);
    plan->seed = quint32(number(parser, options.faultSeed, 0, 4294967295.0));
    plan->latencyMs = int(number(parser, options.latency, 0, 600000));
    plan->stallMs = int(number(parser, options.stall, 0, 3600000));
    plan->dripMs = int(number(parser, options.drip, 1, 3600000));
    if (parser.isSet(options.faultKinds)) {
        plan->kinds.clear();
        for (const QString &name : parser.value(options.faultKinds).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const FaultKind k = FaultPlan::fromName(name.trimmed());
            if (k == FaultKind::None) {
                QTextStream(stderr) << "error: unknown fault kind '" << name << "'\n";
                return false;
            }
            plan->kinds.append(k);
        }
    }
    return true;
}

// The emulator's limits and lifetimes the options ask for.
void applyLimits(CloudEmulator &emulator, const QCommandLineParser &parser, const EmulatorOptions &options)
{
    emulator.setTokenLifetimeSeconds(int(number(parser, options.tokenLifetime, 1, 365 * 86400)));
    emulator.setVersionQuota(int(number(parser, options.versionQuota, 1, 1000)));
    emulator.setAppCodeLimit(int(number(parser, options.appCodeLimit, 0, 100000)));
    if (parser.isSet(options.stsLifetime))
        emulator.setStsLifetimeSeconds(int(number(parser, options.stsLifetime, 1, 43200)));
}

// Writes the CA's PEM to `path`; false (having said why) when it cannot.
bool writeCa(const LoopbackCertificate &certificate, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificate.authority.toPem()) < 0 || !file.commit()) {
        QTextStream(stderr) << "error: cannot write the CA to " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

// The HTTPS listener beside the HTTP one: a fresh CA and certificate, the CA written to `caOut`
// (empty: into `caDir`), then "listening on https://…" and "ca: FILE" on stdout.
bool startTls(CloudEmulator &emulator, quint16 port, const QString &caOut, const QTemporaryDir *caDir, QTextStream &out)
{
    QString why;
    const LoopbackCertificate certificate = LoopbackCertificate::make(30, &why);
    if (certificate.isNull()) {
        QTextStream(stderr) << "error: cannot make the TLS certificate: " << why << '\n';
        return false;
    }
    QString caPath = caOut;
    if (caPath.isEmpty()) {
        if (!caDir || !caDir->isValid()) {
            QTextStream(stderr) << "error: cannot make a temporary directory for the CA"
                                << (caDir ? QStringLiteral(": ") + caDir->errorString() : QString()) << '\n';
            return false;
        }
        caPath = caDir->filePath(QStringLiteral("cloudcodes-emulator-ca.pem"));
    }
    // The file first: whoever reads "ca: FILE" may open it at once.
    if (!writeCa(certificate, caPath))
        return false;
    if (!emulator.listenTlsOnLoopback(certificate.serverConfiguration(), port)) {
        QTextStream(stderr) << "error: cannot listen with HTTPS on 127.0.0.1:" << port << '\n';
        return false;
    }
    out << "listening on " << emulator.tlsBaseUrl() << '\n' << "ca: " << QFileInfo(caPath).absoluteFilePath() << Qt::endl;
    return true;
}

// IAM on a port of its own: "iam listening on http://…" on stdout.
bool startIam(CloudEmulator &emulator, quint16 port, QTextStream &out)
{
    if (!emulator.listenIamOnLoopback(port)) {
        QTextStream(stderr) << "error: cannot listen for IAM on 127.0.0.1:" << port << '\n';
        return false;
    }
    out << "iam listening on " << emulator.iamBaseUrl() << Qt::endl;
    return true;
}

// SIGTERM and SIGINT end the event loop instead of the process, so that destructors run: the
// temporary directory of the CA goes with the emulator. (A pipe: a signal handler may only write.)
int quitPipe[2] = {-1, -1};

void quitOnSignals(QCoreApplication &app)
{
    if (::pipe2(quitPipe, O_CLOEXEC) != 0)
        return;
    auto *notifier = new QSocketNotifier(quitPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(quitPipe[1], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudcodes-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDCODES_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A local cloud that speaks Alibaba Cloud ESA (2024-09-10) and STS (2015-04-01), Huawei Cloud IAM\n"
            "and APIG (v2) on one 127.0.0.1 port, verifies real signatures and serves CloudCodes' demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const EmulatorOptions options;
    options.addTo(parser);
    parser.process(app);

    QTextStream out(stdout);
    if (parser.isSet(options.printCredentials)) {
        out << credentialsText();
        return 0;
    }
    if (parser.isSet(options.manifest)) {
        out << QJsonDocument(DemoData::instance().manifest()).toJson(QJsonDocument::Indented);
        return 0;
    }

    FaultPlan plan;
    if (!readFaultPlan(parser, options, &plan))
        return 2;
    CloudEmulator emulator;
    emulator.setFaultPlan(plan);
    applyLimits(emulator, parser, options);
    if (!emulator.listenOnLoopback(quint16(number(parser, options.port, 0, 65535)))) {
        QTextStream(stderr) << "error: cannot listen on 127.0.0.1:" << parser.value(options.port) << '\n';
        return 1;
    }
    if (parser.isSet(options.logRequests))
        emulator.setRequestLog([](const QString &line) { QTextStream(stderr) << line << Qt::endl; });
    out << "listening on " << emulator.baseUrl() << Qt::endl;
    if (parser.isSet(options.iamPort) && !startIam(emulator, quint16(number(parser, options.iamPort, 0, 65535)), out))
        return 1;
    std::unique_ptr<QTemporaryDir> caDir; // "<temp>/cloudcodes-emulator-XXXXXX"
    if (options.wantsTls(parser)) {
        const auto tlsPort = quint16(number(parser, options.tlsPort, 0, 65535)); // a usage error ends it before any file
        const QString caOut = parser.value(options.tlsCaOut);
        if (caOut.isEmpty())
            caDir = std::make_unique<QTemporaryDir>();
        if (!startTls(emulator, tlsPort, caOut, caDir.get(), out))
            return 1;
        quitOnSignals(app);
    }
    return app.exec();
}
