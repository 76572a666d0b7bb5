# The student list and the student file (一生一案), added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sensitiveclipboard.h
  ${CMAKE_CURRENT_LIST_DIR}/sensitiveclipboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/studentlistmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/studentlistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/studentspage.h
  ${CMAKE_CURRENT_LIST_DIR}/studentspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/studentfiledialog.h
  ${CMAKE_CURRENT_LIST_DIR}/studentfiledialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/studenttimeline.h
  ${CMAKE_CURRENT_LIST_DIR}/studenttimeline.cpp)
