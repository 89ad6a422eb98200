// libFuzzer target: ESA's rule language (app/rules). The input is read twice, as rule text and
// as an esa-cli host/path pattern.
// Invariants:
// - a refused rule has an error with a message and an offset inside the text;
// - an accepted rule prints canonical text that parses to the same tree and prints the same again;
//   evaluating the rule and its reprint gives the same answer for every request tried, and
//   "not (rule)" gives the negated answer;
// - a rule's esa-cli pattern, when it has one, gives back the same tree through toRule;
// - a pattern without a problem gives a rule, whose own pattern gives the very same rule text.
#include "FuzzCommon.h"

#include "app/rules/Rule.h"
#include "app/rules/RoutePattern.h"

using namespace rules;

namespace {

void collectValues(const RuleNodePtr &node, QStringList *values)
{
    if (!node || values->size() >= 4)
        return;
    if (node->kind == RuleNode::Kind::Compare) {
        *values += node->values.mid(0, 2);
        return;
    }
    collectValues(node->left, values);
    collectValues(node->right, values);
}

// Requests that reach the rule's own values (so eq, prefixes and the like can match), and a few
// ordinary ones.
QList<RuleRequest> requestsFor(const Rule &rule)
{
    QList<RuleRequest> requests;
    requests.append(RuleRequest::fromUrl(QUrl(QStringLiteral("https://shop.example.com/api/cart?id=1"))));
    requests.append(RuleRequest::fromUrl(QUrl(QStringLiteral("http://a.com")), QStringLiteral("POST")));
    QStringList values;
    collectValues(rule.root(), &values);
    for (const QString &v : values) {
        RuleRequest r;
        r.host = v.toLower();
        r.path = v;
        r.query = v;
        r.method = v;
        requests.append(r);
    }
    return requests;
}

Outcome negated(Outcome o)
{
    return o == Outcome::Match ? Outcome::NoMatch : o == Outcome::NoMatch ? Outcome::Match : Outcome::Unknown;
}

void checkEvaluation(const Rule &rule, const Rule &reparsed)
{
    const Rule negation = Rule::parse(QStringLiteral("not ") + rule.text()); // may hit the nesting limit
    for (const RuleRequest &request : requestsFor(rule)) {
        const Outcome outcome = rule.evaluate(request);
        FUZZ_CHECK(reparsed.evaluate(request) == outcome, "reprint evaluates differently: %s",
                   qPrintable(rule.text()));
        if (!negation.isNull())
            FUZZ_CHECK(negation.evaluate(request) == negated(outcome), "not does not negate: %s", qPrintable(rule.text()));
    }
}

void checkRule(const QString &text)
{
    RuleError error;
    const Rule rule = Rule::parse(text, &error);
    if (rule.isNull()) {
        FUZZ_CHECK(!error.message.isEmpty() && error.offset >= 0 && error.offset <= text.size(),
                   "bad error: offset %d of %d, message '%s'", error.offset, int(text.size()), qPrintable(error.message));
        return;
    }
    FUZZ_CHECK(error.isNull(), "a parsed rule with an error: %s", qPrintable(error.message));
    const QString canonical = rule.text();
    RuleError again;
    const Rule reparsed = Rule::parse(canonical, &again);
    FUZZ_CHECK(!reparsed.isNull(), "canonical text does not parse: %s -- %s", qPrintable(canonical),
               qPrintable(again.describe()));
    FUZZ_CHECK(reparsed == rule, "canonical text parses to another tree: %s", qPrintable(canonical));
    FUZZ_CHECK(reparsed.text() == canonical, "canonical text is not stable: %s", qPrintable(canonical));
    const QString pattern = rule.pattern();
    if (!pattern.isEmpty())
        FUZZ_CHECK(Rule::parse(RoutePattern::toRule(pattern)) == rule, "pattern %s is not the rule", qPrintable(pattern));
    FUZZ_CHECK(!rule.readable().isEmpty(), "no readable form");
    checkEvaluation(rule, reparsed);
}

void checkPattern(const QString &pattern)
{
    const QString ruleText = RoutePattern::toRule(pattern);
    FUZZ_CHECK(ruleText.isEmpty() == pattern.isEmpty(), "toRule empty for a non-empty pattern");
    RuleError error;
    const Rule rule = Rule::fromPattern(pattern, &error);
    if (rule.isNull()) {
        FUZZ_CHECK(!error.isNull() && error.offset >= 0 && error.offset <= pattern.size(), "bad pattern error");
        return;
    }
    FUZZ_CHECK(rule.text() == ruleText, "esa-cli's rule is not canonical: %s", qPrintable(ruleText));
    const QString back = rule.pattern();
    FUZZ_CHECK(!back.isEmpty(), "no pattern for %s", qPrintable(ruleText));
    FUZZ_CHECK(RoutePattern::toRule(back) == ruleText, "pattern %s gives another rule than %s", qPrintable(back),
               qPrintable(pattern));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    checkRule(text);
    checkPattern(text);
    return 0;
}
