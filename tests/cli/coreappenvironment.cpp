// QProcess wants an application object, and gtest_main gives none: one
// environment makes it for every command-line test, only when missing.

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <memory>

namespace {

class CoreAppEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "tandem_cli_tests";
            static char* argv[] = {name, nullptr};
            m_app = std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    void TearDown() override { m_app.reset(); }

private:
    std::unique_ptr<QCoreApplication> m_app;
};

[[maybe_unused]] const auto* const coreAppEnvironment =
    ::testing::AddGlobalTestEnvironment(new CoreAppEnvironment); // gtest owns it

} // namespace
