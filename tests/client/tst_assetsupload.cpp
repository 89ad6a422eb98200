// The upload form and the assets way of making a code version: OssPostConfig read into OSS's
// form (the STS token posted as x-oss-security-token, never under its JSON name; an http:// URL
// to a bucket sent over HTTPS), the form as it reaches a server of the test's own; then
// AssetsUpload against the emulator: create, upload, build wait to the end, a failed build, the
// time limit, cancel at each stage proven on the wire (the request on its way abandoned, nothing
// sent after it), lost answers read back and never sent again, and the journal of it all.
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "app/esa/AssetsUpload.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/DeployReview.h"
#include "app/esa/EsaClient.h"
#include "app/esa/RoutineSnapshot.h"
#include "app/workspaces/EsaWorkspace.h"

#include "app/esa/AssetsSource.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {
// A server of the test's own on 127.0.0.1 that reads each request whole (by its Content-Length),
// keeps it, and answers `status` with no body, as OSS answers a PostObject without callback.
class FormServer : public QTcpServer
{
public:
    explicit FormServer(int status = 204, int answerAfterMs = 0)
        : m_status(status)
        , m_answerAfterMs(answerAfterMs)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(serverPort())); }
    QList<QByteArray> requests; // each whole: head and body

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &got = m_partial[socket];
        got += socket->readAll();
        const qsizetype headEnd = got.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : got.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (got.size() < headEnd + 4 + length)
            return;
        requests << got;
        m_partial.remove(socket);
        QTimer::singleShot(m_answerAfterMs, socket, [socket, status = m_status] {
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\n\r\n");
        });
    }

    int m_status;
    int m_answerAfterMs;
    QHash<QTcpSocket *, QByteArray> m_partial;
};

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A zip of stored (uncompressed) entries, written by hand: the test's bundles do not depend on
// the bundle reader they are checked by.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &files)
{
    const auto le16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    const auto le32 = [&](QByteArray &b, quint32 v) { le16(b, quint16(v & 0xffff)); le16(b, quint16(v >> 16)); };
    QByteArray body, directory;
    for (const auto &[name, data] : files) {
        const quint32 offset = quint32(body.size());
        const quint32 crc = crc32(data);
        QByteArray common;
        le16(common, 20); le16(common, 0); le16(common, 0); le16(common, 0); le16(common, 0x21); // version, flags, stored, time, date
        le32(common, crc); le32(common, quint32(data.size())); le32(common, quint32(data.size()));
        le16(common, quint16(name.size())); le16(common, 0);
        le32(body, 0x04034b50);
        body += common + name + data;
        le32(directory, 0x02014b50);
        le16(directory, 20);
        directory += common;
        le16(directory, 0); le16(directory, 0); le16(directory, 0); le32(directory, 0); le32(directory, offset);
        directory += name;
    }
    QByteArray end;
    le32(end, 0x06054b50); le16(end, 0); le16(end, 0);
    le16(end, quint16(files.size())); le16(end, quint16(files.size()));
    le32(end, quint32(directory.size())); le32(end, quint32(body.size())); le16(end, 0);
    return body + directory + end;
}

QByteArray siteZip()
{
    return storedZip({{"routine/index.js", "export default { fetch() { return new Response('pages'); } };\n"},
                      {"assets/index.html", "<!doctype html><title>t</title>\n"},
                      {"assets/css/site.css", "body { margin: 0 }\n"}});
}

QStringList names(const StagingUploadInfo &info)
{
    QStringList out;
    for (const auto &f : info.fields)
        out << f.first;
    return out;
}

QString field(const StagingUploadInfo &info, const QString &name)
{
    for (const auto &f : info.fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

// The assets answer as the SDK's model documents it (its names capitalised).
QJsonObject assetsAnswer(const QString &url, const QString &token)
{
    QJsonObject config{{QStringLiteral("Url"), url},
                       {QStringLiteral("Key"), QStringLiteral("routines/r/1750000000000000001.zip")},
                       {QStringLiteral("Policy"), QStringLiteral("eyJjb25kaXRpb25zIjpbXX0=")},
                       {QStringLiteral("Signature"), QStringLiteral("c2lnbmF0dXJl")},
                       {QStringLiteral("OSSAccessKeyId"), QStringLiteral("STS.NUx")}};
    if (!token.isNull())
        config.insert(QStringLiteral("XOssSecurityToken"), token);
    return QJsonObject{{QStringLiteral("RequestId"), QStringLiteral("req-1")},
                       {QStringLiteral("CodeVersion"), QStringLiteral("1750000000000000001")},
                       {QStringLiteral("Status"), QStringLiteral("init")},
                       {QStringLiteral("OssPostConfig"), config}};
}
} // namespace

class TestAssetsUpload : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tokenIsPostedUnderOssName();
    void stagingAnswerWithToken();
    void noOrEmptyTokenPostsNone();
    void httpUploadUrlBecomesHttps_data();
    void httpUploadUrlBecomesHttps();
    void formOnTheWire();
    void uploadDeadlineGrowsWithItsBytes();
    void stagingWayCarriesTheToken();
    void versionListReadsBuildAndSource();
    void whatAFolderSends();
    void versionListMarksBuildsAndDeployRefuses();
    void assetsWayEndToEnd();
    void failedBuildIsReported();
    void cancelDuringBuildWaitAbortsThePoll();
    void timeLimitEndsTheWait();
    void cancelDuringUploadReadsBack();
    void cancelDuringCreateReadsBack();
    void lostCreateAnswerIsReadBack();
    void notAllowedSendsNothing();

private:
    RoutineChange::Context context(const QString &routine, bool allowChanges = true) const
    {
        return RoutineChange::Context{client(allowChanges), QStringLiteral("demo-alibaba-ak"), QStringLiteral("Alibaba AccessKey"), routine,
                                      m_app.journal};
    }
    static QString pages() { return QLatin1String(DemoData::PagesFunctionRoutineName); }
    // Quick polls and a short limit: the waits of a test are tenths of a second.
    static AssetsUpload::Timing quick(int limitMs = 20000)
    {
        AssetsUpload::Timing t;
        t.pollIntervalMs = 50;
        t.buildTimeLimitMs = limitMs;
        t.progressIntervalMs = 20;
        return t;
    }
    static bool waitFor(RoutineChange &change)
    {
        QSignalSpy finished(&change, &RoutineChange::finished);
        return finished.wait(30000);
    }
    RoutineSnapshot snapshot(const QString &routine) const
    {
        const auto r = awaitResult(RoutineSnapshot::read(client(), routine));
        return r.ok() ? r.value() : RoutineSnapshot{};
    }
    const CodeVersion *listed(const RoutineSnapshot &s, const QString &version) const
    {
        for (const CodeVersion &v : s.versions) {
            if (v.codeVersion == version)
                return &v;
        }
        return nullptr;
    }

    std::shared_ptr<EsaClient> client(bool allowChanges = true) const
    {
        return std::make_shared<EsaClient>(*m_app.transport, QUrl(m_app.emulator->baseUrl()),
                                           AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                              QLatin1String(DemoData::AlibabaAccessKeySecret), {}},
                                           allowChanges);
    }

    AppFixture m_app;
};

void TestAssetsUpload::init()
{
    QVERIFY(m_app.start(false));
}

void TestAssetsUpload::cleanup()
{
    m_app.stop();
}

void TestAssetsUpload::tokenIsPostedUnderOssName()
{
    const ApiResult<StagingUploadInfo> info = EsaClient::parseUploadInfo(assetsAnswer(QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com"),
                                                                                      QStringLiteral("CAIS-token")));
    QVERIFY2(info.ok(), qPrintable(info.error().summary()));
    // The order esa-cli posts them in; policy and key under OSS's own (lower-case) names.
    QCOMPARE(names(info.value()), (QStringList{QStringLiteral("OSSAccessKeyId"), QStringLiteral("Signature"),
                                               QStringLiteral("x-oss-security-token"), QStringLiteral("policy"), QStringLiteral("key")}));
    QCOMPARE(field(info.value(), QStringLiteral("x-oss-security-token")), QStringLiteral("CAIS-token"));
    QCOMPARE(field(info.value(), QStringLiteral("key")), QStringLiteral("routines/r/1750000000000000001.zip"));
    QCOMPARE(info.value().codeVersion, QStringLiteral("1750000000000000001"));
}

void TestAssetsUpload::stagingAnswerWithToken()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"RequestId":"r","CodeVersion":"17","OssPostConfig":{
        "Url":"https://b.oss-cn-hangzhou.aliyuncs.com/","OSSAccessKeyId":"STS.x","key":"k","policy":"cA==",
        "Signature":"s","callback":"Y2I=","x:codeDescription":"d","XOssSecurityToken":"tok","x-oss-meta-extra":"e"}})").object();
    const ApiResult<StagingUploadInfo> info = EsaClient::parseUploadInfo(json);
    QVERIFY2(info.ok(), qPrintable(info.error().summary()));
    QCOMPARE(names(info.value()), (QStringList{QStringLiteral("OSSAccessKeyId"), QStringLiteral("Signature"), QStringLiteral("x-oss-security-token"),
                                               QStringLiteral("callback"), QStringLiteral("x:codeDescription"), QStringLiteral("policy"),
                                               QStringLiteral("key"), QStringLiteral("x-oss-meta-extra")}));
    QVERIFY(!names(info.value()).contains(QStringLiteral("XOssSecurityToken")));
}

void TestAssetsUpload::noOrEmptyTokenPostsNone()
{
    for (const QString &token : {QString(), QStringLiteral("")}) {
        const ApiResult<StagingUploadInfo> info = EsaClient::parseUploadInfo(assetsAnswer(QStringLiteral("https://b.example.com"), token));
        QVERIFY(info.ok());
        QVERIFY(!names(info.value()).contains(QStringLiteral("x-oss-security-token")));
        QVERIFY(!names(info.value()).contains(QStringLiteral("XOssSecurityToken")));
    }
    QJsonObject broken = assetsAnswer(QStringLiteral("https://b.example.com"), {});
    QJsonObject config = broken.value(QStringLiteral("OssPostConfig")).toObject();
    config.remove(QStringLiteral("Policy"));
    broken.insert(QStringLiteral("OssPostConfig"), config);
    const ApiResult<StagingUploadInfo> refused = EsaClient::parseUploadInfo(broken);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("policy")), qPrintable(refused.error().message));
}

void TestAssetsUpload::httpUploadUrlBecomesHttps_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("sent");
    QTest::newRow("the SDK's example") << "http://bucket.oss-cn-hangzhou.aliyuncs.com" << "https://bucket.oss-cn-hangzhou.aliyuncs.com";
    QTest::newRow("port 80 written out") << "http://bucket.oss-cn-hangzhou.aliyuncs.com:80/p" << "https://bucket.oss-cn-hangzhou.aliyuncs.com/p";
    QTest::newRow("another port kept") << "http://bucket.example.com:8080/p" << "https://bucket.example.com:8080/p";
    QTest::newRow("https as it is") << "https://bucket.example.com/p" << "https://bucket.example.com/p";
    QTest::newRow("loopback stays http") << "http://127.0.0.1:9000/b" << "http://127.0.0.1:9000/b";
    QTest::newRow("a name like loopback") << "http://127.0.0.1.example.com/b" << "https://127.0.0.1.example.com/b";
}

void TestAssetsUpload::httpUploadUrlBecomesHttps()
{
    QFETCH(QString, given);
    QFETCH(QString, sent);
    const ApiResult<StagingUploadInfo> info = EsaClient::parseUploadInfo(assetsAnswer(given, QStringLiteral("t")));
    QVERIFY2(info.ok(), qPrintable(info.error().summary()));
    QCOMPARE(info.value().url, QUrl(sent));
}

void TestAssetsUpload::formOnTheWire()
{
    FormServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ApiResult<StagingUploadInfo> info = EsaClient::parseUploadInfo(assetsAnswer(server.url().toString(), QStringLiteral("CAIS-wire-token")));
    QVERIFY(info.ok());
    const QByteArray zip("PK\x05\x06" + QByteArray(18, '\0'));
    const ApiResult<HttpReply> posted = awaitResult(client()->uploadStagingCode(info.value(), zip));
    QVERIFY2(posted.ok(), qPrintable(posted.error().summary()));
    QCOMPARE(server.requests.size(), 1);
    const QByteArray request = server.requests.first();
    QVERIFY(request.startsWith("POST / HTTP/1.1\r\n"));
    QVERIFY(request.contains("Content-Disposition: form-data; name=\"x-oss-security-token\"\r\n\r\nCAIS-wire-token\r\n"));
    QVERIFY(!request.contains("XOssSecurityToken"));
    // The token goes before the policy and the file last, as OSS reads a form.
    QVERIFY(request.indexOf("name=\"x-oss-security-token\"") < request.indexOf("name=\"policy\""));
    QVERIFY(request.indexOf("name=\"key\"") < request.indexOf("name=\"file\""));
}

// An upload's overall deadline counts the bytes it sends, not only the answer's: with a 300 ms
// base, 256 KiB at no less than 64 KiB/s may take 4.3 s, so an answer after 1 s still arrives;
// counted on the answer alone (nothing), the same upload timed out after 300 ms.
void TestAssetsUpload::uploadDeadlineGrowsWithItsBytes()
{
    FormServer server(204, 1000);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    NetworkSettings settings;
    settings.deadlineBaseMs = 300;
    settings.minBytesPerSecond = 64 * 1024;
    settings.maxAttempts = 1;
    HttpTransport transport(settings);
    EsaClient esa(transport, QUrl(m_app.emulator->baseUrl()),
                  AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret), {}}, true);
    const ApiResult<StagingUploadInfo> info = EsaClient::parseUploadInfo(assetsAnswer(server.url().toString(), QStringLiteral("t")));
    QVERIFY(info.ok());
    QElapsedTimer clock;
    clock.start();
    const ApiResult<HttpReply> posted = awaitResult(esa.uploadToOss(info.value(), QByteArray(256 * 1024, 'z'), QStringLiteral("big.zip")));
    QVERIFY2(posted.ok(), qPrintable(posted.error().summary()));
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(server.requests.size(), 1);
}

// The emulator hands out an STS key with a token on the staging way too, and refuses a form
// without it, as OSS does: the staging upload goes through only because the token is posted.
void TestAssetsUpload::stagingWayCarriesTheToken()
{
    const QString routine = QLatin1String(DemoData::EdgeRoutineName);
    const ApiResult<StagingUploadInfo> info = awaitResult(client()->getRoutineStagingCodeUploadInfo(routine, {}));
    QVERIFY2(info.ok(), qPrintable(info.error().summary()));
    QVERIFY(!info.value().fieldValue(QStringLiteral("x-oss-security-token")).isEmpty());
    QVERIFY(!names(info.value()).contains(QStringLiteral("XOssSecurityToken")));
    StagingUploadInfo withoutToken = info.value();
    withoutToken.fields.removeIf([](const auto &f) { return f.first == QLatin1String("x-oss-security-token"); });
    const QByteArray code("export default { fetch() { return new Response('token'); } };\n");
    const ApiResult<HttpReply> refused = awaitResult(client()->uploadStagingCode(withoutToken, code));
    QVERIFY(!refused.ok()); // the emulator checks it, so the next success means something
    auto progress = std::make_shared<TransferProgress>();
    const ApiResult<HttpReply> posted = awaitResult(client()->uploadToOss(info.value(), code, QStringLiteral("index.js"), progress));
    QVERIFY2(posted.ok(), qPrintable(posted.error().summary()));
    // The upload's progress was followed to its end.
    QVERIFY2(progress->total.load() > code.size(), qPrintable(QStringLiteral("%1 of %2").arg(progress->sent.load()).arg(progress->total.load())));
    QCOMPARE(progress->sent.load(), progress->total.load());
}

// What New Version would send for a folder, an esa.jsonc, a single file (never) and nothing.
void TestAssetsUpload::whatAFolderSends()
{
    QTemporaryDir dir;
    const auto write = [&](const QString &relative, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(dir.filePath(relative)).absolutePath());
        QFile f(dir.filePath(relative));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("static/index.html"), "<!doctype html>\n");
    write(QStringLiteral("static/css/a.css"), "a{}\n");
    const AssetsSource site = AssetsSource::read(dir.filePath(QStringLiteral("static")));
    QVERIFY2(site.ok(), qPrintable(site.problem));
    QCOMPARE(site.kind, AssetsSource::Kind::AssetsFolder);
    QVERIFY(site.entry.isEmpty());
    QCOMPARE(site.assetCount, 2);
    QVERIFY(site.bundle.file(QStringLiteral("assets/css/a.css")));
    QVERIFY(!site.notes.isEmpty());
    QVERIFY(CodeBundle::fromZip(site.zip).ok()); // the zip posted is a bundle the reader takes
    write(QStringLiteral("proj/esa.jsonc"), R"({"entry": "src/index.js", "assets": {"directory": "public", "notFoundStrategy": "singlePageApplication"}})");
    write(QStringLiteral("proj/src/index.js"), "export default { fetch() { return new Response('p'); } };\n");
    write(QStringLiteral("proj/public/index.html"), "<!doctype html>\n");
    const AssetsSource project = AssetsSource::read(dir.filePath(QStringLiteral("proj/esa.jsonc")));
    QVERIFY2(project.ok(), qPrintable(project.problem));
    QCOMPARE(project.kind, AssetsSource::Kind::Project);
    QCOMPARE(project.entry, QStringLiteral("routine/index.js"));
    QCOMPARE(project.assetCount, 1);
    QCOMPARE(project.notFoundStrategy, QStringLiteral("SinglePageApplication"));
    const AssetsSource single = AssetsSource::read(dir.filePath(QStringLiteral("proj/src/index.js")));
    QVERIFY(!single.ok());
    QVERIFY(single.zip.isEmpty());
    QVERIFY(single.problem.contains(QStringLiteral("not a single file")));
    QVERIFY(!AssetsSource::read(dir.filePath(QStringLiteral("nowhere"))).ok());
}

void TestAssetsUpload::versionListReadsBuildAndSource()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"RequestId":"r","TotalCount":3,"CodeVersions":[
        {"CodeVersion":"3","Status":"init","BuildId":77,"ExtraInfo":"{\"Source\":\"CLI\"}","ConfOptions":{"NotFoundStrategy":"SinglePageApplication"}},
        {"CodeVersion":"2","Status":"buildFailed","ExtraInfo":"{\"Source\":\"Console\"}"},
        {"CodeVersion":"1","Status":"Available","ExtraInfo":"not json"}]})").object();
    const ApiResult<CodeVersionPage> page = EsaClient::parseCodeVersionPage(json);
    QVERIFY(page.ok());
    const QList<CodeVersion> &v = page.value().versions;
    QCOMPARE(v.at(0).buildState(), BuildState::Building);
    QCOMPARE(v.at(0).buildId, QStringLiteral("77"));
    QCOMPARE(v.at(0).source(), QStringLiteral("CLI"));
    QCOMPARE(v.at(0).notFoundStrategy, QStringLiteral("SinglePageApplication"));
    QCOMPARE(v.at(1).buildState(), BuildState::Failed);
    QCOMPARE(v.at(1).source(), QStringLiteral("Console"));
    QCOMPARE(v.at(2).buildState(), BuildState::Ready);
    QVERIFY(v.at(2).source().isEmpty()); // ExtraInfo that is no JSON says nobody
    QCOMPARE(CodeVersion::buildStateOf({}), BuildState::Ready); // older answers have no Status
    QVERIFY(!CodeVersion::buildStateText(QStringLiteral("buildFailed")).isEmpty());
    const ApiResult<CodeVersionInfo> info = EsaClient::parseCodeVersionInfo(QStringLiteral("9"), QJsonObject{
            {QStringLiteral("Status"), QStringLiteral("failed")}, {QStringLiteral("ErrorMessage"), QStringLiteral("esbuild: syntax error")}});
    QVERIFY(info.ok());
    QCOMPARE(info.value().codeVersion, QStringLiteral("9"));
    QCOMPARE(info.value().message, QStringLiteral("esbuild: syntax error"));
    QVERIFY(!EsaClient::parseCodeVersionInfo(QStringLiteral("9"), QJsonObject{}).ok());
}

// The version list says who made a version and marks a failed or unfinished build; such a
// version cannot be deployed, and the workspace and the deploy review say why.
void TestAssetsUpload::versionListMarksBuildsAndDeployRefuses()
{
    const QList<CodeVersion> versions{CodeVersion{QStringLiteral("3"), {}, {}, QStringLiteral("init"), {}, QStringLiteral(R"({"Source":"CLI"})"), {}},
                                      CodeVersion{QStringLiteral("2"), {}, {}, QStringLiteral("buildFailed"), {}, QStringLiteral(R"({"Source":"Console"})"), {}},
                                      CodeVersion{QStringLiteral("1"), {}, {}, QStringLiteral("Available"), {}, QStringLiteral(R"({"Source":"CloudCodes"})"), {}}};
    RoutineSnapshot snap;
    snap.versions = versions;
    snap.detail.routine.name = QStringLiteral("site"); // as GetRoutine's parser names it
    snap.detail.routine.hasAssets = true;
    EsaWorkspace ws(*m_app.repository, *m_app.state);
    ws.setAccount(QStringLiteral("demo-alibaba-ak"), client());
    ws.versions()->setRoutine(nullptr, QStringLiteral("site")); // no client: nothing is requested
    ws.showChanged(snap);
    CodeVersionListModel *m = ws.versions();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->headerData(CodeVersionListModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Made with"));
    QCOMPARE(m->index(0, CodeVersionListModel::SourceColumn).data().toString(), QStringLiteral("esa-cli"));
    QCOMPARE(m->index(1, CodeVersionListModel::SourceColumn).data().toString(), QStringLiteral("Console"));
    QCOMPARE(m->index(2, CodeVersionListModel::SourceColumn).data().toString(), QStringLiteral("CloudCodes"));
    QVERIFY(m->index(0, CodeVersionListModel::StatusColumn).data().toString().startsWith(QStringLiteral("Building")));
    QVERIFY(m->index(1, CodeVersionListModel::StatusColumn).data().toString().startsWith(QStringLiteral("Build failed")));
    QCOMPARE(m->index(2, CodeVersionListModel::StatusColumn).data().toString(), QStringLiteral("Available"));
    QCOMPARE(m->index(1, 0).data(CodeVersionListModel::BuildStateRole).toInt(), int(BuildState::Failed));
    QVERIFY(m->index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be deployed")));
    QVERIFY(m->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("esa-cli")));
    QVERIFY(ws.routineHasAssets());
    QVERIFY(ws.whyNoDeploy(QStringLiteral("3")).contains(QStringLiteral("still being built")));
    QVERIFY(ws.whyNoDeploy(QStringLiteral("2")).contains(QStringLiteral("failed")));
    QCOMPARE(ws.whyNoDeploy(QStringLiteral("1")), QString());
    DeployReview failed(snap.detail, QStringLiteral("site"), versions.at(1), DeployReview::Preset::DeployToStaging);
    QVERIFY(!failed.mayDeploy(false));
    DeployReview ready(snap.detail, QStringLiteral("site"), versions.at(2), DeployReview::Preset::DeployToStaging);
    QVERIFY(ready.mayDeploy(false));
}

void TestAssetsUpload::assetsWayEndToEnd()
{
    AssetsUpload u(context(pages()));
    u.setTiming(quick());
    QSignalSpy progress(&u, &RoutineChange::progress);
    u.start(siteZip(), QStringLiteral("from the test"), QStringLiteral("SinglePageApplication"));
    QVERIFY(waitFor(u));
    QVERIFY2(u.outcome() == ChangeRecord::Outcome::Done, qPrintable(u.message()));
    QVERIFY(u.succeeded());
    QVERIFY(!u.newVersion().isEmpty());
    QCOMPARE(u.buildStatus().toLower(), QStringLiteral("available"));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineWithAssetsCodeVersion")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("oss:PostObject")), 1);
    QVERIFY(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersionInfo")) >= 2); // "init" first, then the verdict
    QStringList steps;
    for (const QList<QVariant> &p : std::as_const(progress))
        steps << p.first().toString();
    QVERIFY2(steps.filter(QStringLiteral("Uploading")).size() >= 1, qPrintable(steps.join(QLatin1Char('|'))));
    QVERIFY2(steps.filter(QStringLiteral("Building")).size() + steps.filter(QStringLiteral("Uploaded")).size() >= 1, qPrintable(steps.join(QLatin1Char('|'))));
    QVERIFY(u.after() && listed(*u.after(), u.newVersion())); // read again at the end, for the list
    // The list shows it built, made by CloudCodes, with the project's not-found strategy.
    const RoutineSnapshot after = snapshot(pages()); // the version below points into it
    const CodeVersion *v = listed(after, u.newVersion());
    QVERIFY(v);
    QCOMPARE(v->buildState(), BuildState::Ready);
    QCOMPARE(v->source(), QStringLiteral("CloudCodes"));
    QCOMPARE(v->description, QStringLiteral("from the test"));
    QCOMPARE(v->notFoundStrategy, QStringLiteral("SinglePageApplication"));
    const ChangeRecord last = m_app.journal->records().last();
    QCOMPARE(last.action, QStringLiteral("upload"));
    QCOMPARE(last.after, u.newVersion());
    QCOMPARE(last.outcome, ChangeRecord::Outcome::Done);
}

void TestAssetsUpload::failedBuildIsReported()
{
    AssetsUpload u(context(pages()));
    u.setTiming(quick());
    u.start(storedZip({{"README.md", "neither an entry nor assets\n"}}), QStringLiteral("broken"));
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Refused);
    QVERIFY(!u.succeeded());
    QVERIFY(!u.newVersion().isEmpty());
    QCOMPARE(CodeVersion::buildStateOf(u.buildStatus()), BuildState::Failed);
    QVERIFY2(u.message().contains(QStringLiteral("failed")) && u.message().contains(u.buildStatus()), qPrintable(u.message()));
    const RoutineSnapshot after = snapshot(pages()); // the version below points into it
    const CodeVersion *v = listed(after, u.newVersion());
    QVERIFY(v);
    QCOMPARE(v->buildState(), BuildState::Failed);
    QCOMPARE(m_app.journal->records().last().outcome, ChangeRecord::Outcome::Refused);
}

void TestAssetsUpload::cancelDuringBuildWaitAbortsThePoll()
{
    m_app.emulator->forceFaultFor(QStringLiteral("GetRoutineCodeVersionInfo"), FaultKind::Stall);
    AssetsUpload u(context(pages()));
    u.setTiming(quick());
    QSignalSpy finished(&u, &RoutineChange::finished);
    u.start(siteZip(), QStringLiteral("cancelled"));
    // The first poll is held by the emulator: it is on the wire when Cancel comes.
    QTRY_VERIFY_WITH_TIMEOUT(u.stage() == AssetsUpload::Stage::Building && m_app.emulator->inFlightCount() == 1, 20000);
    const int polls = m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersionInfo"));
    QCOMPARE(polls, 1);
    u.cancel();
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Unknown);
    QVERIFY2(u.message().contains(u.newVersion()), qPrintable(u.message()));
    QVERIFY(!u.after()); // nothing was read at the end: no stale routine to show
    // The stalled poll's connection closes from this side, long before the emulator's minute: aborted on the wire.
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->inFlightCount(), 0, 10000);
    QSignalSpy progress(&u, &RoutineChange::progress);
    QVERIFY(!progress.wait(10 * quick().pollIntervalMs)); // nothing more happens…
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersionInfo")), polls); // …and no poll is sent
    QCOMPARE(finished.size(), 1);
}

void TestAssetsUpload::timeLimitEndsTheWait()
{
    m_app.emulator->forceFaultFor(QStringLiteral("GetRoutineCodeVersionInfo"), FaultKind::Stall);
    AssetsUpload u(context(pages()));
    u.setTiming(quick(600));
    u.start(siteZip(), QStringLiteral("too slow"));
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Unknown);
    QVERIFY2(u.message().contains(QStringLiteral("Gave up")), qPrintable(u.message()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->inFlightCount(), 0, 10000); // the stalled poll did not outlive the limit
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersionInfo")), 1);
    QCOMPARE(m_app.journal->records().last().outcome, ChangeRecord::Outcome::Unknown);
}

void TestAssetsUpload::cancelDuringUploadReadsBack()
{
    m_app.emulator->forceFaultFor(QStringLiteral("oss:PostObject"), FaultKind::Stall);
    AssetsUpload u(context(pages()));
    u.setTiming(quick());
    u.start(siteZip(), QStringLiteral("cancelled upload"));
    QTRY_VERIFY_WITH_TIMEOUT(u.stage() == AssetsUpload::Stage::Uploading && m_app.emulator->inFlightCount() == 1, 20000);
    u.cancel();
    QVERIFY(waitFor(u));
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->inFlightCount(), 0, 10000); // the held request was aborted by this side
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("oss:PostObject")), 1); // never sent again
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersionInfo")), 1); // read back once
    QVERIFY(u.outcome() != ChangeRecord::Outcome::Done);
    QVERIFY2(u.message().contains(QStringLiteral("Cancelled")), qPrintable(u.message()));
}

void TestAssetsUpload::cancelDuringCreateReadsBack()
{
    // The emulator carries the create out and holds its answer: Cancel aborts it on the wire.
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineWithAssetsCodeVersion"), FaultKind::Stall);
    const RoutineSnapshot before = snapshot(pages());
    AssetsUpload u(context(pages()));
    u.setTiming(quick());
    u.start(siteZip(), QStringLiteral("cancelled create"));
    QTRY_VERIFY_WITH_TIMEOUT(u.stage() == AssetsUpload::Stage::Creating && m_app.emulator->inFlightCount() == 1, 20000);
    u.cancel();
    QVERIFY(waitFor(u));
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->inFlightCount(), 0, 10000);
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Happened); // read back: the version was made…
    QVERIFY(!u.succeeded());                                 // …but without its zip
    QVERIFY(!listed(before, u.newVersion()) && listed(snapshot(pages()), u.newVersion()));
    QVERIFY2(u.message().startsWith(QStringLiteral("Cancelled")), qPrintable(u.message()));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineWithAssetsCodeVersion")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("oss:PostObject")), 0);
}

void TestAssetsUpload::lostCreateAnswerIsReadBack()
{
    m_app.emulator->forceFaultFor(QStringLiteral("CreateRoutineWithAssetsCodeVersion"), FaultKind::Drop);
    const RoutineSnapshot before = snapshot(pages());
    AssetsUpload u(context(pages()));
    u.setTiming(quick());
    u.start(siteZip(), QStringLiteral("lost"));
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::Happened);
    QVERIFY(!u.succeeded()); // made, but its zip could not be sent: no form came back
    QVERIFY(!u.newVersion().isEmpty());
    QVERIFY(!listed(before, u.newVersion()));
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineWithAssetsCodeVersion")), 1);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("oss:PostObject")), 0);
}

void TestAssetsUpload::notAllowedSendsNothing()
{
    AssetsUpload u(context(pages(), false));
    u.start(siteZip(), {});
    QVERIFY(waitFor(u));
    QCOMPARE(u.outcome(), ChangeRecord::Outcome::NotSent);
    QCOMPARE(m_app.emulator->requestCount(QStringLiteral("CreateRoutineWithAssetsCodeVersion")), 0);
    AssetsUpload notZip(context(pages()));
    notZip.start("export default {}", {});
    QVERIFY(waitFor(notZip));
    QCOMPARE(notZip.outcome(), ChangeRecord::Outcome::NotSent);
}

QTEST_GUILESS_MAIN(TestAssetsUpload)
#include "tst_assetsupload.moc"
