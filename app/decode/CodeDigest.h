// The SHA-256 of code bytes (lower-case hex), as the decoder and the code cache compute it, with
// a count of the bytes hashed in this process: opening a version must hash its code once, and a
// test can see it (one relaxed atomic add per call costs nothing next to the hash).
#pragma once

#include <QByteArray>

namespace CodeDigest {
QByteArray sha256Hex(const QByteArray &code);
qint64 bytesHashed();
} // namespace CodeDigest
