// The AppCodes of the page on screen. AppCodes are credentials: the view shows them masked
// (first 6 characters, ••••, last 4) unless revealed for this view; FullCodeRole always has the
// whole value, for copying.
#pragma once

#include "app/apig/ApigTypes.h"

#include <QAbstractTableModel>
#include <QSet>

class AppCodeModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeModel)

public:
    enum Column { AppCodeColumn, IdColumn, AppIdColumn, CreatedColumn, ColumnCount };
    enum Role { FullCodeRole = Qt::UserRole + 1, SortRole };

    explicit AppCodeModel(QObject *parent = nullptr);

    void setCodes(const QList<AppCode> &codes);
    const QList<AppCode> &codes() const { return m_codes; }
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    // These AppCodes are shown in full even while the others are masked (one just created).
    void setRevealedIds(const QSet<QString> &ids);
    bool isRevealed(const QString &id) const { return m_revealed || m_revealedIds.contains(id); }

    static QString mask(const QString &appCode);
    // What a caller sends: a curl line with the X-Apig-AppCode header.
    static QString curlSnippet(const QString &appCode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AppCode> m_codes;
    bool m_revealed = false;
    QSet<QString> m_revealedIds;
};
