#include "app/history/HistoryVersion.h"

#include "app/versions/OpenedCodeVersion.h"

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
