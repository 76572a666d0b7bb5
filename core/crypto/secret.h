#pragma once
// Key material in libsodium's guarded, locked memory, wiped when freed. Move-only.

#include <QByteArray>

#include <cstddef>
#include <string_view>

namespace xinan {

class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    static SecretBytes random(std::size_t size);
    // Copies text then wipes the source buffer.
    static SecretBytes takeFrom(QByteArray &source);
    static SecretBytes copyOf(std::string_view bytes);

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    unsigned char *data() noexcept { return m_data; }
    const unsigned char *data() const noexcept { return m_data; }
    const char *chars() const noexcept { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    bool equals(const SecretBytes &other) const noexcept;
    // Trims trailing CR/LF/space in place (passwords read from a line).
    void trimLineEnd() noexcept;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a QByteArray's bytes in place (for transient copies that could not be avoided).
void wipe(QByteArray &bytes) noexcept;

// Must be called once before any crypto; safe to call more than once.
void initCrypto();

} // namespace xinan
