# The audit log viewer (File → 审计日志, counsellors and heads), added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/auditdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/auditdialog.cpp)
