#include "studentpicker.h"

#include "formparts.h"

#include "domain/student.h"
#include "error.h"
#include "services/schoolfile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

QString studentLine(const StudentRow &row)
{
    return QStringLiteral("%1 · %2 %3 · %4").arg(row.name, gradeName(row.grade), row.className, row.studentNo);
}

QString studentLineFor(SchoolFile &school, qint64 studentId)
{
    const QList<StudentRow> rows = StudentQuery(school.db()).rows({ studentId });
    if (rows.isEmpty() || rows.first().id == 0)
        return {};
    return studentLine(rows.first());
}

StudentFinder::StudentFinder(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
{
    try {
        m_index = std::make_unique<StudentSearchIndex>(StudentSearchIndex::load(m_school.db()));
    } catch (const Error &e) {
        m_loadError = e.message();
    }
    m_search->setObjectName(QStringLiteral("studentSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin initials or student number (学籍号)"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("studentMatches"));
    connect(m_search, &QLineEdit::textChanged, this, &StudentFinder::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (const qint64 id = currentStudentId())
            Q_EMIT activated(id);
    });
    connect(m_matches, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem *item) { Q_EMIT chosen(item ? item->data(Qt::UserRole).toLongLong() : 0); });
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT activated(id);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches, 1);
}

StudentFinder::~StudentFinder() = default;

void StudentFinder::setCompact(bool compact)
{
    m_compact = compact;
    m_matches->setVisible(!compact || !normalizedSearchText(m_search->text()).isEmpty());
}

qint64 StudentFinder::currentStudentId() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StudentFinder::fail(const QString &message)
{
    m_loadError = message;
    Q_EMIT failed(message);
}

void StudentFinder::search(const QString &text)
{
    m_matches->clear();
    const bool typed = !normalizedSearchText(text).isEmpty();
    if (m_compact)
        m_matches->setVisible(typed);
    if (!typed)
        return;
    if (!m_index) {
        fail(m_loadError);
        return;
    }
    try {
        StudentFilter filter;
        filter.text = text;
        std::vector<qint64> ids = m_index->match(filter, StudentSort::Name, true);
        if (ids.size() > static_cast<size_t>(m_maxMatches))
            ids.resize(m_maxMatches);
        for (const StudentRow &row : StudentQuery(m_school.db()).rows(ids)) {
            if (row.id == 0)
                continue;
            auto *item = new QListWidgetItem(studentLine(row), m_matches);
            item->setData(Qt::UserRole, row.id);
        }
        if (m_matches->count() == 1)
            m_matches->setCurrentRow(0);
        if (m_matches->count() == 0 && m_compact) {
            auto *none = new QListWidgetItem(tr("No student matches \"%1\".").arg(text.trimmed()), m_matches);
            none->setFlags(Qt::NoItemFlags);
        }
    } catch (const Error &e) {
        fail(e.message());
    }
}

StudentPickerDialog::StudentPickerDialog(SchoolFile &school, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_finder(new StudentFinder(school, this))
    , m_error(makeErrorLabel(this, QStringLiteral("pickerError")))
{
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *choose = buttons->addButton(tr("Choose"), QDialogButtonBox::AcceptRole);
    choose->setObjectName(QStringLiteral("chooseStudent"));
    choose->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StudentPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StudentPickerDialog::reject);
    connect(m_finder, &StudentFinder::activated, this, &StudentPickerDialog::accept);
    connect(m_finder, &StudentFinder::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Find the student:"), this));
    layout->addWidget(m_finder, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!m_finder->errorText().isEmpty()) {
        m_error->setText(m_finder->errorText());
        m_error->show();
    }
    resize(520, 420);
}

void StudentPickerDialog::accept()
{
    m_studentId = m_finder->currentStudentId();
    if (m_studentId == 0) {
        m_error->setText(tr("Type a name or student number (学籍号) and pick the student from the list."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
