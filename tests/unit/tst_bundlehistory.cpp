// The history features on Functions and Pages bundles: the git export writes each bundle version
// as its tree of files (a file gone in a later version is gone from its commit, the single-file
// version before it leaves no file behind, the working tree stays clean, git fsck accepts it; an
// untracked file where a bundle's file goes is refused); a bundle that cannot be read is code.zip.
#include "tests/support/GitRun.h"
#include "app/bundle/CodeBundle.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/history/GitHistoryExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
HistoryVersion version(int n, const QByteArray &bytes)
{
    HistoryVersion v;
    v.codeVersion = QStringLiteral("17361504000%1").arg(n, 8, 10, QLatin1Char('0'));
    v.description = QStringLiteral("release %1").arg(n);
    v.createTime = QDateTime::fromSecsSinceEpoch(1736150400 + qint64(n) * 86400, Qt::UTC);
    v.kind = RoutineCodeDecoder::fromBytes(bytes).kind;
    v.bytes = bytes;
    return v;
}

QByteArray zip(const QList<CodeBundle::File> &files)
{
    const CodeBundle::Read read = CodeBundle::fromFiles(files);
    Q_ASSERT(read.ok());
    return read.bundle.toZip();
}

GitHistoryExport::Request request(const QString &folder, const QList<HistoryVersion> &versions)
{
    GitHistoryExport::Request r;
    r.folder = folder;
    r.routine = QStringLiteral("pages-site");
    r.accountId = QStringLiteral("account-1");
    r.accountName = QStringLiteral("Demo");
    r.versions = versions;
    return r;
}

QStringList filesAt(const QString &dir, const QString &commit)
{
    return GitRun::in(dir, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"), commit}).lines();
}
} // namespace

class TestBundleHistory : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesEachBundleAsItsTree();
    void untrackedFileInTheWayIsRefused();
    void unreadableBundleIsOneZip();
    void aFileOfEachVersion();
};

void TestBundleHistory::exportWritesEachBundleAsItsTree()
{
    QTemporaryDir dir;
    const QList<HistoryVersion> versions = {
            version(1, QByteArrayLiteral("export default { fetch() { return new Response('one'); } };\n")),
            version(2, zip({{QStringLiteral("routine/index.js"), QByteArrayLiteral("export default {};\n")},
                            {QStringLiteral("assets/css/site.css"), QByteArrayLiteral("body { color: red; }\n")},
                            {QStringLiteral("assets/old.txt"), QByteArrayLiteral("old\n")}})),
            version(3, zip({{QStringLiteral("routine/index.js"), QByteArrayLiteral("export default { v: 3 };\n")},
                            {QStringLiteral("assets/css/site.css"), QByteArrayLiteral("body { color: navy; }\n")},
                            {QStringLiteral("assets/img/logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)}})),
    };
    QCOMPARE(versions.at(1).kind, DecodedCode::Kind::Bundle);
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 3);

    QCOMPARE(filesAt(dir.path(), QStringLiteral("HEAD~2")), QStringList{QStringLiteral("index.js")});
    QCOMPARE(filesAt(dir.path(), QStringLiteral("HEAD~1")),
             (QStringList{QStringLiteral("assets/css/site.css"), QStringLiteral("assets/old.txt"), QStringLiteral("routine/index.js")}));
    QCOMPARE(filesAt(dir.path(), QStringLiteral("HEAD")),
             (QStringList{QStringLiteral("assets/css/site.css"), QStringLiteral("assets/img/logo.png"), QStringLiteral("routine/index.js")}));
    // The working tree is the newest version, exactly: the single file and the removed one are gone.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("index.js"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("assets/old.txt"))));
    QFile css(dir.filePath(QStringLiteral("assets/css/site.css")));
    QVERIFY(css.open(QIODevice::ReadOnly));
    QCOMPARE(css.readAll(), QByteArrayLiteral("body { color: navy; }\n"));
    QCOMPARE(GitRun::in(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).output, QByteArray());
    const GitRun fsck = GitRun::in(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict")});
    QVERIFY2(fsck.ok(), qPrintable(fsck.error));
    // The CSS file's own history, as git sees it.
    QCOMPARE(GitRun::in(dir.path(), {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("--"), QStringLiteral("assets/css/site.css")}).lines(),
             (QStringList{QStringLiteral("release 3"), QStringLiteral("release 2")}));
}

void TestBundleHistory::untrackedFileInTheWayIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(GitRun::in(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}).ok());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("assets/css")));
    QFile mine(dir.filePath(QStringLiteral("assets/css/site.css")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine\n");
    mine.close();
    const GitHistoryExport::Result r = GitHistoryExport::run(
            request(dir.path(), {version(1, zip({{QStringLiteral("routine/index.js"), QByteArrayLiteral("x\n")},
                                                 {QStringLiteral("assets/css/site.css"), QByteArrayLiteral("a{}\n")}}))}));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("assets/css/site.css")), qPrintable(r.error));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArrayLiteral("mine\n"));
}

void TestBundleHistory::unreadableBundleIsOneZip()
{
    QTemporaryDir dir;
    HistoryVersion broken = version(1, QByteArray("PK\3\4", 4) + QByteArray(40, 'x'));
    QCOMPARE(broken.kind, DecodedCode::Kind::Bundle);
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), {broken}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(filesAt(dir.path(), QStringLiteral("HEAD")), QStringList{QStringLiteral("code.zip")});
}

void TestBundleHistory::aFileOfEachVersion()
{
    const HistoryVersion single = version(1, QByteArrayLiteral("export default {};\n"));
    const HistoryVersion bundle = version(2, zip({{QStringLiteral("routine/index.js"), QByteArrayLiteral("export default { v: 2 };\n")},
                                                  {QStringLiteral("assets/site.css"), QByteArrayLiteral("a { b: c }\n")}}));
    // A single-file version is its routine's entry, and has no other file.
    QCOMPARE(HistoryVersion::fileOf(single, QStringLiteral("routine/index.js")).bytes, single.bytes);
    QCOMPARE(HistoryVersion::fileOf(single, QStringLiteral("assets/site.css")).kind, DecodedCode::Kind::Empty);
    const HistoryVersion css = HistoryVersion::fileOf(bundle, QStringLiteral("assets/site.css"));
    QCOMPARE(css.bytes, QByteArrayLiteral("a { b: c }\n"));
    QVERIFY(css.hasLines());
    QCOMPARE(css.codeVersion, bundle.codeVersion);
    QCOMPARE(HistoryVersion::fileOf(bundle, QStringLiteral("nope")).kind, DecodedCode::Kind::Empty);
}

QTEST_MAIN(TestBundleHistory)
#include "tst_bundlehistory.moc"
