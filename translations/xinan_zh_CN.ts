<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>school-wide counts</source>
        <translation>全校统计数字</translation>
    </message>
    <message>
        <source>students&apos; basic files</source>
        <translation>学生基本档案</translation>
    </message>
    <message>
        <source>the key-student list</source>
        <translation>重点学生名单</translation>
    </message>
    <message>
        <source>risk levels</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>the reasons for risk-level changes</source>
        <translation>风险等级变更的原因</translation>
    </message>
    <message>
        <source>key-student plans</source>
        <translation>重点学生方案</translation>
    </message>
    <message>
        <source>the weekly review</source>
        <translation>周调度</translation>
    </message>
    <message>
        <source>crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>the details of crisis events</source>
        <translation>危机事件的详细经过</translation>
    </message>
    <message>
        <source>counselling records</source>
        <translation>心理辅导记录</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>screening results</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <source>screening answers and interview notes</source>
        <translation>测评作答和访谈记录</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>school settings</source>
        <translation>学校设置</translation>
    </message>
    <message>
        <source>rooms and staff</source>
        <translation>辅导室与人员</translation>
    </message>
    <message>
        <source>the duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>the class grid</source>
        <translation>班级网格</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; (%2) may not read %3.</source>
        <translation>账户“%1”（%2）无权查看%3。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; (%2) may not change %3.</source>
        <translation>账户“%1”（%2）无权修改%3。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; (class teacher) sees only its own classes; grade %2 class %3 is not one of them.</source>
        <translation>账户“%1”（班主任）只能查看本人所带班级；%2 年级 %3 不在其中。</translation>
    </message>
    <message>
        <source>A confidential field (%1) is damaged.</source>
        <translation>一项保密内容（%1）已损坏。</translation>
    </message>
    <message>
        <source>A confidential field (%1) does not open with the counsellor key: it was altered, moved or is damaged.</source>
        <translation>一项保密内容（%1）无法用心理教师密钥打开：它被改动、挪动或已损坏。</translation>
    </message>
    <message>
        <source>referrals to hospital</source>
        <translation>转介记录</translation>
    </message>
    <message>
        <source>leave and return records</source>
        <translation>休学复学记录</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>家访记录</translation>
    </message>
    <message>
        <source>psychology lessons</source>
        <translation>心理健康课记录</translation>
    </message>
    <message>
        <source>activities and training</source>
        <translation>活动与培训记录</translation>
    </message>
    <message>
        <source>term reports and exports</source>
        <translation>学期报告和报送数据</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的账户。</translation>
    </message>
    <message>
        <source>Only a counselling teacher can %1: that role opens the confidential records. Ask a counselling teacher to do it.</source>
        <translation>只有心理教师才能%1：这一角色能打开保密记录。请由心理教师操作。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only enabled counselling-teacher account; nobody could read counselling records any more. Give another account the counselling-teacher role first.</source>
        <translation>“%1”是唯一启用的心理教师账户，改动后将无人能阅读辅导记录。请先让另一个账户成为心理教师。</translation>
    </message>
    <message>
        <source>You cannot %1 the account you are signed in with (%2). Ask another counselling teacher or administrator.</source>
        <translation>不能%1你当前登录的账户（%2）。请由另一位心理教师或管理员操作。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists but is disabled; enable it instead of adding it again.</source>
        <translation>账户“%1”已存在但已停用；请重新启用它，不要再次添加。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belonged to an account that was removed; the audit log keeps its entries under that name. Choose another name.</source>
        <translation>“%1”曾是一个已删除账户的名称，审计日志仍以此名称保留其记录。请另选一个名称。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>账户“%1”已存在。</translation>
    </message>
    <message>
        <source>add a counselling-teacher account</source>
        <translation>添加心理教师账户</translation>
    </message>
    <message>
        <source>set the password of a counselling-teacher account</source>
        <translation>设置心理教师账户的密码</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled or removed; enable it before setting its password.</source>
        <translation>账户“%1”已停用或已删除；请先启用，再设置密码。</translation>
    </message>
    <message>
        <source>give or take the counselling-teacher role</source>
        <translation>授予或撤销心理教师角色</translation>
    </message>
    <message>
        <source>disable a counselling-teacher account</source>
        <translation>停用心理教师账户</translation>
    </message>
    <message>
        <source>enable a counselling-teacher account</source>
        <translation>启用心理教师账户</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was removed and has no password any more; add a new account under another name.</source>
        <translation>账户“%1”已删除，不再有密码；请用另一个名称添加新账户。</translation>
    </message>
    <message>
        <source>remove a counselling-teacher account</source>
        <translation>删除心理教师账户</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>“%1”有 %2 个字，最多 %3 个字，请缩短。</translation>
    </message>
    <message>
        <source>Give the day the activity was held (&quot;Date&quot;).</source>
        <translation>请填写活动日期（“日期”）。</translation>
    </message>
    <message>
        <source>&quot;Date&quot; is %1, in the future. Record an activity once it has taken place.</source>
        <translation>“日期”为 %1，是将来的日期。请在活动举办之后再登记。</translation>
    </message>
    <message>
        <source>&quot;Date&quot; is %1, before the year 2000. Check the year.</source>
        <translation>“日期”为 %1，早于 2000 年，请检查年份。</translation>
    </message>
    <message>
        <source>Give the activity a title (&quot;Title&quot;), such as 5·25 心理健康主题班会.</source>
        <translation>请填写活动名称（“名称”），例如“5·25 心理健康主题班会”。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>参加对象</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>&quot;Attending&quot; is %1; give the number of people who took part, from 0 to %2.</source>
        <translation>“参加人数”为 %1；请填写实际参加的人数，0 至 %2。</translation>
    </message>
    <message>
        <source>5·25 mental health month</source>
        <translation>5·25心理健康教育月活动</translation>
    </message>
    <message>
        <source>Parent school</source>
        <translation>家长学校</translation>
    </message>
    <message>
        <source>Parents&apos; meeting</source>
        <translation>家长会</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>教师培训</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>团体活动</translation>
    </message>
    <message>
        <source>Mental-health monitor training</source>
        <translation>心理委员培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The activity no longer exists (it may have been deleted); refresh the list.</source>
        <translation>该活动记录已不存在（可能已被删除），请刷新列表。</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>item %1 = %2</source>
        <translation>第%1题 = %2</translation>
    </message>
    <message>
        <source>Critical screening answer</source>
        <translation>筛查危急作答</translation>
    </message>
    <message>
        <source>%1 critical item</source>
        <translation>%1 危急题目阳性</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <translation>%1，总分 %2</translation>
    </message>
    <message>
        <source>The screening result no longer exists; it may have been deleted.</source>
        <translation>该筛查结果已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Write what was done about the alert: for example who talked with the student, whom you informed, what comes next.</source>
        <translation>请填写对该预警采取的处理：例如由谁与学生谈话、已告知哪些人、下一步安排。</translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 fit. Shorten it and write the details in a note.</source>
        <translation>内容有 %1 个字，最多 %2 个字。请精简，详细情况可另写一条记录。</translation>
    </message>
    <message>
        <source>The alert no longer exists; it may have been deleted with its screening result.</source>
        <translation>该预警已不存在，可能已随筛查结果一并删除。</translation>
    </message>
    <message>
        <source>The alert was already handled by %1 on %2; nothing was changed.</source>
        <translation>该预警已由 %1 于 %2 处理，未作任何更改。</translation>
    </message>
    <message>
        <source>Write a summary of the interview: what the student said, what you observed, and why you chose the level.</source>
        <translation>请填写评估小结：学生谈到了什么、您观察到什么，以及确定该等级的依据。</translation>
    </message>
    <message>
        <source>The summary has %1 characters; at most %2 fit. Shorten it and write the details in a note.</source>
        <translation>小结有 %1 个字，最多 %2 个字。请精简，详细情况可另写一条记录。</translation>
    </message>
    <message>
        <source>Enter the day the interview was held.</source>
        <translation>请填写二次评估的日期。</translation>
    </message>
    <message>
        <source>The interview&apos;s date %1 is in the future.</source>
        <translation>二次评估日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>This screening result already has its second-stage interview; record anything new as a note or a change of level.</source>
        <translation>该筛查结果已完成二次评估；如有新情况，请写记录或调整风险等级。</translation>
    </message>
    <message>
        <source>The interview (%1) cannot be before the screening it follows (%2).</source>
        <translation>二次评估日期（%1）不能早于对应的筛查日期（%2）。</translation>
    </message>
    <message>
        <source>Second-stage interview after %1 (total %2): %3</source>
        <translation>%1 筛查（总分 %2）后的二次评估：%3</translation>
    </message>
    <message>
        <source>Second-stage interview: %1</source>
        <translation>二次评估：%1</translation>
    </message>
    <message>
        <source>%1 (after %2, total %3)</source>
        <translation>%1（%2 筛查后，总分 %3）</translation>
    </message>
    <message>
        <source>Alert handled: %1</source>
        <translation>预警已处理：%1</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>访谈摘要</translation>
    </message>
</context>
<context>
    <name>AlertUi</name>
    <message>
        <source>Immediate danger (a suicide plan or act, self-harm, an acute crisis): open a crisis event, inform the guardians and the head the same day, refer.</source>
        <translation>存在紧迫危险（有自杀计划或行为、自伤、急性危机）：立即启动危机事件处置，当天告知监护人和校领导，并及时转介。</translation>
    </message>
    <message>
        <source>Key student: an individual plan within a week, and on the weekly review every week.</source>
        <translation>重点关注学生：一周内制定“一人一策”，每周纳入周调度。</translation>
    </message>
    <message>
        <source>Watch: the counsellor follows up; re-check at the next screening.</source>
        <translation>一般关注：由心理教师跟进，下次筛查时复查。</translation>
    </message>
    <message>
        <source>Routine: no concern known.</source>
        <translation>常规：暂无已知问题。</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>Choose the student the appointment is for.</source>
        <translation>请选择预约的学生。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation>请选择心理教师。</translation>
    </message>
    <message>
        <source>The counsellor no longer exists; choose another counsellor.</source>
        <translation>该心理教师已不存在，请选择其他心理教师。</translation>
    </message>
    <message>
        <source>%1 is no longer on the staff; choose another counsellor.</source>
        <translation>%1 已不在教师名单中，请选择其他心理教师。</translation>
    </message>
    <message>
        <source>The room no longer exists; choose another room.</source>
        <translation>该功能室已不存在，请选择其他功能室。</translation>
    </message>
    <message>
        <source>The room %1 is no longer in use; choose another room.</source>
        <translation>功能室“%1”已停用，请选择其他功能室。</translation>
    </message>
    <message>
        <source>Give the appointment&apos;s date and start time.</source>
        <translation>请填写预约的日期和开始时间。</translation>
    </message>
    <message>
        <source>The appointment ends before it starts or has no duration; give a duration of at least one minute.</source>
        <translation>预约的结束时间早于开始时间或时长为零，请填写至少 1 分钟的时长。</translation>
    </message>
    <message>
        <source>An appointment lasts at most %1 minutes.</source>
        <translation>一次预约最长 %1 分钟。</translation>
    </message>
    <message>
        <source>The reason category has more than 50 characters; choose one from the list.</source>
        <translation>预约原因类别超过 50 个字，请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 already has an appointment on %2 from %3 to %4.</source>
        <translation>%1 在 %2 %3–%4 已有预约。</translation>
    </message>
    <message>
        <source>The room %1 is already booked on %2 from %3 to %4.</source>
        <translation>功能室“%1”在 %2 %3–%4 已被预约。</translation>
    </message>
    <message>
        <source>The student already has an appointment on %1 from %2 to %3.</source>
        <translation>该学生在 %1 %2–%3 已有预约。</translation>
    </message>
    <message>
        <source>The appointment starts in the past (%1 %2).</source>
        <translation>预约开始时间已过（%1 %2）。</translation>
    </message>
    <message>
        <source>%1 is not on duty at that time (%2 %3–%4).</source>
        <translation>%1 在该时间（%2 %3–%4）不在值班时段内。</translation>
    </message>
    <message>
        <source>A new appointment is either pending or confirmed.</source>
        <translation>新预约的状态只能是“待确认”或“已确认”。</translation>
    </message>
    <message>
        <source>Repeat the appointment for 1 to %1 weeks.</source>
        <translation>重复预约的周数应为 1 到 %1 周。</translation>
    </message>
    <message>
        <source>The occurrence on %1 cannot be booked, so none of the %2 was: %3</source>
        <translation>%1 的预约无法安排，因此这 %2 次预约均未保存：%3</translation>
    </message>
    <message>
        <source>This appointment is %1 and can no longer be changed.</source>
        <translation>该预约状态为“%1”，不能再修改。</translation>
    </message>
    <message>
        <source>To reschedule, give the new time: the new appointment is booked and linked to this one.</source>
        <translation>改期请填写新的时间：系统会新建一个预约并与原预约关联。</translation>
    </message>
    <message>
        <source>A %1 appointment cannot become %2.</source>
        <translation>状态为“%1”的预约不能改为“%2”。</translation>
    </message>
    <message>
        <source>The appointment has not started yet (%1 %2); it cannot be marked %3.</source>
        <translation>预约尚未开始（%1 %2），不能标记为“%3”。</translation>
    </message>
    <message>
        <source>Only a confirmed appointment is rescheduled; change the time of a pending one directly.</source>
        <translation>只有已确认的预约才需要改期；待确认的预约请直接修改时间。</translation>
    </message>
    <message>
        <source>The appointment no longer exists; it may have been deleted with the student&apos;s record.</source>
        <translation>该预约已不存在，可能已随学生档案一并删除。</translation>
    </message>
    <message>
        <source>Appointment kept</source>
        <translation>预约辅导（已完成）</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The reason category</source>
        <translation>预约原因类别</translation>
    </message>
</context>
<context>
    <name>AppointmentSlip</name>
    <message>
        <source>%1 (%2), %3–%4</source>
        <translation>%1（%2）%3–%4</translation>
    </message>
    <message>
        <source>Counselling appointment slip</source>
        <translation>心理辅导预约单</translation>
    </message>
    <message>
        <source>To the class teacher: please let the student below come to the counselling office at the time given.</source>
        <translation>班主任老师：请安排以下学生按时到心理辅导室。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>The counsellor will tell the student where to go.</source>
        <translation>具体地点由心理教师另行告知学生。</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Class teacher (signature):</source>
        <translation>班主任（签名）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Printed on %1 by XinAn. Hand this slip only to the class teacher; it contains a student&apos;s name. Shred it when no longer needed.</source>
        <translation>由心安于 %1 打印。本单含学生姓名，请只交给班主任本人；用后请粉碎。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>调换</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>代班</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation>清理旧记录</translation>
    </message>
    <message>
        <source>Changed the keys</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account role</source>
        <translation>账户角色</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Student&apos;s file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Student note</source>
        <translation>学生备注</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Class grid</source>
        <translation>班级网格</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>一人一策</translation>
    </message>
    <message>
        <source>Weekly review update</source>
        <translation>周调度进展</translation>
    </message>
    <message>
        <source>Weekly review meeting</source>
        <translation>周调度会议</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Crisis step</source>
        <translation>危机处置步骤</translation>
    </message>
    <message>
        <source>Crisis checklist</source>
        <translation>危机处置清单</translation>
    </message>
    <message>
        <source>Screening drive</source>
        <translation>筛查批次</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <translation>筛查访谈</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Counselling record</source>
        <translation>心理辅导记录</translation>
    </message>
    <message>
        <source>Counselling group</source>
        <translation>团体辅导小组</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>团体辅导活动</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Duty periods</source>
        <translation>值班时段</translation>
    </message>
    <message>
        <source>Duty template</source>
        <translation>值班模板</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation>值班班次</translation>
    </message>
    <message>
        <source>Duty day</source>
        <translation>值班日</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Weekly review sheet</source>
        <translation>周调度表</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Duty roster sheet</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Student list</source>
        <translation>学生名单</translation>
    </message>
    <message>
        <source>Risk level list</source>
        <translation>风险等级名单</translation>
    </message>
    <message>
        <source>Screening results</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <source>Appointment list</source>
        <translation>预约列表</translation>
    </message>
    <message>
        <source>with a password</source>
        <translation>使用密码</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>no students named</source>
        <translation>不含学生姓名</translation>
    </message>
    <message>
        <source>%1, to the file %2</source>
        <translation>%1，保存到文件 %2</translation>
    </message>
    <message>
        <source>%1, on the printer %2</source>
        <translation>%1，打印机 %2</translation>
    </message>
    <message>
        <source>Audit entries are kept for at least six months: entries from before %1 may be removed, not from before %2.</source>
        <translation>审计日志至少保留六个月：只能清理 %1 之前的记录，不能清理 %2 之前的记录。</translation>
    </message>
    <message>
        <source>The audit entry #%1 has no hash; run verify before removing old entries.</source>
        <translation>审计记录 #%1 没有校验值；请先运行数据库检查，再清理旧记录。</translation>
    </message>
    <message>
        <source>it lies before the pruning checkpoint (#%1) yet is still there</source>
        <translation>它在清理检查点（#%1）之前，却仍然存在</translation>
    </message>
    <message>
        <source>it does not start the chain: an entry before it was deleted or entries were reordered</source>
        <translation>它不是链条的起点：之前的记录被删除，或记录顺序被调换</translation>
    </message>
    <message>
        <source>it does not follow entry #%1: an entry between them was deleted, or entries were reordered</source>
        <translation>它与记录 #%1 衔接不上：两者之间有记录被删除，或记录顺序被调换</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>写入后内容被修改过</translation>
    </message>
    <message>
        <source>the pruning checkpoint (#%1) is not the one the last pruning recorded</source>
        <translation>清理检查点（#%1）与最近一次清理所记录的不一致</translation>
    </message>
    <message>
        <source>the trigger %1 was dropped</source>
        <translation>保护触发器 %1 被删除</translation>
    </message>
    <message>
        <source>the trigger %1 was changed</source>
        <translation>保护触发器 %1 被修改</translation>
    </message>
    <message>
        <source>an unknown trigger %1 was added</source>
        <translation>被添加了未知的触发器 %1</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Home-visit coverage</source>
        <translation>家访覆盖情况</translation>
    </message>
    <message>
        <source>Students without a home visit</source>
        <translation>未家访学生名单</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>转介单</translation>
    </message>
    <message>
        <source>Referral receipt form</source>
        <translation>转介回执单</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <source>Help-line poster</source>
        <translation>心理援助热线海报</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The backup folder %1 is not there. If it is on a USB stick or a network drive, plug it in or connect it, then back up with File → Back up…; or choose another folder in File → Settings…</source>
        <translation>找不到备份文件夹 %1。如果它在 U 盘或网络驱动器上，请插好 U 盘或连接网络驱动器，再用“文件 → 备份…”备份；也可以在“文件 → 设置…”中另选一个文件夹。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Choose another folder in File → Settings…</source>
        <translation>无法创建备份文件夹 %1。请在“文件 → 设置…”中另选一个文件夹。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a XinAn backup, or its header is damaged.</source>
        <translation>%1 不是心安备份文件，或其文件头已损坏。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of XinAn.</source>
        <translation>%1 由更高版本的心安生成。</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete (it is shorter or longer than it says); it may have been cut off while being written.</source>
        <translation>备份 %1 不完整（实际长度与其记录的长度不符），可能在写入时被中断。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its contents do not match its checksum.</source>
        <translation>备份 %1 已损坏：内容与校验和不符。</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>备份 %1 未通过校验：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 已存在，请为备份另取一个文件名。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Writing the backup %1 failed: the device was removed. The database was not changed; nothing was left at %1.</source>
        <translation>写入备份 %1 失败：设备已被拔出。数据库未作任何更改，%1 处也没有留下任何文件。</translation>
    </message>
    <message>
        <source>Writing the backup %1 failed: %2. The database was not changed; nothing was left at %1.</source>
        <translation>写入备份 %1 失败：%2。数据库未作任何更改，%1 处也没有留下任何文件。</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. The database was not changed.</source>
        <translation>无法创建备份 %1：%2。数据库未作任何更改。</translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back correctly (%2), so it was deleted. Try another disk or USB stick.</source>
        <translation>写入 %1 的备份回读校验失败（%2），已将其删除。请换一个磁盘或 U 盘再试。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to the backup %1.</source>
        <translation>此恢复密钥不属于备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key slots do not match it.</source>
        <translation>备份 %1 已损坏：其密钥槽与备份内容不符。</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; nothing was changed.</source>
        <translation>无法将当前数据库 %1 移开保留，未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot put the restored database at %1; the current database was left as it was.</source>
        <translation>无法将恢复出的数据库放到 %1，当前数据库保持原样。</translation>
    </message>
    <message>
        <source>The backup %1 was tampered with: its audit trail no longer holds the entry its header names (%2).</source>
        <translation>备份 %1 被篡改：其审计日志中已没有备份文件头所记录的那条记录（%2）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The school database file (NAME.xinan).</source>
        <translation>学校数据库文件（NAME.xinan）。</translation>
    </message>
    <message>
        <source>The account whose password is asked (may be left out when there is only one).</source>
        <translation>要输入其密码的账户（只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>Ask for the recovery key instead of a password.</source>
        <translation>改用恢复密钥代替密码。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to one file.</source>
        <translation>将数据库写成一个经过校验的备份文件。</translation>
    </message>
    <message>
        <source>The backup file to create (for example on a USB stick).</source>
        <translation>要创建的备份文件（例如存到 U 盘上）。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 bytes of database). It opens with the recovery key or the password of: %3.</source>
        <translation>备份已写入并通过校验：%1（数据库 %2 字节）。可用恢复密钥或以下账户的密码打开：%3。</translation>
    </message>
    <message>
        <source>Restore a database from a backup. The current database, if any, is kept aside, never deleted.</source>
        <translation>从备份恢复数据库。如已有当前数据库，会另行保留，绝不删除。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Where to put the restored database (NAME.xinan).</source>
        <translation>恢复出的数据库存放位置（NAME.xinan）。</translation>
    </message>
    <message>
        <source>The account whose password (as of the backup) is given.</source>
        <translation>所输入密码对应的账户（以备份时的账户和密码为准）。</translation>
    </message>
    <message>
        <source>Backup of %1 made on %2.</source>
        <translation>%1 的备份，创建于 %2。</translation>
    </message>
    <message>
        <source>Recovery key or password</source>
        <translation>恢复密钥或密码</translation>
    </message>
    <message>
        <source>The backup carries several accounts (%1); name one with --user.</source>
        <translation>该备份包含多个账户（%1），请用 --user 指定其中一个。</translation>
    </message>
    <message>
        <source>Restored and checked %1.</source>
        <translation>已从备份恢复 %1 并通过校验。</translation>
    </message>
    <message>
        <source>The database that was there before was kept as %1.</source>
        <translation>原有的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Passwords are those of the backup&apos;s accounts: %1.</source>
        <translation>密码以备份时各账户的密码为准：%1。</translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity check and XinAn&apos;s own checks.</source>
        <translation>校验数据库：SQLite 完整性检查以及心安自身的检查。</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup (xinan-cli restore).</source>
        <translation>数据库已损坏。请从备份恢复（xinan-cli restore）。</translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation>%1 已存在；心安不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or copy it by hand and lock it away).
It opens the database if every password is forgotten or the key file is lost:</source>
        <translation>恢复密钥（仅显示这一次；请打印或手抄下来，并锁好保管）。
即使忘记了所有密码或丢失了密钥文件，也能用它打开数据库：</translation>
    </message>
    <message>
        <source>Create a new, encrypted school database.</source>
        <translation>新建一个加密的学校数据库。</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>学校名称。</translation>
    </message>
    <message>
        <source>小学, 初中, 高中, 九年一贯制, 完全中学, 十二年一贯制 or 中职.</source>
        <translation>小学、初中、高中、九年一贯制、完全中学、十二年一贯制或中职。</translation>
    </message>
    <message>
        <source>The city or prefecture (市/州).</source>
        <translation>所在市/州。</translation>
    </message>
    <message>
        <source>The county or district (县/区).</source>
        <translation>所在县/区。</translation>
    </message>
    <message>
        <source>The first account&apos;s name.</source>
        <translation>第一个账户的名称。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the account %3.</source>
        <translation>已为 %2 创建 %1，账户为 %3。</translation>
    </message>
    <message>
        <source>The new account&apos;s name.</source>
        <translation>新账户的名称。</translation>
    </message>
    <message>
        <source>An existing account that authorises the change (needed when there are several).</source>
        <translation>授权此次更改的现有账户（有多个账户时必须指定）。</translation>
    </message>
    <message>
        <source>Change an account&apos;s password (the database itself is not rewritten).</source>
        <translation>修改账户密码（数据库本身不会重写）。</translation>
    </message>
    <message>
        <source>The account (may be left out when there is only one).</source>
        <translation>账户（只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>Current password for %1</source>
        <translation>%1 的当前密码</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Open a database with its recovery key and set a new password for an account. Works when the key file is lost.</source>
        <translation>用恢复密钥打开数据库，为某个账户设置新密码。密钥文件丢失时也可使用。</translation>
    </message>
    <message>
        <source>The account whose password is set (may be left out when the key file names only one).</source>
        <translation>要设置密码的账户（密钥文件中只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>Name the account whose password should be set with --user.</source>
        <translation>请用 --user 指定要设置密码的账户。</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>The key file %1 was missing or damaged and has been recreated; other accounts must be added again with &quot;xinan-cli users add&quot;.</source>
        <translation>密钥文件 %1 缺失或已损坏，现已重新创建；其他账户需用“xinan-cli users add”重新添加。</translation>
    </message>
    <message>
        <source>Create a new database filled with a synthetic demonstration school (no real person).</source>
        <translation>新建一个数据库，填入虚构的演示学校（不含任何真实人员）。</translation>
    </message>
    <message>
        <source>How many students (default 600).</source>
        <translation>学生人数（默认 600）。</translation>
    </message>
    <message>
        <source>Seed of the generator (default 2026); the same seed gives the same school.</source>
        <translation>生成器的随机种子（默认 2026）；相同的种子生成相同的学校。</translation>
    </message>
    <message>
        <source>The demo account&apos;s name (default demo).</source>
        <translation>演示账户的名称（默认 demo）。</translation>
    </message>
    <message>
        <source>Created the demonstration database %1 with %2 synthetic students; account %3.</source>
        <translation>已创建演示数据库 %1，含 %2 名虚构学生；账户为 %3。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Error: out of memory.</source>
        <translation>错误：内存不足。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>  %1  %2  %3 %4</source>
        <translation>  %1  %2  %3 %4</translation>
    </message>
    <message>
        <source>Import or update students from a roster (.xlsx, .csv or .txt from the student registry or a class list). Students are matched by their student number (学籍号). Usage: xinan-cli students import [options] ROSTER</source>
        <translation>从花名册导入或更新学生（学籍系统或班级名单导出的 .xlsx、.csv 或 .txt 文件）。按学籍号对应学生。用法：xinan-cli students import [options] ROSTER</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with problems (by default nothing is imported when any row has a problem).</source>
        <translation>只导入有效行，跳过有问题的行（默认只要有一行有问题，就什么都不导入）。</translation>
    </message>
    <message>
        <source>Only check the roster and show what would change; write nothing.</source>
        <translation>只检查花名册并显示将会有哪些变化，不写入任何内容。</translation>
    </message>
    <message>
        <source>Name exactly one roster file. Run &quot;xinan-cli students import --help&quot; for its options.</source>
        <translation>请指定且只指定一个花名册文件。运行“xinan-cli students import --help”查看选项。</translation>
    </message>
    <message numerus="yes">
        <source>Roster %1 (%2, %3): header on row %4, %n row(s) below it.</source>
        <translation>
            <numerusform>花名册 %1（%2，%3）：表头在第 %4 行，其下有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>  column %1 &quot;%2&quot;: %3</source>
        <translation>  第 %1 列“%2”：%3</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>New students: %1</source>
        <translation>新增学生：%1</translation>
    </message>
    <message>
        <source>Changed students: %1</source>
        <translation>有变化的学生：%1</translation>
    </message>
    <message>
        <source>Unchanged students: %1</source>
        <translation>无变化的学生：%1</translation>
    </message>
    <message>
        <source>Enrolled students missing from the roster (left as they are): %1</source>
        <translation>名单中没有的在读学生（保持不变）：%1</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … 另有 %1 名。</translation>
    </message>
    <message>
        <source>Rows with problems: %1</source>
        <translation>有问题的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the roster have problems; nothing was imported. Correct them in the file, or use --skip-invalid to import only the valid rows.</source>
        <translation>
            <numerusform>花名册中有 %n 行有问题，未导入任何内容。请在文件中改正，或使用 --skip-invalid 只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 row(s) skipped.</source>
        <translation>导入完成：新增 %1 名，更新 %2 名，无变化 %3 名，跳过 %4 行。</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s).</source>
        <translation>
            <numerusform>共 %n 名学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>List students, optionally filtered by a search (name, pinyin, pinyin initials or student number), a grade or a class.</source>
        <translation>列出学生，可按搜索内容（姓名、拼音、拼音首字母或学籍号）、年级或班级筛选。</translation>
    </message>
    <message>
        <source>Text to look for in the name, its pinyin or initials (zs for 张三), or the student number.</source>
        <translation>要在姓名、姓名拼音或首字母（如 zs 表示张三）或学籍号中查找的文字。</translation>
    </message>
    <message>
        <source>Only this grade: 1 to 15, or a name such as 三年级, 初一, 高二.</source>
        <translation>只列出此年级：1 到 15，或年级名称，如三年级、初一、高二。</translation>
    </message>
    <message>
        <source>Only this class, such as 3班.</source>
        <translation>只列出此班级，如 3班。</translation>
    </message>
    <message>
        <source>table (default), csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation>table（默认）、csv（带 BOM 的 UTF-8，供 Excel 使用）或 json。</translation>
    </message>
    <message>
        <source>--grade must be a grade from 1 to 15 or a name such as 三年级, 初一 or 高二, not &quot;%1&quot;.</source>
        <translation>--grade 必须是 1 到 15 的年级或年级名称（如三年级、初一或高二），不能是“%1”。</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format 必须是 table、csv 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli students import [options] ROSTER
       xinan-cli students list [options]
(xinan-cli students import --help and xinan-cli students list --help show the options.)</source>
        <translation>用法：xinan-cli students import [options] ROSTER
      xinan-cli students list [options]
（xinan-cli students import --help 和 xinan-cli students list --help 显示各自的选项。）</translation>
    </message>
    <message>
        <source>Use &quot;students import&quot; or &quot;students list&quot;; run &quot;xinan-cli students --help&quot; for more.</source>
        <translation>请使用“students import”或“students list”；运行“xinan-cli students --help”了解更多。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>List the students at a risk level, most serious first (by default every student at yellow or above).</source>
        <translation>列出某一风险等级的学生，最严重的排在最前（默认列出黄色及以上的所有学生）。</translation>
    </message>
    <message>
        <source>Only the students at this level: red, orange or yellow.</source>
        <translation>只列出该等级的学生：red、orange 或 yellow。</translation>
    </message>
    <message>
        <source>--level must be red, orange or yellow, not &quot;%1&quot;.</source>
        <translation>--level 必须是 red、orange 或 yellow，不能是“%1”。</translation>
    </message>
    <message>
        <source>Change a student&apos;s risk level, with where the change comes from and why. A screening result never lowers a level: a counsellor confirms a lower level.</source>
        <translation>更改学生的风险等级，并注明变更来源和原因。心理测评结果不会降低风险等级：降级须由心理教师确认。</translation>
    </message>
    <message>
        <source>The student&apos;s student number (学籍号).</source>
        <translation>学生的学籍号。</translation>
    </message>
    <message>
        <source>The new level: green, yellow, orange or red.</source>
        <translation>新的风险等级：green、yellow、orange 或 red。</translation>
    </message>
    <message>
        <source>Where the change comes from: screening, session, teacher_report, parent, crisis, hospital or review.</source>
        <translation>变更来源：screening、session、teacher_report、parent、crisis、hospital 或 review。</translation>
    </message>
    <message>
        <source>Why: what was observed, and by whom.</source>
        <translation>原因：观察到了什么情况，由谁观察到。</translation>
    </message>
    <message>
        <source>--level must be green, yellow, orange or red, not &quot;%1&quot;.</source>
        <translation>--level 必须是 green、yellow、orange 或 red，不能是“%1”。</translation>
    </message>
    <message>
        <source>--source must be screening, session, teacher_report, parent, crisis, hospital or review, not &quot;%1&quot;.</source>
        <translation>--source 必须是 screening、session、teacher_report、parent、crisis、hospital 或 review，不能是“%1”。</translation>
    </message>
    <message>
        <source>The option --reason is required. Run &quot;xinan-cli risk set --help&quot; for its options.</source>
        <translation>必须提供 --reason 选项。运行“xinan-cli risk set --help”查看选项。</translation>
    </message>
    <message>
        <source>No student has the student number %1; nothing was changed.</source>
        <translation>没有学籍号为 %1 的学生，未做任何更改。</translation>
    </message>
    <message>
        <source>Risk level of %1 (%2): %3 → %4.</source>
        <translation>%1（%2）的风险等级：%3 → %4。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli risk list [options]
       xinan-cli risk set [options]
(xinan-cli risk list --help and xinan-cli risk set --help show the options.)</source>
        <translation>用法：xinan-cli risk list [options]
      xinan-cli risk set [options]
（xinan-cli risk list --help 和 xinan-cli risk set --help 显示各自的选项。）</translation>
    </message>
    <message>
        <source>Use &quot;risk list&quot; or &quot;risk set&quot;; run &quot;xinan-cli risk --help&quot; for more.</source>
        <translation>请使用“risk list”或“risk set”；运行“xinan-cli risk --help”了解更多。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>第 %1 列“%2”</translation>
    </message>
    <message>
        <source>Import screening answers from a sheet exported by a survey tool (.xlsx or .csv, one row per student), score them and record them in a screening drive. Rows are matched by 学籍号, or by name and class. Usage: xinan-cli screening import [options] SHEET</source>
        <translation>从问卷工具导出的表格（.xlsx 或 .csv，每名学生一行）导入测评作答，计分后记入测评批次。按学籍号或姓名加班级匹配学生。用法：xinan-cli screening import [options] SHEET</translation>
    </message>
    <message>
        <source>The screening drive (created when new; default: the instrument and today&apos;s date).</source>
        <translation>测评批次（不存在时新建；默认为测评工具加今天的日期）。</translation>
    </message>
    <message>
        <source>The term of a new drive, for example 2026-2027-1.</source>
        <translation>新批次所属学期，例如 2026-2027-1。</translation>
    </message>
    <message>
        <source>Only check the sheet and show what would be recorded; write nothing.</source>
        <translation>只检查表格并显示将记录的内容，不写入任何数据。</translation>
    </message>
    <message>
        <source>Name exactly one sheet. Run &quot;xinan-cli screening import --help&quot; for its options.</source>
        <translation>请指定且只指定一个表格文件。运行“xinan-cli screening import --help”查看选项。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1: header on row %2, %n row(s) below it.</source>
        <translation>
            <numerusform>表格 %1：表头在第 %2 行，其下共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>  学籍号: %1; name: %2; class: %3; grade: %4</source>
        <translation>  学籍号：%1；姓名：%2；班级：%3；年级：%4</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  第 %1 题：%2</translation>
    </message>
    <message>
        <source>Screening drive: %1</source>
        <translation>测评批次：%1</translation>
    </message>
    <message>
        <source>Rows matched to students: %1</source>
        <translation>已匹配到学生的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sheet have problems; nothing was imported. Correct them in the file, or use --skip-invalid to import only the valid rows.</source>
        <translation>
            <numerusform>表格中有 %n 行存在问题，未导入任何数据。请在文件中更正，或使用 --skip-invalid 只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 result(s), %2 row(s) skipped; %3 need a second-stage interview, %4 with a critical item (%5 raised to yellow).</source>
        <translation>已记录：%1 条结果，跳过 %2 行；%3 人需要二次评估，%4 人关键题阳性（%5 人升为黄色）。</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>测评工具</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键题</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>测评批次</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>共 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the scored screening results per student (of one drive, or of every drive).</source>
        <translation>按学生列出已计分的测评结果（某一批次或全部批次）。</translation>
    </message>
    <message>
        <source>Only the results of this screening drive.</source>
        <translation>只列出该测评批次的结果。</translation>
    </message>
    <message>
        <source>There is no screening drive called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的测评批次。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>预约原因类别</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s).</source>
        <translation>
            <numerusform>共 %n 个预约。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be a date written as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，不能是“%2”。</translation>
    </message>
    <message>
        <source>List the appointments that start on the given days, by start time (by default today and the six days after).</source>
        <translation>按开始时间列出指定日期内的预约（默认为今天及之后六天）。</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD; default today).</source>
        <translation>起始日期（YYYY-MM-DD，默认今天）。</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD; default six days after --from).</source>
        <translation>截止日期（YYYY-MM-DD，默认为 --from 之后第六天）。</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to（%1）早于 --from（%2）。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli appointments list [options]
(xinan-cli appointments list --help shows the options.)</source>
        <translation>用法：xinan-cli appointments list [选项]
（xinan-cli appointments list --help 可查看选项。）</translation>
    </message>
    <message>
        <source>Use &quot;appointments list&quot;; run &quot;xinan-cli appointments --help&quot; for more.</source>
        <translation>请使用“appointments list”；运行“xinan-cli appointments --help”查看更多说明。</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>值班表 %1</translation>
    </message>
    <message>
        <source>Write the duty roster of one week as a PDF (A4 landscape) to post on the office door: rooms and staff per day and period, holidays and closed days. An existing file is kept unless --force is given. Usage: xinan-cli duty print --db FILE --week DATE --out FILE.pdf</source>
        <translation>把一周的值班表写成 PDF（A4 横向），贴在辅导室门口：每天各时段的辅导室和值班老师，以及节假日和停止值班的日子。目标文件已存在时不会覆盖，除非加上 --force。用法：xinan-cli duty print --db FILE --week DATE --out FILE.pdf</translation>
    </message>
    <message>
        <source>Any day of the week to print (YYYY-MM-DD).</source>
        <translation>要打印的那一周中的任意一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Replace --out when it exists.</source>
        <translation>--out 已存在时覆盖它。</translation>
    </message>
    <message>
        <source>--week must be a date such as 2026-09-07, not &quot;%1&quot;.</source>
        <translation>--week 必须是日期，例如 2026-09-07，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or add --force to replace it.</source>
        <translation>%1 已存在；请换一个文件名，或加上 --force 覆盖。</translation>
    </message>
    <message>
        <source>Wrote the duty roster of %1 (%2 shifts) to %3.</source>
        <translation>已将 %1 的值班表（%2 个班次）写入 %3。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli duty print --db FILE --week DATE --out FILE.pdf [--force]
(xinan-cli duty print --help shows the options.)</source>
        <translation>用法：xinan-cli duty print --db FILE --week DATE --out FILE.pdf [--force]
（xinan-cli duty print --help 显示各选项。）</translation>
    </message>
    <message>
        <source>Use &quot;duty print&quot;; run &quot;xinan-cli duty --help&quot; for more.</source>
        <translation>请使用“duty print”；运行“xinan-cli duty --help”了解更多。</translation>
    </message>
    <message>
        <source>list the appointments of a span of days (appointments list)</source>
        <translation>列出一段日期内的预约（appointments list）</translation>
    </message>
    <message>
        <source>XinAn %1, the school counselling office&apos;s encrypted records.
Usage: xinan-cli COMMAND [options]   (xinan-cli COMMAND --help shows a command&apos;s options)
</source>
        <translation>心安 %1：学校心理辅导室的加密档案。
用法：xinan-cli COMMAND [options]   （xinan-cli COMMAND --help 显示该命令的选项）
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>write a checked backup file</source>
        <translation>写入经过校验的备份文件</translation>
    </message>
    <message>
        <source>restore a database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>check a database for damage</source>
        <translation>校验数据库是否损坏</translation>
    </message>
    <message>
        <source>create a database with a synthetic demonstration school</source>
        <translation>新建一个含虚构演示学校的数据库</translation>
    </message>
    <message>
        <source>print a week&apos;s duty roster as a PDF (duty print)</source>
        <translation>将一周的值班表输出为 PDF（duty print）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>题数</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>List the instruments the school can use in a screening drive: the built-in ones and those it imported.</source>
        <translation>列出本校可用于测评批次的量表：内置量表和本校导入的量表。</translation>
    </message>
    <message>
        <source>Import an instrument definition (a JSON file, checked as the built-in PHQ-9 and GAD-7 are) that the school is licensed to use; it is kept in the school&apos;s file and can then be chosen for a screening drive. Usage: xinan-cli screening add-instrument --db FILE DEFINITION.json</source>
        <translation>导入本校已获授权使用的量表定义（JSON 文件，按内置 PHQ-9 和 GAD-7 的标准检查）；定义保存在本校数据文件中，之后即可在测评批次中选用。用法：xinan-cli screening add-instrument --db FILE DEFINITION.json</translation>
    </message>
    <message>
        <source>Name exactly one definition file. Run &quot;xinan-cli screening add-instrument --help&quot; for its options.</source>
        <translation>请指定且只指定一个定义文件。运行“xinan-cli screening add-instrument --help”查看选项。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The school already has this definition of %1 (%2); nothing was changed.</source>
        <translation>本校已有 %1（%2）的这份定义，未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 %2 (id %3): %n item(s), bands %4.</source>
        <translation>
            <numerusform>已导入 %1 %2（编号 %3）：共 %n 题，分级 %4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %1 %2 (id %3): %n item(s), bands %4.</source>
        <translation>
            <numerusform>已替换 %1 %2（编号 %3）：共 %n 题，分级 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --role is required: the new account&apos;s role, counsellor, head, class_teacher or admin (&quot;xinan-cli users add --help&quot; says what each may do). Nothing was changed.</source>
        <translation>必须用 --role 指定新账户的角色：counsellor（心理教师）、head（校领导）、class_teacher（班主任）或 admin（管理员）（“xinan-cli users add --help”说明各角色的权限）。未做任何更改。</translation>
    </message>
    <message>
        <source>--role must be counsellor, head, class_teacher or admin, not &quot;%1&quot;. Nothing was changed.</source>
        <translation>--role 只能是 counsellor（心理教师）、head（校领导）、class_teacher（班主任）或 admin（管理员），不能是“%1”。未做任何更改。</translation>
    </message>
    <message>
        <source>Add an account with its own password and its role.</source>
        <translation>添加一个有独立密码和指定角色的账户。</translation>
    </message>
    <message>
        <source>The new account&apos;s role (required): counsellor (心理教师: reads counselling notes), head (校领导), class_teacher (班主任) or admin (管理员).</source>
        <translation>新账户的角色（必填）：counsellor（心理教师，可阅读辅导记录）、head（校领导）、class_teacher（班主任）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>已添加账户 %1（%2）。</translation>
    </message>
    <message>
        <source>The database already knew %1 as %2; its role was kept. A counselling teacher or an administrator can change it in the office settings.</source>
        <translation>数据库中已有账户 %1，角色为%2，已保留原角色。心理教师或管理员可在辅导室设置中修改。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>共 %n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <source>create a new school database</source>
        <translation>新建学校数据库</translation>
    </message>
    <message>
        <source>change an account&apos;s password</source>
        <translation>修改账户密码</translation>
    </message>
    <message>
        <source>set a new password with the recovery key</source>
        <translation>用恢复密钥设置新密码</translation>
    </message>
    <message>
        <source>list students by risk level or change a level (risk list, risk set)</source>
        <translation>按风险等级列出学生或更改风险等级（risk list、risk set）</translation>
    </message>
    <message>
        <source>The instrument the sheet answers: phq9, gad7 or an instrument the school imported.</source>
        <translation>表格所答的量表：phq9、gad7 或本校导入的量表。</translation>
    </message>
    <message>
        <source>How the sheet&apos;s digit answers code the first option: 0 (the digits are scores, 0 to 3) or 1 (the digits are the options&apos; places in the list, 1 to 4, as 问卷星&apos;s 按序号 download). Needed when the digits fit both.</source>
        <translation>表中数字答案对第一个选项的编码：0（数字就是分数，0 到 3）或 1（数字是选项的序号，1 到 4，如问卷星“按序号”下载）。数字两种读法都说得通时必须指定。</translation>
    </message>
    <message>
        <source>--instrument must be phq9, gad7 or an instrument the school imported (xinan-cli screening instruments lists them), not &quot;%1&quot;.</source>
        <translation>--instrument 必须是 phq9、gad7 或本校导入的量表（xinan-cli screening instruments 可列出），不能是“%1”。</translation>
    </message>
    <message>
        <source>--first-code must be 0 or 1, not &quot;%1&quot;.</source>
        <translation>--first-code 只能是 0 或 1，不能是“%1”。</translation>
    </message>
    <message>
        <source>Nothing was imported: add --first-code 0 if the digits are scores, or --first-code 1 if the first option is coded 1.</source>
        <translation>未导入任何数据：如果数字是分数，请加 --first-code 0；如果第一个选项记为 1，请加 --first-code 1。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli screening import [options] SHEET
       xinan-cli screening results [options]
       xinan-cli screening instruments [options]
       xinan-cli screening add-instrument [options] DEFINITION.json
(xinan-cli screening import --help and xinan-cli screening results --help show the options.)</source>
        <translation>用法：xinan-cli screening import [options] SHEET
      xinan-cli screening results [options]
      xinan-cli screening instruments [options]
      xinan-cli screening add-instrument [options] DEFINITION.json
（xinan-cli screening import --help 和 xinan-cli screening results --help 显示选项。）</translation>
    </message>
    <message>
        <source>Use &quot;screening import&quot;, &quot;screening results&quot;, &quot;screening instruments&quot; or &quot;screening add-instrument&quot;; run &quot;xinan-cli screening --help&quot; for more.</source>
        <translation>请使用“screening import”“screening results”“screening instruments”或“screening add-instrument”；运行“xinan-cli screening --help”了解更多。</translation>
    </message>
    <message>
        <source>import screening answers, list results and instruments, add a school&apos;s instrument (screening import, results, instruments, add-instrument)</source>
        <translation>导入测评作答、列出结果和量表、添加学校自己的量表（screening import、results、instruments、add-instrument）</translation>
    </message>
    <message>
        <source>Notes (not errors): %1</source>
        <translation>提示（不是错误）：%1 条</translation>
    </message>
    <message>
        <source>import a roster or list students (students import, students list)</source>
        <translation>导入花名册或列出学生（students import、students list）</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-09-07, not &quot;%2&quot;.</source>
        <translation>--%1 必须是日期，例如 2026-09-07，而不是“%2”。</translation>
    </message>
    <message>
        <source>List the audit log, newest first: who did what and when (counsellors and heads). Times are local.</source>
        <translation>列出审计日志，最新的在前：谁在什么时候做了什么（心理教师和校领导可用）。时间为本地时间。</translation>
    </message>
    <message>
        <source>Only entries from this day on (YYYY-MM-DD).</source>
        <translation>只列出这一天及之后的记录（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only entries up to this day (YYYY-MM-DD).</source>
        <translation>只列出这一天及之前的记录（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only what this account did.</source>
        <translation>只列出这个账户的操作。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the audit entries written before a day at least six months ago, keeping a checkpoint so that verify still checks the rest of the trail (counsellors only).</source>
        <translation>清理某一天（至少六个月前）之前写入的审计记录，并保留检查点，使数据库检查仍能校验其余记录（仅限心理教师）。</translation>
    </message>
    <message>
        <source>Remove the entries written before this day (YYYY-MM-DD).</source>
        <translation>清理这一天之前写入的记录（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n audit entry(s) written before %1.</source>
        <translation>
            <numerusform>已清理 %1 之前写入的 %n 条审计记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: xinan-cli audit list --db FILE [--from DATE] [--to DATE] [--account ACCOUNT] [--format table|csv|json]
       xinan-cli audit prune --db FILE --before DATE
(xinan-cli audit list --help shows the options.)</source>
        <translation>用法：xinan-cli audit list --db 文件 [--from 日期] [--to 日期] [--account 账户] [--format table|csv|json]
      xinan-cli audit prune --db 文件 --before 日期
（xinan-cli audit list --help 显示各选项。）</translation>
    </message>
    <message>
        <source>Use &quot;audit list&quot; or &quot;audit prune&quot;; run &quot;xinan-cli audit --help&quot; for more.</source>
        <translation>请使用“audit list”或“audit prune”；运行“xinan-cli audit --help”了解更多。</translation>
    </message>
    <message>
        <source>list the audit log (audit list) or prune old entries</source>
        <translation>列出审计日志（audit list）或清理旧记录</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong password or recovery key,
4 database damaged or not a XinAn database, 5 input rejected (nothing written),
6 not allowed for the account&apos;s role.
</source>
        <translation>退出码：0 成功，1 其他错误，2 用法错误，3 密码或恢复密钥错误，
4 数据库损坏或不是心安数据库，5 输入被拒绝（未写入任何内容），
6 该账户的角色无权执行此操作。
</translation>
    </message>
    <message>
        <source>Audit trail head in the backup: %1</source>
        <translation>备份中的审计链末端：%1</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entries were deleted, changed or reordered, or its protection was removed. Keep this database as evidence, tell the head of the counselling office, and compare it with the latest backup (xinan-cli restore to another file).</source>
        <translation>审计日志被篡改：有记录被删除、修改或调换顺序，或其保护被移除。请保留此数据库作为证据，告知心理辅导室负责人，并与最近的备份比对（用 xinan-cli restore 恢复到另一个文件）。</translation>
    </message>
    <message>
        <source>Link a class&apos;s class-teacher entry in the class grid to a class-teacher account: the account then sees that class&apos;s students. The entry is created when the class has none.</source>
        <translation>把班级网格中某班的班主任条目关联到一个班主任账户：该账户随后能看到这个班的学生。该班没有班主任条目时会自动创建。</translation>
    </message>
    <message>
        <source>The class teacher&apos;s account (an enabled class_teacher account).</source>
        <translation>班主任的账户（已启用的 class_teacher 账户）。</translation>
    </message>
    <message>
        <source>The grade, 1 to 15 (7 = 初一).</source>
        <translation>年级，1 至 15（7 = 初一）。</translation>
    </message>
    <message>
        <source>The class, as in the roster (3班).</source>
        <translation>班级，与花名册一致（如 3班）。</translation>
    </message>
    <message>
        <source>The teacher&apos;s name in the grid: chooses the entry when the class has several, names a new one (default: the account&apos;s name).</source>
        <translation>网格中的教师姓名：该班有多个班主任条目时用来选择，新建条目时作为姓名（默认为账户名）。</translation>
    </message>
    <message>
        <source>%1 %2 is linked to the class-teacher account %3.</source>
        <translation>%1 %2 已关联到班主任账户 %3。</translation>
    </message>
    <message>
        <source>Note: no enrolled student is in %1 %2 yet; check the class name against the roster.</source>
        <translation>注意：%1 %2 目前没有在读学生；请对照花名册检查班级名称。</translation>
    </message>
    <message>
        <source>List the class grid with the accounts linked to its entries.</source>
        <translation>列出班级网格及其条目关联的账户。</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message numerus="yes">
        <source>%n grid entries.</source>
        <translation>
            <numerusform>共 %n 个网格条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: xinan-cli grid set --db FILE --class-teacher ACCOUNT --grade G --class CLASS [options]
       xinan-cli grid list --db FILE [options]
(xinan-cli grid set --help and xinan-cli grid list --help show the options.)</source>
        <translation>用法：xinan-cli grid set --db 文件 --class-teacher 账户 --grade 年级 --class 班级 [选项]
      xinan-cli grid list --db 文件 [选项]
（xinan-cli grid set --help 和 xinan-cli grid list --help 可查看选项。）</translation>
    </message>
    <message>
        <source>Use &quot;xinan-cli grid set&quot; or &quot;xinan-cli grid list&quot;.</source>
        <translation>请使用“xinan-cli grid set”或“xinan-cli grid list”。</translation>
    </message>
    <message>
        <source>the class grid and class teachers&apos; accounts (grid set, grid list)</source>
        <translation>班级网格和班主任账户（grid set、grid list）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>no password (add it again)</source>
        <translation>无密码（请重新添加）</translation>
    </message>
    <message>
        <source>List the school&apos;s accounts with their roles and states (counselling teachers and administrators).</source>
        <translation>列出学校的账户及其角色和状态（限心理教师和管理员）。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remove an account: its password no longer opens the database; its name stays in the audit log. Someone who leaves the school should also be followed by a rekey.</source>
        <translation>删除账户：其密码不再能打开数据库；其名称保留在审计日志中。有人离校时，删除账户后还应更换密钥（rekey）。</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>要删除的账户。</translation>
    </message>
    <message>
        <source>Removed the account %1. Its entries in the audit log keep its name.</source>
        <translation>已删除账户 %1。审计日志中的记录仍保留其名称。</translation>
    </message>
    <message>
        <source>Disable an account: it can no longer open the database until it is enabled again.</source>
        <translation>停用账户：重新启用之前，它不能打开数据库。</translation>
    </message>
    <message>
        <source>Enable a disabled account again.</source>
        <translation>重新启用已停用的账户。</translation>
    </message>
    <message>
        <source>The account to disable.</source>
        <translation>要停用的账户。</translation>
    </message>
    <message>
        <source>The account to enable.</source>
        <translation>要启用的账户。</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>已停用账户 %1。</translation>
    </message>
    <message>
        <source>The account %1 was disabled already.</source>
        <translation>账户 %1 原本就已停用。</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>已启用账户 %1。</translation>
    </message>
    <message>
        <source>The account %1 was enabled already.</source>
        <translation>账户 %1 原本就已启用。</translation>
    </message>
    <message>
        <source>Change an account&apos;s role.</source>
        <translation>更改账户的角色。</translation>
    </message>
    <message>
        <source>The account whose role changes.</source>
        <translation>要更改角色的账户。</translation>
    </message>
    <message>
        <source>The new role: counsellor (心理教师), head (校领导), class_teacher (班主任) or admin (管理员).</source>
        <translation>新角色：counsellor（心理教师）、head（校领导）、class_teacher（班主任）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>The account %1 is now %2.</source>
        <translation>账户 %1 现在是%2。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli users add --db FILE --user NEW --role ROLE [options]
       xinan-cli users list --db FILE [options]
       xinan-cli users remove|disable|enable --db FILE --user USER [--as USER] [options]
       xinan-cli users role --db FILE --user USER --role ROLE [--as USER] [options]
(xinan-cli users SUBCOMMAND --help shows the options.)</source>
        <translation>用法：xinan-cli users add --db 文件 --user 新账户 --role 角色 [选项]
      xinan-cli users list --db 文件 [选项]
      xinan-cli users remove|disable|enable --db 文件 --user 账户 [--as 账户] [选项]
      xinan-cli users role --db 文件 --user 账户 --role 角色 [--as 账户] [选项]
（xinan-cli users 子命令 --help 可查看选项。）</translation>
    </message>
    <message>
        <source>Use &quot;xinan-cli users add&quot;, &quot;list&quot;, &quot;remove&quot;, &quot;disable&quot;, &quot;enable&quot; or &quot;role&quot;.</source>
        <translation>请使用“xinan-cli users add”“list”“remove”“disable”“enable”或“role”。</translation>
    </message>
    <message>
        <source>manage accounts (users add, list, remove, disable, enable, role)</source>
        <translation>管理账户（users add、list、remove、disable、enable、role）</translation>
    </message>
    <message>
        <source>Make new keys for the database (after someone leaves): a new data key and counsellor key, every remaining account keeps its password, and a new recovery key is printed once. Old backups and the old recovery key keep opening only the old copies.</source>
        <translation>为数据库重新生成密钥（有人离职后使用）：生成新的数据密钥和心理教师密钥，其余账户的密码不变，新的恢复密钥只显示一次。旧备份和旧恢复密钥只能打开旧的副本。</translation>
    </message>
    <message>
        <source>A counselling teacher&apos;s account (may be left out when there is only one).</source>
        <translation>心理教师账户（只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>%1 has new keys. Every account keeps its password. The old recovery key and backups made before now open only those old copies: keep them locked away or destroy them.</source>
        <translation>%1 已换用新密钥，各账户密码不变。旧恢复密钥和此前的备份只能打开旧的副本：请锁好保管或销毁。</translation>
    </message>
    <message>
        <source>These accounts have not signed in since XinAn was updated and could not be given the new keys; give them a new password (xinan-cli recover --user NAME): %1</source>
        <translation>以下账户自心安更新后尚未登录，无法获得新密钥；请为它们重设密码（xinan-cli recover --user 账户名）：%1</translation>
    </message>
    <message>
        <source>make new keys and a new recovery key after someone leaves</source>
        <translation>有人离职后重新生成密钥和恢复密钥</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s).</source>
        <translation>
            <numerusform>共 %n 条转介。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the referrals to hospital: the open ones first, most overdue first, then the closed ones, newest first.</source>
        <translation>列出转介记录：先列未结案的（逾期最久的在前），再列已结案的（最新的在前）。</translation>
    </message>
    <message>
        <source>Only the open referrals.</source>
        <translation>只列未结案的转介。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli referrals list [options]
(xinan-cli referrals list --help shows the options.)</source>
        <translation>用法：xinan-cli referrals list [选项]
（xinan-cli referrals list --help 可查看选项。）</translation>
    </message>
    <message>
        <source>Use &quot;referrals list&quot;; run &quot;xinan-cli referrals --help&quot; for more.</source>
        <translation>请使用 &quot;referrals list&quot;；运行 &quot;xinan-cli referrals --help&quot; 查看更多说明。</translation>
    </message>
    <message>
        <source>list the referrals to hospital and what is overdue (referrals list)</source>
        <translation>列出转介记录及逾期事项（referrals list）</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已家访</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未家访</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应家访</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 (%2 to %3): %4 of %5 enrolled students visited (%6%), %7 on site, %8 visit(s).</source>
        <translation>%1（%2 至 %3）：在读学生 %5 人中已家访 %4 人（%6%），其中实地 %7 人，共 %8 次家访。</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近家访</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n student(s) without a home visit.</source>
        <translation>
            <numerusform>%1：%n 名学生尚未家访。</numerusform>
        </translation>
    </message>
    <message>
        <source>Home-visit coverage for a term: one row per class with its enrolled students, those visited, those visited on site and those still missing, against the school&apos;s coverage rules. With --missing, the students without a visit.</source>
        <translation>一个学期的家访覆盖情况：每个班级一行，列出在读人数、已家访、实地家访和未家访人数，并按学校的覆盖规则判断是否达标。加 --missing 时列出尚未家访的学生。</translation>
    </message>
    <message>
        <source>The term, for example 2026-2027-1 (autumn) or 2026-2027-2 (spring); default: the current term.</source>
        <translation>学期，例如 2026-2027-1（秋季学期）或 2026-2027-2（春季学期）；默认为当前学期。</translation>
    </message>
    <message>
        <source>List the enrolled students without a home visit in the term instead.</source>
        <translation>改为列出本学期尚未家访的在读学生。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli visits coverage [options]
       xinan-cli visits import --db FILE SHEET [--dry-run] [--skip-invalid]
(xinan-cli visits coverage --help and visits import --help show the options.)</source>
        <translation>用法：xinan-cli visits coverage [选项]
      xinan-cli visits import --db 文件 表格 [--dry-run] [--skip-invalid]
（xinan-cli visits coverage --help 和 visits import --help 显示选项。）</translation>
    </message>
    <message>
        <source>Use &quot;visits coverage&quot; or &quot;visits import&quot;; run &quot;xinan-cli visits --help&quot; for more.</source>
        <translation>请使用“visits coverage”或“visits import”；运行“xinan-cli visits --help”查看更多。</translation>
    </message>
    <message>
        <source>home visits (家访): coverage per class for a term, import a class teacher&apos;s sheet (visits coverage|import)</source>
        <translation>家访：按班级统计学期覆盖情况，导入班主任的家访表（visits coverage|import）</translation>
    </message>
    <message>
        <source>  row %1: %2  %3  %4 %5  %6  %7</source>
        <translation>  第 %1 行：%2  %3  %4 %5  %6  %7</translation>
    </message>
    <message>
        <source>Import home visits (家访) from the sheet class teachers keep (.xlsx or .csv in UTF-8 or GBK, one visit a row: 姓名, 班级, 学籍号, 家访日期, 家访形式, 家访教师, 家访内容, 家长意见 …). Students are matched by 学籍号, or by name and class. Usage: xinan-cli visits import [options] FILE</source>
        <translation>从班主任日常记录的家访表导入家访记录（.xlsx，或 UTF-8、GBK 编码的 .csv，每行一次家访：姓名、班级、学籍号、家访日期、家访形式、家访教师、家访内容、家长意见……）。按学籍号匹配学生，没有学籍号时按姓名和班级匹配。用法：xinan-cli visits import [选项] 文件</translation>
    </message>
    <message>
        <source>Name exactly one sheet. Run &quot;xinan-cli visits import --help&quot; for its options.</source>
        <translation>请只指定一个家访表文件。运行 &quot;xinan-cli visits import --help&quot; 查看选项。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1 (%2, %3): header on row %4, %n row(s) below it.</source>
        <translation>
            <numerusform>表格 %1（%2，%3）：表头在第 %4 行，其下共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits to import: %1</source>
        <translation>可导入的家访：%1</translation>
    </message>
    <message>
        <source>Imported: %1 visit(s), %2 row(s) skipped.</source>
        <translation>已导入：%1 次家访，跳过 %2 行。</translation>
    </message>
    <message>
        <source>Write the periodic export for the city platform: one de-identified row of counts and rates for the school and the period, as &lt;code&gt;_&lt;period&gt;_city.xlsx, &lt;code&gt;_&lt;period&gt;_city.csv (UTF-8 with a BOM) and manifest.json (the files&apos; SHA-256). Counts from 1 to 4 are written &lt;5, and a rate or total that would give one back is written —. No names, student numbers, birth dates or free text. Format version %1 (docs/export-format.md). Existing files are kept unless --overwrite is given.</source>
        <translation>写出报送市级平台的定期报表：本校本统计期一行去标识化的人数、次数和比率，文件为 &lt;code&gt;_&lt;period&gt;_city.xlsx、&lt;code&gt;_&lt;period&gt;_city.csv（带 BOM 的 UTF-8）和 manifest.json（各文件的 SHA-256）。1–4 的数字写作 &lt;5，可能据以推算出这些数字的比率或合计写作 —。不含姓名、学籍号、出生日期或文字记录。格式版本 %1（docs/export-format.md）。已有文件不会被覆盖，除非加上 --overwrite。</translation>
    </message>
    <message>
        <source>A term such as 2026-2027-1 or a month such as 2026-11; default: the current term.</source>
        <translation>学期（如 2026-2027-1）或月份（如 2026-11）；默认：本学期。</translation>
    </message>
    <message>
        <source>The folder to write the files into (it must exist).</source>
        <translation>存放文件的文件夹（须已存在）。</translation>
    </message>
    <message>
        <source>Replace the files when they are in the folder already.</source>
        <translation>文件夹中已有同名文件时替换它们。</translation>
    </message>
    <message>
        <source>City export of %1 (%2), format version %3, written to %4:</source>
        <translation>%1 的市级报表（%2），格式版本 %3，已写入 %4：</translation>
    </message>
    <message>
        <source>Nothing was suppressed.</source>
        <translation>没有需要抑制的数字。</translation>
    </message>
    <message>
        <source>Suppressed (&lt;5 or —): %1</source>
        <translation>已抑制（&lt;5 或 —）：%1</translation>
    </message>
    <message>
        <source>Usage: xinan-cli export city --db FILE [--period PERIOD] --out DIR [--overwrite]
(xinan-cli export city --help shows the options and the format version, now %1.)</source>
        <translation>用法：xinan-cli export city --db 文件 [--period 统计期] --out 文件夹 [--overwrite]
（xinan-cli export city --help 列出各选项和格式版本，当前为 %1。）</translation>
    </message>
    <message>
        <source>Use &quot;export city&quot;; run &quot;xinan-cli export --help&quot; for more.</source>
        <translation>请使用“export city”；运行“xinan-cli export --help”了解更多。</translation>
    </message>
    <message>
        <source>the periodic export for the city platform: counts only, xlsx + CSV + manifest (export city)</source>
        <translation>报送市级平台的定期报表：只含统计数字，xlsx + CSV + 清单（export city）</translation>
    </message>
    <message>
        <source>Due so far</source>
        <translation>至今应开</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已开</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>开课率</translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>差 %n 课时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3): %4 teaching week(s), %5 over by %6; %7 of %8 class(es) behind.</source>
        <translation>%1（%2 至 %3）：教学周 %4 周，截至 %6 已过 %5 周；%8 个班级中 %7 个落后。</translation>
    </message>
    <message>
        <source>Psychology-lesson coverage for a term: one row per class with the periods (课时) the rule requires for the term and by today, those given, the rate (given / required, at most 1) and whether the class is behind. Grades 1-12 need 1 period every two teaching weeks, 中职 (grades 13-15) 10 periods a term.</source>
        <translation>一个学期的心理健康课开课情况：每个班级一行，列出本学期和截至今天按规定应开的课时、已开课时、开课率（已开 / 应开，最多为 1）以及是否落后。中小学（1–12 年级）每两个教学周至少 1 课时，中职（13–15 年级）每学期至少 10 学时。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli lessons coverage --db FILE [--term TERM] [--format table|csv|json]
(xinan-cli lessons coverage --help shows the options.)</source>
        <translation>用法：xinan-cli lessons coverage --db 文件 [--term 学期] [--format table|csv|json]
（xinan-cli lessons coverage --help 列出各选项。）</translation>
    </message>
    <message>
        <source>Use &quot;lessons coverage&quot;; run &quot;xinan-cli lessons --help&quot; for more.</source>
        <translation>请使用“lessons coverage”；运行“xinan-cli lessons --help”查看更多。</translation>
    </message>
    <message>
        <source>psychology lessons (心理健康课): coverage and 开课率 per class for a term (lessons coverage)</source>
        <translation>心理健康课：按班级统计一个学期的开课情况和开课率（lessons coverage）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read passwords and keys from standard input, one per line, in the order they are asked for.</source>
        <translation>从标准输入读取密码和密钥，每行一个，顺序与提示顺序一致。</translation>
    </message>
    <message>
        <source>Run &quot;xinan-cli %1 --help&quot; for its options.</source>
        <translation>运行“xinan-cli %1 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;xinan-cli %2 --help&quot; for its options.</source>
        <translation>无法识别的参数“%1”。运行“xinan-cli %2 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>The option --%1 is required. Run &quot;xinan-cli %2 --help&quot; for its options.</source>
        <translation>必须提供选项 --%1。运行“xinan-cli %2 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli %1 [options]</source>
        <translation>用法：xinan-cli %1 [选项]</translation>
    </message>
</context>
<context>
    <name>CrisisList</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知情况</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>处置清单</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <source>guardian %1 · head %2 · %3 in all</source>
        <translation>监护人 %1 · 校领导 %2 · 共 %3 次</translation>
    </message>
</context>
<context>
    <name>CrisisRepository</name>
    <message>
        <source>Give the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>The time the crisis happened, %1, is in the future.</source>
        <translation>危机发生时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The time of the notification, %1, is in the future.</source>
        <translation>通知时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The time of the action, %1, is in the future.</source>
        <translation>处置时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The time of the follow-up, %1, is in the future.</source>
        <translation>跟进时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The closing time %1 is in the future.</source>
        <translation>结案时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 fit. Shorten it.</source>
        <translation>内容有 %1 个字，最多 %2 个字，请精简。</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Head or deputy head</source>
        <translation>校长/分管领导</translation>
    </message>
    <message>
        <source>Police (110)</source>
        <translation>公安（110）</translation>
    </message>
    <message>
        <source>Ambulance (120)</source>
        <translation>急救（120）</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Describe what happened: what was seen or reported, by whom.</source>
        <translation>请填写事件经过：看到或接到报告的情况，由谁发现或报告。</translation>
    </message>
    <message>
        <source>%1 already has an open crisis event (since %2). Record what happened now as a step of that event, or close it first.</source>
        <translation>%1 已有一个进行中的危机事件（%2 起）。请把新情况记录为该事件的处置步骤，或先结案。</translation>
    </message>
    <message>
        <source>Crisis event: %1</source>
        <translation>危机事件：%1</translation>
    </message>
    <message>
        <source>Choose who was notified.</source>
        <translation>请选择通知对象。</translation>
    </message>
    <message>
        <source>Write who was notified (name and role) in the note.</source>
        <translation>请在备注中写明通知了谁（姓名和身份）。</translation>
    </message>
    <message>
        <source>Describe the action: what was done, by whom.</source>
        <translation>请填写处置内容：做了什么，由谁负责。</translation>
    </message>
    <message>
        <source>Describe the follow-up: whom you saw or spoke to, and how the student is.</source>
        <translation>请填写跟进情况：与谁面谈或沟通，学生目前状况如何。</translation>
    </message>
    <message>
        <source>This crisis event was closed on %1; nothing more can be added to it. Write a note on the student&apos;s timeline, or open a new event if there is a new crisis.</source>
        <translation>该危机事件已于 %1 结案，不能再添加记录。请在学生时间线上添加记录；如发生新的危机，请新建危机事件。</translation>
    </message>
    <message>
        <source>The time %1 is before the crisis happened (%2).</source>
        <translation>时间 %1 早于危机发生时间（%2）。</translation>
    </message>
    <message>
        <source>This crisis event was closed on %1; its checklist can no longer be changed.</source>
        <translation>该危机事件已于 %1 结案，处置清单不能再修改。</translation>
    </message>
    <message>
        <source>The checklist has no item %1.</source>
        <translation>处置清单中没有第 %1 项。</translation>
    </message>
    <message>
        <source>a notification of the guardian (监护人)</source>
        <translation>通知监护人的记录</translation>
    </message>
    <message>
        <source>a notification of the head or deputy head (校长/分管领导)</source>
        <translation>报告校长/分管领导的记录</translation>
    </message>
    <message>
        <source>Write the closure summary: how the crisis was resolved, where the student is now, and what follows (referral, plan, follow-up).</source>
        <translation>请填写结案小结：危机如何处置解决，学生目前在哪里，后续安排（转介、一人一策、跟进）。</translation>
    </message>
    <message>
        <source>This crisis event was already closed on %1.</source>
        <translation>该危机事件已于 %1 结案。</translation>
    </message>
    <message>
        <source>The event cannot be closed yet: the guardians and the head must be informed the same day. Record first:
%1</source>
        <translation>暂不能结案：危机事件须当天告知监护人和校长/分管领导。请先记录：
%1</translation>
    </message>
    <message>
        <source>The closing time %1 is before the crisis happened (%2).</source>
        <translation>结案时间 %1 早于危机发生时间（%2）。</translation>
    </message>
    <message>
        <source>The closing time %1 is before the event&apos;s last step (%2).</source>
        <translation>结案时间 %1 早于该事件最后一条处置记录的时间（%2）。</translation>
    </message>
    <message>
        <source>Crisis event closed</source>
        <translation>危机事件结案</translation>
    </message>
    <message>
        <source>Crisis: %1 notified</source>
        <translation>危机事件：已通知%1</translation>
    </message>
    <message>
        <source>Crisis: action</source>
        <translation>危机事件：处置</translation>
    </message>
    <message>
        <source>Crisis: action (%1)</source>
        <translation>危机事件：处置（%1）</translation>
    </message>
    <message>
        <source>Crisis: follow-up</source>
        <translation>危机事件：跟进</translation>
    </message>
    <message>
        <source>Crisis event opened</source>
        <translation>启动危机事件</translation>
    </message>
    <message>
        <source>Keep the student safe; never leave the student alone</source>
        <translation>确保学生人身安全，不让学生独处</translation>
    </message>
    <message>
        <source>Report to the head or deputy head at once</source>
        <translation>立即报告校长/分管领导</translation>
    </message>
    <message>
        <source>Inform the guardians the same day</source>
        <translation>当天通知监护人</translation>
    </message>
    <message>
        <source>Call 120 or 110 when needed</source>
        <translation>必要时拨打120/110</translation>
    </message>
    <message>
        <source>Refer to a mental-health service (hospital)</source>
        <translation>联系精神卫生专业机构转介</translation>
    </message>
    <message>
        <source>Keep the records (what happened, who was told, when)</source>
        <translation>保存相关记录（事件经过、通知对象、时间）</translation>
    </message>
    <message>
        <source>Plan follow-up and the return-to-school assessment</source>
        <translation>安排后续跟进与复学评估</translation>
    </message>
    <message>
        <source>Support the classmates (psychological first aid for the class)</source>
        <translation>班级同学心理疏导</translation>
    </message>
    <message>
        <source>The crisis response checklist needs at least one item (one item per line).</source>
        <translation>危机处置清单至少需要一项（每行一项）。</translation>
    </message>
    <message>
        <source>The crisis response checklist has %1 items; at most %2 fit. Combine some of them.</source>
        <translation>危机处置清单有 %1 项，最多 %2 项，请合并部分条目。</translation>
    </message>
    <message>
        <source>Item %1 of the crisis response checklist has %2 characters; at most %3 fit.</source>
        <translation>危机处置清单第 %1 项有 %2 个字，最多 %3 个字。</translation>
    </message>
    <message>
        <source>The crisis event no longer exists; it may have been deleted with the student&apos;s record.</source>
        <translation>该危机事件已不存在，可能已随学生档案一并删除。</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Item %1 of the crisis response checklist</source>
        <translation>危机处置清单第 %1 项</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
</context>
<context>
    <name>Daily</name>
    <message>
        <source>Head or deputy head</source>
        <translation>校领导</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Counselling teacher</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Group counselling room</source>
        <translation>团体辅导室</translation>
    </message>
    <message>
        <source>Sandplay room</source>
        <translation>沙盘室</translation>
    </message>
    <message>
        <source>Other room</source>
        <translation>其他功能室</translation>
    </message>
    <message>
        <source>Individual counselling room</source>
        <translation>个体辅导室</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Counsellor follow-up</source>
        <translation>心理教师回访</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生本人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团体</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个体</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>校领导</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>面谈</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是心安数据库。心安拒绝使用它。</translation>
    </message>
    <message>
        <source>%1 is not a XinAn database (the file is empty or too short).</source>
        <translation>%1 不是心安数据库（文件为空或过短）。</translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation>%1 已存在；心安不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The encryption key could not be set on %1.</source>
        <translation>无法为 %1 设置加密密钥。</translation>
    </message>
    <message>
        <source>This XinAn build is not linked with SQLCipher; it refuses to write unencrypted data.</source>
        <translation>此版本的心安未链接 SQLCipher，拒绝写入未加密的数据。</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with this key: the database is damaged or is not a XinAn database.</source>
        <translation>无法用此密钥解密 %1：数据库已损坏，或不是心安数据库。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>数据库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed in %1.</source>
        <translation>磁盘已满，%1 未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 是只读的，未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is in use by another XinAn window or program; try again after closing it.</source>
        <translation>%1 正被另一个心安窗口或其他程序使用，请将其关闭后重试。</translation>
    </message>
    <message>
        <source>The change was refused by the database&apos;s rules (%1); nothing was written.</source>
        <translation>此更改不符合数据库规则，已被拒绝（%1），未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read or write %1 (%2). Check that the disk or USB stick is still attached.</source>
        <translation>无法读写 %1（%2）。请检查磁盘或 U 盘是否仍连接在电脑上。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库错误（操作：%1）：%2</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>复制数据库</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; (%2) does not hold the counsellor key and may not write confidential content.</source>
        <translation>账户“%1”（%2）没有心理教师密钥，不能写入保密内容。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of demo students must be between 0 and 200000.</source>
        <translation>演示学生人数必须在 0 到 200000 之间。</translation>
    </message>
</context>
<context>
    <name>DutyRepository</name>
    <message>
        <source>Give the duty period a name.</source>
        <translation>请填写值班时段名称。</translation>
    </message>
    <message>
        <source>The duty period &quot;%1&quot; must end after it starts.</source>
        <translation>值班时段“%1”的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>%1–%2 overlaps the duty period &quot;%3&quot; (%4–%5).</source>
        <translation>%1–%2 与值班时段“%3”（%4–%5）重叠。</translation>
    </message>
    <message>
        <source>There is no duty period &quot;%1&quot;.</source>
        <translation>没有值班时段“%1”。</translation>
    </message>
    <message>
        <source>The weekday %1 does not exist; use 1 (Monday) to 7 (Sunday).</source>
        <translation>星期 %1 不存在，请使用 1（星期一）到 7（星期日）。</translation>
    </message>
    <message>
        <source>The room no longer exists; choose another room.</source>
        <translation>该功能室已不存在，请选择其他功能室。</translation>
    </message>
    <message>
        <source>A room that is no longer in use cannot be on the duty roster.</source>
        <translation>已停用的功能室不能排入值班表。</translation>
    </message>
    <message>
        <source>The staff member no longer exists; choose another counsellor.</source>
        <translation>该教师已不存在，请选择其他心理教师。</translation>
    </message>
    <message>
        <source>%1 is no longer on the staff and cannot be on the duty roster.</source>
        <translation>%1 已不在教师名单中，不能排入值班表。</translation>
    </message>
    <message>
        <source>Give the term an id, such as 2026-2027-1.</source>
        <translation>请填写学期编号，例如 2026-2027-1。</translation>
    </message>
    <message>
        <source>Give the term&apos;s first and last day.</source>
        <translation>请填写学期的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The term ends (%1) before it starts (%2).</source>
        <translation>学期结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A term lasts at most a year; check the dates.</source>
        <translation>一个学期最长一年，请检查日期。</translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; needs a first day and a last day that is not before it.</source>
        <translation>假期“%1”需要填写开始日期和不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>The holiday %1–%2 lies outside the term %3–%4.</source>
        <translation>假期 %1–%2 不在学期 %3–%4 之内。</translation>
    </message>
    <message>
        <source>The dates overlap the term %1; terms cannot overlap.</source>
        <translation>日期与学期 %1 重叠，学期之间不能重叠。</translation>
    </message>
    <message>
        <source>There is no term &quot;%1&quot;; save the term first.</source>
        <translation>没有学期“%1”，请先保存学期。</translation>
    </message>
    <message>
        <source>The term %1 ended on %2; there is nothing left to generate.</source>
        <translation>学期 %1 已于 %2 结束，没有可生成的值班了。</translation>
    </message>
    <message>
        <source>The duty shift no longer exists; the roster may have been regenerated. Reopen the week.</source>
        <translation>该值班班次已不存在，值班表可能已重新生成。请重新打开这一周。</translation>
    </message>
    <message>
        <source>Both shifts are %1&apos;s; choose shifts of two different staff members.</source>
        <translation>两个班次都是%1的，请选择两位不同教师的班次。</translation>
    </message>
    <message>
        <source>%1 is already on duty on %2 (%3, %4).</source>
        <translation>%1 在 %2（%3，%4）已有值班。</translation>
    </message>
    <message>
        <source>Give the reason for the cover, for example a trip or sick leave.</source>
        <translation>请填写代班原因，例如出差或病假。</translation>
    </message>
    <message>
        <source>The reason has more than 200 characters; keep it short.</source>
        <translation>原因超过 200 个字，请简短填写。</translation>
    </message>
    <message>
        <source>Choose the day to close.</source>
        <translation>请选择停止值班的日期。</translation>
    </message>
    <message>
        <source>Give the reason why there is no duty that day, for example the sports day.</source>
        <translation>请填写当天不值班的原因，例如运动会。</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已设为不值班。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 未设为不值班。</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>来访人数不能为负数。</translation>
    </message>
    <message>
        <source>The duty log has more than %1 characters in one field; shorten it.</source>
        <translation>值班记录某一栏超过 %1 个字，请删减。</translation>
    </message>
    <message>
        <source>There is no duty shift on %1 in that period and room; a log belongs to a shift.</source>
        <translation>%1 该时段该功能室没有值班班次；值班记录必须对应一个班次。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The duty log</source>
        <translation>值班情况</translation>
    </message>
    <message>
        <source>The handover</source>
        <translation>交接班说明</translation>
    </message>
</context>
<context>
    <name>DutySheet</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>停止值班：%1</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>放假：%1</translation>
    </message>
    <message>
        <source>%1 (swap)</source>
        <translation>%1（换班）</translation>
    </message>
    <message>
        <source>%1 (cover)</source>
        <translation>%1（代班）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Counselling office duty roster</source>
        <translation>心理辅导室值班表</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>(swap): staff exchanged shifts; (cover): another staff member covers the shift.</source>
        <translation>（换班）：值班老师互换班次；（代班）：由其他老师代为值班。</translation>
    </message>
    <message>
        <source>Printed on %1 by XinAn.</source>
        <translation>心安 XinAn 打印于 %1。</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>值班表 %1</translation>
    </message>
</context>
<context>
    <name>FeedbackRepository</name>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Give the date the feedback was given.</source>
        <translation>请填写反馈日期。</translation>
    </message>
    <message>
        <source>The feedback&apos;s date %1 is in the future.</source>
        <translation>反馈日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Write what was shared (only what may be shared: no confidential notes).</source>
        <translation>请填写反馈的内容（只写可以告知的内容，不含保密记录）。</translation>
    </message>
    <message>
        <source>The summary or the reply has more than %1 characters; shorten it.</source>
        <translation>反馈内容或回复超过 %1 个字，请删减。</translation>
    </message>
    <message>
        <source>The counselling record no longer exists; save the feedback without it.</source>
        <translation>该辅导记录已不存在，请不关联辅导记录保存反馈。</translation>
    </message>
    <message>
        <source>The counselling record is another student&apos;s.</source>
        <translation>该辅导记录属于其他学生。</translation>
    </message>
    <message>
        <source>The feedback (%1) is dated before the session it follows (%2).</source>
        <translation>反馈日期（%1）早于对应的辅导日期（%2）。</translation>
    </message>
    <message>
        <source>Feedback cannot be moved to another student; record new feedback instead.</source>
        <translation>反馈不能转到其他学生名下，请另外新建一条反馈。</translation>
    </message>
    <message>
        <source>The feedback record no longer exists.</source>
        <translation>该反馈记录已不存在。</translation>
    </message>
    <message>
        <source>Feedback is due after 1 to 60 days.</source>
        <translation>反馈期限应为 1 到 60 天。</translation>
    </message>
    <message>
        <source>Feedback to %1 (%2)</source>
        <translation>向%1反馈（%2）</translation>
    </message>
    <message>
        <source>%1
Reply: %2</source>
        <translation>%1
回复：%2</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>对方回应</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; (%2) reads only the feedback addressed to it; this feedback was given to %3.</source>
        <translation>账户“%1”（%2）只能查看发给自己的反馈；这条反馈是给%3的。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>GridRepository</name>
    <message>
        <source>Deputy class teacher</source>
        <translation>副班主任</translation>
    </message>
    <message>
        <source>Grade leader</source>
        <translation>年级组长</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Enter the teacher&apos;s name.</source>
        <translation>请填写教师姓名。</translation>
    </message>
    <message>
        <source>The teacher&apos;s name has %1 characters; at most %2 fit.</source>
        <translation>教师姓名有 %1 个字，最多只能填 %2 个字。</translation>
    </message>
    <message>
        <source>Choose the class the teacher is responsible for.</source>
        <translation>请选择该教师负责的班级。</translation>
    </message>
    <message>
        <source>The grade %1 does not exist; choose a grade from the list.</source>
        <translation>年级 %1 不存在，请从列表中选择年级。</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use 5 to 20 digits, spaces, &apos;+&apos; or &apos;-&apos; (or leave it empty).</source>
        <translation>电话号码“%1”无效：请填写 5 到 20 位数字，可含空格、“+”或“-”（也可以不填）。</translation>
    </message>
    <message>
        <source>This entry of the class grid no longer exists; it may have been removed.</source>
        <translation>该班级网格记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 is already listed for %2 %3; edit that entry instead of adding another.</source>
        <translation>%1 已登记在%2%3，请修改原有记录，不要重复添加。</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>教师姓名</translation>
    </message>
    <message>
        <source>%1 is listed as %2 of %3 %4; only a class teacher&apos;s entry is linked to an account.</source>
        <translation>%1 登记为%3 %4的%2；只有班主任条目才能关联账户。</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled or removed; enable it or choose another account.</source>
        <translation>账户“%1”已停用或已删除；请先启用，或选择其他账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a %2 account; only a class-teacher account is linked to a class (a counselling teacher or head sees every class anyway).</source>
        <translation>账户“%1”是%2账户；只有班主任账户才关联到班级（心理教师和校领导本来就能看到所有班级）。</translation>
    </message>
    <message>
        <source>%1 %2 has several class-teacher entries (%3); choose one with --teacher.</source>
        <translation>%1 %2 有多个班主任条目（%3）；请用 --teacher 指定其中一个。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
    </message>
    <message>
        <source>XinAn: a school counselling office&apos;s records, encrypted and offline.</source>
        <translation>心安：学校心理辅导室的档案，加密且离线。</translation>
    </message>
    <message>
        <source>The school database to open (NAME.xinan).</source>
        <translation>要打开的学校数据库（NAME.xinan）。</translation>
    </message>
</context>
<context>
    <name>HomeVisitRepository</name>
    <message>
        <source>Single parent</source>
        <translation>单亲</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守</translation>
    </message>
    <message>
        <source>Raised by grandparents</source>
        <translation>隔代抚养</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Disability in the family</source>
        <translation>家有残疾</translation>
    </message>
    <message>
        <source>Migrant family</source>
        <translation>随迁</translation>
    </message>
    <message>
        <source>Blended family</source>
        <translation>重组家庭</translation>
    </message>
    <message>
        <source>Financial hardship</source>
        <translation>经济困难</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Meeting at school</source>
        <translation>到校约谈</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Key student</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>危机后</translation>
    </message>
    <message>
        <source>After returning to school</source>
        <translation>复学后</translation>
    </message>
    <message>
        <source>Left-behind or in difficulty</source>
        <translation>留守困境</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Counselling teacher</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>任课教师</translation>
    </message>
    <message>
        <source>School leader</source>
        <translation>校领导</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Key student: a home visit every month</source>
        <translation>重点学生每月家访</translation>
    </message>
    <message>
        <source>Key student: an on-site visit this term</source>
        <translation>本学期需实地家访</translation>
    </message>
    <message>
        <source>Returned to school: a home visit within two weeks</source>
        <translation>复学后两周内家访</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>“%1”有 %2 个字，最多 %3 个，请删减。</translation>
    </message>
    <message>
        <source>Choose at least one student for the home visit.</source>
        <translation>请至少选择一名家访学生。</translation>
    </message>
    <message>
        <source>Give the date and time of the home visit (&quot;Visited on&quot;).</source>
        <translation>请填写家访的日期和时间（“家访时间”）。</translation>
    </message>
    <message>
        <source>&quot;Visited on&quot; is %1, in the future. Record a visit after it has taken place.</source>
        <translation>“家访时间”%1 在将来。请在家访完成后再记录。</translation>
    </message>
    <message>
        <source>Name at least one visitor (&quot;Visitors&quot;): who went on the home visit.</source>
        <translation>请至少填写一名家访人员（“家访人员”）：谁参加了这次家访。</translation>
    </message>
    <message>
        <source>A visitor (%1) has no name. Fill in &quot;Visitors&quot; with each visitor&apos;s name.</source>
        <translation>有一名家访人员（%1）没有填写姓名。请在“家访人员”中填写每位人员的姓名。</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>家访人员</translation>
    </message>
    <message>
        <source>&quot;Follow-up on&quot; (%1) is before the visit (%2). Give a later day or none.</source>
        <translation>“跟进日期”（%1）早于家访日期（%2）。请填写更晚的日期，或不填。</translation>
    </message>
    <message>
        <source>&quot;Family situation&quot; has the unknown tag &quot;%1&quot;. Use one of: %2.</source>
        <translation>“家庭情况”中有未知的标签“%1”。可用的标签：%2。</translation>
    </message>
    <message>
        <source>Met whom</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Relation to the student</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>The student at home</source>
        <translation>学生在家表现</translation>
    </message>
    <message>
        <source>Parents&apos; views and needs</source>
        <translation>家长意见和需求</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>家校共识</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>&quot;Students&quot;: the student record %1 no longer exists; it may have been deleted.</source>
        <translation>“家访学生”：学生记录 %1 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>&quot;Students&quot;: student %1 is not enrolled (在读); home visits are recorded for enrolled students only.</source>
        <translation>“家访学生”：学生 %1 不是在读状态；只能为在读学生记录家访。</translation>
    </message>
    <message>
        <source>Visit %1 of %2: %3</source>
        <translation>第 %1 条家访（共 %2 条）：%3</translation>
    </message>
    <message>
        <source>The home visit no longer exists; it may have been deleted.</source>
        <translation>该家访记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>&quot;Students&quot;: the student record %1 no longer exists.</source>
        <translation>“家访学生”：学生记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Home visit (%1)</source>
        <translation>家访（%1）</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>接待：%1</translation>
    </message>
    <message>
        <source>Met %1 (%2)</source>
        <translation>接待：%1（%2）</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>家校共识：%1</translation>
    </message>
    <message>
        <source>Follow-up on %1</source>
        <translation>跟进日期：%1</translation>
    </message>
</context>
<context>
    <name>HotlinePoster</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Help lines: %1</source>
        <translation>求助热线：%1</translation>
    </message>
    <message>
        <source>No 24-hour aid line is set yet (Settings → Psychological aid hotlines).</source>
        <translation>尚未设置24小时心理援助热线（设置 → 心理援助热线）。</translation>
    </message>
    <message>
        <source>Nearest hospital: %1</source>
        <translation>最近医院：%1</translation>
    </message>
    <message>
        <source>If you need help</source>
        <translation>如果你需要帮助</translation>
    </message>
    <message>
        <source>Psychological aid hotlines</source>
        <translation>心理援助热线</translation>
    </message>
    <message>
        <source>You are not alone. When you feel sad, afraid or think of hurting yourself, call one of these numbers, or tell a teacher or someone in your family you trust.</source>
        <translation>你并不孤单。当你感到难过、害怕，或者有伤害自己的念头时，请拨打下面的电话，或者告诉你信任的老师、家人。</translation>
    </message>
    <message>
        <source>Open day and night, free of judgement.</source>
        <translation>全天24小时接听，耐心倾听，不评判。</translation>
    </message>
    <message>
        <source>National hotlines</source>
        <translation>全国热线</translation>
    </message>
    <message>
        <source>Local help lines</source>
        <translation>本地求助热线</translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation>最近的医院</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>在学校</translation>
    </message>
    <message>
        <source>Come to the school&apos;s counselling room (%1), or ask your class teacher to take you there.</source>
        <translation>欢迎来学校心理辅导室（%1），也可以请班主任陪你一起来。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>In an emergency call 120 (ambulance) or 110 (police).</source>
        <translation>紧急情况请拨打 120（急救）或 110（报警）。</translation>
    </message>
    <message>
        <source>Print the help-line poster</source>
        <translation>打印心理援助热线海报</translation>
    </message>
    <message>
        <source>Save the help-line poster as PDF</source>
        <translation>将心理援助热线海报保存为 PDF</translation>
    </message>
    <message>
        <source>help-line-poster.pdf</source>
        <translation>心理援助热线海报.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The poster was saved as %1.</source>
        <translation>海报已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>HotlineRepository</name>
    <message>
        <source>%1 must fit on one line.</source>
        <translation>%1只能写一行。</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters, not %3.</source>
        <translation>%1太长：最多 %2 个字，现在是 %3 个。</translation>
    </message>
    <message>
        <source>Government service hotline (政务服务便民热线)</source>
        <translation>政务服务便民热线</translation>
    </message>
    <message>
        <source>Health hotline (卫生健康热线)</source>
        <translation>卫生健康热线</translation>
    </message>
    <message>
        <source>Youth service line (青少年服务台)</source>
        <translation>青少年服务台</translation>
    </message>
    <message>
        <source>Women and children&apos;s rights hotline (妇女儿童维权热线)</source>
        <translation>妇女儿童维权热线</translation>
    </message>
    <message>
        <source>National psychological assistance hotline (心理援助热线)</source>
        <translation>全国心理援助热线</translation>
    </message>
    <message>
        <source>National number since 2025; check that it answers in your county before printing it.</source>
        <translation>2025年起的全国统一号码；印制前请先确认本县拨打可以接通。</translation>
    </message>
    <message>
        <source>24-hour psychological aid line</source>
        <translation>24小时心理援助热线</translation>
    </message>
    <message>
        <source>%1 “%2” is not a phone number: use only digits, spaces, &apos;-&apos; and a &apos;+&apos; at the start.</source>
        <translation>%1“%2”不是电话号码：只能使用数字、空格、“-”和开头的“+”。</translation>
    </message>
    <message>
        <source>%1 “%2” has %3 digits: a phone number has %4 to %5.</source>
        <translation>%1“%2”有 %3 位数字：电话号码应为 %4 到 %5 位数字。</translation>
    </message>
    <message>
        <source>The 24-hour aid line&apos;s name</source>
        <translation>24小时心理援助热线的名称</translation>
    </message>
    <message>
        <source>The 24-hour aid line&apos;s number</source>
        <translation>24小时心理援助热线的号码</translation>
    </message>
    <message>
        <source>Write the 24-hour aid line&apos;s number, or clear its name.</source>
        <translation>请填写24小时心理援助热线的号码，或清空其名称。</translation>
    </message>
    <message>
        <source>The nearest hospital&apos;s name</source>
        <translation>最近医院的名称</translation>
    </message>
    <message>
        <source>The nearest hospital&apos;s number</source>
        <translation>最近医院的电话</translation>
    </message>
    <message>
        <source>The nearest hospital&apos;s address</source>
        <translation>最近医院的地址</translation>
    </message>
    <message>
        <source>Write the nearest hospital&apos;s name.</source>
        <translation>请填写最近医院的名称。</translation>
    </message>
    <message>
        <source>Local line %1&apos;s name</source>
        <translation>第 %1 条本地热线的名称</translation>
    </message>
    <message>
        <source>Local line %1&apos;s number</source>
        <translation>第 %1 条本地热线的号码</translation>
    </message>
    <message>
        <source>Local line %1&apos;s note</source>
        <translation>第 %1 条本地热线的备注</translation>
    </message>
    <message>
        <source>Write local line %1&apos;s name.</source>
        <translation>请填写第 %1 条本地热线的名称。</translation>
    </message>
    <message>
        <source>Write local line %1&apos;s number.</source>
        <translation>请填写第 %1 条本地热线的号码。</translation>
    </message>
    <message>
        <source>At most %1 other local lines can be kept, not %2.</source>
        <translation>其他本地热线最多保存 %1 条，现在是 %2 条。</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>Instrument definition %1 is not valid: %2 Correct the definition and load it again.</source>
        <translation>测评工具定义文件 %1 无效：%2请修改定义文件后重新载入。</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot; (known fields: %3).</source>
        <translation>%1 含有未知字段“%2”（可用字段：%3）。</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 缺少“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be text in quotes.</source>
        <translation>%2 的“%1”必须是加引号的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is empty.</source>
        <translation>%2 的“%1”为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is &quot;%3&quot;; use lower-case letters, digits and &apos;_&apos; only.</source>
        <translation>%2 的“%1”为“%3”；只能使用小写字母、数字和“_”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2</source>
        <translation>%2 的“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be true or false.</source>
        <translation>%2 的“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be a list in [ ].</source>
        <translation>%2 的“%1”必须是用 [ ] 括起的列表。</translation>
    </message>
    <message>
        <source>%1 must be an object in { }.</source>
        <translation>%1 必须是用 { } 括起的对象。</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1 的第 %2 项</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>定义文件</translation>
    </message>
    <message>
        <source>&quot;options&quot; must list 2 to %1 answers; it lists %2.</source>
        <translation>“options”必须列出 2 到 %1 个选项，现在列出了 %2 个。</translation>
    </message>
    <message>
        <source>option value %1 appears twice; option values must be distinct.</source>
        <translation>选项分值 %1 出现了两次；各选项的分值不能相同。</translation>
    </message>
    <message>
        <source>option label &quot;%1&quot; appears twice; option labels must be distinct.</source>
        <translation>选项文字“%1”出现了两次；各选项的文字不能相同。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must list 1 to %1 items; it lists %2.</source>
        <translation>“items”必须列出 1 到 %1 道题目，现在列出了 %2 道。</translation>
    </message>
    <message>
        <source>item number %1 appears twice.</source>
        <translation>题号 %1 出现了两次。</translation>
    </message>
    <message>
        <source>item number %1 is out of order: with %2 items, number them 1 to %2.</source>
        <translation>题号 %1 顺序不对：共 %2 道题目，应依次编为 1 到 %2。</translation>
    </message>
    <message>
        <source>reverse-scored items need symmetric option values, but option %1 has no mirror value %2.</source>
        <translation>反向计分题目要求选项分值对称，但选项 %1 没有对应的对称分值 %2。</translation>
    </message>
    <message>
        <source>&quot;scoring&quot;</source>
        <translation>“scoring”</translation>
    </message>
    <message>
        <source>scoring method &quot;%1&quot; is not supported; use &quot;sum&quot;.</source>
        <translation>不支持计分方式“%1”；请使用“sum”。</translation>
    </message>
    <message>
        <source>&quot;bands&quot; is empty; list the bands from %1 to %2.</source>
        <translation>“bands”为空；请列出从 %1 到 %2 的各个分级。</translation>
    </message>
    <message>
        <source>band &quot;%1&quot; runs from %2 to %3; &quot;from&quot; must not be above &quot;to&quot;.</source>
        <translation>分级“%1”的范围是 %2 到 %3；“from”不能大于“to”。</translation>
    </message>
    <message>
        <source>band code &quot;%1&quot; appears twice.</source>
        <translation>分级代码“%1”出现了两次。</translation>
    </message>
    <message>
        <source>the lowest band &quot;%1&quot; starts at %2, but the lowest possible total is %3.</source>
        <translation>最低分级“%1”从 %2 开始，但最低可能总分是 %3。</translation>
    </message>
    <message>
        <source>bands &quot;%1&quot; and &quot;%2&quot; overlap at totals %3 to %4.</source>
        <translation>分级“%1”和“%2”在总分 %3 到 %4 处重叠。</translation>
    </message>
    <message>
        <source>no band covers totals %1 to %2 (between &quot;%3&quot; and &quot;%4&quot;).</source>
        <translation>总分 %1 到 %2 没有对应的分级（位于“%3”和“%4”之间）。</translation>
    </message>
    <message>
        <source>the highest band &quot;%1&quot; ends at %2, but the highest possible total is %3.</source>
        <translation>最高分级“%1”到 %2 为止，但最高可能总分是 %3。</translation>
    </message>
    <message>
        <source>critical item %1 does not exist; the items are numbered 1 to %2.</source>
        <translation>危急题目第 %1 题不存在；题号范围为 1 到 %2。</translation>
    </message>
    <message>
        <source>critical item %1 triggers above %2, but answers run from %3 to %4; use a value from %3 to %5.</source>
        <translation>危急题目第 %1 题设定为高于 %2 时触发，但答案分值范围为 %3 到 %4；请使用 %3 到 %5 之间的值。</translation>
    </message>
    <message>
        <source>subscale code &quot;%1&quot; appears twice.</source>
        <translation>分量表代码“%1”出现了两次。</translation>
    </message>
    <message>
        <source>every item of subscale &quot;%1&quot;</source>
        <translation>分量表“%1”中的每个题号</translation>
    </message>
    <message>
        <source>subscale &quot;%1&quot; lists item %2, which does not exist; the items are numbered 1 to %3.</source>
        <translation>分量表“%1”列出了第 %2 题，但该题不存在；题号范围为 1 到 %3。</translation>
    </message>
    <message>
        <source>subscale &quot;%1&quot; lists item %2 twice.</source>
        <translation>分量表“%1”两次列出了第 %2 题。</translation>
    </message>
    <message>
        <source>item %1 belongs to subscale &quot;%2&quot;, which is not listed in &quot;subscales&quot;.</source>
        <translation>第 %1 题属于分量表“%2”，但“subscales”中没有列出该分量表。</translation>
    </message>
    <message>
        <source>subscale &quot;%1&quot; has no items.</source>
        <translation>分量表“%1”没有任何题目。</translation>
    </message>
    <message>
        <source>The built-in instrument %1 is missing from this copy of XinAn; reinstall XinAn.</source>
        <translation>此心安副本缺少内置测评工具 %1；请重新安装心安。</translation>
    </message>
    <message>
        <source>The built-in instrument %1 has the id &quot;%2&quot;; reinstall XinAn.</source>
        <translation>内置测评工具 %1 的 id 为“%2”；请重新安装心安。</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes.</source>
        <translation>文件超过 %1 字节。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>the definition must be one JSON object in { }.</source>
        <translation>定义文件必须是一个用 { } 括起的 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 has %2 items, but %3 answers were given.</source>
        <translation>%1 共有 %2 道题目，但提供了 %3 个答案。</translation>
    </message>
    <message>
        <source>%1 item %2: %3 is not one of the answers (%4).</source>
        <translation>%1 第 %2 题：%3 不是可选答案（%4）。</translation>
    </message>
    <message>
        <source>%1: no band covers the total %2; the instrument definition is damaged.</source>
        <translation>%1：总分 %2 没有对应的分级；测评工具定义文件已损坏。</translation>
    </message>
</context>
<context>
    <name>InstrumentRepository</name>
    <message>
        <source>%1 defines the instrument &quot;%2&quot;, which is built into XinAn (%3) and cannot be replaced. If this is another instrument, give it an id of its own in &quot;id&quot;.</source>
        <translation>%1 定义的量表“%2”是心安内置的量表（%3），不能替换。如果这是另一份量表，请在“id”中给它另起一个编号。</translation>
    </message>
    <message numerus="yes">
        <source>%1 changes the instrument &quot;%2&quot; (%3), but %n screening result(s) were scored with the definition the school has. Results keep the definition they were scored with, so it cannot be replaced; give the changed definition an id of its own in &quot;id&quot; (for example %2_v2).</source>
        <translation>
            <numerusform>%1 修改了量表“%2”（%3），但已有 %n 条测评结果按本校现有的定义计分。测评结果保留计分时所用的定义，因此不能替换；请在“id”中为修改后的定义另起编号（例如 %2_v2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>Not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>内存不足，无法验证密码（Argon2id 需要 %1 MiB）。</translation>
    </message>
    <message>
        <source>The account name must be 1 to 32 characters long.</source>
        <translation>账户名长度必须为 1 到 32 个字符。</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; contains a space or a character that is not allowed.</source>
        <translation>账户名“%1”含有空格或不允许使用的字符。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a XinAn key file. The database can still be opened with the recovery key.</source>
        <translation>密钥文件 %1 已损坏，或不是心安密钥文件。仍可用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of XinAn.</source>
        <translation>密钥文件 %1 由更高版本的心安生成。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this database. Accounts: %2</source>
        <translation>此数据库中没有账户“%1”。现有账户：%2</translation>
    </message>
    <message>
        <source>Wrong password for account &quot;%1&quot;.</source>
        <translation>账户“%1”的密码错误。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too easy to guess: use a longer sentence or add unrelated words.</source>
        <translation>太容易猜到：请用更长的句子或加入不相关的词。</translation>
    </message>
    <message>
        <source>Do not use the account&apos;s or the school&apos;s name in it.</source>
        <translation>密码中不要使用账户名或学校名称。</translation>
    </message>
    <message>
        <source>A counselling teacher&apos;s or an administrator&apos;s password must be stronger than others: it opens the confidential records or manages the accounts.</source>
        <translation>心理教师和管理员的密码必须比其他账户更强：它能打开保密记录或管理账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has not signed in since XinAn was updated; give it a new password first.</source>
        <translation>账户“%1”自心安更新后尚未登录，请先为它重设密码。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this database.</source>
        <translation>此数据库中没有账户“%1”。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; has a password-hashing cost outside XinAn&apos;s limits (%2 passes, %3 MiB): it was not written by XinAn and is refused.</source>
        <translation>“%1”的密钥槽的密码计算强度超出心安的范围（%2 轮，%3 MiB）：它不是心安写入的，已拒绝使用。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is damaged or was altered. Open the database with its recovery key.</source>
        <translation>“%1”的密钥槽已损坏或被改动。请用恢复密钥打开数据库。</translation>
    </message>
</context>
<context>
    <name>KeyStudentsPanels</name>
    <message>
        <source>Double-click a student to open the file.</source>
        <translation>双击学生打开档案。</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
</context>
<context>
    <name>LeaveRepository</name>
    <message>
        <source>Give the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>The %1, %2, is in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>%1共 %2 个字，最多 %3 个字，请精简。</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>心理原因</translation>
    </message>
    <message>
        <source>Physical illness</source>
        <translation>身体疾病</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>家庭原因</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Return approved</source>
        <translation>同意复学</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Further assessment needed</source>
        <translation>需进一步评估</translation>
    </message>
    <message>
        <source>One week after return</source>
        <translation>复学一周</translation>
    </message>
    <message>
        <source>One month after return</source>
        <translation>复学一个月</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>学期末</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The student&apos;s status is already %1.</source>
        <translation>该学生的学籍状态已是“%1”。</translation>
    </message>
    <message>
        <source>A leave (休学) is recorded with its start day and reason category: use 休学… in the student&apos;s file.</source>
        <translation>休学需记录开始日期和原因类别：请在学生档案中选择“休学”。</translation>
    </message>
    <message>
        <source>A return to school (复学) is recorded as a return application with the decision 同意复学: use the 休学复学 tab of the student&apos;s file.</source>
        <translation>复学需通过复学申请并作出“同意复学”的决定：请使用学生档案的“休学复学”页。</translation>
    </message>
    <message>
        <source>day the change takes effect</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The change cannot take effect on %1, before the student&apos;s last status change on %2.</source>
        <translation>生效日期 %1 早于该学生上一次学籍变更（%2），不能这样记录。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Give the reason for the change to %1.</source>
        <translation>变更为“%1”需填写原因。</translation>
    </message>
    <message>
        <source>The change cannot take effect on %1, before the leave started on %2.</source>
        <translation>生效日期 %1 早于休学开始日期 %2。</translation>
    </message>
    <message>
        <source>Only a student who is 在读 can go on leave; this student is %1.</source>
        <translation>只有在读学生才能办理休学；该学生当前为“%1”。</translation>
    </message>
    <message>
        <source>The student is already on leave since %1; record the return first.</source>
        <translation>该学生自 %1 起已在休学中，请先记录复学。</translation>
    </message>
    <message>
        <source>first day of the leave</source>
        <translation>休学开始日期</translation>
    </message>
    <message>
        <source>The leave cannot start on %1, before the student&apos;s last status change on %2.</source>
        <translation>休学开始日期 %1 早于该学生上一次学籍变更（%2）。</translation>
    </message>
    <message>
        <source>The referral to link is not one of this student&apos;s referrals.</source>
        <translation>所选转介不是该学生的转介记录。</translation>
    </message>
    <message>
        <source>The certificate says only that the condition is stable (病情稳定) and does not recommend the return to school. Ask the hospital for a clear recommendation (建议复学) before deciding.</source>
        <translation>诊断证明只写了“病情稳定”，没有明确的复学建议。作出决定前，请向医院索取明确的复学意见（如“建议复学”）。</translation>
    </message>
    <message>
        <source>the condition is stable</source>
        <translation>病情稳定</translation>
    </message>
    <message>
        <source>no current risk behaviour</source>
        <translation>目前无风险行为</translation>
    </message>
    <message>
        <source>daily life and study functioning restored</source>
        <translation>日常生活和学习功能已恢复</translation>
    </message>
    <message>
        <source>The leave record no longer exists.</source>
        <translation>该休学记录已不存在。</translation>
    </message>
    <message>
        <source>This leave ended on %1; a return application needs a leave still open.</source>
        <translation>该次休学已于 %1 结束；复学申请只能针对正在休学的记录。</translation>
    </message>
    <message>
        <source>day of the application</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>The application day %1 is before the leave started on %2.</source>
        <translation>申请日期 %1 早于休学开始日期 %2。</translation>
    </message>
    <message>
        <source>day of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>The decision day %1 is before the application day %2.</source>
        <translation>决定日期 %1 早于申请日期 %2。</translation>
    </message>
    <message>
        <source>date of the medical certificate</source>
        <translation>诊断证明日期</translation>
    </message>
    <message>
        <source>The hospital</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>The certificate&apos;s text</source>
        <translation>诊断证明内容</translation>
    </message>
    <message>
        <source>The assessors</source>
        <translation>评估人员</translation>
    </message>
    <message>
        <source>The return can be approved only when all three conditions are met; not ticked: %1.</source>
        <translation>三项复学条件全部满足才能同意复学；尚未勾选：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>day of the return to school</source>
        <translation>复学日期</translation>
    </message>
    <message>
        <source>The return day %1 is before the decision day %2.</source>
        <translation>复学日期 %1 早于决定日期 %2。</translation>
    </message>
    <message>
        <source>The return day %1 is before the leave started on %2.</source>
        <translation>复学日期 %1 早于休学开始日期 %2。</translation>
    </message>
    <message>
        <source>The return day %1 is before the student&apos;s last status change on %2.</source>
        <translation>复学日期 %1 早于该学生上一次学籍变更（%2）。</translation>
    </message>
    <message>
        <source>The class placement</source>
        <translation>班级安排</translation>
    </message>
    <message>
        <source>The part-time schedule</source>
        <translation>半日或部分时间到校安排</translation>
    </message>
    <message>
        <source>Who supports the student</source>
        <translation>支持人员</translation>
    </message>
    <message>
        <source>The relapse plan</source>
        <translation>复发应对预案</translation>
    </message>
    <message>
        <source>Return to school approved (复学)</source>
        <translation>复学申请获同意（复学）</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>该跟进记录已不存在。</translation>
    </message>
    <message>
        <source>This follow-up was already recorded as done on %1.</source>
        <translation>该跟进已于 %1 记录完成。</translation>
    </message>
    <message>
        <source>day of the follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>The follow-up day %1 is before the return to school on %2.</source>
        <translation>跟进日期 %1 早于复学日期 %2。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Write a short note on how the student is doing.</source>
        <translation>请简要记录学生的近况。</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>学籍变更：%1 → %2</translation>
    </message>
    <message>
        <source>Return follow-up: %1</source>
        <translation>复学跟进：%1</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>%1 申请</translation>
    </message>
    <message>
        <source>, certificate from %1</source>
        <translation>，诊断证明出具医院：%1</translation>
    </message>
    <message>
        <source>, back on %1</source>
        <translation>，%1 返校</translation>
    </message>
    <message>
        <source>Return application: %1</source>
        <translation>复学申请：%1</translation>
    </message>
    <message>
        <source>Leave started (%1)</source>
        <translation>开始休学（%1）</translation>
    </message>
    <message>
        <source>Linked to a referral</source>
        <translation>关联转介记录</translation>
    </message>
</context>
<context>
    <name>LessonRepository</name>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>“%1”有 %2 个字符，最多 %3 个。请缩短。</translation>
    </message>
    <message>
        <source>&quot;Grade&quot; is %1; give a grade from 1 (一年级) to 15 (中职三年级).</source>
        <translation>“年级”为 %1；请填 1（一年级）到 15（中职三年级）之间的年级。</translation>
    </message>
    <message>
        <source>Choose the class (&quot;Class&quot;) the lesson was given to.</source>
        <translation>请选择上课的班级（“班级”）。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Give the day the lesson was given (&quot;Date&quot;).</source>
        <translation>请填写上课日期（“日期”）。</translation>
    </message>
    <message>
        <source>&quot;Date&quot; is %1, in the future. Record a lesson after it has been given.</source>
        <translation>“日期”为 %1，是将来的日期。请在上完课后再登记。</translation>
    </message>
    <message>
        <source>&quot;Periods&quot; is %1; give from 1 to 8 periods (课时).</source>
        <translation>“课时”为 %1；请填 1 到 8 课时。</translation>
    </message>
    <message>
        <source>Give the teacher who gave the lesson (&quot;Teacher&quot;).</source>
        <translation>请填写授课教师（“授课教师”）。</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>&quot;Class&quot;: %1 %2 has no student. Choose one of the school&apos;s classes.</source>
        <translation>“班级”：%1 %2 没有学生。请从本校的班级中选择。</translation>
    </message>
    <message>
        <source>Class lesson</source>
        <translation>课堂教学</translation>
    </message>
    <message>
        <source>Theme activity</source>
        <translation>主题活动</translation>
    </message>
    <message>
        <source>Group guidance</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上课</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose at least one class (&quot;Class&quot;) the lesson was given to.</source>
        <translation>请至少选择一个上课的班级（“班级”）。</translation>
    </message>
    <message>
        <source>The lesson no longer exists; it may have been deleted.</source>
        <translation>该课程记录已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 was written by a newer version of XinAn (schema %2; this version knows up to %3). Please update XinAn.</source>
        <translation>%1 由更高版本的心安生成（数据结构版本 %2；当前版本最高支持 %3）。请升级心安。</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build of XinAn (%2). Please reinstall XinAn.</source>
        <translation>这个版本的心安缺少数据结构文件 %1（%2）。请重新安装心安。</translation>
    </message>
    <message>
        <source>The schema file %1 in this build of XinAn is empty. Please reinstall XinAn.</source>
        <translation>这个版本的心安中的数据结构文件 %1 是空的。请重新安装心安。</translation>
    </message>
    <message>
        <source>In the schema file %1: %2</source>
        <translation>数据结构文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>MissingVisitSheet</name>
    <message>
        <source>Students still to visit at home</source>
        <translation>未家访学生名单</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>As of %1: %2 students enrolled, %3 visited, %4 still without a home visit this term.</source>
        <translation>截至 %1：本班在读 %2 人，已家访 %3 人，本学期尚未家访 %4 人。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次家访</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>家访日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未家访</translation>
    </message>
    <message>
        <source>Every student of the class has had a home visit this term.</source>
        <translation>本班所有学生本学期均已家访。</translation>
    </message>
    <message>
        <source>Class teacher (signature):</source>
        <translation>班主任（签名）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Printed on %1 by XinAn. This list names students: keep it with the class teacher and shred it when the visits are recorded.</source>
        <translation>由心安于 %1 打印。本名单含学生姓名：请由班主任保管，家访登记完毕后粉碎。</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>The note is empty: write what happened.</source>
        <translation>记录是空的：请写下发生了什么。</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit. Shorten it or split it into two notes.</source>
        <translation>记录有 %1 个字，最多只能写 %2 个字。请删减，或分成两条记录。</translation>
    </message>
    <message>
        <source>The note has no date.</source>
        <translation>记录没有日期。</translation>
    </message>
    <message>
        <source>The note&apos;s date %1 is in the future.</source>
        <translation>记录日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The note no longer exists; it may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>OfficeRepository</name>
    <message>
        <source>The room no longer exists; choose another room.</source>
        <translation>该功能室已不存在，请选择其他功能室。</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>请填写功能室名称。</translation>
    </message>
    <message>
        <source>The room&apos;s name has %1 characters; at most %2 fit.</source>
        <translation>功能室名称有 %1 个字，最多只能 %2 个字。</translation>
    </message>
    <message>
        <source>There already is a room called &quot;%1&quot;; give this one another name.</source>
        <translation>已有名为“%1”的功能室，请换一个名称。</translation>
    </message>
    <message>
        <source>The staff member no longer exists; choose another counsellor.</source>
        <translation>该教师已不存在，请选择其他心理教师。</translation>
    </message>
    <message>
        <source>Give the staff member&apos;s name.</source>
        <translation>请填写教师姓名。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 fit.</source>
        <translation>姓名有 %1 个字，最多只能 %2 个字。</translation>
    </message>
    <message>
        <source>The contact has more than 100 characters; give a phone number or a short note.</source>
        <translation>联系方式超过 100 个字，请只填写电话号码或简短说明。</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;; leave the account empty or create the account first.</source>
        <translation>没有名为“%1”的账户。请将账户留空，或先创建该账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already belongs to %2.</source>
        <translation>账户“%1”已关联到%2。</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>辅导室名称</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>&quot;Area&quot; of the room &quot;%1&quot; is %2 m²; give the floor area in square metres, more than 0 and at most %3, or leave it empty.</source>
        <translation>辅导室“%1”的“面积”为 %2 平方米；请填写大于 0、不超过 %3 的使用面积（平方米），或留空。</translation>
    </message>
    <message>
        <source>&quot;Equipment&quot; of the room &quot;%1&quot; has %2 characters; at most %3 fit. List the main items only.</source>
        <translation>辅导室“%1”的“设备”有 %2 个字，最多 %3 个字，请只列主要设备。</translation>
    </message>
    <message>
        <source>&quot;Equipment&quot;</source>
        <translation>“设备”</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>%1 contains the invisible character U+%2, which XinAn does not accept there; type the text again without it.</source>
        <translation>%1含有不可见字符 U+%2，此处不接受；请去掉这个字符后重新输入。</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Fill in &quot;%1&quot;: the plan cannot be saved without it.</source>
        <translation>请填写“%1”，否则无法保存方案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>“%1”有 %2 个字，最多 %3 个字，请精简。</translation>
    </message>
    <message>
        <source>The plan has no date.</source>
        <translation>方案缺少日期。</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Counselling teacher</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长/监护人</translation>
    </message>
    <message>
        <source>School leader in charge</source>
        <translation>分管校领导</translation>
    </message>
    <message>
        <source>Contact arrangements</source>
        <translation>联络安排</translation>
    </message>
    <message>
        <source>Review the plan every 1 to 90 days; %1 days is outside that range.</source>
        <translation>方案复查周期应为 1–90 天，%1 天超出范围。</translation>
    </message>
    <message>
        <source>Give the day the parents or guardians were informed.</source>
        <translation>请填写告知家长（监护人）的日期。</translation>
    </message>
    <message>
        <source>The day the parents were informed, %1, is in the future.</source>
        <translation>告知家长的日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Why the parents are not informed</source>
        <translation>未告知家长的原因</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The student already has an active plan (since %1). Edit that plan, or close it before writing a new one.</source>
        <translation>该生已有执行中的方案（自 %1 起）。请修改该方案，或先结束该方案再制定新方案。</translation>
    </message>
    <message>
        <source>Individual plans are for key students (orange or red). The student is at %1; raise the level first if the student needs a plan.</source>
        <translation>一人一策方案适用于重点学生（橙色或红色）。该生当前为%1；如需制定方案，请先调整风险等级。</translation>
    </message>
    <message>
        <source>This plan is no longer the student&apos;s active plan (it was closed or replaced). Close the window and open the plan again.</source>
        <translation>该方案已不是该生当前执行的方案（已结束或已被替换）。请关闭窗口后重新打开方案。</translation>
    </message>
    <message>
        <source>Give the reason for closing the plan, for example that the level was lowered after a review.</source>
        <translation>请填写结束方案的原因，例如复评后风险等级已下调。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The student has no active plan to close.</source>
        <translation>该生没有执行中的方案，无需结束。</translation>
    </message>
    <message>
        <source>Individual plan written</source>
        <translation>制定一人一策方案</translation>
    </message>
    <message>
        <source>Individual plan closed</source>
        <translation>结束一人一策方案</translation>
    </message>
    <message>
        <source>Individual plan revised</source>
        <translation>修改一人一策方案</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This is not a recovery key: it should be nine groups of five letters and digits.</source>
        <translation>这不是恢复密钥：恢复密钥应为 9 组，每组 5 个字母或数字。</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake (its check group does not match). Please compare it with the printed key.</source>
        <translation>恢复密钥有输入错误（校验组不匹配）。请与打印出的密钥逐字核对。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>XinAn recovery key</source>
        <translation>心安恢复密钥</translation>
    </message>
    <message>
        <source>Keep this sheet in the school safe.</source>
        <translation>请将此页存放在学校保险柜中。</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <source>What the key is for</source>
        <translation>恢复密钥的用途</translation>
    </message>
    <message>
        <source>It opens the database %1 when every password is forgotten, or when the key file %2 is lost or damaged. It also opens every backup of this database.</source>
        <translation>忘记了所有密码，或密钥文件 %2 丢失、损坏时，可用它打开数据库 %1。它也能打开此数据库的所有备份。</translation>
    </message>
    <message>
        <source>To use it, choose &quot;%1&quot; in the window that asks for the password, type the key (capital or small letters), then choose the account and a new password.</source>
        <translation>使用方法：在要求输入密码的窗口中选择“%1”，输入恢复密钥（字母大小写均可），然后选择账户并设置新密码。</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>保管方法</translation>
    </message>
    <message>
        <source>Keep this sheet locked in the school safe, away from the computer and from the backups.</source>
        <translation>请将此页锁在学校保险柜中，不要和电脑或备份放在一起。</translation>
    </message>
    <message>
        <source>Do not photograph, scan or type the key into any computer, phone or chat.</source>
        <translation>不要拍照、扫描，也不要把密钥输入任何电脑、手机或聊天软件。</translation>
    </message>
    <message>
        <source>Anyone who has this key and a copy of the database can read every student&apos;s record.</source>
        <translation>任何人只要有这把密钥和一份数据库副本，就能查看所有学生的档案。</translation>
    </message>
    <message>
        <source>XinAn cannot show the key again. If this sheet is lost, tell the head of the counselling office at once.</source>
        <translation>心安无法再次显示这把密钥。如果此页丢失，请立即告知心理辅导室负责人。</translation>
    </message>
    <message>
        <source>Put in the safe by:</source>
        <translation>存放人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>The hospital&apos;s name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>Write the hospital&apos;s name.</source>
        <translation>请填写医院名称。</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The green-channel contact</source>
        <translation>绿色通道联系人</translation>
    </message>
    <message>
        <source>%1 is already in the list of partner hospitals.</source>
        <translation>%1 已在合作医院列表中。</translation>
    </message>
    <message>
        <source>%1, %2 is already in the list of partner hospitals.</source>
        <translation>%1 %2 已在合作医院列表中。</translation>
    </message>
    <message>
        <source>The partner hospital no longer exists; it may have been removed.</source>
        <translation>该合作医院已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The days before a receipt is overdue must be 1 to 60, not %1.</source>
        <translation>回执逾期天数应为 1 到 60 天，不能是 %1。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>%1有 %2 个字，最多 %3 个字。请精简。</translation>
    </message>
    <message>
        <source>Give the date of %1.</source>
        <translation>请填写%1的日期。</translation>
    </message>
    <message>
        <source>The date of %1, %2, is in the future.</source>
        <translation>%1的日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The case meeting (研判会) comes before the parents are told; it cannot be recorded after them.</source>
        <translation>研判会应在告知家长之前召开；告知家长之后不能再记录研判会。</translation>
    </message>
    <message>
        <source>Hold and record the case meeting (研判会) first: the parents are told after it.</source>
        <translation>请先召开并记录研判会，研判之后再告知家长。</translation>
    </message>
    <message>
        <source>The parents were already told and consented; a referral slip was issued.</source>
        <translation>已告知家长且家长已同意，转介单也已开具。</translation>
    </message>
    <message>
        <source>Record the case meeting (研判会) and the parents&apos; consent before issuing a referral slip.</source>
        <translation>开具转介单之前，请先记录研判会和家长的同意。</translation>
    </message>
    <message>
        <source>The parents refused the referral. A slip needs their consent: record a later talk with the parents in which they consent first.</source>
        <translation>家长拒绝了转介。开具转介单需要家长同意：请先记录之后与家长的再次沟通，且家长在沟通中表示同意。</translation>
    </message>
    <message>
        <source>Tell the parents and record their consent before issuing a referral slip.</source>
        <translation>开具转介单之前，请先告知家长并记录家长的同意。</translation>
    </message>
    <message>
        <source>The hospital saw the student after the last slip; a new slip is issued only after a receipt saying the student was not seen.</source>
        <translation>学生已凭上一张转介单就诊；只有回执显示“未就诊”时才能再开转介单。</translation>
    </message>
    <message>
        <source>Issue the referral slip first: the hospital&apos;s receipt (回执) answers a slip.</source>
        <translation>请先开具转介单：医院回执是对转介单的回复。</translation>
    </message>
    <message>
        <source>The receipt for the last slip is recorded; record a follow-up before the receipt of a later visit.</source>
        <translation>上一张转介单的回执已记录；记录之后复诊的回执前，请先记录一次跟进。</translation>
    </message>
    <message>
        <source>Follow-ups come after the hospital&apos;s receipt, or after the parents refused; record those first.</source>
        <translation>跟进在医院回执之后（或家长拒绝之后）进行；请先记录这些步骤。</translation>
    </message>
    <message>
        <source>%1
Next can be: %2.</source>
        <translation>%1
下一步可以是：%2。</translation>
    </message>
    <message>
        <source>Student file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Counselling record</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>研判会</translation>
    </message>
    <message>
        <source>Parents told</source>
        <translation>告知家长</translation>
    </message>
    <message>
        <source>Referral slip issued</source>
        <translation>开具转介单</translation>
    </message>
    <message>
        <source>Hospital receipt</source>
        <translation>医院回执</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>未就诊</translation>
    </message>
    <message>
        <source>Awaiting case meeting</source>
        <translation>待研判</translation>
    </message>
    <message>
        <source>Case meeting held</source>
        <translation>已研判</translation>
    </message>
    <message>
        <source>Parents consented</source>
        <translation>家长已同意</translation>
    </message>
    <message>
        <source>Parents refused</source>
        <translation>家长拒绝</translation>
    </message>
    <message>
        <source>Slip issued, awaiting receipt</source>
        <translation>已开转介单，待回执</translation>
    </message>
    <message>
        <source>Seen by hospital</source>
        <translation>已就诊</translation>
    </message>
    <message>
        <source>Not seen by hospital</source>
        <translation>未就诊</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Write the reason for the referral, in words fit for a hospital: what was observed, since when, what was tried.</source>
        <translation>请填写转介原因，用适合医院阅读的语言：观察到什么情况、从何时开始、学校已采取过哪些措施。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生的档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 is not enrolled (在读); a referral is opened only for an enrolled student.</source>
        <translation>%1 不是在读学生；只能为在读学生发起转介。</translation>
    </message>
    <message>
        <source>%1 already has an open referral (since %2). Record the new step there, or close it first.</source>
        <translation>%1 已有一条未结案的转介（自 %2 起）。请在那条转介中记录新的步骤，或先将其结案。</translation>
    </message>
    <message>
        <source>A referral from the student file names no other record.</source>
        <translation>从学生档案发起的转介不关联其他记录。</translation>
    </message>
    <message>
        <source>Choose the %1 the referral starts from.</source>
        <translation>请选择转介所依据的%1。</translation>
    </message>
    <message>
        <source>The %1 the referral starts from (no. %2) no longer exists.</source>
        <translation>转介所依据的%1（编号 %2）已不存在。</translation>
    </message>
    <message>
        <source>The %1 the referral starts from (no. %2) is about another student, not %3.</source>
        <translation>转介所依据的%1（编号 %2）属于其他学生，不是 %3 的。</translation>
    </message>
    <message>
        <source>This referral was closed on %1; it takes no more steps. Open a new referral if the student needs one.</source>
        <translation>这条转介已于 %1 结案，不能再添加步骤。如学生仍需转介，请新建一条转介。</translation>
    </message>
    <message>
        <source>The attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>The conclusion</source>
        <translation>研判结论</translation>
    </message>
    <message>
        <source>Write the case meeting&apos;s conclusion: whether to refer, to which service, and why.</source>
        <translation>请填写研判结论：是否转介、转介到哪里、理由是什么。</translation>
    </message>
    <message>
        <source>How the parents were told</source>
        <translation>告知方式</translation>
    </message>
    <message>
        <source>Say how the parents were told (面谈, 电话, 家访, 视频 …).</source>
        <translation>请填写告知家长的方式（面谈、电话、家访、视频……）。</translation>
    </message>
    <message>
        <source>Record whether the parents consented to the referral or refused it.</source>
        <translation>请记录家长同意还是拒绝转介。</translation>
    </message>
    <message>
        <source>The parents&apos; response</source>
        <translation>家长的回应</translation>
    </message>
    <message>
        <source>The hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Who goes with the student</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record what the receipt says: seen as an outpatient, admitted as an inpatient, or not seen.</source>
        <translation>请记录回执结果：门诊就诊、住院治疗，还是未就诊。</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>回执摘要</translation>
    </message>
    <message>
        <source>The follow-up note</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Write the follow-up note: whom you spoke to and how the student is.</source>
        <translation>请填写跟进记录：与谁沟通、学生目前情况如何。</translation>
    </message>
    <message>
        <source>The date %1 is before the referral&apos;s last step (%2).</source>
        <translation>日期 %1 早于这条转介的上一步（%2）。</translation>
    </message>
    <message>
        <source>The partner hospital no longer exists; choose another one.</source>
        <translation>该合作医院已不存在，请选择其他医院。</translation>
    </message>
    <message>
        <source>%1 is no longer one of the school&apos;s partner hospitals; choose another one.</source>
        <translation>%1 已不再是学校的合作医院，请选择其他医院。</translation>
    </message>
    <message>
        <source>Choose the hospital the slip is for (or type its name).</source>
        <translation>请选择转介单的接收医院（或直接填写医院名称）。</translation>
    </message>
    <message>
        <source>The follow-up interval must be 1 to 90 days, not %1.</source>
        <translation>跟进间隔应为 1 到 90 天，不能是 %1。</translation>
    </message>
    <message>
        <source>This referral was closed on %1; it can no longer be changed.</source>
        <translation>这条转介已于 %1 结案，不能再修改。</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>The reason for closing</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>Write why the referral is closed (treatment finished, student stable, family moved away …).</source>
        <translation>请填写结案原因（治疗结束、学生情况稳定、家庭迁出……）。</translation>
    </message>
    <message>
        <source>This referral was already closed on %1.</source>
        <translation>这条转介已于 %1 结案。</translation>
    </message>
    <message>
        <source>The closing date %1 is before the referral&apos;s last step (%2).</source>
        <translation>结案日期 %1 早于这条转介的上一步（%2）。</translation>
    </message>
    <message>
        <source>The referral no longer exists; it may have been deleted with the student&apos;s record.</source>
        <translation>这条转介已不存在，可能已随学生档案一同删除。</translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation>转介结案</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>参会人员：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>accompanied by %1</source>
        <translation>陪同：%1</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>转介：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Referral opened</source>
        <translation>发起转介</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>____ year __ month __ day</source>
        <translation>____年____月____日</translation>
    </message>
    <message>
        <source>Hospital receipt (回执)</source>
        <translation>转介回执</translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>就诊结果</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>接诊医生</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Advice for the school</source>
        <translation>给学校的建议</translation>
    </message>
    <message>
        <source>Hospital (seal):</source>
        <translation>医院（盖章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Please hand this receipt to the family to bring back to %1, or send it to the school&apos;s counselling office. Thank you for your support.</source>
        <translation>请将本回执交家长带回%1，或送交学校心理辅导室。感谢贵院的支持！</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The referral slip names the student and gives the reason for the referral. Hand it only to the parents or to the hospital. A PDF is not encrypted: save it only where no one else can read it (not on a shared or public computer), and delete it once it is printed.</source>
        <translation>转介单上有学生姓名和转介原因，只交给家长或医院。PDF 文件不加密：请只保存在他人无法读取的位置（不要存在共用或公共电脑上），打印后请删除。</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>Student mental health referral slip</source>
        <translation>学生心理健康转介单</translation>
    </message>
    <message>
        <source>No. %1 · Date: %2</source>
        <translation>编号：%1 · 日期：%2</translation>
    </message>
    <message>
        <source>To %1 %2:</source>
        <translation>%1 %2：</translation>
    </message>
    <message>
        <source>After an assessment by the school&apos;s counselling office and with the parents&apos; consent, we refer the student below to you for assessment and treatment. Thank you for seeing the student.</source>
        <translation>经学校心理辅导室研判并征得家长同意，现将以下学生转介至贵院评估诊治，请予接诊。谢谢！</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>学籍号</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>转介医院</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>School contact</source>
        <translation>学校联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>School (seal):</source>
        <translation>学校（盖章）：</translation>
    </message>
    <message>
        <source>Counselling teacher (signature):</source>
        <translation>心理教师（签名）：</translation>
    </message>
    <message>
        <source>- - - - - - - - - - - ✂ cut along the dashed line; the hospital fills in the receipt below - - - - - - - - - - -</source>
        <translation>- - - - - - - - - - - ✂ 沿虚线剪下，以下回执由医院填写 - - - - - - - - - - -</translation>
    </message>
    <message>
        <source>To %1: your student %2 (%3, 学籍号 %4) was seen at our hospital.</source>
        <translation>%1：贵校学生 %2（%3，学籍号 %4）已来我院就诊。</translation>
    </message>
    <message>
        <source>Printed on %1 by XinAn. This slip names a student: keep it safe and shred copies no longer needed.</source>
        <translation>由心安于 %1 打印。本单载有学生姓名，请妥善保管，不再需要的副本请粉碎。</translation>
    </message>
    <message>
        <source>To %1: your student ______________ (class ____________, 学籍号 ________________) was seen at our hospital.</source>
        <translation>%1：贵校学生 ______________（班级 ____________，学籍号 ________________）已来我院就诊。</translation>
    </message>
    <message>
        <source>Blank receipt form, printed on %1 by XinAn.</source>
        <translation>空白回执单，由心安于 %1 打印。</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>转介单</translation>
    </message>
    <message>
        <source>Referral receipt form</source>
        <translation>转介回执单</translation>
    </message>
    <message>
        <source>Print the referral slip</source>
        <translation>打印转介单</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save the referral slip as PDF</source>
        <translation>转介单存为 PDF</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>referral-slip-%1.pdf</source>
        <translation>转介单-%1.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The slip was saved as %1.</source>
        <translation>转介单已保存为 %1。</translation>
    </message>
    <message>
        <source>Print a blank receipt form</source>
        <translation>打印空白回执单</translation>
    </message>
    <message>
        <source>Save a blank receipt form as PDF</source>
        <translation>空白回执单存为 PDF</translation>
    </message>
    <message>
        <source>referral-receipt-form.pdf</source>
        <translation>转介回执单.pdf</translation>
    </message>
    <message>
        <source>The receipt form was saved as %1.</source>
        <translation>回执单已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>A review week is named by its Monday; %1 is not a Monday.</source>
        <translation>周调度以每周的星期一为准；%1 不是星期一。</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 fit. Shorten it.</source>
        <translation>“%1”有 %2 个字，最多 %3 个字，请精简。</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>好转</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>加重</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>The update has no date.</source>
        <translation>本周情况缺少日期。</translation>
    </message>
    <message>
        <source>The week of %1 has not begun; write the update during or after that week.</source>
        <translation>%1 这一周尚未开始，请在该周内或之后填写。</translation>
    </message>
    <message>
        <source>Write what was done for the student this week (talks, calls, visits, observations).</source>
        <translation>请填写本周为该生做了哪些工作（谈话、电话、家访、观察等）。</translation>
    </message>
    <message>
        <source>Actions this week</source>
        <translation>本周工作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Only key students (orange or red, still at the school) are on the weekly review; this student is not.</source>
        <translation>周调度只针对在校的重点学生（橙色或红色），该生不在其列。</translation>
    </message>
    <message>
        <source>The week of %1 has not begun; record the meeting during or after that week.</source>
        <translation>%1 这一周尚未开始，请在该周内或之后记录会议。</translation>
    </message>
    <message>
        <source>Give who chaired the weekly review (the head or the deputy in charge).</source>
        <translation>请填写周调度会议的主持人（校长或分管副校长）。</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>The meeting day %1 is not in the week of %2 to %3.</source>
        <translation>会议日期 %1 不在 %2 至 %3 这一周内。</translation>
    </message>
    <message>
        <source>The meeting day %1 is in the future.</source>
        <translation>会议日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Weekly review (week of %1): %2</source>
        <translation>周调度（%1 当周）：%2</translation>
    </message>
    <message>
        <source>%1
Next: %2</source>
        <translation>%1
下一步：%2</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Yellow (watch)</source>
        <translation>黄色·三级一般关注</translation>
    </message>
    <message>
        <source>Orange (key student)</source>
        <translation>橙色·二级重点关注</translation>
    </message>
    <message>
        <source>Red (crisis)</source>
        <translation>红色·一级危机</translation>
    </message>
    <message>
        <source>Green (routine)</source>
        <translation>绿色·常规</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Teacher report</source>
        <translation>教师反映</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长反映</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复评</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>个体辅导</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Give the reason for the change of risk level: what was observed, and by whom.</source>
        <translation>请填写更改风险等级的原因：观察到了什么情况，由谁观察到。</translation>
    </message>
    <message>
        <source>The reason has %1 characters; at most %2 fit. Shorten it and write the details in a note.</source>
        <translation>原因有 %1 个字，最多只能写 %2 个字。请删减，并把详细情况写在记录中。</translation>
    </message>
    <message>
        <source>The change&apos;s time %1 is in the future.</source>
        <translation>变更时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The student is already at the level %1; nothing was changed.</source>
        <translation>该学生的风险等级已是 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>A screening result cannot lower a risk level (from %1 to %2). A counsellor must confirm a lower level, for example after a session or at a review.</source>
        <translation>心理测评结果不能降低风险等级（从 %1 降到 %2）。降级须由心理教师确认，例如在个体辅导后或复评时。</translation>
    </message>
    <message>
        <source>The student&apos;s level was already changed after %1; record the change with a later time.</source>
        <translation>该学生的风险等级在 %1 之后已有变更；请用更晚的时间记录此次变更。</translation>
    </message>
    <message>
        <source>Risk level: %1 → %2</source>
        <translation>风险等级：%1 → %2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1（来源：%2）</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 has no header row: none of its first %2 rows names at least two columns XinAn knows (such as 学籍号, 姓名, 性别, 出生日期, 年级, 班级). Add a header row above the students.</source>
        <translation>%1 没有表头行：前 %2 行中没有一行含有至少两个心安能识别的列名（如学籍号、姓名、性别、出生日期、年级、班级）。请在学生数据上方加一行表头。</translation>
    </message>
    <message>
        <source>%1 has a header row (row %2) but no students below it.</source>
        <translation>%1 有表头行（第 %2 行），但其下没有学生。</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 大于 %2 MB，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 is an old-style Excel file (.xls) or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx or CSV without a password.</source>
        <translation>%1 是旧版 Excel 文件（.xls）或设有密码的工作簿。请用 Excel 或 WPS 打开，另存为不带密码的 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (.xlsx): it is not a zip package. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
        <translation>无法将 %1 作为 Excel 工作簿（.xlsx）读取：它不是 zip 包。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS as CSV.</source>
        <translation>%1 不是文本表格：既不是 UTF-8 也不是 GB18030（GBK）编码的文本。请用 Excel 或 WPS 另存为 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <source>Student number (学籍号)</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender (性别)</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date (出生日期)</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade (年级)</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class (班级)</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ethnic group (民族)</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Boarding (寄宿)</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>Left-behind child (留守儿童)</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Single-parent family (单亲)</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Orphan (孤儿)</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>Migrant child (随迁子女)</source>
        <translation>随迁子女</translation>
    </message>
    <message>
        <source>Disability (残疾)</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Family financial hardship (家庭经济困难)</source>
        <translation>家庭经济困难</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (监护人)</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation (与学生关系)</source>
        <translation>监护人与学生关系</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone (联系电话)</source>
        <translation>监护人联系电话</translation>
    </message>
    <message>
        <source>Enrolment status (学籍状态)</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1, %2, value &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2 中的“%3”：%4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1: choose the columns that hold the student number (学籍号) and the name (姓名); XinAn matches students by their student number.</source>
        <translation>%1：请选出学籍号列和姓名列；心安按学籍号对应学生。</translation>
    </message>
    <message>
        <source>the student number (学籍号) is missing.</source>
        <translation>缺少学籍号。</translation>
    </message>
    <message>
        <source>the same student number is also on row(s) %1; each student may appear only once.</source>
        <translation>第 %1 行也有相同的学籍号；每名学生只能出现一次。</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>the gender is not one XinAn knows (use 男 or 女).</source>
        <translation>无法识别性别（请填“男”或“女”）。</translation>
    </message>
    <message>
        <source>this is not a date (write it as 2013-05-01).</source>
        <translation>这不是日期（请写成 2013-05-01 的格式）。</translation>
    </message>
    <message>
        <source>the grade is not one XinAn knows (for example 三年级, 初一, 七年级, 高二 or 1 to 12).</source>
        <translation>无法识别年级（可填如三年级、初一、七年级、高二，或 1 到 12）。</translation>
    </message>
    <message>
        <source>the grade is missing.</source>
        <translation>缺少年级。</translation>
    </message>
    <message>
        <source>the status is not one XinAn knows (在读, 毕业, 转出 or 休学).</source>
        <translation>无法识别学籍状态（请填在读、毕业、转出或休学）。</translation>
    </message>
    <message>
        <source>write 是 or 否.</source>
        <translation>请填“是”或“否”。</translation>
    </message>
    <message>
        <source>this is not a phone number (11 digits for a mobile, or a landline with its area code).</source>
        <translation>这不是电话号码（手机为 11 位数字，座机需带区号）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the roster have problems; nothing was imported. Correct them in the file, or import only the valid rows.</source>
        <translation>
            <numerusform>花名册中有 %n 行有问题，未导入任何内容。请在文件中改正，或选择只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The import stopped and nothing was written: %1</source>
        <translation>导入已中止，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rows skipped</source>
        <translation>%1：新增 %2 名，更新 %3 名，无变化 %4 名，跳过 %5 行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Second guardian&apos;s name (成员2姓名)</source>
        <translation>第二监护人姓名（成员2姓名）</translation>
    </message>
    <message>
        <source>Second guardian&apos;s relation (成员2关系)</source>
        <translation>第二监护人关系（成员2关系）</translation>
    </message>
    <message>
        <source>Second guardian&apos;s phone (成员2联系电话)</source>
        <translation>第二监护人电话（成员2联系电话）</translation>
    </message>
    <message>
        <source>write 住校 or 走读 (or 是 or 否).</source>
        <translation>请填住校或走读（或是、否）。</translation>
    </message>
    <message>
        <source>write 非留守儿童, 单亲留守儿童 or 双亲留守儿童 (or 是 or 否).</source>
        <translation>请填非留守儿童、单亲留守儿童或双亲留守儿童（或是、否）。</translation>
    </message>
    <message>
        <source>write 无残疾 or the kind of disability (视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, 精神残疾, 多重残疾, 其他残疾), or 是 or 否.</source>
        <translation>请填无残疾或残疾类型（视力残疾、听力残疾、言语残疾、肢体残疾、智力残疾、精神残疾、多重残疾、其他残疾），或是、否。</translation>
    </message>
    <message>
        <source>the file gives no name for this number; it is kept with the name %1.</source>
        <translation>文件中没有这个号码对应的姓名；号码已保留，姓名记为%1。</translation>
    </message>
    <message>
        <source>the guardian&apos;s name is missing (a relation is given).</source>
        <translation>缺少监护人姓名（只填了关系）。</translation>
    </message>
    <message>
        <source>The guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>The relation</source>
        <translation>与学生的关系</translation>
    </message>
    <message>
        <source>the student is on leave (休学) in XinAn: record the return (复学) or the change of status in the student&apos;s file, then import again.</source>
        <translation>该学生在心安中处于休学状态：请先在学生档案中记录复学或学籍变更，再重新导入。</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>名单导入</translation>
    </message>
</context>
<context>
    <name>RosterReader</name>
    <message>
        <source>%1: row %2 has a cell longer than %3 characters; this is not a roster.</source>
        <translation>%1：第 %2 行有单元格超过 %3 个字符，这不是花名册。</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns; this is not a roster.</source>
        <translation>%1：第 %2 行超过 %3 列，这不是花名册。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; XinAn does not import files that large.</source>
        <translation>%1 超过 %2 行，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (.xlsx): %2. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
        <translation>无法将 %1 作为 Excel 工作簿（.xlsx）读取：%2。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>it is not a zip package</source>
        <translation>它不是 zip 包</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>无法解压其中的部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>部件 %1 已损坏</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 解压后超过 %2 MB，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 has a cell longer than %2 characters; this is not a roster.</source>
        <translation>%1 有单元格超过 %2 个字符，这不是花名册。</translation>
    </message>
    <message>
        <source>%1 has too many different texts; XinAn does not import files that large.</source>
        <translation>%1 中不同的文字内容太多，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>the shared strings are damaged (%1)</source>
        <translation>共享字符串已损坏（%1）</translation>
    </message>
    <message>
        <source>it has no workbook part</source>
        <translation>缺少工作簿部件</translation>
    </message>
    <message>
        <source>the workbook part is damaged (%1)</source>
        <translation>工作簿部件已损坏（%1）</translation>
    </message>
    <message>
        <source>its first worksheet is missing</source>
        <translation>缺少第一个工作表</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is malformed</source>
        <translation>单元格引用“%1”格式错误</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns; this is not a roster.</source>
        <translation>%1 超过 %2 列，这不是花名册。</translation>
    </message>
    <message>
        <source>a cell refers to a shared text that does not exist</source>
        <translation>有单元格引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>the worksheet is damaged (%1)</source>
        <translation>工作表已损坏（%1）</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB in all; XinAn does not import files that large.</source>
        <translation>%1 解压后总计超过 %2 MB，心安不导入这么大的文件。</translation>
    </message>
</context>
<context>
    <name>SchoolFigures</name>
    <message>
        <source>%1-%2</source>
        <extracomment>A month as a report period: %1 the year, %2 the month&apos;s number (2026年11月).</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report period. Write a term as the school year and the term, for example 2026-2027-1 (autumn) or 2026-2027-2 (spring), or a month as the year and the month, for example 2026-11.</source>
        <translation>“%1”不是有效的统计时段。学期请写学年和学期，例如 2026-2027-1（第一学期）或 2026-2027-2（第二学期）；月份请写年和月，例如 2026-11。</translation>
    </message>
    <message>
        <source>The report period &quot;%1&quot; has no valid dates; choose a term such as 2026-2027-1 or a month such as 2026-11.</source>
        <translation>统计时段“%1”的日期无效；请选择学期（如 2026-2027-1）或月份（如 2026-11）。</translation>
    </message>
    <message>
        <source>25 May mental-health month</source>
        <translation>5·25心理健康教育月</translation>
    </message>
    <message>
        <source>Parent school talk</source>
        <translation>家长学校</translation>
    </message>
    <message>
        <source>Parents&apos; meeting</source>
        <translation>家长会</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>教师培训</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>团体活动</translation>
    </message>
    <message>
        <source>Class mental-health monitor training</source>
        <translation>心理委员培训</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>其他活动</translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>缺少学校名称。</translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation>%1 已存在；心安不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Open the database with its recovery key to set a new password (xinan-cli recover).</source>
        <translation>密钥文件 %1 不存在。请用恢复密钥打开数据库并设置新密码（xinan-cli recover）。</translation>
    </message>
    <message>
        <source>This database has several accounts (%1); name one with --user.</source>
        <translation>此数据库有多个账户（%1），请用 --user 指定其中一个。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Open the database with its recovery key (xinan-cli recover).</source>
        <translation>密钥文件 %1 已损坏。请用恢复密钥打开数据库（xinan-cli recover）。</translation>
    </message>
    <message>
        <source>%1 is damaged or does not belong to this key file (its header does not match).</source>
        <translation>%1 已损坏，或与此密钥文件不对应（文件头不匹配）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header does not match its recovery key.</source>
        <translation>%1 已损坏：文件头与恢复密钥不匹配。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to %1.</source>
        <translation>此恢复密钥不属于 %1。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>账户“%1”已存在。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是心安数据库。心安拒绝使用它。</translation>
    </message>
    <message>
        <source>Cannot replace %1 with the rekeyed copy; nothing is lost: XinAn finishes it the next time the database is opened.</source>
        <translation>无法用换用新密钥的副本替换 %1；数据没有丢失：下次打开数据库时心安会完成替换。</translation>
    </message>
    <message>
        <source>Only a counselling teacher who holds the counsellor key can make new keys (the confidential content must be sealed again).</source>
        <translation>只有持有心理教师密钥的心理教师才能重新生成密钥（保密内容需要重新加密）。</translation>
    </message>
    <message>
        <source>The key file %1 was altered: its slots do not match its seal (a slot may have been planted or edited). Open the database with its recovery key (xinan-cli recover) and check the audit log.</source>
        <translation>密钥文件 %1 被改动过：其中的密钥槽与校验签名不符（可能被植入或修改了密钥槽）。请用恢复密钥打开数据库（xinan-cli recover），并查看审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>Since your last sign-in, a wrong password was given %n time(s) for the account &quot;%1&quot;, the last at %2. If that was not you, tell a counselling teacher and look at the audit log.</source>
        <translation>
            <numerusform>自您上次登录以来，账户“%1”的密码被输错 %n 次，最近一次在 %2。如果不是您本人所为，请告知心理教师并查看审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account does not hold the counsellor key yet, so confidential content (counselling records, interview notes, crisis details) stays closed. It is given to you the next time another counselling teacher signs in.</source>
        <translation>您的账户尚未获得心理教师密钥，保密内容（辅导记录、访谈记录、危机经过）暂时无法打开。下次另一位心理教师登录时会自动授予您。</translation>
    </message>
    <message>
        <source>The recovery key of this school does not open its confidential content yet: it was made before XinAn sealed that content. Make new keys (File → Make new keys…) and keep the new recovery key locked away.</source>
        <translation>本校的恢复密钥还不能打开保密内容：它生成于心安加密这些内容之前。请重新生成密钥（文件 → 重新生成密钥…），并锁好保管新的恢复密钥。</translation>
    </message>
    <message>
        <source>Only a counselling teacher who holds the counsellor key can give the counselling-teacher role.</source>
        <translation>只有持有心理教师密钥的心理教师才能授予心理教师角色。</translation>
    </message>
    <message>
        <source>The key file has a key slot for &quot;%1&quot;, but the school has no such account: the key file was altered. Open the database with its recovery key (xinan-cli recover).</source>
        <translation>密钥文件中有“%1”的密钥槽，但学校没有这个账户：密钥文件被改动过。请用恢复密钥打开数据库（xinan-cli recover）。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled and cannot open the database. A counselling teacher or an administrator can enable it again (Settings → Accounts, or xinan-cli users enable).</source>
        <translation>账户“%1”已停用，不能打开数据库。心理教师或管理员可以重新启用它（设置 → 账户，或 xinan-cli users enable）。</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was wrong %2 times in a row. Wait %3 seconds before trying again, or open the database with its recovery key.</source>
        <translation>“%1”的密码已连续输错 %2 次。请等待 %3 秒后再试，或用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <source>Only a counselling teacher who holds the counsellor key can create a counselling-teacher account.</source>
        <translation>只有持有心理教师密钥的心理教师才能创建心理教师账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was removed already.</source>
        <translation>账户“%1”已经删除。</translation>
    </message>
</context>
<context>
    <name>SchoolRepository</name>
    <message>
        <source>The database %1 has no school record; it is damaged or not a XinAn database.</source>
        <translation>数据库 %1 中没有学校记录，它已损坏或不是心安数据库。</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>缺少学校名称。</translation>
    </message>
    <message>
        <source>Unknown school type &quot;%1&quot;; use one of: %2</source>
        <translation>未知的学校类型“%1”，请使用以下之一：%2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; (%2) may not create a counselling-teacher account; ask a counselling teacher to add &quot;%3&quot;.</source>
        <translation>账户“%1”（%2）不能创建心理教师账户；请由心理教师添加“%3”。</translation>
    </message>
</context>
<context>
    <name>SchoolTerm</name>
    <message>
        <source>%1–%2 school year, first term</source>
        <translation>%1—%2学年第一学期</translation>
    </message>
    <message>
        <source>%1–%2 school year, second term</source>
        <translation>%1—%2学年第二学期</translation>
    </message>
</context>
<context>
    <name>ScreeningImport</name>
    <message>
        <source>%1 has no header row: none of its first %2 rows names a 学籍号 or 姓名 column. Add a header row above the answers.</source>
        <translation>%1 没有表头行：前 %2 行中没有一行含有“学籍号”或“姓名”列。请在作答数据上方加一行表头。</translation>
    </message>
    <message>
        <source>%1 has a header row (row %2) but no answers below it.</source>
        <translation>%1 有表头行（第 %2 行），但其下没有作答数据。</translation>
    </message>
    <message>
        <source>Row %1, item %2, value &quot;%3&quot;: %4</source>
        <translation>第 %1 行，第 %2 题，值“%3”：%4</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 大于 %2 MB；心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS as CSV.</source>
        <translation>%1 不是文本表格：既不是 UTF-8 也不是 GB18030（GBK）文本。请在 Excel 或 WPS 中另存为 CSV。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The sheet has neither a 学籍号 column nor 姓名 and 班级 columns; XinAn cannot tell whose answers each row holds.</source>
        <translation>表格既没有“学籍号”列，也没有“姓名”和“班级”列；心安无法判断每行是哪位学生的作答。</translation>
    </message>
    <message>
        <source>The sheet has %1 column(s) after the student&apos;s columns, but %2 has %3 items. Check that the sheet holds the answers of this instrument.</source>
        <translation>表格在学生信息列之后只有 %1 列，而 %2 有 %3 道题。请检查表格是否为该测评工具的作答。</translation>
    </message>
    <message>
        <source>no student has the 学籍号 %1</source>
        <translation>没有学籍号为 %1 的学生</translation>
    </message>
    <message>
        <source>no enrolled student called %1 in class %2</source>
        <translation>%2 没有名叫 %1 的在读学生</translation>
    </message>
    <message>
        <source>%1 enrolled students are called %2 in class %3; add the 学籍号 to this row</source>
        <translation>%3 有 %1 名在读学生都叫 %2；请在此行填写学籍号</translation>
    </message>
    <message>
        <source>the row has neither a 学籍号 nor a name and class</source>
        <translation>此行既没有学籍号，也没有姓名和班级</translation>
    </message>
    <message>
        <source>the answer is missing</source>
        <translation>缺少作答</translation>
    </message>
    <message>
        <source>not one of the options of %1</source>
        <translation>不是 %1 的选项之一</translation>
    </message>
    <message>
        <source>%1 (%2) already has a %3 result in the drive &quot;%4&quot;</source>
        <translation>%1（%2）在批次“%4”中已有 %3 结果</translation>
    </message>
    <message>
        <source>%1 (%2) is already on row %3</source>
        <translation>%1（%2）已出现在第 %3 行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sheet have problems; nothing was imported.</source>
        <translation>
            <numerusform>表格中有 %n 行存在问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more problem(s).</source>
        <translation>…另有 %1 个问题。</translation>
    </message>
    <message>
        <source>Item %1: &quot;%2&quot; is not an answer of %3 (%4).</source>
        <translation>第 %1 题：“%2”不是 %3 的有效选项（%4）。</translation>
    </message>
    <message>
        <source>Type the %1 answers, one digit per item (%2).</source>
        <translation>请输入 %1 道题的答案，每题一位数字（%2）。</translation>
    </message>
    <message>
        <source>%1 of %2 answers typed; item %3 is missing.</source>
        <translation>已输入 %1/%2 题，缺第 %3 题。</translation>
    </message>
    <message>
        <source>%1 digits typed, but %2 has %3 items.</source>
        <translation>输入了 %1 位数字，但 %2 只有 %3 道题。</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>第 %1 列“%2”</translation>
    </message>
    <message>
        <source>%1 matches items %2 of %3 alike; XinAn cannot tell which item it holds. Give the column the item&apos;s full wording or its number (第1题 …).</source>
        <translation>%1 同时符合 %3 的第 %2 题，心安无法判断它是哪一题。请在该列标题写上题目的完整内容或题号（第1题 …）。</translation>
    </message>
    <message>
        <source>Item %1 of %2 (%3) is matched by %4; keep one of them or give each its item&apos;s wording.</source>
        <translation>%2 第 %1 题（%3）同时对应 %4；请只保留其中一列，或给每列写上各自题目的内容。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Items %1 of %2 cannot be matched to a column: the columns left for them (%3) are fewer than the items. Give each item&apos;s column its wording or its number (第1题 …).</source>
        <translation>%2 第 %1 题找不到对应的列：剩下的列（%3）比题目少。请给每题的列写上题目内容或题号（第1题 …）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Items %1 of %2 cannot be matched to columns unambiguously: %3 columns are left for them (%4). Give each item&apos;s column its wording or its number (第1题 …).</source>
        <translation>%2 第 %1 题无法确定对应哪一列：剩下 %3 列可选（%4）。请给每题的列写上题目内容或题号（第1题 …）。</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>第 %1 行%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>The digit answers contradict each other: %1 has %2, which only a score (%3) can be, and %4 has %5, which only an option&apos;s place in the list (1 to %6) can be. Check how the sheet was exported and correct it.</source>
        <translation>数字答案互相矛盾：%1 是 %2，只可能是分数（%3）；%4 是 %5，只可能是选项序号（1 到 %6）。请检查问卷的导出方式并改正。</translation>
    </message>
    <message>
        <source>The digit answers are the options&apos; places in the list, the first option being 1 (as 问卷星&apos;s 按序号 download writes them): %1 has %2, which no score of %3 can be. They are read as the scores %4.</source>
        <translation>数字答案是选项的序号，第一个选项记为 1（问卷星“按序号”下载就是这样）：%1 是 %2，%3 没有这个分数。已按分数 %4 换算。</translation>
    </message>
    <message>
        <source>The digit answers fit both codings: they may be the scores (%1) or the options&apos; places in the list, the first option being 1 (问卷星&apos;s 按序号 download). Choose how the first option (%2) is coded, 0 or 1, before importing.</source>
        <translation>数字答案两种读法都说得通：可能是分数（%1），也可能是选项序号、第一个选项记为 1（问卷星“按序号”下载）。导入前请选择第一个选项（%2）记为 0 还是 1。</translation>
    </message>
    <message>
        <source>not one of the options of %1, numbered 1 to %2</source>
        <translation>不是 %1 的选项序号（1 到 %2）</translation>
    </message>
    <message>
        <source>Choose how the sheet&apos;s digit answers are coded (the first option as 0 or as 1); nothing was imported.</source>
        <translation>请先选择表中数字答案的编码（第一个选项记为 0 还是 1）；未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ScreeningRepository</name>
    <message>
        <source>%1 (screening drive &quot;%2&quot;)</source>
        <translation>%1（测评批次“%2”）</translation>
    </message>
    <message>
        <source>The screening drive has no name.</source>
        <translation>测评批次没有名称。</translation>
    </message>
    <message>
        <source>XinAn does not know the instrument &quot;%1&quot;.</source>
        <translation>心安不认识测评工具“%1”。</translation>
    </message>
    <message>
        <source>A screening drive called &quot;%1&quot; exists already; choose another name.</source>
        <translation>名为“%1”的测评批次已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Unknown source of screening results: %1.</source>
        <translation>未知的测评结果来源：%1。</translation>
    </message>
    <message>
        <source>A screening result needs the date it was taken, not in the future.</source>
        <translation>测评结果需要填写测评日期，且不能是将来的日期。</translation>
    </message>
    <message>
        <source>The student already has a %1 result in the screening drive &quot;%2&quot;; nothing was recorded.</source>
        <translation>该学生在测评批次“%2”中已有 %1 结果；未记录任何内容。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 critical item: %2</source>
        <translation>%1 危急题目：%2</translation>
    </message>
    <message>
        <source>The screening drive has no name. Give it a name such as &quot;2026秋 四至六年级 PHQ-9&quot;.</source>
        <translation>测评批次没有名称。请填写名称，例如“2026秋 四至六年级 PHQ-9”。</translation>
    </message>
    <message>
        <source>The name of the screening drive is longer than 100 characters; shorten it.</source>
        <translation>测评批次名称超过 100 个字，请缩短。</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; is not a term like 2026-2027-1 (school year, then 1 for the autumn term or 2 for the spring term).</source>
        <translation>学期“%1”格式不对，应形如 2026-2027-1（学年，再加 1 表示第一学期（秋季），2 表示第二学期（春季））。</translation>
    </message>
    <message>
        <source>Grade %1 does not exist; target grades are 1 to 15.</source>
        <translation>没有 %1 年级；测评年级只能是 1 到 15。</translation>
    </message>
    <message>
        <source>The screening drive needs a start date and an end date.</source>
        <translation>测评批次需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The screening drive ends (%1) before it starts (%2); correct the dates.</source>
        <translation>测评批次的结束日期（%1）早于开始日期（%2），请更正日期。</translation>
    </message>
    <message>
        <source>Enter the name of the instrument the result comes from, for example SCL-90 or MHT.</source>
        <translation>请填写结果所用的量表名称，例如 SCL-90 或 MHT。</translation>
    </message>
    <message>
        <source>Enter the level the platform gave, for example 阳性 or 中度.</source>
        <translation>请填写平台给出的结果等级，例如“阳性”或“中度”。</translation>
    </message>
    <message>
        <source>Enter where the result comes from, for example 省平台 or the hospital&apos;s name.</source>
        <translation>请填写结果来源，例如“省平台”或医院名称。</translation>
    </message>
    <message>
        <source>The instrument, level and source are short names of at most %1 characters each.</source>
        <translation>量表、等级和来源均为简短名称，每项最多 %1 个字。</translation>
    </message>
    <message>
        <source>The total score %1 is outside 0 to %2.</source>
        <translation>总分 %1 不在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>The screening drive no longer exists.</source>
        <translation>该测评批次已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one instrument for the screening drive.</source>
        <translation>请为本次测评批次至少选择一个量表。</translation>
    </message>
    <message>
        <source>The instrument %1 is chosen twice; a drive has each instrument once.</source>
        <translation>量表 %1 选了两次；同一批次中每个量表只能选一次。</translation>
    </message>
    <message>
        <source>The screening drive &quot;%1&quot; is for %2, not %3; nothing was recorded. Choose one of the drive&apos;s instruments or another drive.</source>
        <translation>测评批次“%1”使用的是 %2，不含 %3；未录入任何结果。请选择该批次的量表，或换一个批次。</translation>
    </message>
    <message>
        <source>Total %1 (%2), screening drive &quot;%3&quot;</source>
        <translation>总分 %1（%2），测评批次“%3”</translation>
    </message>
    <message>
        <source>; critical item positive</source>
        <translation>；关键题阳性</translation>
    </message>
    <message>
        <source>; second-stage interview needed</source>
        <translation>；需要二次评估</translation>
    </message>
    <message>
        <source>; result from %1</source>
        <translation>；结果来自%1</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>心理测评：%1</translation>
    </message>
    <message>
        <source>The name of the screening drive</source>
        <translation>测评批次名称</translation>
    </message>
    <message>
        <source>The instrument</source>
        <translation>测评工具</translation>
    </message>
    <message>
        <source>The level</source>
        <translation>结果等级</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>结果来源</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The two passwords do not match; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>Standard input ended before &quot;%1&quot; was given (--password-stdin reads one secret per line).</source>
        <translation>标准输入在提供“%1”之前就已结束（--password-stdin 每行读取一个密码或密钥）。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for &quot;%1&quot;; pass secrets on standard input with --password-stdin.</source>
        <translation>没有可用于输入“%1”的终端；请使用 --password-stdin 通过标准输入传入密码或密钥。</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>SessionParts</name>
    <message>
        <source>%1 (no longer on the staff list)</source>
        <translation>%1（已不在人员名单中）</translation>
    </message>
    <message>
        <source>Counselling record · %1</source>
        <translation>个体辅导记录 · %1</translation>
    </message>
    <message>
        <source>Content visible to counselling teachers only</source>
        <translation>内容仅心理教师可见</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>A problem category has no name; remove the empty line.</source>
        <translation>有一个问题类别没有名称，请删除空行。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is longer than 30 characters.</source>
        <translation>类别“%1”超过 30 个字。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is listed twice.</source>
        <translation>类别“%1”重复了。</translation>
    </message>
    <message>
        <source>Keep at least one problem category, for example &quot;Other&quot;.</source>
        <translation>请至少保留一个问题类别，例如“其他”。</translation>
    </message>
    <message>
        <source>Mark the appointment done before recording the session.</source>
        <translation>请先将预约标记为“已完成”，再填写辅导记录。</translation>
    </message>
    <message>
        <source>This appointment already has a counselling record; open that record instead.</source>
        <translation>该预约已有辅导记录，请打开那条记录。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Give the date of the session.</source>
        <translation>请填写辅导日期。</translation>
    </message>
    <message>
        <source>The session&apos;s date %1 is in the future.</source>
        <translation>辅导日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Give the session&apos;s duration in minutes (1 to 480).</source>
        <translation>请填写辅导时长（1 到 480 分钟）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of problem categories; choose one from the list or add it in the settings.</source>
        <translation>“%1”不在问题类别列表中，请从列表中选择，或先在设置中添加。</translation>
    </message>
    <message>
        <source>Write a short summary of the session.</source>
        <translation>请简要填写辅导概要。</translation>
    </message>
    <message>
        <source>One of the texts has more than %1 characters; shorten it.</source>
        <translation>有一栏文字超过 %1 个字，请删减。</translation>
    </message>
    <message>
        <source>The session changes the student&apos;s risk level to %1: give the reason for the change.</source>
        <translation>本次辅导将学生的风险等级改为%1，请填写调整原因。</translation>
    </message>
    <message>
        <source>The appointment is another student&apos;s; record the session from the right appointment.</source>
        <translation>该预约属于其他学生，请从正确的预约填写辅导记录。</translation>
    </message>
    <message>
        <source>A counselling record cannot be moved to another student; write a new record instead.</source>
        <translation>辅导记录不能转到其他学生名下，请另写一条新记录。</translation>
    </message>
    <message>
        <source>The counselling record no longer exists; it may have been deleted with the student&apos;s record.</source>
        <translation>该辅导记录已不存在，可能已随学生档案一并删除。</translation>
    </message>
    <message>
        <source>Give the group&apos;s topic.</source>
        <translation>请填写团体辅导主题。</translation>
    </message>
    <message>
        <source>The topic has more than 100 characters; shorten it.</source>
        <translation>主题超过 100 个字，请删减。</translation>
    </message>
    <message>
        <source>Plan 1 to 100 sessions for the group.</source>
        <translation>团体辅导计划次数应为 1 到 100 次。</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该团体辅导已不存在。</translation>
    </message>
    <message>
        <source>A student marked present is not a member of the group; add the student to the group first.</source>
        <translation>标记为出席的学生不是该团体成员，请先将其加入团体。</translation>
    </message>
    <message>
        <source>The group session no longer exists.</source>
        <translation>该次团体辅导已不存在。</translation>
    </message>
    <message>
        <source>Counselling record (%1): %2</source>
        <translation>辅导记录（%1）：%2</translation>
    </message>
    <message>
        <source>Group counselling: %1</source>
        <translation>团体辅导：%1</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>A problem category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>辅导摘要</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>The next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>The private notes</source>
        <translation>仅供心理教师查看的记录</translation>
    </message>
</context>
<context>
    <name>Student</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Primary 1</source>
        <translation>一年级</translation>
    </message>
    <message>
        <source>Primary 2</source>
        <translation>二年级</translation>
    </message>
    <message>
        <source>Primary 3</source>
        <translation>三年级</translation>
    </message>
    <message>
        <source>Primary 4</source>
        <translation>四年级</translation>
    </message>
    <message>
        <source>Primary 5</source>
        <translation>五年级</translation>
    </message>
    <message>
        <source>Primary 6</source>
        <translation>六年级</translation>
    </message>
    <message>
        <source>Junior 1</source>
        <translation>初一</translation>
    </message>
    <message>
        <source>Junior 2</source>
        <translation>初二</translation>
    </message>
    <message>
        <source>Junior 3</source>
        <translation>初三</translation>
    </message>
    <message>
        <source>Senior 1</source>
        <translation>高一</translation>
    </message>
    <message>
        <source>Senior 2</source>
        <translation>高二</translation>
    </message>
    <message>
        <source>Senior 3</source>
        <translation>高三</translation>
    </message>
    <message>
        <source>Vocational 1</source>
        <translation>中职一年级</translation>
    </message>
    <message>
        <source>Vocational 2</source>
        <translation>中职二年级</translation>
    </message>
    <message>
        <source>Vocational 3</source>
        <translation>中职三年级</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1年级</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Orphan or de facto unsupported</source>
        <translation>孤儿或事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Migrant child</source>
        <translation>随迁子女</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Family financial hardship</source>
        <translation>家庭经济困难</translation>
    </message>
    <message>
        <source>Student number (学籍号) is missing.</source>
        <translation>缺少学籍号。</translation>
    </message>
    <message>
        <source>Student number (学籍号) &quot;%1&quot; must be 6 to 30 letters or digits.</source>
        <translation>学籍号“%1”必须由 6 到 30 个字母或数字组成。</translation>
    </message>
    <message>
        <source>Name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is longer than 40 characters.</source>
        <translation>姓名“%1”超过 40 个字符。</translation>
    </message>
    <message>
        <source>Grade %1 is not a grade XinAn knows (primary 1 to vocational 3).</source>
        <translation>年级 %1 无效：心安只支持一年级到中职三年级。</translation>
    </message>
    <message>
        <source>Birth date %1 is not plausible for a student.</source>
        <translation>出生日期 %1 不像是学生的出生日期，请核对。</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; is longer than 20 characters.</source>
        <translation>班级“%1”超过 20 个字符。</translation>
    </message>
    <message>
        <source>Unknown special circumstances.</source>
        <translation>特殊情况中含有未知项。</translation>
    </message>
    <message>
        <source>At most 4 guardians can be recorded.</source>
        <translation>最多只能登记 4 位监护人。</translation>
    </message>
    <message>
        <source>Guardian %1: name is missing.</source>
        <translation>第 %1 位监护人：缺少姓名。</translation>
    </message>
    <message>
        <source>Guardian %1: phone number &quot;%2&quot; should contain only digits.</source>
        <translation>第 %1 位监护人：电话号码“%2”只能包含数字。</translation>
    </message>
    <message>
        <source>ID-card number (身份证号) %1 is not valid: it must be 17 digits and a digit or X, with the right check character.</source>
        <translation>身份证号 %1 无效：应为 17 位数字加 1 位数字或 X，且校验位正确。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>The ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Guardian %1&apos;s name</source>
        <translation>第 %1 位监护人的姓名</translation>
    </message>
    <message>
        <source>Guardian %1&apos;s relation</source>
        <translation>第 %1 位监护人的关系</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退学</translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Student %1 cannot be saved: %2</source>
        <translation>无法保存学生 %1：%2</translation>
    </message>
    <message>
        <source>Student number (学籍号) %1 is already used by another student.</source>
        <translation>学籍号 %1 已被其他学生使用。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The status of %1 cannot be changed by editing the record: use 变更学籍状态… (a status change is recorded with its day and reason).</source>
        <translation>不能通过编辑档案更改%1的学籍状态：请使用“变更学籍状态…”（学籍变更会记录日期和原因）。</translation>
    </message>
</context>
<context>
    <name>TermCalendar</name>
    <message>
        <source>&quot;%1&quot; is not a term. Write the school year and the term, for example 2026-2027-1 (autumn) or 2026-2027-2 (spring).</source>
        <translation>“%1”不是学期。请写学年和学期，例如 2026-2027-1（秋季学期）或 2026-2027-2（春季学期）。</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>File header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>encrypted, header matches the key</source>
        <translation>已加密，文件头与密钥匹配</translation>
    </message>
    <message>
        <source>the header does not match the key</source>
        <translation>文件头与密钥不匹配</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性检查</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>all references valid</source>
        <translation>所有引用均有效</translation>
    </message>
    <message>
        <source>%1 broken references</source>
        <translation>%1 处引用失效</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>version %1 (expected %2)</source>
        <translation>版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>School record</source>
        <translation>学校记录</translation>
    </message>
    <message>
        <source>Student records</source>
        <translation>学生记录</translation>
    </message>
    <message>
        <source>%1 students, %2 invalid</source>
        <translation>%1 名学生，其中 %2 名信息无效</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>the key file belongs to another database</source>
        <translation>该密钥文件属于另一个数据库</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>slots for unknown accounts: %1</source>
        <translation>存在未知账户的密钥槽：%1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chained, head %1</source>
        <translation>
            <numerusform>%n 条记录环环相扣，链条末端 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tampered with: %1</source>
        <translation>被篡改：%1</translation>
    </message>
    <message>
        <source>tampered with at entry #%1 (%2): %3</source>
        <translation>在记录 #%1（%2）处被篡改：%3</translation>
    </message>
    <message>
        <source>Audit trail protection</source>
        <translation>审计日志保护</translation>
    </message>
    <message>
        <source>the append-only triggers are in place</source>
        <translation>只增不改的保护触发器完好</translation>
    </message>
    <message>
        <source>Key file seal</source>
        <translation>密钥文件签名</translation>
    </message>
    <message>
        <source>the key file was altered after it was sealed</source>
        <translation>密钥文件在签名后被改动过</translation>
    </message>
    <message>
        <source>the audit trail no longer holds entry %1 that the key file recorded: entries were removed</source>
        <translation>审计日志中已没有密钥文件记录的条目 %1：有条目被删除</translation>
    </message>
    <message>
        <source>the slots match their seal, and the audit trail holds the head it recorded (%1)</source>
        <translation>密钥槽与签名一致，审计日志包含其记录的最新条目（%1）</translation>
    </message>
    <message>
        <source>Confidential fields</source>
        <translation>保密内容</translation>
    </message>
    <message>
        <source>%1 of %2 sealed values do not open with the counsellor key (altered or moved)</source>
        <translation>%2 项加密内容中有 %1 项无法用心理教师密钥打开（被改动或挪动）</translation>
    </message>
    <message>
        <source>%1 values are not sealed with the counsellor key</source>
        <translation>%1 项内容未用心理教师密钥加密</translation>
    </message>
    <message>
        <source>%1 sealed values, all open with the counsellor key</source>
        <translation>%1 项加密内容，均可用心理教师密钥打开</translation>
    </message>
</context>
<context>
    <name>VisitImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 has no header row: none of its first %2 rows names at least two columns of a home-visit sheet (such as 姓名, 班级, 学籍号, 家访日期, 家访形式, 家访教师). Add a header row above the visits.</source>
        <translation>%1 没有表头：前 %2 行中没有一行包含至少两个家访表的列名（如 姓名、班级、学籍号、家访日期、家访形式、家访教师）。请在家访记录上方加一行表头。</translation>
    </message>
    <message>
        <source>%1 has a header row (row %2) but no visits below it.</source>
        <translation>%1 有表头（第 %2 行），但其下没有家访记录。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 超过 %2 MB，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 is an old-style Excel file (.xls) or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx or CSV without a password.</source>
        <translation>%1 是旧版 Excel 文件（.xls）或设了密码的工作簿。请用 Excel 或 WPS 打开，另存为不带密码的 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS as CSV.</source>
        <translation>%1 不是文本表格：既不是 UTF-8 也不是 GB18030（GBK）文本。请用 Excel 或 WPS 另存为 CSV。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Student number (学籍号)</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade (年级)</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class (班级)</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Visit date (家访日期)</source>
        <translation>家访日期</translation>
    </message>
    <message>
        <source>Time (时间)</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Form (家访形式)</source>
        <translation>家访形式</translation>
    </message>
    <message>
        <source>Visitors (家访教师)</source>
        <translation>家访教师</translation>
    </message>
    <message>
        <source>The student at home (家访内容)</source>
        <translation>学生在家情况（家访内容）</translation>
    </message>
    <message>
        <source>Parents&apos; views (家长意见)</source>
        <translation>家长意见</translation>
    </message>
    <message>
        <source>Purpose (家访目的)</source>
        <translation>家访目的</translation>
    </message>
    <message>
        <source>Family situation (家庭情况)</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Met (接待人)</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Relation (关系)</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>Agreed (家校共识)</source>
        <translation>家校共识</translation>
    </message>
    <message>
        <source>学籍号 or 姓名</source>
        <translation>学籍号或姓名</translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2. A home-visit sheet needs the student (学籍号, or 姓名 with 班级), the date (家访日期), the form (家访形式) and who visited (家访教师).</source>
        <translation>%1 缺少以下列：%2。家访表需要有学生（学籍号，或姓名加班级）、家访日期、家访形式和家访教师。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not a grade (write it as 七年级, 初一 or 7)</source>
        <translation>不是年级（请写作 七年级、初一 或 7）</translation>
    </message>
    <message>
        <source>%1 (学籍号 %2) is not a student of your classes; a class teacher imports the visits of their own classes&apos; students only</source>
        <translation>%1（学籍号 %2）不是您班上的学生；班主任只能导入本班学生的家访记录</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>该学生</translation>
    </message>
    <message>
        <source>no student has this 学籍号</source>
        <translation>没有学生使用这个学籍号</translation>
    </message>
    <message>
        <source>the 学籍号 %1 is %2&apos;s, not this name&apos;s; correct the name or the 学籍号</source>
        <translation>学籍号 %1 属于%2，与本行姓名不符；请更正姓名或学籍号</translation>
    </message>
    <message>
        <source>the row names no student: write the 姓名 (with the 班级) or the 学籍号</source>
        <translation>本行没有写学生：请填写姓名（和班级）或学籍号</translation>
    </message>
    <message>
        <source>%1 students are called %2; add the 班级 or the 学籍号 to this row</source>
        <translation>有 %1 名学生叫%2；请在本行补上班级或学籍号</translation>
    </message>
    <message>
        <source>%1 students are called %2 in %3; add the 学籍号 to this row</source>
        <translation>%3有 %1 名学生叫%2；请在本行补上学籍号</translation>
    </message>
    <message>
        <source>%1 of %2 is not a student of your classes; a class teacher imports the visits of their own classes&apos; students only</source>
        <translation>%2的%1不是您班上的学生；班主任只能导入本班学生的家访记录</translation>
    </message>
    <message>
        <source>no student called %1 in %2</source>
        <translation>%2没有叫%1的学生</translation>
    </message>
    <message>
        <source>no student of your classes is called %1</source>
        <translation>您班上没有叫%1的学生</translation>
    </message>
    <message>
        <source>no student is called %1</source>
        <translation>没有叫%1的学生</translation>
    </message>
    <message>
        <source>%1 is not enrolled (%2)</source>
        <translation>%1不是在读学生（%2）</translation>
    </message>
    <message>
        <source>the visit date is missing</source>
        <translation>没有填写家访日期</translation>
    </message>
    <message>
        <source>not a date (write it as 2026-10-15, 2026/10/15 or 2026年10月15日)</source>
        <translation>不是日期（请写作 2026-10-15、2026/10/15 或 2026年10月15日）</translation>
    </message>
    <message>
        <source>a visit date before 2000 is surely a typing error</source>
        <translation>家访日期早于 2000 年，应是输入错误</translation>
    </message>
    <message>
        <source>not a time of day (write it as 14:30)</source>
        <translation>不是时间（请写作 14:30）</translation>
    </message>
    <message>
        <source>the visit date is in the future</source>
        <translation>家访日期晚于今天</translation>
    </message>
    <message>
        <source>the form is missing (实地, 电话, 视频 or 到校约谈)</source>
        <translation>没有填写家访形式（实地、电话、视频或到校约谈）</translation>
    </message>
    <message>
        <source>not a form of visit XinAn knows (实地/上门/入户/走访, 电话, 视频, 到校/约谈)</source>
        <translation>无法识别的家访形式（可写 实地/上门/入户/走访、电话、视频、到校/约谈）</translation>
    </message>
    <message>
        <source>not a purpose XinAn knows (常规, 重点关注, 危机后, 复学后, 留守困境)</source>
        <translation>无法识别的家访目的（可写 常规、重点关注、危机后、复学后、留守困境）</translation>
    </message>
    <message>
        <source>who visited is missing: write the teachers&apos; names</source>
        <translation>没有填写家访教师：请写上教师姓名</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字</translation>
    </message>
    <message>
        <source>repeats row %1: %2 has the same %3 visit on %4</source>
        <translation>与第 %1 行重复：%2在 %4 已有同样的%3家访</translation>
    </message>
    <message>
        <source>already recorded: %1 has a %2 visit on %3</source>
        <translation>已有记录：%1在 %3 已有一次%2家访</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sheet have problems; nothing was imported.</source>
        <translation>
            <numerusform>表中有 %n 行有问题，未导入任何记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitParts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 more to visit (%2 required)</source>
        <translation>还差 %1 人（应访 %2 人）</translation>
    </message>
    <message>
        <source>%1 more on site (%2 required)</source>
        <translation>实地还差 %1 人（应实地 %2 人）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Behind: %1</source>
        <translation>未达标：%1</translation>
    </message>
    <message>
        <source>Rule: by class size (30 or fewer: all; 50 or more: at least half on site)</source>
        <translation>规则：按班级人数（30人及以下全覆盖，50人及以上至少一半实地）</translation>
    </message>
    <message>
        <source>Rule: every enrolled student at least once a term</source>
        <translation>规则：每名在读学生每学期至少家访一次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>家访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Imported from a class teacher&apos;s sheet</source>
        <translation>从班主任家访表导入</translation>
    </message>
</context>
<context>
    <name>WeeklySheet</name>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>%1 – %2 (week %3)</source>
        <translation>%1 至 %2（第 %3 周）</translation>
    </message>
    <message>
        <source>Weekly review of key students</source>
        <translation>重点学生周调度表</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Meeting held on:</source>
        <translation>会议日期：</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>会议纪要：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>本周状态</translation>
    </message>
    <message>
        <source>Actions this week</source>
        <translation>本周工作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>Responsible teachers</source>
        <translation>责任教师</translation>
    </message>
    <message>
        <source>No update (overdue)</source>
        <translation>未更新（逾期）</translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>%1 (no longer key)</source>
        <translation>%1（已不属重点）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No key students this week.</source>
        <translation>本周没有重点学生。</translation>
    </message>
    <message>
        <source>Red: %1   Orange: %2   Updated this week: %3   Overdue: %4</source>
        <translation>红色：%1   橙色：%2   本周已更新：%3   逾期：%4</translation>
    </message>
    <message>
        <source>School leader in charge (signature):</source>
        <translation>分管校领导签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Head (signature):</source>
        <translation>校长签字：</translation>
    </message>
    <message>
        <source>Printed on %1 by XinAn. Contains students&apos; names and mental-health information: keep it confidential, and shred it when no longer needed.</source>
        <translation>由心安于 %1 打印。本表含学生姓名和心理健康信息，请妥善保密，用毕粉碎。</translation>
    </message>
</context>
<context>
    <name>xinan::CityExport</name>
    <message>
        <source>Could not read back %1: %2</source>
        <translation>无法读回 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1 could not be loaded (%2). Install the package libxlsxwriter4.</source>
        <translation>无法写出工作簿：未能加载 %1（%2）。请安装软件包 libxlsxwriter4。</translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Could not write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another.</source>
        <translation>文件夹 %1 不存在；请先创建它，或另选一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose a folder to write the export into.</source>
        <translation>%1 不是文件夹；请选择一个用来存放报表的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable; choose another folder.</source>
        <translation>文件夹 %1 不可写入；请另选一个文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists in %2; choose another folder or ask to overwrite.</source>
        <translation>%2 中已有 %1；请另选文件夹，或选择替换已有文件。</translation>
    </message>
</context>
<context>
    <name>xinan::Migrations</name>
    <message>
        <source>The students table is not as version 8 left it; it cannot be upgraded.</source>
        <translation>学生表与第 8 版留下的结构不一致，无法升级。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AccountDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>e.g. zhoufang or 周芳</source>
        <translation>例如 zhoufang 或 周芳</translation>
    </message>
    <message>
        <source>A sentence or several unrelated words</source>
        <translation>一句话，或几个互不相关的词</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Give the password to its owner in person. Counselling teachers&apos; and administrators&apos; passwords must be stronger: a long sentence, or several words that do not belong together.</source>
        <translation>请当面把密码交给账户本人。心理教师和管理员的密码必须更强：一句较长的话，或几个互不相关的词。</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AccountsSection</name>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Selected account:</source>
        <translation>所选账户：</translation>
    </message>
    <message>
        <source>Changes take effect at once. Only a counselling teacher gives or takes the counselling-teacher role, and at least one enabled counselling-teacher account stays. A disabled account cannot open the database until it is enabled again; a removed account loses its password for good, and its name stays in the audit log. When someone leaves the school, remove the account and then change the keys (rekey).</source>
        <translation>更改立即生效。只有心理教师能授予或撤销心理教师角色，并且至少要保留一个启用的心理教师账户。已停用的账户在重新启用前不能打开数据库；已删除的账户永久失去密码，其名称保留在审计日志中。有人离校时，请删除其账户，然后更换密钥（rekey）。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>No password (reset it)</source>
        <translation>无密码（请重设）</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>正在添加账户…</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>已添加账户 %1（%2）。</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>请先在列表中选择一个账户。</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>正在设置密码…</translation>
    </message>
    <message>
        <source>The password of %1 was set. Give it to its owner in person.</source>
        <translation>已设置 %1 的密码。请当面交给账户本人。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>Disabled %1: it cannot open the database until it is enabled again.</source>
        <translation>已停用 %1：重新启用前不能打开数据库。</translation>
    </message>
    <message>
        <source>Enabled %1 again.</source>
        <translation>已重新启用 %1。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account %1 (%2)? Its password will no longer open the database, for good. Its name stays in the audit log; a new account cannot take it.</source>
        <translation>删除账户 %1（%2）吗？其密码将永久不能再打开数据库。其名称保留在审计日志中，新账户不能再使用这个名称。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>已删除账户 %1。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ActivitiesPage</name>
    <message>
        <source>%1—%2 school year</source>
        <translation>%1—%2学年</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新增活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>参加对象</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Double-click an activity to edit it.</source>
        <translation>双击活动可以编辑。</translation>
    </message>
    <message>
        <source>The activities the counselling office recorded.</source>
        <translation>心理辅导室登记的活动。</translation>
    </message>
    <message>
        <source>Activities and training</source>
        <translation>活动与培训</translation>
    </message>
    <message>
        <source>The school&apos;s mental-health activities: the 5·25 mental health month, parent school and parents&apos; meetings, teacher and mental-health monitor training, group activities. The term report and the export for the city platform count them.</source>
        <translation>学校的心理健康教育活动：5·25心理健康教育月、家长学校与家长会、教师培训与心理委员培训、团体活动。学期报告和上报市级平台的数据都会统计这些活动。</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（本学期）</translation>
    </message>
    <message>
        <source>This school year (%1)</source>
        <translation>本学年（%1）</translation>
    </message>
    <message>
        <source>Last school year (%1)</source>
        <translation>上学年（%1）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No activity recorded in this period.</source>
        <translation>这段时间没有登记活动。</translation>
    </message>
    <message numerus="yes">
        <source>%n attending</source>
        <translation>
            <numerusform>%n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>In all</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; of %2? It no longer counts in the term report; the audit log keeps that it was deleted.</source>
        <translation>确定删除 %2 的“%1”吗？删除后不再计入学期报告；审计日志会保留删除记录。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Choose the kind…</source>
        <translation>请选择类别…</translation>
    </message>
    <message>
        <source>e.g. 心理健康主题班会</source>
        <translation>例如：心理健康主题班会</translation>
    </message>
    <message>
        <source>a group, e.g. 七年级全体学生 or 全体班主任: never a student&apos;s name</source>
        <translation>填写群体，如“七年级全体学生”“全体班主任”；不要填写学生姓名</translation>
    </message>
    <message>
        <source>e.g. 心理辅导室, 德育处</source>
        <translation>例如：心理辅导室、德育处</translation>
    </message>
    <message>
        <source>Counselling office</source>
        <translation>心理辅导室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>参加对象</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Activities count in the term report and the export for the city platform. The audience names a group; no student&apos;s name belongs in an activity.</source>
        <translation>活动会计入学期报告和上报市级平台的数据。“参加对象”只写群体，活动记录中不应出现学生姓名。</translation>
    </message>
    <message>
        <source>Choose the kind of activity (&quot;Kind&quot;).</source>
        <translation>请选择活动类别（“类别”）。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AlertsPanel</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>No alert is waiting.</source>
        <translation>暂无待处理的预警。</translation>
    </message>
    <message>
        <source>Handle…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>二次评估…</translation>
    </message>
    <message>
        <source>Double-click a student to open the file.</source>
        <translation>双击学生打开档案。</translation>
    </message>
    <message>
        <source>Write what was done about the alert.</source>
        <translation>填写对该预警的处理情况。</translation>
    </message>
    <message>
        <source>Record the second-stage interview of the result; it handles the alert too.</source>
        <translation>记录该结果的二次评估，预警同时标记为已处理。</translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation>待处理预警</translation>
    </message>
    <message>
        <source>Screening taken on %1</source>
        <translation>测评日期 %1</translation>
    </message>
    <message>
        <source>Open student file</source>
        <translation>打开学生档案</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AppointmentCalendar</name>
    <message>
        <source>%1–%2 %3
%4 (%5)
Counsellor: %6
Room: %7</source>
        <translation>%1–%2 %3
%4（%5）
心理教师：%6
辅导室：%7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AppointmentDialog</name>
    <message>
        <source>Already confirmed with the student</source>
        <translation>已与学生确认</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>预约改期</translation>
    </message>
    <message>
        <source>Student number, name or pinyin</source>
        <translation>学籍号、姓名或拼音</translation>
    </message>
    <message>
        <source>No student chosen yet.</source>
        <translation>尚未选择学生。</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不指定辅导室</translation>
    </message>
    <message>
        <source>%1 (part-time)</source>
        <translation>%1（兼职）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Book the same time every week: each occurrence is its own appointment and can be edited on its own.</source>
        <translation>每周同一时间预约：每一次都是单独的预约，可以分别修改。</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>预约提出人：</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Counsellor:</source>
        <translation>心理教师：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>辅导室：</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Reason category:</source>
        <translation>预约原因类别：</translation>
    </message>
    <message>
        <source>Repeat weekly:</source>
        <translation>每周重复：</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>The appointment is marked rescheduled and a new, confirmed appointment is booked at the new time.</source>
        <translation>原预约将标记为“已改期”，并在新时间生成一个已确认的新预约。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Chosen: %1, %2 %3 (%4)</source>
        <translation>已选择：%1，%2 %3（%4）</translation>
    </message>
    <message>
        <source>Choose the student: type a student number, a name or its pinyin, then pick the student from the list.</source>
        <translation>请选择学生：输入学籍号、姓名或拼音，再从列表中点选。</translation>
    </message>
    <message>
        <source>Please check before saving:
%1

Save the appointment anyway?</source>
        <translation>保存前请核对：
%1

仍要保存该预约吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AppointmentListModel</name>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>预约原因类别</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>预约提出人</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AppointmentsPage</name>
    <message>
        <source>New appointment…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Student file…</source>
        <translation>学生档案…</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>打印预约单…</translation>
    </message>
    <message>
        <source>Slip as PDF…</source>
        <translation>预约单导出 PDF…</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一周期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一周期 ▶</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Day (by counsellor)</source>
        <translation>日视图（按心理教师）</translation>
    </message>
    <message>
        <source>List (week)</source>
        <translation>列表（本周）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>The slip for the class teacher: student, class, time, room and counsellor (never the reason).</source>
        <translation>交给班主任的预约单：学生、班级、时间、地点和心理教师（不含预约原因）。</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Counsellor:</source>
        <translation>心理教师：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Double-click an empty time to book it, or an appointment to edit it.</source>
        <translation>双击空白时段可新建预约，双击已有预约可修改。</translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation>全部心理教师</translation>
    </message>
    <message>
        <source>%1 – %2 (week %3)</source>
        <translation>%1 至 %2（第 %3 周）</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) shown</source>
        <translation>
            <numerusform>显示 %n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>to confirm: %1 · confirmed: %2</source>
        <translation>待确认：%1 · 已确认：%2</translation>
    </message>
    <message>
        <source>The appointment has not started yet.</source>
        <translation>该预约尚未开始。</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2 with %3? The time becomes free again.</source>
        <translation>确定取消 %1 在 %2 与 %3 的预约吗？取消后该时段将重新空出。</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>填写辅导记录</translation>
    </message>
    <message>
        <source>The appointment of %1 on %2 is done. Record the counselling session now?</source>
        <translation>%1 在 %2 的预约已完成。现在填写本次个体辅导记录吗？</translation>
    </message>
    <message>
        <source>Record the session…</source>
        <translation>填写辅导记录…</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Export the appointment slip</source>
        <translation>导出预约单</translation>
    </message>
    <message>
        <source>The slip contains the student&apos;s name. The PDF is not encrypted: save it only where no one else can read it (not on a shared or public computer), and delete it once it is printed.</source>
        <translation>预约单上有学生姓名。导出的 PDF 文件不加密：请只保存在他人无法查看的位置（不要存在公用或共享电脑上），打印后请及时删除。</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>appointment-slip-%1.pdf</source>
        <translation>预约单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The slip was saved as %1.</source>
        <translation>预约单已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::AuditDialog</name>
    <message>
        <source>Any student…</source>
        <translation>任一学生…</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Who opened, changed, exported or printed what, and when. Entries cannot be changed or deleted; each carries the fingerprint of the one before it, so verify notices any tampering.</source>
        <translation>谁在什么时候查看、修改、导出或打印了什么。记录不能修改或删除；每条记录都带有上一条的指纹，数据库检查能发现任何篡改。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Student #%1</source>
        <translation>学生 #%1</translation>
    </message>
    <message>
        <source>Entries about a student</source>
        <translation>某个学生的记录</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>链条末端：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>审计日志-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) saved as %1. The file is not encrypted: keep it where only you can read it.</source>
        <translation>
            <numerusform>已将 %n 条记录保存为 %1。该文件没有加密：请存放在只有你能读取的地方。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::CityExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Replace files already in the folder</source>
        <translation>替换文件夹中已有的文件</translation>
    </message>
    <message>
        <source>&amp;Write files</source>
        <translation>写出文件(&amp;W)</translation>
    </message>
    <message>
        <source>Export for the city platform</source>
        <translation>导出市级报表</translation>
    </message>
    <message>
        <source>%1-%2 (month)</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>One row of counts and rates for the school and the period, as the city platform receives it. It contains counts only: no names, student numbers, birth dates or written records.</source>
        <translation>本校本统计期的一行人数、次数和比率，即市级平台收到的内容。只含统计数字：没有姓名、学籍号、出生日期或文字记录。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>抑制</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>存放报表的文件夹</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>已抑制</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are written &lt;5; a total or a rate that would let someone work one of them back is written —. An empty rate has nothing to divide by.</source>
        <translation>1–4 的数字写作 &lt;5；可能据以推算出这些数字的合计或比率写作 —。比率为空表示分母为 0。</translation>
    </message>
    <message>
        <source>Nothing is suppressed in this period.</source>
        <translation>本统计期没有需要抑制的数字。</translation>
    </message>
    <message numerus="yes">
        <source>Suppressed (%n column(s)): %1</source>
        <translation>
            <numerusform>已抑制（%n 项）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CloseCrisisDialog</name>
    <message>
        <source>Close crisis event</source>
        <translation>危机事件结案</translation>
    </message>
    <message>
        <source>How the crisis was resolved, where the student is now (home, hospital, back at school), and what follows: referral, 一人一策 plan, follow-up</source>
        <translation>危机如何处置解决，学生目前在哪里（家中、医院、已返校），后续安排：转介、一人一策、跟进</translation>
    </message>
    <message>
        <source>Closed at:</source>
        <translation>结案时间：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>结案小结：</translation>
    </message>
    <message>
        <source>Not recorded yet (needed before closing):
%1</source>
        <translation>尚未记录（结案前必须完成）：
%1</translation>
    </message>
    <message>
        <source>Closing does not lower the student&apos;s risk level; a counsellor decides that separately.</source>
        <translation>结案不会降低学生的风险级别，是否降级由心理教师另行评估决定。</translation>
    </message>
    <message>
        <source>Close event</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ClosePlanDialog</name>
    <message>
        <source>e.g. lowered to yellow at the review of 2026-11-20; follow-up by the counsellor</source>
        <translation>如：2026-11-20 复评降为黄色，由心理教师继续跟进</translation>
    </message>
    <message>
        <source>Close plan</source>
        <translation>结束方案</translation>
    </message>
    <message>
        <source>The plan is kept in the student&apos;s file. Why is it closed?</source>
        <translation>方案将保留在学生档案中。请填写结束原因：</translation>
    </message>
    <message>
        <source>Close individual plan</source>
        <translation>结束一人一策方案</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CloseReferralDialog</name>
    <message>
        <source>Close the referral</source>
        <translation>结束转介</translation>
    </message>
    <message>
        <source>Why, e.g. Treated as an outpatient, stable for two months; back to the usual care of the counselling office.</source>
        <translation>结束原因，例如：门诊治疗两个月，情况稳定，转回心理辅导室常规关注。</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A refusal or &quot;not seen&quot; is never closed silently: write what was agreed with the family and who keeps watching.</source>
        <translation>家长拒绝或未就诊的转介不能悄悄结束：请写明与家庭商定的安排，以及由谁继续关注。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CoverageRulesSection</name>
    <message>
        <source>Every enrolled student at least once a term (default)</source>
        <translation>每名在读学生每学期至少一次（默认）</translation>
    </message>
    <message>
        <source>By class size: classes of 30 or fewer all; 50 or more at least half on site</source>
        <translation>按班级人数：30人及以下全覆盖，50人及以上至少一半实地</translation>
    </message>
    <message>
        <source>Intake grades (一年级, 七年级, 高一, 中职一年级) all visited in their first term</source>
        <translation>起始年级（一年级、七年级、高一、中职一年级）第一学期全覆盖</translation>
    </message>
    <message>
        <source>Key students (orange and red) every month, at least once on site a term</source>
        <translation>重点学生（橙色、红色）每月家访，每学期至少一次实地</translation>
    </message>
    <message>
        <source>A student back from leave (复学) visited within 2 weeks of the return</source>
        <translation>复学学生在复学后两周内家访</translation>
    </message>
    <message>
        <source>How the home-visit page counts a class as covered for the term (家访全覆盖). Classes between 31 and 49 students are all visited under either rule.</source>
        <translation>家访页面按以下规则判断班级本学期是否达到覆盖要求（家访全覆盖）。31至49人的班级在两种规则下都需全覆盖。</translation>
    </message>
    <message>
        <source>Coverage rule</source>
        <translation>覆盖规则</translation>
    </message>
    <message>
        <source>Also required</source>
        <translation>另需满足</translation>
    </message>
    <message>
        <source>Only a counselling teacher or an administrator changes these rules.</source>
        <translation>只有心理教师或管理员可以修改这些规则。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CrisisChecklistEditor</name>
    <message>
        <source>The steps of the school&apos;s crisis response plan, one per line. Each new crisis event gets a copy to tick; events already opened keep the list they started with.</source>
        <translation>学校危机处置预案的步骤，每行一项。每个新建的危机事件都会复制一份供勾选；已启动的事件保留启动时的清单。</translation>
    </message>
    <message>
        <source>Restore the default list</source>
        <translation>恢复默认清单</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CrisisDialog</name>
    <message>
        <source>Close event…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Notified guardian…</source>
        <translation>已通知监护人…</translation>
    </message>
    <message>
        <source>Notified head…</source>
        <translation>已报告校领导…</translation>
    </message>
    <message>
        <source>Called 110…</source>
        <translation>已拨打110…</translation>
    </message>
    <message>
        <source>Called 120…</source>
        <translation>已拨打120…</translation>
    </message>
    <message>
        <source>Notified hospital…</source>
        <translation>已联系医院…</translation>
    </message>
    <message>
        <source>Other notification…</source>
        <translation>其他通知…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加处置…</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>添加跟进…</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>事件经过与处置记录</translation>
    </message>
    <message>
        <source>Response checklist</source>
        <translation>危机处置清单</translation>
    </message>
    <message>
        <source>Tick each item when it is done; who ticked it and when is kept.</source>
        <translation>每完成一项请勾选，系统会记录勾选人和时间。</translation>
    </message>
    <message>
        <source>Crisis event: %1</source>
        <translation>危机事件：%1</translation>
    </message>
    <message>
        <source>Open · day %1</source>
        <translation>进行中 · 第 %1 天</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>%1 由 %2 结案</translation>
    </message>
    <message>
        <source>Happened %1</source>
        <translation>发生于 %1</translation>
    </message>
    <message>
        <source>opened by %1</source>
        <translation>启动人 %1</translation>
    </message>
    <message>
        <source>guardian notified</source>
        <translation>已通知监护人</translation>
    </message>
    <message>
        <source>guardian not notified yet</source>
        <translation>尚未通知监护人</translation>
    </message>
    <message>
        <source>head notified</source>
        <translation>已报告校领导</translation>
    </message>
    <message>
        <source>head not notified yet</source>
        <translation>尚未报告校领导</translation>
    </message>
    <message>
        <source>%1
    ✓ %2, %3</source>
        <translation>%1
    ✓ %2，%3</translation>
    </message>
    <message>
        <source>Closure summary: %1</source>
        <translation>结案小结：%1</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>求助热线</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CrisisHomePanel</name>
    <message>
        <source>Student file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Still to record</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Double-click an event to record what was done.</source>
        <translation>双击事件可记录处置情况。</translation>
    </message>
    <message>
        <source>Open crisis events</source>
        <translation>进行中的危机事件</translation>
    </message>
    <message>
        <source>guardian and head notifications</source>
        <translation>通知监护人、报告校领导</translation>
    </message>
    <message>
        <source>guardian notification</source>
        <translation>通知监护人</translation>
    </message>
    <message>
        <source>head notification</source>
        <translation>报告校领导</translation>
    </message>
    <message>
        <source>closure (notifications done)</source>
        <translation>结案（通知已完成）</translation>
    </message>
    <message>
        <source>No open crisis event.</source>
        <translation>没有进行中的危机事件。</translation>
    </message>
    <message>
        <source>Double-click an event to open the student&apos;s file.</source>
        <translation>双击事件可打开该学生档案。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CrisisPage</name>
    <message>
        <source>New crisis event…</source>
        <translation>新建危机事件…</translation>
    </message>
    <message>
        <source>Open event…</source>
        <translation>打开事件…</translation>
    </message>
    <message>
        <source>Student file…</source>
        <translation>学生档案…</translation>
    </message>
    <message>
        <source>All events (open first)</source>
        <translation>全部事件（进行中的在前）</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>进行中的事件</translation>
    </message>
    <message>
        <source>Closed events</source>
        <translation>已结案的事件</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>A crisis (red, level 1: suicidal plan or act, self-harm, acute crisis) is handled as an event: keep the student safe, inform the head and the guardians the same day, refer, and record each step here. Closing needs the guardian and head notifications.</source>
        <translation>危机（红色·一级：有自杀计划或行为、自伤、急性危机）按危机事件处置：确保学生安全，当天报告校长/分管领导并通知监护人，及时转介，并在此记录每一步。结案前须已记录通知监护人和报告校领导。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open events: %1</source>
        <translation>进行中的事件：%1</translation>
    </message>
    <message>
        <source>No open event.</source>
        <translation>没有进行中的事件。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CrisisStepDialog</name>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>Record a notification</source>
        <translation>记录通知</translation>
    </message>
    <message>
        <source>Record a notification: %1</source>
        <translation>记录通知：%1</translation>
    </message>
    <message>
        <source>Notified:</source>
        <translation>通知对象：</translation>
    </message>
    <message>
        <source>Optional: whom exactly (name, relation), how (phone, in person), what was agreed</source>
        <translation>选填：具体通知了谁（姓名、关系），方式（电话、当面），商定了什么</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>添加处置</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>相关人员：</translation>
    </message>
    <message>
        <source>What was done and by whom (e.g. stayed with the student, removed dangerous objects, accompanied to hospital)</source>
        <translation>做了什么、由谁负责（如全程陪同学生、移除危险物品、陪同就医）</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Whom you saw or spoke to, how the student is, what comes next</source>
        <translation>与谁面谈或沟通，学生目前状况，下一步安排</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::CrisisTab</name>
    <message>
        <source>Open crisis event…</source>
        <translation>启动危机事件…</translation>
    </message>
    <message>
        <source>This student has an open crisis event: double-click it to record notifications, actions and follow-ups, or to close it.</source>
        <translation>该学生有进行中的危机事件：双击打开，可记录通知、处置和跟进，或结案。</translation>
    </message>
    <message>
        <source>Crisis events of this student (double-click to open). Opening a new event sets the student to red.</source>
        <translation>该学生的危机事件（双击打开）。启动新的危机事件会将学生标为红色。</translation>
    </message>
    <message>
        <source>Crisis events of this student. What happened and each step taken stay with the counselling teacher.</source>
        <translation>该学生的危机事件。事件经过和各项处置记录仅由心理教师查看。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DriveDialog</name>
    <message>
        <source>New screening drive</source>
        <translation>新建测评批次</translation>
    </message>
    <message>
        <source>for example 2026秋 四至六年级 PHQ-9</source>
        <translation>例如：2026秋 四至六年级 PHQ-9</translation>
    </message>
    <message>
        <source>No grade ticked: every grade.</source>
        <translation>不勾选年级即为全部年级。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Target grades:</source>
        <translation>测评年级：</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Create drive</source>
        <translation>创建批次</translation>
    </message>
    <message>
        <source>Instruments:</source>
        <translation>量表：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyCloseDayDialog</name>
    <message>
        <source>Close a day</source>
        <translation>停止值班一天</translation>
    </message>
    <message>
        <source>for example 运动会, 停课</source>
        <translation>例如“运动会”“停课”</translation>
    </message>
    <message>
        <source>No duty that day: its shifts are removed, and regenerating the roster leaves the day empty until it is reopened.</source>
        <translation>当天不值班：删除当天的班次；重新生成值班表时这一天仍保持空白，直到恢复值班。</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>当天停止值班</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyCoverDialog</name>
    <message>
        <source>Cover a shift</source>
        <translation>代班</translation>
    </message>
    <message>
        <source>for example 病假, 外出培训</source>
        <translation>例如“病假”“外出培训”</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Covered by:</source>
        <translation>代班老师：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>代班</translation>
    </message>
    <message>
        <source>Choose the shift and the staff member who covers it.</source>
        <translation>请选择班次和代班老师。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyHomePanel</name>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班老师</translation>
    </message>
    <message>
        <source>Duty today</source>
        <translation>今日值班</translation>
    </message>
    <message>
        <source>On duty now: nobody (%1).</source>
        <translation>当前值班：无（%1）。</translation>
    </message>
    <message>
        <source>On duty now (%1 %2–%3): %4</source>
        <translation>当前值班（%1 %2–%3）：%4</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No duty today.</source>
        <translation>今天没有值班安排。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyLogDialog</name>
    <message>
        <source>Duty log: %1 %2 %3</source>
        <translation>值班记录：%1 %2 %3</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>辅导室：</translation>
    </message>
    <message>
        <source>On duty:</source>
        <translation>值班老师：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>来访人次：</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>值班情况：</translation>
    </message>
    <message>
        <source>Handover note:</source>
        <translation>交接班说明：</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Last written by %1 at %2.</source>
        <translation>最后由 %1 于 %2 填写。</translation>
    </message>
    <message>
        <source>No log written for this shift yet.</source>
        <translation>本班次还没有值班记录。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyPage</name>
    <message>
        <source>Swap…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <source>Cover…</source>
        <translation>代班…</translation>
    </message>
    <message>
        <source>Close day…</source>
        <translation>停止值班…</translation>
    </message>
    <message>
        <source>Reopen day</source>
        <translation>恢复值班</translation>
    </message>
    <message>
        <source>Duty log…</source>
        <translation>值班记录…</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Weekly template…</source>
        <translation>每周模板…</translation>
    </message>
    <message>
        <source>Term…</source>
        <translation>学期…</translation>
    </message>
    <message>
        <source>Generate roster…</source>
        <translation>生成值班表…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Select a cell to swap, cover or close its day; double-click it for the duty log (visitors, events, handover note).</source>
        <translation>选中一个格子可换班、代班或停止当天值班；双击打开值班记录（来访、值班情况、交接班）。</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>第 %1 周：%2</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>On duty now: nobody (no shift at %1).</source>
        <translation>当前值班：无（%1 没有班次）。</translation>
    </message>
    <message>
        <source>On duty now (%1 %2–%3): %4</source>
        <translation>当前值班（%1 %2–%3）：%4</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Generate the duty roster</source>
        <translation>生成值班表</translation>
    </message>
    <message>
        <source>There is no term yet. Set up the term and its holidays first (Term…), then generate the roster.</source>
        <translation>还没有学期。请先设置学期和节假日（“学期…”），再生成值班表。</translation>
    </message>
    <message>
        <source>Generate the duty roster of term %1 from the weekly template, from %2 to %3? Shifts from the template on these days are replaced; swaps, covers and closed days stay, and holidays get no duty. Earlier days are not changed.</source>
        <translation>按每周模板生成学期 %1 从 %2 到 %3 的值班表吗？这些日期中按模板排的班次会被替换；换班、代班和停止值班的日子保持不变，节假日不排班。之前的日期不受影响。</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) were generated for term %1.</source>
        <translation>
            <numerusform>已为学期 %1 生成 %n 个值班班次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen a day</source>
        <translation>恢复值班</translation>
    </message>
    <message>
        <source>Reopen %1? Its duty is filled in again from the weekly template (unless it is a holiday).</source>
        <translation>恢复 %1 的值班吗？将按每周模板重新排班（节假日除外）。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Export the duty roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>The roster names the counselling staff and when they are on duty. The PDF is not encrypted: save it only where it belongs (not on a shared or public computer).</source>
        <translation>值班表上有心理教师的姓名和值班时间。PDF 文件未加密：请只保存在合适的位置（不要存放在公用或共享电脑上）。</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>duty-roster-%1.pdf</source>
        <translation>值班表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The roster was saved as %1.</source>
        <translation>值班表已保存为 %1。</translation>
    </message>
    <message>
        <source>Duty roster: print preview</source>
        <translation>值班表：打印预览</translation>
    </message>
    <message>
        <source>Print the duty roster</source>
        <translation>打印值班表</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutySwapDialog</name>
    <message>
        <source>Swap two shifts</source>
        <translation>两个班次换班</translation>
    </message>
    <message>
        <source>optional, for example 调课</source>
        <translation>可不填，例如“调课”</translation>
    </message>
    <message>
        <source>The staff members of the two shifts exchange them. Both shifts are marked as swapped on the roster.</source>
        <translation>两个班次的值班老师互换。值班表上两个班次都会标注“换班”。</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Swap with:</source>
        <translation>与之互换：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>Choose the two shifts to swap.</source>
        <translation>请选择要互换的两个班次。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyTemplateDialog</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Add to the template</source>
        <translation>加入模板</translation>
    </message>
    <message>
        <source>Weekly duty template</source>
        <translation>每周值班模板</translation>
    </message>
    <message>
        <source>Choose a weekday, a period and a room, tick the staff on duty there (several may share a room) and add them. Generate the roster afterwards to apply the template to the term.</source>
        <translation>选择星期、时段和辅导室，勾选在该处值班的老师（同一辅导室可安排多人），再点“加入模板”。保存后请“生成值班表”，模板才会应用到本学期。</translation>
    </message>
    <message>
        <source>There are no counselling rooms or staff yet. Add them first in Settings (rooms and counselling staff), then come back here.</source>
        <translation>还没有辅导室或心理教师。请先在“设置”（辅导室与心理教师）中添加，再回到这里。</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>值班老师</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Weekday:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>辅导室：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>值班老师：</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Tick at least one staff member who is not yet on this weekday, period and room.</source>
        <translation>请至少勾选一位尚未安排在该星期、时段和辅导室的老师。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::DutyTermDialog</name>
    <message>
        <source>Term and holidays</source>
        <translation>学期与节假日</translation>
    </message>
    <message>
        <source>for example 2026-2027-1</source>
        <translation>例如 2026-2027-1</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新学期</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>删除节假日</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>编辑：</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开学日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Holidays (days as YYYY-MM-DD; a single day has the same first and last day). No duty is generated on holidays.</source>
        <translation>节假日（日期格式为 YYYY-MM-DD；只放一天的，开始和结束日期相同）。节假日不安排值班。</translation>
    </message>
    <message>
        <source>Save term</source>
        <translation>保存学期</translation>
    </message>
    <message>
        <source>Holiday %1: write the days as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>第 %1 个节假日：日期请写成 YYYY-MM-DD，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>Holiday %1: give the holiday a name, for example 国庆节.</source>
        <translation>第 %1 个节假日：请填写名称，例如“国庆节”。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ExternalResultDialog</name>
    <message>
        <source>Needs a second-stage interview (二次评估)</source>
        <translation>需要二次评估</translation>
    </message>
    <message>
        <source>Record a result from another platform</source>
        <translation>录入其他平台的测评结果</translation>
    </message>
    <message>
        <source>Screening drive: %1. For results of tests XinAn does not score itself (SCL-90, MHT, …): record the total and the level the platform or hospital gave.</source>
        <translation>测评批次：%1。适用于心安不直接计分的量表（SCL-90、MHT 等）：录入平台或医院给出的总分和等级。</translation>
    </message>
    <message>
        <source>学籍号, name or pinyin initials</source>
        <translation>学籍号、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>量表：</translation>
    </message>
    <message>
        <source>Total score:</source>
        <translation>总分：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>测评日期：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Find the student first: type the 学籍号 or the name, then choose the student in the list.</source>
        <translation>请先找到学生：输入学籍号或姓名，再在列表中选择。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <source>(not linked to a counselling record)</source>
        <translation>（不关联辅导记录）</translation>
    </message>
    <message>
        <source>What was actually told: observations, advice, what the teacher or parents can do</source>
        <translation>实际告知的内容：观察到的情况、建议、老师或家长可以做什么</translation>
    </message>
    <message>
        <source>What they said or will do (optional)</source>
        <translation>对方的回应或打算（选填）</translation>
    </message>
    <message>
        <source>Write only what may be shared with this person. Never copy the confidential notes of a counselling record here: feedback is readable by every account.</source>
        <translation>只填写可以告知对方的内容。切勿把辅导记录中的保密内容抄到这里：反馈对所有账号可见。</translation>
    </message>
    <message>
        <source>The student record no longer exists.</source>
        <translation>该学生档案已不存在。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Follows the session:</source>
        <translation>针对的辅导：</translation>
    </message>
    <message>
        <source>Told to:</source>
        <translation>反馈对象：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>What was shared:</source>
        <translation>反馈内容：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>对方回应：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::FeedbackDuePanel</name>
    <message>
        <source>Record feedback…</source>
        <translation>记录反馈…</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需反馈</translation>
    </message>
    <message>
        <source>Student file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>辅导日期</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>No feedback is needed after this session: remove the reminder.</source>
        <translation>这次辅导后无需反馈：取消提醒。</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>待反馈</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No feedback waiting (due %n day(s) after a session).</source>
        <translation>
            <numerusform>暂无待反馈（辅导后 %n 天内需反馈）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::FeedbackSettingsBox</name>
    <message>
        <source>Feedback after counselling (反馈)</source>
        <translation>辅导后反馈</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Feedback is due after:</source>
        <translation>反馈期限：</translation>
    </message>
    <message>
        <source>A counselling record waiting longer for feedback to the class teacher, parents or head shows on the home page.</source>
        <translation>辅导后超过期限仍未向班主任、家长或校领导反馈的记录，会显示在工作台上。</translation>
    </message>
    <message>
        <source>The setting cannot be saved</source>
        <translation>设置无法保存</translation>
    </message>
</context>
<context>
    <name>xinan::ui::FeedbackTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>反馈对象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>By</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <source>What the counselling teacher shared about this student. Counselling records themselves stay with the counselling teacher.</source>
        <translation>心理教师就该学生向学校反馈的情况。辅导记录本身仅由心理教师保管。</translation>
    </message>
    <message>
        <source>The feedback cannot be shown: %1</source>
        <translation>无法显示反馈：%1</translation>
    </message>
    <message>
        <source>No feedback about this student yet.</source>
        <translation>暂无关于该学生的反馈。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::FollowupDoneDialog</name>
    <message>
        <source>How the student is doing, what was agreed</source>
        <translation>学生近况、商定的事项</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>跟进项目：</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>记录跟进</translation>
    </message>
</context>
<context>
    <name>xinan::ui::GridDialog</name>
    <message>
        <source>Only classes without a class teacher</source>
        <translation>只看未登记班主任的班级</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>添加到本班</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Class grid</source>
        <translation>班级网格</translation>
    </message>
    <message>
        <source>Each class&apos;s responsible teachers (网格化): the class teacher answers for the class, the grade leader for the grade. Classes come from the enrolled students.</source>
        <translation>网格化管理：登记每个班级的责任教师。班主任负责本班，年级组长负责本年级。班级来自在读学生名单。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生数</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副班主任</translation>
    </message>
    <message>
        <source>Grade leader</source>
        <translation>年级组长</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>共 %n 个班级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a class teacher</source>
        <translation>
            <numerusform>%n 个未登记班主任</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a class</source>
        <translation>请选择班级</translation>
    </message>
    <message>
        <source>No teacher registered for this class yet.</source>
        <translation>本班尚未登记责任教师。</translation>
    </message>
    <message>
        <source>Choose a class in the list first.</source>
        <translation>请先在左侧列表中选择班级。</translation>
    </message>
    <message>
        <source>Choose the teacher to change in the list first.</source>
        <translation>请先在列表中选择要修改的教师。</translation>
    </message>
    <message>
        <source>Choose the teacher to remove in the list first.</source>
        <translation>请先在列表中选择要移除的教师。</translation>
    </message>
    <message>
        <source>The class teacher&apos;s account sees the students of this class, and no others.</source>
        <translation>班主任账户只能看到本班的学生，看不到其他班。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未关联）</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>Choose the class teacher in the list first.</source>
        <translation>请先在列表中选择班主任。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::GridPanel</name>
    <message>
        <source>Class grid…</source>
        <translation>班级网格…</translation>
    </message>
    <message>
        <source>Class grid</source>
        <translation>班级网格</translation>
    </message>
    <message>
        <source>No enrolled students yet: the grid lists the classes of the student roster.</source>
        <translation>尚无在读学生：班级网格按学生名单中的班级列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) registered in the grid.</source>
        <translation>
            <numerusform>网格中已登记 %n 名教师。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n class(es) have a class teacher.</source>
        <translation>
            <numerusform>全部 %n 个班级均已登记班主任。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 class(es) have no class teacher registered.</source>
        <translation>
            <numerusform>%1 个班级中有 %n 个尚未登记班主任。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>xinan::ui::GroupDialog</name>
    <message>
        <source>Edit counselling group</source>
        <translation>编辑团体辅导小组</translation>
    </message>
    <message>
        <source>New counselling group</source>
        <translation>新建团体辅导小组</translation>
    </message>
    <message>
        <source>For example: 考前减压小组, 人际交往成长小组</source>
        <translation>例如：考前减压小组、人际交往成长小组</translation>
    </message>
    <message>
        <source>Add to the group</source>
        <translation>加入小组</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>移出小组</translation>
    </message>
    <message>
        <source>(my own staff entry)</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Counsellor:</source>
        <translation>辅导教师：</translation>
    </message>
    <message>
        <source>Planned sessions:</source>
        <translation>计划次数：</translation>
    </message>
    <message>
        <source>Find a student:</source>
        <translation>查找学生：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>组员：</translation>
    </message>
    <message>
        <source>Add the group&apos;s members: find each student and press &quot;Add to the group&quot;.</source>
        <translation>请添加组员：查找学生后点击“加入小组”。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::GroupSessionDialog</name>
    <message>
        <source>Record a group session</source>
        <translation>记录一次团体辅导</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Record a session of &quot;%1&quot;</source>
        <translation>记录“%1”的一次活动</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Present (untick who was absent):</source>
        <translation>出勤（缺席者请取消勾选）：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::GroupsView</name>
    <message>
        <source>New group…</source>
        <translation>新建小组…</translation>
    </message>
    <message>
        <source>Edit group…</source>
        <translation>编辑小组…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>记录活动…</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>保存出勤</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Attendance (ticked: present)</source>
        <translation>出勤情况（勾选表示出席）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Group counselling is visible to counselling teachers only (内容仅心理教师可见).</source>
        <translation>团体辅导内容仅心理教师可见。</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>请选择一个小组。</translation>
    </message>
    <message>
        <source>No group yet: start with &quot;New group…&quot;.</source>
        <translation>还没有小组：请点击“新建小组…”。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 of %4 sessions held</source>
        <translation>%1 — %2，已开展 %3/%4 次</translation>
    </message>
    <message>
        <source>no counsellor</source>
        <translation>未指定辅导教师</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Joined the group after this session</source>
        <translation>该次活动后才加入小组</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HandleAlertDialog</name>
    <message>
        <source>Handle alert</source>
        <translation>处理预警</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>预警原因：</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>发出时间：</translation>
    </message>
    <message>
        <source>e.g. Talked with the student the same day; no plan or means; informed the class teacher and the mother; appointment on Thursday.</source>
        <translation>例如：当天与学生个别谈话，无具体计划和工具；已告知班主任和母亲；约定周四再次面谈。</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <source>A critical answer needs a counsellor the same day. The alert leaves the home page once you write what was done; to set the student&apos;s level, record the second-stage interview instead.</source>
        <translation>危急作答须由心理教师当天跟进。填写处理情况后，该预警即从工作台移除；如需确定学生的风险等级，请改为记录二次评估。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HomePage</name>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>暂无内容。</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This panel could not be read: %1</source>
        <translation>此栏目无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::HomeVisitDialog</name>
    <message>
        <source>Add to the visit</source>
        <translation>加入本次家访</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add a visitor</source>
        <translation>添加家访人</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访记录</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>新增家访</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Other guardian</source>
        <translation>其他监护人</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>家访时间：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>家访形式：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>家访目的：</translation>
    </message>
    <message>
        <source>Students (siblings share one visit)</source>
        <translation>学生（兄弟姐妹可记在同一次家访）</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>家访人</translation>
    </message>
    <message>
        <source>Choose an account or type a name.</source>
        <translation>可选择账号，也可直接输入姓名。</translation>
    </message>
    <message>
        <source>Relation to the student:</source>
        <translation>与学生关系：</translation>
    </message>
    <message>
        <source>Met whom:</source>
        <translation>接待人：</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Notes on the family&apos;s situation</source>
        <translation>家庭情况说明</translation>
    </message>
    <message>
        <source>Follow-up by:</source>
        <translation>跟进人：</translation>
    </message>
    <message>
        <source>The student at home:</source>
        <translation>学生在家表现：</translation>
    </message>
    <message>
        <source>Parents&apos; views and needs:</source>
        <translation>家长意见和需求：</translation>
    </message>
    <message>
        <source>What was agreed:</source>
        <translation>家校共识：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove this visitor</source>
        <translation>移除此家访人</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HomeVisitsPage</name>
    <message>
        <source>Print the list of students to visit…</source>
        <translation>打印未访名单…</translation>
    </message>
    <message>
        <source>New home visit…</source>
        <translation>新增家访…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Student file…</source>
        <translation>学生档案…</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>年级 / 班级</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已访</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未访</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次家访</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Double-click a visit to open it. A family visit counts for each of its students.</source>
        <translation>双击一条家访记录可打开查看。一次家访涉及几名学生，就为每名学生各计一次。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Visits this term</source>
        <translation>本学期家访</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Every enrolled student is visited at home at least once a term (家访全覆盖); key students and students back from leave more often, as the school&apos;s rules in Settings say. Choose a class to see who is still to visit.</source>
        <translation>每名在读学生每学期至少家访一次（家访全覆盖）；重点学生和复学学生按“设置”中的学校规则增加家访。选择一个班级，可查看尚未家访的学生。</translation>
    </message>
    <message>
        <source>No enrolled students in the classes you may see.</source>
        <translation>您可查看的班级中没有在读学生。</translation>
    </message>
    <message>
        <source>Total: %1 enrolled, %2 visited (%3), %4 on site, %5 visits this term.</source>
        <translation>合计：在读 %1 人，已访 %2 人（%3），实地 %4 人，本学期家访 %5 次。</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) behind the rules.</source>
        <translation>
            <numerusform>%n 个班级未达到覆盖要求。</numerusform>
        </translation>
    </message>
    <message>
        <source>All visited</source>
        <translation>已全部家访</translation>
    </message>
    <message>
        <source>Choose a class in the table to see its students still to visit.</source>
        <translation>在左侧表格中选择班级，查看尚未家访的学生。</translation>
    </message>
    <message>
        <source>%1: every student has had a home visit this term.</source>
        <translation>%1：本学期所有学生均已家访。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n student(s) without a home visit this term (double-click to open the file).</source>
        <translation>
            <numerusform>%1：本学期还有 %n 名学生未家访（双击可打开学生档案）。</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未家访</translation>
    </message>
    <message>
        <source>Visits this term (%1)</source>
        <translation>本学期家访（%1）</translation>
    </message>
    <message>
        <source>Delete the home visit</source>
        <translation>删除家访记录</translation>
    </message>
    <message>
        <source>Delete the home visit of %1 to %2? It no longer counts for the coverage; the audit log keeps that it was deleted.</source>
        <translation>确定删除 %1 对 %2 的家访记录吗？删除后不再计入覆盖率；审计日志会保留删除记录。</translation>
    </message>
    <message>
        <source>Export the list of students to visit</source>
        <translation>导出未访名单</translation>
    </message>
    <message>
        <source>The list names the students of the class who have had no home visit. The PDF is not encrypted: save it only where no one else can read it (not on a shared or public computer), and delete it once it is printed.</source>
        <translation>名单中列有本班尚未家访学生的姓名。PDF 文件没有加密：请只保存在他人无法读取的位置（不要存放在共用或公用电脑上），打印后请删除。</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>students-to-visit-%1-%2.pdf</source>
        <translation>未访名单-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The list was saved as %1.</source>
        <translation>名单已保存为 %1。</translation>
    </message>
    <message>
        <source>Print the list of students to visit</source>
        <translation>打印未访名单</translation>
    </message>
    <message>
        <source>List of students to visit: print preview</source>
        <translation>未访名单：打印预览</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HomeVisitsPanel</name>
    <message>
        <source>Student file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>最迟日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次家访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Home visit reminders</source>
        <translation>家访提醒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未家访</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>No home visit is due.</source>
        <translation>暂无到期的家访。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 students visited (%4).</source>
        <translation>%1：已家访 %2/%3 名学生（%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等，另有 %n 个班级</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind: %1.</source>
        <translation>未达标班级：%1。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HomeVisitsTab</name>
    <message>
        <source>New home visit…</source>
        <translation>新增家访…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>No home visit recorded for this student yet.</source>
        <translation>该学生还没有家访记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s) of this student (double-click to open). A family visit is listed for each child.</source>
        <translation>
            <numerusform>该学生共有 %n 次家访（双击可打开）。同一家庭的家访在每个孩子名下都会列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::HospitalDialog</name>
    <message>
        <source>Add a partner hospital</source>
        <translation>添加合作医院</translation>
    </message>
    <message>
        <source>Edit a partner hospital</source>
        <translation>编辑合作医院</translation>
    </message>
    <message>
        <source>e.g. 贵州省第二人民医院</source>
        <translation>例如：贵州省第二人民医院</translation>
    </message>
    <message>
        <source>e.g. 儿童青少年心理科</source>
        <translation>例如：儿童青少年心理科</translation>
    </message>
    <message>
        <source>The green-channel contact: a name and a phone</source>
        <translation>绿色通道联系人：姓名和电话</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>医院：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Green channel:</source>
        <translation>绿色通道：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HospitalsSection</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add from suggestions</source>
        <translation>从建议中添加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A receipt is overdue</source>
        <translation>开具转介单</translation>
    </message>
    <message>
        <source>after the referral slip.</source>
        <translation>后仍未登记回执即为逾期。</translation>
    </message>
    <message>
        <source>The hospitals your school refers students to (医校协同). The referral slip offers them; the suggestions are examples from Guizhou, added only when you choose one. Changes to the list are saved at once.</source>
        <translation>学校转介学生的合作医院（医校协同）。开具转介单时可从中选择；建议列表是贵州省内的示例，只有选中后才会添加。对列表的修改立即保存。</translation>
    </message>
    <message>
        <source>Remove a partner hospital</source>
        <translation>删除合作医院</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Past referral slips keep the hospital&apos;s name; a hospital a slip names is only no longer offered.</source>
        <translation>从列表中删除 %1？以往的转介单保留医院名称；已开过转介单的医院只是不再供选择。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HotlinePanel</name>
    <message>
        <source>Help lines</source>
        <translation>求助热线</translation>
    </message>
</context>
<context>
    <name>xinan::ui::HotlinesSection</name>
    <message>
        <source>Print poster…</source>
        <translation>打印海报…</translation>
    </message>
    <message>
        <source>Poster as PDF…</source>
        <translation>海报存为 PDF…</translation>
    </message>
    <message>
        <source>e.g. the county&apos;s psychological aid line</source>
        <translation>例如：县心理援助热线</translation>
    </message>
    <message>
        <source>e.g. 0851-XXXX XXXX</source>
        <translation>例如 0851-XXXX XXXX</translation>
    </message>
    <message>
        <source>e.g. the county people&apos;s hospital</source>
        <translation>例如：县人民医院</translation>
    </message>
    <message>
        <source>24-hour psychological aid line</source>
        <translation>24小时心理援助热线</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Suggestion: %1 %2. %3</source>
        <translation>建议：%1 %2。%3</translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation>最近的医院</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Other local lines (up to %1)</source>
        <translation>其他本地热线（最多 %1 条）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>National hotlines (fixed)</source>
        <translation>全国热线（固定）</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>A poster for classrooms and dorms with these numbers (no student data).</source>
        <translation>张贴在教室和宿舍的热线海报（不含任何学生信息）。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Import the student list from the student registry (学籍系统) or a class list, saved as an Excel workbook (.xlsx) or a CSV file. Nothing is written until you choose Import.</source>
        <translation>从学籍系统或班级名单导入学生名单，文件需保存为 Excel 工作簿（.xlsx）或 CSV 文件。在点击“导入”之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Roster file:</source>
        <translation>花名册文件：</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>花名册 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>正在逐行与数据库核对…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops the import and writes nothing.</source>
        <translation>正在导入…点击取消会中止导入，不写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged, %4 row(s) with problems skipped.</source>
        <translation>导入完成：新增 %1 名，有变化 %2 名，无变化 %3 名，跳过有问题的 %4 行。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ImportReportView</name>
    <message>
        <source>All or nothing: import only when every row is valid (recommended)</source>
        <translation>全部有效才导入：所有行都有效时才导入（推荐）</translation>
    </message>
    <message>
        <source>Import the valid rows only and skip the rows with problems</source>
        <translation>只导入有效行，跳过有问题的行</translation>
    </message>
    <message>
        <source>new students</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>enrolled but not in the file (left as they are)</source>
        <translation>在读但名单中没有（保持不变）</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked against the database.</source>
        <translation>
            <numerusform>已将 %n 行与数据库核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has guardian columns: the guardians of imported students are replaced by those in the file.</source>
        <translation>文件中有监护人列：导入学生的监护人将被替换为文件中的监护人。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Correct them in the file and choose the file again, or import the valid rows only.</source>
        <translation>
            <numerusform>发现 %n 个问题。请在文件中改正后重新选择文件，或只导入有效行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), not errors:</source>
        <translation>
            <numerusform>%n 条提示（不是错误）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::InstrumentImportDialog</name>
    <message>
        <source>Import an instrument definition</source>
        <translation>导入量表定义</translation>
    </message>
    <message>
        <source>Instrument definitions (*.json)</source>
        <translation>量表定义文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The school already has this definition of %1 (%2); there is nothing to import.</source>
        <translation>本校已有 %1（%2）的这份定义，无需导入。</translation>
    </message>
    <message>
        <source>Import only an instrument the school is licensed to use. Once imported it can be chosen for a screening drive, and its answers are scored with the bands below.</source>
        <translation>请只导入本校已获授权使用的量表。导入后，新建测评批次时即可选用，作答按下列分级计分。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>量表：</translation>
    </message>
    <message>
        <source>%1 %2 (id %3, version %4)</source>
        <translation>%1 %2（编号 %3，版本 %4）</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>指导语：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>题目：</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), scored %1 to %2 in total</source>
        <translation>
            <numerusform>共 %n 题，总分 %1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>item %1 answered above %2: %3</source>
        <translation>第 %1 题答案高于 %2：%3</translation>
    </message>
    <message>
        <source>Critical items:</source>
        <translation>关键题目：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Subscales:</source>
        <translation>分量表：</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总分范围</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Second-stage interview</source>
        <translation>二次评估</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The school already has a definition of &quot;%1&quot;, and no result uses it yet: importing replaces it.</source>
        <translation>本校已有“%1”的定义，且尚无测评结果使用它：导入将替换原定义。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>分级：</translation>
    </message>
    <message>
        <source>%1 %2 was imported; choose it when you create a screening drive.</source>
        <translation>已导入 %1 %2；新建测评批次时即可选用。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::InterviewDialog</name>
    <message>
        <source>Second-stage interview</source>
        <translation>二次评估</translation>
    </message>
    <message>
        <source>%1: total %2 (%3), taken %4, screening drive &quot;%5&quot;</source>
        <translation>%1：总分 %2（%3），测评日期 %4，测评批次“%5”</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>筛查结果：</translation>
    </message>
    <message>
        <source>Critical item positive</source>
        <translation>危急题目阳性</translation>
    </message>
    <message>
        <source>Critical item positive: %1</source>
        <translation>危急题目阳性：%1</translation>
    </message>
    <message>
        <source>Level now:</source>
        <translation>当前等级：</translation>
    </message>
    <message>
        <source>What the student said, what you observed, protective factors, and why you chose this level.</source>
        <translation>学生谈到的情况、您的观察、保护性因素，以及确定该等级的依据。</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>评估日期：</translation>
    </message>
    <message>
        <source>Level after the interview:</source>
        <translation>评估后等级：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>评估小结：</translation>
    </message>
    <message>
        <source>Saving sets the student&apos;s level to the one chosen (the same level confirms it) and handles the result&apos;s alert.</source>
        <translation>保存后，学生的风险等级将设为所选等级（与当前相同即为确认），该结果的预警同时标记为已处理。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::InterviewsPanel</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <source>Critical item</source>
        <translation>危急题目</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>No screening result is waiting for a second-stage interview.</source>
        <translation>暂无等待二次评估的筛查结果。</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>二次评估…</translation>
    </message>
    <message>
        <source>Most serious first. Double-click a student to open the file.</source>
        <translation>最严重的排在前面。双击学生可打开其档案。</translation>
    </message>
    <message>
        <source>Waiting for a second-stage interview</source>
        <translation>待二次评估</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Screening drive &quot;%1&quot;</source>
        <translation>测评批次“%1”</translation>
    </message>
    <message>
        <source>Open student file</source>
        <translation>打开学生档案</translation>
    </message>
</context>
<context>
    <name>xinan::ui::KeyMarkTab</name>
    <message>
        <source>Measures for the class teacher</source>
        <translation>需班主任落实的措施</translation>
    </message>
    <message>
        <source>The counselling teacher writes the plan; ask them when a measure is unclear or the student&apos;s situation changes.</source>
        <translation>方案由心理教师制定；措施不清楚或学生情况有变化时，请及时与心理教师联系。</translation>
    </message>
    <message>
        <source>Not a key student.</source>
        <translation>不是重点关注学生。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key student (重点关注学生).&lt;/b&gt; Keep an eye on the student in class and tell the counselling teacher at once about anything worrying.</source>
        <translation>&lt;b&gt;重点关注学生。&lt;/b&gt;请在班级中多留意该学生，发现任何异常立即告知心理教师。</translation>
    </message>
    <message>
        <source>The counselling teacher has not written the measures yet.</source>
        <translation>心理教师尚未填写措施。</translation>
    </message>
    <message>
        <source>The key-student mark cannot be shown: %1</source>
        <translation>无法显示重点关注标记：%1</translation>
    </message>
</context>
<context>
    <name>xinan::ui::KeyStudentsPage</name>
    <message>
        <source>Plan…</source>
        <translation>一人一策…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开档案…</translation>
    </message>
    <message>
        <source>Write or edit the selected student&apos;s individual plan (一人一策)</source>
        <translation>为选中的学生制定或修改一人一策方案</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Key since</source>
        <translation>列为重点日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Double-click a student to open the file.</source>
        <translation>双击学生打开档案。</translation>
    </message>
    <message>
        <source>Key students</source>
        <translation>重点学生</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>周调度</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Missing, %1 days</source>
        <translation>缺失 %1 天</translation>
    </message>
    <message>
        <source>A key student needs a plan within 7 days.</source>
        <translation>重点学生须在 7 天内制定方案。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 key students; %2 without a plan</source>
        <translation>重点学生 %1 人，其中 %2 人尚无方案</translation>
    </message>
    <message>
        <source>%1 waiting more than 7 days</source>
        <translation>%1 人已超过 7 天</translation>
    </message>
    <message>
        <source>No student is at orange or red.</source>
        <translation>目前没有橙色或红色等级的学生。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::LeaveTab</name>
    <message>
        <source>Leave (休学)…</source>
        <translation>休学…</translation>
    </message>
    <message>
        <source>Return application…</source>
        <translation>复学申请…</translation>
    </message>
    <message>
        <source>Record done…</source>
        <translation>记录完成…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>休学：%1</translation>
    </message>
    <message>
        <source>On leave since %1 (%2 days)</source>
        <translation>自 %1 起休学（%2 天）</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>certificate: %1 %2</source>
        <translation>诊断证明：%1 %2</translation>
    </message>
    <message>
        <source>conditions met: %1 of 3</source>
        <translation>满足条件：%1/3</translation>
    </message>
    <message>
        <source>assessed by %1</source>
        <translation>评估人：%1</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>%1 返校</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>复学申请：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>班级安排</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>到校安排</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>支持人员</translation>
    </message>
    <message>
        <source>relapse plan</source>
        <translation>复发预案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Return plan</source>
        <translation>复学计划</translation>
    </message>
    <message>
        <source>done on %1 by %2</source>
        <translation>%1 由 %2 完成</translation>
    </message>
    <message>
        <source>done on %1 by %2: %3</source>
        <translation>%1 由 %2 完成：%3</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>No leave recorded.</source>
        <translation>暂无休学记录。</translation>
    </message>
    <message>
        <source>The student is marked 休学 without a leave record: record the leave (休学…), then the return application.</source>
        <translation>该学生学籍状态为休学，但没有休学记录：请先补录休学（“休学…”），再记录复学申请。</translation>
    </message>
    <message>
        <source>On leave. The return (复学) is recorded as a return application with the school&apos;s assessment.</source>
        <translation>休学中。复学以复学申请记录，并附学校的评估。</translation>
    </message>
    <message>
        <source>Leaves, return applications and the follow-ups of the return plan.</source>
        <translation>休学记录、复学申请及复学计划的跟进。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::LessonDialog</name>
    <message>
        <source>Psychology lesson</source>
        <translation>心理健康课</translation>
    </message>
    <message>
        <source>Record a lesson for several classes</source>
        <translation>批量登记课程</translation>
    </message>
    <message>
        <source>Record a psychology lesson</source>
        <translation>登记心理健康课</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source> period(s)</source>
        <translation> 课时</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>课时：</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>授课教师：</translation>
    </message>
    <message>
        <source>e.g. 认识情绪</source>
        <translation>例如：认识情绪</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>课题：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>The same lesson, given to each ticked class on the same day.</source>
        <translation>同一天给所勾选的每个班级上同一节课。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>xinan::ui::LessonsPage</name>
    <message>
        <source>Record a lesson…</source>
        <translation>登记课程…</translation>
    </message>
    <message>
        <source>Several classes…</source>
        <translation>批量登记…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>年级 / 班级</translation>
    </message>
    <message>
        <source>Required (term)</source>
        <translation>学期应开</translation>
    </message>
    <message>
        <source>Due so far</source>
        <translation>至今应开</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已开</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>开课率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Periods (课时) the rule requires for the whole term</source>
        <translation>按规定整个学期应开的课时</translation>
    </message>
    <message>
        <source>Periods the rule requires by today</source>
        <translation>按规定截至今天应开的课时</translation>
    </message>
    <message>
        <source>开课率: periods given / periods required for the term</source>
        <translation>开课率：已开课时 / 本学期应开课时</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Psychology lessons</source>
        <translation>心理课</translation>
    </message>
    <message>
        <source>Grades 1–12 need at least 1 period (课时) every two teaching weeks, 中职 at least 10 periods (学时) a term. Teaching weeks come from the term&apos;s dates and holidays in the duty roster. A class is behind when it has had fewer periods than were due by today.</source>
        <translation>中小学（1–12 年级）每两个教学周至少开 1 课时心理健康课，中职每学期至少 10 学时。教学周按值班表中学期的起止日期和假期计算。截至今天已开课时少于应开课时的班级为落后。</translation>
    </message>
    <message>
        <source>No enrolled students in the classes you may see.</source>
        <translation>您可查看的班级中没有在读学生。</translation>
    </message>
    <message>
        <source>%1 teaching weeks, %2 over. %3 of %4 periods given (%5).</source>
        <translation>教学周 %1 周，已过 %2 周。已开 %3 / %4 课时（%5）。</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) behind.</source>
        <translation>
            <numerusform>%n 个班级落后。</numerusform>
        </translation>
    </message>
    <message>
        <source>Classes behind</source>
        <translation>有班级落后</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) short</source>
        <translation>
            <numerusform>差 %n 课时</numerusform>
        </translation>
    </message>
    <message>
        <source>Term done</source>
        <translation>本学期已达标</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>按进度</translation>
    </message>
    <message>
        <source>Choose a class to see its lessons this term.</source>
        <translation>选择一个班级，查看其本学期的课程。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lesson(s) this term</source>
        <translation>
            <numerusform>%1：本学期 %n 节课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n period(s).</source>
        <translation>
            <numerusform>，共 %n 课时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the lesson</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Delete the lesson of %1 on %2? It no longer counts for the class.</source>
        <translation>删除 %1 在 %2 的这节课？删除后不再计入该班的开课数。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::LessonsPanel</name>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已开</translation>
    </message>
    <message>
        <source>Due so far</source>
        <translation>至今应开</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>心理课进度</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n 课时</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class has had the lessons due so far.</source>
        <translation>各班级均已开足至今应开的课时。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 teaching weeks over, %4 of %5 periods due so far given.</source>
        <translation>%1：已过 %2 / %3 个教学周，至今应开 %5 课时，已开 %4 课时。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::LockScreen</name>
    <message>
        <source>XinAn is locked</source>
        <translation>心安已锁定</translation>
    </message>
    <message>
        <source>The records are hidden and the database is closed. Enter the password to go on working.</source>
        <translation>档案已隐藏，数据库已关闭。输入密码即可继续工作。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Quit XinAn</source>
        <translation>退出心安</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
</context>
<context>
    <name>xinan::ui::MainWindow</name>
    <message>
        <source>The overview cannot be read</source>
        <translation>无法读取学校概况</translation>
    </message>
    <message>
        <source>XinAn — %1</source>
        <translation>心安 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify database</source>
        <translation>校验数据库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About XinAn</source>
        <translation>关于心安(&amp;A)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>The account that opened the database</source>
        <translation>打开此数据库所用的账户</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>XinAn backups (*.xinan-backup)</source>
        <translation>心安备份 (*.xinan-backup)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在校验数据库…</translation>
    </message>
    <message>
        <source>Verify database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>About XinAn</source>
        <translation>关于心安</translation>
    </message>
    <message>
        <source>XinAn %1

Records of a school&apos;s psychological counselling office, kept encrypted and offline on this computer.</source>
        <translation>心安 %1

学校心理辅导室的档案，加密并离线保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>The backup %1 was written and checked.

It opens with the recovery key or with the password of any of these accounts: %2.

Keep it away from this computer, for example on a USB stick in a locked drawer.</source>
        <translation>备份 %1 已写入并通过校验。

可用恢复密钥或以下任一账户的密码打开：%2。

请把备份存放在这台电脑以外的地方，例如存到 U 盘里，锁进抽屉。</translation>
    </message>
    <message>
        <source>School overview</source>
        <translation>学校概况</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>XinAn — locked</source>
        <translation>心安 — 已锁定</translation>
    </message>
    <message>
        <source>Unlock XinAn</source>
        <translation>解锁心安</translation>
    </message>
    <message>
        <source>Quit XinAn?</source>
        <translation>退出心安？</translation>
    </message>
    <message>
        <source>XinAn stays locked until the password is entered. Quit XinAn now?</source>
        <translation>输入密码之前，心安会一直保持锁定。现在退出心安吗？</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>正在写入自动备份…</translation>
    </message>
    <message>
        <source>Old backups not deleted</source>
        <translation>旧备份未删除</translation>
    </message>
    <message>
        <source>The automatic backup %1 was written, but these older backups could not be deleted:

%2</source>
        <translation>自动备份 %1 已写入，但以下旧备份无法删除：

%2</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>XinAn closes anyway; the database itself is unchanged. Back up with File → Back up… when you next open it.</source>
        <translation>心安仍会关闭，数据库本身没有变化。下次打开时，请用“文件 → 备份…”进行备份。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Key students</source>
        <translation>重点学生</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Class &amp;grid…</source>
        <translation>班级网格(&amp;G)…</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Counselling records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Counselling r&amp;ooms and staff…</source>
        <translation>心理辅导室与人员(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the student&apos;s file</source>
        <translation>打开学生档案</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Make new &amp;keys…</source>
        <translation>重新生成密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Import &amp;home visits…</source>
        <translation>导入家访记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Print the help-line &amp;poster…</source>
        <translation>打印心理援助热线海报(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export for the city platform…</source>
        <translation>导出市级报表(&amp;E)…</translation>
    </message>
    <message>
        <source>Psychology lessons</source>
        <translation>心理课</translation>
    </message>
    <message>
        <source>Activities and training</source>
        <translation>活动与培训</translation>
    </message>
</context>
<context>
    <name>xinan::ui::MissingPlansPanel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Without a plan</source>
        <translation>无方案天数</translation>
    </message>
    <message>
        <source>Every key student has an individual plan.</source>
        <translation>每位重点学生都已制定一人一策方案。</translation>
    </message>
    <message>
        <source>Individual plans to write</source>
        <translation>一人一策待制定</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>A key student needs a plan within 7 days.</source>
        <translation>重点学生须在 7 天内制定方案。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::NewCrisisDialog</name>
    <message>
        <source>New crisis event</source>
        <translation>新建危机事件</translation>
    </message>
    <message>
        <source>What happened, what was seen or reported and by whom, where the student is now</source>
        <translation>事件经过：看到或接到报告的情况、由谁发现或报告、学生现在在哪里</translation>
    </message>
    <message>
        <source>Find the student:</source>
        <translation>查找学生：</translation>
    </message>
    <message>
        <source>No student chosen yet.</source>
        <translation>尚未选择学生。</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Happened at:</source>
        <translation>发生时间：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事件经过：</translation>
    </message>
    <message>
        <source>Opening the event sets the student to red (level 1, crisis) unless already red. Then inform the head and the guardians the same day and record each notification in the event.</source>
        <translation>启动危机事件后，该学生将被标为红色（一级 危机），已是红色的保持不变。请当天报告校长/分管领导并通知监护人，并在事件中记录每一次通知。</translation>
    </message>
    <message>
        <source>Open crisis event</source>
        <translation>启动危机事件</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 — current level: %2</source>
        <translation>%1 — 当前级别：%2</translation>
    </message>
    <message>
        <source>Choose the student: type a name or student number (学籍号) and pick the student from the list.</source>
        <translation>请选择学生：输入姓名或学籍号，然后在列表中选中该学生。</translation>
    </message>
    <message>
        <source>Describe what happened: what was seen or reported, by whom.</source>
        <translation>请填写事件经过：看到或接到报告的情况，由谁发现或报告。</translation>
    </message>
    <message>
        <source>This student already has an open crisis event. Record what happened now as a step of that event (Crisis events page), or close it first.</source>
        <translation>该学生已有一个进行中的危机事件。请在“危机事件”页把新情况记录为该事件的处置步骤，或先结案。</translation>
    </message>
    <message>
        <source>Open a crisis event for %1? The student is already red; the level stays as it is.</source>
        <translation>为 %1 启动危机事件？该学生已是红色，级别保持不变。</translation>
    </message>
    <message>
        <source>Open a crisis event for %1?

The student will be set to red (level 1, crisis) with the reason &quot;Crisis event: …&quot;. Lowering the level later is a separate decision of a counsellor.</source>
        <translation>为 %1 启动危机事件？

该学生将被标为红色（一级 危机），原因记为“危机事件：……”。日后降低级别需由心理教师另行评估决定。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::NewSchoolDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>New school database</source>
        <translation>新建学校数据库</translation>
    </message>
    <message>
        <source>Where the database file is kept</source>
        <translation>数据库文件的存放位置</translation>
    </message>
    <message>
        <source>For example wanglaoshi (no spaces)</source>
        <translation>例如 wanglaoshi（不能有空格）</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>学校名称：</translation>
    </message>
    <message>
        <source>School type:</source>
        <translation>学校类型：</translation>
    </message>
    <message>
        <source>City or prefecture:</source>
        <translation>市（州）：</translation>
    </message>
    <message>
        <source>County or district:</source>
        <translation>县（区）：</translation>
    </message>
    <message>
        <source>First account:</source>
        <translation>第一个账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>XinAn databases (*.xinan)</source>
        <translation>心安数据库 (*.xinan)</translation>
    </message>
    <message>
        <source>Choose where the database file is kept.</source>
        <translation>请选择数据库文件的存放位置。</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>请输入学校名称。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>%1 already exists. XinAn never overwrites a database; choose another name.</source>
        <translation>%1 已存在。心安绝不会覆盖已有的数据库，请另取一个名称。</translation>
    </message>
    <message>
        <source>The database is encrypted. Only the password of one of its accounts or its recovery key (shown once after creation) can open it.</source>
        <translation>数据库是加密的，只有其中任一账户的密码或恢复密钥（创建后只显示一次）才能打开。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>A sentence or several unrelated words</source>
        <translation>一句话，或几个互不相关的词</translation>
    </message>
</context>
<context>
    <name>xinan::ui::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>What happened, what was said or agreed, what comes next</source>
        <translation>发生了什么，谈了什么或约定了什么，下一步怎么做</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>记录：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::OfficeDialog</name>
    <message>
        <source>Counselling rooms and staff</source>
        <translation>心理辅导室与人员</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Counselling staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>账户与角色</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>e.g. 心理辅导室（一）</source>
        <translation>例如：心理辅导室（一）</translation>
    </message>
    <message>
        <source>In use (offered for duty and appointments)</source>
        <translation>启用（可用于值班和预约）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加辅导室</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>e.g. 罗敏</source>
        <translation>例如：罗敏</translation>
    </message>
    <message>
        <source>phone or extension, optional</source>
        <translation>电话或分机，可不填</translation>
    </message>
    <message>
        <source>In service (offered for duty and appointments)</source>
        <translation>在岗（可安排值班和预约）</translation>
    </message>
    <message>
        <source>XinAn account</source>
        <translation>心安账户</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>专职 and 兼职 counselling teachers, for the duty roster and appointments. The account links a person to the XinAn account they sign in with, so that their appointments and records are theirs. Someone who leaves is taken out of service, not deleted.</source>
        <translation>专职和兼职心理教师，用于值班表和预约。“心安账户”把人员与其登录的账户对应起来，预约和辅导记录便归在本人名下。人员离岗时设为不在岗，不删除。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>The role decides what an account may read: only 心理教师 (counselling teachers) read the content of counselling records; every other role sees only that a record exists and its date.</source>
        <translation>角色决定账户能看到什么：只有“心理教师”能查看辅导记录的内容；其他角色只能看到有这条记录及其日期。</translation>
    </message>
    <message>
        <source>Role of the selected account:</source>
        <translation>所选账户的角色：</translation>
    </message>
    <message>
        <source>Only a counselling teacher or an administrator changes roles, and at least one account must stay a counselling teacher. Accounts are added with the command line (xinan-cli users add); each has its own password.</source>
        <translation>只有心理教师或管理员可以更改角色，并且至少要保留一个心理教师账户。账户用命令行添加（xinan-cli users add），每个账户有自己的密码。</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Not in service</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>Choose the room to change in the list first.</source>
        <translation>请先在列表中选中要修改的辅导室。</translation>
    </message>
    <message>
        <source>Choose the staff member to change in the list first.</source>
        <translation>请先在列表中选中要修改的人员。</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>请先在列表中选中一个账户。</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>square metres, e.g. 28; optional</source>
        <translation>平方米，例如 28；可不填</translation>
    </message>
    <message>
        <source>e.g. 沙盘, 放松椅, 宣泄设备</source>
        <translation>例如：沙盘, 放松椅, 宣泄设备</translation>
    </message>
    <message>
        <source>Choose a room in the list to rename it or take it out of use. A room is never deleted: past duty shifts and appointments keep its name. The area and the equipment go into the term report and the export for the city platform.</source>
        <translation>在列表中选择辅导室可以改名或停用。辅导室不会被删除：以往的值班和预约仍保留它的名称。面积和设备会写入学期报告和上报市级平台的数据。</translation>
    </message>
    <message>
        <source>&quot;Area (m²)&quot; is &quot;%1&quot;, not a number: give the floor area in square metres, such as 28, or leave it empty.</source>
        <translation>“面积（平方米）”填的是“%1”，不是数字：请填写使用面积的平方米数，例如 28，或留空。</translation>
    </message>
    <message>
        <source>Full-time counselling teachers: %1, part-time: %2. Counselling rooms: %3, %4 m² in all.</source>
        <translation>专职心理教师 %1 人，兼职 %2 人；辅导室 %3 间，共 %4 平方米。</translation>
    </message>
    <message numerus="yes">
        <source>(%n room(s) without an area)</source>
        <translation>
            <numerusform>（%n 间未填面积）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::OpenReferralDialog</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Receipt not recorded (%1 days after the slip)</source>
        <translation>回执未登记（开单后 %1 天）</translation>
    </message>
    <message>
        <source>Follow-up overdue by %1 days</source>
        <translation>跟进逾期 %1 天</translation>
    </message>
    <message>
        <source>Parents refused</source>
        <translation>家长拒绝</translation>
    </message>
    <message>
        <source>Not seen at the hospital</source>
        <translation>未就诊</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open a referral</source>
        <translation>新建转介</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>In words fit for a hospital, e.g. For about two months low mood, poor sleep and falling grades; says she sometimes thinks life is meaningless. The school asks for an assessment.</source>
        <translation>用适合医院阅读的语言描述，例如：近两个月情绪低落，睡眠差，成绩明显下降；自述有时觉得活着没意思。学校建议进行评估。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介原因：</translation>
    </message>
    <message>
        <source>The reason is printed on the referral slip for the hospital: write what was seen and heard, not a diagnosis. It is kept sealed; only counselling teachers read it.</source>
        <translation>转介原因会打印在给医院的转介单上：请写观察到和听到的情况，不要写诊断。原因加密保存，只有心理教师能读取。</translation>
    </message>
    <message>
        <source>Open referral</source>
        <translation>新建转介</translation>
    </message>
    <message>
        <source>Choose the student first: type a name or 学籍号 and pick the student from the list.</source>
        <translation>请先选择学生：输入姓名或学籍号，再从列表中选择。</translation>
    </message>
    <message>
        <source>This student has an open referral already; it opens now. Record the new step there.</source>
        <translation>该学生已有进行中的转介，现在将其打开。请在其中记录新的步骤。</translation>
    </message>
    <message>
        <source>Refer to hospital…</source>
        <translation>转介…</translation>
    </message>
    <message>
        <source>Open a referral (转介) for this student, starting from what this window shows.</source>
        <translation>以本窗口的记录为来源，为该学生新建转介。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::OverviewModulePage</name>
    <message>
        <source>The overview cannot be read</source>
        <translation>无法读取学校概况</translation>
    </message>
</context>
<context>
    <name>xinan::ui::OverviewPage</name>
    <message>
        <source>No enrolled students yet.</source>
        <translation>暂无在读学生。</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>在读学生</translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation>寄宿生</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Enrolled students per grade</source>
        <translation>各年级在读学生人数</translation>
    </message>
    <message>
        <source>Special circumstances (enrolled)</source>
        <translation>特殊情况（在读学生）</translation>
    </message>
    <message>
        <source>A student may have several.</source>
        <translation>一名学生可能同时有多种特殊情况。</translation>
    </message>
    <message>
        <source>Accounts that can open this database</source>
        <translation>可以打开此数据库的账户</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PaperEntryDialog</name>
    <message>
        <source>Save and next (Enter)</source>
        <translation>保存并下一位（Enter）</translation>
    </message>
    <message>
        <source>Skip (↓)</source>
        <translation>跳过（↓）</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>录入纸质问卷</translation>
    </message>
    <message>
        <source>The screening drive no longer exists.</source>
        <translation>该测评批次已不存在。</translation>
    </message>
    <message>
        <source>XinAn does not know the instrument &quot;%1&quot; of this drive.</source>
        <translation>心安不认识该批次使用的量表“%1”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 without a result)</source>
        <translation>%1%2（%3 人未测）</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>测评日期：</translation>
    </message>
    <message>
        <source>Type the %1 answers of %2 as digits, one per item, in order: %3. Enter saves and moves to the next student; ↓ skips, ↑ goes back.</source>
        <translation>按题号顺序输入 %2 的 %1 道题答案，每题一位数字：%3。按 Enter 保存并转到下一位学生；↓ 跳过，↑ 返回上一位。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 of %4</source>
        <translation>%1（%2）— 第 %3/%4 位</translation>
    </message>
    <message>
        <source>The drive&apos;s target grades have no enrolled students.</source>
        <translation>该批次的测评年级没有在读学生。</translation>
    </message>
    <message>
        <source>Every student of this class has a result. Choose another class.</source>
        <translation>本班学生均已有结果，请选择其他班级。</translation>
    </message>
    <message>
        <source>%1 of %2 items typed, running total %3</source>
        <translation>已输入 %1/%2 题，当前累计 %3 分</translation>
    </message>
    <message>
        <source>Total %1 · %2%3</source>
        <translation>总分 %1 · %2%3</translation>
    </message>
    <message>
        <source> · second-stage interview</source>
        <translation> · 需二次评估</translation>
    </message>
    <message>
        <source>Critical: %1. Saving raises the student to yellow; tell the counsellor today.</source>
        <translation>关键题阳性：%1。保存后该生将提升为黄色关注；请当天告知心理教师。</translation>
    </message>
    <message>
        <source>Saved %1: total %2 (%3).</source>
        <translation>已保存 %1：总分 %2（%3）。</translation>
    </message>
    <message>
        <source>Critical item: raised to yellow.</source>
        <translation>关键题阳性：已提升为黄色关注。</translation>
    </message>
    <message>
        <source>Critical item: the level was yellow or higher already.</source>
        <translation>关键题阳性：该生原已是黄色或更高关注等级。</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>量表：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PasswordChangeBox</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password of account %1</source>
        <translation>账户 %1 的密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Enter them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The password of account %1 was changed. Use the new password from now on.</source>
        <translation>账户 %1 的密码已修改，今后请使用新密码。</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>当前密码错误，未作任何更改。</translation>
    </message>
    <message>
        <source>A sentence or several unrelated words</source>
        <translation>一句话，或几个互不相关的词</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PasswordStrengthBar</name>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PlanDialog</name>
    <message>
        <source>Family, school life, what was observed, the assessment</source>
        <translation>家庭情况、在校表现、观察到的情况、评估结论</translation>
    </message>
    <message>
        <source>What should change, by when (e.g. sleeps 7 hours within a month)</source>
        <translation>希望达到的变化及期限（如：一个月内每晚睡眠达到 7 小时）</translation>
    </message>
    <message>
        <source>Who does what, how often: talks, class observation, home contact, referral</source>
        <translation>谁做什么、多久一次：谈话、课堂观察、家校联系、转介</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>姓名（必填）</translation>
    </message>
    <message>
        <source>Name and relation</source>
        <translation>姓名及关系</translation>
    </message>
    <message>
        <source>Who reports to whom, how often, and whom to call in an emergency</source>
        <translation>谁向谁反馈、多久一次，紧急情况联系谁</translation>
    </message>
    <message>
        <source>Yes, on</source>
        <translation>已告知，日期</translation>
    </message>
    <message>
        <source>Not yet, because</source>
        <translation>尚未告知，原因</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>e.g. guardian working away, not reached yet; grandmother told</source>
        <translation>如：监护人在外务工暂未联系上，已告知祖母</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>方案内容</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Responsible people</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Counselling teacher</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长/监护人</translation>
    </message>
    <message>
        <source>School leader in charge</source>
        <translation>分管校领导</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Contact arrangements</source>
        <translation>联络安排</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>复查周期</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>告知家长</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>New individual plan: %1</source>
        <translation>制定一人一策：%1</translation>
    </message>
    <message>
        <source>Individual plan: %1</source>
        <translation>一人一策：%1</translation>
    </message>
    <message>
        <source>Say whether the parents or guardians were informed of the plan: &quot;%1&quot; with the day, or &quot;%2&quot; with the reason.</source>
        <translation>请说明是否已将方案告知家长（监护人）：选择“%1”并填写日期，或选择“%2”并填写原因。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PlanTab</name>
    <message>
        <source>Situation</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Responsible people</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Counselling teacher</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长/监护人</translation>
    </message>
    <message>
        <source>School leader in charge</source>
        <translation>分管校领导</translation>
    </message>
    <message>
        <source>Contact arrangements</source>
        <translation>联络安排</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每 %1 天一次</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>告知家长</translation>
    </message>
    <message>
        <source>Yes, on %1</source>
        <translation>已于 %1 告知</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>尚未告知：%1</translation>
    </message>
    <message>
        <source>Written on %1 by %2; last revised on %3 by %4.</source>
        <translation>%1 由 %2 制定；最近一次修改：%3，%4。</translation>
    </message>
    <message>
        <source>Close plan…</source>
        <translation>结束方案…</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>制定日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>本周工作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Weekly review updates</source>
        <translation>周调度记录</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>全部方案</translation>
    </message>
    <message>
        <source>Active plan, reviewed every %1 days.</source>
        <translation>方案执行中，每 %1 天复查一次。</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>修改方案…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #c62828;&quot;&gt;This key student has no plan yet: write one within a week.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: #c62828;&quot;&gt;该重点学生尚无方案，请在一周内制定。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No active plan. Plans are written for key students (orange or red).</source>
        <translation>暂无执行中的方案。一人一策方案适用于重点学生（橙色或红色）。</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>制定方案…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>The plan cannot be shown: %1</source>
        <translation>无法显示方案：%1</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have written down or printed the recovery key and will keep it locked away.</source>
        <translation>我已抄下或打印恢复密钥，并会把它锁好保管。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. It opens the database when every password is forgotten or the key file is lost. It is shown only now and is not stored anywhere.</source>
        <translation>这是新数据库的恢复密钥。即使忘记了所有密码或丢失了密钥文件，也能用它打开数据库。它只在此时显示这一次，不会保存在任何地方。</translation>
    </message>
    <message>
        <source>Print it or copy it by hand, and keep it somewhere locked, away from the computer. Anyone who has it can open the students&apos; records.</source>
        <translation>请把它打印出来或手抄下来，锁在远离电脑的地方。任何人拿到它都能打开学生档案。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RecoveryPage</name>
    <message>
        <source>Back to password</source>
        <translation>返回用密码打开</translation>
    </message>
    <message>
        <source>Nine groups of five letters or digits</source>
        <translation>共九组，每组五个字母或数字</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>A sentence or several unrelated words</source>
        <translation>一句话，或几个互不相关的词</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>转介进程</translation>
    </message>
    <message>
        <source>Print the slip…</source>
        <translation>打印转介单…</translation>
    </message>
    <message>
        <source>Slip as PDF…</source>
        <translation>转介单存为 PDF…</translation>
    </message>
    <message>
        <source>Close the referral…</source>
        <translation>结束转介…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Follow up every</source>
        <translation>跟进间隔</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>记录下一步</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>e.g. 王老师 (counsellor), 李老师 (class teacher), 张校长</source>
        <translation>例如：王老师（心理教师）、李老师（班主任）、张校长</translation>
    </message>
    <message>
        <source>The case meeting&apos;s conclusion, e.g. Refer to a hospital for assessment; tell the parents this week.</source>
        <translation>研判结论，例如：建议转介医院评估，本周内告知家长。</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>参会人员：</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>研判结论：</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Consent to the referral</source>
        <translation>同意转介</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>What the parents said, e.g. The mother agrees and will go with her on Saturday. After a refusal: the risk explained, what was agreed instead.</source>
        <translation>家长的回应，例如：母亲同意，周六陪同就诊。如家长拒绝：写明已告知的风险和商定的替代安排。</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>告知方式：</translation>
    </message>
    <message>
        <source>Their answer:</source>
        <translation>家长意见：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>家长回应：</translation>
    </message>
    <message>
        <source>e.g. 儿童青少年心理科</source>
        <translation>例如：儿童青少年心理科</translation>
    </message>
    <message>
        <source>e.g. the mother and the class teacher</source>
        <translation>例如：母亲、班主任</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>医院：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <source>Accompanied by:</source>
        <translation>陪同人员：</translation>
    </message>
    <message>
        <source>Choose one of the school&apos;s partner hospitals (Settings → Partner hospitals) or type another. Print the slip from the buttons below.</source>
        <translation>从学校的合作医院中选择（设置 → 合作医院），或直接输入其他医院。用下方按钮打印转介单。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>What the family or the hospital shared, e.g. Seen in the outpatient clinic; advice: medication and a review in four weeks; can attend school.</source>
        <translation>家长或医院反馈的情况，例如：门诊就诊，建议服药，四周后复诊，可正常上学。</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>就诊结果：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>反馈摘要：</translation>
    </message>
    <message>
        <source>e.g. Talked with the student; sleeping better, takes the medicine; the class teacher sees no change in class.</source>
        <translation>例如：与学生面谈，睡眠好转，按时服药；班主任反映课堂表现平稳。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>跟进记录：</translation>
    </message>
    <message>
        <source>Record the step</source>
        <translation>记录此步骤</translation>
    </message>
    <message>
        <source>This referral is closed: it takes no more steps.</source>
        <translation>此转介已结束，不能再记录步骤。</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>Opened on %1 from %2 · Stage: %3</source>
        <translation>%1 开始（来源：%2）· 进展：%3</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>下次到期：%1</translation>
    </message>
    <message>
        <source>Reason: (sealed: only counselling teachers read it)</source>
        <translation>转介原因：（已加密，仅心理教师可读）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>转介原因：%1</translation>
    </message>
    <message>
        <source>Found / first assessment</source>
        <translation>发现/初评</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>参会：%1</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Accompanied by %1</source>
        <translation>陪同：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Date seen:</source>
        <translation>就诊日期：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ReferralHomePanel</name>
    <message>
        <source>No referral waits for a receipt or a follow-up.</source>
        <translation>没有等待回执或跟进的转介。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Double-click to open the referral.</source>
        <translation>双击打开转介。</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>转介待办</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ReferralsPage</name>
    <message>
        <source>New referral…</source>
        <translation>新建转介…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Student file…</source>
        <translation>学生档案…</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>打印转介单</translation>
    </message>
    <message>
        <source>Blank receipt form</source>
        <translation>打印空白回执</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>进行中的转介</translation>
    </message>
    <message>
        <source>All referrals (open first)</source>
        <translation>全部转介（进行中的在前）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>The 转介单 for the hospital: the student, the reason, the school&apos;s contact, the hospital and a tear-off receipt. It names the student.</source>
        <translation>给医院的转介单：学生、转介原因、学校联系人、医院及可剪下的回执。单上有学生姓名。</translation>
    </message>
    <message>
        <source>A receipt form (回执单) without a name, for a hospital that did not get the slip&apos;s tear-off.</source>
        <translation>不含姓名的空白回执单，供未收到转介单回执联的医院填写。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>A referral to hospital (转介) is a closed loop: case meeting, parents told (consent or refusal), the referral slip, the hospital&apos;s receipt, follow-ups every two weeks while it is open, and closing with the reason. A missing receipt and an overdue follow-up wait on the home page.</source>
        <translation>转介是一个闭环：研判会、告知家长（同意或拒绝）、开具转介单、医院回执、转介期间每两周跟进一次，最后写明原因结束。回执未登记和跟进逾期会一直显示在工作台上。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open referrals: %1</source>
        <translation>进行中的转介：%1</translation>
    </message>
    <message>
        <source>waiting for something: %1</source>
        <translation>有待办：%1</translation>
    </message>
    <message>
        <source>No open referral.</source>
        <translation>没有进行中的转介。</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>还没有转介记录。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ReferralsTab</name>
    <message>
        <source>New referral…</source>
        <translation>新建转介…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>This student has an open referral: double-click it to record the next step.</source>
        <translation>该学生有进行中的转介：双击记录下一步。</translation>
    </message>
    <message>
        <source>Referrals of this student (double-click to open).</source>
        <translation>该学生的转介记录（双击打开）。</translation>
    </message>
    <message>
        <source>No referral to hospital for this student.</source>
        <translation>该学生没有转介记录。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::Rekey</name>
    <message>
        <source>Make new keys</source>
        <translation>重新生成密钥</translation>
    </message>
    <message>
        <source>Make new keys when someone who had an account leaves the school, or when a password or the recovery key may have been seen by someone else.</source>
        <translation>有账户的人员离校后，或密码、恢复密钥可能被他人看到时，请重新生成密钥。</translation>
    </message>
    <message>
        <source>XinAn makes a new encryption key, a new key for confidential content and a new recovery key, which is shown once. Every remaining account keeps its password. The old recovery key and the backups made before now open only those old copies: keep them locked away or destroy them.</source>
        <translation>心安将生成新的加密密钥、新的保密内容密钥和新的恢复密钥（只显示一次）。其余账户的密码不变。旧恢复密钥和此前的备份只能打开旧的副本：请锁好保管或销毁。</translation>
    </message>
    <message>
        <source>Making new keys…</source>
        <translation>正在重新生成密钥…</translation>
    </message>
    <message>
        <source>These accounts have not signed in since XinAn was updated and could not be given the new keys. Give them a new password in Settings → Accounts: %1</source>
        <translation>以下账户自心安更新后尚未登录，无法获得新密钥。请在 设置 → 账户 中为它们重设密码：%1</translation>
    </message>
    <message>
        <source>About your account</source>
        <translation>关于您的账户</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RestoreDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Password of account</source>
        <translation>账户密码</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup file, for example from a USB stick. The backup is checked completely before anything is replaced.</source>
        <translation>请选择备份文件，例如 U 盘上的备份。在替换任何文件之前，会先完整校验备份。</translation>
    </message>
    <message>
        <source>No backup chosen yet</source>
        <translation>尚未选择备份</translation>
    </message>
    <message>
        <source>Where the restored database is kept</source>
        <translation>恢复出的数据库的存放位置</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>恢复到：</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>打开方式：</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>请选择其他备份。</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>备份时间：%1</translation>
    </message>
    <message>
        <source>It opens with the recovery key only.</source>
        <translation>此备份只能用恢复密钥打开。</translation>
    </message>
    <message>
        <source>It opens with the recovery key or with the password of any of these accounts: %1.</source>
        <translation>可用恢复密钥或以下任一账户的密码打开：%1。</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>XinAn backup (*.xinan-backup)</source>
        <translation>心安备份 (*.xinan-backup)</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Where the restored database goes</source>
        <translation>恢复出的数据库放在哪里</translation>
    </message>
    <message>
        <source>XinAn databases (*.xinan)</source>
        <translation>心安数据库 (*.xinan)</translation>
    </message>
    <message>
        <source>The current database %1 will be kept aside as %2, never deleted. The restored database takes its place.</source>
        <translation>现有数据库 %1 会改名保留为 %2，绝不会被删除。恢复出的数据库将取代它的位置。</translation>
    </message>
    <message>
        <source>&lt;date&gt;-&lt;time&gt;</source>
        <translation>&lt;日期&gt;-&lt;时间&gt;</translation>
    </message>
    <message>
        <source>A new database file is created here.</source>
        <translation>将在此处新建一个数据库文件。</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Nine groups of five letters or digits</source>
        <translation>共九组，每组五个字母或数字</translation>
    </message>
    <message>
        <source>The password the account had when the backup was made</source>
        <translation>制作备份时该账户使用的密码</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <source>Choose where the restored database goes.</source>
        <translation>请选择恢复出的数据库的存放位置。</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The backup of %1 made on %2 was restored to %3.</source>
        <translation>已将 %1 于 %2 制作的备份恢复到 %3。</translation>
    </message>
    <message>
        <source>The database that was there before was kept as %1. It was not deleted; keep it until you are sure the restored database is complete.</source>
        <translation>原来的数据库已改名保留为 %1，没有被删除。请保留它，直到确认恢复出的数据库完整无误。</translation>
    </message>
    <message>
        <source>Open it with the password an account had when the backup was made, or with the recovery key.</source>
        <translation>请用制作备份时任一账户的密码或恢复密钥打开它。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>Wrong password for account %1. Enter the password it had when the backup was made.</source>
        <translation>账户 %1 的密码错误。请输入制作备份时该账户的密码。</translation>
    </message>
    <message>
        <source>This backup is damaged. Nothing was changed; try another backup.</source>
        <translation>此备份已损坏，没有做任何更改。请换一个备份试试。</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>备份已损坏</translation>
    </message>
    <message>
        <source>Nothing was changed. Try another backup, for example an older one or a copy on another USB stick.</source>
        <translation>没有做任何更改。请换一个备份试试，例如更早的备份，或另一个 U 盘上的副本。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ReturnApplicationDialog</name>
    <message>
        <source>e.g. 贵州省第二人民医院</source>
        <translation>如：贵州省第二人民医院</translation>
    </message>
    <message>
        <source>What the certificate says, as written</source>
        <translation>按诊断证明原文填写</translation>
    </message>
    <message>
        <source>The condition is stable</source>
        <translation>病情稳定</translation>
    </message>
    <message>
        <source>No current risk behaviour</source>
        <translation>目前无风险行为</translation>
    </message>
    <message>
        <source>Daily life and study functioning restored</source>
        <translation>日常生活和学习功能已恢复</translation>
    </message>
    <message>
        <source>e.g. 心理教师、班主任、分管副校长</source>
        <translation>如：心理教师、班主任、分管副校长</translation>
    </message>
    <message>
        <source>Return plan</source>
        <translation>复学计划</translation>
    </message>
    <message>
        <source>e.g. 回原班</source>
        <translation>如：回原班</translation>
    </message>
    <message>
        <source>e.g. 前两周只上上午课 (empty: full days)</source>
        <translation>如：前两周只上上午课（不填即全天到校）</translation>
    </message>
    <message>
        <source>e.g. 班主任、心理教师、同桌</source>
        <translation>如：班主任、心理教师、同桌</translation>
    </message>
    <message>
        <source>Signs to watch for and who does what if they come back</source>
        <translation>需留意的迹象，以及出现时由谁做什么</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>诊断证明</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>医院：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>It says:</source>
        <translation>证明内容：</translation>
    </message>
    <message>
        <source>The school&apos;s assessment</source>
        <translation>学校评估</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>复学条件：</translation>
    </message>
    <message>
        <source>Assessors:</source>
        <translation>评估人员：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Back at school on:</source>
        <translation>返校日期：</translation>
    </message>
    <message>
        <source>Class placement:</source>
        <translation>班级安排：</translation>
    </message>
    <message>
        <source>Part-time schedule:</source>
        <translation>到校安排：</translation>
    </message>
    <message>
        <source>Supporters:</source>
        <translation>支持人员：</translation>
    </message>
    <message>
        <source>Relapse plan:</source>
        <translation>复发预案：</translation>
    </message>
    <message>
        <source>Follow-ups are due one week and one month after the return and at the end of the term. The risk level is not changed by the return.</source>
        <translation>复学后一周、一个月及学期末各需跟进一次。复学本身不改变风险等级。</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Return application (复学申请)</source>
        <translation>复学申请</translation>
    </message>
    <message>
        <source>To approve, the assessment must confirm: %1.</source>
        <translation>同意复学前，评估须确认：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ReturnFollowupPanel</name>
    <message>
        <source>Record done…</source>
        <translation>记录完成…</translation>
    </message>
    <message>
        <source>Student file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>复学日期</translation>
    </message>
    <message>
        <source>Students back from leave: the return plan&apos;s follow-ups due this week or overdue.</source>
        <translation>复学学生：本周到期或已逾期的复学计划跟进。</translation>
    </message>
    <message>
        <source>Return follow-ups</source>
        <translation>复学跟进</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1（已逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <source>No follow-up due this week.</source>
        <translation>本周没有到期的复学跟进。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RiskChangeDialog</name>
    <message>
        <source>Change risk level</source>
        <translation>调整风险等级</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Level now:</source>
        <translation>当前等级：</translation>
    </message>
    <message>
        <source>What was observed, and by whom.</source>
        <translation>观察到了什么，由谁发现或反映。</translation>
    </message>
    <message>
        <source>New level:</source>
        <translation>新等级：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Decided at:</source>
        <translation>确定时间：</translation>
    </message>
    <message>
        <source>Crisis events and screenings set the level themselves. A lower level needs a counsellor&apos;s judgement: say what it rests on.</source>
        <translation>危机事件和心理筛查会自动设定等级。降低等级须由心理教师研判，请写明依据。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RiskPanel</name>
    <message>
        <source>No student is at red or orange.</source>
        <translation>目前没有红色或橙色等级的学生。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Latest reason</source>
        <translation>最近原因</translation>
    </message>
    <message>
        <source>Double-click a student to open the file.</source>
        <translation>双击学生可打开其档案。</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>风险分级</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message numerus="yes">
        <source>%n yellow watch student(s)</source>
        <translation>
            <numerusform>%n 名黄色关注学生</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::RiskTab</name>
    <message>
        <source>Change level…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Nothing waits for this student.</source>
        <translation>该学生暂无待办事项。</translation>
    </message>
    <message>
        <source>Handle alert…</source>
        <translation>处理预警…</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>二次评估…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>The level has never been changed: the student is at green (routine).</source>
        <translation>风险等级从未调整过：该学生为绿色（常规）。</translation>
    </message>
    <message>
        <source>Waiting for a counsellor</source>
        <translation>待心理教师处理</translation>
    </message>
    <message>
        <source>Changes of level</source>
        <translation>等级变更记录</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>%1 %2 (%3), screening drive &quot;%4&quot;</source>
        <translation>%1 %2（%3），测评批次“%4”</translation>
    </message>
    <message>
        <source>; critical: %1</source>
        <translation>；危急题目：%1</translation>
    </message>
    <message>
        <source>Second-stage interview</source>
        <translation>二次评估</translation>
    </message>
    <message>
        <source>The risk level cannot be shown: %1</source>
        <translation>无法显示风险等级：%1</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RosterMappingView</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message>
        <source>What each column holds (student number (学籍号) and name (姓名) are required):</source>
        <translation>各列的内容（学籍号和姓名为必选）：</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · encoding %3 · headers in row %4 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · %2 · 编码 %3 · 表头在第 %4 行 · %n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the roster file first.</source>
        <translation>请先选择花名册文件。</translation>
    </message>
    <message>
        <source>The columns %1 and %2 both import as %3. Choose one of them.</source>
        <translation>%1 和 %2 两列都导入为“%3”，请只选其中一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>请选择“%1”所在的列。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ScreeningImportDialog</name>
    <message>
        <source>Student number (学籍号)</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name and class</source>
        <translation>姓名和班级</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>Student (duplicate)</source>
        <translation>学生（重复）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>仅导入无问题的行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a screening sheet</source>
        <translation>导入测评问卷表格</translation>
    </message>
    <message>
        <source>Import the %1 answers of the drive &quot;%2&quot; from a survey tool&apos;s export (问卷星, 腾讯问卷 …) saved as .xlsx or .csv: one row per student, identified by 学籍号 or by name and class. Nothing is written until you choose Import.</source>
        <translation>从问卷工具（问卷星、腾讯问卷等）导出的 .xlsx 或 .csv 文件导入测评批次“%2”的 %1 答卷：每名学生一行，按学籍号或姓名加班级识别。选择导入之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>The screening drive no longer exists.</source>
        <translation>该测评批次已不存在。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>表格文件：</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>测评日期：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the screening sheet</source>
        <translation>选择测评问卷表格</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Header on row %1. 学籍号: %2; name: %3; class: %4; grade: %5. Items: %6.</source>
        <translation>表头在第 %1 行。学籍号：%2；姓名：%3；班级：%4；年级：%5。题目：%6。</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 ready to record, %3 with problems.</source>
        <translation>共读取 %1 行：%2 行可录入，%3 行有问题。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Correct the rows in the file and choose it again, or import the valid rows only.</source>
        <translation>请在文件中改正这些行后重新选择文件，或仅导入无问题的行。</translation>
    </message>
    <message>
        <source>Recording the results…</source>
        <translation>正在录入结果…</translation>
    </message>
    <message>
        <source>Recorded %1 result(s); %2 row(s) skipped; %3 need a second-stage interview.</source>
        <translation>已录入 %1 条结果；跳过 %2 行；%3 人需要二次评估。</translation>
    </message>
    <message>
        <source>%1 with a critical item (%2 raised to yellow): tell the counsellor today.</source>
        <translation>%1 人关键题阳性（其中 %2 人已提升为黄色关注）：请当天告知心理教师。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <source>Instrument of the sheet:</source>
        <translation>表格对应的量表：</translation>
    </message>
    <message>
        <source>Tell from the sheet</source>
        <translation>根据表格判断</translation>
    </message>
    <message>
        <source>Scores: the first option is 0</source>
        <translation>分数：第一个选项记为 0</translation>
    </message>
    <message>
        <source>Places in the list: the first option is 1 (问卷星 按序号)</source>
        <translation>选项序号：第一个选项记为 1（问卷星 按序号）</translation>
    </message>
    <message>
        <source>Digit answers:</source>
        <translation>数字答案：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ScreeningPage</name>
    <message>
        <source>paper form</source>
        <translation>纸质问卷</translation>
    </message>
    <message>
        <source>sheet import</source>
        <translation>表格导入</translation>
    </message>
    <message>
        <source>other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>测评批次</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Target grades</source>
        <translation>测评年级</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Done / target</source>
        <translation>已测 / 应测</translation>
    </message>
    <message>
        <source>New drive…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <source>Import sheet…</source>
        <translation>导入问卷表格…</translation>
    </message>
    <message>
        <source>Enter paper forms…</source>
        <translation>录入纸质问卷…</translation>
    </message>
    <message>
        <source>Record external result…</source>
        <translation>录入外部测评结果…</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在读人数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已测</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Student number (学籍号)</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键题</translation>
    </message>
    <message>
        <source>Second-stage interview</source>
        <translation>二次评估</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>Screening drives (测评批次): at least one per school year for 小学高年级 and up. Results come from survey sheets, paper forms or other platforms; a critical answer (PHQ-9 item 9) raises the student to yellow the same day.</source>
        <translation>测评批次：小学高年级及以上每学年至少测评一次。结果可来自问卷表格、纸质问卷或其他平台；关键题阳性（PHQ-9 第 9 题）当天即将学生提升为黄色关注。</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Flagged: critical or second-stage interview</source>
        <translation>需关注：关键题阳性或需二次评估</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅关键题阳性</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Coverage by class</source>
        <translation>各班覆盖情况</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <source>The screening drives cannot be read</source>
        <translation>无法读取测评批次</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>The screening drive cannot be read</source>
        <translation>无法读取该测评批次</translation>
    </message>
    <message>
        <source>No screening drive yet. Create one with &quot;New drive…&quot;, then import a sheet or enter paper forms.</source>
        <translation>还没有测评批次。请先点“新建批次…”，再导入问卷表格或录入纸质问卷。</translation>
    </message>
    <message>
        <source>Choose a drive above.</source>
        <translation>请在上方选择一个测评批次。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 enrolled students of %4 have a result (%5). Choose a class to see who is missing.</source>
        <translation>%1：%4 在读学生 %3 人，已有结果 %2 人（%5）。选择班级可查看未测学生。</translation>
    </message>
    <message>
        <source>Choose a class to list its students without a result.</source>
        <translation>选择班级，列出该班未测学生。</translation>
    </message>
    <message>
        <source>The class cannot be read</source>
        <translation>无法读取该班级</translation>
    </message>
    <message>
        <source>%1 %2: every enrolled student has a result.</source>
        <translation>%1%2：在读学生均已测评。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n student(s) without a result (double-click opens the file).</source>
        <translation>
            <numerusform>%1%2：%n 名学生未测（双击打开学生档案）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 result(s); %2 flagged, %3 critical.</source>
        <translation>共 %1 条结果；需关注 %2 人，关键题阳性 %3 人。</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>关键题阳性</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Coverage of:</source>
        <translation>统计量表：</translation>
    </message>
    <message>
        <source>%1: %2 of %3 enrolled students of %4 have results of %5 (%6). The classes below count one instrument; choose a class to see who is missing.</source>
        <translation>%1：%4 在籍学生 %3 人中，%2 人已完成 %5 全部量表（%6）。下方各班按所选的一个量表统计；选择班级可查看未完成的学生。</translation>
    </message>
    <message>
        <source>Import instrument definition…</source>
        <translation>导入量表定义…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::SessionDialog</name>
    <message>
        <source>New counselling record</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <source>From the appointment of %1 with %2 (done).</source>
        <translation>来自 %1 与%2的预约（已完成）。</translation>
    </message>
    <message>
        <source>Walk-in session (no appointment).</source>
        <translation>临时来访（无预约）。</translation>
    </message>
    <message>
        <source>Counselling record</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Only counselling teachers can open counselling records; this record is dated %1.</source>
        <translation>只有心理教师可以查看辅导记录；该记录日期为 %1。</translation>
    </message>
    <message>
        <source>Recorded from an appointment; last saved %1 by %2.</source>
        <translation>由预约记录；最近由 %2 于 %1 保存。</translation>
    </message>
    <message>
        <source>Walk-in session; last saved %1 by %2.</source>
        <translation>临时来访；最近由 %2 于 %1 保存。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>What the student brought, what was talked about</source>
        <translation>学生带来的问题、谈话的主要内容</translation>
    </message>
    <message>
        <source>The counsellor&apos;s assessment of the situation</source>
        <translation>心理教师对情况的评估</translation>
    </message>
    <message>
        <source>Follow-up, next appointment, who else to involve</source>
        <translation>后续跟进、下次预约、需要哪些人配合</translation>
    </message>
    <message>
        <source>Notes for counselling teachers only</source>
        <translation>仅供心理教师查看的记录</translation>
    </message>
    <message>
        <source>The session indicates a change of risk level</source>
        <translation>本次辅导表明风险等级需要调整</translation>
    </message>
    <message>
        <source>Why the level changes (required when it changes)</source>
        <translation>调整原因（等级变化时必填）</translation>
    </message>
    <message>
        <source>Feedback to the class teacher or parents is due after this session</source>
        <translation>本次辅导后需向班主任或家长反馈</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Counsellor:</source>
        <translation>辅导教师：</translation>
    </message>
    <message>
        <source>Problem categories:</source>
        <translation>问题类别：</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Current level:</source>
        <translation>当前等级：</translation>
    </message>
    <message>
        <source>New level:</source>
        <translation>新等级：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>辅导摘要：</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>后续计划：</translation>
    </message>
    <message>
        <source>Confidential notes (保密) — only counselling teachers can read them</source>
        <translation>保密记录 — 仅心理教师可见</translation>
    </message>
    <message>
        <source>No student</source>
        <translation>未选择学生</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>(my own staff entry)</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>Write a short summary of the session.</source>
        <translation>请简要填写本次辅导的摘要。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::SessionsPage</name>
    <message>
        <source>Walk-in…</source>
        <translation>临时来访…</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>打开记录…</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>记录反馈…</translation>
    </message>
    <message>
        <source>Student file…</source>
        <translation>学生档案…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Record a session with a student who came without an appointment</source>
        <translation>为未预约直接来访的学生记录辅导</translation>
    </message>
    <message>
        <source>Counselling records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Records of individual sessions are confidential. Record a session from a done appointment (Appointments) or as a walk-in; after a session, record the feedback given to the class teacher, parents or head.</source>
        <translation>个体辅导记录属于保密内容。可在预约完成后（预约页面）记录，也可作为临时来访记录；辅导后请记录向班主任、家长或校领导的反馈。</translation>
    </message>
    <message>
        <source>Only counselling teachers can see the content of counselling records (内容仅心理教师可见); this account sees each record&apos;s student and date.</source>
        <translation>辅导记录内容仅心理教师可见；本账号只能看到每条记录的学生和日期。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Individual records</source>
        <translation>个体辅导</translation>
    </message>
    <message>
        <source>Group counselling</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation>全部辅导教师</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需反馈</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without feedback</source>
        <translation>
            <numerusform>%n 条待反馈</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in session: choose the student</source>
        <translation>临时来访：选择学生</translation>
    </message>
</context>
<context>
    <name>xinan::ui::SessionsTab</name>
    <message>
        <source>New record…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>打开记录…</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>记录反馈…</translation>
    </message>
    <message>
        <source>Counselling records are confidential: do not show them to others. Feedback below is what was shared with teachers, parents or the head.</source>
        <translation>辅导记录属于保密内容，请勿给他人查看。下方的反馈是已告知老师、家长或校领导的内容。</translation>
    </message>
    <message>
        <source>Only counselling teachers can see the content of counselling records (内容仅心理教师可见): this account sees each record&apos;s date.</source>
        <translation>辅导记录内容仅心理教师可见：本账号只能看到每条记录的日期。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Told to</source>
        <translation>反馈对象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Feedback given (反馈)</source>
        <translation>已做的反馈</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需反馈</translation>
    </message>
    <message>
        <source>No counselling record yet.</source>
        <translation>还没有辅导记录。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Password and lock</source>
        <translation>密码与锁定</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Language and data</source>
        <translation>语言与数据</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>空闲多久后锁定：</translation>
    </message>
    <message>
        <source>Locking hides every record and closes the database until the password is entered again. Lock at once with File → Lock now (Ctrl+L) when leaving the computer.</source>
        <translation>锁定后，所有档案都会隐藏，数据库会关闭，直到再次输入密码。离开电脑时，请用“文件 → 立即锁定”（Ctrl+L）马上锁定。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up automatically when XinAn closes</source>
        <translation>关闭心安时自动备份</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>保留最近的备份份数：</translation>
    </message>
    <message>
        <source>Each automatic backup is a file named after the database and the time, for example school-20260901-173000.xinan-backup. Beyond the number kept, the oldest automatic backups in the folder are deleted; no other file is touched. Left empty, the folder shown greyed out above (beside the database) is used. A folder on a USB stick must be plugged in when XinAn closes.</source>
        <translation>每份自动备份都是一个以数据库名称和时间命名的文件，例如 school-20260901-173000.xinan-backup。超出保留份数时，会删除该文件夹中最早的自动备份，不会动其他任何文件。留空时，使用上方灰色显示的、数据库旁边的文件夹。如果文件夹在 U 盘上，关闭心安时 U 盘必须插在电脑上。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language on this computer</source>
        <translation>本机语言</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Takes effect the next time XinAn starts.</source>
        <translation>下次启动心安时生效。</translation>
    </message>
    <message>
        <source>School data (for every account of this database)</source>
        <translation>学校数据（对此数据库的所有账户生效）</translation>
    </message>
    <message>
        <source>Store ID-card numbers (身份证号)</source>
        <translation>保存身份证号</translation>
    </message>
    <message>
        <source>Usually not needed: the student number (学籍号) identifies every student. An ID-card number is sensitive personal information; store it only when a form really requires it. Turning this off later does not delete numbers already stored.</source>
        <translation>通常不需要：学籍号已能区分每名学生。身份证号属于敏感个人信息，只有表格确实要求时才保存。以后关闭此项，不会删除已保存的身份证号。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The setting cannot be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>Crisis response</source>
        <translation>危机处置</translation>
    </message>
    <message>
        <source>Home-visit coverage</source>
        <translation>家访覆盖规则</translation>
    </message>
    <message>
        <source>Partner hospitals</source>
        <translation>合作医院</translation>
    </message>
    <message>
        <source>Psychological aid hotlines</source>
        <translation>心理援助热线</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StartDialog</name>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
    </message>
    <message>
        <source>XinAn — student mental-health records</source>
        <translation>心安 — 学生心理健康档案</translation>
    </message>
    <message>
        <source>Everything is kept encrypted on this computer. Nothing is sent over the network.</source>
        <translation>所有数据都加密保存在这台电脑上，不会通过网络发送任何内容。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Open school database…</source>
        <translation>打开学校数据库…</translation>
    </message>
    <message>
        <source>Create new school database…</source>
        <translation>新建学校数据库…</translation>
    </message>
    <message>
        <source>Open school database</source>
        <translation>打开学校数据库</translation>
    </message>
    <message>
        <source>XinAn databases (*.xinan)</source>
        <translation>心安数据库 (*.xinan)</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StatusChangeDialog</name>
    <message>
        <source>Leave (休学)</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Referral opened %1</source>
        <translation>%1 发起的转介</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Suspended: record the leave</source>
        <translation>休学：补录休学记录</translation>
    </message>
    <message>
        <source>For the file, e.g. 随父母转学至贵阳 or 因病休学; clinical details stay in the counselling records.</source>
        <translation>写入学籍档案，如“随父母转学至贵阳”“因病休学”；病情细节请记在辅导记录中。</translation>
    </message>
    <message>
        <source>Reason category:</source>
        <translation>原因类别：</translation>
    </message>
    <message>
        <source>Linked referral:</source>
        <translation>关联转介：</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>变更为：</translation>
    </message>
    <message>
        <source>Takes effect on:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>变更学籍状态：%1</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The return to school (复学) is recorded as a return application in the 休学复学 tab.</source>
        <translation>复学请在“休学复学”页以复学申请记录。</translation>
    </message>
    <message>
        <source>The leave appears in the 休学复学 tab, where the return application is recorded later.</source>
        <translation>休学记录显示在“休学复学”页，之后在那里记录复学申请。</translation>
    </message>
    <message>
        <source>Graduated, transferred out and withdrawn students are archived: kept, but hidden from the list of current students.</source>
        <translation>毕业、转出和退学的学生会归档：档案保留，但不显示在在校学生名单中。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentFileDialog</name>
    <message>
        <source>Lives at school (boarder)</source>
        <translation>住校（寄宿生）</translation>
    </message>
    <message>
        <source>Add guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>删除监护人</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Family and guardians</source>
        <translation>家庭与监护人</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新学生</translation>
    </message>
    <message>
        <source>Student file: %1</source>
        <translation>学生档案：%1</translation>
    </message>
    <message>
        <source>e.g. G520102201309010001</source>
        <translation>例如 G520102201309010001</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>e.g. 3班</source>
        <translation>例如 3班</translation>
    </message>
    <message>
        <source>Student number (学籍号):</source>
        <translation>学籍号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>学籍状态：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>ID-card number (身份证号):</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Up to %1 guardians: parents, grandparents or whoever looks after the student. Double-click a cell to edit it.</source>
        <translation>最多 %1 位监护人：父母、祖父母或其他照管学生的人。双击单元格即可编辑。</translation>
    </message>
    <message>
        <source>Circumstances that call for more attention. A student may have several.</source>
        <translation>需要多加关注的情况。一名学生可能同时有多种。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>复制联系电话</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds.</source>
        <translation>剪贴板将在 30 秒后清空。</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Risk and alerts</source>
        <translation>风险与预警</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>一人一策</translation>
    </message>
    <message>
        <source>Counselling records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Key student</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>The student&apos;s file cannot be read: %1</source>
        <translation>无法读取该学生档案：%1</translation>
    </message>
    <message>
        <source>Parents, grandparents or whoever looks after the student.</source>
        <translation>父母、祖父母或其他照顾该学生的监护人。</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Leave and return</source>
        <translation>休学复学</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>变更学籍状态…</translation>
    </message>
    <message>
        <source>A new student is 在读; save the file first to change the status.</source>
        <translation>新建学生默认为在读；请先保存档案再变更学籍状态。</translation>
    </message>
    <message>
        <source>Each change of status is recorded with its day and reason, on the timeline. Graduated, transferred out, withdrawn and suspended students are archived: kept, but hidden from the list of current students.</source>
        <translation>每次学籍变更都会连同日期和原因记入时间线。毕业、转出、退学和休学的学生会归档：档案保留，但不显示在在校学生名单中。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentFinder</name>
    <message>
        <source>Name, pinyin initials or student number (学籍号)</source>
        <translation>姓名、拼音首字母或学籍号</translation>
    </message>
    <message>
        <source>No student matches &quot;%1&quot;.</source>
        <translation>没有与“%1”相符的学生。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentListModel</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Boarder</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentPickerDialog</name>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Find the student:</source>
        <translation>查找学生：</translation>
    </message>
    <message>
        <source>Type a name or student number (学籍号) and pick the student from the list.</source>
        <translation>请输入姓名或学籍号，并在列表中选择学生。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentTimeline</name>
    <message>
        <source>Add note…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Save the student first; then notes can be added here.</source>
        <translation>请先保存学生信息，然后才能在这里添加记录。</translation>
    </message>
    <message>
        <source>Everything dated about this student: notes and risk-level changes, newest first.</source>
        <translation>该学生的全部有日期的内容：记录和风险等级变化，最新的排在最前。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentsPage</name>
    <message>
        <source>Add student…</source>
        <translation>添加学生…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (zs for 张三) or student number</source>
        <translation>搜索：姓名、拼音首字母（如 zs 表示张三）或学籍号</translation>
    </message>
    <message>
        <source>Any circumstances</source>
        <translation>不限特殊情况</translation>
    </message>
    <message>
        <source>Some special circumstance</source>
        <translation>有特殊情况</translation>
    </message>
    <message>
        <source>Current students</source>
        <translation>在读学生</translation>
    </message>
    <message>
        <source>Archived (graduated, transferred, suspended)</source>
        <translation>已归档（毕业、转出、休学）</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>Copy student number (学籍号)</source>
        <translation>复制学籍号</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>复制姓名</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds.</source>
        <translation>剪贴板将在 30 秒后清空。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::TermChooser</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1（本学期）</translation>
    </message>
</context>
<context>
    <name>xinan::ui::TodayAppointmentsPanel</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Student file</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>辅导室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Book and change appointments on the Appointments page.</source>
        <translation>请在“预约”页面新建或修改预约。</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>今天没有预约。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::UnlockDialog</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open school database</source>
        <translation>打开学校数据库</translation>
    </message>
    <message>
        <source>The key file that holds the passwords (%1) is missing or damaged. The database can still be opened with its recovery key; then choose a new password.</source>
        <translation>保存密码的密钥文件（%1）不存在或已损坏。仍可用恢复密钥打开数据库，然后设置新密码。</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery key</source>
        <translation>忘记密码？使用恢复密钥</translation>
    </message>
    <message>
        <source>Enter the recovery key that was printed or written down when the database was created, then choose a new password for the account.</source>
        <translation>请输入创建数据库时打印或抄下的恢复密钥，然后为该账户设置新密码。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Open and set password</source>
        <translation>打开并设置密码</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>请选择账户。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Key file recreated</source>
        <translation>密钥文件已重建</translation>
    </message>
    <message>
        <source>The key file was missing or damaged and has been created again. Only the account %1 can open the database now; other accounts must be added again.</source>
        <translation>密钥文件不存在或已损坏，现已重新创建。目前只有账户 %1 能打开数据库，其他账户需要重新添加。</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Wrong password for account %1.</source>
        <translation>账户 %1 的密码错误。</translation>
    </message>
    <message>
        <source>Stop using this database. Restore the latest backup (choose &quot;Restore from a backup…&quot; here, on the start window or in the File menu), or ask someone who can help. If only the key file is damaged, open the database with the recovery key.</source>
        <translation>请停止使用此数据库。请从最近的备份恢复（在这里、启动窗口或“文件”菜单中选择“从备份恢复…”），或请懂行的人帮忙。如果只是密钥文件损坏，请用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::VerifyDialog</name>
    <message>
        <source>Verify database</source>
        <translation>校验数据库</translation>
    </message>
    <message numerus="yes">
        <source>%1 passed all %n check(s).</source>
        <translation>
            <numerusform>%1 通过了全部 %n 项检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s). Do not add records; restore the latest backup with File → Restore from a backup…, or ask for help.</source>
        <translation>
            <numerusform>%1 有 %n 项检查未通过。请不要再添加记录；请通过“文件 → 从备份恢复…”恢复最近的备份，或找人帮忙。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail of %1 was tampered with: entries were deleted, changed or reordered, or its protection was removed. Keep the file as evidence and tell the head of the counselling office.</source>
        <translation>%1 的审计日志被篡改：有记录被删除、修改或调换顺序，或其保护被移除。请保留该文件作为证据，并告知心理辅导室负责人。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::VisitImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>家访日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>家访形式</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>家访教师</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>All or nothing: import only when every row is valid</source>
        <translation>全部或不导入：每一行都无误时才导入</translation>
    </message>
    <message>
        <source>Valid rows only: import the valid rows and skip the rows with problems</source>
        <translation>只导入有效行：导入无误的行，跳过有问题的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import home visits</source>
        <translation>导入家访记录</translation>
    </message>
    <message>
        <source>Import the home visits (家访) class teachers recorded in their own sheet, an Excel workbook (.xlsx) or a CSV file, one visit a row: 姓名, 班级 or 学籍号, 家访日期, 家访形式, 家访教师, 家访内容, 家长意见 … Nothing is written until you choose Import.</source>
        <translation>导入班主任在自己表格里记录的家访（Excel 工作簿 .xlsx 或 CSV 文件，每行一次家访：姓名、班级或学籍号、家访日期、家访形式、家访教师、家访内容、家长意见……）。选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Visit sheet:</source>
        <translation>家访表：</translation>
    </message>
    <message>
        <source>Visits to import</source>
        <translation>可导入的家访</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Choose the home-visit sheet</source>
        <translation>选择家访表</translation>
    </message>
    <message>
        <source>Visit sheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>家访表 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): header on row %4, %n row(s) below it.</source>
        <translation>
            <numerusform>%1（%2，%3）：表头在第 %4 行，其下共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits to import (%1)</source>
        <translation>可导入的家访（%1）</translation>
    </message>
    <message>
        <source>Rows with problems (%1)</source>
        <translation>有问题的行（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems. Correct them in the sheet and choose it again, or import the valid rows only.</source>
        <translation>
            <numerusform>有 %n 行有问题。请在表格中更正后重新选择，或只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no visit to import.</source>
        <translation>表中没有可导入的家访。</translation>
    </message>
    <message>
        <source>Reading %1 and checking every row…</source>
        <translation>正在读取 %1 并逐行检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 visit(s), %2 row(s) with problems skipped.</source>
        <translation>已导入：%1 次家访，跳过 %2 个有问题的行。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::WeeklyBoardView</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>填写本周情况…</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Pick any day to show its week</source>
        <translation>选择任意日期，查看该日所在的一周</translation>
    </message>
    <message>
        <source>Write or change the selected student&apos;s update for this week (or double-click the row)</source>
        <translation>填写或修改选中学生的本周情况（或双击该行）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>本周状态</translation>
    </message>
    <message>
        <source>Actions this week</source>
        <translation>本周工作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Double-click a student to write this week&apos;s update.</source>
        <translation>双击学生填写本周情况。</translation>
    </message>
    <message>
        <source>Meeting record (weekly review chaired by the head)</source>
        <translation>会议记录（校长主持周调度）</translation>
    </message>
    <message>
        <source>e.g. Zhang Jianhua (head)</source>
        <translation>如：张建华（校长）</translation>
    </message>
    <message>
        <source>Decisions and who follows them up</source>
        <translation>会议决定及落实人</translation>
    </message>
    <message>
        <source>Save meeting record</source>
        <translation>保存会议记录</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>本周：%1</translation>
    </message>
    <message>
        <source>no class teacher in the class grid</source>
        <translation>班级网格中未设班主任</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>No longer key</source>
        <translation>已不属重点</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No key students this week.</source>
        <translation>本周没有重点学生。</translation>
    </message>
    <message>
        <source>Red %1 · Orange %2 · Updated %3 of %4 · Overdue %5</source>
        <translation>红色 %1 · 橙色 %2 · 已更新 %3/%4 · 逾期 %5</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>由 %1 保存</translation>
    </message>
    <message>
        <source>Meeting record saved.</source>
        <translation>会议记录已保存。</translation>
    </message>
    <message>
        <source>Weekly update</source>
        <translation>周调度记录</translation>
    </message>
    <message>
        <source>Select a student on the board first.</source>
        <translation>请先在列表中选择一名学生。</translation>
    </message>
    <message>
        <source>Export the weekly review sheet</source>
        <translation>导出周调度表</translation>
    </message>
    <message>
        <source>The sheet contains the names of key students and how they are doing. It is not encrypted: save it only where no one else can read it (not on a shared or public computer), and delete it once it is printed.</source>
        <translation>周调度表含重点学生的姓名和近况，文件未加密：请只保存在他人无法查看的位置（不要存在公用或共享电脑上），打印后及时删除。</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>weekly-review-%1.pdf</source>
        <translation>周调度表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The sheet was saved as %1.</source>
        <translation>周调度表已保存为 %1。</translation>
    </message>
    <message>
        <source>Print the weekly review sheet</source>
        <translation>打印周调度表</translation>
    </message>
</context>
<context>
    <name>xinan::ui::WeeklyReviewPanel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This week&apos;s review</source>
        <translation>本周周调度</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>No key students this week.</source>
        <translation>本周没有重点学生。</translation>
    </message>
    <message>
        <source>Updated %1 of %2 key students; %3 overdue.</source>
        <translation>重点学生 %2 人，已更新 %1 人，逾期 %3 人。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::WeeklyUpdateDialog</name>
    <message>
        <source>Talks, calls, home visits, what the class teacher observed</source>
        <translation>谈话、电话、家访、班主任观察到的情况</translation>
    </message>
    <message>
        <source>What happens next week, and who does it</source>
        <translation>下周做什么、由谁负责</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>本周状态</translation>
    </message>
    <message>
        <source>Actions this week</source>
        <translation>本周工作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>Weekly update: %1, week of %2</source>
        <translation>周调度记录：%1（%2 当周）</translation>
    </message>
</context>
</TS>
