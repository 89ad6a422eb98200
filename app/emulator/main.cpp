// cloudcodes-emulator: the local cloud on its own, for tests, other clients and the SDKs.
#include "app/emulator/CloudEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

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
                           appCodeLimit, stsLifetime});
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
    out << "listening on " << emulator.baseUrl() << Qt::endl;
    return app.exec();
}
