// The read-only code editor: QScintilla with the lexer that fits the code's kind, line numbers,
// folding, current-line highlight, brace matching, wrap, zoom, colours that follow the palette,
// and "highlight all matches" for the find bar. Very large texts drop the lexer (and say so).
#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexer;

class CodeEditor : public QsciScintilla
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    static constexpr qsizetype LexerLimitBytes = 4 * 1024 * 1024;

    explicit CodeEditor(QWidget *parent = nullptr);

    // Sets the text with a lexer by name ("javascript", "json", "html", "xml", "css", "markdown",
    // "yaml", or "" for plain).
    // Returns false when the text is too large for highlighting and was shown plain.
    bool showCode(const QString &text, const QString &lexerName);
    // The same for a text given as UTF-8 (a code version's bytes, when they are exactly its
    // text): the editor takes the bytes as they are, without the copies setText() makes.
    bool showUtf8Code(const QByteArray &utf8, const QString &lexerName);
    QString lexerName() const { return m_lexerName; }

    // Marks every match; returns how many (capped at MaxHighlights).
    int highlightAll(const QString &pattern, bool regularExpression, bool caseSensitive);
    void clearHighlights();
    // Moves the selection to the next/previous match after/before the cursor; false if none.
    bool findNextMatch(const QString &pattern, bool regularExpression, bool caseSensitive, bool forward);
    void goToLine(int line); // 1-based
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    static constexpr int MaxHighlights = 10000;

signals:
    // The theme changed: what paints on the editor (the annotation margin) follows.
    void coloursChanged();

private:
    void applyColours();
    bool prepareFor(qsizetype textLength, const QString &lexerName);
    void setUtf8Text(const QByteArray &utf8);
    void showFromTop();
    QsciLexer *makeLexer(const QString &name);
    long searchFlags(bool regularExpression, bool caseSensitive) const;

    QString m_lexerName;
    bool m_dark = false;
    int m_findIndicator = 8;
};
