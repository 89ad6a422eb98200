#include "app/bundle/CodeBundle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QThread>

#include <zip.h>

#include <sys/stat.h>

#include <algorithm>
#include <future>
#include <memory>
#include <system_error>
#include <vector>

using Problem = CodeBundle::Problem;
using File = CodeBundle::File;

struct CodeBundle::Data : QSharedData
{
    QList<File> files; // in files() order
    QHash<QString, int> index;
    qint64 totalBytes = 0;
    QString entryPath;
};

namespace {

constexpr qint64 RatioFloor = 1024 * 1024; // the ratio is only judged above this size
constexpr qint64 ReadChunk = 256 * 1024;
// From this many uncompressed bytes on, entries are inflated on several threads.
constexpr qint64 ParallelInflateBytes = 4 * 1024 * 1024;
constexpr int MaxInflateThreads = 4;
// Every entry toZip writes carries this time (2000-01-01 00:00:00 local), so the same files give
// the same bytes.
constexpr time_t FixedMtime = 946684800;

CodeBundle::Read refusal(Problem problem, const QString &path, const QString &error)
{
    CodeBundle::Read read;
    read.problem = problem;
    read.path = path;
    read.error = error;
    return read;
}

// Why `path` (a file's, without a directory's trailing '/') cannot be a bundle's path; empty when
// it can. Anything that could land outside the folder it is written into, or mean something else
// on another system, is refused rather than repaired.
QString unsafePathReason(const QString &path)
{
    if (path.isEmpty())
        return CodeBundle::tr("an empty name");
    // Control characters (NUL among them): no file system shows them faithfully, Windows refuses
    // them, and libzip will not write them.
    const auto control = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; };
    if (std::any_of(path.cbegin(), path.cend(), control))
        return CodeBundle::tr("a control character in its name");
    if (path.contains(u'\\'))
        return CodeBundle::tr("a backslash in its name");
    if (path.startsWith(u'/'))
        return CodeBundle::tr("an absolute path");
    if (path.size() >= 2 && path[1] == u':' && path[0].isLetter())
        return CodeBundle::tr("a drive letter");
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return CodeBundle::tr("an empty folder name");
        if (segment == u".." || segment == u".")
            return CodeBundle::tr("a “%1” in its path").arg(segment);
    }
    return {};
}

CodeBundle::Read unsafePath(const QString &path, const QString &reason)
{
    return refusal(Problem::UnsafePath, path,
                   CodeBundle::tr("The bundle's entry “%1” is refused: %2.").arg(path, reason));
}

// The checks every kind of source shares: the paths, duplicates (also a file and a folder of one
// name, which cannot both be written out) and the sizes. Folders are the parents of files.
struct Admission
{
    const CodeBundle::Limits &limits;
    QSet<QString> files;
    QSet<QString> folders;
    qint64 totalBytes = 0;

    // A file of `size` bytes at `path`; `displayPath` is what the message names.
    std::optional<CodeBundle::Read> admitFile(const QString &path, qint64 size)
    {
        if (const QString reason = unsafePathReason(path); !reason.isEmpty())
            return unsafePath(path, reason);
        if (files.contains(path) || folders.contains(path))
            return duplicate(path);
        if (std::optional<CodeBundle::Read> tooLarge = admitSize(path, size))
            return tooLarge;
        files.insert(path);
        qsizetype slash = path.lastIndexOf(u'/');
        while (slash > 0) {
            const QString folder = path.left(slash);
            if (files.contains(folder))
                return duplicate(folder);
            folders.insert(folder);
            slash = folder.lastIndexOf(u'/');
        }
        return std::nullopt;
    }

    // A zip's directory entry: only its name is checked (and kept, to catch "a/" beside "a").
    std::optional<CodeBundle::Read> admitFolder(const QString &path)
    {
        if (const QString reason = unsafePathReason(path); !reason.isEmpty())
            return unsafePath(path + u'/', reason);
        if (files.contains(path))
            return duplicate(path);
        folders.insert(path);
        return std::nullopt;
    }

    std::optional<CodeBundle::Read> admitSize(const QString &path, qint64 size)
    {
        if (size > limits.maxFileBytes)
            return refusal(Problem::TooLarge, path,
                           CodeBundle::tr("The bundle's file “%1” is %2 bytes, more than the %3 bytes "
                                          "a file may have.").arg(path).arg(size).arg(limits.maxFileBytes));
        totalBytes += size;
        if (totalBytes > limits.maxTotalBytes)
            return refusal(Problem::TooLarge, path,
                           CodeBundle::tr("The bundle is larger than %1 bytes at its file “%2”.")
                                   .arg(limits.maxTotalBytes).arg(path));
        return std::nullopt;
    }

    static CodeBundle::Read duplicate(const QString &path)
    {
        return refusal(Problem::DuplicateName, path,
                       CodeBundle::tr("The bundle holds “%1” twice (or as both a file and a folder).").arg(path));
    }
};

CodeBundle::Read tooManyEntries(qint64 count, int limit)
{
    return refusal(Problem::TooManyEntries, QString(),
                   CodeBundle::tr("The bundle has %1 entries, more than the %2 allowed.").arg(count).arg(limit));
}

// Tree order of two paths: segment by segment; where they part, a folder comes before a file,
// then names case-insensitively, then exactly (so the order is total and stable). Without
// allocating: sorting 2,000 paths makes some 40,000 comparisons.
bool treeLess(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        qsizetype endA = a.indexOf(u'/', i);
        qsizetype endB = b.indexOf(u'/', j);
        const bool aFolder = endA >= 0;
        const bool bFolder = endB >= 0;
        endA = aFolder ? endA : a.size();
        endB = bFolder ? endB : b.size();
        const QStringView segmentA = a.sliced(i, endA - i);
        const QStringView segmentB = b.sliced(j, endB - j);
        if (aFolder != bFolder)
            return aFolder;
        if (segmentA != segmentB) {
            const int folded = segmentA.compare(segmentB, Qt::CaseInsensitive);
            return folded != 0 ? folded < 0 : segmentA < segmentB;
        }
        if (!aFolder)
            return false; // the same path
        i = endA + 1;
        j = endB + 1;
    }
}

QString findEntry(const QList<File> &files)
{
    const QString index = QStringLiteral("routine/index.js");
    QString only;
    int candidates = 0;
    for (const File &file : files) {
        if (file.path == index)
            return index;
        const bool topLevel = file.path.startsWith(u"routine/") && file.path.count(u'/') == 1;
        if (topLevel && (file.path.endsWith(u".js") || file.path.endsWith(u".ts"))) {
            only = file.path;
            ++candidates;
        }
    }
    return candidates == 1 ? only : QString();
}

// --- zip reading -----------------------------------------------------------------------------

struct ZipCloser
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

CodeBundle::Read brokenArchive(const QString &path, const QString &detail)
{
    const QString error = path.isEmpty()
            ? CodeBundle::tr("The bundle is not a readable zip archive (%1); it may be truncated.").arg(detail)
            : CodeBundle::tr("The bundle's entry “%1” cannot be read (%2); the archive may be truncated.")
                      .arg(path, detail);
    return refusal(Problem::Broken, path, error);
}

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

CodeBundle::Read openFailure(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString detail = zipErrorText(&error);
    zip_error_fini(&error);
    // The bytes start as a zip does (fromZip checked): no end of archive found means cut off.
    if (code == ZIP_ER_NOZIP)
        return brokenArchive(QString(), CodeBundle::tr("its end is missing"));
    // libzip refuses two entries of one name when checking consistency, without naming them
    // (fromZip looks again to name them).
    if (code == ZIP_ER_EXISTS)
        return refusal(Problem::DuplicateName, QString(),
                       CodeBundle::tr("The bundle holds two entries of the same name (%1).").arg(detail));
    return brokenArchive(QString(), detail);
}

// The archive as libzip sees it, or why not. `zip` borrows `bytes`, which must outlive it.
ZipPtr openZip(const QByteArray &bytes, int flags, CodeBundle::Read *failure)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        *failure = brokenArchive(QString(), zipErrorText(&error));
        zip_error_fini(&error);
        return {};
    }
    zip_t *zip = zip_open_from_source(source, flags | ZIP_RDONLY, &error);
    if (!zip) {
        zip_source_free(source);
        *failure = openFailure(zip_error_code_zip(&error));
        zip_error_fini(&error);
        return {};
    }
    zip_error_fini(&error);
    return ZipPtr(zip);
}

// One entry as the central directory gives it.
struct Entry
{
    zip_uint64_t index = 0;
    QString path;     // as named in the archive
    bool isFolder = false;
    qint64 size = 0;
    qint64 compressedSize = 0;
};

// Everything judged from the central directory alone, before any inflating.
std::optional<CodeBundle::Read> checkEntry(zip_t *zip, const zip_stat_t &st, const Entry &entry)
{
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, entry.index, 0, &opsys, &attributes) == 0
        && opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK)
        return refusal(Problem::Link, entry.path,
                       CodeBundle::tr("The bundle's entry “%1” is a symbolic link, which is refused.").arg(entry.path));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return refusal(Problem::Encrypted, entry.path,
                       CodeBundle::tr("The bundle's entry “%1” is encrypted, which is not supported.").arg(entry.path));
    if (!(st.valid & ZIP_STAT_COMP_METHOD)
        || (st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE))
        return refusal(Problem::UnsupportedMethod, entry.path,
                       CodeBundle::tr("The bundle's entry “%1” uses compression method %2; only stored and "
                                      "deflated entries are supported.").arg(entry.path).arg(st.comp_method));
    if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
        return brokenArchive(entry.path, CodeBundle::tr("no size"));
    return std::nullopt;
}

std::optional<CodeBundle::Read> checkRatio(const QString &path, qint64 size, qint64 compressed, int maxRatio)
{
    if (size <= RatioFloor || size <= qint64(maxRatio) * std::max<qint64>(compressed, 0))
        return std::nullopt;
    return refusal(Problem::RatioTooHigh, path,
                   CodeBundle::tr("The bundle's file “%1” expands from %2 to %3 bytes, more than %4 times: "
                                  "it looks like a zip bomb.").arg(path).arg(compressed).arg(size).arg(maxRatio));
}

// The directory pass: every entry's name, kind, method and sizes, checked before inflating.
std::optional<CodeBundle::Read> listEntries(zip_t *zip, const CodeBundle::Limits &limits, QList<Entry> *entries)
{
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0)
        return brokenArchive(QString(), CodeBundle::tr("no entry count"));
    if (count > limits.maxEntries)
        return tooManyEntries(count, limits.maxEntries);
    Admission admission{limits, {}, {}, 0};
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            return brokenArchive(QString(), zipErrorText(zip_get_error(zip)));
        Entry entry;
        entry.index = zip_uint64_t(i);
        entry.path = QString::fromUtf8(st.name);
        entry.isFolder = entry.path.endsWith(u'/');
        entry.size = qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(INT64_MAX)));
        entry.compressedSize = qint64(std::min<zip_uint64_t>(st.comp_size, zip_uint64_t(INT64_MAX)));
        if (std::optional<CodeBundle::Read> refused = checkEntry(zip, st, entry))
            return refused;
        std::optional<CodeBundle::Read> refused = entry.isFolder
                ? admission.admitFolder(entry.path.chopped(1))
                : admission.admitFile(entry.path, entry.size);
        if (!refused && !entry.isFolder)
            refused = checkRatio(entry.path, entry.size, entry.compressedSize, limits.maxRatio);
        if (refused)
            return refused;
        if (!entry.isFolder)
            entries->append(entry);
    }
    return std::nullopt;
}

// libzip's consistency check found two entries of one name without saying which: opened without
// that check, the directory pass names them.
CodeBundle::Read nameDuplicates(const QByteArray &bytes, const CodeBundle::Limits &limits,
                                const CodeBundle::Read &failure)
{
    CodeBundle::Read ignored;
    const ZipPtr lenient = openZip(bytes, 0, &ignored);
    QList<Entry> entries;
    if (lenient) {
        if (std::optional<CodeBundle::Read> refused = listEntries(lenient.get(), limits, &entries))
            return *refused;
    }
    return failure;
}

CodeBundle::Read readFailure(const QString &path, zip_error_t *error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC:
        return refusal(Problem::BadCrc, path,
                       CodeBundle::tr("The bundle's file “%1” fails its CRC check: the archive is damaged.").arg(path));
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
        return refusal(Problem::Encrypted, path,
                       CodeBundle::tr("The bundle's entry “%1” is encrypted, which is not supported.").arg(path));
    case ZIP_ER_COMPNOTSUPP:
        return refusal(Problem::UnsupportedMethod, path,
                       CodeBundle::tr("The bundle's entry “%1” uses an unsupported compression method.").arg(path));
    default:
        return brokenArchive(path, zipErrorText(error));
    }
}

// Inflates one entry in chunks, never past its declared size: a directory that understates a
// size (to slip past the limits) is caught at the first byte beyond it, not after a gigabyte. The
// buffer grows with what arrives, so a size the data does not back costs no memory.
CodeBundle::Read inflateEntry(zip_t *zip, const Entry &entry, QByteArray *bytes)
{
    ZipFilePtr file(zip_fopen_index(zip, entry.index, 0));
    if (!file)
        return readFailure(entry.path, zip_get_error(zip));
    bytes->reserve(qsizetype(std::min<qint64>(entry.size, 16 * ReadChunk)));
    while (bytes->size() < entry.size) {
        const qsizetype had = bytes->size();
        const qint64 want = std::min<qint64>(ReadChunk, entry.size - had);
        bytes->resize(had + qsizetype(want));
        const zip_int64_t n = zip_fread(file.get(), bytes->data() + had, zip_uint64_t(want));
        bytes->resize(had + qsizetype(std::max<zip_int64_t>(n, 0)));
        if (n < 0)
            return readFailure(entry.path, zip_file_get_error(file.get()));
        if (n == 0)
            return brokenArchive(entry.path, CodeBundle::tr("%1 of %2 bytes").arg(had).arg(entry.size));
    }
    // One more byte: there must be none, and reaching the end is where libzip checks the CRC.
    char extra = 0;
    const zip_int64_t n = zip_fread(file.get(), &extra, 1);
    if (n < 0)
        return readFailure(entry.path, zip_file_get_error(file.get()));
    if (n > 0)
        return refusal(Problem::TooLarge, entry.path,
                       CodeBundle::tr("The bundle's file “%1” holds more than the %2 bytes its archive "
                                      "declares; it was not read further.").arg(entry.path).arg(entry.size));
    return {};
}

// Inflates entries [begin, end) into files[begin, end).
CodeBundle::Read inflateRange(zip_t *zip, const QList<Entry> &entries, qsizetype begin, qsizetype end, File *files)
{
    for (qsizetype i = begin; i < end; ++i) {
        const Entry &entry = entries.at(i);
        files[i].path = entry.path;
        files[i].compressedSize = entry.compressedSize;
        CodeBundle::Read read = inflateEntry(zip, entry, &files[i].bytes);
        if (!read.ok())
            return read;
    }
    return {};
}

// Where each of `parts` ranges of entries ends, so that each holds about as many bytes.
QList<qsizetype> splitBySize(const QList<Entry> &entries, qint64 total, int parts)
{
    QList<qsizetype> ends;
    qint64 sum = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        sum += entries.at(i).size;
        if (sum * parts >= total * (ends.size() + 1) && ends.size() + 1 < parts)
            ends << i + 1;
    }
    ends << entries.size();
    return ends;
}

// Inflating is most of opening a bundle, and entries are independent: a large bundle is inflated
// on a few threads, each with its own libzip handle on the same bytes (a zip_t is not shared
// between threads). Plain threads, not the pool: this may itself run on a pool thread. The
// refusal reported is the first in entry order, as a single thread would meet it.
CodeBundle::Read inflateAll(zip_t *zip, const QByteArray &bytes, const QList<Entry> &entries, QList<File> *files)
{
    files->resize(entries.size());
    File *out = files->data();
    qint64 total = 0;
    for (const Entry &entry : entries)
        total += entry.size;
    const int threads = total < ParallelInflateBytes ? 1 : std::clamp(QThread::idealThreadCount(), 1, MaxInflateThreads);
    const QList<qsizetype> ends = splitBySize(entries, total, threads);
    std::vector<std::future<CodeBundle::Read>> others;
    for (qsizetype part = 1; part < ends.size(); ++part) {
        const qsizetype begin = ends.at(part - 1);
        const qsizetype end = ends.at(part);
        auto work = [&bytes, &entries, out, begin, end] {
            CodeBundle::Read failure;
            const ZipPtr own = openZip(bytes, 0, &failure);
            return own ? inflateRange(own.get(), entries, begin, end, out) : failure;
        };
        try {
            others.push_back(std::async(std::launch::async, work));
        } catch (const std::system_error &) {
            others.push_back(std::async(std::launch::deferred, work)); // no thread to be had: run it here
        }
    }
    CodeBundle::Read read = inflateRange(zip, entries, 0, ends.first(), out);
    for (std::future<CodeBundle::Read> &other : others) {
        CodeBundle::Read part = other.get();
        if (read.ok() && !part.ok())
            read = std::move(part);
    }
    return read;
}

// --- folder reading --------------------------------------------------------------------------

// A folder's regular files, links and special files left out (counted), subfolders walked without
// following links.
CodeBundle::Read listFolder(const QString &folder, const CodeBundle::Limits &limits, QList<File> *files,
                            int *skipped)
{
    const QDir root(folder);
    if (!root.exists())
        return refusal(Problem::FolderUnreadable, folder,
                       CodeBundle::tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder)));
    Admission admission{limits, {}, {}, 0};
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || (!info.isFile() && !info.isDir())) {
            ++*skipped;
            continue;
        }
        if (info.isDir())
            continue;
        if (files->size() >= limits.maxEntries)
            return tooManyEntries(files->size() + 1, limits.maxEntries);
        File file;
        file.path = root.relativeFilePath(info.filePath());
        if (std::optional<CodeBundle::Read> refused = admission.admitFile(file.path, info.size()))
            return *refused;
        QFile in(info.filePath());
        if (!in.open(QIODevice::ReadOnly))
            return refusal(Problem::FolderUnreadable, file.path,
                           CodeBundle::tr("The file “%1” could not be read: %2").arg(file.path, in.errorString()));
        file.bytes = in.readAll();
        if (file.bytes.size() != info.size() || in.error() != QFileDevice::NoError)
            return refusal(Problem::FolderUnreadable, file.path,
                           CodeBundle::tr("The file “%1” could not be read whole (it may be changing).").arg(file.path));
        files->append(std::move(file));
    }
    return {};
}

} // namespace

CodeBundle::CodeBundle() : d(new Data) {}
CodeBundle::~CodeBundle() = default;
CodeBundle::CodeBundle(const CodeBundle &) = default;
CodeBundle &CodeBundle::operator=(const CodeBundle &) = default;

CodeBundle::Read CodeBundle::fromZip(const QByteArray &zip, const Limits &limits)
{
    Read failure;
    if (!looksLikeZip(zip)) {
        // libzip finds an archive at the end of anything; a bundle starts as a zip does.
        return refusal(Problem::NotZip, QString(), tr("The bundle is not a zip archive."));
    }
    const ZipPtr archive = openZip(zip, ZIP_CHECKCONS, &failure);
    if (!archive)
        return failure.problem == Problem::DuplicateName ? nameDuplicates(zip, limits, failure) : failure;
    QList<Entry> entries;
    if (std::optional<Read> refused = listEntries(archive.get(), limits, &entries))
        return *refused;
    QList<File> files;
    Read read = inflateAll(archive.get(), zip, entries, &files);
    if (!read.ok())
        return read;
    return makeRead(std::move(files));
}

CodeBundle::Read CodeBundle::fromFolder(const QString &folder, const Limits &limits)
{
    QList<File> files;
    int skipped = 0;
    Read read = listFolder(folder, limits, &files, &skipped);
    read.skipped = skipped;
    if (!read.ok())
        return read;
    read = makeRead(std::move(files));
    read.skipped = skipped;
    return read;
}

CodeBundle::Read CodeBundle::fromFiles(QList<File> files, const Limits &limits)
{
    if (files.size() > limits.maxEntries)
        return tooManyEntries(files.size(), limits.maxEntries);
    Admission admission{limits, {}, {}, 0};
    for (const File &file : files) {
        if (std::optional<Read> refused = admission.admitFile(file.path, file.bytes.size()))
            return *refused;
    }
    return makeRead(std::move(files));
}

CodeBundle::Read CodeBundle::makeRead(QList<File> files)
{
    Read read;
    read.bundle.d->entryPath = findEntry(files);
    const QString entry = read.bundle.d->entryPath;
    std::sort(files.begin(), files.end(), [&entry](const File &a, const File &b) {
        if ((a.path == entry) != (b.path == entry))
            return a.path == entry;
        return inTreeOrder(a.path, b.path);
    });
    Data *d = read.bundle.d.data();
    d->index.reserve(files.size());
    for (int i = 0; i < files.size(); ++i) {
        d->index.insert(files[i].path, i);
        d->totalBytes += files[i].bytes.size();
    }
    d->files = std::move(files);
    return read;
}

bool CodeBundle::isEmpty() const { return d->files.isEmpty(); }
int CodeBundle::count() const { return int(d->files.size()); }
qint64 CodeBundle::totalBytes() const { return d->totalBytes; }
const QList<CodeBundle::File> &CodeBundle::files() const { return d->files; }
QString CodeBundle::entryPath() const { return d->entryPath; }

bool CodeBundle::inTreeOrder(const QString &a, const QString &b)
{
    return treeLess(a, b);
}

const CodeBundle::File *CodeBundle::file(const QString &path) const
{
    const auto it = d->index.constFind(path);
    return it == d->index.constEnd() ? nullptr : &d->files.at(*it);
}

namespace {

// Adds one file to a zip being written: deflated, a fixed time and Unix mode 0644, so the
// archive's bytes depend on the files alone.
bool addToZip(zip_t *zip, const File &file)
{
    zip_source_t *source = zip_source_buffer(zip, file.bytes.constData(), zip_uint64_t(file.bytes.size()), 0);
    if (!source)
        return false;
    const zip_int64_t index = zip_file_add(zip, file.path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    const zip_uint64_t i = zip_uint64_t(index);
    return zip_set_file_compression(zip, i, ZIP_CM_DEFLATE, 9) == 0
            && zip_file_set_mtime(zip, i, FixedMtime, 0) == 0
            && zip_file_set_external_attributes(zip, i, 0, ZIP_OPSYS_UNIX, zip_uint32_t(S_IFREG | 0644) << 16) == 0;
}

QByteArray readSource(zip_source_t *source)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(source) != 0)
        return {};
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(source, bytes.data(), st.size);
    zip_source_close(source);
    return n == zip_int64_t(st.size) ? bytes : QByteArray();
}

} // namespace

QByteArray CodeBundle::toZip() const
{
    // libzip writes nothing at all for an archive without entries; a zip has its end record.
    if (d->files.isEmpty())
        return QByteArray("PK\5\6", 4) + QByteArray(18, '\0');
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    if (!zip) {
        if (source)
            zip_source_free(source);
        return {};
    }
    zip_source_keep(source); // the written archive is read back from it after zip_close
    // Sorted by path (not files() order), so the bytes do not depend on which file is the entry.
    QList<const File *> sorted;
    for (const File &file : d->files)
        sorted.append(&file);
    std::sort(sorted.begin(), sorted.end(), [](const File *a, const File *b) { return a->path < b->path; });
    bool ok = true;
    for (const File *file : sorted)
        ok = ok && addToZip(zip, *file);
    if (!ok || zip_close(zip) != 0) {
        zip_discard(zip);
        zip_source_free(source);
        return {};
    }
    const QByteArray bytes = readSource(source);
    zip_source_free(source);
    return bytes;
}
