# Making new keys (rekey) and the notices about keys shown after unlocking (issue 12).
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/rekeyaction.h
  ${CMAKE_CURRENT_LIST_DIR}/rekeyaction.cpp)
