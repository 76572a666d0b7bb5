// main() for XinAn's core and CLI tests: a QCoreApplication and the cheap-KDF seam.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "crypto/kdf_testing.h"
#include "crypto/secret.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    xinan::initCrypto();
    xinan::testing::useCheapKdf(true);
    return Catch::Session().run(argc, argv);
}
