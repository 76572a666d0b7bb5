// [.screenshot] pictures of the referral page, the referral window, the printed slip and the
// home page, on the tests' school and on the demo school (run with LANG=zh_CN.UTF-8 LANGUAGE=zh_CN).
#include "referralsfixture.h"

using namespace xinan;
using namespace xinan::test;
using namespace referralsfixture;

TEST_CASE_METHOD(Fixture, "referral screenshots", "[.screenshot][referrals_ui]")
{
    prepareScreenshots();
    RecordedMessages boxes;
    {
        clock::testing::FixedClock earlier(QDate(2026, 11, 2));
        const qint64 id = referralUpToParents(*this, long_, ParentConsent::Consent);
        ReferralStep slip;
        slip.referralId = id;
        slip.kind = ReferralStepKind::Slip;
        slip.on = QDate(2026, 11, 2);
        slip.hospitalId = hospital;
        slip.escort = QStringLiteral("父亲、班主任");
        repo().addStep(slip);
    }
    referralUpToParents(*this, yang, ParentConsent::Refusal);
    ui::ReferralsPage page(school);
    page.resize(1366 - 180, 768 - 60);
    page.show();
    saveScreenshot(page, QStringLiteral("referrals-page.png"));
    REQUIRE(page.select(repo().openReferralOf(long_).value()));
    ui::ReferralDialog *dialog = page.openSelected();
    REQUIRE(dialog != nullptr);
    saveScreenshot(*dialog, QStringLiteral("referral-dialog.png"));
    dialog->close();
    ui::ReferralHomePanel panel(school);
    panel.resize(600, 260);
    panel.show();
    panel.refresh();
    saveScreenshot(panel, QStringLiteral("referral-home-panel.png"));
    ui::HospitalsSection section(school);
    section.resize(760, 420);
    section.show();
    saveScreenshot(section, QStringLiteral("referral-hospitals.png"));
    // The printed slip and the blank receipt, as the PDF's first page.
    const QString shots = qEnvironmentVariable("XINAN_SCREENSHOT_DIR", QStringLiteral(XINAN_SCREENSHOT_DIR));
    const auto printed = [&](const QString &name, const std::function<bool(const QString &)> &print) {
        const QString pdf = dir.path(name + QStringLiteral(".pdf"));
        REQUIRE(print(pdf));
        REQUIRE(QProcess::execute(QStringLiteral("pdftoppm"),
                    { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-singlefile"), pdf,
                        QDir(shots).filePath(name) })
            == 0);
    };
    printed(QStringLiteral("referral-slip"), [&](const QString &pdf) {
        ui::testing::setNextAnswer(true);
        ui::testing::setNextFileName(pdf);
        return ui::exportReferralSlip(school, repo().openReferralOf(long_).value(), &page);
    });
    printed(QStringLiteral("referral-receipt"), [&](const QString &pdf) {
        ui::testing::setNextFileName(pdf);
        return ui::exportBlankReceipt(school, &page);
    });
}

TEST_CASE("referral screenshots on the demo school", "[.screenshot][referrals_ui]")
{
    prepareScreenshots();
    clock::testing::FixedClock fixed(QDate(2026, 11, 16));
    RecordedMessages boxes;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(path, QStringLiteral("demo"), secret(Password), { 200, 2026 });
    ui::MainWindow window(
        std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), secret(Password))));
    window.resize(1366, 768);
    window.show();
    auto *navigation = child<QListWidget>(&window, "navigation");
    for (int i = 0; i < navigation->count(); ++i)
        if (navigation->item(i)->data(Qt::UserRole).toString() == QStringLiteral("referrals"))
            navigation->setCurrentRow(i);
    auto *page = window.findChild<ui::ReferralsPage *>();
    REQUIRE(page != nullptr);
    REQUIRE(child<QStackedWidget>(&window, "pages")->currentWidget() == page);
    CHECK(page->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("referrals-window.png"));
    auto *list = child<QTreeWidget>(page, "referrals");
    list->setCurrentItem(list->topLevelItem(0));
    ui::ReferralDialog *dialog = page->openSelected();
    REQUIRE(dialog != nullptr);
    saveScreenshot(*dialog, QStringLiteral("referral-dialog-demo.png"));
    dialog->close();
    for (int i = 0; i < navigation->count(); ++i)
        if (navigation->item(i)->data(Qt::UserRole).toString() == QStringLiteral("home"))
            navigation->setCurrentRow(i);
    saveScreenshot(window, QStringLiteral("referrals-home.png"));
}
