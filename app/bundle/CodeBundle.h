// A code version's tree of files: a Functions and Pages bundle (the zip esa-cli commits:
// `routine/index.js` plus `assets/<path>`), or a local folder to compare one with. Read whole and
// checked once, then immutable and implicitly shared, so it may cross threads freely.
//
// A bundle is untrusted input. CodeBundle::fromZip refuses, with a translated message naming the
// entry, anything it cannot show faithfully or that would be unsafe to write out:
// - more than Limits::maxEntries entries, more than Limits::maxTotalBytes uncompressed, a file
//   above Limits::maxFileBytes, an entry whose uncompressed size exceeds Limits::maxRatio times its
//   compressed size above 1 MiB (zip bombs: all checked on the central directory before anything
//   is inflated; and since a directory may lie, inflating stops at the first byte beyond an
//   entry's declared size, a TooLarge refusal);
// - a path that is absolute, has a drive letter or backslash, a `..` or `.` segment, an empty
//   segment, or a control character (U+0000 to U+001F, U+007F; libzip reads a NUL in a zip entry's
//   name as a space, and takes an archive whose UTF-8 name holds another control character for
//   broken); a symbolic link (Unix mode S_IFLNK in the external attributes);
// - an encrypted entry, a compression method other than stored/deflate, a bad CRC, two entries of
//   one name (also when they differ only by a trailing '/', or one is a file and the other's folder:
//   "a" beside "a/b.js"), a truncated or otherwise broken archive (bytes that start as a zip
//   and then are not one are Broken; NotZip is for bytes that do not start as a zip: a zip
//   appended to something else, a self-extractor, is not taken).
// Directory entries are dropped; an empty zip is an empty bundle (not an error). A large bundle
// (from 4 MiB uncompressed) is inflated on a few threads; the refusal reported is still the first
// in entry order.
//
// The zip library is libzip (Debian 12: libzip-dev 1.7.3): it reads from memory, gives each
// entry's sizes, CRC, method, encryption and attributes from the central directory before any
// inflating, verifies CRCs, and can check the archive's consistency (ZIP_CHECKCONS).
#pragma once

#include "app/decode/ZipMagic.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSharedDataPointer>
#include <QString>

// CodeBundle::Limits. Outside the class because a nested struct's member initializers cannot be
// used in the enclosing class's default arguments (GCC).
struct CodeBundleLimits
{
    int maxEntries = 20000;
    qint64 maxTotalBytes = qint64(512) * 1024 * 1024;
    qint64 maxFileBytes = qint64(128) * 1024 * 1024;
    int maxRatio = 1000; // uncompressed / compressed, for entries above 1 MiB uncompressed
};

class CodeBundle
{
    Q_DECLARE_TR_FUNCTIONS(CodeBundle)

public:
    using Limits = CodeBundleLimits;

    enum class Problem {
        None,
        NotZip,            // not a zip at all
        Broken,            // truncated or inconsistent archive
        TooManyEntries,
        TooLarge,          // total or one file above the limits
        RatioTooHigh,      // a zip bomb
        UnsafePath,        // absolute, `..`, drive letter, backslash, empty segment, NUL
        Link,              // a symbolic link
        Encrypted,
        UnsupportedMethod, // not stored or deflate
        BadCrc,
        DuplicateName,
        FolderUnreadable,  // fromFolder: a file that could not be read
    };

    struct File
    {
        QString path;          // '/'-separated, relative, e.g. "assets/css/site.css"
        QByteArray bytes;
        qint64 compressedSize = -1; // in the zip; -1 for a folder's file
    };

    // The outcome of reading: a bundle, or the problem with the entry it concerns.
    struct Read;

    CodeBundle();
    ~CodeBundle();
    CodeBundle(const CodeBundle &);
    CodeBundle &operator=(const CodeBundle &);

    // "PK\3\4" or the empty archive's "PK\5\6" at the start (app/decode/ZipMagic.h).
    static bool looksLikeZip(const QByteArray &bytes) { return ZipMagic::startsAZip(bytes); }
    static Read fromZip(const QByteArray &zip, const Limits &limits = Limits());
    // Every regular file under `folder` (links, sockets and the like skipped and counted in
    // Read::skipped), with the same limits. Paths relative to `folder`.
    static Read fromFolder(const QString &folder, const Limits &limits = Limits());
    // Files as given (tests, a project being packed); paths are checked the same way.
    static Read fromFiles(QList<File> files, const Limits &limits = Limits());

    bool isEmpty() const;
    int count() const;
    qint64 totalBytes() const;
    // Entry first (entryPath()), then the rest by path, folders before files at each level, the
    // way a file tree lists them.
    const QList<File> &files() const;
    const File *file(const QString &path) const; // nullptr when absent
    // The routine's entry: "routine/index.js" when present, else the only top-level .js/.ts file
    // under "routine/", else empty.
    QString entryPath() const;

    // The order files() lists paths in after the entry: segment by segment, a folder before a file
    // where they part, then names case-insensitively, then exactly. For lists of paths shown as a
    // tree (BundleComparison).
    static bool inTreeOrder(const QString &a, const QString &b);

    // A zip of these files (deflate), as esa-cli packs one; deterministic for the same files. An
    // empty bundle gives the empty archive (its end record alone); empty only if libzip fails.
    QByteArray toZip() const;

private:
    // The checked files as a bundle, in files() order.
    static Read makeRead(QList<File> files);

    struct Data;
    QSharedDataPointer<Data> d;
};

struct CodeBundle::Read
{
    CodeBundle bundle;
    CodeBundle::Problem problem = CodeBundle::Problem::None;
    QString path;    // the entry the problem concerns, if any
    QString error;   // translated, names the entry; empty when ok
    int skipped = 0; // fromFolder: special files left out
    bool ok() const { return problem == CodeBundle::Problem::None; }
};
