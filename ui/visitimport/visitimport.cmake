# Home-visit import (导入家访记录): the File-menu dialog that reads the sheet class teachers keep,
# previews its rows and the bad-row report, and records the visits; added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/visitimportdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/visitimportdialog.cpp)
