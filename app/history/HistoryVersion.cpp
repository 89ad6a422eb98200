#include "app/history/HistoryVersion.h"

#include "app/versions/OpenedCodeVersion.h"
#include "app/decode/RoutineCodeDecoder.h"

bool HistoryVersion::hasLines() const
{
    switch (kind) {
    case DecodedCode::Kind::JavaScript:
    case DecodedCode::Kind::TypeScript:
    case DecodedCode::Kind::Json:
    case DecodedCode::Kind::Html:
    case DecodedCode::Kind::Xml:
    case DecodedCode::Kind::Text:
        return !bytes.contains('\0');
    case DecodedCode::Kind::WebAssembly:
    case DecodedCode::Kind::Bundle:
    case DecodedCode::Kind::Binary:
    case DecodedCode::Kind::StorageError:
    case DecodedCode::Kind::Empty:
        break;
    }
    return false;
}

HistoryVersion HistoryVersion::fromOpened(const OpenedCodeVersion &opened)
{
    HistoryVersion v;
    v.codeVersion = opened.codeVersion;
    v.description = opened.description;
    v.createTime = opened.createTime.toUTC();
    v.requestId = opened.requestId;
    v.kind = opened.code.kind;
    v.bytes = opened.code.bytes;
    v.storageErrorCode = opened.code.storageErrorCode;
    v.storageErrorMessage = opened.code.storageErrorMessage;
    return v;
}

HistoryVersion HistoryVersion::fileOf(const HistoryVersion &version, const QString &path)
{
    if (version.isStorageError())
        return version;
    HistoryVersion f = version;
    f.kind = DecodedCode::Kind::Empty;
    f.bytes.clear();
    if (version.kind != DecodedCode::Kind::Bundle) {
        if (path == QLatin1String("routine/index.js"))
            return version;
        return f;
    }
    const CodeBundle::Read read = CodeBundle::fromZip(version.bytes);
    if (const CodeBundle::File *file = read.ok() ? read.bundle.file(path) : nullptr) {
        f.bytes = file->bytes;
        f.kind = RoutineCodeDecoder::fromBytes(file->bytes).kind;
    }
    return f;
}
