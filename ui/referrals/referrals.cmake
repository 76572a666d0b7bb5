# Referrals to hospital (转介, issue 10), added to xinan_ui: the page, the referral's window
# with its steps, opening a referral from a student, crisis event, alert or session, the printed
# 转介单 and blank 回执, the home panel and the partner hospitals in Settings.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/referralparts.h
  ${CMAKE_CURRENT_LIST_DIR}/referralparts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/referraldialog.h
  ${CMAKE_CURRENT_LIST_DIR}/referraldialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/referralslip.h
  ${CMAKE_CURRENT_LIST_DIR}/referralslip.cpp
  ${CMAKE_CURRENT_LIST_DIR}/referralspage.h
  ${CMAKE_CURRENT_LIST_DIR}/referralspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/referralstab.h
  ${CMAKE_CURRENT_LIST_DIR}/referralstab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/referralhomepanel.h
  ${CMAKE_CURRENT_LIST_DIR}/referralhomepanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hospitalssection.h
  ${CMAKE_CURRENT_LIST_DIR}/hospitalssection.cpp)
