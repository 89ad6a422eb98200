#include "ui/code/CodeEditor.h"

#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerxml.h>
#include <Qsci/qscilexeryaml.h>

#include <QAccessible>
#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStringDecoder>

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setObjectName(QStringLiteral("codeEditor"));
    setReadOnly(true);
    setUtf8(true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setCaretLineVisible(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setWrapMode(QsciScintilla::WrapNone);
    setTabWidth(4);
    setIndentationGuides(true);
    // Style only what is shown, so an 8 MiB file opens without lexing it whole first.
    SendScintilla(SCI_SETIDLESTYLING, SC_IDLESTYLING_TOVISIBLE);
    SendScintilla(SCI_INDICSETSTYLE, m_findIndicator, INDIC_ROUNDBOX);
    SendScintilla(SCI_INDICSETALPHA, m_findIndicator, 90);
    SendScintilla(SCI_INDICSETUNDER, m_findIndicator, true);
    setDark(QApplication::palette().color(QPalette::Window).lightness() < 128);
}

QsciLexer *CodeEditor::makeLexer(const QString &name)
{
    if (name == QLatin1String("javascript"))
        return new QsciLexerJavaScript(this);
    if (name == QLatin1String("json"))
        return new QsciLexerJSON(this);
    if (name == QLatin1String("html"))
        return new QsciLexerHTML(this);
    if (name == QLatin1String("xml"))
        return new QsciLexerXML(this);
    // A bundle's other files (BundleFileContent::lexerForPath).
    if (name == QLatin1String("css"))
        return new QsciLexerCSS(this);
    if (name == QLatin1String("markdown"))
        return new QsciLexerMarkdown(this);
    if (name == QLatin1String("yaml"))
        return new QsciLexerYAML(this);
    return nullptr;
}

bool CodeEditor::showCode(const QString &text, const QString &lexerName)
{
    const bool highlighted = prepareFor(text.size(), lexerName);
    setText(text);
    showFromTop();
    return highlighted;
}

namespace {

// How many UTF-16 units the valid UTF-8 `utf8` makes: what QString::size() would say.
qsizetype utf16Length(const QByteArray &utf8)
{
    qsizetype n = 0;
    for (const char c : utf8) {
        const uchar u = uchar(c);
        n += (u & 0xC0) != 0x80; // each character starts once
        n += u >= 0xF0;          // and one outside the BMP takes two units
    }
    return n;
}

} // namespace

bool CodeEditor::showUtf8Code(const QByteArray &utf8, const QString &lexerName)
{
    // With assistive technology listening, QScintilla's own way: it tells it what was inserted.
    // The decoder keeps a leading BOM, as Scintilla does when given the bytes.
    if (QAccessible::isActive())
        return showCode(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(utf8), lexerName);
    const bool highlighted = prepareFor(utf16Length(utf8), lexerName);
    setUtf8Text(utf8);
    showFromTop();
    return highlighted;
}

// The lexer for a text of `textLength` characters: none when it is too large to highlight.
bool CodeEditor::prepareFor(qsizetype textLength, const QString &lexerName)
{
    const bool tooLarge = textLength > LexerLimitBytes;
    QsciLexer *old = lexer();
    m_lexerName = tooLarge ? QString() : lexerName;
    setLexer(makeLexer(m_lexerName));
    delete old;
    applyColours();
    clearHighlights();
    return !tooLarge;
}

// What setText() does, from UTF-8 the caller has, without its three copies of the text:
// setText() converts it to UTF-8 (room for three bytes a character), Scintilla keeps an undo
// copy of what is inserted (setText() empties the undo history right after), and QScintilla's
// modification handler copies everything inserted once more and converts it back to a QString
// for accessibility, which no one is listening to here (showUtf8Code() checks). The
// notifications are held back meanwhile, so textChanged() and linesChanged() are emitted here.
void CodeEditor::setUtf8Text(const QByteArray &utf8)
{
    const bool readOnly = isReadOnly();
    setReadOnly(false);
    const long events = SendScintilla(SCI_GETMODEVENTMASK);
    const long undo = SendScintilla(SCI_GETUNDOCOLLECTION);
    SendScintilla(SCI_SETMODEVENTMASK, 0UL);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0UL);
    SendScintilla(SCI_SETTEXT, utf8.constData());
    SendScintilla(SCI_SETUNDOCOLLECTION, static_cast<unsigned long>(undo));
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    SendScintilla(SCI_SETMODEVENTMASK, static_cast<unsigned long>(events));
    setReadOnly(readOnly);
    emit textChanged();
    emit linesChanged();
}

void CodeEditor::showFromTop()
{
    // A text just shown is not modified (setText() leaves QScintilla saying it is).
    setModified(false);
    // Wide enough for the last line number.
    setMarginWidth(0, QStringLiteral("0%1").arg(lines()));
    setCursorPosition(0, 0);
    setFirstVisibleLine(0);
}

void CodeEditor::setDark(bool dark)
{
    m_dark = dark;
    applyColours();
    emit coloursChanged();
}

void CodeEditor::applyColours()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor paper = m_dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
    const QColor ink = m_dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x23, 0x28);
    setFont(mono);
    setPaper(paper);
    setColor(ink);
    setMarginsBackgroundColor(m_dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf3, 0xf4, 0xf6));
    setMarginsForegroundColor(m_dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x6e, 0x77, 0x81));
    setCaretLineBackgroundColor(m_dark ? QColor(0x2c, 0x31, 0x3a) : QColor(0xf0, 0xf6, 0xff));
    setCaretForegroundColor(ink);
    setFoldMarginColors(m_dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf3, 0xf4, 0xf6), m_dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf3, 0xf4, 0xf6));
    setMatchedBraceBackgroundColor(m_dark ? QColor(0x3b, 0x51, 0x4d) : QColor(0xd7, 0xf0, 0xe3));
    SendScintilla(SCI_INDICSETFORE, m_findIndicator, m_dark ? QColor(0xc8, 0x9b, 0x2c) : QColor(0xff, 0xd3, 0x3d));
    if (QsciLexer *l = lexer()) {
        l->setDefaultFont(mono);
        l->setFont(mono, -1);
        l->setDefaultPaper(paper);
        l->setPaper(paper, -1);
        l->setDefaultColor(ink);
        if (m_dark) {
            // The lexers' built-in colours assume white paper; recolour the styles that matter.
            for (int style = 0; style < 128; ++style) {
                const QColor c = l->color(style);
                // Black (operators, identifiers) cannot be lightened: it becomes the ink.
                if (c.lightness() < 40)
                    l->setColor(ink, style);
                else if (c.lightness() < 110)
                    l->setColor(c.lighter(260), style);
            }
            l->setColor(ink, 0);
        }
    }
}

void CodeEditor::clearHighlights()
{
    SendScintilla(SCI_SETINDICATORCURRENT, m_findIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, SendScintilla(SCI_GETLENGTH));
}

long CodeEditor::searchFlags(bool regularExpression, bool caseSensitive) const
{
    long flags = 0;
    if (regularExpression)
        flags |= SCFIND_REGEXP | SCFIND_CXX11REGEX;
    if (caseSensitive)
        flags |= SCFIND_MATCHCASE;
    return flags;
}

int CodeEditor::highlightAll(const QString &pattern, bool regularExpression, bool caseSensitive)
{
    clearHighlights();
    if (pattern.isEmpty())
        return 0;
    const QByteArray needle = pattern.toUtf8();
    const long length = SendScintilla(SCI_GETLENGTH);
    SendScintilla(SCI_SETSEARCHFLAGS, searchFlags(regularExpression, caseSensitive));
    SendScintilla(SCI_SETINDICATORCURRENT, m_findIndicator);
    long from = 0;
    int count = 0;
    while (from < length && count < MaxHighlights) {
        SendScintilla(SCI_SETTARGETSTART, from);
        SendScintilla(SCI_SETTARGETEND, length);
        const long found = SendScintilla(SCI_SEARCHINTARGET, needle.size(), needle.constData());
        if (found < 0)
            break;
        const long end = SendScintilla(SCI_GETTARGETEND);
        if (end <= found) { // an empty match: step over it
            from = found + 1;
            continue;
        }
        SendScintilla(SCI_INDICATORFILLRANGE, found, end - found);
        ++count;
        from = end;
    }
    return count;
}

bool CodeEditor::findNextMatch(const QString &pattern, bool regularExpression, bool caseSensitive, bool forward)
{
    if (pattern.isEmpty())
        return false;
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    if (!forward && hasSelectedText()) {
        int lf, if_, lt, it;
        getSelection(&lf, &if_, &lt, &it);
        line = lf;
        index = if_;
    }
    // wrap = true: after the last match comes the first.
    return findFirst(pattern, regularExpression, caseSensitive, false, true, forward, line, index, true, false, regularExpression);
}

void CodeEditor::goToLine(int line)
{
    const int target = qBound(1, line, qMax(1, lines())) - 1;
    setCursorPosition(target, 0);
    ensureLineVisible(target);
    SendScintilla(SCI_SCROLLCARET);
    // Put the line a few rows from the top, not on the bottom edge.
    setFirstVisibleLine(qMax(0, target - 3));
}
