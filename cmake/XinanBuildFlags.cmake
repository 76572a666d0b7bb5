# One INTERFACE target carries the language level, warnings, hardening and strict Qt
# defines. Every XinAn target links it; nothing here is set globally.
add_library(xinan_build_flags INTERFACE)
target_compile_features(xinan_build_flags INTERFACE cxx_std_20)
set_target_properties(xinan_build_flags PROPERTIES INTERFACE_POSITION_INDEPENDENT_CODE ON)

target_compile_options(xinan_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wformat=2
  -fstack-protector-strong -fstack-clash-protection -fcf-protection
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
)
target_link_options(xinan_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)

target_compile_definitions(xinan_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  XINAN_VERSION="${PROJECT_VERSION}")
