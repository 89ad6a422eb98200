// Reads ESA's rule language (the `Rule` of a route, a cache rule, …) into a RuleNode tree.
//
// Grammar (keywords lower-case, whitespace between tokens free):
//   rule       := or
//   or         := and { ("or" | "||") and }
//   and        := unary { ("and" | "&&") unary }          -- "and" binds tighter than "or"
//   unary      := ("not" | "!") unary | "(" or ")" | call | comparison
//   call       := ("starts_with" | "ends_with") "(" operand "," string ")"
//   comparison := operand ( ("eq"|"=="|"ne"|"!="|"contains"|"matches") string
//                         | "in" "{" string { string } "}" )
//   operand    := field | "lower" "(" field ")"
//   string     := '"' … '"' with \" and \\ as the only escapes; a `matches` string is kept as
//                 written (PCRE's own backslashes stay, \" does not end it)
// Fields: see RuleAst.h. Named lists (`$name`), numbers, IP ranges and map fields such as
// http.request.headers["x"] are refused: routes do not use them and we cannot evaluate them.
//
// Errors carry the offset (UTF-16 index into the text, column = offset + 1) and a translated
// message. Pure and reentrant: parse() may run on any thread.
#pragma once

#include "app/rules/RuleAst.h"

#include <QCoreApplication>
#include <QString>

namespace rules {

struct RuleError
{
    int offset = -1;  // where the problem is; -1 when there is none
    QString message;  // translated, without the position

    bool isNull() const { return offset < 0; }
    // "Column 12: Unknown field “http.hots”" (translated).
    QString describe() const;
};

struct ParsedRule
{
    RuleNodePtr root;  // null when the text is not a rule
    RuleError error;
    bool ok() const { return root != nullptr; }
};

class RuleParser
{
    Q_DECLARE_TR_FUNCTIONS(RuleParser)

public:
    // Limits that keep hostile text from recursing deep (the service itself allows about 20
    // conditions and two levels of nesting). MaxNesting bounds the "not"s and parentheses of the
    // rule as printed canonically (so whatever is accepted reads back); the text itself may
    // carry up to twice as many, redundant parentheses included.
    static constexpr int MaxNesting = 32;
    static constexpr int MaxConditions = 256;

    static ParsedRule parse(const QString &text);
};

} // namespace rules
