// One HTTP response of the emulator, before any injected fault mangles it on the wire.
#pragma once

#include "net/HttpRequestParts.h"

#include <QJsonObject>

struct EmulatorResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static EmulatorResponse json(int status, const QJsonObject &body, const HeaderList &headers = {});
    // Status line and headers, with Content-Length for `bodyLength` bytes.
    QByteArray head(qsizetype bodyLength) const;
    static QByteArray reasonPhrase(int status);
};
