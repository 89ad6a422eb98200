// The classic hex view of binary code ("00000010  61 73 6d 01 …  |asm.|") for the first bytes
// of a binary version, instead of showing garbage as text.
#pragma once

#include <QByteArray>
#include <QString>

namespace HexDump {
constexpr qsizetype DefaultLimit = 64 * 1024;
// 16 bytes a line; at most `limit` bytes are shown.
QString format(const QByteArray &bytes, qsizetype limit = DefaultLimit);
} // namespace HexDump
