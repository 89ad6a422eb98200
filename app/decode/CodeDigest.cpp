#include "app/decode/CodeDigest.h"

#include <QCryptographicHash>

#include <atomic>

namespace {
std::atomic<qint64> hashed{0};
} // namespace

namespace CodeDigest {

QByteArray sha256Hex(const QByteArray &code)
{
    hashed.fetch_add(code.size(), std::memory_order_relaxed);
    return QCryptographicHash::hash(code, QCryptographicHash::Sha256).toHex();
}

qint64 bytesHashed()
{
    return hashed.load(std::memory_order_relaxed);
}

} // namespace CodeDigest
