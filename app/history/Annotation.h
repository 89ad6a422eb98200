// The annotation ("blame") of one code version: for every line, the version that introduced it and
// the line's number there, and a summary of every version up to the annotated one for the margin
// (short id, date, description, colour). Plain data computed off the UI thread by Annotator; the
// code view's margin paints it, and a click opens the diff versions[previous] → versions[version]
// scrolled to `line` on its right side.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

struct LineAnnotation
{
    int version = -1; // index into Annotation::versions (= the annotator's input): who introduced the line
    int line = 0;     // 1-based number of the line in that version
    bool operator==(const LineAnnotation &o) const { return version == o.version && line == o.line; }
};

struct AnnotatedVersion
{
    QString codeVersion;
    QString shortId;       // last six digits, as the app shows versions elsewhere
    QDateTime createTime;  // UTC
    QString description;   // whole, for the tooltip
    QString summary;       // its first line, for the margin
    // The version the introducing diff starts from: the nearest older version that is not a
    // storage error; -1 when there is none (then the version's whole text is new).
    int previous = -1;
    int introducedLines = 0; // lines of the annotated version this version introduced
    int hue = 0;             // 0..359: one colour per version, neighbours far apart (golden angle)
};

struct Annotation
{
    enum class Status {
        Annotated, // lines holds one entry per line of the target
        NoLines,   // the target is binary, WebAssembly, empty or a storage error: nothing to annotate
        Cancelled,
        Failed,    // see error
    };
    Status status = Status::Failed;
    int target = -1;                  // index of the annotated version
    QList<LineAnnotation> lines;      // lines[n - 1] is line n of the target
    QList<AnnotatedVersion> versions; // the input versions 0..target, same indices
    QString error;                    // translated, when Failed

    // The annotation of 1-based line `lineNumber`, or nullptr outside the text.
    const LineAnnotation *line(int lineNumber) const;
    // The version that introduced 1-based line `lineNumber`, or nullptr.
    const AnnotatedVersion *versionOfLine(int lineNumber) const;
    // Indices of the versions that introduced at least one line, oldest first.
    QList<int> introducingVersions() const;
    // Whether 1-based line `lineNumber` starts a run of lines from one version (the margin names
    // the version once per run).
    bool startsRun(int lineNumber) const;

    static int hueFor(int versionIndex);
};

Q_DECLARE_METATYPE(Annotation)
