// Deleting code versions of a routine, one DeleteRoutineCodeVersion after the other with
// progress. A version any environment runs is never sent for deletion (the check reads the
// routine first); the first failure stops the rest, and the end says which versions are gone.
#pragma once

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
    void next();
    void oneDeleted(const QString &codeVersion, const QString &requestId);
    QString summary() const;

    QList<CodeVersion> m_versions;
    int m_index = 0;
    QStringList m_deleted;
    QString m_record;
    Request<QString> m_write;
};
