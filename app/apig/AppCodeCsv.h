// AppCodes as CSV (RFC 4180: header row, quoted fields where needed, CRLF line ends), for export.
#pragma once

#include "app/apig/ApigTypes.h"

#include <QByteArray>

namespace AppCodeCsv {
QByteArray header();
QByteArray rows(const QList<AppCode> &codes);
QByteArray field(const QString &value);
} // namespace AppCodeCsv
