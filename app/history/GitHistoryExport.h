// Writes a routine's code versions into a git repository with libgit2 (no git executable): one
// commit per version, oldest first, on the branch HEAD names ("main" in a new repository), with the
// working tree and index checked out so `git status` is clean; tags say what production and
// staging run (DeploymentTags). Exporting again into the same folder appends only the versions not
// yet there and moves the tags; existing commits are never rewritten.
//
// Decisions (tests/unit/tst_historyexport.cpp pins them down):
// - Folder: a missing or empty folder gets a new repository; a non-empty folder that is not a
//   repository, a bare repository, a detached HEAD and a working tree with changes to tracked
//   files are refused, as is an untracked file the export would overwrite.
// - Identity: the repository's own config holds cloudcodes.routine (the routine name) and
//   cloudcodes.account (the account's id; cloudcodes.accountName keeps its display name for
//   messages). A repository with commits but without them, or with another routine's or
//   account's, is refused; so is a branch holding a commit without a Code-Version trailer.
// - Commit: author and committer "ESA <account name>" ('<', '>' and line breaks dropped) with an
//   empty e-mail ("ESA Demo <>": git log and git fsck --strict accept it; libgit2's
//   git_signature_new refuses it, so the signature struct is filled in directly), both dated
//   the version's CreateTime in UTC. Message: the description (or "Code version <id>" when it has
//   none), a blank line, then the trailers "Code-Version: <id>" and "Request-Id: <id>" (left out
//   when unknown). Repository text is English whatever the UI language, so it reads the same for
//   everyone who clones it.
// - Tree: a Functions and Pages bundle is its tree of files (routine/index.js, assets/…; one
//   that cannot be read is the file code.zip); any other version exactly one file, named after
//   the version's kind (fileName()); a storage-error version
//   is a commit that changes no file and says so in its message; an empty version empties the
//   previous file (code.txt when there is none).
// - Order: versions must come oldest first. New versions are those after the newest exported one
//   (matched by its Code-Version trailer); a version older than it that is missing from the
//   repository cannot be placed without rewriting history and is reported in notPlaced.
// - Durability: each commit's objects, then the working tree and index, then the branch are
//   written before the next commit starts, and `cancel` is checked between commits, so a
//   cancelled export, or one whose process dies, leaves a valid repository of the versions done
//   so far; its tags are set from what is exported by then. Like git's own loose objects, files
//   are not fsync'd one by one (that made the export ten times slower on a busy disk); a power
//   cut before the kernel wrote them back can cost the repository, a copy the export can redo.
#pragma once

#include "app/async/CancelToken.h"
#include "app/decode/DecodedCode.h"
#include "app/esa/Routine.h"
#include "app/history/HistoryVersion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class GitHistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(GitHistoryExport)

public:
    struct Request
    {
        QString folder;
        QString routine;                        // the routine's name
        QString accountId;                      // Account::id: with the routine, the repository's identity
        QString accountName;                    // Account::displayName: the author is "ESA <accountName>"
        QList<HistoryVersion> versions;         // oldest first
        QList<RoutineEnvironment> environments; // what production and staging run, for the tags
    };

    struct Result
    {
        QString error;          // translated; empty when the export finished or was cancelled
        bool cancelled = false;
        int written = 0;        // commits this run added
        int alreadyExported = 0; // versions of the request the repository had already
        QStringList notPlaced;  // versions older than the newest exported one, missing from the repository
        QMap<QString, QString> tags; // deployment tags now in the repository: name → code version
        QStringList tagsMoved;       // of those, the ones this run created or pointed elsewhere (sorted)
        QStringList tagsRemoved;     // deployment tags this run deleted: no environment runs their version (sorted)
        QString head;           // the branch's commit id (hex) after the run; empty if it has none
        bool ok() const { return error.isEmpty(); }
    };

    // done of total commits; called on the exporting thread after each commit (and once with 0).
    using Progress = std::function<void(int done, int total)>;

    // Blocking; run it on a worker thread. Thread-safe for different folders.
    // `cancel` is checked between commits: what was written stays, and the result says so.
    static Result run(const Request &request, const Progress &progress = {}, const CancelToken &cancel = {});

    // "index.js", "index.ts", "index.json", "index.html", "index.xml", "module.wasm", "code.bin",
    // "code.txt"; empty for StorageError and Empty (they keep the previous file).
    static QString fileName(DecodedCode::Kind kind);
    static QByteArray commitMessage(const HistoryVersion &version);
    static QString authorName(const QString &accountName);
    // The value of the last `Code-Version:` trailer of a commit message, or empty.
    static QString codeVersionOf(const QByteArray &commitMessage);
};
