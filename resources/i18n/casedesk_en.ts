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
        <location filename="../../src/casedesk/ui/main_window.py" line="54" />
        <source>搜索：案件编号、地址、业主姓名、电话、证件号后四位</source>
        <translation>Search: case number, address, owner, phone, last 4 of ID</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="57" />
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="61" />
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="63" />
        <source>全部表决规则</source>
        <translation>All rule sets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="67" />
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="81" />
        <source>登记新案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="82" />
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="83" />
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="140" />
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
        <location filename="../../src/casedesk/ui/models/case_table.py" line="167" />
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
        <location filename="../../src/casedesk/ui/case_detail.py" line="429" />
        <source>无法完成操作</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="442" />
        <source>&lt;p&gt;公示：{a} 张贴，至 {b} 止；地点：{p}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Notice posted {a}, runs until {b}; places: {p}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="446" />
        <source>&lt;p&gt;尚未公示。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No notice posted yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="459" />
        <source>&lt;p&gt;没有异议。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No objections.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="475" />
        <source>&lt;p&gt;没有纠纷。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No disputes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="481" />
        <source>可得补贴 ¥{a}</source>
        <translation>Eligible subsidy ¥{a}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="483" />
        <source>不符合补贴条件：{r}</source>
        <translation>Not eligible: {r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="486" />
        <source>已拨付 ¥{a}（{d}，凭证 {v}）</source>
        <translation>Paid ¥{a} ({d}, voucher {v})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_detail.py" line="490" />
        <source>尚未拨付</source>
        <translation>Not paid yet</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="70" />
        <source>首次使用：设置办事处和管理员</source>
        <translation>First use: the office and its administrator</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="73" />
        <source>例如：济南市历下区文东街道办事处</source>
        <translation>e.g. Wendong Sub-district Office, Lixia District, Jinan</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="74" />
        <source>盖章处文字，可留空</source>
        <translation>Text of the seal box, may be empty</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="76" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="84" />
        <source>办事处名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="85" />
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="86" />
        <source>管理员用户名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="87" />
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="88" />
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="89" />
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="95" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="96" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="100" />
        <source>这是第一次打开这个数据库。请填写办事处信息并创建管理员账户。</source>
        <translation>This database is opened for the first time. Enter the office and create the administrator account.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="24" />
        <source>登录 CaseDesk</source>
        <translation>Log in to CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="32" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="33" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="37" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/login.py" line="38" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="307" />
        <source>CaseDesk 加装电梯案件管理</source>
        <translation>CaseDesk elevator retrofit cases</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="318" />
        <source>工作台</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="319" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="320" />
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="321" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="322" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="336" />
        <source>“{t}”页面将在后续版本提供；可先使用命令行（casedesk --help）。</source>
        <translation>The “{t}” page comes in a later version; meanwhile use the command line (casedesk --help).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="352" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="353" />
        <source>关于 CaseDesk…</source>
        <translation>About CaseDesk…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="356" />
        <source>登记新案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="368" />
        <source>用户：{user}（{role}）    数据库：{db}    版本 {ver}</source>
        <translation>User: {user} ({role})    Database: {db}    Version {ver}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="151" />
        <source>登记新案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="158" />
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="159" />
        <source>街道</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="160" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="161" />
        <source>小区</source>
        <translation>Compound</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="162" />
        <source>楼号</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="163" />
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="166" />
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
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="246" />
        <source>街道名称（留空为全部）</source>
        <translation>Sub-district (empty for all)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="247" />
        <source>生成月度报表</source>
        <translation>Build monthly report</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="251" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="252" />
        <source>街道</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="267" />
        <source>正在生成……</source>
        <translation>Building…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="279" />
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
    <name>WorkQueuePage</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="193" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="194" />
        <source>7 日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="195" />
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="196" />
        <source>表决需核实</source>
        <translation>Vote needs verification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="229" />
        <source>超期 {a} 件，7 日内到期 {b} 件，受阻 {c} 件，需核实 {d} 件</source>
        <translation>{a} overdue, {b} due within 7 days, {c} blocked, {d} to verify</translation>
    </message>
</context>
</TS>