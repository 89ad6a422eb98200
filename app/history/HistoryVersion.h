// One code version of a routine as the history features see it: the version's metadata and its
// decoded bytes, with the content kind the decoder gave it. Plain data, cheap to copy (implicitly
// shared bytes), so a routine's whole history can be handed to a worker thread.
#pragma once

#include "app/decode/DecodedCode.h"
#include "app/esa/CodeVersion.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

struct OpenedCodeVersion;

struct HistoryVersion
{
    QString codeVersion;         // e.g. "1736150400000123456"
    QString description;         // the publish note, plain text
    QDateTime createTime;        // UTC
    QString requestId;           // of the GetRoutineCodeVersion answer that delivered the code
    DecodedCode::Kind kind = DecodedCode::Kind::Empty;
    QByteArray bytes;            // the decoded code (for a StorageError: the error document)
    QString storageErrorCode;    // e.g. "NoSuchKey" when kind == StorageError
    QString storageErrorMessage; // e.g. "The specified key does not exist."

    // The last six digits: how the app names a version where space is short (tabs, margins).
    QString shortId() const { return versionIdTail(codeVersion); }
    // Text whose lines annotation follows: a text kind without NUL bytes (the diff engine treats
    // a NUL anywhere as binary, so UTF-16 text is not followed line by line either).
    bool hasLines() const;
    // A storage-error document stands for code nobody could read, not for code that changed:
    // annotation passes over it and the export records it as a commit that changes no file.
    bool isStorageError() const { return kind == DecodedCode::Kind::StorageError; }

    static HistoryVersion fromOpened(const OpenedCodeVersion &opened);
    // One file of a bundle version, as a version of its own (to annotate that file): its bytes
    // and kind, Empty when the version has no such file. A single-file version stands for its
    // routine's entry, routine/index.js. A storage error stays one.
    static HistoryVersion fileOf(const HistoryVersion &version, const QString &path);
};

Q_DECLARE_METATYPE(HistoryVersion)
