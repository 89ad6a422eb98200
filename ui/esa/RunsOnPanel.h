// "Runs on": where the selected routine serves requests (its EsaWorkspace's RoutinePlacement):
// the default host, the custom domains, and its routes in the order the service evaluates them,
// each with its readable rule (the raw rule in the tooltip), switches, Sequence and the overlap /
// never-wins flags. Refreshed with the routine. For an account that allows changes: add, edit or
// delete a route, add or delete a custom domain, each confirmed and sent by PlacementChangeDialog.
#pragma once

#include "app/esa/RoutinePlacement.h"

#include <QWidget>
#include <functional>
#include <optional>

class EsaWorkspace;
class PlacementChange;
class PlacementChangeDialog;
class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

class RunsOnPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsOnPanel)

public:
    explicit RunsOnPanel(EsaWorkspace &workspace, QWidget *parent = nullptr);

    // Each opens its dialog (nothing changes before the user confirms); nullptr when not allowed.
    QDialog *addRoute();
    QDialog *editRoute();
    QDialog *deleteRoute();
    QDialog *addDomain();
    QDialog *deleteDomain();

    void updateButtons();

private:
    void buildButtons();
    QWidget *headingBar(const QString &heading, const QList<QPushButton *> &buttons);
    void showPlacement();
    std::optional<PlacedRoute> selectedRoute() const;
    std::optional<RelatedRecord> selectedDomain() const;
    PlacementChangeDialog *confirm(const QString &title, const QString &what, const QString &button,
                                   std::function<void(PlacementChange &)> start);

    EsaWorkspace &m_workspace;
    QLabel *m_state = nullptr;
    QLabel *m_defaultHost = nullptr;
    QTreeWidget *m_domains = nullptr;
    QTreeWidget *m_routes = nullptr;
    QPushButton *m_addRoute = nullptr;
    QPushButton *m_editRoute = nullptr;
    QPushButton *m_deleteRoute = nullptr;
    QPushButton *m_addDomain = nullptr;
    QPushButton *m_deleteDomain = nullptr;
};
