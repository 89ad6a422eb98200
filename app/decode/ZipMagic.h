// Whether bytes start as a zip archive: "PK\3\4" (a local file header) or the empty archive's
// "PK\5\6". The decoder recognises a Functions and Pages bundle by it; reading one is
// app/bundle's work (CodeBundle), so decode stays a leaf that links no zip library.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ZipMagic {

inline bool startsAZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView("PK\3\4", 4)) || bytes.startsWith(QByteArrayView("PK\5\6", 4));
}

} // namespace ZipMagic
