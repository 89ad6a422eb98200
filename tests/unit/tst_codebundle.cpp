// CodeBundle: a good bundle survives toZip → fromZip, files() lists entry first and folders before
// files, entryPath() finds the routine, fromFolder reads regular files only; and every hostile zip
// (bombs, unsafe paths, links, encryption, bad CRC, duplicates, truncation, not a zip) is refused
// with its own Problem and a message naming the entry. Hostile archives are crafted byte by byte
// (tests/support/RawZip.h); the AES-encrypted one is written by libzip.
#include "app/bundle/CodeBundle.h"
#include "tests/support/RawZip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using Problem = CodeBundle::Problem;
using File = CodeBundle::File;

namespace QTest {
template<>
char *toString(const CodeBundle::Problem &problem)
{
    return qstrdup(QByteArray::number(int(problem)).constData());
}
} // namespace QTest

namespace {

File file(const QString &path, const QByteArray &bytes)
{
    File f;
    f.path = path;
    f.bytes = bytes;
    return f;
}

QStringList pathsOf(const CodeBundle &bundle)
{
    QStringList paths;
    for (const File &f : bundle.files())
        paths << f.path;
    return paths;
}

QList<File> pagesSite()
{
    return {
        file(QStringLiteral("assets/index.html"), "<!doctype html><title>x</title>\n"),
        file(QStringLiteral("assets/css/site.css"), "body { margin: 0 }\n"),
        file(QStringLiteral("assets/img/logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)),
        file(QStringLiteral("routine/index.js"), "export default { fetch() { return new Response('hi') } }\n"),
        file(QStringLiteral("routine/lib/util.js"), "export const x = 1;\n"),
        file(QStringLiteral("README.md"), "# site\n"),
        file(QStringLiteral("assets/empty.txt"), QByteArray()),
    };
}

// Asserts the refusal: its problem, and that the message names `entry` (when given).
void expectRefused(const CodeBundle::Read &read, Problem problem, const QString &entry)
{
    QVERIFY2(!read.ok(), "the archive was accepted");
    QCOMPARE(read.problem, problem);
    QVERIFY(!read.error.isEmpty());
    if (!entry.isEmpty()) {
        QCOMPARE(read.path, entry);
        QVERIFY2(read.error.contains(entry), qPrintable(read.error));
    }
    QVERIFY(read.bundle.isEmpty());
}

CodeBundle::Read fromRaw(const QList<RawZip::Entry> &entries, const CodeBundle::Limits &limits = {})
{
    return CodeBundle::fromZip(RawZip::write(entries), limits);
}

} // namespace

class TestCodeBundle : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void toZipIsDeterministic();
    void ordering();
    void entryPath();
    void emptyZipIsEmptyBundle();
    void rawZipReads();
    void largeBundleOnThreads();
    void fromFolder();
    void fromFolderSkipsLinks();
    void fromFilesChecksPaths();

    void bombByTotalSize();
    void bombByFileSize();
    void bombByEntryCount();
    void bombByRatio();
    void directoryLiesAboutSize();
    void dotDotSegment();
    void absolutePath();
    void driveLetter();
    void backslash();
    void otherUnsafeNames_data();
    void otherUnsafeNames();
    void controlCharactersInNames();
    void symlinkEntry();
    void encryptedFlag();
    void encryptedAes();
    void unsupportedMethod();
    void badCrc();
    void duplicateNames();
    void fileAndFolderOfOneName();
    void truncated_data();
    void truncated();
    void notAZip();
    void zipMagicThenGarbage();
};

void TestCodeBundle::roundTrip()
{
    const CodeBundle::Read made = CodeBundle::fromFiles(pagesSite());
    QVERIFY2(made.ok(), qPrintable(made.error));
    const QByteArray zip = made.bundle.toZip();
    QVERIFY(CodeBundle::looksLikeZip(zip));
    const CodeBundle::Read read = CodeBundle::fromZip(zip);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(pathsOf(read.bundle), pathsOf(made.bundle));
    for (const File &f : made.bundle.files()) {
        const File *back = read.bundle.file(f.path);
        QVERIFY(back);
        QCOMPARE(back->bytes, f.bytes);
        QVERIFY(back->compressedSize >= 0);
    }
    QCOMPARE(read.bundle.totalBytes(), made.bundle.totalBytes());
    QCOMPARE(read.bundle.count(), 7);
    QCOMPARE(read.bundle.entryPath(), QStringLiteral("routine/index.js"));
    QVERIFY(!read.bundle.file(QStringLiteral("nope")));
}

void TestCodeBundle::toZipIsDeterministic()
{
    QList<File> files = pagesSite();
    const QByteArray first = CodeBundle::fromFiles(files).bundle.toZip();
    std::reverse(files.begin(), files.end());
    const QByteArray second = CodeBundle::fromFiles(files).bundle.toZip();
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    // Deflated: a repetitive file takes less room than it holds.
    const CodeBundle big = CodeBundle::fromFiles({file(QStringLiteral("a.txt"), QByteArray(100000, 'a'))}).bundle;
    QVERIFY(big.toZip().size() < 2000);
}

void TestCodeBundle::ordering()
{
    const CodeBundle bundle = CodeBundle::fromFiles(pagesSite()).bundle;
    const QStringList expected = {
        QStringLiteral("routine/index.js"),
        QStringLiteral("assets/css/site.css"),
        QStringLiteral("assets/img/logo.png"),
        QStringLiteral("assets/empty.txt"),
        QStringLiteral("assets/index.html"),
        QStringLiteral("routine/lib/util.js"),
        QStringLiteral("README.md"),
    };
    QCOMPARE(pathsOf(bundle), expected);
    // Case folded, then exact: "B" between "a" and "c", "a" before "A" never mixed up.
    const CodeBundle names = CodeBundle::fromFiles({file(QStringLiteral("c"), "3"), file(QStringLiteral("B"), "2"),
                                                    file(QStringLiteral("a"), "1"), file(QStringLiteral("A"), "0")})
                                     .bundle;
    QCOMPARE(pathsOf(names), (QStringList{QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c")}));
}

void TestCodeBundle::entryPath()
{
    QCOMPARE(CodeBundle::fromFiles(pagesSite()).bundle.entryPath(), QStringLiteral("routine/index.js"));
    const CodeBundle one = CodeBundle::fromFiles({file(QStringLiteral("routine/main.ts"), "x"),
                                                  file(QStringLiteral("routine/sub/a.js"), "y"),
                                                  file(QStringLiteral("assets/a.js"), "z")})
                                   .bundle;
    QCOMPARE(one.entryPath(), QStringLiteral("routine/main.ts"));
    QCOMPARE(one.files().first().path, QStringLiteral("routine/main.ts"));
    const CodeBundle two = CodeBundle::fromFiles({file(QStringLiteral("routine/a.js"), "x"),
                                                  file(QStringLiteral("routine/b.js"), "y")})
                                   .bundle;
    QCOMPARE(two.entryPath(), QString());
    QCOMPARE(CodeBundle::fromFiles({file(QStringLiteral("assets/index.html"), "x")}).bundle.entryPath(), QString());
    QCOMPARE(CodeBundle().entryPath(), QString());
}

void TestCodeBundle::emptyZipIsEmptyBundle()
{
    const CodeBundle::Read read = CodeBundle::fromZip(RawZip::write({}));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.bundle.isEmpty());
    QCOMPARE(read.bundle.count(), 0);
    QVERIFY(CodeBundle::looksLikeZip(RawZip::write({})));
    // An empty bundle's zip is the empty archive, which reads back as an empty bundle.
    const QByteArray zip = CodeBundle().toZip();
    QCOMPARE(zip, RawZip::write({}));
    QVERIFY(CodeBundle::fromZip(zip).ok());
}

void TestCodeBundle::rawZipReads()
{
    // The crafting writer makes good archives too: the hostile cases below differ from these in
    // one field only. A directory entry is dropped; a stored entry reads as well as a deflated one.
    RawZip::Entry stored = RawZip::file("routine/index.js", "export default {}\n");
    stored.method = 0;
    RawZip::Entry folder = RawZip::file("assets/", QByteArray());
    folder.method = 0;
    folder.externalAttributes = quint32(040755) << 16;
    const CodeBundle::Read read = fromRaw({stored, folder, RawZip::file("assets/a.txt", QByteArray(5000, 'a'))});
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(pathsOf(read.bundle), (QStringList{QStringLiteral("routine/index.js"), QStringLiteral("assets/a.txt")}));
    QCOMPARE(read.bundle.file(QStringLiteral("assets/a.txt"))->bytes, QByteArray(5000, 'a'));
}

void TestCodeBundle::largeBundleOnThreads()
{
    // 8 MiB: inflated on several threads (from 4 MiB on). Stored entries, so bytes can be patched.
    QList<RawZip::Entry> entries;
    for (int i = 0; i < 40; ++i) {
        RawZip::Entry e = RawZip::file(QStringLiteral("assets/f%1.txt").arg(i, 2, 10, QLatin1Char('0')).toUtf8(),
                                       QByteArray(200 * 1024, char('a' + i % 26)) + QByteArray::number(i));
        e.method = i % 2 ? 8 : 0;
        entries << e;
    }
    const QByteArray zip = RawZip::write(entries);
    const CodeBundle::Read read = CodeBundle::fromZip(zip);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.bundle.count(), 40);
    for (const RawZip::Entry &e : entries)
        QCOMPARE(read.bundle.file(QString::fromUtf8(e.name))->bytes, e.data);

    // Damage in two stored entries, late and early: the first in entry order is the one named,
    // as a single thread would meet it.
    const auto damaged = [&](const QList<int> &which) {
        QByteArray bytes = zip;
        for (const int i : which) {
            const qsizetype at = bytes.indexOf(entries.at(i).data);
            bytes[at + 10] = '#';
        }
        return CodeBundle::fromZip(bytes);
    };
    expectRefused(damaged({36, 4}), Problem::BadCrc, QStringLiteral("assets/f04.txt"));
    expectRefused(damaged({36, 30}), Problem::BadCrc, QStringLiteral("assets/f30.txt"));
}

void TestCodeBundle::fromFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const File &f : pagesSite()) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(f.path)).path()));
        QFile out(dir.filePath(f.path));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f.bytes);
    }
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("assets/empty-folder")));
    QFile hidden(dir.filePath(QStringLiteral(".well-known")));
    QVERIFY(hidden.open(QIODevice::WriteOnly));
    hidden.close();
    const CodeBundle::Read read = CodeBundle::fromFolder(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.skipped, 0);
    QCOMPARE(read.bundle.count(), 8);
    QVERIFY(read.bundle.file(QStringLiteral(".well-known")));
    QCOMPARE(read.bundle.file(QStringLiteral("assets/img/logo.png"))->bytes, pagesSite().at(2).bytes);
    QCOMPARE(read.bundle.file(QStringLiteral("assets/img/logo.png"))->compressedSize, -1);
    QCOMPARE(read.bundle.entryPath(), QStringLiteral("routine/index.js"));

    const CodeBundle::Read missing = CodeBundle::fromFolder(dir.filePath(QStringLiteral("nope")));
    QCOMPARE(missing.problem, Problem::FolderUnreadable);

    CodeBundle::Limits small;
    small.maxEntries = 3;
    QCOMPARE(CodeBundle::fromFolder(dir.path(), small).problem, Problem::TooManyEntries);
}

void TestCodeBundle::fromFolderSkipsLinks()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    QFile real(dir.filePath(QStringLiteral("real.txt")));
    QVERIFY(real.open(QIODevice::WriteOnly));
    real.write("real");
    real.close();
    QVERIFY(QFile::link(secret.fileName(), dir.filePath(QStringLiteral("link.txt"))));
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("linked-folder"))));
    const CodeBundle::Read read = CodeBundle::fromFolder(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(pathsOf(read.bundle), QStringList{QStringLiteral("real.txt")});
    QCOMPARE(read.skipped, 2);
}

void TestCodeBundle::fromFilesChecksPaths()
{
    expectRefused(CodeBundle::fromFiles({file(QStringLiteral("../x"), "x")}), Problem::UnsafePath, QStringLiteral("../x"));
    expectRefused(CodeBundle::fromFiles({file(QStringLiteral("a"), "1"), file(QStringLiteral("a"), "2")}),
                  Problem::DuplicateName, QStringLiteral("a"));
    CodeBundle::Limits small;
    small.maxFileBytes = 3;
    expectRefused(CodeBundle::fromFiles({file(QStringLiteral("big"), "1234")}, small), Problem::TooLarge, QStringLiteral("big"));
}

void TestCodeBundle::bombByTotalSize()
{
    CodeBundle::Limits limits;
    limits.maxTotalBytes = 250000;
    QList<RawZip::Entry> entries;
    for (int i = 0; i < 5; ++i)
        entries << RawZip::file("assets/part" + QByteArray::number(i) + ".txt", QByteArray(100000, 'x'));
    // Refused at the third file, from the directory alone.
    expectRefused(fromRaw(entries, limits), Problem::TooLarge, QStringLiteral("assets/part2.txt"));
}

void TestCodeBundle::bombByFileSize()
{
    CodeBundle::Limits limits;
    limits.maxFileBytes = 50000;
    expectRefused(fromRaw({RawZip::file("ok.txt", "ok"), RawZip::file("assets/huge.bin", QByteArray(50001, 'x'))}, limits),
                  Problem::TooLarge, QStringLiteral("assets/huge.bin"));
}

void TestCodeBundle::bombByEntryCount()
{
    CodeBundle::Limits limits;
    limits.maxEntries = 100;
    QList<RawZip::Entry> entries;
    for (int i = 0; i < 101; ++i)
        entries << RawZip::file("f" + QByteArray::number(i), "x");
    const CodeBundle::Read read = fromRaw(entries, limits);
    expectRefused(read, Problem::TooManyEntries, QString());
    QVERIFY2(read.error.contains(QStringLiteral("101")) && read.error.contains(QStringLiteral("100")), qPrintable(read.error));
    entries.removeLast();
    QVERIFY(fromRaw(entries, limits).ok());
}

void TestCodeBundle::bombByRatio()
{
    // 4 MiB of zeros deflate to about 4 KiB: a ratio near 1000.
    CodeBundle::Limits limits;
    limits.maxRatio = 100;
    const CodeBundle::Read read = fromRaw({RawZip::file("assets/zeros.bin", QByteArray(4 << 20, '\0'))}, limits);
    expectRefused(read, Problem::RatioTooHigh, QStringLiteral("assets/zeros.bin"));
    // Below 1 MiB the ratio is not judged: small repetitive files are normal.
    QVERIFY(fromRaw({RawZip::file("assets/zeros.bin", QByteArray(1 << 20, '\0'))}, limits).ok());
}

void TestCodeBundle::directoryLiesAboutSize()
{
    // Both headers say 1000 bytes; the deflated stream holds 64 MiB. Reading stops right after
    // the declared size, whatever the limits.
    RawZip::Entry liar = RawZip::file("assets/liar.bin", QByteArray(64 << 20, '\0'));
    liar.size = 1000;
    CodeBundle::Limits limits;
    limits.maxFileBytes = 1 << 20;
    expectRefused(fromRaw({liar}, limits), Problem::TooLarge, QStringLiteral("assets/liar.bin"));
    expectRefused(fromRaw({liar}), Problem::TooLarge, QStringLiteral("assets/liar.bin"));
}

void TestCodeBundle::dotDotSegment()
{
    expectRefused(fromRaw({RawZip::file("assets/../../etc/passwd", "x")}), Problem::UnsafePath,
                  QStringLiteral("assets/../../etc/passwd"));
    expectRefused(fromRaw({RawZip::file("..", "x")}), Problem::UnsafePath, QStringLiteral(".."));
}

void TestCodeBundle::absolutePath()
{
    expectRefused(fromRaw({RawZip::file("/etc/passwd", "x")}), Problem::UnsafePath, QStringLiteral("/etc/passwd"));
}

void TestCodeBundle::driveLetter()
{
    expectRefused(fromRaw({RawZip::file("C:/Windows/win.ini", "x")}), Problem::UnsafePath,
                  QStringLiteral("C:/Windows/win.ini"));
    expectRefused(fromRaw({RawZip::file("c:win.ini", "x")}), Problem::UnsafePath, QStringLiteral("c:win.ini"));
}

void TestCodeBundle::backslash()
{
    expectRefused(fromRaw({RawZip::file("assets\\..\\..\\x.js", "x")}), Problem::UnsafePath,
                  QStringLiteral("assets\\..\\..\\x.js"));
}

void TestCodeBundle::otherUnsafeNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("dot segment") << QByteArray("assets/./a.js");
    QTest::newRow("empty segment") << QByteArray("assets//a.js");
    QTest::newRow("folder ..") << QByteArray("assets/../");
    QTest::newRow("DEL") << QByteArray("assets/a\x7f.js");
}

void TestCodeBundle::otherUnsafeNames()
{
    QFETCH(QByteArray, name);
    expectRefused(fromRaw({RawZip::file(name, "x")}), Problem::UnsafePath, QString::fromUtf8(name));
}

void TestCodeBundle::controlCharactersInNames()
{
    const QString withNul = QStringLiteral("assets/a.js") + QChar(0) + QStringLiteral(".png");
    expectRefused(CodeBundle::fromFiles({file(withNul, "x")}), Problem::UnsafePath, withNul);
    // libzip reads a NUL in a zip entry's name as a space: the name shown is the name written out.
    const CodeBundle::Read spaced = fromRaw({RawZip::file(QByteArray("assets/a.js\0.png", 16), "x")});
    QVERIFY2(spaced.ok(), qPrintable(spaced.error));
    QCOMPARE(pathsOf(spaced.bundle), QStringList{QStringLiteral("assets/a.js .png")});
    const CodeBundle::Read twice = fromRaw({RawZip::file(QByteArray("a\0x", 3), "1"), RawZip::file("a x", "2")});
    QCOMPARE(twice.problem, Problem::DuplicateName);
    // Other control characters: refused in files given; in a zip entry's UTF-8 name libzip takes
    // the whole archive for inconsistent, and in a CP437 name (no UTF-8 flag) they are glyphs.
    expectRefused(CodeBundle::fromFiles({file(QStringLiteral("a\x01.js"), "x")}), Problem::UnsafePath,
                  QStringLiteral("a\x01.js"));
    QCOMPARE(fromRaw({RawZip::file("a\x01.js", "x")}).problem, Problem::Broken);
    RawZip::Entry cp437 = RawZip::file("a\x01.js", "x");
    cp437.flags = 0;
    const CodeBundle::Read glyph = fromRaw({cp437});
    QVERIFY2(glyph.ok(), qPrintable(glyph.error));
    QCOMPARE(pathsOf(glyph.bundle), QStringList{QStringLiteral("a\u263A.js")});
    // A UTF-8 name without the UTF-8 flag (as some zip writers leave it) is still read as UTF-8.
    const QString chinese = QStringLiteral("assets/图片/标志.png");
    RawZip::Entry unflagged = RawZip::file(chinese.toUtf8(), "png");
    unflagged.flags = 0;
    const CodeBundle::Read utf8 = fromRaw({unflagged});
    QVERIFY2(utf8.ok(), qPrintable(utf8.error));
    QCOMPARE(pathsOf(utf8.bundle), QStringList{chinese});
}

void TestCodeBundle::symlinkEntry()
{
    RawZip::Entry link = RawZip::file("assets/passwd", "/etc/passwd");
    link.method = 0;
    link.externalAttributes = quint32(0120777) << 16;
    expectRefused(fromRaw({RawZip::file("routine/index.js", "x"), link}), Problem::Link, QStringLiteral("assets/passwd"));
    // The same mode from an MS-DOS host means nothing: a plain file.
    link.madeByOs = 0;
    QVERIFY(fromRaw({link}).ok());
}

void TestCodeBundle::encryptedFlag()
{
    // Traditional PKWARE encryption: general purpose flag bit 0.
    RawZip::Entry locked = RawZip::file("routine/index.js", "not really encrypted");
    locked.method = 0;
    locked.flags |= 1;
    expectRefused(fromRaw({locked}), Problem::Encrypted, QStringLiteral("routine/index.js"));
}

void TestCodeBundle::encryptedAes()
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *zip = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    QVERIFY(zip);
    zip_source_keep(source);
    static const char text[] = "export default {}\n";
    zip_source_t *data = zip_source_buffer(zip, text, sizeof text - 1, 0);
    const zip_int64_t index = zip_file_add(zip, "routine/index.js", data, 0);
    QVERIFY(index >= 0);
    QCOMPARE(zip_file_set_encryption(zip, zip_uint64_t(index), ZIP_EM_AES_256, "password"), 0);
    QCOMPARE(zip_close(zip), 0);
    zip_stat_t st;
    QCOMPARE(zip_source_stat(source, &st), 0);
    QCOMPARE(zip_source_open(source), 0);
    QByteArray bytes(qsizetype(st.size), '\0');
    QCOMPARE(zip_source_read(source, bytes.data(), st.size), zip_int64_t(st.size));
    zip_source_close(source);
    zip_source_free(source);
    zip_error_fini(&error);
    expectRefused(CodeBundle::fromZip(bytes), Problem::Encrypted, QStringLiteral("routine/index.js"));
}

void TestCodeBundle::unsupportedMethod()
{
    RawZip::Entry bzip2 = RawZip::file("assets/a.txt", "BZh9...");
    bzip2.method = 12;
    expectRefused(fromRaw({bzip2}), Problem::UnsupportedMethod, QStringLiteral("assets/a.txt"));
}

void TestCodeBundle::badCrc()
{
    // A stored entry with one byte of its data changed after the CRC was written.
    RawZip::Entry stored = RawZip::file("routine/index.js", "export default { fetch() {} }\n");
    stored.method = 0;
    QByteArray zip = RawZip::write({RawZip::file("assets/ok.txt", "fine"), stored});
    const qsizetype at = zip.indexOf("fetch");
    QVERIFY(at > 0);
    zip[at] = 'F';
    expectRefused(CodeBundle::fromZip(zip), Problem::BadCrc, QStringLiteral("routine/index.js"));
    // And a deflated one whose header carries a wrong CRC.
    RawZip::Entry deflated = RawZip::file("assets/site.css", QByteArray(3000, 'c'));
    deflated.crc = 0x12345678;
    expectRefused(fromRaw({deflated}), Problem::BadCrc, QStringLiteral("assets/site.css"));
}

void TestCodeBundle::duplicateNames()
{
    // Written with distinct names, then one name patched in both headers: what a zip library
    // would never write, and what a hand-crafted archive can hold.
    QByteArray zip = RawZip::write({RawZip::file("assets/a.js", "one"), RawZip::file("assets/b.js", "two")});
    QCOMPARE(zip.count("assets/b.js"), 2);
    zip.replace("assets/b.js", "assets/a.js");
    const CodeBundle::Read read = CodeBundle::fromZip(zip);
    QCOMPARE(read.problem, Problem::DuplicateName);
    QVERIFY2(read.error.contains(QStringLiteral("assets/a.js")), qPrintable(read.error));
    QVERIFY(read.bundle.isEmpty());
}

void TestCodeBundle::fileAndFolderOfOneName()
{
    RawZip::Entry folder = RawZip::file("assets/", QByteArray());
    folder.method = 0;
    expectRefused(fromRaw({RawZip::file("assets", "x"), folder}), Problem::DuplicateName, QStringLiteral("assets"));
    expectRefused(fromRaw({RawZip::file("assets", "x"), RawZip::file("assets/a.css", "y")}), Problem::DuplicateName,
                  QStringLiteral("assets"));
}

void TestCodeBundle::truncated_data()
{
    QTest::addColumn<int>("keep");
    const int size = int(CodeBundle::fromFiles(pagesSite()).bundle.toZip().size());
    for (const int keep : {4, 30, 100, size / 2, size - 30, size - 22, size - 1})
        QTest::addRow("%d of %d bytes", keep, size) << keep;
}

void TestCodeBundle::truncated()
{
    QFETCH(int, keep);
    const QByteArray zip = CodeBundle::fromFiles(pagesSite()).bundle.toZip();
    const CodeBundle::Read read = CodeBundle::fromZip(zip.left(keep));
    expectRefused(read, Problem::Broken, QString());
    QVERIFY2(read.error.contains(QStringLiteral("truncated")), qPrintable(read.error));
}

void TestCodeBundle::notAZip()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("export default {}\n"), QByteArray("PK"),
                                    QByteArray("\0asm\1\0\0\0", 8)}) {
        const CodeBundle::Read read = CodeBundle::fromZip(bytes);
        expectRefused(read, Problem::NotZip, QString());
    }
    QVERIFY(!CodeBundle::looksLikeZip("PK\x01\x02"));
    // A zip appended to something else (a self-extractor) is not taken as a bundle.
    QByteArray prefixed = "#!/bin/sh\n" + RawZip::write({RawZip::file("a", "b")});
    QCOMPARE(CodeBundle::fromZip(prefixed).problem, Problem::NotZip);
}

void TestCodeBundle::zipMagicThenGarbage()
{
    QByteArray bytes("PK\3\4");
    bytes += QByteArray(200, '\x5a');
    expectRefused(CodeBundle::fromZip(bytes), Problem::Broken, QString());
}

QTEST_GUILESS_MAIN(TestCodeBundle)
#include "tst_codebundle.moc"
