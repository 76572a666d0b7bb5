# The periodic export for the city platform (issue 11): File → 导出市级报表…, a dialog that
# previews the de-identified row (suppressed cells marked) and writes the xlsx, CSV and manifest.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/cityexportdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/cityexportdialog.cpp)
