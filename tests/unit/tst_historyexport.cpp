// GitHistoryExport and DeploymentTags, checked with the git executable: the layout of the exported
// repository (one commit per version, dates, author without e-mail, message and trailers, one file
// named after each kind, the storage-error commit that changes no file), deployment tags including
// canaries, re-export that only appends and moves tags, refusal of folders that are not this
// routine's history, cancel leaving a valid repository, and the demo's routines. git must be
// installed: a missing git fails the test, it is never skipped.
#include "tests/support/GitRun.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/emulator/demo/DemoData.h"
#include "app/history/DeploymentTags.h"
#include "app/history/GitHistoryExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>


namespace {

using Kind = DecodedCode::Kind;

HistoryVersion version(int n, Kind kind, const QByteArray &bytes, const QString &description = {})
{
    HistoryVersion v;
    v.codeVersion = QStringLiteral("17361504000%1").arg(n, 8, 10, QLatin1Char('0'));
    v.description = description.isNull() ? QStringLiteral("release %1\n\nWhat changed in release %1.").arg(n) : description;
    v.createTime = QDateTime::fromSecsSinceEpoch(1736150400 + qint64(n) * 86400 + 7, Qt::UTC);
    v.requestId = QStringLiteral("5B5A7C9E-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    v.kind = kind;
    v.bytes = bytes;
    if (kind == Kind::StorageError) {
        v.storageErrorCode = QStringLiteral("NoSuchKey");
        v.storageErrorMessage = QStringLiteral("The specified key does not exist.");
    }
    return v;
}

QList<HistoryVersion> scripts(int count)
{
    QList<HistoryVersion> out;
    QByteArray code = "export default {\n  async fetch(request) {\n    return fetch(request);\n  },\n};\n";
    for (int i = 0; i < count; ++i) {
        code.insert(0, "// change " + QByteArray::number(i) + "\n");
        out.append(version(i, Kind::JavaScript, code));
    }
    return out;
}

RoutineEnvironment environment(const QString &env, const QList<std::pair<QString, int>> &shares)
{
    RoutineEnvironment e;
    e.env = env;
    for (const auto &[codeVersion, percentage] : shares) {
        DeployedVersion d;
        d.codeVersion = codeVersion;
        d.percentage = percentage;
        e.versions.append(d);
    }
    return e;
}

QList<HistoryVersion> demoHistory(const QString &routine)
{
    const DemoData &demo = DemoData::instance();
    QList<HistoryVersion> out;
    for (const DemoCodeVersion &v : demo.routine(routine)->versions) {
        const DecodedCode code = RoutineCodeDecoder::decode(demo.routineCode(v));
        HistoryVersion h;
        h.codeVersion = v.codeVersion;
        h.description = v.description;
        h.createTime = v.createTime.toUTC();
        h.requestId = QStringLiteral("demo-%1").arg(v.codeVersion.right(6));
        h.kind = code.kind;
        h.bytes = code.bytes;
        h.storageErrorCode = code.storageErrorCode;
        h.storageErrorMessage = code.storageErrorMessage;
        out.append(h);
    }
    return out;
}

QList<RoutineEnvironment> demoEnvironments(const QString &routine)
{
    QList<RoutineEnvironment> out;
    for (const DemoEnvironment &e : DemoData::instance().routine(routine)->envs) {
        QList<std::pair<QString, int>> shares;
        for (const DemoCanaryShare &s : e.shares)
            shares.append({s.codeVersion, s.percentage});
        out.append(environment(e.env, shares));
    }
    return out;
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private slots:
    void fileNames_data();
    void fileNames();
    void deploymentTags_data();
    void deploymentTags();
    void ownedTags_data();
    void ownedTags();
    void commitMessages_data();
    void commitMessages();
    void layout();
    void authorWithoutEmail();
    void tagsFollowTheDeployments();
    void reexportAppendsAndMovesTags();
    void reexportAfterTheCloudDroppedOldVersions();
    void olderMissingVersionsAreNotPlaced();
    void refusesForeignFolders_data();
    void refusesForeignFolders();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void unrelatedUntrackedFilesAreKept();
    void cancelLeavesAValidRepository();
    void createsMissingFolders();
    void demoRoutines_data();
    void demoRoutines();

private:
    GitHistoryExport::Request request(const QString &folder, const QList<HistoryVersion> &versions,
                                      const QList<RoutineEnvironment> &environments = {}) const;
    std::optional<QByteArray> git(const QString &dir, const QStringList &args, QString *error, int *exitCode = nullptr) const;
    QByteArray gitOk(const QString &dir, const QStringList &args) const; // fails the test (via QTest::qFail) on error
    QStringList commits(const QString &dir) const;                       // oldest first
    QMap<QString, QString> tagTargets(const QString &dir) const;         // tag → commit
    bool verifyValid(const QString &dir) const;                          // fsck --strict and status clean
};

GitHistoryExport::Request TestHistoryExport::request(const QString &folder, const QList<HistoryVersion> &versions,
                                                     const QList<RoutineEnvironment> &environments) const
{
    GitHistoryExport::Request r;
    r.folder = folder;
    r.routine = QStringLiteral("edge-gateway");
    r.accountId = QStringLiteral("account-1");
    r.accountName = QStringLiteral("Demo (Alibaba)");
    r.versions = versions;
    r.environments = environments;
    return r;
}

std::optional<QByteArray> TestHistoryExport::git(const QString &dir, const QStringList &args, QString *error, int *exitCode) const
{
    const GitRun run = GitRun::in(dir, args);
    if (run.exitCode < 0) {
        *error = run.error;
        return std::nullopt;
    }
    if (exitCode)
        *exitCode = run.exitCode;
    else if (!run.ok()) {
        *error = QStringLiteral("git %1 failed (exit %2): %3").arg(args.join(QLatin1Char(' '))).arg(run.exitCode).arg(run.error);
        return std::nullopt;
    }
    return run.output + run.error.toLocal8Bit();
}

QByteArray TestHistoryExport::gitOk(const QString &dir, const QStringList &args) const
{
    QString error;
    const auto out = git(dir, args, &error);
    if (!out) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return QByteArray();
    }
    return *out;
}

QStringList TestHistoryExport::commits(const QString &dir) const
{
    QString error;
    const auto out = git(dir, {QStringLiteral("rev-list"), QStringLiteral("--reverse"), QStringLiteral("HEAD")}, &error);
    return out ? QString::fromLatin1(*out).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
}

QMap<QString, QString> TestHistoryExport::tagTargets(const QString &dir) const
{
    QMap<QString, QString> out;
    for (const QByteArray &line : gitOk(dir, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname:short) %(objectname)"),
                                              QStringLiteral("refs/tags")}).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            out.insert(QString::fromUtf8(parts.at(0)), QString::fromLatin1(parts.at(1)));
    }
    return out;
}

bool TestHistoryExport::verifyValid(const QString &dir) const
{
    QString error;
    int fsckExit = -1;
    const auto fsck = git(dir, {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--full"), QStringLiteral("--no-progress")},
                          &error, &fsckExit);
    if (!fsck || fsckExit != 0 || !fsck->trimmed().isEmpty()) {
        qWarning("git fsck (exit %d): %s %s", fsckExit, fsck ? fsck->constData() : "", qPrintable(error));
        return false;
    }
    const auto status = git(dir, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--untracked-files=all")}, &error);
    if (!status || !status->isEmpty()) {
        qWarning("git status: %s %s", status ? status->constData() : "", qPrintable(error));
        return false;
    }
    return true;
}

void TestHistoryExport::fileNames_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("JavaScript") << Kind::JavaScript << QStringLiteral("index.js");
    QTest::newRow("TypeScript") << Kind::TypeScript << QStringLiteral("index.ts");
    QTest::newRow("JSON") << Kind::Json << QStringLiteral("index.json");
    QTest::newRow("HTML") << Kind::Html << QStringLiteral("index.html");
    QTest::newRow("XML") << Kind::Xml << QStringLiteral("index.xml");
    QTest::newRow("WebAssembly") << Kind::WebAssembly << QStringLiteral("module.wasm");
    QTest::newRow("binary") << Kind::Binary << QStringLiteral("code.bin");
    QTest::newRow("plain text") << Kind::Text << QStringLiteral("code.txt");
    QTest::newRow("storage error: no file of its own") << Kind::StorageError << QString();
    QTest::newRow("empty: the previous file") << Kind::Empty << QString();
}

void TestHistoryExport::fileNames()
{
    QFETCH(Kind, kind);
    QFETCH(QString, fileName);
    QCOMPARE(GitHistoryExport::fileName(kind), fileName);
}

void TestHistoryExport::deploymentTags_data()
{
    QTest::addColumn<QList<RoutineEnvironment>>("environments");
    QTest::addColumn<QStringList>("expected"); // "name=codeVersion"

    QTest::newRow("nothing deployed") << QList<RoutineEnvironment>{environment(QStringLiteral("production"), {})} << QStringList();
    QTest::newRow("one version each")
            << QList<RoutineEnvironment>{environment(QStringLiteral("production"), {{QStringLiteral("1"), 100}}),
                                         environment(QStringLiteral("staging"), {{QStringLiteral("2"), 100}})}
            << QStringList{QStringLiteral("production=1"), QStringLiteral("staging=2")};
    QTest::newRow("canary")
            << QList<RoutineEnvironment>{environment(QStringLiteral("production"), {{QStringLiteral("1"), 90}, {QStringLiteral("2"), 10}})}
            << QStringList{QStringLiteral("production-stable-90=1"), QStringLiteral("production-canary-10=2")};
    QTest::newRow("canary listed first")
            << QList<RoutineEnvironment>{environment(QStringLiteral("production"), {{QStringLiteral("2"), 5}, {QStringLiteral("1"), 95}})}
            << QStringList{QStringLiteral("production-stable-95=1"), QStringLiteral("production-canary-5=2")};
    QTest::newRow("half and half: the first listed is stable")
            << QList<RoutineEnvironment>{environment(QStringLiteral("staging"), {{QStringLiteral("1"), 50}, {QStringLiteral("2"), 50}})}
            << QStringList{QStringLiteral("staging-stable-50=1"), QStringLiteral("staging-canary-50=2")};
    QTest::newRow("three versions")
            << QList<RoutineEnvironment>{environment(QStringLiteral("production"), {{QStringLiteral("1"), 20}, {QStringLiteral("2"), 70}, {QStringLiteral("3"), 10}})}
            << QStringList{QStringLiteral("production-stable-70=2"), QStringLiteral("production-canary-20=1"), QStringLiteral("production-canary-10=3")};
    QTest::newRow("two canaries with one percentage: the first gets the tag")
            << QList<RoutineEnvironment>{environment(QStringLiteral("production"), {{QStringLiteral("1"), 80}, {QStringLiteral("2"), 10}, {QStringLiteral("3"), 10}})}
            << QStringList{QStringLiteral("production-stable-80=1"), QStringLiteral("production-canary-10=2")};
    QTest::newRow("a name that is no safe ref")
            << QList<RoutineEnvironment>{environment(QStringLiteral("Prod ../x"), {{QStringLiteral("1"), 100}})} << QStringList();
}

void TestHistoryExport::deploymentTags()
{
    QFETCH(QList<RoutineEnvironment>, environments);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const DeploymentTag &t : DeploymentTags::fromEnvironments(environments))
        got << t.name + QLatin1Char('=') + t.codeVersion;
    QCOMPARE(got, expected);
}

void TestHistoryExport::ownedTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("owned");
    QTest::newRow("production") << QStringLiteral("production") << true;
    QTest::newRow("staging") << QStringLiteral("staging") << true;
    QTest::newRow("canary") << QStringLiteral("production-canary-10") << true;
    QTest::newRow("stable") << QStringLiteral("staging-stable-100") << true;
    QTest::newRow("the user's release tag") << QStringLiteral("v1.0") << false;
    QTest::newRow("looks close") << QStringLiteral("production-old") << false;
    QTest::newRow("prefix only") << QStringLiteral("productionX") << false;
    QTest::newRow("percentage missing") << QStringLiteral("production-canary-") << false;
}

void TestHistoryExport::ownedTags()
{
    QFETCH(QString, tag);
    QFETCH(bool, owned);
    QCOMPARE(DeploymentTags::isDeploymentTag(tag), owned);
}

void TestHistoryExport::commitMessages_data()
{
    QTest::addColumn<HistoryVersion>("version");
    QTest::addColumn<QByteArray>("message");
    HistoryVersion v = version(1, Kind::JavaScript, "x\n", QStringLiteral("Add CORS headers\n\nOnly our own front ends."));
    v.codeVersion = QStringLiteral("1736150400000123456");
    v.requestId = QStringLiteral("ABC-123");
    QTest::newRow("description and trailers") << v
            << QByteArray("Add CORS headers\n\nOnly our own front ends.\n\nCode-Version: 1736150400000123456\nRequest-Id: ABC-123\n");
    HistoryVersion trailing = v;
    trailing.description = QStringLiteral("\n\n灰度发布：10% 新访客\r\n  \n");
    QTest::newRow("blank lines and trailing whitespace go") << trailing
            << QByteArray("灰度发布：10% 新访客\n\nCode-Version: 1736150400000123456\nRequest-Id: ABC-123\n");
    HistoryVersion none = v;
    none.description.clear();
    none.requestId.clear();
    QTest::newRow("no description, no request id") << none << QByteArray("Code version 1736150400000123456\n\nCode-Version: 1736150400000123456\n");
    HistoryVersion error = version(2, Kind::StorageError, "<Error/>", QStringLiteral("test ver code desc\n"));
    error.codeVersion = QStringLiteral("1736150400000654321");
    error.requestId = QStringLiteral("R-2");
    QTest::newRow("storage error") << error
            << QByteArray("test ver code desc\n\nThe stored code of this version could not be read (storage error NoSuchKey: "
                          "The specified key does not exist.), so this commit changes no file.\n\n"
                          "Code-Version: 1736150400000654321\nRequest-Id: R-2\n");
}

void TestHistoryExport::commitMessages()
{
    QFETCH(HistoryVersion, version);
    QFETCH(QByteArray, message);
    QCOMPARE(GitHistoryExport::commitMessage(version), message);
    QCOMPARE(GitHistoryExport::codeVersionOf(message), version.codeVersion);
}

void TestHistoryExport::layout()
{
    // Every kind, a storage error and an empty version in the middle, identical neighbours.
    const QList<HistoryVersion> versions = {
        version(0, Kind::JavaScript, "export default {};\n"),
        version(1, Kind::JavaScript, "export default {};\n"),
        version(2, Kind::TypeScript, "const x: number = 1;\n"),
        version(3, Kind::StorageError, "<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code></Error>"),
        version(4, Kind::Json, "{\"a\": 1}\n"),
        version(5, Kind::Empty, QByteArray()),
        version(6, Kind::Html, "<!DOCTYPE html>\n<p>hi</p>\n"),
        version(7, Kind::Xml, "<config/>\n"),
        version(8, Kind::WebAssembly, QByteArray("\0asm\x01\0\0\0", 8)),
        version(9, Kind::Binary, QByteArray("\xff\xfe\0\x01", 4)),
        version(10, Kind::Text, "plain words\n"),
    };
    const QStringList files = {QStringLiteral("index.js"), QStringLiteral("index.js"), QStringLiteral("index.ts"),
                               QStringLiteral("index.ts"), QStringLiteral("index.json"), QStringLiteral("index.json"),
                               QStringLiteral("index.html"), QStringLiteral("index.xml"), QStringLiteral("module.wasm"),
                               QStringLiteral("code.bin"), QStringLiteral("code.txt")};
    QTemporaryDir dir;
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, versions.size());
    QCOMPARE(r.alreadyExported, 0);
    QVERIFY(!r.cancelled);
    QVERIFY(verifyValid(dir.path()));
    QCOMPARE(gitOk(dir.path(), {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}).trimmed(), QByteArray("refs/heads/main"));
    QCOMPARE(gitOk(dir.path(), {QStringLiteral("config"), QStringLiteral("cloudcodes.routine")}).trimmed(), QByteArray("edge-gateway"));

    const QStringList ids = commits(dir.path());
    QCOMPARE(ids.size(), versions.size());
    QCOMPARE(r.head, ids.last());
    for (int i = 0; i < versions.size(); ++i) {
        const HistoryVersion &v = versions.at(i);
        const QString &c = ids.at(i);
        // The raw commit object: one parent (none for the first), author and committer, message.
        const QByteArray raw = gitOk(dir.path(), {QStringLiteral("cat-file"), QStringLiteral("commit"), c});
        const qsizetype split = raw.indexOf("\n\n");
        const QByteArray headers = raw.left(split);
        const QByteArray when = QByteArray::number(v.createTime.toSecsSinceEpoch()) + " +0000";
        QVERIFY2(headers.contains("\nauthor ESA Demo (Alibaba) <> " + when + '\n'), headers.constData());
        QVERIFY2(headers.endsWith("\ncommitter ESA Demo (Alibaba) <> " + when), headers.constData());
        QCOMPARE(headers.count("\nparent "), i == 0 ? 0 : 1);
        QCOMPARE(raw.mid(split + 2), GitHistoryExport::commitMessage(v));
        // git reads the trailers back.
        QCOMPARE(gitOk(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%(trailers:key=Code-Version,valueonly,separator=)|%(trailers:key=Request-Id,valueonly,separator=)"), c}).trimmed(),
                 (v.codeVersion + QLatin1Char('|') + v.requestId).toUtf8());
        // Exactly one file, named after the kind, holding the version's bytes.
        QCOMPARE(QString::fromUtf8(gitOk(dir.path(), {QStringLiteral("ls-tree"), QStringLiteral("--name-only"), c}).trimmed()), files.at(i));
        const QByteArray blob = gitOk(dir.path(), {QStringLiteral("cat-file"), QStringLiteral("blob"), c + QLatin1Char(':') + files.at(i)});
        if (v.isStorageError()) {
            QCOMPARE(gitOk(dir.path(), {QStringLiteral("rev-parse"), c + QStringLiteral("^{tree}")}),
                     gitOk(dir.path(), {QStringLiteral("rev-parse"), c + QStringLiteral("~1^{tree}")}));
            QCOMPARE(blob, versions.at(i - 1).bytes);
            QVERIFY(raw.contains("could not be read (storage error NoSuchKey"));
        } else {
            QCOMPARE(blob, v.bytes);
        }
    }
    // Identical neighbours: the second commit changes nothing, and is there all the same.
    QCOMPARE(gitOk(dir.path(), {QStringLiteral("rev-parse"), ids.at(1) + QStringLiteral("^{tree}")}),
             gitOk(dir.path(), {QStringLiteral("rev-parse"), ids.at(0) + QStringLiteral("^{tree}")}));
    // The working tree holds the newest version's file only.
    QFile newest(dir.filePath(QStringLiteral("code.txt")));
    QVERIFY(newest.open(QIODevice::ReadOnly));
    QCOMPARE(newest.readAll(), versions.last().bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("code.txt")});
}

void TestHistoryExport::authorWithoutEmail()
{
    QTemporaryDir dir;
    GitHistoryExport::Request req = request(dir.path(), scripts(1));
    req.accountName = QStringLiteral("Ops <ops@example.com>\n生产账号");
    const GitHistoryExport::Result r = GitHistoryExport::run(req);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(verifyValid(dir.path()));
    QCOMPARE(QString::fromUtf8(gitOk(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%ae|%cn|%ce|%aI|%cI")}).trimmed()),
             QStringLiteral("ESA Ops ops@example.com 生产账号||ESA Ops ops@example.com 生产账号||2025-01-06T08:00:07+00:00|2025-01-06T08:00:07+00:00"));
    QCOMPARE(GitHistoryExport::authorName(QString()), QStringLiteral("ESA"));
}

void TestHistoryExport::tagsFollowTheDeployments()
{
    const QList<HistoryVersion> versions = scripts(4);
    QTemporaryDir dir;
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions, {
            environment(QStringLiteral("production"), {{versions.at(2).codeVersion, 90}, {versions.at(3).codeVersion, 10}}),
            environment(QStringLiteral("staging"), {{versions.at(3).codeVersion, 100}})}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList ids = commits(dir.path());
    const QMap<QString, QString> expected{{QStringLiteral("production-stable-90"), ids.at(2)},
                                          {QStringLiteral("production-canary-10"), ids.at(3)},
                                          {QStringLiteral("staging"), ids.at(3)}};
    QCOMPARE(tagTargets(dir.path()), expected); // lightweight tags, no plain "production" during a canary
    QCOMPARE(r.tags.value(QStringLiteral("production-stable-90")), versions.at(2).codeVersion);
    QCOMPARE(r.tags.size(), 3);
    QCOMPARE(r.tagsMoved, QStringList(r.tags.keys())); // a new repository: every tag is new
    QVERIFY(verifyValid(dir.path()));
}

void TestHistoryExport::reexportAppendsAndMovesTags()
{
    const QList<HistoryVersion> versions = scripts(6);
    QTemporaryDir dir;
    GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions.mid(0, 3),
            {environment(QStringLiteral("production"), {{versions.at(2).codeVersion, 100}})}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList before = commits(dir.path());
    QCOMPARE(before.size(), 3);
    gitOk(dir.path(), {QStringLiteral("tag"), QStringLiteral("v1.0"), before.at(0)}); // the user's own tag

    // Two new versions; production goes canary.
    r = GitHistoryExport::run(request(dir.path(), versions.mid(0, 5),
            {environment(QStringLiteral("production"), {{versions.at(3).codeVersion, 90}, {versions.at(4).codeVersion, 10}})}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 2);
    QCOMPARE(r.alreadyExported, 3);
    QCOMPARE(r.tagsMoved, (QStringList{QStringLiteral("production-canary-10"), QStringLiteral("production-stable-90")}));
    QCOMPARE(r.tagsRemoved, QStringList{QStringLiteral("production")}); // v1.0 is the user's: kept
    QStringList after = commits(dir.path());
    QCOMPARE(after.size(), 5);
    QCOMPARE(after.mid(0, 3), before); // never rewritten
    QCOMPARE(tagTargets(dir.path()), (QMap<QString, QString>{{QStringLiteral("production-stable-90"), after.at(3)},
                                                             {QStringLiteral("production-canary-10"), after.at(4)},
                                                             {QStringLiteral("v1.0"), before.at(0)}}));
    QVERIFY(verifyValid(dir.path()));

    // Nothing new: nothing written, same head.
    r = GitHistoryExport::run(request(dir.path(), versions.mid(0, 5),
            {environment(QStringLiteral("production"), {{versions.at(3).codeVersion, 90}, {versions.at(4).codeVersion, 10}})}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 0);
    QCOMPARE(r.alreadyExported, 5);
    QCOMPARE(r.tagsMoved, QStringList()); // set again where they were: not moved
    QCOMPARE(r.tagsRemoved, QStringList());
    QCOMPARE(r.tags.size(), 2);
    QCOMPARE(r.head, after.last());
    QCOMPARE(commits(dir.path()), after);

    // The canary is done: one new version, production on it alone, staging on an old one.
    r = GitHistoryExport::run(request(dir.path(), versions,
            {environment(QStringLiteral("production"), {{versions.at(5).codeVersion, 100}}),
             environment(QStringLiteral("staging"), {{versions.at(1).codeVersion, 100}})}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 1);
    QCOMPARE(r.tagsMoved, (QStringList{QStringLiteral("production"), QStringLiteral("staging")}));
    QCOMPARE(r.tagsRemoved, (QStringList{QStringLiteral("production-canary-10"), QStringLiteral("production-stable-90")}));
    after = commits(dir.path());
    QCOMPARE(after.size(), 6);
    QCOMPARE(tagTargets(dir.path()), (QMap<QString, QString>{{QStringLiteral("production"), after.at(5)},
                                                             {QStringLiteral("staging"), after.at(1)},
                                                             {QStringLiteral("v1.0"), before.at(0)}}));
    QFile file(dir.filePath(QStringLiteral("index.js")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), versions.at(5).bytes);
    QVERIFY(verifyValid(dir.path()));
}

void TestHistoryExport::reexportAfterTheCloudDroppedOldVersions()
{
    // ESA keeps at most 40 versions: old ones are deleted to publish new ones. The repository keeps them.
    const QList<HistoryVersion> versions = scripts(5);
    QTemporaryDir dir;
    QVERIFY(GitHistoryExport::run(request(dir.path(), versions.mid(0, 3))).ok());
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions.mid(2)));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 2);
    QCOMPARE(r.alreadyExported, 1);
    QVERIFY(r.notPlaced.isEmpty());
    QCOMPARE(commits(dir.path()).size(), 5);

    // Even the newest exported version is gone from the cloud: what is newer than its commit is new.
    const QList<HistoryVersion> more = scripts(8);
    const GitHistoryExport::Result r2 = GitHistoryExport::run(request(dir.path(), more.mid(6)));
    QVERIFY2(r2.ok(), qPrintable(r2.error));
    QCOMPARE(r2.written, 2);
    QCOMPARE(r2.alreadyExported, 0);
    QCOMPARE(commits(dir.path()).size(), 7);
    QVERIFY(verifyValid(dir.path()));
}

void TestHistoryExport::olderMissingVersionsAreNotPlaced()
{
    const QList<HistoryVersion> versions = scripts(4);
    QTemporaryDir dir;
    QVERIFY(GitHistoryExport::run(request(dir.path(), {versions.at(0), versions.at(2)})).ok());
    const QStringList before = commits(dir.path());
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.notPlaced, QStringList{versions.at(1).codeVersion}); // it would have to go between two commits
    QCOMPARE(r.written, 1);
    const QStringList after = commits(dir.path());
    QCOMPARE(after.mid(0, 2), before);
    QCOMPARE(GitHistoryExport::codeVersionOf(gitOk(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})),
             versions.at(3).codeVersion);
}

void TestHistoryExport::refusesForeignFolders_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("a folder with files, no repository") << QStringLiteral("files") << QStringLiteral("not empty");
    QTest::newRow("someone else's repository") << QStringLiteral("foreign") << QStringLiteral("cloudcodes.routine");
    QTest::newRow("another routine's history") << QStringLiteral("other-routine") << QStringLiteral("image-resizer");
    QTest::newRow("another account's routine of that name") << QStringLiteral("other-account") << QStringLiteral("Test account");
    QTest::newRow("a commit of the user's on the branch") << QStringLiteral("user-commit") << QStringLiteral("did not write");
    QTest::newRow("a changed file in the working tree") << QStringLiteral("dirty") << QStringLiteral("index.js");
    QTest::newRow("an untracked file the export would overwrite") << QStringLiteral("untracked-collision") << QStringLiteral("index.json");
    QTest::newRow("detached HEAD") << QStringLiteral("detached") << QStringLiteral("detached");
    QTest::newRow("a bare repository") << QStringLiteral("bare") << QStringLiteral("bare");
    QTest::newRow("a file, not a folder") << QStringLiteral("file") << QStringLiteral("not a folder");
}

void TestHistoryExport::refusesForeignFolders()
{
    QFETCH(QString, setup);
    QFETCH(QString, errorMentions);
    QTemporaryDir root;
    QString folder = root.filePath(QStringLiteral("history"));
    QVERIFY(QDir().mkpath(folder));
    const QList<HistoryVersion> versions = scripts(3);
    QList<HistoryVersion> next = versions;
    next.append(version(9, Kind::Json, "{}\n"));
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };

    if (setup == QLatin1String("files")) {
        QVERIFY(write(folder + QStringLiteral("/notes.txt"), "mine\n"));
    } else if (setup == QLatin1String("foreign")) {
        gitOk(folder, {QStringLiteral("init"), QStringLiteral("-q")});
        gitOk(folder, {QStringLiteral("-c"), QStringLiteral("user.name=u"), QStringLiteral("-c"), QStringLiteral("user.email=u@example.com"),
                       QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), QStringLiteral("mine")});
    } else if (setup == QLatin1String("other-routine")) {
        GitHistoryExport::Request other = request(folder, versions);
        other.routine = QStringLiteral("image-resizer");
        QVERIFY(GitHistoryExport::run(other).ok());
    } else if (setup == QLatin1String("other-account")) {
        GitHistoryExport::Request other = request(folder, versions);
        other.accountId = QStringLiteral("account-2");
        other.accountName = QStringLiteral("Test account");
        QVERIFY(GitHistoryExport::run(other).ok());
    } else if (setup == QLatin1String("user-commit")) {
        QVERIFY(GitHistoryExport::run(request(folder, versions)).ok());
        QVERIFY(write(folder + QStringLiteral("/README"), "notes\n"));
        gitOk(folder, {QStringLiteral("add"), QStringLiteral("README")});
        gitOk(folder, {QStringLiteral("-c"), QStringLiteral("user.name=u"), QStringLiteral("-c"), QStringLiteral("user.email=u@example.com"),
                       QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("my notes")});
    } else if (setup == QLatin1String("dirty")) {
        QVERIFY(GitHistoryExport::run(request(folder, versions)).ok());
        QVERIFY(write(folder + QStringLiteral("/index.js"), "edited by hand\n"));
    } else if (setup == QLatin1String("untracked-collision")) {
        QVERIFY(GitHistoryExport::run(request(folder, versions)).ok());
        QVERIFY(write(folder + QStringLiteral("/index.json"), "{\"mine\": true}\n"));
    } else if (setup == QLatin1String("detached")) {
        QVERIFY(GitHistoryExport::run(request(folder, versions)).ok());
        gitOk(folder, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"), QStringLiteral("HEAD~1")});
    } else if (setup == QLatin1String("bare")) {
        gitOk(folder, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
    } else if (setup == QLatin1String("file")) {
        folder = root.filePath(QStringLiteral("a-file"));
        QVERIFY(write(folder, "x"));
    }

    QString error;
    const auto headBefore = git(folder, {QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), QStringLiteral("HEAD")}, &error);
    const GitHistoryExport::Result r = GitHistoryExport::run(request(folder, next));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorMentions), qPrintable(r.error));
    QCOMPARE(r.written, 0);
    if (setup == QLatin1String("files"))
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/.git"))); // nothing was created
    if (headBefore)
        QCOMPARE(git(folder, {QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), QStringLiteral("HEAD")}, &error), headBefore);
}

void TestHistoryExport::refusesBadRequests_data()
{
    QTest::addColumn<QList<HistoryVersion>>("versions");
    const QList<HistoryVersion> v = scripts(3);
    QTest::newRow("newest first") << QList<HistoryVersion>{v.at(2), v.at(1), v.at(0)};
    QTest::newRow("listed twice") << QList<HistoryVersion>{v.at(0), v.at(1), v.at(1)};
    HistoryVersion noTime = v.at(2);
    noTime.createTime = QDateTime();
    QTest::newRow("no creation time") << QList<HistoryVersion>{v.at(0), noTime};
    HistoryVersion noId = v.at(2);
    noId.codeVersion.clear();
    QTest::newRow("no id") << QList<HistoryVersion>{v.at(0), noId};
}

void TestHistoryExport::refusesBadRequests()
{
    QFETCH(QList<HistoryVersion>, versions);
    QTemporaryDir dir;
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions));
    QVERIFY(!r.ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".git")))); // refused before touching the folder
}

void TestHistoryExport::unrelatedUntrackedFilesAreKept()
{
    const QList<HistoryVersion> versions = scripts(3);
    QTemporaryDir dir;
    QVERIFY(GitHistoryExport::run(request(dir.path(), versions.mid(0, 2))).ok());
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("my notes\n");
    notes.close();
    const GitHistoryExport::Result r = GitHistoryExport::run(request(dir.path(), versions));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 1);
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), QByteArray("my notes\n"));
    QCOMPARE(gitOk(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray("?? notes.txt\n"));
}

void TestHistoryExport::cancelLeavesAValidRepository()
{
    const QList<HistoryVersion> versions = scripts(8);
    QTemporaryDir dir;
    const auto job = std::make_shared<RequestState<int>>(); // the export's request, asked to stop mid-way
    QList<std::pair<int, int>> reports;
    const GitHistoryExport::Result r = GitHistoryExport::run(
            request(dir.path(), versions, {environment(QStringLiteral("production"), {{versions.at(1).codeVersion, 100}}),
                                           environment(QStringLiteral("staging"), {{versions.at(7).codeVersion, 100}})}),
            [&](int done, int total) {
                reports.append({done, total});
                if (done == 3)
                    job->requestStop(); // the user pressed Cancel while the third commit was written
            },
            CancelToken(job));
    QVERIFY(r.ok());
    QVERIFY(r.cancelled);
    QCOMPARE(r.written, 3);
    QCOMPARE(reports, (QList<std::pair<int, int>>{{0, 8}, {1, 8}, {2, 8}, {3, 8}}));
    QCOMPARE(commits(dir.path()).size(), 3);
    QVERIFY(verifyValid(dir.path()));
    QFile file(dir.filePath(QStringLiteral("index.js")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), versions.at(2).bytes);
    // Tags as far as the exported versions go: staging's version is not there yet.
    QCOMPARE(tagTargets(dir.path()).keys(), QStringList{QStringLiteral("production")});

    // Exporting again finishes the job.
    const GitHistoryExport::Result rest = GitHistoryExport::run(
            request(dir.path(), versions, {environment(QStringLiteral("production"), {{versions.at(1).codeVersion, 100}}),
                                           environment(QStringLiteral("staging"), {{versions.at(7).codeVersion, 100}})}));
    QVERIFY2(rest.ok(), qPrintable(rest.error));
    QCOMPARE(rest.written, 5);
    QCOMPARE(commits(dir.path()).size(), 8);
    QCOMPARE(tagTargets(dir.path()).keys(), (QStringList{QStringLiteral("production"), QStringLiteral("staging")}));
    QVERIFY(verifyValid(dir.path()));

    // Cancelled before the first commit: an empty repository that is this routine's.
    QTemporaryDir empty;
    const auto stopped = std::make_shared<RequestState<int>>();
    stopped->requestStop();
    const GitHistoryExport::Result none = GitHistoryExport::run(request(empty.path(), versions), {}, CancelToken(stopped));
    QVERIFY(none.ok() && none.cancelled && none.written == 0);
    QCOMPARE(gitOk(empty.path(), {QStringLiteral("config"), QStringLiteral("cloudcodes.routine")}).trimmed(), QByteArray("edge-gateway"));
    QCOMPARE(GitHistoryExport::run(request(empty.path(), versions)).written, 8);
}

void TestHistoryExport::createsMissingFolders()
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("exports/edge-gateway"));
    const GitHistoryExport::Result r = GitHistoryExport::run(request(folder, scripts(2)));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(commits(folder).size(), 2);
    QVERIFY(verifyValid(folder));
}

void TestHistoryExport::demoRoutines_data()
{
    QTest::addColumn<QString>("routine");
    QTest::addColumn<QStringList>("files");   // per commit
    QTest::addColumn<QStringList>("tags");    // "name=index of the version"
    QTest::newRow("edge-gateway: 40 versions, production canary")
            << QString::fromLatin1(DemoData::EdgeRoutineName) << QStringList(40, QStringLiteral("index.js"))
            << QStringList{QStringLiteral("production-canary-10=39"), QStringLiteral("production-stable-90=38"), QStringLiteral("staging=39")};
    QTest::newRow("legacy-assets: a NoSuchKey version")
            << QString::fromLatin1(DemoData::MissingCodeRoutineName) << QStringList(2, QStringLiteral("index.js"))
            << QStringList{QStringLiteral("production=0"), QStringLiteral("staging=1")};
    QTest::newRow("wasm-filter: JavaScript, then WebAssembly")
            << QStringLiteral("wasm-filter") << QStringList{QStringLiteral("index.js"), QStringLiteral("module.wasm")}
            << QStringList{QStringLiteral("production=1"), QStringLiteral("staging=1")};
    QTest::newRow("config-service: JavaScript, then JSON")
            << QStringLiteral("config-service") << QStringList{QStringLiteral("index.js"), QStringLiteral("index.json")}
            << QStringList{QStringLiteral("production=1"), QStringLiteral("staging=1")};
}

void TestHistoryExport::demoRoutines()
{
    QFETCH(QString, routine);
    QFETCH(QStringList, files);
    QFETCH(QStringList, tags);
    const QList<HistoryVersion> versions = demoHistory(routine);
    QTemporaryDir dir;
    GitHistoryExport::Request req = request(dir.path(), versions, demoEnvironments(routine));
    req.routine = routine;
    const GitHistoryExport::Result r = GitHistoryExport::run(req);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, versions.size());
    QVERIFY(verifyValid(dir.path()));
    const QStringList ids = commits(dir.path());
    QCOMPARE(ids.size(), files.size());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(QString::fromUtf8(gitOk(dir.path(), {QStringLiteral("ls-tree"), QStringLiteral("--name-only"), ids.at(i)}).trimmed()), files.at(i));
    QMap<QString, QString> expected;
    for (const QString &t : tags)
        expected.insert(t.section(QLatin1Char('='), 0, 0), ids.at(t.section(QLatin1Char('='), 1).toInt()));
    QCOMPARE(tagTargets(dir.path()), expected);
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).isStorageError())
            QVERIFY(gitOk(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B"), ids.at(i)}).contains("NoSuchKey"));
    }
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
