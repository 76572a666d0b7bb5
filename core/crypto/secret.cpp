#include "secret.h"

#include "../error.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <new>

namespace xinan {

void initCrypto()
{
    if (sodium_init() < 0)
        throw Error(
            ErrorKind::Other, QCoreApplication::translate("Crypto", "The cryptography library could not be initialised."));
}

SecretBytes::SecretBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    initCrypto();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (size)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::takeFrom(QByteArray &source)
{
    SecretBytes s(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        std::memcpy(s.m_data, source.constData(), s.m_size);
    wipe(source);
    source.clear();
    return s;
}

SecretBytes SecretBytes::copyOf(std::string_view bytes)
{
    SecretBytes s(bytes.size());
    if (!bytes.empty())
        std::memcpy(s.m_data, bytes.data(), bytes.size());
    return s;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before releasing
}

bool SecretBytes::equals(const SecretBytes &other) const noexcept
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::trimLineEnd() noexcept
{
    while (m_size > 0 && (m_data[m_size - 1] == '\n' || m_data[m_size - 1] == '\r')) {
        m_data[m_size - 1] = 0;
        --m_size; // the tail stays inside the guarded allocation and is wiped on free
    }
}

void wipe(QByteArray &bytes) noexcept
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear(); // shared: another owner still holds it, nothing of ours to wipe
        return;
    }
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

} // namespace xinan
