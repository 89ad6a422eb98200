// One side of a comparison as the diff sees it: a title, a path for the patch, the bytes.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct DiffInput
{
    QString title;     // shown above the side: "edge-gateway @ 1749…"
    QString path;      // in the patch: a/<path>
    QByteArray bytes;
    QString sha256;
    QDateTime created; // the older input goes left
    QString lexer;     // how its code is highlighted ("javascript", "json", …; "" for plain text)
};
