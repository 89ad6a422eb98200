#include "ui/changes/ChangesPanel.h"

#include "app/changes/ChangeJournal.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ChangesPanel::ChangesPanel(ChangeJournal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("ChangesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setAccessibleName(tr("Changes made from CloudCodes"));
    m_table->setModel(&journal);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Every change sent from CloudCodes, newest first. Hover a row for what you were told."), this);
    hint->setWordWrap(true);
    m_export = new QPushButton(tr("&Export as CSV…"), this);
    m_export->setObjectName(QStringLiteral("changesExport"));
    bar->addWidget(hint, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Changes"), QStringLiteral("cloudcodes-changes.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file);
    });
    const auto fit = [this] { m_table->resizeColumnsToContents(); };
    connect(&journal, &ChangeJournal::rowsInserted, this, fit);
    fit();
}

bool ChangesPanel::exportCsv(const QString &file)
{
    QString error;
    const bool ok = m_journal.exportCsv(file, &error);
    emit message(ok ? tr("Exported %n change(s) to %1.", nullptr, int(m_journal.records().size())).arg(file)
                    : tr("Export failed: %1").arg(error));
    return ok;
}
