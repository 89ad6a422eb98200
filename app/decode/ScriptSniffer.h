// Tells whether text is a JavaScript or TypeScript module, which of the two, and whether the
// script stops mid-way. No library tells JavaScript from TypeScript, so this is a tokenizer-level
// scan that knows strings, template literals, comments and regular expressions, and a regular
// expression for TypeScript-only syntax over the code with those collapsed.
//
// Decisions (the decoder tests pin them down):
// - A script: a leading comment, hashbang or "use strict", or a first statement that starts like
//   a module (export/import/function/const/let/var/async/class/addEventListener/require/…, or
//   the TypeScript-only interface/enum/namespace/type/declare/abstract); or "export default" /
//   addEventListener('fetch' anywhere. Prose that starts with such a word ("export the report")
//   is not a script.
// - TypeScript: a script in whose code (strings and comments skipped, first 256 KiB only) some
//   TypeScript-only syntax appears: interface X {, type X =, enum X {, as const, import type,
//   declare, access modifiers, implements, abstract class, namespace X {, or a type annotation on a
//   variable, a first parameter, or a return value.
// - Ends open: an unclosed bracket, string, template literal or block comment at the end; brackets
//   in strings, comments and regular expressions do not count, a stray closer is a mistake rather
//   than a cut-off, and a regular expression open at the end is taken for a misread division.
// - Linear time on any input: nesting deeper than 2^20 is counted, not remembered, and every
//   repetition in the TypeScript expression is bounded.
#pragma once

#include <QStringView>

class ScriptSniffer
{
public:
    // `start` is the index of the first non-blank character.
    static bool isScript(QStringView text, qsizetype start);
    static bool isTypeScript(QStringView script);
    static bool endsOpen(QStringView script);
};
