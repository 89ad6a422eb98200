// The bytes of a code version as text, the second stage of RoutineCodeDecoder: which encoding they
// are in, the text they hold, and what was odd about it, or that they are not text at all.
//
// Decisions (the decoder tests pin them down):
// - Text is UTF-8 (a byte order mark is stripped: BomStripped) or UTF-16 with a byte order mark
//   (Utf16); anything else is not text (NotUtf8, InvalidUtf16), nor is text that would hold NUL
//   characters (ContainsNul): such bytes are shown as a hex dump.
// - A character cut off at the very end is a warning (TruncatedCharacter), shown as U+FFFD, not a
//   reason to call the bytes binary. A UTF-16 byte order mark is never stripped twice: a second
//   U+FEFF is content.
#pragma once

#include "app/decode/DecodedCode.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct CodeText
{
    QString text;                          // BOM stripped; empty when !isText
    bool isText = false;
    bool exactUtf8 = false;                // text is the bytes read as UTF-8: no BOM dropped, nothing cut off
    QList<DecodedCode::Warning> warnings;  // in the order DecodedCode::warnings lists them

    static CodeText fromBytes(const QByteArray &bytes);
    // A byte order mark and nothing else: text, although the text is empty.
    static bool isBareBom(const QByteArray &bytes);
};
