// Writes a bundle's files into a folder the user chose ("Save As… folder", the git export's tree),
// so that nothing is ever written outside that folder and nothing already there is lost:
// - every target is resolved against the folder's canonical path and must stay under it, and a
//   path component that exists on disk as a symbolic link (or a file where a folder is needed) is
//   refused: a link planted in the folder cannot redirect a write;
// - an existing file is never overwritten: the extraction refuses up front, listing the first
//   conflicts, and writes nothing;
// - each file is written under a temporary name beside its target and renamed into place without
//   replacing anything, so a target is either absent or whole;
// - a failure midway removes what this extraction wrote (files and the folders it made), leaving
//   the folder as it was.
// The bundle's own paths are already safe (CodeBundle checks them); these checks are about the
// disk. Synchronous: run it off the UI thread for a large bundle.
#pragma once

#include "app/bundle/CodeBundle.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class BundleExtract
{
    Q_DECLARE_TR_FUNCTIONS(BundleExtract)

public:
    struct Result
    {
        QString error;         // translated; empty when every file was written
        QStringList conflicts; // bundle paths that exist already (at most MaxConflictsListed)
        int written = 0;       // files written (0 after a refusal or a rolled-back failure)
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int MaxConflictsListed = 10;

    // `folder` must exist. Files are written in bundle.files() order.
    static Result extract(const CodeBundle &bundle, const QString &folder);
};
