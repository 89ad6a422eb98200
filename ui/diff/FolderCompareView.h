// Two bundles compared as folders (Meld, Beyond Compare): the files that differ above (added,
// removed, changed with their +/− line counts; unchanged ones folded unless "Show unchanged" is
// on), the side-by-side diff of the file chosen below (a click, Enter or the cursor opens it).
// Next and previous change (F7 / Shift+F7) go across files: past a file's last change to the
// first change of the next file that differs. The rows are FolderComparison's, computed off the
// UI thread; the diff is a Comparison of the two files, painted by a DiffView.
#pragma once

#include "app/versions/DiffInput.h"
#include "app/diff/TextDiff.h"

#include <QWidget>

class Comparison;
class DiffView;
class FolderComparison;
class QCheckBox;
class QLabel;
class QProgressBar;
class QTreeView;

class FolderCompareView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderCompareView)

public:
    // `left` and `right` are bundle sides (DiffInput::isBundle), the older left.
    FolderCompareView(const DiffInput &left, const DiffInput &right, QWidget *parent = nullptr);

    void setOptions(const DiffOptions &options, bool foldUnchanged);
    FolderComparison *model() const { return m_model; }
    DiffView *diffView() const { return m_diff; }
    // Opens the diff of `path` (a row shown); false when there is none.
    bool openFile(const QString &path);
    QString openedFile() const { return m_file; }

public slots:
    void nextChange();
    void previousChange();

signals:
    void message(const QString &text);
    void ready(); // the rows are in

private:
    QWidget *buildTop();
    void addShortcuts();
    void rowsReady();
    void openRow(int row);
    void walk(bool forward);

    DiffInput m_left;
    DiffInput m_right;
    DiffOptions m_options;
    FolderComparison *m_model = nullptr;
    Comparison *m_fileComparison = nullptr;
    DiffView *m_diff = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showSame = nullptr;
    QProgressBar *m_progress = nullptr;
    QString m_file;
};
