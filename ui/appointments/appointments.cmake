# Appointments (预约, issue 4): the calendar page, the booking dialog, the slip and the home panel,
# added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/appointmentcalendar.h
  ${CMAKE_CURRENT_LIST_DIR}/appointmentcalendar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/appointmentdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/appointmentdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/appointmentlistmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/appointmentlistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/appointmentslip.h
  ${CMAKE_CURRENT_LIST_DIR}/appointmentslip.cpp
  ${CMAKE_CURRENT_LIST_DIR}/appointmentspage.h
  ${CMAKE_CURRENT_LIST_DIR}/appointmentspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/todayappointmentspanel.h
  ${CMAKE_CURRENT_LIST_DIR}/todayappointmentspanel.cpp)
