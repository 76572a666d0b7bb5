#include "instrumentimportdialog.h"

#include "common/dialogseams.h"
#include "common/formparts.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Larger files are refused by parseInstrument() with their size; no need to read more.
constexpr qint64 MaxReadBytes = 1024 * 1024 + 1;

QLabel *wrapped(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

InstrumentImportDialog *InstrumentImportDialog::chooseFile(SchoolFile &school, QWidget *parent)
{
    const QString title = tr("Import an instrument definition");
    const QString path = askOpenFileName(parent, title, QString(), tr("Instrument definitions (*.json)"));
    if (path.isEmpty())
        return nullptr;
    InstrumentImport import;
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Rejected, tr("Cannot read %1: %2").arg(path, file.errorString()));
        import = InstrumentRepository(school.db(), school.user()).check(file.read(MaxReadBytes), QFileInfo(path).fileName());
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, title, e.message());
        return nullptr;
    }
    if (import.kind == InstrumentImport::Kind::Same) {
        showMessage(parent, MessageKind::Information, title,
            tr("The school already has this definition of %1 (%2); there is nothing to import.")
                .arg(import.instrument.shortName, import.instrument.name));
        return nullptr;
    }
    auto *dialog = new InstrumentImportDialog(school, std::move(import), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

InstrumentImportDialog::InstrumentImportDialog(SchoolFile &school, InstrumentImport import, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_import(std::move(import))
    , m_error(makeErrorLabel(this, QStringLiteral("error")))
{
    setWindowTitle(tr("Import an instrument definition"));
    resize(640, 560);
    const Instrument &in = m_import.instrument;

    auto *intro = wrapped(tr("Import only an instrument the school is licensed to use. Once imported it can be chosen for a "
                             "screening drive, and its answers are scored with the bands below."),
        this);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), wrapped(m_import.fileName, this, QStringLiteral("file")));
    form->addRow(tr("Instrument:"),
        wrapped(
            tr("%1 %2 (id %3, version %4)").arg(in.shortName, in.name, in.id, in.version), this, QStringLiteral("instrument")));
    if (!in.reference.isEmpty())
        form->addRow(tr("Source:"), wrapped(in.reference, this, QStringLiteral("reference")));
    form->addRow(tr("Question:"), wrapped(in.stem, this));
    form->addRow(tr("Items:"),
        wrapped(tr("%n item(s), scored %1 to %2 in total", nullptr, static_cast<int>(in.items.size()))
                    .arg(in.minTotal())
                    .arg(in.maxTotal()),
            this, QStringLiteral("items")));
    QStringList options;
    for (const InstrumentOption &o : in.options)
        options.append(QStringLiteral("%1 = %2").arg(o.value).arg(o.label));
    form->addRow(tr("Answers:"), wrapped(options.join(QStringLiteral("; ")), this, QStringLiteral("options")));
    QStringList critical;
    for (const CriticalItem &c : in.criticalItems)
        critical.append(tr("item %1 answered above %2: %3").arg(c.item).arg(c.above).arg(c.reason));
    form->addRow(tr("Critical items:"),
        wrapped(critical.isEmpty() ? tr("none") : critical.join(QStringLiteral("\n")), this, QStringLiteral("criticalItems")));
    if (!in.subscales.isEmpty()) {
        QStringList subscales;
        for (const Subscale &s : in.subscales)
            subscales.append(s.label);
        form->addRow(tr("Subscales:"), wrapped(subscales.join(QStringLiteral("、")), this, QStringLiteral("subscales")));
    }

    auto *bands = new QTableWidget(static_cast<int>(in.bands.size()), 3, this);
    bands->setObjectName(QStringLiteral("bands"));
    bands->setHorizontalHeaderLabels({ tr("Totals"), tr("Band"), tr("Second-stage interview") });
    bands->verticalHeader()->hide();
    bands->setEditTriggers(QAbstractItemView::NoEditTriggers);
    bands->setSelectionMode(QAbstractItemView::NoSelection);
    bands->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    bands->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < in.bands.size(); ++i) {
        const InstrumentBand &b = in.bands.at(i);
        bands->setItem(i, 0, cell(QStringLiteral("%1–%2").arg(b.from).arg(b.to)));
        bands->setItem(i, 1, cell(b.label));
        bands->setItem(i, 2, cell(b.flag ? tr("yes") : QString()));
    }

    auto *replace = wrapped(
        tr("The school already has a definition of \"%1\", and no result uses it yet: importing replaces it.").arg(in.id), this,
        QStringLiteral("replaceNote"));
    replace->setVisible(m_import.kind == InstrumentImport::Kind::Replace);

    QDialogButtonBox *buttons = makeOkCancel(this, tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("import"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Bands:"), this));
    layout->addWidget(bands, 1);
    layout->addWidget(replace);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString InstrumentImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InstrumentImportDialog::accept()
{
    Instrument added;
    try {
        added = InstrumentRepository(m_school.db(), m_school.user()).add(m_import);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QWidget *parent = parentWidget();
    const QString title = windowTitle();
    QDialog::accept();
    showMessage(parent, MessageKind::Information, title,
        tr("%1 %2 was imported; choose it when you create a screening drive.").arg(added.shortName, added.name));
}

} // namespace xinan::ui
