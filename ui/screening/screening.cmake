# Screening drives (心理测评): the page, new drive, sheet import, paper-form entry and
# results from other platforms, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/screeningpage.h
  ${CMAKE_CURRENT_LIST_DIR}/screeningpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/drivedialog.h
  ${CMAKE_CURRENT_LIST_DIR}/drivedialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/paperentrydialog.h
  ${CMAKE_CURRENT_LIST_DIR}/paperentrydialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/externalresultdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/externalresultdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screeningimportdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/screeningimportdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/instrumentimportdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/instrumentimportdialog.cpp)
