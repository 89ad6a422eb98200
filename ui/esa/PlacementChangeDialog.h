// The confirmation of one change to where a routine runs (a route or a custom domain added,
// edited or deleted): says exactly what will change, sends it once when the user confirms
// (PlacementChange: journaled, never retried) and shows how it ended.
#pragma once

#include "app/esa/PlacementChange.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

class PlacementChangeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementChangeDialog)

public:
    using Start = std::function<void(PlacementChange &)>;
    PlacementChangeDialog(const PlacementChange::Context &context, const QString &title, const QString &whatChanges,
                          const QString &confirmText, Start start, QWidget *parent = nullptr);

    PlacementChange *change() const { return m_change; }

signals:
    // The change ended (whatever its outcome): the placement is worth reading again.
    void changeEnded(ChangeRecord::Outcome outcome);

private:
    void confirm();

    PlacementChange::Context m_context;
    Start m_start;
    PlacementChange *m_change = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
};
