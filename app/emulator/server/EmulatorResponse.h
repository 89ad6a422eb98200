// One HTTP response of the emulator, before any injected fault mangles it on the wire.
#pragma once

#include "app/net/HttpRequestParts.h"

#include <QJsonObject>

struct EmulatorResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static EmulatorResponse json(int status, const QJsonObject &body, const HeaderList &headers = {});
    // The same bytes as json() of `body` with `key` set to the Latin-1 string `value`, written
    // without building the JSON of a large value in memory (QJsonDocument holds a string as UTF-16
    // and writes it through two more copies: an 11 MB RoutineCode cost 90 MB that way).
    static EmulatorResponse jsonWithString(int status, const QJsonObject &body, QLatin1StringView key, const QByteArray &value,
                                           const HeaderList &headers = {});
    // Status line and headers, with Content-Length for `bodyLength` bytes.
    QByteArray head(qsizetype bodyLength) const;
    static QByteArray reasonPhrase(int status);
};
