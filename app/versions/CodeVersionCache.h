// The on-disk cache of ESA code versions. A code version never changes once created, so its
// decoded bytes are kept here and reopening it costs no request and works offline.
//
// Layout: <directory>/entries/<CodeVersionKey::fileName()>, one file per version; both
// directories are 0700 and entries 0600 (the code is the user's property). Files in the
// directory that do not look like entries are ignored and never deleted.
//
// Entry file, format version 1 (integers big-endian):
//   offset 0   8 bytes  magic "CCVCACHE"
//          8   4 bytes  format version (1)
//          12  4 bytes  metadata length N (at most 1 MiB)
//          16  32 bytes SHA-256 of the metadata bytes, so a damaged description is caught too
//          48  N bytes  metadata, compact JSON object:
//                       {sha256, size, description, createTime, requestId, cachedAt}
//                       (sha256 lower-case hex of the code; times ISO 8601 UTC with ms, "" if unset)
//          48+N         the code bytes: exactly `size` of them, and the file ends there
// A file that breaks any of this is deleted on read and reported as a miss; one with a newer
// format version is a miss but left alone (a newer CloudCodes may share the directory).
//
// LRU recency is the entry file's modification time, which the cache sets itself on every
// write and read hit (strictly increasing per instance), so it survives restarts without an
// index file; the directory is scanned on first use (not at construction, which is on the way to
// the first frame) to rebuild the totals.
//
// Thread-safe: bookkeeping is under one mutex, file I/O and hashing are not, so different keys
// are read and written concurrently; a write replaces its file atomically (QSaveFile).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>
#include <set>
#include <utility>

struct CodeVersionKey
{
    QString accountId;   // account identity (not a secret; secrets never belong in a key)
    QString endpoint;    // as the client uses it, e.g. "https://esa.cn-hangzhou.aliyuncs.com"
    QString routine;
    QString codeVersion;

    // Lower-case SHA-256 hex of the four fields, each length-prefixed so ("a","bc") and ("ab","c")
    // differ; it never reveals the names it was made from.
    QString fileName() const;
};

struct CachedCodeVersion
{
    QByteArray bytes;       // decoded code bytes
    QByteArray sha256;      // lower-case hex of bytes; on write, empty means "compute it"
    QString description;    // the version's description
    QDateTime createTime;
    QString requestId;      // of the request that fetched it originally
    QDateTime cachedAt;     // on write, invalid means "now"
};

class CodeVersionCache
{
public:
    explicit CodeVersionCache(const QString &directory = defaultDirectory(),
                              qint64 maxBytes = 256 * 1024 * 1024);
    Q_DISABLE_COPY_MOVE(CodeVersionCache)

    // The XDG cache location of the application + "/code-versions" (generic cache +
    // "/cloudcodes" when the application has no name of its own).
    static QString defaultDirectory();

    // Verifies both digests; a malformed entry is deleted and reported as a miss. A hit makes the
    // entry the most recently used.
    std::optional<CachedCodeVersion> read(const CodeVersionKey &key);
    enum class HashCheck {
        Verify,      // value.sha256, if given, is checked against the bytes
        TrustCaller, // value.sha256 was just computed from these very bytes (the decoder's): used as is
    };
    // Stores atomically, then evicts least-recently-used entries until the total fits. Returns
    // false when nothing was stored: the entry alone exceeds maxBytes, value.sha256 is given and
    // does not match value.bytes (when verified), or the disk refused.
    bool write(const CodeVersionKey &key, const CachedCodeVersion &value, HashCheck check = HashCheck::Verify);
    // Whether an entry file exists; not verified, so read() may still miss.
    bool contains(const CodeVersionKey &key) const;
    void clear();

    qint64 totalBytes() const; // entry file sizes, headers included
    int entryCount() const;
    void setMaxBytes(qint64 maxBytes); // evicts at once if needed
    qint64 maxBytes() const;
    QString directory() const { return m_directory; }

    static constexpr quint32 FormatVersion = 1;
    static constexpr int HeaderBytes = 48;                  // everything before the metadata
    static constexpr quint32 MaxMetadataBytes = 1024 * 1024;

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 stamp = 0; // msecs since epoch, also the file's modification time
    };

    QString entryPath(const QString &name) const;
    // The mutex, held; the directory scanned first if it has not been yet.
    QMutexLocker<QMutex> locked() const;
    void scanLocked();
    void discardIfUnchanged(const QString &name, quint64 epoch);
    qint64 nextStampLocked();
    void rememberLocked(const QString &name, qint64 size, qint64 stamp);
    void forgetLocked(const QString &name);
    void evictLocked();

    const QString m_directory;
    const QString m_entriesDirectory;
    bool m_usable = false;

    mutable QMutex m_mutex; // guards everything below
    qint64 m_maxBytes;
    qint64 m_totalBytes = 0;
    qint64 m_lastStamp = 0;
    QHash<QString, Entry> m_entries;
    std::set<std::pair<qint64, QString>> m_recency; // (stamp, name), oldest first
    bool m_scanned = false;
    // A reader only deletes a damaged file when no write ran meanwhile: otherwise the path may
    // already hold a fresh entry that replaced the damaged one it opened.
    quint64 m_writeEpoch = 0;
    int m_writesInFlight = 0;
};
