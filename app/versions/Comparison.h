// Two things compared: two code versions (from the cache or the cloud, loaded in parallel), a
// version and a local file (read and decoded on the worker pool, never on the UI thread), or two
// inputs given as they are. The older goes left; the TextDiff is computed on the pool, again
// whenever the options change or the sides are swapped. Loading and computing are requests this
// object owns: a newer one, or the comparison's end (its tab closed), aborts the older.
// Bundles (Functions and Pages versions, a local folder): two of them are no text diff but a
// folder compare (state Folders, foldersReady: the view shows FolderComparison's rows); a bundle
// against a single file compares the bundle's entry with it, and note() says so.
#pragma once

#include "app/versions/CodeVersionRepository.h"
#include "app/versions/DiffInput.h"
#include "app/diff/TextDiff.h"
#include "app/async/Request.h"

#include <QObject>
#include <optional>

class Comparison : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Comparison)

public:
    enum class State { Empty, Loading, Computing, Ready, Failed, Folders };
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024; // what the API's answers may hold

    // `repository` may be null when only setInputs() is used.
    explicit Comparison(CodeVersionRepository *repository, QObject *parent = nullptr);

    // The older goes left, unless `asGiven` (a deployment: what runs now left, what will run right).
    void compareVersions(const VersionRef &a, const VersionRef &b, bool asGiven = false);
    // The version on the left, the file on the right.
    void compareWithFile(const VersionRef &version, const QString &path);
    // The version on the left, a local folder's files on the right.
    void compareWithFolder(const VersionRef &version, const QString &folder);
    void setInputs(const DiffInput &a, const DiffInput &b, const QString &lexerName);
    void setOptions(const DiffOptions &options);
    void swapSides();

    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    const DiffInput &left() const { return m_left; }
    const DiffInput &right() const { return m_right; }
    QString lexerName() const { return m_lexer; }
    DiffOptions options() const { return m_options; }
    const TextDiff &diff() const { return m_diff; }
    // The code version on each side, when it is one (a file side has none).
    std::optional<VersionRef> leftVersion() const { return m_leftRef; }
    std::optional<VersionRef> rightVersion() const { return m_rightRef; }
    // The local file compared (with compareWithFile), else empty.
    QString filePath() const { return m_file; }
    // What the diff shown is of, when that is not plain: "Compares the entry routine/index.js of …".
    QString note() const { return m_note; }

    // Reads and recognises a local file (bounded by MaxFileBytes); pure, for the pool and tests.
    static ApiResult<DiffInput> readFile(const QString &path);
    static DiffInput inputFrom(const OpenedCodeVersion &version);
    // A local folder's files as a bundle side (pure, for the pool).
    static ApiResult<DiffInput> readFolder(const QString &folder);
    // A bundle side as its entry's text, for a diff with a single file; an error when it has none.
    static ApiResult<DiffInput> entryOf(const DiffInput &bundle);

signals:
    void inputsChanged(); // titles (and versions) are known
    void diffReady();
    // Both sides are bundles: left() and right() hold them, for a folder compare.
    void foldersReady();
    void failed(const ApiError &error);

private:
    struct Side
    {
        std::optional<VersionRef> ref;
        std::optional<ApiResult<DiffInput>> input;
        QString lexer;
        Request<DiffInput> loading;
    };
    void load(Side &side, const VersionRef &ref);
    void loadFile(Side &side, const QString &path);
    void loadFolder(Side &side, const QString &folder);
    bool compareEntry(DiffInput &a, DiffInput &b);
    void fail(const ApiError &error);
    void sideLoaded();
    void recompute();
    void setState(State state);

    CodeVersionRepository *m_repository;
    Side m_a;
    Side m_b;
    DiffInput m_left;
    DiffInput m_right;
    std::optional<VersionRef> m_leftRef;
    std::optional<VersionRef> m_rightRef;
    QString m_lexer;
    QString m_file;
    QString m_note;
    DiffOptions m_options;
    bool m_asGiven = false;
    TextDiff m_diff;
    Request<TextDiff> m_computing;
    State m_state = State::Empty;
    ApiError m_error;
};
