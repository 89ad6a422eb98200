#include "app/changes/ChangeJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {
QByteArray csvField(const QString &text)
{
    QByteArray f = text.toUtf8();
    // A field a spreadsheet would run as a formula is quoted with a leading apostrophe.
    if (!f.isEmpty() && QByteArrayLiteral("=+-@").contains(f.at(0)))
        f.prepend('\'');
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r'))
        f = '"' + f.replace("\"", "\"\"") + '"';
    return f;
}
} // namespace

ChangeJournal::ChangeJournal(const QString &file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(file.isEmpty() ? defaultFile() : file)
{
    load();
}

QString ChangeJournal::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/changes.jsonl");
}

void ChangeJournal::load()
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // a line cut by a crash: the rest is still good
        const ChangeRecord r = ChangeRecord::fromJson(o);
        const int row = rowOf(r.id);
        if (row >= 0)
            m_records[row] = r;
        else
            m_records.append(r);
    }
}

void ChangeJournal::store(const ChangeRecord &record)
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QFile f(m_file);
    const bool fresh = !f.exists();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        emit writeFailed(f.errorString());
        return;
    }
    if (fresh)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size() || !f.flush())
        emit writeFailed(f.errorString());
}

int ChangeJournal::rowOf(const QString &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

QString ChangeJournal::begin(ChangeRecord record)
{
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.time = QDateTime::currentDateTimeUtc();
    record.outcome = ChangeRecord::Outcome::Pending;
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
    store(record);
    emit changed(record);
    return record.id;
}

void ChangeJournal::finish(const QString &id, ChangeRecord::Outcome outcome, const QString &after, const QString &requestId,
                           const QString &detail)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    ChangeRecord &r = m_records[row];
    r.outcome = outcome;
    if (!after.isEmpty())
        r.after = after;
    if (!requestId.isEmpty())
        r.requestId = requestId;
    r.detail = detail;
    store(r);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit changed(r);
}

std::optional<ChangeRecord> ChangeJournal::record(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? std::optional<ChangeRecord>(m_records.at(row)) : std::nullopt;
}

QByteArray ChangeJournal::csv() const
{
    QByteArray out = "time,account,cloud,target,action,before,after,outcome,request_id,detail\n";
    for (const ChangeRecord &r : m_records) {
        out += csvField(r.time.toUTC().toString(Qt::ISODate)) + ',' + csvField(r.accountName) + ',' + csvField(r.cloud) + ','
                + csvField(r.target) + ',' + csvField(r.action) + ',' + csvField(r.before) + ',' + csvField(r.after) + ','
                + csvField(ChangeRecord::outcomeKey(r.outcome)) + ',' + csvField(r.requestId) + ',' + csvField(r.detail) + '\n';
    }
    return out;
}

bool ChangeJournal::exportCsv(const QString &file, QString *error) const
{
    QSaveFile out(file);
    const QByteArray text = csv();
    if (out.open(QIODevice::WriteOnly) && out.write(text) == text.size() && out.commit())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

int ChangeJournal::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ChangeJournal::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeJournal::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    // Newest first on screen.
    const ChangeRecord &r = m_records.at(m_records.size() - 1 - index.row());
    if (role == Qt::ToolTipRole)
        return r.detail.isEmpty() ? ChangeRecord::outcomeName(r.outcome) : r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
    case AccountColumn: return r.accountName;
    case TargetColumn: return r.target;
    case ActionColumn: return ChangeRecord::actionName(r.action);
    case BeforeColumn: return r.before;
    case AfterColumn: return r.after;
    case OutcomeColumn: return ChangeRecord::outcomeName(r.outcome);
    case RequestIdColumn: return r.requestId;
    }
    return {};
}

QVariant ChangeJournal::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case AccountColumn: return tr("Account");
    case TargetColumn: return tr("On");
    case ActionColumn: return tr("Action");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case OutcomeColumn: return tr("Outcome");
    case RequestIdColumn: return tr("Request ID");
    }
    return {};
}
