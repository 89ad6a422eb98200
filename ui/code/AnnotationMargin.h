// The annotation margin of a code editor, as git blame views show one: beside every line the
// colour of the version that introduced it, and on the first line of each run of lines from one
// version its short id, date and the first line of its description. Hovering shows the version's
// whole description; a click asks for the change that introduced the line (lineClicked). Margin
// text is set only around the lines on screen, and again as the view scrolls, so a version of a
// hundred thousand lines costs the UI thread no more than a few screenfuls.
#pragma once

#include "app/history/Annotation.h"

#include <QBitArray>
#include <QFont>
#include <QObject>

class CodeEditor;

class AnnotationMargin : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationMargin)

public:
    static constexpr int Margin = 3;          // after line numbers (0), symbols (1) and folding (2)
    static constexpr double WidthShare = 0.4; // of the editor's width, at most, for the margin
    static constexpr int FirstStyle = 150;  // margin styles 150..254: above every lexer's styles
    static constexpr int StyleCount = 100;

    explicit AnnotationMargin(CodeEditor *editor);

    // Shows `annotation` (Status::Annotated) for the text the editor holds now.
    void show(const Annotation &annotation);
    void clear();
    bool isShown() const { return m_shown; }
    const Annotation &annotation() const { return m_annotation; }

    // What the margin shows beside 1-based `line`, and its tooltip (empty outside the text).
    QString marginText(int line) const;
    QString toolTip(int line) const;
    // The margin's horizontal extent in the editor's viewport, and the 1-based line at height y
    // there (0 if none), for the tooltip and for tests that point at a line.
    int left() const;
    int width() const;
    int lineAt(int y) const;
    int yOfLine(int line) const;

signals:
    void lineClicked(int line); // 1-based

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyStyles();
    void setTextAround();
    int styleOf(int versionIndex) const { return FirstStyle + versionIndex % StyleCount; }
    // The margin font as Scintilla draws it (zoom included), to measure and elide with.
    QFont zoomedFont() const;
    // Lays the text out in the share of the editor's width the margin may take: the id, the date
    // if there is room for it and a useful part of the summary, the summary elided to what is left.
    void fitWidth();

    CodeEditor *m_editor;
    QObject *m_viewport; // compared only: the filter also sees the viewport's own destruction, when the editor is no longer one
    Annotation m_annotation;
    QBitArray m_textSet; // lines whose margin text is set
    QFont m_font;        // before zoom
    bool m_withDate = true;
    int m_summaryPx = 0; // room for the summary
    int m_fittedFor = -1; // the editor width fitWidth() laid out for
    bool m_shown = false;
};
