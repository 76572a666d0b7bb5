// Runs the fuzz entry point without libFuzzer, so that the normal (GCC) build compiles and
// exercises it as a ctest: every file in the folders given, truncated and with deterministic
// byte mutations, plus a few hand-made inputs.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int runs = 0;

void feed(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    ++runs;
}

void mutations(const QByteArray &original)
{
    quint32 state = 2166136261u ^ static_cast<quint32>(original.size());
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int cut : { 1, 2, 7, 30, 100, 500 })
        if (cut < original.size())
            feed(original.left(original.size() - cut));
    for (int i = 0; i < 150 && !original.isEmpty(); ++i) {
        QByteArray m = original;
        const int edits = 1 + static_cast<int>(next() % 4);
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<qsizetype>(next() % static_cast<quint32>(m.size()));
            switch (next() % 3) {
            case 0:
                m[at] = static_cast<char>(next() & 0xFF);
                break;
            case 1:
                m.insert(at, static_cast<char>(next() & 0xFF));
                break;
            default:
                m.remove(at, 1 + static_cast<qsizetype>(next() % 8));
                break;
            }
            if (m.isEmpty())
                break;
        }
        feed(m);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Hand-made edge cases: empty, lone quotes, unterminated quotes, NULs, a bare zip header.
    for (const QByteArray &b : { QByteArray(), QByteArray("\""), QByteArray("\"\"\"\n\"a"),
             QByteArray("学籍号,姓名\n\"G1,张", 22), QByteArray("PK\x03\x04", 4), QByteArray("\xEF\xBB\xBF"),
             QByteArray("\xFF\xFE\x00", 3), QByteArray("学籍号\t姓名\r\r\r\n1\t2"), QByteArray(70000, ',') })
        feed(b);
    for (int i = 1; i < argc; ++i) {
        const QFileInfo arg(QString::fromLocal8Bit(argv[i]));
        const QFileInfoList files
            = arg.isDir() ? QDir(arg.filePath()).entryInfoList(QDir::Files, QDir::Name) : QFileInfoList { arg };
        for (const QFileInfo &f : files) {
            QFile file(f.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            feed(bytes);
            if (bytes.size() < 100000) // the zip bomb is fed once, not 150 times
                mutations(bytes);
        }
    }
    QTextStream(stdout) << "fuzz_roster replay: " << runs << " inputs, no crash\n";
    return 0;
}
