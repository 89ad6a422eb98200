// ESA's rule language (app/rules): the examples of the facts and the vendor's operator pages,
// esa-cli 1.0.3's host/path patterns byte for byte, round trips, evaluation and errors.
#include "app/rules/Rule.h"
#include "app/rules/RoutePattern.h"
#include "app/rules/RulePrinter.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QTest>

using namespace rules;

namespace {

Rule parsed(const QString &text)
{
    RuleError error;
    const Rule rule = Rule::parse(text, &error);
    if (rule.isNull())
        qWarning("%s: %s", qPrintable(text), qPrintable(error.describe()));
    return rule;
}

RuleRequest at(const QString &url, const QString &method = QStringLiteral("GET"))
{
    return RuleRequest::fromUrl(QUrl(url), method);
}

} // namespace

Q_DECLARE_METATYPE(rules::Outcome)

class TestRuleLanguage : public QObject
{
    Q_OBJECT

private slots:
    void canonicalExamples_data();
    void canonicalExamples();
    void respelledRules_data();
    void respelledRules();
    void esaCliPatterns_data();
    void esaCliPatterns();
    void readableForm_data();
    void readableForm();
    void patternProblems();
    void evaluation_data();
    void evaluation();
    void requestFromUrl();
    void errors_data();
    void errors();
    void errorDescribesColumn();
    void nestingAndSizeLimits();
    void precedenceShapesTheTree();
    void parallelEvaluation();
};

// Rules already in canonical spelling: parse, print the same bytes, parse to the same tree.
void TestRuleLanguage::canonicalExamples_data()
{
    QTest::addColumn<QString>("text");
    // The facts (esa-functions-pages.md, "Where a routine runs").
    QTest::newRow("facts: host eq and path prefix")
            << QStringLiteral(R"((http.host eq "a.com" and starts_with(http.request.uri.path, "/api/")))");
    QTest::newRow("facts: host suffix and path eq")
            << QStringLiteral(R"((ends_with(http.host, ".example.com") and http.request.uri.path eq "/"))");
    // The vendor's "Operators and grouping symbols" page.
    QTest::newRow("eq") << QStringLiteral(R"((http.host eq "www.example.com"))");
    QTest::newRow("ne") << QStringLiteral(R"((http.host ne "www.example.com"))");
    QTest::newRow("contains") << QStringLiteral(R"((http.host contains "example.com"))");
    QTest::newRow("not contains") << QStringLiteral(R"((not http.host contains "example.com"))");
    QTest::newRow("matches") << QStringLiteral(R"((http.host matches "(www|blog)\.example\.com"))");
    QTest::newRow("not matches") << QStringLiteral(R"((not http.host matches "(www|blog)\.example\.com"))");
    QTest::newRow("in") << QStringLiteral(R"((http.host in {"www.example-1.com" "www.example-2.com"}))");
    QTest::newRow("not in") << QStringLiteral(R"((not http.host in {"www.example-1.com" "www.example-2.com"}))");
    // The vendor's "Functions" page.
    QTest::newRow("ends_with function") << QStringLiteral(R"((ends_with(http.request.uri.path, ".html")))");
    // Shapes the printer must keep.
    QTest::newRow("or under and") << QStringLiteral(
            R"(((http.host eq "a.com" or http.host eq "b.com") and starts_with(http.request.uri.path, "/x")))");
    QTest::newRow("and under or") << QStringLiteral(
            R"((http.host eq "a.com" and http.request.method eq "GET" or http.host eq "b.com"))");
    QTest::newRow("right-nested and") << QStringLiteral(
            R"((http.host eq "a" and (http.host eq "b" and http.host eq "c")))");
    QTest::newRow("not of a group") << QStringLiteral(
            R"((not (http.host eq "a" or http.request.uri.query contains "debug")))");
    QTest::newRow("escapes") << QStringLiteral(R"((http.request.uri eq "/a\"b\\c"))");
    QTest::newRow("lower") << QStringLiteral(R"((lower(http.request.uri.path) eq "/api"))");
    QTest::newRow("every field") << QStringLiteral(
            R"((http.request.full_uri contains "x" or http.request.scheme eq "http" or http.cookie contains "s" )"
            R"(or http.referer eq "r" or http.user_agent contains "bot"))");
    QTest::newRow("empty string") << QStringLiteral(R"((ends_with(http.host, "") and http.request.uri.path eq "/"))");
    QTest::newRow("non-ascii") << QString::fromUtf8("(http.request.uri.path eq \"/café/日本\")");
}

void TestRuleLanguage::canonicalExamples()
{
    QFETCH(QString, text);
    const Rule rule = parsed(text);
    QVERIFY(!rule.isNull());
    QCOMPARE(rule.text(), text);
    QVERIFY(Rule::parse(rule.text()) == rule);
}

// Other spellings of a rule: the same tree, printed canonically.
void TestRuleLanguage::respelledRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("functions page: == and lower()") << QStringLiteral(R"(lower(http.host)=="www.example.com")")
                                                    << QStringLiteral(R"((lower(http.host) eq "www.example.com"))");
    QTest::newRow("no outer parentheses") << QStringLiteral(R"(http.host eq "a.com")")
                                          << QStringLiteral(R"((http.host eq "a.com"))");
    QTest::newRow("redundant parentheses") << QStringLiteral(R"(((((http.host eq "a.com")))))")
                                           << QStringLiteral(R"((http.host eq "a.com"))");
    QTest::newRow("vendor's spacing") << QStringLiteral(R"(( ends_with( http.request.uri.path ,".html" ) ))")
                                      << QStringLiteral(R"((ends_with(http.request.uri.path, ".html")))");
    QTest::newRow("symbols") << QStringLiteral(R"(!(http.host != "a") && http.host == "b" || http.host == "c")")
                             << QStringLiteral(R"((not http.host ne "a" and http.host eq "b" or http.host eq "c"))");
    QTest::newRow("left-nested and loses its parentheses")
            << QStringLiteral(R"(((http.host eq "a" and http.host eq "b") and http.host eq "c"))")
            << QStringLiteral(R"((http.host eq "a" and http.host eq "b" and http.host eq "c"))");
    QTest::newRow("newlines and tabs") << QStringLiteral("(http.host eq \"a\"\n\tand\r\nhttp.host ne \"b\")")
                                       << QStringLiteral(R"((http.host eq "a" and http.host ne "b"))");
}

void TestRuleLanguage::respelledRules()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Rule rule = parsed(text);
    QVERIFY(!rule.isNull());
    QCOMPARE(rule.text(), canonical);
    QVERIFY(Rule::parse(canonical) == rule);
}

// Expected strings from esa-cli 1.0.3 itself: node ran dist/commands/route/helper.js's
// transferRouteToRuleString and transferRuleStringToRoute on each pattern.
void TestRuleLanguage::esaCliPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cliListed"); // what `esa-cli route list` shows for the rule
    QTest::newRow("host/path*")
            << "shop.example.com/api/*"
            << R"((http.host eq "shop.example.com" and starts_with(http.request.uri.path, "/api/")))"
            << "shop.example.com/api/*";
    QTest::newRow("host alone") << "shop.example.com"
                                << R"((http.host eq "shop.example.com" and http.request.uri.path eq "/"))"
                                << "shop.example.com/";
    QTest::newRow("host/") << "shop.example.com/"
                           << R"((http.host eq "shop.example.com" and http.request.uri.path eq "/"))"
                           << "shop.example.com/";
    QTest::newRow("host/*") << "shop.example.com/*"
                            << R"((http.host eq "shop.example.com" and starts_with(http.request.uri.path, "/")))"
                            << "shop.example.com/*";
    QTest::newRow("*.host/*") << "*.example.com/*"
                              << R"((ends_with(http.host, ".example.com") and starts_with(http.request.uri.path, "/")))"
                              << "*.example.com/*";
    QTest::newRow("*.host") << "*.example.com"
                            << R"((ends_with(http.host, ".example.com") and http.request.uri.path eq "/"))"
                            << "*.example.com/";
    QTest::newRow("*host/path") << "*example.com/api"
                                << R"((ends_with(http.host, "example.com") and http.request.uri.path eq "/api"))"
                                << "*example.com/api";
    QTest::newRow("path with trailing /") << "a.com/api/"
                                          << R"((http.host eq "a.com" and http.request.uri.path eq "/api/"))"
                                          << "a.com/api/";
    QTest::newRow("every * of a *host goes, one * of a path")
            << "*.a*.com/x/**"
            << R"((ends_with(http.host, ".a.com") and starts_with(http.request.uri.path, "/x/*")))"
            << "*.a.com/x/**";
    QTest::newRow("inner * kept") << "a*.com/x*y"
                                  << R"((http.host eq "a*.com" and http.request.uri.path eq "/x*y"))"
                                  << "a*.com/x*y";
    QTest::newRow("*/*") << "*/*"
                         << R"((ends_with(http.host, "") and starts_with(http.request.uri.path, "/")))" << "";
    QTest::newRow("*") << "*" << R"((ends_with(http.host, "") and http.request.uri.path eq "/"))" << "";
    QTest::newRow("no host") << "/api/*"
                             << R"((http.host eq "" and starts_with(http.request.uri.path, "/api/")))" << "";
    QTest::newRow("* inside the path") << "a.com/*/b"
                                       << R"((http.host eq "a.com" and http.request.uri.path eq "/*/b"))"
                                       << "a.com/*/b";
    QTest::newRow("case kept") << "A.Example.COM/Path*"
                               << R"((http.host eq "A.Example.COM" and starts_with(http.request.uri.path, "/Path")))"
                               << "A.Example.COM/Path*";
    QTest::newRow("quote not escaped") << "a.com/p\"q"
                                       << R"((http.host eq "a.com" and http.request.uri.path eq "/p"q"))"
                                       << "a.com/p";
    QTest::newRow("empty") << "" << "" << "";
}

void TestRuleLanguage::esaCliPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, rule);
    QFETCH(QString, cliListed);
    QCOMPARE(RoutePattern::toRule(pattern), rule);
    const Rule parsedRule = Rule::parse(rule);
    if (pattern.contains(u'"') || pattern.isEmpty()) {
        QVERIFY(parsedRule.isNull()); // esa-cli does not escape; such a rule is not valid
        return;
    }
    QVERIFY(!parsedRule.isNull());
    QCOMPARE(parsedRule.text(), rule); // esa-cli's bytes are the canonical spelling
    // Where esa-cli's list shows a pattern, ours is the same; where it shows nothing (an empty
    // host), ours still reads the pattern back.
    if (!cliListed.isEmpty())
        QCOMPARE(parsedRule.pattern(), cliListed);
    QCOMPARE(RoutePattern::toRule(parsedRule.pattern()), rule);
}

void TestRuleLanguage::readableForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("readable");
    QTest::newRow("esa-cli rule") << R"((http.host eq "shop.example.com" and starts_with(http.request.uri.path, "/api/")))"
                                  << "shop.example.com/api/*";
    QTest::newRow("console spacing") << R"(( ends_with( http.host ,".example.com" ) and http.request.uri.path=="/" ))"
                                     << "*.example.com/";
    QTest::newRow("host only") << R"((http.host eq "a.com"))" << R"((http.host eq "a.com"))";
    QTest::newRow("path first") << R"((starts_with(http.request.uri.path, "/api/") and http.host eq "a.com"))"
                                << R"((starts_with(http.request.uri.path, "/api/") and http.host eq "a.com"))";
    QTest::newRow("host with *") << R"((ends_with(http.host, ".a*.com") and http.request.uri.path eq "/"))"
                                 << R"((ends_with(http.host, ".a*.com") and http.request.uri.path eq "/"))";
    QTest::newRow("host eq with leading *") << R"((http.host eq "*a.com" and http.request.uri.path eq "/"))"
                                            << R"((http.host eq "*a.com" and http.request.uri.path eq "/"))";
    QTest::newRow("exact path ending in *") << R"((http.host eq "a.com" and http.request.uri.path eq "/x*"))"
                                            << R"((http.host eq "a.com" and http.request.uri.path eq "/x*"))";
    QTest::newRow("path without /") << R"((http.host eq "a.com" and http.request.uri.path eq "x"))"
                                    << R"((http.host eq "a.com" and http.request.uri.path eq "x"))";
    QTest::newRow("host with /") << R"((http.host eq "a.com/b" and http.request.uri.path eq "/"))"
                                 << R"((http.host eq "a.com/b" and http.request.uri.path eq "/"))";
    QTest::newRow("lowered") << R"((lower(http.host) eq "a.com" and http.request.uri.path eq "/"))"
                             << R"((lower(http.host) eq "a.com" and http.request.uri.path eq "/"))";
    QTest::newRow("or") << R"((http.host eq "a.com" or http.request.uri.path eq "/"))"
                        << R"((http.host eq "a.com" or http.request.uri.path eq "/"))";
}

void TestRuleLanguage::readableForm()
{
    QFETCH(QString, text);
    QFETCH(QString, readable);
    const Rule rule = parsed(text);
    QVERIFY(!rule.isNull());
    QCOMPARE(rule.readable(), readable);
}

void TestRuleLanguage::patternProblems()
{
    QVERIFY(RoutePattern::problem(QStringLiteral("shop.example.com/api/*")).isNull());
    QVERIFY(RoutePattern::problem(QStringLiteral("*.example.com")).isNull());
    const RuleError empty = RoutePattern::problem(QString());
    QCOMPARE(empty.offset, 0);
    QVERIFY(!empty.message.isEmpty());
    QCOMPARE(RoutePattern::problem(QStringLiteral("a.com/p\"q")).offset, 7);
    QCOMPARE(RoutePattern::problem(QStringLiteral("a.com/a b")).offset, 7);
    QCOMPARE(RoutePattern::problem(QStringLiteral("a.com\\x")).offset, 5);
    const RuleError url = RoutePattern::problem(QStringLiteral("https://shop.example.com/api/*"));
    QCOMPARE(url.offset, 5);
    QVERIFY(url.message.contains(QStringLiteral("scheme")));
    RuleError error;
    const Rule rule = Rule::fromPattern(QStringLiteral("*.example.com/shop/*"), &error);
    QVERIFY(error.isNull());
    QCOMPARE(rule.readable(), QStringLiteral("*.example.com/shop/*"));
    QVERIFY(Rule::fromPattern(QStringLiteral("a.com/\"x"), &error).isNull());
    QCOMPARE(error.offset, 6);
}

void TestRuleLanguage::evaluation_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Outcome>("outcome");
    const QString apiOnShop = QStringLiteral(R"((http.host eq "shop.example.com" and starts_with(http.request.uri.path, "/api/")))");
    QTest::newRow("host exact, path prefix") << apiOnShop << "https://shop.example.com/api/cart" << Outcome::Match;
    QTest::newRow("path prefix is not the directory") << apiOnShop << "https://shop.example.com/api" << Outcome::NoMatch;
    QTest::newRow("other host") << apiOnShop << "https://www.example.com/api/cart" << Outcome::NoMatch;
    QTest::newRow("host case-insensitive") << apiOnShop << "https://SHOP.Example.com/api/x" << Outcome::Match;
    QTest::newRow("host value case-insensitive") << R"((http.host eq "Shop.EXAMPLE.com"))"
                                                 << "https://shop.example.com/" << Outcome::Match;
    QTest::newRow("path case-sensitive") << apiOnShop << "https://shop.example.com/API/cart" << Outcome::NoMatch;
    QTest::newRow("query is not the path") << apiOnShop << "https://shop.example.com/x?/api/" << Outcome::NoMatch;
    const QString anySub = QStringLiteral(R"((ends_with(http.host, ".example.com") and http.request.uri.path eq "/"))");
    QTest::newRow("suffix") << anySub << "http://a.b.example.com/" << Outcome::Match;
    QTest::newRow("suffix needs the dot") << anySub << "http://example.com/" << Outcome::NoMatch;
    QTest::newRow("no path is /") << anySub << "http://a.example.com" << Outcome::Match;
    QTest::newRow("path eq exact") << anySub << "http://a.example.com/index.html" << Outcome::NoMatch;
    const QString set = QStringLiteral(R"((http.host in {"a.com" "b.com"}))");
    QTest::newRow("in: first") << set << "https://a.com/" << Outcome::Match;
    QTest::newRow("in: second, other case") << set << "https://B.com/" << Outcome::Match;
    QTest::newRow("in: none") << set << "https://c.com/" << Outcome::NoMatch;
    QTest::newRow("not in") << R"((not http.host in {"a.com" "b.com"}))" << "https://c.com/" << Outcome::Match;
    // "and" binds tighter than "or": a or (b and c).
    const QString precedence = QStringLiteral(R"((http.host eq "a.com" or http.host eq "b.com" and http.request.uri.path eq "/x"))");
    QTest::newRow("precedence: a alone") << precedence << "https://a.com/y" << Outcome::Match;
    QTest::newRow("precedence: b needs /x") << precedence << "https://b.com/y" << Outcome::NoMatch;
    QTest::newRow("precedence: b and /x") << precedence << "https://b.com/x" << Outcome::Match;
    const QString grouped = QStringLiteral(R"(((http.host eq "a.com" or http.host eq "b.com") and http.request.uri.path eq "/x"))");
    QTest::newRow("grouped: a needs /x") << grouped << "https://a.com/y" << Outcome::NoMatch;
    QTest::newRow("not binds tight") << R"((not http.host eq "a.com" and http.request.uri.path eq "/"))"
                                     << "https://b.com/" << Outcome::Match;
    QTest::newRow("contains") << R"((http.request.uri.query contains "debug=1"))" << "https://a.com/?x=2&debug=1"
                              << Outcome::Match;
    QTest::newRow("matches, host ignores case") << R"((http.host matches "^(www|blog)\.example\.com$"))"
                                                << "https://BLOG.example.com/" << Outcome::Match;
    QTest::newRow("matches searches") << R"R((http.request.uri.path matches "\.(png|jpg)"))R"
                                      << "https://a.com/img/x.png?v=1" << Outcome::Match;
    QTest::newRow("matches, path keeps case") << R"((http.request.uri.path matches "\.PNG"))"
                                              << "https://a.com/x.png" << Outcome::NoMatch;
    QTest::newRow("lower()") << R"((lower(http.request.uri.path) eq "/api"))" << "https://a.com/API" << Outcome::Match;
    QTest::newRow("uri has the query") << R"((http.request.uri eq "/a?b=1"))" << "https://a.com/a?b=1" << Outcome::Match;
    QTest::newRow("full uri") << R"((http.request.full_uri eq "https://a.com:8443/a?b=1"))"
                              << "https://a.com:8443/a?b=1" << Outcome::Match;
    QTest::newRow("full uri drops the default port") << R"((starts_with(http.request.full_uri, "https://a.com/")))"
                                                     << "https://a.com:443/a" << Outcome::Match;
    QTest::newRow("scheme") << R"((http.request.scheme eq "http"))" << "HTTP://a.com/" << Outcome::Match;
    QTest::newRow("method") << R"((http.request.method eq "GET"))" << "https://a.com/" << Outcome::Match;
    QTest::newRow("percent-encoding kept") << R"((http.request.uri.path eq "/caf%C3%A9"))"
                                           << QString::fromUtf8("https://a.com/café") << Outcome::Match;
    // Fields a URL does not give: three-valued logic.
    const QString withCookie = QStringLiteral(R"((http.host eq "a.com" and http.cookie contains "beta=1"))");
    QTest::newRow("unknown field: undecided") << withCookie << "https://a.com/" << Outcome::Unknown;
    QTest::newRow("unknown field: decided by host") << withCookie << "https://b.com/" << Outcome::NoMatch;
    QTest::newRow("unknown or match") << R"((http.user_agent contains "bot" or http.host eq "a.com"))"
                                      << "https://a.com/" << Outcome::Match;
    QTest::newRow("not unknown") << R"((not http.referer eq "x"))" << "https://a.com/" << Outcome::Unknown;
    QTest::newRow("ends_with empty matches all") << R"((ends_with(http.host, "")))" << "https://z.org/" << Outcome::Match;
}

void TestRuleLanguage::evaluation()
{
    QFETCH(QString, rule);
    QFETCH(QString, url);
    QFETCH(Outcome, outcome);
    const Rule r = parsed(rule);
    QVERIFY(!r.isNull());
    QCOMPARE(r.evaluate(at(url)), outcome);
    // The canonical text evaluates the same.
    QCOMPARE(Rule::parse(r.text()).evaluate(at(url)), outcome);
}

void TestRuleLanguage::requestFromUrl()
{
    const RuleRequest r = at(QStringLiteral("https://Shop.Example.com:8443/api/cart?id=7&x=%20"), QStringLiteral("POST"));
    QCOMPARE(r.host, QStringLiteral("shop.example.com"));
    QCOMPARE(r.path, QStringLiteral("/api/cart"));
    QCOMPARE(r.query, QStringLiteral("id=7&x=%20"));
    QCOMPARE(r.uri(), QStringLiteral("/api/cart?id=7&x=%20"));
    QCOMPARE(r.fullUri(), QStringLiteral("https://shop.example.com:8443/api/cart?id=7&x=%20"));
    QCOMPARE(r.value(Field::Method), std::optional<QString>(QStringLiteral("POST")));
    QVERIFY(!r.value(Field::Cookie).has_value());
    QCOMPARE(at(QStringLiteral("http://a.com")).fullUri(), QStringLiteral("http://a.com/"));
}

void TestRuleLanguage::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << "" << 0 << "empty";
    QTest::newRow("blank") << "   " << 0 << "empty";
    QTest::newRow("unknown field") << R"((http.hots eq "a.com"))" << 1 << "Unknown field “http.hots”";
    QTest::newRow("unknown field in a call") << R"((starts_with(http.path, "/")))" << 13 << "Unknown field “http.path”";
    QTest::newRow("unknown function") << R"((regex_replace(http.host, "a", "b") eq "x"))" << 1
                                      << "Unknown function “regex_replace”";
    QTest::newRow("unknown operator") << R"((http.host gt "a"))" << 11 << "Unknown operator “gt”";
    QTest::newRow("upper-case keyword") << R"((http.host EQ "a"))" << 11 << "Unknown operator “EQ”";
    QTest::newRow("missing value") << R"((http.host eq))" << 13 << "Expected a quoted string";
    QTest::newRow("unquoted value") << R"((http.host eq a.com))" << 14 << "Expected a quoted string";
    QTest::newRow("unterminated string") << R"((http.host eq "a.com))" << 14 << "no closing quote";
    QTest::newRow("missing )") << R"((http.host eq "a")" << 17 << "“)” of the “(” at column 1";
    QTest::newRow("stray )") << R"((http.host eq "a")))" << 18 << "Expected “and”, “or” or the end of the rule, found “)”";
    QTest::newRow("no and at top level") << R"(http.host eq "a" http.host eq "b")" << 17
                                         << "Expected “and”, “or” or the end of the rule, found “http.host”";
    QTest::newRow("dangling and") << R"((http.host eq "a" and))" << 21 << "Expected a field";
    QTest::newRow("two conditions, no and") << R"((http.host eq "a" http.host eq "b"))" << 18
                                            << "Expected “and”, “or” or the “)” of the “(” at column 1, found “http.host”";
    QTest::newRow("bad escape") << R"((http.host eq "a\.com"))" << 16 << "Unknown escape";
    QTest::newRow("bad regex") << R"((http.host matches "(ab"))" << 23 << "Invalid regular expression";
    QTest::newRow("named list") << R"((ip.src in $blocked))" << 1 << "Unknown field “ip.src”";
    QTest::newRow("dollar") << R"((http.host in $blocked))" << 14 << "Named lists";
    QTest::newRow("empty set") << R"((http.host in {}))" << 15 << "Expected a quoted string";
    QTest::newRow("in without braces") << R"((http.host in "a"))" << 14 << "Expected “{”";
    QTest::newRow("literal as source") << R"((ends_with("foo.html", ".html")))" << 11 << "must be a field";
    QTest::newRow("call without comma") << R"((starts_with(http.host "a")))" << 23 << "Expected “,”";
    QTest::newRow("unexpected character") << R"((http.host eq "a" ; http.host eq "b"))" << 18
                                          << "Unexpected character “;”";
    QTest::newRow("control character shown by code") << QStringLiteral("(http.host eq \"a\" \x01)") << 18
                                                     << "Unexpected character “U+0001”";
    QTest::newRow("map field") << R"((http.request.headers["x"] eq "y"))" << 1 << "Unknown field";
    QTest::newRow("lower of a string") << R"((lower("A") eq "a"))" << 7 << "Expected a field";
    QTest::newRow("non-ascii column") << QString::fromUtf8("(http.host eq \"日本\" and x eq \"a\")") << 23
                                      << "Unknown field “x”";
}

void TestRuleLanguage::errors()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QString, messagePart);
    RuleError error;
    QVERIFY(Rule::parse(text, &error).isNull());
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.offset, offset);
}

void TestRuleLanguage::errorDescribesColumn()
{
    RuleError error;
    Rule::parse(QStringLiteral(R"((http.hots eq "a.com"))"), &error);
    QCOMPARE(error.describe(), QStringLiteral("Column 2: Unknown field “http.hots”"));
    QVERIFY(RuleError().describe().isEmpty());
}

void TestRuleLanguage::nestingAndSizeLimits()
{
    const QString leaf = QStringLiteral(R"(http.host eq "a")");
    QString nested = leaf;
    for (int i = 0; i < RuleParser::MaxNesting - 1; ++i)
        nested = u'(' + nested + u')';
    QVERIFY(!Rule::parse(nested).isNull());
    RuleError error;
    QVERIFY(Rule::parse(QString(10000, u'(') + leaf, &error).isNull());
    QVERIFY(error.message.contains(QStringLiteral("nested too deeply")));
    QVERIFY(Rule::parse(QStringLiteral("not ").repeated(10000) + leaf, &error).isNull());
    QVERIFY(error.message.contains(QStringLiteral("nested too deeply")));
    // The limit is on the canonical text, so whatever is accepted reads back (fuzz_rules found
    // 31 "!"s that parsed but whose reprint, in its outer parentheses, did not).
    const Rule deepest = Rule::parse(QStringLiteral("not ").repeated(RuleParser::MaxNesting - 2) + leaf);
    QVERIFY(!deepest.isNull());
    QCOMPARE(printedNesting(deepest.root()), RuleParser::MaxNesting);
    QVERIFY(Rule::parse(deepest.text()) == deepest);
    QVERIFY(Rule::parse(QStringLiteral("!").repeated(RuleParser::MaxNesting - 1) + leaf, &error).isNull());
    QCOMPARE(error.offset, 0);
    // Redundant parentheses do not count, needed ones do: "not (a or not (a or …))" nests two
    // per level.
    QVERIFY(!Rule::parse(QStringLiteral("not (not (").repeated(10) + leaf + QString(20, u')')).isNull());
    const auto notOr = [&leaf](int levels) {
        return QStringLiteral("not (%1 or ").arg(leaf).repeated(levels) + leaf + QString(levels, u')');
    };
    QVERIFY(!Rule::parse(notOr(15)).isNull());
    QVERIFY(Rule::parse(notOr(16), &error).isNull());
    QVERIFY(error.message.contains(QStringLiteral("nested too deeply")));

    QStringList many(RuleParser::MaxConditions, leaf);
    QVERIFY(!Rule::parse(many.join(QStringLiteral(" and "))).isNull());
    many.append(leaf);
    QVERIFY(Rule::parse(many.join(QStringLiteral(" or ")), &error).isNull());
    QVERIFY(error.message.contains(QStringLiteral("more than")));
}

void TestRuleLanguage::precedenceShapesTheTree()
{
    const Rule rule = parsed(QStringLiteral(R"(http.host eq "a" or http.host eq "b" and not http.host eq "c")"));
    QVERIFY(!rule.isNull());
    const RuleNodePtr &root = rule.root();
    QCOMPARE(root->kind, RuleNode::Kind::Or);
    QCOMPARE(root->right->kind, RuleNode::Kind::And);
    QCOMPARE(root->right->right->kind, RuleNode::Kind::Not);
    QCOMPARE(root->right->right->left->values, QStringList{QStringLiteral("c")});
    // Left-associative: a and b and c is (a and b) and c.
    const Rule chain = parsed(QStringLiteral(R"(http.host eq "a" and http.host eq "b" and http.host eq "c")"));
    QCOMPARE(chain.root()->left->kind, RuleNode::Kind::And);
    QCOMPARE(chain.root()->right->kind, RuleNode::Kind::Compare);
    QVERIFY(chain != parsed(QStringLiteral(R"(http.host eq "a" and (http.host eq "b" and http.host eq "c"))")));
}

// One parsed rule shared by many threads: the tree is read-only and regexes are compiled per call.
void TestRuleLanguage::parallelEvaluation()
{
    const Rule rule = parsed(QStringLiteral(
            R"((http.host matches "^shop\." and starts_with(http.request.uri.path, "/api/")) or http.host in {"b.com"})"));
    QVERIFY(!rule.isNull());
    QList<int> indexes;
    for (int i = 0; i < 2000; ++i)
        indexes.append(i);
    const QList<int> matched = QtConcurrent::blockingMapped(indexes, [rule](int i) {
        const QString url = i % 2 ? QStringLiteral("https://shop.a.com/api/%1").arg(i)
                                  : QStringLiteral("https://c.com/api/%1").arg(i);
        return rule.matches(at(url)) ? 1 : 0;
    });
    int count = 0;
    for (int m : matched)
        count += m;
    QCOMPARE(count, 1000);
}

QTEST_GUILESS_MAIN(TestRuleLanguage)
#include "tst_rulelanguage.moc"
