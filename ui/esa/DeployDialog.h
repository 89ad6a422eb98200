// Deploy a code version: staging or production, the version at 100 % or as a canary beside the
// version running now (a slider and a spin box for its share), and before anything is sent the
// diff of what the environment runs now against what it will run (for a canary, against the
// version that loses traffic), with the account and region. Production asks for the routine's
// name. The Deployment job (app/esa) sends it once and reads back what now runs.
#pragma once

#include "app/esa/Deployment.h"
#include "app/esa/DeployReview.h"
#include "app/esa/DeployTargets.h"
#include "app/esa/TrafficPlan.h"

#include <QDialog>

class CodeVersionRepository;
class DiffView;
class QButtonGroup;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QVBoxLayout;

class DeployDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    // What the dialog opens as; the user can still change the environment and the traffic.
    using Preset = DeployReview::Preset;

    struct Target
    {
        RoutineChange::Context context;
        QString region;
        QString endpoint;
        CodeVersion version;            // the version to deploy
        RoutineDetail detail;           // what the environments run, as the list shows it
    };

    DeployDialog(const Target &target, Preset preset, CodeVersionRepository &repository, QWidget *parent = nullptr);

    DiffView *diffView() const { return m_diff; }

public slots:
    void deploy();

signals:
    // The deployment ended (whatever the outcome); the list should show what now runs.
    void deployed(const RoutineSnapshot &after);

private:
    QLabel *buildHeading();
    QLabel *buildWhere();
    QFormLayout *buildChoices();
    QHBoxLayout *buildEnvironments();
    QVBoxLayout *buildTraffic();
    DiffView *buildDiff();
    QHBoxLayout *buildConfirmRow();
    QDialogButtonBox *buildButtons();
    void selectPreset();
    void connectIntents();
    // The user's choices, handed to the review.
    void review();
    void update();
    void updateDiff();
    // Where the chosen environment goes live (hosts, routes; staging IPs), read once per environment.
    void updateGoesLive();

    Target m_target;
    DeployReview *m_review;
    CodeVersionRepository &m_repository;
    QRadioButton *m_staging = nullptr;
    QRadioButton *m_production = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_canary = nullptr;
    QSlider *m_slider = nullptr;
    QSpinBox *m_percent = nullptr;
    QLabel *m_beside = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_goesLive = nullptr;
    Request<DeployTargets> m_targets;
    QString m_targetsEnv;
    QLabel *m_diffTitle = nullptr;
    DiffView *m_diff = nullptr;
    QLabel *m_nothing = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_deploy = nullptr;
    Deployment *m_deployment = nullptr;
    QString m_diffedFrom;
};
