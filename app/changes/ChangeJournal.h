// The journal of every change made to a cloud from CloudCodes: kept in the user's data directory
// (changes.jsonl, one JSON record a line, append-only, 0600), shown in the Changes dock and
// exported as CSV. A change is written when it is sent (Pending) and again when it ends, so a
// change whose answer never came (CloudCodes quit meanwhile) is still on record. No secrets.
#pragma once

#include "app/changes/ChangeRecord.h"

#include <QAbstractTableModel>
#include <QList>

class ChangeJournal : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeJournal)

public:
    enum Column { TimeColumn, AccountColumn, TargetColumn, ActionColumn, BeforeColumn, AfterColumn, OutcomeColumn,
                  RequestIdColumn, ColumnCount };

    // `file` empty: the default location (XDG data dir + "/changes.jsonl").
    explicit ChangeJournal(const QString &file = {}, QObject *parent = nullptr);

    static QString defaultFile();
    QString file() const { return m_file; }

    // Records a change as it is sent; returns its id. The record's time is set to now.
    QString begin(ChangeRecord record);
    // The end of the change with this id (outcome, after, request id, detail).
    void finish(const QString &id, ChangeRecord::Outcome outcome, const QString &after, const QString &requestId,
                const QString &detail);

    const QList<ChangeRecord> &records() const { return m_records; } // oldest first
    std::optional<ChangeRecord> record(const QString &id) const;
    bool exportCsv(const QString &file, QString *error = nullptr) const;
    QByteArray csv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void changed(const ChangeRecord &record);
    void writeFailed(const QString &error);

private:
    void load();
    void store(const ChangeRecord &record);
    int rowOf(const QString &id) const;

    QString m_file;
    QList<ChangeRecord> m_records;
};
