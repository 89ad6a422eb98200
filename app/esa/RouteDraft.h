// The route editor's input, checked as it is typed: either an esa-cli host/path pattern
// ("shop.example.com/api/*", turned into the rule esa-cli writes, byte for byte) or a raw rule in
// ESA's rule language (anything that starts with '(' or names a field: "http.", "starts_with(",
// "ends_with(", "not "). The answer is the rule text to send, its readable form, or why not.
#pragma once

#include <QCoreApplication>
#include <QString>

struct RouteDraft
{
    Q_DECLARE_TR_FUNCTIONS(RouteDraft)

public:
    enum class Kind { Empty, Pattern, Rule };

    Kind kind = Kind::Empty;
    QString ruleText;  // what CreateRoutineRoute/UpdateRoutineRoute send as Rule; empty when invalid
    QString readable;  // the pattern when the rule is one, else the canonical rule
    QString problem;   // translated, with the column; empty when valid
    int problemOffset = -1;

    bool isValid() const { return kind != Kind::Empty && problem.isEmpty(); }
    static RouteDraft check(const QString &input);
    // Whether `input` is taken as a raw rule rather than a pattern.
    static bool looksLikeRule(const QString &input);
};
