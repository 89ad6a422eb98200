// The route editor: site (from the account's sites), name, a host/path pattern or a raw rule
// checked as it is typed (RouteDraft: the error with its column, or the rule it becomes), the
// switches and the Sequence. It only composes the route; the change is confirmed and sent by
// PlacementChangeDialog. Also the custom-domain editor (a site and a host under it).
#pragma once

#include "app/async/Request.h"
#include "app/esa/SiteRoutes.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class RouteEditorDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteEditorDialog)

public:
    // `existing`: the route edited (its site is kept); none: a new route for `routine`.
    // `sites`: the sites being read (EsaWorkspace::readSites); the dialog owns that read.
    RouteEditorDialog(Request<QList<EsaSite>> sites, const QString &routine, std::optional<RoutineRoute> existing,
                      QWidget *parent = nullptr);

    // The route as entered (valid once accepted).
    RoutineRoute route() const;
    std::optional<RoutineRoute> existing() const { return m_existing; }

private:
    void buildForm();
    void sitesArrived(const ApiResult<QList<EsaSite>> &result);
    void check();

    QString m_routine;
    std::optional<RoutineRoute> m_existing;
    Request<QList<EsaSite>> m_sitesRequest;
    QComboBox *m_site = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_rule = nullptr;
    QLabel *m_check = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_bypass = nullptr;
    QCheckBox *m_fallback = nullptr;
    QSpinBox *m_sequence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

class DomainEditorDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainEditorDialog)

public:
    DomainEditorDialog(Request<QList<EsaSite>> sites, const QString &routine, QWidget *parent = nullptr);

    qint64 siteId() const;
    QString siteName() const;
    QString recordName() const;

private:
    void check();

    Request<QList<EsaSite>> m_sitesRequest;
    QList<EsaSite> m_sites;
    QComboBox *m_site = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_check = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
