// SHA-256 and HMAC-SHA256 as lower-case hex, the form both vendors' signatures use.
#pragma once

#include <QByteArray>

namespace Digest {
QByteArray sha256Hex(const QByteArray &data);
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &data);
// Compares two byte strings in time independent of where they differ (signature checks).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
} // namespace Digest
