// Test-only: two versions of a made-up Pages site, for the folder compare's tests and benchmarks.
// Seeded, so the same arguments give the same bundles: text files of JavaScript-like lines in
// nested folders, some binary files (with NUL bytes), then a second version with some files
// edited (lines changed, inserted, deleted), some removed and some added.
#pragma once

#include "app/bundle/CodeBundle.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <utility>

namespace BundleGenerator {

struct Shape
{
    int files = 200;
    qint64 totalBytes = 2 * 1024 * 1024;
    int changed = 30;
    int added = 10;
    int removed = 10;
    int binaryEvery = 20; // one file in this many is binary
    quint32 seed = 1;
};

inline QByteArray line(QRandomGenerator &random, int n)
{
    static const char *const words[] = {"const", "let", "return", "await", "fetch", "request", "response",
                                        "headers", "url", "cache", "env", "ctx", "value", "key", "=>", "{",
                                        "}", "(", ")", ";", "new", "Response", "if", "else", "null"};
    QByteArray out = "  ";
    const int count = 3 + int(random.bounded(9));
    for (int i = 0; i < count; ++i) {
        out += words[random.bounded(int(std::size(words)))];
        out += ' ';
    }
    out += "// ";
    out += QByteArray::number(n);
    out += '\n';
    return out;
}

inline QByteArray textFile(QRandomGenerator &random, qint64 size)
{
    QByteArray out;
    out.reserve(size + 100);
    int n = 0;
    while (out.size() < size)
        out += line(random, n++);
    return out;
}

inline QByteArray binaryFile(QRandomGenerator &random, qint64 size)
{
    QByteArray out("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    while (out.size() < size)
        out += char(random.bounded(256));
    return out;
}

// Some lines replaced, some inserted, some deleted.
inline QByteArray edited(QRandomGenerator &random, const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    const int edits = 1 + int(random.bounded(6));
    for (int e = 0; e < edits && lines.size() > 2; ++e) {
        const int at = int(random.bounded(int(lines.size()) - 1));
        switch (random.bounded(3)) {
        case 0: lines[at] = line(random, 100000 + e).chopped(1); break;
        case 1: lines.insert(at, line(random, 200000 + e).chopped(1)); break;
        default: lines.removeAt(at); break;
        }
    }
    return lines.join('\n');
}

inline QString pathFor(QRandomGenerator &random, int i, bool binary)
{
    static const char *const folders[] = {"assets", "assets/js", "assets/css", "assets/img", "assets/js/vendor",
                                          "assets/docs/guide", "assets/docs/api", "routine/lib"};
    const QString folder = QString::fromLatin1(folders[random.bounded(int(std::size(folders)))]);
    return folder + QStringLiteral("/file%1").arg(i, 4, 10, QLatin1Char('0'))
            + (binary ? QStringLiteral(".png") : QStringLiteral(".js"));
}

inline std::pair<CodeBundle, CodeBundle> pair(const Shape &shape)
{
    QRandomGenerator random(shape.seed);
    const qint64 perFile = shape.totalBytes / std::max(shape.files, 1);
    QList<CodeBundle::File> oldFiles;
    for (int i = 0; i < shape.files; ++i) {
        const bool binary = shape.binaryEvery > 0 && i % shape.binaryEvery == shape.binaryEvery - 1;
        CodeBundle::File f;
        f.path = i == 0 ? QStringLiteral("routine/index.js") : pathFor(random, i, binary);
        const qint64 size = perFile / 2 + random.bounded(int(perFile) + 1);
        f.bytes = binary ? binaryFile(random, size) : textFile(random, size);
        oldFiles << f;
    }
    QList<CodeBundle::File> newFiles = oldFiles;
    for (int i = 0; i < shape.changed; ++i) {
        const int at = 1 + int(random.bounded(int(newFiles.size()) - 1));
        CodeBundle::File &f = newFiles[at];
        f.bytes = f.bytes.contains('\0') ? binaryFile(random, f.bytes.size()) : edited(random, f.bytes);
    }
    for (int i = 0; i < shape.removed && newFiles.size() > 1; ++i)
        newFiles.removeAt(1 + int(random.bounded(int(newFiles.size()) - 1)));
    for (int i = 0; i < shape.added; ++i) {
        CodeBundle::File f;
        f.path = pathFor(random, shape.files + i, false);
        f.bytes = textFile(random, perFile);
        newFiles << f;
    }
    return {CodeBundle::fromFiles(oldFiles).bundle, CodeBundle::fromFiles(newFiles).bundle};
}

} // namespace BundleGenerator
