#include "ui/code/AnnotationMargin.h"

#include "ui/code/CodeEditor.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QScrollBar>
#include <QToolTip>

#include <Qsci/qscistyle.h>

#include <cmath>

namespace {
QString shortDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("          ");
}
} // namespace

AnnotationMargin::AnnotationMargin(CodeEditor *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_viewport(editor->viewport())
{
    m_viewport->installEventFilter(this);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &AnnotationMargin::setTextAround);
    connect(editor, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (m_shown && margin == Margin && line >= 0 && line < m_annotation.lines.size())
            emit lineClicked(line + 1);
    });
    connect(editor, &CodeEditor::coloursChanged, this, [this] {
        if (m_shown)
            applyStyles();
    });
    connect(editor, &QsciScintillaBase::SCN_ZOOM, this, [this] {
        if (m_shown)
            applyStyles(); // the width follows the zoomed font
    });
}

void AnnotationMargin::show(const Annotation &annotation)
{
    m_annotation = annotation;
    m_shown = true;
    if (m_editor->margins() <= Margin)
        m_editor->setMargins(Margin + 1);
    m_editor->setMarginType(Margin, QsciScintilla::TextMargin);
    m_editor->setMarginSensitivity(Margin, true);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETMARGINCURSORN, Margin, QsciScintillaBase::SC_CURSORARROW);
    m_editor->clearMarginText();
    m_textSet = QBitArray(int(m_annotation.lines.size()));
    applyStyles(); // sets the text around what is on screen
}

void AnnotationMargin::clear()
{
    if (!m_shown)
        return;
    m_shown = false;
    m_annotation = {};
    m_textSet.clear();
    m_editor->clearMarginText();
    m_editor->setMarginSensitivity(Margin, false);
    m_editor->setMarginWidth(Margin, 0);
}

void AnnotationMargin::applyStyles()
{
    const bool dark = m_editor->isDark();
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_font.pointSizeF() > 7)
        m_font.setPointSizeF(m_font.pointSizeF() - 1); // a notch below the code it is about
    const QFont &font = m_font;
    const QColor ink = dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x24, 0x29, 0x2f);
    for (int i = 0; i < m_annotation.versions.size() && i < StyleCount; ++i) {
        const int hue = m_annotation.versions.at(i).hue;
        // Pale tints on white, deep ones on the dark paper: the text stays readable on every hue.
        const QColor paper = dark ? QColor::fromHsl(hue, 70, 58) : QColor::fromHsl(hue, 150, 226);
        QsciStyle(styleOf(i), QStringLiteral("annotation"), ink, paper, font).apply(m_editor);
    }
    fitWidth();
}

QFont AnnotationMargin::zoomedFont() const
{
    QFont f = m_font;
    f.setPointSizeF(qMax(2.0, m_font.pointSizeF() + double(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM))));
    return f;
}

void AnnotationMargin::fitWidth()
{
    const QFontMetricsF fm(zoomedFont(), m_editor);
    const qreal id = fm.horizontalAdvance(QStringLiteral("000000  "));
    const qreal date = fm.horizontalAdvance(QStringLiteral("0000-00-00  "));
    const qreal letter = fm.horizontalAdvance(QLatin1Char('M'));
    m_fittedFor = m_editor->width();
    const qreal room = m_fittedFor * WidthShare - letter; // a letter's space before the code
    // The summary says more than the date: the date goes first when room is short.
    m_withDate = room >= id + date + 20 * letter;
    m_summaryPx = int(qMax<qreal>(0, room - id - (m_withDate ? date : 0)));
    qreal widest = 0;
    for (const int i : m_annotation.introducingVersions())
        widest = qMax(widest, qMin<qreal>(m_summaryPx, fm.horizontalAdvance(m_annotation.versions.at(i).summary)));
    const int px = int(std::ceil(id + (m_withDate ? date : 0) + widest + letter));
    m_editor->setMarginWidth(Margin, px);
    // The text of every line is set again as it comes on screen.
    m_textSet.fill(false);
    setTextAround();
}

QString AnnotationMargin::marginText(int line) const
{
    const LineAnnotation *l = m_annotation.line(line);
    const AnnotatedVersion *v = m_annotation.versionOfLine(line);
    if (!l || !v)
        return {};
    if (!m_annotation.startsRun(line))
        return QStringLiteral(" "); // the colour says it: same version as the line above
    QString text = v->shortId + QStringLiteral("  ");
    if (m_withDate)
        text += shortDate(v->createTime) + QStringLiteral("  ");
    return text + QFontMetricsF(zoomedFont(), m_editor).elidedText(v->summary, Qt::ElideRight, m_summaryPx);
}

QString AnnotationMargin::toolTip(int line) const
{
    const LineAnnotation *l = m_annotation.line(line);
    const AnnotatedVersion *v = m_annotation.versionOfLine(line);
    if (!l || !v)
        return {};
    const QString when = v->createTime.isValid() ? QLocale().toString(v->createTime.toLocalTime(), QLocale::ShortFormat) : QString();
    QStringList parts;
    parts << tr("Version %1, %2").arg(v->codeVersion, when);
    parts << (v->description.isEmpty() ? tr("(no description)") : v->description.trimmed());
    parts << QString();
    if (v->previous >= 0)
        parts << tr("Line %1 came in with this version (its line %2). Click to open the change from %3 that brought it.")
                         .arg(line)
                         .arg(l->line)
                         .arg(m_annotation.versions.at(v->previous).shortId);
    else
        parts << tr("Line %1 came in with this version (its line %2); no older version has code to compare it with.")
                         .arg(line)
                         .arg(l->line);
    return parts.join(QLatin1Char('\n'));
}

int AnnotationMargin::left() const
{
    int x = 0;
    for (int m = 0; m < Margin; ++m)
        x += int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETMARGINWIDTHN, m));
    return x;
}

int AnnotationMargin::width() const
{
    return m_editor->margins() > Margin ? int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETMARGINWIDTHN, Margin)) : 0;
}

int AnnotationMargin::lineAt(int y) const
{
    const long pos = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMPOINT, left() + width() + 1, y);
    const int line = int(m_editor->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, pos));
    const long start = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const int top = int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, start));
    const int height = int(m_editor->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, line)
                           * m_editor->SendScintilla(QsciScintillaBase::SCI_WRAPCOUNT, line));
    if (y < top || y >= top + height || line >= m_annotation.lines.size())
        return 0;
    return line + 1;
}

int AnnotationMargin::yOfLine(int line) const
{
    const long start = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line - 1);
    return int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, start)
               + m_editor->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, line - 1) / 2);
}

void AnnotationMargin::setTextAround()
{
    if (!m_shown || m_annotation.lines.isEmpty())
        return;
    // A screenful above and two below what is shown, so scrolling finds the text already there.
    const long firstVisible = m_editor->firstVisibleLine();
    const long onScreen = qMax<long>(1, m_editor->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    const auto docLine = [this](long visible) {
        return int(m_editor->SendScintilla(QsciScintillaBase::SCI_DOCLINEFROMVISIBLE, qMax<long>(0, visible)));
    };
    const int from = docLine(firstVisible - onScreen);
    const int to = qMin(int(m_annotation.lines.size()) - 1, docLine(firstVisible + 3 * onScreen));
    for (int line = from; line <= to; ++line) {
        if (m_textSet.testBit(line))
            continue;
        m_textSet.setBit(line);
        const LineAnnotation &l = m_annotation.lines.at(line);
        m_editor->setMarginText(line, marginText(line + 1), styleOf(l.version));
    }
}

bool AnnotationMargin::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && m_shown) {
        if (event->type() == QEvent::Resize) {
            if (m_editor->width() != m_fittedFor)
                fitWidth();
            else
                setTextAround();
        } else if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (help->pos().x() >= left() && help->pos().x() < left() + width()) {
                const int line = lineAt(help->pos().y());
                if (line > 0)
                    QToolTip::showText(help->globalPos(), toolTip(line), m_editor->viewport());
                else
                    QToolTip::hideText();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
