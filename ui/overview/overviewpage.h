#pragma once
// The school overview: who the school is, how many students are enrolled (per grade, with
// special circumstances and boarders) and which accounts can open the database.

#include "overviewdata.h"

#include <QMap>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QStackedLayout;

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

} // namespace xinan::ui
