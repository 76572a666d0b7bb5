#include "lessondialog.h"

#include "common/accountroles.h"
#include "common/formparts.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {

QString lessonClassText(int grade, const QString &className)
{
    return QStringLiteral("%1 %2").arg(gradeName(grade), className);
}

namespace {

constexpr int GradeRole = Qt::UserRole;
constexpr int ClassRole = Qt::UserRole + 1;

// The signed-in account's name as the staff list gives it, else the account.
QString ownName(SchoolFile &school)
{
    try {
        if (mayRead(school, DataKind::Rooms))
            for (const StaffMember &s : OfficeRepository(school.db(), school.user()).staff())
                if (s.username == school.user() && !s.name.isEmpty())
                    return s.name;
    } catch (const Error &) {
        // the account's name stands in
    }
    return school.user();
}

} // namespace

LessonDialog::LessonDialog(SchoolFile &school, Mode mode, qint64 lessonId, const ClassRef &preset, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_mode(lessonId ? Mode::One : mode)
    , m_lessonId(lessonId)
    , m_day(makeDateEdit(this, QStringLiteral("lessonDay"), clock::today()))
    , m_periods(new QSpinBox(this))
    , m_teacher(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_form(new QComboBox(this))
    , m_error(makeErrorLabel(this, QStringLiteral("lessonError")))
{
    setObjectName(QStringLiteral("lessonDialog"));
    setWindowTitle(lessonId           ? tr("Psychology lesson")
            : m_mode == Mode::Several ? tr("Record a lesson for several classes")
                                      : tr("Record a psychology lesson"));
    LessonRepository lessons(m_school.db(), m_school.user());
    try {
        m_classes = lessons.classes();
    } catch (const Error &e) {
        showError(e.message());
    }
    auto *form = new QFormLayout;
    if (m_mode == Mode::One) {
        m_class = new QComboBox(this);
        m_class->setObjectName(QStringLiteral("lessonClass"));
        for (const ClassRef &c : std::as_const(m_classes)) {
            m_class->addItem(lessonClassText(c.grade, c.className));
            m_class->setItemData(m_class->count() - 1, c.grade, GradeRole);
            m_class->setItemData(m_class->count() - 1, c.className, ClassRole);
        }
        form->addRow(tr("Class:"), m_class);
    } else {
        m_classList = new QListWidget(this);
        m_classList->setObjectName(QStringLiteral("lessonClasses"));
        for (const ClassRef &c : std::as_const(m_classes)) {
            auto *item = new QListWidgetItem(lessonClassText(c.grade, c.className), m_classList);
            item->setData(GradeRole, c.grade);
            item->setData(ClassRole, c.className);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_classList->setMinimumHeight(160);
        form->addRow(tr("Classes:"), m_classList);
    }
    m_day->setMaximumDate(clock::today());
    form->addRow(tr("Date:"), m_day);
    m_periods->setObjectName(QStringLiteral("lessonPeriods"));
    m_periods->setRange(1, 8);
    m_periods->setValue(1);
    m_periods->setSuffix(tr(" period(s)"));
    form->addRow(tr("Periods:"), m_periods);
    m_teacher->setObjectName(QStringLiteral("lessonTeacher"));
    m_teacher->setMaxLength(LessonRepository::MaxNameLength);
    m_teacher->setText(ownName(m_school));
    form->addRow(tr("Teacher:"), m_teacher);
    m_topic->setObjectName(QStringLiteral("lessonTopic"));
    m_topic->setMaxLength(LessonRepository::MaxTopicLength);
    m_topic->setPlaceholderText(tr("e.g. 认识情绪"));
    form->addRow(tr("Topic:"), m_topic);
    m_form->setObjectName(QStringLiteral("lessonForm"));
    for (LessonForm f : allLessonForms())
        m_form->addItem(lessonFormName(f), lessonFormCode(f));
    form->addRow(tr("Form:"), m_form);

    auto *layout = new QVBoxLayout(this);
    if (m_mode == Mode::Several)
        layout->addWidget(makeNoteLabel(tr("The same lesson, given to each ticked class on the same day."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    QDialogButtonBox *buttons = makeOkCancel(this, tr("Save"));
    buttons->setObjectName(QStringLiteral("lessonButtons"));
    layout->addWidget(buttons);

    if (lessonId) {
        try {
            const PsychLesson l = lessons.lesson(lessonId);
            chooseClass(l.grade, l.className);
            m_day->setDate(l.givenOn);
            m_periods->setValue(l.periods);
            m_teacher->setText(l.teacher);
            m_topic->setText(l.topic);
            m_form->setCurrentIndex(m_form->findData(lessonFormCode(l.form)));
        } catch (const Error &e) {
            showError(e.message());
        }
    } else if (preset.grade > 0) {
        chooseClass(preset.grade, preset.className);
    }
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

bool LessonDialog::chooseClass(int grade, const QString &className)
{
    const qsizetype index = std::find(m_classes.cbegin(), m_classes.cend(), ClassRef { grade, className }) - m_classes.cbegin();
    if (index >= m_classes.size())
        return false;
    if (m_class)
        m_class->setCurrentIndex(static_cast<int>(index));
    else
        m_classList->item(static_cast<int>(index))->setCheckState(Qt::Checked);
    return true;
}

QList<ClassRef> LessonDialog::chosenClasses() const
{
    QList<ClassRef> out;
    if (m_class) {
        if (m_class->currentIndex() >= 0)
            out << ClassRef { m_class->currentData(GradeRole).toInt(), m_class->currentData(ClassRole).toString() };
        return out;
    }
    for (int i = 0; i < m_classList->count(); ++i)
        if (m_classList->item(i)->checkState() == Qt::Checked)
            out << ClassRef { m_classList->item(i)->data(GradeRole).toInt(), m_classList->item(i)->data(ClassRole).toString() };
    return out;
}

PsychLesson LessonDialog::lesson() const
{
    PsychLesson l;
    l.id = m_lessonId;
    const QList<ClassRef> chosen = chosenClasses();
    if (!chosen.isEmpty()) {
        l.grade = chosen.first().grade;
        l.className = chosen.first().className;
    }
    l.givenOn = m_day->date();
    l.periods = m_periods->value();
    l.teacher = m_teacher->text();
    l.topic = m_topic->text();
    l.form = lessonFormFromCode(m_form->currentData().toString()).value_or(LessonForm::Lesson);
    return l;
}

void LessonDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LessonDialog::accept()
{
    const PsychLesson l = lesson();
    try {
        LessonRepository lessons(m_school.db(), m_school.user());
        if (m_lessonId) {
            lessons.update(l);
            m_savedIds = { m_lessonId };
        } else {
            m_savedIds = lessons.recordForClasses(l, chosenClasses());
        }
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
