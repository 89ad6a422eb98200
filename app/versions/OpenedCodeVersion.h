// A code version ready to show: where it came from, its metadata, and its decoded code.
#pragma once

#include "app/decode/DecodedCode.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct OpenedCodeVersion
{
    QString accountId;
    QString routine;
    QString codeVersion;
    QString description;
    QDateTime createTime;
    QString requestId; // of the request that fetched it (kept in the cache too)
    DecodedCode code;
    bool fromCache = false;
};

Q_DECLARE_METATYPE(OpenedCodeVersion)
