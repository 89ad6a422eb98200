// The Changes dock: every change made to a cloud from CloudCodes (the ChangeJournal), newest
// first, with its outcome and RequestId, and Export as CSV.
#pragma once

#include <QWidget>

class ChangeJournal;
class QPushButton;
class QTableView;

class ChangesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesPanel)

public:
    explicit ChangesPanel(ChangeJournal &journal, QWidget *parent = nullptr);

    bool exportCsv(const QString &file);

signals:
    void message(const QString &text);

private:
    ChangeJournal &m_journal;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
};
