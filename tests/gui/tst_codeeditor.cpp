// CodeEditor::showUtf8Code against showCode: given the same text as UTF-8 bytes or as a QString,
// two editors end up alike in everything a reader of the view sees or uses: the text, its length
// in bytes, the lines and their lengths, positions, find, highlight-all, the lexer and whether it
// was dropped for size (the limit counted in characters either way), read-only, no undo history,
// not modified, the line-number margin, the cursor at the top; textChanged() and linesChanged()
// are emitted. Also after another text was shown. (With accessibility active showUtf8Code() takes
// the QString way with the text decoded as below, keeping a BOM; offscreen it cannot be active.)
#include "ui/code/CodeEditor.h"

#include <QStringDecoder>
#include <QSignalSpy>
#include <QTest>

namespace {

// The text of `bytes` as the editor shows them: a leading BOM is a character like any other.
QString decoded(const QByteArray &bytes)
{
    return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(bytes);
}

QByteArray repeated(const QByteArray &piece, qsizetype times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private slots:
    void sameAsText_data();
    void sameAsText();
    void lexerLimitCountsCharacters_data();
    void lexerLimitCountsCharacters();

private:
    void compareEditors(CodeEditor &text, CodeEditor &utf8, const QByteArray &bytes);
};

void TestCodeEditor::sameAsText_data()
{
    QTest::addColumn<QByteArray>("before"); // shown first, in both editors
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("lexer");
    QTest::addColumn<QString>("pattern");

    const QByteArray js = "export default {\n  async fetch(request) {\n    return new Response('hi');\n  },\n};\n";
    QTest::newRow("empty") << QByteArray() << QByteArray() << QStringLiteral("javascript") << QStringLiteral("x");
    QTest::newRow("one character") << QByteArray() << QByteArray("a") << QString() << QStringLiteral("a");
    QTest::newRow("JavaScript") << QByteArray() << js << QStringLiteral("javascript") << QStringLiteral("re");
    QTest::newRow("JavaScript after another text") << repeated("// a longer text before\n", 500) << js
                                                   << QStringLiteral("javascript") << QStringLiteral("Response");
    QTest::newRow("empty after another text") << js << QByteArray() << QStringLiteral("javascript") << QStringLiteral("e");
    QTest::newRow("no newline at the end") << QByteArray() << QByteArray("line 1\nline 2") << QString() << QStringLiteral("line");
    QTest::newRow("CRLF") << QByteArray() << QByteArray("a\r\nb\r\n\r\nc") << QString() << QStringLiteral("b");
    QTest::newRow("lone CR") << QByteArray() << QByteArray("a\rb\rc\n") << QString() << QStringLiteral("c");
    QTest::newRow("tabs and blank lines") << QByteArray() << QByteArray("\tx\n\n\n\t\ty\n") << QString() << QStringLiteral("y");
    QTest::newRow("two- and three-byte characters") << QByteArray() << QByteArray("const 名前 = 'café';\n// 上线 \"v3\"\n")
                                                    << QStringLiteral("javascript") << QStringLiteral("é");
    QTest::newRow("outside the BMP") << QByteArray() << QByteArray("a😀b\n😀😀\nc") << QString() << QStringLiteral("😀");
    QTest::newRow("a leading BOM") << QByteArray() << QByteArray("\xEF\xBB\xBFlet a = 1;\n") << QStringLiteral("javascript")
                                   << QStringLiteral("a");
    QTest::newRow("JSON") << QByteArray() << QByteArray("{\"a\": [1, 2, {\"b\": \"ü\"}]}\n") << QStringLiteral("json") << QStringLiteral("b");
    QTest::newRow("many lines") << QByteArray() << repeated("let x = 1; // ünïcödé\n", 20000) << QStringLiteral("javascript")
                                << QStringLiteral("ö");
    QTest::newRow("larger than the lexer takes") << QByteArray() << repeated("var a = 'b';\n", CodeEditor::LexerLimitBytes / 13 + 1)
                                                 << QStringLiteral("javascript") << QStringLiteral("a");
}

void TestCodeEditor::compareEditors(CodeEditor &text, CodeEditor &utf8, const QByteArray &bytes)
{
    QCOMPARE(utf8.text(), text.text());
    // What Scintilla holds is the bytes, in both.
    const auto held = [](CodeEditor &e) {
        const char *p = reinterpret_cast<const char *>(e.SendScintillaPtrResult(QsciScintilla::SCI_GETCHARACTERPOINTER));
        return QByteArray(p, qsizetype(e.SendScintilla(QsciScintilla::SCI_GETLENGTH)));
    };
    QCOMPARE(held(utf8), bytes);
    QCOMPARE(held(text), bytes);
    QCOMPARE(utf8.SendScintilla(QsciScintilla::SCI_GETLENGTH), long(bytes.size()));
    QCOMPARE(utf8.SendScintilla(QsciScintilla::SCI_GETLENGTH), text.SendScintilla(QsciScintilla::SCI_GETLENGTH));
    QCOMPARE(utf8.lines(), text.lines());
    for (int line = 0; line < utf8.lines(); line += 1 + utf8.lines() / 64) {
        QCOMPARE(utf8.lineLength(line), text.lineLength(line));
        QCOMPARE(utf8.positionFromLineIndex(line, 0), text.positionFromLineIndex(line, 0));
    }
    int lastLine = 0, lastIndex = 0, textLine = 0, textIndex = 0;
    utf8.lineIndexFromPosition(int(bytes.size()), &lastLine, &lastIndex);
    text.lineIndexFromPosition(int(bytes.size()), &textLine, &textIndex);
    QCOMPARE(lastLine, textLine);
    QCOMPARE(lastIndex, textIndex);
    QCOMPARE(utf8.lexerName(), text.lexerName());
    QCOMPARE(utf8.lexer() != nullptr, text.lexer() != nullptr);
    QVERIFY(utf8.isReadOnly());
    QCOMPARE(utf8.isReadOnly(), text.isReadOnly());
    QVERIFY(!utf8.isUndoAvailable());
    QCOMPARE(utf8.isUndoAvailable(), text.isUndoAvailable());
    QVERIFY(!utf8.isModified());
    QCOMPARE(utf8.isModified(), text.isModified());
    QCOMPARE(utf8.SendScintilla(QsciScintilla::SCI_GETMARGINWIDTHN, 0UL), text.SendScintilla(QsciScintilla::SCI_GETMARGINWIDTHN, 0UL));
    int line = -1, index = -1;
    utf8.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QCOMPARE(index, 0);
    QCOMPARE(utf8.firstVisibleLine(), 0);
    // Typing is refused as before: the text stays read-only.
    QTest::keyClicks(&utf8, QStringLiteral("zz"));
    QCOMPARE(utf8.SendScintilla(QsciScintilla::SCI_GETLENGTH), long(bytes.size()));
}

void TestCodeEditor::sameAsText()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, lexer);
    QFETCH(QString, pattern);

    CodeEditor text, utf8;
    if (!before.isEmpty()) {
        text.showCode(decoded(before), lexer);
        utf8.showUtf8Code(before, lexer);
    }
    QSignalSpy textChanged(&utf8, &QsciScintilla::textChanged);
    QSignalSpy linesChanged(&utf8, &QsciScintilla::linesChanged);
    const bool highlightedAsText = text.showCode(decoded(bytes), lexer);
    const bool highlighted = utf8.showUtf8Code(bytes, lexer);
    QCOMPARE(highlighted, highlightedAsText);
    QCOMPARE(highlighted, decoded(bytes).size() <= CodeEditor::LexerLimitBytes);
    QCOMPARE(textChanged.count(), 1);
    QCOMPARE(linesChanged.count(), 1);
    compareEditors(text, utf8, bytes);

    // Find and highlight-all see the same text at the same places.
    QCOMPARE(utf8.highlightAll(pattern, false, true), text.highlightAll(pattern, false, true));
    const bool found = text.findNextMatch(pattern, false, true, true);
    QCOMPARE(utf8.findNextMatch(pattern, false, true, true), found);
    QCOMPARE(found, decoded(bytes).contains(pattern));
    if (found) {
        int a[4], b[4];
        text.getSelection(&a[0], &a[1], &a[2], &a[3]);
        utf8.getSelection(&b[0], &b[1], &b[2], &b[3]);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(b[i], a[i]);
        QCOMPARE(utf8.selectedText(), pattern);
    }
}

void TestCodeEditor::lexerLimitCountsCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("highlighted");

    // Four bytes and two UTF-16 units a character: the limit is on the units, as for a QString.
    const qsizetype half = CodeEditor::LexerLimitBytes / 2;
    QTest::newRow("outside the BMP, at the limit") << repeated("😀", half) << true;
    QTest::newRow("outside the BMP, just over it") << repeated("😀", half) + "x" << false;
    // Three bytes and one unit a character: more bytes than the limit, fewer characters.
    QTest::newRow("CJK, more bytes than the limit") << repeated("名", CodeEditor::LexerLimitBytes / 2) << true;
}

void TestCodeEditor::lexerLimitCountsCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, highlighted);
    CodeEditor text, utf8;
    QCOMPARE(text.showCode(decoded(bytes), QStringLiteral("javascript")), highlighted);
    QCOMPARE(utf8.showUtf8Code(bytes, QStringLiteral("javascript")), highlighted);
    QCOMPARE(utf8.lexerName(), highlighted ? QStringLiteral("javascript") : QString());
    QCOMPARE(utf8.SendScintilla(QsciScintilla::SCI_GETLENGTH), long(bytes.size()));
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
