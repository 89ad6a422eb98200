// The emulator's HTTPS listener (cloudcodes-emulator --tls): a fresh CA and a certificate for
// 127.0.0.1 and localhost made at start, trusted by a client that is given the CA and refused by
// one that is not, and the same services and the same account behind both ports. The built
// binary (CLOUDCODES_EMULATOR_BINARY) prints the URL and the CA file, and cleans up on SIGTERM;
// with --iam-port it prints the IAM URL too, and serves IAM there only.
#include "tests/support/WireClient.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/server/LoopbackCertificate.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificateExtension>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifndef CLOUDCODES_EMULATOR_BINARY
#error "CLOUDCODES_EMULATOR_BINARY must name the cloudcodes-emulator executable"
#endif

namespace {

QString roomy() { return QStringLiteral("auth-guard"); } // 3 versions: one page

QueryList named(const QString &routine, const QueryList &more = {})
{
    return QueryList{{QStringLiteral("Name"), routine}} + more;
}

// The value of a certificate's extension by its OID, as Qt shows it.
QVariant extension(const QSslCertificate &certificate, const QString &oid)
{
    for (const QSslCertificateExtension &e : certificate.extensions()) {
        if (e.oid() == oid)
            return e.value();
    }
    return {};
}

QSslConfiguration trusting(const QSslCertificate &ca)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ca}); // the emulator's CA, and no other
    return configuration;
}

QStringList versionNames(const WireResult &r)
{
    QStringList names;
    for (const QJsonValue &v : r.json.value(QStringLiteral("CodeVersions")).toArray())
        names.append(v.toObject().value(QStringLiteral("CodeVersion")).toString());
    return names;
}

// The emulator binary, started with `arguments`, once it has printed `lines` lines.
struct EmulatorProcess
{
    QProcess process;
    QStringList lines;

    bool start(const QStringList &arguments, int lineCount)
    {
        process.start(QStringLiteral(CLOUDCODES_EMULATOR_BINARY), arguments);
        if (!process.waitForStarted(10000))
            return false;
        QByteArray out;
        while (lines.size() < lineCount && process.state() == QProcess::Running) {
            if (process.waitForReadyRead(10000))
                out += process.readAllStandardOutput();
            else if (process.state() == QProcess::Running)
                return false; // 10 s without a line
            lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        return lines.size() >= lineCount;
    }
    QString value(const QString &prefix) const
    {
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
        }
        return {};
    }
    // SIGTERM, as a shell's kill or a test harness sends it; true when it ended with exit code 0.
    bool terminate()
    {
        process.terminate();
        return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    ~EmulatorProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

// A signed ESA call over the HTTPS URL the binary printed, trusting only the CA file it printed.
WireResult listOverHttps(const QString &httpsUrl, const QString &caFile)
{
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (ca.size() != 1)
        return {};
    WireClient client(httpsUrl);
    client.setSslConfiguration(trusting(ca.constFirst()));
    return client.esa(QStringLiteral("ListUserRoutines"), {});
}

} // namespace

class TestEmulatorTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void certificateIsForLoopbackAndSignedByTheCa();
    void everyStartHasItsOwnCa();
    void trustingTheCaSucceeds();
    void withoutTrustingTheCaTheHandshakeFails();
    void anotherCaIsRefused();
    void bothPortsServeOneAccount();
    void binaryPrintsTheUrlAndTheCa();
    void binaryWritesTheCaWhereAsked();
    void binaryRefusesABusyTlsPort();
    void binaryServesIamOnItsOwnPort();

private:
    LoopbackCertificate m_certificate;
    std::unique_ptr<CloudEmulator> m_emulator;
};

void TestEmulatorTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    QString why;
    m_certificate = LoopbackCertificate::make(30, &why);
    QVERIFY2(!m_certificate.isNull(), qPrintable(why));
}

void TestEmulatorTls::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0) != 0);
    QVERIFY(m_emulator->listenTlsOnLoopback(m_certificate.serverConfiguration(), 0) != 0);
    QVERIFY(m_emulator->tlsPort() != m_emulator->port());
    QCOMPARE(m_emulator->tlsBaseUrl(), QStringLiteral("https://127.0.0.1:%1").arg(m_emulator->tlsPort()));
}

void TestEmulatorTls::cleanup()
{
    m_emulator.reset();
}

void TestEmulatorTls::certificateIsForLoopbackAndSignedByTheCa()
{
    const QSslCertificate &ca = m_certificate.authority;
    const QSslCertificate &server = m_certificate.server;
    QVERIFY(ca.isSelfSigned());
    QVERIFY(!server.isSelfSigned());
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName), ca.subjectInfo(QSslCertificate::CommonName));
    QCOMPARE(server.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("127.0.0.1")});

    const auto names = server.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList{QStringLiteral("127.0.0.1")});
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});

    // basicConstraints: only the CA may sign (Node and OpenSSL refuse a leaf that is a CA as issuer).
    QCOMPARE(extension(ca, QStringLiteral("2.5.29.19")).toMap().value(QStringLiteral("ca")).toBool(), true);
    QCOMPARE(extension(server, QStringLiteral("2.5.29.19")).toMap().value(QStringLiteral("ca")).toBool(), false);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(server.effectiveDate() < now.addSecs(-3000)); // an hour's grace for a client's slow clock
    QVERIFY(server.expiryDate() > now.addDays(29));
    QCOMPARE(m_certificate.serverKey.algorithm(), QSsl::Ec);
    QCOMPARE(m_certificate.serverKey.type(), QSsl::PrivateKey);
}

void TestEmulatorTls::everyStartHasItsOwnCa()
{
    const LoopbackCertificate other = LoopbackCertificate::make();
    QVERIFY(!other.isNull());
    QVERIFY(other.authority.publicKey() != m_certificate.authority.publicKey());
    QVERIFY(other.authority.serialNumber() != m_certificate.authority.serialNumber());
    QVERIFY(other.server.serialNumber() != m_certificate.server.serialNumber());
}

void TestEmulatorTls::trustingTheCaSucceeds()
{
    WireClient client(m_emulator->tlsBaseUrl());
    client.setSslConfiguration(trusting(m_certificate.authority));
    const WireResult r = client.esa(QStringLiteral("ListUserRoutines"), {});
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("TotalCount")).toInt(), int(DemoData::instance().routines().size()));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 1);
}

void TestEmulatorTls::withoutTrustingTheCaTheHandshakeFails()
{
    WireClient client(m_emulator->tlsBaseUrl()); // the system's CAs only
    const WireResult r = client.esa(QStringLiteral("ListUserRoutines"), {});
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(r.status, 0);
    QCOMPARE(m_emulator->totalRequests(), 0); // nothing reached a service
}

void TestEmulatorTls::anotherCaIsRefused()
{
    // A CA of another run (or another emulator) proves nothing about this one.
    WireClient client(m_emulator->tlsBaseUrl());
    client.setSslConfiguration(trusting(LoopbackCertificate::make().authority));
    const WireResult r = client.esa(QStringLiteral("ListUserRoutines"), {});
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(m_emulator->totalRequests(), 0);
}

void TestEmulatorTls::bothPortsServeOneAccount()
{
    WireClient https(m_emulator->tlsBaseUrl());
    https.setSslConfiguration(trusting(m_certificate.authority));
    WireClient http(m_emulator->baseUrl());

    const WireResult before = http.esa(QStringLiteral("ListRoutineCodeVersions"), named(roomy()));
    QCOMPARE(before.status, 200);
    const QString oldest = DemoData::instance().routine(roomy())->versions.constFirst().codeVersion;
    QVERIFY(versionNames(before).contains(oldest));

    // Deleted over HTTPS, gone over HTTP.
    const WireResult deleted = https.esa(QStringLiteral("DeleteRoutineCodeVersion"), named(roomy(), {{QStringLiteral("CodeVersion"), oldest}}));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.str(QStringLiteral("Status")), QStringLiteral("OK"));
    const WireResult after = http.esa(QStringLiteral("ListRoutineCodeVersions"), named(roomy()));
    QCOMPARE(after.json.value(QStringLiteral("TotalCount")).toInt(), before.json.value(QStringLiteral("TotalCount")).toInt() - 1);
    QVERIFY(!versionNames(after).contains(oldest));
    // GET with query parameters works over HTTPS as over HTTP (the official CLI reads that way).
    const WireResult read = https.esa(QStringLiteral("GetRoutine"), named(roomy()), false);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(QStringLiteral("DefaultRelatedRecord")).toString(),
             http.esa(QStringLiteral("GetRoutine"), named(roomy())).json.value(QStringLiteral("DefaultRelatedRecord")).toString());
    // esa-cli's `deployments list` asks for the staging addresses as a GET without parameters.
    const WireResult staging = https.esa(QStringLiteral("GetRoutineStagingEnvIp"), {}, false);
    QCOMPARE(staging.status, 200);
    QVERIFY(!staging.json.value(QStringLiteral("IPV4")).toArray().isEmpty());
}

void TestEmulatorTls::binaryPrintsTheUrlAndTheCa()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.start({QStringLiteral("--tls")}, 3), qPrintable(emulator.lines.join(QLatin1Char('\n')) + QString::fromUtf8(emulator.process.readAllStandardError())));
    QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$")).match(emulator.lines.at(0).mid(13)).hasMatch());
    const QString https = emulator.value(QStringLiteral("listening on https://"));
    QVERIFY2(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:\\d+$")).match(https).hasMatch(), qPrintable(emulator.lines.join(QLatin1Char('\n'))));
    const QString ca = emulator.value(QStringLiteral("ca: "));
    QVERIFY(QFileInfo(ca).isAbsolute());
    QVERIFY(QFileInfo::exists(ca));

    const WireResult r = listOverHttps(QStringLiteral("https://") + https, ca);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);

    // Its own temporary directory, gone with it.
    QVERIFY(emulator.terminate());
    QVERIFY(!QFileInfo::exists(ca));
    QVERIFY(!QFileInfo::exists(QFileInfo(ca).path()));
}

void TestEmulatorTls::binaryWritesTheCaWhereAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = dir.filePath(QStringLiteral("emulator-ca.pem"));
    QTcpServer probe; // a port free a moment ago, for --tls-port
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    EmulatorProcess emulator;
    QVERIFY(emulator.start({QStringLiteral("--tls-ca-out"), caFile, QStringLiteral("--tls-port"), QString::number(port)}, 3));
    QCOMPARE(emulator.value(QStringLiteral("listening on https://")), QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(emulator.value(QStringLiteral("ca: ")), QFileInfo(caFile).absoluteFilePath());
    QCOMPARE(listOverHttps(QStringLiteral("https://127.0.0.1:%1").arg(port), caFile).status, 200);
    QVERIFY(emulator.terminate());
    QVERIFY(QFileInfo::exists(caFile)); // the user's file stays
}

void TestEmulatorTls::binaryRefusesABusyTlsPort()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    QProcess emulator;
    emulator.start(QStringLiteral(CLOUDCODES_EMULATOR_BINARY), {QStringLiteral("--tls-port"), QString::number(busy.serverPort())});
    QVERIFY(emulator.waitForFinished(10000));
    QCOMPARE(emulator.exitCode(), 1);
    QVERIFY2(emulator.readAllStandardError().contains("cannot listen with HTTPS on 127.0.0.1:" + QByteArray::number(busy.serverPort())),
             "no clear error");
}

void TestEmulatorTls::binaryServesIamOnItsOwnPort()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.start({QStringLiteral("--iam-port"), QStringLiteral("0")}, 2), qPrintable(emulator.lines.join(QLatin1Char('\n'))));
    const QString apig = emulator.value(QStringLiteral("listening on "));
    const QString iam = emulator.value(QStringLiteral("iam listening on "));
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$")).match(iam).hasMatch(), qPrintable(iam));
    QVERIFY(iam != apig);
    QCOMPARE(WireClient(iam).iamPasswordToken().status, 201);
    QCOMPARE(WireClient(apig).iamPasswordToken().status, 404);
}

QTEST_GUILESS_MAIN(TestEmulatorTls)
#include "tst_emulator_tls.moc"
