#include "csvformat.h"
#include "inouttesthelpers.h"
#include "sessionimport.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

} // namespace

TEST(CsvExport, WritesOneQuotedGuardedRowPerElementWithBom) {
    const QByteArray csv = CsvFormat::elementsCsv(tandemtest::smallSession().state);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(text(csv.mid(3)),
              QStringLiteral("id,block,text,description,color,tags,amount,votes,chain\r\n"
                             "vp-1,value_propositions,\"Fresh, fast\",\"Roasted daily\nShipped "
                             "fast\",yellow,\"a, b\",,,\r\n"
                             "vp-2,value_propositions,'=SUM(A1),,,,,,\r\n"
                             "cs-1,customer_segments,\"Cafés \"\"indie\"\"\",,,,,,\r\n"
                             "st-1,value_chains,Roast,,,,,,Delivery\r\n"
                             "st-2,value_chains,Ship,,,,,,Delivery\r\n"));
}

TEST(CsvExport, WritesLinksWithAnEmptyWeight) {
    const QByteArray csv = CsvFormat::linksCsv(tandemtest::smallSession().state);
    EXPECT_EQ(text(csv.mid(3)), QStringLiteral("from,to,kind,note,weight\r\n"
                                               "vp-1,st-1,delivers,core,\r\n"
                                               "vp-1,cs-1,delivers,,\r\n"));
}

TEST(CsvExport, NeutralisesEveryFormulaStart) {
    EXPECT_EQ(CsvFormat::cell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvFormat::cell(QStringLiteral("+49 30")), QStringLiteral("'+49 30"));
    EXPECT_EQ(CsvFormat::cell(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    EXPECT_EQ(CsvFormat::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvFormat::cell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvFormat::cell(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(CsvFormat::unguard(QStringLiteral("'=1+1")), QStringLiteral("=1+1"));
    EXPECT_EQ(CsvFormat::unguard(QStringLiteral("'quoted'")), QStringLiteral("'quoted'"));
}

TEST(CsvParse, ReadsQuotedFieldsAcrossLinesWithTheirStartLine) {
    std::vector<CsvFormat::Record> records;
    int line = 0;
    QString problem;
    ASSERT_TRUE(CsvFormat::parse(QStringLiteral("a;b\r\n\"x;\n\"\"y\"\"\";z\n1;2"),
                                 QLatin1Char(';'), &records, &line, &problem));
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields, QStringList({QStringLiteral("x;\n\"y\""), QStringLiteral("z")}));
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
}

TEST(CsvParse, RefusesAnUnclosedQuoteAtItsLine) {
    std::vector<CsvFormat::Record> records;
    int line = 0;
    QString problem;
    EXPECT_FALSE(CsvFormat::parse(QStringLiteral("a,b\n1,2\n\"open,3\n"), QLatin1Char(','),
                                  &records, &line, &problem));
    EXPECT_EQ(line, 3);
    EXPECT_FALSE(problem.isEmpty());
}

TEST(CsvParse, DetectsTheDelimiterFromTheHeader) {
    EXPECT_EQ(CsvFormat::detectDelimiter(QStringLiteral("block;text;\"a,b,c\"\n1,2,3")),
              QLatin1Char(';'));
    EXPECT_EQ(CsvFormat::detectDelimiter(QStringLiteral("block,text")), QLatin1Char(','));
}

TEST(CsvTags, ATagWithACommaOrAQuoteStaysOneTag) {
    const QStringList tags = {QStringLiteral("Berlin, Mitte"), QStringLiteral("launch"),
                              QStringLiteral("say \"hi\""), QStringLiteral(" padded "),
                              QStringLiteral("=SUM(A1)")};
    EXPECT_EQ(
        CsvFormat::tagsCell(tags),
        QStringLiteral("\"Berlin, Mitte\", launch, \"say \"\"hi\"\"\", \" padded \", =SUM(A1)"));
    EXPECT_EQ(CsvFormat::tagsFromCell(CsvFormat::tagsCell(tags)), tags);
    // What people type by hand: commas between tags, spaces around them.
    EXPECT_EQ(CsvFormat::tagsFromCell(QStringLiteral(" a,b ,, c ")),
              QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

TEST(CsvTags, RoundTripThroughExportAndImport) {
    Session session;
    session.info.title = QStringLiteral("T");
    Element element = tandemtest::note("ch-1", QStringLiteral("Web"));
    element.tags = {QStringLiteral("=first"), QStringLiteral("Berlin, Mitte"),
                    QStringLiteral("\"quoted\"")};
    session.state.elements(Block::Channels) = {element};
    const ImportPlan plan =
        SessionImport::fromCsv(CsvFormat::elementsCsv(session.state), QStringLiteral("in.csv"));
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan.notes.size(), 1u);
    EXPECT_EQ(plan.notes[0].element.tags, element.tags);
}
