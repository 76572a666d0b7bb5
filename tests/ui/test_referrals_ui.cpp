// Referrals (转介) in the GUI on real encrypted databases: a referral opened from the student's
// file and walked through its window (case meeting → parents' consent → slip → receipt →
// follow-up → closed), the form offering only the steps the loop allows; a refusal and a
// missing receipt on the home panel; the referral slip and the blank receipt as searchable
// PDFs; the partner hospitals in Settings; starting a referral from a crisis event; the head
// reading without write buttons and the class teacher without the page. The
// [.screenshot] pictures are in test_referrals_screenshots.cpp.
#include "referralsfixture.h"

using namespace xinan;
using namespace xinan::test;
using namespace referralsfixture;

TEST_CASE_METHOD(Fixture, "a referral opened from the student file walks through every step to closing", "[referrals_ui]")
{
    RecordedMessages boxes;
    ui::ReferralsTab tab(school, yang);
    tab.show();
    CHECK(tab.rowCount() == 0);

    auto *open = dynamic_cast<ui::OpenReferralDialog *>(tab.newReferral());
    REQUIRE(open != nullptr);
    CHECK(child<QLabel>(open, "referralStudent")->text().contains(QStringLiteral("杨小雨")));
    // No reason: refused by the repository, shown in the dialog, nothing written.
    open->accept();
    CHECK(open->isVisible());
    CHECK(child<QLabel>(open, "openReferralError")->isVisibleTo(open));
    CHECK(repo().studentReferrals(yang).isEmpty());
    child<QPlainTextEdit>(open, "referralReason")->setPlainText(Reason);
    open->accept();
    REQUIRE(repo().studentReferrals(yang).size() == 1);
    CHECK(tab.rowCount() == 1);

    auto *dialog = shownDialog<ui::ReferralDialog>(&tab, "referralDialog");
    const qint64 id = dialog->referralId();
    CHECK(repo().detail(id).referral.source == ReferralSource::File);
    // Only the case meeting may come first.
    CHECK(dialog->offeredKinds() == kinds({ ReferralStepKind::Meeting }));
    CHECK_FALSE(dialog->chooseKind(ReferralStepKind::Slip));
    CHECK_FALSE(dialog->chooseKind(ReferralStepKind::Receipt));

    // A meeting without its conclusion is refused with the repository's message; nothing written.
    child<QLineEdit>(dialog, "meetingAttendees")->setText(QStringLiteral("王老师、班主任李老师、张校长"));
    CHECK_FALSE(dialog->saveStep());
    CHECK(child<QLabel>(dialog, "referralError")->isVisibleTo(dialog));
    CHECK(child<QLabel>(dialog, "referralError")->text().contains(QStringLiteral("conclusion")));
    CHECK(repo().detail(id).steps.isEmpty());
    child<QPlainTextEdit>(dialog, "meetingConclusion")->setPlainText(QStringLiteral("建议转介医院评估，本周告知家长"));
    REQUIRE(dialog->saveStep());
    CHECK_FALSE(child<QLabel>(dialog, "referralError")->isVisibleTo(dialog));

    // Then the parents (chosen first: the loop's next step); a slip is not offered before consent.
    CHECK(dialog->offeredKinds() == kinds({ ReferralStepKind::Meeting, ReferralStepKind::Parents }));
    CHECK(child<QComboBox>(dialog, "stepKind")->currentData().toInt() == static_cast<int>(ReferralStepKind::Parents));
    child<QComboBox>(dialog, "parentsMethod")->setEditText(QStringLiteral("电话"));
    child<QRadioButton>(dialog, "parentsConsent")->setChecked(true);
    child<QPlainTextEdit>(dialog, "parentsResponse")->setPlainText(QStringLiteral("母亲同意，周六陪同就诊"));
    REQUIRE(dialog->saveStep());

    // The slip, to the partner hospital chosen in the combo.
    CHECK(dialog->offeredKinds() == kinds({ ReferralStepKind::Parents, ReferralStepKind::Slip }));
    REQUIRE(dialog->chooseKind(ReferralStepKind::Slip));
    auto *hospitalBox = child<QComboBox>(dialog, "slipHospital");
    REQUIRE(hospitalBox->findText(Hospital) >= 0);
    hospitalBox->setCurrentIndex(hospitalBox->findText(Hospital));
    child<QLineEdit>(dialog, "slipDepartment")->setText(QStringLiteral("儿童青少年心理科"));
    child<QLineEdit>(dialog, "slipEscort")->setText(QStringLiteral("母亲、班主任"));
    REQUIRE(dialog->saveStep());
    {
        const ReferralDetail d = repo().detail(id);
        REQUIRE(d.steps.size() == 3);
        CHECK(d.steps.last().kind == ReferralStepKind::Slip);
        CHECK(d.steps.last().hospitalId == hospital);
        CHECK(d.steps.last().escort == QStringLiteral("母亲、班主任"));
        CHECK(d.referral.stage == ReferralStage::Slip);
    }

    // The slip as a PDF: the warning first (it names the student), then the file, searchable.
    const QString pdf = dir.path(QStringLiteral("slip.pdf"));
    ui::testing::setNextAnswer(true);
    ui::testing::setNextFileName(pdf);
    child<QPushButton>(dialog, "exportReferralSlip")->click();
    REQUIRE(QFile::exists(pdf));
    CHECK(boxes.messages().size() >= 2);
    CHECK(boxes.messages().first().kind == ui::MessageKind::Warning);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("杨小雨")));
    CHECK(text.contains(Hospital));
    CHECK(text.contains(QStringLiteral("回执")));
    CHECK(text.contains(QStringLiteral("G520000000001")));
    CHECK(text.contains(QStringLiteral("母亲、班主任")));
    CHECK(text.contains(QStringLiteral("睡眠差")));
    CHECK(radicalsIn(text).isEmpty());
    // The slip and its tear-off receipt on one A4 page.
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QStringLiteral("(A4)")));
    const QList<AuditEntry> audit = recentAudit(school.db(), 20);
    CHECK(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) { return e.entity == u"referral_slip"; }));

    // The receipt (date seen, outpatient, summary), a follow-up, then closing.
    CHECK(dialog->offeredKinds() == kinds({ ReferralStepKind::Slip, ReferralStepKind::Receipt }));
    REQUIRE(dialog->chooseKind(ReferralStepKind::Receipt));
    auto *outcome = child<QComboBox>(dialog, "receiptOutcome");
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(ReceiptOutcome::Outpatient)));
    child<QPlainTextEdit>(dialog, "receiptSummary")->setPlainText(QStringLiteral("门诊就诊，建议四周后复诊，可正常上学"));
    REQUIRE(dialog->saveStep());
    CHECK(dialog->offeredKinds() == kinds({ ReferralStepKind::FollowUp }));
    child<QPlainTextEdit>(dialog, "followupNote")->setPlainText(QStringLiteral("睡眠好转，按时服药"));
    REQUIRE(dialog->saveStep());
    CHECK(child<QTreeWidget>(dialog, "referralSteps")->topLevelItemCount() == 6); // opened + five steps

    // The follow-up interval.
    child<QSpinBox>(dialog, "followupDays")->setValue(21);
    child<QPushButton>(dialog, "applyFollowupDays")->click();
    CHECK(repo().detail(id).referral.followupDays == 21);

    ui::CloseReferralDialog *closing = dialog->closeReferral();
    REQUIRE(closing != nullptr);
    closing->accept(); // no reason: refused, stays open
    CHECK(closing->isVisible());
    CHECK(repo().detail(id).referral.open);
    child<QPlainTextEdit>(closing, "closeReason")->setPlainText(QStringLiteral("门诊治疗两个月，情况稳定，转入常规关注"));
    closing->accept();
    const ReferralDetail done = repo().detail(id);
    CHECK_FALSE(done.referral.open);
    CHECK(done.referral.closedOn == QDate(2026, 11, 16));
    CHECK(dialog->offeredKinds().isEmpty());
    CHECK(child<QLabel>(dialog, "noNextStep")->isVisibleTo(dialog));
    CHECK_FALSE(child<QPushButton>(dialog, "closeReferral")->isEnabled());
    dialog->close();
    waitUntil([&] { return tab.findChildren<ui::ReferralDialog *>().isEmpty(); }, 3000);
    tab.reload();
    CHECK(tab.rowCount() == 1);
}

TEST_CASE_METHOD(Fixture, "a refusal and a missing receipt wait on the home panel, which opens the referral", "[referrals_ui]")
{
    ui::ReferralHomePanel panel(school);
    panel.show();
    panel.refresh();
    CHECK(panel.waitingCount() == 0);
    CHECK(child<QLabel>(&panel, "referralAttentionEmpty")->isVisibleTo(&panel));

    // Yang's parents refuse (through the window: the slip is not offered after a refusal).
    const qint64 refused = [&] {
        clock::testing::FixedClock earlier(QDate(2026, 11, 2));
        ReferralRepository r = repo();
        const qint64 id = r.open(yang, QDate(2026, 11, 2), Reason);
        ReferralStep meeting;
        meeting.referralId = id;
        meeting.kind = ReferralStepKind::Meeting;
        meeting.on = QDate(2026, 11, 2);
        meeting.body = QStringLiteral("建议转介");
        r.addStep(meeting);
        return id;
    }();
    ui::ReferralDialog *dialog = panel.openReferralOf(refused);
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->chooseKind(ReferralStepKind::Parents));
    child<QComboBox>(dialog, "parentsMethod")->setEditText(QStringLiteral("家访"));
    child<QRadioButton>(dialog, "parentsRefusal")->setChecked(true);
    child<QPlainTextEdit>(dialog, "parentsResponse")->setPlainText(QStringLiteral("父亲认为孩子没病，拒绝就诊"));
    REQUIRE(dialog->saveStep());
    CHECK_FALSE(dialog->offeredKinds().contains(ReferralStepKind::Slip));
    CHECK(dialog->offeredKinds().contains(ReferralStepKind::FollowUp));
    // The panel refreshed on the window's change.
    CHECK(panel.waitingCount() == 1);
    dialog->close();

    // Long's slip of 2 November has no receipt on the 16th: 14 days after the slip.
    {
        clock::testing::FixedClock earlier(QDate(2026, 11, 2));
        const qint64 id = referralUpToParents(*this, long_, ParentConsent::Consent);
        ReferralStep slip;
        slip.referralId = id;
        slip.kind = ReferralStepKind::Slip;
        slip.on = QDate(2026, 11, 2);
        slip.hospitalId = hospital;
        repo().addStep(slip);
    }
    panel.refresh();
    CHECK(panel.waitingCount() == 2);
    auto *list = child<QTreeWidget>(&panel, "referralAttention");
    REQUIRE(list->topLevelItemCount() == 2);
    QStringList waiting;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        waiting << list->topLevelItem(i)->text(0) + QLatin1Char(' ') + list->topLevelItem(i)->text(3);
    INFO(waiting.join(QLatin1Char('\n')).toStdString());
    CHECK(waiting.filter(QStringLiteral("龙小军")).join(QString()).contains(QStringLiteral("14")));
    CHECK_FALSE(waiting.filter(QStringLiteral("杨小雨")).join(QString()).isEmpty());
    CHECK_FALSE(child<QLabel>(&panel, "referralAttentionEmpty")->isVisibleTo(&panel));

    // The page lists both, the overdue one in red.
    ui::ReferralsPage page(school);
    page.show();
    CHECK(page.rowCount() == 2);
}

TEST_CASE_METHOD(Fixture, "a referral starts from a crisis event with its source", "[referrals_ui]")
{
    RecordedMessages boxes;
    const qint64 event = CrisisRepository(school.db(), school.user())
                             .open(yang, QDateTime(QDate(2026, 11, 16), QTime(8, 30)), QStringLiteral("课间在走廊哭泣"));
    ui::CrisisDialog crisis(school, event);
    crisis.show();
    auto *refer = child<QPushButton>(&crisis, "referButton");
    CHECK(refer->isVisibleTo(&crisis));
    refer->click();
    auto *open = shownDialog<ui::OpenReferralDialog>(&crisis, "openReferralDialog");
    CHECK(child<QLabel>(open, "referralStudent")->text().contains(QStringLiteral("杨小雨")));
    child<QPlainTextEdit>(open, "referralReason")->setPlainText(Reason);
    open->accept();
    const QList<Referral> referrals = repo().studentReferrals(yang);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.first().source == ReferralSource::Crisis);
    CHECK(referrals.first().sourceId == event);
    shownDialog<ui::ReferralDialog>(&crisis, "referralDialog")->close();

    // Again: the open referral opens instead of a second one.
    refer->click();
    CHECK(shownDialog<ui::ReferralDialog>(&crisis, "referralDialog")->referralId() == referrals.first().id);
    CHECK(repo().studentReferrals(yang).size() == 1);
}

TEST_CASE_METHOD(Fixture, "an alert starts a referral with its source", "[referrals_ui]")
{
    RecordedMessages boxes;
    // A PHQ-9 with item 9 = 2 raises an alert for the student.
    ScreeningRepository(school.db(), school.user())
        .record(QStringLiteral("2026秋 初二 PHQ-9"), QStringLiteral("2026-2027-1"), *findInstrument(QStringLiteral("phq9")),
            { { yang, { 2, 2, 2, 2, 2, 2, 2, 1, 2 }, clock::today() } }, QStringLiteral("entered"));
    const QList<Alert> alerts = AlertRepository(school.db(), school.user()).forStudent(yang);
    REQUIRE(alerts.size() == 1);
    ui::HandleAlertDialog handle(school, alerts.first().id);
    handle.show();
    child<QPushButton>(&handle, "referButton")->click();
    auto *open = shownDialog<ui::OpenReferralDialog>(&handle, "openReferralDialog");
    CHECK(child<QLabel>(open, "referralStudent")->text().contains(QStringLiteral("杨小雨")));
    child<QPlainTextEdit>(open, "referralReason")->setPlainText(Reason);
    open->accept();
    const QList<Referral> referrals = repo().studentReferrals(yang);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.first().source == ReferralSource::Alert);
    CHECK(referrals.first().sourceId == alerts.first().id);
}

TEST_CASE_METHOD(Fixture, "a saved counselling record starts a referral with its source", "[referrals_ui]")
{
    RecordedMessages boxes;
    CounsellingRecordInput input;
    input.studentId = long_;
    input.heldOn = QDate(2026, 11, 13);
    input.summary = QStringLiteral("谈了睡眠和学习压力");
    const qint64 record = SessionRepository(school.db(), school.user()).add(input);
    // A new record has nothing to start from yet: no button.
    {
        ui::SessionDialog fresh(school, long_, 0);
        fresh.show();
        CHECK(fresh.findChild<QPushButton *>(QStringLiteral("referButton")) == nullptr);
    }
    std::unique_ptr<ui::SessionDialog> edit(ui::SessionDialog::editRecord(school, record));
    edit->show();
    auto *refer = child<QPushButton>(edit.get(), "referButton");
    REQUIRE(refer->isVisibleTo(edit.get()));
    refer->click();
    auto *open = shownDialog<ui::OpenReferralDialog>(edit.get(), "openReferralDialog");
    child<QPlainTextEdit>(open, "referralReason")->setPlainText(Reason);
    open->accept();
    const QList<Referral> referrals = repo().studentReferrals(long_);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.first().source == ReferralSource::Session);
    CHECK(referrals.first().sourceId == record);
}

TEST_CASE_METHOD(Fixture, "the page opens a referral for a student found with the picker", "[referrals_ui]")
{
    RecordedMessages boxes;
    ui::ReferralsPage page(school);
    page.show();
    CHECK(page.rowCount() == 0);
    QSignalSpy changed(&page, &ui::ModulePage::changed);
    auto *open = dynamic_cast<ui::OpenReferralDialog *>(page.newReferral());
    REQUIRE(open != nullptr);
    child<QPlainTextEdit>(open, "referralReason")->setPlainText(Reason);
    open->accept(); // no student chosen
    CHECK(open->isVisible());
    CHECK(child<QLabel>(open, "openReferralError")->isVisibleTo(open));
    child<QLineEdit>(open, "studentSearch")->setText(QStringLiteral("lxj"));
    REQUIRE(child<QListWidget>(open, "studentMatches")->count() == 1);
    CHECK(open->studentId() == long_);
    open->accept();
    CHECK(page.rowCount() == 1);
    CHECK(changed.size() >= 1);
    auto *dialog = shownDialog<ui::ReferralDialog>(&page, "referralDialog");
    CHECK(dialog->detail().referral.studentId == long_);
    CHECK(dialog->detail().referral.reason == Reason);
    // The student's file is asked of the shell.
    QSignalSpy student(&page, &ui::ModulePage::openStudent);
    REQUIRE(page.select(dialog->referralId()));
    child<QPushButton>(&page, "openReferralStudent")->click();
    REQUIRE(student.size() == 1);
    CHECK(student.first().first().toLongLong() == long_);
}

TEST_CASE_METHOD(Fixture, "the blank receipt form prints without a name", "[referrals_ui]")
{
    RecordedMessages boxes;
    ui::ReferralsPage page(school);
    page.show();
    const QString pdf = dir.path(QStringLiteral("receipt.pdf"));
    ui::testing::setNextFileName(pdf);
    REQUIRE(ui::exportBlankReceipt(school, &page));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("回执")));
    CHECK(text.contains(sampleSchool().name));
    CHECK_FALSE(text.contains(QStringLiteral("杨小雨")));
}

TEST_CASE_METHOD(Fixture, "the partner hospitals settings section adds, edits and removes hospitals", "[referrals_ui]")
{
    RecordedMessages boxes;
    ui::HospitalsSection section(school);
    section.show();
    CHECK(section.hospitalCount() == 1);
    // A suggestion is stored only when chosen; the one the school has already is refused.
    const QList<PartnerHospital> suggested = ReferralRepository::suggestedHospitals();
    REQUIRE(suggested.size() >= 2);
    CHECK(suggested.first().name == Hospital);
    CHECK_FALSE(section.addSuggestion(0));
    CHECK(child<QLabel>(&section, "hospitalsError")->isVisibleTo(&section));
    REQUIRE(section.addSuggestion(1));
    CHECK(section.hospitalCount() == 2);

    ui::HospitalDialog *add = section.addHospital();
    REQUIRE(add != nullptr);
    add->accept(); // no name
    CHECK(add->isVisible());
    child<QLineEdit>(add, "hospitalName")->setText(QStringLiteral("毕节市第一人民医院"));
    child<QLineEdit>(add, "hospitalDepartment")->setText(QStringLiteral("心理科"));
    child<QLineEdit>(add, "hospitalGreenChannel")->setText(QStringLiteral("王护士 0857-0000000"));
    add->accept();
    CHECK(section.hospitalCount() == 3);
    const QList<PartnerHospital> stored = repo().hospitals();
    CHECK(std::any_of(stored.cbegin(), stored.cend(), [](const PartnerHospital &h) {
        return h.name == QStringLiteral("毕节市第一人民医院") && h.greenChannel == QStringLiteral("王护士 0857-0000000");
    }));

    auto *list = child<QTreeWidget>(&section, "partnerHospitals");
    list->setCurrentItem(list->topLevelItem(2));
    ui::testing::setNextAnswer(true);
    REQUIRE(section.removeSelected());
    CHECK(section.hospitalCount() == 2);

    child<QSpinBox>(&section, "receiptDueDays")->setValue(10);
    REQUIRE(section.save());
    CHECK(repo().receiptDueDays() == 10);
}

TEST_CASE("the head reads referrals without write buttons and the class teacher does not see them", "[referrals_ui]")
{
    clock::testing::FixedClock fixed(QDate(2026, 11, 16));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("roles.xinan"));
    createSchool(path);
    qint64 student = 0;
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
        Student s;
        s.studentNo = QStringLiteral("G520000000009");
        s.name = QStringLiteral("吴小花");
        s.grade = 7;
        s.className = QStringLiteral("1班");
        student = StudentRepository(school.db(), school.user()).add(s);
        ReferralRepository(school.db(), school.user()).open(student, QDate(2026, 11, 10), Reason);
        school.addUser(QStringLiteral("zhang"), secret(Password), AccountRole::Head);
        school.addUser(QStringLiteral("li"), secret(Password), AccountRole::ClassTeacher);
    }
    auto pageIds = [](AccountRole role) {
        QStringList ids;
        for (const ui::PageFactory &p : ui::pageFactoriesFor(role))
            ids << p.id;
        return ids;
    };
    auto tabIds = [](AccountRole role) {
        QStringList ids;
        for (const ui::StudentFileTabFactory &t : ui::studentFileTabFactories())
            if (ui::roleSees(t.roles, role))
                ids << t.id;
        return ids;
    };
    CHECK(pageIds(AccountRole::Counsellor).contains(QStringLiteral("referrals")));
    CHECK(pageIds(AccountRole::Head).contains(QStringLiteral("referrals")));
    CHECK_FALSE(pageIds(AccountRole::ClassTeacher).contains(QStringLiteral("referrals")));
    CHECK_FALSE(pageIds(AccountRole::Admin).contains(QStringLiteral("referrals")));
    CHECK(tabIds(AccountRole::Head).contains(QStringLiteral("referralsTab")));
    CHECK_FALSE(tabIds(AccountRole::ClassTeacher).contains(QStringLiteral("referralsTab")));

    SchoolFile head = SchoolFile::unlockWithPassword(path, QStringLiteral("zhang"), secret(Password));
    ui::ReferralsPage page(head);
    page.show();
    CHECK(page.rowCount() == 1);
    for (const char *name : { "newReferral", "referralSlipButton", "blankReceiptButton" })
        CHECK_FALSE(child<QPushButton>(&page, name)->isVisibleTo(&page));
    CHECK(page.newReferral() == nullptr);
    REQUIRE(page.select(ReferralRepository(head.db(), head.user()).referrals().first().id));
    ui::ReferralDialog *dialog = page.openSelected();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->findChild<QGroupBox *>(QStringLiteral("nextStepBox")) == nullptr);
    CHECK_FALSE(child<QPushButton>(dialog, "closeReferral")->isVisibleTo(dialog));
    CHECK_FALSE(child<QPushButton>(dialog, "exportReferralSlip")->isVisibleTo(dialog));
    // The sealed reason stays with the counselling teacher.
    CHECK_FALSE(child<QLabel>(dialog, "referralReason")->text().contains(QStringLiteral("睡眠差")));
    CHECK(dialog->saveStep() == false);
    dialog->close();

    ui::ReferralsTab tab(head, student);
    CHECK_FALSE(child<QPushButton>(&tab, "newReferral")->isVisibleTo(&tab));
    CHECK(tab.rowCount() == 1);
}
