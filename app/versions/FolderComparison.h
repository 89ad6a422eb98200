// Two bundles (code versions' trees of files, or a local folder) compared as folders, as Meld and
// Beyond Compare do: one row per path, added, removed, changed (with the lines added and removed)
// or the same; unchanged rows folded unless asked for. The rows are computed on the worker pool
// (a request this model owns: a newer comparison, or the model's end, aborts it), one file after
// another with a cancel check between them.
#pragma once

#include "app/async/Request.h"
#include "app/bundle/CodeBundle.h"
#include "app/diff/TextDiff.h"
#include "app/versions/DiffInput.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

struct FolderCompareRow
{
    enum class Status { Added, Removed, Changed, Same };
    QString path;
    Status status = Status::Same;
    int added = 0;   // lines
    int removed = 0;
    bool binary = false; // either side is not text: no line counts
};

class FolderComparison : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderComparison)

public:
    enum Column { PathColumn, StatusColumn, LinesColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, StatusRole };
    enum class State { Empty, Computing, Ready };

    explicit FolderComparison(QObject *parent = nullptr);

    // The older (left) and newer (right) sides, as Comparison ordered them.
    void compare(const DiffInput &left, const DiffInput &right, const DiffOptions &options = {});
    State state() const { return m_state; }
    const DiffInput &left() const { return m_left; }
    const DiffInput &right() const { return m_right; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    void setShowUnchanged(bool show);
    bool showsUnchanged() const { return m_showUnchanged; }
    // All rows, the unchanged ones too.
    const QList<FolderCompareRow> &allRows() const { return m_rows; }
    int count(FolderCompareRow::Status status) const;
    // The row shown for `path`, -1 when none is.
    int rowOf(const QString &path) const;
    const FolderCompareRow &rowAt(int row) const { return m_rows.at(m_shown.at(row)); }
    // The next (or previous) shown row after (before) `row` that differs; -1 when there is none.
    int nextChangedRow(int row, bool forward) const;
    // One side of a file's diff: its bytes in that side (empty when it is not there).
    DiffInput fileInput(const QString &path, bool rightSide) const;
    QString summary() const;

    // Pure, for the pool and tests: the rows of `left` → `right`, by path, in CodeBundle's order
    // (the entry first); empty when cancelled.
    static QList<FolderCompareRow> rowsOf(const CodeBundle &left, const CodeBundle &right, const DiffOptions &options,
                                          const CancelToken &cancel = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void stateChanged();

private:
    void setRows(const QList<FolderCompareRow> &rows);
    void refold();

    DiffInput m_left;
    DiffInput m_right;
    QList<FolderCompareRow> m_rows;
    QList<int> m_shown; // indexes into m_rows
    bool m_showUnchanged = false;
    State m_state = State::Empty;
    Request<QList<FolderCompareRow>> m_computing;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
};
