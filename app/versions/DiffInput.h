// One side of a comparison as the diff sees it: a title, a path for the patch, the bytes.
#pragma once

#include "app/bundle/CodeBundle.h"

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
    // A bundle (a Functions and Pages version, a zip file or a local folder): its files; `bytes`
    // are then the zip (empty for a folder). Comparison compares two bundles as folders, and a
    // bundle with a single file by its entry.
    bool isBundle = false;
    CodeBundle bundle;
};
