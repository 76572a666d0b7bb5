#pragma once
// The school overview: who the school is, how many students are enrolled (per grade, with
// special circumstances and boarders) and which accounts can open the database.

#include "overviewdata.h"

#include "common/modulepage.h"

#include <QMap>

class QChartView;
class QGridLayout;
class QLabel;
class QStackedLayout;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setData(const OverviewData &overview);

private:
    QWidget *card(const QString &caption, QLabel *value, const QString &objectName);
    void setGradeChart(const QMap<int, int> &byGrade);

    QLabel *m_schoolName;
    QLabel *m_schoolDetails;
    QLabel *m_enrolled;
    QLabel *m_boarding;
    QLabel *m_accountCount;
    QStackedLayout *m_gradeStack;
    QChartView *m_gradeChart;
    QLabel *m_noStudents;
    QMap<int, QLabel *> m_circumstanceCounts; // by SpecialCircumstance bit
    QLabel *m_accounts;
};

// The overview as the main window's page: the OverviewPage in a scroll area, read from the
// school file on refresh().
class OverviewModulePage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModulePage)

public:
    explicit OverviewModulePage(SchoolFile &school, QWidget *parent = nullptr);

    void refresh() override;
    OverviewPage *overview() const { return m_overview; }

private:
    SchoolFile &m_school;
    OverviewPage *m_overview;
};

} // namespace xinan::ui
