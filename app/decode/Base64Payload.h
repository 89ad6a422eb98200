// The bytes inside a RoutineCode, the first stage of RoutineCodeDecoder: base64 exactly as the API
// sent it (possibly wrapped, unpadded, over-padded or broken) decoded, with what was odd about it,
// or why it cannot be decoded and where.
//
// Decisions (the decoder tests pin them down):
// - The standard alphabet only. '-' and '_' (URL-safe) are invalid characters: the API documents
//   standard base64, and accepting a second alphabet would hide a corrupted payload.
// - Whitespace (space, \t \n \v \f \r) anywhere is ignored. Missing '=' (MissingPadding), more '='
//   than the last group needs (ExcessPadding) and a lone final character, which cannot hold a byte
//   and is ignored (TruncatedQuantum), are warnings. The unused low bits of the last character are
//   ignored, as most decoders do.
// - Anything else is an error that names the first invalid character and its offset in the input:
//   as itself when printable, as a code point when it is a control or non-ASCII character, as a
//   byte when the input is not UTF-8 there. '=' followed by more data is invalid at the first '='.
//
// One pass, table-driven, four characters at a time while they are all alphabet: it validates and
// decodes at once. Not QByteArray::fromBase64Encoding on a fast path: on 8 MiB payloads Qt's strict
// decoder measured 2.6x (JavaScript) to 12x (random bytes) slower than this pass, and a refused
// input then needs this scan anyway for the character, the offset and the warnings.
#pragma once

#include "app/decode/DecodedCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class Base64Payload
{
    // The messages keep the translation context they had before the decoder was split in stages.
    Q_DECLARE_TR_FUNCTIONS(RoutineCodeDecoder)

public:
    static Base64Payload decode(const QByteArray &base64);

    bool ok() const { return error.isEmpty(); }

    QByteArray bytes;                     // empty when decoding failed
    QList<DecodedCode::Warning> warnings; // base64 warnings; InvalidCharacters with `error`
    QString error;                        // translated; names the character and its offset
    qsizetype errorOffset = -1;           // in the input, of the first invalid character
};
