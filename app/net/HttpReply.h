// A complete HTTP answer as the network worker received it (status 2xx/3xx, body in memory).
#pragma once

#include "app/net/HttpRequestParts.h"

struct HttpReply
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    qint64 elapsedMs = 0;
    int attempts = 1;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};
