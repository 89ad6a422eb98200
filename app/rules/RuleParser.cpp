#include "app/rules/RuleParser.h"

#include "app/rules/RulePrinter.h"

#include <QList>
#include <QRegularExpression>

namespace rules {

QString RuleError::describe() const
{
    if (isNull())
        return QString();
    return RuleParser::tr("Column %1: %2").arg(offset + 1).arg(message);
}

namespace {

struct Token
{
    enum class Kind { Ident, String, LParen, RParen, LBrace, RBrace, Comma, EqEq, NotEq, AndAnd, OrOr, Bang, End, Bad };
    Kind kind = Kind::End;
    int offset = 0;
    QString text;          // Ident: the name; String: the raw text between the quotes; Bad: why
    QString decoded;       // String: with \" and \\ resolved
    int badEscape = -1;    // String: offset of an unknown escape, if any
};

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9') || c == u'.';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Splits rule text into tokens. At the first character that starts none it ends the list with a
// Bad token, so the parser reports problems in the order they appear in the text.
class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    QList<Token> run();

private:
    bool fail(int offset, const QString &message)
    {
        m_bad.kind = Token::Kind::Bad;
        m_bad.offset = offset;
        m_bad.text = message;
        return false;
    }
    bool lexString(Token *token);
    bool lexPunctuation(Token *token);

    const QString &m_text;
    int m_pos = 0;
    Token m_bad;
};

QList<Token> Lexer::run()
{
    QList<Token> tokens;
    const int n = int(m_text.size());
    while (true) {
        while (m_pos < n && isSpace(m_text[m_pos]))
            ++m_pos;
        Token token;
        token.offset = m_pos;
        if (m_pos >= n) {
            tokens.append(token);
            return tokens;
        }
        const QChar c = m_text[m_pos];
        if (isIdentStart(c)) {
            const int start = m_pos;
            while (m_pos < n && isIdentPart(m_text[m_pos]))
                ++m_pos;
            token.kind = Token::Kind::Ident;
            token.text = m_text.mid(start, m_pos - start);
        } else if ((c == u'"' && !lexString(&token)) || (c != u'"' && !lexPunctuation(&token))) {
            tokens.append(m_bad);
            return tokens;
        }
        tokens.append(token);
    }
}

bool Lexer::lexString(Token *token)
{
    const int open = m_pos++;
    const int n = int(m_text.size());
    token->kind = Token::Kind::String;
    while (m_pos < n && m_text[m_pos] != u'"') {
        const QChar c = m_text[m_pos];
        if (c == u'\\') {
            if (m_pos + 1 >= n)
                break;
            const QChar next = m_text[m_pos + 1];
            if (next == u'"' || next == u'\\')
                token->decoded += next;
            else if (token->badEscape < 0)
                token->badEscape = m_pos;
            m_pos += 2;
            continue;
        }
        token->decoded += c;
        ++m_pos;
    }
    if (m_pos >= n)
        return fail(open, RuleParser::tr("This string has no closing quote"));
    token->text = m_text.mid(open + 1, m_pos - open - 1);
    ++m_pos;
    return true;
}

bool Lexer::lexPunctuation(Token *token)
{
    using K = Token::Kind;
    const QChar c = m_text[m_pos];
    const QChar next = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : QChar();
    struct Two { char16_t a, b; K kind; };
    static constexpr Two pairs[] = {{u'=', u'=', K::EqEq}, {u'!', u'=', K::NotEq},
                                    {u'&', u'&', K::AndAnd}, {u'|', u'|', K::OrOr}};
    for (const Two &p : pairs) {
        if (c == p.a && next == p.b) {
            token->kind = p.kind;
            m_pos += 2;
            return true;
        }
    }
    struct One { char16_t c; K kind; };
    static constexpr One singles[] = {{u'(', K::LParen}, {u')', K::RParen}, {u'{', K::LBrace},
                                      {u'}', K::RBrace}, {u',', K::Comma}, {u'!', K::Bang}};
    for (const One &s : singles) {
        if (c == s.c) {
            token->kind = s.kind;
            ++m_pos;
            return true;
        }
    }
    if (c == u'$')
        return fail(m_pos, RuleParser::tr("Named lists ($…) are not supported"));
    const QString shownChar = c.isPrint() && !c.isSurrogate()
            ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return fail(m_pos, RuleParser::tr("Unexpected character “%1”").arg(shownChar));
}

// Recursive descent over the tokens, one member per rule of the grammar in RuleParser.h.
class Parser
{
public:
    Parser(const QList<Token> &tokens, RuleError *error) : m_tokens(tokens), m_error(error) {}

    RuleNodePtr parseRule();

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    // The last token (End or Bad) is never passed.
    const Token &take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool isWord(const char *word) const
    {
        return peek().kind == Token::Kind::Ident && peek().text == QLatin1String(word);
    }
    // The first problem wins; at a character the lexer could not read, that is the problem.
    RuleNodePtr fail(int offset, const QString &message)
    {
        if (m_error->isNull()) {
            const bool bad = peek().kind == Token::Kind::Bad;
            m_error->offset = bad ? peek().offset : offset;
            m_error->message = bad ? peek().text : message;
        }
        return nullptr;
    }
    static QString shown(const Token &token);

    RuleNodePtr parseOr();
    RuleNodePtr parseAnd();
    RuleNodePtr parseUnary();
    RuleNodePtr parseGroup();
    RuleNodePtr parseCall(Operator op);
    RuleNodePtr parseComparison();
    bool parseOperand(Operand *operand);
    bool parseField(Field *field);
    bool parseString(bool raw, QString *value);
    bool parseSet(QStringList *values);
    bool expect(Token::Kind kind, const QString &what);
    RuleNodePtr condition(Operand operand, Operator op, QStringList values);

    const QList<Token> &m_tokens;
    RuleError *m_error;
    int m_pos = 0;
    int m_nesting = 0;
    int m_conditions = 0;
};

QString Parser::shown(const Token &token)
{
    using K = Token::Kind;
    switch (token.kind) {
    case K::End: return RuleParser::tr("the end of the rule");
    case K::String: return QStringLiteral("\"%1\"").arg(token.text.left(40));
    case K::Ident: return QStringLiteral("“%1”").arg(token.text.left(40));
    default: break;
    }
    struct Symbol { K kind; const char *text; };
    static constexpr Symbol symbols[] = {{K::LParen, "("}, {K::RParen, ")"}, {K::LBrace, "{"}, {K::RBrace, "}"},
                                         {K::Comma, ","}, {K::EqEq, "=="}, {K::NotEq, "!="}, {K::AndAnd, "&&"},
                                         {K::OrOr, "||"}, {K::Bang, "!"}};
    for (const Symbol &s : symbols) {
        if (s.kind == token.kind)
            return QStringLiteral("“%1”").arg(QLatin1String(s.text));
    }
    return QString();
}

RuleNodePtr Parser::parseRule()
{
    RuleNodePtr root = parseOr();
    if (root && peek().kind != Token::Kind::End) {
        const Token &t = peek();
        return fail(t.offset, RuleParser::tr("Expected “and”, “or” or the end of the rule, found %1").arg(shown(t)));
    }
    return root;
}

RuleNodePtr Parser::parseOr()
{
    RuleNodePtr left = parseAnd();
    while (left && (isWord("or") || peek().kind == Token::Kind::OrOr)) {
        take();
        RuleNodePtr right = parseAnd();
        if (!right)
            return nullptr;
        left = RuleNode::binary(RuleNode::Kind::Or, left, right);
    }
    return left;
}

RuleNodePtr Parser::parseAnd()
{
    RuleNodePtr left = parseUnary();
    while (left && (isWord("and") || peek().kind == Token::Kind::AndAnd)) {
        take();
        RuleNodePtr right = parseUnary();
        if (!right)
            return nullptr;
        left = RuleNode::binary(RuleNode::Kind::And, left, right);
    }
    return left;
}

RuleNodePtr Parser::parseUnary()
{
    if (++m_nesting > 2 * RuleParser::MaxNesting)
        return fail(peek().offset, RuleParser::tr("The rule is nested too deeply"));
    RuleNodePtr node;
    if (isWord("not") || peek().kind == Token::Kind::Bang) {
        take();
        node = parseUnary();
        if (node)
            node = RuleNode::negation(node);
    } else if (peek().kind == Token::Kind::LParen) {
        node = parseGroup();
    } else if (isWord("starts_with") || isWord("ends_with")) {
        node = parseCall(isWord("starts_with") ? Operator::StartsWith : Operator::EndsWith);
    } else {
        node = parseComparison();
    }
    --m_nesting;
    return node;
}

RuleNodePtr Parser::parseGroup()
{
    const int open = take().offset;
    RuleNodePtr inner = parseOr();
    if (!inner)
        return nullptr;
    if (peek().kind != Token::Kind::RParen) {
        return fail(peek().offset, RuleParser::tr("Expected “and”, “or” or the “)” of the “(” at column %1, found %2")
                                           .arg(open + 1).arg(shown(peek())));
    }
    take();
    return inner;
}

RuleNodePtr Parser::parseCall(Operator op)
{
    const QString name = take().text;
    if (!expect(Token::Kind::LParen, QStringLiteral("(")))
        return nullptr;
    if (peek().kind == Token::Kind::String)
        return fail(peek().offset, RuleParser::tr("The first argument of %1 must be a field").arg(name));
    Operand operand;
    QString value;
    if (!parseOperand(&operand) || !expect(Token::Kind::Comma, QStringLiteral(",")) || !parseString(false, &value)
            || !expect(Token::Kind::RParen, QStringLiteral(")")))
        return nullptr;
    return condition(operand, op, {value});
}

RuleNodePtr Parser::parseComparison()
{
    Operand operand;
    if (!parseOperand(&operand))
        return nullptr;
    const Token &t = peek();
    struct Word { const char *word; Operator op; };
    static constexpr Word words[] = {{"eq", Operator::Eq}, {"ne", Operator::Ne}, {"contains", Operator::Contains},
                                     {"matches", Operator::Matches}, {"in", Operator::In}};
    Operator op = Operator::Eq;
    bool known = t.kind == Token::Kind::EqEq || t.kind == Token::Kind::NotEq;
    if (t.kind == Token::Kind::NotEq)
        op = Operator::Ne;
    for (const Word &w : words) {
        if (t.kind == Token::Kind::Ident && t.text == QLatin1String(w.word)) {
            op = w.op;
            known = true;
        }
    }
    if (!known) {
        const QString message = t.kind == Token::Kind::Ident
                ? RuleParser::tr("Unknown operator %1").arg(shown(t))
                : RuleParser::tr("Expected an operator (eq, ne, contains, matches, in), found %1").arg(shown(t));
        return fail(t.offset, message);
    }
    take();
    QStringList values;
    if (op == Operator::In) {
        if (!parseSet(&values))
            return nullptr;
    } else {
        QString value;
        if (!parseString(op == Operator::Matches, &value))
            return nullptr;
        values.append(value);
    }
    return condition(operand, op, values);
}

RuleNodePtr Parser::condition(Operand operand, Operator op, QStringList values)
{
    if (++m_conditions > RuleParser::MaxConditions)
        return fail(peek().offset, RuleParser::tr("The rule has more than %1 conditions").arg(RuleParser::MaxConditions));
    return RuleNode::compare(operand, op, std::move(values));
}

bool Parser::parseOperand(Operand *operand)
{
    if (isWord("lower")) {
        take();
        operand->lowered = true;
        return expect(Token::Kind::LParen, QStringLiteral("(")) && parseField(&operand->field)
                && expect(Token::Kind::RParen, QStringLiteral(")"));
    }
    return parseField(&operand->field);
}

bool Parser::parseField(Field *field)
{
    const Token &t = peek();
    if (t.kind != Token::Kind::Ident) {
        fail(t.offset, RuleParser::tr("Expected a field such as http.host, found %1").arg(shown(t)));
        return false;
    }
    const bool call = m_pos + 1 < m_tokens.size() && m_tokens[m_pos + 1].kind == Token::Kind::LParen;
    if (call) {
        fail(t.offset, RuleParser::tr("Unknown function %1").arg(shown(t)));
        return false;
    }
    if (!fieldFromName(t.text, field)) {
        fail(t.offset, RuleParser::tr("Unknown field %1").arg(shown(t)));
        return false;
    }
    take();
    return true;
}

bool Parser::parseString(bool raw, QString *value)
{
    const Token &t = peek();
    if (t.kind != Token::Kind::String) {
        fail(t.offset, RuleParser::tr("Expected a quoted string, found %1").arg(shown(t)));
        return false;
    }
    if (raw) {
        QRegularExpression re(t.text);
        if (!re.isValid()) {
            fail(t.offset + 1 + qMax(0, int(re.patternErrorOffset())),
                 RuleParser::tr("Invalid regular expression: %1").arg(re.errorString()));
            return false;
        }
        *value = t.text;
    } else if (t.badEscape >= 0) {
        fail(t.badEscape, RuleParser::tr("Unknown escape in a string: only \\\" and \\\\ are allowed"));
        return false;
    } else {
        *value = t.decoded;
    }
    take();
    return true;
}

bool Parser::parseSet(QStringList *values)
{
    if (!expect(Token::Kind::LBrace, QStringLiteral("{")))
        return false;
    do {
        QString value;
        if (!parseString(false, &value))
            return false;
        values->append(value);
    } while (peek().kind != Token::Kind::RBrace);
    take();
    return true;
}

bool Parser::expect(Token::Kind kind, const QString &what)
{
    if (peek().kind == kind) {
        take();
        return true;
    }
    fail(peek().offset, RuleParser::tr("Expected “%1”, found %2").arg(what, shown(peek())));
    return false;
}

} // namespace

ParsedRule RuleParser::parse(const QString &text)
{
    ParsedRule parsed;
    const QList<Token> tokens = Lexer(text).run();
    if (tokens.size() == 1 && tokens.first().kind == Token::Kind::End) {
        parsed.error.offset = 0;
        parsed.error.message = tr("The rule is empty");
        return parsed;
    }
    Parser parser(tokens, &parsed.error);
    parsed.root = parser.parseRule();
    if (parsed.root && printedNesting(parsed.root) > MaxNesting) {
        parsed.root.reset();
        parsed.error.offset = 0;
        parsed.error.message = tr("The rule is nested too deeply");
    }
    if (!parsed.root && parsed.error.isNull()) {
        parsed.error.offset = 0;
        parsed.error.message = tr("This is not a rule");
    }
    return parsed;
}

} // namespace rules
