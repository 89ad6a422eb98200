// EsaProject and EsaConfigFile: an esa-cli project folder (esa.jsonc or esa.toml) becomes the
// bundle `esa-cli commit` would upload (routine/index.js from the entry, assets/… from the assets
// directory); a folder without a configuration is laid out already or a site of assets; a missing
// entry or assets directory, one outside the project, and a configuration that does not parse
// (with its line and column) are clear refusals.
#include "app/bundle/EsaConfigFile.h"
#include "app/bundle/EsaProject.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

void put(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
}

QStringList pathsOf(const CodeBundle &bundle)
{
    QStringList paths;
    for (const CodeBundle::File &f : bundle.files())
        paths << f.path;
    return paths;
}

const QByteArray Jsonc = R"(// esa-cli's project file
{
  "name": "my-site", /* the routine */
  "entry": "src/index.js",
  "assets": {
    "directory": "./public",
    "notFoundStrategy": "singlePageApplication", // lower case works for the CLI too
  },
}
)";

// A project as `esa-cli init` lays one out: src/index.js, public/…, esa.jsonc.
void makeProject(const QString &root, const QByteArray &config = Jsonc)
{
    put(root + QStringLiteral("/esa.jsonc"), config);
    put(root + QStringLiteral("/src/index.js"), "export default { async fetch(r) { return new Response('hi') } }\n");
    put(root + QStringLiteral("/public/index.html"), "<!doctype html>\n");
    put(root + QStringLiteral("/public/css/site.css"), "body{}\n");
    put(root + QStringLiteral("/public/.well-known/security.txt"), "Contact: x\n");
    put(root + QStringLiteral("/node_modules/x/index.js"), "not in the bundle\n");
}

} // namespace

class TestEsaProject : public QObject
{
    Q_OBJECT

private slots:
    void jsoncCommentsAndTrailingCommas();
    void jsoncErrorPosition_data();
    void jsoncErrorPosition();
    void tomlSubset();
    void tomlErrorLine();
    void importsOf();

    void projectWithEntryAndAssets();
    void entryImportsAreNoted();
    void entryOnly();
    void tomlProject();
    void laidOutFolder();
    void assetsOnlyFolder();
    void missingEntry();
    void missingAssets();
    void assetsOutside();
    void assetsLinkedOutside();
    void badConfig();
    void wrongFieldType();
    void nothingToCommit();
    void noFolder();
    void assetsOverLimits();
};

void TestEsaProject::jsoncCommentsAndTrailingCommas()
{
    const EsaConfigFile::Parsed p = EsaConfigFile::parseJsonc(Jsonc);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.object.value(QStringLiteral("name")).toString(), QStringLiteral("my-site"));
    QCOMPARE(p.object.value(QStringLiteral("assets")).toObject().value(QStringLiteral("directory")).toString(),
             QStringLiteral("./public"));
    // Two trailing commas (lines 7 and 8) that esa-cli itself would refuse.
    QCOMPARE(p.cliWarnings.size(), 2);
    QVERIFY2(p.cliWarnings.at(0).contains(QStringLiteral("Line 7")), qPrintable(p.cliWarnings.at(0)));
    QVERIFY2(p.cliWarnings.at(1).contains(QStringLiteral("Line 8")), qPrintable(p.cliWarnings.at(1)));

    // "//" and "/*" inside strings are text, not comments.
    const EsaConfigFile::Parsed url = EsaConfigFile::parseJsonc(R"({"a": "https://x/*y*/", "b": "c\"//"})");
    QVERIFY2(url.ok(), qPrintable(url.error));
    QCOMPARE(url.object.value(QStringLiteral("a")).toString(), QStringLiteral("https://x/*y*/"));
    QCOMPARE(url.object.value(QStringLiteral("b")).toString(), QStringLiteral("c\"//"));
    QCOMPARE(url.cliWarnings.size(), 2); // the CLI's regular expression would cut both strings
    QVERIFY(EsaConfigFile::parseJsonc("{\"a\": 1 /* a */, \"b\": [1, 2, /* x */ ] // end").ok() == false);
    QVERIFY(EsaConfigFile::parseJsonc("{\"a\": 1 /* a */, \"b\": [1, 2, /* x */ ]} // end").ok());
}

void TestEsaProject::jsoncErrorPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
    QTest::newRow("after a comment") << QByteArray("// x\n/* y\n */ {\"a\": tru}") << 3 << 11;
    QTest::newRow("unclosed comment") << QByteArray("{\"a\": 1}\n  /* never") << 2 << 3;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << 1;
    QTest::newRow("wide characters before") << QByteArray("{\"名前\": 1,, }") << 1 << 12;
}

void TestEsaProject::jsoncErrorPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const EsaConfigFile::Parsed p = EsaConfigFile::parseJsonc(text);
    QVERIFY(!p.ok());
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.error.contains(QStringLiteral("Line %1, column %2").arg(line).arg(column)), qPrintable(p.error));
}

void TestEsaProject::tomlSubset()
{
    // The example esa-cli's compress.js carries, plus a multi-line array and comments.
    const QByteArray toml = R"(name = "DeepSeek model invocation"
description = 'How to invoke DeepSeek series models: "quoted".'
entry = "src/index.js" # the entry
assets = ["src/assets"]
codeVersions = [
  "a", "b",
]

[assets]
directory = './assets/'
notFoundStrategy = "SinglePageApplication"

[dev]
port = 18080
localUpstream = ''
)";
    const EsaConfigFile::Parsed p = EsaConfigFile::parseToml(toml);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.object.value(QStringLiteral("name")).toString(), QStringLiteral("DeepSeek model invocation"));
    QCOMPARE(p.object.value(QStringLiteral("description")).toString(),
             QStringLiteral("How to invoke DeepSeek series models: \"quoted\"."));
    QCOMPARE(p.object.value(QStringLiteral("entry")).toString(), QStringLiteral("src/index.js"));
    const QJsonObject assets = p.object.value(QStringLiteral("assets")).toObject();
    QCOMPARE(assets.value(QStringLiteral("directory")).toString(), QStringLiteral("./assets/"));
    QCOMPARE(assets.value(QStringLiteral("notFoundStrategy")).toString(), QStringLiteral("SinglePageApplication"));
    QCOMPARE(p.object.value(QStringLiteral("dev")).toObject().value(QStringLiteral("localUpstream")).toString(), QString());
}

void TestEsaProject::tomlErrorLine()
{
    const EsaConfigFile::Parsed p = EsaConfigFile::parseToml("name = \"x\"\n\nentry: \"src/index.js\"\n");
    QVERIFY(!p.ok());
    QCOMPARE(p.line, 3);
    QVERIFY2(p.error.contains(QStringLiteral("Line 3")), qPrintable(p.error));
    QCOMPARE(EsaConfigFile::parseToml("entry = \"open\n").line, 1);
}

void TestEsaProject::importsOf()
{
    const QByteArray source = R"(import { Hono } from 'hono';
import util from "./lib/util.js"
import './polyfill.js';
export * from "./reexport.js";
const lazy = await import('./lazy.js');
const old = require("./old.cjs");
import type { T } from './types';
import util2 from "./lib/util.js";
)";
    QCOMPARE(EsaProject::importsOf(source),
             (QStringList{QStringLiteral("hono"), QStringLiteral("./lib/util.js"), QStringLiteral("./polyfill.js"),
                          QStringLiteral("./reexport.js"), QStringLiteral("./lazy.js"), QStringLiteral("./old.cjs"),
                          QStringLiteral("./types")}));
    QVERIFY(EsaProject::importsOf("export default { fetch() { return new Response('important') } }").isEmpty());
}

void TestEsaProject::projectWithEntryAndAssets()
{
    QTemporaryDir dir;
    makeProject(dir.path());
    const EsaProject::Read read = EsaProject::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.layout, EsaProject::Layout::EsaJsonc);
    QCOMPARE(pathsOf(read.bundle),
             (QStringList{QStringLiteral("routine/index.js"), QStringLiteral("assets/.well-known/security.txt"),
                          QStringLiteral("assets/css/site.css"), QStringLiteral("assets/index.html")}));
    QCOMPARE(read.bundle.file(QStringLiteral("routine/index.js"))->bytes,
             QByteArray("export default { async fetch(r) { return new Response('hi') } }\n"));
    QCOMPARE(read.name, QStringLiteral("my-site"));
    QCOMPARE(read.entry, QStringLiteral("src/index.js"));
    QCOMPARE(read.assetsDirectory, QStringLiteral("./public"));
    QCOMPARE(read.notFoundStrategy, QStringLiteral("SinglePageApplication"));
    // The only notes are the CLI's objections to the trailing commas: the entry is self-contained.
    QCOMPARE(read.notes.size(), 2);
}

void TestEsaProject::entryImportsAreNoted()
{
    QTemporaryDir dir;
    makeProject(dir.path(), R"({"entry": "src/index.ts"})");
    put(dir.filePath(QStringLiteral("src/index.ts")), "import { route } from './route';\nexport default route;\n");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.notes.size(), 1);
    QVERIFY2(read.notes.first().contains(QStringLiteral("./route")), qPrintable(read.notes.first()));
    QVERIFY2(read.notes.first().contains(QStringLiteral(".ts")), qPrintable(read.notes.first()));
    QCOMPARE(pathsOf(read.bundle), QStringList{QStringLiteral("routine/index.js")});
}

void TestEsaProject::entryOnly()
{
    QTemporaryDir dir;
    makeProject(dir.path(), R"({"name": "fn", "entry": "./src/index.js"})");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(pathsOf(read.bundle), QStringList{QStringLiteral("routine/index.js")});
    QCOMPARE(read.notFoundStrategy, QString());
    QVERIFY(read.notes.isEmpty());
}

void TestEsaProject::tomlProject()
{
    QTemporaryDir dir;
    makeProject(dir.path());
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("esa.jsonc"))));
    put(dir.filePath(QStringLiteral("esa.toml")), "name = 'site'\nentry = \"src/index.js\"\n[assets]\ndirectory = \"public\"\n");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.layout, EsaProject::Layout::EsaToml);
    QCOMPARE(read.bundle.count(), 4);
    QCOMPARE(read.bundle.entryPath(), QStringLiteral("routine/index.js"));
}

void TestEsaProject::laidOutFolder()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("routine/index.js")), "export default {}\n");
    put(dir.filePath(QStringLiteral("assets/index.html")), "<p>\n");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.layout, EsaProject::Layout::LaidOut);
    QCOMPARE(pathsOf(read.bundle), (QStringList{QStringLiteral("routine/index.js"), QStringLiteral("assets/index.html")}));
}

void TestEsaProject::assetsOnlyFolder()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("index.html")), "<p>\n");
    put(dir.filePath(QStringLiteral("img/a.png")), "png");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("index.html")), dir.filePath(QStringLiteral("alias.html"))));
    const EsaProject::Read read = EsaProject::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.layout, EsaProject::Layout::AssetsOnly);
    QCOMPARE(pathsOf(read.bundle), (QStringList{QStringLiteral("assets/img/a.png"), QStringLiteral("assets/index.html")}));
    QCOMPARE(read.notes.size(), 1); // the link left out
    QCOMPARE(read.bundle.entryPath(), QString());
}

void TestEsaProject::missingEntry()
{
    QTemporaryDir dir;
    makeProject(dir.path(), R"({"entry": "src/main.js", "assets": {"directory": "public"}})");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QCOMPARE(read.problem, EsaProject::Problem::MissingEntry);
    QVERIFY2(read.error.contains(QStringLiteral("src/main.js")), qPrintable(read.error));
    QVERIFY(read.bundle.isEmpty());
}

void TestEsaProject::missingAssets()
{
    QTemporaryDir dir;
    makeProject(dir.path(), R"({"entry": "src/index.js", "assets": {"directory": "dist"}})");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QCOMPARE(read.problem, EsaProject::Problem::MissingAssets);
    QVERIFY2(read.error.contains(QStringLiteral("dist")), qPrintable(read.error));
}

void TestEsaProject::assetsOutside()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project"));
    makeProject(project, R"({"assets": {"directory": "../elsewhere"}})");
    put(dir.filePath(QStringLiteral("elsewhere/secret.txt")), "secret");
    const EsaProject::Read read = EsaProject::read(project);
    QCOMPARE(read.problem, EsaProject::Problem::AssetsOutside);
    QVERIFY2(read.error.contains(QStringLiteral("../elsewhere")), qPrintable(read.error));
    QVERIFY(read.bundle.isEmpty());
}

void TestEsaProject::assetsLinkedOutside()
{
    // The assets directory is a link inside the project to a folder outside it.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project"));
    makeProject(project, R"({"assets": {"directory": "public-link"}})");
    put(dir.filePath(QStringLiteral("elsewhere/secret.txt")), "secret");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), project + QStringLiteral("/public-link")));
    QCOMPARE(EsaProject::read(project).problem, EsaProject::Problem::AssetsOutside);
}

void TestEsaProject::badConfig()
{
    QTemporaryDir dir;
    makeProject(dir.path(), "{\n  \"entry\": \"src/index.js\"\n  \"name\": \"x\"\n}\n");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QCOMPARE(read.problem, EsaProject::Problem::BadConfig);
    QCOMPARE(read.line, 3);
    QCOMPARE(read.column, 3);
    QVERIFY2(read.error.startsWith(QStringLiteral("esa.jsonc: Line 3, column 3")), qPrintable(read.error));
}

void TestEsaProject::wrongFieldType()
{
    QTemporaryDir dir;
    makeProject(dir.path(), R"({"entry": ["src/index.js"]})");
    const EsaProject::Read read = EsaProject::read(dir.path());
    QCOMPARE(read.problem, EsaProject::Problem::BadConfig);
    QVERIFY2(read.error.contains(QStringLiteral("entry")), qPrintable(read.error));
    makeProject(dir.path(), R"({"assets": "public"})");
    QCOMPARE(EsaProject::read(dir.path()).problem, EsaProject::Problem::BadConfig);
}

void TestEsaProject::nothingToCommit()
{
    QTemporaryDir dir;
    makeProject(dir.path(), R"({"name": "empty"})");
    QCOMPARE(EsaProject::read(dir.path()).problem, EsaProject::Problem::NothingToCommit);
}

void TestEsaProject::noFolder()
{
    QTemporaryDir dir;
    QCOMPARE(EsaProject::read(dir.filePath(QStringLiteral("nope"))).problem, EsaProject::Problem::NoFolder);
}

void TestEsaProject::assetsOverLimits()
{
    QTemporaryDir dir;
    makeProject(dir.path());
    CodeBundle::Limits limits;
    limits.maxEntries = 2;
    const EsaProject::Read read = EsaProject::read(dir.path(), limits);
    QCOMPARE(read.problem, EsaProject::Problem::BundleRefused);
    QCOMPARE(read.bundleProblem, CodeBundle::Problem::TooManyEntries);
    QVERIFY(!read.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestEsaProject)
#include "tst_esaproject.moc"
