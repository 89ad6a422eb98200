#include "app/versions/CodeVersionCache.h"

#include "app/decode/CodeDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>

namespace {

constexpr char Magic[8] = {'C', 'C', 'V', 'C', 'A', 'C', 'H', 'E'};
constexpr QFile::Permissions OwnerOnlyDirectory = QFile::ReadOwner | QFile::WriteOwner
    | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
constexpr QFile::Permissions OwnerOnlyFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
// QSaveFile leaves "<name>.XXXXXX" behind only if the process died mid-write (and the file
// system lacks O_TMPFILE); no write takes this long, so such a file is ours and dead.
constexpr qint64 StaleTemporaryMs = 60 * 60 * 1000;

const QString Sha256Key = QStringLiteral("sha256");
const QString SizeKey = QStringLiteral("size");
const QString DescriptionKey = QStringLiteral("description");
const QString CreateTimeKey = QStringLiteral("createTime");
const QString RequestIdKey = QStringLiteral("requestId");
const QString CachedAtKey = QStringLiteral("cachedAt");

bool isLowerHex(QStringView s, qsizetype length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool isEntryName(const QString &name)
{
    return isLowerHex(name, 64);
}

bool isSaveFileLeftover(const QString &name)
{
    return name.size() == 71 && name.at(64) == u'.' && isEntryName(name.left(64));
}

QByteArray sha256Hex(const QByteArray &data)
{
    return CodeDigest::sha256Hex(data);
}

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<QDateTime> parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

bool ensurePrivateDirectory(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists()) {
        // Parents get ordinary permissions (~/.cache is not ours); the cache directory itself is
        // created owner-only, so it is never readable by others even for an instant.
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        if (!QDir().mkdir(path, OwnerOnlyDirectory) && !dir.exists())
            return false;
    }
    // Also tightens a directory made by an older build or by hand.
    return QFile::setPermissions(path, OwnerOnlyDirectory);
}

enum class EntryStatus { Valid, Malformed, NewerFormat };

struct ParsedEntry
{
    EntryStatus status = EntryStatus::Malformed;
    CachedCodeVersion value;
};

// Trusts nothing in the file: every length is checked against the real file size before
// anything is allocated, so a header claiming gigabytes costs nothing.
ParsedEntry parseEntry(QFile &file, qint64 maxEntryBytes)
{
    ParsedEntry result;
    const qint64 fileSize = file.size();
    if (fileSize < CodeVersionCache::HeaderBytes || fileSize > maxEntryBytes)
        return result;

    const QByteArray header = file.read(CodeVersionCache::HeaderBytes);
    if (header.size() != CodeVersionCache::HeaderBytes
        || !std::equal(std::begin(Magic), std::end(Magic), header.constData()))
        return result;
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 version = qFromBigEndian<quint32>(h + 8);
    if (version != CodeVersionCache::FormatVersion) {
        if (version > CodeVersionCache::FormatVersion)
            result.status = EntryStatus::NewerFormat;
        return result;
    }
    const quint32 metadataSize = qFromBigEndian<quint32>(h + 12);
    if (metadataSize > CodeVersionCache::MaxMetadataBytes
        || metadataSize > fileSize - CodeVersionCache::HeaderBytes)
        return result;

    const QByteArray metadata = file.read(metadataSize);
    if (metadata.size() != qsizetype(metadataSize)
        || QCryptographicHash::hash(metadata, QCryptographicHash::Sha256) != header.mid(16, 32))
        return result;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(metadata, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return result;
    const QJsonObject meta = doc.object();

    const qint64 payloadSize = meta.value(SizeKey).toInteger(-1);
    if (payloadSize != fileSize - CodeVersionCache::HeaderBytes - metadataSize)
        return result;
    const QJsonValue sha = meta.value(Sha256Key);
    const QJsonValue description = meta.value(DescriptionKey);
    const QJsonValue requestId = meta.value(RequestIdKey);
    const auto createTime = parseTime(meta.value(CreateTimeKey));
    const auto cachedAt = parseTime(meta.value(CachedAtKey));
    if (!sha.isString() || !isLowerHex(sha.toString(), 64) || !description.isString()
        || !requestId.isString() || !createTime || !cachedAt)
        return result;

    QByteArray bytes(payloadSize, Qt::Uninitialized);
    qint64 got = 0;
    while (got < payloadSize) {
        const qint64 n = file.read(bytes.data() + got, payloadSize - got);
        if (n <= 0)
            return result;
        got += n;
    }
    QByteArray digest = sha256Hex(bytes);
    if (digest != sha.toString().toLatin1())
        return result;

    result.status = EntryStatus::Valid;
    result.value.bytes = std::move(bytes);
    result.value.sha256 = std::move(digest);
    result.value.description = description.toString();
    result.value.createTime = *createTime;
    result.value.requestId = requestId.toString();
    result.value.cachedAt = *cachedAt;
    return result;
}

QByteArray encodeHeader(const QByteArray &metadata)
{
    QByteArray header;
    header.reserve(CodeVersionCache::HeaderBytes + metadata.size());
    header.append(Magic, sizeof Magic);
    uchar word[4];
    qToBigEndian<quint32>(CodeVersionCache::FormatVersion, word);
    header.append(reinterpret_cast<const char *>(word), 4);
    qToBigEndian<quint32>(quint32(metadata.size()), word);
    header.append(reinterpret_cast<const char *>(word), 4);
    header.append(QCryptographicHash::hash(metadata, QCryptographicHash::Sha256));
    header.append(metadata);
    return header;
}

bool writeEntryFile(const QString &path, const QByteArray &header, const QByteArray &bytes,
                    qint64 stamp)
{
    QSaveFile out(path);
    // Unbuffered: the code goes straight from its QByteArray to the kernel, no extra copy.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    if (!out.setPermissions(OwnerOnlyFile) || out.write(header) != header.size()
        || out.write(bytes) != bytes.size()
        || !out.setFileTime(QDateTime::fromMSecsSinceEpoch(stamp, Qt::UTC),
                            QFileDevice::FileModificationTime)) {
        out.cancelWriting();
        return false;
    }
    return out.commit();
}

} // namespace

QString CodeVersionKey::fileName() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("cloudcodes/code-version-key/v1"));
    for (const QString *field : {&accountId, &endpoint, &routine, &codeVersion}) {
        const QByteArray utf8 = field->toUtf8();
        uchar length[8];
        qToBigEndian<quint64>(quint64(utf8.size()), length);
        hash.addData(QByteArrayView(length, sizeof length));
        hash.addData(utf8);
    }
    return QString::fromLatin1(hash.result().toHex());
}

CodeVersionCache::CodeVersionCache(const QString &directory, qint64 maxBytes)
    : m_directory(QDir::cleanPath(directory))
    , m_entriesDirectory(m_directory + QStringLiteral("/entries"))
    , m_maxBytes(std::max<qint64>(0, maxBytes))
{
    // Entries live in their own subdirectory so that nothing else in `directory` is ever taken
    // for one, counted, or deleted.
    m_usable = !directory.isEmpty() && ensurePrivateDirectory(m_directory)
        && ensurePrivateDirectory(m_entriesDirectory);
}

QString CodeVersionCache::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    // Without an application (or organisation) name CacheLocation is the shared ~/.cache itself.
    if (base.isEmpty() || QDir::cleanPath(base) == QDir::cleanPath(generic))
        base = generic + QStringLiteral("/cloudcodes");
    return base + QStringLiteral("/code-versions");
}

QString CodeVersionCache::entryPath(const QString &name) const
{
    return m_entriesDirectory + u'/' + name;
}

QMutexLocker<QMutex> CodeVersionCache::locked() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_scanned)
        const_cast<CodeVersionCache *>(this)->scanLocked(); // the index is filled in, not changed
    return lock;
}

void CodeVersionCache::scanLocked()
{
    m_scanned = true;
    if (!m_usable)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QDirIterator it(m_entriesDirectory, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = info.fileName();
        const qint64 modified = info.lastModified().toMSecsSinceEpoch();
        if (isEntryName(name)) {
            rememberLocked(name, info.size(), modified);
            m_lastStamp = std::max(m_lastStamp, modified);
        } else if (isSaveFileLeftover(name) && now - modified > StaleTemporaryMs) {
            QFile::remove(info.filePath());
        }
    }
    evictLocked();
}

std::optional<CachedCodeVersion> CodeVersionCache::read(const CodeVersionKey &key)
{
    if (!m_usable)
        return std::nullopt;
    const QString name = key.fileName();
    const QString path = entryPath(name);
    quint64 epoch = 0;
    qint64 maxEntryBytes = 0;
    {
        const QMutexLocker lock = locked();
        epoch = m_writeEpoch;
        maxEntryBytes = m_maxBytes;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const QMutexLocker lock = locked();
        if (m_entries.contains(name) && !QFileInfo::exists(path))
            forgetLocked(name); // removed behind our back (another instance, the user)
        return std::nullopt;
    }
    ParsedEntry parsed = parseEntry(file, maxEntryBytes);
    if (parsed.status != EntryStatus::Valid) {
        if (parsed.status == EntryStatus::Malformed)
            discardIfUnchanged(name, epoch);
        return std::nullopt;
    }

    qint64 stamp = 0;
    {
        const QMutexLocker lock = locked();
        stamp = nextStampLocked();
        if (m_entries.contains(name)) {
            rememberLocked(name, m_entries.value(name).size, stamp);
        } else if (const QFileInfo onDisk(path); onDisk.exists()) {
            // Written by another instance after our scan: adopt it so the budget counts it (by
            // the path, which may hold a newer file than the one we have open).
            rememberLocked(name, onDisk.size(), stamp);
            evictLocked();
        }
    }
    // Through the open descriptor: if the path was replaced meanwhile, touching the old inode is
    // harmless. Failure only costs recency.
    file.setFileTime(QDateTime::fromMSecsSinceEpoch(stamp, Qt::UTC),
                     QFileDevice::FileModificationTime);
    return std::move(parsed.value);
}

void CodeVersionCache::discardIfUnchanged(const QString &name, quint64 epoch)
{
    const QMutexLocker lock = locked();
    if (m_writesInFlight != 0 || m_writeEpoch != epoch)
        return; // the next read decides; deleting now could remove a fresh replacement
    QFile::remove(entryPath(name));
    forgetLocked(name);
}

bool CodeVersionCache::write(const CodeVersionKey &key, const CachedCodeVersion &value, HashCheck check)
{
    if (!m_usable)
        return false;
    QByteArray digest;
    if (check == HashCheck::TrustCaller && isLowerHex(QString::fromLatin1(value.sha256), 64)) {
        digest = value.sha256; // computed by the caller from these very bytes: not hashed twice
    } else {
        digest = sha256Hex(value.bytes);
        if (!value.sha256.isEmpty() && value.sha256.toLower() != digest)
            return false; // the caller's idea of the code differs from the bytes: store neither
    }

    QJsonObject meta;
    meta.insert(Sha256Key, QString::fromLatin1(digest));
    meta.insert(SizeKey, qint64(value.bytes.size()));
    meta.insert(DescriptionKey, value.description);
    meta.insert(CreateTimeKey, formatTime(value.createTime));
    meta.insert(RequestIdKey, value.requestId);
    meta.insert(CachedAtKey,
                formatTime(value.cachedAt.isValid() ? value.cachedAt
                                                    : QDateTime::currentDateTimeUtc()));
    const QByteArray metadata = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    if (quint32(metadata.size()) > MaxMetadataBytes)
        return false;
    const QByteArray header = encodeHeader(metadata);
    const qint64 entrySize = header.size() + value.bytes.size();

    const QString name = key.fileName();
    const QString path = entryPath(name);
    qint64 stamp = 0;
    {
        const QMutexLocker lock = locked();
        if (entrySize > m_maxBytes)
            return false;
        ++m_writesInFlight;
        ++m_writeEpoch;
        stamp = nextStampLocked();
    }
    const bool written = writeEntryFile(path, header, value.bytes, stamp);

    const QMutexLocker lock = locked();
    --m_writesInFlight;
    ++m_writeEpoch;
    // Deletions happen under this mutex, so what is on disk now is what the index may count.
    // The size comes from the disk, not from entrySize: a concurrent write of the same key may
    // have committed after ours, and every commit is followed by a visit here, so the last visit
    // sees the last file.
    const QFileInfo onDisk(path);
    if (!written || !onDisk.exists())
        return false;
    rememberLocked(name, onDisk.size(), stamp);
    evictLocked();
    return m_entries.contains(name);
}

bool CodeVersionCache::contains(const CodeVersionKey &key) const
{
    return m_usable && QFileInfo::exists(entryPath(key.fileName()));
}

void CodeVersionCache::clear()
{
    if (!m_usable)
        return;
    const QMutexLocker lock = locked();
    // From the directory rather than the index, so entries of other instances go too.
    QDirIterator it(m_entriesDirectory, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    while (it.hasNext()) {
        it.next();
        if (isEntryName(it.fileName()))
            QFile::remove(it.filePath());
    }
    m_entries.clear();
    m_recency.clear();
    m_totalBytes = 0;
}

qint64 CodeVersionCache::totalBytes() const
{
    const QMutexLocker lock = locked();
    return m_totalBytes;
}

int CodeVersionCache::entryCount() const
{
    const QMutexLocker lock = locked();
    return int(m_entries.size());
}

void CodeVersionCache::setMaxBytes(qint64 maxBytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxBytes = std::max<qint64>(0, maxBytes);
    if (m_scanned) // else the scan keeps to it
        evictLocked();
}

qint64 CodeVersionCache::maxBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxBytes;
}

qint64 CodeVersionCache::nextStampLocked()
{
    // Strictly increasing, so two uses within one millisecond still have an order on disk.
    m_lastStamp = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastStamp + 1);
    return m_lastStamp;
}

void CodeVersionCache::rememberLocked(const QString &name, qint64 size, qint64 stamp)
{
    forgetLocked(name);
    m_entries.insert(name, Entry{size, stamp});
    m_recency.emplace(stamp, name);
    m_totalBytes += size;
}

void CodeVersionCache::forgetLocked(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return;
    m_recency.erase({it->stamp, name});
    m_totalBytes -= it->size;
    m_entries.erase(it);
}

void CodeVersionCache::evictLocked()
{
    while (m_totalBytes > m_maxBytes && !m_recency.empty()) {
        const QString name = m_recency.begin()->second;
        // A reader holding it open keeps its bytes (POSIX); forget it even if removal fails, or
        // this loop would never end.
        QFile::remove(entryPath(name));
        forgetLocked(name);
    }
}
