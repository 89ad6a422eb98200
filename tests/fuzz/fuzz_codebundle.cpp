// libFuzzer target: CodeBundle::fromZip on any bytes (with small limits, so a bomb costs little),
// and fromFiles with names taken from the input; the invariants CodeBundle.h documents: a refusal
// has a problem and a message and no files; an accepted bundle has only safe paths, in files()
// order, totals that add up, and survives toZip → fromZip unchanged.
#include "tests/fuzz/FuzzCommon.h"

#include "app/bundle/CodeBundle.h"
#include "app/decode/RoutineCodeDecoder.h"

namespace {

CodeBundle::Limits smallLimits()
{
    CodeBundle::Limits limits;
    limits.maxEntries = 500;
    limits.maxTotalBytes = 8 * 1024 * 1024;
    limits.maxFileBytes = 4 * 1024 * 1024;
    limits.maxRatio = 200;
    return limits;
}

bool safePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    if (path.size() >= 2 && path[1] == u':' && path[0].isLetter())
        return false;
    for (const QString &segment : path.split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
    }
    return true;
}

void checkBundle(const CodeBundle &bundle, const char *what)
{
    const QList<CodeBundle::File> &files = bundle.files();
    FUZZ_CHECK(bundle.count() == files.size() && bundle.isEmpty() == files.isEmpty(), "%s: count", what);
    qint64 total = 0;
    const QString entry = bundle.entryPath();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const CodeBundle::File &f = files.at(i);
        total += f.bytes.size();
        FUZZ_CHECK(safePath(f.path), "%s: unsafe path accepted: %s", what, qPrintable(f.path));
        FUZZ_CHECK(bundle.file(f.path) == &f, "%s: file(%s) does not find it", what, qPrintable(f.path));
        if (i > 0 && files.at(i - 1).path != entry)
            FUZZ_CHECK(CodeBundle::inTreeOrder(files.at(i - 1).path, f.path), "%s: %s listed before %s", what,
                       qPrintable(files.at(i - 1).path), qPrintable(f.path));
    }
    FUZZ_CHECK(total == bundle.totalBytes(), "%s: totalBytes %lld, files hold %lld", what,
               (long long)bundle.totalBytes(), (long long)total);
    FUZZ_CHECK(entry.isEmpty() || (bundle.file(entry) && files.first().path == entry), "%s: entry %s not first", what,
               qPrintable(entry));
}

void checkRead(const CodeBundle::Read &read, const char *what)
{
    if (!read.ok()) {
        FUZZ_CHECK(!read.error.isEmpty(), "%s: a refusal without a message", what);
        FUZZ_CHECK(read.bundle.isEmpty(), "%s: a refusal with files", what);
        return;
    }
    FUZZ_CHECK(read.error.isEmpty(), "%s: accepted with a message", what);
    checkBundle(read.bundle, what);
    // toZip → fromZip gives the same files back.
    const QByteArray zip = read.bundle.toZip();
    FUZZ_CHECK(CodeBundle::looksLikeZip(zip), "%s: toZip made no zip", what);
    CodeBundle::Limits roomy = smallLimits();
    roomy.maxRatio = 1 << 30; // toZip deflates at will: a repetitive file may compress very well
    const CodeBundle::Read again = CodeBundle::fromZip(zip, roomy);
    FUZZ_CHECK(again.ok(), "%s: its own zip is refused: %s", what, qPrintable(again.error));
    FUZZ_CHECK(again.bundle.count() == read.bundle.count(), "%s: round trip lost files", what);
    for (qsizetype i = 0; i < read.bundle.files().size(); ++i) {
        const CodeBundle::File &a = read.bundle.files().at(i);
        const CodeBundle::File &b = again.bundle.files().at(i);
        FUZZ_CHECK(a.path == b.path && a.bytes == b.bytes, "%s: round trip changed %s", what, qPrintable(a.path));
    }
    // The decoder sees a bundle by its magic.
    FUZZ_CHECK(RoutineCodeDecoder::fromBytes(zip).kind == DecodedCode::Kind::Bundle, "%s: toZip not a Bundle kind", what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    // 1. The input as a zip.
    checkRead(CodeBundle::fromZip(input, smallLimits()), "fromZip(input)");

    // 2. The input as files: lines "name\tcontent", names as UTF-8 (any bytes).
    QList<CodeBundle::File> files;
    for (const QByteArray &line : input.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        CodeBundle::File f;
        f.path = QString::fromUtf8(tab < 0 ? line : line.left(tab));
        f.bytes = tab < 0 ? QByteArray() : line.mid(tab + 1);
        files << f;
        if (files.size() >= 64)
            break;
    }
    checkRead(CodeBundle::fromFiles(files, smallLimits()), "fromFiles(lines)");
    return 0;
}
