// BundleExtract: a bundle written into a chosen folder lands there whole; existing files are never
// overwritten (refused up front, nothing written); a symbolic link on the way (a folder or the
// target itself) is refused, so nothing is written outside; a failure midway takes back what was
// written and leaves what was there before.
#include "app/bundle/BundleExtract.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using File = CodeBundle::File;

namespace {

File file(const QString &path, const QByteArray &bytes)
{
    File f;
    f.path = path;
    f.bytes = bytes;
    return f;
}

CodeBundle bundleOf(const QList<File> &files)
{
    const CodeBundle::Read read = CodeBundle::fromFiles(files);
    if (!read.ok())
        qFatal("bad test bundle: %s", qPrintable(read.error));
    return read.bundle;
}

CodeBundle site()
{
    return bundleOf({file(QStringLiteral("routine/index.js"), "export default {}\n"),
                     file(QStringLiteral("assets/index.html"), "<p>hi</p>\n"),
                     file(QStringLiteral("assets/css/site.css"), "p { color: red }\n"),
                     file(QStringLiteral("assets/empty.txt"), QByteArray())});
}

// Every entry under `folder` (files, folders and links), relative and sorted.
QStringList listing(const QString &folder)
{
    QStringList all;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all << QDir(folder).relativeFilePath(it.next());
    all.sort();
    return all;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestBundleExtract : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryFile();
    void emptyBundle();
    void missingFolder();
    void refusesExistingFile();
    void listsTheFirstConflicts();
    void refusesFileWhereFolderIsNeeded();
    void refusesLinkedFolder();
    void refusesLinkAtTarget();
    void refusesLinkedChosenFolderContents();
    void rollsBackMidway();
};

void TestBundleExtract::writesEveryFile()
{
    QTemporaryDir dir;
    const CodeBundle bundle = site();
    const BundleExtract::Result r = BundleExtract::extract(bundle, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 4);
    QVERIFY(r.conflicts.isEmpty());
    for (const File &f : bundle.files())
        QCOMPARE(readFile(dir.filePath(f.path)), f.bytes);
    // No temporary file is left behind.
    QCOMPARE(listing(dir.path()),
             (QStringList{QStringLiteral("assets"), QStringLiteral("assets/css"), QStringLiteral("assets/css/site.css"),
                          QStringLiteral("assets/empty.txt"), QStringLiteral("assets/index.html"),
                          QStringLiteral("routine"), QStringLiteral("routine/index.js")}));
    // A second extraction into the same folder conflicts with every file.
    const BundleExtract::Result again = BundleExtract::extract(bundle, dir.path());
    QVERIFY(!again.ok());
    QCOMPARE(again.conflicts.size(), 4);
}

void TestBundleExtract::emptyBundle()
{
    QTemporaryDir dir;
    const BundleExtract::Result r = BundleExtract::extract(CodeBundle(), dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r.written, 0);
    QVERIFY(listing(dir.path()).isEmpty());
}

void TestBundleExtract::missingFolder()
{
    QTemporaryDir dir;
    const BundleExtract::Result r = BundleExtract::extract(site(), dir.filePath(QStringLiteral("nope")));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QStringLiteral("nope")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nope"))));
}

void TestBundleExtract::refusesExistingFile()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("assets/index.html")), "mine");
    const BundleExtract::Result r = BundleExtract::extract(site(), dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.conflicts, QStringList{QStringLiteral("assets/index.html")});
    QVERIFY2(r.error.contains(QStringLiteral("assets/index.html")), qPrintable(r.error));
    QCOMPARE(r.written, 0);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("assets/index.html"))), QByteArray("mine"));
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("assets"), QStringLiteral("assets/index.html")}));
}

void TestBundleExtract::listsTheFirstConflicts()
{
    QTemporaryDir dir;
    QList<File> files;
    for (int i = 0; i < 15; ++i) {
        const QString path = QStringLiteral("assets/f%1.txt").arg(i, 2, 10, QLatin1Char('0'));
        files << file(path, "new");
        writeFile(dir.filePath(path), "old");
    }
    const BundleExtract::Result r = BundleExtract::extract(bundleOf(files), dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.conflicts.size(), BundleExtract::MaxConflictsListed);
    QCOMPARE(r.conflicts.first(), QStringLiteral("assets/f00.txt"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("assets/f14.txt"))), QByteArray("old"));
}

void TestBundleExtract::refusesFileWhereFolderIsNeeded()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("assets")), "a file");
    const BundleExtract::Result r = BundleExtract::extract(site(), dir.path());
    QVERIFY(!r.ok());
    QVERIFY(r.conflicts.contains(QStringLiteral("assets/index.html")));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("assets")});
    QCOMPARE(readFile(dir.filePath(QStringLiteral("assets"))), QByteArray("a file"));
}

void TestBundleExtract::refusesLinkedFolder()
{
    // assets/ in the chosen folder is a link to elsewhere: writing through it would leave the folder.
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("assets"))));
    const BundleExtract::Result r = BundleExtract::extract(site(), dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("link")), qPrintable(r.error));
    QVERIFY(listing(outside.path()).isEmpty());
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("assets")});
}

void TestBundleExtract::refusesLinkAtTarget()
{
    // A dangling link where a file goes: following it would create a file elsewhere.
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("routine")));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("planted.js")), dir.filePath(QStringLiteral("routine/index.js"))));
    const BundleExtract::Result r = BundleExtract::extract(site(), dir.path());
    QVERIFY(!r.ok());
    QVERIFY(!QFileInfo::exists(outside.filePath(QStringLiteral("planted.js"))));
    QVERIFY(listing(outside.path()).isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("assets"))));
}

void TestBundleExtract::refusesLinkedChosenFolderContents()
{
    // The chosen folder itself may be reached through a link (its canonical path is used); the
    // files land in the real folder, and nowhere else.
    QTemporaryDir real;
    QTemporaryDir links;
    const QString viaLink = links.filePath(QStringLiteral("chosen"));
    QVERIFY(QFile::link(real.path(), viaLink));
    const BundleExtract::Result r = BundleExtract::extract(site(), viaLink);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(readFile(real.filePath(QStringLiteral("routine/index.js"))), QByteArray("export default {}\n"));
    QCOMPARE(listing(links.path()), QStringList{QStringLiteral("chosen")});
}

void TestBundleExtract::rollsBackMidway()
{
    // The last file's name is longer than a file name may be: it fails after the others were
    // written. Everything this extraction wrote goes; what was there stays.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("assets")));
    writeFile(dir.filePath(QStringLiteral("keep.txt")), "keep");
    const QString tooLong = QStringLiteral("assets/zz/") + QString(300, u'n');
    const CodeBundle bundle = bundleOf({file(QStringLiteral("routine/index.js"), "x"),
                                        file(QStringLiteral("assets/a/b.txt"), "y"), file(tooLong, "z")});
    QCOMPARE(bundle.files().last().path, tooLong);
    // Qt logs the refused stat() of the long name.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("File name too long")));
    const BundleExtract::Result r = BundleExtract::extract(bundle, dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.written, 0);
    QVERIFY2(r.error.contains(QString(300, u'n')), qPrintable(r.error));
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("assets"), QStringLiteral("keep.txt")}));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("keep.txt"))), QByteArray("keep"));
}

QTEST_GUILESS_MAIN(TestBundleExtract)
#include "tst_bundleextract.moc"
