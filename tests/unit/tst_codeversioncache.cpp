// The code-version cache keeps exactly what was written, treats every damaged file as a miss and
// removes it, evicts least-recently-used entries (recency surviving a restart), never touches
// files it did not write, keeps names and permissions private, and stays consistent under
// concurrent readers and writers.
#include "app/versions/CodeVersionCache.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <memory>
#include <vector>

namespace {

CodeVersionKey key(const QString &routine, const QString &version = QStringLiteral("1700000000001"))
{
    return {QStringLiteral("acct-1234"), QStringLiteral("http://127.0.0.1:41234"), routine, version};
}

CachedCodeVersion sample(const QByteArray &bytes)
{
    CachedCodeVersion v;
    v.bytes = bytes;
    v.description = QStringLiteral("First cut — 初版");
    v.createTime = QDateTime(QDate(2024, 3, 11), QTime(1, 23, 21, 456), Qt::UTC);
    v.requestId = QStringLiteral("4B5D1C2E-0000-4000-8000-000000000001");
    v.cachedAt = QDateTime(QDate(2024, 3, 12), QTime(8, 0, 0, 1), Qt::UTC);
    return v;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString entriesDir(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/entries");
}

QString entryPath(const QString &cacheDir, const CodeVersionKey &k)
{
    return entriesDir(cacheDir) + u'/' + k.fileName();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(contents) == contents.size();
}

QByteArray be32(quint32 v)
{
    uchar b[4];
    qToBigEndian(v, b);
    return QByteArray(reinterpret_cast<const char *>(b), 4);
}

// An entry built by hand from the documented format, so that damage can be crafted behind a
// correct metadata digest.
QByteArray buildEntry(const QByteArray &metadata, const QByteArray &payload, quint32 version = 1)
{
    return QByteArray("CCVCACHE") + be32(version) + be32(quint32(metadata.size()))
        + QCryptographicHash::hash(metadata, QCryptographicHash::Sha256) + metadata + payload;
}

QJsonObject validMetadata(const QByteArray &payload)
{
    return QJsonObject{{QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(payload))},
                       {QStringLiteral("size"), qint64(payload.size())},
                       {QStringLiteral("description"), QStringLiteral("d")},
                       {QStringLiteral("createTime"), QStringLiteral("2024-03-11T01:23:21.000Z")},
                       {QStringLiteral("requestId"), QStringLiteral("r")},
                       {QStringLiteral("cachedAt"), QString()}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList entryFileNames(const QString &cacheDir)
{
    return QDir(entriesDir(cacheDir)).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

constexpr QFile::Permissions GroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// Concurrency test values: everything about a value follows from (key, writer, i), so a reader
// can tell a whole value from a torn or mixed one.
CachedCodeVersion variant(const QString &keyName, int writer, int i)
{
    const QByteArray head =
        QStringLiteral("key=%1;writer=%2;i=%3;").arg(keyName).arg(writer).arg(i).toUtf8();
    CachedCodeVersion v;
    v.bytes = head + QByteArray(512 + (writer * 131 + i * 57) % 4096, char('a' + i % 26));
    v.description = QString::fromUtf8(head);
    v.requestId = QStringLiteral("req-%1-%2").arg(writer).arg(i);
    v.createTime = QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC);
    return v;
}

bool isWholeVariant(const QString &keyName, const CachedCodeVersion &v)
{
    static const QRegularExpression head(QStringLiteral("^key=([^;]+);writer=(\\d+);i=(\\d+);$"));
    const auto m = head.match(v.description);
    if (!m.hasMatch() || m.captured(1) != keyName)
        return false;
    const CachedCodeVersion expected = variant(keyName, m.captured(2).toInt(), m.captured(3).toInt());
    return v.bytes == expected.bytes && v.sha256 == sha256Hex(expected.bytes)
        && v.requestId == expected.requestId && v.createTime == expected.createTime;
}

} // namespace

class TestCodeVersionCache : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void writeFillsInAndChecksMetadata();
    void missForUnknownKey();
    void keysDoNotCollide();
    void corruptEntryIsDiscarded_data();
    void corruptEntryIsDiscarded();
    void fuzzedEntriesAreMisses();
    void newerFormatIsLeftAlone();
    void externallyRemovedEntryIsForgotten();
    void entryFromAnotherInstanceIsAdopted();
    void lruEvictsLeastRecentlyUsed();
    void recencySurvivesRestart();
    void totalsAreRebuiltByScan();
    void scannedOnFirstUseNotAtConstruction();
    void entryLargerThanMaxIsNotStored();
    void clearRemovesEntriesOnly();
    void junkFilesAreIgnored();
    void setMaxBytesShrinkingEvicts();
    void concurrentReadsAndWrites();
    void fileNamesRevealNothing();
    void directoriesAndFilesAreOwnerOnly();
    void defaultDirectory();
    void eightMiBRoundTrip();
};

void TestCodeVersionCache::roundTrip()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    CodeVersionCache cache(tmp.path());
    QCOMPARE(cache.directory(), tmp.path());
    const CodeVersionKey k = key(QStringLiteral("hello"));
    QByteArray bytes("export default { async fetch() { return new Response('hi'); } };\n");
    bytes.append('\0').append("\xff\xfe binary tail", 14);
    const CachedCodeVersion v = sample(bytes);

    QVERIFY(!cache.contains(k));
    QVERIFY(cache.write(k, v));
    QVERIFY(cache.contains(k));
    QCOMPARE(cache.entryCount(), 1);
    QCOMPARE(cache.totalBytes(), QFileInfo(entryPath(tmp.path(), k)).size());

    const auto got = cache.read(k);
    QVERIFY(got);
    QCOMPARE(got->bytes, bytes);
    QCOMPARE(got->sha256, sha256Hex(bytes));
    QCOMPARE(got->description, v.description);
    QCOMPARE(got->createTime, v.createTime);
    QCOMPARE(got->requestId, v.requestId);
    QCOMPARE(got->cachedAt, v.cachedAt);

    // Empty code is a valid version too.
    const CodeVersionKey empty = key(QStringLiteral("empty"));
    QVERIFY(cache.write(empty, sample(QByteArray())));
    const auto gotEmpty = cache.read(empty);
    QVERIFY(gotEmpty);
    QVERIFY(gotEmpty->bytes.isEmpty());
    QCOMPARE(gotEmpty->sha256, sha256Hex(QByteArray()));
}

void TestCodeVersionCache::writeFillsInAndChecksMetadata()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    CachedCodeVersion v = sample("code");
    v.cachedAt = QDateTime();
    v.createTime = QDateTime();
    v.sha256 = sha256Hex("code").toUpper(); // the caller's digest may be upper case
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(cache.write(key(QStringLiteral("a")), v));
    const auto got = cache.read(key(QStringLiteral("a")));
    QVERIFY(got);
    QVERIFY(got->cachedAt >= before && got->cachedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!got->createTime.isValid());

    v.sha256 = sha256Hex("other code");
    QVERIFY(!cache.write(key(QStringLiteral("b")), v));
    QVERIFY(!cache.contains(key(QStringLiteral("b"))));
    QCOMPARE(cache.entryCount(), 1);
}

void TestCodeVersionCache::missForUnknownKey()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    QVERIFY(!cache.read(key(QStringLiteral("nothing"))));
    QVERIFY(cache.write(key(QStringLiteral("something")), sample("x")));
    QVERIFY(!cache.read(key(QStringLiteral("nothing"))));
    QVERIFY(!cache.read(key(QStringLiteral("something"), QStringLiteral("other-version"))));
    QCOMPARE(cache.entryCount(), 1);
}

void TestCodeVersionCache::keysDoNotCollide()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const CodeVersionKey base{QStringLiteral("acct"), QStringLiteral("https://esa.cn-hangzhou.aliyuncs.com"),
                              QStringLiteral("routine"), QStringLiteral("v1")};
    QList<CodeVersionKey> keys{base};
    for (int field = 0; field < 4; ++field) {
        CodeVersionKey k = base;
        QString *f[] = {&k.accountId, &k.endpoint, &k.routine, &k.codeVersion};
        f[field]->append(u'x');
        keys << k;
    }
    // Moving one character across each field boundary must change the name.
    keys << CodeVersionKey{QStringLiteral("a"), QStringLiteral("bc"), QStringLiteral("d"), QStringLiteral("e")}
         << CodeVersionKey{QStringLiteral("ab"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}
         << CodeVersionKey{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("cd"), QStringLiteral("e")}
         << CodeVersionKey{QStringLiteral("a"), QStringLiteral("bc"), QStringLiteral(""), QStringLiteral("de")}
         << CodeVersionKey{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("de")}
         << CodeVersionKey{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("cd"), QStringLiteral("")}
         << CodeVersionKey{QStringLiteral(""), QStringLiteral(""), QStringLiteral(""), QStringLiteral("")}
         << CodeVersionKey{QStringLiteral("é"), QStringLiteral(""), QStringLiteral(""), QStringLiteral("")}
         << CodeVersionKey{QStringLiteral("e\u0301"), QStringLiteral(""), QStringLiteral(""), QStringLiteral("")};

    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> names;
    for (int i = 0; i < keys.size(); ++i) {
        const QString name = keys.at(i).fileName();
        QVERIFY2(hex64.match(name).hasMatch(), qPrintable(name));
        QCOMPARE(name, CodeVersionKey(keys.at(i)).fileName()); // deterministic
        names.insert(name);
        QVERIFY(cache.write(keys.at(i), sample(QByteArray::number(i))));
    }
    QCOMPARE(names.size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        const auto got = cache.read(keys.at(i));
        QVERIFY(got);
        QCOMPARE(got->bytes, QByteArray::number(i));
    }
}

void TestCodeVersionCache::corruptEntryIsDiscarded_data()
{
    QTest::addColumn<QString>("damage");
    for (const char *d : {"flip payload byte", "flip metadata byte", "flip metadata digest",
                          "flip magic", "truncate payload", "truncate inside metadata",
                          "truncate inside header", "empty file", "trailing bytes",
                          "garbage header", "metadata length huge", "metadata length short",
                          "payload size huge", "payload size negative", "payload size fractional",
                          "payload sha256 wrong", "payload sha256 not hex", "metadata not json",
                          "metadata not an object", "metadata field missing",
                          "metadata field wrong type", "createTime not a time", "version zero"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void TestCodeVersionCache::corruptEntryIsDiscarded()
{
    QFETCH(QString, damage);
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const CodeVersionKey k = key(QStringLiteral("victim"));
    const QByteArray payload = QByteArray("addEventListener('fetch', e => e.respondWith(new Response('ok')));");
    QVERIFY(cache.write(k, sample(payload)));
    QVERIFY(cache.write(key(QStringLiteral("bystander")), sample("keep me")));
    const QString path = entryPath(tmp.path(), k);
    QByteArray file = readAll(path);
    const int metaSize = int(qFromBigEndian<quint32>(file.constData() + 12));
    const int payloadAt = 48 + metaSize;
    QCOMPARE(file.size(), payloadAt + payload.size());

    // A well-formed file around metadata with one field changed (a null value removes it).
    const auto with = [&](const QString &field, const QJsonValue &value) {
        QJsonObject meta = validMetadata(payload);
        if (value.isNull())
            meta.remove(field);
        else
            meta.insert(field, value);
        return buildEntry(compact(meta), payload);
    };
    if (damage == u"flip payload byte")
        file[payloadAt + 10] = char(file[payloadAt + 10] ^ 0x20);
    else if (damage == u"flip metadata byte")
        file[48 + metaSize / 2] = char(file[48 + metaSize / 2] ^ 0x01);
    else if (damage == u"flip metadata digest")
        file[20] = char(file[20] ^ 0x80);
    else if (damage == u"flip magic")
        file[0] = 'X';
    else if (damage == u"truncate payload")
        file.chop(1);
    else if (damage == u"truncate inside metadata")
        file.truncate(48 + metaSize / 2);
    else if (damage == u"truncate inside header")
        file.truncate(13);
    else if (damage == u"empty file")
        file.clear();
    else if (damage == u"trailing bytes")
        file.append("tail");
    else if (damage == u"garbage header")
        file.replace(0, 48, QByteArray(48, '\x5a'));
    else if (damage == u"metadata length huge")
        file.replace(12, 4, be32(0xffffffffu));
    else if (damage == u"metadata length short")
        file.replace(12, 4, be32(quint32(metaSize - 1)));
    else if (damage == u"payload size huge")
        file = with(QStringLiteral("size"), qint64(1) << 50);
    else if (damage == u"payload size negative")
        file = with(QStringLiteral("size"), -1);
    else if (damage == u"payload size fractional")
        file = with(QStringLiteral("size"), payload.size() + 0.5);
    else if (damage == u"payload sha256 wrong")
        file = with(QStringLiteral("sha256"), QString::fromLatin1(sha256Hex("other")));
    else if (damage == u"payload sha256 not hex")
        file = with(QStringLiteral("sha256"), QString(64, u'z'));
    else if (damage == u"metadata not json")
        file = buildEntry("{\"sha256\":", payload);
    else if (damage == u"metadata not an object")
        file = buildEntry("[1,2,3]", payload);
    else if (damage == u"metadata field missing")
        file = with(QStringLiteral("requestId"), QJsonValue());
    else if (damage == u"metadata field wrong type")
        file = with(QStringLiteral("description"), 42);
    else if (damage == u"createTime not a time")
        file = with(QStringLiteral("createTime"), QStringLiteral("yesterday"));
    else if (damage == u"version zero")
        file.replace(8, 4, be32(0));
    else
        QFAIL("unknown damage");
    QVERIFY(overwrite(path, file));

    QVERIFY(!cache.read(k));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!cache.contains(k));
    QCOMPARE(cache.entryCount(), 1);
    QCOMPARE(cache.totalBytes(), QFileInfo(entryPath(tmp.path(), key(QStringLiteral("bystander")))).size());
    QVERIFY(cache.read(key(QStringLiteral("bystander"))));
    // The key is usable again.
    QVERIFY(cache.write(k, sample(payload)));
    QCOMPARE(cache.read(k)->bytes, payload);
}

void TestCodeVersionCache::fuzzedEntriesAreMisses()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const CodeVersionKey k = key(QStringLiteral("fuzz"));
    QVERIFY(cache.write(k, sample("export default {}; // small but real")));
    const QString path = entryPath(tmp.path(), k);
    const QByteArray original = readAll(path);
    QVERIFY(original.size() > 48);

    int cases = 0;
    const auto expectMiss = [&](const QByteArray &contents) {
        ++cases;
        return overwrite(path, contents) && !cache.read(k);
    };
    for (int i = 0; i < original.size(); ++i) {
        for (const char mask : {'\x01', '\x80', '\xff'}) {
            QByteArray mutated = original;
            mutated[i] = char(mutated[i] ^ mask);
            QVERIFY2(expectMiss(mutated), qPrintable(QStringLiteral("flip at %1").arg(i)));
        }
    }
    for (int length = 0; length < original.size(); ++length)
        QVERIFY2(expectMiss(original.left(length)), qPrintable(QStringLiteral("truncated to %1").arg(length)));

    QRandomGenerator rng(20240311);
    for (int i = 0; i < 300; ++i) {
        QByteArray junk(int(rng.bounded(512)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        if (i % 2 == 0) // past the magic and version, into the length checks
            junk = original.left(12) + junk;
        if (i % 3 == 0 && junk.size() >= 16)
            junk.replace(12, 4, be32(rng.generate()));
        QVERIFY(expectMiss(junk));
    }
    QVERIFY(cases > 1000);

    // Still a working cache afterwards.
    QVERIFY(cache.write(k, sample("fine")));
    QCOMPARE(cache.read(k)->bytes, QByteArray("fine"));
    QCOMPARE(cache.entryCount(), 1);
}

void TestCodeVersionCache::newerFormatIsLeftAlone()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const CodeVersionKey k = key(QStringLiteral("future"));
    QVERIFY(QDir().mkpath(entriesDir(tmp.path())));
    const QString path = entryPath(tmp.path(), k);
    QVERIFY(overwrite(path, buildEntry(compact(validMetadata("x")), "x", 2)));
    QVERIFY(!cache.read(k));
    QVERIFY(QFile::exists(path)); // a newer CloudCodes sharing the directory may still want it
    // Writing the key replaces it with our format.
    QVERIFY(cache.write(k, sample("now")));
    QCOMPARE(cache.read(k)->bytes, QByteArray("now"));
}

void TestCodeVersionCache::externallyRemovedEntryIsForgotten()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const CodeVersionKey k = key(QStringLiteral("gone"));
    QVERIFY(cache.write(k, sample("bytes")));
    QVERIFY(QFile::remove(entryPath(tmp.path(), k)));
    QVERIFY(!cache.contains(k));
    QVERIFY(!cache.read(k));
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.totalBytes(), 0);
}

void TestCodeVersionCache::entryFromAnotherInstanceIsAdopted()
{
    QTemporaryDir tmp;
    CodeVersionCache first(tmp.path());
    CodeVersionCache second(tmp.path());
    const CodeVersionKey k = key(QStringLiteral("shared"));
    QCOMPARE(second.entryCount(), 0); // in use (scanned) before the other instance writes
    QVERIFY(first.write(k, sample("from first")));
    QCOMPARE(second.entryCount(), 0);
    QVERIFY(second.contains(k));
    QCOMPARE(second.read(k)->bytes, QByteArray("from first"));
    QCOMPARE(second.entryCount(), 1);
    QCOMPARE(second.totalBytes(), first.totalBytes());
}

void TestCodeVersionCache::lruEvictsLeastRecentlyUsed()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const QByteArray payload(1000, 'p'); // same size everywhere: entries are the same size
    const CodeVersionKey a = key(QStringLiteral("A")), b = key(QStringLiteral("B")),
                         c = key(QStringLiteral("C")), d = key(QStringLiteral("D"));
    QVERIFY(cache.write(a, sample(payload)));
    const qint64 entry = cache.totalBytes();
    QVERIFY(cache.write(b, sample(payload)));
    QVERIFY(cache.write(c, sample(payload)));
    cache.setMaxBytes(3 * entry);
    QCOMPARE(cache.entryCount(), 3);

    QVERIFY(cache.read(a));
    QVERIFY(cache.write(d, sample(payload)));
    QVERIFY(cache.contains(a));
    QVERIFY(!cache.contains(b));
    QVERIFY(cache.contains(c));
    QVERIFY(cache.contains(d));
    QCOMPARE(cache.entryCount(), 3);
    QCOMPARE(cache.totalBytes(), 3 * entry);
    QCOMPARE(entryFileNames(tmp.path()).size(), 3);
}

void TestCodeVersionCache::recencySurvivesRestart()
{
    QTemporaryDir tmp;
    const QByteArray payload(1000, 'p');
    const CodeVersionKey a = key(QStringLiteral("A")), b = key(QStringLiteral("B")),
                         c = key(QStringLiteral("C")), d = key(QStringLiteral("D")),
                         e = key(QStringLiteral("E"));
    qint64 entry = 0;
    {
        CodeVersionCache cache(tmp.path());
        QVERIFY(cache.write(a, sample(payload)));
        entry = cache.totalBytes();
        QVERIFY(cache.write(b, sample(payload)));
        QVERIFY(cache.write(c, sample(payload)));
        QVERIFY(cache.read(a)); // order now B, C, A
    }
    CodeVersionCache cache(tmp.path(), 3 * entry);
    QCOMPARE(cache.entryCount(), 3);
    QCOMPARE(cache.totalBytes(), 3 * entry);
    QVERIFY(cache.write(d, sample(payload)));
    QVERIFY(!cache.contains(b));
    QVERIFY(cache.contains(a) && cache.contains(c) && cache.contains(d));
    QVERIFY(cache.write(e, sample(payload)));
    QVERIFY(!cache.contains(c));
    QVERIFY(cache.contains(a) && cache.contains(d) && cache.contains(e));
}

void TestCodeVersionCache::totalsAreRebuiltByScan()
{
    QTemporaryDir tmp;
    qint64 total = 0;
    {
        CodeVersionCache cache(tmp.path());
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.write(key(QString::number(i)), sample(QByteArray(100 * i, 'x'))));
        total = cache.totalBytes();
    }
    qint64 onDisk = 0;
    for (const QString &name : entryFileNames(tmp.path()))
        onDisk += QFileInfo(entriesDir(tmp.path()) + u'/' + name).size();
    QCOMPARE(onDisk, total);
    CodeVersionCache again(tmp.path());
    QCOMPARE(again.entryCount(), 5);
    QCOMPARE(again.totalBytes(), total);
    // A smaller budget at construction applies at once.
    CodeVersionCache smaller(tmp.path(), total / 2);
    QVERIFY(smaller.totalBytes() <= total / 2);
    QVERIFY(smaller.entryCount() < 5);
}

void TestCodeVersionCache::scannedOnFirstUseNotAtConstruction()
{
    // Constructing is on the way to the first frame: it reads nothing. The first use counts what
    // is there then, including what another instance wrote after this one was made.
    QTemporaryDir tmp;
    CodeVersionCache later(tmp.path());
    qint64 total = 0;
    {
        CodeVersionCache other(tmp.path());
        for (int i = 0; i < 3; ++i)
            QVERIFY(other.write(key(QString::number(i)), sample(QByteArray(200 * (i + 1), 'y'))));
        total = other.totalBytes();
    }
    QCOMPARE(later.entryCount(), 3);
    QCOMPARE(later.totalBytes(), total);
    // A budget set before the first use is the one the scan keeps to.
    CodeVersionCache budget(tmp.path());
    budget.setMaxBytes(total / 2);
    QVERIFY(budget.totalBytes() <= total / 2);
    QVERIFY(budget.entryCount() < 3);
    QVERIFY(budget.entryCount() > 0);
}

void TestCodeVersionCache::entryLargerThanMaxIsNotStored()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path(), 1000);
    QCOMPARE(cache.maxBytes(), 1000);
    QVERIFY(cache.write(key(QStringLiteral("small")), sample("small")));
    const qint64 before = cache.totalBytes();
    QVERIFY(!cache.write(key(QStringLiteral("big")), sample(QByteArray(1000, 'b'))));
    QVERIFY(!cache.contains(key(QStringLiteral("big"))));
    QVERIFY(cache.contains(key(QStringLiteral("small")))); // nothing evicted for a write that cannot fit
    QCOMPARE(cache.totalBytes(), before);
    QCOMPARE(entryFileNames(tmp.path()).size(), 1);
}

void TestCodeVersionCache::clearRemovesEntriesOnly()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    for (int i = 0; i < 3; ++i)
        QVERIFY(cache.write(key(QString::number(i)), sample("code")));
    const QString junkTop = tmp.filePath(QStringLiteral("README"));
    const QString junkInside = entriesDir(tmp.path()) + QStringLiteral("/notes.txt");
    QVERIFY(overwrite(junkTop, "mine"));
    QVERIFY(overwrite(junkInside, "mine too"));

    cache.clear();
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.totalBytes(), 0);
    QVERIFY(!cache.contains(key(QStringLiteral("0"))));
    QCOMPARE(entryFileNames(tmp.path()), QStringList{QStringLiteral("notes.txt")});
    QVERIFY(QFile::exists(junkTop));
    QVERIFY(cache.write(key(QStringLiteral("0")), sample("again")));
    QCOMPARE(cache.entryCount(), 1);
}

void TestCodeVersionCache::junkFilesAreIgnored()
{
    QTemporaryDir tmp;
    const QString entries = entriesDir(tmp.path());
    QVERIFY(QDir().mkpath(entries));
    const QStringList junk{
        tmp.filePath(QStringLiteral("unrelated.bin")),
        entries + QStringLiteral("/notes.txt"),
        entries + u'/' + QString(63, u'a'),                        // one short
        entries + u'/' + QString(64, u'A'),                        // upper case: not ours
        entries + u'/' + QString(64, u'a') + QStringLiteral(".tmp"), // not a QSaveFile leftover
    };
    for (const QString &path : junk)
        QVERIFY(overwrite(path, QByteArray(5000, 'j')));
    QVERIFY(QDir().mkdir(entries + u'/' + QString(64, u'b'))); // a directory with an entry's name

    CodeVersionCache cache(tmp.path(), 2000);
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.totalBytes(), 0);
    for (int i = 0; i < 10; ++i) // forces evictions
        QVERIFY(cache.write(key(QString::number(i)), sample(QByteArray(300, 'c'))));
    cache.setMaxBytes(0);
    cache.clear();
    for (const QString &path : junk)
        QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(QFileInfo(entries + u'/' + QString(64, u'b')).isDir());
}

void TestCodeVersionCache::setMaxBytesShrinkingEvicts()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const QByteArray payload(500, 'p');
    const CodeVersionKey a = key(QStringLiteral("A")), b = key(QStringLiteral("B")),
                         c = key(QStringLiteral("C")), d = key(QStringLiteral("D"));
    for (const CodeVersionKey &k : {a, b, c, d})
        QVERIFY(cache.write(k, sample(payload)));
    const qint64 entry = cache.totalBytes() / 4;
    QVERIFY(cache.read(b)); // order A, C, D, B
    cache.setMaxBytes(2 * entry + entry / 2);
    QCOMPARE(cache.entryCount(), 2);
    QVERIFY(cache.contains(d) && cache.contains(b));
    QVERIFY(!cache.contains(a) && !cache.contains(c));
    QCOMPARE(entryFileNames(tmp.path()).size(), 2);
    cache.setMaxBytes(0);
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.totalBytes(), 0);
    QVERIFY(entryFileNames(tmp.path()).isEmpty());
}

void TestCodeVersionCache::concurrentReadsAndWrites()
{
    QTemporaryDir tmp;
    constexpr qint64 Budget = 48 * 1024;
    CodeVersionCache cache(tmp.path(), Budget);
    constexpr int Threads = 8;
    constexpr int Operations = 120;
    const QStringList shared{QStringLiteral("s0"), QStringLiteral("s1"), QStringLiteral("s2"),
                             QStringLiteral("s3")};
    std::atomic<int> hits{0};
    std::atomic<int> badHits{0};
    std::atomic<int> writes{0};

    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            QRandomGenerator rng(quint32(1000 + t));
            for (int i = 0; i < Operations; ++i) {
                const int op = int(rng.bounded(10));
                const QString name = op < 4 || op >= 7 ? shared.at(int(rng.bounded(4)))
                                                       : QStringLiteral("p%1-%2").arg(t).arg(i % 5);
                if (op < 6) {
                    if (cache.write(key(name), variant(name, t, i)))
                        ++writes;
                } else if (op < 9) {
                    if (const auto got = cache.read(key(name))) {
                        ++hits;
                        if (!isWholeVariant(name, *got))
                            ++badHits;
                    }
                } else if (t == 0) {
                    cache.setMaxBytes(i % 2 ? Budget / 2 : Budget);
                } else {
                    (void)cache.contains(key(name));
                    (void)cache.totalBytes();
                    (void)cache.entryCount();
                }
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(120000));

    QCOMPARE(badHits.load(), 0);
    QVERIFY(writes.load() > 0);
    QVERIFY(hits.load() > 0);
    cache.setMaxBytes(Budget);
    QVERIFY(cache.totalBytes() <= Budget);

    // The books match the disk, and everything on disk is a whole value.
    const QStringList files = entryFileNames(tmp.path());
    qint64 onDisk = 0;
    for (const QString &name : files)
        onDisk += QFileInfo(entriesDir(tmp.path()) + u'/' + name).size();
    QCOMPARE(cache.entryCount(), files.size());
    QCOMPARE(cache.totalBytes(), onDisk);
    QStringList names = shared;
    for (int t = 0; t < Threads; ++t)
        for (int j = 0; j < 5; ++j)
            names << QStringLiteral("p%1-%2").arg(t).arg(j);
    int present = 0;
    for (const QString &name : names) {
        if (!cache.contains(key(name)))
            continue;
        ++present;
        const auto got = cache.read(key(name));
        QVERIFY2(got && isWholeVariant(name, *got), qPrintable(name));
    }
    QCOMPARE(present, files.size());
    CodeVersionCache reopened(tmp.path(), Budget);
    QCOMPARE(reopened.entryCount(), cache.entryCount());
    QCOMPARE(reopened.totalBytes(), cache.totalBytes());
}

void TestCodeVersionCache::fileNamesRevealNothing()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    const CodeVersionKey k{QStringLiteral("acct-Distinctive-Owner"),
                           QStringLiteral("https://esa.cn-hangzhou.aliyuncs.com"),
                           QStringLiteral("checkout-edge-routine"), QStringLiteral("1712345678901")};
    QVERIFY(cache.write(k, sample("code")));
    QVERIFY(cache.read(k));
    const QStringList revealing{k.accountId, QStringLiteral("aliyuncs"), QStringLiteral("hangzhou"),
                                k.routine, QStringLiteral("checkout"), k.codeVersion};
    QDirIterator it(tmp.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int seen = 0;
    while (it.hasNext()) {
        const QString relative = QDir(tmp.path()).relativeFilePath(it.next());
        ++seen;
        for (const QString &s : revealing)
            QVERIFY2(!relative.contains(s, Qt::CaseInsensitive), qPrintable(relative));
    }
    QCOMPARE(seen, 2); // entries/ and the one entry
}

void TestCodeVersionCache::directoriesAndFilesAreOwnerOnly()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("nested/deeper/code-versions"));
    CodeVersionCache cache(dir);
    const CodeVersionKey k = key(QStringLiteral("private"));
    QVERIFY(cache.write(k, sample("the user's code")));
    const QFile::Permissions ownerRwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    for (const QString &d : {dir, entriesDir(dir)}) {
        const QFile::Permissions p = QFileInfo(d).permissions();
        QVERIFY2((p & ownerRwx) == ownerRwx, qPrintable(d));
        QVERIFY2(!(p & GroupOrOther), qPrintable(d));
    }
    const QFile::Permissions fp = QFileInfo(entryPath(dir, k)).permissions();
    QVERIFY(fp & QFile::ReadOwner && fp & QFile::WriteOwner);
    QVERIFY(!(fp & (GroupOrOther | QFile::ExeOwner)));

    // A directory made loosely by someone else is tightened.
    const QString loose = tmp.filePath(QStringLiteral("loose"));
    QVERIFY(QDir().mkdir(loose));
    QVERIFY(QFile::setPermissions(loose, ownerRwx | QFile::ReadGroup | QFile::ExeGroup
                                             | QFile::ReadOther | QFile::ExeOther));
    CodeVersionCache tightened(loose);
    QVERIFY(!(QFileInfo(loose).permissions() & GroupOrOther));
    QVERIFY(tightened.write(k, sample("x")));
}

void TestCodeVersionCache::defaultDirectory()
{
    const QString dir = CodeVersionCache::defaultDirectory();
    QVERIFY(QDir::isAbsolutePath(dir));
    QVERIFY(dir.endsWith(QStringLiteral("/code-versions")));
}

void TestCodeVersionCache::eightMiBRoundTrip()
{
    QTemporaryDir tmp;
    CodeVersionCache cache(tmp.path());
    QByteArray bytes(8 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(8);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const CodeVersionKey k = key(QStringLiteral("large"));

    QElapsedTimer timer;
    timer.start();
    const QByteArray digest = sha256Hex(bytes);
    const qint64 hashNs = timer.nsecsElapsed();
    timer.restart();
    QVERIFY(cache.write(k, sample(bytes)));
    const qint64 writeNs = timer.nsecsElapsed();
    timer.restart();
    const auto got = cache.read(k);
    const qint64 readNs = timer.nsecsElapsed();
    QVERIFY(got);
    QCOMPARE(got->sha256, digest);
    QVERIFY(got->bytes == bytes);
    qInfo("8 MiB: SHA-256 alone %.1f ms, write %.1f ms (incl. fsync), read %.1f ms",
          hashNs / 1e6, writeNs / 1e6, readNs / 1e6);
}

QTEST_GUILESS_MAIN(TestCodeVersionCache)
#include "tst_codeversioncache.moc"
