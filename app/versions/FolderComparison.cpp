#include "app/versions/FolderComparison.h"

#include "app/decode/RoutineCodeDecoder.h"
#include "app/bundle/BundleComparison.h"

#include <QSet>

FolderComparison::FolderComparison(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<FolderCompareRow> FolderComparison::rowsOf(const CodeBundle &left, const CodeBundle &right, const DiffOptions &options,
                                                 const CancelToken &cancel)
{
    // BundleComparison (app/bundle) compares; this keeps its file rows, the entry first.
    const BundleComparison compared = BundleComparison::compare(left, right, options);
    if (cancel.isCancelled())
        return {};
    const QString entry = right.entryPath().isEmpty() ? left.entryPath() : right.entryPath();
    QList<FolderCompareRow> rows;
    rows.reserve(compared.rows().size());
    for (const BundleComparison::Row &r : compared.rows()) {
        if (r.isFolder)
            continue;
        FolderCompareRow row;
        row.path = r.path;
        row.status = r.change == BundleComparison::Change::Added     ? FolderCompareRow::Status::Added
                : r.change == BundleComparison::Change::Removed ? FolderCompareRow::Status::Removed
                : r.change == BundleComparison::Change::Changed ? FolderCompareRow::Status::Changed
                                                                 : FolderCompareRow::Status::Same;
        row.added = r.linesAdded;
        row.removed = r.linesRemoved;
        row.binary = r.binary;
        if (r.path == entry)
            rows.prepend(row);
        else
            rows.append(row);
    }
    return rows;
}

void FolderComparison::compare(const DiffInput &left, const DiffInput &right, const DiffOptions &options)
{
    m_left = left;
    m_right = right;
    m_state = State::Computing;
    m_clock.start();
    setRows({});
    m_computing = Request<QList<FolderCompareRow>>::onPool([a = left.bundle, b = right.bundle, options](const CancelToken &cancel) {
                      return ApiResult<QList<FolderCompareRow>>(rowsOf(a, b, options, cancel));
                  }).then(this, [this](const ApiResult<QList<FolderCompareRow>> &r) {
        m_elapsedMs = m_clock.elapsed();
        m_state = State::Ready;
        setRows(r.value());
    });
}

void FolderComparison::setRows(const QList<FolderCompareRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    refold();
    endResetModel();
    emit stateChanged();
}

void FolderComparison::refold()
{
    m_shown.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_showUnchanged || m_rows.at(i).status != FolderCompareRow::Status::Same)
            m_shown.append(i);
    }
}

void FolderComparison::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    refold();
    endResetModel();
}

int FolderComparison::count(FolderCompareRow::Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const FolderCompareRow &r) { return r.status == status; }));
}

int FolderComparison::rowOf(const QString &path) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_rows.at(m_shown.at(i)).path == path)
            return i;
    }
    return -1;
}

int FolderComparison::nextChangedRow(int row, bool forward) const
{
    for (int i = forward ? row + 1 : row - 1; i >= 0 && i < m_shown.size(); i += forward ? 1 : -1) {
        if (rowAt(i).status != FolderCompareRow::Status::Same)
            return i;
    }
    return -1;
}

DiffInput FolderComparison::fileInput(const QString &path, bool rightSide) const
{
    const DiffInput &side = rightSide ? m_right : m_left;
    const CodeBundle::File *file = side.bundle.file(path);
    DiffInput input;
    input.title = file ? tr("%1 · %2").arg(side.title, path) : tr("%1 · %2 (not there)").arg(side.title, path);
    input.path = path;
    if (file) {
        input.bytes = file->bytes;
        input.sha256 = QString::fromLatin1(RoutineCodeDecoder::fromBytes(file->bytes).sha256);
    }
    return input;
}

QString FolderComparison::summary() const
{
    using S = FolderCompareRow::Status;
    if (m_state == State::Computing)
        return tr("Comparing %n file(s)…", nullptr, int(qMax(m_left.bundle.count(), m_right.bundle.count())));
    QString text = tr("%1 changed, %2 added, %3 removed").arg(count(S::Changed)).arg(count(S::Added)).arg(count(S::Removed));
    const int same = count(S::Same);
    return m_showUnchanged || same == 0 ? tr("%1; %n unchanged", nullptr, same).arg(text)
                                        : tr("%1; %n unchanged (hidden)", nullptr, same).arg(text);
}

int FolderComparison::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int FolderComparison::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString statusText(FolderCompareRow::Status s)
{
    switch (s) {
    case FolderCompareRow::Status::Added: return FolderComparison::tr("added");
    case FolderCompareRow::Status::Removed: return FolderComparison::tr("removed");
    case FolderCompareRow::Status::Changed: return FolderComparison::tr("changed");
    case FolderCompareRow::Status::Same: break;
    }
    return FolderComparison::tr("unchanged");
}
} // namespace

QVariant FolderComparison::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const FolderCompareRow &r = rowAt(index.row());
    if (role == PathRole)
        return r.path;
    if (role == StatusRole)
        return int(r.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PathColumn:
        return r.path;
    case StatusColumn:
        return statusText(r.status);
    case LinesColumn:
        if (r.status == FolderCompareRow::Status::Same)
            return QString();
        return r.binary ? tr("binary") : tr("+%1 −%2").arg(r.added).arg(r.removed);
    default:
        return {};
    }
}

QVariant FolderComparison::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("File");
    case StatusColumn: return tr("Status");
    case LinesColumn: return tr("Lines");
    default: return {};
    }
}
