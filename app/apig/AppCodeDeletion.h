// Deleting AppCodes, one DeleteAppCodeV2 after the other with progress (a SequentialChange);
// callers that send a deleted AppCode are refused from that moment. The first failure stops the
// rest; a lost answer is settled by asking for the AppCode (gone: deleted).
#pragma once

#include "app/apig/AppCodeChange.h"
#include "app/changes/SequentialChange.h"

class AppCodeDeletion : public AppCodeChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeDeletion)

public:
    AppCodeDeletion(Context context, QObject *parent = nullptr);

    void start(const QList<AppCode> &codes);
    QStringList deleted() const { return m_deleted; } // ids
    QStringList notDeleted() const;

private:
    Request<QString> sendDelete(const AppCode &code);
    void oneDeleted(const QString &id, const QString &requestId);
    void oneFailed(int index, const ApiError &error);
    QString summary() const;

    QList<AppCode> m_codes;
    QStringList m_deleted;
    QString m_record;
    SequentialChange *m_deletes;
    Request<AppCode> m_check;
};
