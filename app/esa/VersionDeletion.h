// Deleting code versions of a routine, one DeleteRoutineCodeVersion after the other with
// progress (a SequentialChange). A version any environment runs is never sent for deletion (the
// check reads the routine first); the first failure stops the rest, and the end says which
// versions are gone.
#pragma once

#include "app/changes/SequentialChange.h"
#include "app/esa/RoutineChange.h"

class VersionDeletion : public RoutineChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDeletion)

public:
    VersionDeletion(Context context, QObject *parent = nullptr);

    void start(const QList<CodeVersion> &versions);
    QStringList deleted() const { return m_deleted; }
    QStringList notDeleted() const;

    // Why a version cannot be deleted now ("production runs it at 90 %"), or empty.
    static QString whyNot(const RoutineDetail &detail, const QString &codeVersion);

private:
    void deleteAll();
    Request<QString> sendDelete(const CodeVersion &version);
    void oneDeleted(const QString &codeVersion, const QString &requestId);
    void oneFailed(int index, const ApiError &error);
    QString summary() const;

    QList<CodeVersion> m_versions;
    QStringList m_deleted;
    QString m_record;
    SequentialChange *m_deletes;
};
