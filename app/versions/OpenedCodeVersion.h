// A code version ready to show: where it came from, its metadata, and its decoded code.
#pragma once

#include "app/bundle/CodeBundle.h"
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
    // A Functions and Pages bundle (the bytes are a zip): its files, read and checked on the
    // worker pool with the decode (readBundle), or why they could not be read.
    CodeBundle bundle;
    QString bundleError;
    bool isBundle() const { return code.kind == DecodedCode::Kind::Bundle; }

    // Fills `bundle` (or `bundleError`) when the code is a zip; nothing otherwise. Not on the UI
    // thread: a large bundle takes a while to inflate and check.
    void readBundle()
    {
        if (code.kind != DecodedCode::Kind::Bundle)
            return;
        CodeBundle::Read read = CodeBundle::fromZip(code.bytes);
        if (read.ok())
            bundle = read.bundle;
        else
            bundleError = read.error;
    }
};

Q_DECLARE_METATYPE(OpenedCodeVersion)
