// Deleting AppCodes, one DeleteAppCodeV2 after the other with progress; callers that send a
// deleted AppCode are refused from that moment. The first failure stops the rest; a lost answer
// is settled by asking for the AppCode (gone: deleted).
#pragma once

#include "app/apig/AppCodeChange.h"

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
    void next();
    QString summary() const;

    QList<AppCode> m_codes;
    int m_index = 0;
    QStringList m_deleted;
    QString m_record;
    Request<QString> m_write;
    Request<AppCode> m_check;
};
