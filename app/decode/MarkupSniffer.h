// Tells what text starting with '<' is: an OSS/S3 error document stored in place of the code
// (StorageError, with its Code and Message), an HTML page, other XML, or not markup after all; and
// whether the markup visibly stops mid-way.
//
// Decisions (the decoder tests pin them down):
// - The root element decides, after the prolog (XML declaration, processing instructions,
//   comments, doctype): <Error> (case-sensitive) is a StorageError; <!DOCTYPE html> (any case) or a
//   root with an HTML name (html, body, div, p, a, script, …, any case) is Html; others are Xml. A
//   prolog with no root after it is Xml. A cut-off root tag still counts by the name it has so far.
// - EndsMidStructure: the markup ends inside a tag, comment, CDATA section, processing instruction
//   or declaration; for HTML also inside a script/style/textarea element (end tags may legally be
//   left out, so nesting is not checked); for XML also with an element left open.
// - Storage error fields: the text of the first <Code> and <Message> after the root, up to the next
//   tag or the end of a cut-off document; the five XML entities and character references decoded,
//   other '&' kept as they are, whitespace trimmed, at most 4096 characters each.
//
// Hand-written rather than QXmlStreamReader: these are lenient readings of pages that are often
// not XML at all (HTML syntax) or cut off, where QXmlStreamReader stops at the first error; each
// decision in MarkupSniffer.cpp says which case it keeps. QMimeDatabase is not asked either: its
// magic rules decide differently, and it reads the system MIME database (I/O and process-wide
// state) while the decoder must stay pure.
#pragma once

#include "app/decode/DecodedCode.h"

#include <QString>
#include <QStringView>

#include <optional>

class MarkupSniffer
{
public:
    struct Markup
    {
        DecodedCode::Kind kind = DecodedCode::Kind::Xml; // StorageError, Html or Xml
        bool endsOpen = false;                           // EndsMidStructure
        QString storageErrorCode;                        // for StorageError only
        QString storageErrorMessage;
    };

    // `start` is the index of the first non-blank character, a '<'. Nothing when the text is not
    // markup after all ("< not a tag").
    static std::optional<Markup> sniff(QStringView text, qsizetype start);
};
