// The report's money pages (issue 15, item 6): only for sessions with
// amounts; the totals, every value proposition with its figures, the
// unallocated amounts by where they stopped, all as text pdftotext finds;
// the chart as vectors; many value propositions over several pages; German.
// The figures are worked out by hand in tests/core/test_moneydiff.cpp.

#include "exporter.h"
#include "reportmoney.h"
#include "reportmoneychart.h"
#include "reportwriter.h"
#include "test_export_helpers.h"
#include "translations.h"
#include "uitesthelpers.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace tandem::test {
namespace {

Session loadMoney(const char* name) {
    return testDataSession(QStringLiteral("money/") + QString::fromUtf8(name));
}

// Sets the default locale for one test, and puts the system's back.
struct LocaleScope {
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(QLocale::system()); }
};

QString exportReport(const Session& session, const QString& file, ExportOptions options = {}) {
    SceneFixture fixture(session);
    options.report = true;
    options.format = *exportFormatFromPath(file);
    QString error;
    EXPECT_TRUE(Exporter(fixture.scene.get()).exportToFile(file, options, &error))
        << error.toStdString();
    return file;
}

QStringList titles(const Session& session, ExportOptions options = {}) {
    SceneFixture fixture(session);
    options.report = true;
    return ReportWriter(Exporter(fixture.scene.get()), options).pageTitles(pageSizePoints(options));
}

// The text of pages first..last (1-based), squeezed.
QString pagesText(const QString& file, int first, int last) {
    return squeezed(QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(first),
                 QStringLiteral("-l"), QString::number(last), file, QStringLiteral("-")})
            .out));
}

TEST(ReportMoney, NoMoneyPageWithoutAmounts) {
    Session session = loadMoney("tobe.tandem.yaml");
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : session.state.elements(block))
            element.amount.reset();
    }
    const QStringList pages = titles(session);
    EXPECT_FALSE(pages.contains(QStringLiteral("Money"))) << pages.join(", ").toStdString();
    EXPECT_EQ(pages.last(), QStringLiteral("Traceability matrix"));
    EXPECT_FALSE(ReportMoney(session.state, session.info).isPresent());
}

TEST(ReportMoney, PageAfterTheFindingsWithTotalsPromisesAndStops) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    TANDEM_REQUIRE_TOOL("pdfimages");
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    const Session toBe = loadMoney("tobe.tandem.yaml");
    const QStringList pages = titles(toBe);
    const int money = static_cast<int>(pages.indexOf(QStringLiteral("Money")));
    ASSERT_GT(money, 0) << pages.join(", ").toStdString();
    EXPECT_EQ(pages.count(QStringLiteral("Money")), 1); // a few promises fit one page
    EXPECT_EQ(pages.at(money - 1), QStringLiteral("Alignment findings"));
    EXPECT_EQ(pages.at(money + 1), QStringLiteral("Traceability matrix"));

    QTemporaryDir dir;
    const QString file = exportReport(toBe, dir.filePath(QStringLiteral("tobe.pdf")));
    const QString text = pagesText(file, money + 1, money + 1);
    // Totals: revenue 177000, cost 108000, profit 69000; 7000 of revenue
    // and 3000 of cost reach no value proposition.
    for (const char* expected :
         {"Money", "AmountsinEURperyear", "€177,000", "€108,000", "€69,000", "€7,000", "€3,000",
          "€170,000allocated", "€105,000allocated", "39%ofrevenue"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // Each value proposition's row: revenue, cost to serve, margin, share.
    for (const char* row :
         {"Beansroastedtoorder€112,500€60,000€52,50047%", "Traceableorigin€37,500€0€37,500100%",
          "Brewingapp€20,000€45,000-€25,000-125%",
          "Reachingvaluepropositions€170,000€105,000€65,00038%",
          "Reachingnovalueproposition€7,000€3,000€4,000", "Total€177,000€108,000€69,00039%"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(row))) << row << "\n" << text.toStdString();
    // Where the unallocated amounts stopped, by text, with the reason.
    EXPECT_TRUE(
        text.contains(QStringLiteral("AdvertisingCostStructureAcostlinkedtonothing.–€3,000")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "InnovationgrantRevenueStreamsArevenuestreamlinkedtonovalueproposition.€7,000–")));
    // The chart: the scale and the bars' values, drawn as vectors.
    EXPECT_TRUE(text.contains(QStringLiteral("-€25,000"))) << text.toStdString();
    const QByteArray images =
        runTool(QStringLiteral("pdfimages"),
                {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(money + 1),
                 QStringLiteral("-l"), QString::number(money + 1), file})
            .out;
    EXPECT_EQ(pdfImageCount(images), 0) << images.toStdString();
    // The title page's glance: the profit's share of revenue.
    EXPECT_TRUE(
        pagesText(file, 1, 1)
            .contains(QStringLiteral("39%profitmargin:€69,000profitperyearon€177,000revenue")))
        << pagesText(file, 1, 1).toStdString();
}

// Amounts but no value proposition: everything is unallocated, no chart.
TEST(ReportMoney, WithoutValuePropositionsEverythingIsUnallocated) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    Session session = loadMoney("tobe.tandem.yaml");
    session.state.elements(Block::ValuePropositions).clear();
    session.state.links.clear();
    const QStringList pages = titles(session);
    const int money = static_cast<int>(pages.indexOf(QStringLiteral("Money")));
    ASSERT_GT(money, 0);
    QTemporaryDir dir;
    const QString text = pagesText(exportReport(session, dir.filePath(QStringLiteral("none.pdf"))),
                                   money + 1, money + 1);
    EXPECT_FALSE(text.contains(QStringLiteral("Revenue,costtoserveandmargin")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reachingvaluepropositions€0€0€0–")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Total€177,000€108,000€69,00039%")));
    // Every amount stops where it is: the development cost at itself.
    EXPECT_TRUE(
        text.contains(QStringLiteral("AppdevelopmentCostStructureAcostlinkedtonothing.–€40,000")))
        << text.toStdString();
}

// The chart in SVG: a bar per figure in the figure's colour, no bitmap.
TEST(ReportMoney, ChartIsVectorBars) {
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    const Session toBe = loadMoney("tobe.tandem.yaml");
    ReportMoney money(toBe.state, toBe.info);
    const QRectF body(0, 0, 523, 760);
    money.paginate(body.size());
    ASSERT_EQ(money.pageCount(), 1);
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(595, 842));
    svg.setViewBox(QRectF(0, 0, 595, 842));
    {
        QPainter painter(&svg);
        money.paintPage(&painter, body, 0);
    }
    const QString out = QString::fromUtf8(buffer.data());
    EXPECT_FALSE(out.contains(QStringLiteral("<image")));
    // Revenue bars: three value propositions, plus the legend's swatch and
    // the revenue tile's accent.
    EXPECT_EQ(out.count(QStringLiteral("fill=\"#0072b2\"")), 5) << out.toStdString();
    // One negative margin (the app's): its bar and the legend's swatch.
    EXPECT_EQ(out.count(QStringLiteral("fill=\"#d55e00\"")), 2);
}

TEST(ReportMoney, ManyPromisesContinueOverPages) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    const Session many = loadMoney("many.tandem.yaml");
    ExportOptions options;
    options.page = QPageSize::A4;
    options.orientation = QPageLayout::Portrait;
    const QStringList pages = titles(many, options);
    const int first = static_cast<int>(pages.indexOf(QStringLiteral("Money")));
    const int count = static_cast<int>(pages.count(QStringLiteral("Money")));
    EXPECT_GE(count, 2);
    QTemporaryDir dir;
    const QString file = exportReport(many, dir.filePath(QStringLiteral("many.pdf")), options);
    const QString text = pagesText(file, first + 1, first + count);
    EXPECT_TRUE(text.contains(QStringLiteral("Money(continued)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Figurespervalueproposition(continued)")) ||
                text.contains(
                    QStringLiteral("Revenue,costtoserveandmarginpervalueproposition(continued)")));
    // Every value proposition, the long one whole, with its margin; the
    // figures by hand: revenue and cost of promise i are in the file.
    const money::MoneyReport figures = money::analyse(many.state);
    ASSERT_EQ(figures.valuePropositions.size(), 24u);
    for (const Element& promise : many.state.elements(Block::ValuePropositions))
        EXPECT_TRUE(text.contains(squeezed(promise.text))) << promise.text.toStdString();
    // "Office coffee subscriptions ...": 42000 - 18251 (18000 + 2 * 125.5).
    EXPECT_TRUE(text.contains(QStringLiteral("€42,000.00€18,251.00€23,749.0057%")));
    // "Brewing app": 8000 - 26000.
    EXPECT_TRUE(text.contains(QStringLiteral("Brewingapp€8,000.00€26,000.00-€18,000.00-225%")));
    // The rent stops where it is, named by its whole text.
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral(
        "Roastery rent with a very long description of the lease terms and the service charge"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Total€535,100.00€236,312.00€298,788.0056%")));
}

TEST(ReportMoney, InGermanWithTheSessionsCurrencyAndPeriod) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    ASSERT_EQ(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    const LocaleScope german(QLocale(QLocale::German, QLocale::Germany));
    Session toBe = loadMoney("tobe.tandem.yaml");
    toBe.info.currency = QStringLiteral("CHF");
    toBe.info.period = QStringLiteral("month");
    const QStringList pages = titles(toBe);
    const int money = static_cast<int>(pages.indexOf(QStringLiteral("Geld")));
    QTemporaryDir dir;
    const QString file = exportReport(toBe, dir.filePath(QStringLiteral("de.pdf")));
    Translations::install(QStringLiteral("en"));
    ASSERT_GT(money, 0) << pages.join(", ").toStdString();
    const QString text = pagesText(file, money + 1, money + 1);
    for (const char* expected :
         {"BeträgeinCHFproMonat.", "GEWINN69.000CHF39%derEinnahmen",
          "Brewingapp20.000CHF45.000CHF-25.000CHF", "Gesamt177.000CHF108.000CHF69.000CHF39%",
          "WonichtzugeordneteBeträgeenden", "Einnahmen,KostenderErbringungundMargejeWertangebot"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
}

// One scale for every row: round steps (1, 2 or 5 times a power of ten)
// from below the deepest loss to above the largest figure, through zero.
TEST(ReportMoney, ChartScaleHasRoundStepsThroughZero) {
    ReportMoneyChart chart(
        {{QStringLiteral("Fresh"), 11250000, 6000000}, {QStringLiteral("App"), 2000000, 4500000}},
        QStringLiteral("EUR"), QLocale(QLocale::English, QLocale::UnitedStates));
    chart.layout(523);
    const std::vector<qint64>& ticks = chart.ticks();
    ASSERT_GE(ticks.size(), 3u);
    EXPECT_LE(ticks.front(), -2500000);
    EXPECT_GE(ticks.back(), 11250000);
    EXPECT_NE(std::find(ticks.begin(), ticks.end(), 0), ticks.end());
    const qint64 step = ticks[1] - ticks[0];
    for (std::size_t i = 1; i < ticks.size(); ++i)
        EXPECT_EQ(ticks[i] - ticks[i - 1], step);
    qint64 mantissa = step;
    while (mantissa % 10 == 0)
        mantissa /= 10;
    EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << step;
}

// LANGUAGE=de with LANG=C: Qt would write German words with C numbers
// ("177,000 €"); German Tandem writes German numbers.
TEST(ReportMoney, GermanTranslationBringsGermanNumbersWhereTheSystemSetsNone) {
    QByteArray numeric = qgetenv("LC_ALL");
    if (numeric.isEmpty())
        numeric = qgetenv("LC_NUMERIC");
    if (numeric.isEmpty())
        numeric = qgetenv("LANG");
    if (!(numeric.isEmpty() || numeric == "C" || numeric.startsWith("C.") || numeric == "POSIX"))
        GTEST_SKIP() << "the system sets a locale for numbers: " << numeric.constData();
    ASSERT_EQ(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    const QString german = QLocale().toString(177000.5, 'f', 2);
    Translations::install(QStringLiteral("en"));
    EXPECT_EQ(german, QStringLiteral("177.000,50"));
    EXPECT_EQ(QLocale().name(), QLocale::system().name());
}

} // namespace
} // namespace tandem::test
