// A change to an edge routine (deploy, delete versions, upload): a CloudChange that reads the
// routine before sending (is it still as the user reviewed it?) and after (what happened?).
#pragma once

#include "app/changes/CloudChange.h"
#include "app/esa/RoutineSnapshot.h"

class RoutineChange : public CloudChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineChange)

public:
    struct Context
    {
        std::shared_ptr<EsaClient> client;
        QString accountId;
        QString accountName;
        QString routine;
        ChangeJournal *journal = nullptr;
    };

    // The routine as read at the end (after the change, or after the read-back).
    std::optional<RoutineSnapshot> after() const { return m_after; }

protected:
    RoutineChange(Context context, QObject *parent);

    // Reads the routine; `then` gets the snapshot, `failed` the error.
    void readRoutine(std::function<void(const RoutineSnapshot &)> then, std::function<void(const ApiError &)> failed);
    // afterFailedWrite whose look again reads the routine and lets `decide` say what happened.
    void afterFailedWrite(const ApiError &error, const QString &recordId,
                          std::function<std::pair<ChangeRecord::Outcome, QString>(const RoutineSnapshot &)> decide,
                          std::function<void(ChangeRecord::Outcome)> next = {});

    Context m_context;
    Request<RoutineSnapshot> m_read;
    std::optional<RoutineSnapshot> m_after;
};
