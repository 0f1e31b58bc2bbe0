// The reader parses a file onto a YamlTape (yaml-cpp's parse events, recorded
// flat) instead of into yaml-cpp's node tree. The walk reads exactly what it
// read over the tree only if the tape holds the same nodes: types, tags,
// styles, text, marks (the lines of every message) and order, and the same
// error where yaml-cpp refuses the text.

#include "helpers/yamltapecheck.h"
#include "sessiongenerator.h"
#include "sessiontesthelpers.h"
#include "yamlprescan.h"

#include <QDir>
#include <QDirIterator>

using namespace tandem;
using yamlwalk::YamlTape;

namespace {

void expectSameAsYamlCpp(std::string_view text) {
    EXPECT_EQ(tapecheck::compareWithYamlCpp(text), "") << text;
}

} // namespace

TEST(YamlTape, holdsWhatYamlCppsTreeHoldsForEveryKindOfNode) {
    const char* texts[] = {
        "a: 1\nb: [x, 'y', \"z\"]\nc: {d: ~, e: null, f: }\n",
        "- plain\n- 'single'\n- \"double\\n\"\n- |\n  literal\n  lines\n- >\n  folded\n  text\n",
        "empty:\nnulls: [~, null, Null, NULL, '', \"null\"]\n",
        "tags: [!!str 12, !custom x, !<tag:example.com,2026:v> y, !!null '']\n",
        "tagged: !!map {a: b}\nseq: !!seq [1]\n? complex\n: key\n? [a, b]\n: list key\n",
        "\"quoted key\": 1\n'other': 2\nplain key: 3\n",
        "outer:\n  - inner:\n      - deep: {x: [1, [2, [3]]]}\n",
        "multi: a\n  b\n  c\nnext: after\n",
        "~\n",
        "just text\n",
        "[]\n",
        "{}\n",
        "# only a comment\n",
        "",
        "---\na: 1\n...\n---\nb: 2\n", // YAML::Load reads the first document
        "text: \"über ☕ \\u00e9\"\n",
        "dup: 1\ndup: 2\n", // yaml-cpp keeps both; the walk refuses the second
        "a: \"open\n",      // yaml-cpp lets a quote end with the file
        "- a\nb: c\n",      // and a list end at a key
    };
    for (const char* text : texts)
        expectSameAsYamlCpp(text);
}

TEST(YamlTape, refusesWhatYamlCppRefusesWithTheSameMessageAndPlace) {
    const char* texts[] = {
        "a: [1, 2\n",        "a: {b: c\n",  "a:\n  - x\n y: z\n",
        "a: b: c\n",         "key: 'x'y\n", "%YAML 2.0\n---\na: 1\n",
        "a: !<unclosed x\n", "{a: 1}}\n",
    };
    for (const char* text : texts) {
        EXPECT_THROW(YAML::Load(text), YAML::Exception) << text;
        expectSameAsYamlCpp(text);
    }
    // Nesting beyond yaml-cpp's own guard.
    expectSameAsYamlCpp(std::string(600, '[') + std::string(600, ']'));
}

TEST(YamlTape, walksItemsAndEntriesInOrder) {
    const YamlTape tape = YamlTape::parse("a: [1, [2, 3], 4]\nb: {c: d}\n");
    ASSERT_FALSE(tape.empty());
    EXPECT_EQ(tape.type(0), YAML::NodeType::Map);
    EXPECT_EQ(tape.size(0), 2U);
    EXPECT_EQ(tape.scalar(1), "a");
    const YamlTape::Index list = tape.after(1);
    EXPECT_EQ(tape.size(list), 3U);
    const YamlTape::Index first = list + 1;
    const YamlTape::Index nested = tape.after(first);
    const YamlTape::Index last = tape.after(nested);
    EXPECT_EQ(tape.scalar(first), "1");
    EXPECT_EQ(tape.size(nested), 2U);
    EXPECT_EQ(tape.scalar(last), "4");
    EXPECT_EQ(tape.after(last), tape.after(list)) << "the list ends after its last item";
    EXPECT_EQ(tape.scalar(tape.after(list)), "b");
    EXPECT_EQ(tape.after(0), tape.after(tape.after(tape.after(list))));
    EXPECT_EQ(tape.mark(last).line, 0);
    EXPECT_EQ(tape.mark(tape.after(list)).line, 1);
}

TEST(YamlTape, aliasesNeverReachTheTape) {
    // The pre-scan refuses them; should one get through, the tape refuses it
    // too rather than share a node.
    EXPECT_THROW(YamlTape::parse("a: &x 1\nb: *x\n"), YAML::ParserException);
}

TEST(YamlTape, everyTestFileAndGeneratedSessionParsesAsWithYamlCpp) {
    QStringList files;
    for (const char* folder : {TANDEM_TEST_DATA, TANDEM_RESOURCE_DIR}) {
        QDirIterator it(QString::fromUtf8(folder), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    ASSERT_GT(files.size(), 100);
    int compared = 0;
    for (const QString& file : files) {
        const QByteArray bytes = tandemtest::fileBytes(file);
        const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
        if (prescanYaml(text, SessionReader::MaxNesting))
            continue; // anchors, aliases, deep nesting: yaml-cpp never sees them
        SCOPED_TRACE(file.toStdString());
        expectSameAsYamlCpp(text);
        ++compared;
    }
    EXPECT_GT(compared, 80);
    for (int elements : {100, 2000}) {
        const QByteArray bytes = SessionWriter::toBytes(generateSession(elements, 5));
        EXPECT_EQ(tapecheck::compareWithYamlCpp(bytes.toStdString()), "") << elements;
    }
}
