// libFuzzer target: CodeVersionCache::read of an entry file with arbitrary content.
// The first input byte picks how the rest becomes the entry file:
//   0: the rest is the whole file, verbatim;
//   1: the rest is "metadata NUL code"; the harness writes a valid header (magic, version 1, the
//      metadata length and its SHA-256) so the metadata JSON and the size checks are reached;
//   2: like 1, but the metadata is a valid object whose sha256/size match the code, with the
//      fuzzer's text as description/createTime/requestId/cachedAt.
// Every read must return without crashing; a malformed file must be a miss; a hit must carry
// bytes whose SHA-256 is the one recorded.
#include "tests/fuzz/FuzzCommon.h"

#include "app/versions/CodeVersionCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

namespace {

QByteArray header(const QByteArray &metadata, quint32 version = CodeVersionCache::FormatVersion)
{
    QByteArray h("CCVCACHE");
    char be[4];
    qToBigEndian<quint32>(version, be);
    h.append(be, 4);
    qToBigEndian<quint32>(quint32(metadata.size()), be);
    h.append(be, 4);
    h += QCryptographicHash::hash(metadata, QCryptographicHash::Sha256);
    return h;
}

QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/cloudcodes-fuzz-cache-XXXXXX"));
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QTemporaryDir &dir = scratch();
    FUZZ_CHECK(dir.isValid(), "cannot create a temporary directory");
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const int mode = data[0] % 3;

    QByteArray file;
    QByteArray code;
    if (mode == 0) {
        file = input;
    } else {
        const qsizetype nul = input.indexOf('\0');
        QByteArray metadata = nul < 0 ? input : input.left(nul);
        code = nul < 0 ? QByteArray() : input.mid(nul + 1);
        if (mode == 2) {
            const QList<QByteArray> f = fuzz::pieces(metadata, 4);
            QJsonObject meta;
            meta.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(QCryptographicHash::hash(code, QCryptographicHash::Sha256).toHex()));
            meta.insert(QStringLiteral("size"), qint64(code.size()));
            meta.insert(QStringLiteral("description"), QString::fromUtf8(f[0]));
            meta.insert(QStringLiteral("createTime"), QString::fromUtf8(f[1]));
            meta.insert(QStringLiteral("requestId"), QString::fromUtf8(f[2]));
            meta.insert(QStringLiteral("cachedAt"), QString::fromUtf8(f[3]));
            metadata = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        }
        file = header(metadata) + metadata + code;
    }

    const CodeVersionKey key{QStringLiteral("fuzz-account"), QStringLiteral("https://esa.cn-hangzhou.aliyuncs.com"),
                             QStringLiteral("test-routine1"), QStringLiteral("1710120201067203242")};
    const QString entries = dir.path() + QStringLiteral("/entries");
    {
        // A fresh cache per input: its constructor scans the directory (the entry included).
        QDir().mkpath(entries);
        QFile f(entries + QLatin1Char('/') + key.fileName());
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the entry file");
        f.write(file);
        f.close();
    }
    CodeVersionCache cache(dir.path(), 64 * 1024 * 1024);
    (void)cache.contains(key);
    (void)cache.totalBytes();
    const std::optional<CachedCodeVersion> hit = cache.read(key);
    if (hit) {
        FUZZ_CHECK(hit->sha256 == QCryptographicHash::hash(hit->bytes, QCryptographicHash::Sha256).toHex(),
                   "a cache hit whose bytes do not match its sha256");
        if (mode != 0)
            FUZZ_CHECK(hit->bytes == code, "a cache hit with other bytes than the entry holds");
    }
    // A second read: a malformed entry was deleted by the first, a good one is still there.
    const std::optional<CachedCodeVersion> again = cache.read(key);
    FUZZ_CHECK(again.has_value() == hit.has_value(), "the second read of the same entry disagrees with the first");
    QFile::remove(entries + QLatin1Char('/') + key.fileName());
    return 0;
}
