// A new code version from a local file: the file checked as the decoder sees it (kind, size),
// then GetRoutineStagingCodeUploadInfo, the OSS PostObject form (its fields in order, the file
// last), and CommitRoutineStagingCode with the user's description. When the routine is at its
// version quota, the commit is refused and the oldest versions no environment runs are offered;
// after the user agrees they are deleted and the commit alone is sent again.
#pragma once

#include "app/decode/DecodedCode.h"
#include "app/esa/RoutineChange.h"
#include "app/esa/VersionDeletion.h"

class CodeUpload : public RoutineChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeUpload)

public:
    // Larger code is refused before anything is sent (the upload policy has the last word).
    static constexpr qint64 MaxCodeBytes = 10 * 1024 * 1024;

    struct Check
    {
        DecodedCode::Kind kind = DecodedCode::Kind::Empty;
        qint64 size = 0;
        QString problem;       // non-empty: it cannot be uploaded
        QStringList warnings;  // it can, but the user should know
        bool ok() const { return problem.isEmpty(); }
    };
    // Pure: what the decoder makes of `code`, and whether it may go up.
    static Check check(const QByteArray &code);

    CodeUpload(Context context, QObject *parent = nullptr);

    void start(const QByteArray &code, const QString &description);
    // After quotaFull: deletes these versions, then sends the commit again.
    void makeRoomAndCommit(const QList<CodeVersion> &versions);

    QString newVersion() const { return m_newVersion; }

signals:
    // The routine keeps no more versions; these are the oldest that no environment runs.
    void quotaFull(const QList<CodeVersion> &oldestUndeployed);

private:
    void upload(const StagingUploadInfo &info);
    void commit();
    void committed(const QString &codeVersion, const QString &requestId);

    QByteArray m_code;
    QString m_description;
    QStringList m_before; // the versions before the commit, to tell the new one
    QString m_newVersion;
    QString m_record;
    Request<StagingUploadInfo> m_info;
    Request<HttpReply> m_post;
    Request<CommittedVersion> m_commit;
    VersionDeletion *m_deletion = nullptr;
};
