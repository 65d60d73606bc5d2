<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="19" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="20" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="21" />
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="22" />
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="23" />
        <source>程序文件夹</source>
        <translation>Program folder</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="25" />
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="35" />
        <source>关于 CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="37" />
        <source>&lt;h3&gt;CaseDesk 既有住宅增设电梯案件管理&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CaseDesk — elevator retrofit case management&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="41" />
        <source>界面与打印字体：思源黑体 Noto Sans SC（SIL 开放字体许可证 1.1）</source>
        <translation>Screen and print font: Noto Sans SC (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="43" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="476" />
        <source>部分达成</source>
        <translation>Partial agreement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="477" />
        <source>保存协议</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="478" />
        <source>打印调解协议书</source>
        <translation>Print mediation agreement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="481" />
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="482" />
        <source>纠纷主要事实</source>
        <translation>Main facts of the dispute</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="483" />
        <source>争议事项</source>
        <translation>Matters in dispute</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="484" />
        <source>达成协议的内容</source>
        <translation>Terms agreed</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="485" />
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="486" />
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="487" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="519" />
        <source>协议已保存</source>
        <translation>Agreement saved</translation>
    </message>
</context>
<context>
    <name>BallotGridModel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="86" />
        <source>共 {n} 位共有人</source>
        <translation>{n} co-owners</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="88" />
        <source>另有 {n} 套</source>
        <translation>{n} more flats</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="95" />
        <source>未表决</source>
        <translation>Not voted</translation>
    </message>
</context>
<context>
    <name>BallotTab</name>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="163" />
        <source>导入业主名册…</source>
        <translation>Import owner roster…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="164" />
        <source>保存本次统计</source>
        <translation>Save this tally</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="166" />
        <source>键盘：1 同意，2 不同意，3 弃权，自动跳到下一户</source>
        <translation>Keys: 1 agree, 2 disagree, 3 abstain; moves to the next owner</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="168" />
        <source>签署日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="181" />
        <source>实时统计</source>
        <translation>Live tally</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="217" />
        <source>已保存统计（记录号 {id}）</source>
        <translation>Tally saved (record {id})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="230" />
        <source>{room} 室 {owner}：{vote}</source>
        <translation>Flat {room}, {owner}: {vote}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="239" />
        <source>选择业主名册</source>
        <translation>Choose an owner roster</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="239" />
        <source>名册 (*.xlsx *.xls *.csv)</source>
        <translation>Rosters (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="265" />
        <source>已导入 {n} 行</source>
        <translation>{n} rows imported</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="275" />
        <source>名册有错误，未导入</source>
        <translation>The roster has errors; nothing was imported</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="55" />
        <source>搜索：案件编号、地址、业主姓名、电话、证件号后四位</source>
        <translation>Search: case number, address, owner, phone, last 4 of ID</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="58" />
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="62" />
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="64" />
        <source>全部表决规则</source>
        <translation>All rule sets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="68" />
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="85" />
        <source>登记新案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="86" />
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="87" />
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="102" />
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="137" />
        <source>正在查看：{t}</source>
        <translation>Showing: {t}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="163" />
        <source>共 {total} 件，第 {first}–{last} 件</source>
        <translation>{total} cases, showing {first}–{last}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="59" />
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="60" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="61" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="62" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="63" />
        <source>层数</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="64" />
        <source>户数</source>
        <translation>Flats</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="65" />
        <source>受理日期</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="66" />
        <source>阶段期限</source>
        <translation>Stage due</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/models/case_table.py" line="170" />
        <source>（超期）</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="347" />
        <source>案件 {no}</source>
        <translation>Case {no}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="354" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="354" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="354" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="354" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="360" />
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="361" />
        <source>住户与表决</source>
        <translation>Owners &amp; votes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="362" />
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="366" />
        <source>公示与异议</source>
        <translation>Notice &amp; objections</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="367" />
        <source>纠纷</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="368" />
        <source>费用与补贴</source>
        <translation>Costs &amp; subsidy</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="369" />
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="370" />
        <source>打印表单…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="377" />
        <source>打印全部业主意见征询表</source>
        <translation>Print all opinion forms</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="438" />
        <location filename="../../src/casedesk/ui/case_detail.py" line="446" />
        <source>无法完成操作</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="454" />
        <source>{users} 刚刚修改了此案件。按 F5 刷新后再继续修改，以免保存时被拒绝。</source>
        <translation>{users} just changed this case. Press F5 to reload before editing further, or your save will be refused.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="472" />
        <source>&lt;p&gt;公示：{a} 张贴，至 {b} 止；地点：{p}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Notice posted {a}, runs until {b}; places: {p}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="476" />
        <source>&lt;p&gt;尚未公示。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No notice posted yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="489" />
        <source>&lt;p&gt;没有异议。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No objections.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="505" />
        <source>&lt;p&gt;没有纠纷。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No disputes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="511" />
        <source>可得补贴 ¥{a}</source>
        <translation>Eligible subsidy ¥{a}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="513" />
        <source>不符合补贴条件：{r}</source>
        <translation>Not eligible: {r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="516" />
        <source>已拨付 ¥{a}（{d}，凭证 {v}）</source>
        <translation>Paid ¥{a} ({d}, voucher {v})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="520" />
        <source>尚未拨付</source>
        <translation>Not paid yet</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="99" />
        <source>主要指标（点击数字查看案件）</source>
        <translation>Headline figures (click a number to see its cases)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="105" />
        <source>开工（台）</source>
        <translation>Construction started (units)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="106" />
        <source>竣工验收（台）</source>
        <translation>Accepted (units)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="107" />
        <source>补贴拨付（元）</source>
        <translation>Subsidy paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="116" />
        <source>各阶段在办案件</source>
        <translation>Active cases by stage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="121" />
        <source>当前超期</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="151" />
        <source>{scope} 加装电梯工作概况（{month}）</source>
        <translation>{scope}: elevator retrofits at a glance ({month})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="160" />
        <source>年度目标：开工 {a} 台（已完成 {p}），验收 {b} 台（已完成 {q}）</source>
        <translation>Annual targets: {a} starts ({p} done), {b} acceptances ({q} done)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="168" />
        <source>未设定年度目标（设置 → 年度目标）</source>
        <translation>No annual targets set (Settings → Annual targets)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="172" />
        <source>纠纷：本月新增 {a} 件，办结 {b} 件，超过调解期限 {c} 件。本年主要类别：{d}</source>
        <translation>Disputes: {a} new this month, {b} closed, {c} past the mediation limit. Main categories this year: {d}</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="209" />
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="210" />
        <source>调解笔录</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="211" />
        <source>调解协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="212" />
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="248" />
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="106" />
        <source>首次使用：设置办事处和管理员</source>
        <translation>First use: the office and its administrator</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="109" />
        <source>例如：济南市历下区文东街道办事处</source>
        <translation>e.g. Wendong Sub-district Office, Lixia District, Jinan</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="110" />
        <source>盖章处文字，可留空</source>
        <translation>Text of the seal box, may be empty</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="112" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="120" />
        <source>办事处名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="121" />
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="122" />
        <source>管理员用户名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="123" />
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="124" />
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="125" />
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="131" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="132" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="136" />
        <source>这是第一次打开这个数据库。请填写办事处信息并创建管理员账户。</source>
        <translation>This database is opened for the first time. Enter the office and create the administrator account.</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="293" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="293" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="293" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="293" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="299" />
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="346" />
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="300" />
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="346" />
        <source>调休上班</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="302" />
        <source>如：春节</source>
        <translation>e.g. Spring Festival</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="303" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="304" />
        <source>删除所选（仅本办事处添加的）</source>
        <translation>Delete selected (office entries only)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="306" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="312" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="314" />
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="323" />
        <source>内置国务院公布的 2017–2027 年节假日安排；新一年的安排公布后，在此补充调休上班日等。公示期按此日历计算（民法典第二百零一、二百零三条）。</source>
        <translation>The State Council's holiday schedules for 2017–2027 are built in; when a new year's schedule is announced, add its adjusted working days here. Notice periods are counted on this calendar (Civil Code arts. 201, 203).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="347" />
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="347" />
        <source>本办事处</source>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="358" />
        <source>已设置 {n} 天</source>
        <translation>{n} day(s) set</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="367" />
        <source>请先选择一天</source>
        <translation>Select a day first</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="40" />
        <source>登录 CaseDesk</source>
        <translation>Log in to CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="49" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="50" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="54" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="55" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="82" />
        <source>正在打开数据库，请稍候……</source>
        <translation>Opening the database, please wait…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="348" />
        <source>CaseDesk 加装电梯案件管理</source>
        <translation>CaseDesk elevator retrofit cases</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="359" />
        <source>工作台</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="360" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="361" />
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="362" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="363" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="442" />
        <source>{users} 刚刚修改了数据，列表已更新</source>
        <translation>{users} just changed data; the lists are up to date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="382" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="383" />
        <source>关于 CaseDesk…</source>
        <translation>About CaseDesk…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="386" />
        <source>登记新案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="398" />
        <source>用户：{user}（{role}）    数据库：{db}    版本 {ver}</source>
        <translation>User: {user} ({role})    Database: {db}    Version {ver}</translation>
    </message>
</context>
<context>
    <name>MediationPage</name>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="71" />
        <source>待办（按期限）</source>
        <translation>To do (by deadline)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="71" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="71" />
        <source>待回访（已达成协议）</source>
        <translation>Awaiting follow-up (agreed)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="71" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="77" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="77" />
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="77" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="77" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="77" />
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="94" />
        <source>改派调解员…</source>
        <translation>Reassign mediator…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="145" />
        <source>（超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="151" />
        <source>共 {n} 件</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="165" />
        <source>请先在列表中选择一件纠纷</source>
        <translation>Select a dispute in the list first</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="171" />
        <source>改派调解员</source>
        <translation>Reassign mediator</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="171" />
        <source>新调解员</source>
        <translation>New mediator</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="306" />
        <source>（尚无结果）</source>
        <translation>(no outcome yet)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="310" />
        <source>插入笔录模板</source>
        <translation>Insert note template</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="311" />
        <source>保存笔录</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="312" />
        <source>打印调解笔录</source>
        <translation>Print meeting record</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="316" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="317" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="318" />
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="319" />
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="320" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="360" />
        <source>已恢复未保存的草稿（{t}）</source>
        <translation>Unsaved draft restored ({t})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="393" />
        <source>草稿已自动保存 {t}</source>
        <translation>Draft saved automatically at {t}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="415" />
        <source>（各方当事人）</source>
        <translation>(the parties)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="423" />
        <source>已有 {n} 次会议；最近一次 {t}（第 {v} 版）</source>
        <translation>{n} meetings; latest {t} (version {v})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="428" />
        <source>尚无会议记录</source>
        <translation>No meetings yet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="457" />
        <source>笔录已保存（会议 {id}）</source>
        <translation>Notes saved (meeting {id})</translation>
    </message>
</context>
<context>
    <name>MonthlyBars</name>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="53" />
        <source>每月开工与验收（台）</source>
        <translation>Starts and acceptances per month (units)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="78" />
        <source>开工</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/dashboard.py" line="78" />
        <source>验收</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="174" />
        <source>登记新案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="181" />
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="182" />
        <source>街道</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="183" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="184" />
        <source>小区</source>
        <translation>Compound</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="185" />
        <source>楼号</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="186" />
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="189" />
        <source>地上层数</source>
        <translation>Floors above ground</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="286" />
        <source>检查推进条件</source>
        <translation>Check conditions</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="287" />
        <source>推进到下一阶段</source>
        <translation>Advance to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="295" />
        <source>尚未满足的条件：</source>
        <translation>Conditions not yet met:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="304" />
        <source>当前阶段：{stage}（{since} 起，期限 {due}）</source>
        <translation>Stage: {stage} (since {since}, due {due})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="315" />
        <source>条件均已满足，可以推进</source>
        <translation>All conditions are met; the case can advance</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="42" />
        <source>理由（必填，记入案件日志）</source>
        <translation>Reason (required; recorded in the case log)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="53" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="60" />
        <source>请填写理由</source>
        <translation>Please give a reason</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="269" />
        <source>街道名称（留空为全部）</source>
        <translation>Sub-district (empty for all)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="270" />
        <source>刷新概况</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="271" />
        <source>生成月度报表</source>
        <translation>Build monthly report</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="282" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="278" />
        <source>街道</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="310" />
        <source>正在生成……</source>
        <translation>Building…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="322" />
        <source>已生成：{p}</source>
        <translation>Written: {p}</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="38" />
        <source>导入业主名册 — {file}</source>
        <translation>Import owner roster — {file}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="62" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="62" />
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="85" />
        <source>只显示有错误的行</source>
        <translation>Show only rows with errors</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="85" />
        <source>只显示有提醒的行</source>
        <translation>Show only rows with warnings</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="92" />
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="109" />
        <source>共 {rows} 行，发现 {errors} 处错误、{warnings} 处提醒。名册按“全部或全不”导入：请在原表格中改正标红的行后重新选择文件，本次不会写入任何数据。</source>
        <translation>{rows} rows: {errors} errors and {warnings} warnings. A roster is imported all or nothing: correct the rows marked red in the spreadsheet and choose the file again. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="114" />
        <source>共 {rows} 行，检查通过（{warnings} 处提醒，标黄）。导入后：新增 {created} 户、更新 {updated} 户、新增产权人 {owners} 人、记录意见 {ballots} 份。</source>
        <translation>{rows} rows checked ({warnings} warnings, marked yellow). Importing adds {created} flats, updates {updated}, adds {owners} owners and records {ballots} opinions.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/roster_dialog.py" line="125" />
        <source>（仅预览前 {n} 行）</source>
        <translation> (preview shows the first {n} rows)</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="392" />
        <source>&lt;h3&gt;表决规则按日期和区自动确定&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;莱芜区、钢城区：《济南市既有多层住宅增设电梯规定》；&lt;/li&gt;&lt;li&gt;表决日期在 2021-01-01 之前（试点各区）：试行办法；&lt;/li&gt;&lt;li&gt;2021-01-01 起：《民法典》第二百七十八条（双三分之二参与、双四分之三同意）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;规则由法律规定，不能在此修改；个别案件确需改用其他规则的，由主管在案件的“主管操作”中指定并填写理由，理由记入案件日志。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The rule set follows from the vote date and the district&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Laiwu and Gangcheng districts: the Jinan Provisions on adding elevators to existing multi-storey housing;&lt;/li&gt;&lt;li&gt;votes before 2021-01-01 (trial districts): the trial measures;&lt;/li&gt;&lt;li&gt;from 2021-01-01: Civil Code art. 278 (two-thirds participation, three-quarters agreement, by area and by heads).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The rules are law and cannot be changed here. Where a case must use another rule set, a supervisor chooses it under the case's 'Supervisor actions' with a reason, which goes into the case log.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="27" />
        <location filename="../../src/casedesk/ui/settings_page.py" line="62" />
        <source>办事处</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="30" />
        <source>办事处名称（打印在每页页眉）</source>
        <translation>Office name (printed in every page header)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="31" />
        <source>印章文字（表单盖章处）</source>
        <translation>Seal text (on the forms' seal box)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="32" />
        <source>案件编号格式</source>
        <translation>Case number pattern</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="33" />
        <source>纠纷编号格式</source>
        <translation>Dispute number pattern</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="34" />
        <source>公示期（天）</source>
        <translation>Notice period (days)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="35" />
        <source>调解期限（天）</source>
        <translation>Mediation time limit (days)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="36" />
        <source>阶段时限（如 street_review=15,planning=30）</source>
        <translation>Stage time limits (e.g. street_review=15,planning=30)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="37" />
        <source>备份文件夹（留空为数据库旁的 backups）</source>
        <translation>Backup folder (empty: 'backups' beside the database)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="41" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="42" />
        <source>立即备份数据库</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="63" />
        <source>账户与社区</source>
        <translation>Accounts and communities</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="64" />
        <source>年度目标</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="65" />
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="66" />
        <source>表决规则</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="104" />
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/settings_page.py" line="113" />
        <source>已备份到：{p}</source>
        <translation>Backed up to: {p}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/casedesk/ui/startup.py" line="69" />
        <source>正在打开数据库……</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/startup.py" line="116" />
        <source>数据库无法打开，程序将退出。</source>
        <translation>The database cannot be opened; CaseDesk will now close.</translation>
    </message>
</context>
<context>
    <name>SupervisorMenu</name>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="72" />
        <source>主管操作…</source>
        <translation>Supervisor…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="75" />
        <source>街道盖章同意…</source>
        <translation>Street stamp: approve…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="76" />
        <source>改派经办人…</source>
        <translation>Reassign clerk…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="78" />
        <source>指定表决规则…</source>
        <translation>Set the rule set…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="79" />
        <source>免交材料…</source>
        <translation>Waive a document…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="80" />
        <source>重新打开案件…</source>
        <translation>Reopen the case…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="102" />
        <source>只有处于“街道审核”阶段的案件才能盖章</source>
        <translation>Only a case in Street review can be stamped</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="114" />
        <source>街道盖章同意</source>
        <translation>Street stamp: approve</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="131" />
        <source>改派经办人</source>
        <translation>Reassign clerk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="131" />
        <source>新经办人</source>
        <translation>New clerk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="139" />
        <source>按表决日期与区自动确定</source>
        <translation>Automatic, by vote date and district</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="151" />
        <source>指定表决规则</source>
        <translation>Set the rule set</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="151" />
        <source>表决规则</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="167" />
        <source>免交材料</source>
        <translation>Waive a document</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="167" />
        <source>材料</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/supervisor.py" line="181" />
        <source>重新打开案件</source>
        <translation>Reopen the case</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="233" />
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="233" />
        <source>街道</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="233" />
        <source>开工目标（台）</source>
        <translation>Start target (units)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="233" />
        <source>验收目标（台）</source>
        <translation>Acceptance target (units)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="235" />
        <source>保存目标</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="237" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="258" />
        <source>（全区）</source>
        <translation>(whole district)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="268" />
        <source>第 {n} 行的目标不是整数</source>
        <translation>The target in row {n} is not a whole number</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="280" />
        <source>已保存 {n} 项目标</source>
        <translation>{n} target(s) saved</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="82" />
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="82" />
        <source>修改账户 {u}</source>
        <translation>Edit account {u}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="92" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="107" />
        <source>用户名（登录用）</source>
        <translation>User name (for logging in)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="108" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="109" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="110" />
        <source>负责社区（社区工作人员、调解员）</source>
        <translation>Communities (clerks, mediators)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
        <source>负责社区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="130" />
        <source>新建账户…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="131" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="132" />
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="159" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="159" />
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="171" />
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="204" />
        <source>请先选择一个账户</source>
        <translation>Select an account first</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="197" />
        <source>已保存账户 {u}</source>
        <translation>Account {u} saved</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="217" />
        <source>账户 {u} 的密码：{p}
请当面交给本人，首次登录后由本人保管。此密码不会再次显示。</source>
        <translation>Password for {u}: {p}
Hand it to the person directly; from then on they keep it. It will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="219" />
        <source>账户 {u} 已设置新密码</source>
        <translation>Account {u} has a new password</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/admin_tabs.py" line="220" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="530" />
        <source>协议已履行完毕</source>
        <translation>Agreement fully performed</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="531" />
        <source>记录回访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="534" />
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="535" />
        <source>回访情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/mediation.py" line="564" />
        <source>回访已记录</source>
        <translation>Visit recorded</translation>
    </message>
</context>
<context>
    <name>WorkQueuePage</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="216" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="217" />
        <source>7 日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="218" />
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="219" />
        <source>表决需核实</source>
        <translation>Vote needs verification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="252" />
        <source>超期 {a} 件，7 日内到期 {b} 件，受阻 {c} 件，需核实 {d} 件</source>
        <translation>{a} overdue, {b} due within 7 days, {c} blocked, {d} to verify</translation>
    </message>
</context>
</TS>